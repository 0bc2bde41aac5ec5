<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AreaDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="217"/>
        <source>Area of responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="218"/>
        <source>New area of responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="223"/>
        <source>e.g. Travel &amp; events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="223"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="224"/>
        <source>What belongs to this area?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="225"/>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="229"/>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="230"/>
        <source>Since a known date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="232"/>
        <source>Review on a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="231"/>
        <source>Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="233"/>
        <source>Review on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="257"/>
        <source>Give the area a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="265"/>
        <source>This value cannot be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="269"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="270"/>
        <source>The area could not be saved: {reason}
Everything saved before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelPicker</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="85"/>
        <source>(no target)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="126"/>
        <source>Decision rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="126"/>
        <source>New decision rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="131"/>
        <source>e.g. Book business travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="131"/>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="133"/>
        <source>(no area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="136"/>
        <source>Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="139"/>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="142"/>
        <source>Target level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="143"/>
        <source>e.g. up to 800 EUR, economy class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="144"/>
        <source>Limits and conditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="145"/>
        <source>e.g. train to Munich, hotel for the fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="146"/>
        <source>Examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="147"/>
        <source>Agreed on a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="149"/>
        <source>Review on a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="148"/>
        <source>Agreed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="150"/>
        <source>Review on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="152"/>
        <source>Why this level? Kept in the rule&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="153"/>
        <source>Note on the level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="190"/>
        <source>Say which decision this rule is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="197"/>
        <source>This value cannot be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="201"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/delegation_dialogs.py" line="202"/>
        <source>The rule could not be saved: {reason}
Everything saved before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
