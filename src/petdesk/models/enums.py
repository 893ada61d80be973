"""The domain's enumerations, as the models use them (they live in :mod:`petdesk.enums`, which
imports neither SQLAlchemy nor the models: commands that only read plain SQL use them without
paying for either)."""

from petdesk.enums import *  # noqa: F403
