<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CommunicationFormat</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="80"/>
        <source>1st</source>
        <translation>1.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="81"/>
        <source>2nd</source>
        <translation>2.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="82"/>
        <source>3rd</source>
        <translation>3.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="83"/>
        <source>4th</source>
        <translation>4.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="84"/>
        <source>last</source>
        <translation>letzten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="92"/>
        <source>Every workday</source>
        <translation>Jeden Werktag</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="96"/>
        <source>Weekly on %1</source>
        <translation>Wöchentlich am %1</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="101"/>
        <source>Every %1 weeks on %2</source>
        <translation>Alle %1 Wochen am %2</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="106"/>
        <source>Monthly on day %1</source>
        <translation>Monatlich am %1.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="111"/>
        <source>Monthly on the %1 %2</source>
        <translation>Monatlich am %1 %2</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="116"/>
        <source>Custom: %1</source>
        <translation>Eigene Regel: %1</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="120"/>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="129"/>
        <source>Standing item</source>
        <translation>Fester Punkt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="130"/>
        <source>From a question</source>
        <translation>Aus einer Frage</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="131"/>
        <source>From feedback</source>
        <translation>Aus einem Feedback</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="132"/>
        <source>From a decision rule</source>
        <translation>Aus einer Entscheidungsregel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="133"/>
        <source>From a goal</source>
        <translation>Aus einem Ziel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="338"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="141"/>
        <source>carried over from %1</source>
        <translation>übernommen vom %1</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="136"/>
        <source>Own topic</source>
        <translation>Eigenes Thema</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="145"/>
        <source>carried over</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="229"/>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="278"/>
        <source>Check-in series</source>
        <translation>Check-in-Serie</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="230"/>
        <source>Rhythm</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="231"/>
        <source>Next</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="232"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="233"/>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="306"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="247"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="249"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="277"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="279"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="280"/>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="288"/>
        <source>One-off: %1</source>
        <translation>Einzeltermin: %1</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="293"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="297"/>
        <source>Prepared</source>
        <translation>Vorbereitet</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="304"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="305"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="307"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="308"/>
        <source>Items</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="339"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="340"/>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="341"/>
        <source>Added by</source>
        <translation>Eingebracht von</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="344"/>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="370"/>
        <source>Discussed</source>
        <translation>Besprochen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="372"/>
        <source>Not discussed</source>
        <translation>Nicht besprochen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="453"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="454"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="455"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="456"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="457"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="458"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="459"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="516"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="517"/>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="518"/>
        <source>Agreed on</source>
        <translation>Vereinbart am</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="519"/>
        <source>Review on</source>
        <translation>Überprüfen am</translation>
    </message>
</context>
</TS>
