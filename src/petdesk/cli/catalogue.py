"""``petdesk technologies add|set`` and ``petdesk needs add|set``: a technology or a city need typed
in or changed from the command line, with the fields of the window's editors
(``gui/technologies/editors.py``) and the services' checks (``FieldProblems``), every problem said
at once in the language of ``--lang``.

``petdesk technologies WORDS`` still searches: a first word that names no subcommand is the words
to look for (``search add`` looks for "add"), as ``petdesk projects ID`` shows a project.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from petdesk.cli.context import CliError, Context, Translate, output_locale
from petdesk.cli.parser_language import argparse_text
from petdesk.cli.word_subcommands import WordOrSubcommand
from petdesk.language import N_
from petdesk.textsafety import terminal_safe

#: NeedStatus's values, written out so that building the parser imports no models
#: (tests/core/test_cli_startup.py checks that they match).
NEED_STATUSES = ("open", "matching", "solved", "withdrawn")

#: Text options of each kind: option, field, metavar, help. An option not given leaves its field
#: as it is; "" empties it.
TECHNOLOGY_TEXTS = (
    ("--name-en", "name_en", "TEXT", N_("name in English")),
    ("--name-zh", "name_zh", "TEXT", N_("name in Chinese")),
    ("--sector", "sector", "CODE", N_("sector: water, air, waste, wastewater, sponge_city …")),
    ("--description-en", "description_en", "TEXT", N_("description in English")),
    ("--description-zh", "description_zh", "TEXT", N_("description in Chinese")),
    ("--key-figures-en", "key_figures_en", "TEXT", N_("key figures in English (capacity, costs …)")),
    ("--key-figures-zh", "key_figures_zh", "TEXT", N_("key figures in Chinese")),
)
NEED_TEXTS = (
    ("--title-en", "title_en", "TEXT", N_("title in English")),
    ("--title-zh", "title_zh", "TEXT", N_("title in Chinese")),
    ("--sector", "sector", "CODE", N_("sector: water, air, waste, wastewater, sponge_city …")),
    ("--problem-en", "problem_en", "TEXT", N_("the problem in English")),
    ("--problem-zh", "problem_zh", "TEXT", N_("the problem in Chinese")),
    ("--scale", "scale", "TEXT", N_("scale, e.g. 50,000 inhabitants, 2 km of river")),
    ("--currency", "currency", "CODE", N_("currency of the budget: CNY, USD, EUR …")),
)


class _PartOrQuery(WordOrSubcommand):
    """Subcommands of ``petdesk technologies`` and ``needs``, where a first word that names none
    is read as ``search WORD``; a repeatable option given before and after the word adds up."""

    free_word_to = "search"
    merge_lists = True


def _lang_arg(p: argparse.ArgumentParser, _: Translate) -> None:
    # SUPPRESS: a --lang given before the subcommand stays
    p.add_argument(
        "--lang",
        choices=("en", "zh_CN"),
        default=argparse.SUPPRESS,
        help=_("language of the output (default: system)"),
    )


def register_parts(
    listing: argparse.ArgumentParser, kind: str, filters: Any, handler: Any, _: Translate
) -> None:
    """``search``, ``add`` and ``set`` under ``petdesk technologies`` (``kind`` "technology") or
    ``petdesk needs`` ("need"). ``filters(parser, suppress)`` adds the list's filter options (to
    the search too: they may follow the words); ``handler`` lists."""
    listing.set_defaults(query="", handler=handler)
    parts = listing.add_subparsers(
        dest="part", metavar="{WORDS,search,add,set}", title=_("search, add or change"), action=_PartOrQuery
    )
    search = parts.add_parser("search", help=_("list those with these words (also without 'search')"))
    search.add_argument("query", nargs="?", default=argparse.SUPPRESS, help=_("words to look for"))
    filters(search, argparse.SUPPRESS)
    _lang_arg(search, _)
    search.set_defaults(handler=handler)
    if kind == "technology":
        add = parts.add_parser("add", help=_("add a technology to the catalogue"))
        change = parts.add_parser("set", help=_("change a technology's fields"))
        change.add_argument("record", metavar="TECH_ID", help=_("technology id (at least 4 characters)"))
    else:
        add = parts.add_parser("add", help=_("add a city need"))
        change = parts.add_parser("set", help=_("change a city need's fields"))
        change.add_argument("record", metavar="NEED_ID", help=_("city need id (at least 4 characters)"))
    for p in (add, change):
        _fields(p, kind, _)
        _lang_arg(p, _)
        p.set_defaults(handler=cmd_technology_set if kind == "technology" else cmd_need_set)


#: Where the field options keep their values: apart from the list's filters (``--sector`` filters
#: the list and is a field of ``add`` and ``set``).
FIELD = "field_"


def _fields(p: argparse.ArgumentParser, kind: str, _: Translate) -> None:
    """One option per field of the window's editor; one not given leaves its field as it is."""
    group = p.add_argument_group(_("the fields ('' empties one)"))

    def option(name: str, field: str, help_: str, **kwargs: Any) -> None:
        group.add_argument(name, dest=FIELD + field, default=argparse.SUPPRESS, help=help_, **kwargs)

    for name, field, metavar, help_ in TECHNOLOGY_TEXTS if kind == "technology" else NEED_TEXTS:
        option(name, field, _(help_), metavar=metavar)
    if kind == "technology":
        option(
            "--provider",
            "provider_organisation_id",
            _("the provider organisation (name in English or Chinese, or id)"),
            metavar="ORG",
        )
        option(
            "--trl",
            "trl",
            _("technology readiness level, 1 (idea) to 9 (proven in use)"),
            type=_trl,
            metavar="N",
        )
    else:
        option(
            "--city",
            "city_organisation_id",
            _("the city's organisation (name in English or Chinese, or id)"),
            metavar="ORG",
        )
        option("--budget-min", "budget_min", _("budget from"), type=_amount, metavar="N")
        option("--budget-max", "budget_max", _("budget up to"), type=_amount, metavar="N")
        option(
            "--deadline",
            "deadline",
            _("deadline (YYYY-MM-DD; '' removes it)"),
            type=_optional_date,
            metavar="D",
        )
        option("--status", "status", _("default: open"), choices=NEED_STATUSES)
    option("--tags", "tags", _("tags, separated by commas"), metavar="TAGS")


def _trl(text: str) -> int | None:
    """A readiness level typed; "" or "none": not known. Its range is the service's to check."""
    if text.strip().lower() in ("", "none", "-"):
        return None
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            argparse_text(N_("“{text}” is not a whole number from 1 to 9")).format(text=terminal_safe(text))
        ) from None


def _amount(text: str) -> float | None:
    from petdesk.cli.pipeline import _amount as amount  # a module that imports this one

    return amount(text)


def _optional_date(text: str) -> dt.date | None:
    from petdesk.cli.pipeline import _optional_date as optional_date

    return optional_date(text)


def split_tags(text: str) -> list[str]:
    """ "solar, 太阳能、pilot" → three tags, as the editors split them."""
    from petdesk.services.contacts import split_tags as split  # not while the parser is built

    return split(text)


def _values(session: Any, args: argparse.Namespace, _: Translate, notes: list[str]) -> dict[str, Any]:
    """The fields given on the command line as the services take them: texts trimmed, tags
    split, an organisation named found ("" for none), a status as its enum. What else was done
    (a city added) goes to ``notes``, to be said once the record is saved."""
    from petdesk.models.enums import NeedStatus
    from petdesk.services import projects as project_service

    values = {key[len(FIELD) :]: value for key, value in vars(args).items() if key.startswith(FIELD)}
    for key, value in values.items():
        if key == "city_organisation_id":
            values[key] = _need_city(session, value, _, notes) if value.strip() else None
        elif key.endswith("organisation_id"):
            values[key] = project_service.find_organisation(session, value) if value.strip() else None
        elif key == "tags":
            values[key] = split_tags(value)
        elif key == "status":
            values[key] = NeedStatus(value)
        elif isinstance(value, str):
            values[key] = value.strip()
    return values


def _need_city(session: Any, text: str, _: Translate, notes: list[str]) -> str:
    """The id of the city a need names: its city government however written (杭州市人民政府 finds
    the office's "Hangzhou"), else the organisation of that name, else, for a city petdesk knows or
    a name that says it is a Chinese city government, a new city government as a needs import adds
    one (field test 44, §2: ``needs add`` could not name a city new to the office; field test 58:
    "唐山市人民政府" was refused though ``import-needs`` adds it)."""
    from petdesk.city_names import known_city
    from petdesk.exchange import flat
    from petdesk.services import projects as project_service
    from petdesk.services.projects import PipelineError

    typed = text.strip()
    cities = flat.find_cities(session, typed)
    if len(cities) > 1:  # of 唐山市 and 唐山市人民政府, the full name typed finds the one
        cities = [c for c in cities if typed.casefold() in (c.name_en.casefold(), c.name_zh)] or cities
    if len(cities) == 1:
        return cities[0].id
    if cities:  # "Taizhou" is 泰州 and 台州: the person chooses, by full name or id
        listed = ", ".join(
            " / ".join(n for n in (c.name_zh, c.name_en) if n) + f" ({c.id[:8]})" for c in cities
        )
        raise CliError(
            _("several cities are called “{text}”: {cities}; give the full name or the id").format(
                text=typed, cities=listed
            )
        )
    try:
        return project_service.find_organisation(session, typed)
    except PipelineError:
        if known_city(typed) is None and not flat.names_chinese_city(typed):
            raise CliError(
                _(
                    "no organisation or city called “{text}”; give the city's organisation by its "
                    "English or Chinese name or id, or add it first: `petdesk import-needs FILE` adds "
                    "the cities its file names"
                ).format(text=typed)
            ) from None
    city = flat.add_city(session, typed, source="manual")
    names = " / ".join(n for n in (city.name_en, city.name_zh) if n)
    notes.append(_("New city organisation: {name}").format(name=names))
    return city.id


def _refused(exc: Exception, locale: str, _: Translate) -> CliError:
    """The services' refusal in plain words in ``locale``: every field's problem at once."""
    from petdesk.messages import localize
    from petdesk.services.technologies import FieldProblems

    if isinstance(exc, FieldProblems):
        return CliError(_("; ").join(localize(str(p), locale) for p in exc.problems.values()))
    return CliError(localize(str(exc), locale))


def _changes_nothing(args: argparse.Namespace) -> bool:
    return not any(key.startswith(FIELD) for key in vars(args))


def _record_id(session: Any, args: argparse.Namespace, table: str, what: str) -> str:
    from petdesk.services import projects as project_service

    return project_service.resolve_id(session, table, args.record, what)


@dataclass(frozen=True)
class _Saving:
    """What ``add``/``set`` of one kind of record calls and says (the sentences marked for the
    catalogue here, translated where they are said)."""

    create: Callable[..., Any]
    update: Callable[..., Any]
    table: str
    what: str
    nothing_to_change: str
    added: str
    changed: str


def _add_or_set(args: argparse.Namespace, ctx: Context, saving: _Saving) -> int:
    from petdesk.i18n import translator
    from petdesk.services.projects import PipelineError

    locale = output_locale(args)
    _ = translator(locale)
    adding = args.part == "add"
    if not adding and _changes_nothing(args):
        raise CliError(_(saving.nothing_to_change))
    notes: list[str] = []
    with ctx.db.transaction() as s:
        try:
            values = _values(s, args, _, notes)
            if adding:
                record_id = saving.create(s, **values).id
            else:
                record_id = _record_id(s, args, saving.table, saving.what)
                saving.update(s, record_id, **values)
        except PipelineError as exc:
            raise _refused(exc, locale, _) from exc
    for note in notes:
        print(note)
    print(_(saving.added).format(id=record_id[:8]) if adding else _(saving.changed))
    return 0


def cmd_technology_set(args: argparse.Namespace, ctx: Context) -> int:
    """``petdesk technologies add …`` and ``petdesk technologies set TECH_ID …``."""
    from petdesk.services import technologies as tech_service

    return _add_or_set(
        args,
        ctx,
        _Saving(
            tech_service.create_technology,
            tech_service.update_technology,
            "technology",
            "technology",
            N_("say what to change: `petdesk technologies set --help` lists the fields"),
            N_("Technology added: {id}"),
            N_("Technology changed."),
        ),
    )


def cmd_need_set(args: argparse.Namespace, ctx: Context) -> int:
    """``petdesk needs add …`` and ``petdesk needs set NEED_ID …``."""
    from petdesk.services import needs as need_service

    return _add_or_set(
        args,
        ctx,
        _Saving(
            need_service.create_need,
            need_service.update_need,
            "city_need",
            "city need",
            N_("say what to change: `petdesk needs set --help` lists the fields"),
            N_("City need added: {id}"),
            N_("City need changed."),
        ),
    )
