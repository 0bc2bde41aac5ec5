<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>OneOffDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="372" />
        <source>One-off meeting</source>
        <translation>Einzeltermin</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="376" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="376" />
        <source>e.g. Plan the trade fair</source>
        <translation>z. B. Messe planen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="379" />
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="388" />
        <source>Give the meeting a title.</source>
        <translation>Geben Sie dem Termin einen Titel.</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="78" />
        <source>Edit check-in series</source>
        <translation>Check-in-Serie bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="79" />
        <source>New check-in series</source>
        <translation>Neue Check-in-Serie</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="81" />
        <source>Change series from {when} on</source>
        <translation>Serie ab {when} ändern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="88" />
        <source>e.g. Weekly check-in</source>
        <translation>z. B. Wöchentlicher Check-in</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="88" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="92" />
        <source>Daily on workdays</source>
        <translation>Täglich an Werktagen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="93" />
        <source>Weekly / every N weeks</source>
        <translation>Wöchentlich / alle N Wochen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="94" />
        <source>Monthly on a date</source>
        <translation>Monatlich an einem Datum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="95" />
        <source>Monthly on a weekday</source>
        <translation>Monatlich an einem Wochentag</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="96" />
        <source>Custom rule (RRULE)</source>
        <translation>Eigene Regel (RRULE)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="99" />
        <source>&amp;Rhythm:</source>
        <translation>&amp;Rhythmus:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="117" />
        <source>every</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="120" />
        <source>Every N weeks</source>
        <translation>Alle N Wochen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="122" />
        <source>week(s)</source>
        <translation>Woche(n)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="129" />
        <source>on day</source>
        <translation>am Tag</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="132" />
        <source>Day of the month</source>
        <translation>Tag im Monat</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="139" />
        <source>on the</source>
        <translation>am</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="143" />
        <source>Which week of the month</source>
        <translation>Welche Woche im Monat</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="148" />
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="154" />
        <source>Custom rule</source>
        <translation>Eigene Regel</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="161" />
        <source>First date</source>
        <translation>Erstes Datum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="164" />
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="168" />
        <source>First check-in:</source>
        <translation>Erster Check-in:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="173" />
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="175" />
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="181" />
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="183" />
        <source>&amp;Length:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="189" />
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="191" />
        <source>Video link, phone number or place</source>
        <translation>Video-Link, Telefonnummer oder Ort</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="192" />
        <source>Link or &amp;place:</source>
        <translation>Link oder &amp;Ort:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="195" />
        <source>One item per line</source>
        <translation>Ein Punkt pro Zeile</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="198" />
        <source>&amp;Standing items:</source>
        <translation>&amp;Feste Punkte:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="201" />
        <source>Ends on</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="202" />
        <source>Last date</source>
        <translation>Letztes Datum</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="206" />
        <source>End:</source>
        <translation>Ende:</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="209" />
        <source>Active (untick to pause)</source>
        <translation>Aktiv (Haken entfernen zum Pausieren)</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="291" />
        <source>Give the series a title.</source>
        <translation>Bitte einen Titel für die Serie eingeben.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="297" />
        <source>Choose a time zone from the list, e.g. Europe/Berlin.</source>
        <translation>Bitte eine Zeitzone aus der Liste wählen, z. B. Europe/Berlin.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="301" />
        <source>A check-in needs a length of at least one minute.</source>
        <translation>Ein Check-in dauert mindestens eine Minute.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="308" />
        <source>Set the end with 'Ends on' below, not in the rule.</source>
        <translation>Das Ende bitte unten bei „Endet am“ festlegen, nicht in der Regel.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="312" />
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="319" />
        <source>The end lies before the first check-in.</source>
        <translation>Das Ende liegt vor dem ersten Check-in.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="321" />
        <source>Tick at least one weekday.</source>
        <translation>Bitte mindestens einen Wochentag ankreuzen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/series.py" line="323" />
        <source>This rule cannot be used: {reason}</source>
        <translation>Diese Regel ist nicht verwendbar: {reason}</translation>
    </message>
</context>
</TS>