<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccessPanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="55" />
        <source>Which access items</source>
        <translation>Welche Zugänge</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="57" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="57" />
        <source>Due for review</source>
        <translation>Zur Prüfung fällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="57" />
        <source>Revoked</source>
        <translation>Entzogen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="57" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="58" />
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="64" />
        <source>Filter by title, scope or notes</source>
        <translation>Nach Titel, Umfang oder Notizen filtern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="65" />
        <source>Filter access items</source>
        <translation>Zugänge filtern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="67" />
        <source>&amp;New access item…</source>
        <translation>&amp;Neuer Zugang…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="88" />
        <source>Access items</source>
        <translation>Zugänge</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="99" />
        <source>Selected access item</source>
        <translation>Ausgewählter Zugang</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="100" />
        <source>Edi&amp;t…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="102" />
        <source>Re&amp;viewed</source>
        <translation>&amp;Geprüft</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="104" />
        <source>Still needed as it is: the next review moves on by the interval</source>
        <translation>Wird so weiter gebraucht: Die nächste Prüfung rückt um das Intervall weiter</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="106" />
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="282" />
        <source>Re&amp;voke</source>
        <translation>Ent&amp;ziehen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="108" />
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="110" />
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="183" />
        <source>No item matches the filter.</source>
        <translation>Kein Zugang passt zum Filter.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="184" />
        <source>Nothing here. Record which accounts, systems, documents and budgets you share – never the passwords themselves.</source>
        <translation>Hier ist noch nichts. Halten Sie fest, welche Konten, Systeme, Dokumente und Budgets Sie teilen – niemals die Passwörter selbst.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="270" />
        <source>Select an item to see it in full.</source>
        <translation>Wählen Sie einen Zugang aus, um ihn vollständig zu sehen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="276" />
        <source>Scope:</source>
        <translation>Umfang:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="278" />
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="281" />
        <source>Rein&amp;state</source>
        <translation>&amp;Wieder erteilen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="288" />
        <source>area: {name}</source>
        <translation>Bereich: {name}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="290" />
        <source>granted {date}</source>
        <translation>erteilt am {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="292" />
        <source>revoked {date}</source>
        <translation>entzogen am {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="294" />
        <source>review every {months} months, next on {date}</source>
        <translation>Prüfung alle {months} Monate, nächste am {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="297" />
        <source>in the Trash</source>
        <translation>im Papierkorb</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="362" />
        <source>Revoked on {date}: “{title}” (see the Revoked view)</source>
        <translation>Am {date} entzogen: „{title}“ (siehe Ansicht „Entzogen“)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="372" />
        <source>Moved to the Trash: “{title}”</source>
        <translation>In den Papierkorb verschoben: „{title}“</translation>
    </message>
</context>
<context>
    <name>AccessTableModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="218" />
        <source>{date} · overdue</source>
        <translation>{date} · überfällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/trust_access.py" line="219" />
        <source>Revoked {date}</source>
        <translation>Entzogen am {date}</translation>
    </message>
</context>
</TS>