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

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from marketplace import audit
from marketplace.catalog.models import Work
from marketplace.certificates import services as certificates
from marketplace.downloads import services as downloads
from marketplace.errors import Interrupted, Refused
from marketplace.finance import ledger, payouts
from marketplace.finance.models import Dispute, DisputeStatus, Refund
from marketplace.orders import workflow
from marketplace.orders.models import Order, OrderStatus
from marketplace.payments.gateway import ChargeState, PaymentProviderError, StripeGateway
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


Between = Callable[[], AbstractContextManager]


@dataclass(frozen=True)
class _Plan:
    """A refund checked under the order's lock, in plain values: what to ask Stripe for, then record."""

    order_id: int
    line_id: int
    amount: int
    stripe_amount: int
    payment_intent_id: str
    order_number: str
    key: str
    restock: bool
    reason: str


#: How long a refund being asked of Stripe holds back the charge.refunded webhook (answered 503, so Stripe
#: delivers it again later); past it, a request that died after Stripe's answer is taken for a refund made
#: in Stripe, so the money is never left out of the books.
REFUND_IN_FLIGHT = timedelta(minutes=15)


class RefundInFlight(Exception):
    """A refund of ours is between Stripe's answer and our record: the event must come again later."""


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
    between: Between = nullcontext,
) -> Refund:
    """Refund ``amount_minor`` (None: all that is left) of one line; ``restock`` cancels the line.

    Stripe is called inside ``between()``: a request passes ``db.released``, which ends its transaction
    first, so no lock is held while Stripe answers; what Stripe did is then recorded in a new transaction,
    under the order's lock again (a refund already recorded with that Stripe id is not recorded twice).
    """
    plan = _plan(session, order_id, line_id, amount_minor, restock, reason, actor, now)
    with between():
        refund_id = gateway.refund(
            plan.payment_intent_id, plan.stripe_amount, key=plan.key,
            metadata={"order_number": plan.order_number, "line": str(plan.line_id)},
        )  # fmt: skip
    refund, artist_back = _record(session, plan, refund_id, actor, now)
    if artist_back:
        _take_back_transfers(session, gateway, plan, artist_back, now, between)
    return refund


def _plan(session, order_id, line_id, amount_minor, restock, reason, actor: Actor, now: datetime) -> _Plan:
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
    order.refund_asked_at = now  # committed with the plan, before Stripe is asked
    return _Plan(
        order_id=order.id, line_id=line.id, amount=amount, stripe_amount=stripe_amount,
        payment_intent_id=order.payment_intent_id, order_number=order.number,
        key=f"refund-{order.number}-line-{line.id}-after-{line.refunded_minor}", restock=restock,
        reason=reason.strip(),
    )  # fmt: skip


def _record(session: Session, plan: _Plan, refund_id: str, actor: Actor, now: datetime) -> tuple[Refund, int]:
    """The refund Stripe made, in our books: (the refund, the artist's share of it to take back)."""
    order = workflow.lock_order(session, plan.order_id)
    order.refund_asked_at = None
    known = session.scalar(select(Refund).where(Refund.stripe_refund_id == refund_id))
    if known is not None:  # recorded already (a replay of the same refund)
        return known, 0
    line = next(item for item in order.lines if item.id == plan.line_id)
    refund = Refund(
        order_id=order.id, order_line_id=line.id, currency=order.currency, amount_minor=plan.amount,
        reason=plan.reason, origin="marketplace", stripe_refund_id=refund_id, actor_id=actor.user_id,
        actor_role=actor.role, created_at=now,
    )  # fmt: skip
    session.add(refund)
    session.flush()
    artist_back, _ = ledger.reverse(session, order, line, plan.amount, now, refund_id=refund.id)
    downloads.revoke_for_line(session, line, now)  # a digital line refunded in full loses its links
    if plan.restock:
        units = line.quantity - line.restocked
        session.execute(
            update(Work)
            .where(Work.id == line.work_id)
            .values(stock=Work.stock + units)
            .execution_options(synchronize_session=False)
        )
        line.restocked += units
        refund.restocked = units
        certificates.revoke_for_line(session, line, units, now, plan.reason)
    note = f"line {line.id}: {plan.amount} {order.currency}: {plan.reason}"
    _account(session, order, plan.amount, actor, note)
    return refund, artist_back


def refund_order(
    session: Session, gateway: StripeGateway, order_id: int, reason: str, actor: Actor, now: datetime,
    between: Between = nullcontext,
) -> list[Refund]:  # fmt: skip
    """Refund everything that is left; lines not shipped yet go back to stock."""
    order = workflow.lock_order(session, order_id)
    if order is None:
        raise RefundError(_l("There is no such order."))
    wanted = [(line.id, not line.is_shipping and not is_shipped(order, line.artist_id))
              for line in order.lines if line.refundable_minor > 0]  # fmt: skip
    if not wanted:
        raise RefundError(_l("This order has already been refunded in full."))
    done: list[Refund] = []
    for line_id, restock in wanted:
        try:
            done.append(
                refund_line(session, gateway, order_id, line_id, None, restock, reason, actor, now, between)
            )
        except PaymentProviderError as error:
            if done and between is not nullcontext:  # the refunds before were committed: say which
                raise Interrupted(done, error) from error
            raise
    return done


def reconcile_charge(session: Session, charge: ChargeState, now: datetime) -> list[Refund]:
    """charge.refunded: record what Stripe refunded beyond what we know of (a refund made in Stripe).
    ``charge`` is Stripe's current state of it, asked before the transaction began."""
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
    if order.refund_asked_at is not None and now - order.refund_asked_at < REFUND_IN_FLIGHT:
        raise RefundInFlight(order.number)  # ours, answered by Stripe, about to be recorded
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


def _take_back_transfers(session, gateway, plan: _Plan, artist_back: int, now, between):
    """The artist was paid for this order by transfer: reverse up to their part of the refund, each
    reversal asked of Stripe with no transaction open and recorded after."""
    order = session.get(Order, plan.order_id)
    artist_id = next(line.artist_id for line in order.lines if line.id == plan.line_id)
    currency = order.currency
    left = artist_back
    for payout in payouts.transfers_for(session, order.id, artist_id):
        amount = min(left, payout.amount_minor - ledger.reversed_of(session, payout.id))
        if amount <= 0:
            continue
        payout_id, transfer_id, number = payout.id, payout.stripe_transfer_id, order.number
        with between():
            gateway.reverse_transfer(
                transfer_id, to_stripe_amount(amount, currency), key=f"{plan.key}-{payout_id}"
            )
        ledger.record_payout(session, artist_id, currency, -amount, payout_id, now, plan.order_id)
        audit.record(session, "payout", payout_id, action="reverse", actor_id=None, actor_role="system",
                     from_status="paid", to_status="paid",
                     note=f"{amount} {currency} taken back for a refund of {number}")  # fmt: skip
        left -= amount
        if left == 0:
            break
