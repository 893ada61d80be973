"""Paged, sorted, filtered listings done in SQL, for the window's tables and the command line.

A list never loads every row: the view asks for a count and then for the pages it shows, so
opening a list of 100,000 contacts costs one COUNT and one LIMIT query.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, String, and_, case, cast, func, literal_column, or_, select
from sqlalchemy.orm import Session, aliased

from petdesk import models as m
from petdesk.han_script import simplified, spellings
from petdesk.services import names


@dataclass(frozen=True)
class ListColumn:
    """One column of a listing: a key the GUI refers to and the SQL expression giving its value."""

    key: str
    expr: Any
    #: Expression used by ORDER BY (defaults to ``expr``); None makes the column unsortable.
    sort_expr: Any = None
    sortable: bool = True
    #: Sorted A→Z before the column, whichever way the column sorts: an amount's currency, so that
    #: ¥1,000,000 and €200,000 are not compared as numbers (the app has no exchange rates).
    group_by: Any = None

    @property
    def order_by(self) -> Any:
        return self.expr if self.sort_expr is None else self.sort_expr


@dataclass
class ListQuery:
    """A listing of one entity: the row id first, then the columns' values."""

    model: Any
    columns: Sequence[ListColumn]
    default_sort: str
    joins: Sequence[tuple[Any, Any]] = ()
    #: Tables every listed row has (inner joins, before ``joins``): the search index's entry, whose
    #: sort key can then drive the order by its index.
    inner_joins: Sequence[tuple[Any, Any]] = ()
    where: Sequence[Any] = ()
    #: Builds a WHERE clause from the text typed in the search box.
    text_filter: Callable[[str], ColumnElement[bool]] | None = None
    #: Instead of ``text_filter``: the ids a service finds for the typed text, so the window's
    #: search matches what the command line finds (pinyin, tags, sector names…).
    matching_ids: Callable[[Session, str], Collection[str]] | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    #: The last search's ids (text, ids): the count and every page of one search ask for the same,
    #: and the services match in Python (100–200 ms over 2,500 projects). ``forget`` drops it.
    _found: tuple[str, list[str]] | None = field(default=None, repr=False, compare=False)

    def forget(self) -> None:
        """Drop the remembered search (the records changed)."""
        self._found = None

    def _matching(self, session: Session, text: str) -> list[str]:
        assert self.matching_ids is not None
        if self._found is None or self._found[0] != text:
            self._found = (text, list(self.matching_ids(session, text)))
        return self._found[1]

    def _base(self, session: Session, text: str) -> Select[Any]:
        stmt = select(self.model.id, *(c.expr for c in self.columns)).select_from(self.model)
        for target, on in self.inner_joins:
            stmt = stmt.join(target, on)
        for target, on in self.joins:
            stmt = stmt.outerjoin(target, on)
        conditions = [self.model.deleted_at.is_(None), *self.where]
        if text.strip() and self.matching_ids is not None:
            conditions.append(self.model.id.in_(self._matching(session, text.strip())))
        elif text.strip() and self.text_filter is not None:
            conditions.append(self.text_filter(text.strip()))
        return stmt.where(and_(*conditions))

    def column(self, key: str) -> ListColumn:
        for col in self.columns:
            if col.key == key:
                return col
        raise KeyError(key)

    def count(self, session: Session, text: str = "") -> int:
        sub = self._base(session, text).with_only_columns(self.model.id).subquery()
        return session.scalar(select(func.count()).select_from(sub)) or 0

    def page(
        self,
        session: Session,
        *,
        offset: int,
        limit: int,
        sort_key: str | None = None,
        descending: bool = False,
        text: str = "",
    ) -> list[tuple[Any, ...]]:
        col = self.column(sort_key or self.default_sort)
        if not col.sortable:
            col = self.column(self.default_sort)
        order = col.order_by.desc() if descending else col.order_by.asc()
        groups = () if col.group_by is None else (col.group_by.asc(),)
        stmt = self._base(session, text).order_by(*groups, order, self.model.id).offset(offset).limit(limit)
        return [tuple(row) for row in session.execute(stmt)]


def _like_any(*columns: Any) -> Callable[[str], ColumnElement[bool]]:
    """Any of ``columns`` holding the typed text, its Han characters Traditional or Simplified
    (张伟 finds 張偉 and back): every spelling as a plain LIKE, or for a text with too many,
    the columns Simplified (``petdesk_simplified``, a call per row)."""

    def build(text: str) -> ColumnElement[bool]:
        typed = text.replace("%", "").replace("_", "")
        forms = spellings(typed, _LIKE_SPELLINGS) if names.has_cjk(typed) else [typed]
        if forms is None:
            pattern = f"%{simplified(typed)}%"
            return or_(*(func.petdesk_simplified(col).like(pattern) for col in columns))
        return or_(*(col.like(f"%{form}%") for col in columns for form in dict.fromkeys([typed, *forms])))

    return build


#: Up to this many spellings of a typed filter are LIKE patterns (张伟: four).
_LIKE_SPELLINGS = 16


def _dots_as_spaces_sql(column: Any) -> Any:
    """``names.dots_as_spaces`` in SQL: a stored name's middle dots (any look-alike) as spaces."""
    for dot in names.NAME_DOTS:
        column = func.replace(column, dot, " ")
    return column


def _like_any_name(*columns: Any) -> Callable[[str], ColumnElement[bool]]:
    """Like ``_like_any`` for names: a middle dot, typed or stored, counts as a space on both
    sides, as search takes it (安娜•林德奎斯特 finds 安娜·林德奎斯特, and 安娜 林德奎斯特 does too)."""
    plain = _like_any(*(_dots_as_spaces_sql(col) for col in columns))

    def build(text: str) -> ColumnElement[bool]:
        return plain(names.dots_as_spaces(text))

    return build


def _like_any_or_pinyin(*columns: Any, chinese: Sequence[Any] = ()) -> Callable[[str], ColumnElement[bool]]:
    """Like ``_like_any``, and typed pinyin (folded, with or without spaces) against the pinyin of
    the ``chinese`` columns (``petdesk_pinyin`` is registered on every connection by ``db``)."""
    plain = _like_any(*columns, *chinese)

    def build(text: str) -> ColumnElement[bool]:
        folded = names.fold(text).replace("%", "").replace("_", "")
        if names.has_cjk(folded) or not folded.strip():
            return plain(text)
        pattern = f"%{folded}%"
        return or_(plain(text), *(func.petdesk_pinyin(col).like(pattern) for col in chinese))

    return build


def _display(en: Any, zh: Any, language: str) -> Any:
    first, second = (zh, en) if language.startswith("zh") else (en, zh)
    return case((first != "", first), else_=second)


def name_column(key: str, en: Any, zh: Any, language: str, *, numbered: bool = False) -> ListColumn:
    """A name or title shown in ``language`` (the other one standing in), sorted the way the
    organisations are: by ``names.organisation_sort_key_zh`` (pinyin) in Chinese, by
    ``organisation_sort_key_en`` (no case, no leading "The") in English; ``numbered`` names (a
    catalogue's "type 2", "type 11") also by their numbers' value (:mod:`.numbered_names`)."""
    if numbered:
        sort = func.petdesk_numbered_zh if language.startswith("zh") else func.petdesk_numbered_en
    else:
        sort = func.petdesk_sort_zh if language.startswith("zh") else func.petdesk_sort_en
    return ListColumn(key, _display(en, zh, language), sort_expr=sort(en, zh))


def organisations(language: str = "en") -> ListQuery:
    org = m.Organisation
    city = func.petdesk_city(org.city_en, org.city_zh, language)
    return ListQuery(
        model=org,
        columns=(
            # in the search index's order, as the window's list (Московский университет under M)
            name_column("name", org.name_en, org.name_zh, language),
            ListColumn("name_other", _display(org.name_zh, org.name_en, language)),
            ListColumn("kind", org.kind),
            ListColumn("country", org.country),
            ListColumn("city", city),
            ListColumn("member", org.is_member_city),
        ),
        default_sort="name",
        text_filter=_like_any(org.name_en, org.name_zh, org.short_name_en, org.short_name_zh, org.city_en),
    )


def contacts(language: str = "en") -> ListQuery:
    c = m.Contact
    latin = case(
        (c.name_order == "family_first", c.family_name + " " + c.given_name),
        else_=c.given_name + " " + c.family_name,
    )
    # The Chinese name and order are the search index's (names.person_chinese_name, 安娜·林德奎斯特;
    # names.person_sort_key_zh, under A as written), so this list agrees with the window's list and
    # search, and its first rows are read off ix_search_entry_kind_sort_zh.
    entry = aliased(m.SearchEntry)
    entry_join = (entry, and_(entry.kind == "contact", entry.entity_id == c.id))
    stored_zh = c.family_name_zh + c.given_name_zh
    chinese = case((stored_zh != "", func.coalesce(entry.name_zh, stored_zh)), else_="")
    zh = language.startswith("zh")
    name = case((chinese != "", chinese), else_=latin) if zh else latin
    other = latin if zh else chinese
    aff = aliased(m.Affiliation)
    org = aliased(m.Organisation)
    return ListQuery(
        model=c,
        columns=(
            ListColumn("name", name, sort_expr=entry.sort_zh if zh else entry.sort_en),
            ListColumn("name_other", other),
            ListColumn("organisation", _display(org.name_en, org.name_zh, language)),
            ListColumn("position", _display(aff.position_en, aff.position_zh, language)),
            ListColumn("tags", cast(c.tags, String), sortable=False),
        ),
        # every live contact has its entry; inner only where it drives the order (an outer join
        # could not)
        inner_joins=(entry_join,) if zh else (),
        joins=(
            *(() if zh else (entry_join,)),
            (aff, and_(aff.contact_id == c.id, aff.end_date.is_(None), aff.deleted_at.is_(None))),
            (org, org.id == aff.organisation_id),
        ),
        default_sort="name",
        # the stored order too: 林德奎斯特安娜 is still typed family first
        text_filter=_like_any_name(c.family_name, c.given_name, chinese, stored_zh),
    )


def _people(table: str, key: str, owner: str, roles: Sequence[str] = ()) -> Any:
    """How many people the lists of the command line and the events report count for a visit or a
    training (:mod:`petdesk.services.counted_people`), so the window shows the same figure."""
    from petdesk.services.counted_people import counted, counted_places

    only = f" AND p.role IN ({', '.join(repr(r) for r in roles)})" if roles else ""  # enum values
    live = counted_places("p") if table == "training_participant" else counted("p")
    sql = f"(SELECT count(*) FROM {table} p WHERE p.{key} = {owner}.id AND {live}{only})"
    return literal_column(sql)


def visits(language: str = "en") -> ListQuery:
    v = m.Visit
    host = aliased(m.Organisation)
    return ListQuery(
        model=v,
        columns=(
            ListColumn("start", v.start_date),
            ListColumn("end", v.end_date),
            ListColumn("title", _display(v.title_en, v.title_zh, language)),
            ListColumn("direction", v.direction),
            ListColumn("status", v.status),
            ListColumn("host", _display(host.name_en, host.name_zh, language)),
            ListColumn("people", _people("visit_participant", "visit_id", "visit")),
            ListColumn("country", func.petdesk_country(v.country, language)),  # by its name
            ListColumn("head_count", v.head_count),
        ),
        joins=((host, host.id == v.host_organisation_id),),
        default_sort="start",
        text_filter=_like_any_or_pinyin(v.title_en, chinese=(v.title_zh,)),
    )


def trainings(language: str = "en") -> ListQuery:
    from petdesk.services.trainings import ATTENDING_ROLES

    t = m.Training
    attending = sorted(role.value for role in ATTENDING_ROLES)
    return ListQuery(
        model=t,
        columns=(
            ListColumn("start", t.start_date),
            ListColumn("end", t.end_date),
            ListColumn("title", _display(t.title_en, t.title_zh, language)),
            ListColumn("status", t.status),
            ListColumn("city", func.petdesk_city(t.city_en, t.city_zh, language)),
            ListColumn("people", _people("training_participant", "training_id", "training")),
            ListColumn("attendees", _people("training_participant", "training_id", "training", attending)),
        ),
        default_sort="start",
        text_filter=_like_any_or_pinyin(t.title_en, t.topic_en, chinese=(t.title_zh, t.topic_zh)),
    )


def activities(language: str = "en") -> ListQuery:
    """The activity log across partners (newest first by default in the window: sort on "when")."""
    a = m.Activity
    org = aliased(m.Organisation)
    c = aliased(m.Contact)
    latin = case(
        (c.name_order == "family_first", c.family_name + " " + c.given_name),
        else_=c.given_name + " " + c.family_name,
    )
    chinese = c.family_name_zh + c.given_name_zh
    first, second = (chinese, latin) if language.startswith("zh") else (latin, chinese)
    contact = case((func.trim(first) != "", first), else_=func.coalesce(second, ""))
    return ListQuery(
        model=a,
        columns=(
            ListColumn("when", a.occurred_at),
            ListColumn("kind", a.kind),
            ListColumn("subject", case((a.subject != "", a.subject), else_=a.body)),
            ListColumn("organisation", _display(org.name_en, org.name_zh, language)),
            ListColumn("contact", contact),
            ListColumn("author", a.author),
        ),
        joins=((org, org.id == a.organisation_id), (c, c.id == a.contact_id)),
        default_sort="when",
        text_filter=_like_any(
            a.subject, a.body, a.author, org.name_en, org.name_zh, c.family_name, c.given_name, chinese
        ),
    )
