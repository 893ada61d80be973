"""Every field-check message (:class:`Issue`) the services can raise has a Chinese translation.

Field test 14 (defect 1): the organisation and contact editors answered a Chinese window in English,
because the ``Issue("…")`` texts were never marked for the catalogue. The messages are collected
from the source, so a new one written without ``N_()`` or without a translation fails here."""

from __future__ import annotations

import ast
import functools
import re
import string
from pathlib import Path

import pytest

import petdesk
from petdesk.i18n import translator
from petdesk.services import contacts, organisations
from petdesk.services.contacts import Method

CORE = Path(petdesk.__file__).parent
HAN = re.compile(r"[\u4e00-\u9fff]")


def _core_modules() -> list[Path]:
    return sorted(p for p in CORE.rglob("*.py") if "gui" not in p.relative_to(CORE).parts)


def _message_node(call: ast.Call) -> ast.expr | None:
    if len(call.args) >= 2:
        return call.args[1]
    return next((k.value for k in call.keywords if k.arg == "message"), None)


def _marked(node: ast.expr) -> str | None:
    """The literal of ``N_("…")``, else None."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "N_"
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    ):
        return node.args[0].value
    return None


@functools.cache  # the walk over every core module took 22-32 s a test under load; two tests read it
def _templates() -> tuple[frozenset[str], tuple[str, ...]]:
    """Issue templates in the core (those in ``Issue(…)`` calls and those the ``*_problem``
    checks of ``validation`` return for an Issue), and the places where one lacks ``N_()``.
    (Other modules' ``*_problem`` texts, technologies' and needs', go through ``messages.localize``.)"""
    templates: set[str] = set()
    unmarked: list[str] = []
    for path in _core_modules():
        source = path.read_text(encoding="utf-8")
        # Parsing all ~470 modules was the slow part; one without the word "Issue" holds no
        # ``Issue(…)`` call, so only validation.py (its ``*_problem`` checks) is parsed besides.
        if "Issue" not in source and path.name != "validation.py":
            continue
        tree = ast.parse(source)
        for node in ast.walk(tree):
            messages: list[ast.expr] = []
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Issue":
                message = _message_node(node)
                messages = [message] if message is not None else []
            elif (
                isinstance(node, ast.FunctionDef)
                and path.name == "validation.py"
                and node.name.endswith("_problem")
            ):
                messages = [
                    r.value for r in ast.walk(node) if isinstance(r, ast.Return) and r.value is not None
                ]
            for message in messages:
                if (text := _marked(message)) is not None:
                    templates.add(text)
                elif isinstance(message, ast.JoinedStr) or (
                    isinstance(message, ast.Constant) and isinstance(message.value, str)
                ):
                    unmarked.append(f"{path.relative_to(CORE)}:{message.lineno}")
    return frozenset(templates), tuple(unmarked)


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_issue_message_is_marked_for_the_catalogue() -> None:
    templates, unmarked = _templates()
    assert not unmarked, f"Issue texts without N_(): {unmarked}"
    # The editors' messages from the field test are among them (the walk finds what it should).
    assert "No organisation is called “{value}”." in templates
    assert "“{value}” is not an e-mail address (expected something like name@example.org)." in templates
    assert len(templates) >= 25


def test_every_issue_message_has_a_chinese_translation() -> None:
    _ = translator("zh_CN")
    templates, _unmarked = _templates()
    untranslated = [t for t in sorted(templates) if not HAN.search(_(t))]
    assert not untranslated, f"Issue texts without Chinese: {untranslated}"
    wrong = [t for t in templates if _placeholders(_(t)) != _placeholders(t)]
    assert not wrong, f"translations whose {{placeholders}} differ: {wrong}"


@pytest.mark.parametrize(
    ("values", "methods"),
    [
        ({}, [Method("email", "liming@xa")]),
        ({"given_name": "王", "birthday": "someday"}, [Method("phone", "138-abc-0000")]),
        ({"family_name": "Li"}, [Method("wechat", "li ming"), Method("phone", "")]),
    ],
)
def test_contact_field_checks_answer_in_chinese(values: dict[str, str], methods: list[Method]) -> None:
    issues = contacts.validate_contact(values, methods)
    assert issues
    for issue in issues:
        text = issue.text("zh_CN")
        assert HAN.search(text), text
        assert not re.search(r"\b(?:is|the|a|an|Enter|field)\b", text), text


def test_channel_name_in_a_message_follows_the_language() -> None:
    (issue,) = contacts.validate_contact({"family_name": "Li"}, [Method("wechat", "li ming")])
    assert "微信" in issue.text("zh_CN")
    assert "WeChat" in issue.text("en")


def test_organisation_field_checks_answer_in_chinese() -> None:
    issues = organisations.validate_organisation({"website": "xian gov"})
    assert {i.field for i in issues} == {"name_en", "website"}
    for issue in issues:
        assert HAN.search(issue.text("zh_CN")), issue.text("zh_CN")
