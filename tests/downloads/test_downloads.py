"""Digital works end to end: the studio upload, a real purchase through the fake Stripe, personal download
links (buyer only, expiring, limited, revoked by a full refund), watermarked public previews, the licence."""

from __future__ import annotations

import email
import email.policy
import io
import json
import threading
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import requests
from PIL import Image, ImageChops, ImageStat
from sqlalchemy import select, update

from marketplace.catalog.models import Work
from marketplace.certificates.models import Certificate
from marketplace.db import utcnow
from marketplace.downloads import services
from marketplace.downloads.models import DownloadGrant
from marketplace.finance import ledger
from marketplace.orders.models import Order
from tests.support.downloads import grants, private_files, upload_file
from tests.support.forms import post_form, sign_in
from tests.support.i18n import translated
from tests.support.images import pdf_bytes, png_bytes
from tests.support.market import buy, confirmed_total, order_of

LICENCE = (
    "Personal use licence: you may view and print the work for yourself. No resale, reproduction, public "
    "display or commercial use; the artist keeps the copyright."
)


def download_url(grant) -> str:
    return f"/en/downloads/{grant.token}"


def set_grant(db, **values) -> None:
    with db() as session:
        session.execute(update(DownloadGrant).values(**values))


def test_the_buyer_downloads_the_exact_file_and_nobody_else_can(
    app, market, people, digital_work, make_user, db
):
    work_id, data = digital_work()
    number = buy(market, people["buyer"], [(work_id, 1)], "EUR")
    order = order_of(db, number)
    [grant] = grants(db)
    assert (grant.order_line_id, grant.buyer_id) == (order.lines[0].id, order.buyer_id)
    assert len(grant.token) >= 43 and grant.max_downloads == 5 and grant.downloads == 0
    assert abs(grant.expires_at - (order.paid_at + timedelta(days=30))) < timedelta(seconds=1)

    response = people["buyer"].get(download_url(grant))
    assert response.status_code == 200
    assert response.data == data
    assert response.headers["Content-Type"] == "application/pdf"
    disposition = response.headers["Content-Disposition"]
    # Saved under the work's title as the buyer chose it (the artist uploaded "Usiku wa Nairobi.pdf").
    assert disposition.startswith("attachment") and "Kanga ya bluu.pdf" in disposition.replace("%20", " ")
    assert response.headers["Cache-Control"] == "private, no-store"
    assert response.headers["X-Content-Type-Options"] == "nosniff"

    make_user(email="someone@example.org", name="Someone")
    other = app.test_client()
    sign_in(other, email="someone@example.org")
    assert other.get(download_url(grant)).status_code == 404
    assert people["artist"].get(download_url(grant)).status_code == 404  # not even the work's artist
    assert people["admin"].get(download_url(grant)).status_code == 404
    anonymous = app.test_client().get(download_url(grant))
    assert anonymous.status_code == 302 and "/account/sign-in" in anonymous.headers["Location"]
    assert app.test_client().get(f"/en/downloads/{'x' * 43}").status_code == 302
    assert other.get(f"/en/downloads/{'x' * 43}").status_code == 404
    assert other.get(f"/en/downloads/{'x' * 500}").status_code == 404
    assert grants(db)[0].downloads == 1  # only the buyer's download counted

    page = people["buyer"].get(f"/en/orders/{number}").get_data(as_text=True)
    assert download_url(grant) in page and "4 downloads left" in page
    assert "Downloads" in page


def test_the_sixth_download_is_refused_and_counts_nothing(app, market, people, digital_work, db):
    work_id, data = digital_work()
    number = buy(market, people["buyer"], [(work_id, 1)], "EUR")
    [grant] = grants(db)
    for _ in range(5):
        response = people["buyer"].get(download_url(grant))
        assert response.status_code == 200 and response.data == data
    refused = people["buyer"].get(download_url(grant))
    assert refused.status_code == 410
    body = refused.get_data(as_text=True)
    assert "This link has been used 5 times, as many as it allows." in body
    assert data[:200].decode("latin-1") not in body
    assert refused.headers["Cache-Control"] == "private, no-store"
    assert grants(db)[0].downloads == 5
    page = people["buyer"].get(f"/en/orders/{number}").get_data(as_text=True)
    assert download_url(grant) not in page and "No longer available" in page


def test_simultaneous_downloads_never_pass_the_limit(app, market, people, digital_work, db):
    work_id, _data = digital_work()
    buy(market, people["buyer"], [(work_id, 1)], "EUR")
    [grant] = grants(db)
    cookie = people["buyer"].get_cookie("session")
    assert cookie is not None
    barrier, codes = threading.Barrier(10), []

    def attempt():
        with requests.Session() as browser:
            browser.cookies.set("session", cookie.value)
            barrier.wait()
            codes.append(browser.get(f"{market.app_url}{download_url(grant)}", timeout=60).status_code)

    threads = [threading.Thread(target=attempt) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(codes) == [200] * 5 + [410] * 5
    assert grants(db)[0].downloads == 5


def test_an_expired_link_is_refused(app, market, people, digital_work, db):
    work_id, _data = digital_work()
    number = buy(market, people["buyer"], [(work_id, 1)], "EUR")
    [grant] = grants(db)
    set_grant(db, expires_at=utcnow() - timedelta(minutes=1))
    response = people["buyer"].get(download_url(grant))
    assert response.status_code == 410
    assert "This link expired on" in response.get_data(as_text=True)
    assert grants(db)[0].downloads == 0 and grants(db)[0].last_download_at is None
    page = people["buyer"].get(f"/en/orders/{number}").get_data(as_text=True)
    assert download_url(grant) not in page and "This link expired on" in page


def test_a_full_refund_revokes_the_links_and_a_partial_one_does_not(app, market, people, digital_work, db):
    work_id, data = digital_work()
    number = buy(market, people["buyer"], [(work_id, 1)], "EUR")
    order = order_of(db, number)
    [grant] = grants(db)
    admin_page = f"/en/admin/money/orders/{number}"
    response = post_form(people["admin"], f"{admin_page}/refund",
                         {"line_id": order.lines[0].id, "amount": "20.00", "reason": "Late"},
                         token_from=admin_page)  # fmt: skip
    assert response.status_code == 302, response.get_data(as_text=True)[:300]
    assert grants(db)[0].revoked_at is None
    assert people["buyer"].get(download_url(grant)).data == data
    response = post_form(people["admin"], f"{admin_page}/refund-all", {"reason": "Buyer cancelled"},
                         token_from=admin_page)  # fmt: skip
    assert response.status_code == 302, response.get_data(as_text=True)[:300]
    assert order_of(db, number).status == "refunded"
    assert grants(db)[0].revoked_at is not None
    refused = people["buyer"].get(download_url(grant))
    assert refused.status_code == 410
    assert "This link was withdrawn on" in refused.get_data(as_text=True)
    assert grants(db)[0].downloads == 1


def test_a_digital_only_order_is_shipped_at_payment_and_delivered_at_the_first_download(
    app, market, people, digital_work, db
):
    work_id, _data = digital_work()
    number = buy(market, people["buyer"], [(work_id, 1)], "EUR")
    order = order_of(db, number)
    assert order.status == "shipped"
    [shipment] = order.shipments
    assert shipment.carrier == "download" and shipment.shipped_at is not None
    assert shipment.delivered_at is None
    with db(write=False) as session:
        assert ledger.balances(session, people["artist_id"], utcnow(), 14)["EUR"].pending > 0
    [grant] = grants(db)
    assert people["buyer"].get(download_url(grant)).status_code == 200
    order = order_of(db, number)
    assert order.status == "delivered"
    assert order.shipments[0].delivered_by == "buyer" and order.shipments[0].delivered_at is not None
    with db(write=False) as session:
        balance = ledger.balances(session, people["artist_id"], utcnow(), 14)["EUR"]
    assert balance.pending == 0 and balance.available > 0
    assert people["buyer"].get(download_url(grant)).status_code == 200
    assert order_of(db, number).status == "delivered"


def test_a_mixed_order_waits_for_the_parcel(app, market, people, digital_work, make_work, db):
    digital_id, _data = digital_work()
    physical_id = make_work(people["artist_id"], price=30000, currency="EUR", title="Kanga")
    number = buy(market, people["buyer"], [(digital_id, 1), (physical_id, 1)], "EUR")
    order = order_of(db, number)
    assert order.status == "paid"
    assert all(s.carrier != "download" for s in order.shipments)
    [grant] = grants(db)
    assert grant.order_line_id == next(line.id for line in order.lines if line.work_id == digital_id)
    assert people["buyer"].get(download_url(grant)).status_code == 200
    assert order_of(db, number).status == "paid"


def test_granting_again_creates_nothing(app, market, people, digital_work, db):
    work_id, _data = digital_work()
    number = buy(market, people["buyer"], [(work_id, 1)], "EUR")
    before = grants(db)
    with db() as session:
        order = session.scalar(select(Order).where(Order.number == number))
        assert services.grant_for_order(session, order, utcnow()) == []
        assert len(order.shipments) == 1 and order.status == "shipped"
    after = grants(db)
    assert [(g.id, g.token) for g in after] == [(g.id, g.token) for g in before]


def test_the_certificate_states_the_licence_of_digital_works_only(
    app, market, people, digital_work, make_work, db
):
    digital_id, _data = digital_work(edition="limited", size=20, stock=5)
    physical_id = make_work(people["artist_id"], price=30000, currency="EUR", title="Kanga")
    buy(market, people["buyer"], [(digital_id, 1), (physical_id, 1)], "EUR")
    with db(write=False) as session:
        certificates = {c.work_id: c for c in session.scalars(select(Certificate))}
    digital, physical = certificates[digital_id], certificates[physical_id]
    assert json.loads(digital.payload)["licence"] == "personal-use-1"
    assert json.loads(digital.payload)["edition_number"] == 1
    assert "licence" not in json.loads(physical.payload)
    page = app.test_client().get(f"/en/certificates/{digital.code}").get_data(as_text=True)
    assert "Valid" in page and LICENCE in page and "Edition 1 of 20" in page
    printable = app.test_client().get(f"/en/certificates/{digital.code}/print").get_data(as_text=True)
    assert LICENCE in printable
    assert LICENCE not in app.test_client().get(f"/en/certificates/{physical.code}").get_data(as_text=True)


# --- the studio --------------------------------------------------------------------------------------


def test_the_file_is_stored_privately_and_never_served_publicly(app, people, digital_work, db):
    work_id, data = digital_work()
    [stored] = private_files(app)
    assert stored.read_bytes() == data
    where = stored.resolve()
    assert Path(app.instance_path, "private").resolve() in where.parents
    assert Path(app.config["MEDIA_DIR"]).resolve() not in where.parents
    assert Path(app.static_folder).resolve() not in where.parents
    assert where.suffix == ""
    with db(write=False) as session:
        work = session.get(Work, work_id)
        key = work.digital_file_key
        assert (work.digital_file_name, work.digital_file_size) == ("Usiku wa Nairobi.pdf", len(data))
        assert work.digital_content_type == "application/pdf"
    client = app.test_client()
    for address in (f"/media/{key}", f"/media/{key}.webp", f"/static/{key}", f"/media/../private/{key}",
                    f"/media/%2e%2e/private/{key}", f"/static/../instance/private/{key}"):  # fmt: skip
        response = client.get(address)
        assert response.status_code == 404, address
        assert data[:64] not in response.data
        assert people["buyer"].get(address).status_code == 404


def test_a_fake_file_is_refused_and_nothing_is_stored(app, people, make_work, db):
    work_id = make_work(people["artist_id"], is_digital=True)
    php = b"<?php system($_GET['c']); ?>\n"
    response = upload_file(people["artist"], work_id, php, name="kanga.png")
    assert response.status_code == 400
    assert "This file is not one we accept." in response.get_data(as_text=True)
    empty = upload_file(people["artist"], work_id, b"", name="empty.pdf")
    assert empty.status_code == 400
    html = upload_file(people["artist"], work_id, b"<html><script>alert(1)</script>", name="art.pdf")
    assert html.status_code == 400
    assert private_files(app) == []
    with db(write=False) as session:
        work = session.get(Work, work_id)
        assert work.digital_file_key is None and work.digital_file_size is None


def test_each_accepted_format_is_recognised_by_its_bytes(app, people, make_work, db):
    work_id = make_work(people["artist_id"], is_digital=True)
    samples = {
        "image/png": (png_bytes(), "a.bin"),
        "image/jpeg": (png_bytes(fmt="JPEG"), "photo"),
        "image/webp": (png_bytes(fmt="WEBP"), "p.webp"),
        "image/tiff": (png_bytes(fmt="TIFF"), "scan.tif"),
        "application/zip": (b"PK\x03\x04" + bytes(40), "set.zip"),
        "video/mp4": (b"\x00\x00\x00\x18ftypmp42" + bytes(40), "film.mp4"),
        "application/pdf": (pdf_bytes(100), "book.pdf"),
    }
    for content_type, (data, name) in samples.items():
        assert upload_file(people["artist"], work_id, data, name=name).status_code == 302, content_type
        with db(write=False) as session:
            work = session.get(Work, work_id)
            assert work.digital_content_type == content_type
    with db(write=False) as session:
        work = session.get(Work, work_id)
        assert work.digital_file_name == "book.pdf"
    assert len(private_files(app)) == 1  # each replaced file is deleted once the new one is saved
    upload_file(people["artist"], work_id, png_bytes(), name="../../etc/passwd.pdf")
    with db(write=False) as session:
        assert session.get(Work, work_id).digital_file_name == "passwd.pdf.png"


def test_only_the_works_approved_artist_can_upload(app, people, make_artist, make_user, make_work, db):
    work_id = make_work(people["artist_id"], is_digital=True)
    make_artist(email="other@example.org", name="Other Artist")
    other = app.test_client()
    sign_in(other, email="other@example.org")
    assert upload_file(other, work_id, pdf_bytes()).status_code == 404
    make_artist(email="applicant@example.org", name="Applicant", status="applicant")
    applicant = app.test_client()
    sign_in(applicant, email="applicant@example.org")
    assert upload_file(applicant, work_id, pdf_bytes()).status_code == 403
    assert upload_file(people["buyer"], work_id, pdf_bytes()).status_code == 403
    anonymous = app.test_client().post(f"/en/studio/works/{work_id}/digital-file")
    assert anonymous.status_code in (302, 400)
    assert private_files(app) == []
    physical_id = make_work(people["artist_id"])
    refused = upload_file(people["artist"], physical_id, pdf_bytes())
    assert refused.status_code == 400
    assert "Mark the work as digital before adding its file." in refused.get_data(as_text=True)
    assert private_files(app) == []
    page = people["artist"].get(f"/en/studio/works/{work_id}").get_data(as_text=True)
    assert f"/en/studio/works/{work_id}/digital-file" in page
    assert f"/en/studio/works/{physical_id}/digital-file" not in \
        people["artist"].get(f"/en/studio/works/{physical_id}").get_data(as_text=True)  # fmt: skip


# --- public pages ---------------------------------------------------------------------------------


def derivative(app, work_id: int, db) -> Image.Image:
    with db(write=False) as session:
        key = session.get(Work, work_id).images[-1].key
    path = f"{app.config['MEDIA_DIR']}/{key}/640.webp"
    return Image.open(path).convert("RGB")


def test_public_previews_of_digital_works_are_watermarked(app, people, make_work, db):
    upload = png_bytes(size=(1000, 700), colour=(30, 110, 170))
    ids = {
        "physical": make_work(people["artist_id"], status="draft", with_image=False),
        "marked digital": make_work(people["artist_id"], status="draft", with_image=False, is_digital=True),
        "digital art": make_work(
            people["artist_id"], status="draft", with_image=False, category="digital_art"
        ),
    }
    for work_id in ids.values():
        response = post_form(
            people["artist"],
            f"/en/studio/works/{work_id}/images",
            {"image": (io.BytesIO(upload), "a.png"), "alt_text": "Blue"},
            token_from=f"/en/studio/works/{work_id}",
            content_type="multipart/form-data",
        )
        assert response.status_code == 302, response.get_data(as_text=True)[:300]
    physical = derivative(app, ids["physical"], db)
    assert (
        max(
            ImageStat.Stat(
                ImageChops.difference(physical, Image.new("RGB", physical.size, (30, 110, 170)))
            ).mean
        )
        < 3
    )
    for name in ("marked digital", "digital art"):
        marked = derivative(app, ids[name], db)
        assert marked.size == physical.size, name
        difference = ImageChops.difference(marked, physical)
        changed = sum(difference.convert("L").histogram()[25:])
        assert changed > marked.width * marked.height // 50, name  # a visible mark over the picture


def test_public_pages_show_previews_only(app, people, digital_work, make_work, db):
    work_id, data = digital_work()
    with db(write=False) as session:
        key = session.get(Work, work_id).digital_file_key
    assert key
    visitor = app.test_client()
    pages = [
        "/en/", "/en/works/", f"/en/works/{work_id}-kanga-ya-bluu", "/sitemap.xml", "/en/artists/",
        f"/en/artists/{people['artist_id']}", "/en/works/?q=kanga", "/fr/works/?category=digital_art",
    ]  # fmt: skip
    for page in pages:
        for client in (visitor, people["buyer"]):
            response = client.get(page, follow_redirects=True)
            assert response.status_code == 200, page
            body = response.get_data(as_text=True)
            assert key not in body and key.rsplit("/", 1)[-1] not in body, page
            assert "/downloads/" not in body and "digital-file" not in body, page
    work_page = visitor.get(f"/en/works/{work_id}-kanga-ya-bluu").get_data(as_text=True)
    assert LICENCE in work_page
    physical_id = make_work(people["artist_id"], title="Kanga")
    assert LICENCE not in visitor.get(f"/en/works/{physical_id}-kanga-ya-bluu").get_data(as_text=True)


def test_the_limited_edition_licence_names_the_numbering(app, people, digital_work):
    work_id, _data = digital_work(edition="limited", size=12, stock=12)
    page = app.test_client().get(f"/en/works/{work_id}-kanga-ya-bluu").get_data(as_text=True)
    assert (
        "Limited edition of 12: your copy gets its own number, from 1 to 12, written on your certificate of "
        "authenticity." in page
    )


def test_licence_in_four_languages(app, market, people, digital_work, db):
    """Waits for the translations of the new messages (zh, fr, sw)."""
    work_id, _data = digital_work(edition="limited", size=12, stock=12)
    for lang in ("zh", "fr", "sw"):
        page = app.test_client().get(f"/{lang}/works/{work_id}-kanga-ya-bluu").get_data(as_text=True)
        assert translated(lang, "Licence") in page, lang
        assert translated(lang, LICENCE) in page, lang
        numbering = translated(
            lang,
            "Limited edition of %(size)d: your copy gets its own number, from 1 to %(size)d, written on your "
            "certificate of authenticity.",
            size=12,
        )
        assert numbering in page, lang
    refused = upload_file(people["artist"], work_id, b"<?php ?>", name="x.png", lang="fr")
    assert translated(
        "fr", "This file is not one we accept. Send a JPEG, PNG, WebP, TIFF, PDF, ZIP or MP4 file."
    ) in refused.get_data(as_text=True)
    number = buy(market, people["buyer"], [(work_id, 1)], "EUR")
    [grant] = grants(db)
    order_page = people["buyer"].get(f"/fr/orders/{number}").get_data(as_text=True)
    assert translated("fr", "Downloads") in order_page
    assert translated("fr", "%(num)d download left", "%(num)d downloads left", 5, num=5) in order_page
    set_grant(db, expires_at=utcnow() - timedelta(days=1))
    gone = people["buyer"].get(f"/fr/downloads/{grant.token}")
    assert gone.status_code == 410
    assert translated("fr", "This download is no longer available") in gone.get_data(as_text=True)
    with db(write=False) as session:
        code = session.scalar(select(Certificate.code))
    certificate = app.test_client().get(f"/sw/certificates/{code}").get_data(as_text=True)
    assert translated("sw", LICENCE) in certificate


# --- checkout of downloads only ---------------------------------------------------------------------


def test_a_cart_of_downloads_asks_only_for_a_name_and_a_country(
    app, market, people, digital_work, db, outbox
):
    work_id, _ = digital_work()
    buyer = people["buyer"]
    page = f"/en/works/{work_id}-kanga-ya-bluu"
    post_form(buyer, "/en/cart/add", {"work_id": work_id, "quantity": 1, "next": page}, token_from=page)
    form = buyer.get("/en/checkout/EUR").get_data(as_text=True)
    assert 'name="name"' in form and 'name="country"' in form
    assert 'name="line1"' not in form and 'name="city"' not in form
    assert "Nothing to ship: your works are downloaded after payment." in form
    details = {"name": "Fatou Ndiaye", "country": "SN"}
    assert post_form(buyer, "/en/checkout/EUR", {"name": "", "country": "SN"},
                     token_from="/en/cart/").status_code == 400  # fmt: skip
    review = post_form(buyer, "/en/checkout/EUR", details, token_from="/en/cart/")
    assert review.status_code == 200 and confirmed_total(review.get_data(as_text=True)) == "12000"
    paying = post_form(buyer, "/en/checkout/EUR", {**details, "confirm": "12000"}, token_from="/en/cart/")
    assert paying.status_code == 303
    answer = requests.post(paying.headers["Location"], data={"action": "pay:card"}, allow_redirects=False,
                           timeout=30)  # fmt: skip
    back = urlsplit(answer.headers["Location"])
    buyer.get(f"{back.path}?{back.query}")
    with db(write=False) as session:
        order = session.scalar(select(Order))
    assert (order.ship_name, order.ship_line1, order.ship_city, order.ship_country) == (
        "Fatou Ndiaye", "", "", "SN"
    )  # fmt: skip
    market.deliveries_settled()
    order_page = buyer.get(f"/en/orders/{order.number}").get_data(as_text=True)
    assert "Shipping address" not in order_page and "/downloads/" in order_page
    sales = people["artist"].get("/en/studio/orders/").get_data(as_text=True)
    assert "packing-sheet" not in sales
    assert "Nothing to ship: the buyer downloads these works from their order page." in sales
    subject = translated("sw", "Daraja: a new sale to download (%(number)s)", number=order.number)
    parsed = [email.message_from_bytes(m.encode(), policy=email.policy.default) for m in outbox()]
    [to_artist] = [m for m in parsed if m["Subject"] == subject]
    body = to_artist.get_content()
    assert translated("sw", "Ship to:") not in body
    assert translated("sw", "Nothing to ship: the buyer downloads these works from their order page.") in body


def test_a_cart_with_a_physical_work_still_needs_the_address(
    app, market, people, digital_work, make_work, db
):
    work_id, _ = digital_work()
    physical = make_work(people["artist_id"], price=5000, currency="EUR", stock=2, edition="open")
    buyer = people["buyer"]
    for item in (work_id, physical):
        page = f"/en/works/{item}-kanga-ya-bluu"
        post_form(buyer, "/en/cart/add", {"work_id": item, "quantity": 1, "next": page}, token_from=page)
    assert 'name="line1"' in buyer.get("/en/checkout/EUR").get_data(as_text=True)
    refused = post_form(buyer, "/en/checkout/EUR", {"name": "Fatou Ndiaye", "country": "SN"},
                        token_from="/en/cart/")  # fmt: skip
    assert refused.status_code == 400 and "This field is required." in refused.get_data(as_text=True)
    with db(write=False) as session:
        assert session.scalar(select(Order)) is None
