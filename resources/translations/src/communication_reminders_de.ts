<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="56"/>
        <source>Close notice</source>
        <translation>Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="134"/>
        <source>Check-in in %1 min</source>
        <translation>Check-in in %1 Min.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="152"/>
        <source>1 task is past its due date.</source>
        <translation>Eine Aufgabe ist überfällig.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="153"/>
        <source>%1 tasks are past their due date.</source>
        <translation>%1 Aufgaben sind überfällig.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="154"/>
        <source>Overdue tasks</source>
        <translation>Überfällige Aufgaben</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="180"/>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
</context>
</TS>
