<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="30"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="30"/>
        <source>Occasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="30"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="37"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="37"/>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="38"/>
        <source>Before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="38"/>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="39"/>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../../../tandem_desktop/ui/links.py" line="46"/>
        <source>Link not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/links.py" line="47"/>
        <source>Only web addresses (http, https) and e-mail addresses (mailto) can be opened. This is not one:

{link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/links.py" line="54"/>
        <source>Open this address with the program your system uses for it?

{link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/links.py" line="53"/>
        <source>Open link?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../../tandem_desktop/ui/list_export.py" line="16"/>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="99"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="174"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="178"/>
        <source>Tandem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="181"/>
        <source>Current tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="187"/>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="189"/>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="193"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="190"/>
        <source>Create a new record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="196"/>
        <source>Tandem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="213"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="215"/>
        <source>&amp;New tandem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="216"/>
        <source>&amp;Edit tandem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="217"/>
        <source>&amp;Archive tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="219"/>
        <source>Archived tandems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="222"/>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="223"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="227"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="228"/>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="229"/>
        <source>Open &amp;data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="232"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="236"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="238"/>
        <source>&amp;Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="240"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="251"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="252"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="254"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="255"/>
        <source>&amp;About Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="323"/>
        <source>Archive the tandem “{name}”? It disappears from the switcher and can be brought back from File ▸ Archived tandems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="328"/>
        <source>Archive tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="342"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="345"/>
        <source>Bring back “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="360"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="361"/>
        <source>The backup could not be written: {reason}
Your data is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="364"/>
        <source>Backup saved: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="391"/>
        <source>About Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="392"/>
        <source>Tandem {version}

A planner for the partnership of a leader and an assistant.

Data folder: {folder}
Schema version: {schema}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="26"/>
        <source>Tandem is already running with the data folder {folder}. Switch to the open window; a second copy would risk overwriting its changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="32"/>
        <source>The data in {folder} was saved by a newer version of Tandem (format {found}; this version reads up to {supported}). Please install the newer version. The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="39"/>
        <source>The data folder {folder} cannot be used: {reason}. Nothing was deleted or created. Choose another folder with --data-dir or fix the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="45"/>
        <source>The data file could not be read ({reason}). It was not deleted: it has been moved aside as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="50"/>
        <source>The data could not be opened: {reason}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="71"/>
        <source>Restored the backup of {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="77"/>
        <source>Data file damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="83"/>
        <source>The newest intact backup is from {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="88"/>
        <source>Restore that backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="92"/>
        <source>Start with an empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="95"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="107"/>
        <source>on a network drive ({root})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="110"/>
        <source>in a {service} folder ({root})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="112"/>
        <source>The data folder {folder} lies {where}.
A sync program copies the database while Tandem writes to it, and network drives do not keep SQLite&apos;s locks: either can damage the file or bring back an old copy. Please move the data folder to a local folder (start Tandem with --data-dir) and use File ▸ Back up now for copies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="48"/>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="86"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="52"/>
        <source>Choose a backup to go back to. Your current data is backed up first, so this step can be undone the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="63"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="68"/>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="70"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="87"/>
        <source>Go back to the state of {when}? Changes made since then are kept in a new backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="93"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="94"/>
        <source>The backup could not be restored: {reason}
Your data is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="101"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="102"/>
        <source>The data is back at the state of {when}. The state before is saved as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunAction</name>
    <message>
        <location filename="../../../tandem_desktop/ui/actions.py" line="24"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/actions.py" line="25"/>
        <source>This change was not saved; nothing that was saved before is lost.
{reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="200"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="205"/>
        <source>Search questions, tasks, meetings, rules …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="207"/>
        <source>Search everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="212"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="231"/>
        <source>Type a word or the start of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="237"/>
        <source>Nothing found for “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="240"/>
        <source>Enter opens the selected result; Esc closes the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="324"/>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="328"/>
        <source>Search everything in this tandem (Ctrl+F or Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="34"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="40"/>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="91"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="41"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="47"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="48"/>
        <source>Like the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="48"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="49"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="54"/>
        <source>Reminder before a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="56"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="57"/>
        <source>No reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="59"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="60"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="61"/>
        <source>&amp;Reminder before a check-in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="63"/>
        <source>Keep running in the system tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="67"/>
        <source>This desktop has no system tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="92"/>
        <source>The new language applies fully after Tandem restarts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../../tandem_desktop/ui/startup.py" line="33"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepIntro</name>
    <message>
        <location filename="../../../tandem_desktop/ui/intro.py" line="13"/>
        <source>1 · Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/intro.py" line="14"/>
        <source>Trust grows when responsibility comes with the authority to act, when information flows openly, and when no question is too small to ask. Collect questions, answer them once for good, and keep an open record of which accounts, systems and budgets you share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/intro.py" line="23"/>
        <source>2 · Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/intro.py" line="24"/>
        <source>Misunderstandings cost the most time. Meet on a rhythm that suits the two of you, keep one agenda that nothing falls off, agree how you reach each other, and look back now and then at what would make your check-ins better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/intro.py" line="32"/>
        <source>3 · Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/intro.py" line="33"/>
        <source>A partnership improves through honest feedback in both directions: the leader gives it and asks for it. Note it while it is fresh, agree a rhythm for talking about it, and keep an eye on the balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/intro.py" line="41"/>
        <source>4 · Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/intro.py" line="42"/>
        <source>Handing over tasks is not yet delegation: responsibility has to come with decisions. Agree which decisions the assistant takes alone and which need a word first, on seven levels from &apos;the leader decides&apos; to &apos;the assistant decides&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/intro.py" line="51"/>
        <source>5 · Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/intro.py" line="52"/>
        <source>A pair that knows where it is heading becomes a partnership of equals. Write down where the leader wants to go, what part the assistant plays in it, and the goals on the way there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TandemDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="45"/>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="51"/>
        <source>Welcome to Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="46"/>
        <source>Edit tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="46"/>
        <source>New tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="53"/>
        <source>Tandem helps a leader and an assistant build their partnership step by step: trust, clear communication, feedback, deliberate delegation and a shared vision. Start by naming your tandem. Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="61"/>
        <source>Tandem name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="62"/>
        <source>e.g. Office of the managing director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="65"/>
        <source>Leader&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="68"/>
        <source>Assistant&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="70"/>
        <source>the leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="71"/>
        <source>the assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="84"/>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="88"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="89"/>
        <source>Feedback conversation every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="91"/>
        <source>&amp;Tandem name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="93"/>
        <source>&amp;Leader:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="95"/>
        <source>A&amp;ssistant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="97"/>
        <source>I am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="98"/>
        <source>Started &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="99"/>
        <source>&amp;Feedback every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="106"/>
        <source>Create tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="106"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="111"/>
        <source>Explore the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="112"/>
        <source>Open a tandem filled with example content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="134"/>
        <source>Please give the tandem a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="135"/>
        <source>Please enter the leader&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="136"/>
        <source>Please enter the assistant&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="67"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="71"/>
        <source>Deleted records of this tandem. Restore brings a record back where it was; Delete for good removes it from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="78"/>
        <source>Deleted records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="85"/>
        <source>The Trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="90"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="91"/>
        <source>&amp;Delete for good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="92"/>
        <source>&amp;Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="130"/>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="131"/>
        <source>Delete %n record(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n record for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n records for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="135"/>
        <source>Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="136"/>
        <source>Delete everything in the Trash for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="38"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="38"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="38"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tray.py" line="25"/>
        <source>Show Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tray.py" line="27"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
