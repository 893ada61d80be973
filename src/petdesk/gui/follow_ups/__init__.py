"""Follow-ups of any record: the one widget the visit editor and the detail panes share."""
