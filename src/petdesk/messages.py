"""Sync, import and visit-editing messages in the interface's language (no Qt).

The sync and import services raise plain English sentences (they are logged, and the command line
and the window both show them). Rather than thread a locale through every ``raise``, the place that
shows a message passes it through :func:`localize`, which recognises the sentence by its template
and translates the template through the core catalogue; the parts filled in (a file name, a count,
a nested reason) are kept, and a nested reason is translated in turn. A sentence no template knows
is shown as it is.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from petdesk.exchange import read_errors as exchange_read_errors
from petdesk.i18n import N_, is_chinese, translator
from petdesk.services import deadline_time, lost_letters

#: English templates of the messages users meet; ``{name}`` parts are copied (``{reason}`` and
#: ``{exc}`` are translated too).
#: SQLite's "database is locked", put plainly (field test 34, defect 1): the writer is most often
#: the window's own background work, which is soon done.
WRITER_BUSY = N_("another task is writing to the database; try again in a moment. Nothing was changed")

#: The database file went away under an open database (petdesk.file_gone; field test 39, defect 2).
GONE_RESCUED = N_(
    "the database file {path} is no longer there (was the stick removed?): the last changes are not "
    "saved in it. A copy with every change was saved as {copy}: copy it back where the file was, or "
    "open that copy with petdesk --db COPY"
)
GONE_LOST = N_(
    "the database file {path} is no longer there (was the stick removed?): the last changes are not "
    "saved, and no copy could be made ({reason}). Put the stick back and check the last changes"
)
#: ... or was replaced by another file while open: a file-sync program (Nextcloud, Dropbox) put the
#: other computer's copy in its place; "no longer there (was the stick removed?)" misled (field test 70).
GONE_REPLACED = N_(
    "the database file {path} was replaced by another file (did a file-sync program put another "
    "computer's copy in its place?): the last changes are not saved in it. A copy with every change "
    "was saved as {copy}: open it with petdesk --db COPY to compare, and bring its changes over"
)
#: Why no copy of a database file that went away was made.
NONE_OPEN = N_("no connection to it was left open")

TEMPLATES: tuple[str, ...] = (
    WRITER_BUSY,
    GONE_RESCUED,
    GONE_REPLACED,
    GONE_LOST,
    NONE_OPEN,
    # sync packages
    N_(
        "no other office called {name} is known here (known: {known}); if that office has sent you a "
        "package, import it first: then --to sends only what it lacks; else the first exchange with a "
        "new office uses --all"
    ),
    N_("no other office called {name} is known here (known: {known})"),
    N_(
        "{text} does not name one office; it could be {offices}: give the office's name or at least "
        "{n} characters of its id"
    ),
    N_("none yet"),
    # a record merged away (services.merge.MergedAwayError)
    N_("{id} was merged into {name} ({kept}) on {when} by {author}"),
    N_("{id} was merged into {name} ({kept}) on {when}"),
    # merge --undo refused (services.merge.undo_merge): the option is named as it is typed
    N_(
        "the kept record was deleted after the merge; restore it first, or undo anyway with "
        "petdesk merge --undo {id} --force"
    ),
    N_(
        "the kept record was edited after the merge ({fields}); undoing would lose those edits "
        "(to undo anyway: petdesk merge --undo {id} --force)"
    ),
    N_(
        "{n} linked records changed after the merge (first: {table} {row}); undoing would lose those "
        "changes (to undo anyway: petdesk merge --undo {id} --force)"
    ),
    N_("the merge {id} was already undone"),
    # a pair the merge dialog or petdesk merge cannot compare (services.merge._load_pair, errors53b)
    N_("a record cannot be merged with itself"),
    N_("the {what} {id} is deleted (already merged?)"),
    N_("a record of this merge no longer exists"),
    N_("give the merge's id (petdesk merge --list shows them)"),
    N_("no merge with id {id}"),
    N_("several merges have ids starting with {id}; give more characters"),
    N_("the passphrase must have at least {count} characters (a few words work well)"),
    N_("the passphrase is too easy to guess: use a few unrelated words or mix in other characters"),
    N_("this is not a petdesk sync package (the file does not start like one)"),
    N_(
        "this is a database file, not a sync package (a copy a file-sync program made, such as a "
        "“conflicted copy”?): look at it with petdesk --db FILE, and bring its changes over by hand or "
        "from a package its office writes with petdesk sync export"
    ),
    N_("the file is truncated: it ends inside the package header"),
    N_("the file is truncated: {have} of {size} bytes are there"),
    N_("{file} is a folder, not a package file"),
    N_("the file is damaged: it has extra bytes after the end of the package"),
    N_("the package header is damaged (impossible length)"),
    N_("the package header is damaged (no format version)"),
    N_("the package header is damaged (unreadable)"),
    N_("the package header is damaged ({exc})"),
    N_("the package is damaged or was altered after it was made (authentication failed)"),
    N_("wrong passphrase: this package was encrypted with a different passphrase"),
    # petdesk demo (demo.generator)
    N_(
        "{file} is the database of the office {office} and holds {n} record of its own; demo data "
        "would mix with them and go out in its sync packages, so nothing was added. For a demo, name "
        "a new file: petdesk --db NEW.sqlite demo"
    ),
    N_(
        "{file} is the database of the office {office} and holds {n} records of its own; demo data "
        "would mix with them and go out in its sync packages, so nothing was added. For a demo, name "
        "a new file: petdesk --db NEW.sqlite demo"
    ),
    N_("the number of contacts must be zero or more"),
    N_("this database already holds the demo data of seed {seed}; choose another --seed"),
    # backups (services.backups): the reason inside is the system's, said plainly by localize
    N_("cannot back up {file} ({reason})"),
    N_("cannot create the backup folder {folder} ({reason})"),
    N_(
        "cannot back up {file}: the backup needs about {need} free in {folder} while it is made, "
        "and {free} is free there; free some space there or choose another backup folder"
    ),
    N_(
        "cannot back up {file}: the backup needs about {need} free in {folder} while it is made, "
        "and {free} is free there; free some space there or choose another backup folder with "
        "petdesk backups --folder DIR or File › Backups… › Change Folder…"
    ),
    N_("cannot write the backup to {folder} ({reason})"),
    # encryption at rest (services.encryption)
    N_("{file} is encrypted already; to change its passphrase use petdesk encrypt --change"),
    N_("{file} is not encrypted; encrypt it with petdesk encrypt"),
    N_("{file} is not encrypted"),
    N_("the passphrase is empty"),
    N_("the new passphrase is the same as the old one; nothing was changed"),
    N_("the converted copy failed its check ({verdict}); nothing was changed"),
    N_("the conversion failed ({exc}); nothing was changed"),
    N_("{file} is open in a petdesk window (process {pid}); close it first"),
    N_("the package manifest is incomplete (damaged or not made by petdesk)"),
    # a package from a newer petdesk (sync.package, sync.service)
    N_(
        "the package was made by petdesk {writer} in package format {fmt}; this petdesk ({mine}) "
        "reads up to format {known}: update to petdesk {writer2} or later to import it"
    ),
    N_(
        "the package was made by a newer petdesk (package format {fmt}, this petdesk reads format "
        "{known}); update petdesk to import it"
    ),
    N_(
        "the package was made by petdesk {writer} with database version {schema}; this petdesk "
        "({mine}) knows up to {known}: update to petdesk {writer2} or later to import it"
    ),
    N_("the package was made with a newer database schema ({schema}); update petdesk to import it"),
    N_("the package content is damaged ({exc})"),
    N_("the package content is not valid: {exc}"),
    N_("the package cannot be imported here: {exc}"),
    N_("this package was written by this office itself; import it at the other office"),
    N_(
        "this package was written by this office itself; import it at the other office. If this "
        "laptop was restored from a backup made before the package, import it with --own-package "
        "to bring back what was written after the backup"
    ),
    N_(
        "this package was written by this office itself and holds nothing newer than this "
        "database; nothing was imported"
    ),
    N_(
        "the package comes from {office}, which has this office's id ({id}): it was set up from a copy "
        "of this database, and a copy cannot be a second office. Start the second office from a new "
        "database and a package of this office (petdesk sync export --all); if this laptop was restored "
        "from a backup and renamed since, import it with --own-package"
    ),
    N_("the changes are too large for one package; export to each office separately"),
    N_(
        "the package from {office} (id {id}) carries clock values up to {newest} UTC, more than {hours} "
        "hours ahead of this computer's clock ({now} UTC): the clock of one of the two computers is "
        "wrong; correct it, or import with --accept-future-clock to take the changes anyway"
    ),
    N_(
        "the package from {office} (id {id}) carries clock values up to {newest} UTC, more than {hours} "
        "hours ahead of this computer's clock ({now} UTC), though it was made by a clock that agrees "
        "with this one: the sending computer's clock ran ahead before and was put right since, and "
        "its clock values stay ahead until that time. Import it with --accept-future-clock: its changes "
        "are given this office's time"
    ),
    N_(
        "another office is already known here as {office} (id {known}); this package comes from a "
        "different office with the same name (id {id}); import it with --new-office only if that "
        "office is real"
    ),
    N_(
        "{n} offices match {text}: {offices}; give the office id (or its first 8 characters or more) "
        "instead of the name"
    ),
    N_(
        "the package comes from {office} (id {id}), which was retired here on {date}; nothing was "
        "imported. Every change in it was made before the office was retired: if the package was sent "
        "before then (a laptop's last package, e-mailed before it was lost or stolen), import it with "
        "--made-before-retirement; the office stays retired"
    ),
    N_(
        "the package comes from {office} (id {id}), which was retired here on {date}; nothing was "
        "imported. If that office is in use again, return it to service first (petdesk sync unretire "
        "{id2}, or Sync › Offices in the window) and import the package again"
    ),
    N_(
        "{office} (id {id}) was retired on {date}: no packages are written for it; petdesk sync "
        "unretire {id2} returns it to service"
    ),
    N_("{office} (id {id}) was already retired on {date}"),
    N_("{office} (id {id}) is not retired"),
    N_("this office cannot retire itself or return itself to service; do it at another office"),
    N_("this conflict is already settled"),
    N_(
        "the other value would make it end before it starts; keep the current value and change "
        "the time in the editor if needed"
    ),
    N_("no conflict with id {id}"),
    N_("{id} matches several conflicts; give more characters of its id"),
    N_("{file}: rejected: {reason}"),
    # a package split into parts for e-mail (sync/parts.py)
    N_("{file} is a damaged part of a split package; ask for it again"),
    N_("{file} is not a part of a split package"),
    N_("{file} is damaged (cut short or altered on the way): ask for part {number} of {name} again"),
    N_(
        "{file} is a part of another package: save part {number} of {name} beside the others, then "
        "import again"
    ),
    N_(
        "{name} was split into {count} parts, and part {numbers} is not in the folder {folder}: save every "
        "part into one folder, then import any one of them"
    ),
    N_(
        "{name} was split into {count} parts, and parts {numbers} are not in the folder {folder}: save every "
        "part into one folder, then import any one of them"
    ),
    N_(
        "the {count} parts of {name} do not join into the package they were cut from (its checksum "
        "differs); ask for all of them again"
    ),
    N_("the e-mail limit is too small to split a package into parts"),
    N_("the package would need {count} parts; carry it on a USB stick"),
    N_("{file} is a folder; give a file name for the package"),
    N_("cannot write {file} ({reason})"),
    N_("the database could not be read ({exc})"),
    N_("the database could not be updated ({exc}); nothing was imported"),
    # contact and organisation imports
    N_("the file has no rows"),
    N_("the file has column names but no rows of data below them"),
    N_("{file} is empty"),
    N_("{file} contains no BEGIN:VCARD"),
    N_("cannot read {file}: {reason}"),
    N_("vCard files hold people; import them as contacts"),
    # a contact's photo (``services/photos.py``): a vCard's PHOTO, or a picture chosen in the editor
    N_("the photo is not base64 data"),
    N_("the photo is a link, not a picture in the file"),
    N_("photo encoding {encoding} is not supported"),
    N_("the photo is larger than 10 MB"),
    N_("the photo's base64 data is damaged"),
    N_("the photo has too many pixels"),
    N_("the photo is not a picture petdesk can read"),
    N_("the file cannot be read: {exc}"),
    N_("a vCard file has no columns to map"),
    N_("this is an old Excel workbook (.xls): save it as .xlsx or CSV and import that"),
    N_("this is a PDF, not a contacts file"),
    lost_letters.MESSAGE,
    lost_letters.MESSAGE_OUTLOOK,
    N_("the file contains NUL characters: it is binary, or UTF-16 without a byte-order mark"),
    N_("not valid CSV ({exc})"),
    N_("the Excel file cannot be read ({exc})"),
    N_("the worksheet cannot be read ({exc})"),
    N_("the Excel file is damaged or truncated (not a complete .xlsx archive: {exc})"),
    N_("no worksheet named {sheet}; the workbook has {sheets}"),
    N_("the worksheet is damaged after row {row} ({exc}): the file seems truncated"),
    N_("a quoted value starts here and is never closed: the file is truncated or a quote is missing"),
    N_("the file ends inside a character: the file seems truncated"),
    N_("a value on this line is longer than {limit} characters: this is not a contact list"),
    N_("the header row {row} is empty"),
    N_("the file has no row {row} to be the header"),
    N_("the header has {count} columns and petdesk reads at most {limit}: this is not a contact list"),
    N_("this row has {count} columns but the header (line {line}) has {width}: the columns do not match"),
    N_(
        "this row has {count} columns but the rows above it have {width}: the columns do not match; "
        "give the file a line of column names"
    ),
    N_(
        "the last row has {count} of {width} columns and the file does not end with a line break: "
        "the file seems truncated"
    ),
    N_(
        "no column holds {what}, so these are not the expected columns (found: {found}); "
        "map a column to a name field"
    ),
    N_("a person's name, e-mail or phone"),
    N_("an organisation's name"),
    N_(
        "no row among the first {count} looks like a header: no cell names a column petdesk knows "
        "(such as Name, E-mail or 姓名), so these are not the expected columns (first row: {found}); "
        "say which row is the header, or map the columns by number"
    ),
    N_("no column named {name}; columns are: {names}"),
    N_("unknown field {name}; fields are: {names}"),
    N_("mapping {part} should look like 'Header=field'"),
    # reading a file's text (``services/encoding.py``) and its vCards (``services/vcard.py``)
    N_("bytes {bytes} are not valid {encoding} text"),
    N_("unknown encoding {encoding}"),
    N_(
        "the text is not valid in any encoding petdesk tries (UTF-8, UTF-16, GB18030, Big5, "
        "Shift_JIS, EUC-KR, Windows-1252, Windows-1250, Windows-1251, Windows-1256, Windows-874); "
        "choose the file's encoding"
    ),
    N_(
        "the file ends in the middle of this line, inside the vCard that starts on line {start}: "
        "the file is truncated"
    ),
    N_("the file ends inside the vCard that starts on line {start} (no END:VCARD: the file is truncated)"),
    N_("a new BEGIN:VCARD starts before the card from line {start} has ended (missing END:VCARD)"),
    N_("END:VCARD without a matching BEGIN:VCARD"),
    N_("{name} is outside any BEGIN:VCARD … END:VCARD block (not a vCard file?)"),
    N_("unsupported vCard version {version}"),
    N_("a value starting on this line is longer than {limit} characters: this is not a contact list"),
    N_("{text} is not a vCard property (no ':')"),
    N_("{name} is not a valid vCard property name"),
    N_("unknown CHARSET {charset}"),
    N_("the quoted-printable value of {name} is not valid {charset} text"),
    # 3iPET exchange files and technology and need catalogues
    N_("{file} is not UTF-8 text, so it is not a 3iPET exchange file"),
    N_(
        "{file} is a sheet, not a 3iPET exchange JSON file: "
        "read its technologies and needs with petdesk import-technologies and import-needs"
    ),
    N_("{file} is a 3iPET exchange file of version {version}; this petdesk reads version 1.x"),
    *exchange_read_errors.TEMPLATES,  # the whole sentences of a file that cannot be imported
    N_("{file}: the need {id} has a budget whose lower end is above its upper end"),
    N_("{file} has a column petdesk cannot place: {columns}\npetdesk's fields: {fields}"),
    N_("{file} has {n} columns petdesk cannot place: {columns}\npetdesk's fields: {fields}"),
    N_("{file} has no column for {first} or {second} (one of them is needed); its columns are {columns}"),
    N_("{file} has no column {column}; its columns are {columns}"),
    N_("{column} is not a field of the catalogue; the fields are {fields}"),
    N_("{file} has no rows to import"),
    N_("{file}, line {line}: {reason}"),
    N_("{file}, row {line}: {reason}"),
    N_("this need names no city while other rows do; fill in its city (needs are matched by city and title)"),
    N_("{name} repeats row {earlier}; the later values are kept"),
    N_("{name} repeats line {earlier}; the later values are kept"),
    # (exchange.flat.PROVIDERS_WITHOUT_COUNTRY)
    N_(
        "{n} new provider has no country ({names}), so the market report counts it under "
        "“Country not given”: set its country in its editor on the Organisations page; a "
        "provider_country column in the file gives new providers their country"
    ),
    N_(
        "{n} new providers have no country ({names}), so the market report counts them under "
        "“Country not given”: set their country in each one's editor on the Organisations page; a "
        "provider_country column in the file gives new providers their country"
    ),
    N_("{n} needs from one cell"),
    N_("a totals row ({label}), not imported"),
    N_("only columns left out are filled ({text}), not imported"),
    N_("{file}: the column {column} is hidden in the workbook and was left out"),
    N_(
        "{name} may be several needs in one cell; kept as one need, since the row's description, scale "
        "or budget is one need's (give each need a row of its own to import them apart)"
    ),
    N_("{file} has two columns for {column}: {first} and {second}"),
    N_("the row has neither {first} nor {second}"),
    N_("unknown sector {sector}; the sectors are {sectors}"),
    N_("the sector {sector} could be {sectors}; write more of its name"),
    N_("consent must be yes or no, not {value}"),
    N_("readiness (trl) must be a whole number from 1 to 9, not {value}"),
    N_("the budget's lower end must be a number, not {value}"),
    N_("the budget's upper end must be a number, not {value}"),
    N_("{text} could be read two ways: write 1234 or 1.234,00 for a thousand and more"),
    N_("budget_min is above budget_max"),
    N_("currency must be a code like CNY or USD, not {value}"),
    N_("deadline must be a date like 2027-03-31, not {value}"),
    # how a commission's cells were read (exchange.flat, field test 97)
    N_("the deadline {value} is a month: its last day, {date}, is taken"),
    N_("the deadline {value} is a year: its last day, {date}, is taken"),
    N_("the budget {value} is approximate: {amount} is taken as its upper end"),
    N_("the budget {value} is approximate: {amount} is taken as its lower end"),
    N_("the budget {value} is approximate: it is taken as the range {low} to {high}"),
    N_("status must be one of {statuses}, not {value}"),
    # a need's budget with "$", "mdp" or "MDD" (exchange.flat, field test 116)
    N_("the budget {value} names two currencies: write one"),
    N_(
        "the budget {value} is in UF (Chile's Unidad de Fomento): write it in pesos (CLP) or another "
        "currency, and the UF in the problem"
    ),
    N_("the budget {value} is in pesos of which country? Write the code: ARS, CLP …"),
    N_("{value} is not a country petdesk knows; write its code (DK) or its name"),
    N_("unknown kind {kind}; choose from {kinds}"),  # petdesk exchange export --what
    N_("the budget's two ends are in two currencies: {values}"),
    N_("the budget {value} is in {currency}, not in {column}: write one currency"),
    N_("the budget {value}: $ taken as {currency}, the office's currency ($ is its sign)"),
    # the technology and need editors (and their services)
    N_("a technology needs a name in English or Chinese"),
    N_("a city need needs a title or a problem in English or Chinese"),
    N_("unknown sector {sector}; choose one of {sectors}"),
    N_("readiness (TRL) must be a whole number from 1 to 9, not {value}"),
    N_("the budget cannot be negative"),
    N_("the budget's lower end is above its upper end"),
    N_("no technology with id {id}"),
    N_("no city need with id {id}"),
    # projects (the project dialog and the projects commands)
    N_("a project needs a title in English or Chinese"),
    N_("{code} is not an ISO 4217 currency code like USD, EUR or CNY"),
    N_("{code} is not an ISO 4217 currency code; did you mean {codes}?"),
    N_("{currency} amounts have at most {digits} digits after the point, not {value}"),
    N_("an amount cannot be more than {most}, not {value}"),
    N_("no organisation with id {id} to be the funder"),
    N_("{text} names several funders: {names}; give more of the name"),
    N_("no organisation with id {id}"),
    N_("no project with id {id}"),
    N_("no milestone with id {id}"),
    N_("the project is already at that stage"),
    N_("the project's last stage move was on {date}: date this move on that day or later"),
    N_("{name} is already a partner of this project; change its role instead"),
    N_("that organisation is not a partner of this project"),
    N_("a milestone needs a title in English or Chinese"),
    N_("the amount requested cannot be negative"),
    N_("the amount approved cannot be negative"),
    N_("the co-financing amount cannot be negative"),
    N_("co-financing needs an amount: give the co-financing amount with its note"),
    # passphrases
    N_("{file} is encrypted: give its passphrase (--passphrase-file or {env})"),
    N_("the passphrase of {file} is wrong (or the file is not a petdesk database); nothing was changed"),
    N_("{file} is encrypted, and this petdesk was installed without SQLCipher"),
    N_(
        "no package passphrase: the --passphrase-file before the command is the database's; "
        "give the package's after it ({command}) or set {env}"
    ),
    N_(
        "{file} is encrypted and no passphrase was given: give the database's passphrase "
        "(--passphrase-file FILE before the command, or {env})"
    ),
    # restoring a backup (petdesk restore)
    N_(
        "{backup} is a backup of office {theirs} (id {theirs_id}), not of this installation's office "
        "{ours} (id {ours_id}): restoring it would make two installations one office and spoil their "
        "sync. To have that office's records here, import a full package from it instead (petdesk sync "
        "export --all --out FILE there, then petdesk sync import FILE here); to make this installation "
        "that office in place of the other one, which must then no longer be used, give --take-over-office"
    ),
    N_("the erasures of {file} cannot be applied to the backup ({exc}); nothing was restored"),
    N_("cannot encrypt the backup to restore it ({exc}); nothing was restored"),
    # making and reading backups (petdesk backup, backups, restore; File › Backups)
    N_("cannot create the backup folder {folder} ({reason})"),
    N_(
        "cannot back up {file}: the disk holding {folder} is full; free some space there or choose "
        "another backup folder"
    ),
    N_("cannot write the backup to {folder} ({reason})"),
    N_(
        "cannot write to the backup folder {folder} ({reason}); choose another backup folder "
        "(petdesk backups --folder DIR, or File › Backups… › Change Folder…) and try again"
    ),
    N_(
        "cannot use {folder} as the backup folder: no file can be written there ({reason}); "
        "choose another folder"
    ),
    N_("cannot back up {file} ({exc})"),
    N_("{file} is damaged (the compressed data is incomplete)"),
    N_("{file} is not a petdesk database or backup"),
    N_("{file} is not a petdesk database"),
    N_("wrong passphrase for this backup {file}; nothing was changed"),
    N_("{file} is not a new database; restore the backup with File › Backups"),
    N_(
        "{file} was made by a newer petdesk (schema {schema}): update petdesk to restore it; "
        "nothing was changed"
    ),
    N_(
        "{file} is encrypted with another passphrase and cannot be restored with this one: give "
        "the passphrase the backup was made with (petdesk restore --backup-passphrase-file FILE); "
        "the restored database then opens with the database's passphrase"
    ),
    N_("{file} is damaged and cannot be restored (integrity check: {result})"),
    N_("{file} is damaged and cannot be restored ({exc})"),
    N_("cannot restore into {file} ({exc}); it is unchanged"),
    N_("not a backup of {file}: {names}"),
    N_(
        "{backup} is encrypted and {file} is not; encrypt the database first, or close the window "
        "and restore with petdesk --passphrase-file FILE restore BACKUP"
    ),
    # a record's history (petdesk history, deleted, restore-record)
    N_("give at least 4 characters of the record id"),
    N_("give at least 4 characters of the change id"),
    N_("no record with id {id}"),
    N_("{id} was erased for data protection on {when}; nothing of it is kept, nor its history"),
    N_("no change with id {id}"),
    N_("several records have ids starting with {id}; give more characters"),
    N_("several changes have ids starting with {id}; give more characters"),
    N_("the creation of a record cannot be reverted; delete the record instead"),
    N_("the record of this change is no longer in this database"),
    N_("this record is no longer in this database"),
    N_(
        "that change is not one of this record's own fields, e-mails, phones or positions; "
        "revert it on its own, or from the history of the record it belongs to"
    ),
    N_("{label} is not deleted"),
    N_("the field already has the value it had before this change"),
    N_(
        "{label} was merged into another record and comes back only by undoing that merge, "
        "which was refused: {exc}"
    ),
    # trainings: bringing back a session or a registration (the editor's Undo, restore-record)
    N_("no session with id {id}"),
    N_("a session needs a title in English or Chinese"),
    N_("no registration with id {id}"),
    N_("the training of this session is deleted; restore the training first"),
    N_("the training of this registration is deleted; restore the training first"),
    N_("this person is deleted; restore the person first"),
    N_("the project of this partner or milestone is deleted; restore the project first"),
    N_("that organisation is a partner of this project again; remove it first"),
    N_("the city need of this shortlist is deleted; restore the city need first"),
    N_("that technology is on this need's shortlist again; take it off first"),
    N_("{name} is registered for this training again; remove that registration first"),
    N_("that person is not registered for this training"),
    # a training set up by commands (services.training_details; the editor's rules)
    N_("a training needs a title in English or Chinese"),
    N_("a training needs a start and an end date"),
    N_("the training ends before it starts"),
    N_("only people registered for the training can be marked present or absent"),
    # a late substitute (services.trainings.replace_attendee)
    N_("this participant has already been replaced by a substitute"),
    N_("a trainer is not replaced here: choose another trainer for the sessions"),
    N_("a participant cannot be their own substitute"),
    N_("the substitute is already registered for this training"),
    N_("every session has begun: say from which session the substitute takes over"),
    N_("that session is not one of this training's sessions"),
    N_("this replacement has changed meanwhile and cannot be undone"),
    N_("this session is not part of this person's registration: a substitute took the place"),
    N_(
        "this person is already marked present in {session} at the same time: nobody can be in two "
        "sessions at once"
    ),
    N_("the old value was a record that has been erased; it cannot be put back"),
    # visits and their logistics (the visit editor shows what the services refuse)
    N_("a visit needs a title in English or Chinese"),
    N_("a visit needs a start and an end date"),
    N_("the visit ends before it starts"),
    N_("the delegation's country is not a two-letter country code (e.g. VN, DE)"),
    N_("a delegation's head count is a whole number of people, 1 or more"),
    N_("a visit that has not started yet cannot be marked done"),
    N_("a visit needs at least one itinerary item before it can be confirmed"),
    N_("the visit already has a head of delegation; change that person's role first"),
    N_("a visit has one head of delegation"),
    N_("that person is not in this visit"),
    N_("a person cannot substitute for themselves"),
    N_("an itinerary item needs a title in English or Chinese"),
    N_("a follow-up needs a description in English or Chinese"),
    # a follow-up's delete undone (services.follow_ups.restore and RESTORE_FIRST, edit, postpone)
    N_("the visit of this follow-up is deleted; restore the visit first"),
    N_("the contact of this follow-up is deleted; restore the contact first"),
    N_("the organisation of this follow-up is deleted; restore the organisation first"),
    N_("the project of this follow-up is deleted; restore the project first"),
    N_("postpone by a number of days or to a date, one of the two"),
    N_("{time} does not exist in {zone} (clocks change that night)"),
    N_("{when} happens twice in {zone} (clocks go back that night); say which: {earlier} or {later}"),
    N_("unknown time zone {zone}; use an IANA name such as Asia/Shanghai"),
    N_("time zone {zone} could be {zones}; pick one from the list"),
    # a project's deadline time and zone (services.deadline_time, 0072_project_deadline_time)
    deadline_time.NO_TIME_OF_DAY,
    deadline_time.TIME_NEEDS_ZONE,
    deadline_time.TIME_NEEDS_DATE,
    deadline_time.ZONE_REFUSED,
    deadline_time.TIME_SKIPPED,
    N_("a travel leg needs the place it leaves from and the place it goes to"),
    N_("a flight needs its number as printed on the ticket"),
    N_("a train needs its number as printed on the ticket"),
    N_("a travel leg must arrive after it departs (times are in each place's own zone)"),
    N_("a travel leg cannot take longer than 36 hours; enter each connection as its own leg"),
    N_("a stay needs the hotel's name"),
    N_("check-out must be at least one night after check-in"),
    N_("a person appears twice in the rooming list; give each person one room"),
    N_("someone in the rooming list was taken off this visit; add them to the visit again first"),
    N_("a vehicle needs a description such as its make, colour and plate"),
    N_("a vehicle needs at least one seat; leave the seats empty when not known"),
    N_("a vehicle can only serve items of its own visit"),
    N_("a gift needs a description"),
    N_("the duty officer needs a phone number that answers day and night"),
    N_("an emergency sheet's last day cannot come before its first"),
    N_("the host of an item cannot also be its interpreter"),
    N_("order of precedence starts at 1"),
    N_("a person appears twice in the order of precedence"),
    N_("only people of this visit can be put in its order of precedence"),
    N_("the delegation and the host side each have their own order of precedence; order them apart"),
    N_("the {what} must end after it starts"),
    # why a calendar import left an event out, and what it noted (services.ical, field test 31)
    N_("repeats, but not during the visit"),
    N_("a whole visit or training, not an itinerary item"),
    N_("travel or a hotel stay, kept in the visit's logistics"),
    N_("a follow-up, kept with its partner"),
    N_("no start time"),
    N_("unreadable start time"),
    N_("unreadable end time"),
    N_("unreadable duration"),
    N_("end is a date but start a time"),
    N_("end before start or longer than an itinerary item"),
    N_("outside the visit's dates"),
    N_("cancelled, and not in the itinerary"),
    N_("deleted here on {date}; not added again"),
    N_("organiser “{name}” has no e-mail address"),
    N_("leaves in one time zone and arrives in another: kept as a travel leg in the visit's logistics"),
    N_("an older copy (SEQUENCE {sequence}) of the event its travel leg has (SEQUENCE {stored}): left alone"),
    N_("the flight {number} was cancelled in a calendar file on {date}; not added again"),
    N_("the flight {number} was deleted here on {date}; not added again"),
    N_("its travel leg was cancelled in a calendar file on {date}; not added again"),
    N_("its travel leg was deleted here on {date}; not added again"),
    N_(
        "the flight {number}, cancelled in a calendar file on {date}, is booked again "
        "(SEQUENCE {sequence}, removed at SEQUENCE {stored}): its travel leg is back with the new details"
    ),
    N_(
        "the flight {number}, deleted here on {date}, is booked again "
        "(SEQUENCE {sequence}, removed at SEQUENCE {stored}): its travel leg is back with the new details"
    ),
    N_(
        "its travel leg, cancelled in a calendar file on {date}, is booked again "
        "(SEQUENCE {sequence}, removed at SEQUENCE {stored}): back with the new details"
    ),
    N_(
        "its travel leg, deleted here on {date}, is booked again "
        "(SEQUENCE {sequence}, removed at SEQUENCE {stored}): back with the new details"
    ),
    N_("the flight {number}, deleted here on {date}, was changed in the calendar after that: added again"),
    # invitation letters (services.invitation, dossier.invitation)
    N_("the visit has no head or delegates to invite"),
    N_("{name} is marked 'do not contact': no letter names them"),
    N_("{id} is not the head or a delegate of this visit"),
    N_("several guests have ids starting with {id}; give more characters"),
    # name cards (dossier.namecards)
    N_("there is nobody to print a name card for"),
    N_("the visit has no participants"),
    N_("the programme item has nobody to print a name card for"),
    N_("the programme item has nobody at the meal"),  # the banquet sheet (dossier.banquet)
    N_("the visit has no programme item with the id {id}"),
    N_("several programme items of the visit have ids starting with {id}; give more characters"),
    N_("the training has no participants"),
    N_("the session has nobody to print a name card for"),
    N_("the training has no session with the id {id}"),
    N_("several sessions of the training have ids starting with {id}; give more characters"),
    N_("there is no visit or training with the id {id}"),
    # certificates of completion (dossier.certificates)
    N_("nobody has earned a certificate yet"),
    # a dossier the dialog could not make (dossier.fonts, dossier.parse_sections)
    N_("a file the dossier needs is missing: {exc}"),
    N_("choose at least one section"),
    N_("the {what} lasts more than {days} days; split it or make it a visit"),
    # a value typed on the command line (or in a file) that a service does not know (errs64: English
    # only before, quoting the value 'x' as Python's repr does)
    N_("unknown status {value}; use planned, confirmed, done or cancelled"),
    N_("unknown status {value}; use one of {allowed}"),
    N_("unknown direction {value}; use one of {allowed}"),
    N_("unknown role {value}; use one of {allowed}"),
    N_("unknown kind {value}; use one of {allowed}"),
    N_("unknown follow-up status {value}; use one of {allowed}"),
    N_("unknown travel mode {value}; use flight, train, car or other"),
    N_("unknown gift direction {value}; use given or received"),
    N_("unknown stage {value}; choose one of {allowed}"),
    N_("--due takes “month” or a number of days such as 30d, not {value}"),
    N_("unknown partner role {value}; choose one of {allowed}"),
    N_("unknown milestone kind {value}; choose one of {allowed}"),
    N_("cannot filter by {value}; choose one of {allowed}"),
    N_("cannot sort by {value}; choose one of {allowed}"),
    N_("unknown kind {value}; choose contact or organisation"),
    N_("unknown export format {value}; choose vcf, csv or xlsx"),
    N_("unknown CSV encoding {value}; choose utf-8 or gb18030"),
    N_("unknown field separator {value}; choose {allowed}"),
    N_("cannot merge {value}; only contacts and organisations"),
    N_("unknown table {table} in a merge record"),
    N_("records of kind {kind} have no history here"),
    N_("records of kind {kind} are not synchronised by this petdesk"),
    # the rest of them (errs64b): a dossier's --sections and --changes-since, a follow-up's kind, a
    # second organisation of a name, a contact's way to reach them an export does not know
    N_("unknown section {value}; choose from {allowed}"),
    N_("{value} is not a date; write it as 2026-12-14 or 2026-12-14 09:30, or last"),
    N_("a follow-up belongs to a contact, an organisation, a project or a visit, not {value}"),
    N_("an organisation named {name} already exists (id {id})"),
    N_(
        "contact {id} has a phone, e-mail or other way to reach them of a kind petdesk does not know "
        "(channel {channel}, label {label}); run petdesk check"
    ),
    # Templates with a word or a place filled in go last: a more particular template above wins.
    # records named by an id typed on the command line ({what} is one of the words below)
    N_("no {what} with id {id}"),
    N_("give at least 4 characters of the {what} id"),
    N_("several {what}s have ids starting with {id}; give more characters"),
    # the same said by the dossiers and name cards (dossier.data; field test 36, defect 8)
    N_("there is no {what} with the id {id}"),
    N_("several {what}s have ids starting with {id}; give more of the id"),
    # organisations named on the command line (a partner, provider, city or funder)
    N_("several {what} are called {text}: {names}; give the id instead"),
    N_("{text} is part of the names of several {what}: {names}; give more of the name"),
    N_("no {what} called {text}; give its English or Chinese name, a part of it, or its id"),
    N_("{table} records have no field {field} any more"),  # a change made by an older petdesk
    N_("organisations"),
    N_("funders"),
    N_("funder organisation"),
    N_("visit"),
    N_("training"),
    N_("project"),
    N_("milestone"),
    N_("technology"),
    N_("city need"),
    N_("match"),
    N_("activity"),
    N_("contact"),
    N_("erased contact"),
    N_("itinerary item"),
    N_("session"),
    N_("follow-up"),
    N_("participant"),
    N_("organisation"),
    N_("travel leg"),
    N_("stay"),
    N_("vehicle"),
    N_("gift"),
    N_("emergency sheet entry"),
    # exports
    N_("control characters were removed from {n} cell"),
    N_("control characters were removed from {n} cells"),
    N_("CSV and Excel files hold no photos: {n} contact's photo was not written"),
    N_("CSV and Excel files hold no photos: {n} contacts' photos were not written"),
    # dossiers (``dossier.fonts``): a character none of the fonts has
    N_("the character {char} ({code}) in {text} is in none of the dossier fonts, printed as {shown}"),
    N_("the character {char} ({code}) in {text} is in none of the dossier fonts, so it cannot be printed"),
    # petdesk check: damage to the file itself
    N_("{file} is not an SQLite database file"),
    N_("{file} cannot be opened ({exc})"),
    N_("{file} is damaged ({exc})"),
    N_("reading the file failed ({exc})"),
    N_("the integrity check could not run ({exc})"),
    N_(
        "{file} was not checked ({exc}); this says nothing about damage: free some space on its "
        "disk and run the check again"
    ),
    # petdesk check: damage to the rows, and what --repair rebuilds (each count in both English forms)
    N_("{n} {table} row refers to missing {parent} rows"),
    N_("{n} {table} rows refer to missing {parent} rows"),
    N_("search index triggers missing: {names}"),
    N_("the full-text search index does not match its entries"),
    N_("{n} contact is missing from the search index"),
    N_("{n} contacts are missing from the search index"),
    N_("{n} organisation is missing from the search index"),
    N_("{n} organisations are missing from the search index"),
    N_("{n} search entry is for a contact that no longer exists"),
    N_("{n} search entries are for contacts that no longer exist"),
    N_("{n} search entry is for an organisation that no longer exists"),
    N_("{n} search entries are for organisations that no longer exist"),
    N_("the sync log names an unknown table {entity}"),
    N_("the sync log holds {n} version of a {entity} row that does not exist"),
    N_("the sync log holds {n} versions of {entity} rows that do not exist"),
    N_("{n} {table}.{column} time stored as text instead of a number"),
    N_("{n} {table}.{column} times stored as text instead of a number"),
    N_("recreated the trigger {name}"),
    N_("rebuilt the search index ({n} entry)"),
    N_("rebuilt the search index ({n} entries)"),
    N_("rebuilt the catalogue search keys ({n} key)"),
    N_("rebuilt the catalogue search keys ({n} keys)"),
    N_("removed {n} sync log version of a row that does not exist"),
    N_("removed {n} sync log versions of rows that do not exist"),
    N_(
        "{n} item, travel leg or room still names a person taken off the visit (the itinerary "
        'shows "?"); --repair takes them off'
    ),
    N_(
        "{n} items, travel legs or rooms still name people taken off the visit (the itinerary "
        'shows "?"); --repair takes them off'
    ),
    N_("took people no longer on their visit off {n} item, travel leg or room"),
    N_("took people no longer on their visit off {n} items, travel legs or rooms"),
    N_("{n} rider is still on a car taken off its itinerary item; --repair takes them off"),
    N_("{n} riders are still on cars taken off their itinerary items; --repair takes them off"),
    N_("took {n} rider off a car taken off its itinerary item"),
    N_("took {n} riders off cars taken off their itinerary items"),
    N_(
        '{n} person has a title in the given name ("Mr. John", stored before titles were read); '
        "`petdesk tidy-names --apply` moves it to the honorific"
    ),
    N_(
        '{n} people have a title in the given name ("Mr. John", stored before titles were read); '
        "`petdesk tidy-names --apply` moves them to the honorific"
    ),
    N_(
        '{n} contact is a couple written as one ("Mr. and Mrs. ZHANG Wei", stored before couples '
        "were read); `petdesk tidy-names --apply` keeps the person named and the couple's "
        "wording in the notes"
    ),
    N_(
        '{n} contacts are couples written as one ("Mr. and Mrs. ZHANG Wei", stored before couples '
        "were read); `petdesk tidy-names --apply` keeps the people named and the couples' "
        "wording in the notes"
    ),
    N_(
        "{n} Japanese name is stored split the Chinese way (佐 / 々木翔, stored before round 62); "
        "`petdesk tidy-names --apply` splits it as an import does now"
    ),
    N_(
        "{n} Japanese names are stored split the Chinese way (佐 / 々木翔, stored before round 62); "
        "`petdesk tidy-names --apply` splits them as an import does now"
    ),
    N_("stored {n} {table}.{column} time as a number"),
    N_("stored {n} {table}.{column} times as numbers"),
    # a failed schema upgrade (db.py), said again in the language the command line was asked for
    N_(
        "the database could not be upgraded to this version of petdesk; it was put back as it "
        "was from the copy taken before the upgrade: {backup}"
    ),
    N_(
        "the database could not be upgraded to this version of petdesk: {reason}. The copy taken "
        "before the upgrade: {backup}"
    ),
    N_("the database could not be upgraded to this version of petdesk: {reason}"),
    N_("the file is unchanged"),
    # files named on the command line (after the particular templates above)
    N_("{file} does not exist"),
    N_("{file} cannot be read ({exc})"),
    # the place in the file of any of the above ("line 3: ...", "row 3: "; tried first, see _patterns)
    N_("line {line}: {reason}"),
    N_("row {line}: {reason}"),
)


def english_count(n: int, singular: str, plural: str) -> str:
    """The English form of a counted sentence for ``n``, with ``{n}`` filled in (other parts are left).

    For services that raise or return English sentences: :func:`localize` then knows both forms as
    templates (Chinese has one form for both), so "1 records" and "record(s)" are not needed."""
    return (singular if n == 1 else plural).replace("{n}", f"{n:,}")


#: Parts that are sentences of their own and are translated in turn.
_NESTED = ("reason", "exc", "what", "where", "known", "role")


def _sector_list(english: str) -> str:
    """A list of sectors named in English ("Water treatment, Air pollution control"), in Chinese."""
    from petdesk.vocab import SECTORS

    chinese = {en: zh for en, zh in SECTORS.values()}
    return "、".join(chinese.get(name, name) for name in english.split(", "))


def _status_list(english: str) -> str:
    """A list of need statuses named in English ("Open, Matching"), in Chinese."""
    from petdesk.enums import NeedStatus
    from petdesk.vocab import label

    chinese = {label(s, "en"): label(s, "zh_CN") for s in NeedStatus}
    return "、".join(chinese.get(name, name) for name in english.split(", "))


def _quoted_list(written: str) -> str:
    """Quoted values joined with ", " as JSON writes them (``"open", 3``: the allowed values of a
    3iPET schema error) or Python (``'Foo', 'Bar'``: the columns a sheet import cannot place), with
    Chinese quotes and the Chinese list mark: “open”、3 (round 63: the straight quotes stayed). As it
    was when it is no such list ("Name, Title": columns named as the file writes them)."""
    import ast
    import json

    try:
        values = json.loads(f"[{written}]")
    except ValueError:
        try:
            values = ast.literal_eval(f"[{written}]")
        except (ValueError, SyntaxError):
            return written
    if not any(isinstance(v, str) for v in values):
        return written
    return "、".join(f"“{v}”" if isinstance(v, str) else json.dumps(v) for v in values)


#: Parts that are lists of vocabulary terms, given in the user's language by a function of their own.
_TERM_LISTS = {
    "sectors": _sector_list,
    "statuses": _status_list,
    "choices": _quoted_list,
    "columns": _quoted_list,
}

#: A moment as services write it into a sentence ("2026-12-05 15:32", local time): the sentence stays
#: one fixed form for the log, and the reader sees the date style of their language.
_MOMENT = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d")
#: The parts that are such moments: ``{newest}`` and ``{now}`` are a sync refusal's clock values (in UTC).
_MOMENTS = ("when", "newest", "now")


#: A day as services write it into a sentence ("2026-12-06", a ``{date}`` part): shown in the reader's
#: date style too, as ``sync offices`` shows it ("6 Dec 2026"; field test 80 saw both in one session).
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _day(text: str, locale: str) -> str:
    """A ``{date}`` part in the reader's date style ("6 Dec 2026" / "2026年12月6日")."""
    from petdesk.i18n import format_date

    if not _DAY.fullmatch(text):
        return text
    return format_date(dt.date.fromisoformat(text), locale)


def _moment(text: str, locale: str) -> str:
    """A ``{when}`` part in the reader's date style ("5 Dec 2026, 15:32" / "2026年12月5日 15:32")."""
    from petdesk.i18n import format_datetime

    if not _MOMENT.fullmatch(text):
        return text
    return format_datetime(dt.datetime.strptime(text, "%Y-%m-%d %H:%M"), locale)


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    out = []
    # The place in the file is taken off first: a template that starts with a name ("{name} is not
    # a valid vCard property name") would otherwise take "line 3: 'X_Y'" as the name.
    places = TEMPLATES[-2:]
    for template in places + TEMPLATES[:-2]:
        parts = re.split(r"\{(\w+)\}", template)
        regex = "".join(re.escape(part) if n % 2 == 0 else f"(?P<{part}>.+?)" for n, part in enumerate(parts))
        out.append((re.compile(f"^{regex}$", re.S), template))
    return tuple(out)


def localize(message: str, locale: str, *, offices: Mapping[str, str] | None = None) -> str:
    """``message`` in the interface's language when it is one petdesk knows; else as it is. The
    system's words for a file fault inside it ("database or disk is full") become the plain
    sentence with what to do, in English too (field test 28, §7: only Chinese had it).

    ``offices`` gives an ``{office}`` part, an office's English name as the sentence is logged, its
    name in the reader's language (the Chinese name: field test 80 read "Laptop Li Qiang" in Chinese)."""
    if not message:
        return message
    from petdesk.faults import os_problem_of_text

    if (plain := os_problem_of_text(message, locale)) is not None:
        return plain  # "No space left on device" inside a service's sentence (field test 17, §5)
    if not is_chinese(locale):
        return _plain_reasons(message, locale)
    _ = translator(locale)
    for pattern, template in _patterns():
        match = pattern.match(message)
        if match is None:
            continue
        values = {k: localize(v, locale) if k in _NESTED else v for k, v in match.groupdict().items()}
        values |= {k: _TERM_LISTS[k](v) for k, v in values.items() if k in _TERM_LISTS}
        values |= {k: _moment(v, locale) for k, v in values.items() if k in _MOMENTS}
        values |= {k: _day(v, locale) for k, v in values.items() if k == "date"}
        if offices and "office" in values:
            values["office"] = offices.get(values["office"]) or values["office"]
        values = {k: _chinese_quotes(v) for k, v in values.items()}
        return _TIGHT_QUOTES.sub("", _(template).format(**values))
    return message


#: A part the English sentence quoted as Python writes it ({zone!r}: 'Mars/Base', or "it's").
_ASCII_QUOTED = re.compile(r"""^(?:'([^']*)'|"([^"]*)")$""")


#: The space a template keeps around a part ("未知的领域 {sector}；"), dropped next to “…” as Chinese
#: sets quotes tight to the characters beside them.
_TIGHT_QUOTES = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef]) (?=“)|(?<=”) (?=[\u3000-\u9fff\uff00-\uffef])")


def _chinese_quotes(value: str) -> str:
    """A part quoted with ASCII quotes (a service's ``{x!r}``) between “…”, as Chinese quotes
    (review 61: "未知时区 'Mars/Base'" beside "没有名为“…”的机构")."""
    if (match := _ASCII_QUOTED.match(value)) is None:
        return value
    inner = match.group(1) if match.group(1) is not None else match.group(2)
    return f"“{inner}”"


def _plain_reasons(message: str, locale: str) -> str:
    """An English ``message`` with a system text for a file fault in its reason put plainly."""
    from petdesk.faults import os_problem_of_text

    if not any(text in message for text in _FAULT_HINTS) and not _DAY.search(message):
        return message  # the usual case: no pattern is tried
    for pattern, template in _patterns():
        match = pattern.match(message)
        if match is None:
            continue
        values = match.groupdict()
        values |= {k: _moment(v, locale) for k, v in values.items() if k in _MOMENTS}
        if "date" in values:
            values["date"] = _day(values["date"], locale)
        for key in _NESTED:
            if key in values and (plain := os_problem_of_text(values[key], locale)) is not None:
                values[key] = plain
        return template.format(**values)
    return message


#: Words of system texts :func:`petdesk.faults.os_problem_of_text` knows, to skip the patterns fast.
_FAULT_HINTS = (
    "full",
    "No space",
    "Read-only",
    "denied",
    "No such file",
    "Input/output",
    "Not a directory",
    "too large",
    "I/O error",
    "unable to open",
)


def explain(exc: BaseException, locale: str) -> str:
    """Any error a writer or a service raised, as one sentence in the interface's language: a
    file-system error (a full disk, a pulled USB stick, a read-only folder) says what to do, in any
    language (field test 17, §5); a service's sentence goes through :func:`localize`."""
    from petdesk import faults

    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return faults.os_problem(exc, locale) + where
    kind = faults.classify(exc)
    if kind == faults.LOCKED:  # never SQLite's own words
        return localize(WRITER_BUSY, locale)
    if kind is not None:
        # Nor for a read-only file, a full disk, a damaged file ... (field test 70: an edit in a
        # window on a read-only stick said "attempt to write a readonly database")
        return faults.sentence(kind, exc, locale)
    return localize_error(exc, locale)


def localize_error(exc: BaseException, locale: str) -> str:
    """A service's exception in the reader's language, naming the office it names (its
    ``office_names``, as the sync errors carry them) by the reader's language too; an error that
    says itself in a language (its ``in_language``) says so, with the names it carries in it."""
    if callable(in_language := getattr(exc, "in_language", None)):
        return str(in_language(locale))
    return localize(str(exc), locale, offices=getattr(exc, "office_names", None))


def plain_error(
    exc: BaseException, locale: str, *, database: Path | str | None = None, context: str = ""
) -> str:
    """What a pane shows for any error, in plain words in the reader's language: a file's error (a full
    disk, no permission, a file gone) names the file; a write the database refused names the database
    file when it is a disk's fault (full, read-only, a disk error). SQLite's statement and the system's
    "[Errno 28]" never reach the sentence: a fault's traceback goes to the log (``faults.log_path``)
    instead. Panes showed ``str(exc)`` whole (errors53: the calendar move, the tags manager, the merge
    dialog), as the import dialog did before field test 88."""
    from petdesk import faults

    kind = faults.classify(exc)
    if isinstance(exc, OSError) or kind is not None:
        faults.log_exception(exc, context or type(exc).__name__)
    if isinstance(exc, OSError) and exc.filename:
        from petdesk.outfile import final_of

        if (final := final_of(exc.filename)) is not None:  # the file chosen, not its hidden work file
            exc = OSError(exc.errno, exc.strerror, str(final))
    # The faults of the disk a database write meets: their sentence names the file (which disk to see to).
    disk_faults = (faults.FULL, faults.IO, faults.READONLY)
    if database is None or kind not in disk_faults or faults.sqlite_error(exc) is None:
        return explain(exc, locale)
    if kind == faults.READONLY:  # describe_database_write names the file only for a full disk
        return translator(locale)("writing to the database {file} failed: {reason}").format(
            file=database, reason=faults.sentence(kind, exc, locale)
        )
    return faults.describe_database_write(exc, database, locale)
