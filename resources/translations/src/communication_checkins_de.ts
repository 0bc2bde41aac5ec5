<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CheckinsPage</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="93" />
        <source>New series…</source>
        <translation>Neue Serie…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="94" />
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="335" />
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="95" />
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="246" />
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="336" />
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="96" />
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="340" />
        <source>Export to calendar…</source>
        <translation>In Kalender exportieren…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="97" />
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="339" />
        <source>Open link…</source>
        <translation>Link öffnen…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="99" />
        <source>Open the series' video link or e-mail address</source>
        <translation>Videolink oder E-Mail-Adresse der Serie öffnen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="100" />
        <source>Open meeting</source>
        <translation>Besprechung öffnen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="122" />
        <source>No check-in series yet. Create one with 'New series…': choose a rhythm that suits you both, for example a short weekly call.</source>
        <translation>Noch keine Check-in-Serie. Legen Sie mit „Neue Serie…“ eine an und wählen Sie einen Rhythmus, der zu Ihnen beiden passt, etwa ein kurzes wöchentliches Gespräch.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="108" />
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="128" />
        <source>Check-in series</source>
        <translation>Check-in-Serien</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="111" />
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="132" />
        <source>Upcoming check-ins</source>
        <translation>Anstehende Check-ins</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="113" />
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="141" />
        <source>Past meetings</source>
        <translation>Vergangene Besprechungen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="115" />
        <source>What would make the check-ins better</source>
        <translation>Was die Check-ins besser machen würde</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="144" />
        <source>How effective are our check-ins?</source>
        <translation>Wie wirksam sind unsere Check-ins?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="146" />
        <source>Last 10 ratings (1–5):</source>
        <translation>Letzte 10 Bewertungen (1–5):</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="209" />
        <source>The last three check-ins were rated below 3 on average. Talk about the rhythm: would more often, less often, shorter or a different channel work better?</source>
        <translation>Die letzten drei Check-ins lagen im Schnitt unter 3. Sprechen Sie über den Rhythmus: Wäre häufiger, seltener, kürzer oder ein anderer Kanal besser?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="245" />
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="336" />
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="289" />
        <source>Export to calendar</source>
        <translation>In Kalender exportieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="291" />
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="301" />
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="302" />
        <source>The calendar file could not be written: %1</source>
        <translation>Die Kalenderdatei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="343" />
        <source>Move to Trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="350" />
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="351" />
        <source>The change could not be saved: %1
Nothing was lost.</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1
Es ist nichts verloren gegangen.</translation>
    </message>
</context>
<context>
    <name>RetroNotesModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="68" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="68" />
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="68" />
        <source>What would make it better</source>
        <translation>Was es besser machen würde</translation>
    </message>
</context>
</TS>