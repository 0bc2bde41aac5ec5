<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="93"/>
        <source>Next check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="99"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="100"/>
        <source>Open the check-in in the Communication tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="105"/>
        <source>My open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="107"/>
        <source>Open questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="109"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="111"/>
        <source>Due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="113"/>
        <source>Active goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="116"/>
        <source>Tandem health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="126"/>
        <source>Take the health check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="146"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="149"/>
        <source>Health check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="167"/>
        <source>{leader} (leader) and {assistant} (assistant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="187"/>
        <source>No check-in planned. Set up a series in the Communication tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="193"/>
        <source>ddd d MMM, HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="196"/>
        <source>1 agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="197"/>
        <source>{count} agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="202"/>
        <source>in {count} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="205"/>
        <source>in 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="206"/>
        <source>in {count} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="209"/>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="209"/>
        <source>in {count} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="222"/>
        <source>overdue since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="225"/>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="227"/>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="292"/>
        <source>due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="231"/>
        <source>{count} open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="233"/>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="316"/>
        <source>{count} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="235"/>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="318"/>
        <source>the next {count} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="238"/>
        <source>Nothing open for you. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="253"/>
        <source>{count} waiting · oldest: {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="256"/>
        <source>No open questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="259"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="259"/>
        <source>{count} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="263"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="264"/>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="264"/>
        <source>{count} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="283"/>
        <source>From me to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="285"/>
        <source>From {name} to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="287"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="289"/>
        <source>overdue by {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="297"/>
        <source>Agreed rhythm: every {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="299"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="308"/>
        <source>{kind}: {title}
Review by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="314"/>
        <source>{count} to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="322"/>
        <source>Nothing due for review in the next two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="331"/>
        <source>Target: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="337"/>
        <source>No active goals. Add one in the Vision tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="361"/>
        <source>Filled: your check of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="365"/>
        <source>Filled: your check of {latest} · dashed: the one before, {previous}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="373"/>
        <source>No health check yet. Take five minutes to rate how your partnership is doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="376"/>
        <source>Your last health check was {days} ago; you planned one every {every} days. Time for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/overview.py" line="383"/>
        <source>Rate the five steps as {role}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
