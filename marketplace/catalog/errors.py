"""The error every catalogue rule raises: a translatable message safe to show, and the field it concerns."""


class CatalogError(ValueError):
    def __init__(self, message, field: str | None = None) -> None:
        super().__init__(str(message))
        self.message = message
        self.field = field
