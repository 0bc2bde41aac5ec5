<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BalanceChart</name>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/chart.py" line="33"/>
        <source>Feedback balance</source>
        <translation>Feedback-Bilanz</translation>
    </message>
</context>
</TS>
