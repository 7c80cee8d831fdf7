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


class Interrupted(Exception):
    """Another service stopped answering half-way through several operations, each already recorded (in its
    own transaction): ``done`` holds them (the emails about them are due), ``error`` says why the rest was
    not done."""

    def __init__(self, done: list, error: Exception) -> None:
        super().__init__(str(error))
        self.done, self.error = done, error
