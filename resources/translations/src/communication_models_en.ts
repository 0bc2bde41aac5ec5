<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CommunicationFormat</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="45" />
        <source>1st</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="46" />
        <source>2nd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="47" />
        <source>3rd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="48" />
        <source>4th</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="49" />
        <source>last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="57" />
        <source>Every workday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="86" />
        <source>Standing item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="87" />
        <source>From a question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="88" />
        <source>From feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="89" />
        <source>From a decision rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="90" />
        <source>From a goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="292" />
        <source>Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="93" />
        <source>Own topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="101" />
        <source>carried over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="185" />
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="234" />
        <source>Check-in series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="186" />
        <source>Rhythm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="187" />
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="188" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="189" />
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="260" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="203" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="205" />
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="233" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="235" />
        <source>Length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="236" />
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="61" />
        <source>Weekly on {weekdays}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="64" />
        <source>Every %n week(s) on {weekdays}</source>
        <translation>
            <numerusform>Every week on {weekdays}</numerusform>
            <numerusform>Every %n weeks on {weekdays}</numerusform>
        </translation></message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="68" />
        <source>Monthly on day {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="71" />
        <source>Monthly on the {nth} {weekday}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="75" />
        <source>Custom: {rule}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="78" />
        <source>until {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="98" />
        <source>carried over from {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="244" />
        <source>One-off: {title}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="249" />
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation></message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="251" />
        <source>Prepared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="258" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="259" />
        <source>Check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="261" />
        <source>Rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="262" />
        <source>Items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="293" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="294" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="295" />
        <source>Added by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="298" />
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="324" />
        <source>Discussed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="326" />
        <source>Not discussed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="407" />
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="408" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="409" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="410" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="411" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="412" />
        <source>Area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="413" />
        <source>Goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="470" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="471" />
        <source>Agreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="472" />
        <source>Agreed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/models.py" line="473" />
        <source>Review on</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>