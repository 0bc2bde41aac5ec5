<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="58"/>
        <source>Edit feedback</source>
        <translation>Feedback bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="58"/>
        <source>Log feedback</source>
        <translation>Feedback notieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="62"/>
        <source>I give feedback to {name}</source>
        <translation>Ich gebe {name} Feedback</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="65"/>
        <source>I receive feedback from {name}</source>
        <translation>Ich erhalte Feedback von {name}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="75"/>
        <source>When and where? e.g. yesterday&apos;s call with the bank</source>
        <translation>Wann und wo? z. B. das gestrige Telefonat mit der Bank</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="76"/>
        <source>What exactly was done or said?</source>
        <translation>Was genau wurde getan oder gesagt?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="77"/>
        <source>What did it lead to?</source>
        <translation>Was hat es bewirkt?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="78"/>
        <source>What would help next time?</source>
        <translation>Was würde beim nächsten Mal helfen?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="82"/>
        <source>The receiver asked for this feedback</source>
        <translation>Um dieses Feedback wurde gebeten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="83"/>
        <source>Private: stays on this computer, never shared</source>
        <translation>Privat: bleibt auf diesem Computer, wird nie geteilt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="91"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="94"/>
        <source>D&amp;ate:</source>
        <translation>D&amp;atum:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="98"/>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="101"/>
        <source>&amp;Situation:</source>
        <translation>&amp;Situation:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="102"/>
        <source>&amp;Behaviour:</source>
        <translation>&amp;Verhalten:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="103"/>
        <source>&amp;Impact:</source>
        <translation>&amp;Wirkung:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="104"/>
        <source>&amp;Request / next step:</source>
        <translation>Wu&amp;nsch / nächster Schritt:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="108"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="166"/>
        <source>Write at least one of situation, behaviour, impact or request.</source>
        <translation>Bitte mindestens eines ausfüllen: Situation, Verhalten, Wirkung oder Wunsch.</translation>
    </message>
</context>
</TS>
