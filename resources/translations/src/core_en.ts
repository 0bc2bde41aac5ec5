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
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="40" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="41" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="42" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="43" />
        <source>Context</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="44" />
        <source>Answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="45" />
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="46" />
        <source>Place or link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="47" />
        <source>Standing items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="48" />
        <source>Shared notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="49" />
        <source>Retrospective</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="50" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="51" />
        <source>Situation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="52" />
        <source>Behaviour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="53" />
        <source>Impact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="54" />
        <source>Request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="55" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="56" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="57" />
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="58" />
        <source>Examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="59" />
        <source>Limits and conditions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="60" />
        <source>Horizon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="61" />
        <source>Why it matters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="62" />
        <source>The assistant's role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="63" />
        <source>The assistant's contribution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="64" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="67" />
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="68" />
        <source>Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="69" />
        <source>Agreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="70" />
        <source>Where we want to go</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="87" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="87" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="87" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="97" />
        <source>(deleted for good)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="109" />
        <source>Conflicts to review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="113" />
        <source>You and your partner changed these texts at the same time. Each shows the version the record holds now and the one it replaced. Nothing is lost: keep the current version, take the other one, or combine both and save the result.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="118" />
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="125" />
        <source>No conflicts wait for review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="134" />
        <source>Current version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="134" />
        <source>&amp;Keep current version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="136" />
        <source>Other version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="136" />
        <source>&amp;Take other version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="140" />
        <source>Combined from both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="143" />
        <source>Combined text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="148" />
        <source>&amp;Save combined text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="226" />
        <source>The record is in the Trash. Restore it to change its text; you can copy from both versions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="229" />
        <source>The record was deleted for good. You can still copy from both versions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="238" />
        <source>From this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="240" />
        <source>From the device “{device}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="243" />
        <source>From {name}'s device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="244" />
        <source>From another device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="247" />
        <source>{who}, {when}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeviceModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="46" />
        <source>Partner device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="46" />
        <source>Last seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="53" />
        <source>(not named yet)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/shared_folder.py" line="43" />
        <source>Shared folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/shared_folder.py" line="44" />
        <source>e.g. your Syncthing or Nextcloud folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/shared_folder.py" line="45" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HeldModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="62" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="62" />
        <source>Would be deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="70" />
        <source>(no title)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="71" />
        <source>{label} (deleted for good)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="66" />
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="69" />
        <source>Join my partner's tandem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="71" />
        <source>Your partner shared a tandem through a folder the two of you already share. Choose that folder as it appears on this computer and type the pairing code your partner gave you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="75" />
        <source>The folder your partner shares with you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="77" />
        <source>Shared &amp;folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="81" />
        <source>Pairing code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="84" />
        <source>Pairing &amp;code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="88" />
        <source>My side in this tandem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="89" />
        <source>The side my partner does not take</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="90" />
        <source>The leader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="91" />
        <source>The assistant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="93" />
        <source>On a further computer of yours (a second laptop, say), choose your side here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="94" />
        <source>&amp;I am:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="101" />
        <source>Reading your partner's tandem… For a large tandem this takes a few seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="105" />
        <source>Join</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="119" />
        <source>Please choose the shared folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="120" />
        <source>There is no folder “{path}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="165" />
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="223" />
        <source>Nothing was joined: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="182" />
        <source>Please type the pairing code your partner gave you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="185" />
        <source>A pairing code has no “{characters}”: it is made of the digits 2 to 9 and the letters A to Z without I, L and O.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="189" />
        <source>A pairing code has {length} letters and digits; this one has {typed}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="201" />
        <source>“{path}” holds no shared tandem. Choose the folder your partner shared the tandem through.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="229" />
        <source>This code does not open the shared folder. Check it with your partner; nothing was joined.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="210" />
        <source>The leader and the assistant both work in this tandem already. Choose which side this computer belongs to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="214" />
        <source>This computer already holds that tandem; nothing was joined.</source>
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
        <location filename="../../../tandem_desktop/ui/main_window.py" line="107" />
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="194" />
        <source>Main toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="198" />
        <source>Tandem:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="201" />
        <source>Current tandem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="203" />
        <source>Pick a tandem (Ctrl+Alt+1 … 9) or all tandems at once (Ctrl+0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="210" />
        <source>Ne&amp;w</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="212" />
        <location filename="../../../tandem_desktop/ui/main_window.py" line="216" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="213" />
        <source>Create a new record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="219" />
        <source>Tandem…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="236" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="239" />
        <source>&amp;New tandem…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="240" />
        <source>&amp;Edit tandem…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="241" />
        <source>&amp;Archive tandem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="243" />
        <source>Archi&amp;ved tandems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="246" />
        <source>E&amp;xport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="247" />
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="251" />
        <source>&amp;Back up now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="253" />
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="254" />
        <source>Open &amp;data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="257" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="261" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="263" />
        <source>&amp;Trash…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="265" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="276" />
        <source>&amp;All tandems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="280" />
        <source>Tandem {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="284" />
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="285" />
        <source>&amp;Preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="287" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="288" />
        <source>&amp;About Tandem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="299" />
        <source>All tandems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="383" />
        <source>Archive the tandem “{name}”? It disappears from the switcher and can be brought back from File ▸ Archived tandems.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="388" />
        <source>Archive tandem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="402" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="405" />
        <source>Bring back “{name}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="421" />
        <source>Backup failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="422" />
        <source>The backup could not be written: {reason}
Your data is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="425" />
        <source>Backup saved: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="452" />
        <source>About Tandem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="453" />
        <source>Tandem {version}

A planner for the partnership of a leader and an assistant.

Data folder: {folder}
Schema version: {schema}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeerModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="42" />
        <source>Device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="42" />
        <source>Last seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="46" />
        <source>(no name yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="47" />
        <source>not yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordWatch</name>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/record_watch.py" line="80" />
        <source>&amp;Reload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/record_watch.py" line="102" />
        <source>This record was deleted on the other computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/record_watch.py" line="110" />
        <source>This record was changed on the other computer while you were editing it. Reload to see that version (what you typed here is replaced), or save to keep yours.</source>
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
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="87" />
        <source>Restore from backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="52" />
        <source>Choose a backup to go back to. Your current data is backed up first, so this step can be undone the same way.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="64" />
        <source>Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="69" />
        <source>There are no backups yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="71" />
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="88" />
        <source>Go back to the state of {when}? Changes made since then are kept in a new backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="94" />
        <source>Restore failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="95" />
        <source>The backup could not be restored: {reason}
Your data is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="102" />
        <source>Restored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="103" />
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
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="52" />
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="58" />
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="171" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="59" />
        <source>System language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="65" />
        <source>Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="66" />
        <source>Like the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="66" />
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="67" />
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="72" />
        <source>Reminder before a check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="74" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="75" />
        <source>No reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="77" />
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="78" />
        <source>&amp;Theme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="79" />
        <source>&amp;Reminder before a check-in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="81" />
        <source>Keep running in the system tray when the window is closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="85" />
        <source>This desktop has no system tray.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="87" />
        <source>Once a day, remind me of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="92" />
        <source>Feedback due by our agreed rhythm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="94" />
        <source>Reviews due: decision rules, access, agreements, areas, the vision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="96" />
        <source>Questions open longer than their urgency allows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="101" />
        <source>Calendar file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="104" />
        <source>Keep {name} in this folder up to date after every change, for a calendar that subscribes to a file. Leave empty to keep none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="109" />
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="130" />
        <source>Folder of the calendar file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="112" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="138" />
        <source>There is no folder {folder}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="172" />
        <source>The new language applies fully after Tandem restarts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="57" />
        <source>Share with my partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="70" />
        <source>Share “{name}” with my partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="73" />
        <source>Choose a folder that you and your partner already share: a Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive or Google Drive folder, or a network share. Tandem keeps its own encrypted files in it; the sync program you already use carries them to your partner. Your data file itself stays on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="78" />
        <source>The folder you share with your partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="83" />
        <source>Writing this tandem into the shared folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="87" />
        <source>Share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="98" />
        <source>Please choose the shared folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="108" />
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="140" />
        <source>Nothing was shared: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="156" />
        <source>The pairing code for your partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="163" />
        <source>Pairing code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="171" />
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="172" />
        <source>Copy the code to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="181" />
        <source>Pass this code on to your partner by phone or in person. It is never written into the shared folder, and Tandem keeps it nowhere: it cannot be shown again, so note it down now if your partner is not ready yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="185" />
        <source>On their computer, your partner chooses File ▸ Join my partner's tandem…, picks the same shared folder as it appears there and types the code. Capital or small letters, spaces and dashes do not matter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="197" />
        <source>The code is on the clipboard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="204" />
        <source>This tandem is already shared. For a new code, stop sharing it in Settings ▸ Preferences first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="207" />
        <source>There is no folder “{path}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="209" />
        <source>Tandem cannot write into “{path}”. Choose a folder you may change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="212" />
        <source>“{path}” is the folder of a tandem that is already shared. Choose the folder you share with your partner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="216" />
        <source>“{path}” already holds another shared tandem. Choose a folder that only you and this partner share, or make a new folder inside it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="220" />
        <source>“{path}” still holds this tandem from an earlier sharing, with your partner's files. Make a new folder inside it and choose that one.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SharedFolder</name>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/shared_folder.py" line="105" />
        <source>The shared folder is missing or not mounted, or it holds no shared tandem.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/shared_folder.py" line="108" />
        <source>The shared folder now belongs to another tandem.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/shared_folder.py" line="110" />
        <source>The shared folder was written by a newer Tandem. Update Tandem to keep working together.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/shared_folder.py" line="113" />
        <source>The shared folder's marker file cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/shared_folder.py" line="114" />
        <source>The shared folder cannot be used right now.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SharingMenu</name>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/menu.py" line="27" />
        <location filename="../../../tandem_desktop/ui/sync/menu.py" line="53" />
        <source>&amp;Share this tandem with my partner…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/menu.py" line="29" />
        <source>&amp;Join my partner's tandem…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/menu.py" line="56" />
        <source>Shared through “{folder}”…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/menu.py" line="91" />
        <source>Shared with my partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/menu.py" line="94" />
        <source>This tandem is shared through the folder
{folder}

Its pairing code is not stored anywhere, so it cannot be shown again. If your partner needs a new code, stop sharing in Settings ▸ Preferences, then share the tandem again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/menu.py" line="98" />
        <source>Open Preferences</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SharingSection</name>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="57" />
        <source>Working together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="63" />
        <source>Name of this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="68" />
        <source>How your partner sees this computer when your copies are kept in step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="69" />
        <source>Name of this &amp;computer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="72" />
        <source>This tandem:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="77" />
        <source>Partner devices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="81" />
        <source>Partner devices:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="86" />
        <source>Stop sharing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="100" />
        <source>No tandem is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="103" />
        <source>“{name}” is not shared. To keep it in step with your partner, choose File ▸ Share this tandem with my partner…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="107" />
        <source>not yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="109" />
        <source>“{name}” is shared through the folder
{folder}
Last sync: {last}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="128" />
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="137" />
        <source>Stop sharing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="129" />
        <source>Stop sharing “{name}” with your partner?

Everything stays on this computer as it is. Only this computer's own files are removed from the shared folder; your partner's files and copy stay as they are. From then on, changes no longer reach each other.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="138" />
        <source>This computer's files could not be removed from the shared folder: {reason}
The tandem is still shared.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../../tandem_desktop/ui/startup.py" line="40" />
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
    <name>SyncPanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="78" />
        <source>sent {sent}, received {received}, conflicts {conflicts}, held {held}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="93" />
        <source>Partner sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="104" />
        <source>Shared folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="105" />
        <source>Last round:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="106" />
        <source>Waiting to go out:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="111" />
        <source>Partner devices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="124" />
        <source>Sync &amp;now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="129" />
        <source>Deletions waiting for your yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="132" />
        <source>Your partner's computer deleted many records at once. Before they go here too, check the list: delete them, or keep them (then they come back on the partner's computer as well).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="137" />
        <source>Records that would be deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="145" />
        <source>&amp;Keep them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="147" />
        <source>&amp;Delete them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="170" />
        <source>This tandem is not shared with a partner's computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="180" />
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="181" />
        <source>In step with your partner's computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="182" />
        <source>Not synced yet</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="188" />
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="191" />
        <source>Review %n conflict(s)…</source>
        <translation>
            <numerusform>Review %n conflict…</numerusform>
            <numerusform>Review %n conflicts…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="215" />
        <source>Delete records</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="216" />
        <source>Delete the %n record(s) your partner deleted? They go to the Trash here too, where you can restore them.</source>
        <translation>
            <numerusform>Delete the %n record your partner deleted? It goes to the Trash here too, where you can restore it.</numerusform>
            <numerusform>Delete the %n records your partner deleted? They go to the Trash here too, where you can restore them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/status.py" line="100" />
        <source>No tandem is shared with a partner's computer yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/status.py" line="115" />
        <source>S&amp;ync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/wording.py" line="20" />
        <source>Sync paused: the shared folder is missing or not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/wording.py" line="22" />
        <source>Sync paused: the shared folder now belongs to another tandem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/wording.py" line="24" />
        <source>Sync stopped: your partner's Tandem is newer. Update Tandem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/wording.py" line="26" />
        <source>Sync paused: the shared folder's marker file cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/wording.py" line="28" />
        <source>Sync paused: the shared folder cannot be used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/wording.py" line="30" />
        <source>Sync paused: something went wrong on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/wording.py" line="61" />
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/wording.py" line="63" />
        <source>Synced {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/wording.py" line="66" />
        <source>Not synced yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/wording.py" line="70" />
        <source>partner's computer not seen yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/wording.py" line="74" />
        <source>{device} seen {when}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/sync/wording.py" line="77" />
        <source>%n partner device(s)</source>
        <translation>
            <numerusform>%n partner device</numerusform>
            <numerusform>%n partner devices</numerusform>
        </translation></message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/sync/wording.py" line="79" />
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform>
            <numerusform>%n changes to send</numerusform>
        </translation></message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/sync/wording.py" line="81" />
        <source>%n deletion(s) wait for your yes</source>
        <translation>
            <numerusform>%n deletion waits for your yes</numerusform>
            <numerusform>%n deletions wait for your yes</numerusform>
        </translation></message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/sync/wording.py" line="83" />
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflict to review</numerusform>
            <numerusform>%n conflicts to review</numerusform>
        </translation></message>
</context>
<context>
    <name>TandemDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="46" />
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="52" />
        <source>Welcome to Tandem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="47" />
        <source>Edit tandem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="47" />
        <source>New tandem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="54" />
        <source>Tandem helps a leader and an assistant build their partnership step by step: trust, clear communication, feedback, deliberate delegation and a shared vision. Start by naming your tandem. Everything stays on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="62" />
        <source>Tandem name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="63" />
        <source>e.g. Office of the managing director</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="66" />
        <source>Leader's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="69" />
        <source>Assistant's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="71" />
        <source>the leader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="72" />
        <source>the assistant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="85" />
        <source>Started on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="89" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="90" />
        <source>Feedback conversation every</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="92" />
        <source>&amp;Tandem name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="94" />
        <source>&amp;Leader:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="96" />
        <source>A&amp;ssistant:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="98" />
        <source>I am:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="99" />
        <source>Started &amp;on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="100" />
        <source>&amp;Feedback every:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="107" />
        <source>Create tandem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="107" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="112" />
        <source>Explore the demo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="113" />
        <source>Open a tandem filled with example content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="116" />
        <source>My partner already uses Tandem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="118" />
        <source>Join the tandem your partner shares with you through a shared folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="144" />
        <source>Please give the tandem a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="145" />
        <source>Please enter the leader's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="146" />
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
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="79" />
        <source>Deleted records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="86" />
        <source>The Trash is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="91" />
        <source>&amp;Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="92" />
        <source>&amp;Delete for good…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="93" />
        <source>&amp;Empty Trash…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="131" />
        <source>Delete for good</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="132" />
        <source>Delete %n record(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n record for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n records for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="136" />
        <source>Empty Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="137" />
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
<context>
    <name>Undo</name>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="58" />
        <source>Change decision level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="60" />
        <source>Change the order</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="73" />
        <source>Add %n record(s)</source>
        <translation>
            <numerusform>Add %n record</numerusform>
            <numerusform>Add %n records</numerusform>
        </translation></message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="75" />
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>Delete %n record</numerusform>
            <numerusform>Delete %n records</numerusform>
        </translation></message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="76" />
        <source>Restore %n record(s)</source>
        <translation>
            <numerusform>Restore %n record</numerusform>
            <numerusform>Restore %n records</numerusform>
        </translation></message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="83" />
        <source>Add %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="85" />
        <source>Delete %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="87" />
        <source>Restore %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="93" />
        <source>Mark task done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="95" />
        <source>Reopen task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="98" />
        <source>Answer question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="101" />
        <source>Mark agenda item discussed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="103" />
        <source>Mark agenda item not discussed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="105" />
        <source>Move agenda item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="108" />
        <source>Cancel check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="110" />
        <source>Move check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="111" />
        <source>Edit %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="153" />
        <source>&amp;Undo '{action}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="154" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="156" />
        <source>&amp;Redo '{action}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="157" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="166" />
        <source>Moved to the Trash: {action}. Ctrl+Z brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="171" />
        <source>Undone: {action}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="174" />
        <source>Done again: {action}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="184" />
        <source>Cannot undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="185" />
        <source>This step can no longer be taken back: its record was deleted for good from the Trash.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UndoRecord</name>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="27" />
        <source>tandem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="28" />
        <source>question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="29" />
        <source>access item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="30" />
        <source>check-in series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="31" />
        <source>check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="32" />
        <source>agenda item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="33" />
        <source>task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="34" />
        <source>working agreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="35" />
        <source>feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="36" />
        <source>feedback prompt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="37" />
        <source>area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="38" />
        <source>decision rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="39" />
        <source>level change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="40" />
        <source>vision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="41" />
        <source>goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="42" />
        <source>goal link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="43" />
        <source>health check</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>