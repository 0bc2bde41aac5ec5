<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccessKind</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="61"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="62"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="63"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="64"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="65"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="66"/>
        <source>Authority</source>
        <translation>Befugnis</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="67"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="68"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>AgendaKind</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="82"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="83"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="84"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="85"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="86"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="87"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>AgreementCategory</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="100"/>
        <source>Availability</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="101"/>
        <source>Response times</source>
        <translation>Antwortzeiten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="103"/>
        <source>Which channel for what</source>
        <translation>Welcher Kanal wofür</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="105"/>
        <source>Urgent matters</source>
        <translation>Dringendes</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="106"/>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="107"/>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="108"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="71"/>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="72"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="73"/>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="74"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
</context>
<context>
    <name>DelegationLevel</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="139"/>
        <source>Tell</source>
        <translation>Verkünden</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="140"/>
        <source>The leader decides and announces it.</source>
        <translation>Die Führungskraft entscheidet und teilt es mit.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="141"/>
        <source>Sell</source>
        <translation>Verkaufen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="142"/>
        <source>The leader decides and explains why.</source>
        <translation>Die Führungskraft entscheidet und erklärt, warum.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="143"/>
        <source>Consult</source>
        <translation>Befragen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="144"/>
        <source>The leader asks for input, then decides.</source>
        <translation>Die Führungskraft holt Meinungen ein und entscheidet dann.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="145"/>
        <source>Agree</source>
        <translation>Einigen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="146"/>
        <source>Both decide together.</source>
        <translation>Beide entscheiden gemeinsam.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="147"/>
        <source>Advise</source>
        <translation>Beraten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="148"/>
        <source>The assistant decides after hearing the leader&apos;s advice.</source>
        <translation>Die Assistenz entscheidet, nachdem sie den Rat der Führungskraft gehört hat.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="150"/>
        <source>Inquire</source>
        <translation>Erkundigen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="151"/>
        <source>The assistant decides, then informs the leader.</source>
        <translation>Die Assistenz entscheidet und informiert danach die Führungskraft.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="152"/>
        <source>Delegate</source>
        <translation>Delegieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="153"/>
        <source>The assistant decides; no need to inform.</source>
        <translation>Die Assistenz entscheidet; eine Information ist nicht nötig.</translation>
    </message>
</context>
<context>
    <name>FeedbackKind</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="111"/>
        <source>Appreciation</source>
        <translation>Anerkennung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="112"/>
        <source>Suggestion</source>
        <translation>Anregung</translation>
    </message>
</context>
<context>
    <name>FeedbackStatus</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="115"/>
        <source>Noted</source>
        <translation>Notiert</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="116"/>
        <source>Discussed</source>
        <translation>Besprochen</translation>
    </message>
</context>
<context>
    <name>GoalKind</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="119"/>
        <source>Shared goal</source>
        <translation>Gemeinsames Ziel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="120"/>
        <source>Development goal</source>
        <translation>Entwicklungsziel</translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="123"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="124"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="125"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="126"/>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="77"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="78"/>
        <source>Held</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="79"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
</context>
<context>
    <name>Owner</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="46"/>
        <source>Leader</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="47"/>
        <source>Assistant</source>
        <translation>Assistenz</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="48"/>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="95"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="96"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="97"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
</context>
<context>
    <name>QuestionStatus</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="56"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="57"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="58"/>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="158"/>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="159"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="160"/>
        <source>Access item</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="161"/>
        <source>Check-in series</source>
        <translation>Check-in-Serie</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="162"/>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="163"/>
        <source>Agenda item</source>
        <translation>Agendapunkt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="164"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="165"/>
        <source>Working agreement</source>
        <translation>Arbeitsvereinbarung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="166"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="167"/>
        <source>Feedback prompt</source>
        <translation>Feedbackfrage</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="168"/>
        <source>Area of responsibility</source>
        <translation>Verantwortungsbereich</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="169"/>
        <source>Decision rule</source>
        <translation>Entscheidungsregel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="170"/>
        <source>Level change</source>
        <translation>Stufenänderung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="171"/>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="172"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="173"/>
        <source>Goal rule</source>
        <translation>Zielregel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="174"/>
        <source>Health check</source>
        <translation>Tandem-Check</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="42"/>
        <source>Leader</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="43"/>
        <source>Assistant</source>
        <translation>Assistenz</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="129"/>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="130"/>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="131"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="132"/>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="133"/>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="90"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="91"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="92"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>Urgency</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="51"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="52"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="53"/>
        <source>Whenever</source>
        <translation>Irgendwann</translation>
    </message>
</context>
</TS>
