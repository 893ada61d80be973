"""Catalogues the program reads at run time (.qm, .ts, core .po); installed as ``petdesk.translations``."""
