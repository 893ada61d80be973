"""Review of the day's merges: field 126's rule (a middle initial before the family name is the
middle name: "Maria Clara S. Reyes") took the second of India's initials too: 'Dr. R. K. Sharma' was
stored as given name 'R.', middle 'K.' (field 107's New Delhi tests failed on main after the merge)."""

from __future__ import annotations

import pytest

from petdesk.services.importing import _contact_from_row


@pytest.mark.parametrize(
    ("full", "given", "middle", "family"),
    [
        ("Dr. R. K. Sharma", "R. K.", "", "Sharma"),
        ("A. P. J. Kalam", "A. P. J.", "", "Kalam"),
        ("Maria Clara S. Reyes", "Maria Clara", "S.", "Reyes"),
        ("Juan D. dela Cruz", "Juan", "D.", "dela Cruz"),
    ],
)
def test_initials_alone_stay_the_given_name(full: str, given: str, middle: str, family: str) -> None:
    rec = _contact_from_row(2, [("full_name", full)])
    assert (rec.given_name, rec.middle_name, rec.family_name) == (given, middle, family)
