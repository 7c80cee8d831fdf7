"""Exchange rates for approximate prices in a visitor's display currency."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from marketplace.db import Base, UTCDateTime, utcnow


class ExchangeRate(Base):
    """How many units of ``currency`` one US dollar buys on ``as_of``."""

    __tablename__ = "exchange_rates"

    id: Mapped[int] = mapped_column(primary_key=True)
    currency: Mapped[str] = mapped_column(String(3))
    per_usd: Mapped[Decimal] = mapped_column(Numeric(24, 10))
    as_of: Mapped[date] = mapped_column(Date)
    loaded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (
        UniqueConstraint("currency", "as_of"),
        CheckConstraint("per_usd > 0", name="rate_positive"),
    )
