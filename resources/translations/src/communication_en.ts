<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CommunicationTab</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tab.py" line="47"/>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tab.py" line="48"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tab.py" line="49"/>
        <location filename="../../../tandem_desktop/ui/communication/tab.py" line="89"/>
        <source>Agenda backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tab.py" line="50"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tab.py" line="51"/>
        <source>Working agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/communication/tab.py" line="88"/>
        <source>Agenda backlog (%n)</source>
        <translation>
            <numerusform>Agenda backlog (%n)</numerusform>
            <numerusform>Agenda backlog (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tab.py" line="158"/>
        <source>Task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tab.py" line="160"/>
        <source>Agenda topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tab.py" line="162"/>
        <source>Check-in series…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
