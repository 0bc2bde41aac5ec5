<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccessPanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="41"/>
        <source>Which access items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="42"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="42"/>
        <source>Due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="42"/>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="42"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="43"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="44"/>
        <source>Filter by title, scope or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="44"/>
        <source>Filter access items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="45"/>
        <source>&amp;New access item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="46"/>
        <source>Access items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="55"/>
        <source>Selected access item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="56"/>
        <source>Edi&amp;t…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="58"/>
        <source>Re&amp;viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="60"/>
        <source>Still needed as it is: the next review moves on by the interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="62"/>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="158"/>
        <source>Re&amp;voke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="98"/>
        <source>No item matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="99"/>
        <source>Nothing here. Record which accounts, systems, documents and budgets you share – never the passwords themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="146"/>
        <source>Select an item to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="152"/>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="154"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="157"/>
        <source>Rein&amp;state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="164"/>
        <source>area: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="166"/>
        <source>granted {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="168"/>
        <source>revoked {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="170"/>
        <source>review every %n month(s), next on {date}</source>
        <translation>
            <numerusform>review every month, next on {date}</numerusform>
            <numerusform>review every %n months, next on {date}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="173"/>
        <source>in the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="225"/>
        <source>Revoked on {date}: “{title}” (see the Revoked view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="235"/>
        <source>Moved to the Trash: “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessTableModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="113"/>
        <source>{date} · overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="114"/>
        <source>Revoked {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
