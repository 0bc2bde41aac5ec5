<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="49"/>
        <source>Edit working agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="50"/>
        <source>New working agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="61"/>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="62"/>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="69"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="70"/>
        <source>&amp;Agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="72"/>
        <source>Agreed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="73"/>
        <source>Review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="92"/>
        <source>Write down what you agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="98"/>
        <source>The review date lies before the day you agreed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="115"/>
        <source>Only those due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="117"/>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="119"/>
        <source>Search agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="120"/>
        <source>New agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="121"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="122"/>
        <source>Reviewed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="123"/>
        <source>Keeps the agreement and sets the next review half a year ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="125"/>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="127"/>
        <source>Working agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="142"/>
        <source>What you have agreed about availability, response times, channels, urgent matters and documentation, so neither of you has to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="165"/>
        <source>%n agreement(s) due for review in the next two weeks.</source>
        <translation>
            <numerusform>%n agreement due for review in the next two weeks.</numerusform>
            <numerusform>%n agreements due for review in the next two weeks.</numerusform>
        </translation>
    </message>
</context>
</TS>
