<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AreasPanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/areas.py" line="45"/>
        <source>New area…</source>
        <translation>Neuer Bereich…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/areas.py" line="46"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/areas.py" line="47"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/areas.py" line="49"/>
        <source>Due for review only</source>
        <translation>Nur fällige Überprüfungen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/areas.py" line="53"/>
        <source>Areas of responsibility</source>
        <translation>Verantwortungsbereiche</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/areas.py" line="66"/>
        <source>Area:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/areas.py" line="67"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/areas.py" line="68"/>
        <source>Owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/areas.py" line="70"/>
        <location filename="../../../tandem_desktop/ui/delegation/areas.py" line="73"/>
        <source>Access, tasks and rules in this area</source>
        <translation>Zugänge, Aufgaben und Regeln in diesem Bereich</translation>
    </message>
</context>
</TS>
