<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AllTandemsPage</name>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/all_tandems.py" line="49" />
        <source>All tandems</source>
        <translation>Alle Tandems</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/all_tandems.py" line="58" />
        <source>Next check-ins</source>
        <translation>Nächste Check-ins</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/all_tandems.py" line="66" />
        <source>Feedback due</source>
        <translation>Feedback fällig</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/all_tandems.py" line="105" />
        <source>%n active tandem(s): {names}</source>
        <translation>
            <numerusform>%n aktives Tandem: {names}</numerusform>
            <numerusform>%n aktive Tandems: {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/all_tandems.py" line="126" />
        <source>No check-in planned.</source>
        <translation>Kein Check-in geplant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/all_tandems.py" line="170" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/all_tandems.py" line="222" />
        <source>No tandem yet.</source>
        <translation>Noch kein Tandem.</translation>
    </message>
</context>
</TS>