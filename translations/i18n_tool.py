"""Helper of ``scripts/update_translations.sh`` and ``scripts/check_translations.sh``.

Reads and compares Qt Linguist ``.ts`` files and gettext ``.po``/``.pot`` catalogues, so the shell
scripts stay short. Standard library and babel only (PySide6 for the ``.qm`` cross-check).

    i18n_tool.py unfinished TS...               list unfinished/vanished messages; exit 1 if any
    i18n_tool.py compare-ts OLD NEW             exit 1 if NEW (fresh lupdate) has other messages than OLD
    i18n_tool.py qm-matches TS QM               exit 1 unless QM translates every finished message of TS
    i18n_tool.py fill-en TS                     English plurals: "%n row(s)" → "%n row" / "%n rows"
    i18n_tool.py pot-changed OLD NEW            exit 0 if the message ids differ (the .pot must be rewritten)
    i18n_tool.py po-check POT PO                exit 1 on untranslated, fuzzy, missing or extra entries
    i18n_tool.py seed-po PO                     fill untranslated entries from the dossier's built-in labels
    i18n_tool.py update CORE_LIST [GUI_LIST]    after lupdate: English plurals, core catalogue, report
    i18n_tool.py check TMPDIR CORE_LIST [GUI_LIST]  after lupdate/lrelease into TMPDIR: every check
    i18n_tool.py hidden TS GUI_LIST             strings passed through helpers lupdate cannot follow
    i18n_tool.py pending [TS|PO]...             print unfinished entries as JSON lines to translate
    i18n_tool.py apply JSON                     write translations from JSON lines (as printed by pending)
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

Key = tuple[str, str, str, bool]  # context, source, comment (disambiguation), numerus


@dataclass
class TsMessage:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # "", "unfinished", "vanished", "obsolete"
    forms: list[str]
    locations: list[str]

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment, self.numerus)

    @property
    def finished(self) -> bool:
        return self.kind == "" and all(self.forms) and bool(self.forms)


def read_ts(path: Path) -> list[TsMessage]:
    root = ET.parse(path).getroot()
    out: list[TsMessage] = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            kind = tr.get("type", "") if tr is not None else "unfinished"
            numerus = msg.get("numerus") == "yes"
            if tr is None:
                forms = [""]
            elif numerus:
                forms = [f.text or "" for f in tr.iter("numerusform")] or [""]
            else:
                forms = [tr.text or ""]
            locs = [f"{loc.get('filename')}:{loc.get('line')}" for loc in msg.iter("location")]
            out.append(
                TsMessage(
                    name,
                    msg.findtext("source") or "",
                    msg.findtext("comment") or "",
                    numerus,
                    kind,
                    forms,
                    locs,
                )
            )
    return out


def _show(key: Key) -> str:
    context, source, comment, numerus = key
    extra = f" [{comment}]" if comment else ""
    plural = " (plural)" if numerus else ""
    return f"{context}: {source!r}{extra}{plural}"


def cmd_unfinished(paths: list[str]) -> int:
    bad = 0
    for p in paths:
        for msg in read_ts(Path(p)):
            if msg.finished:
                continue
            bad += 1
            why = msg.kind or "empty translation"
            where = f"  ({msg.locations[0]})" if msg.locations else ""
            print(f"  {Path(p).name}: {why}: {_show(msg.key)}{where}")
    if bad:
        print(f"{bad} message(s) not translated. Translate them (Qt Linguist, or edit the .ts), then run")
        print("scripts/update_translations.sh.")
    return 1 if bad else 0


def cmd_compare_ts(old: str, new: str) -> int:
    """The committed file is stale when a fresh lupdate run has other messages (locations ignored)."""
    before = {m.key for m in read_ts(Path(old)) if m.kind not in ("vanished", "obsolete")}
    after = {m.key for m in read_ts(Path(new)) if m.kind not in ("vanished", "obsolete")}
    added, gone = sorted(after - before), sorted(before - after)
    for key in added:
        print(f"  new in the sources, missing from {Path(old).name}: {_show(key)}")
    for key in gone:
        print(f"  in {Path(old).name} but no longer in the sources: {_show(key)}")
    if added or gone:
        print(f"{Path(old).name} is stale: run scripts/update_translations.sh and translate what is new.")
        return 1
    return 0


def cmd_qm_matches(ts: str, qm: str) -> int:
    """Load the compiled catalogue with Qt and ask it for every finished message of the .ts file."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(Path(qm).resolve())):
        print(f"  cannot load {qm}")
        return 1
    wrong = 0
    for msg in read_ts(Path(ts)):
        if not msg.finished:
            continue
        disambiguation = msg.comment or None
        if msg.numerus:
            # Chinese has one form; English two (1 → first, 2 → second).
            checks = [(1, msg.forms[0]), (2, msg.forms[min(1, len(msg.forms) - 1)])]
        else:
            checks = [(-1, msg.forms[0])]
        for n, expected in checks:
            got = translator.translate(msg.context, msg.source, disambiguation, n)
            if got != expected:
                wrong += 1
                print(f"  {Path(qm).name} gives {got!r} for {_show(msg.key)}, the .ts says {expected!r}")
                break
    if wrong:
        print(f"{Path(qm).name} is stale: run scripts/update_translations.sh (it runs lrelease).")
        return 1
    return 0


_PLURAL_SUFFIX = re.compile(r"\((e?s)\)")


def cmd_fill_en(path: str) -> int:
    """English plural forms follow from sources written as "%n row(s)"; others are left to a person."""
    tree = ET.parse(path)
    changed = 0
    for msg in tree.getroot().iter("message"):
        if msg.get("numerus") != "yes":
            continue
        tr = msg.find("translation")
        source = msg.findtext("source") or ""
        if tr is None or tr.get("type") != "unfinished" or not _PLURAL_SUFFIX.search(source):
            continue
        one = _PLURAL_SUFFIX.sub("", source)
        # "person(s)" is "people" in the plural (tests/core/test_english_plural_agreement.py)
        many = re.sub(r"\bpersons\b", "people", _PLURAL_SUFFIX.sub(lambda m: m.group(1), source))
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        for form in (one, many):
            ET.SubElement(tr, "numerusform").text = form
        del tr.attrib["type"]
        changed += 1
    if changed:
        _write_ts(tree, path)
        print(f"  {Path(path).name}: {changed} English plural form(s) filled in")
    return 0


def _write_ts(tree: ET.ElementTree, path: str) -> None:
    # lupdate rewrites the file in its own layout on the next run; keep it readable meanwhile.
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    Path(path).write_text(f"{header}{body}\n", encoding="utf-8")


def _read_catalog(path: str):  # type: ignore[no-untyped-def]
    from babel.messages.pofile import read_po

    with open(path, "rb") as fh:
        return read_po(fh)


def _po_ids(catalog) -> set[object]:  # type: ignore[no-untyped-def]
    return {(msg.id, msg.context) for msg in catalog if msg.id}


def cmd_pot_changed(old: str, new: str, ids_only: bool = False) -> int:
    """0 when the template must be rewritten: other messages, or (unless ``ids_only``) other places."""
    if not Path(old).exists():
        return 0
    a, b = _read_catalog(old), _read_catalog(new)
    same_ids = _po_ids(a) == _po_ids(b)
    if ids_only:
        return 1 if same_ids else 0
    same_places = all(
        (msg.locations, msg.auto_comments) == (a[msg.id].locations, a[msg.id].auto_comments)
        for msg in b
        if msg.id and a.get(msg.id, msg.context) is not None
    )
    return 1 if same_ids and same_places else 0


def cmd_po_check(pot: str, po: str) -> int:
    template, catalog = _read_catalog(pot), _read_catalog(po)
    bad = 0
    for key in sorted(_po_ids(template) - _po_ids(catalog), key=str):
        bad += 1
        print(f"  {Path(po).name}: missing (run scripts/update_translations.sh): {key[0]!r}")
    for key in sorted(_po_ids(catalog) - _po_ids(template), key=str):
        bad += 1
        print(f"  {Path(po).name}: no longer in the sources (run scripts/update_translations.sh): {key[0]!r}")
    for msg in catalog:
        if not msg.id:
            continue
        strings = msg.string if isinstance(msg.string, tuple) else (msg.string,)
        if msg.fuzzy:
            bad += 1
            print(f"  {Path(po).name}: fuzzy: {msg.id!r}")
        elif not all(strings):
            bad += 1
            print(f"  {Path(po).name}: untranslated: {msg.id!r}")
    if bad:
        print(f"{bad} core message(s) need attention in {po}.")
    return 1 if bad else 0


def cmd_seed_po(po: str) -> int:
    from babel.messages.pofile import write_po

    try:
        from petdesk.dossier.labels import builtin_catalogue

        table = builtin_catalogue()
    except Exception as exc:  # the dossier is optional here: seeding only saves typing
        print(f"  (not seeding from the dossier labels: {exc})")
        return 0
    catalog = _read_catalog(po)
    filled = 0
    for msg in catalog:
        if msg.id and isinstance(msg.id, str) and not msg.string and msg.id in table:
            msg.string = table[msg.id]
            filled += 1
    if filled:
        with open(po, "wb") as fh:
            write_po(fh, catalog, width=110)
        print(f"  {Path(po).name}: {filled} label(s) taken from the dossier's built-in Chinese")
    return 0


def cmd_pending(paths: list[str]) -> int:
    """One JSON object a line: {"file", "context", "source", ["comment"], "at", "translation"}."""
    items: list[dict[str, object]] = []
    for p in paths:
        if p.endswith(".ts"):
            for msg in read_ts(Path(p)):
                if msg.finished:
                    continue
                item: dict[str, object] = {"file": p, "context": msg.context, "source": msg.source}
                if msg.comment:
                    item["comment"] = msg.comment
                if msg.locations:
                    item["at"] = msg.locations[0]
                guess = [f for f in msg.forms if f]
                item["translation"] = (guess or [""]) if msg.numerus else (guess[0] if guess else "")
                items.append(item)
        else:
            for msg in _read_catalog(p):
                if not msg.id:
                    continue
                strings = msg.string if isinstance(msg.string, tuple) else (msg.string,)
                if msg.fuzzy or not all(strings):
                    items.append(
                        {
                            "file": p,
                            "source": msg.id if isinstance(msg.id, str) else list(msg.id),
                            "translation": list(strings) if isinstance(msg.id, tuple) else strings[0],
                        }
                    )
    for item in items:
        print(json.dumps(item, ensure_ascii=False))
    return 0


def cmd_apply(path: str) -> int:
    """Write translations given as JSON (list of {file, context, source, [comment], translation})."""
    from babel.messages.pofile import write_po

    text = Path(path).read_text(encoding="utf-8").strip()
    if text.startswith("["):
        items = json.loads(text)
    else:  # JSON lines, as printed by pending
        items = [json.loads(line) for line in text.splitlines() if line.strip()]
    by_file: dict[str, list[dict[str, object]]] = {}
    for item in items:
        by_file.setdefault(str(item["file"]), []).append(item)
    missing = 0
    for file, entries in by_file.items():
        if file.endswith(".ts"):
            tree = ET.parse(file)
            wanted = {
                (str(e["context"]), str(e["source"]), str(e.get("comment", ""))): e["translation"]
                for e in entries
            }
            done = set()
            for ctx in tree.getroot().iter("context"):
                name = ctx.findtext("name") or ""
                for msg in ctx.iter("message"):
                    key = (name, msg.findtext("source") or "", msg.findtext("comment") or "")
                    if key not in wanted or not wanted[key]:
                        continue
                    value = wanted[key]
                    tr = msg.find("translation")
                    if tr is None:
                        tr = ET.SubElement(msg, "translation")
                    for child in list(tr):
                        tr.remove(child)
                    tr.attrib.pop("type", None)
                    if msg.get("numerus") == "yes":
                        tr.text = None
                        forms = value if isinstance(value, list) else [value]
                        for form in forms:
                            ET.SubElement(tr, "numerusform").text = str(form)
                    else:
                        tr.text = str(value[0] if isinstance(value, list) else value)
                    done.add(key)
            for key in set(wanted) - done:
                if wanted[key]:
                    missing += 1
                    print(f"  not found in {file}: {key}")
            _write_ts(tree, file)
        else:
            catalog = _read_catalog(file)
            for e in entries:
                source = e["source"]
                msg_id = tuple(source) if isinstance(source, list) else source
                msg = catalog.get(msg_id if isinstance(msg_id, str) else msg_id[0])
                if msg is None or not e["translation"]:
                    missing += msg is None
                    continue
                value = e["translation"]
                msg.string = tuple(value) if isinstance(value, list) else value
                msg.flags.discard("fuzzy")
            with open(file, "wb") as fh:
                write_po(fh, catalog, width=110)
    return 1 if missing else 0


# --- strings lupdate cannot see ----------------------------------------------------------------


def _wrappers(tree: object) -> dict[str, tuple[str | int, int]]:
    """Helpers that hand their arguments to ``translate``: name -> (context or its position, text position).

    ``def _tr(text): return QCoreApplication.translate("Sync", text)`` -> {"_tr": ("Sync", 0)};
    ``tr = QCoreApplication.translate`` -> {"tr": (0, 1)}."""
    import ast

    found: dict[str, tuple[str | int, int]] = {}

    def is_translate(func: ast.expr) -> bool:
        return (isinstance(func, ast.Attribute) and func.attr == "translate") or (
            isinstance(func, ast.Name) and func.id == "translate"
        )

    for node in ast.walk(tree):  # type: ignore[arg-type]
        if isinstance(node, ast.Assign) and is_translate(node.value):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found[target.id] = (0, 1)
        if not isinstance(node, ast.FunctionDef):
            continue
        params = [a.arg for a in node.args.args]
        for call in ast.walk(node):
            if not (isinstance(call, ast.Call) and is_translate(call.func) and len(call.args) >= 2):
                continue
            ctx, text = call.args[0], call.args[1]
            if not (isinstance(text, ast.Name) and text.id in params):
                continue
            if isinstance(ctx, ast.Constant) and isinstance(ctx.value, str):
                found[node.name] = (ctx.value, params.index(text.id))
            elif isinstance(ctx, ast.Name) and ctx.id in params:
                found[node.name] = (params.index(ctx.id), params.index(text.id))
    return found


def hidden_messages(files: list[str]) -> list[tuple[str, str, str]]:
    """(file:line, context, text) of literal strings handed to a translate helper lupdate cannot follow."""
    import ast

    out: list[tuple[str, str, str]] = []
    for file in files:
        try:
            tree = ast.parse(Path(file).read_text(encoding="utf-8"), file)
        except (OSError, SyntaxError):
            continue
        wrappers = _wrappers(tree)
        if not wrappers:
            continue
        for call in ast.walk(tree):
            if not (
                isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id in wrappers
            ):
                continue
            ctx_spec, text_pos = wrappers[call.func.id]
            if len(call.args) <= text_pos:
                continue
            text = call.args[text_pos]
            if isinstance(ctx_spec, int):
                if len(call.args) <= ctx_spec:
                    continue
                ctx_node = call.args[ctx_spec]
                if not (isinstance(ctx_node, ast.Constant) and isinstance(ctx_node.value, str)):
                    continue
                ctx = ctx_node.value
            else:
                ctx = ctx_spec
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                out.append((f"{file}:{call.lineno}", ctx, text.value))
    return out


def cmd_hidden(ts: str, gui_list: str) -> int:
    """Literal strings passed through a helper such as ``_tr("…")`` must still reach the .ts file."""
    files = [line for line in Path(gui_list).read_text().splitlines() if line]
    known = {(m.context, m.source) for m in read_ts(Path(ts))}
    missing = [(where, ctx, text) for where, ctx, text in hidden_messages(files) if (ctx, text) not in known]
    for where, ctx, text in missing:
        print(f"  hidden from lupdate ({where}): {ctx}: {text!r}")
    if missing:
        print(
            f"{len(missing)} string(s) reach translate() through a helper lupdate cannot follow: call "
            "QCoreApplication.translate / self.tr directly, or list them with QT_TRANSLATE_NOOP."
        )
        return 1
    return 0


# --- the two entry points of the shell scripts ------------------------------------------------

#: Languages with a Qt catalogue (English only for plural forms) and with a core catalogue.
QT_LANGS = ("zh_CN", "en")
CORE_LANGS = ("zh_CN",)
TS = "translations/petdesk_{}.ts"
QM = "translations/petdesk_{}.qm"
POT = "translations/core/petdesk.pot"
PO = "translations/core/{}.po"


def pybabel(*args: str) -> int:
    """Run a pybabel command in this process (the same code as the ``pybabel`` command line)."""
    from babel.messages.frontend import CommandLineInterface

    try:
        return CommandLineInterface().run(["pybabel", "-q", *args]) or 0
    except SystemExit as exc:  # pybabel exits on bad arguments
        return int(exc.code or 1)


def extract_core(pot: str, core_list: str) -> None:
    """``pybabel extract`` of the core: ``_()``, ``N_()``, ``ngettext``/``translator.ngettext``."""
    files = [line for line in Path(core_list).read_text().splitlines() if line]
    code = pybabel(
        "extract", "-o", pot, "-w", "110", "--project", "petdesk", "--copyright-holder", "petdesk authors",
        "--add-comments", "TRANSLATORS:", "-k", "N_", "-k", "ngettext:1,2", *files,
    )  # fmt: skip
    if code:
        raise SystemExit(f"pybabel extract failed ({code})")


def cmd_update(core_list: str, gui_list: str = "") -> int:
    import tempfile

    cmd_fill_en(TS.format("en"))
    Path(POT).parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fresh = str(Path(tmp) / "petdesk.pot")
        extract_core(fresh, core_list)
        if cmd_pot_changed(POT, fresh) == 0:
            Path(POT).write_bytes(Path(fresh).read_bytes())
    for lang in CORE_LANGS:
        po = PO.format(lang)
        if Path(po).exists():
            pybabel(
                "update",
                "-i",
                POT,
                "-o",
                po,
                "-l",
                lang,
                "-w",
                "110",
                "--no-fuzzy-matching",
                "--ignore-obsolete",
            )
        else:
            pybabel("init", "-i", POT, "-o", po, "-l", lang, "-w", "110")
    # What is left to translate: the same list the check prints.
    if gui_list:
        cmd_hidden(TS.format("zh_CN"), gui_list)
    cmd_unfinished([TS.format(lang) for lang in QT_LANGS])
    for lang in CORE_LANGS:
        cmd_po_check(POT, PO.format(lang))
    return 0


def cmd_check(tmp: str, core_list: str, gui_list: str = "") -> int:
    """Every check on the committed catalogues; ``tmp`` holds fresh lupdate copies and lrelease output."""
    failures: list[str] = []
    for lang in QT_LANGS:
        ts, qm = TS.format(lang), QM.format(lang)
        if not Path(ts).exists():
            failures.append(f"{ts} is missing")
            continue
        if cmd_compare_ts(ts, f"{tmp}/fresh_{lang}.ts"):
            failures.append(f"{ts} is stale against src/petdesk/gui")
        if cmd_unfinished([ts]):
            failures.append(f"{ts} has unfinished messages")
        if not Path(qm).exists():
            failures.append(f"{qm} is missing")
        elif Path(qm).read_bytes() != Path(f"{tmp}/petdesk_{lang}.qm").read_bytes() and cmd_qm_matches(
            ts, qm
        ):
            # (a different Qt version may compile other bytes; then the translations must agree)
            failures.append(f"{qm} is stale")
    if gui_list and Path(TS.format("zh_CN")).exists() and cmd_hidden(TS.format("zh_CN"), gui_list):
        failures.append("window strings hidden from lupdate (see above)")
    fresh = f"{tmp}/petdesk.pot"
    extract_core(fresh, core_list)
    if not Path(POT).exists():
        failures.append(f"{POT} is missing")
    elif cmd_pot_changed(POT, fresh, ids_only=True) == 0:  # moved lines do not make it stale
        failures.append(f"{POT} is stale against the core sources")
    for lang in CORE_LANGS:
        po = PO.format(lang)
        if not Path(po).exists():
            failures.append(f"{po} is missing")
        elif cmd_po_check(fresh, po):
            failures.append(f"{po} is incomplete or stale")
    for failure in failures:
        print(f"translations: {failure}")
    if failures:
        print(
            "translations: run scripts/update_translations.sh, translate what it lists, commit translations/"
        )
        return 1
    print("translations: all catalogues complete and up to date")
    return 0


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    cmd, args = argv[0], argv[1:]
    if cmd == "unfinished":
        return cmd_unfinished(args)
    if cmd == "compare-ts":
        return cmd_compare_ts(*args)
    if cmd == "qm-matches":
        return cmd_qm_matches(*args)
    if cmd == "fill-en":
        return cmd_fill_en(*args)
    if cmd == "pot-changed":
        return cmd_pot_changed(*args)
    if cmd == "po-check":
        return cmd_po_check(*args)
    if cmd == "seed-po":
        return cmd_seed_po(*args)
    if cmd == "update":
        return cmd_update(*args)
    if cmd == "check":
        return cmd_check(*args)
    if cmd == "hidden":
        return cmd_hidden(*args)
    if cmd == "pending":
        return cmd_pending(args)
    if cmd == "apply":
        return cmd_apply(*args)
    print(f"unknown command {cmd!r}\n{__doc__}")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
