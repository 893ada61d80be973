"""Traditional and Simplified Chinese found by each other in search

Partners from Taiwan, Hong Kong and Macau arrive written in Traditional characters (張偉,
臺北市環境保護局); 张伟, as a Chinese input method types it, did not find them, nor 張偉 a 张伟. Since
``petdesk.han_script`` the index keys every Han character Simplified, and queries are looked up so.
This re-indexes the live contacts and organisations written with a Traditional character in a
name, tag, alias or contact method (a scan of their non-ASCII rows); every other entry's keys are
Simplified already and stay. The catalogue's keys (technologies, city needs) are Simplified too
(``catalogue_search.KEY_VERSION`` 3): every one is worked out again. The names stay as entered. The
index and keys are this office's own, derived from the records: the revision is local
(``sync.service.LOCAL_REVISIONS``).

Revision ID: 0049_traditional_han
Revises: 0048_peer_schema
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

from petdesk.services.catalogue_search import refresh_keys
from petdesk.services.search import reindex_traditional_han, with_traditional_han

revision: str = "0049_traditional_han"
down_revision: str | Sequence[str] | None = "0048_peer_schema"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    conn = op.get_bind().connection.driver_connection
    reindex_traditional_han(conn)
    refresh_keys(conn)  # every key's stamp names KEY_VERSION 2: all are worked out again


def downgrade() -> None:
    # The older code looks up 張偉 as typed: its entries are queued for that code to index again.
    conn = op.get_bind().connection.driver_connection
    contact_ids, org_ids = with_traditional_han(conn)
    conn.executemany(
        "INSERT INTO search_dirty (entity_id, kind) VALUES (?, ?)",
        [(i, "contact") for i in contact_ids] + [(i, "organisation") for i in org_ids],
    )
