<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccessPanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="40" />
        <source>Which access items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="41" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="41" />
        <source>Due for review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="41" />
        <source>Revoked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="41" />
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="42" />
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="43" />
        <source>Filter by title, scope or notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="43" />
        <source>Filter access items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="44" />
        <source>&amp;New access item…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="45" />
        <source>Access items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="54" />
        <source>Selected access item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="55" />
        <source>Edi&amp;t…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="57" />
        <source>Re&amp;viewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="59" />
        <source>Still needed as it is: the next review moves on by the interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="61" />
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="156" />
        <source>Re&amp;voke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="96" />
        <source>No item matches the filter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="97" />
        <source>Nothing here. Record which accounts, systems, documents and budgets you share – never the passwords themselves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="144" />
        <source>Select an item to see it in full.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="150" />
        <source>Scope:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="152" />
        <source>Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="155" />
        <source>Rein&amp;state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="162" />
        <source>area: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="164" />
        <source>granted {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="166" />
        <source>revoked {date}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="168" />
        <source>review every %n month(s), next on {date}</source>
        <translation>
            <numerusform>review every month, next on {date}</numerusform>
            <numerusform>review every %n months, next on {date}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="171" />
        <source>in the Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="223" />
        <source>Revoked on {date}: “{title}” (see the Revoked view)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="233" />
        <source>Moved to the Trash: “{title}”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AccessTableModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="111" />
        <source>{date} · overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="112" />
        <source>Revoked {date}</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>