<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CheckinsPage</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="94"/>
        <source>New series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="98"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="359"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="99"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="254"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="360"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="100"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="364"/>
        <source>Export to calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="101"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="363"/>
        <source>Open link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="103"/>
        <source>Open the series&apos; video link or e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="104"/>
        <source>Open meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="126"/>
        <source>No check-in series yet. Create one with &apos;New series…&apos;: choose a rhythm that suits you both, for example a short weekly call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="112"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="132"/>
        <source>Check-in series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="95"/>
        <source>One-off meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="97"/>
        <source>A meeting outside the series, for example at short notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="115"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="136"/>
        <source>Upcoming check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="117"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="145"/>
        <source>Past meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="119"/>
        <source>What would make the check-ins better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="148"/>
        <source>How effective are our check-ins?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="150"/>
        <source>Last 10 ratings (1–5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="217"/>
        <source>The last three check-ins were rated below 3 on average. Talk about the rhythm: would more often, less often, shorter or a different channel work better?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="253"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="360"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="297"/>
        <source>Export to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="299"/>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="308"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="309"/>
        <source>The calendar file could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="367"/>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetroNotesModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="69"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="69"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="69"/>
        <source>What would make it better</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
