<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>ListPage</name>
        <message numerus="yes">
            <location filename="../src/petdesk/gui/list_page.py" line="102" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VisitEditor</name>
        <message numerus="yes">
            <location filename="../src/petdesk/gui/visits/edit.py" line="487" />
            <source>⚠ Clashes: %n (warnings, saving is not blocked)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>VisitsPage</name>
        <message numerus="yes">
            <location filename="../src/petdesk/gui/visits/list.py" line="65" />
            <source>Delete %n visit(s) with their itinerary and follow-ups?</source>
            <translation>
                <numerusform>Delete %n visit with their itinerary and follow-ups?</numerusform>
                <numerusform>Delete %n visits with their itinerary and follow-ups?</numerusform>
            </translation>
        </message>
    </context>
</TS>
