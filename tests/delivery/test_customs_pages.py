"""The packing and customs sheet of each artist's part of an order, and the customs facts curators review."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from babel import Locale
from markupsafe import escape

from marketplace.catalog.models import Work
from marketplace.delivery.models import ShippingProfile
from marketplace.i18n.formatting import format_money
from marketplace.orders.models import Order, OrderLine
from tests.support.forms import sign_in
from tests.support.i18n import translated

NOW = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
ADDRESS = {
    "ship_name": "Fatou Ndiaye",
    "ship_line1": "12 rue Carnot",
    "ship_line2": "Appartement 4",
    "ship_city": "Dakar",
    "ship_region": "Plateau",
    "ship_postal_code": "10000",
    "ship_country": "SN",
    "ship_phone": "+221 77 000 00 00",
}


def money(amount: int, lang: str = "en") -> str:
    return str(escape(format_money(amount, "KES", locale=Locale.parse(lang))))


@pytest.fixture
def shop(app, db, make_user, make_artist, make_work):
    """Two artists in one paid order, with a shipping line, a digital work and a line returned to stock."""
    buyer = make_user(email="buyer@example.org", name="Fatou", language="fr")
    njeri = make_artist(email="njeri@example.org", name="Njeri Kamau", country="KE")
    li = make_artist(email="li@example.org", name="Li Wei", country="CN", language="zh")
    with db() as session:
        profile = ShippingProfile(artist_id=njeri, name="Parcels", ships_from="TZ", currency="KES")
        session.add(profile)
        session.flush()
        profile_id = profile.id
    works = {
        # The category's heading (textile: 6304) and the price sold at as the declared value.
        "kanga": make_work(njeri, title="Kanga ya bluu", price=450000, materials="Pamba (cotton)",
                           weight_g=800, width_cm=110, height_cm=160, shipping_profile_id=profile_id),
        # The artist's heading and declared value; two units.
        "painting": make_work(njeri, title="Machweo", category="painting", price=500000, stock=3,
                              edition="open", hs_code="9701", declared_value_minor=300000,
                              materials="Oil on canvas, rosewood frame", weight_g=1200, width_cm=50,
                              height_cm=70, depth_cm=3),
        "download": make_work(njeri, title="Picha ya dijitali", category="digital_art", price=100000,
                              is_digital=True, materials="JPEG file"),
        "cancelled": make_work(njeri, title="Kikapu kilichorudishwa", category="craft", price=200000),
        "vase": make_work(li, title="青花瓷瓶", category="ceramics", price=900000, materials="瓷",
                          weight_g=2500, language="zh"),
    }  # fmt: skip
    number = make_order(db, buyer, [
        (works["kanga"], njeri, 450000, 1, 0),
        (works["painting"], njeri, 500000, 2, 0),
        (works["download"], njeri, 100000, 1, 0),
        (works["cancelled"], njeri, 200000, 1, 1),
        (works["vase"], li, 900000, 1, 0),
        (None, njeri, 150000, 1, 0),
    ])  # fmt: skip
    return {"number": number, "njeri": njeri, "li": li, "works": works, "buyer": buyer}


def make_order(db, buyer_id, lines, status="paid", number="D2612-CUST01") -> str:
    """``lines``: (work_id or None for a shipping line, artist_id, unit price, quantity, restocked)."""
    with db() as session:
        order = Order(
            number=number, buyer_id=buyer_id, email="buyer@example.org", language="fr", currency="KES",
            total_minor=sum(price * quantity for _, _, price, quantity, _ in lines), status=status,
            created_at=NOW, expires_at=NOW + timedelta(minutes=35),
            paid_at=NOW if status != "pending_payment" else None, **ADDRESS,
        )  # fmt: skip
        for work_id, artist_id, price, quantity, restocked in lines:
            order.lines.append(
                OrderLine(
                    kind="work" if work_id else "shipping",
                    work_id=work_id,
                    artist_id=artist_id,
                    title="Delivery" if work_id is None else _title(session, work_id),
                    unit_price_minor=price,
                    quantity=quantity,
                    restocked=restocked,
                )
            )
        session.add(order)
        return order.number


def _title(session, work_id) -> str:
    return session.get(Work, work_id).title


def signed_in(app, email: str):
    client = app.test_client()
    sign_in(client, email=email)
    return client


def sheet_url(number: str, lang: str = "en") -> str:
    return f"/{lang}/studio/orders/{number}/packing-sheet"


def test_the_sheet_lists_only_this_artists_parcel(app, shop):
    response = signed_in(app, "njeri@example.org").get(sheet_url(shop["number"]))
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    # Sender: the artist, shipping from their profile's country; recipient: the order's address and phone.
    assert "Njeri Kamau" in page and "Nairobi" in page and "Tanzania" in page
    for value in ADDRESS.values():
        if value != "SN":
            assert str(escape(value)) in page
    assert "Senegal" in page
    # This artist's physical lines, with their headings, materials and values.
    assert "Kanga ya bluu" in page and "Machweo" in page
    assert "6304" in page and "Other furnishing articles of textile (wall hangings)" in page
    assert "9701" in page and "Paintings and drawings executed entirely by hand" in page
    assert "Pamba (cotton)" in page and "Oil on canvas, rosewood frame" in page
    assert money(450000) in page  # the price sold at, as nothing else was declared
    assert money(300000) in page and money(600000) in page  # declared, overriding the price, times two
    assert money(500000) not in page
    assert money(1050000) in page  # total declared value
    assert "800 g" in page and "2.4 kg" in page and "3.2 kg" in page  # net weights, and their total
    assert "50 cm × 70 cm × 3 cm" in page and "110 cm × 160 cm" in page
    assert "Kenya" in page  # country of origin
    # Not listed: the other artist's work, the download, the unit returned to stock, the delivery charge.
    for absent in ("青花瓷瓶", "Li Wei", "Picha ya dijitali", "Kikapu kilichorudishwa", "Delivery"):
        assert absent not in page
    assert "Sale of goods" in page and "Sale of an original work of art" not in page
    assert "Signature" in page
    # The rosewood frame is flagged.
    assert "Restricted materials" in page and "rosewood or palisander (Dalbergia)" in page
    assert "no-print" in page and 'name="robots" content="noindex"' in page


def test_the_other_artists_sheet_has_their_work_only(app, shop):
    page = signed_in(app, "li@example.org").get(sheet_url(shop["number"])).get_data(as_text=True)
    assert "青花瓷瓶" in page and "Li Wei" in page and "China" in page  # no profile: the artist's country
    assert "Kanga ya bluu" not in page and "Machweo" not in page
    assert "6913" in page and money(900000) in page and "2.5 kg" in page
    assert "Restricted materials" not in page
    assert "Sale of goods" in page


def test_a_sheet_of_works_of_art_only_says_so(app, db, shop, make_work):
    number = make_order(
        db, shop["buyer"], [(shop["works"]["painting"], shop["njeri"], 500000, 1, 0)], number="D2612-ART"
    )
    page = signed_in(app, "njeri@example.org").get(sheet_url(number)).get_data(as_text=True)
    assert "Sale of an original work of art" in page
    assert "Kanga ya bluu" not in page and money(300000) in page


def test_a_parcel_with_nothing_to_send_says_so(app, db, shop):
    number = make_order(
        db, shop["buyer"], [(shop["works"]["download"], shop["njeri"], 100000, 1, 0)], number="D2612-DIG"
    )
    response = signed_in(app, "njeri@example.org").get(sheet_url(number))
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "Nothing of yours in this order travels by post" in page and "Picha ya dijitali" not in page


def test_an_artist_without_works_in_the_order_gets_404(app, shop, make_artist):
    make_artist(email="other@example.org", name="Kofi Mensah", country="GH")
    assert signed_in(app, "other@example.org").get(sheet_url(shop["number"])).status_code == 404
    # A buyer (no artist profile) and an unknown order: 404 too.
    assert signed_in(app, "buyer@example.org").get(sheet_url(shop["number"])).status_code == 404
    assert signed_in(app, "njeri@example.org").get(sheet_url("D0000-NOPE")).status_code == 404


def test_an_unpaid_order_has_no_sheet(app, db, shop):
    number = make_order(
        db, shop["buyer"], [(shop["works"]["kanga"], shop["njeri"], 450000, 1, 0)],
        status="pending_payment", number="D2612-WAIT",
    )  # fmt: skip
    assert signed_in(app, "njeri@example.org").get(sheet_url(number)).status_code == 404


def test_visitors_are_sent_to_sign_in(app, shop):
    response = app.test_client().get(sheet_url(shop["number"]))
    assert response.status_code == 302 and "/account/sign-in" in response.headers["Location"]


def test_the_orders_page_links_to_the_sheet(app, shop):
    page = signed_in(app, "njeri@example.org").get("/en/studio/orders/").get_data(as_text=True)
    assert f'href="{sheet_url(shop["number"])}"' in page
    assert "Packing and customs sheet" in page


def test_an_administrator_sees_any_artists_sheet(app, shop, make_user):
    make_user(email="admin@example.org", roles=("admin",))
    admin = signed_in(app, "admin@example.org")
    url = f"/en/admin/money/orders/{shop['number']}/packing-sheet/{shop['li']}"
    response = admin.get(url)
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "青花瓷瓶" in page and "Kanga ya bluu" not in page
    assert f'href="/en/admin/money/orders/{shop["number"]}"' in page
    njeri_page = admin.get(f"/en/admin/money/orders/{shop['number']}/packing-sheet/{shop['njeri']}")
    assert "Machweo" in njeri_page.get_data(as_text=True)
    assert admin.get(f"/en/admin/money/orders/{shop['number']}/packing-sheet/999999").status_code == 404
    # Artists do not use the administrators' address.
    assert signed_in(app, "li@example.org").get(url).status_code == 403


FRENCH_MESSAGES = (
    "Packing list and customs declaration",
    "Sender",
    "Recipient",
    "Sale of goods",
    "Reason for export",
    "Restricted materials",
    "rosewood or palisander (Dalbergia)",
)


def test_packing_sheet_in_french(app, shop):
    response = signed_in(app, "njeri@example.org").get(sheet_url(shop["number"], "fr"))
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert '<html lang="fr">' in page
    assert money(1050000, "fr") in page and "Sénégal" in page
    for message in FRENCH_MESSAGES:
        assert str(escape(translated("fr", message))) in page


# --- the curator's review page ------------------------------------------------------------------------


def review(client, work_id) -> str:
    response = client.get(f"/en/curator/works/{work_id}")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_curators_are_warned_of_ivory(curator, make_artist, make_work):
    artist = make_artist()
    inlay = make_work(artist, status="submitted", category="sculpture", materials="Wood with ivory inlay")
    page = review(curator, inlay)
    assert "Possible restricted materials" in page
    assert "The texts or materials of this work name: ivory." in page


def test_curators_are_warned_of_象牙_in_a_chinese_title(curator, make_artist, make_work):
    carving = make_work(make_artist(language="zh"), status="submitted", title="象牙雕刻", language="zh")
    page = review(curator, carving)
    assert "Possible restricted materials" in page
    assert "The texts or materials of this work name: ivory." in page


def test_a_colour_called_ivory_raises_no_warning(curator, make_artist, make_work):
    cotton = make_work(make_artist(), status="submitted", materials="ivory-coloured cotton")
    assert "Possible restricted materials" not in review(curator, cotton)


def test_a_translation_naming_a_material_raises_the_warning(curator, make_artist, make_work, add_translation):
    work_id = make_work(make_artist(), status="submitted", materials="mbao")
    assert "Possible restricted materials" not in review(curator, work_id)
    add_translation(work_id, "fr", {"description": "Sculpté dans le bois de santal"}, status="draft")
    page = review(curator, work_id)
    assert "Possible restricted materials" in page and "sandalwood (Santalum)" in page


def test_curators_see_the_heading_and_declared_value_of_physical_works(curator, make_artist, make_work):
    artist = make_artist()
    default = make_work(artist, status="submitted", price=450000)
    declared = make_work(artist, status="submitted", hs_code="6214", declared_value_minor=120000)
    digital = make_work(artist, status="submitted", category="digital_art", is_digital=True)
    page = review(curator, default)
    assert "HS code 6304" in page and f"Declared value: {money(450000)}" in page and "(the price)" in page
    page = review(curator, declared)
    assert "HS code 6214" in page and f"Declared value: {money(120000)}" in page
    assert "Shawls, scarves and similar textile articles" in page and "(the price)" not in page
    assert "HS code" not in review(curator, digital)
