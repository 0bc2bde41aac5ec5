<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FeedbackTab</name>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="68"/>
        <source>Direction filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="70"/>
        <source>Kind filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="71"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="75"/>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="76"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="80"/>
        <source>Search feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="82"/>
        <source>Search feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="83"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="84"/>
        <source>Show deleted feedback, to restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="97"/>
        <source>Feedback log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="113"/>
        <source>Show more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="124"/>
        <source>Private: stays on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="144"/>
        <source>&amp;New feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="145"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="146"/>
        <source>Put on next &amp;check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="147"/>
        <source>Mark &amp;discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="148"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="149"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="229"/>
        <source>Feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="241"/>
        <source>Both directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="242"/>
        <source>I give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="243"/>
        <source>I receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="320"/>
        <source>Showing the newest {shown} of %n entries. Narrow the filters or show more.</source>
        <translation>
            <numerusform>Showing the newest {shown} of %n entry. Narrow the filters or show more.</numerusform>
            <numerusform>Showing the newest {shown} of %n entries. Narrow the filters or show more.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="337"/>
        <source>The Trash holds no feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="339"/>
        <source>No feedback matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="341"/>
        <source>No feedback yet. Note the first one with “New feedback…”: what happened, what it led to, what would help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="385"/>
        <source>On the agenda for the next check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="387"/>
        <source>Discussed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="389"/>
        <source>Not on an agenda yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="397"/>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="398"/>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="399"/>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="400"/>
        <source>Request / next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="404"/>
        <source>The receiver asked for this feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="489"/>
        <source>Private feedback of {date} (details stay on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="491"/>
        <source>Feedback ({direction}): {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="516"/>
        <source>Delete feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="517"/>
        <source>Move this feedback to the Trash? You can restore it from there.

{text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
