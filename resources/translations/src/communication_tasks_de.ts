<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="61" />
        <source>Edit task</source>
        <translation>Aufgabe bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="61" />
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="69" />
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="70" />
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="78" />
        <source>(no area)</source>
        <translation>(kein Bereich)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="82" />
        <source>(no goal)</source>
        <translation>(kein Ziel)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="94" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="96" />
        <source>&amp;Owner:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="97" />
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="98" />
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="99" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="100" />
        <source>&amp;Area:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="101" />
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="102" />
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="103" />
        <source>From meeting:</source>
        <translation>Aus Besprechung:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="132" />
        <source>Give the task a title.</source>
        <translation>Bitte einen Titel für die Aufgabe eingeben.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="151" />
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="172" />
        <source>All open</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="172" />
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="173" />
        <source>My partner's</source>
        <translation>Meines Gegenübers</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="173" />
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="174" />
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="174" />
        <source>Everything</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="187" />
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="189" />
        <source>Filter tasks</source>
        <translation>Aufgaben filtern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="194" />
        <source>New task: type and press Enter</source>
        <translation>Neue Aufgabe: eingeben und Enter drücken</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="195" />
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="197" />
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="198" />
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="199" />
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="208" />
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="221" />
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="222" />
        <source>Marks every selected task done (Ctrl+D)</source>
        <translation>Markiert alle ausgewählten Aufgaben als erledigt (Strg+D)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="223" />
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="224" />
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="225" />
        <source>Move to Trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="284" />
        <source>%1 tasks</source>
        <translation>%1 Aufgaben</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="326" />
        <source>Type the task first.</source>
        <translation>Bitte zuerst die Aufgabe eingeben.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="386" />
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="387" />
        <source>The change could not be saved: %1
Nothing was lost.</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1
Es ist nichts verloren gegangen.</translation>
    </message>
</context>
</TS>