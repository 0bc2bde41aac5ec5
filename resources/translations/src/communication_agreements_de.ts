<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="53" />
        <source>Edit working agreement</source>
        <translation>Arbeitsvereinbarung bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="54" />
        <source>New working agreement</source>
        <translation>Neue Arbeitsvereinbarung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="65" />
        <source>Review on</source>
        <translation>Überprüfen am</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="66" />
        <source>Review date</source>
        <translation>Überprüfungsdatum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="73" />
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="74" />
        <source>&amp;Agreement:</source>
        <translation>&amp;Vereinbarung:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="76" />
        <source>Agreed &amp;on:</source>
        <translation>Vereinbart &amp;am:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="77" />
        <source>Review:</source>
        <translation>Überprüfung:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="96" />
        <source>Write down what you agreed.</source>
        <translation>Halten Sie fest, was Sie vereinbart haben.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="102" />
        <source>The review date lies before the day you agreed.</source>
        <translation>Das Überprüfungsdatum liegt vor dem Tag der Vereinbarung.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="111" />
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="119" />
        <source>Only those due for review</source>
        <translation>Nur fällige Überprüfungen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="121" />
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="123" />
        <source>Search agreements</source>
        <translation>Vereinbarungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="124" />
        <source>New agreement…</source>
        <translation>Neue Vereinbarung…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="125" />
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="126" />
        <source>Reviewed today</source>
        <translation>Heute überprüft</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="127" />
        <source>Keeps the agreement and sets the next review half a year ahead</source>
        <translation>Behält die Vereinbarung und legt die nächste Überprüfung ein halbes Jahr später</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="129" />
        <source>Move to Trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="131" />
        <source>Working agreements</source>
        <translation>Arbeitsvereinbarungen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="146" />
        <source>What you have agreed about availability, response times, channels, urgent matters and documentation, so neither of you has to guess.</source>
        <translation>Was Sie zu Erreichbarkeit, Antwortzeiten, Kanälen, dringenden Fällen und Dokumentation vereinbart haben – damit niemand raten muss.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="169" />
        <source>%n agreement(s) due for review in the next two weeks.</source>
        <translation>
            <numerusform>%n Vereinbarung in den nächsten zwei Wochen zu überprüfen.</numerusform>
            <numerusform>%n Vereinbarungen in den nächsten zwei Wochen zu überprüfen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="210" />
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="221" />
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
</TS>