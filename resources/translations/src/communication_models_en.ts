<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CommunicationFormat</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="83"/>
        <source>1st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="84"/>
        <source>2nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="85"/>
        <source>3rd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="86"/>
        <source>4th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="87"/>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="95"/>
        <source>Every workday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="99"/>
        <source>Weekly on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="104"/>
        <source>Every %1 weeks on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="109"/>
        <source>Monthly on day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="114"/>
        <source>Monthly on the %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="119"/>
        <source>Custom: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="123"/>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="137"/>
        <source>Standing item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="138"/>
        <source>From a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="139"/>
        <source>From feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="140"/>
        <source>From a decision rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="141"/>
        <source>From a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="335"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="149"/>
        <source>carried over from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="144"/>
        <source>Own topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="153"/>
        <source>carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="236"/>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="279"/>
        <source>Check-in series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="237"/>
        <source>Rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="238"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="239"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="240"/>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="303"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="254"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="256"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="278"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="280"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="281"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="290"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="294"/>
        <source>Prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="301"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="302"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="304"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="305"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="336"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="337"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="338"/>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="341"/>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="367"/>
        <source>Discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="369"/>
        <source>Not discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="450"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="451"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="452"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="453"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="454"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="455"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="456"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="513"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="514"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="515"/>
        <source>Agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_models.py" line="516"/>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
