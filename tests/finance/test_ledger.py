"""The ledger's arithmetic: commission rounding, shares, refunds, disputes, balances and their states."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select, text

from marketplace.db import utcnow
from marketplace.finance import commission, ledger
from marketplace.finance.models import Dispute, LedgerEntry
from marketplace.orders.models import Order, Shipment
from tests.support.ledger import paid_order


def test_commission_is_rounded_down_to_the_minor_unit():
    assert commission.commission_of(3333, 1500) == 499  # XOF 3 333 at 15 %: 499.95 -> 499
    assert commission.commission_of(650000, 1500) == 97500
    assert commission.commission_of(1, 1500) == 0
    assert commission.commission_of(10_000, 10_000) == 10_000
    with pytest.raises(commission.CommissionError):
        commission.commission_of(100, 10_001)
    with pytest.raises(commission.CommissionError):
        commission.commission_of(-1, 1500)


def test_rates_default_platform_and_per_category(app, db):
    now = utcnow()
    with db() as session:
        assert commission.current_rates(session).platform_bp == commission.DEFAULT_RATE_BP
        commission.set_rate(session, None, 1200, None, now)
        commission.set_rate(session, "jewellery", 2000, None, now)
        commission.set_rate(session, "textile", 800, None, now)
        commission.set_rate(session, "textile", None, None, now)  # back to the platform rate
    with db(write=False) as session:
        rates = commission.current_rates(session)
    assert (rates.platform_bp, rates.for_category("jewellery"), rates.for_category("textile")) == (
        1200,
        2000,
        1200,
    )


def test_the_commission_history_is_append_only(app, db):
    with db() as session:
        commission.set_rate(session, None, 1200, None, utcnow())
    with pytest.raises(Exception, match="append-only"), db() as session:
        session.execute(text("UPDATE commission_rates SET rate_bp = 0"))
    with pytest.raises(Exception, match="append-only"), db() as session:
        session.execute(text("DELETE FROM commission_rates"))


def entries(db, order_id):
    with db(write=False) as session:
        rows = session.scalars(select(LedgerEntry).where(LedgerEntry.order_id == order_id)).all()
        return [(r.artist_id is None, r.kind, r.amount_minor) for r in rows]


def check_balanced(db, order_id, returned=0):
    """The order's entries add up to what the buyer paid less what went back, and lines agree."""
    with db(write=False) as session:
        order = session.get(Order, order_id)
        assert ledger.order_net(session, order_id) == order.total_minor - returned
        for line in order.lines:
            line_sum = session.scalar(
                select(func.sum(LedgerEntry.amount_minor)).where(LedgerEntry.order_line_id == line.id)
            )
            assert line_sum == line.total_minor - line.refunded_minor
            platform = session.scalar(
                select(func.coalesce(func.sum(LedgerEntry.amount_minor), 0)).where(
                    LedgerEntry.order_line_id == line.id, LedgerEntry.artist_id.is_(None)
                )
            )
            assert platform == line.commission_minor - line.commission_refunded_minor
            assert 0 <= platform <= line.total_minor - line.refunded_minor


@pytest.mark.parametrize(
    ("currency", "price", "share", "fee"),
    [("XOF", 3333, 2834, 499), ("EUR", 650000, 552500, 97500), ("KES", 99, 85, 14)],
)
def test_a_paid_line_writes_the_artists_share_and_the_commission(
    app, db, make_user, make_artist, make_work, currency, price, share, fee
):
    order_id, _ = paid_order(db, make_user, make_artist, make_work, currency, [(price, 1, "textile")])
    assert sorted(entries(db, order_id)) == [(False, "sale", share), (True, "commission", fee)]
    check_balanced(db, order_id)


def test_recording_a_sale_twice_writes_nothing_more(app, db, make_user, make_artist, make_work):
    order_id, _ = paid_order(db, make_user, make_artist, make_work, "EUR", [(10000, 2, "painting")])
    with db() as session:
        ledger.record_sale(session, session.get(Order, order_id), commission.current_rates(session), utcnow())
    assert len(entries(db, order_id)) == 2
    check_balanced(db, order_id)


def test_category_rates_apply_per_line(app, db, make_user, make_artist, make_work):
    with db() as session:
        commission.set_rate(session, "jewellery", 2500, None, utcnow())
    order_id, _ = paid_order(db, make_user, make_artist, make_work, "USD",
                             [(10000, 1, "jewellery"), (10000, 1, "painting")])  # fmt: skip
    fees = sorted(amount for platform, kind, amount in entries(db, order_id) if platform)
    assert fees == [1500, 2500]
    check_balanced(db, order_id)


@pytest.mark.parametrize("currency", ["XOF", "EUR"])
def test_partial_refunds_give_back_exactly_the_commission_in_the_end(
    app, db, make_user, make_artist, make_work, currency
):
    order_id, _ = paid_order(db, make_user, make_artist, make_work, currency, [(3333, 3, "ceramics")])
    returned = 0
    for amount in (1, 333, 4000, 3333 * 3 - 4334):  # odd amounts: rounding must never drift
        with db() as session:
            order = session.get(Order, order_id)
            ledger.reverse(session, order, order.lines[0], amount, utcnow())
        returned += amount
        check_balanced(db, order_id, returned)
    with db(write=False) as session:
        line = session.get(Order, order_id).lines[0]
        assert line.refunded_minor == line.total_minor
        assert line.commission_refunded_minor == line.commission_minor == 1499
        with pytest.raises(ValueError):
            ledger.reverse(session, session.get(Order, order_id), line, 1, utcnow())


def test_an_order_level_amount_is_split_across_lines_in_proportion(
    app, db, make_user, make_artist, make_work
):
    order_id, _ = paid_order(db, make_user, make_artist, make_work, "XOF",
                             [(1000, 1, "craft"), (2000, 1, "craft"), (7, 1, "craft")])  # fmt: skip
    with db(write=False) as session:
        lines = session.get(Order, order_id).lines
        shares = ledger.allocate(lines, 1001)
        assert sum(share for _, share in shares) == 1001
        assert all(share <= line.refundable_minor for line, share in shares)
        assert [share for _, share in shares] == [333, 666, 2]
        assert sum(share for _, share in ledger.allocate(lines, 10**9)) == 3007  # never more than is left


def test_money_is_pending_until_delivery_or_days_after_shipping(app, db, make_user, make_artist, make_work):
    order_id, artist_id = paid_order(db, make_user, make_artist, make_work, "EUR", [(10000, 1, "print")])
    now = utcnow()
    with db(write=False) as session:
        balance = ledger.balances(session, artist_id, now, 14)["EUR"]
    assert (balance.pending, balance.available) == (8500, 0)
    with db() as session:
        session.add(Shipment(order_id=order_id, artist_id=artist_id, carrier="DHL", tracking_number="1",
                             shipped_at=now - timedelta(days=13)))  # fmt: skip
    with db(write=False) as session:
        assert ledger.balances(session, artist_id, now, 14)["EUR"].available == 0
        assert ledger.balances(session, artist_id, now + timedelta(days=1), 14)["EUR"].available == 8500
    with db() as session:
        session.scalar(select(Shipment)).delivered_at = now
    with db(write=False) as session:
        balance = ledger.balances(session, artist_id, now, 14)["EUR"]
    assert (balance.pending, balance.available, balance.held) == (0, 8500, 0)


def test_an_open_dispute_holds_the_money_and_a_lost_one_takes_it(app, db, make_user, make_artist, make_work):
    order_id, artist_id = paid_order(db, make_user, make_artist, make_work, "XOF", [(50000, 1, "sculpture")])
    now = utcnow()
    with db() as session:
        session.add(Shipment(order_id=order_id, artist_id=artist_id, shipped_at=now, delivered_at=now))
        session.add(Dispute(order_id=order_id, stripe_dispute_id="dp_1", charge_id="ch_1", currency="XOF",
                            amount_minor=50000, opened_at=now))  # fmt: skip
    with db(write=False) as session:
        balance = ledger.balances(session, artist_id, now, 14)["XOF"]
    assert (balance.held, balance.available) == (42500, 0)
    with db() as session:
        dispute = session.scalar(select(Dispute))
        dispute.status = "lost"
        order = session.get(Order, order_id)
        for line, share in ledger.allocate(order.lines, dispute.amount_minor):
            ledger.reverse(session, order, line, share, now, dispute_id=dispute.id)
    check_balanced(db, order_id, returned=50000)
    with db(write=False) as session:
        balance = ledger.balances(session, artist_id, now, 14)["XOF"]
        kinds = {e.kind for e in session.scalars(select(LedgerEntry))}
    assert (balance.held, balance.available, balance.pending) == (0, 0, 0)
    assert {"dispute", "commission_dispute"} <= kinds


def test_many_artists_balances_at_once_agree_with_each_alone_in_the_same_few_queries(
    app, db, make_user, make_artist, make_work, count_queries
):
    now = utcnow()
    artists = {}
    for name, state in (("deliv", "delivered"), ("shipd", "shipped"), ("dispu", "disputed"), ("waits", "")):
        order_id, artist_id = paid_order(
            db, make_user, make_artist, make_work, "XOF", [(20000, 1, "textile")], email=f"{name}@example.org"
        )
        artists[artist_id] = state
        with db() as session:
            if state:
                session.add(Shipment(order_id=order_id, artist_id=artist_id, shipped_at=now,
                                     delivered_at=now if state != "shipped" else None))  # fmt: skip
            if state == "disputed":
                session.add(Dispute(order_id=order_id, stripe_dispute_id=f"dp_{name}", charge_id=f"ch_{name}",
                                    currency="XOF", amount_minor=20000, opened_at=now))  # fmt: skip

    def queries(artist_ids):
        with db(write=False) as session, count_queries() as counter:
            return ledger.lines_by_artist(session, artist_ids, now, 14), counter.count

    _, for_one = queries(list(artists)[:1])
    together, for_all = queries(list(artists))
    assert for_one == for_all  # the same few queries however many artists
    with db(write=False) as session:
        for artist_id, state in artists.items():
            alone = ledger.balances(session, artist_id, now, 14)
            assert ledger.summarise(together[artist_id]) == alone
            kind = {"delivered": "available", "shipped": "pending", "disputed": "held", "": "pending"}[state]
            assert getattr(alone["XOF"], kind) == 17000, state
