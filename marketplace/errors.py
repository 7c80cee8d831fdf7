"""The one shape of a refused request: a rule of the domain was not met.

Every domain's error derives from ``Refused``: its message is translatable and safe to show, and ``field``
names the form field it concerns (None: the form as a whole). Views show it with ``core.forms.add_error``
or flash ``error.message``.
"""

from __future__ import annotations


class Refused(ValueError):
    def __init__(self, message, field: str | None = None) -> None:
        super().__init__(str(message))
        self.message = message
        self.field = field
