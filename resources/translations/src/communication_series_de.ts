<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>SeriesDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="70"/>
        <source>Edit check-in series</source>
        <translation>Check-in-Serie bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="71"/>
        <source>New check-in series</source>
        <translation>Neue Check-in-Serie</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="77"/>
        <source>e.g. Weekly check-in</source>
        <translation>z. B. Wöchentlicher Check-in</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="77"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="81"/>
        <source>Daily on workdays</source>
        <translation>Täglich an Werktagen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="82"/>
        <source>Weekly / every N weeks</source>
        <translation>Wöchentlich / alle N Wochen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="83"/>
        <source>Monthly on a date</source>
        <translation>Monatlich an einem Datum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="84"/>
        <source>Monthly on a weekday</source>
        <translation>Monatlich an einem Wochentag</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="85"/>
        <source>Custom rule (RRULE)</source>
        <translation>Eigene Regel (RRULE)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="88"/>
        <source>&amp;Rhythm:</source>
        <translation>&amp;Rhythmus:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="106"/>
        <source>every</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="109"/>
        <source>Every N weeks</source>
        <translation>Alle N Wochen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="111"/>
        <source>week(s)</source>
        <translation>Woche(n)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="118"/>
        <source>on day</source>
        <translation>am Tag</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="121"/>
        <source>Day of the month</source>
        <translation>Tag im Monat</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="128"/>
        <source>on the</source>
        <translation>am</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="132"/>
        <source>Which week of the month</source>
        <translation>Welche Woche im Monat</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="137"/>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="143"/>
        <source>Custom rule</source>
        <translation>Eigene Regel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="150"/>
        <source>First date</source>
        <translation>Erstes Datum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="153"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="157"/>
        <source>First check-in:</source>
        <translation>Erster Check-in:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="162"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="164"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="170"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="172"/>
        <source>&amp;Length:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="178"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="180"/>
        <source>Video link, phone number or place</source>
        <translation>Video-Link, Telefonnummer oder Ort</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="181"/>
        <source>Link or &amp;place:</source>
        <translation>Link oder &amp;Ort:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="184"/>
        <source>One item per line</source>
        <translation>Ein Punkt pro Zeile</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="187"/>
        <source>&amp;Standing items:</source>
        <translation>&amp;Feste Punkte:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="190"/>
        <source>Ends on</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="191"/>
        <source>Last date</source>
        <translation>Letztes Datum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="195"/>
        <source>End:</source>
        <translation>Ende:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="198"/>
        <source>Active (untick to pause)</source>
        <translation>Aktiv (Haken entfernen zum Pausieren)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="277"/>
        <source>Give the series a title.</source>
        <translation>Bitte einen Titel für die Serie eingeben.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="283"/>
        <source>Choose a time zone from the list, e.g. Europe/Berlin.</source>
        <translation>Bitte eine Zeitzone aus der Liste wählen, z. B. Europe/Berlin.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="287"/>
        <source>A check-in needs a length of at least one minute.</source>
        <translation>Ein Check-in dauert mindestens eine Minute.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="295"/>
        <source>Set the end with &apos;Ends on&apos; below, not in the rule.</source>
        <translation>Das Ende bitte unten bei „Endet am“ festlegen, nicht in der Regel.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="299"/>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="306"/>
        <source>The end lies before the first check-in.</source>
        <translation>Das Ende liegt vor dem ersten Check-in.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="308"/>
        <source>Tick at least one weekday.</source>
        <translation>Bitte mindestens einen Wochentag ankreuzen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="310"/>
        <source>This rule cannot be used: %1</source>
        <translation>Diese Regel ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="339"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/communication_series.py" line="340"/>
        <source>The series could not be saved: %1
Nothing was lost.</source>
        <translation>Die Serie konnte nicht gespeichert werden: %1
Es ist nichts verloren gegangen.</translation>
    </message>
</context>
</TS>
