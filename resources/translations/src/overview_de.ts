<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="89"/>
        <source>Next check-in</source>
        <translation>Nächster Check-in</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="95"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="96"/>
        <source>Open the check-in in the Communication tab</source>
        <translation>Den Check-in im Reiter Kommunikation öffnen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="101"/>
        <source>My open tasks</source>
        <translation>Meine offenen Aufgaben</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="103"/>
        <source>Open questions</source>
        <translation>Offene Fragen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="105"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="107"/>
        <source>Due for review</source>
        <translation>Zur Überprüfung fällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="109"/>
        <source>Active goals</source>
        <translation>Aktive Ziele</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="112"/>
        <source>Tandem health</source>
        <translation>Zustand des Tandems</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="122"/>
        <source>Take the health check…</source>
        <translation>Gesundheitscheck machen …</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="143"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="146"/>
        <source>Health check…</source>
        <translation>Gesundheitscheck …</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="164"/>
        <source>{leader} (leader) and {assistant} (assistant)</source>
        <translation>{leader} (Führungskraft) und {assistant} (Assistenz)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="184"/>
        <source>No check-in planned. Set up a series in the Communication tab.</source>
        <translation>Kein Check-in geplant. Legen Sie im Reiter Kommunikation eine Serie an.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="190"/>
        <source>ddd d MMM, HH:mm</source>
        <translation>ddd, d. MMM, HH:mm &apos;Uhr&apos;</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="193"/>
        <source>1 agenda item</source>
        <translation>1 Punkt auf der Agenda</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="194"/>
        <source>{count} agenda items</source>
        <translation>{count} Punkte auf der Agenda</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="199"/>
        <source>in {count} min</source>
        <translation>in {count} Min.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="202"/>
        <source>in 1 hour</source>
        <translation>in 1 Stunde</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="203"/>
        <source>in {count} hours</source>
        <translation>in {count} Stunden</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="206"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="206"/>
        <source>in {count} days</source>
        <translation>in {count} Tagen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="219"/>
        <source>overdue since {date}</source>
        <translation>überfällig seit {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="222"/>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="224"/>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="289"/>
        <source>due {date}</source>
        <translation>fällig {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="228"/>
        <source>{count} open</source>
        <translation>{count} offen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="230"/>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="314"/>
        <source>{count} overdue</source>
        <translation>{count} überfällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="232"/>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="316"/>
        <source>the next {count} shown</source>
        <translation>die nächsten {count} angezeigt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="235"/>
        <source>Nothing open for you. Well done.</source>
        <translation>Für Sie ist nichts offen. Gut gemacht.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="250"/>
        <source>{count} waiting · oldest: {age}</source>
        <translation>{count} offen · älteste: {age}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="253"/>
        <source>No open questions.</source>
        <translation>Keine offenen Fragen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="256"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="256"/>
        <source>{count} days</source>
        <translation>{count} Tage</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="260"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="261"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="261"/>
        <source>{count} days ago</source>
        <translation>vor {count} Tagen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="280"/>
        <source>From me to {name}</source>
        <translation>Von mir an {name}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="282"/>
        <source>From {name} to me</source>
        <translation>Von {name} an mich</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="284"/>
        <source>not yet</source>
        <translation>noch nie</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="286"/>
        <source>overdue by {days}</source>
        <translation>{days} überfällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="294"/>
        <source>Agreed rhythm: every {days} days</source>
        <translation>Vereinbarter Rhythmus: alle {days} Tage</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="296"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="306"/>
        <source>{kind}: {title}
Review by {date}</source>
        <translation>{kind}: {title}
Überprüfen bis {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="312"/>
        <source>{count} to review</source>
        <translation>{count} zu überprüfen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="320"/>
        <source>Nothing due for review in the next two weeks.</source>
        <translation>In den nächsten zwei Wochen ist nichts zu überprüfen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="329"/>
        <source>Target: {date}</source>
        <translation>Ziel: {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="335"/>
        <source>No active goals. Add one in the Vision tab.</source>
        <translation>Keine aktiven Ziele. Legen Sie im Reiter Vision eines an.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="359"/>
        <source>Filled: your check of {date}</source>
        <translation>Fläche: Ihr Check vom {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="363"/>
        <source>Filled: your check of {latest} · dashed: the one before, {previous}</source>
        <translation>Fläche: Ihr Check vom {latest} · gestrichelt: der davor, {previous}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="371"/>
        <source>No health check yet. Take five minutes to rate how your partnership is doing.</source>
        <translation>Noch kein Gesundheitscheck. Nehmen Sie sich fünf Minuten und schätzen Sie ein, wie es Ihrer Zusammenarbeit geht.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="374"/>
        <source>Your last health check was {days} ago; you planned one every {every} days. Time for a new one.</source>
        <translation>Ihr letzter Gesundheitscheck ist {days} her; geplant war einer alle {every} Tage. Zeit für einen neuen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="380"/>
        <source>Rate the five steps as {role}</source>
        <translation>Die fünf Schritte als {role} einschätzen</translation>
    </message>
</context>
</TS>
