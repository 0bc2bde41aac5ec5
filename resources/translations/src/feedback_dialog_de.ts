<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_dialog.py" line="59"/>
        <source>Edit feedback</source>
        <translation>Feedback bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_dialog.py" line="59"/>
        <source>Log feedback</source>
        <translation>Feedback notieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_dialog.py" line="63"/>
        <source>I give feedback to {name}</source>
        <translation>Ich gebe {name} Feedback</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_dialog.py" line="66"/>
        <source>I receive feedback from {name}</source>
        <translation>Ich erhalte Feedback von {name}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_dialog.py" line="78"/>
        <source>When and where? e.g. yesterday&apos;s call with the bank</source>
        <translation>Wann und wo? z. B. das gestrige Telefonat mit der Bank</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_dialog.py" line="79"/>
        <source>What exactly was done or said?</source>
        <translation>Was genau wurde getan oder gesagt?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_dialog.py" line="80"/>
        <source>What did it lead to?</source>
        <translation>Was hat es bewirkt?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_dialog.py" line="81"/>
        <source>What would help next time?</source>
        <translation>Was würde beim nächsten Mal helfen?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_dialog.py" line="85"/>
        <source>The receiver asked for this feedback</source>
        <translation>Um dieses Feedback wurde gebeten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_dialog.py" line="86"/>
        <source>Private: stays on this computer, never shared</source>
        <translation>Privat: bleibt auf diesem Computer, wird nie geteilt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_dialog.py" line="94"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_dialog.py" line="97"/>
        <source>D&amp;ate:</source>
        <translation>D&amp;atum:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_dialog.py" line="101"/>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_dialog.py" line="104"/>
        <source>&amp;Situation:</source>
        <translation>&amp;Situation:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_dialog.py" line="105"/>
        <source>&amp;Behaviour:</source>
        <translation>&amp;Verhalten:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_dialog.py" line="106"/>
        <source>&amp;Impact:</source>
        <translation>&amp;Wirkung:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_dialog.py" line="107"/>
        <source>&amp;Request / next step:</source>
        <translation>Wu&amp;nsch / nächster Schritt:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_dialog.py" line="111"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/feedback_dialog.py" line="169"/>
        <source>Write at least one of situation, behaviour, impact or request.</source>
        <translation>Bitte mindestens eines ausfüllen: Situation, Verhalten, Wirkung oder Wunsch.</translation>
    </message>
</context>
</TS>
