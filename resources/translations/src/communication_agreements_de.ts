<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="49"/>
        <source>Edit working agreement</source>
        <translation>Arbeitsvereinbarung bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="50"/>
        <source>New working agreement</source>
        <translation>Neue Arbeitsvereinbarung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="61"/>
        <source>Review on</source>
        <translation>Überprüfen am</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="62"/>
        <source>Review date</source>
        <translation>Überprüfungsdatum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="69"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="70"/>
        <source>&amp;Agreement:</source>
        <translation>&amp;Vereinbarung:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="72"/>
        <source>Agreed &amp;on:</source>
        <translation>Vereinbart &amp;am:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="73"/>
        <source>Review:</source>
        <translation>Überprüfung:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="92"/>
        <source>Write down what you agreed.</source>
        <translation>Halten Sie fest, was Sie vereinbart haben.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="98"/>
        <source>The review date lies before the day you agreed.</source>
        <translation>Das Überprüfungsdatum liegt vor dem Tag der Vereinbarung.</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="115"/>
        <source>Only those due for review</source>
        <translation>Nur fällige Überprüfungen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="117"/>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="119"/>
        <source>Search agreements</source>
        <translation>Vereinbarungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="120"/>
        <source>New agreement…</source>
        <translation>Neue Vereinbarung…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="121"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="122"/>
        <source>Reviewed today</source>
        <translation>Heute überprüft</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="123"/>
        <source>Keeps the agreement and sets the next review half a year ahead</source>
        <translation>Behält die Vereinbarung und legt die nächste Überprüfung ein halbes Jahr später</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="125"/>
        <source>Move to Trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="127"/>
        <source>Working agreements</source>
        <translation>Arbeitsvereinbarungen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="142"/>
        <source>What you have agreed about availability, response times, channels, urgent matters and documentation, so neither of you has to guess.</source>
        <translation>Was Sie zu Erreichbarkeit, Antwortzeiten, Kanälen, dringenden Fällen und Dokumentation vereinbart haben – damit niemand raten muss.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/communication/agreements.py" line="165"/>
        <source>%n agreement(s) due for review in the next two weeks.</source>
        <translation>
            <numerusform>%n Vereinbarung in den nächsten zwei Wochen zu überprüfen.</numerusform>
            <numerusform>%n Vereinbarungen in den nächsten zwei Wochen zu überprüfen.</numerusform>
        </translation>
    </message>
</context>
</TS>
