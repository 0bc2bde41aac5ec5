<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="92"/>
        <source>Next check-in</source>
        <translation>Nächster Check-in</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="98"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="99"/>
        <source>Open the check-in in the Communication tab</source>
        <translation>Den Check-in im Reiter Kommunikation öffnen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="104"/>
        <source>My open tasks</source>
        <translation>Meine offenen Aufgaben</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="106"/>
        <source>Open questions</source>
        <translation>Offene Fragen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="108"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="110"/>
        <source>Due for review</source>
        <translation>Zur Überprüfung fällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="112"/>
        <source>Active goals</source>
        <translation>Aktive Ziele</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="115"/>
        <source>Tandem health</source>
        <translation>Zustand des Tandems</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="125"/>
        <source>Take the health check…</source>
        <translation>Gesundheitscheck machen …</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="146"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="149"/>
        <source>Health check…</source>
        <translation>Gesundheitscheck …</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="167"/>
        <source>{leader} (leader) and {assistant} (assistant)</source>
        <translation>{leader} (Führungskraft) und {assistant} (Assistenz)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="187"/>
        <source>No check-in planned. Set up a series in the Communication tab.</source>
        <translation>Kein Check-in geplant. Legen Sie im Reiter Kommunikation eine Serie an.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="193"/>
        <source>ddd d MMM, HH:mm</source>
        <translation>ddd, d. MMM, HH:mm &apos;Uhr&apos;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="195"/>
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n Punkt auf der Agenda</numerusform>
            <numerusform>%n Punkte auf der Agenda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="200"/>
        <source>in %n min</source>
        <translation>
            <numerusform>in %n Min.</numerusform>
            <numerusform>in %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="202"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="205"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="226"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="228"/>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="311"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="230"/>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="313"/>
        <source>the next %n shown</source>
        <translation>
            <numerusform>%n davon angezeigt</numerusform>
            <numerusform>die nächsten %n angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="248"/>
        <source>%n waiting · oldest: {age}</source>
        <translation>
            <numerusform>%n offen · älteste: {age}</numerusform>
            <numerusform>%n offen · älteste: {age}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="254"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="259"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="291"/>
        <source>Agreed rhythm: every %n day(s)</source>
        <translation>
            <numerusform>Vereinbarter Rhythmus: täglich</numerusform>
            <numerusform>Vereinbarter Rhythmus: alle %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="309"/>
        <source>%n to review</source>
        <translation>
            <numerusform>%n zu überprüfen</numerusform>
            <numerusform>%n zu überprüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="371"/>
        <source>Your last health check was {days} ago; you planned one every %n day(s). Time for a new one.</source>
        <translation>
            <numerusform>Ihr letzter Gesundheitscheck ist {days} her; geplant war einer jeden Tag. Zeit für einen neuen.</numerusform>
            <numerusform>Ihr letzter Gesundheitscheck ist {days} her; geplant war einer alle %n Tage. Zeit für einen neuen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="205"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="217"/>
        <source>overdue since {date}</source>
        <translation>überfällig seit {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="220"/>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="222"/>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="286"/>
        <source>due {date}</source>
        <translation>fällig {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="233"/>
        <source>Nothing open for you. Well done.</source>
        <translation>Für Sie ist nichts offen. Gut gemacht.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="251"/>
        <source>No open questions.</source>
        <translation>Keine offenen Fragen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="258"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="259"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="277"/>
        <source>From me to {name}</source>
        <translation>Von mir an {name}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="279"/>
        <source>From {name} to me</source>
        <translation>Von {name} an mich</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="281"/>
        <source>not yet</source>
        <translation>noch nie</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="283"/>
        <source>overdue by {days}</source>
        <translation>{days} überfällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="293"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="303"/>
        <source>{kind}: {title}
Review by {date}</source>
        <translation>{kind}: {title}
Überprüfen bis {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="317"/>
        <source>Nothing due for review in the next two weeks.</source>
        <translation>In den nächsten zwei Wochen ist nichts zu überprüfen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="326"/>
        <source>Target: {date}</source>
        <translation>Ziel: {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="332"/>
        <source>No active goals. Add one in the Vision tab.</source>
        <translation>Keine aktiven Ziele. Legen Sie im Reiter Vision eines an.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="356"/>
        <source>Filled: your check of {date}</source>
        <translation>Fläche: Ihr Check vom {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="360"/>
        <source>Filled: your check of {latest} · dashed: the one before, {previous}</source>
        <translation>Fläche: Ihr Check vom {latest} · gestrichelt: der davor, {previous}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="368"/>
        <source>No health check yet. Take five minutes to rate how your partnership is doing.</source>
        <translation>Noch kein Gesundheitscheck. Nehmen Sie sich fünf Minuten und schätzen Sie ein, wie es Ihrer Zusammenarbeit geht.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="377"/>
        <source>Rate the five steps as {role}</source>
        <translation>Die fünf Schritte als {role} einschätzen</translation>
    </message>
</context>
</TS>
