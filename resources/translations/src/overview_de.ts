<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="97"/>
        <source>Next check-in</source>
        <translation>Nächster Check-in</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="103"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="104"/>
        <source>Open the check-in in the Communication tab</source>
        <translation>Den Check-in im Reiter Kommunikation öffnen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="109"/>
        <source>My open tasks</source>
        <translation>Meine offenen Aufgaben</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="111"/>
        <source>Open questions</source>
        <translation>Offene Fragen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="113"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="115"/>
        <source>Due for review</source>
        <translation>Zur Überprüfung fällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="117"/>
        <source>Active goals</source>
        <translation>Aktive Ziele</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="120"/>
        <source>Tandem health</source>
        <translation>Zustand des Tandems</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="130"/>
        <source>Take the health check…</source>
        <translation>Gesundheitscheck machen …</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="151"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="154"/>
        <source>Health check…</source>
        <translation>Gesundheitscheck …</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="193"/>
        <source>{leader} (leader) and {assistant} (assistant)</source>
        <translation>{leader} (Führungskraft) und {assistant} (Assistenz)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="213"/>
        <source>No check-in planned. Set up a series in the Communication tab.</source>
        <translation>Kein Check-in geplant. Legen Sie im Reiter Kommunikation eine Serie an.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="219"/>
        <source>ddd d MMM, HH:mm</source>
        <translation>ddd, d. MMM, HH:mm &apos;Uhr&apos;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="221"/>
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n Punkt auf der Agenda</numerusform>
            <numerusform>%n Punkte auf der Agenda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="226"/>
        <source>in %n min</source>
        <translation>
            <numerusform>in %n Min.</numerusform>
            <numerusform>in %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="228"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="231"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="252"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="254"/>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="337"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="256"/>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="339"/>
        <source>the next %n shown</source>
        <translation>
            <numerusform>%n davon angezeigt</numerusform>
            <numerusform>die nächsten %n angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="274"/>
        <source>%n waiting · oldest: {age}</source>
        <translation>
            <numerusform>%n offen · älteste: {age}</numerusform>
            <numerusform>%n offen · älteste: {age}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="280"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="285"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="317"/>
        <source>Agreed rhythm: every %n day(s)</source>
        <translation>
            <numerusform>Vereinbarter Rhythmus: täglich</numerusform>
            <numerusform>Vereinbarter Rhythmus: alle %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="335"/>
        <source>%n to review</source>
        <translation>
            <numerusform>%n zu überprüfen</numerusform>
            <numerusform>%n zu überprüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="397"/>
        <source>Your last health check was {days} ago; you planned one every %n day(s). Time for a new one.</source>
        <translation>
            <numerusform>Ihr letzter Gesundheitscheck ist {days} her; geplant war einer jeden Tag. Zeit für einen neuen.</numerusform>
            <numerusform>Ihr letzter Gesundheitscheck ist {days} her; geplant war einer alle %n Tage. Zeit für einen neuen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="231"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="243"/>
        <source>overdue since {date}</source>
        <translation>überfällig seit {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="246"/>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="248"/>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="312"/>
        <source>due {date}</source>
        <translation>fällig {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="259"/>
        <source>Nothing open for you. Well done.</source>
        <translation>Für Sie ist nichts offen. Gut gemacht.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="277"/>
        <source>No open questions.</source>
        <translation>Keine offenen Fragen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="284"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="285"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="303"/>
        <source>From me to {name}</source>
        <translation>Von mir an {name}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="305"/>
        <source>From {name} to me</source>
        <translation>Von {name} an mich</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="307"/>
        <source>not yet</source>
        <translation>noch nie</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="309"/>
        <source>overdue by {days}</source>
        <translation>{days} überfällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="319"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="329"/>
        <source>{kind}: {title}
Review by {date}</source>
        <translation>{kind}: {title}
Überprüfen bis {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="343"/>
        <source>Nothing due for review in the next two weeks.</source>
        <translation>In den nächsten zwei Wochen ist nichts zu überprüfen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="352"/>
        <source>Target: {date}</source>
        <translation>Ziel: {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="358"/>
        <source>No active goals. Add one in the Vision tab.</source>
        <translation>Keine aktiven Ziele. Legen Sie im Reiter Vision eines an.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="382"/>
        <source>Filled: your check of {date}</source>
        <translation>Fläche: Ihr Check vom {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="386"/>
        <source>Filled: your check of {latest} · dashed: the one before, {previous}</source>
        <translation>Fläche: Ihr Check vom {latest} · gestrichelt: der davor, {previous}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="394"/>
        <source>No health check yet. Take five minutes to rate how your partnership is doing.</source>
        <translation>Noch kein Gesundheitscheck. Nehmen Sie sich fünf Minuten und schätzen Sie ein, wie es Ihrer Zusammenarbeit geht.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="403"/>
        <source>Rate the five steps as {role}</source>
        <translation>Die fünf Schritte als {role} einschätzen</translation>
    </message>
</context>
</TS>
