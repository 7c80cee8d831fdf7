"""Two administrators record payouts for the same artist at the same moment: the balance is never exceeded."""

from __future__ import annotations

import threading
from datetime import date

from sqlalchemy import func, select

from marketplace.db import sessionmaker_for, unit_of_work, utcnow
from marketplace.finance import ledger, payouts
from marketplace.finance.models import Payout, PayoutMethod
from marketplace.orders.models import Shipment
from tests.support.ledger import paid_order


def test_simultaneous_payouts_never_exceed_the_available_balance(app, db, make_user, make_artist, make_work):
    order_id, artist_id = paid_order(db, make_user, make_artist, make_work, "XOF", [(100000, 1, "painting")])
    now = utcnow()
    with db() as session:
        session.add(Shipment(order_id=order_id, artist_id=artist_id, shipped_at=now, delivered_at=now))
    admin_id = make_user(email="admin@example.org", roles=("admin",))
    available = 85000
    factory = sessionmaker_for(app)
    start = threading.Barrier(4)
    results: list[str] = []
    lock = threading.Lock()

    def record(reference: str) -> None:
        start.wait(timeout=10)
        try:
            with unit_of_work(factory) as session:
                payouts.record_outside_stripe(
                    session, artist_id, "XOF", 50000, PayoutMethod.BANK, reference, date.today(), admin_id,
                    utcnow(), 14,
                )  # fmt: skip
            outcome = "paid"
        except payouts.PayoutError:
            outcome = "refused"
        with lock:
            results.append(outcome)

    threads = [threading.Thread(target=record, args=(f"REF-{i}",)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(results) == ["paid", "refused", "refused", "refused"]
    with db(write=False) as session:
        assert session.scalar(select(func.count()).select_from(Payout)) == 1
        balance = ledger.balances(session, artist_id, utcnow(), 14)["XOF"]
    assert (balance.available, balance.paid_out) == (available - 50000, 50000)
