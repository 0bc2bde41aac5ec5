<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>VisionEditor</name>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="64"/>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="77"/>
        <source>Where we want to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="66"/>
        <source>Where does the leader want to be? Describe it as if it were already true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="69"/>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="81"/>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="70"/>
        <source>A year or a span, e.g. 2028 or 3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="73"/>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="84"/>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="75"/>
        <source>The assistant&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="76"/>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="179"/>
        <source>The assistant&apos;s role in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="91"/>
        <source>Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="93"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="102"/>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="109"/>
        <source>Saved versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="112"/>
        <source>Select one version to compare it with the current one, or two to compare them with each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="117"/>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="118"/>
        <source>Copy into editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="120"/>
        <source>Put the selected version&apos;s text into the editor, to save it again as the newest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="178"/>
        <source>{name}&apos;s role in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="206"/>
        <source>No vision written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="208"/>
        <source>Current version saved on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="214"/>
        <source>Write where you want to go before saving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
