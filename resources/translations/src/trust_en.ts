<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>TrustTab</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="39"/>
        <source>&amp;Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="40"/>
        <source>&amp;Information &amp;&amp; access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="77"/>
        <source>Question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="80"/>
        <source>Access item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="120"/>
        <source>No open questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="124"/>
        <source>1 open question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="126"/>
        <source>{count} open questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="128"/>
        <source>the oldest was asked today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="130"/>
        <source>the oldest has waited 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="132"/>
        <source>the oldest has waited {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="136"/>
        <source>1 access item due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="138"/>
        <source>{count} access items due for review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
