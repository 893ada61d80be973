<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityLogDialog</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/activities/log.py" line="99"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln activity</numerusform>
            <numerusform>%Ln activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/archive.py" line="66"/>
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>%Ln record written to %1.</numerusform>
            <numerusform>%Ln records written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/backups/dialog.py" line="420"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/backups/dialog.py" line="424"/>
        <source>Delete %Ln backup(s) for good? They cannot be restored afterwards.</source>
        <translation>
            <numerusform>Delete %Ln backup for good? It cannot be restored afterwards.</numerusform>
            <numerusform>Delete %Ln backups for good? They cannot be restored afterwards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/backups/dialog.py" line="444"/>
        <source>Deleted %Ln backup(s).</source>
        <translation>
            <numerusform>Deleted %Ln backup.</numerusform>
            <numerusform>Deleted %Ln backups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/backups/dialog.py" line="548"/>
        <source>%Ln record(s) erased here after this backup was made were erased again.</source>
        <translation>
            <numerusform>%Ln record erased here after this backup was made was erased again.</numerusform>
            <numerusform>%Ln records erased here after this backup was made were erased again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/backups/dialog.py" line="653"/>
        <source>Moved %Ln backup(s) to %1.</source>
        <translation>
            <numerusform>Moved %Ln backup to %1.</numerusform>
            <numerusform>Moved %Ln backups to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/backups/dialog.py" line="658"/>
        <source>%Ln of them made before the database was encrypted are plain (not encrypted): anyone who has that folder or the drive it is on can read them without the passphrase. Once an encrypted backup is there too, select the rows marked Plain and press Delete….</source>
        <translation>
            <numerusform>%Ln of them, made before the database was encrypted, is plain (not encrypted): anyone who has that folder or the drive it is on can read it without the passphrase. Once an encrypted backup is there too, select the row marked Plain and press Delete….</numerusform>
            <numerusform>%Ln of them, made before the database was encrypted, are plain (not encrypted): anyone who has that folder or the drive it is on can read them without the passphrase. Once an encrypted backup is there too, select the rows marked Plain and press Delete….</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BanquetSheetDialog</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/dossier/banquet.py" line="83"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/calendar/export_dialog.py" line="126"/>
        <source>%Ln event(s) written to %1.</source>
        <translation>
            <numerusform>%Ln event written to %1.</numerusform>
            <numerusform>%Ln events written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="78"/>
        <source>+%Ln more</source>
        <translation>
            <numerusform>+%Ln more</numerusform>
            <numerusform>+%Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateCheckDialog</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/certificate_check.py" line="103"/>
        <source>%Ln valid certificate(s) of %1.</source>
        <translation>
            <numerusform>%Ln valid certificate of %1.</numerusform>
            <numerusform>%Ln valid certificates of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/page.py" line="236"/>
        <source>%Ln conflict(s) selected: keep this office&apos;s values or the other offices&apos; for all.</source>
        <translation>
            <numerusform>%Ln conflict selected: keep this office&apos;s values or the other offices&apos; for all.</numerusform>
            <numerusform>%Ln conflicts selected: keep this office&apos;s values or the other offices&apos; for all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/page.py" line="244"/>
        <source>%Ln open conflict(s). Select one to settle it.</source>
        <translation>
            <numerusform>%Ln open conflict. Select one to settle it.</numerusform>
            <numerusform>%Ln open conflicts. Select one to settle it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/page.py" line="333"/>
        <source>Keep this office&apos;s value in %Ln conflict(s)?</source>
        <translation>
            <numerusform>Keep this office&apos;s value in %Ln conflict?</numerusform>
            <numerusform>Keep this office&apos;s value in %Ln conflicts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/page.py" line="335"/>
        <source>Keep the other office&apos;s value in %Ln conflict(s)?</source>
        <translation>
            <numerusform>Keep the other office&apos;s value in %Ln conflict?</numerusform>
            <numerusform>Keep the other office&apos;s value in %Ln conflicts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/page.py" line="347"/>
        <source>&amp;Settle %Ln Conflict(s)</source>
        <translation>
            <numerusform>&amp;Settle %Ln Conflict</numerusform>
            <numerusform>&amp;Settle %Ln Conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/page.py" line="365"/>
        <source>%Ln conflict(s) settled.</source>
        <translation>
            <numerusform>%Ln conflict settled.</numerusform>
            <numerusform>%Ln conflicts settled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/page.py" line="387"/>
        <source>Undone: %Ln conflict(s) open again.</source>
        <translation>
            <numerusform>Undone: %Ln conflict open again.</numerusform>
            <numerusform>Undone: %Ln conflicts open again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDetailView</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/detail.py" line="482"/>
        <source>Handed over: %Ln record(s).</source>
        <translation>
            <numerusform>Handed over: %Ln record.</numerusform>
            <numerusform>Handed over: %Ln records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/detail.py" line="595"/>
        <source>Sent in %Ln export(s) (File › Export Log…)</source>
        <translation>
            <numerusform>Sent in %Ln export (File › Export Log…)</numerusform>
            <numerusform>Sent in %Ln exports (File › Export Log…)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatedAheadNotice</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/dated_ahead_notice.py" line="39"/>
        <source>%Ln record(s) were last changed more than a day ahead of this computer&apos;s clock, probably while a clock ran ahead: correct their dates and save them, which stamps them anew.</source>
        <translation>
            <numerusform>%Ln record was last changed more than a day ahead of this computer&apos;s clock, probably while a clock ran ahead: correct its dates and save it, which stamps it anew.</numerusform>
            <numerusform>%Ln records were last changed more than a day ahead of this computer&apos;s clock, probably while a clock ran ahead: correct their dates and save them, which stamps them anew.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/dated_ahead_notice.py" line="64"/>
        <source>… and %Ln more record(s)</source>
        <translation>
            <numerusform>… and %Ln more record</numerusform>
            <numerusform>… and %Ln more records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeletedDialog</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/history/deleted.py" line="157"/>
        <source>Restore %Ln Record(s)</source>
        <translation>
            <numerusform>Restore %Ln Record</numerusform>
            <numerusform>Restore %Ln Records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/history/deleted.py" line="160"/>
        <source>Restoring these %Ln record(s) also restores what was deleted with them, here and, with the next exchange, at the other offices.</source>
        <translation>
            <numerusform>Restoring this record also restores what was deleted with it, here and, with the next exchange, at the other offices.</numerusform>
            <numerusform>Restoring these %Ln records also restores what was deleted with them, here and, with the next exchange, at the other offices.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="83"/>
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
        <location filename="../src/petdesk/gui/encryption.py" line="221"/>
        <source>%Ln older backup(s) are not encrypted; delete them in File › Backups once you no longer need them.</source>
        <translation>
            <numerusform>%Ln older backup is not encrypted; delete it in File › Backups once you no longer need it.</numerusform>
            <numerusform>%Ln older backups are not encrypted; delete them in File › Backups once you no longer need them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityListPage</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/list.py" line="153"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsReportDialog</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/events_report.py" line="80"/>
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visit</numerusform>
            <numerusform>%Ln visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/events_report.py" line="80"/>
        <source>%Ln training(s)</source>
        <translation>
            <numerusform>%Ln training</numerusform>
            <numerusform>%Ln trainings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="289"/>
        <source>Split into %Ln part(s) under %1 MB: send all of them; the receiving office imports any one of them.</source>
        <translation>
            <numerusform>Split into %Ln part under %1 MB: send all of them; the receiving office imports any one of them.</numerusform>
            <numerusform>Split into %Ln parts under %1 MB: send all of them; the receiving office imports any one of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForgetOfficeDialog</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/forget_office.py" line="145"/>
        <source>Warning: changes made here to %3 record(s) have not been acknowledged by any other office (%1). They go with this office unless you export them first: File › Export Changes for Another Office… for %2, or petdesk sync export --to %4 --out FILE.</source>
        <translation>
            <numerusform>Warning: changes made here to %3 record have not been acknowledged by any other office (%1). They go with this office unless you export them first: File › Export Changes for Another Office… for %2, or petdesk sync export --to %4 --out FILE.</numerusform>
            <numerusform>Warning: changes made here to %3 records have not been acknowledged by any other office (%1). They go with this office unless you export them first: File › Export Changes for Another Office… for %2, or petdesk sync export --to %4 --out FILE.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/handover.py" line="90"/>
        <source>%Ln open follow-up(s) owned</source>
        <translation>
            <numerusform>%Ln open follow-up owned</numerusform>
            <numerusform>%Ln open follow-ups owned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/handover.py" line="91"/>
        <source>%Ln visit(s) to come organised or staffed</source>
        <translation>
            <numerusform>%Ln visit to come organised or staffed</numerusform>
            <numerusform>%Ln visits to come organised or staffed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/handover.py" line="92"/>
        <source>%Ln training(s) to come organised</source>
        <translation>
            <numerusform>%Ln training to come organised</numerusform>
            <numerusform>%Ln trainings to come organised</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="47"/>
        <source>%Ln backup(s) made before now may still hold the person (petdesk person backups names those that do):</source>
        <translation>
            <numerusform>%Ln backup made before now may still hold the person (petdesk person backups names those that do):</numerusform>
            <numerusform>%Ln backups made before now may still hold the person (petdesk person backups names those that do):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="55"/>
        <source>%Ln mark(s) entered, changed or cleared</source>
        <translation>
            <numerusform>%Ln mark entered, changed or cleared</numerusform>
            <numerusform>%Ln marks entered, changed or cleared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="60"/>
        <source>%1 was erased (%Ln record(s)). The erasure travels with the next sync package.</source>
        <translation>
            <numerusform>%1 was erased (%Ln record). The erasure travels with the next sync package.</numerusform>
            <numerusform>%1 was erased (%Ln records). The erasure travels with the next sync package.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="66"/>
        <source>Their name is also written in %Ln other record(s), which the erasure leaves as written:</source>
        <translation>
            <numerusform>Their name is also written in %Ln other record, which the erasure leaves as written:</numerusform>
            <numerusform>Their name is also written in %Ln other records, which the erasure leaves as written:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="72"/>
        <source>Their name is still written in %Ln other record(s); edit them if the name should go:</source>
        <translation>
            <numerusform>Their name is still written in %Ln other record; edit them if the name should go:</numerusform>
            <numerusform>Their name is still written in %Ln other records; edit them if the name should go:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/history/dialog.py" line="103"/>
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
        <location filename="../src/petdesk/gui/home/page.py" line="247"/>
        <source>%Ln more — see all on the Calendar page</source>
        <translation>
            <numerusform>%Ln more — see all on the Calendar page</numerusform>
            <numerusform>%Ln more — see all on the Calendar page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/home/page.py" line="249"/>
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
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="349"/>
        <source>Joined from %Ln part(s).</source>
        <translation>
            <numerusform>Joined from %Ln part.</numerusform>
            <numerusform>Joined from %Ln parts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="579"/>
        <source>Imported %Ln change(s) from %1.</source>
        <translation>
            <numerusform>Imported %Ln change from %1.</numerusform>
            <numerusform>Imported %Ln changes from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="586"/>
        <source>%Ln conflict(s) need a look (Sync page).</source>
        <translation>
            <numerusform>%Ln conflict needs a look (Sync page).</numerusform>
            <numerusform>%Ln conflicts need a look (Sync page).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="590"/>
        <source>Overridden by another office&apos;s concurrent edit: %Ln edit(s) made here.</source>
        <translation>
            <numerusform>Overridden by another office&apos;s concurrent edit: %Ln edit made here.</numerusform>
            <numerusform>Overridden by another office&apos;s concurrent edit: %Ln edits made here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="598"/>
        <source>%Ln open follow-up(s) of contacts, organisations or projects deleted at another office were deleted with them; restoring a record brings its follow-ups back.</source>
        <translation>
            <numerusform>%Ln open follow-up of contacts, organisations or projects deleted at another office were deleted with them; restoring a record brings its follow-ups back.</numerusform>
            <numerusform>%Ln open follow-ups of contacts, organisations or projects deleted at another office were deleted with them; restoring a record brings its follow-ups back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="611"/>
        <source>That backup still holds the %Ln record(s) erased by this import: once the import is checked, delete it in File › Backups.</source>
        <translation>
            <numerusform>That backup still holds the %Ln record erased by this import: once the import is checked, delete it in File › Backups.</numerusform>
            <numerusform>That backup still holds the %Ln records erased by this import: once the import is checked, delete it in File › Backups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="649"/>
        <source>Brings back %Ln record(s) deleted here: restored at the sending office.</source>
        <translation>
            <numerusform>Brings back %Ln record deleted here: restored at the sending office.</numerusform>
            <numerusform>Brings back %Ln records deleted here: restored at the sending office.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="657"/>
        <source>%Ln merge(s) of duplicates made at the sending office.</source>
        <translation>
            <numerusform>%Ln merge of duplicates made at the sending office.</numerusform>
            <numerusform>%Ln merges of duplicates made at the sending office.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="677"/>
        <source>A person this package erases is still named in %Ln record(s) here; the import leaves them as they are:</source>
        <translation>
            <numerusform>A person this package erases is still named in %Ln record here; the import leaves it as it is:</numerusform>
            <numerusform>A person this package erases is still named in %Ln records here; the import leaves them as they are:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="684"/>
        <source>A person this package erased is still named in %Ln record(s) here; edit them if the name should go:</source>
        <translation>
            <numerusform>A person this package erased is still named in %Ln record here; edit them if the name should go:</numerusform>
            <numerusform>A person this package erased is still named in %Ln records here; edit them if the name should go:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1347"/>
        <source>%Ln row(s): %1 to add, %2 to update, %3 to skip</source>
        <translation>
            <numerusform>%Ln row: %1 to add, %2 to update, %3 to skip</numerusform>
            <numerusform>%Ln rows: %1 to add, %2 to update, %3 to skip</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1355"/>
        <source>%Ln possible match(es) (⚠): same name as someone known; added as new people — check them</source>
        <translation>
            <numerusform>%Ln possible match (⚠): same name as someone known; added as new people — check them</numerusform>
            <numerusform>%Ln possible matches (⚠): same name as someone known; added as new people — check them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1364"/>
        <source>%Ln row(s) with warnings: the values they name are left out</source>
        <translation>
            <numerusform>%Ln row with warnings: the values it names are left out</numerusform>
            <numerusform>%Ln rows with warnings: the values they name are left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1369"/>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1463"/>
        <source>The form collected no e-mail addresses (“anonymous” in %Ln row(s)).</source>
        <translation>
            <numerusform>The form collected no e-mail addresses (“anonymous” in %Ln row).</numerusform>
            <numerusform>The form collected no e-mail addresses (“anonymous” in %Ln rows).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1449"/>
        <source>%Ln possible match(es) (⚠) to check: select one and check it with the button below.</source>
        <translation>
            <numerusform>%Ln possible match (⚠) to check: select one and check it with the button below.</numerusform>
            <numerusform>%Ln possible matches (⚠) to check: select one and check it with the button below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1458"/>
        <source>%Ln row(s) with warnings.</source>
        <translation>
            <numerusform>%Ln row with warnings.</numerusform>
            <numerusform>%Ln rows with warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1460"/>
        <source>%Ln blank row(s) skipped.</source>
        <translation>
            <numerusform>%Ln blank row skipped.</numerusform>
            <numerusform>%Ln blank rows skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterpretingReportDialog</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/interpreting_report.py" line="124"/>
        <source>%Ln row(s) written to %1.</source>
        <translation>
            <numerusform>%Ln row written to %1.</numerusform>
            <numerusform>%Ln rows written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationLetter</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/invitation.py" line="68"/>
        <source>Invitation letter for %Ln guest(s) written to %1</source>
        <translation>
            <numerusform>Invitation letter for %Ln guest written to %1</numerusform>
            <numerusform>Invitation letter for %Ln guests written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/list_page.py" line="95"/>
        <source>%Ln row(s)</source>
        <extracomment>Milliseconds of quiet typing before the search runs. Starting widths of columns that need less or more than the usual 150 pixels. Columns of short labels kept whole at their longest text (ColumnFitter&apos;s ``labels``). Rows were deleted or restored here (a detail pane beside the list shows the current row again). &quot;8 projects&quot; under the table; &quot;8 rows&quot; without one</extracomment>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LodgingTab</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="193"/>
        <source>%Ln participant(s) need a room</source>
        <translation>
            <numerusform>%Ln participant needs a room</numerusform>
            <numerusform>%Ln participants need a room</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="194"/>
        <source>; %Ln answer(s) still awaited</source>
        <translation>
            <numerusform>; %Ln answer still awaited</numerusform>
            <numerusform>; %Ln answers still awaited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="202"/>
        <source>%Ln room(s)</source>
        <translation>
            <numerusform>%Ln room</numerusform>
            <numerusform>%Ln rooms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="204"/>
        <source>%Ln guest(s)</source>
        <translation>
            <numerusform>%Ln guest</numerusform>
            <numerusform>%Ln guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="314"/>
        <source>%Ln guest(s) written to %1.</source>
        <translation>
            <numerusform>%Ln guest written to %1.</numerusform>
            <numerusform>%Ln guests written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogisticsTab</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/logistics.py" line="738"/>
        <source>up to %Ln rider(s), by item</source>
        <translation>
            <numerusform>up to %Ln rider, by item</numerusform>
            <numerusform>up to %Ln riders, by item</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/logistics.py" line="998"/>
        <source>%Ln person(s) have a room at %1 and will lose it. Delete the hotel and its rooming list? Undo (Ctrl+Z) brings them back until you save.</source>
        <translation>
            <numerusform>%Ln person has a room at %1 and will lose it. Delete the hotel and its rooming list? Undo (Ctrl+Z) brings them back until you save.</numerusform>
            <numerusform>%Ln people have a room at %1 and will lose it. Delete the hotel and its rooming list? Undo (Ctrl+Z) brings them back until you save.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/logistics.py" line="1160"/>
        <source>%Ln rider(s) set for the vehicle.</source>
        <translation>
            <numerusform>%Ln rider set for the vehicle.</numerusform>
            <numerusform>%Ln riders set for the vehicle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/logistics.py" line="1169"/>
        <source>The vehicle serves %Ln item(s).</source>
        <translation>
            <numerusform>The vehicle serves %Ln item.</numerusform>
            <numerusform>The vehicle serves %Ln items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailingList</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/mailing_list.py" line="27"/>
        <source>%Ln address(es) written to %1.</source>
        <translation>
            <numerusform>%Ln address written to %1.</numerusform>
            <numerusform>%Ln addresses written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/main_window.py" line="575"/>
        <source>%Ln organisation(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/main_window.py" line="576"/>
        <source>%Ln contact(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/main_window.py" line="577"/>
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
        <location filename="../src/petdesk/gui/plurals.py" line="101"/>
        <source>%Ln contact method(s)</source>
        <translation>
            <numerusform>%Ln contact method</numerusform>
            <numerusform>%Ln contact methods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="102"/>
        <source>%Ln affiliation(s)</source>
        <translation>
            <numerusform>%Ln affiliation</numerusform>
            <numerusform>%Ln affiliations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="103"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln activity</numerusform>
            <numerusform>%Ln activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="104"/>
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visit</numerusform>
            <numerusform>%Ln visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="105"/>
        <location filename="../src/petdesk/gui/plurals.py" line="106"/>
        <source>%Ln itinerary item(s)</source>
        <translation>
            <numerusform>%Ln itinerary item</numerusform>
            <numerusform>%Ln itinerary items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="107"/>
        <source>%Ln training(s)</source>
        <translation>
            <numerusform>%Ln training</numerusform>
            <numerusform>%Ln trainings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="108"/>
        <source>%Ln attendance record(s)</source>
        <translation>
            <numerusform>%Ln attendance record</numerusform>
            <numerusform>%Ln attendance records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="109"/>
        <source>%Ln session(s) as trainer</source>
        <translation>
            <numerusform>%Ln session as trainer</numerusform>
            <numerusform>%Ln sessions as trainer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="110"/>
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln follow-up</numerusform>
            <numerusform>%Ln follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="111"/>
        <source>%Ln visit(s) hosted or made</source>
        <translation>
            <numerusform>%Ln visit hosted or made</numerusform>
            <numerusform>%Ln visits hosted or made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="112"/>
        <source>%Ln training(s) organised</source>
        <translation>
            <numerusform>%Ln training organised</numerusform>
            <numerusform>%Ln trainings organised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="113"/>
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln project</numerusform>
            <numerusform>%Ln projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="114"/>
        <source>%Ln project(s) as partner</source>
        <translation>
            <numerusform>%Ln project as partner</numerusform>
            <numerusform>%Ln projects as partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="115"/>
        <source>%Ln itinerary item(s) as host or interpreter</source>
        <translation>
            <numerusform>%Ln itinerary item as host or interpreter</numerusform>
            <numerusform>%Ln itinerary items as host or interpreter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="116"/>
        <source>%Ln hotel room(s)</source>
        <translation>
            <numerusform>%Ln hotel room</numerusform>
            <numerusform>%Ln hotel rooms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="117"/>
        <source>%Ln travel leg(s)</source>
        <translation>
            <numerusform>%Ln travel leg</numerusform>
            <numerusform>%Ln travel legs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="118"/>
        <source>%Ln vehicle seat(s)</source>
        <translation>
            <numerusform>%Ln vehicle seat</numerusform>
            <numerusform>%Ln vehicle seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="119"/>
        <source>%Ln financing lead(s)</source>
        <translation>
            <numerusform>%Ln financing lead</numerusform>
            <numerusform>%Ln financing leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="120"/>
        <source>%Ln city need(s)</source>
        <translation>
            <numerusform>%Ln city need</numerusform>
            <numerusform>%Ln city needs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="121"/>
        <source>%Ln technology(ies) provided</source>
        <translation>
            <numerusform>%Ln technology provided</numerusform>
            <numerusform>%Ln technologies provided</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="583"/>
        <source>All organisations (%Ln pair(s))</source>
        <translation>
            <numerusform>All organisations (%Ln pair)</numerusform>
            <numerusform>All organisations (%Ln pairs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="587"/>
        <source>%1 (%Ln pair(s))</source>
        <translation>
            <numerusform>%1 (%Ln pair)</numerusform>
            <numerusform>%1 (%Ln pairs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="625"/>
        <source>%Ln likely duplicate(s).</source>
        <translation>
            <numerusform>%Ln likely duplicate.</numerusform>
            <numerusform>%Ln likely duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="636"/>
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
        <location filename="../src/petdesk/gui/dossier/namecards.py" line="120"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameTidyDialog</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/name_tidy.py" line="113"/>
        <source>%Ln person(s) to tidy.</source>
        <translation>
            <numerusform>%Ln person to tidy.</numerusform>
            <numerusform>%Ln people to tidy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/name_tidy.py" line="116"/>
        <source>&amp;Tidy %Ln Name(s)</source>
        <translation>
            <numerusform>&amp;Tidy %Ln Name</numerusform>
            <numerusform>&amp;Tidy %Ln Names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/name_tidy.py" line="127"/>
        <source>Move the titles of %Ln person(s) out of the name.</source>
        <translation>
            <numerusform>Move the title of %Ln person out of the name.</numerusform>
            <numerusform>Move the titles of %Ln people out of the name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/name_tidy.py" line="129"/>
        <source>Split %Ln name(s) again as an import splits them now.</source>
        <translation>
            <numerusform>Split %Ln name again as an import splits it now.</numerusform>
            <numerusform>Split %Ln names again as an import splits them now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/name_tidy.py" line="141"/>
        <source>%Ln person(s) tidied. Undo Last Tidy puts them back.</source>
        <translation>
            <numerusform>%Ln person tidied. Undo Last Tidy puts it back.</numerusform>
            <numerusform>%Ln people tidied. Undo Last Tidy puts them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/organisations/list.py" line="86"/>
        <source>%Ln person(s) work here. They stay in Contacts, but without this organisation while it is deleted; their positions come back if you restore it.</source>
        <translation>
            <numerusform>%Ln person works here. They stay in Contacts, but without this organisation while it is deleted; their position comes back if you restore it.</numerusform>
            <numerusform>%Ln people work here. They stay in Contacts, but without this organisation while it is deleted; their positions come back if you restore it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/organisations/list.py" line="95"/>
        <source>%Ln open follow-up(s) go with it: they leave Home and come back if you restore it.</source>
        <translation>
            <numerusform>%Ln open follow-up goes with it: it leaves Home and comes back if you restore it.</numerusform>
            <numerusform>%Ln open follow-ups go with it: they leave Home and come back if you restore it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/organisations/list.py" line="102"/>
        <source>%Ln logged activities stay in the activity log, under its name.</source>
        <translation>
            <numerusform>%Ln logged activity stays in the activity log, under its name.</numerusform>
            <numerusform>%Ln logged activities stay in the activity log, under its name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/organisations/list.py" line="106"/>
        <source>%Ln project(s) led by it keep it as lead, marked as deleted.</source>
        <translation>
            <numerusform>%Ln project led by it keeps it as lead, marked as deleted.</numerusform>
            <numerusform>%Ln projects led by it keep it as lead, marked as deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/organisations/list.py" line="110"/>
        <source>%Ln project(s) funded by it keep it as funder.</source>
        <translation>
            <numerusform>%Ln project funded by it keeps it as funder.</numerusform>
            <numerusform>%Ln projects funded by it keep it as funder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/organisations/list.py" line="114"/>
        <source>%Ln project(s) keep it among their partners.</source>
        <translation>
            <numerusform>%Ln project keeps it among its partners.</numerusform>
            <numerusform>%Ln projects keep it among their partners.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/organisations/list.py" line="118"/>
        <source>%Ln visit(s) hosted by it keep it as host.</source>
        <translation>
            <numerusform>%Ln visit hosted by it keeps it as host.</numerusform>
            <numerusform>%Ln visits hosted by it keep it as host.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/organisations/list.py" line="127"/>
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PastProjectsDialog</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/projects/past_import.py" line="216"/>
        <source>%Ln project(s) to add from %1.</source>
        <translation>
            <numerusform>%Ln project to add from %1.</numerusform>
            <numerusform>%Ln projects to add from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/projects/past_import.py" line="219"/>
        <source>%Ln project(s) added from %1.</source>
        <translation>
            <numerusform>%Ln project added from %1.</numerusform>
            <numerusform>%Ln projects added from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/projects/past_import.py" line="220"/>
        <source>%Ln new funder(s), </source>
        <translation>
            <numerusform>%Ln new funder, </numerusform>
            <numerusform>%Ln new funders, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/projects/past_import.py" line="221"/>
        <source>%Ln new partner(s).</source>
        <translation>
            <numerusform>%Ln new partner.</numerusform>
            <numerusform>%Ln new partners.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/projects/past_import.py" line="223"/>
        <source>%Ln row(s) skipped.</source>
        <translation>
            <numerusform>%Ln row skipped.</numerusform>
            <numerusform>%Ln rows skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/projects/past_import.py" line="273"/>
        <source>&amp;Only the rows with warnings (%Ln)</source>
        <translation>
            <numerusform>&amp;Only the row with warnings (%Ln)</numerusform>
            <numerusform>&amp;Only the rows with warnings (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PastVisitsResultDialog</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/past_import.py" line="91"/>
        <source>%Ln training(s) added from %1</source>
        <translation>
            <numerusform>%Ln training added from %1</numerusform>
            <numerusform>%Ln trainings added from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/past_import.py" line="94"/>
        <source>%Ln visit(s) added from %1</source>
        <translation>
            <numerusform>%Ln visit added from %1</numerusform>
            <numerusform>%Ln visits added from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/past_import.py" line="98"/>
        <source>%Ln row(s) skipped</source>
        <translation>
            <numerusform>%Ln row skipped</numerusform>
            <numerusform>%Ln rows skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneTidyDialog</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/phone_tidy.py" line="80"/>
        <source>%Ln number(s) to rewrite.</source>
        <translation>
            <numerusform>%Ln number to rewrite.</numerusform>
            <numerusform>%Ln numbers to rewrite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/phone_tidy.py" line="81"/>
        <source>%Ln left as typed.</source>
        <translation>
            <numerusform>%Ln left as typed.</numerusform>
            <numerusform>%Ln left as typed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/phone_tidy.py" line="85"/>
        <source>&amp;Rewrite %Ln Number(s)</source>
        <translation>
            <numerusform>&amp;Rewrite %Ln Number</numerusform>
            <numerusform>&amp;Rewrite %Ln Numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/phone_tidy.py" line="93"/>
        <source>%Ln number(s) rewritten. Undo Last Tidy puts them back.</source>
        <translation>
            <numerusform>%Ln number rewritten. Undo Last Tidy puts them back.</numerusform>
            <numerusform>%Ln numbers rewritten. Undo Last Tidy puts them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineLists</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="35"/>
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln project</numerusform>
            <numerusform>%Ln projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="38"/>
        <source>%Ln technology(ies)</source>
        <translation>
            <numerusform>%Ln technology</numerusform>
            <numerusform>%Ln technologies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="41"/>
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
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="21"/>
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln year</numerusform>
            <numerusform>%Ln years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/calendar/reminders.py" line="113"/>
        <source>next %Ln day(s)</source>
        <translation>
            <numerusform>next %Ln day</numerusform>
            <numerusform>next %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="89"/>
        <source>Close the %Ln open editor window(s) and switch the language now? Otherwise the new language applies at the next start.</source>
        <translation>
            <numerusform>Close the %Ln open editor window and switch the language now? Otherwise the new language applies at the next start.</numerusform>
            <numerusform>Close the %Ln open editor windows and switch the language now? Otherwise the new language applies at the next start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubstituteDialog</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/substitute.py" line="125"/>
        <source>%1 keeps no attendance; all %Ln mark(s) go to %2 — a swap, not a late substitute.</source>
        <translation>
            <numerusform>%1 keeps no attendance; the %Ln mark goes to %2 — a swap, not a late substitute.</numerusform>
            <numerusform>%1 keeps no attendance; all %Ln marks go to %2 — a swap, not a late substitute.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/substitute.py" line="131"/>
        <source>All sessions are past: %Ln attendance mark(s) of %1 from the session chosen on go to %2.</source>
        <translation>
            <numerusform>All sessions are past: %Ln attendance mark of %1 from the session chosen on go to %2.</numerusform>
            <numerusform>All sessions are past: %Ln attendance marks of %1 from the session chosen on go to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/page.py" line="669"/>
        <source>%Ln conflict(s) wait for you.</source>
        <translation>
            <numerusform>%Ln conflict waits for you.</numerusform>
            <numerusform>%Ln conflicts wait for you.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingChooser</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/import_training.py" line="54"/>
        <source>Register the %Ln person(s) of this import as attendees of:</source>
        <translation>
            <numerusform>Register the %Ln person of this import as attendees of:</numerusform>
            <numerusform>Register the %Ln people of this import as attendees of:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/import_training.py" line="107"/>
        <source>%Ln person(s) registered for the training.</source>
        <translation>
            <numerusform>%Ln person registered for the training.</numerusform>
            <numerusform>%Ln people registered for the training.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/import_training.py" line="109"/>
        <source> %Ln were registered already.</source>
        <translation>
            <numerusform> %Ln was registered already.</numerusform>
            <numerusform> %Ln were registered already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/import_training.py" line="129"/>
        <source>%Ln lodging answer(s) for a one-day training: lodging for the night before the training day.</source>
        <translation>
            <numerusform>%Ln lodging answer for a one-day training: lodging for the night before the training day.</numerusform>
            <numerusform>%Ln lodging answers for a one-day training: lodging for the night before the training day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingEditor</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="628"/>
        <source>Saved how %Ln participant(s) attend.</source>
        <translation>
            <numerusform>Saved how %Ln participant attends.</numerusform>
            <numerusform>Saved how %Ln participants attend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1006"/>
        <source>⚠ Clashes: %Ln (warnings, saving is not blocked)</source>
        <translation>
            <numerusform>⚠ Clash: %Ln (a warning, saving is not blocked)</numerusform>
            <numerusform>⚠ Clashes: %Ln (warnings, saving is not blocked)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1270"/>
        <source>%Ln participant(s) (attendees and organisers) exported to %1.</source>
        <translation>
            <numerusform>%Ln participant (attendees and organisers) exported to %1.</numerusform>
            <numerusform>%Ln participants (attendees and organisers) exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1373"/>
        <source>Its %Ln attendance mark(s) will be deleted with it.</source>
        <translation>
            <numerusform>Its %Ln attendance mark will be deleted with it.</numerusform>
            <numerusform>Its %Ln attendance marks will be deleted with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1412"/>
        <source>Remove %Ln participant(s) from this training?</source>
        <translation>
            <numerusform>Remove %Ln participant from this training?</numerusform>
            <numerusform>Remove %Ln participants from this training?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1414"/>
        <source>Their %Ln attendance mark(s) go with the registration.</source>
        <translation>
            <numerusform>Their %Ln attendance mark goes with the registration.</numerusform>
            <numerusform>Their %Ln attendance marks go with the registration.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1415"/>
        <source>They no longer lead %Ln session(s).</source>
        <translation>
            <numerusform>They no longer lead %Ln session.</numerusform>
            <numerusform>They no longer lead %Ln sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1430"/>
        <source>Removed %Ln participant(s).</source>
        <translation>
            <numerusform>Removed %Ln participant.</numerusform>
            <numerusform>Removed %Ln participants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1431"/>
        <source>%Ln participant(s) registered again.</source>
        <translation>
            <numerusform>%Ln participant registered again.</numerusform>
            <numerusform>%Ln participants registered again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1598"/>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1606"/>
        <source>%Ln attendance marks set.</source>
        <translation>
            <numerusform>%Ln attendance mark set.</numerusform>
            <numerusform>%Ln attendance marks set.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1600"/>
        <source>%Ln left out: the person is already present in a parallel session at that time.</source>
        <translation>
            <numerusform>%Ln left out: the person is already present in a parallel session at that time.</numerusform>
            <numerusform>%Ln left out: the people are already present in a parallel session at that time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/list.py" line="66"/>
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
        <location filename="../src/petdesk/gui/visits/edit.py" line="665"/>
        <source>⚠ Clashes: %Ln (warnings, saving is not blocked)</source>
        <translation>
            <numerusform>⚠ Clash: %Ln (a warning, saving is not blocked)</numerusform>
            <numerusform>⚠ Clashes: %Ln (warnings, saving is not blocked)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="671"/>
        <source>No clashes; ⚠ open questions about rooms and vehicles: %Ln</source>
        <translation>
            <numerusform>No clashes; ⚠ open question about rooms and vehicles: %Ln</numerusform>
            <numerusform>No clashes; ⚠ open questions about rooms and vehicles: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="679"/>
        <source>No clashes; ⚠ open questions about rooms: %Ln</source>
        <translation>
            <numerusform>No clashes; ⚠ open question about rooms: %Ln</numerusform>
            <numerusform>No clashes; ⚠ open questions about rooms: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="969"/>
        <source>%Ln change(s) of the draft could not be recovered (no longer possible, or made on the Logistics tab with an older petdesk): make them again.</source>
        <translation>
            <numerusform>%Ln change of the draft could not be recovered (no longer possible, or made on the Logistics tab with an older petdesk): make it again.</numerusform>
            <numerusform>%Ln changes of the draft could not be recovered (no longer possible, or made on the Logistics tab with an older petdesk): make them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="1060"/>
        <source>%Ln gift(s) still name %1.</source>
        <translation>
            <numerusform>%Ln gift still names %1.</numerusform>
            <numerusform>%Ln gifts still name %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="1066"/>
        <source>%Ln gift(s) name %1 as giver or recipient. Put %2 in their place there?</source>
        <translation>
            <numerusform>%Ln gift names %1 as giver or recipient. Put %2 in their place there?</numerusform>
            <numerusform>%Ln gifts name %1 as giver or recipient. Put %2 in their place there?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="1078"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="1079"/>
        <source>%Ln flight(s)</source>
        <translation>
            <numerusform>%Ln flight</numerusform>
            <numerusform>%Ln flights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="1080"/>
        <source>%Ln other journey(s)</source>
        <translation>
            <numerusform>%Ln other journey</numerusform>
            <numerusform>%Ln other journeys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="1081"/>
        <source>%Ln hotel room(s)</source>
        <translation>
            <numerusform>%Ln hotel room</numerusform>
            <numerusform>%Ln hotel rooms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="1082"/>
        <source>%Ln vehicle seat(s)</source>
        <translation>
            <numerusform>%Ln vehicle seat</numerusform>
            <numerusform>%Ln vehicle seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="1093"/>
        <source>On %Ln item(s) they are the only attendee ticked: it will list the whole delegation.</source>
        <translation>
            <numerusform>On %Ln item they are the only attendee ticked: it will list the whole delegation.</numerusform>
            <numerusform>On %Ln items they are the only attendee ticked: it will list the whole delegation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="1249"/>
        <source>%Ln guest(s) written to %1</source>
        <translation>
            <numerusform>%Ln guest written to %1</numerusform>
            <numerusform>%Ln guests written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/list.py" line="83"/>
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visit</numerusform>
            <numerusform>%Ln visits</numerusform>
        </translation>
    </message>
</context>
</TS>
