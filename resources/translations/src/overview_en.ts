<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="89"/>
        <source>Next check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="95"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="96"/>
        <source>Open the check-in in the Communication tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="101"/>
        <source>My open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="103"/>
        <source>Open questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="105"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="107"/>
        <source>Due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="109"/>
        <source>Active goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="112"/>
        <source>Tandem health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="122"/>
        <source>Take the health check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="143"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="146"/>
        <source>Health check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="164"/>
        <source>{leader} (leader) and {assistant} (assistant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="184"/>
        <source>No check-in planned. Set up a series in the Communication tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="190"/>
        <source>ddd d MMM, HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="193"/>
        <source>1 agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="194"/>
        <source>{count} agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="199"/>
        <source>in {count} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="202"/>
        <source>in 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="203"/>
        <source>in {count} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="206"/>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="206"/>
        <source>in {count} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="219"/>
        <source>overdue since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="222"/>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="224"/>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="289"/>
        <source>due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="228"/>
        <source>{count} open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="230"/>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="314"/>
        <source>{count} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="232"/>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="316"/>
        <source>the next {count} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="235"/>
        <source>Nothing open for you. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="250"/>
        <source>{count} waiting · oldest: {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="253"/>
        <source>No open questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="256"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="256"/>
        <source>{count} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="260"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="261"/>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="261"/>
        <source>{count} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="280"/>
        <source>From me to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="282"/>
        <source>From {name} to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="284"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="286"/>
        <source>overdue by {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="294"/>
        <source>Agreed rhythm: every {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="296"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="306"/>
        <source>{kind}: {title}
Review by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="312"/>
        <source>{count} to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="320"/>
        <source>Nothing due for review in the next two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="329"/>
        <source>Target: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="335"/>
        <source>No active goals. Add one in the Vision tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="359"/>
        <source>Filled: your check of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="363"/>
        <source>Filled: your check of {latest} · dashed: the one before, {previous}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="371"/>
        <source>No health check yet. Take five minutes to rate how your partnership is doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="374"/>
        <source>Your last health check was {days} ago; you planned one every {every} days. Time for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="380"/>
        <source>Rate the five steps as {role}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
