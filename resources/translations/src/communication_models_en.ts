<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CommunicationFormat</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="46" />
        <source>1st</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="47" />
        <source>2nd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="48" />
        <source>3rd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="49" />
        <source>4th</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="50" />
        <source>last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="58" />
        <source>Every workday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="87" />
        <source>Standing item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="88" />
        <source>From a question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="89" />
        <source>From feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="90" />
        <source>From a decision rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="91" />
        <source>From a goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="235" />
        <source>Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="94" />
        <source>Own topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="102" />
        <source>carried over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="123" />
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="174" />
        <source>Check-in series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="124" />
        <source>Rhythm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="125" />
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="126" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="127" />
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="202" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="141" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="143" />
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="173" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="175" />
        <source>Length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="176" />
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="62" />
        <source>Weekly on {weekdays}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="65" />
        <source>Every %n week(s) on {weekdays}</source>
        <translation>
            <numerusform>Every week on {weekdays}</numerusform>
            <numerusform>Every %n weeks on {weekdays}</numerusform>
        </translation></message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="69" />
        <source>Monthly on day {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="72" />
        <source>Monthly on the {nth} {weekday}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="76" />
        <source>Custom: {rule}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="79" />
        <source>until {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="99" />
        <source>carried over from {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="184" />
        <source>One-off: {title}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="189" />
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation></message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="191" />
        <source>Prepared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="200" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="201" />
        <source>Check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="203" />
        <source>Rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="204" />
        <source>Items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="236" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="237" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="238" />
        <source>Added by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="241" />
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="267" />
        <source>Discussed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="269" />
        <source>Not discussed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="343" />
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="344" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="345" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="346" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="347" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="348" />
        <source>Area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="349" />
        <source>Goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="394" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="395" />
        <source>Agreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="396" />
        <source>Agreed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="397" />
        <source>Review on</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>