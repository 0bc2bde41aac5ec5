<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CheckinsPage</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="94" />
        <source>New series…</source>
        <translation>Neue Serie…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="98" />
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="359" />
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="99" />
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="254" />
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="360" />
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="100" />
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="364" />
        <source>Export to calendar…</source>
        <translation>In Kalender exportieren…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="101" />
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="363" />
        <source>Open link…</source>
        <translation>Link öffnen…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="103" />
        <source>Open the series' video link or e-mail address</source>
        <translation>Videolink oder E-Mail-Adresse der Serie öffnen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="104" />
        <source>Open meeting</source>
        <translation>Besprechung öffnen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="126" />
        <source>No check-in series yet. Create one with 'New series…': choose a rhythm that suits you both, for example a short weekly call.</source>
        <translation>Noch keine Check-in-Serie. Legen Sie mit „Neue Serie…“ eine an und wählen Sie einen Rhythmus, der zu Ihnen beiden passt, etwa ein kurzes wöchentliches Gespräch.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="112" />
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="132" />
        <source>Check-in series</source>
        <translation>Check-in-Serien</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="95" />
        <source>One-off meeting…</source>
        <translation>Einzeltermin…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="97" />
        <source>A meeting outside the series, for example at short notice</source>
        <translation>Ein Treffen außerhalb der Serie, zum Beispiel kurzfristig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="115" />
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="136" />
        <source>Upcoming check-ins</source>
        <translation>Anstehende Check-ins</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="117" />
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="145" />
        <source>Past meetings</source>
        <translation>Vergangene Besprechungen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="119" />
        <source>What would make the check-ins better</source>
        <translation>Was die Check-ins besser machen würde</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="148" />
        <source>How effective are our check-ins?</source>
        <translation>Wie wirksam sind unsere Check-ins?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="150" />
        <source>Last 10 ratings (1–5):</source>
        <translation>Letzte 10 Bewertungen (1–5):</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="217" />
        <source>The last three check-ins were rated below 3 on average. Talk about the rhythm: would more often, less often, shorter or a different channel work better?</source>
        <translation>Die letzten drei Check-ins lagen im Schnitt unter 3. Sprechen Sie über den Rhythmus: Wäre häufiger, seltener, kürzer oder ein anderer Kanal besser?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="253" />
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="360" />
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="297" />
        <source>Export to calendar</source>
        <translation>In Kalender exportieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="299" />
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="308" />
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="309" />
        <source>The calendar file could not be written: {reason}</source>
        <translation>Die Kalenderdatei konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="367" />
        <source>Move to Trash</source>
        <translation>In den Papierkorb</translation>
    </message>
</context>
<context>
    <name>RetroNotesModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="69" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="69" />
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="69" />
        <source>What would make it better</source>
        <translation>Was es besser machen würde</translation>
    </message>
</context>
</TS>