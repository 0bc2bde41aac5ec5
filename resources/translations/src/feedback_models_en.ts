<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FeedbackTableModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/models.py" line="62"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/models.py" line="62"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/models.py" line="62"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/models.py" line="62"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/models.py" line="63"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/models.py" line="63"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/models.py" line="63"/>
        <location filename="../../../tandem_desktop/ui/feedback/models.py" line="81"/>
        <location filename="../../../tandem_desktop/ui/feedback/models.py" line="111"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/models.py" line="70"/>
        <source>I give → {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/models.py" line="71"/>
        <source>I receive ← {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/models.py" line="80"/>
        <location filename="../../../tandem_desktop/ui/feedback/models.py" line="109"/>
        <source>On the agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
