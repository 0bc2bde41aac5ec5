<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgendaTopicDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agenda.py" line="61"/>
        <source>New agenda topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agenda.py" line="67"/>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agenda.py" line="69"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agenda.py" line="72"/>
        <source>It goes on the agenda of the next check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agenda.py" line="80"/>
        <source>Type the topic first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agenda.py" line="84"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BacklogPage</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agenda.py" line="100"/>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agenda.py" line="102"/>
        <source>Search the backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agenda.py" line="104"/>
        <source>Agenda backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agenda.py" line="113"/>
        <source>New topic for the next check-in, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agenda.py" line="114"/>
        <source>New topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agenda.py" line="116"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agenda.py" line="117"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agenda.py" line="118"/>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agenda.py" line="121"/>
        <source>Questions, feedback and decision rules from the other tabs arrive here through &quot;Put on next check-in&quot;. Drag rows or press Ctrl+Up/Down to change the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agenda.py" line="158"/>
        <source>Type the topic first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agenda.py" line="163"/>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agenda.py" line="178"/>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agenda.py" line="191"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
