<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="144" />
        <source>Meeting status</source>
        <translation>Status der Besprechung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="145" />
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="146" />
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="147" />
        <source>Back to check-ins</source>
        <translation>Zurück zu den Check-ins</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="153" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="168" />
        <source>Outcome or answer (optional)</source>
        <translation>Ergebnis oder Antwort (optional)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="169" />
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="170" />
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="418" />
        <source>Mark &amp;discussed</source>
        <translation>Als &amp;besprochen markieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="171" />
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="172" />
        <source>Ctrl+Up</source>
        <translation>Strg+Pfeil hoch</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="173" />
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="174" />
        <source>Ctrl+Down</source>
        <translation>Strg+Pfeil runter</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="181" />
        <source>Add a topic and press Enter</source>
        <translation>Thema eingeben und Enter drücken</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="182" />
        <source>New agenda item</source>
        <translation>Neuer Agenda-Punkt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="184" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="185" />
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="253" />
        <source>Rating {rating}</source>
        <translation>Bewertung {rating}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="582" />
        <source>The PDF could not be written: {reason}</source>
        <translation>Die PDF-Datei konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="161" />
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="191" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="201" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="205" />
        <source>What you agreed; both of you see this</source>
        <translation>Was Sie vereinbart haben; beide sehen es</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="208" />
        <source>Only on this computer</source>
        <translation>Nur auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="211" />
        <source>Save notes</source>
        <translation>Notizen speichern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="212" />
        <source>Shared:</source>
        <translation>Gemeinsam:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="213" />
        <source>Private:</source>
        <translation>Privat:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="217" />
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="235" />
        <source>Action items</source>
        <translation>Aufgaben aus der Besprechung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="220" />
        <source>What needs doing</source>
        <translation>Was ist zu tun?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="221" />
        <source>Action item</source>
        <translation>Aufgabe aus der Besprechung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="223" />
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="224" />
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="225" />
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="226" />
        <source>Add task</source>
        <translation>Aufgabe anlegen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="245" />
        <source>Retrospective</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="247" />
        <source>How effective was this check-in?</source>
        <translation>Wie wirksam war dieser Check-in?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="261" />
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="262" />
        <source>What would make our check-ins better?</source>
        <translation>Was würde unsere Check-ins besser machen?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="263" />
        <source>Save retrospective</source>
        <translation>Rückblick speichern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="286" />
        <source>Open a check-in from the list of upcoming check-ins (or a past meeting) to see its agenda here.</source>
        <translation>Öffnen Sie einen Check-in aus der Liste der anstehenden Check-ins (oder eine vergangene Besprechung), um hier die Agenda zu sehen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="348" />
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="417" />
        <source>Mark not discussed</source>
        <translation>Als nicht besprochen markieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="460" />
        <source>Type the topic first.</source>
        <translation>Bitte zuerst das Thema eingeben.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="520" />
        <source>Say what needs doing.</source>
        <translation>Bitte angeben, was zu tun ist.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="570" />
        <source>Save agenda and minutes</source>
        <translation>Agenda und Protokoll speichern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="572" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="581" />
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
</TS>