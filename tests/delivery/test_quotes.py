"""What delivery costs, per zone and number of items, in zero-decimal and two-decimal currencies."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from marketplace.catalog.models import Work
from marketplace.delivery import quotes as delivery_quotes
from tests.support.delivery import make_profile, use_profile

ZONES = {
    "domestic": (2000, 500, 1, 2),
    "east_africa": (5000, 1500, 3, 6),
    "same_region": (4000, 1000, 4, 8),
    "europe": (12000, 4000, 5, 10),
    "world": (15000, 6000, 7, 20),
}


def works(db, ids):
    with db(write=False) as session:
        found = session.scalars(select(Work).where(Work.id.in_(ids)).order_by(Work.id)).all()
        for work in found:
            work.shipping_profile and work.shipping_profile.rates  # noqa: B018 (load before closing)
        return found


@pytest.fixture
def priced(db, make_artist, make_work):
    """A Kenyan textile artist's works priced in XOF and EUR, each with its profile (ships from Kenya)."""

    def build(currency, price=100000, free_over=None, excluded=(), email=None):
        artist_id = make_artist(email=email or f"{currency}@example.org")
        profile_id = make_profile(db, artist_id, currency=currency, rates=ZONES, free_over=free_over,
                                  excluded=excluded)  # fmt: skip
        ids = []
        for _ in range(2):
            work_id = make_work(artist_id, price=price, currency=currency, stock=5, edition="open")
            use_profile(db, work_id, profile_id)
            ids.append(work_id)
        return works(db, ids)

    return build


@pytest.mark.parametrize("currency", ["XOF", "EUR"])
@pytest.mark.parametrize(
    ("destination", "zone", "one", "three", "days"),
    [
        ("KE", "domestic", 2000, 3000, (2, 5)),  # handling 1-3 days + transit
        ("TZ", "east_africa", 5000, 8000, (4, 9)),  # a named region beats "same region"
        ("FR", "europe", 12000, 20000, (6, 13)),
        ("BR", "world", 15000, 27000, (8, 23)),  # Americas has no rate of its own: rest of the world
        ("CN", "world", 15000, 27000, (8, 23)),
    ],
)
def test_rate_per_zone_and_item_count(app, priced, currency, destination, zone, one, three, days):
    first, second = priced(currency)
    [single] = delivery_quotes.quote([(first, 1)], destination, currency)
    assert (single.parcels[0].zone.value, single.amount_minor) == (zone, one)
    assert (single.min_days, single.max_days) == days
    [triple] = delivery_quotes.quote([(first, 2), (second, 1)], destination, currency)
    assert triple.amount_minor == three  # one parcel: first item, then two additional ones


def test_same_region_applies_when_no_named_region_is_priced(app, db, make_artist, make_work):
    artist_id = make_artist()
    profile_id = make_profile(db, artist_id, rates={"same_region": (3000, 0, 2, 4), "world": (9000, 0, 9, 9)})
    work_id = make_work(artist_id, price=50000, currency="KES")
    use_profile(db, work_id, profile_id)
    [work] = works(db, [work_id])
    # Uganda: East Africa, like Kenya; and Kenya itself has no domestic rate, so the same region's
    assert delivery_quotes.quote([(work, 1)], "UG", "KES")[0].amount_minor == 3000
    assert delivery_quotes.quote([(work, 1)], "KE", "KES")[0].amount_minor == 3000
    assert delivery_quotes.quote([(work, 1)], "NG", "KES")[0].amount_minor == 9000


def test_free_delivery_from_an_amount(app, priced):
    first, second = priced("XOF", price=100000, free_over=200000)
    assert delivery_quotes.quote([(first, 1)], "FR", "XOF")[0].amount_minor == 12000
    assert delivery_quotes.quote([(first, 1), (second, 1)], "FR", "XOF")[0].amount_minor == 0


def test_excluded_countries_and_uncovered_destinations_cannot_be_shipped_to(app, priced, db, make_artist,
                                                                           make_work):  # fmt: skip
    first, _ = priced("EUR", excluded=("US",))
    with pytest.raises(delivery_quotes.NotShippable) as refused:
        delivery_quotes.quote([(first, 1)], "US", "EUR")
    assert [w.id for w in refused.value.works] == [first.id] and refused.value.destination == "US"
    assert not delivery_quotes.ships_to(first, "US") and delivery_quotes.ships_to(first, "CA")
    artist_id = make_artist(email="local@example.org")
    profile_id = make_profile(db, artist_id, rates={"domestic": (100, 0, 1, 1)})
    local = make_work(artist_id, price=5000, currency="KES")
    use_profile(db, local, profile_id)
    [local_work] = works(db, [local])
    assert delivery_quotes.ships_to(local_work, "KE") and not delivery_quotes.ships_to(local_work, "TZ")


def test_digital_works_and_works_without_a_profile_cost_nothing(app, db, make_artist, make_work):
    artist_id = make_artist()
    digital = make_work(artist_id, category="digital_art", price=20000, currency="USD")
    legacy = make_work(artist_id, price=20000, currency="USD")
    digital_work, legacy_work = works(db, [digital, legacy])
    assert delivery_quotes.quote([(digital_work, 1)], "FR", "USD") == []
    [quote] = delivery_quotes.quote([(legacy_work, 1)], "FR", "USD")
    assert quote.amount_minor == 0 and quote.min_days is None


def test_two_artists_are_two_deliveries(app, priced):
    first = priced("EUR", email="one@example.org")
    second = priced("EUR", email="two@example.org", free_over=100000)
    quotes = delivery_quotes.quote([(first[0], 1), (second[0], 2)], "FR", "EUR")
    assert [(q.artist_id, q.amount_minor) for q in quotes] == [
        (first[0].artist_id, 12000),
        (second[0].artist_id, 0),  # the second artist's free delivery does not cover the first's
    ]
