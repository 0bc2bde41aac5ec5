<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CheckinsPage</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="91" />
        <source>New series…</source>
        <translation>Neue Serie…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="92" />
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="329" />
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="93" />
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="240" />
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="330" />
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="94" />
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="334" />
        <source>Export to calendar…</source>
        <translation>In Kalender exportieren…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="95" />
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="333" />
        <source>Open link…</source>
        <translation>Link öffnen…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="97" />
        <source>Open the series' video link or e-mail address</source>
        <translation>Videolink oder E-Mail-Adresse der Serie öffnen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="98" />
        <source>Open meeting</source>
        <translation>Besprechung öffnen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="116" />
        <source>No check-in series yet. Create one with 'New series…': choose a rhythm that suits you both, for example a short weekly call.</source>
        <translation>Noch keine Check-in-Serie. Legen Sie mit „Neue Serie…“ eine an und wählen Sie einen Rhythmus, der zu Ihnen beiden passt, etwa ein kurzes wöchentliches Gespräch.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="122" />
        <source>Check-in series</source>
        <translation>Check-in-Serien</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="126" />
        <source>Upcoming check-ins</source>
        <translation>Anstehende Check-ins</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="135" />
        <source>Past meetings</source>
        <translation>Vergangene Besprechungen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="138" />
        <source>How effective are our check-ins?</source>
        <translation>Wie wirksam sind unsere Check-ins?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="140" />
        <source>Last 10 ratings (1–5):</source>
        <translation>Letzte 10 Bewertungen (1–5):</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="203" />
        <source>The last three check-ins were rated below 3 on average. Talk about the rhythm: would more often, less often, shorter or a different channel work better?</source>
        <translation>Die letzten drei Check-ins lagen im Schnitt unter 3. Sprechen Sie über den Rhythmus: Wäre häufiger, seltener, kürzer oder ein anderer Kanal besser?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="239" />
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="330" />
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="283" />
        <source>Export to calendar</source>
        <translation>In Kalender exportieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="285" />
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="295" />
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="296" />
        <source>The calendar file could not be written: %1</source>
        <translation>Die Kalenderdatei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="337" />
        <source>Move to Trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="344" />
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="345" />
        <source>The change could not be saved: %1
Nothing was lost.</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1
Es ist nichts verloren gegangen.</translation>
    </message>
</context>
<context>
    <name>RetroNotesModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="66" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="66" />
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="66" />
        <source>What would make it better</source>
        <translation>Was es besser machen würde</translation>
    </message>
</context>
</TS>