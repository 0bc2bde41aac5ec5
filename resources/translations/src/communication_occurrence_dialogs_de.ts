<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="105" />
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="117" />
        <source>Cancel check-in</source>
        <translation>Check-in absagen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="110" />
        <source>Note on the cancellation</source>
        <translation>Notiz zur Absage</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="111" />
        <source>e.g. public holiday</source>
        <translation>z. B. Feiertag</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="112" />
        <source>&amp;Note (optional):</source>
        <translation>&amp;Notiz (optional):</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="114" />
        <source>Open agenda items move on to the next check-in.</source>
        <translation>Offene Agendapunkte wandern zum nächsten Check-in.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="117" />
        <source>Keep check-in</source>
        <translation>Nicht absagen</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="140" />
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="161" />
        <source>Move check-in</source>
        <translation>Check-in verschieben</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="146" />
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="150" />
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
</context>
<context>
    <name>WhenFields</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="62" />
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="66" />
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="81" />
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="82" />
        <source>Length in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/occurrence_dialogs.py" line="83" />
        <source>&amp;Length:</source>
        <translation>&amp;Dauer:</translation>
    </message>
</context>
</TS>