<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="153"/>
        <source>Meeting status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="154"/>
        <source>Copy as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="155"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="156"/>
        <source>Back to check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="167"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="186"/>
        <source>Outcome or answer (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="187"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="188"/>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="472"/>
        <source>Mark &amp;discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="189"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="190"/>
        <source>Ctrl+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="191"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="192"/>
        <source>Ctrl+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="199"/>
        <source>Add a topic and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="200"/>
        <source>New agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="202"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="203"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="276"/>
        <source>Rating {rating}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="710"/>
        <source>The PDF could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="179"/>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="213"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="158"/>
        <source>Cancel check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="159"/>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="160"/>
        <source>Undo cancel or move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="224"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="228"/>
        <source>What you agreed; both of you see this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="231"/>
        <source>Only on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="234"/>
        <source>Save notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="235"/>
        <source>Shared:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="236"/>
        <source>Private:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="240"/>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="258"/>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="243"/>
        <source>What needs doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="244"/>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="246"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="247"/>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="248"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="249"/>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="268"/>
        <source>Retrospective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="270"/>
        <source>How effective was this check-in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="285"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="286"/>
        <source>not noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="287"/>
        <source>How long it took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="289"/>
        <source>How long the check-in really took; the advice on the rhythm compares it with the planned length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="291"/>
        <source>It &amp;took:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="302"/>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="303"/>
        <source>What would make our check-ins better?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="304"/>
        <source>Save retrospective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="328"/>
        <source>Open a check-in from the list of upcoming check-ins (or a past meeting) to see its agenda here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="394"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="423"/>
        <source>of %n min planned</source>
        <translation>
            <numerusform>of %n min planned</numerusform>
            <numerusform>of %n min planned</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="471"/>
        <source>Mark not discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="486"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="488"/>
        <source>From the agenda backlog; joins if still open then:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="586"/>
        <source>Type the topic first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="648"/>
        <source>Say what needs doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="698"/>
        <source>Save agenda and minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="700"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="709"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
