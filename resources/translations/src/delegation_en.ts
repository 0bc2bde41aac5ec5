<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DelegationTab</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="68"/>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="70"/>
        <source>Decision rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="72"/>
        <source>Areas of responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="79"/>
        <source>Autonomy over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="81"/>
        <source>Share of rules at level 5 or higher, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="91"/>
        <source>Decision rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="93"/>
        <source>Area of responsibility…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="95"/>
        <source>May I decide?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="125"/>
        <source>Save as PDF poster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="130"/>
        <source>No decision rules yet. Agree the first one with New rule… on the Decision rules page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="145"/>
        <source>● current level   ○ target level. Click or drag a marker into another column, or select a row and press ← / →; with Shift the target moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="180"/>
        <source>No area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="387"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="289"/>
        <source>“{decision}”: {old} → {new}, recorded in the rule&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="297"/>
        <source>“{decision}”: target {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="308"/>
        <source>Already on the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="309"/>
        <source>“{decision}” is already waiting for the next check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="316"/>
        <source>Renegotiate the level: {decision} (now {level})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="322"/>
        <source>“{decision}” is on the agenda for the next check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="327"/>
        <source>Delete rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="328"/>
        <source>Move the rule “{decision}” to the Trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="334"/>
        <source>Delete area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="335"/>
        <source>Move the area “{name}” to the Trash? Its rules, tasks and access items stay and show without an area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="365"/>
        <source>Delegation board: {tandem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="369"/>
        <source>{leader} and {assistant} · as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="374"/>
        <source>● current level   ○ target level   shaded: the assistant decides (levels 5–7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="379"/>
        <source>Save delegation board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="380"/>
        <source>delegation-board.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="380"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="388"/>
        <source>The poster could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="391"/>
        <source>Poster saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
