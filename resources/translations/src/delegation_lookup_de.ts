<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>LookupPanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/lookup.py" line="144" />
        <source>May I decide?</source>
        <translation>Darf ich entscheiden?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/lookup.py" line="148" />
        <source>A few words, e.g. hotel 300 euro</source>
        <translation>Ein paar Wörter, z. B. Hotel 300 Euro</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/lookup.py" line="149" />
        <source>May I decide? Describe the situation</source>
        <translation>Darf ich entscheiden? Situation beschreiben</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/lookup.py" line="154" />
        <source>Describe the situation in a few words; the matching rules say what to do.</source>
        <translation>Beschreiben Sie die Situation in ein paar Wörtern; die passenden Regeln sagen Ihnen, was zu tun ist.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/lookup.py" line="167" />
        <source>Matching rules</source>
        <translation>Passende Regeln</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/lookup.py" line="183" />
        <source>Agree a rule for this…</source>
        <translation>Regel dafür vereinbaren…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/lookup.py" line="206" />
        <source>Did you mean “{words}”?</source>
        <translation>Meinten Sie „{words}“?</translation>
    </message>
</context>
<context>
    <name>LookupResultDelegate</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/lookup.py" line="62" />
        <source>Limits: {limits}</source>
        <translation>Grenzen: {limits}</translation>
    </message>
</context>
</TS>