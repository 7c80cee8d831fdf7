"""Stripe events about money after the sale: connected accounts, refunds made in Stripe, disputes.

Each handler reads the object's current state from Stripe (or, for accounts, the event's own snapshot,
which is the account as it was updated) and is safe to run twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from marketplace.finance import disputes, payouts, refunds
from marketplace.orders.models import Order
from marketplace.payments.gateway import StripeGateway

EVENTS = frozenset({"account.updated", "charge.refunded", "charge.dispute.created", "charge.dispute.closed"})


@dataclass(frozen=True)
class Handled:
    summary: str
    #: A refund made in Stripe's dashboard: the order's number and the amount, for the buyer's email.
    refunded: tuple[str, int] | None = None
    #: ... and the refunds recorded for it, one per line, for the artists' emails.
    refund_ids: tuple[int, ...] = ()
    #: A dispute and what this event changed about it ("opened", "won", "lost" or None).
    dispute: tuple[int, str | None] | None = None


def handle(session: Session, gateway: StripeGateway, event: dict, now: datetime) -> Handled:
    kind = event["type"]
    obj = event["data"]["object"]
    if kind == "account.updated":
        artist = payouts.sync_account(session, StripeGateway.account_from_object(obj))
        return Handled("account synced" if artist else "unknown account")
    if kind == "charge.refunded":
        made = refunds.reconcile_charge(session, gateway, obj["id"], now)
        if not made:
            return Handled("0 refunds recorded")
        number = session.get(Order, made[0].order_id).number
        total = sum(r.amount_minor for r in made)
        return Handled(f"{len(made)} refunds recorded", (number, total), tuple(r.id for r in made))
    if kind in ("charge.dispute.created", "charge.dispute.closed"):
        synced = disputes.sync(session, gateway, obj["id"], now)
        if synced is None:
            return Handled("unknown charge")
        return Handled(f"dispute {synced.dispute.status}", dispute=(synced.dispute.id, synced.change))
    return Handled("ignored")
