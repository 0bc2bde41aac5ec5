<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgendaTopicDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agenda.py" line="51"/>
        <source>New agenda topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agenda.py" line="57"/>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agenda.py" line="59"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agenda.py" line="62"/>
        <source>It goes on the agenda of the next check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agenda.py" line="68"/>
        <source>Type the topic first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BacklogPage</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agenda.py" line="87"/>
        <location filename="../../../tandem_desktop/ui/communication/agenda.py" line="89"/>
        <source>Search the backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agenda.py" line="91"/>
        <source>Agenda backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agenda.py" line="96"/>
        <source>New topic for the next check-in, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agenda.py" line="97"/>
        <source>New topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agenda.py" line="99"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agenda.py" line="100"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agenda.py" line="101"/>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agenda.py" line="104"/>
        <source>Questions, feedback and decision rules from the other tabs arrive here through &quot;Put on next check-in&quot;. Drag rows or press Ctrl+Up/Down to change the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agenda.py" line="139"/>
        <source>Type the topic first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
