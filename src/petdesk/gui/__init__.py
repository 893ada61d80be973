"""The desktop window. Everything here sits on top of ``petdesk.services`` and imports Qt via ``petdesk.gui.qt``."""
