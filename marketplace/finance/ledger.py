"""The ledger: what the platform owes each artist, line by line, and the state of that money.

A paid line writes two entries: the artist's share and the platform's commission. Refunds and lost
disputes write the reverse of both, split so that the commission given back is the commission of what is
left (rounded down as when it was taken, so a line refunded in full gives back exactly its commission).
Payouts are negative entries of the artist. For every order, the non-payout entries add up to what the
buyer paid less what went back to the buyer. Never commits.

An artist's money for a line is **pending** until the buyer has it (delivery confirmed) or a set number of
days after it was shipped, **held** while the order is disputed, then **available** to be paid out.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from marketplace.db import total_minor
from marketplace.finance.commission import Rates, commission_of
from marketplace.finance.models import Dispute, DisputeStatus, EntryKind, LedgerEntry
from marketplace.orders.models import Order, OrderLine, Shipment

K = EntryKind


@dataclass
class Balance:
    currency: str
    pending: int = 0
    held: int = 0
    available: int = 0
    paid_out: int = 0

    @property
    def total(self) -> int:
        return self.pending + self.held + self.available


@dataclass(frozen=True)
class Line:
    """One ledger entry as an artist reads it: with the state of its money now."""

    entry: LedgerEntry
    state: str  # pending | held | available | paid


def record_sale(session: Session, order: Order, rates: Rates, now: datetime) -> None:
    """The artist's share and the platform's commission of each paid line (once per line)."""
    for line in order.lines:
        if line.commission_bp is not None:
            continue  # already recorded: a duplicate settlement
        # Delivery charges go to the artist in full: the commission is on works only.
        rate = 0 if line.is_shipping else rates.for_category(line.work.category)
        line.commission_bp = rate
        line.commission_minor = commission_of(line.total_minor, rate)
        _add(session, line.artist_id, K.SALE, order, line, line.total_minor - line.commission_minor, now)
        _add(session, None, K.COMMISSION, order, line, line.commission_minor, now)
    session.flush()


def reverse(
    session: Session,
    order: Order,
    line: OrderLine,
    amount_minor: int,
    now: datetime,
    *,
    refund_id: int | None = None,
    dispute_id: int | None = None,
) -> tuple[int, int]:
    """Give back ``amount_minor`` of a line (refund, lost dispute); returns the (artist, platform) parts."""
    if not 0 < amount_minor <= line.refundable_minor:
        raise ValueError(f"{amount_minor} is not between 1 and {line.refundable_minor}")
    returned = line.refunded_minor + amount_minor
    commission_back = line.commission_minor * returned // line.total_minor - line.commission_refunded_minor
    artist_back = amount_minor - commission_back
    line.refunded_minor = returned
    line.commission_refunded_minor += commission_back
    kinds = (K.DISPUTE, K.COMMISSION_DISPUTE) if dispute_id else (K.REFUND, K.COMMISSION_REFUND)
    links = {"refund_id": refund_id, "dispute_id": dispute_id}
    _add(session, line.artist_id, kinds[0], order, line, -artist_back, now, **links)
    _add(session, None, kinds[1], order, line, -commission_back, now, **links)
    session.flush()
    return artist_back, commission_back


def allocate(lines: list[OrderLine], amount_minor: int) -> list[tuple[OrderLine, int]]:
    """Split an order-level amount across lines in proportion to what is left of each (largest remainder)."""
    open_lines = [line for line in sorted(lines, key=lambda item: item.id) if line.refundable_minor > 0]
    left = sum(line.refundable_minor for line in open_lines)
    amount_minor = min(amount_minor, left)
    if amount_minor <= 0:
        return []
    shares = [(line, amount_minor * line.refundable_minor // left) for line in open_lines]
    remainder = amount_minor - sum(share for _, share in shares)
    ranked = sorted(
        range(len(shares)), key=lambda i: (-(amount_minor * open_lines[i].refundable_minor % left), i)
    )
    result = [list(item) for item in shares]
    for index in ranked:
        if remainder == 0:
            break
        line, share = result[index]
        if share < line.refundable_minor:
            result[index][1] += 1
            remainder -= 1
    return [(line, share) for line, share in result if share > 0]


def record_payout(
    session: Session, artist_id: int, currency: str, amount_minor: int, payout_id: int, now: datetime,
    order_id: int | None = None,
) -> LedgerEntry:  # fmt: skip
    """Money paid to the artist (negative), or, with a negative amount, money taken back by a reversal."""
    entry = LedgerEntry(
        artist_id=artist_id, kind=K.PAYOUT.value, currency=currency, amount_minor=-amount_minor,
        order_id=order_id, payout_id=payout_id, created_at=now,
    )  # fmt: skip
    session.add(entry)
    session.flush()
    return entry


def reversed_of(session: Session, payout_id: int) -> int:
    """How much of a transfer was taken back by reversals (its positive entries)."""
    return session.scalar(
        select(total_minor(LedgerEntry.amount_minor)).where(
            LedgerEntry.payout_id == payout_id, LedgerEntry.amount_minor > 0
        )
    )


def artist_lines(session: Session, artist_id: int, now: datetime, release_days: int) -> list[Line]:
    """Every entry of the artist, oldest first, with the state of its money now."""
    return lines_by_artist(session, [artist_id], now, release_days).get(artist_id, [])


def lines_by_artist(
    session: Session, artist_ids: list[int], now: datetime, release_days: int
) -> dict[int, list[Line]]:
    """``artist_lines`` of several artists at once, in four queries however many they are."""
    entries = list(
        session.scalars(
            select(LedgerEntry).where(LedgerEntry.artist_id.in_(artist_ids)).order_by(LedgerEntry.id)
        )
    )
    order_ids = {e.order_id for e in entries if e.order_id is not None}
    line_ids = {e.order_line_id for e in entries if e.order_line_id is not None}
    shipments = {
        (s.order_id, s.artist_id): s
        for s in session.scalars(
            select(Shipment).where(Shipment.order_id.in_(order_ids), Shipment.artist_id.in_(artist_ids))
        )
    }
    disputed = set(
        session.scalars(
            select(Dispute.order_id).where(
                Dispute.order_id.in_(order_ids), Dispute.status == DisputeStatus.OPEN.value
            )
        )
    )
    lines = {line.id: line for line in session.scalars(select(OrderLine).where(OrderLine.id.in_(line_ids)))}
    cutoff = now - timedelta(days=release_days)

    def state(entry: LedgerEntry) -> str:
        if entry.kind == K.PAYOUT.value:
            return "paid"
        if entry.order_id in disputed:
            return "held"
        line = lines.get(entry.order_line_id)
        if line is not None and line.refundable_minor == 0:
            return "available"  # given back in full: its entries add up to nothing
        shipment = shipments.get((entry.order_id, entry.artist_id))
        if shipment and (shipment.delivered_at or (shipment.shipped_at and shipment.shipped_at <= cutoff)):
            return "available"
        return "pending"

    result: dict[int, list[Line]] = defaultdict(list)
    for entry in entries:
        result[entry.artist_id].append(Line(entry, state(entry)))
    return dict(result)


def balances(session: Session, artist_id: int, now: datetime, release_days: int) -> dict[str, Balance]:
    """The artist's money per currency: pending, held (disputed), available, and paid out so far."""
    return summarise(artist_lines(session, artist_id, now, release_days))


def summarise(lines: list[Line]) -> dict[str, Balance]:
    result: dict[str, Balance] = {}
    for line in lines:
        entry = line.entry
        balance = result.setdefault(entry.currency, Balance(entry.currency))
        if line.state == "paid":
            balance.available += entry.amount_minor
            balance.paid_out -= entry.amount_minor
        else:
            setattr(balance, line.state, getattr(balance, line.state) + entry.amount_minor)
    return dict(sorted(result.items()))


def available_by_order(lines: list[Line], currency: str) -> dict[int, int]:
    """What is available per order (its released entries less what was already paid for it)."""
    result: dict[int, int] = defaultdict(int)
    for line in lines:
        entry = line.entry
        if entry.currency == currency and entry.order_id is not None and line.state in ("available", "paid"):
            result[entry.order_id] += entry.amount_minor
    return dict(result)


def order_net(session: Session, order_id: int) -> int:
    """The order's sales, commissions, refunds and dispute losses added up (payouts excluded)."""
    return session.scalar(
        select(total_minor(LedgerEntry.amount_minor)).where(
            LedgerEntry.order_id == order_id, LedgerEntry.kind != K.PAYOUT.value
        )
    )


def platform_balances(session: Session) -> dict[str, int]:
    """The platform's commission per currency, net of what was given back."""
    rows = session.execute(
        select(LedgerEntry.currency, total_minor(LedgerEntry.amount_minor))
        .where(LedgerEntry.artist_id.is_(None))
        .group_by(LedgerEntry.currency)
        .order_by(LedgerEntry.currency)
    )
    return {currency: int(total) for currency, total in rows}


def _add(session, artist_id, kind, order, line, amount, now, refund_id=None, dispute_id=None) -> None:
    if amount == 0:
        return
    session.add(
        LedgerEntry(
            artist_id=artist_id, kind=kind.value, currency=order.currency, amount_minor=amount,
            order_id=order.id, order_line_id=line.id, refund_id=refund_id, dispute_id=dispute_id,
            created_at=now,
        )
    )  # fmt: skip
