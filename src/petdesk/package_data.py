"""The one way petdesk finds the files it reads at run time: fonts, logo, icons, catalogues, help.

The product keeps ``resources/`` and ``translations/`` at the top of the project; the build maps them
into the package as ``petdesk.resources`` and ``petdesk.translations`` (``pyproject.toml``), so a
checkout (editable install), an installed wheel and a PyInstaller bundle all answer the same
``importlib.resources`` question. Nothing here builds a path from ``__file__``.
"""

from __future__ import annotations

from contextlib import ExitStack
from functools import cache
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

#: Top-level folders of the product and the packages that carry them.
PACKAGES = {
    "resources": "petdesk.resources",
    "translations": "petdesk.translations",
    "help": "petdesk.gui.help",
}

#: Keeps files extracted by ``as_file`` alive for the life of the process (only for zipped installs).
_extracted = ExitStack()


class PackageDataError(Exception):
    """A file the program ships with is missing: the installation is incomplete."""

    def __init__(self, message: str, *, missing: str = "") -> None:
        super().__init__(message)
        #: The missing file, as the user's sentence names it (:func:`petdesk.faults.describe`).
        self.missing = missing


def data_path(relative: str) -> Path:
    """A shipped file or folder as a real path, e.g. ``data_path("resources/fonts/NotoSans-Regular.ttf")``.

    ``relative`` starts with ``resources/``, ``translations/`` or ``help/``. Raises
    :class:`PackageDataError` (one plain sentence) when the installation lacks it."""
    return _data_path(relative.strip("/"))


@cache
def _data_path(relative: str) -> Path:
    top, _, rest = relative.partition("/")
    if top not in PACKAGES:
        raise ValueError(f"{relative!r} is not under one of {', '.join(PACKAGES)}")
    ref: Traversable = files(PACKAGES[top])
    for part in rest.split("/") if rest else ():
        ref = ref / part  # one part at a time: 3.11's MultiplexedPath (frozen bundles) takes one
    if not (ref.is_file() or ref.is_dir()):
        raise PackageDataError(
            f"petdesk is installed without {relative} (looked for in {PACKAGES[top]}); reinstall it",
            missing=relative,
        )
    if isinstance(ref, Path):  # an ordinary folder: checkout, wheel, most bundles
        return ref
    if ref.is_dir():  # a package spread over several places (PyInstaller): the folder of its files
        for child in ref.iterdir():
            if isinstance(child, Path):
                return child.parent
    return _extracted.enter_context(as_file(ref))
