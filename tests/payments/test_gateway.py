"""``StripeGateway`` against the fake Stripe server: what the marketplace's services call, real answers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import pytest

from marketplace.payments.gateway import (
    ChargeState,
    CheckoutSession,
    ConnectedAccount,
    DisputeState,
    PaymentProviderError,
    StripeGateway,
)
from marketplace.payments.methods import from_stripe_amount, to_stripe_amount
from tests.support.payments import API_KEY

RETURN_URL = "https://shop.test/fr/artist/payouts/done"
REFRESH_URL = "https://shop.test/fr/artist/payouts/again"


@pytest.fixture
def gateway(fake) -> StripeGateway:
    return StripeGateway(API_KEY, fake.url, timeout=5)


def checkout(gateway: StripeGateway, number: str = "A-1", currency: str = "USD", amount: int = 16500):
    return gateway.create_checkout_session(
        order_number=number,
        currency=currency,
        lines=[("Indigo batik", amount, 1)],
        methods=["card"],
        success_url=f"https://shop.test/en/orders/{number}/paid?session={{CHECKOUT_SESSION_ID}}",
        cancel_url="https://shop.test/en/cart",
        expires_at=datetime.now(UTC) + timedelta(minutes=35),
        email="amina@example.org",
        locale="en",
    )


def paid(fake, gateway: StripeGateway, **kwargs) -> CheckoutSession:
    session = checkout(gateway, **kwargs)
    assert fake.browser().post(f"/pay/{session.id}", data={"action": "pay:card"}).status_code == 303
    return gateway.retrieve_session(session.id)


def onboarded(fake, gateway: StripeGateway, artist_ref: str = "12") -> ConnectedAccount:
    account = gateway.create_account(artist_ref=artist_ref, country="FR", email="awa@example.org")
    url = gateway.create_account_link(
        account.id, refresh_url=REFRESH_URL, return_url=RETURN_URL, key=f"link-{artist_ref}-1"
    )
    assert fake.browser().post(urlsplit(url).path, data={"action": "complete"}).status_code == 303
    return gateway.retrieve_account(account.id)


def transfer(
    gateway: StripeGateway, session: CheckoutSession, destination: str, amount: int, key: str
) -> str:
    return gateway.create_transfer(
        amount=amount,
        currency=session.currency,
        destination=destination,
        transfer_group=session.metadata["order_number"],
        source_transaction=session.charge_id,
        key=key,
        metadata={"order_number": session.metadata["order_number"]},
    )


# --- accounts -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("country", ["CN", "KE"])
def test_no_account_outside_connect_countries(fake, gateway, country):
    with pytest.raises(PaymentProviderError) as refused:
        gateway.create_account(artist_ref="12", country=country, email="li@example.org")
    assert refused.value.kind == "invalid"
    assert f"Connected accounts in {country}" in str(refused.value)
    assert fake.state.accounts == {}


def test_an_account_in_france(fake, gateway):
    account = gateway.create_account(artist_ref="12", country="fr", email="awa@example.org")
    assert account == ConnectedAccount(account.id, False, False, False)
    stored = fake.state.accounts[account.id]
    assert (stored["type"], stored["country"], stored["email"]) == ("express", "FR", "awa@example.org")
    assert stored["capabilities"] == {"transfers": "inactive"}
    assert stored["metadata"] == {"artist": "12"}
    # The key is the artist's: asking again gives the same account, never a second one.
    assert gateway.create_account(artist_ref="12", country="fr", email="awa@example.org") == account
    assert gateway.create_account(artist_ref="13", country="FR", email="awa@example.org").id != account.id
    assert len(fake.state.accounts) == 2
    assert gateway.retrieve_account(account.id) == account
    with pytest.raises(PaymentProviderError) as unknown:
        gateway.retrieve_account("acct_nobody")
    assert unknown.value.kind == "invalid"


def test_onboarding_enables_payouts_and_is_announced(fake, gateway, receiver):
    account = gateway.create_account(artist_ref="12", country="FR", email="awa@example.org")
    url = gateway.create_account_link(
        account.id, refresh_url=REFRESH_URL, return_url=RETURN_URL, key="link-12-1"
    )
    assert url.startswith(f"{fake.url}/connect/onboard/")
    # Same key, same link (a double click on "set up payouts" is one link).
    assert (
        gateway.create_account_link(
            account.id, refresh_url=REFRESH_URL, return_url=RETURN_URL, key="link-12-1"
        )
        == url
    )
    answer = fake.browser().post(urlsplit(url).path, data={"action": "complete"})
    assert (answer.status_code, answer.headers["Location"]) == (303, RETURN_URL)

    done = gateway.retrieve_account(account.id)
    assert done == ConnectedAccount(account.id, True, True, True)
    (event,) = receiver.events  # verified by construct_event
    assert event.type == "account.updated"
    assert StripeGateway.account_from_object(event.data.object) == done
    assert StripeGateway.account_from_object(event.data.object.to_dict()) == done

    fake.control("account_update", {"account": account.id, "payouts_enabled": False, "transfers": "inactive"})
    assert gateway.retrieve_account(account.id) == ConnectedAccount(account.id, True, False, False)
    assert StripeGateway.account_from_object(receiver.events[-1].data.object).payouts_enabled is False


def test_account_link_refusals(fake, gateway):
    account = gateway.create_account(artist_ref="12", country="FR", email="awa@example.org")
    with pytest.raises(PaymentProviderError) as refused:
        gateway.create_account_link(account.id, refresh_url="/relative", return_url=RETURN_URL, key="k1")
    assert refused.value.kind == "invalid" and "Not a valid URL" in str(refused.value)
    with pytest.raises(PaymentProviderError):
        gateway.create_account_link("acct_nobody", refresh_url=REFRESH_URL, return_url=RETURN_URL, key="k2")
    assert fake.state.account_links == {}


# --- sessions and charges -----------------------------------------------------------------------------------


def test_retrieve_session_gives_the_charge(fake, gateway):
    session = checkout(gateway)
    assert session.charge_id is None
    assert gateway.retrieve_session(session.id).charge_id is None  # not paid yet
    done = paid(fake, gateway)
    intent = fake.state.intents[done.payment_intent_id]
    assert done.charge_id == intent["latest_charge"] and done.charge_id.startswith("ch_")
    assert gateway.expire_session(checkout(gateway, "A-2").id).charge_id is None


def test_retrieve_charge_after_a_refund(fake, gateway):
    session = paid(fake, gateway)
    assert gateway.retrieve_charge(session.charge_id) == ChargeState(
        session.charge_id, 16500, 0, "USD", session.payment_intent_id, False
    )
    refund_id = gateway.refund(session.payment_intent_id, 4000, "refund-A-1-1", metadata={"line": "3"})
    assert fake.state.refunds[refund_id]["metadata"] == {"line": "3"}
    assert (
        gateway.refund(session.payment_intent_id, 4000, "refund-A-1-1", metadata={"line": "3"}) == refund_id
    )
    assert gateway.retrieve_charge(session.charge_id).amount_refunded == 4000
    assert (
        gateway.refund(session.payment_intent_id, None, "refund-A-1-2") != refund_id
    )  # the rest, no metadata
    assert gateway.retrieve_charge(session.charge_id).amount_refunded == 16500
    with pytest.raises(PaymentProviderError) as unknown:
        gateway.retrieve_charge("ch_nothing")
    assert unknown.value.kind == "invalid"


# --- transfers ----------------------------------------------------------------------------------------------


def test_a_transfer_from_the_buyers_charge(fake, gateway, receiver):
    account = onboarded(fake, gateway)
    session = paid(fake, gateway)
    transfer_id = transfer(gateway, session, account.id, 12000, "transfer-A-1-12")
    stored = fake.state.transfers[transfer_id]
    assert (stored["amount"], stored["currency"], stored["destination"]) == (12000, "usd", account.id)
    assert (stored["transfer_group"], stored["source_transaction"]) == ("A-1", session.charge_id)
    assert stored["metadata"] == {"order_number": "A-1"}
    assert receiver.types()[-1] == "transfer.created"


def test_a_transfer_without_a_source_transaction(fake, gateway):
    account = onboarded(fake, gateway)
    transfer_id = gateway.create_transfer(
        amount=500,
        currency="EUR",
        destination=account.id,
        transfer_group="payout-7",
        source_transaction=None,
        key="payout-7",
        metadata={},
    )
    assert fake.state.transfers[transfer_id]["source_transaction"] is None
    assert fake.state.transfers[transfer_id]["currency"] == "eur"


def test_transfers_refused(fake, gateway):
    account = gateway.create_account(artist_ref="12", country="FR", email="awa@example.org")
    session = paid(fake, gateway)
    with pytest.raises(PaymentProviderError) as before:
        transfer(gateway, session, account.id, 100, "t1")
    assert before.value.kind == "invalid" and "capabilities enabled: transfers" in str(before.value)

    account = onboarded(fake, gateway, "13")
    with pytest.raises(PaymentProviderError) as above:
        transfer(gateway, session, account.id, 16501, "t2")
    assert above.value.kind == "invalid" and "Insufficient funds" in str(above.value)
    with pytest.raises(PaymentProviderError) as currency:
        gateway.create_transfer(
            amount=100, currency="EUR", destination=account.id, transfer_group="A-1",
            source_transaction=session.charge_id, key="t3", metadata={},
        )  # fmt: skip
    assert currency.value.kind == "invalid" and "must be the same as the transfer currency" in str(
        currency.value
    )
    assert fake.state.transfers == {}
    assert transfer(gateway, session, account.id, 16500, "t4")  # exactly what is left is fine


def test_transfer_idempotency(fake, gateway):
    account = onboarded(fake, gateway)
    session = paid(fake, gateway)
    first = transfer(gateway, session, account.id, 9000, "transfer-A-1-12")
    assert transfer(gateway, session, account.id, 9000, "transfer-A-1-12") == first
    assert list(fake.state.transfers) == [first]
    with pytest.raises(PaymentProviderError) as conflict:
        transfer(gateway, session, account.id, 9500, "transfer-A-1-12")
    assert conflict.value.kind == "invalid"
    assert "Keys for idempotent requests can only be used with the same parameters" in str(conflict.value)
    assert list(fake.state.transfers) == [first]


def test_a_failing_stripe_is_reported_and_the_key_can_be_retried(fake, gateway):
    account = onboarded(fake, gateway)
    session = paid(fake, gateway)
    fake.control("fail", {"status": 500, "path_prefix": "/v1/transfers", "should_retry": False})
    with pytest.raises(PaymentProviderError) as down:
        transfer(gateway, session, account.id, 9000, "transfer-A-1-12")
    assert down.value.kind == "unavailable"
    fake.control("fail", {"status": 429, "path_prefix": "/v1/transfers", "should_retry": False})
    with pytest.raises(PaymentProviderError) as busy:
        transfer(gateway, session, account.id, 9000, "transfer-A-1-12")
    assert busy.value.kind == "busy"
    assert fake.state.transfers == {}
    assert transfer(gateway, session, account.id, 9000, "transfer-A-1-12").startswith("tr_")


def test_reversals(fake, gateway, receiver):
    account = onboarded(fake, gateway)
    session = paid(fake, gateway)
    transfer_id = transfer(gateway, session, account.id, 10000, "transfer-A-1-12")
    partial = gateway.reverse_transfer(transfer_id, 2500, "reverse-R-1")
    assert partial.startswith("trr_")
    assert gateway.reverse_transfer(transfer_id, 2500, "reverse-R-1") == partial  # replayed, not doubled
    assert fake.state.transfers[transfer_id]["amount_reversed"] == 2500
    with pytest.raises(PaymentProviderError) as beyond:
        gateway.reverse_transfer(transfer_id, 7501, "reverse-R-2")
    assert beyond.value.kind == "invalid"
    rest = gateway.reverse_transfer(transfer_id, None, "reverse-R-3")
    assert fake.state.reversals[rest]["amount"] == 7500
    stored = fake.state.transfers[transfer_id]
    assert (stored["amount_reversed"], stored["reversed"]) == (10000, True)
    with pytest.raises(PaymentProviderError):
        gateway.reverse_transfer(transfer_id, None, "reverse-R-4")
    assert [e.type for e in receiver.events].count("transfer.reversed") == 2


def test_xof_amounts_end_to_end(fake, gateway):
    """A work priced 25,000 francs CFA: XOF is zero-decimal for ISO and for Stripe, so units are francs."""
    price = to_stripe_amount(25000, "XOF")
    assert price == 25000
    session = paid(fake, gateway, currency="XOF", amount=price)
    assert (session.amount_total, session.currency) == (25000, "XOF")
    account = onboarded(fake, gateway)
    share = to_stripe_amount(22500, "XOF")  # the artist's 90 %
    transfer_id = transfer(gateway, session, account.id, share, "transfer-A-1-12")
    stored = fake.state.transfers[transfer_id]
    assert (stored["amount"], stored["currency"]) == (22500, "xof")
    assert from_stripe_amount(stored["amount"], "XOF") == 22500
    charge = gateway.retrieve_charge(session.charge_id)
    assert (charge.amount, charge.currency) == (25000, "XOF")
    with pytest.raises(PaymentProviderError):
        transfer(gateway, session, account.id, 2501, "transfer-A-1-13")  # 2,500 francs are left


# --- disputes -----------------------------------------------------------------------------------------------


def test_retrieve_dispute(fake, gateway):
    session = paid(fake, gateway)
    opened = fake.control("dispute", {"charge": session.charge_id, "amount": 6000})
    assert gateway.retrieve_dispute(opened["id"]) == DisputeState(
        opened["id"], session.charge_id, 6000, "USD", "fraudulent", "needs_response"
    )
    assert gateway.retrieve_charge(session.charge_id).disputed is True
    with pytest.raises(PaymentProviderError) as refund:
        gateway.refund(session.payment_intent_id, None, "refund-A-1")
    assert refund.value.kind == "invalid" and "charged back" in str(refund.value)
    fake.control(f"dispute/{opened['id']}/close", {"outcome": "won"})
    assert gateway.retrieve_dispute(opened["id"]).status == "won"
    with pytest.raises(PaymentProviderError):
        gateway.retrieve_dispute("dp_nothing")
