"""The fake Stripe server, driven through the real ``stripe`` library as the marketplace drives Stripe."""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request

import pytest
import stripe
from flask import Flask

from marketplace.payments import methods
from marketplace.payments.fake_stripe.cli import fake_stripe_cli
from marketplace.payments.fake_stripe.state import decode_form
from tests.support.payments import API_KEY, WEBHOOK_SECRET, session_params

# --- methods.py ---------------------------------------------------------------------------------------------


def test_methods_per_currency():
    assert methods.methods_for("usd") == ["card", "alipay", "wechat_pay"]
    assert methods.methods_for("CNY") == ["card", "alipay", "wechat_pay"]
    assert methods.methods_for("MYR") == ["card", "alipay"]
    assert methods.methods_for("CHF") == ["card", "wechat_pay"]
    for currency in ("KES", "NGN", "ZAR", "XOF", "TZS", "EGP", "MAD"):
        assert methods.methods_for(currency) == ["card"], currency
    assert methods.methods_for("GHS") == []  # not a Stripe presentment currency
    assert methods.methods_for("XYZ") == []


@pytest.mark.parametrize(
    ("minor", "currency", "expected"),
    [
        (1050, "USD", 1050),
        (25000, "XOF", 25000),  # zero-decimal at ISO and at Stripe
        (500, "JPY", 500),
        (5, "ISK", 500),  # ISO: no decimals; Stripe: two, always 00
        (3800, "UGX", 380000),
        (5120, "KWD", 5120),  # thousandths, last digit 0
        (12300, "MGA", 123),  # ISO: two decimals; Stripe: zero-decimal
    ],
)
def test_to_stripe_amount(minor, currency, expected):
    assert methods.to_stripe_amount(minor, currency) == expected
    assert methods.from_stripe_amount(expected, currency) == minor


@pytest.mark.parametrize(("minor", "currency"), [(5124, "KWD"), (12345, "MGA"), (100, "GHS"), (-1, "USD")])
def test_to_stripe_amount_refuses_what_stripe_cannot_charge(minor, currency):
    with pytest.raises(ValueError):
        methods.to_stripe_amount(minor, currency)


def test_decode_form_reads_stripe_bracket_notation():
    pairs = [
        ("line_items[0][price_data][currency]", "usd"),
        ("line_items[1][quantity]", "2"),
        ("line_items[0][quantity]", "1"),
        ("expand[]", "payment_intent"),
        ("expand[]", "line_items"),
        ("metadata[0]", "kept as a key"),
    ]
    assert decode_form(pairs) == {
        "line_items": [{"price_data": {"currency": "usd"}, "quantity": "1"}, {"quantity": "2"}],
        "expand": ["payment_intent", "line_items"],
        "metadata": {"0": "kept as a key"},
    }


# --- checkout sessions --------------------------------------------------------------------------------------


def test_create_and_retrieve_a_session(fake):
    client = fake.client()
    session = client.v1.checkout.sessions.create(params=session_params())
    assert session.id.startswith("cs_test_")
    assert session.object == "checkout.session"
    assert session.url == f"{fake.url}/pay/{session.id}"
    assert (session.status, session.payment_status, session.mode) == ("open", "unpaid", "payment")
    assert session.amount_total == session.amount_subtotal == 16500
    assert session.currency == "usd"
    assert session.metadata.to_dict() == {"order_number": "A-1"}
    assert session.client_reference_id == "A-1"
    assert session.payment_method_types == ["card", "alipay", "wechat_pay"]
    assert session.payment_intent is None
    assert session.livemode is False
    assert session.expires_at > session.created
    assert session.success_url.endswith("{CHECKOUT_SESSION_ID}")
    assert "line_items" not in session  # as Stripe: only when expanded

    again = client.v1.checkout.sessions.retrieve(
        session.id, params={"expand": ["payment_intent", "line_items"]}
    )
    assert again.id == session.id and again.payment_intent is None
    assert [item.description for item in again.line_items.data] == ["Indigo batik", "Kanga"]
    assert again.line_items.data[1].amount_total == 4000


def test_retrieve_expands_the_payment_intent_once_paid(fake):
    client = fake.client()
    session = client.v1.checkout.sessions.create(params=session_params())
    fake.browser().post(f"/pay/{session.id}", data={"action": "pay:card"})

    plain = client.v1.checkout.sessions.retrieve(session.id)
    assert isinstance(plain.payment_intent, str) and plain.payment_intent.startswith("pi_")
    expanded = client.v1.checkout.sessions.retrieve(
        session.id, params={"expand": ["payment_intent.latest_charge"]}
    )
    intent = expanded.payment_intent
    assert isinstance(intent, stripe.PaymentIntent)
    assert intent.id == plain.payment_intent
    assert (intent.status, intent.amount, intent.currency) == ("succeeded", 16500, "usd")
    assert intent.latest_charge.id.startswith("ch_")
    assert intent.latest_charge.payment_method_details.type == "card"
    # The session's metadata plus payment_intent_data[metadata].
    assert intent.metadata.to_dict() == {"order_number": "A-1", "buyer": "7"}
    assert client.v1.payment_intents.retrieve(intent.id).latest_charge == intent.latest_charge.id


def line(currency: str, amount: int, name: str = "x") -> list[dict]:
    return [{"price_data": {"currency": currency, "unit_amount": amount, "product_data": {"name": name}},
             "quantity": 1}]  # fmt: skip


CARD = ["card"]


@pytest.mark.parametrize(
    ("overrides", "param"),
    [
        ({"line_items": line("usd", 0)}, "line_items[0][price_data][unit_amount]"),
        ({"payment_method_options": {}}, "payment_method_options[wechat_pay][client]"),
        (
            {"line_items": line("kes", 450000), "payment_method_types": ["card", "alipay"]},
            "payment_method_types",
        ),
        ({"expires_at": int(time.time()) + 600}, "expires_at"),
        ({"expires_at": int(time.time()) + 25 * 3600}, "expires_at"),
        (
            {"line_items": line("ghs", 100), "payment_method_types": CARD},
            "line_items[0][price_data][currency]",
        ),
        (
            {"line_items": line("kwd", 5124), "payment_method_types": CARD},
            "line_items[0][price_data][unit_amount]",
        ),
        (
            {"line_items": line("isk", 550), "payment_method_types": CARD},
            "line_items[0][price_data][unit_amount]",
        ),
        ({"locale": "sw"}, "locale"),  # Checkout has no Swahili
        ({"customer_email": ""}, "customer_email"),
        ({"shipping_options": [{"shipping_rate": "shr_1"}]}, "shipping_options"),
        ({"success_url": "not a url"}, "success_url"),
    ],
)
def test_invalid_sessions_are_refused_like_stripe(fake, overrides, param):
    with pytest.raises(stripe.InvalidRequestError) as refused:
        fake.client().v1.checkout.sessions.create(params=session_params(**overrides))
    assert refused.value.http_status == 400
    assert refused.value.param == param
    assert refused.value.json_body["error"]["type"] == "invalid_request_error"
    assert fake.state.sessions == {}


def test_idempotent_replay_and_conflict(fake):
    client = fake.client()
    first = client.v1.checkout.sessions.create(
        params=session_params(), options={"idempotency_key": "order-A-1"}
    )
    again = client.v1.checkout.sessions.create(
        params=session_params(), options={"idempotency_key": "order-A-1"}
    )
    assert again.id == first.id
    assert again.last_response.headers["Idempotent-Replayed"] == "true"
    assert again.last_response.body == first.last_response.body
    assert len(fake.state.sessions) == 1

    with pytest.raises(stripe.IdempotencyError):
        client.v1.checkout.sessions.create(
            params=session_params(client_reference_id="A-2"), options={"idempotency_key": "order-A-1"}
        )


def test_a_refused_request_does_not_use_up_its_idempotency_key(fake):
    client = fake.client()
    with pytest.raises(stripe.InvalidRequestError):
        client.v1.checkout.sessions.create(
            params=session_params(locale="sw"), options={"idempotency_key": "k"}
        )
    session = client.v1.checkout.sessions.create(
        params=session_params(locale="en"), options={"idempotency_key": "k"}
    )
    assert session.locale == "en"


def test_concurrent_requests_are_safe(fake):
    client = fake.client()
    ids: list[str] = []

    def create(key: str) -> None:
        session = client.v1.checkout.sessions.create(
            params=session_params(), options={"idempotency_key": key}
        )
        ids.append(session.id)

    threads = [threading.Thread(target=create, args=(f"k{i % 5}",)) for i in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(ids) == 20
    assert len(set(ids)) == 5 == len(fake.state.sessions)


def test_a_missing_or_wrong_key_is_refused(fake):
    with pytest.raises(stripe.AuthenticationError):
        fake.client(api_key="").v1.checkout.sessions.create(params=session_params())
    with pytest.raises(stripe.AuthenticationError) as refused:
        fake.client(api_key="sk_live_1234567890abcdef").v1.checkout.sessions.retrieve("cs_test_x")
    assert refused.value.http_status == 401
    with pytest.raises(urllib.error.HTTPError) as raw:
        urllib.request.urlopen(f"{fake.url}/v1/events/evt_1", timeout=5)  # noqa: S310
    assert raw.value.code == 401
    assert json.loads(raw.value.read())["error"]["type"] == "invalid_request_error"


def test_unknown_urls_and_pages(fake):
    with pytest.raises(urllib.error.HTTPError) as raw:
        request = urllib.request.Request(
            f"{fake.url}/v1/customers", headers={"Authorization": f"Bearer {API_KEY}"}
        )
        urllib.request.urlopen(request, timeout=5)  # noqa: S310
    assert raw.value.code == 404
    assert json.loads(raw.value.read())["error"]["message"].startswith(
        "Unrecognized request URL (GET: /v1/customers)"
    )
    assert fake.browser().get("/pay/cs_test_nope").status_code == 404
    with pytest.raises(stripe.InvalidRequestError) as refused:
        fake.client().v1.checkout.sessions.create(params=session_params(expand=["customer"]))
    assert refused.value.param == "expand" and fake.state.sessions == {}


def test_unknown_ids_are_resource_missing(fake):
    client = fake.client()
    calls = [
        lambda: client.v1.checkout.sessions.retrieve("cs_test_nope"),
        lambda: client.v1.payment_intents.retrieve("pi_nope"),
        lambda: client.v1.events.retrieve("evt_nope"),
        lambda: client.v1.checkout.sessions.expire("cs_test_nope"),
    ]
    for call in calls:
        with pytest.raises(stripe.InvalidRequestError) as missing:
            call()
        assert missing.value.http_status == 404
        assert missing.value.code == "resource_missing"


# --- injected failures --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error", "code"),
    [
        (429, stripe.RateLimitError, "rate_limit"),
        (500, stripe.APIError, None),
        (402, stripe.CardError, "card_declined"),
    ],
)
def test_injected_failures_raise_stripes_errors(fake, status, error, code):
    client = fake.client()
    fake.control("fail", {"status": status, "times": 2, "path_prefix": "/v1/checkout/sessions"})
    for _ in range(2):
        with pytest.raises(error) as failed:
            client.v1.checkout.sessions.create(params=session_params())
        assert failed.value.http_status == status
        # stripe-python keeps ``code`` on CardError only (RateLimitError drops it): read the envelope.
        assert failed.value.json_body["error"].get("code") == code
    assert client.v1.checkout.sessions.create(params=session_params()).status == "open"
    assert fake.state.failures == []


def test_a_lock_timeout_marked_retryable_is_retried_by_stripe(fake):
    # stripe-python retries a 429 only when Stripe says so with ``Stripe-Should-Retry: true``.
    fake.control("fail", {"status": 429, "code": "lock_timeout", "should_retry": True})
    assert fake.client(retries=1).v1.checkout.sessions.create(params=session_params()).status == "open"
    fake.control("fail", {"status": 429})
    with pytest.raises(stripe.RateLimitError):
        fake.client(retries=1).v1.checkout.sessions.create(params=session_params())


def test_an_injected_failure_only_hits_its_path(fake):
    client = fake.client()
    session = client.v1.checkout.sessions.create(params=session_params())
    fake.control("fail", {"status": 500, "path_prefix": "/v1/refunds"})
    assert client.v1.checkout.sessions.retrieve(session.id).id == session.id
    assert len(fake.state.failures) == 1


def test_stripe_retries_a_500_with_the_same_idempotency_key(fake):
    fake.control("fail", {"status": 500, "times": 1})
    session = fake.client(retries=2).v1.checkout.sessions.create(params=session_params())
    assert session.status == "open"
    assert len(fake.state.sessions) == 1


def test_a_delay_longer_than_the_timeout_is_a_connection_error(fake):
    client = fake.client(timeout=0.5)
    params = session_params()
    fake.control("fail", {"delay_seconds": 1.5})
    with pytest.raises(stripe.APIConnectionError):
        client.v1.checkout.sessions.create(params=params, options={"idempotency_key": "slow"})
    # Stripe still did the work: retrying with the same key gets that session, not a second one.
    time.sleep(1.2)
    session = client.v1.checkout.sessions.create(params=params, options={"idempotency_key": "slow"})
    assert list(fake.state.sessions) == [session.id]


# --- the hosted pay page ------------------------------------------------------------------------------------


def test_the_pay_page_shows_amount_and_one_button_per_method(fake):
    params = session_params(line_items=line("xof", 25000, "Bògòlanfini"), payment_method_types=CARD)
    session = fake.client().v1.checkout.sessions.create(params=params)
    with urllib.request.urlopen(session.url, timeout=5) as answer:  # noqa: S310 (loopback)
        html = answer.read().decode()
    assert '<html lang="en">' in html
    assert "XOF 25,000" in html and "Bògòlanfini" in html
    assert ">Pay by card</button>" in html
    assert "Alipay" not in html and "WeChat" not in html
    assert ">Simulate a declined card</button>" in html and ">Cancel and go back</button>" in html
    assert "<script" not in html

    full = fake.client().v1.checkout.sessions.create(params=session_params())
    html = fake.browser().get(f"/pay/{full.id}").get_data(as_text=True)
    assert "USD 165.00" in html
    assert ">Pay with Alipay</button>" in html and ">Pay with WeChat Pay</button>" in html


@pytest.mark.parametrize("method", ["card", "alipay", "wechat_pay"])
def test_paying_completes_the_session_and_sends_signed_events(fake, receiver, method):
    client = fake.client()
    session = client.v1.checkout.sessions.create(params=session_params())
    answer = fake.browser().post(f"/pay/{session.id}", data={"action": f"pay:{method}"})
    assert answer.status_code == 303
    assert answer.headers["Location"] == f"https://shop.test/en/orders/A-1/paid?session={session.id}"

    # Synchronous webhooks: both verified by construct_event before the pay page answered, in order.
    assert receiver.types() == ["checkout.session.completed", "payment_intent.succeeded"]
    completed, succeeded = receiver.events
    assert completed.data.object.id == session.id
    assert (completed.data.object.status, completed.data.object.payment_status) == ("complete", "paid")
    assert completed.data.object.metadata.order_number == "A-1"
    assert succeeded.data.object.id == completed.data.object.payment_intent
    assert succeeded.data.object.metadata.to_dict() == {"order_number": "A-1", "buyer": "7"}
    for event in receiver.events:
        assert event.id.startswith("evt_") and event.object == "event" and event.livemode is False
        assert event.api_version and event.created and "pending_webhooks" in event

    paid = client.v1.checkout.sessions.retrieve(
        session.id, params={"expand": ["payment_intent.latest_charge"]}
    )
    assert (paid.status, paid.payment_status, paid.url) == ("complete", "paid", None)
    assert paid.payment_intent.latest_charge.payment_method_details.type == method
    assert client.v1.events.retrieve(completed.id).pending_webhooks == 0


def test_a_declined_card_keeps_the_session_open(fake, receiver):
    client = fake.client()
    session = client.v1.checkout.sessions.create(params=session_params())
    answer = fake.browser().post(f"/pay/{session.id}", data={"action": "decline"})
    assert answer.status_code == 402
    assert "Your card was declined." in answer.get_data(as_text=True)
    assert receiver.types() == ["payment_intent.payment_failed"]
    failed = receiver.events[0].data.object
    assert failed.status == "requires_payment_method"
    assert failed.last_payment_error.code == "card_declined"
    assert failed.metadata.order_number == "A-1"
    assert client.v1.checkout.sessions.retrieve(session.id).status == "open"

    fake.browser().post(f"/pay/{session.id}", data={"action": "pay:card"})
    paid = client.v1.checkout.sessions.retrieve(session.id)
    assert paid.payment_intent == failed.id  # Checkout reuses the PaymentIntent after a decline


def test_abandoning_goes_back_to_the_cancel_url(fake, receiver):
    session = fake.client().v1.checkout.sessions.create(params=session_params())
    answer = fake.browser().post(f"/pay/{session.id}", data={"action": "abandon"})
    assert (answer.status_code, answer.headers["Location"]) == (303, "https://shop.test/en/cart")
    assert fake.client().v1.checkout.sessions.retrieve(session.id).status == "open"
    assert receiver.events == []


def test_a_completed_or_expired_session_cannot_be_paid(fake):
    client = fake.client()
    paid = client.v1.checkout.sessions.create(params=session_params())
    fake.browser().post(f"/pay/{paid.id}", data={"action": "pay:card"})
    again = fake.browser().post(f"/pay/{paid.id}", data={"action": "pay:card"})
    assert again.status_code == 400 and "already complete" in again.get_data(as_text=True)

    expired = client.v1.checkout.sessions.create(params=session_params())
    client.v1.checkout.sessions.expire(expired.id)
    late = fake.browser().post(f"/pay/{expired.id}", data={"action": "pay:alipay"})
    assert late.status_code == 400 and "expired" in late.get_data(as_text=True)
    assert [e for e in fake.event_types() if e == "payment_intent.succeeded"] == ["payment_intent.succeeded"]


def test_a_method_the_session_does_not_offer_is_refused(fake):
    session = fake.client().v1.checkout.sessions.create(params=session_params(payment_method_types=["card"]))
    answer = fake.browser().post(f"/pay/{session.id}", data={"action": "pay:alipay"})
    assert answer.status_code == 400
    assert fake.client().v1.checkout.sessions.retrieve(session.id).status == "open"


# --- time and expiry ----------------------------------------------------------------------------------------


def test_advancing_the_clock_expires_open_sessions(fake, receiver):
    client = fake.client()
    session = client.v1.checkout.sessions.create(params=session_params())
    kept = client.v1.checkout.sessions.create(params=session_params(expires_at=int(time.time()) + 7200))
    answer = fake.control("advance", {"seconds": 3601})
    assert answer["expired"] == [session.id]
    assert receiver.types() == ["checkout.session.expired"]
    assert receiver.events[0].data.object.status == "expired"
    assert client.v1.checkout.sessions.retrieve(session.id).status == "expired"
    assert client.v1.checkout.sessions.retrieve(kept.id).status == "open"


def test_sessions_also_expire_lazily_when_read(fake, receiver):
    client = fake.client()
    session = client.v1.checkout.sessions.create(params=session_params())
    fake.state.clock_offset = 3601  # the clock moves without anybody being told
    assert client.v1.checkout.sessions.retrieve(session.id).status == "expired"
    assert receiver.types() == ["checkout.session.expired"]
    assert fake.browser().get(f"/pay/{session.id}").status_code == 410


def test_expiring_a_session_by_api(fake, receiver):
    client = fake.client()
    session = client.v1.checkout.sessions.create(params=session_params())
    fake.browser().post(f"/pay/{session.id}", data={"action": "decline"})
    expired = client.v1.checkout.sessions.expire(session.id)
    assert (expired.status, expired.url) == ("expired", None)
    assert receiver.types() == [
        "payment_intent.payment_failed", "payment_intent.canceled", "checkout.session.expired"
    ]  # fmt: skip
    assert receiver.events[-1].request.idempotency_key  # stripe-python sends one on every POST
    with pytest.raises(stripe.InvalidRequestError) as refused:
        client.v1.checkout.sessions.expire(session.id)
    assert refused.value.http_status == 400


# --- refunds ------------------------------------------------------------------------------------------------


def paid_intent(fake) -> str:
    client = fake.client()
    session = client.v1.checkout.sessions.create(params=session_params())
    fake.browser().post(f"/pay/{session.id}", data={"action": "pay:card"})
    return client.v1.checkout.sessions.retrieve(session.id).payment_intent


def test_a_full_refund(fake, receiver):
    client = fake.client()
    intent = paid_intent(fake)
    refund = client.v1.refunds.create(params={"payment_intent": intent, "metadata": {"reason": "damaged"}})
    assert refund.id.startswith("re_")
    assert (refund.status, refund.amount, refund.currency, refund.payment_intent) == (
        "succeeded", 16500, "usd", intent
    )  # fmt: skip
    charge = client.v1.payment_intents.retrieve(intent, params={"expand": ["latest_charge"]}).latest_charge
    assert (charge.amount_refunded, charge.refunded) == (16500, True)
    assert receiver.types()[-2:] == ["refund.created", "charge.refunded"]
    with pytest.raises(stripe.InvalidRequestError) as again:
        client.v1.refunds.create(params={"payment_intent": intent})
    assert again.value.code == "charge_already_refunded"


def test_partial_refunds_and_over_refund(fake):
    client = fake.client()
    intent = paid_intent(fake)
    assert client.v1.refunds.create(params={"payment_intent": intent, "amount": 5000}).amount == 5000
    assert client.v1.refunds.create(params={"payment_intent": intent, "amount": 6500}).amount == 6500
    with pytest.raises(stripe.InvalidRequestError) as refused:
        client.v1.refunds.create(params={"payment_intent": intent, "amount": 5001})
    assert (refused.value.param, refused.value.code) == ("amount", "amount_too_large")
    charge = client.v1.payment_intents.retrieve(intent, params={"expand": ["latest_charge"]}).latest_charge
    assert (charge.amount_refunded, charge.refunded) == (11500, False)
    with pytest.raises(stripe.InvalidRequestError) as unknown:
        client.v1.refunds.create(params={"payment_intent": "pi_unknown"})
    assert unknown.value.code == "resource_missing"


# --- webhooks -----------------------------------------------------------------------------------------------


def test_redelivering_an_event_many_times_at_once(fake, receiver):
    paid_intent(fake)
    completed = receiver.events[0]
    answer = fake.control("redeliver", {"event_id": completed.id, "times": 5})
    assert answer["statuses"] == [200] * 5
    copies = [event for event in receiver.wait_for(7) if event.id == completed.id]
    assert len(copies) == 6
    # The same event each time (only pending_webhooks, counted at sending time, may differ).
    assert len({json.dumps(copy.data.object.to_dict(), sort_keys=True, default=str) for copy in copies}) == 1


def test_a_tampered_delivery_is_rejected_by_construct_event(fake, receiver):
    paid_intent(fake)
    body, header = receiver.raw[0]
    assert stripe.Webhook.construct_event(body, header, WEBHOOK_SECRET).type == "checkout.session.completed"
    tampered = body.replace(b'"paid"', b'"unpaid"', 1)
    assert tampered != body
    with pytest.raises(stripe.SignatureVerificationError):
        stripe.Webhook.construct_event(tampered, header, WEBHOOK_SECRET)
    with pytest.raises(stripe.SignatureVerificationError):
        stripe.Webhook.construct_event(body, header, "whsec_someone_else")
    old = int(header.split(",")[0][2:]) - 3600
    stale = fake.state.sign(body, old)
    with pytest.raises(stripe.SignatureVerificationError):
        stripe.Webhook.construct_event(body, stale, WEBHOOK_SECRET)
    assert receiver.rejected == []


def test_background_delivery_retries_a_failing_receiver(make_fake, receiver):
    fake = make_fake(synchronous=False)
    receiver.fail_next = 1
    session = fake.client().v1.checkout.sessions.create(params=session_params())
    answer = fake.browser().post(f"/pay/{session.id}", data={"action": "pay:wechat_pay"})
    assert answer.status_code == 303
    events = receiver.wait_for(2)
    assert [event.type for event in events] == ["checkout.session.completed", "payment_intent.succeeded"]
    attempts = fake.control("deliveries")["data"]
    assert [(a["attempt"], a["status"]) for a in attempts][:2] == [(1, 500), (2, 200)]


def test_background_delivery_after_an_api_call(make_fake, receiver):
    fake = make_fake(synchronous=False)
    client = fake.client()
    session = client.v1.checkout.sessions.create(params=session_params())
    client.v1.checkout.sessions.expire(session.id)
    (event,) = receiver.wait_for(1)
    assert (event.type, event.data.object.id) == ("checkout.session.expired", session.id)


def test_listing_events(fake):
    client = fake.client()
    paid_intent(fake)
    newest = client.v1.events.list(params={"limit": 1})
    assert [e.type for e in newest.data] == ["payment_intent.succeeded"] and newest.has_more
    completed = client.v1.events.list(params={"type": "checkout.session.completed"})
    assert [e.type for e in completed.data] == ["checkout.session.completed"]
    assert [e.type for e in client.v1.events.list(params={"limit": 1}).auto_paging_iter()] == [
        "payment_intent.succeeded", "checkout.session.completed"
    ]  # fmt: skip


def test_an_unreachable_receiver_leaves_events_pending(make_fake, monkeypatch):
    monkeypatch.setattr("marketplace.payments.fake_stripe.state.RETRY_PAUSES", (0.01, 0.01, 0.01))
    fake = make_fake(webhook_url="http://127.0.0.1:9/webhooks/stripe")
    fake.state.synchronous_webhooks = True
    session = fake.client().v1.checkout.sessions.create(params=session_params())
    assert fake.browser().post(f"/pay/{session.id}", data={"action": "pay:card"}).status_code == 303
    events = fake.control("events")["data"]
    assert [event["pending_webhooks"] for event in events] == [1, 1]
    attempts = fake.control("deliveries")["data"]
    assert len(attempts) == 8 and all(a["status"] is None and a["error"] for a in attempts)


def test_without_a_webhook_url_events_are_only_recorded(make_fake, receiver):
    fake = make_fake(webhook_url=None)
    session = fake.client().v1.checkout.sessions.create(params=session_params())
    fake.browser().post(f"/pay/{session.id}", data={"action": "pay:card"})
    assert fake.event_types() == ["checkout.session.completed", "payment_intent.succeeded"]
    assert fake.control("deliveries")["data"] == [] and receiver.events == []


# --- the command --------------------------------------------------------------------------------------------


def cli_app(**config) -> Flask:
    app = Flask(__name__)
    app.config.update(config)
    app.cli.add_command(fake_stripe_cli)
    return app


@pytest.mark.parametrize(
    ("config", "message"),
    [
        (
            {"ENV_NAME": "production", "FAKE_STRIPE_ENABLED": True, "STRIPE_WEBHOOK_SECRET": "whsec_x"},
            "production",
        ),
        (
            {"ENV_NAME": "development", "FAKE_STRIPE_ENABLED": False, "STRIPE_WEBHOOK_SECRET": "whsec_x"},
            "disabled",
        ),
        ({"ENV_NAME": "development", "FAKE_STRIPE_ENABLED": True}, "STRIPE_WEBHOOK_SECRET"),
    ],
)
def test_the_command_refuses_to_run(monkeypatch, config, message):
    monkeypatch.setattr("marketplace.payments.fake_stripe.cli.run_simple", pytest.fail)
    result = cli_app(**config).test_cli_runner().invoke(args=["fake-stripe", "run"])
    assert result.exit_code != 0
    assert message in result.output


def test_the_command_serves_the_fake(monkeypatch):
    served = {}

    def run_simple(host, port, app, **options):
        served.update(host=host, port=port, app=app, **options)

    monkeypatch.setattr("marketplace.payments.fake_stripe.cli.run_simple", run_simple)
    app = cli_app(ENV_NAME="development", FAKE_STRIPE_ENABLED=True, STRIPE_WEBHOOK_SECRET=WEBHOOK_SECRET)
    result = app.test_cli_runner().invoke(args=["fake-stripe", "run", "--port", "12999"])
    assert result.exit_code == 0, result.output
    assert (served["host"], served["port"], served["threaded"]) == ("127.0.0.1", 12999, True)
    fake = served["app"].extensions["fake_stripe"]
    assert fake.webhook_url == "http://127.0.0.1:5000/webhooks/stripe"
    assert fake.webhook_secret == WEBHOOK_SECRET
    assert fake.public_base_url == "http://127.0.0.1:12999"
    assert API_KEY.startswith("sk_test_")
