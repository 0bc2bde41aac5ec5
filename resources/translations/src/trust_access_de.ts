<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccessPanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="41"/>
        <source>Which access items</source>
        <translation>Welche Zugänge</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="42"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="42"/>
        <source>Due for review</source>
        <translation>Zur Prüfung fällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="42"/>
        <source>Revoked</source>
        <translation>Entzogen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="42"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="43"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="44"/>
        <source>Filter by title, scope or notes</source>
        <translation>Nach Titel, Umfang oder Notizen filtern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="44"/>
        <source>Filter access items</source>
        <translation>Zugänge filtern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="45"/>
        <source>&amp;New access item…</source>
        <translation>&amp;Neuer Zugang…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="46"/>
        <source>Access items</source>
        <translation>Zugänge</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="55"/>
        <source>Selected access item</source>
        <translation>Ausgewählter Zugang</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="56"/>
        <source>Edi&amp;t…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="58"/>
        <source>Re&amp;viewed</source>
        <translation>&amp;Geprüft</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="60"/>
        <source>Still needed as it is: the next review moves on by the interval</source>
        <translation>Wird so weiter gebraucht: Die nächste Prüfung rückt um das Intervall weiter</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="62"/>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="158"/>
        <source>Re&amp;voke</source>
        <translation>Ent&amp;ziehen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="98"/>
        <source>No item matches the filter.</source>
        <translation>Kein Zugang passt zum Filter.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="99"/>
        <source>Nothing here. Record which accounts, systems, documents and budgets you share – never the passwords themselves.</source>
        <translation>Hier ist noch nichts. Halten Sie fest, welche Konten, Systeme, Dokumente und Budgets Sie teilen – niemals die Passwörter selbst.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="146"/>
        <source>Select an item to see it in full.</source>
        <translation>Wählen Sie einen Zugang aus, um ihn vollständig zu sehen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="152"/>
        <source>Scope:</source>
        <translation>Umfang:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="154"/>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="157"/>
        <source>Rein&amp;state</source>
        <translation>&amp;Wieder erteilen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="164"/>
        <source>area: {name}</source>
        <translation>Bereich: {name}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="166"/>
        <source>granted {date}</source>
        <translation>erteilt am {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="168"/>
        <source>revoked {date}</source>
        <translation>entzogen am {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="170"/>
        <source>review every %n month(s), next on {date}</source>
        <translation>
            <numerusform>Prüfung jeden Monat, nächste am {date}</numerusform>
            <numerusform>Prüfung alle %n Monate, nächste am {date}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="173"/>
        <source>in the Trash</source>
        <translation>im Papierkorb</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="225"/>
        <source>Revoked on {date}: “{title}” (see the Revoked view)</source>
        <translation>Am {date} entzogen: „{title}“ (siehe Ansicht „Entzogen“)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="235"/>
        <source>Moved to the Trash: “{title}”</source>
        <translation>In den Papierkorb verschoben: „{title}“</translation>
    </message>
</context>
<context>
    <name>AccessTableModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="113"/>
        <source>{date} · overdue</source>
        <translation>{date} · überfällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trust/access.py" line="114"/>
        <source>Revoked {date}</source>
        <translation>Entzogen am {date}</translation>
    </message>
</context>
</TS>
