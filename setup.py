"""Package list only; everything else is in pyproject.toml.

pyproject's ``packages.find`` cannot add packages that live outside ``src/``: the top-level
``resources/`` and ``translations/`` folders ship as ``petdesk.resources`` and ``petdesk.translations``
(mapped in ``[tool.setuptools.package-dir]``), so that the wheel and the bundle carry them. Their
data-only sub-folders are listed as packages too: setuptools warns about folders it can import but
was not told of.
Namespace packages are found too: ``petdesk.migrations`` has no ``__init__.py`` (Alembic's layout)."""

from setuptools import find_namespace_packages, setup

setup(
    packages=[
        *find_namespace_packages("src", include=["petdesk*"]),
        "petdesk.resources",
        "petdesk.resources.fonts",
        "petdesk.resources.icons",
        "petdesk.translations",
        "petdesk.translations.core",
    ]
)
