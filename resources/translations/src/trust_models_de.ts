<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccessTableModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="94"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="94"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="94"/>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="94"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="95"/>
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="95"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="114"/>
        <source>Revoked {date}</source>
        <translation>Entzogen am {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="119"/>
        <source>{date} · overdue</source>
        <translation>{date} · überfällig</translation>
    </message>
</context>
<context>
    <name>QuestionTableModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="57"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="57"/>
        <source>Asked by</source>
        <translation>Gefragt von</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="57"/>
        <source>Asked</source>
        <translation>Gefragt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="57"/>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="58"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="77"/>
        <source>{status} {date}</source>
        <translation>{status} {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="80"/>
        <source>{status} · on agenda</source>
        <translation>{status} · auf der Agenda</translation>
    </message>
</context>
<context>
    <name>TrustAge</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="40"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="42"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="43"/>
        <source>{days} days</source>
        <translation>{days} Tage</translation>
    </message>
</context>
</TS>
