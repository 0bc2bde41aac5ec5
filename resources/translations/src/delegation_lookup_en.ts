<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>LookupPanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/lookup.py" line="144"/>
        <source>May I decide?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/lookup.py" line="148"/>
        <source>A few words, e.g. hotel 300 euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/lookup.py" line="149"/>
        <source>May I decide? Describe the situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/lookup.py" line="154"/>
        <source>Describe the situation in a few words; the matching rules say what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/lookup.py" line="167"/>
        <source>Matching rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/lookup.py" line="183"/>
        <source>Agree a rule for this…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/lookup.py" line="206"/>
        <source>Did you mean “{words}”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookupResultDelegate</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/lookup.py" line="62"/>
        <source>Limits: {limits}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
