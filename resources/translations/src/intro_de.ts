<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>StepIntro</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/intro.py" line="15"/>
        <source>1 · Trust</source>
        <translation>1 · Vertrauen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/intro.py" line="16"/>
        <source>Trust grows when responsibility comes with the authority to act, when information flows openly, and when no question is too small to ask. Collect questions, answer them once for good, and keep an open record of which accounts, systems and budgets you share.</source>
        <translation>Vertrauen wächst, wenn mit der Verantwortung auch die Befugnis zum Handeln kommt, wenn Informationen offen fließen und keine Frage zu klein ist. Sammeln Sie Fragen, beantworten Sie sie einmal gründlich und führen Sie offen Buch darüber, welche Konten, Systeme und Budgets Sie teilen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/intro.py" line="25"/>
        <source>2 · Communication</source>
        <translation>2 · Kommunikation</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/intro.py" line="26"/>
        <source>Misunderstandings cost the most time. Meet on a rhythm that suits the two of you, keep one agenda that nothing falls off, agree how you reach each other, and look back now and then at what would make your check-ins better.</source>
        <translation>Missverständnisse kosten die meiste Zeit. Treffen Sie sich in einem Rhythmus, der zu Ihnen beiden passt, führen Sie eine Agenda, von der nichts verloren geht, vereinbaren Sie, wie Sie einander erreichen, und schauen Sie ab und zu zurück, was Ihre Check-ins besser machen würde.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/intro.py" line="34"/>
        <source>3 · Feedback</source>
        <translation>3 · Feedback</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/intro.py" line="35"/>
        <source>A partnership improves through honest feedback in both directions: the leader gives it and asks for it. Note it while it is fresh, agree a rhythm for talking about it, and keep an eye on the balance.</source>
        <translation>Eine Partnerschaft wird durch ehrliches Feedback in beide Richtungen besser: Die Führungskraft gibt es und holt es ein. Halten Sie es fest, solange es frisch ist, vereinbaren Sie einen Rhythmus für das Gespräch darüber und achten Sie auf die Balance.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/intro.py" line="43"/>
        <source>4 · Delegation</source>
        <translation>4 · Delegation</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/intro.py" line="44"/>
        <source>Handing over tasks is not yet delegation: responsibility has to come with decisions. Agree which decisions the assistant takes alone and which need a word first, on seven levels from &apos;the leader decides&apos; to &apos;the assistant decides&apos;.</source>
        <translation>Aufgaben abzugeben ist noch keine Delegation: Zur Verantwortung gehören Entscheidungen. Vereinbaren Sie, welche Entscheidungen die Assistenz allein trifft und welche vorher eine Abstimmung brauchen – auf sieben Stufen von „die Führungskraft entscheidet“ bis „die Assistenz entscheidet“.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/intro.py" line="53"/>
        <source>5 · Vision</source>
        <translation>5 · Vision</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/intro.py" line="54"/>
        <source>A pair that knows where it is heading becomes a partnership of equals. Write down where the leader wants to go, what part the assistant plays in it, and the goals on the way there.</source>
        <translation>Ein Tandem, das sein Ziel kennt, wird zu einer Partnerschaft auf Augenhöhe. Halten Sie fest, wohin die Führungskraft will, welche Rolle die Assistenz dabei spielt und welche Ziele auf dem Weg liegen.</translation>
    </message>
</context>
</TS>
