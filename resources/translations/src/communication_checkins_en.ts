<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CadenceAdvice</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="79"/>
        <source>Meet more often: the last {meetings} check-ins left {carried} items over on average and ran to {percent} % of their slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="84"/>
        <source>Meet less often: the last {meetings} check-ins had {items} items on average and left none over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="89"/>
        <source>Make the check-ins shorter: the last {meetings} took {percent} % of their slot on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="94"/>
        <source>Send the agenda earlier: {notes} of the last {meetings} retrospectives ask for better preparation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="98"/>
        <source>Try another channel: {notes} retrospectives mention it; ratings average {average} with a trend of {trend} per check-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinsPage</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="142"/>
        <source>New series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="146"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="468"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="147"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="303"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="469"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="148"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="473"/>
        <source>Export to calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="149"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="472"/>
        <source>Open link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="151"/>
        <source>Open the series&apos; video link or e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="152"/>
        <source>Open meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="160"/>
        <source>Cancel check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="161"/>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="162"/>
        <source>Undo cancel or move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="163"/>
        <source>Change series from here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="165"/>
        <source>Change rhythm, time or length from this check-in on; meetings held so far stay with the series as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="187"/>
        <source>No check-in series yet. Create one with &apos;New series…&apos;: choose a rhythm that suits you both, for example a short weekly call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="173"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="193"/>
        <source>Check-in series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="143"/>
        <source>One-off meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="145"/>
        <source>A meeting outside the series, for example at short notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="176"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="197"/>
        <source>Upcoming check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="178"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="207"/>
        <source>Past meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="180"/>
        <source>What would make the check-ins better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="210"/>
        <source>How effective are our check-ins?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="212"/>
        <source>Last 10 ratings (1–5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="302"/>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="469"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="350"/>
        <source>Export to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="352"/>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="362"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="363"/>
        <source>The calendar file could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="476"/>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetroNotesModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="116"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="116"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/checkins.py" line="116"/>
        <source>What would make it better</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
