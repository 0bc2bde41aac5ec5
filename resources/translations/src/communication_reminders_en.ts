<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="56"/>
        <source>Close notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="134"/>
        <source>Check-in in %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="152"/>
        <source>1 task is past its due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="153"/>
        <source>%1 tasks are past their due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="154"/>
        <source>Overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="180"/>
        <source>Tandem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
