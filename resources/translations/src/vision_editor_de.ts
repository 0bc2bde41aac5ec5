<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>VisionEditor</name>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="64"/>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="77"/>
        <source>Where we want to go</source>
        <translation>Wohin wir wollen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="66"/>
        <source>Where does the leader want to be? Describe it as if it were already true.</source>
        <translation>Wo will die Führungskraft hin? So beschreiben, als wäre es schon Wirklichkeit.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="69"/>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="81"/>
        <source>Horizon</source>
        <translation>Zeithorizont</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="70"/>
        <source>A year or a span, e.g. 2028 or 3 years</source>
        <translation>Ein Jahr oder eine Spanne, z. B. 2028 oder 3 Jahre</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="73"/>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="84"/>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="75"/>
        <source>The assistant&apos;s role</source>
        <translation>Rolle der Assistenz</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="76"/>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="179"/>
        <source>The assistant&apos;s role in it</source>
        <translation>Die Rolle der Assistenz darin</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="91"/>
        <source>Save as new version</source>
        <translation>Als neue Fassung speichern</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="93"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="102"/>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="109"/>
        <source>Saved versions</source>
        <translation>Gespeicherte Fassungen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="112"/>
        <source>Select one version to compare it with the current one, or two to compare them with each other.</source>
        <translation>Eine Fassung auswählen, um sie mit der aktuellen zu vergleichen, oder zwei, um sie miteinander zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="117"/>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="118"/>
        <source>Copy into editor</source>
        <translation>In den Editor übernehmen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="120"/>
        <source>Put the selected version&apos;s text into the editor, to save it again as the newest version.</source>
        <translation>Den Text der ausgewählten Fassung in den Editor übernehmen, um ihn erneut als neueste Fassung zu speichern.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="178"/>
        <source>{name}&apos;s role in it</source>
        <translation>Die Rolle von {name} darin</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="206"/>
        <source>No vision written yet.</source>
        <translation>Noch keine Vision aufgeschrieben.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="208"/>
        <source>Current version saved on {date}</source>
        <translation>Aktuelle Fassung gespeichert am {date}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="214"/>
        <source>Write where you want to go before saving.</source>
        <translation>Vor dem Speichern bitte festhalten, wohin es gehen soll.</translation>
    </message>
</context>
</TS>
