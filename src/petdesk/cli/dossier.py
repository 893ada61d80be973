"""``petdesk dossier visit|training ID --out FILE.pdf``: bilingual PDF dossiers."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from petdesk.cli.context import EXIT_USAGE, CliError, Context, Translate, cannot_write, report_stream, warn
from petdesk.cli.out_option import file_path
from petdesk.cli.parser_language import argparse_text
from petdesk.language import N_

T = TypeVar("T")


def register(sub: argparse._SubParsersAction, _: Translate) -> None:
    """Add ``petdesk dossier visit`` and ``petdesk dossier training``."""
    p = sub.add_parser(
        "dossier",
        help=_("print a bilingual (English/Chinese) PDF dossier of a visit or training"),
        description=_("Write a ready-to-print PDF with both languages, Chinese fonts embedded."),
    )
    kinds = p.add_subparsers(dest="dossier_kind", metavar="KIND", title=N_("kinds"), required=True)
    for kind, help_, id_help, sections in (
        (
            "visit",
            _("dossier of one visit"),
            _("the visit's id, or a unique beginning of it"),
            "cover, glance, programme, briefings, technologies, delegation, logistics, emergency, "
            "participants, contacts, notes",
        ),
        (
            "training",
            _("dossier of one training"),
            _("the training's id, or a unique beginning of it"),
            "cover, programme, trainers, participants, signin, lodging, attendance, notes",
        ),
    ):
        k = kinds.add_parser(kind, help=help_)
        k.add_argument("id", metavar="ID", help=id_help)
        _add_out_pdf(k, _)
        k.add_argument(
            "--layout",
            choices=("parallel", "sequential"),
            default="parallel",
            help=_("English and Chinese side by side (default) or English then Chinese"),
        )
        k.add_argument("--paper", choices=("A4", "Letter"), default="A4", type=_paper, help=_("paper size"))
        k.add_argument(
            "--lang",
            choices=("en", "zh_CN"),
            default=None,
            help=_(
                "the language printed first (left column, first part, PDF language); default: the "
                "language of messages"
            ),
        )
        k.add_argument(
            "--binding",
            type=float,
            default=0.0,
            metavar="MM",
            help=_("extra inner margin in millimetres for binding (default 0)"),
        )
        k.add_argument(
            "--version",
            dest="doc_version",
            default="",
            metavar="TEXT",
            help=_('version printed with the "as of" date'),
        )
        k.add_argument(
            "--no-restricted",
            dest="restricted",
            action="store_false",
            help=_('leave out the "restricted — contains personal data" marking'),
        )
        k.add_argument(
            "--no-contents", dest="contents", action="store_false", help=_("leave out the contents page")
        )
        k.add_argument(
            "--sections",
            metavar="LIST",
            help=_("comma-separated sections to include (default: all of {sections})").format(
                sections=sections
            ),
        )
        _add_large_print(k, _)
        if kind == "visit":
            k.add_argument(
                "--changes-since",
                metavar="DATE|last",
                help=_(
                    "add a part listing the visit's changes since DATE (2026-12-14 or 2026-12-14 09:30), "
                    "or since this computer last printed its dossier (last)"
                ),
            )
        k.set_defaults(handler=cmd_dossier, dossier_kind=kind)
    _register_namecards(kinds, _)
    _register_banquet(kinds, _)
    _register_certificates(kinds, _)
    _register_invitation(kinds, _)


def _register_invitation(kinds: argparse._SubParsersAction, _: Translate) -> None:
    """``petdesk dossier invitation VISIT --out F.pdf [--lang zh_CN|en] [--person ID]``."""
    k = kinds.add_parser(
        "invitation",
        help=_("visa invitation letter for a visit's delegation, in Chinese or English"),
        description=_(
            "Write the invitation letter a Chinese visa application needs: the guests' names as in the "
            "passport, gender, date of birth, nationality, passport number, position and organisation; the "
            "purpose, cities, dates of entry and exit and who bears the costs; the office's name, "
            "address, contact person and phone (petdesk office --address … --contact … --phone …), a "
            "place for the seal and the signature. A letter with data missing is refused, naming it."
        ),
    )
    k.add_argument("id", metavar="VISIT", help=_("the visit's id, or a unique beginning of it"))
    _add_out_pdf(k, _)
    k.add_argument(
        "--lang",
        choices=("en", "zh_CN"),
        default="zh_CN",
        help=_("the letter's language: Chinese for the visa office (default), English for a courtesy copy"),
    )
    k.add_argument(
        "--person",
        metavar="ID",
        help=_("one guest's own letter (the contact's id, or a unique beginning of it)"),
    )
    k.add_argument(
        "--costs",
        choices=("guests", "hosts"),
        default="guests",
        help=_("who bears the costs: the guests' own organisations (default) or this office"),
    )
    k.add_argument(
        "--gaps",
        action="store_true",
        help=_("print a draft with a red “missing: …” where data is missing instead of refusing it"),
    )
    k.add_argument("--paper", choices=("A4", "Letter"), default="A4", type=_paper, help=_("paper size"))
    k.set_defaults(handler=cmd_invitation)


def cmd_invitation(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.dossier import NotFoundError, Paper, fonts, with_pdf_suffix
    from petdesk.dossier.invitation import MissingData, build_invitation, refusal, refusal_text
    from petdesk.language import interface_language
    from petdesk.services.invitation import InvitationError

    _ = ctx.translator()
    out: Path = with_pdf_suffix(args.out)
    started = time.perf_counter()
    try:
        with fonts.collect_warnings() as warnings:
            path, letter = build_invitation(
                ctx.db,
                args.id,
                out,
                lang=args.lang,
                person=args.person,
                costs=args.costs,
                gaps=args.gaps,
                paper=Paper(args.paper),
            )
    except NotFoundError as exc:
        raise CliError(str(exc)) from exc
    except MissingData as exc:
        missing = refusal_text(exc.refused, interface_language(ctx.locale))
        raise CliError(
            _(
                "the invitation letter was not written: data is missing ({missing}); add it, or write a "
                "letter per person with --person, or a draft with --gaps"
            ).format(missing=missing)
        ) from exc
    except InvitationError as exc:
        from petdesk.messages import localize_error

        reason = localize_error(exc, ctx.locale)
        raise CliError(_("the invitation letter could not be made: {reason}").format(reason=reason)) from exc
    except OSError as exc:
        raise cannot_write(out, exc, ctx.locale, _) from exc
    elapsed = time.perf_counter() - started
    _warn_missing_glyphs(warnings, ctx)
    if args.gaps and (left := refusal(letter, args.lang)):
        warn(_("the letter is a draft: data is missing ({missing})").format(
            missing=refusal_text(left, interface_language(ctx.locale))), _)  # fmt: skip
    from petdesk.services.invitation import warnings as letter_warnings

    with ctx.db.reading() as session:
        for sentence in letter_warnings(session, letter, ctx.locale):
            warn(sentence, _)
    count = len(letter.guests)
    print(_.ngettext("{n} guest", "{n} guests", count).format(n=count), file=report_stream(path))
    print(_wrote(path, path, elapsed, _), file=report_stream(path))
    return 0


def _register_certificates(kinds: argparse._SubParsersAction, _: Translate) -> None:
    """``petdesk dossier certificates TRAINING [--out FILE] [--all] [--lang en|zh_CN]``."""
    k = kinds.add_parser(
        "certificates",
        help=_("bilingual certificates of completion of a training's attendees"),
        description=_(
            "Write one landscape page per attendee who attended enough sessions for a certificate "
            "(the attendance report's rule), with a serial number that stays the same on every reprint."
        ),
    )
    k.add_argument(
        "id", metavar="TRAINING", nargs="?", help=_("the training's id, or a unique beginning of it")
    )
    k.add_argument(
        "--out",
        "-o",
        type=file_path(_),
        metavar="FILE.pdf",
        help=_("PDF file to write (default: certificates-TITLE.pdf in the current folder)"),
    )
    k.add_argument(
        "--verify",
        action="append",
        metavar="SERIAL",
        help=_(
            "instead of printing: say whose certificate a printed serial number is, of which training, "
            "and whether the attendance recorded earns it (repeatable; exit 1 if one is not valid)"
        ),
    )
    k.add_argument(
        "--all",
        dest="everyone",
        action="store_true",
        help=_("a certificate for every attendee: of participation for those below the attendance rule"),
    )
    k.add_argument(
        "--lang",
        choices=("en", "zh_CN"),
        default=None,
        help=_("the language printed first; default: the language of messages"),
    )
    k.add_argument("--paper", choices=("A4", "Letter"), default="A4", type=_paper, help=_("paper size"))
    k.set_defaults(handler=cmd_certificates)


def cmd_certificates(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.dossier import NotFoundError, Paper, with_pdf_suffix
    from petdesk.dossier.certificates import build_certificates, default_file_name
    from petdesk.dossier.data import gather_training, resolve_id
    from petdesk.language import interface_language, reader_first
    from petdesk.models import Training

    _ = ctx.translator()
    if args.verify:
        return _verify(args.verify, ctx)
    if args.id is None:
        raise CliError(_("give a training's id, or --verify SERIAL"))
    out: Path | None = args.out
    if out is None:
        with ctx.db.reading() as session:
            try:
                data = gather_training(session, resolve_id(session, Training, args.id))
            except NotFoundError as exc:
                raise CliError(str(exc)) from exc
        # named after the Chinese title in Chinese, as the window names it
        lang = args.lang or ctx.locale
        title_zh = data.title.zh if interface_language(lang) == "zh" else ""
        # its first word in that language too, the window's "结业证书-….pdf" (field test 92)
        prefix = ctx.translator(lang)(N_("certificates"))
        out = Path(default_file_name(data.title.en or data.title.zh, title_zh=title_zh, prefix=prefix))
    out = with_pdf_suffix(out)
    (path, count), elapsed = _made(
        ctx,
        out,
        lambda: build_certificates(
            ctx.db,
            args.id,
            out,
            everyone=args.everyone,
            lang=args.lang or reader_first(ctx.locale),
            paper=Paper(args.paper),
        ),
        _("the certificates could not be made: {reason}"),
    )
    print(_.ngettext("{n} certificate", "{n} certificates", count).format(n=count), file=report_stream(path))
    print(_wrote(out, path, elapsed, _), file=report_stream(path))
    return 0


def _verify(serials: list[str], ctx: Context) -> int:
    """One line per serial: whose certificate it is, or that petdesk made none with that number."""
    from petdesk.dossier.certificate_check import verdict

    _ = ctx.translator()
    all_valid = True
    for serial in serials:
        with ctx.db.reading() as session:
            said = verdict(session, serial, ctx.locale, _)
        all_valid = all_valid and said.valid
        print(said.text)
    return 0 if all_valid else 1


def _register_namecards(kinds: argparse._SubParsersAction, _: Translate) -> None:
    """``petdesk dossier namecards ID --out cards.pdf [--item ITEM_ID] [--paper A4|Letter]``: ID is
    a visit's or a training's."""
    k = kinds.add_parser(
        "namecards",
        help=_("table name cards of a visit's or a training's people, folded to read from both sides"),
        description=_(
            "Write one folded sheet per person with the name in both scripts: the visit's participants "
            "(drivers excepted) or the people of one programme item; the training's trainers and "
            "attendees, or the people of one session."
        ),
    )
    k.add_argument("id", metavar="ID", help=_("the visit's or training's id, or a unique beginning of it"))
    _add_out_pdf(k, _)
    k.add_argument(
        "--item",
        metavar="ITEM_ID",
        help=_(
            "only the people of this programme item or training session (its id, or a unique beginning of it)"
        ),
    )
    k.add_argument("--paper", choices=("A4", "Letter"), default="A4", type=_paper, help=_("paper size"))
    _add_large_print(k, _)
    k.set_defaults(handler=cmd_namecards)


def _register_banquet(kinds: argparse._SubParsersAction, _: Translate) -> None:
    """``petdesk dossier banquet VISIT --item ITEM --out sheet.pdf``: one page for the restaurant."""
    k = kinds.add_parser(
        "banquet",
        help=_("one-page banquet sheet of a visit's meal, for the restaurant"),
        description=_(
            "Write one page about one meal of a visit: date, time, place, the number at the meal, "
            "the dietary tally and the seating in order of precedence, in both languages."
        ),
    )
    k.add_argument("id", metavar="VISIT", help=_("the visit's id, or a unique beginning of it"))
    k.add_argument(
        "--item",
        required=True,
        metavar="ITEM_ID",
        help=_("the meal's programme item (its id, or a unique beginning of it)"),
    )
    _add_out_pdf(k, _)
    k.add_argument("--paper", choices=("A4", "Letter"), default="A4", type=_paper, help=_("paper size"))
    k.add_argument(
        "--lang",
        choices=("en", "zh_CN"),
        default=None,
        help=_("the language printed first; default: the language of messages"),
    )
    _add_large_print(k, _)
    k.set_defaults(handler=cmd_banquet)


def cmd_banquet(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.dossier import (
        DossierOptions,
        Paper,
        build_banquet_sheet,
        with_pdf_suffix,
    )
    from petdesk.language import reader_first

    _ = ctx.translator()
    out: Path = with_pdf_suffix(args.out)
    options = DossierOptions(
        paper=Paper(args.paper),
        first_lang=args.lang or reader_first(ctx.locale),
        large_print=args.large_print,
    )
    path, elapsed = _made(
        ctx,
        out,
        lambda: build_banquet_sheet(ctx.db, args.id, args.item, out, options),
        _("the banquet sheet could not be made: {reason}"),
    )
    print(_wrote(path, path, elapsed, _), file=report_stream(path))
    return 0


def _add_out_pdf(parser: argparse.ArgumentParser, _: Translate) -> None:
    """The PDF every dossier kind writes, ``--out`` (the four kinds had it copied)."""
    parser.add_argument(
        "--out", "-o", type=file_path(_), required=True, metavar="FILE.pdf", help=_("PDF file to write")
    )


def _add_large_print(parser: argparse.ArgumentParser, _: Translate) -> None:
    parser.add_argument(
        "--large-print",
        action="store_true",
        help=_("larger text and line spacing, for readers who need it (about 1.4 times)"),
    )


def _paper(text: str) -> str:
    for name in ("A4", "Letter"):
        if text.lower() == name.lower():
            return name
    # argparse's own sentence for a choice, in the parser's language
    message = argparse_text(N_("invalid choice: %(value)r (choose from %(choices)s)"))
    raise argparse.ArgumentTypeError(message % {"value": text, "choices": "'A4', 'Letter'"})


def cmd_namecards(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.dossier import Paper, with_pdf_suffix
    from petdesk.dossier.namecards import build_namecards

    _ = ctx.translator()
    out: Path = with_pdf_suffix(args.out)
    path, elapsed = _made(
        ctx,
        out,
        lambda: build_namecards(
            ctx.db, args.id, out, item_id=args.item, paper=Paper(args.paper), large_print=args.large_print
        ),
        _("the name cards could not be made: {reason}"),
    )
    shown = out if path in (out.absolute(), out.resolve()) else path  # the name as the user gave it
    print(_wrote(shown, path, elapsed, _), file=report_stream(path))
    return 0


def _made(ctx: Context, out: Path, build: Callable[[], T], could_not: str) -> tuple[T, float]:
    """``build()`` as every dossier kind runs it, with the seconds it took: font warnings said; a
    missing record, a refusal (``could_not``: "… could not be made: {reason}") and a write error in
    plain words (four kinds had this block copied)."""
    from petdesk.dossier import DossierError, NotFoundError, fonts

    started = time.perf_counter()
    try:
        with fonts.collect_warnings() as warnings:
            result = build()
    except NotFoundError as exc:
        raise CliError(str(exc)) from exc
    except DossierError as exc:
        raise CliError(could_not.format(reason=exc)) from exc
    except OSError as exc:
        raise cannot_write(out, exc, ctx.locale, ctx.translator()) from exc
    elapsed = time.perf_counter() - started
    _warn_missing_glyphs(warnings, ctx)
    return result, elapsed


def _wrote(shown: Path, path: Path, elapsed: float, _: Translate) -> str:
    """ "Wrote F (139 KB) in 5.7 s", as every dossier command says it (field test 22, §8)."""
    seconds = f"{elapsed:.1f}"
    if path.is_file():  # a pipe has no size
        size = f"{path.stat().st_size / 1024:.0f}"
        return _("Wrote {file} ({size} KB) in {seconds} s").format(file=shown, size=size, seconds=seconds)
    return _("Wrote {file} in {seconds} s").format(file=shown, seconds=seconds)


def _warn_missing_glyphs(warnings: list[str], ctx: Context) -> None:
    from petdesk.messages import localize

    _ = ctx.translator()
    for warning in warnings:
        warn(localize(warning, ctx.locale), _)


def cmd_dossier(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.dossier import (
        TRAINING_SECTIONS,
        VISIT_SECTIONS,
        DossierError,
        DossierOptions,
        Layout,
        NotFoundError,
        Paper,
        build_training_dossier,
        build_visit_dossier,
        changes_since_from_text,
        parse_sections,
        with_pdf_suffix,
    )
    from petdesk.language import reader_first

    _ = ctx.translator()  # the interface's language; --lang is the dossier's first language
    visit = args.dossier_kind == "visit"
    try:
        sections = parse_sections(args.sections, VISIT_SECTIONS if visit else TRAINING_SECTIONS)
    except DossierError as exc:
        raise CliError(str(exc), EXIT_USAGE) from exc
    out: Path = with_pdf_suffix(args.out)
    if not 0 <= args.binding <= 40:
        raise CliError(_("the binding margin must be between 0 and 40 mm"), EXIT_USAGE)
    options = DossierOptions(
        layout=Layout(args.layout),
        paper=Paper(args.paper),
        sections=sections,
        # the reader's language unless chosen, as the window's dialog and reports (field test 58, item 8)
        first_lang=args.lang or reader_first(ctx.locale),
        binding_mm=args.binding,
        version=args.doc_version,
        restricted=args.restricted,
        contents=args.contents,
        large_print=args.large_print,
    )
    if visit and args.changes_since:
        try:
            since = changes_since_from_text(ctx.db, args.id, args.changes_since)
        except NotFoundError as exc:
            raise CliError(str(exc)) from exc
        except DossierError as exc:
            raise CliError(str(exc), EXIT_USAGE) from exc
        options = replace(options, changes_since=since)
    build = build_visit_dossier if visit else build_training_dossier
    path, elapsed = _made(
        ctx, out, lambda: build(ctx.db, args.id, out, options), _("the dossier could not be made: {reason}")
    )
    print(_wrote(path, path, elapsed, _), file=report_stream(path))
    return 0
