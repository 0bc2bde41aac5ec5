<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AutonomyChart</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/chart.py" line="23"/>
        <source>Autonomy over time</source>
        <translation>Eigenständigkeit im Verlauf</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/chart.py" line="29"/>
        <source>{percent}% of rules at level 5 or higher</source>
        <translation>{percent} % der Regeln auf Stufe 5 oder höher</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/chart.py" line="60"/>
        <source>No decision rules yet</source>
        <translation>Noch keine Entscheidungsregeln</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/chart.py" line="73"/>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
</context>
</TS>
