<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AreaMemberModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="143"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="143"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="143"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="147"/>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="147"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="148"/>
        <source>Decision rule</source>
        <translation>Entscheidungsregel</translation>
    </message>
</context>
<context>
    <name>AreaTableModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="35"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="35"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="35"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="35"/>
        <source>Review on</source>
        <translation>Überprüfen am</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="36"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="47"/>
        <source>{date} (due)</source>
        <translation>{date} (fällig)</translation>
    </message>
</context>
<context>
    <name>LevelHistoryModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="95"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="95"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="95"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="95"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="101"/>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
</context>
<context>
    <name>RuleTableModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="65"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="65"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="65"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="66"/>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="65"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="66"/>
        <source>Review on</source>
        <translation>Überprüfen am</translation>
    </message>
</context>
</TS>
