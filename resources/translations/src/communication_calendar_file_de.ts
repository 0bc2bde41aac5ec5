<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CalendarFileKeeper</name>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/calendar_file.py" line="61"/>
        <source>The calendar file is not kept up to date: the folder {folder} is not there any more. Choose another in Settings.</source>
        <translation>Die Kalenderdatei wird nicht mehr aktualisiert: Den Ordner {folder} gibt es nicht mehr. Wählen Sie in den Einstellungen einen anderen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/calendar_file.py" line="70"/>
        <source>The calendar file {path} could not be written: {reason}</source>
        <translation>Die Kalenderdatei {path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/communication/calendar_file.py" line="79"/>
        <source>Calendar file</source>
        <translation>Kalenderdatei</translation>
    </message>
</context>
</TS>
