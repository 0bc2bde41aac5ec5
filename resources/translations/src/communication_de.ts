<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CommunicationTab</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tab.py" line="44"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tab.py" line="45"/>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tab.py" line="46"/>
        <location filename="../../../tandem_desktop/ui/communication/tab.py" line="83"/>
        <source>Agenda backlog</source>
        <translation>Themenspeicher</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tab.py" line="47"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tab.py" line="48"/>
        <source>Working agreements</source>
        <translation>Arbeitsvereinbarungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/communication/tab.py" line="82"/>
        <source>Agenda backlog (%n)</source>
        <translation>
            <numerusform>Themenspeicher (%n)</numerusform>
            <numerusform>Themenspeicher (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tab.py" line="152"/>
        <source>Task…</source>
        <translation>Aufgabe…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tab.py" line="154"/>
        <source>Agenda topic…</source>
        <translation>Agenda-Thema…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tab.py" line="156"/>
        <source>Check-in series…</source>
        <translation>Check-in-Serie…</translation>
    </message>
</context>
</TS>
