<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AutonomyChart</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/chart.py" line="23"/>
        <source>Autonomy over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/chart.py" line="29"/>
        <source>{percent}% of rules at level 5 or higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/chart.py" line="60"/>
        <source>No decision rules yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/chart.py" line="73"/>
        <source>{percent}%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
