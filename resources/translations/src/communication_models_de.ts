<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CommunicationFormat</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="80" />
        <source>1st</source>
        <translation>1.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="81" />
        <source>2nd</source>
        <translation>2.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="82" />
        <source>3rd</source>
        <translation>3.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="83" />
        <source>4th</source>
        <translation>4.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="84" />
        <source>last</source>
        <translation>letzten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="92" />
        <source>Every workday</source>
        <translation>Jeden Werktag</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="121" />
        <source>Standing item</source>
        <translation>Fester Punkt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="122" />
        <source>From a question</source>
        <translation>Aus einer Frage</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="123" />
        <source>From feedback</source>
        <translation>Aus einem Feedback</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="124" />
        <source>From a decision rule</source>
        <translation>Aus einer Entscheidungsregel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="125" />
        <source>From a goal</source>
        <translation>Aus einem Ziel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="327" />
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="128" />
        <source>Own topic</source>
        <translation>Eigenes Thema</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="136" />
        <source>carried over</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="220" />
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="269" />
        <source>Check-in series</source>
        <translation>Check-in-Serie</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="221" />
        <source>Rhythm</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="222" />
        <source>Next</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="223" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="224" />
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="295" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="238" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="240" />
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="268" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="270" />
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="271" />
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="96" />
        <source>Weekly on {weekdays}</source>
        <translation>Wöchentlich am {weekdays}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="99" />
        <source>Every %n week(s) on {weekdays}</source>
        <translation>
            <numerusform>Jede Woche am {weekdays}</numerusform>
            <numerusform>Alle %n Wochen am {weekdays}</numerusform>
        </translation></message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="103" />
        <source>Monthly on day {day}</source>
        <translation>Monatlich am {day}.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="106" />
        <source>Monthly on the {nth} {weekday}</source>
        <translation>Monatlich am {nth} {weekday}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="110" />
        <source>Custom: {rule}</source>
        <translation>Eigene Regel: {rule}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="113" />
        <source>until {date}</source>
        <translation>bis {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="133" />
        <source>carried over from {date}</source>
        <translation>übernommen vom {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="279" />
        <source>One-off: {title}</source>
        <translation>Einzeltermin: {title}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="284" />
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation></message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="286" />
        <source>Prepared</source>
        <translation>Vorbereitet</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="293" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="294" />
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="296" />
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="297" />
        <source>Items</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="328" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="329" />
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="330" />
        <source>Added by</source>
        <translation>Eingebracht von</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="333" />
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="359" />
        <source>Discussed</source>
        <translation>Besprochen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="361" />
        <source>Not discussed</source>
        <translation>Nicht besprochen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="442" />
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="443" />
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="444" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="445" />
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="446" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="447" />
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="448" />
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="505" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="506" />
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="507" />
        <source>Agreed on</source>
        <translation>Vereinbart am</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="508" />
        <source>Review on</source>
        <translation>Überprüfen am</translation>
    </message>
</context>
</TS>