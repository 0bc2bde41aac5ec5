<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>TrustTab</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="39"/>
        <source>&amp;Questions</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="40"/>
        <source>&amp;Information &amp;&amp; access</source>
        <translation>&amp;Informationen &amp;&amp; Zugänge</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="77"/>
        <source>Question…</source>
        <translation>Frage…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="80"/>
        <source>Access item…</source>
        <translation>Zugang…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="120"/>
        <source>No open questions</source>
        <translation>Keine offenen Fragen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="124"/>
        <source>1 open question</source>
        <translation>1 offene Frage</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="126"/>
        <source>{count} open questions</source>
        <translation>{count} offene Fragen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="128"/>
        <source>the oldest was asked today</source>
        <translation>die älteste wurde heute gestellt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="130"/>
        <source>the oldest has waited 1 day</source>
        <translation>die älteste wartet seit 1 Tag</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="132"/>
        <source>the oldest has waited {days} days</source>
        <translation>die älteste wartet seit {days} Tagen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="136"/>
        <source>1 access item due for review</source>
        <translation>1 Zugang zur Prüfung fällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/tab.py" line="138"/>
        <source>{count} access items due for review</source>
        <translation>{count} Zugänge zur Prüfung fällig</translation>
    </message>
</context>
</TS>
