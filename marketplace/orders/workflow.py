"""The order state machine: one table of allowed transitions, each transition written to the audit trail."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from marketplace import audit
from marketplace.orders.models import Order, OrderStatus

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


class OrderTransitionRefused(ValueError):
    pass


def move(
    session: Session, order: Order, target: OrderStatus, actor_id: int | None, role: str, note: str = ""
) -> None:
    current = OrderStatus(order.status)
    if target not in ORDER_TRANSITIONS[current]:
        raise OrderTransitionRefused(f"{current} -> {target}")
    order.status = target.value
    audit.record(
        session, "order", order.id, f"to_{target.value}", actor_id, role, current.value, target.value, note
    )


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
