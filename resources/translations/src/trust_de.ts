<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>TrustTab</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="41"/>
        <source>&amp;Questions</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="42"/>
        <source>&amp;Information &amp;&amp; access</source>
        <translation>&amp;Informationen &amp;&amp; Zugänge</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="79"/>
        <source>Question…</source>
        <translation>Frage…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="82"/>
        <source>Access item…</source>
        <translation>Zugang…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="122"/>
        <source>No open questions</source>
        <translation>Keine offenen Fragen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="125"/>
        <source>%n open question(s)</source>
        <translation>
            <numerusform>%n offene Frage</numerusform>
            <numerusform>%n offene Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="129"/>
        <source>the oldest has waited %n day(s)</source>
        <translation>
            <numerusform>die älteste wartet seit %n Tag</numerusform>
            <numerusform>die älteste wartet seit %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="133"/>
        <source>%n access item(s) due for review</source>
        <translation>
            <numerusform>%n Zugang zur Prüfung fällig</numerusform>
            <numerusform>%n Zugänge zur Prüfung fällig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="127"/>
        <source>the oldest was asked today</source>
        <translation>die älteste wurde heute gestellt</translation>
    </message>
</context>
</TS>
