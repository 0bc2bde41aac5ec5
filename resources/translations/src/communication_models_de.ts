<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CommunicationFormat</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="46"/>
        <source>1st</source>
        <translation>1.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="47"/>
        <source>2nd</source>
        <translation>2.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="48"/>
        <source>3rd</source>
        <translation>3.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="49"/>
        <source>4th</source>
        <translation>4.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="50"/>
        <source>last</source>
        <translation>letzten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="58"/>
        <source>Every workday</source>
        <translation>Jeden Werktag</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="62"/>
        <source>Weekly on %1</source>
        <translation>Wöchentlich am %1</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="67"/>
        <source>Every %1 weeks on %2</source>
        <translation>Alle %1 Wochen am %2</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="72"/>
        <source>Monthly on day %1</source>
        <translation>Monatlich am %1.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="77"/>
        <source>Monthly on the %1 %2</source>
        <translation>Monatlich am %1 %2</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="82"/>
        <source>Custom: %1</source>
        <translation>Eigene Regel: %1</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="86"/>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="95"/>
        <source>Standing item</source>
        <translation>Fester Punkt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="96"/>
        <source>From a question</source>
        <translation>Aus einer Frage</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="97"/>
        <source>From feedback</source>
        <translation>Aus einem Feedback</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="98"/>
        <source>From a decision rule</source>
        <translation>Aus einer Entscheidungsregel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="99"/>
        <source>From a goal</source>
        <translation>Aus einem Ziel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="246"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="107"/>
        <source>carried over from %1</source>
        <translation>übernommen vom %1</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="102"/>
        <source>Own topic</source>
        <translation>Eigenes Thema</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="111"/>
        <source>carried over</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="132"/>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="183"/>
        <source>Check-in series</source>
        <translation>Check-in-Serie</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="133"/>
        <source>Rhythm</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="134"/>
        <source>Next</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="135"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="136"/>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="213"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="150"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="152"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="182"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="184"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="185"/>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="193"/>
        <source>One-off: %1</source>
        <translation>Einzeltermin: %1</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="198"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="202"/>
        <source>Prepared</source>
        <translation>Vorbereitet</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="211"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="212"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="214"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="215"/>
        <source>Items</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="247"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="248"/>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="249"/>
        <source>Added by</source>
        <translation>Eingebracht von</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="252"/>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="278"/>
        <source>Discussed</source>
        <translation>Besprochen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="280"/>
        <source>Not discussed</source>
        <translation>Nicht besprochen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="354"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="355"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="356"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="357"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="358"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="359"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="360"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="405"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="406"/>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="407"/>
        <source>Agreed on</source>
        <translation>Vereinbart am</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="408"/>
        <source>Review on</source>
        <translation>Überprüfen am</translation>
    </message>
</context>
</TS>
