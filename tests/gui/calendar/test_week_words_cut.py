"""A word wider than a week column's box is cut with a hyphen (field test 83: at 125 % with text at
120 %, "Welcome meeting" read "Welco / me m…" and "meeting" "meetin / g", as two other words)."""

from __future__ import annotations

from petdesk.gui.calendar.timegrid import fit_lines
from petdesk.gui.qt import QApplication, QFontMetrics


def test_a_word_cut_in_two_ends_its_line_with_a_hyphen(qapp: QApplication) -> None:
    font = QApplication.font()
    text = "02:30 Welcome meeting with Hainan DEE"
    width = QFontMetrics(font).horizontalAdvance("Welco") + 2  # "Welcome" does not fit
    lines = fit_lines(text, font, width, 1000)
    cut = [line for line in lines if line.endswith("-")]
    assert cut, lines
    # the hyphens are the only thing added: the words read whole again without them
    assert "".join(line.removesuffix("-") for line in lines).replace(" ", "") == text.replace(" ", "")
    assert all(QFontMetrics(font).horizontalAdvance(line) <= width for line in lines), lines


def test_chinese_and_whole_words_take_no_hyphen(qapp: QApplication) -> None:
    font = QApplication.font()
    metrics = QFontMetrics(font)
    chinese = "与海南省生态环境厅欢迎会谈"
    lines = fit_lines(chinese, font, metrics.horizontalAdvance("与海南省") + 2, 1000)
    assert len(lines) > 1 and not any(line.endswith("-") for line in lines)
    english = "Site visit to the port"
    lines = fit_lines(english, font, metrics.horizontalAdvance("Site visit") + 2, 1000)
    assert lines[0] == "Site visit" and not any(line.endswith("-") for line in lines)


def test_what_does_not_fit_ends_in_an_ellipsis(qapp: QApplication) -> None:
    font = QApplication.font()
    metrics = QFontMetrics(font)
    lines = fit_lines("Welcome meeting with Hainan DEE", font, metrics.horizontalAdvance("Welcome") + 2, 1)
    assert len(lines) == 1 and lines[0].endswith("…")


def test_no_letter_left_alone_after_the_hyphen(qapp: QApplication) -> None:
    font = QApplication.font()
    width = QFontMetrics(font).horizontalAdvance("meetin-") + 1  # "meeting" misses by its last letter
    lines = fit_lines("meeting and dinner", font, width, 1000)
    assert lines[0].endswith("-") and not lines[1].startswith("g "), lines
    assert "".join(line.removesuffix("-") for line in lines).replace(" ", "") == "meetinganddinner"
