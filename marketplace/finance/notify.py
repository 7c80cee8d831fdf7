"""Emails to artists about their money, each in the artist's language, written to the outbox with the change
they report: a payout made to them, a refund that takes back part of a sale, a dispute that holds it."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from marketplace.finance.models import Dispute, Payout, Refund
from marketplace.orders import notify as order_notify
from marketplace.orders.models import Order, OrderLine


def paid_out(session: Session, payout_ids: list[int]) -> None:
    """Tell each artist what was paid to them (amount, how, when, the reference)."""
    if not payout_ids:
        return
    rows = session.scalars(select(Payout).where(Payout.id.in_(payout_ids)).order_by(Payout.id)).all()
    by_artist = defaultdict(list)
    for payout in rows:
        by_artist[payout.artist].append(payout)
    for artist, payouts in by_artist.items():
        _to_artist(session, artist, "artist_paid_out", payouts=payouts)


def refunded(session: Session, refund_ids: list[int], reason: str) -> None:
    """Tell each artist whose lines were refunded which ones, by how much, and why."""
    if not refund_ids:
        return
    rows = session.execute(
        select(Refund, OrderLine)
        .join(OrderLine, OrderLine.id == Refund.order_line_id)
        .where(Refund.id.in_(refund_ids))
        .order_by(Refund.id)
    ).all()
    by_artist: dict = defaultdict(list)
    for refund, line in rows:
        by_artist[line.artist].append((line, refund.amount_minor))
    for artist, refunded_lines in by_artist.items():
        order = session.get(Order, refunded_lines[0][0].order_id)
        _to_artist(session, artist, "artist_refunded", order=order, refunded=refunded_lines, reason=reason)


def refunded_in_stripe(session: Session, refund_ids: list[int]) -> None:
    """Refunds made in Stripe's dashboard: the buyer hears of them as of any refund, and so do the artists."""
    refunds = session.scalars(select(Refund).where(Refund.id.in_(refund_ids))).all()
    number = session.get(Order, refunds[0].order_id).number
    total = sum(refund.amount_minor for refund in refunds)
    order_notify.refunded(session, number, total, "")
    refunded(session, refund_ids, "")


def disputed(session: Session, dispute_id: int, change: str) -> None:
    """Tell each artist of the order that a dispute opened (their money for it is held) or how it ended."""
    dispute = session.get(Dispute, dispute_id)
    order = session.get(Order, dispute.order_id)
    for artist in {line.artist for line in order.lines}:
        _to_artist(session, artist, "artist_dispute", order=order, dispute=dispute, change=change)


def _to_artist(session: Session, artist, template: str, /, **context) -> None:
    order_notify.to_artist(session, artist, template, "earnings.index", **context)
