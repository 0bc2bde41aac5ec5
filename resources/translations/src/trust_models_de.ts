<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccessTableModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="195"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="195"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="195"/>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="195"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="196"/>
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="196"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="215"/>
        <source>Revoked {date}</source>
        <translation>Entzogen am {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="220"/>
        <source>{date} · overdue</source>
        <translation>{date} · überfällig</translation>
    </message>
</context>
<context>
    <name>QuestionTableModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="158"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="158"/>
        <source>Asked by</source>
        <translation>Gefragt von</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="158"/>
        <source>Asked</source>
        <translation>Gefragt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="158"/>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="159"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="178"/>
        <source>{status} {date}</source>
        <translation>{status} {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="181"/>
        <source>{status} · on agenda</source>
        <translation>{status} · auf der Agenda</translation>
    </message>
</context>
<context>
    <name>TrustAge</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="74"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="76"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="77"/>
        <source>{days} days</source>
        <translation>{days} Tage</translation>
    </message>
</context>
</TS>
