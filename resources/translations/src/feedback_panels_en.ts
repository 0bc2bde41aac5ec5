<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BalancePanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="164"/>
        <source>Balance of the last {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="178"/>
        <source>I gave {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="180"/>
        <source>{name} gave me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="190"/>
        <source>No feedback noted in this time. A short word each way is a good start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="194"/>
        <source>Feedback went only from you to {name}. Ask {name} for theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="196"/>
        <source>Feedback came only from {name}. Tell {name} how things look from your side, too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="200"/>
        <source>Everything you told {name} was a suggestion. Say what goes well, too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="202"/>
        <source>Everything {name} told you was a suggestion. Ask what goes well, too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="204"/>
        <source>You have not asked {name} for feedback for longer than your rhythm. The questions below help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackPrompts</name>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="50"/>
        <source>What should I start doing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="52"/>
        <source>What should I stop doing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="54"/>
        <source>What should I continue doing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="56"/>
        <source>What could I do to make your work easier?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="58"/>
        <source>Where do you need more information or context from me?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="60"/>
        <source>Which decision would you like to take on your own from now on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="62"/>
        <source>What would make our check-ins more useful?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="64"/>
        <source>Is there something you held back recently because the moment felt wrong?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptsPanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="214"/>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="223"/>
        <source>Questions for asking for feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="226"/>
        <source>Write a question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="227"/>
        <source>Question text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="230"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="231"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="234"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="235"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="238"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="239"/>
        <source>Copy all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="240"/>
        <source>Copy every question, to send them to your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="242"/>
        <source>Move the question up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="243"/>
        <source>Move the question down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="301"/>
        <source>Write the question first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RhythmPanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="83"/>
        <source>Feedback rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="86"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="88"/>
        <source>Days between feedback conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="91"/>
        <source>A feedback conversation &amp;every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="119"/>
        <source>= {weeks} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="125"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="128"/>
        <source>Last feedback: I gave {gave} · I received {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="130"/>
        <source>Next feedback conversation due: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="136"/>
        <source>No feedback either way for too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="138"/>
        <source>Time to give {name} feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="140"/>
        <source>Time to ask {name} for feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="142"/>
        <source>Overdue by 1 day. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="143"/>
        <source>Overdue by {days} days. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
