"""honorifics of other languages stored before imports mapped them: Mr./Ms. and 先生/女士

People imported from German, French or Spanish lists before ``services.honorifics`` existed kept
the file's word ("Herr", "Frau", "Hr.", "Monsieur", "Señora" …) in ``honorific_en`` and
``honorific_zh``, so dossiers printed "Herr" (and "Jürgen Müller Herr" in Chinese). This maps each
value that is exactly such a word to what an import gives today (``services.honorific_tidy``).

Unlike the derived keys of 0026/0027 (which every office recomputes from values that do not
change, so they are not recorded), the honorifics are fields of the record that packages carry:
the change is recorded as an edit of this office (``updated_at``, field versions from the office's
clock, a history line), so it travels. Without that, an office still at 0030 would keep "Herr"
under the very version that means "Mr." here, and the two files would differ for good. Offices
that run this themselves write the same values, which do not conflict. The schema packages carry
is unchanged: the revision is local (``sync.service.LOCAL_REVISIONS``).

Revision ID: 0031_foreign_honorifics
Revises: 0030_name_initials
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

from petdesk.services.honorific_tidy import tidy_stored_honorifics

revision: str = "0031_foreign_honorifics"
down_revision: str | Sequence[str] | None = "0030_name_initials"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    tidy_stored_honorifics(op.get_bind().connection.driver_connection)


def downgrade() -> None:
    # Mr./Ms. are what older code writes and reads too; the foreign words are not worth restoring.
    pass
