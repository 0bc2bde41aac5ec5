<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>DelegationBoard</name>
    <message>
        <location filename="../../../tandem_desktop/ui/delegation/board.py" line="226"/>
        <source>Delegation board</source>
        <translation>Delegation-Board</translation>
    </message>
</context>
</TS>
