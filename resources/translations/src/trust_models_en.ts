<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccessTableModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="195"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="195"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="195"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="195"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="196"/>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="196"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="215"/>
        <source>Revoked {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="220"/>
        <source>{date} · overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionTableModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="158"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="158"/>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="158"/>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="158"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="159"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="178"/>
        <source>{status} {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="181"/>
        <source>{status} · on agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustAge</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="74"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="76"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="77"/>
        <source>{days} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
