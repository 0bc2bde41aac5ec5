<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>GoalRuleModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/models.py" line="255"/>
        <source>now {level}, no target level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/models.py" line="258"/>
        <source>now {level} → target {target}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalTableModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/models.py" line="127"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/models.py" line="127"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/models.py" line="127"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/models.py" line="127"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/models.py" line="128"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/models.py" line="128"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/models.py" line="155"/>
        <source>The target date has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/vision/models.py" line="157"/>
        <source>{done} of %n task(s) done</source>
        <translation>
            <numerusform>{done} of %n task done</numerusform>
            <numerusform>{done} of %n tasks done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkedTaskModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/models.py" line="207"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionListModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/models.py" line="66"/>
        <source>Version {number} · {date} (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/models.py" line="68"/>
        <source>Version {number} · {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
