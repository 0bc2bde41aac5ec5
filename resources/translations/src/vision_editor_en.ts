<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>VisionEditor</name>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="62"/>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="75"/>
        <source>Where we want to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="64"/>
        <source>Where does the leader want to be? Describe it as if it were already true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="67"/>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="79"/>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="68"/>
        <source>A year or a span, e.g. 2028 or 3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="71"/>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="82"/>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="73"/>
        <source>The assistant&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="74"/>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="177"/>
        <source>The assistant&apos;s role in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="89"/>
        <source>Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="91"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="100"/>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="107"/>
        <source>Saved versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="110"/>
        <source>Select one version to compare it with the current one, or two to compare them with each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="115"/>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="116"/>
        <source>Copy into editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="118"/>
        <source>Put the selected version&apos;s text into the editor, to save it again as the newest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="176"/>
        <source>{name}&apos;s role in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="204"/>
        <source>No vision written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="206"/>
        <source>Current version saved on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="212"/>
        <source>Write where you want to go before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="222"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="223"/>
        <source>The vision could not be saved: {reason}
Everything saved before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
