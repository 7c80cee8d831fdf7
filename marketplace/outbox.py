"""The outbox: every email is a row written in the same transaction as the change it reports, delivered
after the commit by a worker (worker.py), never by the request.

A message is claimed before it is sent (``sending``), so two workers never send the same one; it is
``sent`` once the mail server has taken it, or back to ``pending`` with a growing delay when the server
refused or did not answer, and ``failed`` after MAX_ATTEMPTS, when administrators see it and can try it again.
A worker that dies between sending and recording leaves the message ``sending``; after CLAIM_TIMEOUT it is
tried again, so delivery is at least once (the same Message-ID both times), never silently lost.
"""

from __future__ import annotations

import enum
import smtplib
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

from flask import current_app, g
from sqlalchemy import CheckConstraint, Index, Integer, LargeBinary, String, Text, or_, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from marketplace.core.paging import Page, page_of
from marketplace.db import Base, UTCDateTime, after_commit, sessionmaker_for, sql_values, unit_of_work, utcnow

MAX_ATTEMPTS = 8
BATCH = 50
#: A message claimed this long ago and still not recorded was being sent by a worker that died.
CLAIM_TIMEOUT = timedelta(minutes=10)
#: Set by worker.init_app: called after a commit that wrote messages (an RQ job when REDIS_URL is set).
EXTENSION = "marketplace.outbox.notify"


class Status(enum.StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


class OutboxMessage(Base):
    __tablename__ = "outbox_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[str] = mapped_column(String(200), unique=True)
    recipient: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(10))
    #: The whole message as it will be sent (headers and body), rendered in the recipient's language.
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(10), default=Status.PENDING.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (
        CheckConstraint(f"status IN ({sql_values(Status)})", name="status_known"),
        Index("ix_outbox_messages_due", "status", "next_attempt_at"),
    )

    def as_email(self) -> EmailMessage:
        return message_from_bytes(self.raw, policy=policy.default)


def add(session: Session, message: EmailMessage) -> OutboxMessage:
    """Keep ``message`` for delivery once the caller's transaction commits (and with it, not otherwise)."""
    row = OutboxMessage(
        message_id=message["Message-ID"], recipient=message["To"], subject=message["Subject"],
        language=message["Content-Language"] or "", raw=bytes(message),
    )  # fmt: skip
    session.add(row)
    session.flush()
    _ask_for_delivery()
    return row


def _ask_for_delivery() -> None:
    """Once per request, after its commit: tell the worker there is mail (it also looks every minute)."""
    notify = current_app.extensions.get(EXTENSION)
    if notify is None or g.get("outbox_notified"):
        return
    g.outbox_notified = True
    after_commit(notify)


@dataclass(frozen=True)
class Round:
    sent: int
    retried: int
    failed: int


def deliver_due(app, now: datetime | None = None, limit: int = BATCH) -> Round:
    """Send the messages that are due, each claimed first, no transaction open while the mail server talks."""
    factory = sessionmaker_for(app)
    now = now or utcnow()
    with unit_of_work(factory) as session:
        claimed = _claim(session, now, limit)
    sent = retried = failed = 0
    for message_id, raw, attempts in claimed:
        try:
            transmit(app.config, message_from_bytes(raw, policy=policy.default))
        except Exception as error:  # the server refused or did not answer: try again later, then give up
            app.logger.warning("email %s not delivered (attempt %s): %s", message_id, attempts, error)
            given_up = attempts >= MAX_ATTEMPTS
            with unit_of_work(factory) as session:
                _record(session, message_id, Status.FAILED if given_up else Status.PENDING, str(error)[:1000],
                        now + backoff(attempts))  # fmt: skip
            failed += given_up
            retried += not given_up
            continue
        with unit_of_work(factory) as session:
            _record(session, message_id, Status.SENT, "", None)
        sent += 1
    return Round(sent, retried, failed)


def transmit(config, message: EmailMessage) -> None:
    """Hand one message to the SMTP server, or write it to MAIL_OUTBOX_DIR as an .eml file without one."""
    if config.get("SMTP_HOST"):
        with smtplib.SMTP(config["SMTP_HOST"], config["SMTP_PORT"], timeout=config["SMTP_TIMEOUT"]) as smtp:
            if config.get("SMTP_STARTTLS"):
                smtp.starttls()
            if config.get("SMTP_USERNAME"):
                smtp.login(config["SMTP_USERNAME"], config["SMTP_PASSWORD"] or "")
            smtp.send_message(message)
        return
    folder = Path(config["MAIL_OUTBOX_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{datetime.now(UTC):%Y%m%dT%H%M%S%f}-{uuid.uuid4().hex[:8]}.eml"
    (folder / name).write_bytes(bytes(message))


def backoff(attempts: int) -> timedelta:
    """30 s, 1, 2, 4 … minutes, at most 6 hours between tries."""
    return timedelta(seconds=min(30 * 2 ** max(attempts - 1, 0), 6 * 3600))


def _claim(session: Session, now: datetime, limit: int) -> list[tuple[int, bytes, int]]:
    due = or_(
        (OutboxMessage.status == Status.PENDING.value) & (OutboxMessage.next_attempt_at <= now),
        (OutboxMessage.status == Status.SENDING.value) & (OutboxMessage.claimed_at <= now - CLAIM_TIMEOUT),
    )
    statement = select(OutboxMessage).where(due).order_by(OutboxMessage.id).limit(limit)
    if session.get_bind().dialect.name == "postgresql":
        statement = statement.with_for_update(skip_locked=True)  # other workers take the other messages
    rows = list(session.scalars(statement))
    for row in rows:
        row.status, row.claimed_at, row.attempts = Status.SENDING.value, now, row.attempts + 1
    session.flush()
    return [(row.id, row.raw, row.attempts) for row in rows]


def _record(session: Session, message_id: int, status: Status, error: str, retry_at: datetime | None) -> None:
    values: dict = {"status": status.value, "last_error": error}
    if status is Status.SENT:
        values["sent_at"] = utcnow()
    if retry_at is not None:
        values["next_attempt_at"] = retry_at
    session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == message_id, OutboxMessage.status == Status.SENDING.value)
        .values(**values)
    )


#: Messages per page of the administrators' list.
PAGE_SIZE = 50


def undelivered(session: Session, page: int = 1) -> Page[OutboxMessage]:
    """Failed messages first, then those still waiting, oldest first (the administrators' page)."""
    statement = (
        select(OutboxMessage)
        .where(OutboxMessage.status.in_((Status.FAILED.value, Status.PENDING.value, Status.SENDING.value)))
        .order_by((OutboxMessage.status != Status.FAILED.value), OutboxMessage.id)
    )
    return page_of(session, statement, page, PAGE_SIZE)


def retry(session: Session, message_id: int, now: datetime) -> bool:
    """An administrator tries a failed message again: due now, attempts counted afresh."""
    result = session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == message_id, OutboxMessage.status == Status.FAILED.value)
        .values(status=Status.PENDING.value, attempts=0, next_attempt_at=now, last_error="")
    )
    if result.rowcount == 1:
        _ask_for_delivery()
    return result.rowcount == 1
