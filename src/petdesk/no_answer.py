"""Answers of a registration form that say there is nothing to say.

A form's required question "Dietary requirements" gets "None", "No", "N/A", "Aucune" or "无" from
most people; kept as it was, the dossier's meal count listed "None" as a need of six guests beside
"Halal 2" (field test 111)."""

from __future__ import annotations

#: The answers meaning "nothing", case folded, without a trailing full stop.
NOTHING = frozenset(
    {
        "none", "no", "nil", "n/a", "na", "n.a", "nothing", "no requirements", "no special requirements",
        "not applicable", "-", "--", "—", "aucun", "aucune", "néant", "non", "rien", "pas de restriction",
        "ninguno", "ninguna", "nenhum", "nenhuma", "keine", "nein", "无", "没有", "无特殊要求", "不适用",
    }
)  # fmt: skip


def says_nothing(answer: str) -> bool:
    """Whether ``answer`` only says that there is nothing: "None", "N/A.", "Aucune", "无"."""
    return " ".join(answer.split()).casefold().rstrip(".。") in NOTHING
