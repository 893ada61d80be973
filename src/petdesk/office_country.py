"""The setting of the office's country, apart from ``services.office`` so that code reading a file
without SQLAlchemy (the export of all contacts) can read it too."""

#: The office's country (``petdesk office --country``, Settings › Office): the country its post leaves
#: from, whose addresses need no country line, and of numbers typed without a country code. A local
#: setting beside the letterhead, never exchanged.
COUNTRY_SETTING = "office.country"
#: The home country while the office has none set: the network's offices were all in China first.
DEFAULT_COUNTRY = "CN"
