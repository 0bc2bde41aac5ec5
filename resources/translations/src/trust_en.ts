<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>TrustTab</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="41"/>
        <source>&amp;Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="42"/>
        <source>&amp;Information &amp;&amp; access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="79"/>
        <source>Question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="82"/>
        <source>Access item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="122"/>
        <source>No open questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="125"/>
        <source>%n open question(s)</source>
        <translation>
            <numerusform>%n open question</numerusform>
            <numerusform>%n open questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="129"/>
        <source>the oldest has waited %n day(s)</source>
        <translation>
            <numerusform>the oldest has waited %n day</numerusform>
            <numerusform>the oldest has waited %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="133"/>
        <source>%n access item(s) due for review</source>
        <translation>
            <numerusform>%n access item due for review</numerusform>
            <numerusform>%n access items due for review</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="127"/>
        <source>the oldest was asked today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
