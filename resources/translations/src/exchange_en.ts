<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Archive</name>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/export.py" line="43"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/export.py" line="45"/>
        <source>there is no tandem called “{name}” (tandems: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/reading.py" line="20"/>
        <source>the file is {size} MB; archives may be at most {limit} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/reading.py" line="28"/>
        <source>the file cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="31"/>
        <source>the file is larger than {limit} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="39"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="43"/>
        <source>this is not a text file (a zero byte at byte {offset}); a Tandem archive is JSON text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="54"/>
        <source>this is not UTF-8 text (byte {offset} cannot be read); a Tandem archive is JSON text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="74"/>
        <source>the file ends too early, it is probably cut off ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="80"/>
        <source>this is not valid JSON: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="84"/>
        <source>the file is nested too deeply to be an archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="90"/>
        <source>the file holds a value that cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="111"/>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="178"/>
        <source>the file holds {name}, which is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="120"/>
        <source>the number {text} is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="129"/>
        <source>the key “{key}” appears twice in one object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="140"/>
        <source>{source}, line {line}, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="159"/>
        <source>a text of {size} characters is longer than the {limit} a field may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/parsing.py" line="169"/>
        <source>the data is nested more than {limit} levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="42"/>
        <source>the file does not hold a Tandem archive (no object at the top)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="47"/>
        <source>the file is not a Tandem archive (format is {found}, expected “{expected}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="56"/>
        <source>the archive version {found} is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="63"/>
        <source>the archive has version {found}, made by a newer Tandem; this app reads up to version {supported}. Update Tandem to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="74"/>
        <source>unknown entry “{name}” at the top of the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="82"/>
        <source>“exported_at” must be a UTC time like 2026-01-31T09:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="87"/>
        <source>“include_private” must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="90"/>
        <source>“tandems” must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="57"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="119"/>
        <source>each tandem must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="123"/>
        <source>unknown entry “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="129"/>
        <source>“records” must be an object of lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="134"/>
        <source>unknown kind of record “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="139"/>
        <source>must be a list of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="147"/>
        <source>tandem_id “{found}” does not match the tandem it is filed under (“{expected}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="162"/>
        <source>must be an object with the record&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="170"/>
        <source>unknown field “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="177"/>
        <source>the field “{name}” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="191"/>
        <source>the field “{name}” is not valid: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="208"/>
        <source>the id “{id}” appears twice (first at {first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/schema.py" line="232"/>
        <source>the field “{name}” refers to {target} “{id}”, which is not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="67"/>
        <source>the field “{name}” must be {expected}, not {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="120"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="121"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="122"/>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="123"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="124"/>
        <source>a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="125"/>
        <source>an object of whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="128"/>
        <source>{kind} or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="134"/>
        <source>the field “{name}” holds {size} characters; at most {limit} are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="145"/>
        <source>the id must be a text of 1 to {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="153"/>
        <source>the field “{name}” must be a UTC time like 2026-01-31T09:00:00Z, not {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/fields.py" line="164"/>
        <source>the field “{name}” must be a date like 2026-01-31, not {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/importing.py" line="42"/>
        <source>the database refused this record: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/planning.py" line="83"/>
        <source>a record with this id already belongs to another tandem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../../tandem_desktop/exchange/ics.py" line="39"/>
        <source>Agenda:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="98"/>
        <source>Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="119"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="120"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="121"/>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="122"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="123"/>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="155"/>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="187"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="124"/>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="125"/>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="216"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="126"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="127"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="150"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="151"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="152"/>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="153"/>
        <source>Asked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="154"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="156"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="157"/>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="179"/>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="180"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="181"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="182"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="183"/>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="184"/>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="185"/>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="186"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="215"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="217"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="218"/>
        <source>Target level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="219"/>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="220"/>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="221"/>
        <source>Agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="222"/>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeMenus</name>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="88"/>
        <source>Include private content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="91"/>
        <source>Also export private meeting notes and feedback marked private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="99"/>
        <source>Archive of this tandem (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="101"/>
        <source>Archive of all tandems (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="105"/>
        <source>Handbook (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="107"/>
        <source>Handbook (Markdown)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="111"/>
        <source>Tasks (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="112"/>
        <source>Questions (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="113"/>
        <source>Feedback (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="114"/>
        <source>Decision rules (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="119"/>
        <source>Check-ins for the calendar (iCalendar)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="124"/>
        <source>Archive (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="147"/>
        <source>Import an archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="148"/>
        <source>Tandem archives (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="155"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="158"/>
        <source>{count} records of this file are already here. Keep yours, or replace them with the file&apos;s version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="160"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="161"/>
        <source>Replace with the file&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="184"/>
        <source>Export an archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="186"/>
        <source>Tandem archives (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="197"/>
        <source>{records} records of {tandems} tandem(s) written to
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="200"/>
        <source>Exporting the archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="205"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="206"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="207"/>
        <source>Export the handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="208"/>
        <source>handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="219"/>
        <source>The handbook was written to
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="221"/>
        <source>Writing the handbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="226"/>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="227"/>
        <source>CSV tables (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="237"/>
        <source>{rows} rows written to
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="239"/>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="259"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="244"/>
        <source>Export the check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="246"/>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="256"/>
        <source>{count} check-in series written to
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="273"/>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="274"/>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="292"/>
        <source>Import refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="291"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="302"/>
        <source>Imported: {added} added, {updated} updated, {skipped} already here and kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="306"/>
        <source>A backup was taken first: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="308"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="317"/>
        <source>Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="336"/>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="340"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Handbook</name>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="38"/>
        <source>Tandem handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="41"/>
        <source>How we work together, who decides what, and where we are heading: what {leader} and {assistant} have agreed on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="58"/>
        <source>{name} (leader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="60"/>
        <source>{name} (assistant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="61"/>
        <source>Both together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="65"/>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="71"/>
        <source>Working agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="87"/>
        <source>agreed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="93"/>
        <source>review {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="105"/>
        <source>Areas of responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="114"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="115"/>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="116"/>
        <source>What it covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="117"/>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="226"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="118"/>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="179"/>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="227"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="138"/>
        <source>Decision rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="146"/>
        <source>Who decides, and how far: each rule names a delegation level from 1 (the leader decides alone) to 7 (the assistant decides alone), and the limits within which it applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="159"/>
        <source>aiming for {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="164"/>
        <source>Examples: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="171"/>
        <source>Other decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="176"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="177"/>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="189"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="178"/>
        <source>Limits and conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="185"/>
        <source>The seven delegation levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="189"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="202"/>
        <source>Information and access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="212"/>
        <source>What is shared with whom and how far; the register names accounts and authorities, never passwords or keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="223"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="224"/>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="293"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="225"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="247"/>
        <source>Vision and goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="250"/>
        <source>No vision written down yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="254"/>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="255"/>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="256"/>
        <source>The assistant&apos;s part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="264"/>
        <source>Version of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="270"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="292"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="294"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="295"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="296"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="297"/>
        <source>The assistant&apos;s contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="308"/>
        <source>Check-ins and rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="311"/>
        <source>No regular check-in planned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="320"/>
        <source>{time} ({zone}), {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="331"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="332"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="333"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="334"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="346"/>
        <source>Standing agenda of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="356"/>
        <source>Feedback goes both ways at least every {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="359"/>
        <source>We look at how the tandem is doing every {days} days (health check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="369"/>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="373"/>
        <source>We have read this handbook and agree to work by it. We review it together when something changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="384"/>
        <source>Place, date, signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="35"/>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="36"/>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="37"/>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="38"/>
        <source>fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="39"/>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="23"/>
        <source>Every workday (Monday to Friday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="27"/>
        <source>Every week on {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="28"/>
        <source>Every {n} weeks on {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="32"/>
        <source>Every month on day {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="41"/>
        <source>Every month on the {nth} {weekday}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/cadence.py" line="50"/>
        <source>{first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="48"/>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="49"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="50"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="51"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="14"/>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="15"/>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="16"/>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="17"/>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="18"/>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="32"/>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="19"/>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="20"/>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="21"/>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="22"/>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="23"/>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="24"/>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="25"/>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="28"/>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="29"/>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="30"/>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="31"/>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="33"/>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="34"/>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="35"/>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="36"/>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="37"/>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="38"/>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="39"/>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="42"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="43"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="44"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="45"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="46"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="47"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="48"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="74"/>
        <source>{day} {short_month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/dates.py" line="79"/>
        <source>{day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingMinutes</name>
    <message>
        <location filename="../../../tandem_desktop/exchange/minutes.py" line="21"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/minutes.py" line="22"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/minutes.py" line="23"/>
        <source>Moved on to a later meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/minutes.py" line="24"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/minutes.py" line="25"/>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/minutes.py" line="26"/>
        <source>Retrospective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/minutes.py" line="27"/>
        <source>Rating: %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/minutes.py" line="28"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/minutes.py" line="29"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/minutes.py" line="30"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="27"/>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="28"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="29"/>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="38"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="39"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="40"/>
        <source>Whenever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="49"/>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="88"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="50"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="51"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="60"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="61"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="62"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="63"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="64"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="65"/>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="66"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="67"/>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="116"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="76"/>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="77"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="78"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="79"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="89"/>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="154"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="90"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="99"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="100"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="101"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="110"/>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="111"/>
        <source>Response times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="112"/>
        <source>Which channel for what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="113"/>
        <source>Urgent matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="114"/>
        <source>Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="115"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="125"/>
        <source>Appreciation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="126"/>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="134"/>
        <source>Noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="134"/>
        <source>Discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="142"/>
        <source>Shared goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="143"/>
        <source>Development goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="152"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="153"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="155"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="162"/>
        <source>Tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="163"/>
        <source>Sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="164"/>
        <source>Consult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="165"/>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="166"/>
        <source>Advise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="167"/>
        <source>Inquire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="168"/>
        <source>Delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="176"/>
        <source>The leader decides and announces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="177"/>
        <source>The leader decides and explains why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="178"/>
        <source>The leader asks for input, then decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="179"/>
        <source>Both decide together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="180"/>
        <source>The assistant decides after hearing the leader&apos;s advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="181"/>
        <source>The assistant decides, then informs the leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/wording.py" line="182"/>
        <source>The assistant decides; no need to inform.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
