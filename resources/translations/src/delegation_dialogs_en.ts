<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AreaDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="232"/>
        <source>Area of responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="233"/>
        <source>New area of responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="238"/>
        <source>e.g. Travel &amp; events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="238"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="239"/>
        <source>What belongs to this area?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="240"/>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="244"/>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="245"/>
        <source>Since a known date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="247"/>
        <source>Review on a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="246"/>
        <source>Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="248"/>
        <source>Review on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="272"/>
        <source>Give the area a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="280"/>
        <source>This value cannot be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="284"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="285"/>
        <source>The area could not be saved: {reason}
Everything saved before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelPicker</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="85"/>
        <source>(no target)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="126"/>
        <source>Decision rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="126"/>
        <source>New decision rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="131"/>
        <source>e.g. Book business travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="131"/>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="133"/>
        <source>(no area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="136"/>
        <source>Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="139"/>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="142"/>
        <source>Target level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="143"/>
        <source>e.g. up to 800 EUR, economy class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="144"/>
        <source>Limits and conditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="145"/>
        <source>e.g. train to Munich, hotel for the fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="146"/>
        <source>Examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="147"/>
        <source>Agreed on a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="149"/>
        <source>Review on a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="148"/>
        <source>Agreed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="150"/>
        <source>Review on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="152"/>
        <source>Why this level? Kept in the rule&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="153"/>
        <source>Note on the level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="157"/>
        <source>Tasks under it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="181"/>
        <source>None yet. A task is put under this rule in the task&apos;s editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="183"/>
        <source>{open} open, {done} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="205"/>
        <source>Say which decision this rule is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="212"/>
        <source>This value cannot be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="216"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/dialogs.py" line="217"/>
        <source>The rule could not be saved: {reason}
Everything saved before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
