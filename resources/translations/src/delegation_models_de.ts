<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AreaMemberModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="204"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="204"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="204"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="208"/>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="208"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="209"/>
        <source>Decision rule</source>
        <translation>Entscheidungsregel</translation>
    </message>
</context>
<context>
    <name>AreaTableModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="102"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="102"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="102"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="102"/>
        <source>Review on</source>
        <translation>Überprüfen am</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="103"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="114"/>
        <source>{date} (due)</source>
        <translation>{date} (fällig)</translation>
    </message>
</context>
<context>
    <name>LevelHistoryModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="158"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="158"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="158"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="158"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="164"/>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
</context>
<context>
    <name>RuleTableModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="130"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="130"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="130"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="131"/>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="130"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/models.py" line="131"/>
        <source>Review on</source>
        <translation>Überprüfen am</translation>
    </message>
</context>
</TS>
