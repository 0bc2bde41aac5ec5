<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="140"/>
        <source>Meeting status</source>
        <translation>Status der Besprechung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="141"/>
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="142"/>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="143"/>
        <source>Back to check-ins</source>
        <translation>Zurück zu den Check-ins</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="149"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="164"/>
        <source>Outcome or answer (optional)</source>
        <translation>Ergebnis oder Antwort (optional)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="165"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="166"/>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="414"/>
        <source>Mark &amp;discussed</source>
        <translation>Als &amp;besprochen markieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="167"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="168"/>
        <source>Ctrl+Up</source>
        <translation>Strg+Pfeil hoch</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="169"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="170"/>
        <source>Ctrl+Down</source>
        <translation>Strg+Pfeil runter</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="177"/>
        <source>Add a topic and press Enter</source>
        <translation>Thema eingeben und Enter drücken</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="178"/>
        <source>New agenda item</source>
        <translation>Neuer Agenda-Punkt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="180"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="181"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="249"/>
        <source>Rating {rating}</source>
        <translation>Bewertung {rating}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="578"/>
        <source>The PDF could not be written: {reason}</source>
        <translation>Die PDF-Datei konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="157"/>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="187"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="197"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="201"/>
        <source>What you agreed; both of you see this</source>
        <translation>Was Sie vereinbart haben; beide sehen es</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="204"/>
        <source>Only on this computer</source>
        <translation>Nur auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="207"/>
        <source>Save notes</source>
        <translation>Notizen speichern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="208"/>
        <source>Shared:</source>
        <translation>Gemeinsam:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="209"/>
        <source>Private:</source>
        <translation>Privat:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="213"/>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="231"/>
        <source>Action items</source>
        <translation>Aufgaben aus der Besprechung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="216"/>
        <source>What needs doing</source>
        <translation>Was ist zu tun?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="217"/>
        <source>Action item</source>
        <translation>Aufgabe aus der Besprechung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="219"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="220"/>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="221"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="222"/>
        <source>Add task</source>
        <translation>Aufgabe anlegen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="241"/>
        <source>Retrospective</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="243"/>
        <source>How effective was this check-in?</source>
        <translation>Wie wirksam war dieser Check-in?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="257"/>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="258"/>
        <source>What would make our check-ins better?</source>
        <translation>Was würde unsere Check-ins besser machen?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="259"/>
        <source>Save retrospective</source>
        <translation>Rückblick speichern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="282"/>
        <source>Open a check-in from the list of upcoming check-ins (or a past meeting) to see its agenda here.</source>
        <translation>Öffnen Sie einen Check-in aus der Liste der anstehenden Check-ins (oder eine vergangene Besprechung), um hier die Agenda zu sehen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="344"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="413"/>
        <source>Mark not discussed</source>
        <translation>Als nicht besprochen markieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="456"/>
        <source>Type the topic first.</source>
        <translation>Bitte zuerst das Thema eingeben.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="516"/>
        <source>Say what needs doing.</source>
        <translation>Bitte angeben, was zu tun ist.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="566"/>
        <source>Save agenda and minutes</source>
        <translation>Agenda und Protokoll speichern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="568"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/meeting.py" line="577"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
</TS>
