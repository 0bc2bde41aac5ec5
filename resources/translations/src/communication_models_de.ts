<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CommunicationFormat</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="45" />
        <source>1st</source>
        <translation>1.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="46" />
        <source>2nd</source>
        <translation>2.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="47" />
        <source>3rd</source>
        <translation>3.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="48" />
        <source>4th</source>
        <translation>4.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="49" />
        <source>last</source>
        <translation>letzten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="57" />
        <source>Every workday</source>
        <translation>Jeden Werktag</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="86" />
        <source>Standing item</source>
        <translation>Fester Punkt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="87" />
        <source>From a question</source>
        <translation>Aus einer Frage</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="88" />
        <source>From feedback</source>
        <translation>Aus einem Feedback</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="89" />
        <source>From a decision rule</source>
        <translation>Aus einer Entscheidungsregel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="90" />
        <source>From a goal</source>
        <translation>Aus einem Ziel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="292" />
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="93" />
        <source>Own topic</source>
        <translation>Eigenes Thema</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="101" />
        <source>carried over</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="185" />
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="234" />
        <source>Check-in series</source>
        <translation>Check-in-Serie</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="186" />
        <source>Rhythm</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="187" />
        <source>Next</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="188" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="189" />
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="260" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="203" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="205" />
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="233" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="235" />
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="236" />
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="61" />
        <source>Weekly on {weekdays}</source>
        <translation>Wöchentlich am {weekdays}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="64" />
        <source>Every %n week(s) on {weekdays}</source>
        <translation>
            <numerusform>Jede Woche am {weekdays}</numerusform>
            <numerusform>Alle %n Wochen am {weekdays}</numerusform>
        </translation></message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="68" />
        <source>Monthly on day {day}</source>
        <translation>Monatlich am {day}.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="71" />
        <source>Monthly on the {nth} {weekday}</source>
        <translation>Monatlich am {nth} {weekday}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="75" />
        <source>Custom: {rule}</source>
        <translation>Eigene Regel: {rule}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="78" />
        <source>until {date}</source>
        <translation>bis {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="98" />
        <source>carried over from {date}</source>
        <translation>übernommen vom {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="244" />
        <source>One-off: {title}</source>
        <translation>Einzeltermin: {title}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="249" />
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation></message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="251" />
        <source>Prepared</source>
        <translation>Vorbereitet</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="258" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="259" />
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="261" />
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="262" />
        <source>Items</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="293" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="294" />
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="295" />
        <source>Added by</source>
        <translation>Eingebracht von</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="298" />
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="324" />
        <source>Discussed</source>
        <translation>Besprochen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="326" />
        <source>Not discussed</source>
        <translation>Nicht besprochen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="407" />
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="408" />
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="409" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="410" />
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="411" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="412" />
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="413" />
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="470" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="471" />
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="472" />
        <source>Agreed on</source>
        <translation>Vereinbart am</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="473" />
        <source>Review on</source>
        <translation>Überprüfen am</translation>
    </message>
</context>
</TS>