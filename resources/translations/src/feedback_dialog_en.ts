<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="58"/>
        <source>Edit feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="58"/>
        <source>Log feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="62"/>
        <source>I give feedback to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="65"/>
        <source>I receive feedback from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="75"/>
        <source>When and where? e.g. yesterday&apos;s call with the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="76"/>
        <source>What exactly was done or said?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="77"/>
        <source>What did it lead to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="78"/>
        <source>What would help next time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="82"/>
        <source>The receiver asked for this feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="83"/>
        <source>Private: stays on this computer, never shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="91"/>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="94"/>
        <source>D&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="98"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="101"/>
        <source>&amp;Situation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="102"/>
        <source>&amp;Behaviour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="103"/>
        <source>&amp;Impact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="104"/>
        <source>&amp;Request / next step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="108"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/dialog.py" line="166"/>
        <source>Write at least one of situation, behaviour, impact or request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
