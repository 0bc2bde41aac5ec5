<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DelegationTab</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="63"/>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="65"/>
        <source>Decision rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="67"/>
        <source>Areas of responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="74"/>
        <source>Autonomy over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="76"/>
        <source>Share of rules at level 5 or higher, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="86"/>
        <source>Decision rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="88"/>
        <source>Area of responsibility…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="90"/>
        <source>May I decide?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="120"/>
        <source>Save as PDF poster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="125"/>
        <source>No decision rules yet. Agree the first one with New rule… on the Decision rules page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="140"/>
        <source>● current level   ○ target level. Click or drag a marker into another column, or select a row and press ← / →; with Shift the target moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="176"/>
        <source>No area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="273"/>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="389"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="274"/>
        <source>This change could not be saved: {reason}
Everything saved before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="288"/>
        <source>“{decision}”: {old} → {new}, recorded in the rule&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="296"/>
        <source>“{decision}”: target {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="307"/>
        <source>Already on the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="308"/>
        <source>“{decision}” is already waiting for the next check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="317"/>
        <source>Renegotiate the level: {decision} (now {level})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="324"/>
        <source>“{decision}” is on the agenda for the next check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="329"/>
        <source>Delete rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="330"/>
        <source>Move the rule “{decision}” to the Trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="336"/>
        <source>Delete area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="337"/>
        <source>Move the area “{name}” to the Trash? Its rules, tasks and access items stay and show without an area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="367"/>
        <source>Delegation board: {tandem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="371"/>
        <source>{leader} and {assistant} · as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="376"/>
        <source>● current level   ○ target level   shaded: the assistant decides (levels 5–7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="381"/>
        <source>Save delegation board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="382"/>
        <source>delegation-board.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="382"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="390"/>
        <source>The poster could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation.py" line="393"/>
        <source>Poster saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
