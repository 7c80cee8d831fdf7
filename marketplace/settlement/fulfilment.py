"""The one fulfilment function: payment events and the buyer's return page both end here.

It acts on the checkout session's current state as Stripe reports it, never on what an event or a URL
says, so duplicates, concurrent deliveries and any order of arrival lead to the same end state. The order
row is locked (SELECT ... FOR UPDATE on PostgreSQL; SQLite's write transaction already serializes) and
every step checks the order's status first. Never commits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from marketplace import audit
from marketplace.catalog.models import EditionType, Work
from marketplace.certificates import services as certificates
from marketplace.certificates.signing import Signer
from marketplace.downloads import services as downloads
from marketplace.finance import commission, ledger
from marketplace.finance.models import Refund
from marketplace.orders import checkout, workflow
from marketplace.orders.models import Order, OrderStatus
from marketplace.payments import methods
from marketplace.payments.gateway import CheckoutSession

S = OrderStatus


@dataclass
class Outcome:
    """What happened, for the emails sent after commit."""

    order_number: str | None = None
    paid: bool = False
    expired: bool = False
    refunded_no_stock: bool = False
    notes: list[str] = field(default_factory=list)


def settle(
    session: Session, remote: CheckoutSession, now: datetime, signer: Signer
) -> Outcome:
    """Bring the order of the payment session ``remote`` in line with its real state, which the caller
    asked Stripe for before any transaction began (no lock is held while Stripe answers)."""
    order = session.scalar(
        select(Order)
        .where(Order.stripe_session_id == remote.id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    outcome = Outcome()
    if order is None:
        outcome.notes.append("unknown session")
        return outcome
    outcome.order_number = order.number
    if remote.payment_status == "paid":
        _paid(session, order, remote, now, signer, outcome)
    elif remote.status == "expired" and order.status == S.PENDING_PAYMENT.value:
        checkout.release(session, order)
        workflow.ORDER.move(
            session, order, S.EXPIRED, actor_id=None, actor_role="system", note="payment session expired"
        )
        outcome.expired = True
    return outcome


def _paid(
    session, order: Order, remote: CheckoutSession, now: datetime, signer: Signer, outcome: Outcome
) -> None:
    if order.status not in (S.PENDING_PAYMENT.value, S.EXPIRED.value, S.CANCELLED.value):
        return  # already settled: a duplicate or late event
    expected = methods.to_stripe_amount(order.total_minor, order.currency)
    if remote.amount_total != expected or remote.currency != order.currency:
        # Never mark paid on a mismatch; keep the trace for an administrator.
        audit.record(
            session, "order", order.id, action="amount_mismatch", actor_id=None, actor_role="system",
            from_status=order.status, to_status=order.status,
            note=f"received {remote.amount_total} {remote.currency}, expected {expected} {order.currency}",
        )  # fmt: skip
        outcome.notes.append("amount mismatch")
        return
    order.payment_intent_id = remote.payment_intent_id
    order.charge_id = remote.charge_id
    if order.status != S.PENDING_PAYMENT.value:
        # The hold was released before the money arrived: take the stock again if it is still there.
        try:
            with session.begin_nested():  # all lines or none
                for line in sorted(order.work_lines, key=lambda line: line.work_id):
                    checkout.hold(session, line.work_id, line.quantity)
        except checkout.CheckoutError:
            _refund_no_stock(session, order, outcome, now)
            return
    _assign_editions(session, order)
    order.paid_at = now
    # The artists' shares and the commission, and a certificate for every unit, in the same transaction.
    ledger.record_sale(session, order, commission.current_rates(session), now)
    certificates.issue_for_order(session, order, now, signer)
    workflow.ORDER.move(
        session, order, S.PAID, actor_id=None, actor_role="system", note=f"payment {remote.payment_intent_id}"
    )
    # Digital works: personal download links, and their part counts as sent once the links exist.
    downloads.grant_for_order(session, order, now)
    outcome.paid = True


NO_STOCK = "paid after the hold ended; stock gone"


def _refund_no_stock(session, order: Order, outcome: Outcome, now: datetime) -> None:
    """The whole payment goes back: recorded now as a refund Stripe has still to make, which the sweep
    asks of it after the commit (``make_pending_refunds``), never while this transaction holds the order."""
    session.add(
        Refund(
            order_id=order.id, order_line_id=None, currency=order.currency, amount_minor=order.total_minor,
            reason=NO_STOCK, origin="marketplace", stripe_refund_id=None, actor_role="system",
            created_at=now,
        )
    )  # fmt: skip
    order.amount_refunded_minor = order.total_minor
    workflow.ORDER.move(
        session,
        order,
        S.REFUNDED,
        actor_id=None,
        actor_role="system",
        note=NO_STOCK,
    )
    outcome.refunded_no_stock = True


def _assign_editions(session: Session, order: Order) -> None:
    """Limited editions: each sold copy gets the next number (3/20), in one atomic update per work."""
    for line in order.work_lines:
        work = session.get(Work, line.work_id)
        if work.edition_type != EditionType.LIMITED.value:
            continue
        session.execute(
            update(Work)
            .where(Work.id == work.id)
            .values(editions_sold=Work.editions_sold + line.quantity)
            .execution_options(synchronize_session=False)
        )
        session.refresh(work, ["editions_sold"])
        last = work.editions_sold
        line.edition_numbers = list(range(last - line.quantity + 1, last + 1))
