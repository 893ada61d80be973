<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/backups/dialog.py" line="298"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/backups/dialog.py" line="302"/>
        <source>Delete %n backup(s) for good? They cannot be restored afterwards.</source>
        <translation>
            <numerusform>Delete %n backup for good? They cannot be restored afterwards.</numerusform>
            <numerusform>Delete %n backups for good? They cannot be restored afterwards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/backups/dialog.py" line="321"/>
        <source>Deleted %n backup(s).</source>
        <translation>
            <numerusform>Deleted %n backup.</numerusform>
            <numerusform>Deleted %n backups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/backups/dialog.py" line="425"/>
        <source>%n record(s) erased here after this backup was made were erased again.</source>
        <translation>
            <numerusform>%n record erased here after this backup was made was erased again.</numerusform>
            <numerusform>%n records erased here after this backup was made were erased again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="63"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/page.py" line="225"/>
        <source>%n conflict(s) selected: keep this office&apos;s values or the other offices&apos; for all.</source>
        <translation>
            <numerusform>%n conflict selected: keep this office&apos;s values or the other offices&apos; for all.</numerusform>
            <numerusform>%n conflicts selected: keep this office&apos;s values or the other offices&apos; for all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/page.py" line="233"/>
        <source>%Ln open conflict(s). Select one to settle it.</source>
        <translation>
            <numerusform>%Ln open conflict. Select one to settle it.</numerusform>
            <numerusform>%Ln open conflicts. Select one to settle it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/page.py" line="322"/>
        <source>Keep this office&apos;s value in %n conflict(s)?</source>
        <translation>
            <numerusform>Keep this office&apos;s value in %n conflict?</numerusform>
            <numerusform>Keep this office&apos;s value in %n conflicts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/page.py" line="324"/>
        <source>Keep the other office&apos;s value in %n conflict(s)?</source>
        <translation>
            <numerusform>Keep the other office&apos;s value in %n conflict?</numerusform>
            <numerusform>Keep the other office&apos;s value in %n conflicts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/page.py" line="336"/>
        <source>&amp;Settle %n Conflict(s)</source>
        <translation>
            <numerusform>&amp;Settle %n Conflict</numerusform>
            <numerusform>&amp;Settle %n Conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/page.py" line="354"/>
        <source>%n conflict(s) settled.</source>
        <translation>
            <numerusform>%n conflict settled.</numerusform>
            <numerusform>%n conflicts settled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/page.py" line="376"/>
        <source>Undone: %n conflict(s) open again.</source>
        <translation>
            <numerusform>Undone: %n conflict open again.</numerusform>
            <numerusform>Undone: %n conflicts open again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="68"/>
        <source>%Ln record(s) imported.</source>
        <translation>
            <numerusform>%Ln record imported.</numerusform>
            <numerusform>%Ln records imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/encryption.py" line="220"/>
        <source>%Ln older backup(s) are not encrypted; delete them in File › Backups once you no longer need them.</source>
        <translation>
            <numerusform>%Ln older backup are not encrypted; delete them in File › Backups once you no longer need them.</numerusform>
            <numerusform>%Ln older backups are not encrypted; delete them in File › Backups once you no longer need them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityListPage</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/list.py" line="135"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForgetOfficeDialog</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/forget_office.py" line="141"/>
        <source>Warning: changes made here to %3 record(s) have not been acknowledged by any other office (%1). They go with this office unless you export them first: File › Export Changes for Another Office… for %2, or petdesk sync export --to %4 --out FILE.</source>
        <translation>
            <numerusform>Warning: changes made here to %3 record have not been acknowledged by any other office (%1). They go with this office unless you export them first: File › Export Changes for Another Office… for %2, or petdesk sync export --to %4 --out FILE.</numerusform>
            <numerusform>Warning: changes made here to %3 records have not been acknowledged by any other office (%1). They go with this office unless you export them first: File › Export Changes for Another Office… for %2, or petdesk sync export --to %4 --out FILE.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="44"/>
        <source>%Ln backup(s) made before now may still hold the person (petdesk person backups names those that do):</source>
        <translation>
            <numerusform>%Ln backup made before now may still hold the person (petdesk person backups names those that do):</numerusform>
            <numerusform>%Ln backups made before now may still hold the person (petdesk person backups names those that do):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="52"/>
        <source>%Ln mark(s) entered, changed or cleared</source>
        <translation>
            <numerusform>%Ln mark entered, changed or cleared</numerusform>
            <numerusform>%Ln marks entered, changed or cleared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="57"/>
        <source>%1 was erased (%Ln record(s)). The erasure travels with the next sync package.</source>
        <translation>
            <numerusform>%1 was erased (%Ln record). The erasure travels with the next sync package.</numerusform>
            <numerusform>%1 was erased (%Ln records). The erasure travels with the next sync package.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/history/dialog.py" line="92"/>
        <source>%1 — %Ln change(s), newest first (from the change log shared with the other offices)</source>
        <extracomment>The record&apos;s label, as the heading names it.</extracomment>
        <translation>
            <numerusform>%1 — %Ln change, newest first (from the change log shared with the other offices)</numerusform>
            <numerusform>%1 — %Ln changes, newest first (from the change log shared with the other offices)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/home/page.py" line="235"/>
        <source>%Ln more — see all on the Calendar page</source>
        <translation>
            <numerusform>%Ln more — see all on the Calendar page</numerusform>
            <numerusform>%Ln more — see all on the Calendar page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/home/page.py" line="237"/>
        <source>%Ln more — see all on the Projects page</source>
        <translation>
            <numerusform>%Ln more — see all on the Projects page</numerusform>
            <numerusform>%Ln more — see all on the Projects page</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="425"/>
        <source>Imported %Ln change(s) from %1.</source>
        <translation>
            <numerusform>Imported %Ln change from %1.</numerusform>
            <numerusform>Imported %Ln changes from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="429"/>
        <source>%Ln conflict(s) need a look (Sync page).</source>
        <translation>
            <numerusform>%Ln conflict needs a look (Sync page).</numerusform>
            <numerusform>%Ln conflicts need a look (Sync page).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="432"/>
        <source>Overridden by another office&apos;s concurrent edit: %n edit(s) made here.</source>
        <translation>
            <numerusform>Overridden by another office&apos;s concurrent edit: %n edit made here.</numerusform>
            <numerusform>Overridden by another office&apos;s concurrent edit: %n edits made here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="442"/>
        <source>That backup still holds the %n record(s) erased by this import: once the import is checked, delete it in File › Backups.</source>
        <translation>
            <numerusform>That backup still holds the %n record erased by this import: once the import is checked, delete it in File › Backups.</numerusform>
            <numerusform>That backup still holds the %n records erased by this import: once the import is checked, delete it in File › Backups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1107"/>
        <source>%n row(s): %1 to add, %2 to update, %3 to skip</source>
        <translation>
            <numerusform>%n row: %1 to add, %2 to update, %3 to skip</numerusform>
            <numerusform>%n rows: %1 to add, %2 to update, %3 to skip</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1121"/>
        <source>%n row(s) with warnings: the values they name are left out</source>
        <translation>
            <numerusform>%n row with warnings: the values they name are left out</numerusform>
            <numerusform>%n rows with warnings: the values they name are left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1180"/>
        <source>%n possible match(es) (⚠) to check: select one and check it with the button below.</source>
        <translation>
            <numerusform>%n possible match (⚠) to check: select one and check it with the button below.</numerusform>
            <numerusform>%n possible matches (⚠) to check: select one and check it with the button below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1186"/>
        <source>%n row(s) with warnings.</source>
        <translation>
            <numerusform>%n row with warnings.</numerusform>
            <numerusform>%n rows with warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/list_page.py" line="80"/>
        <source>%Ln row(s)</source>
        <extracomment>Milliseconds of quiet typing before the search runs. Starting widths of columns that need less or more than the usual 150 pixels. Rows were deleted or restored here (a detail pane beside the list shows the current row again). &quot;8 projects&quot; under the table; &quot;8 rows&quot; without one</extracomment>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogisticsTab</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/logistics.py" line="604"/>
        <source>up to %Ln rider(s), by item</source>
        <translation>
            <numerusform>up to %Ln rider, by item</numerusform>
            <numerusform>up to %Ln riders, by item</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/logistics.py" line="847"/>
        <source>%Ln person(s) have a room at %1 and will lose it. Delete the hotel and its rooming list? Undo (Ctrl+Z) brings them back until you save.</source>
        <translation>
            <numerusform>%Ln person has a room at %1 and will lose it. Delete the hotel and its rooming list? Undo (Ctrl+Z) brings them back until you save.</numerusform>
            <numerusform>%Ln people have a room at %1 and will lose it. Delete the hotel and its rooming list? Undo (Ctrl+Z) brings them back until you save.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/logistics.py" line="981"/>
        <source>%Ln rider(s) set for the vehicle.</source>
        <translation>
            <numerusform>%Ln rider set for the vehicle.</numerusform>
            <numerusform>%Ln riders set for the vehicle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/logistics.py" line="987"/>
        <source>The vehicle serves %n item(s).</source>
        <translation>
            <numerusform>The vehicle serves %n item.</numerusform>
            <numerusform>The vehicle serves %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/main_window.py" line="504"/>
        <source>%Ln organisation(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/main_window.py" line="505"/>
        <source>%Ln contact(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/main_window.py" line="506"/>
        <source>%Ln visit(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%Ln visit</numerusform>
            <numerusform>%Ln visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeCarried</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="86"/>
        <source>%n contact method(s)</source>
        <translation>
            <numerusform>%n contact method</numerusform>
            <numerusform>%n contact methods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="87"/>
        <source>%n affiliation(s)</source>
        <translation>
            <numerusform>%n affiliation</numerusform>
            <numerusform>%n affiliations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="88"/>
        <source>%n activities</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="89"/>
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visit</numerusform>
            <numerusform>%Ln visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="90"/>
        <location filename="../src/petdesk/gui/plurals.py" line="91"/>
        <source>%n itinerary item(s)</source>
        <translation>
            <numerusform>%n itinerary item</numerusform>
            <numerusform>%n itinerary items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="92"/>
        <source>%Ln training(s)</source>
        <translation>
            <numerusform>%Ln training</numerusform>
            <numerusform>%Ln trainings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="93"/>
        <source>%n attendance record(s)</source>
        <translation>
            <numerusform>%n attendance record</numerusform>
            <numerusform>%n attendance records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="94"/>
        <source>%n session(s) as trainer</source>
        <translation>
            <numerusform>%n session as trainer</numerusform>
            <numerusform>%n sessions as trainer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="95"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="96"/>
        <source>%n visit(s) hosted or made</source>
        <translation>
            <numerusform>%n visit hosted or made</numerusform>
            <numerusform>%n visits hosted or made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="97"/>
        <source>%n training(s) organised</source>
        <translation>
            <numerusform>%n training organised</numerusform>
            <numerusform>%n trainings organised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="98"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="99"/>
        <source>%n project(s) as partner</source>
        <translation>
            <numerusform>%n project as partner</numerusform>
            <numerusform>%n projects as partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="100"/>
        <source>%n itinerary item(s) as host or interpreter</source>
        <translation>
            <numerusform>%n itinerary item as host or interpreter</numerusform>
            <numerusform>%n itinerary items as host or interpreter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="101"/>
        <source>%n hotel room(s)</source>
        <translation>
            <numerusform>%n hotel room</numerusform>
            <numerusform>%n hotel rooms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="102"/>
        <source>%n travel leg(s)</source>
        <translation>
            <numerusform>%n travel leg</numerusform>
            <numerusform>%n travel legs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="103"/>
        <source>%n financing lead(s)</source>
        <translation>
            <numerusform>%n financing lead</numerusform>
            <numerusform>%n financing leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="104"/>
        <source>%n city need(s)</source>
        <translation>
            <numerusform>%n city need</numerusform>
            <numerusform>%n city needs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="105"/>
        <source>%n technology(ies) provided</source>
        <translation>
            <numerusform>%n technology provided</numerusform>
            <numerusform>%n technologies provided</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="472"/>
        <source>%Ln likely duplicate(s).</source>
        <translation>
            <numerusform>%Ln likely duplicate.</numerusform>
            <numerusform>%Ln likely duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="483"/>
        <source>%Ln possible duplicate(s) of %1, at every score.</source>
        <translation>
            <numerusform>%Ln possible duplicate of %1, at every score.</numerusform>
            <numerusform>%Ln possible duplicates of %1, at every score.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameCardsDialog</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/dossier/namecards.py" line="140"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/organisations/list.py" line="81"/>
        <source>%n person(s) work here. They stay in Contacts, but without this organisation while it is deleted; their positions come back if you restore it.</source>
        <translation>
            <numerusform>%n person work here. They stay in Contacts, but without this organisation while it is deleted; their positions come back if you restore it.</numerusform>
            <numerusform>%n persons work here. They stay in Contacts, but without this organisation while it is deleted; their positions come back if you restore it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/organisations/list.py" line="91"/>
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineLists</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="32"/>
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln project</numerusform>
            <numerusform>%Ln projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="35"/>
        <source>%Ln technology(ies)</source>
        <translation>
            <numerusform>%Ln technology</numerusform>
            <numerusform>%Ln technologies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="38"/>
        <source>%Ln city need(s)</source>
        <translation>
            <numerusform>%Ln city need</numerusform>
            <numerusform>%Ln city needs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="18"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/calendar/reminders.py" line="111"/>
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
        <location filename="../src/petdesk/gui/plurals.py" line="74"/>
        <source>Close the %n open editor window(s) and switch the language now? Otherwise the new language applies at the next start.</source>
        <translation>
            <numerusform>Close the %n open editor window and switch the language now? Otherwise the new language applies at the next start.</numerusform>
            <numerusform>Close the %n open editor windows and switch the language now? Otherwise the new language applies at the next start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubstituteDialog</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/substitute.py" line="125"/>
        <source>%1 keeps no attendance; all %n mark(s) go to %2 — a swap, not a late substitute.</source>
        <translation>
            <numerusform>%1 keeps no attendance; all %n mark go to %2 — a swap, not a late substitute.</numerusform>
            <numerusform>%1 keeps no attendance; all %n marks go to %2 — a swap, not a late substitute.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/substitute.py" line="131"/>
        <source>All sessions are past: %n attendance mark(s) of %1 from the session chosen on go to %2.</source>
        <translation>
            <numerusform>All sessions are past: %n attendance mark of %1 from the session chosen on go to %2.</numerusform>
            <numerusform>All sessions are past: %n attendance marks of %1 from the session chosen on go to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/page.py" line="654"/>
        <source>%Ln conflict(s) wait for you.</source>
        <translation>
            <numerusform>%Ln conflict waits for you.</numerusform>
            <numerusform>%Ln conflicts wait for you.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingEditor</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="816"/>
        <source>⚠ Clashes: %n (warnings, saving is not blocked)</source>
        <translation>
            <numerusform>⚠ Clash: %n (a warning, saving is not blocked)</numerusform>
            <numerusform>⚠ Clashes: %n (warnings, saving is not blocked)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1035"/>
        <source>%n participant(s) (attendees and organisers) exported to %1.</source>
        <translation>
            <numerusform>%n participant (attendees and organisers) exported to %1.</numerusform>
            <numerusform>%n participants (attendees and organisers) exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1132"/>
        <source>Its %n attendance mark(s) will be deleted with it.</source>
        <translation>
            <numerusform>Its %n attendance mark will be deleted with it.</numerusform>
            <numerusform>Its %n attendance marks will be deleted with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1170"/>
        <source>Remove %n participant(s) from this training?</source>
        <translation>
            <numerusform>Remove %n participant from this training?</numerusform>
            <numerusform>Remove %n participants from this training?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1172"/>
        <source>Their %n attendance mark(s) go with the registration.</source>
        <translation>
            <numerusform>Their %n attendance mark go with the registration.</numerusform>
            <numerusform>Their %n attendance marks go with the registration.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1173"/>
        <source>They no longer lead %n session(s).</source>
        <translation>
            <numerusform>They no longer lead %n session.</numerusform>
            <numerusform>They no longer lead %n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1188"/>
        <source>Removed %n participant(s).</source>
        <translation>
            <numerusform>Removed %n participant.</numerusform>
            <numerusform>Removed %n participants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1189"/>
        <source>%n participant(s) registered again.</source>
        <translation>
            <numerusform>%n participant registered again.</numerusform>
            <numerusform>%n participants registered again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1330"/>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1338"/>
        <source>%n attendance marks set.</source>
        <translation>
            <numerusform>%n attendance mark set.</numerusform>
            <numerusform>%n attendance marks set.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1332"/>
        <source>%n left out: the person is already present in a parallel session at that time.</source>
        <translation>
            <numerusform>%n left out: the person is already present in a parallel session at that time.</numerusform>
            <numerusform>%n left out: the people are already present in a parallel session at that time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/list.py" line="61"/>
        <source>%Ln training(s)</source>
        <translation>
            <numerusform>%Ln training</numerusform>
            <numerusform>%Ln trainings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="595"/>
        <source>⚠ Clashes: %n (warnings, saving is not blocked)</source>
        <translation>
            <numerusform>⚠ Clash: %n (a warning, saving is not blocked)</numerusform>
            <numerusform>⚠ Clashes: %n (warnings, saving is not blocked)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="857"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="858"/>
        <source>%n flight(s)</source>
        <translation>
            <numerusform>%n flight</numerusform>
            <numerusform>%n flights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="859"/>
        <source>%n other journey(s)</source>
        <translation>
            <numerusform>%n other journey</numerusform>
            <numerusform>%n other journeys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="860"/>
        <source>%n hotel room(s)</source>
        <translation>
            <numerusform>%n hotel room</numerusform>
            <numerusform>%n hotel rooms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="871"/>
        <source>On %n item(s) they are the only attendee ticked: it will list the whole delegation.</source>
        <translation>
            <numerusform>On %n item they are the only attendee ticked: it will list the whole delegation.</numerusform>
            <numerusform>On %n items they are the only attendee ticked: it will list the whole delegation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/list.py" line="63"/>
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visit</numerusform>
            <numerusform>%Ln visits</numerusform>
        </translation>
    </message>
</context>
</TS>
