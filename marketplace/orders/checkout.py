"""Checkout: totals from the database only, stock held with conditional updates, one currency per order.

Stock is taken when the payment session is created (``UPDATE works SET stock = stock - q WHERE id = :id AND
stock >= q``, works taken in id order so two carts never wait on each other in a cycle) and given back when
the session expires, fails or is abandoned. Never commits.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from marketplace.accounts.models import User
from marketplace.catalog import services as catalog
from marketplace.catalog.models import ArtistProfile, ReviewStatus, Work
from marketplace.errors import Refused
from marketplace.orders import carts, workflow
from marketplace.orders.models import Cart, Order, OrderLine, OrderStatus, Shipment

HOLD = timedelta(minutes=35)  # Stripe wants 30 minutes at least (margin for slow requests); same as the hold


class CheckoutError(Refused):
    pass


@dataclass
class Address:
    name: str
    line1: str
    line2: str
    city: str
    region: str
    postal_code: str
    country: str
    phone: str


def last_address(session: Session, buyer: User) -> Address | None:
    """The address of the buyer's most recent order, offered again at their next checkout."""
    order = session.scalar(
        select(Order)
        .where(Order.buyer_id == buyer.id)
        .order_by(Order.created_at.desc(), Order.id.desc())
        .limit(1)
    )
    if order is None:
        return None
    return Address(
        name=order.ship_name, line1=order.ship_line1, line2=order.ship_line2, city=order.ship_city,
        region=order.ship_region, postal_code=order.ship_postal_code, country=order.ship_country,
        phone=order.ship_phone,
    )  # fmt: skip


def start(
    session: Session,
    buyer: User,
    cart: Cart,
    currency: str,
    address: Address,
    language: str,
    now: datetime,
    deliveries: list | None = None,
) -> Order:
    """Create a pending order for the cart's lines in ``currency`` and hold their stock.

    ``deliveries`` are the artists' delivery quotes for the address (``delivery.quotes.quote``), computed
    by the caller from the database: each becomes a line of kind 'shipping' (when it costs something) and
    the artist's shipment carries its estimate.
    """
    group = next((g for g in carts.groups(cart) if g.currency == currency), None)
    if group is None or not group.lines:
        raise CheckoutError(_l("There is nothing to pay in this currency."))
    order = Order(
        number=new_number(now),
        buyer_id=buyer.id,
        email=buyer.email,
        language=language,
        currency=currency,
        total_minor=0,
        ship_name=address.name,
        ship_line1=address.line1,
        ship_line2=address.line2,
        ship_city=address.city,
        ship_region=address.region,
        ship_postal_code=address.postal_code,
        ship_country=address.country,
        ship_phone=address.phone,
        created_at=now,
        expires_at=now + HOLD,
    )
    texts = catalog.work_texts(session, [line.work for line in group.lines], language)
    for line in sorted(group.lines, key=lambda line: line.work_id):
        work, shown = line.work, texts[line.work_id]["title"]
        if not carts.available(work):
            raise CheckoutError(_l("“%(title)s” is not available any more.", title=shown.text))
        hold(session, work.id, line.quantity)
        order.lines.append(
            OrderLine(
                work_id=work.id,
                artist_id=work.artist_id,
                title=work.title,
                shown_title=shown.text,
                shown_language=shown.lang,
                unit_price_minor=work.price_minor,
                quantity=line.quantity,
            )
        )
    for delivery in deliveries or []:
        if delivery.amount_minor > 0:
            order.lines.append(
                OrderLine(
                    kind="shipping", work_id=None, artist_id=delivery.artist_id,
                    title=_artist_name(session, delivery.artist_id), unit_price_minor=delivery.amount_minor,
                    quantity=1,
                )
            )  # fmt: skip
        order.shipments.append(
            Shipment(
                artist_id=delivery.artist_id, estimate_min_days=delivery.min_days,
                estimate_max_days=delivery.max_days,
            )
        )  # fmt: skip
    order.total_minor = sum(line.unit_price_minor * line.quantity for line in order.lines)
    session.add(order)
    workflow.ORDER.begin(
        session, order, OrderStatus.PENDING_PAYMENT, action="create", actor_id=buyer.id, actor_role="buyer"
    )
    return order


def _artist_name(session: Session, artist_id: int) -> str:
    return session.get(ArtistProfile, artist_id).public_name


def hold(session: Session, work_id: int, quantity: int) -> None:
    result = session.execute(
        update(Work)
        .where(Work.id == work_id, Work.stock >= quantity, Work.review_status == ReviewStatus.APPROVED.value)
        .values(stock=Work.stock - quantity)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        raise CheckoutError(_l("Someone has just bought the last copy of a work in your cart."))


def release(session: Session, order: Order) -> None:
    """Give the held stock back (expired, failed or abandoned payment)."""
    for line in sorted(order.work_lines, key=lambda line: line.work_id):
        session.execute(
            update(Work)
            .where(Work.id == line.work_id)
            .values(stock=Work.stock + line.quantity)
            .execution_options(synchronize_session=False)
        )


def abandon(session: Session, order: Order, note: str) -> None:
    """The payment page could not be opened: the stock goes back and the order ends, cancelled."""
    release(session, order)
    workflow.ORDER.move(session, order, OrderStatus.CANCELLED, actor_id=None, actor_role="system", note=note)


def new_number(now: datetime) -> str:
    return f"D{now:%y%m}-{secrets.token_hex(3).upper()}"


def remove_ordered_lines(cart: Cart, order: Order) -> None:
    ordered = {line.work_id for line in order.work_lines}
    cart.lines[:] = [line for line in cart.lines if line.work_id not in ordered]
