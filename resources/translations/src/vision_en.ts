<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>VisionTab</name>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/tab.py" line="36"/>
        <source>Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/tab.py" line="37"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/tab.py" line="38"/>
        <source>Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/tab.py" line="52"/>
        <source>Goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/tab.py" line="54"/>
        <source>Development goal…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
