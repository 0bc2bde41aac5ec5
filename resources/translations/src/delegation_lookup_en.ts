<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>LookupPanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/lookup.py" line="140"/>
        <source>May I decide?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/lookup.py" line="144"/>
        <source>A few words, e.g. hotel 300 euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/lookup.py" line="145"/>
        <source>May I decide? Describe the situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/lookup.py" line="150"/>
        <source>Describe the situation in a few words; the matching rules say what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/lookup.py" line="163"/>
        <source>Matching rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/lookup.py" line="175"/>
        <source>Agree a rule for this…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookupResultDelegate</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/lookup.py" line="61"/>
        <source>Limits: {limits}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
