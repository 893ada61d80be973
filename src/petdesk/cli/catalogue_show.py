"""``petdesk technologies ID`` and ``petdesk needs ID``: one record with every field, in both
languages, as ``petdesk project ID`` shows a project (field test 16, §7: ``needs ID`` searched for
the id as words and printed "City needs: 0").

A single word of 4 or more characters that begins the id of one live record is that record (the
lists show 8); any other words are searched as before.

Labels are translated outside f-strings: pybabel does not find ``_("…")`` inside one, so "city",
"sector" … were never in the catalogue and stayed English in Chinese (field test 23, §3).
"""

from __future__ import annotations

from petdesk.cli.columns import width
from petdesk.cli.context import Context, Translate
from petdesk.language import reader_first
from petdesk.textsafety import one_line


def one_by_id(ctx: Context, table: str, query: str) -> str | None:
    """The id of the one live record of ``table`` whose id begins with ``query``, if the query is
    one word of 4+ characters; else None (the words are searched)."""
    from petdesk.services.visits import ids_starting_with

    word = query.strip()
    if len(word) < 4 or len(word.split()) != 1:
        return None
    with ctx.db.reading() as s:
        ids = ids_starting_with(s, table, word)
    return ids[0] if len(ids) == 1 else None


def _both(lang: str, en: str, zh: str) -> str:
    """Both texts, the interface's language first ("A / 甲"); one when the other is empty or equal."""
    mine, theirs = (zh, en) if lang == "zh" else (en, zh)
    return " / ".join(dict.fromkeys(one_line(x) for x in (mine, theirs) if x))


def _line(label: str, value: str) -> None:
    print(f"  {label}: {value}")


def _texts(labels: tuple[str, str], en: str, zh: str) -> None:
    """A long text in each language on a line of its own (as ``project`` prints descriptions),
    each label saying the language, so a reader knows which one an empty field is."""
    for label, text in zip(labels, (en, zh), strict=True):
        if text:  # later lines under the first line's text, not at the left edge
            _line(label, f"\n{' ' * (width(label) + 4)}".join(text.splitlines()))


def print_need(ctx: Context, need_id: str, locale: str, _: Translate) -> None:
    from petdesk.i18n import format_date
    from petdesk.labels import country_name
    from petdesk.services import needs as need_service
    from petdesk.vocab import label, technology_area_label

    lang = reader_first(locale)
    with ctx.db.reading() as s:
        n = need_service.get_need(s, need_id)
    print(_both(lang, n.title_en, n.title_zh))
    _line(_("id"), n.id)
    _line(_("status"), label(n.status, locale))
    if n.city_id:
        country = f", {country_name(n.country, locale)}" if n.country else ""
        _line(_("city"), f"{_both(lang, n.city_en, n.city_zh)}{country}  ({n.city_id[:8]})")
    _line(_("sector"), technology_area_label(n.sector, locale))
    if budget := need_service.budget_words(n.budget_min, n.budget_max, n.currency, locale):
        _line(_("budget"), budget)
    if n.scale:
        _line(_("scale"), one_line(n.scale))
    if n.deadline:
        _line(_("deadline"), format_date(n.deadline, locale))
    if n.tags:
        _line(_("tags"), ", ".join(n.tags))
    _texts((_("problem (English)"), _("problem (Chinese)")), n.problem_en, n.problem_zh)


def print_technology(ctx: Context, technology_id: str, locale: str, _: Translate) -> None:
    from petdesk.labels import country_name
    from petdesk.services import technologies as tech_service
    from petdesk.vocab import technology_area_label

    lang = reader_first(locale)
    with ctx.db.reading() as s:
        t = tech_service.get_technology(s, technology_id)
    print(_both(lang, t.name_en, t.name_zh))
    _line(_("id"), t.id)
    _line(_("sector"), technology_area_label(t.sector, locale))
    if t.provider_id:
        _line(_("provider"), f"{_both(lang, t.provider_en, t.provider_zh)}  ({t.provider_id[:8]})")
    _line(_("readiness"), f"TRL {t.trl}" if t.trl else "—")
    if t.certifications:
        _line(_("certifications"), ", ".join(t.certifications))
    if t.tags:
        _line(_("tags"), ", ".join(t.tags))
    # What an import stores and a sharing decision rests on (field test 44, §6).
    _line(_("licence"), t.licence or "—")
    _line(_("consent to share"), _("yes") if t.share_consent else _("no"))
    _texts((_("description (English)"), _("description (Chinese)")), t.description_en, t.description_zh)
    _texts((_("key figures (English)"), _("key figures (Chinese)")), t.key_figures_en, t.key_figures_zh)
    for r in t.references:
        where = _both(lang, r.place_en, r.place_zh)
        country = country_name(r.country, locale) if r.country else ""
        details = ", ".join(str(x) for x in (country, r.year, r.scale) if x)
        _line(_("reference"), where + (f" ({details})" if details else ""))
