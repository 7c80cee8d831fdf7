"""A digital sale in its own words. The buyer's order and the artist's sales page never tell a download as a
parcel (shipped, carrier, tracking number, "Mark as delivered", "confirmed by you"), in English and in
Swahili, where no English word shows; a mixed order tells each artist's part as it is."""

from __future__ import annotations

import email
import email.policy
import re
from html import unescape

import pytest

from tests.support.downloads import grants
from tests.support.forms import post_form, sign_in
from tests.support.i18n import translated
from tests.support.market import buy, order_of

LANGUAGES = ("en", "sw")


def main_text(response) -> str:
    """What a reader sees in the page's main part: its text, tags removed, spaces collapsed."""
    assert response.status_code == 200, response.status_code
    html = response.get_data(as_text=True)
    main = html[html.index("<main") : html.index("</main>")]
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", main)).split())


def opening(lang: str, message: str) -> str:
    """The words of ``message`` in ``lang`` before its first placeholder (a date, a carrier...)."""
    return re.split(r"%\(\w+\)s", translated(lang, message))[0].strip()


def status(lang: str, title: str) -> str:
    return translated(lang, "Status: %(status)s", status=translated(lang, title))


def assert_told_as_a_download(lang: str, text: str) -> None:
    assert translated(lang, "Mark as delivered") not in text
    assert translated(lang, "Mark as shipped") not in text
    assert opening(lang, "shipped on %(date)s with %(carrier)s, tracking number %(tracking)s") not in text
    assert translated(lang, "confirmed by you") not in text
    assert translated(lang, "confirmed by the buyer") not in text
    if lang != "en":
        assert not re.search(r"\bdownload", text, re.IGNORECASE), text  # the carrier's raw name, in English


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_downloads_only_order_is_ready_to_download_then_downloaded(lang, market, people, digital_work, db):
    work_id, _data = digital_work()
    people["artist"].get("/en/studio/")  # reads the upload's message, flashed in English
    number = buy(market, people["buyer"], [(work_id, 1)], "EUR")
    assert order_of(db, number).status == "shipped"  # the machine's status, which the ledger reads

    order_page = main_text(people["buyer"].get(f"/{lang}/orders/{number}"))
    assert status(lang, "Paid · ready to download") in order_page
    assert status(lang, "Shipped") not in order_page
    assert opening(lang, "download links sent on %(date)s") in order_page
    assert_told_as_a_download(lang, order_page)
    listed = main_text(people["buyer"].get(f"/{lang}/orders/"))
    assert translated(lang, "Paid · ready to download") in listed
    sales = main_text(people["artist"].get(f"/{lang}/studio/orders/"))
    assert translated(lang, "Paid · ready to download") in sales
    assert opening(lang, "Download links sent to the buyer on %(date)s; not downloaded yet.") in sales
    nothing_to_ship = "Nothing to ship: the buyer downloads these works from their order page."
    assert translated(lang, nothing_to_ship) in sales
    assert_told_as_a_download(lang, sales)

    # The artist cannot say it was delivered: the buyer's download does.
    refused = post_form(people["artist"], f"/{lang}/studio/orders/{number}/delivered", {},
                        token_from=f"/{lang}/studio/orders/", follow_redirects=True)  # fmt: skip
    assert translated(lang, "A digital work is delivered when the buyer downloads it.") in main_text(refused)
    assert order_of(db, number).shipments[0].delivered_at is None

    [grant] = grants(db)
    assert people["buyer"].get(f"/{lang}/downloads/{grant.token}").status_code == 200
    assert order_of(db, number).status == "delivered"
    order_page = main_text(people["buyer"].get(f"/{lang}/orders/{number}"))
    assert status(lang, "Downloaded") in order_page
    assert status(lang, "Delivered") not in order_page
    assert opening(lang, "downloaded on %(date)s") in order_page
    assert opening(lang, "delivered on %(date)s") not in order_page
    assert_told_as_a_download(lang, order_page)
    sales = main_text(people["artist"].get(f"/{lang}/studio/orders/"))
    assert opening(lang, "Downloaded by the buyer on %(date)s") in sales
    assert opening(lang, "delivered on %(date)s") not in sales
    assert_told_as_a_download(lang, sales)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_mixed_order_tells_each_part_as_it_is(lang, app, market, people, digital_work, make_artist,
                                                 make_work, db):  # fmt: skip
    """Njeri sells a download, Li Wei a parcel: each reads their own part; the buyer reads both."""
    digital_id, _data = digital_work()
    people["artist"].get("/en/studio/")  # reads the upload's message, flashed in English
    potter = make_artist(email="potter@example.org", name="Li Wei", country="CN", language="zh")
    physical_id = make_work(potter, price=30000, currency="EUR", title="青花瓷瓶")
    number = buy(market, people["buyer"], [(digital_id, 1), (physical_id, 1)], "EUR")
    assert order_of(db, number).status == "paid"
    potter_client = app.test_client()
    sign_in(potter_client, email="potter@example.org", lang=lang)

    order_page = main_text(people["buyer"].get(f"/{lang}/orders/{number}"))
    assert status(lang, "Paid") in order_page
    assert f"Njeri Kamau: {opening(lang, 'download links sent on %(date)s')}" in order_page
    assert f"Li Wei: {opening(lang, 'download links sent on %(date)s')}" not in order_page
    njeri = main_text(people["artist"].get(f"/{lang}/studio/orders/"))
    assert translated(lang, "Paid · ready to download") in njeri
    assert_told_as_a_download(lang, njeri)
    li_wei = main_text(potter_client.get(f"/{lang}/studio/orders/"))
    assert translated(lang, "Mark as shipped") in li_wei
    assert translated(lang, "Paid · ready to download") not in li_wei

    [grant] = grants(db)
    assert people["buyer"].get(f"/{lang}/downloads/{grant.token}").status_code == 200
    assert order_of(db, number).status == "paid"  # the parcel is still to be sent
    order_page = main_text(people["buyer"].get(f"/{lang}/orders/{number}"))
    assert f"Njeri Kamau: {opening(lang, 'downloaded on %(date)s')}" in order_page
    assert translated(lang, "confirmed by you") not in order_page
    njeri = main_text(people["artist"].get(f"/{lang}/studio/orders/"))
    assert translated(lang, "Downloaded") in njeri
    assert opening(lang, "Downloaded by the buyer on %(date)s") in njeri
    assert_told_as_a_download(lang, njeri)
    assert translated(lang, "Mark as shipped") in main_text(potter_client.get(f"/{lang}/studio/orders/"))


def test_the_emails_of_a_digital_sale_speak_of_downloads(market, people, digital_work, make_work, db, outbox):
    """The buyer (French) is told the downloads are ready, not that a work is on its way; the artist
    (Swahili) has a sale, not an order to ship. A mixed order's receipt says both."""
    work_id, _data = digital_work()
    number = buy(market, people["buyer"], [(work_id, 1)], "EUR")
    market.deliveries_settled()
    sent = [email.message_from_string(text, policy=email.policy.default) for text in outbox()]
    receipt = next(m for m in sent if m["To"] == "buyer@example.org")
    body = receipt.get_content()
    assert translated("fr", "Your downloads are ready on your order page:") in body
    on_its_way = "Each artist will tell you when your work is on its way. Follow your order here:"
    assert translated("fr", on_its_way) not in body
    to_artist = next(m for m in sent if m["To"] == "artist@example.org")
    subject = translated("sw", "Daraja: a new sale to download (%(number)s)", number=number)
    assert to_artist["Subject"] == subject

    physical_id = make_work(people["artist_id"], price=30000, currency="EUR", title="Kanga")
    before = len(sent)
    buy(market, people["buyer"], [(work_id, 1), (physical_id, 1)], "EUR")
    market.deliveries_settled()
    later = [email.message_from_string(text, policy=email.policy.default) for text in outbox()[before:]]
    receipt = next(m for m in later if m["To"] == "buyer@example.org")
    mixed = translated(
        "fr",
        "Download the digital works from your order page; each artist will tell you when the other works are "
        "on their way:",
    )
    assert mixed in receipt.get_content()


def test_an_artist_who_sends_a_parcel_and_a_download_sees_which_is_which(market, people, digital_work,
                                                                         make_work):  # fmt: skip
    digital_id, _data = digital_work()
    people["artist"].get("/en/studio/")  # reads the upload's message, flashed in English
    physical_id = make_work(people["artist_id"], price=30000, currency="EUR", title="Kanga")
    buy(market, people["buyer"], [(digital_id, 1), (physical_id, 1)], "EUR")
    sales = main_text(people["artist"].get("/sw/studio/orders/"))
    assert translated("sw", "Mark as shipped") in sales  # the parcel
    assert f"Kanga ya bluu × 1 · {translated('sw', 'digital: the buyer downloads it')}" in sales
    assert f"Kanga × 1 · {translated('sw', 'digital: the buyer downloads it')}" not in sales
