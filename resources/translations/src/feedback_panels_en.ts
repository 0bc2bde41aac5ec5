<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BalancePanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="169"/>
        <source>Balance of the last {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="183"/>
        <source>I gave {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="185"/>
        <source>{name} gave me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="195"/>
        <source>No feedback noted in this time. A short word each way is a good start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="199"/>
        <source>Feedback went only from you to {name}. Ask {name} for theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="201"/>
        <source>Feedback came only from {name}. Tell {name} how things look from your side, too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="205"/>
        <source>Everything you told {name} was a suggestion. Say what goes well, too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="207"/>
        <source>Everything {name} told you was a suggestion. Ask what goes well, too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="209"/>
        <source>You have not asked {name} for feedback for longer than your rhythm. The questions below help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackPanels</name>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="44"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="45"/>
        <source>This change could not be saved: {reason}
Everything saved before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackPrompts</name>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="55"/>
        <source>What should I start doing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="57"/>
        <source>What should I stop doing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="59"/>
        <source>What should I continue doing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="61"/>
        <source>What could I do to make your work easier?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="63"/>
        <source>Where do you need more information or context from me?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="65"/>
        <source>Which decision would you like to take on your own from now on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="67"/>
        <source>What would make our check-ins more useful?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="69"/>
        <source>Is there something you held back recently because the moment felt wrong?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptsPanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="219"/>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="228"/>
        <source>Questions for asking for feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="231"/>
        <source>Write a question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="232"/>
        <source>Question text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="235"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="236"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="239"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="240"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="243"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="244"/>
        <source>Copy all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="245"/>
        <source>Copy every question, to send them to your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="247"/>
        <source>Move the question up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="248"/>
        <source>Move the question down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="306"/>
        <source>Write the question first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RhythmPanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="88"/>
        <source>Feedback rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="91"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="93"/>
        <source>Days between feedback conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="96"/>
        <source>A feedback conversation &amp;every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="124"/>
        <source>= {weeks} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="130"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="133"/>
        <source>Last feedback: I gave {gave} · I received {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="135"/>
        <source>Next feedback conversation due: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="141"/>
        <source>No feedback either way for too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="143"/>
        <source>Time to give {name} feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="145"/>
        <source>Time to ask {name} for feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="147"/>
        <source>Overdue by 1 day. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="148"/>
        <source>Overdue by {days} days. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
