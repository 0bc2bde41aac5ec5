<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>VersionCompare</name>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/compare.py" line="38"/>
        <source>Where we want to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/compare.py" line="39"/>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/compare.py" line="40"/>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/compare.py" line="41"/>
        <source>The assistant&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionCompareDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/compare.py" line="75"/>
        <source>Compare versions of the vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/compare.py" line="82"/>
        <source>Earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/compare.py" line="84"/>
        <source>Later version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/compare.py" line="85"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/compare.py" line="87"/>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/compare.py" line="90"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/compare.py" line="91"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
