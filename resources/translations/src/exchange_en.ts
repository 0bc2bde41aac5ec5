<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Archive</name>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/export.py" line="42"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive/export.py" line="44"/>
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
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="107"/>
        <source>Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="128"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="129"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="130"/>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="131"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="132"/>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="164"/>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="196"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="133"/>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="134"/>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="224"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="135"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="136"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="159"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="160"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="161"/>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="162"/>
        <source>Asked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="163"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="165"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="166"/>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="188"/>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="189"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="190"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="191"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="192"/>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="193"/>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="194"/>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="195"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="223"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="225"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="226"/>
        <source>Target level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="227"/>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="228"/>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="229"/>
        <source>Agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="230"/>
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
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="158"/>
        <source>%n record(s) of this file are already here. Keep yours, or replace them with the file&apos;s version?</source>
        <translation>
            <numerusform>%n record of this file is already here. Keep yours, or replace it with the file&apos;s version?</numerusform>
            <numerusform>%n records of this file are already here. Keep yours, or replace them with the file&apos;s version?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="197"/>
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
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="199"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="238"/>
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
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="257"/>
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
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="201"/>
        <source>Exporting the archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="206"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="207"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="208"/>
        <source>Export the handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="209"/>
        <source>handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="220"/>
        <source>The handbook was written to
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="222"/>
        <source>Writing the handbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="227"/>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="228"/>
        <source>CSV tables (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="240"/>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="260"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="245"/>
        <source>Export the check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="247"/>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="274"/>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="275"/>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="293"/>
        <source>Import refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="292"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="303"/>
        <source>Imported: {added} added, {updated} updated, {skipped} already here and kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="307"/>
        <source>A backup was taken first: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="309"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="318"/>
        <source>Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="337"/>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="341"/>
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
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="225"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="118"/>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="179"/>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="226"/>
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
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="203"/>
        <source>Information and access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="211"/>
        <source>What is shared with whom and how far; the register names accounts and authorities, never passwords or keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="222"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="223"/>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="292"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="224"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="246"/>
        <source>Vision and goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="249"/>
        <source>No vision written down yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="253"/>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="254"/>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="255"/>
        <source>The assistant&apos;s part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="263"/>
        <source>Version of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="269"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="291"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="293"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="294"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="295"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="296"/>
        <source>The assistant&apos;s contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="307"/>
        <source>Check-ins and rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="310"/>
        <source>No regular check-in planned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="319"/>
        <source>{time} ({zone}), {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="330"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="331"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="332"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="333"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="345"/>
        <source>Standing agenda of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="355"/>
        <source>Feedback goes both ways at least every {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="358"/>
        <source>We look at how the tandem is doing every {days} days (health check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="368"/>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="372"/>
        <source>We have read this handbook and agree to work by it. We review it together when something changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook/content.py" line="383"/>
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
</TS>
