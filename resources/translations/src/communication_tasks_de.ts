<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="60"/>
        <source>Edit task</source>
        <translation>Aufgabe bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="60"/>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="68"/>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="69"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="77"/>
        <source>(no area)</source>
        <translation>(kein Bereich)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="81"/>
        <source>(no goal)</source>
        <translation>(kein Ziel)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="93"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="95"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="96"/>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="97"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="98"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="99"/>
        <source>&amp;Area:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="100"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="101"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="102"/>
        <source>From meeting:</source>
        <translation>Aus Besprechung:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="131"/>
        <source>Give the task a title.</source>
        <translation>Bitte einen Titel für die Aufgabe eingeben.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="150"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="171"/>
        <source>All open</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="171"/>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="172"/>
        <source>My partner&apos;s</source>
        <translation>Meines Gegenübers</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="172"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="173"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="173"/>
        <source>Everything</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="186"/>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="188"/>
        <source>Filter tasks</source>
        <translation>Aufgaben filtern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="193"/>
        <source>New task: type and press Enter</source>
        <translation>Neue Aufgabe: eingeben und Enter drücken</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="194"/>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="196"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="197"/>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="198"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="219"/>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="220"/>
        <source>Marks every selected task done (Ctrl+D)</source>
        <translation>Markiert alle ausgewählten Aufgaben als erledigt (Strg+D)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="221"/>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="222"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="223"/>
        <source>Move to Trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="282"/>
        <source>%1 tasks</source>
        <translation>%1 Aufgaben</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="324"/>
        <source>Type the task first.</source>
        <translation>Bitte zuerst die Aufgabe eingeben.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="384"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_tasks.py" line="385"/>
        <source>The change could not be saved: %1
Nothing was lost.</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1
Es ist nichts verloren gegangen.</translation>
    </message>
</context>
</TS>
