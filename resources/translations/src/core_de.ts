<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BackupModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="30" />
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="30" />
        <source>Occasion</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="30" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="37" />
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="37" />
        <source>By hand</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="38" />
        <source>Before an update</source>
        <translation>Vor einem Update</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="38" />
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="39" />
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
</context>
<context>
    <name>CameBack</name>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/came_back.py" line="32" />
        <source>Your partner changed %n record(s) after you had deleted them here, so they are back:</source>
        <translation>
            <numerusform>Ihr Gegenüber hat %n Eintrag geändert, nachdem Sie ihn hier gelöscht hatten; deshalb ist er wieder da:</numerusform>
            <numerusform>Ihr Gegenüber hat %n Einträge geändert, nachdem Sie sie hier gelöscht hatten; deshalb sind sie wieder da:</numerusform>
        </translation></message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/came_back.py" line="38" />
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation></message>
    <message>
        <location filename="../../../tandem_desktop/ui/came_back.py" line="40" />
        <source>Whatever you no longer need, you can delete again.</source>
        <translation>Was Sie nicht mehr brauchen, können Sie wieder löschen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/came_back.py" line="54" />
        <source>Deleted records are back</source>
        <translation>Gelöschte Einträge sind wieder da</translation>
    </message>
</context>
<context>
    <name>ConflictFields</name>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="43" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="44" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="45" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="46" />
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="47" />
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="48" />
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="49" />
        <source>Place or link</source>
        <translation>Ort oder Link</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="50" />
        <source>Standing items</source>
        <translation>Feste Punkte</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="51" />
        <source>Shared notes</source>
        <translation>Gemeinsame Notizen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="52" />
        <source>Retrospective</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="53" />
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="54" />
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="55" />
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="56" />
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="57" />
        <source>Request</source>
        <translation>Bitte</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="58" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="59" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="60" />
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="61" />
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="62" />
        <source>Limits and conditions</source>
        <translation>Grenzen und Bedingungen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="63" />
        <source>Horizon</source>
        <translation>Zeithorizont</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="64" />
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="65" />
        <source>The assistant's role</source>
        <translation>Rolle der Assistenz</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="66" />
        <source>The assistant's contribution</source>
        <translation>Beitrag der Assistenz</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="67" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="70" />
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="71" />
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="72" />
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="73" />
        <source>Where we want to go</source>
        <translation>Wohin wir wollen</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="90" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="90" />
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="90" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="100" />
        <source>(deleted for good)</source>
        <translation>(endgültig gelöscht)</translation>
    </message>
</context>
<context>
    <name>ConflictStatus</name>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="271" />
        <source>Texts you and your partner changed at the same time</source>
        <translation>Texte, die Sie und Ihr Gegenüber gleichzeitig geändert haben</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="284" />
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n Konflikt zu klären</numerusform>
            <numerusform>%n Konflikte zu klären</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="112" />
        <source>Conflicts to review</source>
        <translation>Konflikte klären</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="116" />
        <source>You and your partner changed these texts at the same time. Each shows the version the record holds now and the one it replaced. Nothing is lost: keep the current version, take the other one, or combine both and save the result.</source>
        <translation>Sie und Ihr Gegenüber haben diese Texte gleichzeitig geändert. Zu jedem sehen Sie die Fassung, die der Eintrag jetzt enthält, und die, die sie ersetzt hat. Es geht nichts verloren: Behalten Sie die aktuelle Fassung, übernehmen Sie die andere oder führen Sie beide zusammen und speichern Sie das Ergebnis.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="121" />
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="128" />
        <source>No conflicts wait for review.</source>
        <translation>Keine Konflikte zu klären.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="137" />
        <source>Current version</source>
        <translation>Aktuelle Fassung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="137" />
        <source>&amp;Keep current version</source>
        <translation>Aktuelle Fassung &amp;behalten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="139" />
        <source>Other version</source>
        <translation>Andere Fassung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="139" />
        <source>&amp;Take other version</source>
        <translation>&amp;Andere Fassung übernehmen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="143" />
        <source>Combined from both</source>
        <translation>Aus beiden zusammengeführt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="146" />
        <source>Combined text</source>
        <translation>Zusammengeführter Text</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="151" />
        <source>&amp;Save combined text</source>
        <translation>Zusammengeführten Text &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="229" />
        <source>The record is in the Trash. Restore it to change its text; you can copy from both versions.</source>
        <translation>Der Eintrag liegt im Papierkorb. Stellen Sie ihn wieder her, um seinen Text zu ändern; aus beiden Fassungen können Sie kopieren.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="232" />
        <source>The record was deleted for good. You can still copy from both versions.</source>
        <translation>Der Eintrag wurde endgültig gelöscht. Aus beiden Fassungen können Sie weiterhin kopieren.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="241" />
        <source>From this computer</source>
        <translation>Von diesem Computer</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="243" />
        <source>From the device “{device}”</source>
        <translation>Vom Gerät „{device}“</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="246" />
        <source>From {name}'s device</source>
        <translation>Vom Gerät von {name}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="247" />
        <source>From another device</source>
        <translation>Von einem anderen Gerät</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="250" />
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../../../tandem_desktop/ui/links.py" line="46" />
        <source>Link not opened</source>
        <translation>Link nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/links.py" line="47" />
        <source>Only web addresses (http, https) and e-mail addresses (mailto) can be opened. This is not one:

{link}</source>
        <translation>Geöffnet werden nur Webadressen (http, https) und E-Mail-Adressen (mailto). Dies ist keine davon:

{link}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/links.py" line="54" />
        <source>Open this address with the program your system uses for it?

{link}</source>
        <translation>Diese Adresse mit dem Programm öffnen, das Ihr System dafür verwendet?

{link}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/links.py" line="53" />
        <source>Open link?</source>
        <translation>Link öffnen?</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../../tandem_desktop/ui/list_export.py" line="16" />
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="104" />
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="184" />
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="188" />
        <source>Tandem:</source>
        <translation>Tandem:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="191" />
        <source>Current tandem</source>
        <translation>Aktuelles Tandem</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="193" />
        <source>Pick a tandem (Ctrl+Alt+1 … 9) or all tandems at once (Ctrl+0)</source>
        <translation>Ein Tandem wählen (Strg+Alt+1 … 9) oder alle Tandems zugleich (Strg+0)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="199" />
        <location filename="../../../tandem_desktop/ui/main_window.py" line="201" />
        <location filename="../../../tandem_desktop/ui/main_window.py" line="205" />
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="202" />
        <source>Create a new record</source>
        <translation>Einen neuen Eintrag anlegen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="208" />
        <source>Tandem…</source>
        <translation>Tandem…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="225" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="227" />
        <source>&amp;New tandem…</source>
        <translation>&amp;Neues Tandem…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="228" />
        <source>&amp;Edit tandem…</source>
        <translation>Tandem &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="229" />
        <source>&amp;Archive tandem</source>
        <translation>Tandem &amp;archivieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="231" />
        <source>Archived tandems</source>
        <translation>Archivierte Tandems</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="234" />
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="235" />
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="239" />
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="240" />
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="241" />
        <source>Open &amp;data folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="244" />
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="248" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="250" />
        <source>&amp;Trash…</source>
        <translation>&amp;Papierkorb…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="252" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="263" />
        <source>&amp;All tandems</source>
        <translation>&amp;Alle Tandems</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="267" />
        <source>Tandem {number}</source>
        <translation>Tandem {number}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="271" />
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="272" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="274" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="275" />
        <source>&amp;About Tandem</source>
        <translation>&amp;Über Tandem</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="286" />
        <source>All tandems</source>
        <translation>Alle Tandems</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="370" />
        <source>Archive the tandem “{name}”? It disappears from the switcher and can be brought back from File ▸ Archived tandems.</source>
        <translation>Das Tandem „{name}“ archivieren? Es verschwindet aus der Auswahl und lässt sich unter Datei ▸ Archivierte Tandems zurückholen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="375" />
        <source>Archive tandem</source>
        <translation>Tandem archivieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="389" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="392" />
        <source>Bring back “{name}”</source>
        <translation>„{name}“ zurückholen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="407" />
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="408" />
        <source>The backup could not be written: {reason}
Your data is unchanged.</source>
        <translation>Die Sicherung konnte nicht geschrieben werden: {reason}
Ihre Daten sind unverändert.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="411" />
        <source>Backup saved: {name}</source>
        <translation>Sicherung gespeichert: {name}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="438" />
        <source>About Tandem</source>
        <translation>Über Tandem</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="439" />
        <source>Tandem {version}

A planner for the partnership of a leader and an assistant.

Data folder: {folder}
Schema version: {schema}</source>
        <translation>Tandem {version}

Ein Planer für die Partnerschaft von Führungskraft und Assistenz.

Datenordner: {folder}
Schemaversion: {schema}</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="26" />
        <source>Tandem is already running with the data folder {folder}. Switch to the open window; a second copy would risk overwriting its changes.</source>
        <translation>Tandem läuft bereits mit dem Datenordner {folder}. Wechseln Sie zum geöffneten Fenster; eine zweite Instanz könnte dessen Änderungen überschreiben.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="32" />
        <source>The data in {folder} was saved by a newer version of Tandem (format {found}; this version reads up to {supported}). Please install the newer version. The file has not been changed.</source>
        <translation>Die Daten in {folder} stammen von einer neueren Tandem-Version (Format {found}; diese Version liest bis {supported}). Bitte installieren Sie die neuere Version. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="39" />
        <source>The data folder {folder} cannot be used: {reason}. Nothing was deleted or created. Choose another folder with --data-dir or fix the folder's permissions.</source>
        <translation>Der Datenordner {folder} kann nicht verwendet werden: {reason}. Es wurde nichts gelöscht oder angelegt. Wählen Sie mit --data-dir einen anderen Ordner oder korrigieren Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="45" />
        <source>The data file could not be read ({reason}). It was not deleted: it has been moved aside as {name}.</source>
        <translation>Die Datendatei konnte nicht gelesen werden ({reason}). Sie wurde nicht gelöscht, sondern als {name} beiseitegelegt.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="50" />
        <source>The data could not be opened: {reason}. Nothing was changed.</source>
        <translation>Die Daten konnten nicht geöffnet werden: {reason}. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="71" />
        <source>Restored the backup of {date}.</source>
        <translation>Die Sicherung vom {date} wurde wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="77" />
        <source>Data file damaged</source>
        <translation>Datendatei beschädigt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="83" />
        <source>The newest intact backup is from {date}.</source>
        <translation>Die neueste intakte Sicherung stammt vom {date}.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="88" />
        <source>Restore that backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="92" />
        <source>Start with an empty file</source>
        <translation>Mit leerer Datei beginnen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="95" />
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="107" />
        <source>on a network drive ({root})</source>
        <translation>auf einem Netzlaufwerk ({root})</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="110" />
        <source>in a {service} folder ({root})</source>
        <translation>in einem {service}-Ordner ({root})</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/recovery.py" line="112" />
        <source>The data folder {folder} lies {where}.
A sync program copies the database while Tandem writes to it, and network drives do not keep SQLite's locks: either can damage the file or bring back an old copy. Please move the data folder to a local folder (start Tandem with --data-dir) and use File ▸ Back up now for copies.</source>
        <translation>Der Datenordner {folder} liegt {where}.
Ein Synchronisierungsprogramm kopiert die Datenbank, während Tandem hineinschreibt, und Netzlaufwerke halten die Sperren von SQLite nicht zuverlässig ein: Beides kann die Datei beschädigen oder eine alte Kopie zurückbringen. Bitte verschieben Sie den Datenordner in einen lokalen Ordner (Tandem mit --data-dir starten) und legen Sie Kopien mit Datei ▸ Jetzt sichern an.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="48" />
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="86" />
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="52" />
        <source>Choose a backup to go back to. Your current data is backed up first, so this step can be undone the same way.</source>
        <translation>Wählen Sie die Sicherung, zu der Sie zurückkehren möchten. Ihr aktueller Stand wird vorher gesichert, sodass sich dieser Schritt auf dem gleichen Weg rückgängig machen lässt.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="63" />
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="68" />
        <source>There are no backups yet.</source>
        <translation>Es gibt noch keine Sicherungen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="70" />
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="87" />
        <source>Go back to the state of {when}? Changes made since then are kept in a new backup.</source>
        <translation>Zum Stand vom {when} zurückkehren? Spätere Änderungen bleiben in einer neuen Sicherung erhalten.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="93" />
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="94" />
        <source>The backup could not be restored: {reason}
Your data is unchanged.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: {reason}
Ihre Daten sind unverändert.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="101" />
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="102" />
        <source>The data is back at the state of {when}. The state before is saved as {name}.</source>
        <translation>Die Daten sind wieder auf dem Stand vom {when}. Der vorherige Stand ist als {name} gesichert.</translation>
    </message>
</context>
<context>
    <name>RunAction</name>
    <message>
        <location filename="../../../tandem_desktop/ui/actions.py" line="24" />
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/actions.py" line="25" />
        <source>This change was not saved; nothing that was saved before is lost.
{reason}</source>
        <translation>Diese Änderung wurde nicht gespeichert; alles bisher Gespeicherte bleibt erhalten.
{reason}</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="227" />
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="232" />
        <source>Search questions, tasks, meetings, rules …</source>
        <translation>Fragen, Aufgaben, Besprechungen, Regeln … durchsuchen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="234" />
        <source>Search everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="238" />
        <source>In all tandems</source>
        <translation>In allen Tandems</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="239" />
        <source>Search every active tandem, not only this one</source>
        <translation>In jedem aktiven Tandem suchen, nicht nur in diesem</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="246" />
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="273" />
        <source>Type a word or the start of one.</source>
        <translation>Geben Sie ein Wort oder seinen Anfang ein.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="283" />
        <source>Nothing found for “{text}”.</source>
        <translation>Nichts gefunden für „{text}“.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="287" />
        <source>Enter opens the selected result; Esc closes the search.</source>
        <translation>Eingabetaste öffnet den gewählten Treffer, Esc schließt die Suche.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="293" />
        <source>Did you mean “{words}”?</source>
        <translation>Meinten Sie „{words}“?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="395" />
        <source>Search…</source>
        <translation>Suchen …</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/search.py" line="399" />
        <source>Search everything in this tandem or in all (Ctrl+F or Ctrl+K)</source>
        <translation>Alles in diesem Tandem oder in allen durchsuchen (Strg+F oder Strg+K)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="37" />
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="43" />
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="108" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="44" />
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="50" />
        <source>Theme</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="51" />
        <source>Like the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="51" />
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="52" />
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="57" />
        <source>Reminder before a check-in</source>
        <translation>Erinnerung vor einem Check-in</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="59" />
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="60" />
        <source>No reminder</source>
        <translation>Keine Erinnerung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="62" />
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="63" />
        <source>&amp;Theme:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="64" />
        <source>&amp;Reminder before a check-in:</source>
        <translation>&amp;Erinnerung vor einem Check-in:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="66" />
        <source>Keep running in the system tray when the window is closed</source>
        <translation>Beim Schließen des Fensters im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="70" />
        <source>This desktop has no system tray.</source>
        <translation>Diese Arbeitsoberfläche hat keinen Infobereich.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="75" />
        <source>Name of this computer</source>
        <translation>Name dieses Computers</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="80" />
        <source>How your partner sees this computer when your copies are kept in step</source>
        <translation>Unter diesem Namen sieht Ihr Gegenüber diesen Computer, wenn Ihre Kopien abgeglichen werden</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="81" />
        <source>Name of this &amp;computer:</source>
        <translation>Name dieses &amp;Computers:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="109" />
        <source>The new language applies fully after Tandem restarts.</source>
        <translation>Die neue Sprache gilt vollständig nach einem Neustart von Tandem.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../../tandem_desktop/ui/startup.py" line="33" />
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>StepIntro</name>
    <message>
        <location filename="../../../tandem_desktop/ui/intro.py" line="13" />
        <source>1 · Trust</source>
        <translation>1 · Vertrauen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/intro.py" line="14" />
        <source>Trust grows when responsibility comes with the authority to act, when information flows openly, and when no question is too small to ask. Collect questions, answer them once for good, and keep an open record of which accounts, systems and budgets you share.</source>
        <translation>Vertrauen wächst, wenn mit der Verantwortung auch die Befugnis zum Handeln kommt, wenn Informationen offen fließen und keine Frage zu klein ist. Sammeln Sie Fragen, beantworten Sie sie einmal gründlich und führen Sie offen Buch darüber, welche Konten, Systeme und Budgets Sie teilen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/intro.py" line="23" />
        <source>2 · Communication</source>
        <translation>2 · Kommunikation</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/intro.py" line="24" />
        <source>Misunderstandings cost the most time. Meet on a rhythm that suits the two of you, keep one agenda that nothing falls off, agree how you reach each other, and look back now and then at what would make your check-ins better.</source>
        <translation>Missverständnisse kosten die meiste Zeit. Treffen Sie sich in einem Rhythmus, der zu Ihnen beiden passt, führen Sie eine Agenda, von der nichts verloren geht, vereinbaren Sie, wie Sie einander erreichen, und schauen Sie ab und zu zurück, was Ihre Check-ins besser machen würde.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/intro.py" line="32" />
        <source>3 · Feedback</source>
        <translation>3 · Feedback</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/intro.py" line="33" />
        <source>A partnership improves through honest feedback in both directions: the leader gives it and asks for it. Note it while it is fresh, agree a rhythm for talking about it, and keep an eye on the balance.</source>
        <translation>Eine Partnerschaft wird durch ehrliches Feedback in beide Richtungen besser: Die Führungskraft gibt es und holt es ein. Halten Sie es fest, solange es frisch ist, vereinbaren Sie einen Rhythmus für das Gespräch darüber und achten Sie auf die Balance.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/intro.py" line="41" />
        <source>4 · Delegation</source>
        <translation>4 · Delegation</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/intro.py" line="42" />
        <source>Handing over tasks is not yet delegation: responsibility has to come with decisions. Agree which decisions the assistant takes alone and which need a word first, on seven levels from 'the leader decides' to 'the assistant decides'.</source>
        <translation>Aufgaben abzugeben ist noch keine Delegation: Zur Verantwortung gehören Entscheidungen. Vereinbaren Sie, welche Entscheidungen die Assistenz allein trifft und welche vorher eine Abstimmung brauchen – auf sieben Stufen von „die Führungskraft entscheidet“ bis „die Assistenz entscheidet“.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/intro.py" line="51" />
        <source>5 · Vision</source>
        <translation>5 · Vision</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/intro.py" line="52" />
        <source>A pair that knows where it is heading becomes a partnership of equals. Write down where the leader wants to go, what part the assistant plays in it, and the goals on the way there.</source>
        <translation>Ein Tandem, das sein Ziel kennt, wird zu einer Partnerschaft auf Augenhöhe. Halten Sie fest, wohin die Führungskraft will, welche Rolle die Assistenz dabei spielt und welche Ziele auf dem Weg liegen.</translation>
    </message>
</context>
<context>
    <name>TandemDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="45" />
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="51" />
        <source>Welcome to Tandem</source>
        <translation>Willkommen bei Tandem</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="46" />
        <source>Edit tandem</source>
        <translation>Tandem bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="46" />
        <source>New tandem</source>
        <translation>Neues Tandem</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="53" />
        <source>Tandem helps a leader and an assistant build their partnership step by step: trust, clear communication, feedback, deliberate delegation and a shared vision. Start by naming your tandem. Everything stays on this computer.</source>
        <translation>Tandem hilft Führungskraft und Assistenz, ihre Partnerschaft Schritt für Schritt aufzubauen: Vertrauen, klare Kommunikation, Feedback, bewusste Delegation und eine gemeinsame Vision. Geben Sie Ihrem Tandem zuerst einen Namen. Alle Daten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="61" />
        <source>Tandem name</source>
        <translation>Name des Tandems</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="62" />
        <source>e.g. Office of the managing director</source>
        <translation>z. B. Büro der Geschäftsführung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="65" />
        <source>Leader's name</source>
        <translation>Name der Führungskraft</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="68" />
        <source>Assistant's name</source>
        <translation>Name der Assistenz</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="70" />
        <source>the leader</source>
        <translation>die Führungskraft</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="71" />
        <source>the assistant</source>
        <translation>die Assistenz</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="84" />
        <source>Started on</source>
        <translation>Begonnen am</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="88" />
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="89" />
        <source>Feedback conversation every</source>
        <translation>Feedbackgespräch alle</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="91" />
        <source>&amp;Tandem name:</source>
        <translation>&amp;Name des Tandems:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="93" />
        <source>&amp;Leader:</source>
        <translation>&amp;Führungskraft:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="95" />
        <source>A&amp;ssistant:</source>
        <translation>A&amp;ssistenz:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="97" />
        <source>I am:</source>
        <translation>Ich bin:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="98" />
        <source>Started &amp;on:</source>
        <translation>&amp;Begonnen am:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="99" />
        <source>&amp;Feedback every:</source>
        <translation>Feed&amp;back alle:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="106" />
        <source>Create tandem</source>
        <translation>Tandem anlegen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="106" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="111" />
        <source>Explore the demo</source>
        <translation>Demo ansehen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="112" />
        <source>Open a tandem filled with example content</source>
        <translation>Ein Tandem mit Beispielinhalten öffnen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="134" />
        <source>Please give the tandem a name.</source>
        <translation>Bitte geben Sie dem Tandem einen Namen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="135" />
        <source>Please enter the leader's name.</source>
        <translation>Bitte geben Sie den Namen der Führungskraft ein.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="136" />
        <source>Please enter the assistant's name.</source>
        <translation>Bitte geben Sie den Namen der Assistenz ein.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="67" />
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="71" />
        <source>Deleted records of this tandem. Restore brings a record back where it was; Delete for good removes it from this computer.</source>
        <translation>Gelöschte Einträge dieses Tandems. „Wiederherstellen“ holt einen Eintrag an seinen Platz zurück; „Endgültig löschen“ entfernt ihn von diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="78" />
        <source>Deleted records</source>
        <translation>Gelöschte Einträge</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="85" />
        <source>The Trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="90" />
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="91" />
        <source>&amp;Delete for good…</source>
        <translation>&amp;Endgültig löschen…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="92" />
        <source>&amp;Empty Trash…</source>
        <translation>Papierkorb &amp;leeren…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="130" />
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="131" />
        <source>Delete %n record(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>%n Eintrag endgültig löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n Einträge endgültig löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="135" />
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="136" />
        <source>Delete everything in the Trash for good? This cannot be undone.</source>
        <translation>Alles im Papierkorb endgültig löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="38" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="38" />
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="38" />
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tray.py" line="25" />
        <source>Show Tandem</source>
        <translation>Tandem anzeigen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tray.py" line="27" />
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
</TS>