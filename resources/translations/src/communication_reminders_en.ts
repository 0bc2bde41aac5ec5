<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="84"/>
        <source>Close notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="105"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="106"/>
        <source>Open {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="190"/>
        <source>Check-in in %n min</source>
        <translation>
            <numerusform>Check-in in %n min</numerusform>
            <numerusform>Check-in in %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="210"/>
        <source>Overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="211"/>
        <source>%n task(s) are past their due date.</source>
        <translation>
            <numerusform>%n task is past its due date.</numerusform>
            <numerusform>%n tasks are past their due date.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="242"/>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="245"/>
        <source>Feedback due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="243"/>
        <source>From {giver} to {receiver}: due since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="246"/>
        <source>From {giver} to {receiver}: due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="251"/>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="253"/>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="251"/>
        <source>{kind}: {title} · due since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="253"/>
        <source>{kind}: {title} · due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="255"/>
        <source>Question waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="256"/>
        <source>{question} · asked {date}; waiting %n day(s) longer than its urgency allows</source>
        <translation>
            <numerusform>{question} · asked {date}; waiting %n day longer than its urgency allows</numerusform>
            <numerusform>{question} · asked {date}; waiting %n days longer than its urgency allows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="294"/>
        <source>Tandem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
