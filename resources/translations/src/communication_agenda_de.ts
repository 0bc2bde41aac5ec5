<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AgendaTopicDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agenda.py" line="51"/>
        <source>New agenda topic</source>
        <translation>Neues Agenda-Thema</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agenda.py" line="57"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agenda.py" line="59"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agenda.py" line="62"/>
        <source>It goes on the agenda of the next check-in.</source>
        <translation>Es kommt auf die Agenda des nächsten Check-ins.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agenda.py" line="68"/>
        <source>Type the topic first.</source>
        <translation>Bitte zuerst das Thema eingeben.</translation>
    </message>
</context>
<context>
    <name>BacklogPage</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agenda.py" line="87"/>
        <location filename="../../../tandem_desktop/ui/communication/agenda.py" line="89"/>
        <source>Search the backlog</source>
        <translation>Themenspeicher durchsuchen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agenda.py" line="91"/>
        <source>Agenda backlog</source>
        <translation>Themenspeicher</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agenda.py" line="96"/>
        <source>New topic for the next check-in, then Enter</source>
        <translation>Neues Thema für den nächsten Check-in, dann Enter</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agenda.py" line="97"/>
        <source>New topic</source>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agenda.py" line="99"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agenda.py" line="100"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agenda.py" line="101"/>
        <source>Move to Trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agenda.py" line="104"/>
        <source>Questions, feedback and decision rules from the other tabs arrive here through &quot;Put on next check-in&quot;. Drag rows or press Ctrl+Up/Down to change the order.</source>
        <translation>Fragen, Feedback und Entscheidungsregeln aus den anderen Reitern landen hier über „Auf den nächsten Check-in setzen“. Reihenfolge per Ziehen oder mit Strg+Pfeil hoch/runter ändern.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agenda.py" line="139"/>
        <source>Type the topic first.</source>
        <translation>Bitte zuerst das Thema eingeben.</translation>
    </message>
</context>
</TS>
