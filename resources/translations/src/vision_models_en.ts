<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>GoalRuleModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/models.py" line="155"/>
        <source>now {level}, no target level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/models.py" line="158"/>
        <source>now {level} → target {target}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalTableModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/models.py" line="60"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/models.py" line="60"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/models.py" line="60"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/models.py" line="60"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/models.py" line="61"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/models.py" line="61"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/models.py" line="87"/>
        <source>The target date has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/vision/models.py" line="90"/>
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
        <location filename="../../../tandem_desktop/ui/vision/models.py" line="128"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionListModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/models.py" line="37"/>
        <source>Version {number} · {date} (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/models.py" line="39"/>
        <source>Version {number} · {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
