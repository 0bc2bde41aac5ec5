<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BalanceChart</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_chart.py" line="34"/>
        <source>Feedback balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
