"""The language of the command line's parser: its help, and argparse's own words and errors.

The parser is built in the language of the run, so that language is found first, from the words
before the command (:func:`early_locale`). Our texts are written ``_("…")`` in each ``register``;
argparse's own ("usage:", "options", "show this help message and exit", "invalid choice: …") are
looked up by argparse through the standard library's global ``gettext``, which reads compiled ``.mo``
files of a system folder, not our catalogue (read by babel in memory). So while a Chinese parser is
built and used, argparse's two lookup names are pointed at our translator (:func:`argparse_speaking`);
its messages are listed here for the core catalogue. An English run changes nothing and loads no
catalogue: ``petdesk --help`` stays quick.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from petdesk.cli.context import ENGLISH, Translate
from petdesk.language import N_

#: The line of an error, argparse's and ours alike (``main``): "petdesk: error: …", in Chinese
#: "petdesk：错误：…" (a field test found the English prefix before a Chinese sentence; a script
#: tells a failure by the exit status, 1 or 2, in every language).
ERROR_LINE = N_("%(prog)s: error: %(message)s\n")

#: argparse's messages a user of petdesk can meet (Python 3.11 to 3.13 spell them alike); one it
#: gains later and the catalogue lacks is shown in English.
ARGPARSE_MESSAGES = (
    ERROR_LINE,
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("unrecognized arguments: %s"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("unexpected option string: %s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
)

#: Options before the command that take a value (``--db PATH``), as argparse accepts them shortened.
GLOBAL_WITH_VALUE = ("--db", "--passphrase-file", "--lang")


#: Commands whose own ``--lang`` is a document's language, not the messages' (``dossier visit X
#: --lang zh_CN``: the language printed first): their parser keeps the run's language.
DOCUMENT_LANG_COMMANDS = ("dossier",)


def early_locale(argv: Sequence[str]) -> str:
    """The language of this run before the parser exists: the last ``--lang X`` on the line, before
    the command (``petdesk --lang X``) or after it (the global option repeated there, or a command's
    own output language, which its messages speak too), else the environment's. So argparse's own
    errors follow ``--lang`` wherever it stands (review 61: "visit-vehicles edit X --seats abc
    --lang zh_CN" was refused in English)."""
    from petdesk.language import normalize, system_locale

    chosen = ""
    command: str | None = None
    words = iter(argv)
    for word in words:
        if word == "--":
            break  # what follows is values, never options
        if not word.startswith("-"):
            command = command or word  # the first bare word is the command, later ones its values
            continue
        name, has_value, value = word.partition("=")
        if command is None:
            # argparse takes any unambiguous beginning of a long option ("--la zh_CN")
            full = next((o for o in GLOBAL_WITH_VALUE if len(name) > 2 and o.startswith(name)), None)
        elif command in DOCUMENT_LANG_COMMANDS:
            full = None
        else:  # only "--lan"/"--lang": "--la" may be a command's --layout or --last
            full = "--lang" if len(name) >= 5 and "--lang".startswith(name) else None
        if full is None:
            continue
        if not has_value:
            value = next(words, "")
        if full == "--lang" and value:
            chosen = value
    return normalize(chosen) if chosen else system_locale()


#: The translator of the parser in use (set by :func:`argparse_speaking`).
_speaking: list[Translate] = [ENGLISH]


def argparse_text(text: str) -> str:
    """``text`` in the language the parser speaks: for the messages of our argument types
    (``ArgumentTypeError``), raised while the arguments are parsed. Mark ``text`` with ``N_``."""
    return _speaking[-1](text)


@contextmanager
def argparse_speaking(_: Translate) -> Iterator[None]:
    """argparse's own words through ``_`` while the block runs (English keeps the standard
    library's gettext, looked up once)."""
    names = vars(argparse)
    saved = names["_"], names["ngettext"]
    if _ is ENGLISH:
        # argparse's gettext looks for catalogue files on each of its 300 words while the parser
        # is built (half of building it); the same lookup, done once, gives the same words.
        import gettext

        domain = gettext.textdomain()
        found = gettext.translation(domain, gettext.bindtextdomain(domain), fallback=True)
        names["_"], names["ngettext"] = found.gettext, found.ngettext
        try:
            yield
        finally:
            names["_"], names["ngettext"] = saved
        return
    names["_"], names["ngettext"] = _, _.ngettext
    _speaking.append(_)
    try:
        yield
    finally:
        names["_"], names["ngettext"] = saved
        _speaking.pop()


# --- wrapping by terminal columns --------------------------------------------------------------

#: Punctuation a line must not start with, and punctuation it must not end with (Chinese line breaking).
_CLOSING = frozenset("，。、；：？！）」』》〉”’…,.;:?!)")
_OPENING = frozenset("（「『《〈“‘(")


def _units(text: str) -> list[str]:
    """``text`` cut where a line may break: at spaces (kept as " " units) and around each Chinese
    character, punctuation kept with the character it belongs to."""
    from petdesk.cli.columns import width

    units: list[str] = []
    word = ""
    for ch in text:
        if ch == " " or width(ch) == 2:
            if word:
                units.append(word)
            word = ""
            units.append(ch)
        else:
            word += ch
    if word:
        units.append(word)
    glued: list[str] = []
    for unit in units:
        after_opening = glued and glued[-1] != " " and glued[-1][-1] in _OPENING
        if unit != " " and glued and glued[-1] != " " and (unit[0] in _CLOSING or after_opening):
            glued[-1] += unit
        else:
            glued.append(unit)
    return glued


def wrap_columns(text: str, columns: int) -> list[str]:
    """``text`` in lines of at most ``columns`` terminal columns (a word longer than that gets a
    line of its own): a Chinese character takes two columns and a line may break between two of
    them, where ``textwrap`` counts characters and breaks only at spaces."""
    from petdesk.cli.columns import width

    lines: list[str] = []
    line, used = "", 0
    for unit in _units(text):
        if unit == " ":
            if line:
                line, used = line + " ", used + 1
            continue
        size = width(unit)
        if used + size > columns and line.strip():
            lines.append(line.rstrip())
            line, used = "", 0
        line, used = line + unit, used + size
    if line.strip():
        lines.append(line.rstrip())
    return lines


#: A line of help that is a section heading in Chinese: unindented, ending in CJK then ":".
_HEADING_COLON = re.compile(r"^(\S[^\n]*[\u3000-\u9fff\uff00-\uffef]):$", re.MULTILINE)


class ColumnsHelpFormatter(argparse.HelpFormatter):
    """argparse's help, its descriptions and option help wrapped by terminal columns."""

    def _format_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None) -> str:
        """The usage with its continuation lines under the first argument: argparse indents them by
        the characters of "用法：petdesk ", three columns short of where the arguments start."""
        from petdesk.cli.columns import width

        text = super()._format_usage(usage, actions, groups, prefix)
        head, _newline, rest = text.partition("\n")
        shown = (prefix if prefix is not None else argparse._("usage: ")) + self._prog  # type: ignore[attr-defined]
        extra = width(shown) - len(shown)
        if not extra or not rest.strip():
            return text
        lines = [" " * extra + line if line.startswith(" ") else line for line in rest.split("\n")]
        return head + "\n" + "\n".join(lines)

    def format_help(self) -> str:
        """argparse ends every section heading with a half-width colon ("选项:"); Chinese text takes
        the full-width one, as "用法：" and our epilogs' headings have it (field test 60)."""
        return _HEADING_COLON.sub("\\1：", super().format_help())

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap_columns(" ".join(text.split()), width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        lines = wrap_columns(" ".join(text.split()), max(width - len(indent), 11))
        return "\n".join(indent + line for line in lines)


class RawDescriptionColumnsFormatter(ColumnsHelpFormatter):
    """:class:`argparse.RawDescriptionHelpFormatter` (a description or epilog laid out by hand),
    with option help wrapped by terminal columns."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "".join(indent + line for line in text.splitlines(keepends=True))


#: The formatter a Chinese parser uses instead of each of argparse's.
_IN_COLUMNS: dict[type[argparse.HelpFormatter], type[argparse.HelpFormatter]] = {
    argparse.HelpFormatter: ColumnsHelpFormatter,
    argparse.RawDescriptionHelpFormatter: RawDescriptionColumnsFormatter,
}


class _ColumnsSubParsers(argparse._SubParsersAction):
    """Gives every command's parser, nested ones too, the formatter that counts columns."""

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        given = kwargs.get("formatter_class", argparse.HelpFormatter)
        kwargs["formatter_class"] = _IN_COLUMNS.get(given, given)
        parser = super().add_parser(name, **kwargs)
        parser.register("action", "parsers", _ColumnsSubParsers)
        return parser


class _ColumnsParser(argparse.ArgumentParser):
    """A Chinese parser whose subcommands' help counts columns even where a command group brings its
    own subcommands action (``contact add``, ``organisation add``: ``WordOrSubcommand``), which
    argparse takes instead of the registered one: their help said "选项:" (field test 92)."""

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        """argparse's own check, its choices in Chinese quotes and list comma: it writes them with
        Python's ('planned', 'confirmed'), ASCII quotes in a Chinese sentence (review 61)."""
        if action.choices is not None and value not in action.choices:
            choices = "、".join(f"“{choice}”" for choice in action.choices)
            message = argparse._("invalid choice: %(value)r (choose from %(choices)s)")  # type: ignore[attr-defined]
            raise argparse.ArgumentError(action, message % {"value": value, "choices": choices})

    def add_subparsers(self, **kwargs: Any) -> Any:
        given = kwargs.get("action")
        if isinstance(given, type) and not issubclass(given, _ColumnsSubParsers):
            kwargs["action"] = type(given.__name__, (_ColumnsSubParsers, given), {})
        return super().add_subparsers(**kwargs)


def new_parser(_: Translate, **kwargs: Any) -> argparse.ArgumentParser:
    """The top parser: argparse's own in English (its output stays byte for byte what it was); in
    another language, one whose help (and its commands') is wrapped by terminal columns."""
    if _ is ENGLISH:
        return argparse.ArgumentParser(**kwargs)
    parser = _ColumnsParser(formatter_class=ColumnsHelpFormatter, **kwargs)
    parser.register("action", "parsers", _ColumnsSubParsers)
    return parser
