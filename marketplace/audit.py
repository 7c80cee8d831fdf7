"""The audit trail: one append-only row per decision or status change, written in the same transaction.

The database itself refuses UPDATE and DELETE on the table (triggers on SQLite and PostgreSQL, created by
the migration), so not even a bug or a console session can rewrite history.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from marketplace.db import Base, UTCDateTime, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    subject_type: Mapped[str] = mapped_column(String(20))
    subject_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(40))
    from_status: Mapped[str | None] = mapped_column(String(30))
    to_status: Mapped[str | None] = mapped_column(String(30))
    note: Mapped[str] = mapped_column(Text, default="")
    # No cascade: history outlives the people in it.
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    actor_role: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (Index("ix_audit_entries_subject", "subject_type", "subject_id"),)


def record(
    session: Session,
    subject_type: str,
    subject_id: int,
    *,
    action: str,
    actor_id: int | None,
    actor_role: str,
    from_status: str | None = None,
    to_status: str | None = None,
    note: str = "",
) -> AuditEntry:
    """One row about ``subject_type`` ``subject_id``; a status change goes through its state machine
    (states.StateMachine.move), which calls this."""
    entry = AuditEntry(
        subject_type=subject_type, subject_id=subject_id, action=action, from_status=from_status,
        to_status=to_status, note=note, actor_id=actor_id, actor_role=actor_role,
    )  # fmt: skip
    session.add(entry)
    session.flush()
    return entry


def history(session: Session, subject_type: str, subject_id: int) -> list[AuditEntry]:
    return list(
        session.scalars(
            select(AuditEntry)
            .where(AuditEntry.subject_type == subject_type, AuditEntry.subject_id == subject_id)
            .order_by(AuditEntry.created_at, AuditEntry.id)
        ).all()
    )


def latest_note(
    session: Session, subject_type: str, subject_id: int, actions: tuple[str, ...]
) -> AuditEntry | None:
    return session.scalar(
        select(AuditEntry)
        .where(
            AuditEntry.subject_type == subject_type,
            AuditEntry.subject_id == subject_id,
            AuditEntry.action.in_(actions),
        )
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )
