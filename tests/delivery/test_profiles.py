"""Artists set up shipping profiles in the studio and choose one for each physical work."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from marketplace.catalog.models import Work
from marketplace.delivery.models import ShippingProfile, ShippingRate
from tests.support.delivery import make_profile, use_profile
from tests.support.forms import post_form, sign_in
from tests.support.i18n import translated

PROFILE = {
    "name": "Framed paintings", "ships_from": "KE", "currency": "KES", "handling_days_min": "2",
    "handling_days_max": "5", "free_over": "50000", "excluded_countries": ["US", "RU"],
    "rate_domestic_first": "800", "rate_domestic_additional": "200", "rate_domestic_days_min": "1",
    "rate_domestic_days_max": "3", "rate_world_first": "6500.50", "rate_world_additional": "0",
    "rate_world_days_min": "10", "rate_world_days_max": "30",
}  # fmt: skip


def artist_client(app, make_artist, email="artist@example.org", name="Njeri Kamau"):
    artist_id = make_artist(email=email, name=name)
    client = app.test_client()
    sign_in(client, email=email)
    return client, artist_id


def test_an_artist_creates_and_edits_a_profile(app, make_artist, db):
    client, artist_id = artist_client(app, make_artist)
    assert post_form(client, "/en/studio/shipping/new", PROFILE).status_code == 302
    with db(write=False) as session:
        profile = session.scalar(select(ShippingProfile))
        rates = {r.zone: (r.first_item_minor, r.additional_item_minor, r.transit_days_min, r.transit_days_max)
                 for r in profile.rates}  # fmt: skip
    assert (profile.artist_id, profile.ships_from, profile.free_over_minor) == (artist_id, "KE", 5000000)
    assert profile.excluded_countries == ["RU", "US"]
    assert rates == {"domestic": (80000, 20000, 1, 3), "world": (650050, 0, 10, 30)}
    page = client.get("/en/studio/shipping/").get_data(as_text=True)
    assert "Framed paintings" in page and "Russia" in page
    edit = client.get(f"/en/studio/shipping/{profile.id}").get_data(as_text=True)
    assert 'value="6500.50"' in edit
    changed = {**PROFILE, "rate_world_first": "", "rate_world_days_min": "", "rate_world_days_max": ""}
    assert post_form(client, f"/en/studio/shipping/{profile.id}", changed).status_code == 302
    with db(write=False) as session:
        assert session.scalar(select(func.count()).select_from(ShippingRate)) == 1


def test_bad_profiles_are_refused_and_nothing_is_saved(app, make_artist, db):
    client, _ = artist_client(app, make_artist)
    for bad in (
        {"handling_days_min": "6", "handling_days_max": "2"},
        {"rate_domestic_first": "", "rate_world_first": ""},  # no zone priced
        {"rate_world_days_max": ""},  # a priced zone without its delivery time
        {"rate_domestic_first": "-5"},
        {"currency": "XOF", "rate_domestic_first": "800.5"},  # XOF has no decimals
        {"name": ""},
    ):
        response = post_form(client, "/en/studio/shipping/new", {**PROFILE, **bad})
        assert response.status_code == 400, bad
    with db(write=False) as session:
        assert session.scalar(select(func.count()).select_from(ShippingProfile)) == 0


def test_a_work_uses_a_profile_in_its_own_currency(app, make_artist, make_work, db):
    client, artist_id = artist_client(app, make_artist)
    kes = make_profile(db, artist_id, currency="KES")
    eur = make_profile(db, artist_id, currency="EUR")
    work_id = make_work(artist_id, price=450000, currency="KES", status="draft")
    page = client.get(f"/en/studio/works/{work_id}")
    assert page.status_code == 200
    body = page.get_data(as_text=True)
    assert f'value="{kes}"' in body and f'value="{eur}"' not in body  # only profiles in the work's currency
    url = f"/en/studio/works/{work_id}/delivery"
    token_page = f"/en/studio/works/{work_id}"
    post_form(client, url, {"shipping_profile": str(eur), "hs_code": "6304"}, token_from=token_page)
    with db(write=False) as session:
        assert session.get(Work, work_id).shipping_profile_id is None
    post_form(client, url, {"shipping_profile": str(kes), "hs_code": "6304", "declared_value": "3000"},
              token_from=token_page)  # fmt: skip
    with db(write=False) as session:
        work = session.get(Work, work_id)
        assert (work.shipping_profile_id, work.hs_code, work.declared_value_minor) == (kes, "6304", 300000)
    post_form(client, url, {"is_digital": "y", "shipping_profile": str(kes)}, token_from=token_page)
    with db(write=False) as session:
        work = session.get(Work, work_id)
        assert work.is_digital and work.shipping_profile_id is None
    assert post_form(client, f"/en/studio/shipping/{kes}/delete", {}, token_from="/en/studio/shipping/"
                     ).status_code == 302  # fmt: skip
    with db(write=False) as session:
        assert session.get(ShippingProfile, kes) is None


def test_a_profile_in_use_cannot_be_deleted(app, make_artist, make_work, db):
    client, artist_id = artist_client(app, make_artist)
    profile_id = make_profile(db, artist_id)
    use_profile(db, make_work(artist_id, currency="KES"), profile_id)
    post_form(client, f"/en/studio/shipping/{profile_id}/delete", {}, token_from="/en/studio/shipping/")
    with db(write=False) as session:
        assert session.get(ShippingProfile, profile_id) is not None


def test_nobody_else_sees_or_changes_an_artists_profiles(app, make_artist, make_user, make_work, db):
    _, artist_id = artist_client(app, make_artist)
    profile_id = make_profile(db, artist_id)
    work_id = make_work(artist_id, currency="KES")
    other, _ = artist_client(app, make_artist, email="other@example.org", name="Other")
    assert other.get(f"/en/studio/shipping/{profile_id}").status_code == 404
    answer = post_form(other, f"/en/studio/shipping/{profile_id}", PROFILE, token_from="/en/studio/shipping/")
    assert answer.status_code == 404
    answer = post_form(other, f"/en/studio/works/{work_id}/delivery", {"is_digital": "y"},
                       token_from="/en/studio/shipping/")  # fmt: skip
    assert answer.status_code == 404
    make_user(email="buyer@example.org")
    buyer = app.test_client()
    sign_in(buyer, email="buyer@example.org")
    assert buyer.get("/en/studio/shipping/").status_code == 403
    assert app.test_client().get("/en/studio/shipping/").status_code == 302
    with db(write=False) as session:
        assert session.get(ShippingProfile, profile_id).name == "Parcels"
        assert not session.get(Work, work_id).is_digital


def test_country_lists_offer_real_countries_only(app, make_artist):
    client, _ = artist_client(app, make_artist)
    page = client.get("/zh/studio/shipping/new").get_data(as_text=True)
    assert 'value="KE"' in page and 'value="CN"' in page
    for pseudo in ("XA", "XB", "EU", "ZZ", "IC", "EA", "AC", "TA", "CP", "DG", "CQ"):
        assert f'value="{pseudo}"' not in page


def option_values(page: str, name: str) -> list[str]:
    select = re.search(rf'<select[^>]*name="{name}"[^>]*>(.*?)</select>', page, re.S).group(1)
    return re.findall(r'<option[^>]*value="([^"]*)"', select)


@pytest.mark.parametrize(
    ("lang", "in_order"),
    [
        ("zh", ["AL", "EG", "KE", "CN"]),  # Aerbaniya, Aiji, Kenniya, Zhongguo: by pinyin, not by code point
        ("fr", ["DZ", "DE", "EG", "EC", "ZW"]),  # Algérie, Allemagne, Égypte, Équateur, Zimbabwe
        ("sw", ["ZA", "KE", "EG", "CN"]),  # Afrika Kusini, Kenya, Misri, Uchina
    ],
)
def test_country_lists_are_in_the_order_of_the_page_language(app, make_artist, lang, in_order):
    client, _ = artist_client(app, make_artist)
    page = client.get(f"/{lang}/studio/shipping/new").get_data(as_text=True)
    values = option_values(page, "ships_from")
    assert values[0] == "" and values.count("") == 1  # "Choose a country" first: none is chosen by default
    positions = [values.index(code) for code in in_order]
    assert positions == sorted(positions), [values[i] for i in positions]


@pytest.mark.parametrize("lang", ["fr", "zh", "sw"])
def test_zone_fields_show_a_short_label_and_keep_the_zone_in_their_name(app, make_artist, lang):
    client, _ = artist_client(app, make_artist)
    page = client.get(f"/{lang}/studio/shipping/new").get_data(as_text=True)
    label = re.search(r'<label for="rate_world_first">(.*?)</label>', page, re.S).group(1)
    assert f'<span aria-hidden="true">{translated(lang, "First item")}</span>' in label
    full = translated(lang, "%(zone)s: first item", zone=translated(lang, "Rest of the world"))
    assert f'<span class="visually-hidden">{full}</span>' in label
