<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccessTableModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="92" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="92" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="92" />
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="92" />
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="93" />
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="93" />
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="112" />
        <source>Revoked {date}</source>
        <translation>Entzogen am {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="117" />
        <source>{date} · overdue</source>
        <translation>{date} · überfällig</translation>
    </message>
</context>
<context>
    <name>QuestionTableModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="55" />
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="55" />
        <source>Asked by</source>
        <translation>Gefragt von</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="55" />
        <source>Asked</source>
        <translation>Gefragt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="55" />
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="56" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="75" />
        <source>{status} {date}</source>
        <translation>{status} {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="78" />
        <source>{status} · on agenda</source>
        <translation>{status} · auf der Agenda</translation>
    </message>
</context>
<context>
    <name>TrustAge</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="40" />
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/trust/models.py" line="41" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation></message>
</context>
</TS>