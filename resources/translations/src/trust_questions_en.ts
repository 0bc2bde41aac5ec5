<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>QuestionTableModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="155" />
        <source>{status} · on agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="157" />
        <source>{status} {date}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="55" />
        <source>Which questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="56" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="56" />
        <source>Answered · knowledge base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="56" />
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="57" />
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="58" />
        <source>Filter by words of the question, context or answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="59" />
        <source>Filter questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="59" />
        <source>&amp;New question…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="60" />
        <source>Questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="75" />
        <source>Selected question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="77" />
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="222" />
        <source>&amp;Answer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="79" />
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="229" />
        <source>Put on next &amp;check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="81" />
        <source>Edi&amp;t…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="83" />
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="225" />
        <source>&amp;Withdraw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="108" />
        <source>Show &amp;more</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="133" />
        <source>Showing the first {shown} of %n question(s) – type to narrow them down.</source>
        <translation>
            <numerusform>Showing the first {shown} of %n question – type to narrow them down.</numerusform>
            <numerusform>Showing the first {shown} of %n questions – type to narrow them down.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="168" />
        <source>No question matches the filter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="170" />
        <source>No open questions. Anything on your mind? Every question may be asked: press Ctrl+Shift+Q.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="173" />
        <source>Nothing here yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="210" />
        <source>Select a question to see it in full.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="216" />
        <source>Context:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="218" />
        <source>Answer ({date}):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="223" />
        <source>Change &amp;answer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="225" />
        <source>Re&amp;open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="228" />
        <source>Take off the &amp;check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="233" />
        <source>On the agenda of the check-in on {date}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="236" />
        <source>On the agenda for the next check-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="241" />
        <source>Asked by {name} on {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="243" />
        <source>urgency: {urgency}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="248" />
        <source>waiting {age}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="252" />
        <source>in the Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="327" />
        <source>Moved to the Trash: “{text}”</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>