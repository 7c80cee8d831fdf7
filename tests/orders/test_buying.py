"""Buying through the real stripe library and the project's fake Stripe server, webhooks included."""

import email
import email.policy
import threading
import time
from urllib.parse import urlsplit

import pytest
import requests
from sqlalchemy import func, select

from marketplace.audit import AuditEntry
from marketplace.catalog.models import Work
from marketplace.orders.models import Order, WebhookEvent
from tests.support.forms import CSRF_RE, PASSWORD, post_form, sign_in
from tests.support.i18n import translated
from tests.support.market import ADDRESS, confirmed_total, running_market


@pytest.fixture
def sync_market(app):
    """The marketplace on a real port and the fake Stripe beside it, delivering webhooks synchronously
    (unlike the shared ``market``, whose webhooks arrive in the background)."""
    with running_market(app, synchronous=True) as (app_url, fake_url, fake):
        yield {"app_url": app_url, "fake_url": fake_url, "fake": fake}


@pytest.fixture
def buyer(app, make_user):
    make_user(email="buyer@example.org", language="fr")
    client = app.test_client()
    sign_in(client, email="buyer@example.org")
    return client


def add_to_cart(client, work_id, quantity=1):
    page = f"/fr/works/{work_id}-kanga-ya-bluu"
    return post_form(
        client, "/fr/cart/add", {"work_id": work_id, "quantity": quantity, "next": page}, token_from=page
    )


def check_out(client, currency, **extra):
    """Address, then the review of delivery and total, then "Pay": where the buyer is sent to pay."""
    url = f"/fr/checkout/{currency}"
    review = post_form(client, url, {**ADDRESS, **extra}, token_from="/fr/cart/")
    if review.status_code != 200:
        return review
    total = confirmed_total(review.get_data(as_text=True))
    return post_form(client, url, {**ADDRESS, **extra, "confirm": total}, token_from="/fr/cart/")


def pay(sync_market, response, action="pay:card"):
    """The buyer clicks on the fake Stripe pay page; returns where Stripe sends the browser."""
    pay_url = response.headers["Location"]
    assert pay_url.startswith(sync_market["fake_url"])
    answer = requests.post(pay_url, data={"action": action}, allow_redirects=False, timeout=30)
    return answer


def stock(db, work_id) -> int:
    with db(write=False) as session:
        return session.get(Work, work_id).stock


def only_order(db) -> Order:
    with db(write=False) as session:
        order = session.scalar(select(Order))
        order.lines, order.shipments  # noqa: B018  (load before the session closes)
        return order


def test_buy_a_limited_edition_by_card(app, sync_market, buyer, make_artist, make_work, db, outbox):
    work_id = make_work(make_artist(), edition="limited", size=20, stock=5, price=650000, currency="EUR")
    add_to_cart(buyer, work_id, 2)
    response = check_out(buyer, "EUR")
    assert response.status_code == 303
    assert stock(db, work_id) == 3  # held while the buyer pays
    order = only_order(db)
    assert (order.status, order.total_minor, order.currency) == ("pending_payment", 1300000, "EUR")
    answer = pay(sync_market, response)
    assert answer.status_code == 303
    back = urlsplit(answer.headers["Location"])
    assert back.path == f"/fr/orders/{order.number}/return"
    detail = buyer.get(f"{back.path}?{back.query}", follow_redirects=True).get_data(as_text=True)
    assert "Payée" in detail or order.number in detail
    order = only_order(db)
    assert order.status == "paid" and order.payment_intent_id.startswith("pi_")
    assert order.lines[0].edition_numbers == [1, 2]
    assert stock(db, work_id) == 3
    languages = sorted(email.message_from_bytes(m.encode(), policy=email.policy.default)["Content-Language"]
                       for m in outbox())  # fmt: skip
    assert languages == ["fr", "sw"]  # the buyer, and the artist who ships


def test_totals_come_from_the_database_only(app, sync_market, buyer, make_artist, make_work, db):
    work_id = make_work(make_artist(), price=650000, currency="EUR")
    add_to_cart(buyer, work_id)
    response = check_out(buyer, "EUR", total_minor="1", unit_price_minor="1", quantity="9", price="0.01")
    session_id = response.headers["Location"].rsplit("/", 1)[1]
    remote = requests.get(
        f"{sync_market['fake_url']}/v1/checkout/sessions/{session_id}",
        headers={"Authorization": f"Bearer {app.config['STRIPE_SECRET_KEY']}"},
        timeout=10,
    ).json()
    assert remote["amount_total"] == 650000 and remote["currency"] == "eur"
    assert only_order(db).total_minor == 650000


def test_alipay_and_wechat_only_where_stripe_allows(app, sync_market, buyer, make_artist, make_work):
    artist = make_artist()
    add_to_cart(buyer, make_work(artist, price=680000, currency="CNY"))
    add_to_cart(buyer, make_work(artist, price=650000, currency="KES"))
    page = buyer.get("/en/checkout/CNY").get_data(as_text=True)
    assert "Alipay" in page and "WeChat Pay" in page
    page = buyer.get("/en/checkout/KES").get_data(as_text=True)
    assert "Alipay" not in page and "WeChat Pay" not in page


def test_a_currency_stripe_cannot_present_is_refused_before_calling_it(
    app, sync_market, buyer, make_artist, make_work, db
):
    add_to_cart(buyer, make_work(make_artist(), price=150000, currency="GHS"))
    assert "cannot be paid online yet" in buyer.get("/en/cart/").get_data(as_text=True)
    response = check_out(buyer, "GHS")
    assert response.status_code == 302 and response.headers["Location"].endswith("/fr/cart/")
    with db(write=False) as session:
        assert session.scalar(select(func.count()).select_from(Order)) == 0


@pytest.mark.parametrize("status", [429, 500])
def test_stripe_errors_leave_nothing_behind(app, sync_market, buyer, make_artist, make_work, db, status):
    work_id = make_work(make_artist(), currency="EUR")
    add_to_cart(buyer, work_id)
    requests.post(f"{sync_market['fake_url']}/_control/fail", json={"status": status, "times": 5}, timeout=10)
    response = check_out(buyer, "EUR")
    assert response.status_code == 400
    assert "Nothing was charged" in response.get_data(as_text=True) or "rien" in response.get_data(
        as_text=True
    )
    assert stock(db, work_id) == 1
    # The order was committed before Stripe was called (no lock held while it answers), then cancelled:
    # nothing waits for payment and the buyer's orders do not list it.
    with db(write=False) as session:
        assert [o.status for o in session.scalars(select(Order))] == ["cancelled"]
    assert "D2" not in buyer.get("/en/orders/").get_data(as_text=True)


def test_bad_signature_is_refused_and_changes_nothing(app, sync_market, client, db):
    response = client.post(
        "/webhooks/stripe", data=b'{"id": "evt_1", "type": "checkout.session.completed"}',
        headers={"Stripe-Signature": "t=1,v1=deadbeef"},
    )  # fmt: skip
    assert response.status_code == 400
    assert client.post("/webhooks/stripe", data=b"{}").status_code == 400
    with db(write=False) as session:
        assert session.scalar(select(func.count()).select_from(WebhookEvent)) == 0


def test_duplicate_deliveries_fulfil_once(app, sync_market, buyer, make_artist, make_work, db, outbox):
    work_id = make_work(make_artist(), currency="EUR")
    add_to_cart(buyer, work_id)
    pay(sync_market, check_out(buyer, "EUR"))
    events = requests.get(f"{sync_market['fake_url']}/_control/events", timeout=10).json()
    completed = next(e for e in (events.get("data", events)) if e["type"] == "checkout.session.completed")
    requests.post(f"{sync_market['fake_url']}/_control/redeliver",
                  json={"event_id": completed["id"], "times": 20}, timeout=60)  # fmt: skip
    order = only_order(db)
    assert order.status == "paid"
    with db(write=False) as session:
        paid_rows = session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.to_status == "paid")
        )
    assert paid_rows == 1
    assert len(outbox()) == 2  # one to the buyer, one to the artist


def test_expiry_releases_the_stock_once(app, sync_market, buyer, make_artist, make_work, db):
    work_id = make_work(make_artist(), edition="open", stock=4, currency="EUR")
    add_to_cart(buyer, work_id, 3)
    check_out(buyer, "EUR")
    assert stock(db, work_id) == 1
    requests.post(f"{sync_market['fake_url']}/_control/advance", json={"seconds": 36 * 60}, timeout=30)
    events = requests.get(f"{sync_market['fake_url']}/_control/events", timeout=10).json()
    expired = next(e for e in events.get("data", events) if e["type"] == "checkout.session.expired")
    requests.post(f"{sync_market['fake_url']}/_control/redeliver",
                  json={"event_id": expired["id"], "times": 5}, timeout=60)  # fmt: skip
    assert only_order(db).status == "expired"
    assert stock(db, work_id) == 4


def test_abandoning_shows_the_order_and_its_cancel_button_changes_it(
    app, sync_market, buyer, make_artist, make_work, db
):
    work_id = make_work(make_artist(), currency="EUR")
    add_to_cart(buyer, work_id)
    answer = pay(sync_market, check_out(buyer, "EUR"), action="abandon")
    back = urlsplit(answer.headers["Location"])
    # Stripe's cancel address is a GET: it changes nothing and shows the order with its button.
    page = buyer.get(back.path, follow_redirects=True)
    assert page.status_code == 200
    assert only_order(db).status == "pending_payment" and stock(db, work_id) == 0
    body = page.get_data(as_text=True)
    assert f'<form method="post" action="{back.path}">' in body
    assert translated("fr", "Cancel this order") in body
    order_page = back.path.removesuffix("/cancel")
    cancelled = post_form(buyer, back.path, {}, token_from=order_page)
    assert cancelled.status_code == 302
    assert only_order(db).status in ("expired", "cancelled")
    assert stock(db, work_id) == 1
    assert cancelled.headers["Location"] == order_page
    after = buyer.get(order_page).get_data(as_text=True)
    assert translated("fr", "Cancel this order") not in after


def test_cancelling_needs_a_post_with_the_token(
    app, sync_market, buyer, make_user, make_artist, make_work, db
):
    work_id = make_work(make_artist(), currency="EUR")
    add_to_cart(buyer, work_id)
    check_out(buyer, "EUR")
    cancel = f"/fr/orders/{only_order(db).number}/cancel"
    assert buyer.get(cancel).status_code == 302
    assert buyer.post(cancel).status_code == 400  # no CSRF token
    assert only_order(db).status == "pending_payment" and stock(db, work_id) == 0
    # Nobody else can cancel it.
    make_user(email="other@example.org")
    other = app.test_client()
    sign_in(other, email="other@example.org")
    assert post_form(other, cancel, {}, token_from="/fr/").status_code == 404
    assert only_order(db).status == "pending_payment"


def test_payment_after_the_hold_is_gone_is_refunded(
    app, sync_market, buyer, make_artist, make_work, db, outbox
):
    from marketplace.orders import checkout, workflow
    from marketplace.orders.models import OrderStatus

    work_id = make_work(make_artist(), currency="EUR")
    add_to_cart(buyer, work_id)
    response = check_out(buyer, "EUR")
    with db() as session:
        order = session.scalar(select(Order))
        checkout.release(session, order)
        workflow.ORDER.move(session, order, OrderStatus.EXPIRED, actor_id=None, actor_role="system")
        session.get(Work, work_id).stock = 0  # someone else bought it meanwhile
    pay(sync_market, response)
    order = only_order(db)
    assert order.status == "refunded" and order.amount_refunded_minor == order.total_minor
    assert stock(db, work_id) == 0
    # Stripe makes the refund after the commit, from the worker's sweep (never while the order is locked).
    fake = sync_market["fake"].extensions["fake_stripe"]
    assert fake.refunds == {}
    result = app.test_cli_runner().invoke(args=["orders", "sweep"])
    assert result.exit_code == 0, result.output
    [refund] = fake.refunds.values()
    assert refund["amount"] == order.total_minor and refund["payment_intent"] == order.payment_intent_id
    assert app.test_cli_runner().invoke(args=["orders", "sweep"]).exit_code == 0
    assert len(fake.refunds) == 1  # made once
    told = translated("fr", "Daraja: your order %(number)s has been refunded", number=order.number)
    assert any(email.message_from_bytes(m.encode(), policy=email.policy.default)["Subject"] == told
               for m in outbox())  # fmt: skip


def test_last_unit_goes_to_exactly_one_buyer(app, sync_market, make_user, make_artist, make_work, db):
    work_id = make_work(make_artist(), currency="EUR")
    clients = []
    for n in range(8):
        make_user(email=f"b{n}@example.org")
        client = app.test_client()
        sign_in(client, email=f"b{n}@example.org")
        add_to_cart(client, work_id)
        clients.append(client)
    barrier = threading.Barrier(len(clients))
    results = []

    def attempt(client):
        token = CSRF_RE.search(client.get("/fr/checkout/EUR").get_data(as_text=True)).group(1)
        review = client.post("/fr/checkout/EUR", data={"csrf_token": token, **ADDRESS}).get_data(as_text=True)
        address = {**ADDRESS, "confirm": confirmed_total(review)}
        barrier.wait()
        results.append(client.post("/fr/checkout/EUR", data={"csrf_token": token, **address}).status_code)

    threads = [threading.Thread(target=attempt, args=(c,)) for c in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(results) == [303] + [400] * 7
    assert stock(db, work_id) == 0
    with db(write=False) as session:
        assert session.scalar(select(func.count()).select_from(Order)) == 1


def test_artist_ships_and_the_buyer_is_told(app, sync_market, buyer, make_artist, make_work, db, outbox):
    work_id = make_work(make_artist(), currency="EUR")
    add_to_cart(buyer, work_id)
    pay(sync_market, check_out(buyer, "EUR"))
    number = only_order(db).number
    artist = app.test_client()
    sign_in(artist, email="artist@example.org")
    assert number in artist.get("/en/studio/orders/").get_data(as_text=True)
    post_form(artist, f"/en/studio/orders/{number}/ship", {"carrier": "DHL", "tracking_number": "JD0123"},
              token_from="/en/studio/orders/")  # fmt: skip
    assert only_order(db).status == "shipped"
    assert (
        "JD0123" in email.message_from_bytes(outbox()[-1].encode(), policy=email.policy.default).get_content()
    )
    post_form(artist, f"/en/studio/orders/{number}/delivered", {}, token_from="/en/studio/orders/")
    assert only_order(db).status == "delivered"
    last = email.message_from_bytes(outbox()[-1].encode(), policy=email.policy.default)
    told = translated("fr", "Daraja: your order %(number)s has been delivered", number=number)
    assert last["Subject"] == told
    # Nobody else can see or change it.
    other = app.test_client()
    sign_in(other, email="buyer@example.org")
    assert other.get(f"/fr/orders/{number}").status_code == 200
    assert other.post(f"/en/studio/orders/{number}/ship").status_code in (400, 403, 404)


def test_orders_belong_to_their_buyer(app, sync_market, buyer, make_user, make_artist, make_work, db):
    add_to_cart(buyer, make_work(make_artist(), currency="EUR"))
    check_out(buyer, "EUR")
    number = only_order(db).number
    make_user(email="someone@example.org")
    other = app.test_client()
    sign_in(other, email="someone@example.org", password=PASSWORD)
    assert other.get(f"/fr/orders/{number}").status_code == 404


def test_the_return_page_writes_as_a_writer(
    app, sync_market, buyer, make_artist, make_work, db, backend, count_queries
):
    """The return URL is a GET that settles the order: on SQLite it must start with BEGIN IMMEDIATE, or it
    fails with 'database is locked' when the webhook commits first."""
    if backend != "sqlite":
        pytest.skip("SQLite locking")
    add_to_cart(buyer, make_work(make_artist(), currency="EUR"))
    answer = pay(sync_market, check_out(buyer, "EUR"))
    back = urlsplit(answer.headers["Location"])
    with count_queries() as counter:
        assert buyer.get(f"{back.path}?{back.query}").status_code == 302
    begins = [statement for statement in counter.statements if statement.startswith("BEGIN")]
    assert begins and begins[0] == "BEGIN IMMEDIATE"


def test_a_stripe_timeout_leaves_nothing_behind(app, sync_market, buyer, make_artist, make_work, db):
    app.config["STRIPE_TIMEOUT_SECONDS"] = 0.5
    work_id = make_work(make_artist(), currency="EUR")
    add_to_cart(buyer, work_id)
    requests.post(
        f"{sync_market['fake_url']}/_control/fail", json={"delay_seconds": 3, "times": 3}, timeout=10
    )
    response = check_out(buyer, "EUR")
    assert response.status_code == 400
    assert stock(db, work_id) == 1
    with db(write=False) as session:  # committed before Stripe was called, then cancelled
        assert [o.status for o in session.scalars(select(Order))] == ["cancelled"]


def test_a_slow_stripe_does_not_hold_up_other_buyers(
    app, sync_market, buyer, make_user, make_artist, make_work
):
    """No database write transaction or row lock is held while Stripe answers: while one buyer's payment
    page takes 5 s to open, another buyer adds the same work to their cart and checks out at once."""
    app.config["STRIPE_TIMEOUT_SECONDS"] = 10
    work_id = make_work(make_artist(), currency="EUR", edition="open", stock=5)
    make_user(email="other@example.org", language="fr")
    other = app.test_client()
    sign_in(other, email="other@example.org")
    add_to_cart(buyer, work_id)
    slow_once = {"delay_seconds": 5, "times": 1}
    requests.post(f"{sync_market['fake_url']}/_control/fail", json=slow_once, timeout=10)
    slow = threading.Thread(target=check_out, args=(buyer, "EUR"))
    slow.start()
    time.sleep(0.8)  # the first buyer's request now waits for Stripe
    started = time.monotonic()
    assert add_to_cart(other, work_id).status_code == 302
    assert check_out(other, "EUR").status_code == 303
    assert time.monotonic() - started < 3.0  # not the 4 s left of the first buyer's wait
    slow.join(timeout=30)


def test_declined_card_leaves_the_order_unpaid_until_the_buyer_gives_up(app, sync_market, buyer, make_artist,
                                                                         make_work, db):  # fmt: skip
    work_id = make_work(make_artist(), currency="EUR")
    add_to_cart(buyer, work_id)
    response = check_out(buyer, "EUR")
    declined = pay(sync_market, response, action="decline")
    assert declined.status_code == 402 and "Your card was declined." in declined.text
    assert only_order(db).status == "pending_payment"
    answer = pay(sync_market, response, action="abandon")
    back = urlsplit(answer.headers["Location"]).path
    buyer.get(back)
    post_form(buyer, back, {}, token_from=back.removesuffix("/cancel"))  # "Cancel this order"
    assert only_order(db).status in ("cancelled", "expired")
    assert stock(db, work_id) == 1


def test_events_in_any_order_give_the_same_end_state(
    app, sync_market, buyer, make_artist, make_work, db, outbox
):
    work_id = make_work(make_artist(), currency="EUR")
    add_to_cart(buyer, work_id)
    pay(sync_market, check_out(buyer, "EUR"))
    events = requests.get(f"{sync_market['fake_url']}/_control/events", timeout=10).json()
    events = events.get("data", events)
    for event in reversed(events):
        requests.post(f"{sync_market['fake_url']}/_control/redeliver",
                      json={"event_id": event["id"], "times": 2}, timeout=60)  # fmt: skip
    assert only_order(db).status == "paid"
    assert stock(db, work_id) == 0
    assert len(outbox()) == 2


def test_the_sweeper_settles_holds_whose_events_were_missed(
    app, sync_market, buyer, make_artist, make_work, db
):
    from datetime import timedelta

    work_id = make_work(make_artist(), edition="open", stock=2, currency="EUR")
    add_to_cart(buyer, work_id, 2)
    check_out(buyer, "EUR")
    assert stock(db, work_id) == 0
    with db() as session:
        order = session.scalar(select(Order))
        order.expires_at = order.expires_at - timedelta(hours=1)  # our clock says the hold is over
    result = app.test_cli_runner().invoke(args=["orders", "sweep"])
    assert result.exit_code == 0, result.output
    assert "Settled 1 overdue orders" in result.output
    assert only_order(db).status == "expired"
    assert stock(db, work_id) == 2


def test_the_sweeper_releases_an_order_whose_payment_page_never_opened(
    app, buyer, make_artist, make_work, db
):
    """The checkout commits the order and its hold before calling Stripe; if the process dies before it
    records the payment session, the sweep ends the hold when it runs out, without asking Stripe."""
    from datetime import timedelta

    from marketplace.accounts.models import User
    from marketplace.db import utcnow
    from marketplace.orders import carts, checkout

    work_id = make_work(make_artist(), edition="open", stock=2, currency="EUR")
    add_to_cart(buyer, work_id, 2)
    with app.test_request_context("/fr/"), db() as session:
        user = session.scalar(select(User).where(User.email == "buyer@example.org"))
        cart = carts.find(session, user.id, None)
        address = checkout.Address(**{"line2": "", "region": "", **ADDRESS})
        checkout.start(session, user, cart, "EUR", address, "fr", utcnow() - timedelta(hours=1))
    assert stock(db, work_id) == 0
    result = app.test_cli_runner().invoke(args=["orders", "sweep"])
    assert result.exit_code == 0, result.output
    assert only_order(db).status == "expired"
    assert stock(db, work_id) == 2
