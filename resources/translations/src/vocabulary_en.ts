<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccessKind</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="61"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="62"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="63"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="64"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="65"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="66"/>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="67"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="68"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaKind</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="82"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="83"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="84"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="85"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="86"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="87"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementCategory</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="100"/>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="101"/>
        <source>Response times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="103"/>
        <source>Which channel for what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="105"/>
        <source>Urgent matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="106"/>
        <source>Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="107"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="108"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="71"/>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="72"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="73"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="74"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegationLevel</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="139"/>
        <source>Tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="140"/>
        <source>The leader decides and announces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="141"/>
        <source>Sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="142"/>
        <source>The leader decides and explains why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="143"/>
        <source>Consult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="144"/>
        <source>The leader asks for input, then decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="145"/>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="146"/>
        <source>Both decide together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="147"/>
        <source>Advise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="148"/>
        <source>The assistant decides after hearing the leader&apos;s advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="150"/>
        <source>Inquire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="151"/>
        <source>The assistant decides, then informs the leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="152"/>
        <source>Delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="153"/>
        <source>The assistant decides; no need to inform.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackKind</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="111"/>
        <source>Appreciation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="112"/>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackStatus</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="115"/>
        <source>Noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="116"/>
        <source>Discussed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalKind</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="119"/>
        <source>Shared goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="120"/>
        <source>Development goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="123"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="124"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="125"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="126"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="77"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="78"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="79"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Owner</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="46"/>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="47"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="48"/>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="95"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="96"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="97"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionStatus</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="56"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="57"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="58"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="158"/>
        <source>Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="159"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="160"/>
        <source>Access item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="161"/>
        <source>Check-in series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="162"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="163"/>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="164"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="165"/>
        <source>Working agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="166"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="167"/>
        <source>Feedback prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="168"/>
        <source>Area of responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="169"/>
        <source>Decision rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="170"/>
        <source>Level change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="171"/>
        <source>Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="172"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="173"/>
        <source>Goal rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="174"/>
        <source>Health check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="42"/>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="43"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="129"/>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="130"/>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="131"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="132"/>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="133"/>
        <source>Vision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="90"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="91"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="92"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Urgency</name>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="51"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="52"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/domain/vocabulary.py" line="53"/>
        <source>Whenever</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
