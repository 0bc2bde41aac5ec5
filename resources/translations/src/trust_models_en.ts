<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccessTableModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="92" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="92" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="92" />
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="92" />
        <source>Area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="93" />
        <source>Granted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="93" />
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="112" />
        <source>Revoked {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="117" />
        <source>{date} · overdue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuestionTableModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="55" />
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="55" />
        <source>Asked by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="55" />
        <source>Asked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="55" />
        <source>Urgency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="56" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="75" />
        <source>{status} {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="78" />
        <source>{status} · on agenda</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrustAge</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="40" />
        <source>today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="41" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation></message>
</context>
</TS>