<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="158" />
        <source>Meeting status</source>
        <translation>Status der Besprechung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="159" />
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="160" />
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="161" />
        <source>Back to check-ins</source>
        <translation>Zurück zu den Check-ins</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="172" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="191" />
        <source>Outcome or answer (optional)</source>
        <translation>Ergebnis oder Antwort (optional)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="192" />
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="193" />
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="492" />
        <source>Mark &amp;discussed</source>
        <translation>Als &amp;besprochen markieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="194" />
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="195" />
        <source>Ctrl+Up</source>
        <translation>Strg+Pfeil hoch</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="196" />
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="197" />
        <source>Ctrl+Down</source>
        <translation>Strg+Pfeil runter</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="204" />
        <source>Add a topic and press Enter</source>
        <translation>Thema eingeben und Enter drücken</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="205" />
        <source>New agenda item</source>
        <translation>Neuer Agenda-Punkt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="207" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="208" />
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="287" />
        <source>Rating {rating}</source>
        <translation>Bewertung {rating}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="508" />
        <source>From the agenda backlog, added if still open by then:</source>
        <translation>Aus dem Themenspeicher kommt hinzu, was bis dahin noch offen ist:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="730" />
        <source>The PDF could not be written: {reason}</source>
        <translation>Die PDF-Datei konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="184" />
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="218" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="163" />
        <source>Cancel check-in…</source>
        <translation>Check-in absagen…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="164" />
        <source>Move…</source>
        <translation>Verschieben…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="165" />
        <source>Undo cancel or move</source>
        <translation>Absage/Verschiebung zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="229" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="233" />
        <source>What you agreed; both of you see this</source>
        <translation>Was Sie vereinbart haben; beide sehen es</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="236" />
        <source>Only on this computer</source>
        <translation>Nur auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="239" />
        <source>Save notes</source>
        <translation>Notizen speichern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="240" />
        <source>Shared:</source>
        <translation>Gemeinsam:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="241" />
        <source>Private:</source>
        <translation>Privat:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="245" />
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="269" />
        <source>Action items</source>
        <translation>Aufgaben aus der Besprechung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="248" />
        <source>What needs doing</source>
        <translation>Was ist zu tun?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="249" />
        <source>Action item</source>
        <translation>Aufgabe aus der Besprechung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="251" />
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="254" />
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="255" />
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="256" />
        <source>Add task</source>
        <translation>Aufgabe anlegen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="279" />
        <source>Retrospective</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="281" />
        <source>How effective was this check-in?</source>
        <translation>Wie wirksam war dieser Check-in?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="296" />
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="297" />
        <source>not noted</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="298" />
        <source>How long it took</source>
        <translation>Tatsächliche Dauer</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="300" />
        <source>How long the check-in really took; the advice on the rhythm compares it with the planned length</source>
        <translation>Wie lange das Check-in wirklich gedauert hat; die Empfehlung zum Rhythmus vergleicht das mit der geplanten Dauer</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="302" />
        <source>It &amp;took:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="313" />
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="314" />
        <source>What would make our check-ins better?</source>
        <translation>Was würde unsere Check-ins besser machen?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="315" />
        <source>Save retrospective</source>
        <translation>Rückblick speichern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="339" />
        <source>Open a check-in from the list of upcoming check-ins (or a past meeting) to see its agenda here.</source>
        <translation>Öffnen Sie einen Check-in aus der Liste der anstehenden Check-ins (oder eine vergangene Besprechung), um hier die Agenda zu sehen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="405" />
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="434" />
        <source>of %n min planned</source>
        <translation>
            <numerusform>von %n Min. geplant</numerusform>
            <numerusform>von %n Min. geplant</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="491" />
        <source>Mark not discussed</source>
        <translation>Als nicht besprochen markieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="506" />
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="606" />
        <source>Type the topic first.</source>
        <translation>Bitte zuerst das Thema eingeben.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="668" />
        <source>Say what needs doing.</source>
        <translation>Bitte angeben, was zu tun ist.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="718" />
        <source>Save agenda and minutes</source>
        <translation>Agenda und Protokoll speichern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="720" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="729" />
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
</TS>