<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>HealthRadar</name>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/radar.py" line="41"/>
        <source>Health chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/radar.py" line="55"/>
        <source>No health check yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/radar.py" line="60"/>
        <source>(before: {score})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthTrends</name>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/radar.py" line="153"/>
        <source>Trend per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/radar.py" line="169"/>
        <source>better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/radar.py" line="169"/>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/radar.py" line="170"/>
        <source>about the same</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
