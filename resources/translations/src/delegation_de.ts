<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>DelegationTab</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="69"/>
        <source>Board</source>
        <translation>Delegation-Board</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="71"/>
        <source>Decision rules</source>
        <translation>Entscheidungsregeln</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="73"/>
        <source>Areas of responsibility</source>
        <translation>Verantwortungsbereiche</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="80"/>
        <source>Autonomy over time</source>
        <translation>Eigenständigkeit im Verlauf</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="82"/>
        <source>Share of rules at level 5 or higher, month by month</source>
        <translation>Anteil der Regeln auf Stufe 5 oder höher, Monat für Monat</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="92"/>
        <source>Decision rule…</source>
        <translation>Entscheidungsregel…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="94"/>
        <source>Area of responsibility…</source>
        <translation>Verantwortungsbereich…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="96"/>
        <source>May I decide?</source>
        <translation>Darf ich entscheiden?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="126"/>
        <source>Save as PDF poster…</source>
        <translation>Als PDF-Poster speichern…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="131"/>
        <source>No decision rules yet. Agree the first one with New rule… on the Decision rules page.</source>
        <translation>Noch keine Entscheidungsregeln. Vereinbaren Sie die erste mit „Neue Regel…“ auf der Seite Entscheidungsregeln.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="146"/>
        <source>● current level   ○ target level. Click or drag a marker into another column, or select a row and press ← / →; with Shift the target moves.</source>
        <translation>● aktuelle Stufe   ○ Zielstufe. Markierung anklicken oder in eine andere Spalte ziehen, oder Zeile wählen und ← / → drücken; mit Umschalt bewegt sich das Ziel.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="181"/>
        <source>No area</source>
        <translation>Ohne Bereich</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="396"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="298"/>
        <source>“{decision}”: {old} → {new}, recorded in the rule&apos;s history.</source>
        <translation>„{decision}“: {old} → {new}, im Verlauf der Regel festgehalten.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="306"/>
        <source>“{decision}”: target {new}.</source>
        <translation>„{decision}“: Ziel {new}.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="317"/>
        <source>Already on the agenda</source>
        <translation>Schon auf der Agenda</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="318"/>
        <source>“{decision}” is already waiting for the next check-in.</source>
        <translation>„{decision}“ wartet schon auf den nächsten Check-in.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="325"/>
        <source>Renegotiate the level: {decision} (now {level})</source>
        <translation>Stufe neu verhandeln: {decision} (jetzt {level})</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="331"/>
        <source>“{decision}” is on the agenda for the next check-in.</source>
        <translation>„{decision}“ steht auf der Agenda für den nächsten Check-in.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="336"/>
        <source>Delete rule</source>
        <translation>Regel löschen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="337"/>
        <source>Move the rule “{decision}” to the Trash?</source>
        <translation>Die Regel „{decision}“ in den Papierkorb verschieben?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="343"/>
        <source>Delete area</source>
        <translation>Bereich löschen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="344"/>
        <source>Move the area “{name}” to the Trash? Its rules, tasks and access items stay and show without an area.</source>
        <translation>Den Bereich „{name}“ in den Papierkorb verschieben? Seine Regeln, Aufgaben und Zugänge bleiben erhalten und stehen dann ohne Bereich da.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="374"/>
        <source>Delegation board: {tandem}</source>
        <translation>Delegation-Board: {tandem}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="378"/>
        <source>{leader} and {assistant} · as of {date}</source>
        <translation>{leader} und {assistant} · Stand {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="383"/>
        <source>● current level   ○ target level   shaded: the assistant decides (levels 5–7)</source>
        <translation>● aktuelle Stufe   ○ Zielstufe   schattiert: die Assistenz entscheidet (Stufen 5–7)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="388"/>
        <source>Save delegation board</source>
        <translation>Delegation-Board speichern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="389"/>
        <source>delegation-board.pdf</source>
        <translation>delegation-board.pdf</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="389"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="397"/>
        <source>The poster could not be written: {reason}</source>
        <translation>Das Poster konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="400"/>
        <source>Poster saved: {path}</source>
        <translation>Poster gespeichert: {path}</translation>
    </message>
</context>
</TS>
