"""The platform's commission: a rate for every category, optionally another for some categories.

Rates are basis points (1500 = 15 %). The commission of a line is rounded down to the currency's minor
unit, so any fraction goes to the artist: 15 % of XOF 3 333 is XOF 499, the artist keeps XOF 2 834.
The rate and the amount are fixed on the line when it is paid; changing a rate never rewrites a sale.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from marketplace import audit
from marketplace.finance.models import CommissionRate

#: Used until an administrator sets the platform rate.
DEFAULT_RATE_BP = 1500
MAX_RATE_BP = 10_000


class CommissionError(ValueError):
    pass


@dataclass(frozen=True)
class Rates:
    platform_bp: int
    by_category: dict[str, int]

    def for_category(self, category: str) -> int:
        return self.by_category.get(category, self.platform_bp)


def commission_of(amount_minor: int, rate_bp: int) -> int:
    """The platform's share of ``amount_minor`` at ``rate_bp``, rounded down to a whole minor unit."""
    if not isinstance(amount_minor, int) or amount_minor < 0:
        raise CommissionError("amounts are non-negative integers of minor units")
    if not 0 <= rate_bp <= MAX_RATE_BP:
        raise CommissionError("a rate is between 0 and 10000 basis points")
    return amount_minor * rate_bp // MAX_RATE_BP


def current_rates(session: Session) -> Rates:
    """The rates in force: the newest setting for the platform and for each category."""
    platform = DEFAULT_RATE_BP
    categories: dict[str, int] = {}
    seen: set[str | None] = set()
    for row in session.scalars(select(CommissionRate).order_by(CommissionRate.id.desc())):
        if row.category in seen:
            continue
        seen.add(row.category)
        if row.category is None:
            platform = row.rate_bp
        elif row.rate_bp is not None:
            categories[row.category] = row.rate_bp
    return Rates(platform, categories)


def set_rate(
    session: Session, category: str | None, rate_bp: int | None, actor_id: int | None, now: datetime
) -> CommissionRate:
    """A new setting; ``rate_bp`` None for a category returns it to the platform rate."""
    if rate_bp is None and category is None:
        raise CommissionError("the platform rate cannot be removed")
    if rate_bp is not None and not 0 <= rate_bp <= MAX_RATE_BP:
        raise CommissionError("a rate is between 0 and 10000 basis points")
    row = CommissionRate(category=category, rate_bp=rate_bp, set_by_id=actor_id, created_at=now)
    session.add(row)
    session.flush()
    audit.record(
        session, "commission", 0, action="set", actor_id=actor_id, actor_role="admin",
        note=f"{category or 'platform'}: {rate_bp}",
    )  # fmt: skip
    return row


def history(session: Session, limit: int = 50) -> list[CommissionRate]:
    return list(session.scalars(select(CommissionRate).order_by(CommissionRate.id.desc()).limit(limit)))
