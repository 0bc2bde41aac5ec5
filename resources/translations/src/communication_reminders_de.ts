<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="84" />
        <source>Close notice</source>
        <translation>Hinweis schließen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="105" />
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="106" />
        <source>Open {title}</source>
        <translation>{title} öffnen</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="190" />
        <source>Check-in in %n min</source>
        <translation>
            <numerusform>Check-in in %n Min.</numerusform>
            <numerusform>Check-in in %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="210" />
        <source>Overdue tasks</source>
        <translation>Überfällige Aufgaben</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="211" />
        <source>%n task(s) are past their due date.</source>
        <translation>
            <numerusform>Eine Aufgabe ist überfällig.</numerusform>
            <numerusform>%n Aufgaben sind überfällig.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="242" />
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="245" />
        <source>Feedback due</source>
        <translation>Feedback fällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="243" />
        <source>From {giver} to {receiver}: due since {date}</source>
        <translation>Von {giver} an {receiver}: fällig seit {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="246" />
        <source>From {giver} to {receiver}: due today</source>
        <translation>Von {giver} an {receiver}: heute fällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="251" />
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="253" />
        <source>Review due</source>
        <translation>Überprüfung fällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="251" />
        <source>{kind}: {title} · due since {date}</source>
        <translation>{kind}: {title} · fällig seit {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="253" />
        <source>{kind}: {title} · due today</source>
        <translation>{kind}: {title} · heute fällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="255" />
        <source>Question waiting</source>
        <translation>Frage wartet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="256" />
        <source>{question} · asked {date}; waiting %n day(s) longer than its urgency allows</source>
        <translation>
            <numerusform>{question} · gestellt am {date}; wartet %n Tag länger, als ihre Dringlichkeit erlaubt</numerusform>
            <numerusform>{question} · gestellt am {date}; wartet %n Tage länger, als ihre Dringlichkeit erlaubt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/reminders.py" line="294" />
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
</context>
</TS>