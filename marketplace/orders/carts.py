"""The cart: for signed-in buyers and for visitors (a cookie token), merged at sign-in. Never commits."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from itertools import groupby

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from marketplace.catalog.models import ArtistStatus, EditionType, ReviewStatus, Work
from marketplace.delivery.models import ShippingProfile
from marketplace.errors import Refused
from marketplace.orders.models import Cart, CartLine
from marketplace.payments import methods

MAX_QUANTITY = 50


class CartError(Refused):
    pass


@dataclass
class CurrencyGroup:
    currency: str
    lines: list[CartLine]
    total_minor: int
    all_available: bool
    payable: bool  # Stripe can present this currency


def find(session: Session, user_id: int | None, token: str | None, with_works: bool = False) -> Cart | None:
    """The cart; ``with_works`` loads its lines' works too (see ``_with_works``)."""
    if user_id is not None:
        statement = select(Cart).where(Cart.user_id == user_id)
    elif token:
        statement = select(Cart).where(Cart.token == token, Cart.user_id.is_(None))
    else:
        return None
    return session.scalar(_with_works(statement) if with_works else statement)


def _with_works(statement):
    """The cart with each line's work, its artist, images and delivery rates: the cart page and the
    checkout read them all, in a fixed number of statements whatever the number of lines (the header's
    count of works needs only the lines)."""
    return statement.options(
        selectinload(Cart.lines)
        .selectinload(CartLine.work)
        .options(
            selectinload(Work.artist),
            selectinload(Work.images),
            selectinload(Work.shipping_profile).selectinload(ShippingProfile.rates),
        )
    )


def find_or_create(session: Session, user_id: int | None, token: str | None) -> Cart:
    cart = find(session, user_id, token)
    if cart is None:
        cart = Cart(user_id=user_id, token=None if user_id else (token or new_token()))
        session.add(cart)
        session.flush()
    return cart


def new_token() -> str:
    return secrets.token_urlsafe(32)


def available(work: Work) -> bool:
    return (
        work.review_status == ReviewStatus.APPROVED.value
        and work.artist.status == ArtistStatus.APPROVED.value
        and work.stock > 0
    )


def add(session: Session, cart: Cart, work_id: int, quantity: int = 1) -> CartLine:
    work = session.get(Work, work_id)
    if work is None or not available(work):
        raise CartError(_l("This work is not available any more."))
    line = next((line for line in cart.lines if line.work_id == work_id), None)
    wanted = (line.quantity if line else 0) + quantity
    _check_quantity(work, wanted)
    if line is None:
        line = CartLine(work_id=work_id, quantity=wanted)
        cart.lines.append(line)
    else:
        line.quantity = wanted
    session.flush()
    return line


def set_quantity(session: Session, cart: Cart, work_id: int, quantity: int) -> None:
    line = next((line for line in cart.lines if line.work_id == work_id), None)
    if line is None:
        raise CartError(_l("This work is not in your cart."))
    if quantity <= 0:
        cart.lines.remove(line)
    else:
        _check_quantity(line.work, quantity)
        line.quantity = quantity
    session.flush()


def remove(session: Session, cart: Cart, work_id: int) -> None:
    set_quantity(session, cart, work_id, 0)


def merge_into_user(session: Session, token: str | None, user_id: int) -> None:
    """At sign-in, the visitor's cart joins the account's; quantities stay within stock."""
    visitor = find(session, None, token)
    if visitor is None or not visitor.lines:
        return
    mine = find_or_create(session, user_id, None)
    for line in list(visitor.lines):
        current = next((own for own in mine.lines if own.work_id == line.work_id), None)
        wanted = max(line.quantity, current.quantity if current else 0)
        wanted = min(wanted, max(line.work.stock, 1), _edition_cap(line.work))
        if current is None:
            mine.lines.append(CartLine(work_id=line.work_id, quantity=wanted))
        else:
            current.quantity = wanted
    session.delete(visitor)
    session.flush()


def groups(cart: Cart | None) -> list[CurrencyGroup]:
    """Lines per currency: each currency group is checked out on its own."""
    if cart is None:
        return []
    ordered = sorted(cart.lines, key=lambda line: (line.work.currency, line.id))
    result = []
    for currency, lines in groupby(ordered, key=lambda line: line.work.currency):
        lines = list(lines)
        result.append(
            CurrencyGroup(
                currency=currency,
                lines=lines,
                total_minor=sum(line.work.price_minor * line.quantity for line in lines),
                all_available=all(
                    available(line.work) and line.work.stock >= line.quantity for line in lines
                ),
                payable=bool(methods.methods_for(currency)),
            )
        )
    return result


def count(cart: Cart | None) -> int:
    return sum(line.quantity for line in cart.lines) if cart else 0


def _check_quantity(work: Work, quantity: int) -> None:
    """The most useful reason first: a unique piece, then the stock, then the cart's own limit."""
    if quantity < 1:
        raise CartError(_l("Choose a quantity between 1 and %(max)d.", max=MAX_QUANTITY))
    if quantity > 1 and work.edition_type == EditionType.UNIQUE.value:
        raise CartError(_l("A unique piece can only be bought once."))
    if quantity > work.stock:
        raise CartError(_l("Only %(count)d of this work are available.", count=work.stock))
    if quantity > MAX_QUANTITY:
        raise CartError(_l("Choose a quantity between 1 and %(max)d.", max=MAX_QUANTITY))


def _edition_cap(work: Work) -> int:
    return 1 if work.edition_type == EditionType.UNIQUE.value else MAX_QUANTITY
