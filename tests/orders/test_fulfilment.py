"""Fulfilment through real purchases: carriers and tracking links, the buyer's confirmation of delivery,
the sweep's automatic confirmation, and the emails about each, in their readers' languages."""

from __future__ import annotations

import email
import email.policy
import html
from datetime import timedelta

import pytest
from babel.dates import format_date
from sqlalchemy import select

from marketplace.accounts import services as accounts
from marketplace.accounts.models import Role
from marketplace.audit import AuditEntry
from marketplace.catalog.models import ArtistProfile
from marketplace.db import utcnow
from marketplace.orders import carriers, shipments
from marketplace.orders.models import Order, Shipment
from tests.support.forms import PASSWORD, post_form, sign_in
from tests.support.i18n import translated
from tests.support.market import buy, order_of

STUDIO = "/en/studio/orders/"
DHL_NUMBER = "JD014600003"
DHL_LINK = f"https://www.dhl.com/global-en/home/tracking.html?tracking-id={DHL_NUMBER}&submit=1"


def ship(artist, number: str, carrier="dhl", tracking=DHL_NUMBER, name=""):
    data = {"carrier": carrier, "carrier_name": name, "tracking_number": tracking}
    return post_form(artist, f"/en/studio/orders/{number}/ship", data, token_from=STUDIO)


def confirm(client, number: str, shipment_id: int, lang="fr"):
    return post_form(
        client, f"/{lang}/orders/{number}/shipments/{shipment_id}/received", {}, token_from=f"/{lang}/cart/"
    )


def messages(outbox) -> list[email.message.EmailMessage]:
    return [email.message_from_bytes(m.encode(), policy=email.policy.default) for m in outbox()]


def shipment_of(db, number: str, artist_id: int) -> Shipment | None:
    with db(write=False) as session:
        order = session.scalar(select(Order).where(Order.number == number))
        return next((s for s in order.shipments if s.artist_id == artist_id), None)


def bought(market, people, make_work, currency="EUR") -> str:
    return buy(market, people["buyer"], [(make_work(people["artist_id"], currency=currency), 1)], currency)


def set_estimate(db, number: str, artist_id: int, low: int, high: int) -> None:
    with db() as session:
        order = session.scalar(select(Order).where(Order.number == number))
        shipment = next((s for s in order.shipments if s.artist_id == artist_id), None)
        if shipment is None:
            shipment = Shipment(artist_id=artist_id)
            order.shipments.append(shipment)
        shipment.estimate_min_days, shipment.estimate_max_days = low, high


def shipped_days_ago(db, number: str, artist_id: int, days: float) -> None:
    with db() as session:
        order = session.scalar(select(Order).where(Order.number == number))
        shipment = next(s for s in order.shipments if s.artist_id == artist_id)
        shipment.shipped_at = utcnow() - timedelta(days=days)


def sweep(app):
    result = app.test_cli_runner().invoke(args=["orders", "sweep"])
    assert result.exit_code == 0, result.output
    return result.output


# --- carriers ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("carrier", "url"),
    [
        ("dhl", DHL_LINK),
        ("DHL", DHL_LINK),
        ("DHL Express", DHL_LINK),
        ("fedex", f"https://www.fedex.com/fedextrack/?trknbr={DHL_NUMBER}"),
        ("ups", f"https://www.ups.com/track?tracknum={DHL_NUMBER}"),
        ("aramex", f"https://www.aramex.com/us/en/track/results?ShipmentNumber={DHL_NUMBER}"),
        ("sf-express", f"https://www.sf-express.com/we/ow/chn/sc/waybill/waybill-detail/{DHL_NUMBER}"),
        ("顺丰", f"https://www.sf-express.com/we/ow/chn/sc/waybill/waybill-detail/{DHL_NUMBER}"),
        ("La Poste / Colissimo", f"https://www.laposte.fr/outils/suivre-vos-envois?code={DHL_NUMBER}"),
        ("colissimo", f"https://www.laposte.fr/outils/suivre-vos-envois?code={DHL_NUMBER}"),
    ],
)
def test_a_known_carrier_has_a_tracking_url(carrier, url):
    assert carriers.tracking_url(carrier, DHL_NUMBER) == url


def test_every_listed_carrier_links_and_others_do_not():
    for carrier in carriers.CARRIERS:
        url = carriers.tracking_url(carrier.code, "AB 12-34")
        assert url and url.startswith("https://") and "AB12-34" in url
        assert carriers.tracking_url(carrier.name, "AB 12-34") == url
    # The number cannot change the address: it is percent-encoded.
    assert carriers.tracking_url("ups", "1Z&x=1#y") == "https://www.ups.com/track?tracknum=1Z%26x%3D1%23y"
    assert carriers.tracking_url("Posta Kenya", "RR123456789KE") is None
    assert carriers.tracking_url("", "RR123456789KE") is None
    assert carriers.tracking_url(None, "RR123456789KE") is None
    assert carriers.tracking_url("dhl", "") is None


# --- the ship form -------------------------------------------------------------------------------------


def test_the_ship_form_refuses_a_bad_tracking_number_and_other_without_a_name(
    app, market, people, make_work, db
):
    number = bought(market, people, make_work)
    artist = people["artist"]
    refusals = [
        ({"tracking": "AB1"}, "A tracking number has 4 to 40 letters, digits, spaces or dashes."),
        ({"tracking": "JD01/23"}, "A tracking number has 4 to 40 letters, digits, spaces or dashes."),
        ({"tracking": "J" * 41}, "A tracking number has 4 to 40 letters, digits, spaces or dashes."),
        ({"carrier": "other", "name": ""}, "Give the name of the carrier."),
        ({"carrier": "pigeon"}, "Not a valid choice."),
    ]
    for data, error in refusals:
        response = ship(artist, number, **data)
        assert response.status_code == 302
        assert error in artist.get(STUDIO).get_data(as_text=True), data
        shipment = shipment_of(db, number, people["artist_id"])
        assert shipment is None or (shipment.shipped_at is None and shipment.tracking_number == ""), data
        assert order_of(db, number).status == "paid"
    # "Other" with a name is stored as typed; it has no tracking link.
    assert (
        ship(artist, number, carrier="other", name="Posta Kenya", tracking="RR 123 456 789 KE").status_code
        == 302
    )
    shipment = shipment_of(db, number, people["artist_id"])
    assert (shipment.carrier, shipment.tracking_number) == ("Posta Kenya", "RR 123 456 789 KE")
    assert shipment.shipped_at is not None and order_of(db, number).status == "shipped"
    page = people["buyer"].get(f"/fr/orders/{number}").get_data(as_text=True)
    assert "Posta Kenya" in page and "RR 123 456 789 KE" in page and "noopener noreferrer" not in page


def test_a_known_carrier_is_stored_by_its_name_and_linked_for_buyer_and_artist(
    app, market, people, make_work, db, outbox
):
    number = bought(market, people, make_work)
    set_estimate(db, number, people["artist_id"], 5, 12)
    assert ship(people["artist"], number).status_code == 302
    assert shipment_of(db, number, people["artist_id"]).carrier == "DHL Express"
    anchor = f'<a href="{html.escape(DHL_LINK)}" rel="noopener noreferrer">'
    buyer_page = people["buyer"].get(f"/fr/orders/{number}").get_data(as_text=True)
    assert anchor in buyer_page and "_blank" not in buyer_page
    assert anchor in people["artist"].get(STUDIO).get_data(as_text=True)
    # The buyer's email names the carrier, the number, the link and the expected dates, in French dates.
    told = messages(outbox)[-1]
    assert told["To"] == "buyer@example.org" and told["Content-Language"] == "fr"
    body = told.get_content()
    paid_at = order_of(db, number).paid_at
    first, last = (format_date(paid_at + timedelta(days=d), "medium", locale="fr") for d in (5, 12))
    assert "DHL Express" in body and DHL_NUMBER in body and DHL_LINK in body
    assert first in body and last in body


# --- the buyer confirms --------------------------------------------------------------------------------


def test_the_buyer_confirms_delivery_and_buyer_and_artist_are_told(
    app, market, people, make_work, db, outbox
):
    number = bought(market, people, make_work)
    ship(people["artist"], number)
    shipment = shipment_of(db, number, people["artist_id"])
    action = f"/fr/orders/{number}/shipments/{shipment.id}/received"
    assert action in people["buyer"].get(f"/fr/orders/{number}").get_data(as_text=True)
    before = len(outbox())
    assert confirm(people["buyer"], number, shipment.id).status_code == 302
    order = order_of(db, number)
    assert order.status == "delivered"
    assert (order.shipments[0].delivered_by, order.shipments[0].delivered_at is not None) == ("buyer", True)
    with db(write=False) as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.subject_id == order.id, AuditEntry.to_status == "delivered")
        ).one()
    assert entry.actor_role == "buyer"
    sent = messages(outbox)[before:]
    assert [(m["To"], m["Content-Language"]) for m in sent] == [
        ("artist@example.org", "sw"), ("buyer@example.org", "fr"),
    ]  # fmt: skip
    assert sent[1]["Subject"] == translated(
        "fr", "Daraja: your order %(number)s has been delivered", number=number
    )
    assert number in sent[0]["Subject"]
    # The button is gone; confirming again changes nothing and tells nobody.
    assert action not in people["buyer"].get(f"/fr/orders/{number}").get_data(as_text=True)
    assert confirm(people["buyer"], number, shipment.id).status_code == 302
    assert len(outbox()) == before + 2


def test_the_artist_confirms_and_says_so(app, market, people, make_work, db, outbox):
    number = bought(market, people, make_work)
    ship(people["artist"], number)
    before = len(outbox())
    post_form(people["artist"], f"/en/studio/orders/{number}/delivered", {}, token_from=STUDIO)
    assert order_of(db, number).status == "delivered"
    assert shipment_of(db, number, people["artist_id"]).delivered_by == "artist"
    assert [m["To"] for m in messages(outbox)[before:]] == ["artist@example.org", "buyer@example.org"]
    post_form(people["artist"], f"/en/studio/orders/{number}/delivered", {}, token_from=STUDIO)
    assert len(outbox()) == before + 2


def test_nobody_else_can_confirm(app, market, people, make_user, make_work, db, outbox):
    number = bought(market, people, make_work)
    ship(people["artist"], number)
    shipment = shipment_of(db, number, people["artist_id"])
    make_user(email="someone@example.org")
    someone = app.test_client()
    sign_in(someone, email="someone@example.org", password=PASSWORD)
    before = len(outbox())
    for client in (someone, people["artist"], people["admin"]):
        assert confirm(client, number, shipment.id).status_code == 404
    assert confirm(people["buyer"], number, shipment.id + 1000).status_code == 404
    assert app.test_client().post(f"/fr/orders/{number}/shipments/{shipment.id}/received").status_code in (
        302, 400,
    )  # fmt: skip
    assert order_of(db, number).status == "shipped"
    assert shipment_of(db, number, people["artist_id"]).delivered_at is None
    assert len(outbox()) == before


def test_the_order_is_delivered_only_when_every_artist_part_is(app, market, people, make_work, db, outbox):
    with app.app_context(), db() as session:
        user = accounts.register(session, "li@example.org", PASSWORD, "Li Wei", "zh")
        accounts.grant_role(session, user, Role.ARTIST)
        other = ArtistProfile(
            user=user, slug="li-wei", public_name="Li Wei", country="CN", region="Yunnan",
            disciplines=["ceramics"], source_language="zh", bio="陶艺家。", status="approved",
        )  # fmt: skip
        session.add(other)
        session.flush()
        other_id = other.id
    li = app.test_client()
    sign_in(li, email="li@example.org")
    works = [(make_work(people["artist_id"], currency="EUR"), 1), (make_work(other_id, currency="EUR"), 1)]
    number = buy(market, people["buyer"], works, "EUR")
    ship(people["artist"], number)
    assert order_of(db, number).status == "paid"
    first = shipment_of(db, number, people["artist_id"])
    assert confirm(people["buyer"], number, first.id).status_code == 302
    assert order_of(db, number).status == "paid"  # Li Wei has not shipped yet
    assert messages(outbox)[-1]["Subject"] != translated(
        "fr", "Daraja: your order %(number)s has been delivered", number=number
    )
    ship(li, number, carrier="sf-express", tracking="SF1364216703436")
    assert order_of(db, number).status == "shipped"
    second = shipment_of(db, number, other_id)
    confirm(people["buyer"], number, second.id)
    assert order_of(db, number).status == "delivered"
    sent = messages(outbox)[-2:]
    assert [(m["To"], m["Content-Language"]) for m in sent] == [
        ("li@example.org", "zh"),
        ("buyer@example.org", "fr"),
    ]


# --- automatic confirmation ----------------------------------------------------------------------------


def test_the_sweep_confirms_after_the_set_days_and_not_before(app, market, people, make_work, db, outbox):
    assert app.config["AUTO_DELIVERY_DAYS_AFTER_SHIPPING"] == 30
    number = bought(market, people, make_work)
    ship(people["artist"], number)
    shipped_days_ago(db, number, people["artist_id"], 29)
    before = len(outbox())
    assert "Confirmed 0 deliveries" in sweep(app)
    assert order_of(db, number).status == "shipped" and len(outbox()) == before
    shipped_days_ago(db, number, people["artist_id"], 31)
    assert "Confirmed 1 deliveries" in sweep(app)
    order = order_of(db, number)
    assert order.status == "delivered" and order.shipments[0].delivered_by == "auto"
    sent = messages(outbox)[before:]
    assert [(m["To"], m["Content-Language"]) for m in sent] == [
        ("artist@example.org", "sw"), ("buyer@example.org", "fr"),
    ]  # fmt: skip
    # A second sweep changes nothing and sends nothing.
    assert "Confirmed 0 deliveries" in sweep(app)
    assert len(outbox()) == before + 2
    assert order_of(db, number).shipments[0].delivered_at == order.shipments[0].delivered_at


def test_confirm_overdue_counts_days_from_now(app, market, people, make_work, db):
    number = bought(market, people, make_work)
    ship(people["artist"], number)
    shipped_at = shipment_of(db, number, people["artist_id"]).shipped_at
    with app.app_context(), db() as session:
        assert shipments.confirm_overdue(session, shipped_at + timedelta(days=10), 10) == []
        session.rollback()
    with app.app_context(), db() as session:
        done = shipments.confirm_overdue(session, shipped_at + timedelta(days=10, seconds=1), 10)
    assert done == [shipments.Delivery(number, people["artist_id"], "auto")]
    assert order_of(db, number).status == "delivered"


def test_the_sweep_leaves_parts_not_shipped_alone(app, market, people, make_work, db):
    number = bought(market, people, make_work)
    with app.app_context(), db() as session:
        assert shipments.confirm_overdue(session, utcnow() + timedelta(days=365), 30) == []
    assert order_of(db, number).status == "paid"
    assert "Confirmed 0 deliveries" in sweep(app)


# --- languages (waits for the lead's translations) -----------------------------------------------------


def test_fulfilment_emails_in_their_languages(app, market, people, make_work, db, outbox):
    number = bought(market, people, make_work)
    set_estimate(db, number, people["artist_id"], 5, 12)
    ship(people["artist"], number)
    shipped = messages(outbox)[-1].get_content()
    assert translated("fr", "Tracking number: %(tracking)s", tracking=DHL_NUMBER) in shipped
    assert translated("fr", "Carrier: %(carrier)s", carrier="DHL Express") in shipped
    assert translated("fr", "Follow the parcel on the carrier’s site:") in shipped
    assert translated("fr", "Delivery:") in shipped
    page = people["buyer"].get(f"/fr/orders/{number}").get_data(as_text=True)
    assert html.escape(translated("fr", "I have received it")) in page
    assert html.escape(translated("fr", "Follow the parcel")) in page
    shipment = shipment_of(db, number, people["artist_id"])
    confirm(people["buyer"], number, shipment.id)
    to_artist, to_buyer = messages(outbox)[-2:]
    assert to_artist["Subject"] == translated(
        "sw", "Daraja: your work for order %(number)s has been delivered", number=number
    )
    assert (
        translated(
            "sw", "The buyer has confirmed that your work for order %(number)s has arrived.", number=number
        )
        in to_artist.get_content()
    )
    assert (
        translated(
            "fr", "Thank you for confirming that the work from %(artist)s has arrived.", artist="Njeri Kamau"
        )
        in to_buyer.get_content()
    )
    studio = people["artist"].get("/sw/studio/orders/").get_data(as_text=True)
    assert html.escape(translated("sw", "confirmed by the buyer")) in studio
