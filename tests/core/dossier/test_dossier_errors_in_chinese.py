"""A dossier the window cannot make says why in the reader's language (errors53b): the dossier dialog
showed a ``DossierError``'s English sentence as it was; it now goes through ``messages.plain_error``,
whose templates know the dossier's sentences."""

from __future__ import annotations

import pytest

from petdesk import dossier
from petdesk.dossier import fonts
from petdesk.messages import plain_error
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401  (fixture)

pytestmark = pytest.mark.usefixtures("tree_catalogue")


def test_no_section_chosen_reads_in_chinese() -> None:
    with pytest.raises(dossier.DossierError) as refused:
        dossier.parse_sections("", dossier.VISIT_SECTIONS)
    assert plain_error(refused.value, "zh_CN") == "请至少选择一个部分"
    assert plain_error(refused.value, "en") == "choose at least one section"


def test_a_file_missing_from_the_install_reads_in_chinese() -> None:
    with pytest.raises(dossier.DossierError) as refused:
        fonts.resource_path("fonts/not-shipped.ttf")
    said = plain_error(refused.value, "zh_CN")
    assert said.startswith("缺少生成资料手册所需的文件："), said
    assert "not-shipped.ttf" in said and "missing" not in said
