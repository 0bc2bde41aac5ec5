<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="143" />
        <source>Meeting status</source>
        <translation>Status der Besprechung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="144" />
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="145" />
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="146" />
        <source>Back to check-ins</source>
        <translation>Zurück zu den Check-ins</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="152" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="167" />
        <source>Outcome or answer (optional)</source>
        <translation>Ergebnis oder Antwort (optional)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="168" />
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="169" />
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="417" />
        <source>Mark &amp;discussed</source>
        <translation>Als &amp;besprochen markieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="170" />
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="171" />
        <source>Ctrl+Up</source>
        <translation>Strg+Pfeil hoch</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="172" />
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="173" />
        <source>Ctrl+Down</source>
        <translation>Strg+Pfeil runter</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="180" />
        <source>Add a topic and press Enter</source>
        <translation>Thema eingeben und Enter drücken</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="181" />
        <source>New agenda item</source>
        <translation>Neuer Agenda-Punkt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="183" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="184" />
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="252" />
        <source>Rating {rating}</source>
        <translation>Bewertung {rating}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="576" />
        <source>The PDF could not be written: {reason}</source>
        <translation>Die PDF-Datei konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="160" />
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="190" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="200" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="204" />
        <source>What you agreed; both of you see this</source>
        <translation>Was Sie vereinbart haben; beide sehen es</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="207" />
        <source>Only on this computer</source>
        <translation>Nur auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="210" />
        <source>Save notes</source>
        <translation>Notizen speichern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="211" />
        <source>Shared:</source>
        <translation>Gemeinsam:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="212" />
        <source>Private:</source>
        <translation>Privat:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="216" />
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="234" />
        <source>Action items</source>
        <translation>Aufgaben aus der Besprechung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="219" />
        <source>What needs doing</source>
        <translation>Was ist zu tun?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="220" />
        <source>Action item</source>
        <translation>Aufgabe aus der Besprechung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="222" />
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="223" />
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="224" />
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="225" />
        <source>Add task</source>
        <translation>Aufgabe anlegen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="244" />
        <source>Retrospective</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="246" />
        <source>How effective was this check-in?</source>
        <translation>Wie wirksam war dieser Check-in?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="260" />
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="261" />
        <source>What would make our check-ins better?</source>
        <translation>Was würde unsere Check-ins besser machen?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="262" />
        <source>Save retrospective</source>
        <translation>Rückblick speichern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="285" />
        <source>Open a check-in from the list of upcoming check-ins (or a past meeting) to see its agenda here.</source>
        <translation>Öffnen Sie einen Check-in aus der Liste der anstehenden Check-ins (oder eine vergangene Besprechung), um hier die Agenda zu sehen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="347" />
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="416" />
        <source>Mark not discussed</source>
        <translation>Als nicht besprochen markieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="459" />
        <source>Type the topic first.</source>
        <translation>Bitte zuerst das Thema eingeben.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="519" />
        <source>Say what needs doing.</source>
        <translation>Bitte angeben, was zu tun ist.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="566" />
        <source>Save agenda and minutes</source>
        <translation>Agenda und Protokoll speichern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="568" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="575" />
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
</TS>