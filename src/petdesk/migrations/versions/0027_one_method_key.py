"""contact method keys by one rule: a number typed in the window and the same number imported meet

``contact_method.normalized`` (what search, ``contacts.find_contacts``, the importers, the duplicate
finder and the sync compare a method by) was made by two rules: the window's dropped an extension
("+49 30 1234567 ext. 12" was "49301234567") but kept a "00" prefix and full-width digits, the
importer's and the sync's kept the extension's digits, left out "00" and read full-width digits and
"tel:"; the window keyed a WhatsApp number as a number, the importer as its text; "mailto:" stayed
in a key the window made. Since one rule (:func:`petdesk.services.matching.method_key`) keys every
way in, this gives each stored method that rule's key where it has another.

Most rows already have it: SQLite picks the rows whose key may differ (a number with anything but
digits, spaces and "+-./", an address or id with non-ASCII text or "mailto:", or a key that is not
what such a plain value gives), a range of row ids at a time, and only those are keyed in Python:
0.4 s for the 348,000 methods of 100,000 contacts.

As with 0026, the key is derived from the value, which does not change: every office computes the
same key when its file reaches this revision, so nothing is recorded for other offices and the
revision is local (``sync.service.LOCAL_REVISIONS``). The search index holds phone keys in its text:
its triggers mark the contacts whose keys changed, and the next write brings their entries up to
date.

Revision ID: 0027_one_method_key
Revises: 0026_phone_trunk_keys
Create Date: 2026-12-04
"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

from petdesk.services.matching import PHONE_CHANNELS, method_key

revision: str = "0027_one_method_key"
down_revision: str | Sequence[str] | None = "0026_phone_trunk_keys"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Row ids looked at per step: the candidates of one step are held at once.
_STEP = 250_000

_PHONES = ", ".join(f"'{c}'" for c in sorted(PHONE_CHANNELS))
#: The digits of a value that holds only digits, spaces and "+-./".
_DIGITS = "replace(replace(replace(replace(replace(value, ' ', ''), '+', ''), '-', ''), '.', ''), '/', '')"
#: The rows of a range whose key may not be the rule's. A number of digits, spaces and "+-./" only
#: has its digits as key, without a leading "00" ("-" stands for no second spelling: it is no
#: digit). An e-mail or id in ASCII without "mailto:" or a control character at either end (which
#: Python's strip removes and SQLite's trim keeps) is trimmed and lower-cased. (GLOB with a
#: character class took twice as long as these tests.)
_CANDIDATES = f"""
SELECT rowid, channel, value, normalized FROM contact_method
WHERE rowid BETWEEN :first AND :last AND CASE
    WHEN channel IN ({_PHONES}) THEN trim(value, '0123456789 +-./') <> ''
        OR {_DIGITS} NOT IN (
            '00' || normalized, CASE WHEN normalized GLOB '00*' THEN '-' ELSE normalized END)
    ELSE length(value) <> length(CAST(value AS BLOB)) OR substr(value, 1, 1) < ' ' OR substr(value, -1) < ' '
        OR instr(lower(value), 'mailto:') > 0 OR normalized <> lower(trim(value))
END
"""


def upgrade() -> None:
    conn = op.get_bind()
    (last,) = conn.execute(text("SELECT coalesce(max(rowid), 0) FROM contact_method")).one()
    for first in range(1, last + 1, _STEP):
        rows = conn.execute(text(_CANDIDATES), {"first": first, "last": first + _STEP - 1}).fetchall()
        changed = [
            {"row": row, "key": key}
            for row, channel, value, normalized in rows
            if (key := method_key(channel, value)) != normalized
        ]
        if changed:
            conn.execute(text("UPDATE contact_method SET normalized = :key WHERE rowid = :row"), changed)


def downgrade() -> None:
    # The old keys are not kept (two rules made them); the new ones serve the revision before too.
    pass
