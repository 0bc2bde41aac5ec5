<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="53" />
        <source>Edit working agreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="54" />
        <source>New working agreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="65" />
        <source>Review on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="66" />
        <source>Review date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="73" />
        <source>&amp;Category:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="74" />
        <source>&amp;Agreement:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="76" />
        <source>Agreed &amp;on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="77" />
        <source>Review:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="96" />
        <source>Write down what you agreed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="102" />
        <source>The review date lies before the day you agreed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="111" />
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="119" />
        <source>Only those due for review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="121" />
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="123" />
        <source>Search agreements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="124" />
        <source>New agreement…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="125" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="126" />
        <source>Reviewed today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="127" />
        <source>Keeps the agreement and sets the next review half a year ahead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="129" />
        <source>Move to Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="131" />
        <source>Working agreements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="146" />
        <source>What you have agreed about availability, response times, channels, urgent matters and documentation, so neither of you has to guess.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="169" />
        <source>%n agreement(s) due for review in the next two weeks.</source>
        <translation>
            <numerusform>%n agreement due for review in the next two weeks.</numerusform>
            <numerusform>%n agreements due for review in the next two weeks.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="210" />
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="221" />
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>