<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>RuleDetails</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/rules.py" line="55"/>
        <source>Decision:</source>
        <translation>Entscheidung:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/rules.py" line="56"/>
        <source>Level:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/rules.py" line="57"/>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/rules.py" line="58"/>
        <source>Limits:</source>
        <translation>Grenzen:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/rules.py" line="59"/>
        <source>Examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/rules.py" line="60"/>
        <source>Agreed / review:</source>
        <translation>Vereinbart / überprüfen:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/rules.py" line="62"/>
        <source>History of the level</source>
        <translation>Verlauf der Stufe</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/rules.py" line="65"/>
        <source>Level history</source>
        <translation>Verlauf der Stufen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/rules.py" line="83"/>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/rules.py" line="102"/>
        <source>New rule…</source>
        <translation>Neue Regel…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/rules.py" line="103"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/rules.py" line="104"/>
        <source>Put on next check-in</source>
        <translation>Auf den nächsten Check-in setzen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/rules.py" line="105"/>
        <source>Renegotiate this rule&apos;s level at the next check-in</source>
        <translation>Die Stufe dieser Regel beim nächsten Check-in neu verhandeln</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/rules.py" line="107"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/rules.py" line="109"/>
        <source>Due for review only</source>
        <translation>Nur fällige Überprüfungen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/rules.py" line="113"/>
        <source>Decision rules</source>
        <translation>Entscheidungsregeln</translation>
    </message>
</context>
</TS>
