<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="100"/>
        <source>Next check-in</source>
        <translation>Nächster Check-in</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="106"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="107"/>
        <source>Open the check-in in the Communication tab</source>
        <translation>Den Check-in im Reiter Kommunikation öffnen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="112"/>
        <source>My open tasks</source>
        <translation>Meine offenen Aufgaben</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="114"/>
        <source>Open questions</source>
        <translation>Offene Fragen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="116"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="118"/>
        <source>Due for review</source>
        <translation>Zur Überprüfung fällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="120"/>
        <source>Active goals</source>
        <translation>Aktive Ziele</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="123"/>
        <source>Tandem health</source>
        <translation>Zustand des Tandems</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="133"/>
        <source>Take the health check…</source>
        <translation>Gesundheitscheck machen …</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="154"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="157"/>
        <source>Health check…</source>
        <translation>Gesundheitscheck …</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="196"/>
        <source>{leader} (leader) and {assistant} (assistant)</source>
        <translation>{leader} (Führungskraft) und {assistant} (Assistenz)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="216"/>
        <source>No check-in planned. Set up a series in the Communication tab.</source>
        <translation>Kein Check-in geplant. Legen Sie im Reiter Kommunikation eine Serie an.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="222"/>
        <source>ddd d MMM, HH:mm</source>
        <translation>ddd, d. MMM, HH:mm &apos;Uhr&apos;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="224"/>
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n Punkt auf der Agenda</numerusform>
            <numerusform>%n Punkte auf der Agenda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="229"/>
        <source>in %n min</source>
        <translation>
            <numerusform>in %n Min.</numerusform>
            <numerusform>in %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="231"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="234"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="255"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="257"/>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="340"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="259"/>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="342"/>
        <source>the next %n shown</source>
        <translation>
            <numerusform>%n davon angezeigt</numerusform>
            <numerusform>die nächsten %n angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="277"/>
        <source>%n waiting · oldest: {age}</source>
        <translation>
            <numerusform>%n offen · älteste: {age}</numerusform>
            <numerusform>%n offen · älteste: {age}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="283"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="288"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="320"/>
        <source>Agreed rhythm: every %n day(s)</source>
        <translation>
            <numerusform>Vereinbarter Rhythmus: täglich</numerusform>
            <numerusform>Vereinbarter Rhythmus: alle %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="338"/>
        <source>%n to review</source>
        <translation>
            <numerusform>%n zu überprüfen</numerusform>
            <numerusform>%n zu überprüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="400"/>
        <source>Your last health check was {days} ago; you planned one every %n day(s). Time for a new one.</source>
        <translation>
            <numerusform>Ihr letzter Gesundheitscheck ist {days} her; geplant war einer jeden Tag. Zeit für einen neuen.</numerusform>
            <numerusform>Ihr letzter Gesundheitscheck ist {days} her; geplant war einer alle %n Tage. Zeit für einen neuen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="234"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="246"/>
        <source>overdue since {date}</source>
        <translation>überfällig seit {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="249"/>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="251"/>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="315"/>
        <source>due {date}</source>
        <translation>fällig {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="262"/>
        <source>Nothing open for you. Well done.</source>
        <translation>Für Sie ist nichts offen. Gut gemacht.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="280"/>
        <source>No open questions.</source>
        <translation>Keine offenen Fragen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="287"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="288"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="306"/>
        <source>From me to {name}</source>
        <translation>Von mir an {name}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="308"/>
        <source>From {name} to me</source>
        <translation>Von {name} an mich</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="310"/>
        <source>not yet</source>
        <translation>noch nie</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="312"/>
        <source>overdue by {days}</source>
        <translation>{days} überfällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="322"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="332"/>
        <source>{kind}: {title}
Review by {date}</source>
        <translation>{kind}: {title}
Überprüfen bis {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="346"/>
        <source>Nothing due for review in the next two weeks.</source>
        <translation>In den nächsten zwei Wochen ist nichts zu überprüfen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="355"/>
        <source>Target: {date}</source>
        <translation>Ziel: {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="361"/>
        <source>No active goals. Add one in the Vision tab.</source>
        <translation>Keine aktiven Ziele. Legen Sie im Reiter Vision eines an.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="385"/>
        <source>Filled: your check of {date}</source>
        <translation>Fläche: Ihr Check vom {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="389"/>
        <source>Filled: your check of {latest} · dashed: the one before, {previous}</source>
        <translation>Fläche: Ihr Check vom {latest} · gestrichelt: der davor, {previous}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="397"/>
        <source>No health check yet. Take five minutes to rate how your partnership is doing.</source>
        <translation>Noch kein Gesundheitscheck. Nehmen Sie sich fünf Minuten und schätzen Sie ein, wie es Ihrer Zusammenarbeit geht.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="406"/>
        <source>Rate the five steps as {role}</source>
        <translation>Die fünf Schritte als {role} einschätzen</translation>
    </message>
</context>
</TS>
