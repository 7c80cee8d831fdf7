"""Paid orders made directly with the models, their sale recorded in the ledger."""

from __future__ import annotations

from marketplace.db import utcnow
from marketplace.finance import commission, ledger
from marketplace.orders.models import Order, OrderLine


def paid_order(db, make_user, make_artist, make_work, currency, lines, rates=None, email="b@example.org"):
    """An order paid for ``lines`` of (price, quantity, category) with its ledger entries written."""
    buyer_id = make_user(email=email)
    artist_id = make_artist(email=f"artist-{email}")
    now = utcnow()
    with db() as session:
        order = Order(
            number=f"T-{email[:6]}", buyer_id=buyer_id, email=email, language="en", currency=currency,
            total_minor=sum(p * q for p, q, _ in lines), status="paid", ship_name="A", ship_line1="1",
            ship_city="Dakar", ship_country="SN", expires_at=now, paid_at=now,
        )  # fmt: skip
        for price, quantity, category in lines:
            work_id = make_work(artist_id, price=price, currency=currency, stock=9, edition="open",
                                category=category)  # fmt: skip
            order.lines.append(OrderLine(work_id=work_id, artist_id=artist_id, title="W",
                                         unit_price_minor=price, quantity=quantity))  # fmt: skip
        session.add(order)
        session.flush()
        ledger.record_sale(session, order, rates or commission.current_rates(session), now)
        return order.id, artist_id
