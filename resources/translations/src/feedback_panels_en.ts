<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BalancePanel</name>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="162"/>
        <source>Balance of the last %n day(s)</source>
        <translation>
            <numerusform>Balance of the last day</numerusform>
            <numerusform>Balance of the last %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="175"/>
        <source>I gave {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="177"/>
        <source>{name} gave me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="187"/>
        <source>No feedback noted in this time. A short word each way is a good start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="191"/>
        <source>Feedback went only from you to {name}. Ask {name} for theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="193"/>
        <source>Feedback came only from {name}. Tell {name} how things look from your side, too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="197"/>
        <source>Everything you told {name} was a suggestion. Say what goes well, too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="199"/>
        <source>Everything {name} told you was a suggestion. Ask what goes well, too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="201"/>
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
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="211"/>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="220"/>
        <source>Questions for asking for feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="223"/>
        <source>Write a question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="224"/>
        <source>Question text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="227"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="228"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="231"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="232"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="235"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="236"/>
        <source>Copy all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="237"/>
        <source>Copy every question, to send them to your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="239"/>
        <source>Move the question up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="240"/>
        <source>Move the question down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="298"/>
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
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="119"/>
        <source>= %n week(s)</source>
        <translation>
            <numerusform>= %n week</numerusform>
            <numerusform>= %n weeks</numerusform>
        </translation>
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
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="141"/>
        <source>Overdue by %n day(s). {reason}</source>
        <translation>
            <numerusform>Overdue by %n day. {reason}</numerusform>
            <numerusform>Overdue by %n days. {reason}</numerusform>
        </translation>
    </message>
</context>
</TS>
