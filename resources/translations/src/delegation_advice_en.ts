<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DecisionAdvice</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="17"/>
        <source>{leader} decides and tells you. Leave this decision to {leader}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="19"/>
        <source>{leader} decides and explains why. Leave this decision to {leader}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="22"/>
        <source>Ask {leader} first; {leader} decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="23"/>
        <source>Talk to {leader} first: you decide this together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="25"/>
        <source>Ask {leader} for advice, then you decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="27"/>
        <source>Decide, then inform {leader}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="28"/>
        <source>Decide on your own; no need to inform {leader}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="35"/>
        <source>You decide and tell {assistant}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="36"/>
        <source>You decide and explain your reasons to {assistant}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="38"/>
        <source>Ask {assistant} for input, then you decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="40"/>
        <source>Decide together with {assistant}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="41"/>
        <source>{assistant} decides after hearing your advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="43"/>
        <source>{assistant} decides, then informs you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="44"/>
        <source>{assistant} decides; you need not be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="54"/>
        <source>your leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="55"/>
        <source>your assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="59"/>
        <source>No rule yet — ask, and consider agreeing one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
