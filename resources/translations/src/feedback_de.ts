<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>FeedbackTab</name>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="69"/>
        <source>Direction filter</source>
        <translation>Filter nach Richtung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="71"/>
        <source>Kind filter</source>
        <translation>Filter nach Art</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="72"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="76"/>
        <source>Status filter</source>
        <translation>Filter nach Status</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="77"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="81"/>
        <source>Search feedback…</source>
        <translation>Feedback durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="83"/>
        <source>Search feedback</source>
        <translation>Feedback durchsuchen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="84"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="85"/>
        <source>Show deleted feedback, to restore it</source>
        <translation>Gelöschtes Feedback anzeigen, um es wiederherzustellen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="98"/>
        <source>Feedback log</source>
        <translation>Feedback-Protokoll</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="114"/>
        <source>Show more</source>
        <translation>Mehr anzeigen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="125"/>
        <source>Private: stays on this computer</source>
        <translation>Privat: bleibt auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="145"/>
        <source>&amp;New feedback…</source>
        <translation>&amp;Neues Feedback…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="146"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="147"/>
        <source>Put on next &amp;check-in</source>
        <translation>Auf den nächsten &amp;Check-in setzen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="148"/>
        <source>Mark &amp;discussed</source>
        <translation>Als &amp;besprochen markieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="149"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="150"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="230"/>
        <source>Feedback…</source>
        <translation>Feedback…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="242"/>
        <source>Both directions</source>
        <translation>Beide Richtungen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="243"/>
        <source>I give</source>
        <translation>Ich gebe</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="244"/>
        <source>I receive</source>
        <translation>Ich erhalte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="321"/>
        <source>Showing the newest {shown} of %n entries. Narrow the filters or show more.</source>
        <translation>
            <numerusform>Angezeigt werden die neuesten {shown} von %n Eintrag. Filter eingrenzen oder mehr anzeigen.</numerusform>
            <numerusform>Die neuesten {shown} von %n Einträgen werden angezeigt. Filter eingrenzen oder mehr anzeigen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="338"/>
        <source>The Trash holds no feedback.</source>
        <translation>Im Papierkorb liegt kein Feedback.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="340"/>
        <source>No feedback matches these filters.</source>
        <translation>Kein Feedback passt zu diesen Filtern.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="342"/>
        <source>No feedback yet. Note the first one with “New feedback…”: what happened, what it led to, what would help.</source>
        <translation>Noch kein Feedback. Notieren Sie das erste mit „Neues Feedback…“: was passiert ist, was es bewirkt hat, was helfen würde.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="386"/>
        <source>On the agenda for the next check-in.</source>
        <translation>Steht auf der Agenda für den nächsten Check-in.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="388"/>
        <source>Discussed.</source>
        <translation>Besprochen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="390"/>
        <source>Not on an agenda yet.</source>
        <translation>Noch auf keiner Agenda.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="398"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="399"/>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="400"/>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="401"/>
        <source>Request / next step</source>
        <translation>Wunsch / nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="405"/>
        <source>The receiver asked for this feedback.</source>
        <translation>Um dieses Feedback wurde gebeten.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="492"/>
        <source>Private feedback of {date} (details stay on this computer)</source>
        <translation>Privates Feedback vom {date} (Einzelheiten bleiben auf diesem Computer)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="494"/>
        <source>Feedback ({direction}): {summary}</source>
        <translation>Feedback ({direction}): {summary}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="519"/>
        <source>Delete feedback</source>
        <translation>Feedback löschen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/feedback/tab.py" line="520"/>
        <source>Move this feedback to the Trash? You can restore it from there.

{text}</source>
        <translation>Dieses Feedback in den Papierkorb verschieben? Von dort lässt es sich wiederherstellen.

{text}</translation>
    </message>
</context>
</TS>
