<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>TrustWrite</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_common.py" line="19"/>
        <location filename="../../../tandem_desktop/ui/tabs/trust_common.py" line="26"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_common.py" line="20"/>
        <source>This change could not be saved: {reason}
Everything saved before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_common.py" line="27"/>
        <source>This change was refused: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_common.py" line="41"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_common.py" line="43"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
