<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ReviewBar</name>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/review.py" line="32"/>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/review.py" line="34"/>
        <source>We looked at the vision and the goals together today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/review.py" line="35"/>
        <source>Put on next check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/review.py" line="37"/>
        <source>Add a review of the vision to the agenda of the next check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/review.py" line="59"/>
        <source>The vision has not been reviewed together yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/review.py" line="61"/>
        <source>Last reviewed together: today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/vision/review.py" line="63"/>
        <source>Last reviewed together: {date} (%n day(s) ago).</source>
        <translation>
            <numerusform>Last reviewed together: {date} (%n day ago).</numerusform>
            <numerusform>Last reviewed together: {date} (%n days ago).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/vision/review.py" line="67"/>
        <source>More than %n day(s) have passed: time to look at the vision and the goals together again.</source>
        <translation>
            <numerusform>More than %n day has passed: time to look at the vision and the goals together again.</numerusform>
            <numerusform>More than %n days have passed: time to look at the vision and the goals together again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/review.py" line="71"/>
        <source>A review is on the agenda for the next check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/review.py" line="107"/>
        <source>Review the vision and our goals together</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
