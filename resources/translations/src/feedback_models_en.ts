<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FeedbackTableModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/models.py" line="92"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/models.py" line="92"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/models.py" line="92"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/models.py" line="92"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/models.py" line="93"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/models.py" line="93"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/models.py" line="93"/>
        <location filename="../../../tandem_desktop/ui/feedback/models.py" line="111"/>
        <location filename="../../../tandem_desktop/ui/feedback/models.py" line="147"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/models.py" line="100"/>
        <source>I give → {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/models.py" line="101"/>
        <source>I receive ← {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/models.py" line="110"/>
        <location filename="../../../tandem_desktop/ui/feedback/models.py" line="145"/>
        <source>On the agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
