<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BalanceChart</name>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/chart.py" line="33"/>
        <source>Feedback balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
