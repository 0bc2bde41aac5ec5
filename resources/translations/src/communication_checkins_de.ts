<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CheckinsPage</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="88"/>
        <source>New series…</source>
        <translation>Neue Serie…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="92"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="353"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="93"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="248"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="354"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="94"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="358"/>
        <source>Export to calendar…</source>
        <translation>In Kalender exportieren…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="95"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="357"/>
        <source>Open link…</source>
        <translation>Link öffnen…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="97"/>
        <source>Open the series&apos; video link or e-mail address</source>
        <translation>Videolink oder E-Mail-Adresse der Serie öffnen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="98"/>
        <source>Open meeting</source>
        <translation>Besprechung öffnen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="120"/>
        <source>No check-in series yet. Create one with &apos;New series…&apos;: choose a rhythm that suits you both, for example a short weekly call.</source>
        <translation>Noch keine Check-in-Serie. Legen Sie mit „Neue Serie…“ eine an und wählen Sie einen Rhythmus, der zu Ihnen beiden passt, etwa ein kurzes wöchentliches Gespräch.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="106"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="126"/>
        <source>Check-in series</source>
        <translation>Check-in-Serien</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="89"/>
        <source>One-off meeting…</source>
        <translation>Einzeltermin…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="91"/>
        <source>A meeting outside the series, for example at short notice</source>
        <translation>Ein Treffen außerhalb der Serie, zum Beispiel kurzfristig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="109"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="130"/>
        <source>Upcoming check-ins</source>
        <translation>Anstehende Check-ins</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="111"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="139"/>
        <source>Past meetings</source>
        <translation>Vergangene Besprechungen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="113"/>
        <source>What would make the check-ins better</source>
        <translation>Was die Check-ins besser machen würde</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="142"/>
        <source>How effective are our check-ins?</source>
        <translation>Wie wirksam sind unsere Check-ins?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="144"/>
        <source>Last 10 ratings (1–5):</source>
        <translation>Letzte 10 Bewertungen (1–5):</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="211"/>
        <source>The last three check-ins were rated below 3 on average. Talk about the rhythm: would more often, less often, shorter or a different channel work better?</source>
        <translation>Die letzten drei Check-ins lagen im Schnitt unter 3. Sprechen Sie über den Rhythmus: Wäre häufiger, seltener, kürzer oder ein anderer Kanal besser?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="247"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="354"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="291"/>
        <source>Export to calendar</source>
        <translation>In Kalender exportieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="293"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="302"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="303"/>
        <source>The calendar file could not be written: {reason}</source>
        <translation>Die Kalenderdatei konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="361"/>
        <source>Move to Trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="368"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="369"/>
        <source>The change could not be saved: %1
Nothing was lost.</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1
Es ist nichts verloren gegangen.</translation>
    </message>
</context>
<context>
    <name>RetroNotesModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="63"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="63"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="63"/>
        <source>What would make it better</source>
        <translation>Was es besser machen würde</translation>
    </message>
</context>
</TS>
