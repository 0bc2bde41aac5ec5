<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CommunicationFormat</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="74" />
        <source>1st</source>
        <translation>1.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="75" />
        <source>2nd</source>
        <translation>2.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="76" />
        <source>3rd</source>
        <translation>3.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="77" />
        <source>4th</source>
        <translation>4.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="78" />
        <source>last</source>
        <translation>letzten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="86" />
        <source>Every workday</source>
        <translation>Jeden Werktag</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="90" />
        <source>Weekly on %1</source>
        <translation>Wöchentlich am %1</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="95" />
        <source>Every %1 weeks on %2</source>
        <translation>Alle %1 Wochen am %2</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="100" />
        <source>Monthly on day %1</source>
        <translation>Monatlich am %1.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="105" />
        <source>Monthly on the %1 %2</source>
        <translation>Monatlich am %1 %2</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="110" />
        <source>Custom: %1</source>
        <translation>Eigene Regel: %1</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="114" />
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="128" />
        <source>Standing item</source>
        <translation>Fester Punkt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="129" />
        <source>From a question</source>
        <translation>Aus einer Frage</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="130" />
        <source>From feedback</source>
        <translation>Aus einem Feedback</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="131" />
        <source>From a decision rule</source>
        <translation>Aus einer Entscheidungsregel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="132" />
        <source>From a goal</source>
        <translation>Aus einem Ziel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="326" />
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="140" />
        <source>carried over from %1</source>
        <translation>übernommen vom %1</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="135" />
        <source>Own topic</source>
        <translation>Eigenes Thema</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="144" />
        <source>carried over</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="227" />
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="270" />
        <source>Check-in series</source>
        <translation>Check-in-Serie</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="228" />
        <source>Rhythm</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="229" />
        <source>Next</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="230" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="231" />
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="294" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="245" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="247" />
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="269" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="271" />
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="272" />
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="281" />
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="285" />
        <source>Prepared</source>
        <translation>Vorbereitet</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="292" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="293" />
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="295" />
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="296" />
        <source>Items</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="327" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="328" />
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="329" />
        <source>Added by</source>
        <translation>Eingebracht von</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="332" />
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="358" />
        <source>Discussed</source>
        <translation>Besprochen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="360" />
        <source>Not discussed</source>
        <translation>Nicht besprochen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="441" />
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="442" />
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="443" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="444" />
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="445" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="446" />
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="447" />
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="504" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="505" />
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="506" />
        <source>Agreed on</source>
        <translation>Vereinbart am</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="507" />
        <source>Review on</source>
        <translation>Überprüfen am</translation>
    </message>
</context>
</TS>