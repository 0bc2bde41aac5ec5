<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FeedbackTableModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_model.py" line="91"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_model.py" line="91"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_model.py" line="91"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_model.py" line="91"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_model.py" line="92"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_model.py" line="92"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_model.py" line="92"/>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_model.py" line="110"/>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_model.py" line="147"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_model.py" line="99"/>
        <source>I give → {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_model.py" line="100"/>
        <source>I receive ← {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_model.py" line="109"/>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_model.py" line="145"/>
        <source>On the agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
