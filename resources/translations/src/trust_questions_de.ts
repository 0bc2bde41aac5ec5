<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>QuestionTableModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="156"/>
        <source>{status} · on agenda</source>
        <translation>{status} · auf der Agenda</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="158"/>
        <source>{status} {date}</source>
        <translation>{status} {date}</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="54"/>
        <source>Which questions</source>
        <translation>Welche Fragen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="55"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="55"/>
        <source>Answered · knowledge base</source>
        <translation>Beantwortet · Wissensbasis</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="55"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="56"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="57"/>
        <source>Filter by words of the question, context or answer</source>
        <translation>Nach Wörtern aus Frage, Kontext oder Antwort filtern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="58"/>
        <source>Filter questions</source>
        <translation>Fragen filtern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="58"/>
        <source>&amp;New question…</source>
        <translation>&amp;Neue Frage…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="59"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="74"/>
        <source>Selected question</source>
        <translation>Ausgewählte Frage</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="76"/>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="223"/>
        <source>&amp;Answer…</source>
        <translation>Beant&amp;worten…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="78"/>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="230"/>
        <source>Put on next &amp;check-in</source>
        <translation>Auf den nächsten &amp;Check-in setzen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="80"/>
        <source>Edi&amp;t…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="82"/>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="226"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="107"/>
        <source>Show &amp;more</source>
        <translation>&amp;Mehr zeigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="134"/>
        <source>Showing the first {shown} of %n question(s) – type to narrow them down.</source>
        <translation>
            <numerusform>Die erste {shown} von %n Frage – tippen Sie weiter, um sie einzugrenzen.</numerusform>
            <numerusform>Die ersten {shown} von %n Fragen – tippen Sie weiter, um sie einzugrenzen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="169"/>
        <source>No question matches the filter.</source>
        <translation>Keine Frage passt zum Filter.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="171"/>
        <source>No open questions. Anything on your mind? Every question may be asked: press Ctrl+Shift+Q.</source>
        <translation>Keine offenen Fragen. Liegt Ihnen etwas auf dem Herzen? Jede Frage darf gestellt werden: Strg+Umschalt+Q drücken.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="174"/>
        <source>Nothing here yet.</source>
        <translation>Hier ist noch nichts.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="211"/>
        <source>Select a question to see it in full.</source>
        <translation>Wählen Sie eine Frage aus, um sie vollständig zu sehen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="217"/>
        <source>Context:</source>
        <translation>Kontext:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="219"/>
        <source>Answer ({date}):</source>
        <translation>Antwort ({date}):</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="224"/>
        <source>Change &amp;answer…</source>
        <translation>Antwort &amp;ändern…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="226"/>
        <source>Re&amp;open</source>
        <translation>Wieder &amp;öffnen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="229"/>
        <source>Take off the &amp;check-in</source>
        <translation>Vom &amp;Check-in nehmen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="234"/>
        <source>On the agenda of the check-in on {date}.</source>
        <translation>Auf der Agenda des Check-ins am {date}.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="237"/>
        <source>On the agenda for the next check-in.</source>
        <translation>Auf der Agenda für den nächsten Check-in.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="242"/>
        <source>Asked by {name} on {date}</source>
        <translation>Gefragt von {name} am {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="244"/>
        <source>urgency: {urgency}</source>
        <translation>Dringlichkeit: {urgency}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="249"/>
        <source>waiting {age}</source>
        <translation>Wartezeit: {age}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="253"/>
        <source>in the Trash</source>
        <translation>im Papierkorb</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/questions.py" line="328"/>
        <source>Moved to the Trash: “{text}”</source>
        <translation>In den Papierkorb verschoben: „{text}“</translation>
    </message>
</context>
</TS>
