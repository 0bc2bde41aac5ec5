<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>MeetingMinutes</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/minutes.py" line="24"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/minutes.py" line="25"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/minutes.py" line="26"/>
        <source>Moved on to a later meeting</source>
        <translation>In eine spätere Besprechung übernommen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/minutes.py" line="28"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/minutes.py" line="29"/>
        <source>Action items</source>
        <translation>Aufgaben aus der Besprechung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/minutes.py" line="30"/>
        <source>Retrospective</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/minutes.py" line="31"/>
        <source>Rating: %1 of 5</source>
        <translation>Bewertung: %1 von 5</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/minutes.py" line="32"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/minutes.py" line="33"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/minutes.py" line="34"/>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
</context>
</TS>
