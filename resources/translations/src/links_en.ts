<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Links</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/links.py" line="45"/>
        <source>Link not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/links.py" line="46"/>
        <source>Only web addresses (http, https) and e-mail addresses (mailto) can be opened. This is not one:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/links.py" line="52"/>
        <source>Open link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/links.py" line="53"/>
        <source>Open this address with the program your system uses for it?

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
