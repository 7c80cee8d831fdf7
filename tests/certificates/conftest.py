"""Paid orders made directly with the models, and certificates issued for them."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from marketplace.catalog.models import Work
from marketplace.certificates import services
from marketplace.certificates.signing import signer_for
from marketplace.orders.models import Order, OrderLine
from tests.support.certificates import BUYER_EMAIL, NOW, SHIPPING


@pytest.fixture
def buyer_id(make_user):
    return make_user(email=BUYER_EMAIL, name="Fatou", language="fr")


@pytest.fixture
def artist_id(make_artist):
    return make_artist()


@pytest.fixture
def make_order(app, db, buyer_id):
    """A paid order; ``lines`` are (work_id, quantity, edition_numbers). Returns the order number."""
    count = iter(range(1, 1000))

    def create(lines, status="paid", buyer=None, paid=None):
        with db() as session:
            paid = status == "paid" if paid is None else paid
            order = Order(
                number=f"D2611-C0FFE{next(count)}", buyer_id=buyer or buyer_id, email=BUYER_EMAIL,
                language="fr", currency="KES", total_minor=1, status=status, created_at=NOW,
                expires_at=NOW + timedelta(minutes=35), paid_at=NOW if paid else None, **SHIPPING,
            )  # fmt: skip
            for work_id, quantity, numbers in lines:
                work = session.get(Work, work_id)
                order.lines.append(
                    OrderLine(
                        work_id=work_id,
                        artist_id=work.artist_id,
                        title=work.title,
                        unit_price_minor=work.price_minor,
                        quantity=quantity,
                        edition_numbers=numbers,
                    )  # fmt: skip
                )
            order.total_minor = sum(line.unit_price_minor * line.quantity for line in order.lines)
            session.add(order)
            return order.number

    return create


@pytest.fixture
def issue(app, db):
    """Issue the order's certificates (committed); returns their codes, line by line and unit by unit."""

    def run(number, signer=None, now=NOW) -> list[str]:
        with db() as session:
            order = session.scalar(select(Order).where(Order.number == number))
            issued = services.issue_for_order(session, order, now, signer or signer_for(app))
            return [c.code for c in issued]

    return run


@pytest.fixture
def limited(make_work, artist_id):
    """A limited edition of 20 made in 2024, of which this buyer bought numbers 3 and 4."""
    return make_work(artist_id, edition="limited", size=20, stock=10, year=2024)
