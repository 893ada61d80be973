"""Kanji names with a kana reading stored Japanese, as a save has stored them since field test 56

佐藤 浩 read さとう ひろし, saved before the fix with the name language "" (Chinese), kept Chinese
treatment (pinyin, the transliteration order 浩·佐藤) until edited. This applies the save's rule
once (``services.kana_reading_tidy``).

Synced, not derived: ``native_name_language`` is a field packages carry, so the change is recorded
as an edit of this office (``updated_at``, field versions, a history line), as 0031 recorded the
honorifics. Left unrecorded, an office still at 0049 would keep "" under the very version that
means "ja" here, and the two files would differ until someone edited the person. Offices that run this
themselves write the same value, which does not conflict. Deleted contacts and those with an open
conflict on the name language are left alone (a tombstone's edit would travel for nothing; the conflict
is the user's to settle). The schema packages carry is unchanged: the revision is local
(``sync.service.LOCAL_REVISIONS``), so offices at 0049 still import them.

It also re-indexes the contacts written Traditional: the English sort key of a Chinese-only name reads
it Simplified since review 49, as the pinyin shown for it does (單偉 "Shan Wei" files under S), and
the contacts with Cyrillic or Greek names, whose index holds Latin spellings since field test 67
("irina" finds Ирина; before, only after an edit) and files them by it in English (Петрова under P).

Revision ID: 0050_kana_readings
Revises: 0049_traditional_han
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

from petdesk.services.kana_reading_tidy import mark_kana_readings_japanese
from petdesk.services.search import reindex_cyrillic_greek_people, reindex_traditional_han_people

revision: str = "0050_kana_readings"
down_revision: str | Sequence[str] | None = "0049_traditional_han"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    conn = op.get_bind().connection.driver_connection
    mark_kana_readings_japanese(conn)
    reindex_traditional_han_people(conn)
    reindex_cyrillic_greek_people(conn)


def downgrade() -> None:
    # Older code reads "ja" as Japanese too (it is the value a save writes): nothing to undo.
    pass
