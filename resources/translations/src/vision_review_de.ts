<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ReviewBar</name>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/review.py" line="32"/>
        <source>Mark reviewed</source>
        <translation>Als überprüft markieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/review.py" line="34"/>
        <source>We looked at the vision and the goals together today.</source>
        <translation>Wir haben uns Vision und Ziele heute gemeinsam angesehen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/review.py" line="35"/>
        <source>Put on next check-in</source>
        <translation>Auf den nächsten Check-in setzen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/review.py" line="37"/>
        <source>Add a review of the vision to the agenda of the next check-in.</source>
        <translation>Eine Überprüfung der Vision auf die Agenda des nächsten Check-ins setzen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/review.py" line="59"/>
        <source>The vision has not been reviewed together yet.</source>
        <translation>Die Vision wurde noch nicht gemeinsam überprüft.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/review.py" line="61"/>
        <source>Last reviewed together: today.</source>
        <translation>Zuletzt gemeinsam überprüft: heute.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/vision/review.py" line="63"/>
        <source>Last reviewed together: {date} (%n day(s) ago).</source>
        <translation>
            <numerusform>Zuletzt gemeinsam überprüft: {date} (vor %n Tag).</numerusform>
            <numerusform>Zuletzt gemeinsam überprüft: {date} (vor %n Tagen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/vision/review.py" line="67"/>
        <source>More than %n day(s) have passed: time to look at the vision and the goals together again.</source>
        <translation>
            <numerusform>Mehr als %n Tag ist vergangen: Zeit, Vision und Ziele wieder gemeinsam anzusehen.</numerusform>
            <numerusform>Mehr als %n Tage sind vergangen: Zeit, Vision und Ziele wieder gemeinsam anzusehen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/review.py" line="71"/>
        <source>A review is on the agenda for the next check-in.</source>
        <translation>Eine Überprüfung steht auf der Agenda des nächsten Check-ins.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/review.py" line="107"/>
        <source>Review the vision and our goals together</source>
        <translation>Vision und Ziele gemeinsam überprüfen</translation>
    </message>
</context>
</TS>
