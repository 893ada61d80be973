"""Sync packages written at the sync tests' key cost by code that takes the default (the command
line, the services' callers): scrypt at n=2**17 costs about 0.1 s a package quiet and a second
under load, and a field test carries dozens. Only for tests that are not about the derivation:
test_passphrase_strength pins the default; reading still derives with what the package says."""

from __future__ import annotations

import pytest

from petdesk.sync import service
from tests.core.sync.helpers import TEST_KDF_N


@pytest.fixture
def cheap_package_key(monkeypatch: pytest.MonkeyPatch) -> None:
    defaults = service.export_changes.__kwdefaults__
    assert defaults is not None and "kdf_n" in defaults
    monkeypatch.setitem(defaults, "kdf_n", TEST_KDF_N)
