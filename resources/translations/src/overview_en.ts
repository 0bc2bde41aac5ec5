<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="100"/>
        <source>Next check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="106"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="107"/>
        <source>Open the check-in in the Communication tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="112"/>
        <source>My open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="114"/>
        <source>Open questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="116"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="118"/>
        <source>Due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="120"/>
        <source>Active goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="123"/>
        <source>Tandem health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="133"/>
        <source>Take the health check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="154"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="157"/>
        <source>Health check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="196"/>
        <source>{leader} (leader) and {assistant} (assistant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="216"/>
        <source>No check-in planned. Set up a series in the Communication tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="222"/>
        <source>ddd d MMM, HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="224"/>
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n agenda item</numerusform>
            <numerusform>%n agenda items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="229"/>
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="231"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="234"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="255"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="257"/>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="340"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="259"/>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="342"/>
        <source>the next %n shown</source>
        <translation>
            <numerusform>the next one shown</numerusform>
            <numerusform>the next %n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="277"/>
        <source>%n waiting · oldest: {age}</source>
        <translation>
            <numerusform>%n waiting · oldest: {age}</numerusform>
            <numerusform>%n waiting · oldest: {age}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="283"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="288"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="320"/>
        <source>Agreed rhythm: every %n day(s)</source>
        <translation>
            <numerusform>Agreed rhythm: every day</numerusform>
            <numerusform>Agreed rhythm: every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="338"/>
        <source>%n to review</source>
        <translation>
            <numerusform>%n to review</numerusform>
            <numerusform>%n to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="400"/>
        <source>Your last health check was {days} ago; you planned one every %n day(s). Time for a new one.</source>
        <translation>
            <numerusform>Your last health check was {days} ago; you planned one every day. Time for a new one.</numerusform>
            <numerusform>Your last health check was {days} ago; you planned one every %n days. Time for a new one.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="234"/>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="246"/>
        <source>overdue since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="249"/>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="251"/>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="315"/>
        <source>due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="262"/>
        <source>Nothing open for you. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="280"/>
        <source>No open questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="287"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="288"/>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="306"/>
        <source>From me to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="308"/>
        <source>From {name} to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="310"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="312"/>
        <source>overdue by {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="322"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="332"/>
        <source>{kind}: {title}
Review by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="346"/>
        <source>Nothing due for review in the next two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="355"/>
        <source>Target: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="361"/>
        <source>No active goals. Add one in the Vision tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="385"/>
        <source>Filled: your check of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="389"/>
        <source>Filled: your check of {latest} · dashed: the one before, {previous}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="397"/>
        <source>No health check yet. Take five minutes to rate how your partnership is doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="406"/>
        <source>Rate the five steps as {role}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
