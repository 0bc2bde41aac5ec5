<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="142"/>
        <source>Meeting status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="143"/>
        <source>Copy as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="144"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="145"/>
        <source>Back to check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="151"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="166"/>
        <source>Outcome or answer (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="167"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="168"/>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="416"/>
        <source>Mark &amp;discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="169"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="170"/>
        <source>Ctrl+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="171"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="172"/>
        <source>Ctrl+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="179"/>
        <source>Add a topic and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="180"/>
        <source>New agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="182"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="183"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="251"/>
        <source>Rating {rating}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="575"/>
        <source>The PDF could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="159"/>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="189"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="199"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="203"/>
        <source>What you agreed; both of you see this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="206"/>
        <source>Only on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="209"/>
        <source>Save notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="210"/>
        <source>Shared:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="211"/>
        <source>Private:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="215"/>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="233"/>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="218"/>
        <source>What needs doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="219"/>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="221"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="222"/>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="223"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="224"/>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="243"/>
        <source>Retrospective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="245"/>
        <source>How effective was this check-in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="259"/>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="260"/>
        <source>What would make our check-ins better?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="261"/>
        <source>Save retrospective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="284"/>
        <source>Open a check-in from the list of upcoming check-ins (or a past meeting) to see its agenda here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="346"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="415"/>
        <source>Mark not discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="458"/>
        <source>Type the topic first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="518"/>
        <source>Say what needs doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="565"/>
        <source>Save agenda and minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="567"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="574"/>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="594"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="595"/>
        <source>The change could not be saved: %1
Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
