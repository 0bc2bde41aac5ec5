<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>VisionEditor</name>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="63"/>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="76"/>
        <source>Where we want to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="65"/>
        <source>Where does the leader want to be? Describe it as if it were already true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="68"/>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="80"/>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="69"/>
        <source>A year or a span, e.g. 2028 or 3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="72"/>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="83"/>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="74"/>
        <source>The assistant&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="75"/>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="178"/>
        <source>The assistant&apos;s role in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="90"/>
        <source>Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="92"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="101"/>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="108"/>
        <source>Saved versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="111"/>
        <source>Select one version to compare it with the current one, or two to compare them with each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="116"/>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="117"/>
        <source>Copy into editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="119"/>
        <source>Put the selected version&apos;s text into the editor, to save it again as the newest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="177"/>
        <source>{name}&apos;s role in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="205"/>
        <source>No vision written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="207"/>
        <source>Current version saved on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="213"/>
        <source>Write where you want to go before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="223"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/editor.py" line="224"/>
        <source>The vision could not be saved: {reason}
Everything saved before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
