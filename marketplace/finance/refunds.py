"""Refunds: by an administrator at any time after payment, or by the artist before they ship. Never commits.

A refund is for one line of an order, in full or in part, and goes through Stripe (idempotency key made of
the line and what was refunded before, so a retry replays rather than refunds twice). A line cancelled
before it was shipped returns its units to stock and its certificates are revoked. Where the artist was
already paid for the order by a Stripe transfer, the artist's part of the refund is taken back with a
transfer reversal (see docs/architecture.md: with separate charges and transfers, Stripe's refund
``reverse_transfer`` flag does not apply). Refunds made in Stripe's dashboard reach us as charge.refunded
and are recorded by ``reconcile_charge``, which compares Stripe's refunded total with ours, so a repeated
or late event changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flask_babel import lazy_gettext as _l
from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from marketplace import audit
from marketplace.catalog.models import Work
from marketplace.certificates import services as certificates
from marketplace.downloads import services as downloads
from marketplace.errors import Refused
from marketplace.finance import ledger, payouts
from marketplace.finance.models import Dispute, DisputeStatus, Refund
from marketplace.orders import workflow
from marketplace.orders.models import Order, OrderLine, OrderStatus
from marketplace.payments.gateway import StripeGateway
from marketplace.payments.methods import from_stripe_amount, to_stripe_amount

S = OrderStatus
REFUNDABLE = (S.PAID.value, S.SHIPPED.value, S.DELIVERED.value, S.PARTIALLY_REFUNDED.value)


class RefundError(Refused):
    pass


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    role: str  # admin | artist | system
    artist_id: int | None = None


def is_shipped(order: Order, artist_id: int) -> bool:
    return any(s.artist_id == artist_id and s.shipped_at for s in order.shipments)


def refund_line(
    session: Session,
    gateway: StripeGateway,
    order_id: int,
    line_id: int,
    amount_minor: int | None,
    restock: bool,
    reason: str,
    actor: Actor,
    now: datetime,
) -> Refund:
    """Refund ``amount_minor`` (None: all that is left) of one line; ``restock`` cancels the line."""
    order = workflow.lock_order(session, order_id)
    line = next((item for item in order.lines if item.id == line_id), None) if order else None
    if line is None:
        raise RefundError(_l("There is no such line in this order."))
    if actor.role == "artist" and line.artist_id != actor.artist_id:
        raise RefundError(_l("There is no such line in this order."))
    if order.status not in REFUNDABLE:
        raise RefundError(_l("This order cannot be refunded now."))
    if session.scalar(
        select(Dispute.id).where(Dispute.order_id == order.id, Dispute.status == DisputeStatus.OPEN.value)
    ):
        raise RefundError(_l("This order is disputed: it cannot be refunded until the dispute is closed."))
    shipped = is_shipped(order, line.artist_id)
    if actor.role == "artist" and shipped:
        raise RefundError(_l("After shipping, only the marketplace can refund; write to us."))
    if restock and shipped:
        raise RefundError(_l("A shipped work cannot be returned to stock from here."))
    restock = restock and not line.is_shipping
    if not reason.strip():
        raise RefundError(_l("Give the reason for the refund."))
    if line.refundable_minor <= 0:
        raise RefundError(_l("This line has already been refunded in full."))
    amount = line.refundable_minor if amount_minor is None or restock else amount_minor
    if not 0 < amount <= line.refundable_minor:
        raise RefundError(_l("The amount must be more than zero and at most what is left to refund."))
    try:
        stripe_amount = to_stripe_amount(amount, order.currency)
    except ValueError as error:
        raise RefundError(_l("Stripe cannot refund this amount in this currency.")) from error
    key = f"refund-{order.number}-line-{line.id}-after-{line.refunded_minor}"
    refund_id = gateway.refund(
        order.payment_intent_id, stripe_amount, key=key,
        metadata={"order_number": order.number, "line": str(line.id)},
    )  # fmt: skip
    refund = Refund(
        order_id=order.id, order_line_id=line.id, currency=order.currency, amount_minor=amount,
        reason=reason.strip(), origin="marketplace", stripe_refund_id=refund_id, actor_id=actor.user_id,
        actor_role=actor.role, created_at=now,
    )  # fmt: skip
    session.add(refund)
    session.flush()
    artist_back, _ = ledger.reverse(session, order, line, amount, now, refund_id=refund.id)
    downloads.revoke_for_line(session, line, now)  # a digital line refunded in full loses its links
    _take_back_transfer(session, gateway, order, line, artist_back, key, now)
    if restock:
        units = line.quantity - line.restocked
        session.execute(
            update(Work)
            .where(Work.id == line.work_id)
            .values(stock=Work.stock + units)
            .execution_options(synchronize_session=False)
        )
        line.restocked += units
        refund.restocked = units
        certificates.revoke_for_line(session, line, units, now, reason.strip())
    _account(session, order, amount, actor, f"line {line.id}: {amount} {order.currency}: {reason.strip()}")
    return refund


def refund_order(
    session: Session, gateway: StripeGateway, order_id: int, reason: str, actor: Actor, now: datetime
) -> list[Refund]:
    """Refund everything that is left; lines not shipped yet go back to stock."""
    order = workflow.lock_order(session, order_id)
    if order is None:
        raise RefundError(_l("There is no such order."))
    done = []
    for line in list(order.lines):
        if line.refundable_minor > 0:
            restock = not line.is_shipping and not is_shipped(order, line.artist_id)
            done.append(refund_line(session, gateway, order.id, line.id, None, restock, reason, actor, now))
    if not done:
        raise RefundError(_l("This order has already been refunded in full."))
    return done


def reconcile_charge(session: Session, gateway: StripeGateway, charge_id: str, now: datetime) -> list[Refund]:
    """charge.refunded: record what Stripe refunded beyond what we know of (a refund made in Stripe)."""
    charge = gateway.retrieve_charge(charge_id)
    order_id = session.scalar(
        select(Order.id).where(
            or_(Order.charge_id == charge.id, Order.payment_intent_id == charge.payment_intent_id)
        )
    )
    order = workflow.lock_order(session, order_id) if order_id else None
    if order is None or order.status not in REFUNDABLE:
        return []
    refunded = from_stripe_amount(charge.amount_refunded, order.currency)
    missing = refunded - order.amount_refunded_minor
    if missing <= 0:
        return []
    made = []
    for line, share in ledger.allocate(order.lines, missing):
        refund = Refund(
            order_id=order.id, order_line_id=line.id, currency=order.currency, amount_minor=share,
            reason="refunded in Stripe", origin="stripe", actor_role="system", created_at=now,
        )  # fmt: skip
        session.add(refund)
        session.flush()
        ledger.reverse(session, order, line, share, now, refund_id=refund.id)
        downloads.revoke_for_line(session, line, now)  # only a digital line refunded in full loses links
        made.append(refund)
    note = f"refunded in Stripe: {missing} {order.currency}"
    _account(session, order, missing, Actor(None, "system"), note)
    return made


def refunds_for(session: Session, order_id: int) -> list[Refund]:
    return list(session.scalars(select(Refund).where(Refund.order_id == order_id).order_by(Refund.id)))


def _account(session: Session, order: Order, amount: int, actor: Actor, note: str) -> None:
    order.amount_refunded_minor += amount
    target = S.REFUNDED if order.amount_refunded_minor >= order.total_minor else S.PARTIALLY_REFUNDED
    if order.status != target.value:
        workflow.ORDER.move(session, order, target, actor_id=actor.user_id, actor_role=actor.role, note=note)
    else:
        audit.record(
            session, "order", order.id, action="refund", actor_id=actor.user_id, actor_role=actor.role,
            from_status=order.status, to_status=order.status, note=note,
        )  # fmt: skip


def _take_back_transfer(session, gateway, order: Order, line: OrderLine, artist_back: int, key: str, now):
    """The artist was paid for this order by transfer: reverse up to their part of the refund."""
    left = artist_back
    for payout in payouts.transfers_for(session, order.id, line.artist_id):
        reversed_so_far = ledger.reversed_of(session, payout.id)
        amount = min(left, payout.amount_minor - reversed_so_far)
        if amount <= 0:
            continue
        gateway.reverse_transfer(
            payout.stripe_transfer_id, to_stripe_amount(amount, order.currency), key=f"{key}-{payout.id}"
        )
        ledger.record_payout(session, line.artist_id, order.currency, -amount, payout.id, now, order.id)
        audit.record(session, "payout", payout.id, action="reverse", actor_id=None, actor_role="system",
                     from_status="paid", to_status="paid",
                     note=f"{amount} {order.currency} taken back for a refund of {order.number}")  # fmt: skip
        left -= amount
        if left == 0:
            break
