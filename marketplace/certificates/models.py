"""Certificates of authenticity: one per sold unit, signed with the platform's Ed25519 key."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from marketplace.db import Base, UTCDateTime, utcnow


class Certificate(Base):
    __tablename__ = "certificates"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    order_line_id: Mapped[int] = mapped_column(ForeignKey("order_lines.id"), index=True)
    work_id: Mapped[int] = mapped_column(ForeignKey("works.id"), index=True)
    artist_id: Mapped[int] = mapped_column(ForeignKey("artist_profiles.id"))
    unit: Mapped[int] = mapped_column(Integer)  # 1..quantity within the line
    edition_number: Mapped[int | None] = mapped_column(Integer)
    # The signed statement (canonical JSON) and its Ed25519 signature, both as issued: never rewritten.
    payload: Mapped[str] = mapped_column(Text)
    signature: Mapped[str] = mapped_column(String(200))
    key_id: Mapped[str] = mapped_column(String(64))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Set when the unit is refunded and returned: the certificate then no longer stands for a sale.
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_reason: Mapped[str] = mapped_column(String(200), default="")
