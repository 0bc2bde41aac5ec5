<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BalancePanel</name>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="168"/>
        <source>Balance of the last %n day(s)</source>
        <translation>
            <numerusform>Balance of the last day</numerusform>
            <numerusform>Balance of the last %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="181"/>
        <source>I gave {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="183"/>
        <source>{name} gave me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="193"/>
        <source>No feedback noted in this time. A short word each way is a good start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="197"/>
        <source>Feedback went only from you to {name}. Ask {name} for theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="199"/>
        <source>Feedback came only from {name}. Tell {name} how things look from your side, too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="203"/>
        <source>Everything you told {name} was a suggestion. Say what goes well, too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="205"/>
        <source>Everything {name} told you was a suggestion. Ask what goes well, too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="207"/>
        <source>You have not asked {name} for feedback for longer than your rhythm. The questions below help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackPanels</name>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="45"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="46"/>
        <source>This change could not be saved: {reason}
Everything saved before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackPrompts</name>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="56"/>
        <source>What should I start doing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="58"/>
        <source>What should I stop doing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="60"/>
        <source>What should I continue doing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="62"/>
        <source>What could I do to make your work easier?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="64"/>
        <source>Where do you need more information or context from me?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="66"/>
        <source>Which decision would you like to take on your own from now on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="68"/>
        <source>What would make our check-ins more useful?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="70"/>
        <source>Is there something you held back recently because the moment felt wrong?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptsPanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="217"/>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="226"/>
        <source>Questions for asking for feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="229"/>
        <source>Write a question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="230"/>
        <source>Question text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="233"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="234"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="237"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="238"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="241"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="242"/>
        <source>Copy all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="243"/>
        <source>Copy every question, to send them to your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="245"/>
        <source>Move the question up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="246"/>
        <source>Move the question down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="304"/>
        <source>Write the question first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RhythmPanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="89"/>
        <source>Feedback rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="92"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="94"/>
        <source>Days between feedback conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="97"/>
        <source>A feedback conversation &amp;every</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="125"/>
        <source>= %n week(s)</source>
        <translation>
            <numerusform>= %n week</numerusform>
            <numerusform>= %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="131"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="134"/>
        <source>Last feedback: I gave {gave} · I received {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="136"/>
        <source>Next feedback conversation due: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="142"/>
        <source>No feedback either way for too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="144"/>
        <source>Time to give {name} feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="146"/>
        <source>Time to ask {name} for feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="147"/>
        <source>Overdue by %n day(s). {reason}</source>
        <translation>
            <numerusform>Overdue by %n day. {reason}</numerusform>
            <numerusform>Overdue by %n days. {reason}</numerusform>
        </translation>
    </message>
</context>
</TS>
