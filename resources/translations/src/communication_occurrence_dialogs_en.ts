<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="85"/>
        <source>Cancel check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="90"/>
        <source>Note on the cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="91"/>
        <source>e.g. public holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="92"/>
        <source>&amp;Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="94"/>
        <source>Open agenda items move on to the next check-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="118"/>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="136"/>
        <source>Move check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="122"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhenFields</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="42"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="46"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="61"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="62"/>
        <source>Length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="63"/>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
