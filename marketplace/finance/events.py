"""Stripe events about money after the sale: connected accounts, refunds made in Stripe, disputes.

Each handler reads the object's current state from Stripe (or, for accounts, the event's own snapshot,
which is the account as it was updated) and is safe to run twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from marketplace.finance import disputes, payouts, refunds
from marketplace.payments.gateway import StripeGateway

EVENTS = frozenset({"account.updated", "charge.refunded", "charge.dispute.created", "charge.dispute.closed"})


@dataclass(frozen=True)
class Handled:
    summary: str
    #: Refunds made in Stripe's dashboard and recorded now (one per line), for the emails.
    refund_ids: tuple[int, ...] = ()
    #: A dispute this event opened or decided, and how ("opened", "won", "lost"), for the emails.
    dispute: tuple[int, str] | None = None


def prefetch(gateway: StripeGateway, event: dict):
    """Stripe's current state of the event's charge or dispute, asked before any transaction begins (no lock
    is held while Stripe answers); an account is the event's own snapshot."""
    kind, obj = event["type"], event["data"]["object"]
    if kind == "account.updated":
        return StripeGateway.account_from_object(obj)
    if kind == "charge.refunded":
        return gateway.retrieve_charge(obj["id"])
    if kind in ("charge.dispute.created", "charge.dispute.closed"):
        return gateway.retrieve_dispute(obj["id"])
    return None


def handle(session: Session, event: dict, remote, now: datetime) -> Handled:
    """Apply the event, ``remote`` being what ``prefetch`` read of it."""
    kind = event["type"]
    if kind == "account.updated":
        artist = payouts.sync_account(session, remote)
        return Handled("account synced" if artist else "unknown account")
    if kind == "charge.refunded":
        made = refunds.reconcile_charge(session, remote, now)
        return Handled(f"{len(made)} refunds recorded", tuple(r.id for r in made))
    if kind in ("charge.dispute.created", "charge.dispute.closed"):
        synced = disputes.sync(session, remote, now)
        if synced is None:
            return Handled("unknown charge")
        change = (synced.dispute.id, synced.change) if synced.change else None
        return Handled(f"dispute {synced.dispute.status}", dispute=change)
    return Handled("ignored")
