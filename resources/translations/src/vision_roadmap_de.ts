<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>RoadmapAxis</name>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/roadmap.py" line="304"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
</context>
<context>
    <name>RoadmapCanvas</name>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/roadmap.py" line="94"/>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/roadmap.py" line="152"/>
        <source>No goals yet. Goals with a target date appear here.</source>
        <translation>Noch keine Ziele. Ziele mit Zieldatum erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/roadmap.py" line="194"/>
        <source>no target date · {progress} %</source>
        <translation>kein Zieldatum · {progress} %</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/roadmap.py" line="234"/>
        <source>target date passed</source>
        <translation>Zieldatum überschritten</translation>
    </message>
</context>
<context>
    <name>RoadmapView</name>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/roadmap.py" line="346"/>
        <source>target date passed</source>
        <translation>Zieldatum überschritten</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/roadmap.py" line="348"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/roadmap.py" line="349"/>
        <source>Bar: from when the goal was set to its target; the filled part is its progress.</source>
        <translation>Balken: vom Festlegen des Ziels bis zum Zieldatum; der gefüllte Teil ist der Fortschritt.</translation>
    </message>
</context>
</TS>
