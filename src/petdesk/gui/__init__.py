"""The desktop window. It sits on top of ``petdesk.services`` and imports Qt via ``petdesk.gui.qt``."""
