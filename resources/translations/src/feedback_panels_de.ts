<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BalancePanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="164"/>
        <source>Balance of the last {days} days</source>
        <translation>Bilanz der letzten {days} Tage</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="178"/>
        <source>I gave {name}</source>
        <translation>Von mir an {name}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="180"/>
        <source>{name} gave me</source>
        <translation>Von {name} an mich</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="190"/>
        <source>No feedback noted in this time. A short word each way is a good start.</source>
        <translation>In dieser Zeit wurde kein Feedback notiert. Ein kurzes Wort in jede Richtung ist ein guter Anfang.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="194"/>
        <source>Feedback went only from you to {name}. Ask {name} for theirs.</source>
        <translation>Feedback ging nur von Ihnen an {name}. Bitten Sie {name} auch um Feedback.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="196"/>
        <source>Feedback came only from {name}. Tell {name} how things look from your side, too.</source>
        <translation>Feedback kam nur von {name}. Sagen Sie {name} auch, wie es aus Ihrer Sicht aussieht.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="200"/>
        <source>Everything you told {name} was a suggestion. Say what goes well, too.</source>
        <translation>Alles, was Sie {name} gesagt haben, waren Anregungen. Sagen Sie auch, was gut läuft.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="202"/>
        <source>Everything {name} told you was a suggestion. Ask what goes well, too.</source>
        <translation>Alles, was {name} Ihnen gesagt hat, waren Anregungen. Fragen Sie auch, was gut läuft.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="204"/>
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
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="214"/>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="223"/>
        <source>Questions for asking for feedback</source>
        <translation>Fragen, um Feedback zu bitten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="226"/>
        <source>Write a question…</source>
        <translation>Eine Frage schreiben…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="227"/>
        <source>Question text</source>
        <translation>Text der Frage</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="230"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="231"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="234"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="235"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="238"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="239"/>
        <source>Copy all</source>
        <translation>Alle kopieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="240"/>
        <source>Copy every question, to send them to your partner</source>
        <translation>Alle Fragen kopieren, um sie Ihrem Gegenüber zu schicken</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="242"/>
        <source>Move the question up</source>
        <translation>Frage nach oben schieben</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="243"/>
        <source>Move the question down</source>
        <translation>Frage nach unten schieben</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="301"/>
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
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="119"/>
        <source>= {weeks} weeks</source>
        <translation>= {weeks} Wochen</translation>
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
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="142"/>
        <source>Overdue by 1 day. {reason}</source>
        <translation>Seit einem Tag überfällig. {reason}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/panels.py" line="143"/>
        <source>Overdue by {days} days. {reason}</source>
        <translation>Seit {days} Tagen überfällig. {reason}</translation>
    </message>
</context>
</TS>
