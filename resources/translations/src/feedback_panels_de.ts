<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BalancePanel</name>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="162"/>
        <source>Balance of the last %n day(s)</source>
        <translation>
            <numerusform>Bilanz des letzten Tages</numerusform>
            <numerusform>Bilanz der letzten %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="175"/>
        <source>I gave {name}</source>
        <translation>Von mir an {name}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="177"/>
        <source>{name} gave me</source>
        <translation>Von {name} an mich</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="187"/>
        <source>No feedback noted in this time. A short word each way is a good start.</source>
        <translation>In dieser Zeit wurde kein Feedback notiert. Ein kurzes Wort in jede Richtung ist ein guter Anfang.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="191"/>
        <source>Feedback went only from you to {name}. Ask {name} for theirs.</source>
        <translation>Feedback ging nur von Ihnen an {name}. Bitten Sie {name} auch um Feedback.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="193"/>
        <source>Feedback came only from {name}. Tell {name} how things look from your side, too.</source>
        <translation>Feedback kam nur von {name}. Sagen Sie {name} auch, wie es aus Ihrer Sicht aussieht.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="197"/>
        <source>Everything you told {name} was a suggestion. Say what goes well, too.</source>
        <translation>Alles, was Sie {name} gesagt haben, waren Anregungen. Sagen Sie auch, was gut läuft.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="199"/>
        <source>Everything {name} told you was a suggestion. Ask what goes well, too.</source>
        <translation>Alles, was {name} Ihnen gesagt hat, waren Anregungen. Fragen Sie auch, was gut läuft.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="201"/>
        <source>You have not asked {name} for feedback for longer than your rhythm. The questions below help.</source>
        <translation>Sie haben {name} länger als im vereinbarten Rhythmus nicht um Feedback gebeten. Die Fragen unten helfen dabei.</translation>
    </message>
</context>
<context>
    <name>FeedbackPrompts</name>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="50"/>
        <source>What should I start doing?</source>
        <translation>Was sollte ich künftig tun?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="52"/>
        <source>What should I stop doing?</source>
        <translation>Womit sollte ich aufhören?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="54"/>
        <source>What should I continue doing?</source>
        <translation>Was sollte ich beibehalten?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="56"/>
        <source>What could I do to make your work easier?</source>
        <translation>Was könnte ich tun, um dir die Arbeit zu erleichtern?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="58"/>
        <source>Where do you need more information or context from me?</source>
        <translation>Wo brauchst du mehr Informationen oder Hintergrund von mir?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="60"/>
        <source>Which decision would you like to take on your own from now on?</source>
        <translation>Welche Entscheidung würdest du künftig gern allein treffen?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="62"/>
        <source>What would make our check-ins more useful?</source>
        <translation>Was würde unsere Check-ins nützlicher machen?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="64"/>
        <source>Is there something you held back recently because the moment felt wrong?</source>
        <translation>Gibt es etwas, das du zuletzt zurückgehalten hast, weil der Moment nicht passte?</translation>
    </message>
</context>
<context>
    <name>PromptsPanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="211"/>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="220"/>
        <source>Questions for asking for feedback</source>
        <translation>Fragen, um Feedback zu bitten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="223"/>
        <source>Write a question…</source>
        <translation>Eine Frage schreiben…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="224"/>
        <source>Question text</source>
        <translation>Text der Frage</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="227"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="228"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="231"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="232"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="235"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="236"/>
        <source>Copy all</source>
        <translation>Alle kopieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="237"/>
        <source>Copy every question, to send them to your partner</source>
        <translation>Alle Fragen kopieren, um sie Ihrem Gegenüber zu schicken</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="239"/>
        <source>Move the question up</source>
        <translation>Frage nach oben schieben</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="240"/>
        <source>Move the question down</source>
        <translation>Frage nach unten schieben</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="298"/>
        <source>Write the question first.</source>
        <translation>Bitte zuerst die Frage schreiben.</translation>
    </message>
</context>
<context>
    <name>RhythmPanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="83"/>
        <source>Feedback rhythm</source>
        <translation>Feedback-Rhythmus</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="86"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="88"/>
        <source>Days between feedback conversations</source>
        <translation>Tage zwischen Feedback-Gesprächen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="91"/>
        <source>A feedback conversation &amp;every</source>
        <translation>Ein Feedback-Gespräch &amp;alle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="119"/>
        <source>= %n week(s)</source>
        <translation>
            <numerusform>= %n Woche</numerusform>
            <numerusform>= %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="125"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="128"/>
        <source>Last feedback: I gave {gave} · I received {got}</source>
        <translation>Letztes Feedback: gegeben {gave} · erhalten {got}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="130"/>
        <source>Next feedback conversation due: {date}</source>
        <translation>Nächstes Feedback-Gespräch fällig: {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="136"/>
        <source>No feedback either way for too long.</source>
        <translation>Zu lange kein Feedback in beide Richtungen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="138"/>
        <source>Time to give {name} feedback.</source>
        <translation>Zeit, {name} Feedback zu geben.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="140"/>
        <source>Time to ask {name} for feedback.</source>
        <translation>Zeit, {name} um Feedback zu bitten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="141"/>
        <source>Overdue by %n day(s). {reason}</source>
        <translation>
            <numerusform>Seit einem Tag überfällig. {reason}</numerusform>
            <numerusform>Seit %n Tagen überfällig. {reason}</numerusform>
        </translation>
    </message>
</context>
</TS>
