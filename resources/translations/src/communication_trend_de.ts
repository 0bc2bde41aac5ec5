<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>RatingTrend</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/trend.py" line="21"/>
        <source>Rating trend</source>
        <translation>Verlauf der Bewertungen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/trend.py" line="25"/>
        <location filename="../../../tandem_desktop/ui/communication/trend.py" line="45"/>
        <source>no ratings yet</source>
        <translation>noch keine Bewertungen</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/trend.py" line="26"/>
        <source>Last ratings: {ratings}</source>
        <translation>Letzte Bewertungen: {ratings}</translation>
    </message>
</context>
</TS>
