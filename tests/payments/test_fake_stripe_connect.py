"""The fake Stripe's Connect part (accounts, onboarding, transfers, reversals) and disputes, driven through
the real ``stripe`` library as the marketplace drives Stripe."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from urllib.parse import urlsplit

import pytest
import stripe

from marketplace.payments.connect import CONNECT_COUNTRIES, can_onboard
from tests.support.payments import session_params

RETURN_URL = "https://shop.test/en/artist/payouts/done"
REFRESH_URL = "https://shop.test/en/artist/payouts/again"


def xof_line(amount: int) -> list[dict]:
    return [{"price_data": {"currency": "xof", "unit_amount": amount, "product_data": {"name": "Bogolan"}},
             "quantity": 1}]  # fmt: skip


def paid_charge(fake, **overrides) -> str:
    """Pay a session on the pay page, as a buyer does; the charge's id."""
    client = fake.client()
    session = client.v1.checkout.sessions.create(params=session_params(**overrides))
    assert fake.browser().post(f"/pay/{session.id}", data={"action": "pay:card"}).status_code == 303
    paid = client.v1.checkout.sessions.retrieve(session.id, params={"expand": ["payment_intent"]})
    return paid.payment_intent.latest_charge


def new_account(fake, country: str = "FR", **params) -> stripe.Account:
    return fake.client().v1.accounts.create(
        params={
            "type": "express",
            "country": country,
            "email": "awa@example.org",
            "capabilities": {"transfers": {"requested": True}},
            "metadata": {"artist": "12"},
            **params,
        }
    )


def onboarding_link(fake, account_id: str) -> stripe.AccountLink:
    return fake.client().v1.account_links.create(
        params={
            "account": account_id,
            "refresh_url": REFRESH_URL,
            "return_url": RETURN_URL,
            "type": "account_onboarding",
        }
    )


def onboarded_account(fake) -> str:
    account = new_account(fake)
    path = urlsplit(onboarding_link(fake, account.id).url).path
    assert fake.browser().post(path, data={"action": "complete"}).status_code == 303
    return account.id


def control_error(fake, path: str, body: dict) -> tuple[int, dict]:
    request = urllib.request.Request(f"{fake.url}/_control/{path}", data=json.dumps(body).encode())
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=5)
    return refused.value.code, json.loads(refused.value.read())


# --- countries ----------------------------------------------------------------------------------------------


def test_connect_countries():
    assert len(CONNECT_COUNTRIES) == 44
    assert {"FR", "US", "GB", "JP", "MX", "TH", "GI", "AE"} <= CONNECT_COUNTRIES
    assert can_onboard("FR") and can_onboard("fr") and can_onboard("US")
    for country in ("CN", "KE", "NG", "GH", "ZA", "XX", ""):
        assert not can_onboard(country), country


# --- accounts -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("country", ["CN", "KE"])
def test_an_account_outside_connect_countries_is_refused(fake, country):
    with pytest.raises(stripe.InvalidRequestError) as refused:
        new_account(fake, country)
    assert refused.value.http_status == 400
    assert refused.value.param == "country"
    assert refused.value.json_body["error"]["type"] == "invalid_request_error"
    assert f"Connected accounts in {country} cannot be created" in refused.value.user_message
    assert fake.state.accounts == {}


def test_create_and_retrieve_an_account(fake):
    account = new_account(fake, "fr")
    assert account.id.startswith("acct_") and len(account.id) == 21
    assert (account.object, account.type, account.country, account.email) == (
        "account", "express", "FR", "awa@example.org"
    )  # fmt: skip
    assert (account.details_submitted, account.charges_enabled, account.payouts_enabled) == (
        False,
        False,
        False,
    )
    assert account.capabilities.to_dict() == {"transfers": "inactive"}
    assert "external_account" in account.requirements.currently_due
    assert account.requirements.disabled_reason == "requirements.past_due"
    assert account.metadata.to_dict() == {"artist": "12"}
    assert account.created > 0

    again = fake.client().v1.accounts.retrieve(account.id)
    assert again.to_dict() == account.to_dict()
    with pytest.raises(stripe.InvalidRequestError) as unknown:
        fake.client().v1.accounts.retrieve("acct_nobody")
    assert (unknown.value.http_status, unknown.value.code) == (404, "resource_missing")


@pytest.mark.parametrize(
    ("params", "param"),
    [
        ({"business_profile": {"mcc": "5971"}}, "business_profile"),  # not modelled: refused, not ignored
        ({"capabilities": {}}, "capabilities"),  # an Express account must request a capability
        ({"capabilities": {"transfers": {"requested": "maybe"}}}, "capabilities[transfers][requested]"),
        ({"capabilities": {"card_payments": {"requested": True}}}, "capabilities"),  # needs transfers too
        ({"country": "France"}, "country"),
        ({"type": "partner"}, "type"),
        ({"email": "not an email"}, "email"),
        ({"business_type": "cooperative"}, "business_type"),
    ],
)
def test_invalid_accounts_are_refused(fake, params, param):
    with pytest.raises(stripe.InvalidRequestError) as refused:
        new_account(fake, **params)
    assert (refused.value.http_status, refused.value.param) == (400, param)
    assert fake.state.accounts == {}


def test_account_creation_is_idempotent(fake):
    first = fake.client().v1.accounts.create(
        params={"type": "express", "country": "DE", "capabilities": {"transfers": {"requested": True}}},
        options={"idempotency_key": "account-12"},
    )
    again = fake.client().v1.accounts.create(
        params={"type": "express", "country": "DE", "capabilities": {"transfers": {"requested": True}}},
        options={"idempotency_key": "account-12"},
    )
    assert again.id == first.id
    assert again.last_response.headers["Idempotent-Replayed"] == "true"
    with pytest.raises(stripe.IdempotencyError):
        fake.client().v1.accounts.create(
            params={"type": "express", "country": "AT", "capabilities": {"transfers": {"requested": True}}},
            options={"idempotency_key": "account-12"},
        )
    assert list(fake.state.accounts) == [first.id]


# --- onboarding ---------------------------------------------------------------------------------------------


def test_onboarding_on_the_hosted_page(fake, receiver):
    account = new_account(fake)
    link = onboarding_link(fake, account.id)
    assert link.object == "account_link"
    assert link.url.startswith(f"{fake.url}/connect/onboard/")
    assert link.expires_at == link.created + 300
    path = urlsplit(link.url).path

    form = fake.browser().get(path)
    html = form.get_data(as_text=True)
    assert form.status_code == 200
    assert ">Complete onboarding</button>" in html and ">Leave</button>" in html
    assert account.id in html and "<script" not in html

    answer = fake.browser().post(path, data={"action": "complete"})
    assert (answer.status_code, answer.headers["Location"]) == (303, RETURN_URL)
    done = fake.client().v1.accounts.retrieve(account.id)
    assert (done.details_submitted, done.charges_enabled, done.payouts_enabled) == (True, True, True)
    assert done.capabilities.transfers == "active"
    assert done.requirements.currently_due == [] and done.requirements.disabled_reason is None

    # Signed as Stripe signs, verified by construct_event in the receiver; a Connect event names its account.
    assert receiver.types() == ["account.updated"]
    (event,) = receiver.events
    assert event.account == account.id
    assert event.data.object.id == account.id
    assert (event.data.object.payouts_enabled, event.data.object.capabilities.transfers) == (True, "active")

    # A link is followed once.
    used = fake.browser().get(path)
    assert used.status_code == 410 and REFRESH_URL in used.get_data(as_text=True)
    assert fake.browser().post(path, data={"action": "complete"}).status_code == 410
    assert receiver.types() == ["account.updated"]


def test_leaving_onboarding_changes_nothing(fake, receiver):
    account = new_account(fake)
    path = urlsplit(onboarding_link(fake, account.id).url).path
    answer = fake.browser().post(path, data={"action": "leave"})
    assert (answer.status_code, answer.headers["Location"]) == (303, REFRESH_URL)
    assert fake.client().v1.accounts.retrieve(account.id).to_dict() == account.to_dict()
    assert receiver.events == []
    assert fake.browser().post(path, data={"action": "dance"}).status_code == 400
    assert fake.browser().get("/connect/onboard/nope").status_code == 404


def test_an_expired_link_is_gone(fake, receiver):
    account = new_account(fake)
    path = urlsplit(onboarding_link(fake, account.id).url).path
    fake.control("advance", {"seconds": 301})
    assert fake.browser().get(path).status_code == 410
    assert fake.browser().post(path, data={"action": "complete"}).status_code == 410
    assert fake.client().v1.accounts.retrieve(account.id).payouts_enabled is False
    assert receiver.events == []


@pytest.mark.parametrize(
    ("overrides", "param", "code"),
    [
        ({"return_url": "not a url"}, "return_url", "url_invalid"),
        ({"refresh_url": "ftp://shop.test/x"}, "refresh_url", "url_invalid"),
        ({"account": "acct_nobody"}, "account", "resource_missing"),
        ({"type": "account_update"}, "type", None),  # only for Custom accounts
        ({"collect": "eventually_due"}, "collect", "parameter_unknown"),
    ],
)
def test_invalid_account_links_are_refused(fake, overrides, param, code):
    account = new_account(fake)
    params = {"account": account.id, "refresh_url": REFRESH_URL, "return_url": RETURN_URL,
              "type": "account_onboarding", **overrides}  # fmt: skip
    with pytest.raises(stripe.InvalidRequestError) as refused:
        fake.client().v1.account_links.create(params=params)
    assert (refused.value.http_status, refused.value.param, refused.value.code) == (400, param, code)
    assert fake.state.account_links == {}


def test_stripe_disabling_an_account(fake, receiver):
    account_id = onboarded_account(fake)
    changed = fake.control(
        "account_update", {"account": account_id, "payouts_enabled": False, "transfers": "inactive"}
    )
    assert (changed["payouts_enabled"], changed["capabilities"]["transfers"]) == (False, "inactive")
    assert receiver.types() == ["account.updated", "account.updated"]
    assert receiver.events[-1].data.object.payouts_enabled is False
    account = fake.client().v1.accounts.retrieve(account_id)
    assert (account.payouts_enabled, account.capabilities.transfers) == (False, "inactive")
    with pytest.raises(stripe.InvalidRequestError) as refused:
        fake.client().v1.transfers.create(
            params={"amount": 100, "currency": "usd", "destination": account_id}
        )
    assert refused.value.code == "insufficient_capabilities_for_transfer"
    assert control_error(fake, "account_update", {"account": "acct_nobody"})[0] == 404
    refused = {"account": account_id, "payouts_enabled": True, "transfers": "on"}
    assert control_error(fake, "account_update", refused)[0] == 400
    assert fake.client().v1.accounts.retrieve(account_id).payouts_enabled is False  # refused as a whole
    assert len(receiver.events) == 2


# --- charges ------------------------------------------------------------------------------------------------


def test_a_charge_carries_what_the_ledger_reads(fake):
    charge = fake.client().v1.charges.retrieve(paid_charge(fake))
    assert (charge.amount, charge.amount_refunded, charge.refunded, charge.currency) == (
        16500,
        0,
        False,
        "usd",
    )
    assert charge.payment_intent.startswith("pi_")
    assert (charge.disputed, charge.transfer_group, charge.status) == (False, None, "succeeded")


# --- transfers ----------------------------------------------------------------------------------------------


def test_a_transfer_funded_by_a_paid_charge(fake, receiver):
    destination = onboarded_account(fake)
    charge = paid_charge(fake)
    transfer = fake.client().v1.transfers.create(
        params={
            "amount": 12000,
            "currency": "usd",
            "destination": destination,
            "transfer_group": "A-1",
            "source_transaction": charge,
            "description": "Indigo batik",
            "metadata": {"order_number": "A-1", "artist": "12"},
        }
    )
    assert transfer.id.startswith("tr_") and transfer.object == "transfer"
    assert (transfer.amount, transfer.amount_reversed, transfer.currency, transfer.reversed) == (
        12000, 0, "usd", False
    )  # fmt: skip
    assert (transfer.destination, transfer.transfer_group, transfer.source_transaction) == (
        destination, "A-1", charge
    )  # fmt: skip
    assert transfer.reversals.object == "list" and transfer.reversals.data == []
    assert transfer.metadata.to_dict() == {"order_number": "A-1", "artist": "12"}
    assert receiver.types()[-1] == "transfer.created"
    assert receiver.events[-1].data.object.id == transfer.id
    assert "account" not in receiver.events[-1]  # the platform's own event
    assert fake.client().v1.transfers.retrieve(transfer.id).to_dict() == transfer.to_dict()
    with pytest.raises(stripe.InvalidRequestError) as unknown:
        fake.client().v1.transfers.retrieve("tr_nothing")
    assert (unknown.value.http_status, unknown.value.code) == (404, "resource_missing")


def test_a_transfer_before_onboarding_is_refused(fake):
    account = new_account(fake)
    with pytest.raises(stripe.InvalidRequestError) as refused:
        fake.client().v1.transfers.create(
            params={
                "amount": 100,
                "currency": "usd",
                "destination": account.id,
                "source_transaction": paid_charge(fake),
            }
        )
    assert (refused.value.param, refused.value.code) == (
        "destination",
        "insufficient_capabilities_for_transfer",
    )
    assert "at least one of the following capabilities enabled: transfers" in refused.value.user_message
    with pytest.raises(stripe.InvalidRequestError) as unknown:
        fake.client().v1.transfers.create(params={"amount": 100, "currency": "usd", "destination": "acct_x"})
    assert (unknown.value.http_status, unknown.value.param, unknown.value.code) == (
        400, "destination", "resource_missing"
    )  # fmt: skip
    assert fake.state.transfers == {}


def test_a_transfer_is_bounded_by_what_is_left_of_its_charge(fake):
    client = fake.client()
    destination = onboarded_account(fake)
    charge = paid_charge(fake)  # 16500
    client.v1.refunds.create(params={"charge": charge, "amount": 5000})

    def transfer(amount: int) -> stripe.Transfer:
        return client.v1.transfers.create(
            params={
                "amount": amount,
                "currency": "usd",
                "destination": destination,
                "source_transaction": charge,
            }
        )

    first = transfer(10000)
    with pytest.raises(stripe.InvalidRequestError) as refused:
        transfer(1501)
    assert (refused.value.param, refused.value.code) == ("amount", "balance_insufficient")
    assert "USD 15.00" in refused.value.user_message
    assert transfer(1500).amount == 1500
    # What a reversal gives back can be transferred again from the same charge.
    client.v1.transfers.reversals.create(first.id, params={"amount": 700})
    assert transfer(700).amount == 700
    with pytest.raises(stripe.InvalidRequestError):
        transfer(1)
    assert len(fake.state.transfers) == 3


def test_a_transfer_in_another_currency_than_its_charge_is_refused(fake):
    destination = onboarded_account(fake)
    charge = paid_charge(fake)
    with pytest.raises(stripe.InvalidRequestError) as refused:
        fake.client().v1.transfers.create(
            params={
                "amount": 100,
                "currency": "eur",
                "destination": destination,
                "source_transaction": charge,
            }
        )
    assert refused.value.param == "currency"
    assert "(usd)" in refused.value.user_message and "(eur)" in refused.value.user_message
    assert fake.state.transfers == {}


def test_a_transfer_needs_a_succeeded_charge(fake):
    client = fake.client()
    destination = onboarded_account(fake)
    session = client.v1.checkout.sessions.create(params=session_params())
    fake.browser().post(f"/pay/{session.id}", data={"action": "decline"})
    declined = client.v1.checkout.sessions.retrieve(session.id, params={"expand": ["payment_intent"]})
    params = {"amount": 100, "currency": "usd", "destination": destination}
    with pytest.raises(stripe.InvalidRequestError) as failed:
        client.v1.transfers.create(
            params={**params, "source_transaction": declined.payment_intent.latest_charge}
        )
    assert failed.value.param == "source_transaction" and "has not succeeded" in failed.value.user_message
    with pytest.raises(stripe.InvalidRequestError) as unknown:
        client.v1.transfers.create(params={**params, "source_transaction": "ch_nothing"})
    assert (unknown.value.param, unknown.value.code) == ("source_transaction", "resource_missing")
    with pytest.raises(stripe.InvalidRequestError) as zero:
        client.v1.transfers.create(params={**params, "amount": 0})
    assert zero.value.code == "amount_too_small"
    with pytest.raises(stripe.InvalidRequestError) as missing:
        client.v1.transfers.create(params={"amount": 100, "destination": destination})
    assert (missing.value.param, missing.value.code) == ("currency", "parameter_missing")
    assert fake.state.transfers == {}


def test_transfer_idempotency(fake):
    client = fake.client()
    destination = onboarded_account(fake)
    charge = paid_charge(fake)
    params = {"amount": 9000, "currency": "usd", "destination": destination, "source_transaction": charge}
    first = client.v1.transfers.create(params=params, options={"idempotency_key": "transfer-A-1-12"})
    again = client.v1.transfers.create(params=params, options={"idempotency_key": "transfer-A-1-12"})
    assert again.id == first.id
    assert again.last_response.headers["Idempotent-Replayed"] == "true"
    with pytest.raises(stripe.IdempotencyError):
        client.v1.transfers.create(
            params={**params, "amount": 9001}, options={"idempotency_key": "transfer-A-1-12"}
        )
    assert list(fake.state.transfers) == [first.id]
    assert fake.event_types().count("transfer.created") == 1


def test_xof_transfers_are_in_whole_francs(fake):
    destination = onboarded_account(fake)
    charge = paid_charge(fake, line_items=xof_line(25000), payment_method_types=["card"])
    assert fake.client().v1.charges.retrieve(charge).amount == 25000  # zero-decimal: 25,000 francs
    params = {"currency": "xof", "destination": destination, "source_transaction": charge}
    with pytest.raises(stripe.InvalidRequestError) as refused:
        fake.client().v1.transfers.create(params={**params, "amount": 25001})
    assert "XOF 25,000" in refused.value.user_message and "XOF 25,001" in refused.value.user_message
    transfer = fake.client().v1.transfers.create(params={**params, "amount": 22500})
    assert (transfer.amount, transfer.currency) == (22500, "xof")
    reversal = fake.client().v1.transfers.reversals.create(transfer.id, params={"amount": 2500})
    assert (reversal.amount, reversal.currency) == (2500, "xof")


# --- transfer reversals -------------------------------------------------------------------------------------


def test_partial_and_full_reversals(fake, receiver):
    client = fake.client()
    destination = onboarded_account(fake)
    transfer = client.v1.transfers.create(
        params={
            "amount": 10000,
            "currency": "usd",
            "destination": destination,
            "source_transaction": paid_charge(fake),
        }
    )
    partial = client.v1.transfers.reversals.create(
        transfer.id,
        params={"amount": 4000, "metadata": {"refund": "R-1"}},
        options={"idempotency_key": "rev-1"},
    )
    assert partial.id.startswith("trr_") and partial.object == "transfer_reversal"
    assert (partial.amount, partial.currency, partial.transfer) == (4000, "usd", transfer.id)
    assert partial.metadata.to_dict() == {"refund": "R-1"}
    replay = client.v1.transfers.reversals.create(
        transfer.id,
        params={"amount": 4000, "metadata": {"refund": "R-1"}},
        options={"idempotency_key": "rev-1"},
    )
    assert replay.id == partial.id
    now = client.v1.transfers.retrieve(transfer.id)
    assert (now.amount_reversed, now.reversed) == (4000, False)

    with pytest.raises(stripe.InvalidRequestError) as beyond:
        client.v1.transfers.reversals.create(transfer.id, params={"amount": 6001})
    assert (beyond.value.param, beyond.value.code) == ("amount", "amount_too_large")

    rest = client.v1.transfers.reversals.create(transfer.id, params={"refund_application_fee": False})
    assert rest.amount == 6000
    done = client.v1.transfers.retrieve(transfer.id)
    assert (done.amount_reversed, done.reversed) == (10000, True)
    assert [r.id for r in done.reversals.data] == [rest.id, partial.id]
    assert done.reversals.total_count == 2
    assert client.v1.transfers.reversals.retrieve(transfer.id, partial.id).amount == 4000

    with pytest.raises(stripe.InvalidRequestError) as again:
        client.v1.transfers.reversals.create(transfer.id)
    assert "already been fully reversed" in again.value.user_message
    reversed_events = [e for e in receiver.events if e.type == "transfer.reversed"]
    assert [e.data.object.amount_reversed for e in reversed_events] == [4000, 10000]
    with pytest.raises(stripe.InvalidRequestError) as unknown:
        client.v1.transfers.reversals.create("tr_nothing")
    assert unknown.value.http_status == 404


# --- refunds and transfers ----------------------------------------------------------------------------------


def test_a_refund_cannot_reverse_a_separate_transfer(fake, receiver):
    client = fake.client()
    charge = paid_charge(fake)
    with pytest.raises(stripe.InvalidRequestError) as refused:
        client.v1.refunds.create(params={"charge": charge, "reverse_transfer": True})
    assert refused.value.param == "reverse_transfer"
    assert "no destination transfer to reverse" in refused.value.user_message
    assert "/v1/transfers/{id}/reversals" in refused.value.user_message
    assert fake.state.refunds == {}
    assert client.v1.charges.retrieve(charge).amount_refunded == 0

    refund = client.v1.refunds.create(
        params={"charge": charge, "amount": 1000, "reverse_transfer": False, "refund_application_fee": False}
    )
    assert refund.amount == 1000
    assert receiver.types()[-2:] == ["refund.created", "charge.refunded"]
    assert receiver.events[-1].data.object.amount_refunded == 1000


# --- disputes -----------------------------------------------------------------------------------------------


def test_a_dispute_opened_and_lost(fake, receiver):
    client = fake.client()
    charge = paid_charge(fake)
    dispute = fake.control("dispute", {"charge": charge})
    assert dispute["id"].startswith("dp_") and dispute["object"] == "dispute"
    assert (dispute["amount"], dispute["currency"], dispute["charge"], dispute["reason"]) == (
        16500, "usd", charge, "fraudulent"
    )  # fmt: skip
    assert dispute["payment_intent"] == client.v1.charges.retrieve(charge).payment_intent
    assert (dispute["status"], dispute["is_charge_refundable"], dispute["metadata"]) == (
        "needs_response",
        False,
        {},
    )
    assert client.v1.charges.retrieve(charge).disputed is True
    assert receiver.types()[-1] == "charge.dispute.created"
    assert receiver.events[-1].data.object.id == dispute["id"]
    assert client.v1.disputes.retrieve(dispute["id"]).status == "needs_response"

    # Stripe refuses to refund a charge that was charged back.
    with pytest.raises(stripe.InvalidRequestError) as refund:
        client.v1.refunds.create(params={"charge": charge})
    assert refund.value.code == "charge_disputed"

    closed = fake.control(f"dispute/{dispute['id']}/close", {"outcome": "lost"})
    assert closed["status"] == "lost"
    assert receiver.types()[-1] == "charge.dispute.closed"
    assert receiver.events[-1].data.object.status == "lost"
    assert client.v1.disputes.retrieve(dispute["id"]).status == "lost"
    assert control_error(fake, f"dispute/{dispute['id']}/close", {"outcome": "won"})[0] == 400
    assert [t for t in fake.event_types() if t.startswith("charge.dispute.")] == [
        "charge.dispute.created", "charge.dispute.closed"
    ]  # fmt: skip


def test_a_partial_dispute_won(fake, receiver):
    charge = paid_charge(fake)
    dispute = fake.control("dispute", {"charge": charge, "reason": "product_not_received", "amount": 4000})
    assert (dispute["amount"], dispute["reason"]) == (4000, "product_not_received")
    fake.control(f"dispute/{dispute['id']}/close", {"outcome": "won"})
    assert fake.client().v1.disputes.retrieve(dispute["id"]).status == "won"
    assert receiver.events[-1].data.object.status == "won"


def test_invalid_disputes_are_refused(fake):
    charge = paid_charge(fake)
    assert control_error(fake, "dispute", {"charge": "ch_nothing"})[0] == 404
    assert control_error(fake, "dispute", {"charge": charge, "amount": 16501})[0] == 400
    assert control_error(fake, "dispute", {"charge": charge, "reason": "bored"})[0] == 400
    fake.control("dispute", {"charge": charge})
    status, body = control_error(fake, "dispute", {"charge": charge})
    assert status == 400 and "already disputed" in body["error"]
    assert control_error(fake, "dispute/dp_nothing/close", {"outcome": "won"})[0] == 404
    with pytest.raises(stripe.InvalidRequestError) as unknown:
        fake.client().v1.disputes.retrieve("dp_nothing")
    assert (unknown.value.http_status, unknown.value.code) == (404, "resource_missing")
    assert len(fake.state.disputes) == 1
