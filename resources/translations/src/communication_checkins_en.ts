<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CheckinsPage</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="90"/>
        <source>New series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="91"/>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="317"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="92"/>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="235"/>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="318"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="93"/>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="320"/>
        <source>Export to calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="94"/>
        <source>Open meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="112"/>
        <source>No check-in series yet. Create one with &apos;New series…&apos;: choose a rhythm that suits you both, for example a short weekly call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="118"/>
        <source>Check-in series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="122"/>
        <source>Upcoming check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="131"/>
        <source>Past meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="134"/>
        <source>How effective are our check-ins?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="136"/>
        <source>Last 10 ratings (1–5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="198"/>
        <source>The last three check-ins were rated below 3 on average. Talk about the rhythm: would more often, less often, shorter or a different channel work better?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="234"/>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="318"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="277"/>
        <source>Export to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="279"/>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="289"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="290"/>
        <source>The calendar file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="323"/>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="330"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="331"/>
        <source>The change could not be saved: %1
Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetroNotesModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="65"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="65"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_checkins.py" line="65"/>
        <source>What would make it better</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
