<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>DecisionAdvice</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="17"/>
        <source>{leader} decides and tells you. Leave this decision to {leader}.</source>
        <translation>{leader} entscheidet und teilt es Ihnen mit. Überlassen Sie diese Entscheidung {leader}.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="19"/>
        <source>{leader} decides and explains why. Leave this decision to {leader}.</source>
        <translation>{leader} entscheidet und erklärt Ihnen, warum. Überlassen Sie diese Entscheidung {leader}.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="22"/>
        <source>Ask {leader} first; {leader} decides.</source>
        <translation>Fragen Sie zuerst {leader}; {leader} entscheidet.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="23"/>
        <source>Talk to {leader} first: you decide this together.</source>
        <translation>Sprechen Sie zuerst mit {leader}: Sie entscheiden das gemeinsam.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="25"/>
        <source>Ask {leader} for advice, then you decide.</source>
        <translation>Holen Sie sich Rat bei {leader}, dann entscheiden Sie.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="27"/>
        <source>Decide, then inform {leader}.</source>
        <translation>Entscheiden Sie, dann informieren Sie {leader}.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="28"/>
        <source>Decide on your own; no need to inform {leader}.</source>
        <translation>Entscheiden Sie selbst; {leader} müssen Sie nicht informieren.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="35"/>
        <source>You decide and tell {assistant}.</source>
        <translation>Sie entscheiden und teilen es {assistant} mit.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="36"/>
        <source>You decide and explain your reasons to {assistant}.</source>
        <translation>Sie entscheiden und erklären {assistant} Ihre Gründe.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="38"/>
        <source>Ask {assistant} for input, then you decide.</source>
        <translation>Holen Sie die Einschätzung von {assistant} ein, dann entscheiden Sie.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="40"/>
        <source>Decide together with {assistant}.</source>
        <translation>Entscheiden Sie gemeinsam mit {assistant}.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="41"/>
        <source>{assistant} decides after hearing your advice.</source>
        <translation>{assistant} entscheidet, nachdem Sie Ihren Rat gegeben haben.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="43"/>
        <source>{assistant} decides, then informs you.</source>
        <translation>{assistant} entscheidet und informiert Sie danach.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="44"/>
        <source>{assistant} decides; you need not be told.</source>
        <translation>{assistant} entscheidet; Sie müssen nicht informiert werden.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="54"/>
        <source>your leader</source>
        <translation>Ihre Führungskraft</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="55"/>
        <source>your assistant</source>
        <translation>Ihre Assistenz</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/advice.py" line="59"/>
        <source>No rule yet — ask, and consider agreeing one.</source>
        <translation>Noch keine Regel – fragen Sie nach und überlegen Sie, eine zu vereinbaren.</translation>
    </message>
</context>
</TS>
