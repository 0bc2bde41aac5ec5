<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CheckinsPage</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="91"/>
        <source>New series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="92"/>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="329"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="93"/>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="240"/>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="330"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="94"/>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="334"/>
        <source>Export to calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="95"/>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="333"/>
        <source>Open link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="97"/>
        <source>Open the series&apos; video link or e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="98"/>
        <source>Open meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="116"/>
        <source>No check-in series yet. Create one with &apos;New series…&apos;: choose a rhythm that suits you both, for example a short weekly call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="122"/>
        <source>Check-in series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="126"/>
        <source>Upcoming check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="135"/>
        <source>Past meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="138"/>
        <source>How effective are our check-ins?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="140"/>
        <source>Last 10 ratings (1–5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="203"/>
        <source>The last three check-ins were rated below 3 on average. Talk about the rhythm: would more often, less often, shorter or a different channel work better?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="239"/>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="330"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="283"/>
        <source>Export to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="285"/>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="295"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="296"/>
        <source>The calendar file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="337"/>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="344"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="345"/>
        <source>The change could not be saved: %1
Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetroNotesModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="66"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="66"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="66"/>
        <source>What would make it better</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
