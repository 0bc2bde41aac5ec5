<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>TrustListPage</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/common.py" line="145"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/common.py" line="147"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>TrustWrite</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/common.py" line="36"/>
        <location filename="../../../tandem_desktop/ui/trust/common.py" line="43"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/common.py" line="37"/>
        <source>This change could not be saved: {reason}
Everything saved before is kept.</source>
        <translation>Diese Änderung konnte nicht gespeichert werden: {reason}
Alles bisher Gespeicherte bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/common.py" line="44"/>
        <source>This change was refused: {reason}</source>
        <translation>Diese Änderung wurde abgelehnt: {reason}</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/common.py" line="58"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/common.py" line="60"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
</TS>
