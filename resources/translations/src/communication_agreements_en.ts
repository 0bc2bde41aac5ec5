<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agreements.py" line="48"/>
        <source>Edit working agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agreements.py" line="49"/>
        <source>New working agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agreements.py" line="61"/>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agreements.py" line="64"/>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agreements.py" line="71"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agreements.py" line="72"/>
        <source>&amp;Agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agreements.py" line="74"/>
        <source>Agreed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agreements.py" line="75"/>
        <source>Review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agreements.py" line="103"/>
        <source>Write down what you agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agreements.py" line="109"/>
        <source>The review date lies before the day you agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agreements.py" line="126"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agreements.py" line="137"/>
        <source>Only those due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agreements.py" line="139"/>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agreements.py" line="141"/>
        <source>Search agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agreements.py" line="142"/>
        <source>New agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agreements.py" line="143"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agreements.py" line="144"/>
        <source>Reviewed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agreements.py" line="145"/>
        <source>Keeps the agreement and sets the next review half a year ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agreements.py" line="147"/>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agreements.py" line="163"/>
        <source>What you have agreed about availability, response times, channels, urgent matters and documentation, so neither of you has to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agreements.py" line="186"/>
        <source>%1 agreement(s) due for review in the next two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agreements.py" line="234"/>
        <location filename="../../../tandem_desktop/ui/tabs/communication_agreements.py" line="245"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
