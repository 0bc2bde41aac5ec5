<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccessItemDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="267"/>
        <source>New access item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="268"/>
        <source>Edit access item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="275"/>
        <source>e.g. Shared inbox, travel portal, card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="277"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="283"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="287"/>
        <source>What may be done with it, e.g. sign invoices up to 1,000 EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="288"/>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="291"/>
        <source>&amp;Granted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="295"/>
        <source>No regular review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="296"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="297"/>
        <source>Review &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="300"/>
        <source>&amp;Next review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="303"/>
        <source>(no area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="306"/>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="310"/>
        <source>Where to find it, whom to ask – never the password itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="313"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="354"/>
        <source>Please give the item a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="360"/>
        <source>These notes look like they contain a password, PIN or key. Tandem is not a password safe: write down where the secret is kept instead. Change the notes, or save again to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="216"/>
        <source>Answer question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="229"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="232"/>
        <source>&amp;Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="235"/>
        <source>Answered o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="242"/>
        <source>Please write the answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="108"/>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="109"/>
        <source>Edit question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="115"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="116"/>
        <source>What would you like to know?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="118"/>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="127"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="128"/>
        <source>Optional: what prompted the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="129"/>
        <source>&amp;Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="135"/>
        <source>&amp;Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="141"/>
        <source>{name} (me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="143"/>
        <source>Asked &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="146"/>
        <source>Asked &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="159"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="161"/>
        <source>&amp;Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="164"/>
        <source>Answered o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="181"/>
        <source>Already answered – look before you ask:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="189"/>
        <source>Please write the question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="192"/>
        <source>An answered question needs its answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
