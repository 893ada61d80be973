"""Data the program reads at run time (fonts, logo, icons); installed as ``petdesk.resources``."""
