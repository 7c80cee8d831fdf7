"""The error every catalogue rule raises (a ``Refused``: a message safe to show, and its field)."""

from marketplace.errors import Refused


class CatalogError(Refused):
    pass
