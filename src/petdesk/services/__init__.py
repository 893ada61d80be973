"""Services: everything the window and the command line do to the data, without Qt.

Each function takes an SQLAlchemy ``Session`` opened by the caller (``Database.transaction()``),
so that a caller can group several calls into one transaction.
"""
