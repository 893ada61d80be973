<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CalendarPage</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="21"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="26"/>
        <source>%n record(s) imported.</source>
        <translation>
            <numerusform>%n record imported.</numerusform>
            <numerusform>%n records imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityListPage</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/list.py" line="117"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/list_page.py" line="137"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogisticsTab</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/logistics.py" line="637"/>
        <source>The vehicle serves %n item(s).</source>
        <translation>
            <numerusform>The vehicle serves %n item.</numerusform>
            <numerusform>The vehicle serves %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/organisations/list.py" line="82"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="16"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/calendar/reminders.py" line="45"/>
        <source>next %n day(s)</source>
        <translation>
            <numerusform>next %n day</numerusform>
            <numerusform>next %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="32"/>
        <source>Close the %n open editor window(s) and switch the language now? Otherwise the new language applies at the next start.</source>
        <translation>
            <numerusform>Close the %n open editor window and switch the language now? Otherwise the new language applies at the next start.</numerusform>
            <numerusform>Close the %n open editor windows and switch the language now? Otherwise the new language applies at the next start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/list.py" line="61"/>
        <source>%n training(s)</source>
        <translation>
            <numerusform>%n training</numerusform>
            <numerusform>%n trainings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="543"/>
        <source>⚠ Clashes: %n (warnings, saving is not blocked)</source>
        <translation>
            <numerusform>⚠ Clash: %n (a warning, saving is not blocked)</numerusform>
            <numerusform>⚠ Clashes: %n (warnings, saving is not blocked)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/list.py" line="63"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
</context>
</TS>
