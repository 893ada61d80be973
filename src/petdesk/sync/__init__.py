"""Exchange of changes between offices by encrypted package files (no server in common).

``hlc`` orders changes across offices, ``tracking`` records field versions of every ORM write,
``changes`` collects and merges changes field by field, ``package`` writes and verifies the
encrypted file, and ``service`` ties them together for the command line and the window.
"""
