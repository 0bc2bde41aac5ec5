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
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="40" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="41" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="42" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="43" />
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="44" />
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="45" />
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="46" />
        <source>Place or link</source>
        <translation>Ort oder Link</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="47" />
        <source>Standing items</source>
        <translation>Feste Punkte</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="48" />
        <source>Shared notes</source>
        <translation>Gemeinsame Notizen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="49" />
        <source>Retrospective</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="50" />
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="51" />
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="52" />
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="53" />
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="54" />
        <source>Request</source>
        <translation>Bitte</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="55" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="56" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="57" />
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="58" />
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="59" />
        <source>Limits and conditions</source>
        <translation>Grenzen und Bedingungen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="60" />
        <source>Horizon</source>
        <translation>Zeithorizont</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="61" />
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="62" />
        <source>The assistant's role</source>
        <translation>Rolle der Assistenz</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="63" />
        <source>The assistant's contribution</source>
        <translation>Beitrag der Assistenz</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="64" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="67" />
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="68" />
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="69" />
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="70" />
        <source>Where we want to go</source>
        <translation>Wohin wir wollen</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="87" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="87" />
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="87" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="97" />
        <source>(deleted for good)</source>
        <translation>(endgültig gelöscht)</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="109" />
        <source>Conflicts to review</source>
        <translation>Konflikte klären</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="113" />
        <source>You and your partner changed these texts at the same time. Each shows the version the record holds now and the one it replaced. Nothing is lost: keep the current version, take the other one, or combine both and save the result.</source>
        <translation>Sie und Ihr Gegenüber haben diese Texte gleichzeitig geändert. Zu jedem sehen Sie die Fassung, die der Eintrag jetzt enthält, und die, die sie ersetzt hat. Es geht nichts verloren: Behalten Sie die aktuelle Fassung, übernehmen Sie die andere oder führen Sie beide zusammen und speichern Sie das Ergebnis.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="118" />
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="125" />
        <source>No conflicts wait for review.</source>
        <translation>Keine Konflikte zu klären.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="134" />
        <source>Current version</source>
        <translation>Aktuelle Fassung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="134" />
        <source>&amp;Keep current version</source>
        <translation>Aktuelle Fassung &amp;behalten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="136" />
        <source>Other version</source>
        <translation>Andere Fassung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="136" />
        <source>&amp;Take other version</source>
        <translation>&amp;Andere Fassung übernehmen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="140" />
        <source>Combined from both</source>
        <translation>Aus beiden zusammengeführt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="143" />
        <source>Combined text</source>
        <translation>Zusammengeführter Text</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="148" />
        <source>&amp;Save combined text</source>
        <translation>Zusammengeführten Text &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="226" />
        <source>The record is in the Trash. Restore it to change its text; you can copy from both versions.</source>
        <translation>Der Eintrag liegt im Papierkorb. Stellen Sie ihn wieder her, um seinen Text zu ändern; aus beiden Fassungen können Sie kopieren.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="229" />
        <source>The record was deleted for good. You can still copy from both versions.</source>
        <translation>Der Eintrag wurde endgültig gelöscht. Aus beiden Fassungen können Sie weiterhin kopieren.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="238" />
        <source>From this computer</source>
        <translation>Von diesem Computer</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="240" />
        <source>From the device “{device}”</source>
        <translation>Vom Gerät „{device}“</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="243" />
        <source>From {name}'s device</source>
        <translation>Vom Gerät von {name}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="244" />
        <source>From another device</source>
        <translation>Von einem anderen Gerät</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/conflicts_dialog.py" line="247" />
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
</context>
<context>
    <name>DeviceModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="46" />
        <source>Partner device</source>
        <translation>Gerät des Gegenübers</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="46" />
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="53" />
        <source>(not named yet)</source>
        <translation>(noch ohne Namen)</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/shared_folder.py" line="43" />
        <source>Shared folder</source>
        <translation>Gemeinsamer Ordner</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/shared_folder.py" line="44" />
        <source>e.g. your Syncthing or Nextcloud folder</source>
        <translation>z. B. Ihr Syncthing- oder Nextcloud-Ordner</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/shared_folder.py" line="45" />
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
</context>
<context>
    <name>HeldModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="62" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="62" />
        <source>Would be deleted</source>
        <translation>Würde gelöscht</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="70" />
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="71" />
        <source>{label} (deleted for good)</source>
        <translation>{label} (endgültig gelöscht)</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="66" />
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="69" />
        <source>Join my partner's tandem</source>
        <translation>Dem Tandem meines Gegenübers beitreten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="71" />
        <source>Your partner shared a tandem through a folder the two of you already share. Choose that folder as it appears on this computer and type the pairing code your partner gave you.</source>
        <translation>Ihr Gegenüber hat ein Tandem über einen Ordner geteilt, den Sie beide bereits gemeinsam nutzen. Wählen Sie diesen Ordner so, wie er auf diesem Computer liegt, und geben Sie den Kopplungscode ein, den Sie von Ihrem Gegenüber bekommen haben.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="75" />
        <source>The folder your partner shares with you</source>
        <translation>Der Ordner, den Ihr Gegenüber mit Ihnen teilt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="77" />
        <source>Shared &amp;folder:</source>
        <translation>Gemeinsamer &amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="81" />
        <source>Pairing code</source>
        <translation>Kopplungscode</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="84" />
        <source>Pairing &amp;code:</source>
        <translation>&amp;Kopplungscode:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="88" />
        <source>My side in this tandem</source>
        <translation>Meine Seite in diesem Tandem</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="89" />
        <source>The side my partner does not take</source>
        <translation>Die Seite, die mein Gegenüber nicht einnimmt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="90" />
        <source>The leader</source>
        <translation>Die Führungskraft</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="91" />
        <source>The assistant</source>
        <translation>Die Assistenz</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="93" />
        <source>On a further computer of yours (a second laptop, say), choose your side here</source>
        <translation>Auf einem weiteren eigenen Computer (etwa einem zweiten Laptop) wählen Sie hier Ihre Seite</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="94" />
        <source>&amp;I am:</source>
        <translation>&amp;Ich bin:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="101" />
        <source>Reading your partner's tandem… For a large tandem this takes a few seconds.</source>
        <translation>Das Tandem Ihres Gegenübers wird gelesen… Bei einem großen Tandem dauert das einige Sekunden.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="105" />
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="119" />
        <source>Please choose the shared folder.</source>
        <translation>Bitte wählen Sie den gemeinsamen Ordner.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="120" />
        <source>There is no folder “{path}”.</source>
        <translation>Es gibt keinen Ordner „{path}“.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="165" />
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="223" />
        <source>Nothing was joined: {reason}</source>
        <translation>Der Beitritt ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="182" />
        <source>Please type the pairing code your partner gave you.</source>
        <translation>Bitte geben Sie den Kopplungscode ein, den Sie von Ihrem Gegenüber bekommen haben.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="185" />
        <source>A pairing code has no “{characters}”: it is made of the digits 2 to 9 and the letters A to Z without I, L and O.</source>
        <translation>Ein Kopplungscode enthält kein „{characters}“: Er besteht aus den Ziffern 2 bis 9 und den Buchstaben A bis Z ohne I, L und O.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="189" />
        <source>A pairing code has {length} letters and digits; this one has {typed}.</source>
        <translation>Ein Kopplungscode hat {length} Buchstaben und Ziffern, dieser hat {typed}.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="201" />
        <source>“{path}” holds no shared tandem. Choose the folder your partner shared the tandem through.</source>
        <translation>„{path}“ enthält kein geteiltes Tandem. Wählen Sie den Ordner, über den Ihr Gegenüber das Tandem geteilt hat.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="229" />
        <source>This code does not open the shared folder. Check it with your partner; nothing was joined.</source>
        <translation>Dieser Code öffnet den gemeinsamen Ordner nicht. Prüfen Sie ihn mit Ihrem Gegenüber; es wurde nichts übernommen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="210" />
        <source>The leader and the assistant both work in this tandem already. Choose which side this computer belongs to.</source>
        <translation>Führungskraft und Assistenz arbeiten bereits beide in diesem Tandem. Wählen Sie, zu welcher Seite dieser Computer gehört.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/join_dialog.py" line="214" />
        <source>This computer already holds that tandem; nothing was joined.</source>
        <translation>Dieses Tandem ist auf diesem Computer bereits vorhanden; es wurde nichts übernommen.</translation>
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
        <location filename="../../../tandem_desktop/ui/main_window.py" line="107" />
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="194" />
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="198" />
        <source>Tandem:</source>
        <translation>Tandem:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="201" />
        <source>Current tandem</source>
        <translation>Aktuelles Tandem</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="203" />
        <source>Pick a tandem (Ctrl+Alt+1 … 9) or all tandems at once (Ctrl+0)</source>
        <translation>Ein Tandem wählen (Strg+Alt+1 … 9) oder alle Tandems zugleich (Strg+0)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="210" />
        <source>Ne&amp;w</source>
        <translation>Ne&amp;u</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="212" />
        <location filename="../../../tandem_desktop/ui/main_window.py" line="216" />
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="213" />
        <source>Create a new record</source>
        <translation>Einen neuen Eintrag anlegen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="219" />
        <source>Tandem…</source>
        <translation>Tandem…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="236" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="239" />
        <source>&amp;New tandem…</source>
        <translation>&amp;Neues Tandem…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="240" />
        <source>&amp;Edit tandem…</source>
        <translation>Tandem &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="241" />
        <source>&amp;Archive tandem</source>
        <translation>Tandem &amp;archivieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="243" />
        <source>Archi&amp;ved tandems</source>
        <translation>Archivier&amp;te Tandems</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="246" />
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="247" />
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="251" />
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="253" />
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="254" />
        <source>Open &amp;data folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="257" />
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="261" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="263" />
        <source>&amp;Trash…</source>
        <translation>&amp;Papierkorb…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="265" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="276" />
        <source>&amp;All tandems</source>
        <translation>&amp;Alle Tandems</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="280" />
        <source>Tandem {number}</source>
        <translation>Tandem {number}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="284" />
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="285" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="287" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="288" />
        <source>&amp;About Tandem</source>
        <translation>&amp;Über Tandem</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="299" />
        <source>All tandems</source>
        <translation>Alle Tandems</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="383" />
        <source>Archive the tandem “{name}”? It disappears from the switcher and can be brought back from File ▸ Archived tandems.</source>
        <translation>Das Tandem „{name}“ archivieren? Es verschwindet aus der Auswahl und lässt sich unter Datei ▸ Archivierte Tandems zurückholen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="388" />
        <source>Archive tandem</source>
        <translation>Tandem archivieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="402" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="405" />
        <source>Bring back “{name}”</source>
        <translation>„{name}“ zurückholen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="421" />
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="422" />
        <source>The backup could not be written: {reason}
Your data is unchanged.</source>
        <translation>Die Sicherung konnte nicht geschrieben werden: {reason}
Ihre Daten sind unverändert.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="425" />
        <source>Backup saved: {name}</source>
        <translation>Sicherung gespeichert: {name}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="452" />
        <source>About Tandem</source>
        <translation>Über Tandem</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/main_window.py" line="453" />
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
    <name>PeerModel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="42" />
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="42" />
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="46" />
        <source>(no name yet)</source>
        <translation>(noch ohne Namen)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="47" />
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
</context>
<context>
    <name>RecordWatch</name>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/record_watch.py" line="80" />
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/record_watch.py" line="102" />
        <source>This record was deleted on the other computer.</source>
        <translation>Dieser Eintrag wurde auf dem anderen Computer gelöscht.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/record_watch.py" line="110" />
        <source>This record was changed on the other computer while you were editing it. Reload to see that version (what you typed here is replaced), or save to keep yours.</source>
        <translation>Dieser Eintrag wurde auf dem anderen Computer geändert, während Sie ihn bearbeitet haben. Laden Sie ihn neu, um diese Fassung zu sehen (Ihre Eingaben hier werden ersetzt), oder speichern Sie, um Ihre zu behalten.</translation>
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
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="87" />
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="52" />
        <source>Choose a backup to go back to. Your current data is backed up first, so this step can be undone the same way.</source>
        <translation>Wählen Sie die Sicherung, zu der Sie zurückkehren möchten. Ihr aktueller Stand wird vorher gesichert, sodass sich dieser Schritt auf dem gleichen Weg rückgängig machen lässt.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="64" />
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="69" />
        <source>There are no backups yet.</source>
        <translation>Es gibt noch keine Sicherungen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="71" />
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="88" />
        <source>Go back to the state of {when}? Changes made since then are kept in a new backup.</source>
        <translation>Zum Stand vom {when} zurückkehren? Spätere Änderungen bleiben in einer neuen Sicherung erhalten.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="94" />
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="95" />
        <source>The backup could not be restored: {reason}
Your data is unchanged.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: {reason}
Ihre Daten sind unverändert.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="102" />
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/restore_dialog.py" line="103" />
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
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="52" />
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="58" />
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="171" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="59" />
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="65" />
        <source>Theme</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="66" />
        <source>Like the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="66" />
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="67" />
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="72" />
        <source>Reminder before a check-in</source>
        <translation>Erinnerung vor einem Check-in</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="74" />
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="75" />
        <source>No reminder</source>
        <translation>Keine Erinnerung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="77" />
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="78" />
        <source>&amp;Theme:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="79" />
        <source>&amp;Reminder before a check-in:</source>
        <translation>&amp;Erinnerung vor einem Check-in:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="81" />
        <source>Keep running in the system tray when the window is closed</source>
        <translation>Beim Schließen des Fensters im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="85" />
        <source>This desktop has no system tray.</source>
        <translation>Diese Arbeitsoberfläche hat keinen Infobereich.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="87" />
        <source>Once a day, remind me of</source>
        <translation>Einmal am Tag erinnern an</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="92" />
        <source>Feedback due by our agreed rhythm</source>
        <translation>Feedback, das nach unserem Rhythmus fällig ist</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="94" />
        <source>Reviews due: decision rules, access, agreements, areas, the vision</source>
        <translation>Fällige Überprüfungen: Entscheidungsregeln, Zugänge, Vereinbarungen, Bereiche, Vision</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="96" />
        <source>Questions open longer than their urgency allows</source>
        <translation>Fragen, die länger offen sind, als ihre Dringlichkeit erlaubt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="101" />
        <source>Calendar file</source>
        <translation>Kalenderdatei</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="104" />
        <source>Keep {name} in this folder up to date after every change, for a calendar that subscribes to a file. Leave empty to keep none.</source>
        <translation>{name} in diesem Ordner nach jeder Änderung aktualisieren, für einen Kalender, der eine Datei abonniert. Leer lassen für keine Datei.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="109" />
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="130" />
        <source>Folder of the calendar file</source>
        <translation>Ordner der Kalenderdatei</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="112" />
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="138" />
        <source>There is no folder {folder}.</source>
        <translation>Den Ordner {folder} gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/settings_dialog.py" line="172" />
        <source>The new language applies fully after Tandem restarts.</source>
        <translation>Die neue Sprache gilt vollständig nach einem Neustart von Tandem.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="57" />
        <source>Share with my partner</source>
        <translation>Mit meinem Gegenüber teilen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="70" />
        <source>Share “{name}” with my partner</source>
        <translation>„{name}“ mit meinem Gegenüber teilen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="73" />
        <source>Choose a folder that you and your partner already share: a Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive or Google Drive folder, or a network share. Tandem keeps its own encrypted files in it; the sync program you already use carries them to your partner. Your data file itself stays on this computer.</source>
        <translation>Wählen Sie einen Ordner, den Sie und Ihr Gegenüber bereits gemeinsam nutzen: einen Ordner von Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive oder Google Drive oder eine Netzwerkfreigabe. Tandem legt dort eigene, verschlüsselte Dateien ab; das Synchronisierungsprogramm, das Sie bereits nutzen, bringt sie zu Ihrem Gegenüber. Ihre Datendatei selbst bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="78" />
        <source>The folder you share with your partner</source>
        <translation>Der Ordner, den Sie mit Ihrem Gegenüber teilen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="83" />
        <source>Writing this tandem into the shared folder…</source>
        <translation>Das Tandem wird in den gemeinsamen Ordner geschrieben…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="87" />
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="98" />
        <source>Please choose the shared folder.</source>
        <translation>Bitte wählen Sie den gemeinsamen Ordner.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="108" />
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="140" />
        <source>Nothing was shared: {reason}</source>
        <translation>Es wurde nichts geteilt: {reason}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="156" />
        <source>The pairing code for your partner</source>
        <translation>Der Kopplungscode für Ihr Gegenüber</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="163" />
        <source>Pairing code</source>
        <translation>Kopplungscode</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="171" />
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="172" />
        <source>Copy the code to the clipboard</source>
        <translation>Den Code in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="181" />
        <source>Pass this code on to your partner by phone or in person. It is never written into the shared folder, and Tandem keeps it nowhere: it cannot be shown again, so note it down now if your partner is not ready yet.</source>
        <translation>Geben Sie diesen Code am Telefon oder persönlich an Ihr Gegenüber weiter. Er wird nie in den gemeinsamen Ordner geschrieben, und Tandem speichert ihn nirgends: Er kann nicht noch einmal angezeigt werden. Notieren Sie ihn also jetzt, falls Ihr Gegenüber noch nicht so weit ist.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="185" />
        <source>On their computer, your partner chooses File ▸ Join my partner's tandem…, picks the same shared folder as it appears there and types the code. Capital or small letters, spaces and dashes do not matter.</source>
        <translation>Auf dem eigenen Computer wählt Ihr Gegenüber Datei ▸ Dem Tandem meines Gegenübers beitreten…, wählt denselben gemeinsamen Ordner so, wie er dort liegt, und gibt den Code ein. Groß- oder Kleinschreibung, Leerzeichen und Bindestriche spielen keine Rolle.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="197" />
        <source>The code is on the clipboard.</source>
        <translation>Der Code ist in der Zwischenablage.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="204" />
        <source>This tandem is already shared. For a new code, stop sharing it in Settings ▸ Preferences first.</source>
        <translation>Dieses Tandem ist bereits geteilt. Für einen neuen Code beenden Sie zuerst das Teilen unter Einstellungen ▸ Einstellungen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="207" />
        <source>There is no folder “{path}”.</source>
        <translation>Es gibt keinen Ordner „{path}“.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="209" />
        <source>Tandem cannot write into “{path}”. Choose a folder you may change.</source>
        <translation>Tandem kann nicht in „{path}“ schreiben. Wählen Sie einen Ordner, den Sie ändern dürfen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="212" />
        <source>“{path}” is the folder of a tandem that is already shared. Choose the folder you share with your partner.</source>
        <translation>„{path}“ ist der Ordner eines bereits geteilten Tandems. Wählen Sie den Ordner, den Sie mit Ihrem Gegenüber teilen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="216" />
        <source>“{path}” already holds another shared tandem. Choose a folder that only you and this partner share, or make a new folder inside it.</source>
        <translation>„{path}“ enthält bereits ein anderes geteiltes Tandem. Wählen Sie einen Ordner, den nur Sie und dieses Gegenüber teilen, oder legen Sie darin einen neuen Ordner an.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/share_dialog.py" line="220" />
        <source>“{path}” still holds this tandem from an earlier sharing, with your partner's files. Make a new folder inside it and choose that one.</source>
        <translation>„{path}“ enthält dieses Tandem noch von einem früheren Teilen, mit den Dateien Ihres Gegenübers. Legen Sie darin einen neuen Ordner an und wählen Sie diesen.</translation>
    </message>
</context>
<context>
    <name>SharedFolder</name>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/shared_folder.py" line="105" />
        <source>The shared folder is missing or not mounted, or it holds no shared tandem.</source>
        <translation>Der gemeinsame Ordner fehlt oder ist nicht eingebunden, oder er enthält kein geteiltes Tandem.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/shared_folder.py" line="108" />
        <source>The shared folder now belongs to another tandem.</source>
        <translation>Der gemeinsame Ordner gehört jetzt zu einem anderen Tandem.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/shared_folder.py" line="110" />
        <source>The shared folder was written by a newer Tandem. Update Tandem to keep working together.</source>
        <translation>Der gemeinsame Ordner wurde von einer neueren Tandem-Version geschrieben. Aktualisieren Sie Tandem, um weiter zusammenzuarbeiten.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/shared_folder.py" line="113" />
        <source>The shared folder's marker file cannot be read.</source>
        <translation>Die Kennungsdatei des gemeinsamen Ordners kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/shared_folder.py" line="114" />
        <source>The shared folder cannot be used right now.</source>
        <translation>Der gemeinsame Ordner kann gerade nicht verwendet werden.</translation>
    </message>
</context>
<context>
    <name>SharingMenu</name>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/menu.py" line="27" />
        <location filename="../../../tandem_desktop/ui/sync/menu.py" line="53" />
        <source>&amp;Share this tandem with my partner…</source>
        <translation>Dieses Tandem mit meinem Gegenüber tei&amp;len…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/menu.py" line="29" />
        <source>&amp;Join my partner's tandem…</source>
        <translation>Dem Tandem meines &amp;Gegenübers beitreten…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/menu.py" line="56" />
        <source>Shared through “{folder}”…</source>
        <translation>Geteilt über „{folder}“…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/menu.py" line="91" />
        <source>Shared with my partner</source>
        <translation>Mit meinem Gegenüber geteilt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/menu.py" line="94" />
        <source>This tandem is shared through the folder
{folder}

Its pairing code is not stored anywhere, so it cannot be shown again. If your partner needs a new code, stop sharing in Settings ▸ Preferences, then share the tandem again.</source>
        <translation>Dieses Tandem ist über den Ordner
{folder}
geteilt.

Sein Kopplungscode ist nirgends gespeichert und kann deshalb nicht noch einmal angezeigt werden. Braucht Ihr Gegenüber einen neuen Code, beenden Sie das Teilen unter Einstellungen ▸ Einstellungen und teilen Sie das Tandem danach erneut.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/menu.py" line="98" />
        <source>Open Preferences</source>
        <translation>Einstellungen öffnen</translation>
    </message>
</context>
<context>
    <name>SharingSection</name>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="57" />
        <source>Working together</source>
        <translation>Zusammenarbeit</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="63" />
        <source>Name of this computer</source>
        <translation>Name dieses Computers</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="68" />
        <source>How your partner sees this computer when your copies are kept in step</source>
        <translation>Unter diesem Namen sieht Ihr Gegenüber diesen Computer, wenn Ihre Kopien abgeglichen werden</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="69" />
        <source>Name of this &amp;computer:</source>
        <translation>Name dieses &amp;Computers:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="72" />
        <source>This tandem:</source>
        <translation>Dieses Tandem:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="77" />
        <source>Partner devices</source>
        <translation>Geräte des Gegenübers</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="81" />
        <source>Partner devices:</source>
        <translation>Geräte des Gegenübers:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="86" />
        <source>Stop sharing…</source>
        <translation>Teilen beenden…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="100" />
        <source>No tandem is open.</source>
        <translation>Es ist kein Tandem geöffnet.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="103" />
        <source>“{name}” is not shared. To keep it in step with your partner, choose File ▸ Share this tandem with my partner…</source>
        <translation>„{name}“ ist nicht geteilt. Um es mit Ihrem Gegenüber abzugleichen, wählen Sie Datei ▸ Dieses Tandem mit meinem Gegenüber teilen…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="107" />
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="109" />
        <source>“{name}” is shared through the folder
{folder}
Last sync: {last}</source>
        <translation>„{name}“ ist geteilt über den Ordner
{folder}
Zuletzt abgeglichen: {last}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="128" />
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="137" />
        <source>Stop sharing</source>
        <translation>Teilen beenden</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="129" />
        <source>Stop sharing “{name}” with your partner?

Everything stays on this computer as it is. Only this computer's own files are removed from the shared folder; your partner's files and copy stay as they are. From then on, changes no longer reach each other.</source>
        <translation>Das Teilen von „{name}“ mit Ihrem Gegenüber beenden?

Auf diesem Computer bleibt alles, wie es ist. Aus dem gemeinsamen Ordner werden nur die eigenen Dateien dieses Computers entfernt; die Dateien und die Kopie Ihres Gegenübers bleiben unverändert. Danach erreichen Änderungen die jeweils andere Seite nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/sharing_settings.py" line="138" />
        <source>This computer's files could not be removed from the shared folder: {reason}
The tandem is still shared.</source>
        <translation>Die Dateien dieses Computers konnten nicht aus dem gemeinsamen Ordner entfernt werden: {reason}
Das Tandem ist weiterhin geteilt.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../../tandem_desktop/ui/startup.py" line="40" />
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
    <name>SyncPanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="78" />
        <source>sent {sent}, received {received}, conflicts {conflicts}, held {held}</source>
        <translation>gesendet {sent}, empfangen {received}, Konflikte {conflicts}, zurückgehalten {held}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="93" />
        <source>Partner sync</source>
        <translation>Abgleich mit dem Gegenüber</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="104" />
        <source>Shared folder:</source>
        <translation>Gemeinsamer Ordner:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="105" />
        <source>Last round:</source>
        <translation>Letzter Abgleich:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="106" />
        <source>Waiting to go out:</source>
        <translation>Noch zu senden:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="111" />
        <source>Partner devices</source>
        <translation>Geräte des Gegenübers</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="124" />
        <source>Sync &amp;now</source>
        <translation>&amp;Jetzt abgleichen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="129" />
        <source>Deletions waiting for your yes</source>
        <translation>Löschungen, die auf Ihre Zustimmung warten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="132" />
        <source>Your partner's computer deleted many records at once. Before they go here too, check the list: delete them, or keep them (then they come back on the partner's computer as well).</source>
        <translation>Auf dem Computer Ihres Gegenübers wurden viele Einträge auf einmal gelöscht. Bevor sie auch hier verschwinden, prüfen Sie die Liste: Löschen Sie sie oder behalten Sie sie (dann kommen sie auch auf dem Computer Ihres Gegenübers zurück).</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="137" />
        <source>Records that would be deleted</source>
        <translation>Einträge, die gelöscht würden</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="145" />
        <source>&amp;Keep them</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="147" />
        <source>&amp;Delete them</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="170" />
        <source>This tandem is not shared with a partner's computer.</source>
        <translation>Dieses Tandem wird mit keinem Computer eines Gegenübers geteilt.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="180" />
        <source>Syncing…</source>
        <translation>Wird abgeglichen …</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="181" />
        <source>In step with your partner's computer</source>
        <translation>Auf dem Stand des Computers Ihres Gegenübers</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="182" />
        <source>Not synced yet</source>
        <translation>Noch nicht abgeglichen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="188" />
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="191" />
        <source>Review %n conflict(s)…</source>
        <translation>
            <numerusform>%n Konflikt klären …</numerusform>
            <numerusform>%n Konflikte klären …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="215" />
        <source>Delete records</source>
        <translation>Einträge löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/sync/panel.py" line="216" />
        <source>Delete the %n record(s) your partner deleted? They go to the Trash here too, where you can restore them.</source>
        <translation>
            <numerusform>Den %n Eintrag löschen, den Ihr Gegenüber gelöscht hat? Er kommt auch hier in den Papierkorb, wo Sie ihn wiederherstellen können.</numerusform>
            <numerusform>Die %n Einträge löschen, die Ihr Gegenüber gelöscht hat? Sie kommen auch hier in den Papierkorb, wo Sie sie wiederherstellen können.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/status.py" line="100" />
        <source>No tandem is shared with a partner's computer yet.</source>
        <translation>Noch wird kein Tandem mit dem Computer eines Gegenübers geteilt.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/status.py" line="115" />
        <source>S&amp;ync now</source>
        <translation>&amp;Jetzt abgleichen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/wording.py" line="20" />
        <source>Sync paused: the shared folder is missing or not connected</source>
        <translation>Abgleich pausiert: Der gemeinsame Ordner fehlt oder ist nicht verbunden</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/wording.py" line="22" />
        <source>Sync paused: the shared folder now belongs to another tandem</source>
        <translation>Abgleich pausiert: Der gemeinsame Ordner gehört jetzt zu einem anderen Tandem</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/wording.py" line="24" />
        <source>Sync stopped: your partner's Tandem is newer. Update Tandem</source>
        <translation>Abgleich gestoppt: Das Tandem Ihres Gegenübers ist neuer. Bitte Tandem aktualisieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/wording.py" line="26" />
        <source>Sync paused: the shared folder's marker file cannot be read</source>
        <translation>Abgleich pausiert: Die Kennungsdatei des gemeinsamen Ordners ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/wording.py" line="28" />
        <source>Sync paused: the shared folder cannot be used</source>
        <translation>Abgleich pausiert: Der gemeinsame Ordner ist nicht nutzbar</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/wording.py" line="30" />
        <source>Sync paused: something went wrong on this computer</source>
        <translation>Abgleich pausiert: Auf diesem Computer ist ein Fehler aufgetreten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/wording.py" line="61" />
        <source>Syncing…</source>
        <translation>Wird abgeglichen …</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/wording.py" line="63" />
        <source>Synced {when}</source>
        <translation>Abgeglichen {when}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/wording.py" line="66" />
        <source>Not synced yet</source>
        <translation>Noch nicht abgeglichen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/wording.py" line="70" />
        <source>partner's computer not seen yet</source>
        <translation>Computer des Gegenübers noch nicht gesehen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/sync/wording.py" line="74" />
        <source>{device} seen {when}</source>
        <translation>{device} gesehen {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/sync/wording.py" line="77" />
        <source>%n partner device(s)</source>
        <translation>
            <numerusform>%n Gerät des Gegenübers</numerusform>
            <numerusform>%n Geräte des Gegenübers</numerusform>
        </translation></message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/sync/wording.py" line="79" />
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n Änderung zu senden</numerusform>
            <numerusform>%n Änderungen zu senden</numerusform>
        </translation></message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/sync/wording.py" line="81" />
        <source>%n deletion(s) wait for your yes</source>
        <translation>
            <numerusform>%n Löschung wartet auf Ihre Zustimmung</numerusform>
            <numerusform>%n Löschungen warten auf Ihre Zustimmung</numerusform>
        </translation></message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/sync/wording.py" line="83" />
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n Konflikt zu klären</numerusform>
            <numerusform>%n Konflikte zu klären</numerusform>
        </translation></message>
</context>
<context>
    <name>TandemDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="46" />
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="52" />
        <source>Welcome to Tandem</source>
        <translation>Willkommen bei Tandem</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="47" />
        <source>Edit tandem</source>
        <translation>Tandem bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="47" />
        <source>New tandem</source>
        <translation>Neues Tandem</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="54" />
        <source>Tandem helps a leader and an assistant build their partnership step by step: trust, clear communication, feedback, deliberate delegation and a shared vision. Start by naming your tandem. Everything stays on this computer.</source>
        <translation>Tandem hilft Führungskraft und Assistenz, ihre Partnerschaft Schritt für Schritt aufzubauen: Vertrauen, klare Kommunikation, Feedback, bewusste Delegation und eine gemeinsame Vision. Geben Sie Ihrem Tandem zuerst einen Namen. Alle Daten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="62" />
        <source>Tandem name</source>
        <translation>Name des Tandems</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="63" />
        <source>e.g. Office of the managing director</source>
        <translation>z. B. Büro der Geschäftsführung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="66" />
        <source>Leader's name</source>
        <translation>Name der Führungskraft</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="69" />
        <source>Assistant's name</source>
        <translation>Name der Assistenz</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="71" />
        <source>the leader</source>
        <translation>die Führungskraft</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="72" />
        <source>the assistant</source>
        <translation>die Assistenz</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="85" />
        <source>Started on</source>
        <translation>Begonnen am</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="89" />
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="90" />
        <source>Feedback conversation every</source>
        <translation>Feedbackgespräch alle</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="92" />
        <source>&amp;Tandem name:</source>
        <translation>&amp;Name des Tandems:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="94" />
        <source>&amp;Leader:</source>
        <translation>&amp;Führungskraft:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="96" />
        <source>A&amp;ssistant:</source>
        <translation>A&amp;ssistenz:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="98" />
        <source>I am:</source>
        <translation>Ich bin:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="99" />
        <source>Started &amp;on:</source>
        <translation>&amp;Begonnen am:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="100" />
        <source>&amp;Feedback every:</source>
        <translation>Feed&amp;back alle:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="107" />
        <source>Create tandem</source>
        <translation>Tandem anlegen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="107" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="112" />
        <source>Explore the demo</source>
        <translation>Demo ansehen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="113" />
        <source>Open a tandem filled with example content</source>
        <translation>Ein Tandem mit Beispielinhalten öffnen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="116" />
        <source>My partner already uses Tandem</source>
        <translation>Mein Gegenüber nutzt Tandem schon</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="118" />
        <source>Join the tandem your partner shares with you through a shared folder</source>
        <translation>Dem Tandem beitreten, das Ihr Gegenüber über einen gemeinsamen Ordner mit Ihnen teilt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="144" />
        <source>Please give the tandem a name.</source>
        <translation>Bitte geben Sie dem Tandem einen Namen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="145" />
        <source>Please enter the leader's name.</source>
        <translation>Bitte geben Sie den Namen der Führungskraft ein.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tandem_dialog.py" line="146" />
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
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="79" />
        <source>Deleted records</source>
        <translation>Gelöschte Einträge</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="86" />
        <source>The Trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="91" />
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="92" />
        <source>&amp;Delete for good…</source>
        <translation>&amp;Endgültig löschen…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="93" />
        <source>&amp;Empty Trash…</source>
        <translation>Papierkorb &amp;leeren…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="131" />
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="132" />
        <source>Delete %n record(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>%n Eintrag endgültig löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n Einträge endgültig löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="136" />
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/trash_dialog.py" line="137" />
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
<context>
    <name>Undo</name>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="58" />
        <source>Change decision level</source>
        <translation>Entscheidungsstufe ändern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="60" />
        <source>Change the order</source>
        <translation>Reihenfolge ändern</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="73" />
        <source>Add %n record(s)</source>
        <translation>
            <numerusform>%n Eintrag hinzufügen</numerusform>
            <numerusform>%n Einträge hinzufügen</numerusform>
        </translation></message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="75" />
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>%n Eintrag löschen</numerusform>
            <numerusform>%n Einträge löschen</numerusform>
        </translation></message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="76" />
        <source>Restore %n record(s)</source>
        <translation>
            <numerusform>%n Eintrag wiederherstellen</numerusform>
            <numerusform>%n Einträge wiederherstellen</numerusform>
        </translation></message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="83" />
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="85" />
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="87" />
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="93" />
        <source>Mark task done</source>
        <translation>Aufgabe als erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="95" />
        <source>Reopen task</source>
        <translation>Aufgabe wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="98" />
        <source>Answer question</source>
        <translation>Frage beantworten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="101" />
        <source>Mark agenda item discussed</source>
        <translation>Agendapunkt als besprochen markieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="103" />
        <source>Mark agenda item not discussed</source>
        <translation>Agendapunkt als nicht besprochen markieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="105" />
        <source>Move agenda item</source>
        <translation>Agendapunkt verschieben</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="108" />
        <source>Cancel check-in</source>
        <translation>Check-in absagen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="110" />
        <source>Move check-in</source>
        <translation>Check-in verschieben</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="111" />
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="153" />
        <source>&amp;Undo '{action}'</source>
        <translation>&amp;Rückgängig: „{action}“</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="154" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="156" />
        <source>&amp;Redo '{action}'</source>
        <translation>&amp;Wiederholen: „{action}“</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="157" />
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="166" />
        <source>Moved to the Trash: {action}. Ctrl+Z brings it back.</source>
        <translation>In den Papierkorb verschoben: {action}. Strg+Z holt es zurück.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="171" />
        <source>Undone: {action}</source>
        <translation>Rückgängig gemacht: {action}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="174" />
        <source>Done again: {action}</source>
        <translation>Wiederholt: {action}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="184" />
        <source>Cannot undo</source>
        <translation>Nicht rückgängig zu machen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="185" />
        <source>This step can no longer be taken back: its record was deleted for good from the Trash.</source>
        <translation>Dieser Schritt lässt sich nicht mehr zurücknehmen: Sein Eintrag wurde endgültig aus dem Papierkorb gelöscht.</translation>
    </message>
</context>
<context>
    <name>UndoRecord</name>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="27" />
        <source>tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="28" />
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="29" />
        <source>access item</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="30" />
        <source>check-in series</source>
        <translation>Check-in-Serie</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="31" />
        <source>check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="32" />
        <source>agenda item</source>
        <translation>Agendapunkt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="33" />
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="34" />
        <source>working agreement</source>
        <translation>Arbeitsvereinbarung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="35" />
        <source>feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="36" />
        <source>feedback prompt</source>
        <translation>Feedbackfrage</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="37" />
        <source>area</source>
        <translation>Verantwortungsbereich</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="38" />
        <source>decision rule</source>
        <translation>Entscheidungsregel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="39" />
        <source>level change</source>
        <translation>Stufenänderung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="40" />
        <source>vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="41" />
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="42" />
        <source>goal link</source>
        <translation>Zielregel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/undo_actions.py" line="43" />
        <source>health check</source>
        <translation>Tandem-Check</translation>
    </message>
</context>
</TS>