<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccessItemDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="259"/>
        <source>New access item</source>
        <translation>Neuer Zugang</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="260"/>
        <source>Edit access item</source>
        <translation>Zugang bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="267"/>
        <source>e.g. Shared inbox, travel portal, card</source>
        <translation>z. B. gemeinsames Postfach, Reiseportal, Firmenkarte</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="269"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="275"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="279"/>
        <source>What may be done with it, e.g. sign invoices up to 1,000 EUR</source>
        <translation>Was damit erlaubt ist, z. B. Rechnungen bis 1.000 EUR unterschreiben</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="280"/>
        <source>&amp;Scope:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="283"/>
        <source>&amp;Granted on:</source>
        <translation>&amp;Erteilt am:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="287"/>
        <source>No regular review</source>
        <translation>Keine regelmäßige Prüfung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="288"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="289"/>
        <source>Review &amp;every:</source>
        <translation>&amp;Prüfen alle:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="292"/>
        <source>&amp;Next review:</source>
        <translation>&amp;Nächste Prüfung:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="295"/>
        <source>(no area)</source>
        <translation>(kein Bereich)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="298"/>
        <source>&amp;Area:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="302"/>
        <source>Where to find it, whom to ask – never the password itself</source>
        <translation>Wo es zu finden ist, wen man fragt – niemals das Passwort selbst</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="305"/>
        <source>N&amp;otes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="346"/>
        <source>Please give the item a title.</source>
        <translation>Bitte geben Sie dem Zugang einen Titel.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="352"/>
        <source>These notes look like they contain a password, PIN or key. Tandem is not a password safe: write down where the secret is kept instead. Change the notes, or save again to keep them.</source>
        <translation>Diese Notizen sehen aus, als enthielten sie ein Passwort, eine PIN oder einen Schlüssel. Tandem ist kein Passwort-Safe: Notieren Sie lieber, wo das Geheimnis aufbewahrt wird. Ändern Sie die Notizen oder speichern Sie noch einmal, um sie so zu behalten.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="208"/>
        <source>Answer question</source>
        <translation>Frage beantworten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="221"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="224"/>
        <source>&amp;Answer:</source>
        <translation>A&amp;ntwort:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="227"/>
        <source>Answered o&amp;n:</source>
        <translation>Beantwortet a&amp;m:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="234"/>
        <source>Please write the answer.</source>
        <translation>Bitte schreiben Sie die Antwort auf.</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="100"/>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="101"/>
        <source>Edit question</source>
        <translation>Frage bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="107"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="108"/>
        <source>What would you like to know?</source>
        <translation>Was möchten Sie wissen?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="110"/>
        <source>&amp;Question:</source>
        <translation>&amp;Frage:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="119"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="120"/>
        <source>Optional: what prompted the question</source>
        <translation>Optional: Was hat die Frage ausgelöst?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="121"/>
        <source>&amp;Context:</source>
        <translation>&amp;Kontext:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="127"/>
        <source>&amp;Urgency:</source>
        <translation>&amp;Dringlichkeit:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="133"/>
        <source>{name} (me)</source>
        <translation>{name} (ich)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="135"/>
        <source>Asked &amp;by:</source>
        <translation>Gefragt &amp;von:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="138"/>
        <source>Asked &amp;on:</source>
        <translation>Gefragt &amp;am:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="151"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="153"/>
        <source>&amp;Answer:</source>
        <translation>A&amp;ntwort:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="156"/>
        <source>Answered o&amp;n:</source>
        <translation>Beantwortet a&amp;m:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="173"/>
        <source>Already answered – look before you ask:</source>
        <translation>Schon beantwortet – erst nachsehen, dann fragen:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="181"/>
        <source>Please write the question.</source>
        <translation>Bitte schreiben Sie die Frage auf.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/dialogs.py" line="184"/>
        <source>An answered question needs its answer.</source>
        <translation>Eine beantwortete Frage braucht ihre Antwort.</translation>
    </message>
</context>
</TS>
