<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>GoalEditor</name>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="89"/>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="97"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="90"/>
        <source>What do you want to reach?</source>
        <translation>Was soll erreicht werden?</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="100"/>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="111"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="104"/>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="109"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="114"/>
        <source>Has a target date</source>
        <translation>Hat ein Zieldatum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="115"/>
        <source>Untick for a goal without a target date</source>
        <translation>Abwählen für ein Ziel ohne Zieldatum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="116"/>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="125"/>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="117"/>
        <source>⚠ The target date has passed.</source>
        <translation>⚠ Das Zieldatum ist überschritten.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="128"/>
        <source>How progress is measured</source>
        <translation>Wie der Fortschritt gemessen wird</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="129"/>
        <source>Set by hand</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="130"/>
        <source>Follows the tasks done</source>
        <translation>Folgt den erledigten Aufgaben</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="135"/>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="144"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="139"/>
        <source>Progress in percent</source>
        <translation>Fortschritt in Prozent</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="147"/>
        <source>Area of responsibility</source>
        <translation>Verantwortungsbereich</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="148"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="150"/>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="151"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="153"/>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="155"/>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="335"/>
        <source>Contribution</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="154"/>
        <source>What the assistant does toward it</source>
        <translation>Was die Assistenz dazu beiträgt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="397"/>
        <source>{done} of %n task(s) done</source>
        <translation>
            <numerusform>{done} von %n Aufgabe erledigt</numerusform>
            <numerusform>{done} von %n Aufgaben erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="405"/>
        <source>{reached} of %n rule(s) are at their target level</source>
        <translation>
            <numerusform>{reached} von %n Regel hat ihre Zielstufe erreicht</numerusform>
            <numerusform>{reached} von %n Regeln haben ihre Zielstufe erreicht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="77"/>
        <source>Put on next check-in</source>
        <translation>Auf den nächsten Check-in setzen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="78"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="161"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="162"/>
        <source>Save goal</source>
        <translation>Ziel speichern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="169"/>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="176"/>
        <source>Tasks toward this goal</source>
        <translation>Aufgaben für dieses Ziel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="182"/>
        <source>Task to link</source>
        <translation>Zu verknüpfende Aufgabe</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="186"/>
        <source>Link task</source>
        <translation>Aufgabe verknüpfen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="187"/>
        <source>Unlink</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="194"/>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="195"/>
        <source>New task for this goal</source>
        <translation>Neue Aufgabe für dieses Ziel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="197"/>
        <source>Add task</source>
        <translation>Aufgabe anlegen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="205"/>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="212"/>
        <source>Decision rules to grow into</source>
        <translation>Entscheidungsregeln, in die die Assistenz hineinwächst</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="218"/>
        <source>Decision rule to add</source>
        <translation>Hinzuzufügende Entscheidungsregel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="222"/>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="223"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="230"/>
        <source>Save the goal first; then you can link tasks to it and, for a development goal, the decision rules it aims at.</source>
        <translation>Zuerst das Ziel speichern; danach lassen sich Aufgaben damit verknüpfen und bei einem Entwicklungsziel die Entscheidungsregeln, auf die es hinarbeitet.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="300"/>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="334"/>
        <source>{name}&apos;s contribution</source>
        <translation>Beitrag von {name}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="342"/>
        <source>(no area)</source>
        <translation>(kein Bereich)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="400"/>
        <source>No tasks linked yet.</source>
        <translation>Noch keine Aufgaben verknüpft.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="409"/>
        <source>Name the decisions the assistant wants to take more freely.</source>
        <translation>Hier die Entscheidungen nennen, die die Assistenz künftig freier treffen möchte.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="448"/>
        <source>A goal needs a title.</source>
        <translation>Ein Ziel braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="475"/>
        <source>Delete goal</source>
        <translation>Ziel löschen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="476"/>
        <source>Move the goal “{title}” to the Trash? Its tasks stay in the task list.</source>
        <translation>Das Ziel „{title}“ in den Papierkorb legen? Seine Aufgaben bleiben in der Aufgabenliste.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="492"/>
        <source>Goal: {title}</source>
        <translation>Ziel: {title}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="496"/>
        <source>On the agenda for the next check-in.</source>
        <translation>Steht auf der Agenda für den nächsten Check-in.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="544"/>
        <source>Write what the task is.</source>
        <translation>Bitte die Aufgabe beschreiben.</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="598"/>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="599"/>
        <source>Search goals</source>
        <translation>Ziele durchsuchen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="602"/>
        <source>Show goals</source>
        <translation>Angezeigte Ziele</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="603"/>
        <source>All goals</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="604"/>
        <source>Open goals</source>
        <translation>Offene Ziele</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="608"/>
        <source>Kind of goal</source>
        <translation>Art des Ziels</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="609"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="612"/>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="624"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="680"/>
        <source>No goals match.</source>
        <translation>Keine passenden Ziele.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="681"/>
        <source>No goals yet: add the first with “New goal”.</source>
        <translation>Noch keine Ziele: Das erste mit „Neues Ziel“ anlegen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="753"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="754"/>
        <source>The goal you are editing has unsaved changes. Discard them?</source>
        <translation>Das bearbeitete Ziel hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
</context>
</TS>
