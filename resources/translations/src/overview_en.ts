<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="97"/>
        <source>Next check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="103"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="104"/>
        <source>Open the check-in in the Communication tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="109"/>
        <source>My open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="111"/>
        <source>Open questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="113"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="115"/>
        <source>Due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="117"/>
        <source>Active goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="120"/>
        <source>Tandem health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="130"/>
        <source>Take the health check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="151"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="154"/>
        <source>Health check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="172"/>
        <source>{leader} (leader) and {assistant} (assistant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="192"/>
        <source>No check-in planned. Set up a series in the Communication tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="198"/>
        <source>ddd d MMM, HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="201"/>
        <source>1 agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="202"/>
        <source>{count} agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="207"/>
        <source>in {count} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="210"/>
        <source>in 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="211"/>
        <source>in {count} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="214"/>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="214"/>
        <source>in {count} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="227"/>
        <source>overdue since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="230"/>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="232"/>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="297"/>
        <source>due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="236"/>
        <source>{count} open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="238"/>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="322"/>
        <source>{count} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="240"/>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="324"/>
        <source>the next {count} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="243"/>
        <source>Nothing open for you. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="258"/>
        <source>{count} waiting · oldest: {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="261"/>
        <source>No open questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="264"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="264"/>
        <source>{count} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="268"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="269"/>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="269"/>
        <source>{count} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="288"/>
        <source>From me to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="290"/>
        <source>From {name} to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="292"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="294"/>
        <source>overdue by {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="302"/>
        <source>Agreed rhythm: every {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="304"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="314"/>
        <source>{kind}: {title}
Review by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="320"/>
        <source>{count} to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="328"/>
        <source>Nothing due for review in the next two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="337"/>
        <source>Target: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="343"/>
        <source>No active goals. Add one in the Vision tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="367"/>
        <source>Filled: your check of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="371"/>
        <source>Filled: your check of {latest} · dashed: the one before, {previous}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="379"/>
        <source>No health check yet. Take five minutes to rate how your partnership is doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="382"/>
        <source>Your last health check was {days} ago; you planned one every {every} days. Time for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/tab.py" line="388"/>
        <source>Rate the five steps as {role}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
