<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CheckinsPage</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="95"/>
        <source>New series…</source>
        <translation>Neue Serie…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="99"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="361"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="100"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="255"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="362"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="101"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="366"/>
        <source>Export to calendar…</source>
        <translation>In Kalender exportieren…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="102"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="365"/>
        <source>Open link…</source>
        <translation>Link öffnen…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="104"/>
        <source>Open the series&apos; video link or e-mail address</source>
        <translation>Videolink oder E-Mail-Adresse der Serie öffnen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="105"/>
        <source>Open meeting</source>
        <translation>Besprechung öffnen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="127"/>
        <source>No check-in series yet. Create one with &apos;New series…&apos;: choose a rhythm that suits you both, for example a short weekly call.</source>
        <translation>Noch keine Check-in-Serie. Legen Sie mit „Neue Serie…“ eine an und wählen Sie einen Rhythmus, der zu Ihnen beiden passt, etwa ein kurzes wöchentliches Gespräch.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="113"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="133"/>
        <source>Check-in series</source>
        <translation>Check-in-Serien</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="96"/>
        <source>One-off meeting…</source>
        <translation>Einzeltermin…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="98"/>
        <source>A meeting outside the series, for example at short notice</source>
        <translation>Ein Treffen außerhalb der Serie, zum Beispiel kurzfristig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="116"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="137"/>
        <source>Upcoming check-ins</source>
        <translation>Anstehende Check-ins</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="118"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="146"/>
        <source>Past meetings</source>
        <translation>Vergangene Besprechungen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="120"/>
        <source>What would make the check-ins better</source>
        <translation>Was die Check-ins besser machen würde</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="149"/>
        <source>How effective are our check-ins?</source>
        <translation>Wie wirksam sind unsere Check-ins?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="151"/>
        <source>Last 10 ratings (1–5):</source>
        <translation>Letzte 10 Bewertungen (1–5):</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="218"/>
        <source>The last three check-ins were rated below 3 on average. Talk about the rhythm: would more often, less often, shorter or a different channel work better?</source>
        <translation>Die letzten drei Check-ins lagen im Schnitt unter 3. Sprechen Sie über den Rhythmus: Wäre häufiger, seltener, kürzer oder ein anderer Kanal besser?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="254"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="362"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="298"/>
        <source>Export to calendar</source>
        <translation>In Kalender exportieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="300"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="310"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="311"/>
        <source>The calendar file could not be written: {reason}</source>
        <translation>Die Kalenderdatei konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="369"/>
        <source>Move to Trash</source>
        <translation>In den Papierkorb</translation>
    </message>
</context>
<context>
    <name>RetroNotesModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="70"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="70"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="70"/>
        <source>What would make it better</source>
        <translation>Was es besser machen würde</translation>
    </message>
</context>
</TS>
