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
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="142"/>
        <source>Check-in in %n min</source>
        <translation>
            <numerusform>Check-in in %n Min.</numerusform>
            <numerusform>Check-in in %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="162"/>
        <source>Overdue tasks</source>
        <translation>Überfällige Aufgaben</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="163"/>
        <source>%n task(s) are past their due date.</source>
        <translation>
            <numerusform>Eine Aufgabe ist überfällig.</numerusform>
            <numerusform>%n Aufgaben sind überfällig.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="189"/>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
</context>
</TS>
