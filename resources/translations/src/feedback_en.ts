<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FeedbackTab</name>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="67" />
        <source>Direction filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="69" />
        <source>Kind filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="70" />
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="74" />
        <source>Status filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="75" />
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="79" />
        <source>Search feedback…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="81" />
        <source>Search feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="82" />
        <source>Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="83" />
        <source>Show deleted feedback, to restore it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="96" />
        <source>Feedback log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="112" />
        <source>Show more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="123" />
        <source>Private: stays on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="143" />
        <source>&amp;New feedback…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="144" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="145" />
        <source>Put on next &amp;check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="146" />
        <source>Mark &amp;discussed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="147" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="148" />
        <source>&amp;Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="228" />
        <source>Feedback…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="240" />
        <source>Both directions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="241" />
        <source>I give</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="242" />
        <source>I receive</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="319" />
        <source>Showing the newest {shown} of %n entries. Narrow the filters or show more.</source>
        <translation>
            <numerusform>Showing the newest {shown} of %n entry. Narrow the filters or show more.</numerusform>
            <numerusform>Showing the newest {shown} of %n entries. Narrow the filters or show more.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="336" />
        <source>The Trash holds no feedback.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="338" />
        <source>No feedback matches these filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="340" />
        <source>No feedback yet. Note the first one with “New feedback…”: what happened, what it led to, what would help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="384" />
        <source>On the agenda for the next check-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="386" />
        <source>Discussed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="388" />
        <source>Not on an agenda yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="396" />
        <source>Situation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="397" />
        <source>Behaviour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="398" />
        <source>Impact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="399" />
        <source>Request / next step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="403" />
        <source>The receiver asked for this feedback.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="488" />
        <source>Private feedback of {date} (details stay on this computer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="490" />
        <source>Feedback ({direction}): {summary}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="515" />
        <source>Delete feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="516" />
        <source>Move this feedback to the Trash? You can restore it from there.

{text}</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>