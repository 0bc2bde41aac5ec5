<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="104"/>
        <source>Meeting status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="105"/>
        <source>Copy as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="106"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="107"/>
        <source>Back to check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="113"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="131"/>
        <source>Outcome or answer (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="132"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="133"/>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="389"/>
        <source>Mark &amp;discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="134"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="135"/>
        <source>Ctrl+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="136"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="137"/>
        <source>Ctrl+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="144"/>
        <source>Add a topic and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="145"/>
        <source>New agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="149"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="150"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="156"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="166"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="170"/>
        <source>What you agreed; both of you see this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="173"/>
        <source>Only on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="176"/>
        <source>Save notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="177"/>
        <source>Shared:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="178"/>
        <source>Private:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="182"/>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="185"/>
        <source>What needs doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="186"/>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="188"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="189"/>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="192"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="193"/>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="211"/>
        <source>Retrospective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="213"/>
        <source>How effective was this check-in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="219"/>
        <source>Rating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="227"/>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="228"/>
        <source>What would make our check-ins better?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="229"/>
        <source>Save retrospective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="252"/>
        <source>Open a check-in from the list of upcoming check-ins (or a past meeting) to see its agenda here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="314"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="388"/>
        <source>Mark not discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="434"/>
        <source>Type the topic first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="496"/>
        <source>Say what needs doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="545"/>
        <source>Save agenda and minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="547"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="554"/>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="574"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="555"/>
        <source>The PDF could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_meeting.py" line="575"/>
        <source>The change could not be saved: %1
Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
