"""Disputes: a buyer's bank contests the payment of an order. Never commits.

While a dispute is open the artists' money for the order is held (see ledger). When it closes, a dispute
won releases it; a dispute lost gives the disputed amount back out of the order's lines, artist's share and
commission alike, as a refund would. The dispute's state is always read from Stripe, so the created and
closed events may arrive in any order and more than once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from marketplace.core.paging import Page, page_of
from marketplace.downloads import services as downloads
from marketplace.finance import ledger
from marketplace.finance.models import Dispute, DisputeStatus
from marketplace.finance.workflow import DISPUTE
from marketplace.orders import workflow
from marketplace.orders.models import Order
from marketplace.payments.gateway import DisputeState
from marketplace.payments.methods import from_stripe_amount

CLOSED = {"won": DisputeStatus.WON, "lost": DisputeStatus.LOST, "warning_closed": DisputeStatus.WON}


@dataclass(frozen=True)
class Synced:
    dispute: Dispute
    #: What this call changed, for the artists' emails: "opened", "won", "lost", or None (nothing new).
    change: str | None


def sync(session: Session, remote: DisputeState, now: datetime) -> Synced | None:
    """Bring our record of a dispute in line with Stripe's (for both charge.dispute.* events); ``remote`` is
    Stripe's current state of it, asked before the transaction began."""
    order_id = session.scalar(select(Order.id).where(Order.charge_id == remote.charge_id))
    if order_id is None:
        return None
    order = workflow.lock_order(session, order_id)
    dispute = session.scalar(
        select(Dispute)
        .where(Dispute.stripe_dispute_id == remote.id)
        .execution_options(populate_existing=True)
    )
    if dispute is None:
        dispute = Dispute(
            order_id=order.id, stripe_dispute_id=remote.id, charge_id=remote.charge_id,
            currency=order.currency,
            amount_minor=from_stripe_amount(remote.amount, order.currency), reason=remote.reason or "",
            stripe_status=remote.status, opened_at=now,
        )  # fmt: skip
        session.add(dispute)
        DISPUTE.begin(
            session, dispute, DisputeStatus.OPEN, action="dispute_opened", actor_id=None, actor_role="system",
            note=f"{remote.id}: {remote.reason} {dispute.amount_minor} {order.currency}",
            about=("order", order.id),
        )  # fmt: skip
        change = "opened"
    else:
        change = None
    dispute.stripe_status = remote.status
    outcome = CLOSED.get(remote.status)
    if outcome is None or dispute.status != DisputeStatus.OPEN.value:
        return Synced(dispute, change)
    DISPUTE.move(
        session, dispute, outcome, action=f"dispute_{outcome.value}", actor_id=None, actor_role="system",
        note=remote.id, values={"closed_at": now}, about=("order", order.id),
    )  # fmt: skip
    if outcome is DisputeStatus.LOST:
        for line, share in ledger.allocate(order.lines, dispute.amount_minor):
            ledger.reverse(session, order, line, share, now, dispute_id=dispute.id)
            downloads.revoke_for_line(session, line, now)
    session.flush()
    return Synced(dispute, outcome.value)


def open_disputes(session: Session) -> list[Dispute]:
    return list(
        session.scalars(
            select(Dispute).where(Dispute.status == DisputeStatus.OPEN.value).order_by(Dispute.opened_at)
        )
    )


#: Disputes per page of the administrators' list.
PAGE_SIZE = 50


def all_disputes(session: Session, page: int = 1) -> Page[Dispute]:
    """A page of the disputes, newest first."""
    return page_of(session, select(Dispute).order_by(Dispute.id.desc()), page, PAGE_SIZE)
