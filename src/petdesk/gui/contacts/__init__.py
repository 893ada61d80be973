"""Contacts in the window: list, detail and edit screens; import, export, duplicates and merge."""
