"""Delivery at checkout, through the real stripe library and the fake Stripe server."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from marketplace.finance import ledger
from marketplace.finance.models import LedgerEntry
from marketplace.orders.models import Order, OrderLine
from marketplace.payments.methods import to_stripe_amount
from tests.support.delivery import make_profile, use_profile
from tests.support.forms import post_form
from tests.support.market import ADDRESS, buy, confirmed_total, order_of

RATES = {
    "domestic": (50000, 10000, 1, 3),
    "west_africa": (300000, 100000, 5, 12),
    "world": (400000, 150000, 7, 21),
}


def listed_work(db, people, make_work, excluded=(), price=450000, stock=3):
    profile_id = make_profile(db, people["artist_id"], rates=RATES, excluded=excluded, handling=(2, 4))
    work_id = make_work(people["artist_id"], price=price, currency="KES", stock=stock, edition="open")
    use_profile(db, work_id, profile_id)
    return work_id


def add(client, work_id, quantity):
    page = f"/fr/works/{work_id}-kanga-ya-bluu"
    post_form(
        client, "/fr/cart/add", {"work_id": work_id, "quantity": quantity, "next": page}, token_from=page
    )


def fake_sessions(market):
    return market.fake.extensions["fake_stripe"].sessions


def test_delivery_is_added_to_the_order_and_to_what_stripe_charges(app, market, people, make_work, db):
    work_id = listed_work(db, people, make_work)
    add(people["buyer"], work_id, 2)
    review = post_form(people["buyer"], "/en/checkout/KES", ADDRESS, token_from="/en/cart/")
    page = review.get_data(as_text=True)
    assert (
        review.status_code == 200 and "KES\xa04,000.00" in page
    )  # West Africa: 3 000 + 1 000 for the second
    assert "expected in 7 to 16 days" in page  # handling 2–4 days + transit 5–12 days
    assert confirmed_total(page) == str(2 * 450000 + 400000)
    number = buy(market, people["buyer"], [], "KES")
    order = order_of(db, number)
    assert order.status == "paid" and order.total_minor == 1300000
    shipping = [line for line in order.lines if line.kind == "shipping"]
    assert [(s.unit_price_minor, s.work_id, s.artist_id) for s in shipping] == [
        (400000, None, people["artist_id"])
    ]
    [session] = fake_sessions(market).values()
    assert session["amount_total"] == to_stripe_amount(order.total_minor, "KES")
    shipment = order.shipments[0]
    assert (shipment.estimate_min_days, shipment.estimate_max_days) == (7, 16)
    with db(write=False) as s:
        assert ledger.order_net(s, order.id) == 1300000
        commission = s.scalar(
            select(func.sum(LedgerEntry.amount_minor)).where(
                LedgerEntry.order_id == order.id, LedgerEntry.artist_id.is_(None)
            )
        )
    assert commission == 135000  # 15 % of the works only: delivery goes to the artist in full


def test_amounts_in_the_form_are_ignored_and_a_changed_total_is_shown_again(
    app, market, people, make_work, db
):
    work_id = listed_work(db, people, make_work)
    add(people["buyer"], work_id, 1)
    tampered = {**ADDRESS, "shipping_minor": "1", "total_minor": "1", "amount": "1", "confirm": "1"}
    again = post_form(people["buyer"], "/fr/checkout/KES", tampered, token_from="/fr/cart/")
    assert again.status_code == 200 and confirmed_total(again.get_data(as_text=True)) == "750000"
    with db(write=False) as session:
        assert session.scalar(select(func.count()).select_from(Order)) == 0
    assert fake_sessions(market) == {}
    number = buy(market, people["buyer"], [], "KES")
    assert order_of(db, number).total_minor == 750000


def test_a_forbidden_destination_is_refused_before_payment(app, market, people, make_work, db):
    work_id = listed_work(db, people, make_work, excluded=("SN",))
    add(people["buyer"], work_id, 1)
    refused = post_form(people["buyer"], "/en/checkout/KES", {**ADDRESS, "confirm": "1300000"},
                        token_from="/en/cart/")  # fmt: skip
    assert refused.status_code == 400
    assert "cannot be shipped to Senegal" in refused.get_data(as_text=True)
    with db(write=False) as session:
        assert session.scalar(select(func.count()).select_from(Order)) == 0
        assert session.scalar(select(func.count()).select_from(OrderLine)) == 0
    assert fake_sessions(market) == {}
    assert "cannot be shipped to Senegal" in people["buyer"].get("/en/cart/").get_data(as_text=True)
    kenya = post_form(people["buyer"], "/en/checkout/KES", {**ADDRESS, "country": "KE", "city": "Nairobi"},
                      token_from="/en/cart/")  # fmt: skip
    assert kenya.status_code == 200 and "KES\xa0500.00" in kenya.get_data(as_text=True)


def test_the_work_page_tells_where_it_ships(app, people, make_work, db):
    work_id = listed_work(db, people, make_work, excluded=("SN", "US"))
    client = people["buyer"]
    page = client.get(f"/en/works/{work_id}-kanga-ya-bluu?ship_to=SN")
    body = page.get_data(as_text=True)
    assert "This work cannot be shipped to Senegal." in body
    assert "Ships from Kenya within 2 to 4 days." in body
    assert re.search(r"ship_to=SN", page.headers.get("Set-Cookie", ""))
    body = client.get(f"/en/works/{work_id}-kanga-ya-bluu").get_data(as_text=True)  # the cookie remembers
    assert "This work cannot be shipped to Senegal." in body
    body = client.get(f"/en/works/{work_id}-kanga-ya-bluu?ship_to=FR").get_data(as_text=True)
    assert "Delivery to France: KES\xa04,000.00, in about 9 to 25 days." in body
    assert "cannot be shipped" not in body


def field_value(page: str, name: str) -> str | None:
    """The value an address field of the checkout form is filled with (a text input or the chosen country)."""
    text = re.search(rf'<input[^>]*name="{name}"[^>]*value="([^"]*)"', page)
    if text:
        return text.group(1)
    chosen = re.search(rf'<select[^>]*name="{name}".*?<option selected value="([^"]*)"', page, re.S)
    chosen = chosen or re.search(rf'<select[^>]*name="{name}".*?<option value="([^"]*)" selected', page, re.S)
    return chosen.group(1) if chosen else None


def test_changing_the_address_on_the_review_brings_back_the_filled_form(app, market, people, make_work, db):
    work_id = listed_work(db, people, make_work)
    add(people["buyer"], work_id, 1)
    review = post_form(people["buyer"], "/en/checkout/KES", ADDRESS, token_from="/en/cart/")
    assert "Change the address" in review.get_data(as_text=True)
    inputs = re.findall(r'<input[^>]*name="(\w+)"[^>]*value="([^"]*)"', review.get_data(as_text=True))
    edit = people["buyer"].post("/en/checkout/KES", data={**dict(inputs), "edit": "1"})
    page = edit.get_data(as_text=True)
    assert edit.status_code == 200 and "See delivery and total" in page and 'name="confirm"' not in page
    assert [field_value(page, name) for name in ("name", "line1", "city", "country")] == [
        "Fatou Ndiaye", "12 rue Carnot", "Dakar", "SN"
    ]  # fmt: skip
    assert "This field is required" not in page
    with db(write=False) as session:
        assert session.scalar(select(func.count()).select_from(Order)) == 0
    assert fake_sessions(market) == {}
    kenya = post_form(people["buyer"], "/en/checkout/KES", {**ADDRESS, "country": "KE", "city": "Nairobi"},
                      token_from="/en/cart/")  # fmt: skip
    assert kenya.status_code == 200 and "KES\xa0500.00" in kenya.get_data(as_text=True)


def test_the_next_checkout_starts_from_the_last_address_or_the_chosen_destination(
    app, market, people, make_work, db
):
    buyer = people["buyer"]
    work_id = listed_work(db, people, make_work)
    add(buyer, work_id, 1)
    empty = buyer.get("/en/checkout/KES").get_data(as_text=True)
    assert field_value(empty, "line1") in (None, "")
    buy(market, buyer, [], "KES")
    add(buyer, work_id, 1)
    again = buyer.get("/en/checkout/KES").get_data(as_text=True)
    assert [field_value(again, name) for name in ("name", "line1", "city", "country")] == [
        "Fatou Ndiaye", "12 rue Carnot", "Dakar", "SN"
    ]  # fmt: skip
    buyer.get(f"/en/works/{work_id}-kanga-ya-bluu?ship_to=KE")  # "Deliver to Kenya" on a work's page
    elsewhere = buyer.get("/en/checkout/KES").get_data(as_text=True)
    assert field_value(elsewhere, "country") == "KE" and field_value(elsewhere, "line1") in (None, "")
