<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DelegationTab</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="69"/>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="71"/>
        <source>Decision rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="73"/>
        <source>Areas of responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="80"/>
        <source>Autonomy over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="82"/>
        <source>Share of rules at level 5 or higher, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="92"/>
        <source>Decision rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="94"/>
        <source>Area of responsibility…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="96"/>
        <source>May I decide?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="126"/>
        <source>Save as PDF poster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="131"/>
        <source>No decision rules yet. Agree the first one with New rule… on the Decision rules page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="146"/>
        <source>● current level   ○ target level. Click or drag a marker into another column, or select a row and press ← / →; with Shift the target moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="181"/>
        <source>No area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="396"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="298"/>
        <source>“{decision}”: {old} → {new}, recorded in the rule&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="306"/>
        <source>“{decision}”: target {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="317"/>
        <source>Already on the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="318"/>
        <source>“{decision}” is already waiting for the next check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="325"/>
        <source>Renegotiate the level: {decision} (now {level})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="331"/>
        <source>“{decision}” is on the agenda for the next check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="336"/>
        <source>Delete rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="337"/>
        <source>Move the rule “{decision}” to the Trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="343"/>
        <source>Delete area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="344"/>
        <source>Move the area “{name}” to the Trash? Its rules, tasks and access items stay and show without an area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="374"/>
        <source>Delegation board: {tandem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="378"/>
        <source>{leader} and {assistant} · as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="383"/>
        <source>● current level   ○ target level   shaded: the assistant decides (levels 5–7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="388"/>
        <source>Save delegation board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="389"/>
        <source>delegation-board.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="389"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="397"/>
        <source>The poster could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/tab.py" line="400"/>
        <source>Poster saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
