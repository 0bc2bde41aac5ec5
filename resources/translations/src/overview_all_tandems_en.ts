<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AllTandemsPage</name>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/all_tandems.py" line="49" />
        <source>All tandems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/all_tandems.py" line="58" />
        <source>Next check-ins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/all_tandems.py" line="66" />
        <source>Feedback due</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/all_tandems.py" line="105" />
        <source>%n active tandem(s): {names}</source>
        <translation>
            <numerusform>%n active tandem: {names}</numerusform>
            <numerusform>%n active tandems: {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/all_tandems.py" line="126" />
        <source>No check-in planned.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/all_tandems.py" line="170" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/all_tandems.py" line="222" />
        <source>No tandem yet.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>