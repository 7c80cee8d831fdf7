"""Stripe events about money after the sale: connected accounts, refunds made in Stripe, disputes.

Each handler reads the object's current state from Stripe (or, for accounts, the event's own snapshot,
which is the account as it was updated) and is safe to run twice.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from marketplace.finance import disputes, payouts, refunds
from marketplace.payments.gateway import StripeGateway

EVENTS = frozenset({"account.updated", "charge.refunded", "charge.dispute.created", "charge.dispute.closed"})


def handle(session: Session, gateway: StripeGateway, event: dict, now: datetime) -> str:
    kind = event["type"]
    obj = event["data"]["object"]
    if kind == "account.updated":
        artist = payouts.sync_account(session, StripeGateway.account_from_object(obj))
        return "account synced" if artist else "unknown account"
    if kind == "charge.refunded":
        made = refunds.reconcile_charge(session, gateway, obj["id"], now)
        return f"{len(made)} refunds recorded"
    if kind in ("charge.dispute.created", "charge.dispute.closed"):
        dispute = disputes.sync(session, gateway, obj["id"], now)
        return f"dispute {dispute.status}" if dispute else "unknown charge"
    return "ignored"
