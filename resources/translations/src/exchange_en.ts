<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Archive</name>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="178" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="180" />
        <source>there is no tandem called “{name}” (tandems: {known})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="263" />
        <source>the file is {size} MB; archives may be at most {limit} MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="271" />
        <source>the file cannot be read: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="283" />
        <source>the file is larger than {limit} MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="291" />
        <source>the file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="295" />
        <source>this is not a text file (a zero byte at byte {offset}); a Tandem archive is JSON text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="306" />
        <source>this is not UTF-8 text (byte {offset} cannot be read); a Tandem archive is JSON text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="325" />
        <source>the file ends too early, it is probably cut off ({reason})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="331" />
        <source>this is not valid JSON: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="335" />
        <source>the file is nested too deeply to be an archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="341" />
        <source>the file holds a value that cannot be read: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="356" />
        <location filename="../../../tandem_desktop/exchange/archive.py" line="423" />
        <source>the file holds {name}, which is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="364" />
        <source>the number {text} is too large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="374" />
        <source>the key “{key}” appears twice in one object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="385" />
        <source>{source}, line {line}, column {column}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="404" />
        <source>a text of {size} characters is longer than the {limit} a field may hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="414" />
        <source>the data is nested more than {limit} levels deep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="435" />
        <source>the file does not hold a Tandem archive (no object at the top)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="440" />
        <source>the file is not a Tandem archive (format is {found}, expected “{expected}”)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="449" />
        <source>the archive version {found} is not valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="456" />
        <source>the archive has version {found}, made by a newer Tandem; this app reads up to version {supported}. Update Tandem to import it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="467" />
        <source>unknown entry “{name}” at the top of the archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="475" />
        <source>“exported_at” must be a UTC time like 2026-01-31T09:00:00Z</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="480" />
        <source>“include_private” must be true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="483" />
        <source>“tandems” must be a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="496" />
        <source>missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="546" />
        <source>each tandem must be an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="550" />
        <source>unknown entry “{name}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="556" />
        <source>“records” must be an object of lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="561" />
        <source>unknown kind of record “{name}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="566" />
        <source>must be a list of records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="574" />
        <source>tandem_id “{found}” does not match the tandem it is filed under (“{expected}”)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="588" />
        <source>must be an object with the record's fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="596" />
        <source>unknown field “{name}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="603" />
        <source>the field “{name}” is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="617" />
        <source>the field “{name}” is not valid: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="633" />
        <source>the id “{id}” appears twice (first at {first})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="657" />
        <source>the field “{name}” refers to {target} “{id}”, which is not in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="675" />
        <source>the field “{name}” must be {expected}, not {found}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="728" />
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="729" />
        <source>true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="730" />
        <source>a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="731" />
        <source>a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="732" />
        <source>a list of texts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="733" />
        <source>an object of whole numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="736" />
        <source>{kind} or null</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="742" />
        <source>the field “{name}” holds {size} characters; at most {limit} are allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="753" />
        <source>the id must be a text of 1 to {limit} characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="761" />
        <source>the field “{name}” must be a UTC time like 2026-01-31T09:00:00Z, not {found}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="772" />
        <source>the field “{name}” must be a date like 2026-01-31, not {found}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="817" />
        <source>the database refused this record: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/archive.py" line="863" />
        <source>a record with this id already belongs to another tandem</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="102" />
        <source>Tandem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="121" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="122" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="123" />
        <source>Due on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="124" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="125" />
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="157" />
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="189" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="126" />
        <source>Done on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="127" />
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="216" />
        <source>Area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="128" />
        <source>Goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="129" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="152" />
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="153" />
        <source>Context</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="154" />
        <source>Asked by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="155" />
        <source>Asked on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="156" />
        <source>Urgency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="158" />
        <source>Answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="159" />
        <source>Answered on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="181" />
        <source>Given on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="182" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="183" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="184" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="185" />
        <source>Situation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="186" />
        <source>Behaviour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="187" />
        <source>Impact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="188" />
        <source>Request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="215" />
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="217" />
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="218" />
        <source>Target level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="219" />
        <source>Limits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="220" />
        <source>Examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="221" />
        <source>Agreed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/csv_export.py" line="222" />
        <source>Review on</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExchangeMenus</name>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="90" />
        <source>Include private content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="93" />
        <source>Also export private meeting notes and feedback marked private</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="101" />
        <source>Archive of this tandem (JSON)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="103" />
        <source>Archive of all tandems (JSON)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="107" />
        <source>Handbook (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="109" />
        <source>Handbook (Markdown)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="113" />
        <source>Tasks (CSV)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="114" />
        <source>Questions (CSV)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="115" />
        <source>Feedback (CSV)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="116" />
        <source>Decision rules (CSV)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="121" />
        <source>Check-ins for the calendar (iCalendar)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="126" />
        <source>Archive (JSON)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="149" />
        <source>Import an archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="150" />
        <source>Tandem archives (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="157" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="160" />
        <source>%n record(s) of this file are already here. Keep yours, or replace them with the file's version?</source>
        <translation>
            <numerusform>%n record of this file is already here. Keep yours, or replace it with the file's version?</numerusform>
            <numerusform>%n records of this file are already here. Keep yours, or replace them with the file's version?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="197" />
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
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="199" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="237" />
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
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="256" />
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
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="162" />
        <source>Keep mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="163" />
        <source>Replace with the file's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="186" />
        <source>Export an archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="188" />
        <source>Tandem archives (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="201" />
        <source>Exporting the archive…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="206" />
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="207" />
        <source>Markdown (*.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="208" />
        <source>Export the handbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="209" />
        <source>handbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="220" />
        <source>The handbook was written to
{path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="222" />
        <source>Writing the handbook…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="227" />
        <source>Export as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="228" />
        <source>CSV tables (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="239" />
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="259" />
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="244" />
        <source>Export the check-ins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="246" />
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="271" />
        <source>Checking the file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="272" />
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="287" />
        <source>Import refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="286" />
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="297" />
        <source>Imported: {added} added, {updated} updated, {skipped} already here and kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="301" />
        <source>A backup was taken first: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="303" />
        <source>Import finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="312" />
        <source>Tandem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="331" />
        <source>Export finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/exchange_menus.py" line="335" />
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Handbook</name>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="131" />
        <source>Tandem handbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="134" />
        <source>How we work together, who decides what, and where we are heading: what {leader} and {assistant} have agreed on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="145" />
        <source>{name} (leader)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="147" />
        <source>{name} (assistant)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="148" />
        <source>Both together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="152" />
        <source>Nothing recorded yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="156" />
        <source>Working agreements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="172" />
        <source>agreed {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="178" />
        <source>review {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="188" />
        <source>Areas of responsibility</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="197" />
        <source>Area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="198" />
        <source>Held by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="199" />
        <source>What it covers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="200" />
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="306" />
        <source>Since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="201" />
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="260" />
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="307" />
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="219" />
        <source>Decision rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="227" />
        <source>Who decides, and how far: each rule names a delegation level from 1 (the leader decides alone) to 7 (the assistant decides alone), and the limits within which it applies.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="240" />
        <source>aiming for {level}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="245" />
        <source>Examples: {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="252" />
        <source>Other decisions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="257" />
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="258" />
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="270" />
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="259" />
        <source>Limits and conditions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="266" />
        <source>The seven delegation levels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="270" />
        <source>Meaning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="282" />
        <source>Information and access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="292" />
        <source>What is shared with whom and how far; the register names accounts and authorities, never passwords or keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="303" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="304" />
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="371" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="305" />
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="325" />
        <source>Vision and goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="328" />
        <source>No vision written down yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="332" />
        <source>Horizon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="333" />
        <source>Why it matters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="334" />
        <source>The assistant's part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="342" />
        <source>Version of {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="348" />
        <source>Goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="370" />
        <source>Goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="372" />
        <source>Target date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="373" />
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="374" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="375" />
        <source>The assistant's contribution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="384" />
        <source>Check-ins and rhythm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="387" />
        <source>No regular check-in planned yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="396" />
        <source>{time} ({zone}), {minutes} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="407" />
        <source>Check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="408" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="409" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="410" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="422" />
        <source>Standing agenda of “{title}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="432" />
        <source>Feedback goes both ways at least every {days} days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="435" />
        <source>We look at how the tandem is doing every {days} days (health check).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="445" />
        <source>Signatures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="449" />
        <source>We have read this handbook and agree to work by it. We review it together when something changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="460" />
        <source>Place, date, signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="472" />
        <source>first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="473" />
        <source>second</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="474" />
        <source>third</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="475" />
        <source>fourth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="476" />
        <source>last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="479" />
        <source>Every workday (Monday to Friday)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="483" />
        <source>Every week on {days}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="484" />
        <source>Every {n} weeks on {days}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="488" />
        <source>Every month on day {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="490" />
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="508" />
        <source>Every month on the {nth} {weekday}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="517" />
        <source>{first} and {last}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="593" />
        <source>Leader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="594" />
        <source>Assistant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="595" />
        <source>As of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/exchange/handbook.py" line="881" />
        <source>Page {page} of {pages}</source>
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