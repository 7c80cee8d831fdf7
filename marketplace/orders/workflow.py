"""The order state machine (one table of allowed transitions, see states.py), and the lock every change of an
order takes first."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from marketplace.orders.models import Order, OrderStatus
from marketplace.states import StateMachine

S = OrderStatus
ORDER_TRANSITIONS: dict[OrderStatus, frozenset[OrderStatus]] = {
    S.PENDING_PAYMENT: frozenset({S.PAID, S.EXPIRED, S.CANCELLED}),
    # A payment that arrives after the hold was released is refunded at once.
    S.EXPIRED: frozenset({S.PAID, S.REFUNDED}),
    S.CANCELLED: frozenset({S.PAID, S.REFUNDED}),
    S.PAID: frozenset({S.SHIPPED, S.REFUNDED, S.PARTIALLY_REFUNDED}),
    S.SHIPPED: frozenset({S.DELIVERED, S.REFUNDED, S.PARTIALLY_REFUNDED}),
    S.PARTIALLY_REFUNDED: frozenset({S.SHIPPED, S.DELIVERED, S.REFUNDED}),
    S.DELIVERED: frozenset({S.REFUNDED, S.PARTIALLY_REFUNDED}),
    S.REFUNDED: frozenset(),
}


ORDER = StateMachine("order", OrderStatus, "status", ORDER_TRANSITIONS)


def lock_order(session: Session, order_id: int) -> Order:
    """The order, its row locked for the rest of the transaction, with its shipments and lines read again
    after the lock: whoever changes an order's money or delivery takes it first, so two changes at once
    (a refund and a download, the buyer and the sweep) happen one after the other."""
    return session.scalar(
        select(Order)
        .where(Order.id == order_id)
        .options(selectinload(Order.shipments), selectinload(Order.lines))
        .with_for_update(of=Order)
        .execution_options(populate_existing=True)
    )
