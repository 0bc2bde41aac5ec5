<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AreaMemberModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="199"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="199"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="199"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="203"/>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="203"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="204"/>
        <source>Decision rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaTableModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="97"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="97"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="97"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="97"/>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="98"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="109"/>
        <source>{date} (due)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelHistoryModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="153"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="153"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="153"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="153"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="159"/>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleTableModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="125"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="125"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="125"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="126"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="125"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="126"/>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
