<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="42"/>
        <source>Cancel check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="47"/>
        <source>Note on the cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="48"/>
        <source>e.g. public holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="49"/>
        <source>&amp;Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="51"/>
        <source>Open agenda items move on to the next check-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="75"/>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="116"/>
        <source>Move check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="81"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="85"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="92"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="97"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="98"/>
        <source>Length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="99"/>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
