"""Money after the sale, end to end: the real stripe library, the fake Stripe server, webhooks over HTTP."""

from __future__ import annotations

import email
import email.policy
import json
import threading
import time
from urllib.parse import urlsplit

import pytest
import requests
from flask_babel import force_locale
from sqlalchemy import func, select

from marketplace.audit import AuditEntry
from marketplace.catalog.models import ArtistProfile, Work
from marketplace.certificates.models import Certificate
from marketplace.db import sessionmaker_for, unit_of_work, utcnow
from marketplace.finance import ledger, payouts
from marketplace.finance.models import Dispute, LedgerEntry, Payout, Refund
from marketplace.finance.refunds import Actor
from marketplace.i18n.formatting import format_money
from marketplace.payments.provider import gateway_for
from tests.support.forms import post_form, sign_in
from tests.support.i18n import translated
from tests.support.market import artist_of, buy, order_of


def fake_state(market):
    return market.fake.extensions["fake_stripe"]


def mails_with(outbox, subject: str) -> list:
    """The emails sent so far with this subject."""
    parsed = [email.message_from_bytes(m.encode(), policy=email.policy.default) for m in outbox()]
    return [m for m in parsed if m["Subject"] == subject]


def ship_and_deliver(artist, number: str) -> None:
    shipment = {"carrier": "DHL", "tracking_number": "JD0001"}
    response = post_form(
        artist, f"/en/studio/orders/{number}/ship", shipment, token_from="/en/studio/orders/"
    )
    assert response.status_code == 302
    post_form(artist, f"/en/studio/orders/{number}/delivered", {}, token_from="/en/studio/orders/")


def balance(app, artist_id: int, currency: str):
    with unit_of_work(sessionmaker_for(app), write=False) as session:
        return ledger.balances(session, artist_id, utcnow(), 14)[currency]


def net(db, order_id: int) -> int:
    with db(write=False) as session:
        return ledger.order_net(session, order_id)


def charge_of(market, order):
    return fake_state(market).charges[order.charge_id]


def test_a_sale_pays_the_artist_share_after_delivery(app, market, people, make_work, db):
    work_id = make_work(
        people["artist_id"], edition="limited", size=20, stock=5, price=650000, currency="EUR"
    )
    number = buy(market, people["buyer"], [(work_id, 2)], "EUR")
    order = order_of(db, number)
    assert order.status == "paid" and order.charge_id and order.charge_id.startswith("ch_")
    line = order.lines[0]
    assert (line.commission_bp, line.commission_minor) == (1500, 195000)
    assert net(db, order.id) == 1300000
    assert balance(app, people["artist_id"], "EUR").pending == 1105000
    with db(write=False) as session:
        certificates = session.scalars(select(Certificate).order_by(Certificate.unit)).all()
    assert [c.edition_number for c in certificates] == [1, 2]
    page = people["artist"].get("/en/studio/earnings/").get_data(as_text=True)
    assert "€11,050.00" in page and "Pending" in page
    ship_and_deliver(people["artist"], number)
    now = balance(app, people["artist_id"], "EUR")
    assert (now.pending, now.available) == (0, 1105000)
    french = people["artist"].get("/fr/studio/earnings/").get_data(as_text=True)
    assert (
        translated("fr", "Available for payout") in french
        and translated("fr", "Earnings and payouts") in french
    )


def test_the_artist_cancels_before_shipping_and_the_work_returns_to_stock(app, market, people, make_work, db):
    work_id = make_work(people["artist_id"], price=250000, currency="XOF")  # a unique piece
    number = buy(market, people["buyer"], [(work_id, 1)], "XOF")
    order = order_of(db, number)
    response = post_form(people["artist"], f"/en/studio/orders/{number}/refund",
                         {"line_id": order.lines[0].id, "restock": "y", "reason": "Damaged in the studio"},
                         token_from="/en/studio/orders/")  # fmt: skip
    assert response.status_code == 302
    order = order_of(db, number)
    assert order.status == "refunded" and order.amount_refunded_minor == 250000
    assert charge_of(market, order)["amount_refunded"] == 250000  # XOF is zero-decimal at Stripe too
    with db(write=False) as session:
        assert session.get(Work, work_id).stock == 1
        assert session.scalar(select(Certificate)).revoked_at is not None
    assert net(db, order.id) == 0
    assert balance(app, people["artist_id"], "XOF").total == 0
    market.deliveries_settled()  # charge.refunded arrives and finds nothing missing
    with db(write=False) as session:
        assert session.scalar(select(func.count()).select_from(Refund)) == 1


def test_the_artist_cannot_refund_after_shipping_nor_another_artists_line(
    app, market, people, make_work, make_artist, db
):
    work_id = make_work(people["artist_id"], price=9900, currency="USD")
    number = buy(market, people["buyer"], [(work_id, 1)], "USD")
    line_id = order_of(db, number).lines[0].id
    ship_and_deliver(people["artist"], number)
    post_form(people["artist"], f"/en/studio/orders/{number}/refund", {"line_id": line_id, "reason": "x"},
              token_from="/en/studio/orders/")  # fmt: skip
    assert order_of(db, number).amount_refunded_minor == 0
    make_artist(email="other@example.org", name="Other")
    other = app.test_client()
    sign_in(other, email="other@example.org")
    token_page = other.get("/en/studio/orders/")
    assert token_page.status_code == 200
    response = post_form(other, f"/en/studio/orders/{number}/refund", {"line_id": line_id, "reason": "x"},
                         token_from="/en/studio/orders/")  # fmt: skip
    assert response.status_code == 404
    assert order_of(db, number).amount_refunded_minor == 0


@pytest.mark.parametrize(("currency", "price", "partial", "partial_minor"),
                         [("EUR", 12550, "10.05", 1005), ("XOF", 250000, "33333", 33333)])  # fmt: skip
def test_an_administrator_refunds_in_part_then_in_full(
    app, market, people, make_work, db, outbox, currency, price, partial, partial_minor
):
    first = make_work(people["artist_id"], price=price, currency=currency, stock=3, edition="open")
    second = make_work(people["artist_id"], price=price * 2, currency=currency, stock=1)
    number = buy(market, people["buyer"], [(first, 2), (second, 1)], currency)
    order = order_of(db, number)
    total = order.total_minor
    admin_page = f"/en/admin/money/orders/{number}"
    response = post_form(people["admin"], f"{admin_page}/refund",
                         {"line_id": order.lines[0].id, "amount": partial, "reason": "Frame cracked"},
                         token_from=admin_page)  # fmt: skip
    assert response.status_code == 302, response.get_data(as_text=True)[:300]
    order = order_of(db, number)
    assert order.status == "partially_refunded" and order.amount_refunded_minor == partial_minor
    assert net(db, order.id) == total - partial_minor
    response = post_form(people["admin"], f"{admin_page}/refund-all", {"reason": "Buyer cancelled"},
                         token_from=admin_page)  # fmt: skip
    assert response.status_code == 302
    order = order_of(db, number)
    assert order.status == "refunded" and order.amount_refunded_minor == total
    assert net(db, order.id) == 0
    assert charge_of(market, order)["amount_refunded"] == charge_of(market, order)["amount"]
    with db(write=False) as session:
        assert session.get(Work, first).stock == 3 and session.get(Work, second).stock == 1
        platform = ledger.platform_balances(session)
    assert platform.get(currency, 0) == 0
    assert balance(app, people["artist_id"], currency).total == 0
    subject = translated("fr", "Daraja: a refund for your order %(number)s", number=number)
    mails = [email.message_from_bytes(m.encode(), policy=email.policy.default) for m in outbox()]
    refunds_sent = [m for m in mails if m["Subject"] == subject]
    assert len(refunds_sent) == 2 and all(m["Content-Language"] == "fr" for m in refunds_sent)
    # The artist hears of each, in Swahili: which works, how much, and why.
    told = mails_with(outbox, translated("sw", "Daraja: a refund on order %(number)s", number=number))
    assert len(told) == 2 and all(m["Content-Language"] == "sw" for m in told)
    assert "Kanga ya bluu" in told[0].get_content() and "Frame cracked" in told[0].get_content()
    assert "Buyer cancelled" in told[1].get_content()


def test_a_refund_with_bad_input_changes_nothing(app, market, people, make_work, db):
    work_id = make_work(people["artist_id"], price=10000, currency="EUR")
    number = buy(market, people["buyer"], [(work_id, 1)], "EUR")
    order = order_of(db, number)
    page = f"/en/admin/money/orders/{number}"
    for data in ({"amount": "100.01"}, {"amount": "1.001"}, {"amount": "5", "reason": ""}):
        response = post_form(
            people["admin"],
            f"{page}/refund",
            {"line_id": order.lines[0].id, "reason": "Too much", **data},
            token_from=page,
        )
        assert response.status_code == 400
    french = post_form(
        people["admin"],
        f"/fr/admin/money/orders/{number}/refund",
        {"line_id": order.lines[0].id, "amount": "100.01", "reason": "x"},
        token_from=page,
    )
    assert translated("fr", "The amount must be more than zero and at most what is left to refund.") in \
        french.get_data(as_text=True)  # fmt: skip
    assert order_of(db, number).amount_refunded_minor == 0
    assert charge_of(market, order)["amount_refunded"] == 0


def test_a_refund_made_in_stripe_is_recorded_once_and_the_buyer_told_once(
    app, market, people, make_work, db, outbox
):
    work_id = make_work(people["artist_id"], price=40000, currency="USD")
    number = buy(market, people["buyer"], [(work_id, 1)], "USD")
    order = order_of(db, number)
    refund = market.api("POST", "refunds", payment_intent=order.payment_intent_id, amount="15000")
    assert refund["status"] == "succeeded"
    market.deliveries_settled()
    order = order_of(db, number)
    assert order.status == "partially_refunded" and order.amount_refunded_minor == 15000
    event = next(e for e in market.control("events")["data"] if e["type"] == "charge.refunded")
    market.control("redeliver", {"event_id": event["id"], "times": 5})
    with unit_of_work(sessionmaker_for(app)) as session:  # and a late or repeated event handled directly
        from marketplace.finance import refunds

        charge = gateway_for(app).retrieve_charge(order.charge_id)
        assert refunds.reconcile_charge(session, charge, utcnow()) == []
    with db(write=False) as session:
        rows = session.scalars(select(Refund)).all()
    assert [(r.amount_minor, r.origin) for r in rows] == [(15000, "stripe")]
    assert net(db, order.id) == 25000
    mails = [email.message_from_bytes(m.encode(), policy=email.policy.default) for m in outbox()]
    refunds_mailed = [m for m in mails if number in m["Subject"] and "remboursement" in m["Subject"]]
    assert len(refunds_mailed) == 1  # the buyer writes French; redeliveries send nothing more
    body = refunds_mailed[0].get_content()
    assert "150,00" in body and translated("fr", "Reason: %(reason)s", reason="").rstrip() not in body
    told = mails_with(outbox, translated("sw", "Daraja: a refund on order %(number)s", number=number))
    assert len(told) == 1 and "Kanga ya bluu" in told[0].get_content()


DISPUTE_OPENED = (
    "The buyer’s bank has disputed the payment for order %(number)s (%(amount)s). Your money for this order "
    "is held until the bank decides; we answer the dispute with the order’s records."
)
DISPUTE_ENDINGS = {
    "won": "The dispute on order %(number)s has been decided in our favour: your money for this order is "
    "released.",
    "lost": "The dispute on order %(number)s was lost: the bank has given %(amount)s back to the buyer, and "
    "your share of it is taken back from your balance.",
}


@pytest.mark.parametrize("outcome", ["lost", "won"])
def test_a_dispute_holds_the_artists_money_until_it_closes(
    app, market, people, make_work, db, outbox, outcome
):
    work_id = make_work(people["artist_id"], price=500000, currency="XOF")
    number = buy(market, people["buyer"], [(work_id, 1)], "XOF")
    ship_and_deliver(people["artist"], number)
    order = order_of(db, number)
    dispute = market.control("dispute", {"charge": order.charge_id, "reason": "fraudulent"})
    market.deliveries_settled()
    assert balance(app, people["artist_id"], "XOF").held == 425000
    page = people["admin"].get("/en/admin/money/disputes/").get_data(as_text=True)
    assert number in page and "fraudulent" in page
    market.control(f"dispute/{dispute['id']}/close", {"outcome": outcome})
    market.deliveries_settled()
    with db(write=False) as session:
        row = session.scalar(select(Dispute))
    assert row.status == outcome and row.closed_at is not None
    after = balance(app, people["artist_id"], "XOF")
    if outcome == "lost":
        assert (after.held, after.available) == (0, 0)
        assert net(db, order.id) == 0
    else:
        assert (after.held, after.available) == (0, 425000)
        assert net(db, order.id) == 500000
    closed = next(e for e in market.control("events")["data"] if e["type"] == "charge.dispute.closed")
    market.control("redeliver", {"event_id": closed["id"], "times": 3})
    assert balance(app, people["artist_id"], "XOF") == after
    # The dispute's machine wrote its two moves into the order's history, once each.
    with db(write=False) as session:
        history = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.subject_type == "order", AuditEntry.subject_id == order.id,
                   AuditEntry.action.like("dispute_%"))
            .order_by(AuditEntry.id)
        )  # fmt: skip
        moves = [(e.action, e.from_status, e.to_status) for e in history]
    assert moves == [("dispute_opened", None, "open"), (f"dispute_{outcome}", "open", outcome)]
    # The artist was told in Swahili when it opened and when it closed, and not again on redelivery.
    subject = translated("sw", "Daraja: a dispute on order %(number)s", number=number)
    opened, decided = mails_with(outbox, subject)
    with app.test_request_context("/"), force_locale("sw"):
        amount = format_money(500000, "XOF")
    assert translated("sw", DISPUTE_OPENED, number=number, amount=amount) in opened.get_content()
    ending = translated("sw", DISPUTE_ENDINGS[outcome], number=number, amount=amount)
    assert ending in decided.get_content()


def onboard(market, artist_client) -> None:
    response = post_form(artist_client, "/en/studio/earnings/stripe", {}, token_from="/en/studio/earnings/")
    assert response.status_code == 303, response.get_data(as_text=True)[:300]
    link = response.headers["Location"]
    assert link.startswith(market.fake_url)
    answer = requests.post(link, data={"action": "complete"}, allow_redirects=False, timeout=30)
    back = urlsplit(answer.headers["Location"])
    assert back.path == "/en/studio/earnings/stripe/return"
    artist_client.get(back.path)


def test_stripe_connect_transfers_per_order_and_reverses_them_on_refund(
    app, market, people, make_work, db, make_artist, outbox
):
    with unit_of_work(sessionmaker_for(app)) as session:
        session.get(ArtistProfile, people["artist_id"]).country = "FR"
    onboard(market, people["artist"])
    market.deliveries_settled()  # account.updated
    assert artist_of(db, people["artist_id"]).stripe_payouts_enabled
    work_id = make_work(people["artist_id"], price=20000, currency="EUR", stock=2, edition="open")
    number = buy(market, people["buyer"], [(work_id, 2)], "EUR")
    order = order_of(db, number)
    ship_and_deliver(people["artist"], number)
    ledger_page = f"/en/admin/money/artists/{people['artist_id']}/ledger"
    response = post_form(people["admin"], f"/en/admin/money/artists/{people['artist_id']}/transfer", {},
                         token_from=ledger_page)  # fmt: skip
    assert response.status_code == 302
    transfers = list(fake_state(market).transfers.values())
    assert len(transfers) == 1
    transfer = transfers[0]
    assert (transfer["amount"], transfer["currency"]) == (34000, "eur")
    assert transfer["transfer_group"] == number and transfer["source_transaction"] == order.charge_id
    assert balance(app, people["artist_id"], "EUR").available == 0
    post_form(
        people["admin"], f"/en/admin/money/artists/{people['artist_id']}/transfer", {}, token_from=ledger_page
    )  # nothing more to transfer
    assert len(fake_state(market).transfers) == 1
    [told] = mails_with(outbox, translated("sw", "Daraja: you have been paid"))  # once, for the one transfer
    assert translated("sw", "Stripe transfer") in told.get_content()
    admin_page = f"/en/admin/money/orders/{number}"
    refund = {"line_id": order.lines[0].id, "amount": "100.00", "reason": "One print arrived torn"}
    response = post_form(people["admin"], f"{admin_page}/refund", refund, token_from=admin_page)
    assert response.status_code == 302
    assert fake_state(market).transfers[transfer["id"]]["amount_reversed"] == 8500  # 85 % of 100.00
    after = balance(app, people["artist_id"], "EUR")
    assert (after.available, after.paid_out) == (0, 34000 - 8500)
    assert net(db, order.id) == 30000


def test_a_transfer_retried_after_a_failure_is_made_once(app, market, people, make_work, db):
    with unit_of_work(sessionmaker_for(app)) as session:
        session.get(ArtistProfile, people["artist_id"]).country = "DE"
    onboard(market, people["artist"])
    work_id = make_work(people["artist_id"], price=10000, currency="EUR")
    number = buy(market, people["buyer"], [(work_id, 1)], "EUR")
    ship_and_deliver(people["artist"], number)
    gateway = gateway_for(app)
    with pytest.raises(RuntimeError), unit_of_work(sessionmaker_for(app)) as session:
        assert payouts.transfer_available(session, gateway, people["artist_id"], None, utcnow(), 14)
        raise RuntimeError("the request failed after Stripe answered")
    with unit_of_work(sessionmaker_for(app)) as session:
        made = payouts.transfer_available(session, gateway, people["artist_id"], None, utcnow(), 14)
    assert len(made) == 1 and len(fake_state(market).transfers) == 1
    assert made[0].stripe_transfer_id in fake_state(market).transfers


def test_an_administrator_records_a_payout_outside_stripe(app, market, people, make_work, db, outbox):
    work_id = make_work(people["artist_id"], price=800000, currency="KES")
    number = buy(market, people["buyer"], [(work_id, 1)], "KES")
    page = f"/en/admin/money/artists/{people['artist_id']}/ledger"
    url = f"/en/admin/money/artists/{people['artist_id']}/payouts"
    payout = {"currency": "KES", "amount": "6800.00", "method": "mobile_money", "reference": "MPESA QX12",
              "paid_on": utcnow().date().isoformat()}  # fmt: skip
    refused = post_form(people["admin"], url, payout, token_from=page)  # still pending: not available
    assert refused.status_code == 400
    assert "more than the artist" in refused.get_data(as_text=True)
    ship_and_deliver(people["artist"], number)
    assert (
        post_form(people["admin"], url, {**payout, "amount": "6800.01"}, token_from=page).status_code == 400
    )
    assert post_form(people["admin"], url, {**payout, "reference": ""}, token_from=page).status_code == 400
    assert post_form(people["admin"], url, payout, token_from=page).status_code == 302
    with db(write=False) as session:
        rows = session.scalars(select(Payout)).all()
        payout_entries = session.scalars(select(LedgerEntry).where(LedgerEntry.kind == "payout")).all()
    assert [(p.amount_minor, p.method, p.reference) for p in rows] == [(680000, "mobile_money", "MPESA QX12")]
    assert [e.amount_minor for e in payout_entries] == [-680000]
    after = balance(app, people["artist_id"], "KES")
    assert (after.available, after.paid_out) == (0, 680000)
    page_text = people["artist"].get("/sw/studio/earnings/").get_data(as_text=True)
    assert "MPESA QX12" in page_text and translated("sw", "Mobile money") in page_text
    [told] = mails_with(outbox, translated("sw", "Daraja: you have been paid"))  # the refused ones sent none
    body = told.get_content()
    assert told["To"] == "artist@example.org" and "MPESA QX12" in body
    assert translated("sw", "Mobile money") in body and "6,800.00" in body


def test_a_slow_stripe_refund_holds_no_lock(app, market, people, make_work, db):
    """While Stripe takes 5 s to make an administrator's refund, the artist ships the same order (which
    takes the order's lock) at once: the refund was planned under the lock, and Stripe called without it."""
    first = make_work(people["artist_id"], price=10000, currency="EUR", stock=3, edition="open")
    number = buy(market, people["buyer"], [(first, 2)], "EUR")
    order = order_of(db, number)
    admin_page = f"/en/admin/money/orders/{number}"
    market.control("fail", {"delay_seconds": 5, "times": 1, "path_prefix": "/v1/refunds"})
    refund = {"line_id": order.lines[0].id, "amount": "20.00", "reason": "Frame cracked"}
    results = {}

    def slow_refund():
        results["refund"] = post_form(people["admin"], f"{admin_page}/refund", refund, token_from=admin_page)

    thread = threading.Thread(target=slow_refund)
    thread.start()
    time.sleep(1)  # the refund now waits for Stripe
    started = time.monotonic()
    shipment = {"carrier": "DHL", "tracking_number": "JD0001"}
    shipped = post_form(people["artist"], f"/en/studio/orders/{number}/ship", shipment,
                        token_from="/en/studio/orders/")  # fmt: skip
    assert shipped.status_code == 302
    assert time.monotonic() - started < 3.0  # not the 4 s left of the refund's wait
    thread.join(timeout=30)
    assert results["refund"].status_code == 302
    order = order_of(db, number)
    assert order.amount_refunded_minor == 2000 and order.shipments[0].shipped_at is not None


def test_a_refund_announced_by_stripe_before_we_record_it_counts_once(app, market, people, make_work, db):
    """No lock is held while Stripe makes our refund, so its charge.refunded event can be handled between
    Stripe's answer and our record: the event is answered 503 (Stripe delivers it again), and the refund
    is counted once, by our record, not a second time as a refund made in Stripe's dashboard."""
    from contextlib import contextmanager

    from marketplace.finance import refunds
    from tests.finance.test_webhooks import signed

    work_id = make_work(people["artist_id"], price=10000, currency="EUR", stock=3, edition="open")
    number = buy(market, people["buyer"], [(work_id, 2)], "EUR")
    market.deliveries_settled()
    order = order_of(db, number)
    gateway, answers = gateway_for(app), []

    def charge_refunded_event(serial: int) -> None:
        charge = {"id": order.charge_id, "object": "charge"}
        body = json.dumps({"id": f"evt_early_{serial}", "object": "event", "type": "charge.refunded",
                           "data": {"object": charge}}).encode()  # fmt: skip
        secret = app.config["STRIPE_WEBHOOK_SECRET"]
        answer = app.test_client().post(
            "/webhooks/stripe", data=body, headers={"Stripe-Signature": signed(body, secret)}
        )
        answers.append(answer.status_code)

    class EventBeforeOurRecord:
        def __getattr__(self, name):
            return getattr(gateway, name)

        def refund(self, *args, **kwargs):
            made = gateway.refund(*args, **kwargs)
            charge_refunded_event(1)  # Stripe's event overtakes Stripe's answer to us
            return made

    with app.app_context(), unit_of_work(sessionmaker_for(app)) as session:

        @contextmanager
        def released():
            session.commit()  # what db.released does for a request
            yield

        admin = Actor(None, "admin")
        refunds.refund_line(session, EventBeforeOurRecord(), order.id, order.lines[0].id, 2000, False,
                            "Frame cracked", admin, utcnow(), between=released)  # fmt: skip
    charge_refunded_event(2)  # delivered again once recorded: nothing is missing any more
    assert answers == [503, 200]
    order = order_of(db, number)
    assert order.amount_refunded_minor == 2000 and order.refund_asked_at is None
    with db(write=False) as session:
        recorded = [(r.amount_minor, r.origin) for r in session.scalars(select(Refund))]
    assert recorded == [(2000, "marketplace")]
