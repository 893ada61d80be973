"""Demo data for trying petdesk out and for tests: ``generate(db, contacts=N, seed=S)``."""

from petdesk.demo.generator import DemoError, generate

__all__ = ["DemoError", "generate"]
