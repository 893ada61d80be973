"""``petdesk report partner ORG --out F.pdf`` (protocol-office field test, defect 1): the partner
overview had no command-line form; it writes the PDF the organisation pane's button writes, with the
same options (the reader's language first, no contents page, marked restricted)."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier.partner_overview import build_partner_overview, overview_options
from petdesk.services import activities
from petdesk.services import organisations as org_service
from tests.core.dossier.pdfcheck import flat, pdffonts, pdftotext_pages

#: The minute the page was printed, which two runs need not share.
_PRINTED = re.compile(r"\d{1,2}:\d{2}")


def _organisation(db: Database) -> str:
    with db.transaction() as s:
        org = org_service.create_organisation(
            s, name_en="Stuttgart Water Tech GmbH", name_zh="斯图加特水技术有限公司", city_en="Stuttgart"
        )
        activities.add_activity(s, kind="call", subject="Call Anna", organisation_id=org.id)
        return org.id


def _pages(pdf: Path) -> list[str]:
    return [_PRINTED.sub("", page) for page in pdftotext_pages(pdf)]


@pytest.mark.parametrize(("ui", "lang"), [("zh_CN", "zh-CN"), ("en", "en")])
def test_the_command_writes_the_windows_pdf(db: Database, tmp_path: Path, ui: str, lang: str) -> None:
    org_id = _organisation(db)
    out = tmp_path / "partner.pdf"
    assert main(["--db", str(db.path), "report", "partner", "Stuttgart Water Tech GmbH", "--out", str(out),
                 "--lang", ui]) == 0  # fmt: skip
    # the pane's button: build_partner_overview with overview_options of the window's language
    window = build_partner_overview(db, org_id, tmp_path / "window.pdf", overview_options(ui))
    assert _pages(out) == _pages(window)
    assert str(pypdf.PdfReader(str(out)).trailer["/Root"]["/Lang"]) == lang
    text = flat("".join(pdftotext_pages(out)))
    assert flat("斯图加特水技术有限公司") in text and "CallAnna" in text
    assert (text.index("合作伙伴概览") < text.index("Partneroverview")) == (ui == "zh_CN")
    assert flat("Restricted — contains personal data") in text
    assert all(font.embedded for font in pdffonts(out))


def test_an_organisation_by_its_id_and_what_is_refused(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    org_id = _organisation(db)
    base = ["--db", str(db.path), "--lang", "en", "report", "partner"]
    assert main([*base, org_id[:8], "--out", str(tmp_path / "by_id.pdf")]) == 0
    assert "Partner overview written to" in capsys.readouterr().out
    assert main([*base, org_id, "--out", str(tmp_path / "p.xlsx")]) != 0
    assert "choose a .pdf file name" in capsys.readouterr().err
    assert main([*base, "Nobody GmbH", "--out", str(tmp_path / "none.pdf")]) != 0
    assert not (tmp_path / "none.pdf").exists() and not (tmp_path / "p.xlsx").exists()
