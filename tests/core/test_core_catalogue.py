"""The core catalogue read without babel (round 51) says what babel's reader and ``.mo`` writer
said: every entry of the shipped Chinese catalogue, and the rules for fuzzy, empty and plural ones."""

from __future__ import annotations

import gettext
import io
from pathlib import Path

from petdesk import core_catalogue
from tests.helpers.tree_catalogue import TREE_CATALOGUES


def _babel(path: Path) -> gettext.GNUTranslations:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with open(path, "rb") as fh:
        catalog = read_po(fh, locale=path.stem)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


def test_every_chinese_entry_reads_as_babel_reads_it() -> None:
    from babel.messages.pofile import read_po

    path = TREE_CATALOGUES / "zh_CN.po"
    ours, babels = core_catalogue.read_catalogue(path), _babel(path)
    with open(path, "rb") as fh:
        ids = [m.id for m in read_po(fh) if m.id]
    assert len(ids) > 1000
    differ = []
    for msgid in ids:
        if isinstance(msgid, tuple):
            differ += [msgid for n in (0, 1, 2, 5) if ours.ngettext(*msgid, n) != babels.ngettext(*msgid, n)]
        elif ours.gettext(msgid) != babels.gettext(msgid):
            differ.append(msgid)
    assert differ == []
    assert ours.info()["plural-forms"] == babels.info()["plural-forms"]


PO = r'''# a test catalogue
msgid ""
msgstr ""
"Plural-Forms: nplurals=2; plural=(n != 1);\n"
"Content-Type: text/plain; charset=utf-8\n"

#: a.py:1
msgid "Save"
msgstr "保存"

#, fuzzy
msgid "Open"
msgstr "打开"

msgid "Close"
msgstr ""

msgid ""
"a long sentence "
"with a \"quote\"\tand a tab"
msgstr "一句"
"“引号”\n"

msgid "{n} visit"
msgid_plural "{n} visits"
msgstr[0] "{n} 次访问"
msgstr[1] "{n} 次访问们"

msgid "{n} day"
msgid_plural "{n} days"
msgstr[0] "{n} 天"
msgstr[1] ""

#~ msgid "Gone"
#~ msgstr "没了"
'''


def test_fuzzy_empty_and_obsolete_entries_fall_back_to_english(tmp_path: Path) -> None:
    path = tmp_path / "xx.po"
    path.write_text(PO, encoding="utf-8")
    ours, babels = core_catalogue.read_catalogue(path), _babel(path)
    for text in ("Save", "Open", "Close", 'a long sentence with a "quote"\tand a tab', "Gone"):
        assert ours.gettext(text) == babels.gettext(text), text
    assert ours.gettext("Save") == "保存" and ours.gettext("Open") == "Open"
    assert ours.gettext('a long sentence with a "quote"\tand a tab') == "一句“引号”\n"
    assert [ours.ngettext("{n} visit", "{n} visits", n) for n in (1, 2)] == ["{n} 次访问", "{n} 次访问们"]
    # a plural with an empty form is left out (babel's writer kept it, printing "" for those counts)
    assert ours.ngettext("{n} day", "{n} days", 2) == "{n} days"


def test_a_missing_catalogue_is_english(tmp_path: Path) -> None:
    assert core_catalogue.read_catalogue(tmp_path / "none.po").gettext("Save") == "Save"
