"""English plural forms agree with their verb: "1 person works here", "2 people work here" (field
test 50, defect 9: "1 person work here."). The forms filled in from "word(s)" sources keep the
plural verb; the singular ones are written by hand in petdesk_en.ts."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

EN_TS = Path(__file__).resolve().parents[2] / "translations" / "petdesk_en.ts"
#: A counted noun followed by a plural verb: "%Ln backup are", "%Ln project led by it keep",
#: "%Ln participant need a room" (shots51); "%Ln city need" is the noun.
PLURAL_VERB_AFTER_ONE = re.compile(
    r"%Ln (?:(?!they )[\w-]+ ){1,4}(?<!city )(are|were|work|go|stay|keep|have|need|wait|remain)\b"
)


def _forms() -> list[tuple[str, list[str]]]:
    root = ET.parse(EN_TS).getroot()
    return [
        (msg.findtext("source") or "", [f.text or "" for f in msg.iter("numerusform")])
        for msg in root.iter("message")
        if msg.get("numerus") == "yes"
    ]


def test_singular_forms_take_a_singular_verb() -> None:
    wrong = [one for _source, (one, *_rest) in _forms() if PLURAL_VERB_AFTER_ONE.search(one)]
    assert wrong == []


def test_people_not_persons() -> None:
    assert not [forms for _source, forms in _forms() if any("persons" in f for f in forms)]
    work_here = next(forms for source, forms in _forms() if "work here" in source)
    assert work_here[0].startswith("%Ln person works here.") and work_here[1].startswith(
        "%Ln people work here."
    )


def test_filled_in_forms_say_people(tmp_path: Path) -> None:
    """The tool that fills English forms from "person(s)" writes "people", so a new sentence cannot
    bring "persons" back (two did in round 50)."""
    import subprocess
    import sys

    ts = tmp_path / "en.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="en">\n<context>'
        "<name>X</name><message numerus=\"yes\"><source>%Ln person(s) registered.</source>"
        '<translation type="unfinished"></translation></message></context>\n</TS>\n',
        encoding="utf-8",
    )
    tool = EN_TS.parent / "i18n_tool.py"
    subprocess.run([sys.executable, str(tool), "fill-en", str(ts)], check=True, capture_output=True)
    forms = [f.text for f in ET.parse(ts).getroot().iter("numerusform")]
    assert forms == ["%Ln person registered.", "%Ln people registered."]
