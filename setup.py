"""Package list only; everything else is in pyproject.toml.

pyproject's ``packages.find`` cannot add packages that live outside ``src/``: the top-level
``resources/`` and ``translations/`` folders ship as ``petdesk.resources`` and ``petdesk.translations``
(mapped in ``[tool.setuptools.package-dir]``), so that the wheel and the bundle carry them."""

from setuptools import find_packages, setup

setup(packages=[*find_packages("src"), "petdesk.resources", "petdesk.translations"])
