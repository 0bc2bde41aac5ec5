<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AreasPanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/areas.py" line="48"/>
        <source>New area…</source>
        <translation>Neuer Bereich…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/areas.py" line="49"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/areas.py" line="50"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/areas.py" line="52"/>
        <source>Due for review only</source>
        <translation>Nur fällige Überprüfungen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/areas.py" line="56"/>
        <source>Areas of responsibility</source>
        <translation>Verantwortungsbereiche</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/areas.py" line="69"/>
        <source>Area:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/areas.py" line="70"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/areas.py" line="71"/>
        <source>Owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/areas.py" line="73"/>
        <location filename="../../../tandem_desktop/ui/delegation/areas.py" line="76"/>
        <source>Access, tasks and rules in this area</source>
        <translation>Zugänge, Aufgaben und Regeln in diesem Bereich</translation>
    </message>
</context>
</TS>
