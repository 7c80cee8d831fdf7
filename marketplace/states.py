"""State machines: each one explicit table of allowed transitions, and every move written to the audit
trail in the same transaction.

A domain declares its machines in its ``workflow.py``; every status change of those models goes through
``StateMachine.move`` (or ``begin`` for a new item's first status), never by assigning the column.
``conditional=True`` makes the move an UPDATE ... WHERE status = <the status read>: of two people deciding
at once, exactly one changes the row and the other gets ``Conflict``.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from flask_babel import lazy_gettext as _l
from sqlalchemy import update
from sqlalchemy.orm import Session

from marketplace import audit
from marketplace.errors import Refused

NOT_POSSIBLE = _l("This decision is not possible for this item in its current state. Nothing was changed.")
ALREADY_DECIDED = _l("Another curator has just decided on this item. Here is its current state.")


class TransitionRefused(Refused):
    """The machine's table has no such transition."""

    def __init__(self, message, current: enum.Enum | None, target: enum.Enum) -> None:
        super().__init__(message)
        self.current, self.target = current, target


class Conflict(Refused):
    """Someone else changed the status first (a conditional move found another status)."""


@dataclass(frozen=True)
class StateMachine:
    """``subject``: the audit trail's name for the items; ``column``: the attribute holding the status."""

    subject: str
    statuses: type[enum.StrEnum]
    column: str
    transitions: Mapping[enum.StrEnum, frozenset]
    #: (current, target) -> the message shown when the table refuses; a general one by default.
    refusal: Callable[[enum.StrEnum, enum.StrEnum], object] | None = None

    def status_of(self, item) -> enum.StrEnum:
        return self.statuses(getattr(item, self.column))

    def allows(self, item, target: enum.StrEnum) -> bool:
        return target in self.transitions[self.status_of(item)]

    def begin(self, session: Session, item, status: enum.StrEnum, *, action: str, actor_id: int | None,
              actor_role: str, note: str = "", about: tuple[str, int] | None = None) -> None:  # fmt: skip
        """A new item's first status, recorded from nothing (the item is flushed for its id)."""
        setattr(item, self.column, status.value)
        session.flush()
        self._record(session, item, None, status, action, actor_id, actor_role, note, about)

    def move(self, session: Session, item, target: enum.StrEnum, *, actor_id: int | None, actor_role: str,
             action: str | None = None, note: str = "", values: Mapping | None = None,
             conditional: bool = False, about: tuple[str, int] | None = None) -> None:  # fmt: skip
        """Change ``item``'s status to ``target`` if the table allows it (TransitionRefused otherwise), with
        ``values`` set in the same change, and write the audit row (about ``about``, else the item; its
        action ``to_<target>`` unless named)."""
        current = self.status_of(item)
        if target not in self.transitions[current]:
            message = self.refusal(current, target) if self.refusal else NOT_POSSIBLE
            raise TransitionRefused(message, current, target)
        changes = {self.column: target.value, **(values or {})}
        if conditional:
            self._conditional(session, item, current.value, changes)
        else:
            for name, value in changes.items():
                setattr(item, name, value)
        action = action or f"to_{target.value}"
        self._record(session, item, current, target, action, actor_id, actor_role, note, about)

    def _conditional(self, session: Session, item, expected: str, changes: dict) -> None:
        model = type(item)
        result = session.execute(
            update(model)
            .where(model.id == item.id, getattr(model, self.column) == expected)
            .values(**changes),
            execution_options={"synchronize_session": False},
        )
        if result.rowcount != 1:
            raise Conflict(ALREADY_DECIDED)
        session.expire(item)  # read again: the UPDATE went around the session

    def _record(self, session, item, current, target, action, actor_id, actor_role, note, about) -> None:
        subject_type, subject_id = about or (self.subject, item.id)
        audit.record(
            session, subject_type, subject_id, action=action, actor_id=actor_id, actor_role=actor_role,
            from_status=current.value if current is not None else None, to_status=target.value, note=note,
        )  # fmt: skip
