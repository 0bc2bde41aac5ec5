<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Archive</name>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/export.py" line="51" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/export.py" line="53" />
        <source>there is no tandem called “{name}” (tandems: {known})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/reading.py" line="20" />
        <source>the file is {size} MB; archives may be at most {limit} MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/reading.py" line="28" />
        <source>the file cannot be read: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="32" />
        <source>the file is larger than {limit} MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="40" />
        <source>the file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="44" />
        <source>this is not a text file (a zero byte at byte {offset}); a Tandem archive is JSON text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="55" />
        <source>this is not UTF-8 text (byte {offset} cannot be read); a Tandem archive is JSON text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="75" />
        <source>the file ends too early, it is probably cut off ({reason})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="81" />
        <source>this is not valid JSON: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="86" />
        <source>the file is nested too deeply to be an archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="92" />
        <source>the file holds a value that cannot be read: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="100" />
        <source>a text is longer than the {limit} characters a field may hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="149" />
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="216" />
        <source>the file holds {name}, which is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="158" />
        <source>the number {text} is too large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="167" />
        <source>the key “{key}” appears twice in one object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="178" />
        <source>{source}, line {line}, column {column}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="197" />
        <source>a text of {size} characters is longer than the {limit} a field may hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="207" />
        <source>the data is nested more than {limit} levels deep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="52" />
        <source>the file does not hold a Tandem archive (no object at the top)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="57" />
        <source>the file is not a Tandem archive (format is {found}, expected “{expected}”)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="66" />
        <source>the archive version {found} is not valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="73" />
        <source>the archive has version {found}, made by a newer Tandem; this app reads up to version {supported}. Update Tandem to import it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="84" />
        <source>unknown entry “{name}” at the top of the archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="92" />
        <source>“exported_at” must be a UTC time like 2026-01-31T09:00:00Z</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="97" />
        <source>“include_private” must be true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="100" />
        <source>“tandems” must be a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="57" />
        <source>missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="132" />
        <source>each tandem must be an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="137" />
        <source>unknown entry “{name}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="144" />
        <source>“records” must be an object of lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="149" />
        <source>unknown kind of record “{name}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="154" />
        <source>must be a list of records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="162" />
        <source>tandem_id “{found}” does not match the tandem it is filed under (“{expected}”)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="184" />
        <source>must be an object with the record's fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="196" />
        <source>unknown field “{name}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="203" />
        <source>the field “{name}” is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="217" />
        <source>the field “{name}” is not valid: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="241" />
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="157" />
        <source>the id “{id}” appears twice (first at {first})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="266" />
        <source>the field “{name}” refers to {target} “{id}”, which is not in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="104" />
        <source>the field “{name}” must be {expected}, not {found}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="121" />
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="122" />
        <source>true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="123" />
        <source>a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="124" />
        <source>a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="125" />
        <source>a list of texts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="126" />
        <source>an object of whole numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="129" />
        <source>{kind} or null</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="135" />
        <source>the field “{name}” holds {size} characters; at most {limit} are allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="146" />
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="141" />
        <source>the id must be a text of 1 to {limit} characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="154" />
        <source>the field “{name}” must be a UTC time like 2026-01-31T09:00:00Z, not {found}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="165" />
        <source>the field “{name}” must be a date like 2026-01-31, not {found}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/importing.py" line="54" />
        <location filename="../../../tandem_desktop/exchange/archive/merging.py" line="290" />
        <source>the database refused this record: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/merging.py" line="132" />
        <source>the database refused a change of the file: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/merging.py" line="226" />
        <location filename="../../../tandem_desktop/exchange/archive/planning.py" line="97" />
        <source>a record with this id already belongs to another tandem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="47" />
        <source>feedback marked private carries no stamps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="52" />
        <source>“stamps” must be an object with the clock stamp of every field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="61" />
        <source>“replaced” must be an object of clock stamps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="70" />
        <source>“stamps” has no stamp for the field “{name}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="80" />
        <source>“undone_delete” must be a UTC time like 2026-01-31T09:00:00Z</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="87" />
        <source>a deleted record has no “undone_delete”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="98" />
        <source>“{key}” names a field this record does not sync: “{name}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="104" />
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="148" />
        <source>the stamp of “{name}” must look like 1764410400000-0000-0123456789abcdef, not {found}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="118" />
        <source>“tombstones” must be a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="125" />
        <source>a tombstone must be an object with “kind”, “id” and “stamp”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="133" />
        <source>unknown kind of record {found}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="158" />
        <source>an earlier tombstone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/stamps.py" line="175" />
        <source>the record “{id}” is in the file and also deleted for good in it</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/exchange/archive/summary.py" line="16" />
        <source>%n record(s) deleted for good, as in the file.</source>
        <translation>
            <numerusform>%n record deleted for good, as in the file.</numerusform>
            <numerusform>%n records deleted for good, as in the file.</numerusform>
        </translation></message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/exchange/archive/summary.py" line="19" />
        <source>%n record(s) came back: deleted here, but changed later in the file.</source>
        <translation>
            <numerusform>%n record came back: deleted here, but changed later in the file.</numerusform>
            <numerusform>%n records came back: deleted here, but changed later in the file.</numerusform>
        </translation></message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/exchange/archive/summary.py" line="23" />
        <source>%n text(s) were changed on both sides: the version that lost is kept as a conflict for you to review.</source>
        <translation>
            <numerusform>%n text was changed on both sides: the version that lost is kept as a conflict for you to review.</numerusform>
            <numerusform>%n texts were changed on both sides: the versions that lost are kept as conflicts for you to review.</numerusform>
        </translation></message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/exchange/archive/summary.py" line="31" />
        <source>%n change(s) wait for records that have not arrived yet.</source>
        <translation>
            <numerusform>%n change waits for records that have not arrived yet.</numerusform>
            <numerusform>%n changes wait for records that have not arrived yet.</numerusform>
        </translation></message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/exchange/archive/summary.py" line="35" />
        <source>%n change(s) carry a time more than a day ahead of this computer's clock and wait until then (is one of the clocks wrong?).</source>
        <translation>
            <numerusform>%n change carries a time more than a day ahead of this computer's clock and waits until then (is one of the clocks wrong?).</numerusform>
            <numerusform>%n changes carry a time more than a day ahead of this computer's clock and wait until then (is one of the clocks wrong?).</numerusform>
        </translation></message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/exchange/archive/summary.py" line="39" />
        <source>%n change(s) come from a newer version of Tandem and wait until this one is updated.</source>
        <translation>
            <numerusform>%n change comes from a newer version of Tandem and waits until this one is updated.</numerusform>
            <numerusform>%n changes come from a newer version of Tandem and wait until this one is updated.</numerusform>
        </translation></message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/exchange/archive/summary.py" line="43" />
        <source>%n change(s) concern feedback marked private here and wait until it is shared again.</source>
        <translation>
            <numerusform>%n change concerns feedback marked private here and waits until it is shared again.</numerusform>
            <numerusform>%n changes concern feedback marked private here and wait until it is shared again.</numerusform>
        </translation></message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/exchange/archive/summary.py" line="52" />
        <source>The file would delete %n record(s) here. So many deletions at once wait for your confirmation.</source>
        <translation>
            <numerusform>The file would delete %n record here. So many deletions at once wait for your confirmation.</numerusform>
            <numerusform>The file would delete %n records here. So many deletions at once wait for your confirmation.</numerusform>
        </translation></message>
    <message>
        <location filename="../../../tandem_desktop/exchange/commands.py" line="151" />
        <source>Nothing was imported; the database is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/commands.py" line="160" />
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/commands.py" line="161" />
        <source>imported {names}: {added} added, {updated} updated, {skipped} already there and kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/commands.py" line="167" />
        <source>To make them, import the file again with --update --confirm-deletions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/commands.py" line="170" />
        <source>backup taken before the import: {path}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../../tandem_desktop/exchange/ics.py" line="48" />
        <source>Agenda:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="107" />
        <source>Tandem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="128" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="129" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="130" />
        <source>Due on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="131" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="132" />
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="164" />
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="196" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="133" />
        <source>Done on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="134" />
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="224" />
        <source>Area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="135" />
        <source>Goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="136" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="159" />
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="160" />
        <source>Context</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="161" />
        <source>Asked by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="162" />
        <source>Asked on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="163" />
        <source>Urgency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="165" />
        <source>Answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="166" />
        <source>Answered on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="188" />
        <source>Given on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="189" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="190" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="191" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="192" />
        <source>Situation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="193" />
        <source>Behaviour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="194" />
        <source>Impact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="195" />
        <source>Request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="223" />
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="225" />
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="226" />
        <source>Target level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="227" />
        <source>Limits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="228" />
        <source>Examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="229" />
        <source>Agreed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="230" />
        <source>Review on</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExchangeMenus</name>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="91" />
        <source>Include private content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="94" />
        <source>Also export private meeting notes and feedback marked private</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="102" />
        <source>Archive of this tandem (JSON)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="104" />
        <source>Archive of all tandems (JSON)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="108" />
        <source>Handbook (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="110" />
        <source>Handbook (Markdown)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="114" />
        <source>Tasks (CSV)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="115" />
        <source>Questions (CSV)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="116" />
        <source>Feedback (CSV)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="117" />
        <source>Decision rules (CSV)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="122" />
        <source>Check-ins for the calendar (iCalendar)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="127" />
        <source>Archive (JSON)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="150" />
        <source>Import an archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="151" />
        <source>Tandem archives (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="158" />
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="180" />
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="201" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="161" />
        <source>%n record(s) of this file are already here. Keep yours, or replace them with the file's version?</source>
        <translation>
            <numerusform>%n record of this file is already here. Keep yours, or replace it with the file's version?</numerusform>
            <numerusform>%n records of this file are already here. Keep yours, or replace them with the file's version?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="236" />
        <source>{records} of %n tandem(s) written to
{path}</source>
        <translation>
            <numerusform>{records} of %n tandem written to
{path}</numerusform>
            <numerusform>{records} of %n tandems written to
{path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="238" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="277" />
        <source>%n row(s) written to
{path}</source>
        <translation>
            <numerusform>%n row written to
{path}</numerusform>
            <numerusform>%n rows written to
{path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="296" />
        <source>%n check-in series written to
{path}</source>
        <translation>
            <numerusform>%n check-in series written to
{path}</numerusform>
            <numerusform>%n check-in series written to
{path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="163" />
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="187" />
        <source>Keep mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="164" />
        <source>Replace with the file's</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="183" />
        <source>%n record(s) of this file are already here. Bring in what was changed in the file (field by field, the newer change wins), or keep yours as they are?</source>
        <translation>
            <numerusform>%n record of this file is already here. Bring in what was changed in the file (field by field, the newer change wins), or keep yours as it is?</numerusform>
            <numerusform>%n records of this file are already here. Bring in what was changed in the file (field by field, the newer change wins), or keep yours as they are?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="186" />
        <source>Bring in the changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="204" />
        <source>Delete them as the file says? A backup was taken before the import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="205" />
        <source>Delete them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="206" />
        <source>Keep them for now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="223" />
        <source>Export an archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="225" />
        <source>Tandem archives (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="240" />
        <source>Exporting the archive…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="245" />
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="246" />
        <source>Markdown (*.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="247" />
        <source>Export the handbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="248" />
        <source>handbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="259" />
        <source>The handbook was written to
{path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="261" />
        <source>Writing the handbook…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="266" />
        <source>Export as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="267" />
        <source>CSV tables (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="279" />
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="299" />
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="284" />
        <source>Export the check-ins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="286" />
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="313" />
        <source>Checking the file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="314" />
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="333" />
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="369" />
        <source>Import refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="331" />
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="369" />
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="339" />
        <source>Imported: {added} added, {updated} updated, {skipped} already here and kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="345" />
        <source>A backup was taken first: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="348" />
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="352" />
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="366" />
        <source>Import finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="353" />
        <source>They stay until you import the file again and confirm.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="367" />
        <source>%n record(s) deleted after your confirmation.</source>
        <translation>
            <numerusform>%n record deleted after your confirmation.</numerusform>
            <numerusform>%n records deleted after your confirmation.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="387" />
        <source>Tandem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="406" />
        <source>Export finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="410" />
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Handbook</name>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="38" />
        <source>Tandem handbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="41" />
        <source>How we work together, who decides what, and where we are heading: what {leader} and {assistant} have agreed on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="58" />
        <source>{name} (leader)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="60" />
        <source>{name} (assistant)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="61" />
        <source>Both together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="65" />
        <source>Nothing recorded yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="71" />
        <source>Working agreements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="87" />
        <source>agreed {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="93" />
        <source>review {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="105" />
        <source>Areas of responsibility</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="114" />
        <source>Area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="115" />
        <source>Held by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="116" />
        <source>What it covers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="117" />
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="225" />
        <source>Since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="118" />
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="179" />
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="226" />
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="138" />
        <source>Decision rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="146" />
        <source>Who decides, and how far: each rule names a delegation level from 1 (the leader decides alone) to 7 (the assistant decides alone), and the limits within which it applies.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="159" />
        <source>aiming for {level}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="164" />
        <source>Examples: {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="171" />
        <source>Other decisions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="176" />
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="177" />
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="189" />
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="178" />
        <source>Limits and conditions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="185" />
        <source>The seven delegation levels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="189" />
        <source>Meaning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="203" />
        <source>Information and access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="211" />
        <source>What is shared with whom and how far; the register names accounts and authorities, never passwords or keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="222" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="223" />
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="292" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="224" />
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="246" />
        <source>Vision and goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="249" />
        <source>No vision written down yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="253" />
        <source>Horizon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="254" />
        <source>Why it matters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="255" />
        <source>The assistant's part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="263" />
        <source>Version of {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="269" />
        <source>Goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="291" />
        <source>Goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="293" />
        <source>Target date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="294" />
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="295" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="296" />
        <source>The assistant's contribution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="307" />
        <source>Check-ins and rhythm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="310" />
        <source>No regular check-in planned yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="319" />
        <source>{time} ({zone}), {minutes} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="330" />
        <source>Check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="331" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="332" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="333" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="345" />
        <source>Standing agenda of “{title}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="355" />
        <source>Feedback goes both ways at least every {days} days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="358" />
        <source>We look at how the tandem is doing every {days} days (health check).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="368" />
        <source>Signatures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="372" />
        <source>We have read this handbook and agree to work by it. We review it together when something changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="383" />
        <source>Place, date, signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="35" />
        <source>first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="36" />
        <source>second</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="37" />
        <source>third</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="38" />
        <source>fourth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="39" />
        <source>last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="23" />
        <source>Every workday (Monday to Friday)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="27" />
        <source>Every week on {days}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="28" />
        <source>Every {n} weeks on {days}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="32" />
        <source>Every month on day {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="41" />
        <source>Every month on the {nth} {weekday}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="50" />
        <source>{first} and {last}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="48" />
        <source>Leader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="49" />
        <source>Assistant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="50" />
        <source>As of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="51" />
        <source>Page {page} of {pages}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="14" />
        <source>January</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="15" />
        <source>February</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="16" />
        <source>March</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="17" />
        <source>April</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="18" />
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="32" />
        <source>May</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="19" />
        <source>June</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="20" />
        <source>July</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="21" />
        <source>August</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="22" />
        <source>September</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="23" />
        <source>October</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="24" />
        <source>November</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="25" />
        <source>December</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="28" />
        <source>Jan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="29" />
        <source>Feb</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="30" />
        <source>Mar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="31" />
        <source>Apr</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="33" />
        <source>Jun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="34" />
        <source>Jul</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="35" />
        <source>Aug</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="36" />
        <source>Sep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="37" />
        <source>Oct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="38" />
        <source>Nov</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="39" />
        <source>Dec</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="42" />
        <source>Monday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="43" />
        <source>Tuesday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="44" />
        <source>Wednesday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="45" />
        <source>Thursday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="46" />
        <source>Friday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="47" />
        <source>Saturday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="48" />
        <source>Sunday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="74" />
        <source>{day} {short_month} {year}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="79" />
        <source>{day} {month} {year}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MeetingMinutes</name>
    <message>
        <location filename="../../../tandem_desktop/exchange/minutes.py" line="21" />
        <source>Check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/minutes.py" line="22" />
        <source>Agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/minutes.py" line="23" />
        <source>Moved on to a later meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/minutes.py" line="24" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/minutes.py" line="25" />
        <source>Action items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/minutes.py" line="26" />
        <source>Retrospective</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/minutes.py" line="27" />
        <source>Rating: %1 of 5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/minutes.py" line="28" />
        <source>Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/minutes.py" line="29" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/minutes.py" line="30" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>