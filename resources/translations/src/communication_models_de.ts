<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CommunicationFormat</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="83"/>
        <source>1st</source>
        <translation>1.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="84"/>
        <source>2nd</source>
        <translation>2.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="85"/>
        <source>3rd</source>
        <translation>3.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="86"/>
        <source>4th</source>
        <translation>4.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="87"/>
        <source>last</source>
        <translation>letzten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="95"/>
        <source>Every workday</source>
        <translation>Jeden Werktag</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="99"/>
        <source>Weekly on %1</source>
        <translation>Wöchentlich am %1</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="104"/>
        <source>Every %1 weeks on %2</source>
        <translation>Alle %1 Wochen am %2</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="109"/>
        <source>Monthly on day %1</source>
        <translation>Monatlich am %1.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="114"/>
        <source>Monthly on the %1 %2</source>
        <translation>Monatlich am %1 %2</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="119"/>
        <source>Custom: %1</source>
        <translation>Eigene Regel: %1</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="123"/>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="137"/>
        <source>Standing item</source>
        <translation>Fester Punkt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="138"/>
        <source>From a question</source>
        <translation>Aus einer Frage</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="139"/>
        <source>From feedback</source>
        <translation>Aus einem Feedback</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="140"/>
        <source>From a decision rule</source>
        <translation>Aus einer Entscheidungsregel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="141"/>
        <source>From a goal</source>
        <translation>Aus einem Ziel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="335"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="149"/>
        <source>carried over from %1</source>
        <translation>übernommen vom %1</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="144"/>
        <source>Own topic</source>
        <translation>Eigenes Thema</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="153"/>
        <source>carried over</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="236"/>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="279"/>
        <source>Check-in series</source>
        <translation>Check-in-Serie</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="237"/>
        <source>Rhythm</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="238"/>
        <source>Next</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="239"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="240"/>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="303"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="254"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="256"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="278"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="280"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="281"/>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="290"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="294"/>
        <source>Prepared</source>
        <translation>Vorbereitet</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="301"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="302"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="304"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="305"/>
        <source>Items</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="336"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="337"/>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="338"/>
        <source>Added by</source>
        <translation>Eingebracht von</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="341"/>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="367"/>
        <source>Discussed</source>
        <translation>Besprochen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="369"/>
        <source>Not discussed</source>
        <translation>Nicht besprochen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="450"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="451"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="452"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="453"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="454"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="455"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="456"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="513"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="514"/>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="515"/>
        <source>Agreed on</source>
        <translation>Vereinbart am</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="516"/>
        <source>Review on</source>
        <translation>Überprüfen am</translation>
    </message>
</context>
</TS>
