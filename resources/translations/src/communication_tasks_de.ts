<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="64"/>
        <source>Edit task</source>
        <translation>Aufgabe bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="64"/>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="72"/>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="73"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="81"/>
        <source>(no area)</source>
        <translation>(kein Bereich)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="85"/>
        <source>(no goal)</source>
        <translation>(kein Ziel)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="90"/>
        <source>Decision rule</source>
        <translation>Entscheidungsregel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="94"/>
        <source>(no decision rule)</source>
        <translation>(keine Entscheidungsregel)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="106"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="108"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="109"/>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="110"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="111"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="112"/>
        <source>&amp;Area:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="113"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="114"/>
        <source>Decision &amp;rule:</source>
        <translation>Entscheidungs&amp;regel:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="115"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="116"/>
        <source>From meeting:</source>
        <translation>Aus Besprechung:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="153"/>
        <source>Give the task a title.</source>
        <translation>Bitte einen Titel für die Aufgabe eingeben.</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="194"/>
        <source>All open</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="194"/>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="195"/>
        <source>My partner&apos;s</source>
        <translation>Meines Gegenübers</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="195"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="196"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="196"/>
        <source>Everything</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="209"/>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="211"/>
        <source>Filter tasks</source>
        <translation>Aufgaben filtern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="216"/>
        <source>New task: type and press Enter</source>
        <translation>Neue Aufgabe: eingeben und Enter drücken</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="217"/>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="219"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="220"/>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="221"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="230"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="243"/>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="244"/>
        <source>Marks every selected task done (Ctrl+D)</source>
        <translation>Markiert alle ausgewählten Aufgaben als erledigt (Strg+D)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="245"/>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="246"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="247"/>
        <source>Move to Trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="306"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/tasks.py" line="348"/>
        <source>Type the task first.</source>
        <translation>Bitte zuerst die Aufgabe eingeben.</translation>
    </message>
</context>
</TS>
