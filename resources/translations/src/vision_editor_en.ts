<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>VisionEditor</name>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/vision_editor.py" line="61"/>
        <location filename="../../../tandem_desktop/ui/tabs/vision_editor.py" line="74"/>
        <source>Where we want to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/vision_editor.py" line="63"/>
        <source>Where does the leader want to be? Describe it as if it were already true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/vision_editor.py" line="66"/>
        <location filename="../../../tandem_desktop/ui/tabs/vision_editor.py" line="78"/>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/vision_editor.py" line="67"/>
        <source>A year or a span, e.g. 2028 or 3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/vision_editor.py" line="70"/>
        <location filename="../../../tandem_desktop/ui/tabs/vision_editor.py" line="81"/>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/vision_editor.py" line="72"/>
        <source>The assistant&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/vision_editor.py" line="73"/>
        <location filename="../../../tandem_desktop/ui/tabs/vision_editor.py" line="176"/>
        <source>The assistant&apos;s role in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/vision_editor.py" line="88"/>
        <source>Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/vision_editor.py" line="90"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/vision_editor.py" line="99"/>
        <location filename="../../../tandem_desktop/ui/tabs/vision_editor.py" line="106"/>
        <source>Saved versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/vision_editor.py" line="109"/>
        <source>Select one version to compare it with the current one, or two to compare them with each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/vision_editor.py" line="114"/>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/vision_editor.py" line="115"/>
        <source>Copy into editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/vision_editor.py" line="117"/>
        <source>Put the selected version&apos;s text into the editor, to save it again as the newest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/vision_editor.py" line="175"/>
        <source>{name}&apos;s role in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/vision_editor.py" line="203"/>
        <source>No vision written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/vision_editor.py" line="205"/>
        <source>Current version saved on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/vision_editor.py" line="211"/>
        <source>Write where you want to go before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/vision_editor.py" line="221"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/tabs/vision_editor.py" line="222"/>
        <source>The vision could not be saved: {reason}
Everything saved before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
