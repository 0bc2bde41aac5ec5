<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>QuestionTableModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="156"/>
        <source>{status} · on agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="158"/>
        <source>{status} {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="54"/>
        <source>Which questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="55"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="55"/>
        <source>Answered · knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="55"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="56"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="57"/>
        <source>Filter by words of the question, context or answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="58"/>
        <source>Filter questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="58"/>
        <source>&amp;New question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="59"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="74"/>
        <source>Selected question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="76"/>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="223"/>
        <source>&amp;Answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="78"/>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="230"/>
        <source>Put on next &amp;check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="80"/>
        <source>Edi&amp;t…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="82"/>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="226"/>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="107"/>
        <source>Show &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="134"/>
        <source>Showing the first {shown} of %n question(s) – type to narrow them down.</source>
        <translation>
            <numerusform>Showing the first {shown} of %n question – type to narrow them down.</numerusform>
            <numerusform>Showing the first {shown} of %n questions – type to narrow them down.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="169"/>
        <source>No question matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="171"/>
        <source>No open questions. Anything on your mind? Every question may be asked: press Ctrl+Shift+Q.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="174"/>
        <source>Nothing here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="211"/>
        <source>Select a question to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="217"/>
        <source>Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="219"/>
        <source>Answer ({date}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="224"/>
        <source>Change &amp;answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="226"/>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="229"/>
        <source>Take off the &amp;check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="234"/>
        <source>On the agenda of the check-in on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="237"/>
        <source>On the agenda for the next check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="242"/>
        <source>Asked by {name} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="244"/>
        <source>urgency: {urgency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="249"/>
        <source>waiting {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="253"/>
        <source>in the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="328"/>
        <source>Moved to the Trash: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
