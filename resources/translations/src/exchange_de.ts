<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Archive</name>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/export.py" line="51" />
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/export.py" line="53" />
        <source>there is no tandem called “{name}” (tandems: {known})</source>
        <translation>es gibt kein Tandem namens „{name}“ (Tandems: {known})</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/reading.py" line="20" />
        <source>the file is {size} MB; archives may be at most {limit} MB</source>
        <translation>die Datei ist {size} MB groß; Archive dürfen höchstens {limit} MB groß sein</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/reading.py" line="28" />
        <source>the file cannot be read: {reason}</source>
        <translation>die Datei kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="32" />
        <source>the file is larger than {limit} MB</source>
        <translation>die Datei ist größer als {limit} MB</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="40" />
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="44" />
        <source>this is not a text file (a zero byte at byte {offset}); a Tandem archive is JSON text</source>
        <translation>das ist keine Textdatei (ein Null-Byte an Byte {offset}); ein Tandem-Archiv ist JSON-Text</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="55" />
        <source>this is not UTF-8 text (byte {offset} cannot be read); a Tandem archive is JSON text</source>
        <translation>das ist kein UTF-8-Text (Byte {offset} ist nicht lesbar); ein Tandem-Archiv ist JSON-Text</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="75" />
        <source>the file ends too early, it is probably cut off ({reason})</source>
        <translation>die Datei endet zu früh, sie ist vermutlich abgeschnitten ({reason})</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="81" />
        <source>this is not valid JSON: {reason}</source>
        <translation>das ist kein gültiges JSON: {reason}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="86" />
        <source>the file is nested too deeply to be an archive</source>
        <translation>die Datei ist zu tief verschachtelt für ein Archiv</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="92" />
        <source>the file holds a value that cannot be read: {reason}</source>
        <translation>die Datei enthält einen Wert, der nicht lesbar ist: {reason}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="100" />
        <source>a text is longer than the {limit} characters a field may hold</source>
        <translation>ein Text ist länger als die {limit} Zeichen, die ein Feld fassen kann</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="149" />
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="216" />
        <source>the file holds {name}, which is not a number</source>
        <translation>die Datei enthält {name}, und das ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="158" />
        <source>the number {text} is too large</source>
        <translation>die Zahl {text} ist zu groß</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="167" />
        <source>the key “{key}” appears twice in one object</source>
        <translation>der Schlüssel „{key}“ kommt in einem Objekt zweimal vor</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="178" />
        <source>{source}, line {line}, column {column}</source>
        <translation>{source}, Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="197" />
        <source>a text of {size} characters is longer than the {limit} a field may hold</source>
        <translation>ein Text mit {size} Zeichen ist länger als die {limit}, die ein Feld fassen darf</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="207" />
        <source>the data is nested more than {limit} levels deep</source>
        <translation>die Daten sind tiefer als {limit} Ebenen verschachtelt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="52" />
        <source>the file does not hold a Tandem archive (no object at the top)</source>
        <translation>die Datei enthält kein Tandem-Archiv (oben steht kein Objekt)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="57" />
        <source>the file is not a Tandem archive (format is {found}, expected “{expected}”)</source>
        <translation>die Datei ist kein Tandem-Archiv (Format ist {found}, erwartet „{expected}“)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="66" />
        <source>the archive version {found} is not valid</source>
        <translation>die Archivversion {found} ist ungültig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="73" />
        <source>the archive has version {found}, made by a newer Tandem; this app reads up to version {supported}. Update Tandem to import it.</source>
        <translation>das Archiv hat Version {found} und stammt von einem neueren Tandem; diese App liest bis Version {supported}. Aktualisiere Tandem, um es zu importieren.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="84" />
        <source>unknown entry “{name}” at the top of the archive</source>
        <translation>unbekannter Eintrag „{name}“ oben im Archiv</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="92" />
        <source>“exported_at” must be a UTC time like 2026-01-31T09:00:00Z</source>
        <translation>„exported_at“ muss eine UTC-Zeit wie 2026-01-31T09:00:00Z sein</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="97" />
        <source>“include_private” must be true or false</source>
        <translation>„include_private“ muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="100" />
        <source>“tandems” must be a list</source>
        <translation>„tandems“ muss eine Liste sein</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="57" />
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="132" />
        <source>each tandem must be an object</source>
        <translation>jedes Tandem muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="137" />
        <source>unknown entry “{name}”</source>
        <translation>unbekannter Eintrag „{name}“</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="144" />
        <source>“records” must be an object of lists</source>
        <translation>„records“ muss ein Objekt aus Listen sein</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="149" />
        <source>unknown kind of record “{name}”</source>
        <translation>unbekannte Art von Eintrag „{name}“</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="154" />
        <source>must be a list of records</source>
        <translation>muss eine Liste von Einträgen sein</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="162" />
        <source>tandem_id “{found}” does not match the tandem it is filed under (“{expected}”)</source>
        <translation>tandem_id „{found}“ passt nicht zu dem Tandem, unter dem der Eintrag steht („{expected}“)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="184" />
        <source>must be an object with the record's fields</source>
        <translation>muss ein Objekt mit den Feldern des Eintrags sein</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="196" />
        <source>unknown field “{name}”</source>
        <translation>unbekanntes Feld „{name}“</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="203" />
        <source>the field “{name}” is missing</source>
        <translation>das Feld „{name}“ fehlt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="217" />
        <source>the field “{name}” is not valid: {reason}</source>
        <translation>das Feld „{name}“ ist ungültig: {reason}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="241" />
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="157" />
        <source>the id “{id}” appears twice (first at {first})</source>
        <translation>die ID „{id}“ kommt zweimal vor (zuerst bei {first})</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="266" />
        <source>the field “{name}” refers to {target} “{id}”, which is not in the file</source>
        <translation>das Feld „{name}“ verweist auf {target} „{id}“, das nicht in der Datei steht</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="104" />
        <source>the field “{name}” must be {expected}, not {found}</source>
        <translation>das Feld „{name}“ muss {expected} sein, nicht {found}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="121" />
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="122" />
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="123" />
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="124" />
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="125" />
        <source>a list of texts</source>
        <translation>eine Liste von Texten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="126" />
        <source>an object of whole numbers</source>
        <translation>ein Objekt aus ganzen Zahlen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="129" />
        <source>{kind} or null</source>
        <translation>{kind} oder null</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="135" />
        <source>the field “{name}” holds {size} characters; at most {limit} are allowed</source>
        <translation>das Feld „{name}“ enthält {size} Zeichen; erlaubt sind höchstens {limit}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="146" />
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="141" />
        <source>the id must be a text of 1 to {limit} characters</source>
        <translation>die ID muss ein Text mit 1 bis {limit} Zeichen sein</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="154" />
        <source>the field “{name}” must be a UTC time like 2026-01-31T09:00:00Z, not {found}</source>
        <translation>das Feld „{name}“ muss eine UTC-Zeit wie 2026-01-31T09:00:00Z sein, nicht {found}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="165" />
        <source>the field “{name}” must be a date like 2026-01-31, not {found}</source>
        <translation>das Feld „{name}“ muss ein Datum wie 2026-01-31 sein, nicht {found}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/importing.py" line="54" />
        <location filename="../../../tandem_desktop/exchange/archive/merging.py" line="290" />
        <source>the database refused this record: {reason}</source>
        <translation>die Datenbank hat diesen Eintrag abgelehnt: {reason}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/merging.py" line="132" />
        <source>the database refused a change of the file: {reason}</source>
        <translation>die Datenbank hat eine Änderung aus der Datei abgelehnt: {reason}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/merging.py" line="226" />
        <location filename="../../../tandem_desktop/exchange/archive/planning.py" line="97" />
        <source>a record with this id already belongs to another tandem</source>
        <translation>ein Eintrag mit dieser ID gehört bereits zu einem anderen Tandem</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="47" />
        <source>feedback marked private carries no stamps</source>
        <translation>als privat markiertes Feedback trägt keine Zeitstempel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="52" />
        <source>“stamps” must be an object with the clock stamp of every field</source>
        <translation>„stamps“ muss ein Objekt mit dem Zeitstempel jedes Feldes sein</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="61" />
        <source>“replaced” must be an object of clock stamps</source>
        <translation>„replaced“ muss ein Objekt aus Zeitstempeln sein</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="70" />
        <source>“stamps” has no stamp for the field “{name}”</source>
        <translation>„stamps“ enthält keinen Zeitstempel für das Feld „{name}“</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="80" />
        <source>“undone_delete” must be a UTC time like 2026-01-31T09:00:00Z</source>
        <translation>„undone_delete“ muss eine UTC-Zeit wie 2026-01-31T09:00:00Z sein</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="87" />
        <source>a deleted record has no “undone_delete”</source>
        <translation>ein gelöschter Eintrag hat kein „undone_delete“</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="98" />
        <source>“{key}” names a field this record does not sync: “{name}”</source>
        <translation>„{key}“ nennt ein Feld, das dieser Eintrag nicht abgleicht: „{name}“</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="104" />
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="148" />
        <source>the stamp of “{name}” must look like 1764410400000-0000-0123456789abcdef, not {found}</source>
        <translation>der Zeitstempel von „{name}“ muss wie 1764410400000-0000-0123456789abcdef aussehen, nicht {found}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="118" />
        <source>“tombstones” must be a list</source>
        <translation>„tombstones“ muss eine Liste sein</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="125" />
        <source>a tombstone must be an object with “kind”, “id” and “stamp”</source>
        <translation>ein Löschvermerk muss ein Objekt mit „kind“, „id“ und „stamp“ sein</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="133" />
        <source>unknown kind of record {found}</source>
        <translation>unbekannte Art von Eintrag {found}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="158" />
        <source>an earlier tombstone</source>
        <translation>einem früheren Löschvermerk</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="175" />
        <source>the record “{id}” is in the file and also deleted for good in it</source>
        <translation>der Eintrag „{id}“ steht in der Datei und ist darin zugleich endgültig gelöscht</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/exchange/archive/summary.py" line="16" />
        <source>%n record(s) deleted for good, as in the file.</source>
        <translation>
            <numerusform>%n Eintrag endgültig gelöscht, wie in der Datei.</numerusform>
            <numerusform>%n Einträge endgültig gelöscht, wie in der Datei.</numerusform>
        </translation></message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/exchange/archive/summary.py" line="19" />
        <source>%n record(s) came back: deleted here, but changed later in the file.</source>
        <translation>
            <numerusform>%n Eintrag ist zurück: hier gelöscht, in der Datei aber später geändert.</numerusform>
            <numerusform>%n Einträge sind zurück: hier gelöscht, in der Datei aber später geändert.</numerusform>
        </translation></message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/exchange/archive/summary.py" line="23" />
        <source>%n text(s) were changed on both sides: the version that lost is kept as a conflict for you to review.</source>
        <translation>
            <numerusform>%n Text wurde auf beiden Seiten geändert: Die unterlegene Fassung bleibt als Konflikt zur Durchsicht erhalten.</numerusform>
            <numerusform>%n Texte wurden auf beiden Seiten geändert: Die unterlegenen Fassungen bleiben als Konflikte zur Durchsicht erhalten.</numerusform>
        </translation></message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/exchange/archive/summary.py" line="31" />
        <source>%n change(s) wait for records that have not arrived yet.</source>
        <translation>
            <numerusform>%n Änderung wartet auf Einträge, die noch nicht angekommen sind.</numerusform>
            <numerusform>%n Änderungen warten auf Einträge, die noch nicht angekommen sind.</numerusform>
        </translation></message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/exchange/archive/summary.py" line="35" />
        <source>%n change(s) carry a time more than a day ahead of this computer's clock and wait until then (is one of the clocks wrong?).</source>
        <translation>
            <numerusform>%n Änderung trägt eine Zeit, die der Uhr dieses Computers mehr als einen Tag voraus ist, und wartet bis dahin (geht eine der Uhren falsch?).</numerusform>
            <numerusform>%n Änderungen tragen eine Zeit, die der Uhr dieses Computers mehr als einen Tag voraus ist, und warten bis dahin (geht eine der Uhren falsch?).</numerusform>
        </translation></message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/exchange/archive/summary.py" line="39" />
        <source>%n change(s) come from a newer version of Tandem and wait until this one is updated.</source>
        <translation>
            <numerusform>%n Änderung stammt aus einer neueren Version von Tandem und wartet, bis diese hier aktualisiert ist.</numerusform>
            <numerusform>%n Änderungen stammen aus einer neueren Version von Tandem und warten, bis diese hier aktualisiert ist.</numerusform>
        </translation></message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/exchange/archive/summary.py" line="43" />
        <source>%n change(s) concern feedback marked private here and wait until it is shared again.</source>
        <translation>
            <numerusform>%n Änderung betrifft Feedback, das hier als privat markiert ist, und wartet, bis es wieder geteilt wird.</numerusform>
            <numerusform>%n Änderungen betreffen Feedback, das hier als privat markiert ist, und warten, bis es wieder geteilt wird.</numerusform>
        </translation></message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/exchange/archive/summary.py" line="52" />
        <source>The file would delete %n record(s) here. So many deletions at once wait for your confirmation.</source>
        <translation>
            <numerusform>Die Datei würde hier %n Eintrag löschen. So viele Löschungen auf einmal warten auf Ihre Bestätigung.</numerusform>
            <numerusform>Die Datei würde hier %n Einträge löschen. So viele Löschungen auf einmal warten auf Ihre Bestätigung.</numerusform>
        </translation></message>
    <message>
        <location filename="../../../tandem_desktop/exchange/commands.py" line="151" />
        <source>Nothing was imported; the database is unchanged.</source>
        <translation>Nichts wurde importiert; die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/commands.py" line="160" />
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/commands.py" line="161" />
        <source>imported {names}: {added} added, {updated} updated, {skipped} already there and kept</source>
        <translation>{names} importiert: {added} neu, {updated} aktualisiert, {skipped} schon vorhanden und behalten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/commands.py" line="167" />
        <source>To make them, import the file again with --update --confirm-deletions.</source>
        <translation>Um sie auszuführen, importieren Sie die Datei noch einmal mit --update --confirm-deletions.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/commands.py" line="170" />
        <source>backup taken before the import: {path}</source>
        <translation>Sicherung vor dem Import angelegt: {path}</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../../tandem_desktop/exchange/ics.py" line="48" />
        <source>Agenda:</source>
        <translation>Agenda:</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="107" />
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="128" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="129" />
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="130" />
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="131" />
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="132" />
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="164" />
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="196" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="133" />
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="134" />
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="224" />
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="135" />
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="136" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="159" />
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="160" />
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="161" />
        <source>Asked by</source>
        <translation>Gefragt von</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="162" />
        <source>Asked on</source>
        <translation>Gefragt am</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="163" />
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="165" />
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="166" />
        <source>Answered on</source>
        <translation>Beantwortet am</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="188" />
        <source>Given on</source>
        <translation>Gegeben am</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="189" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="190" />
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="191" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="192" />
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="193" />
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="194" />
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="195" />
        <source>Request</source>
        <translation>Bitte</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="223" />
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="225" />
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="226" />
        <source>Target level</source>
        <translation>Zielstufe</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="227" />
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="228" />
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="229" />
        <source>Agreed on</source>
        <translation>Vereinbart am</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="230" />
        <source>Review on</source>
        <translation>Überprüfen am</translation>
    </message>
</context>
<context>
    <name>ExchangeMenus</name>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="91" />
        <source>Include private content</source>
        <translation>Private Inhalte einschließen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="94" />
        <source>Also export private meeting notes and feedback marked private</source>
        <translation>Auch private Besprechungsnotizen und als privat markiertes Feedback exportieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="102" />
        <source>Archive of this tandem (JSON)…</source>
        <translation>Archiv dieses Tandems (JSON)…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="104" />
        <source>Archive of all tandems (JSON)…</source>
        <translation>Archiv aller Tandems (JSON)…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="108" />
        <source>Handbook (PDF)…</source>
        <translation>Handbuch (PDF)…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="110" />
        <source>Handbook (Markdown)…</source>
        <translation>Handbuch (Markdown)…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="114" />
        <source>Tasks (CSV)…</source>
        <translation>Aufgaben (CSV)…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="115" />
        <source>Questions (CSV)…</source>
        <translation>Fragen (CSV)…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="116" />
        <source>Feedback (CSV)…</source>
        <translation>Feedback (CSV)…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="117" />
        <source>Decision rules (CSV)…</source>
        <translation>Entscheidungsregeln (CSV)…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="122" />
        <source>Check-ins for the calendar (iCalendar)…</source>
        <translation>Check-ins für den Kalender (iCalendar)…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="127" />
        <source>Archive (JSON)…</source>
        <translation>Archiv (JSON)…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="150" />
        <source>Import an archive</source>
        <translation>Archiv importieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="151" />
        <source>Tandem archives (*.json);;All files (*)</source>
        <translation>Tandem-Archive (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="158" />
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="180" />
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="201" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="161" />
        <source>%n record(s) of this file are already here. Keep yours, or replace them with the file's version?</source>
        <translation>
            <numerusform>%n Eintrag dieser Datei ist hier schon vorhanden. Ihren behalten oder durch die Fassung aus der Datei ersetzen?</numerusform>
            <numerusform>%n Einträge dieser Datei sind hier schon vorhanden. Ihre behalten oder durch die Fassung aus der Datei ersetzen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="236" />
        <source>{records} of %n tandem(s) written to
{path}</source>
        <translation>
            <numerusform>{records} aus %n Tandem gespeichert in
{path}</numerusform>
            <numerusform>{records} aus %n Tandems gespeichert in
{path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="238" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="277" />
        <source>%n row(s) written to
{path}</source>
        <translation>
            <numerusform>%n Zeile gespeichert in
{path}</numerusform>
            <numerusform>%n Zeilen gespeichert in
{path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="296" />
        <source>%n check-in series written to
{path}</source>
        <translation>
            <numerusform>%n Check-in-Reihe gespeichert in
{path}</numerusform>
            <numerusform>%n Check-in-Reihen gespeichert in
{path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="163" />
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="187" />
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="164" />
        <source>Replace with the file's</source>
        <translation>Durch die aus der Datei ersetzen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="183" />
        <source>%n record(s) of this file are already here. Bring in what was changed in the file (field by field, the newer change wins), or keep yours as they are?</source>
        <translation>
            <numerusform>%n Eintrag dieser Datei ist hier schon vorhanden. Die Änderungen aus der Datei übernehmen (Feld für Feld, die neuere Änderung gilt) oder Ihren unverändert behalten?</numerusform>
            <numerusform>%n Einträge dieser Datei sind hier schon vorhanden. Die Änderungen aus der Datei übernehmen (Feld für Feld, die neuere Änderung gilt) oder Ihre unverändert behalten?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="186" />
        <source>Bring in the changes</source>
        <translation>Änderungen übernehmen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="204" />
        <source>Delete them as the file says? A backup was taken before the import.</source>
        <translation>Wie in der Datei löschen? Vor dem Import wurde eine Sicherung angelegt.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="205" />
        <source>Delete them</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="206" />
        <source>Keep them for now</source>
        <translation>Vorerst behalten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="223" />
        <source>Export an archive</source>
        <translation>Archiv exportieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="225" />
        <source>Tandem archives (*.json)</source>
        <translation>Tandem-Archive (*.json)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="240" />
        <source>Exporting the archive…</source>
        <translation>Archiv wird exportiert…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="245" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="246" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="247" />
        <source>Export the handbook</source>
        <translation>Handbuch exportieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="248" />
        <source>handbook</source>
        <translation>handbuch</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="259" />
        <source>The handbook was written to
{path}</source>
        <translation>Das Handbuch wurde gespeichert in
{path}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="261" />
        <source>Writing the handbook…</source>
        <translation>Handbuch wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="266" />
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="267" />
        <source>CSV tables (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="279" />
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="299" />
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="284" />
        <source>Export the check-ins</source>
        <translation>Check-ins exportieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="286" />
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="313" />
        <source>Checking the file…</source>
        <translation>Datei wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="314" />
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="333" />
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="369" />
        <source>Import refused</source>
        <translation>Import abgelehnt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="331" />
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="369" />
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="339" />
        <source>Imported: {added} added, {updated} updated, {skipped} already here and kept.</source>
        <translation>Importiert: {added} neu, {updated} aktualisiert, {skipped} schon vorhanden und behalten.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="345" />
        <source>A backup was taken first: {name}</source>
        <translation>Vorher wurde eine Sicherung angelegt: {name}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="348" />
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="352" />
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="366" />
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="353" />
        <source>They stay until you import the file again and confirm.</source>
        <translation>Sie bleiben, bis Sie die Datei erneut importieren und bestätigen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="367" />
        <source>%n record(s) deleted after your confirmation.</source>
        <translation>
            <numerusform>%n Eintrag nach Ihrer Bestätigung gelöscht.</numerusform>
            <numerusform>%n Einträge nach Ihrer Bestätigung gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="387" />
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="406" />
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="410" />
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Handbook</name>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="38" />
        <source>Tandem handbook</source>
        <translation>Tandem-Handbuch</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="41" />
        <source>How we work together, who decides what, and where we are heading: what {leader} and {assistant} have agreed on.</source>
        <translation>Wie wir zusammenarbeiten, wer was entscheidet und wohin wir wollen: was {leader} und {assistant} miteinander vereinbart haben.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="58" />
        <source>{name} (leader)</source>
        <translation>{name} (Führungskraft)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="60" />
        <source>{name} (assistant)</source>
        <translation>{name} (Assistenz)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="61" />
        <source>Both together</source>
        <translation>Beide gemeinsam</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="65" />
        <source>Nothing recorded yet.</source>
        <translation>Noch nichts festgehalten.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="71" />
        <source>Working agreements</source>
        <translation>Arbeitsvereinbarungen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="87" />
        <source>agreed {date}</source>
        <translation>vereinbart am {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="93" />
        <source>review {date}</source>
        <translation>überprüfen am {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="105" />
        <source>Areas of responsibility</source>
        <translation>Verantwortungsbereiche</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="114" />
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="115" />
        <source>Held by</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="116" />
        <source>What it covers</source>
        <translation>Was dazugehört</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="117" />
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="225" />
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="118" />
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="179" />
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="226" />
        <source>Review</source>
        <translation>Prüfen am</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="138" />
        <source>Decision rules</source>
        <translation>Entscheidungsregeln</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="146" />
        <source>Who decides, and how far: each rule names a delegation level from 1 (the leader decides alone) to 7 (the assistant decides alone), and the limits within which it applies.</source>
        <translation>Wer entscheidet, und wie weit: Jede Regel nennt eine Delegationsstufe von 1 (die Führungskraft entscheidet allein) bis 7 (die Assistenz entscheidet allein) und die Grenzen, innerhalb derer sie gilt.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="159" />
        <source>aiming for {level}</source>
        <translation>Ziel: {level}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="164" />
        <source>Examples: {text}</source>
        <translation>Beispiele: {text}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="171" />
        <source>Other decisions</source>
        <translation>Weitere Entscheidungen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="176" />
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="177" />
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="189" />
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="178" />
        <source>Limits and conditions</source>
        <translation>Grenzen und Bedingungen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="185" />
        <source>The seven delegation levels</source>
        <translation>Die sieben Delegationsstufen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="189" />
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="203" />
        <source>Information and access</source>
        <translation>Informationen und Zugänge</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="211" />
        <source>What is shared with whom and how far; the register names accounts and authorities, never passwords or keys.</source>
        <translation>Was in welchem Umfang geteilt ist; das Verzeichnis nennt Konten und Befugnisse, niemals Passwörter oder Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="222" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="223" />
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="292" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="224" />
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="246" />
        <source>Vision and goals</source>
        <translation>Vision und Ziele</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="249" />
        <source>No vision written down yet.</source>
        <translation>Noch keine Vision festgehalten.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="253" />
        <source>Horizon</source>
        <translation>Zeithorizont</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="254" />
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="255" />
        <source>The assistant's part</source>
        <translation>Die Rolle der Assistenz</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="263" />
        <source>Version of {date}</source>
        <translation>Fassung vom {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="269" />
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="291" />
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="293" />
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="294" />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="295" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="296" />
        <source>The assistant's contribution</source>
        <translation>Beitrag der Assistenz</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="307" />
        <source>Check-ins and rhythm</source>
        <translation>Check-ins und Rhythmus</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="310" />
        <source>No regular check-in planned yet.</source>
        <translation>Noch kein regelmäßiges Check-in geplant.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="319" />
        <source>{time} ({zone}), {minutes} min</source>
        <translation>{time} Uhr ({zone}), {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="330" />
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="331" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="332" />
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="333" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="345" />
        <source>Standing agenda of “{title}”</source>
        <translation>Feste Tagesordnung von „{title}“</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="355" />
        <source>Feedback goes both ways at least every {days} days.</source>
        <translation>Feedback geht mindestens alle {days} Tage in beide Richtungen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="358" />
        <source>We look at how the tandem is doing every {days} days (health check).</source>
        <translation>Alle {days} Tage schauen wir, wie es dem Tandem geht (Gesundheitscheck).</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="368" />
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="372" />
        <source>We have read this handbook and agree to work by it. We review it together when something changes.</source>
        <translation>Wir haben dieses Handbuch gelesen und arbeiten danach. Wenn sich etwas ändert, überarbeiten wir es gemeinsam.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="383" />
        <source>Place, date, signature</source>
        <translation>Ort, Datum, Unterschrift</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="35" />
        <source>first</source>
        <translation>ersten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="36" />
        <source>second</source>
        <translation>zweiten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="37" />
        <source>third</source>
        <translation>dritten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="38" />
        <source>fourth</source>
        <translation>vierten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="39" />
        <source>last</source>
        <translation>letzten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="23" />
        <source>Every workday (Monday to Friday)</source>
        <translation>An jedem Werktag (Montag bis Freitag)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="27" />
        <source>Every week on {days}</source>
        <translation>Jede Woche am {days}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="28" />
        <source>Every {n} weeks on {days}</source>
        <translation>Alle {n} Wochen am {days}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="32" />
        <source>Every month on day {day}</source>
        <translation>Jeden Monat am {day}.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="41" />
        <source>Every month on the {nth} {weekday}</source>
        <translation>Jeden Monat am {nth} {weekday}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="50" />
        <source>{first} and {last}</source>
        <translation>{first} und {last}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="48" />
        <source>Leader</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="49" />
        <source>Assistant</source>
        <translation>Assistenz</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="50" />
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="51" />
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="14" />
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="15" />
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="16" />
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="17" />
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="18" />
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="32" />
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="19" />
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="20" />
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="21" />
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="22" />
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="23" />
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="24" />
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="25" />
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="28" />
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="29" />
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="30" />
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="31" />
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="33" />
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="34" />
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="35" />
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="36" />
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="37" />
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="38" />
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="39" />
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="42" />
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="43" />
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="44" />
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="45" />
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="46" />
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="47" />
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="48" />
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="74" />
        <source>{day} {short_month} {year}</source>
        <translation>{dd}.{mm}.{year}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="79" />
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
</context>
<context>
    <name>MeetingMinutes</name>
    <message>
        <location filename="../../../tandem_desktop/exchange/minutes.py" line="21" />
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/minutes.py" line="22" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/minutes.py" line="23" />
        <source>Moved on to a later meeting</source>
        <translation>In eine spätere Besprechung übernommen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/minutes.py" line="24" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/minutes.py" line="25" />
        <source>Action items</source>
        <translation>Aufgaben aus der Besprechung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/minutes.py" line="26" />
        <source>Retrospective</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/minutes.py" line="27" />
        <source>Rating: %1 of 5</source>
        <translation>Bewertung: %1 von 5</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/minutes.py" line="28" />
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/minutes.py" line="29" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/minutes.py" line="30" />
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
</context>
</TS>