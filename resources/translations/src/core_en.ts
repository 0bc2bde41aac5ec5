<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="30" />
        <source>Taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="30" />
        <source>Occasion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="30" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="37" />
        <source>Daily</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="37" />
        <source>By hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="38" />
        <source>Before an update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="38" />
        <source>Before an import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="39" />
        <source>Before a restore</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CameBack</name>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/came_back.py" line="32" />
        <source>Your partner changed %n record(s) after you had deleted them here, so they are back:</source>
        <translation>
            <numerusform>Your partner changed %n record after you had deleted it here, so it is back:</numerusform>
            <numerusform>Your partner changed %n records after you had deleted them here, so they are back:</numerusform>
        </translation></message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/came_back.py" line="38" />
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation></message>
    <message>
        <location filename="../../../tandem_desktop/ui/came_back.py" line="40" />
        <source>Whatever you no longer need, you can delete again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/came_back.py" line="54" />
        <source>Deleted records are back</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictFields</name>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="43" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="44" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="45" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="46" />
        <source>Context</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="47" />
        <source>Answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="48" />
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="49" />
        <source>Place or link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="50" />
        <source>Standing items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="51" />
        <source>Shared notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="52" />
        <source>Retrospective</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="53" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="54" />
        <source>Situation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="55" />
        <source>Behaviour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="56" />
        <source>Impact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="57" />
        <source>Request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="58" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="59" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="60" />
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="61" />
        <source>Examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="62" />
        <source>Limits and conditions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="63" />
        <source>Horizon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="64" />
        <source>Why it matters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="65" />
        <source>The assistant's role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="66" />
        <source>The assistant's contribution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="67" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="70" />
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="71" />
        <source>Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="72" />
        <source>Agreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="73" />
        <source>Where we want to go</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="90" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="90" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="90" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="100" />
        <source>(deleted for good)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictStatus</name>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="271" />
        <source>Texts you and your partner changed at the same time</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="284" />
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflict to review</numerusform>
            <numerusform>%n conflicts to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="112" />
        <source>Conflicts to review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="116" />
        <source>You and your partner changed these texts at the same time. Each shows the version the record holds now and the one it replaced. Nothing is lost: keep the current version, take the other one, or combine both and save the result.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="121" />
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="128" />
        <source>No conflicts wait for review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="137" />
        <source>Current version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="137" />
        <source>&amp;Keep current version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="139" />
        <source>Other version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="139" />
        <source>&amp;Take other version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="143" />
        <source>Combined from both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="146" />
        <source>Combined text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="151" />
        <source>&amp;Save combined text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="229" />
        <source>The record is in the Trash. Restore it to change its text; you can copy from both versions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="232" />
        <source>The record was deleted for good. You can still copy from both versions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="241" />
        <source>From this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="243" />
        <source>From the device “{device}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="246" />
        <source>From {name}'s device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="247" />
        <source>From another device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="250" />
        <source>{who}, {when}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../../../tandem_desktop/ui/links.py" line="46" />
        <source>Link not opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/links.py" line="47" />
        <source>Only web addresses (http, https) and e-mail addresses (mailto) can be opened. This is not one:

{link}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/links.py" line="54" />
        <source>Open this address with the program your system uses for it?

{link}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/links.py" line="53" />
        <source>Open link?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../../tandem_desktop/ui/list_export.py" line="16" />
        <source>Export as CSV…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="104" />
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="184" />
        <source>Main toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="188" />
        <source>Tandem:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="191" />
        <source>Current tandem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="193" />
        <source>Pick a tandem (Ctrl+Alt+1 … 9) or all tandems at once (Ctrl+0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="199" />
        <location filename="../../../tandem_desktop/ui/main_window.py" line="201" />
        <location filename="../../../tandem_desktop/ui/main_window.py" line="205" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="202" />
        <source>Create a new record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="208" />
        <source>Tandem…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="225" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="227" />
        <source>&amp;New tandem…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="228" />
        <source>&amp;Edit tandem…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="229" />
        <source>&amp;Archive tandem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="231" />
        <source>Archived tandems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="234" />
        <source>E&amp;xport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="235" />
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="239" />
        <source>&amp;Back up now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="240" />
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="241" />
        <source>Open &amp;data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="244" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="248" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="250" />
        <source>&amp;Trash…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="252" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="263" />
        <source>&amp;All tandems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="267" />
        <source>Tandem {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="271" />
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="272" />
        <source>&amp;Preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="274" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="275" />
        <source>&amp;About Tandem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="286" />
        <source>All tandems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="370" />
        <source>Archive the tandem “{name}”? It disappears from the switcher and can be brought back from File ▸ Archived tandems.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="375" />
        <source>Archive tandem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="389" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="392" />
        <source>Bring back “{name}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="407" />
        <source>Backup failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="408" />
        <source>The backup could not be written: {reason}
Your data is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="411" />
        <source>Backup saved: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="438" />
        <source>About Tandem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="439" />
        <source>Tandem {version}

A planner for the partnership of a leader and an assistant.

Data folder: {folder}
Schema version: {schema}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="26" />
        <source>Tandem is already running with the data folder {folder}. Switch to the open window; a second copy would risk overwriting its changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="32" />
        <source>The data in {folder} was saved by a newer version of Tandem (format {found}; this version reads up to {supported}). Please install the newer version. The file has not been changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="39" />
        <source>The data folder {folder} cannot be used: {reason}. Nothing was deleted or created. Choose another folder with --data-dir or fix the folder's permissions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="45" />
        <source>The data file could not be read ({reason}). It was not deleted: it has been moved aside as {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="50" />
        <source>The data could not be opened: {reason}. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="71" />
        <source>Restored the backup of {date}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="77" />
        <source>Data file damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="83" />
        <source>The newest intact backup is from {date}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="88" />
        <source>Restore that backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="92" />
        <source>Start with an empty file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="95" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="107" />
        <source>on a network drive ({root})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="110" />
        <source>in a {service} folder ({root})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="112" />
        <source>The data folder {folder} lies {where}.
A sync program copies the database while Tandem writes to it, and network drives do not keep SQLite's locks: either can damage the file or bring back an old copy. Please move the data folder to a local folder (start Tandem with --data-dir) and use File ▸ Back up now for copies.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="48" />
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="86" />
        <source>Restore from backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="52" />
        <source>Choose a backup to go back to. Your current data is backed up first, so this step can be undone the same way.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="63" />
        <source>Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="68" />
        <source>There are no backups yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="70" />
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="87" />
        <source>Go back to the state of {when}? Changes made since then are kept in a new backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="93" />
        <source>Restore failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="94" />
        <source>The backup could not be restored: {reason}
Your data is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="101" />
        <source>Restored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="102" />
        <source>The data is back at the state of {when}. The state before is saved as {name}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RunAction</name>
    <message>
        <location filename="../../../tandem_desktop/ui/actions.py" line="24" />
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/actions.py" line="25" />
        <source>This change was not saved; nothing that was saved before is lost.
{reason}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="227" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="232" />
        <source>Search questions, tasks, meetings, rules …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="234" />
        <source>Search everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="238" />
        <source>In all tandems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="239" />
        <source>Search every active tandem, not only this one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="246" />
        <source>Results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="273" />
        <source>Type a word or the start of one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="283" />
        <source>Nothing found for “{text}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="287" />
        <source>Enter opens the selected result; Esc closes the search.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="293" />
        <source>Did you mean “{words}”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="395" />
        <source>Search…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="399" />
        <source>Search everything in this tandem or in all (Ctrl+F or Ctrl+K)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="37" />
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="43" />
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="108" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="44" />
        <source>System language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="50" />
        <source>Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="51" />
        <source>Like the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="51" />
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="52" />
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="57" />
        <source>Reminder before a check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="59" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="60" />
        <source>No reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="62" />
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="63" />
        <source>&amp;Theme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="64" />
        <source>&amp;Reminder before a check-in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="66" />
        <source>Keep running in the system tray when the window is closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="70" />
        <source>This desktop has no system tray.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="75" />
        <source>Name of this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="80" />
        <source>How your partner sees this computer when your copies are kept in step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="81" />
        <source>Name of this &amp;computer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="109" />
        <source>The new language applies fully after Tandem restarts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../../tandem_desktop/ui/startup.py" line="33" />
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StepIntro</name>
    <message>
        <location filename="../../../tandem_desktop/ui/intro.py" line="13" />
        <source>1 · Trust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/intro.py" line="14" />
        <source>Trust grows when responsibility comes with the authority to act, when information flows openly, and when no question is too small to ask. Collect questions, answer them once for good, and keep an open record of which accounts, systems and budgets you share.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/intro.py" line="23" />
        <source>2 · Communication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/intro.py" line="24" />
        <source>Misunderstandings cost the most time. Meet on a rhythm that suits the two of you, keep one agenda that nothing falls off, agree how you reach each other, and look back now and then at what would make your check-ins better.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/intro.py" line="32" />
        <source>3 · Feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/intro.py" line="33" />
        <source>A partnership improves through honest feedback in both directions: the leader gives it and asks for it. Note it while it is fresh, agree a rhythm for talking about it, and keep an eye on the balance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/intro.py" line="41" />
        <source>4 · Delegation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/intro.py" line="42" />
        <source>Handing over tasks is not yet delegation: responsibility has to come with decisions. Agree which decisions the assistant takes alone and which need a word first, on seven levels from 'the leader decides' to 'the assistant decides'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/intro.py" line="51" />
        <source>5 · Vision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/intro.py" line="52" />
        <source>A pair that knows where it is heading becomes a partnership of equals. Write down where the leader wants to go, what part the assistant plays in it, and the goals on the way there.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TandemDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="45" />
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="51" />
        <source>Welcome to Tandem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="46" />
        <source>Edit tandem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="46" />
        <source>New tandem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="53" />
        <source>Tandem helps a leader and an assistant build their partnership step by step: trust, clear communication, feedback, deliberate delegation and a shared vision. Start by naming your tandem. Everything stays on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="61" />
        <source>Tandem name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="62" />
        <source>e.g. Office of the managing director</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="65" />
        <source>Leader's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="68" />
        <source>Assistant's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="70" />
        <source>the leader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="71" />
        <source>the assistant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="84" />
        <source>Started on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="88" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="89" />
        <source>Feedback conversation every</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="91" />
        <source>&amp;Tandem name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="93" />
        <source>&amp;Leader:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="95" />
        <source>A&amp;ssistant:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="97" />
        <source>I am:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="98" />
        <source>Started &amp;on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="99" />
        <source>&amp;Feedback every:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="106" />
        <source>Create tandem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="106" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="111" />
        <source>Explore the demo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="112" />
        <source>Open a tandem filled with example content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="134" />
        <source>Please give the tandem a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="135" />
        <source>Please enter the leader's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="136" />
        <source>Please enter the assistant's name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="67" />
        <source>Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="71" />
        <source>Deleted records of this tandem. Restore brings a record back where it was; Delete for good removes it from this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="78" />
        <source>Deleted records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="85" />
        <source>The Trash is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="90" />
        <source>&amp;Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="91" />
        <source>&amp;Delete for good…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="92" />
        <source>&amp;Empty Trash…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="130" />
        <source>Delete for good</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="131" />
        <source>Delete %n record(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n record for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n records for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="135" />
        <source>Empty Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="136" />
        <source>Delete everything in the Trash for good? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="38" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="38" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="38" />
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tray.py" line="25" />
        <source>Show Tandem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tray.py" line="27" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>