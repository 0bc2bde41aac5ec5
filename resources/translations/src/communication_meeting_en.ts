<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="151" />
        <source>Meeting status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="152" />
        <source>Copy as Markdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="153" />
        <source>Save as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="154" />
        <source>Back to check-ins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="165" />
        <source>Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="184" />
        <source>Outcome or answer (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="185" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="186" />
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="470" />
        <source>Mark &amp;discussed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="187" />
        <source>Move up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="188" />
        <source>Ctrl+Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="189" />
        <source>Move down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="190" />
        <source>Ctrl+Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="197" />
        <source>Add a topic and press Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="198" />
        <source>New agenda item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="200" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="201" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="274" />
        <source>Rating {rating}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="708" />
        <source>The PDF could not be written: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="177" />
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="211" />
        <source>Agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="156" />
        <source>Cancel check-in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="157" />
        <source>Move…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="158" />
        <source>Undo cancel or move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="222" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="226" />
        <source>What you agreed; both of you see this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="229" />
        <source>Only on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="232" />
        <source>Save notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="233" />
        <source>Shared:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="234" />
        <source>Private:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="238" />
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="256" />
        <source>Action items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="241" />
        <source>What needs doing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="242" />
        <source>Action item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="244" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="245" />
        <source>due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="246" />
        <source>Due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="247" />
        <source>Add task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="266" />
        <source>Retrospective</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="268" />
        <source>How effective was this check-in?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="283" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="284" />
        <source>not noted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="285" />
        <source>How long it took</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="287" />
        <source>How long the check-in really took; the advice on the rhythm compares it with the planned length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="289" />
        <source>It &amp;took:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="300" />
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="301" />
        <source>What would make our check-ins better?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="302" />
        <source>Save retrospective</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="326" />
        <source>Open a check-in from the list of upcoming check-ins (or a past meeting) to see its agenda here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="392" />
        <source>Check-in</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="421" />
        <source>of %n min planned</source>
        <translation>
            <numerusform>of %n min planned</numerusform>
            <numerusform>of %n min planned</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="469" />
        <source>Mark not discussed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="484" />
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="486" />
        <source>From the agenda backlog; joins if still open then:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="584" />
        <source>Type the topic first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="646" />
        <source>Say what needs doing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="696" />
        <source>Save agenda and minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="698" />
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="707" />
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>