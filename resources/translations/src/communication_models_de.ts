<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CommunicationFormat</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="46" />
        <source>1st</source>
        <translation>1.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="47" />
        <source>2nd</source>
        <translation>2.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="48" />
        <source>3rd</source>
        <translation>3.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="49" />
        <source>4th</source>
        <translation>4.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="50" />
        <source>last</source>
        <translation>letzten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="58" />
        <source>Every workday</source>
        <translation>Jeden Werktag</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="87" />
        <source>Standing item</source>
        <translation>Fester Punkt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="88" />
        <source>From a question</source>
        <translation>Aus einer Frage</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="89" />
        <source>From feedback</source>
        <translation>Aus einem Feedback</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="90" />
        <source>From a decision rule</source>
        <translation>Aus einer Entscheidungsregel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="91" />
        <source>From a goal</source>
        <translation>Aus einem Ziel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="235" />
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="94" />
        <source>Own topic</source>
        <translation>Eigenes Thema</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="102" />
        <source>carried over</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="123" />
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="174" />
        <source>Check-in series</source>
        <translation>Check-in-Serie</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="124" />
        <source>Rhythm</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="125" />
        <source>Next</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="126" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="127" />
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="202" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="141" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="143" />
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="173" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="175" />
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="176" />
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="62" />
        <source>Weekly on {weekdays}</source>
        <translation>Wöchentlich am {weekdays}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="65" />
        <source>Every %n week(s) on {weekdays}</source>
        <translation>
            <numerusform>Jede Woche am {weekdays}</numerusform>
            <numerusform>Alle %n Wochen am {weekdays}</numerusform>
        </translation></message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="69" />
        <source>Monthly on day {day}</source>
        <translation>Monatlich am {day}.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="72" />
        <source>Monthly on the {nth} {weekday}</source>
        <translation>Monatlich am {nth} {weekday}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="76" />
        <source>Custom: {rule}</source>
        <translation>Eigene Regel: {rule}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="79" />
        <source>until {date}</source>
        <translation>bis {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="99" />
        <source>carried over from {date}</source>
        <translation>übernommen vom {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="184" />
        <source>One-off: {title}</source>
        <translation>Einzeltermin: {title}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="189" />
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation></message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="191" />
        <source>Prepared</source>
        <translation>Vorbereitet</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="200" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="201" />
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="203" />
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="204" />
        <source>Items</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="236" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="237" />
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="238" />
        <source>Added by</source>
        <translation>Eingebracht von</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="241" />
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="267" />
        <source>Discussed</source>
        <translation>Besprochen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="269" />
        <source>Not discussed</source>
        <translation>Nicht besprochen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="343" />
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="344" />
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="345" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="346" />
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="347" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="348" />
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="349" />
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="394" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="395" />
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="396" />
        <source>Agreed on</source>
        <translation>Vereinbart am</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="397" />
        <source>Review on</source>
        <translation>Überprüfen am</translation>
    </message>
</context>
</TS>