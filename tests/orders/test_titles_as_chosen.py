"""The buyer chose "Machweo ya Nairobi" in the Swahili catalogue: the order, the artist's sales, the
administrator's page, the emails, Stripe's line items, the downloaded file and the certificate all say so,
with the original title ("Nairobi Dusk") beside it, marked with its language. Certificates keep signing
the original title."""

from __future__ import annotations

import email
import email.policy
import json
from urllib.parse import unquote

import pytest
from sqlalchemy import select

from marketplace.certificates.models import Certificate
from tests.support.downloads import grants, upload_file
from tests.support.i18n import translated
from tests.support.images import pdf_bytes
from tests.support.market import buy, order_of

ORIGINAL = '<span class="original-title" lang="en">Nairobi Dusk</span>'


@pytest.fixture
def dusk(people, make_work, add_translation):
    """A digital work titled in English, with an approved Swahili translation, and its file."""
    work_id = make_work(people["artist_id"], title="Nairobi Dusk", language="en", is_digital=True,
                        price=12000, currency="EUR", stock=5, edition="open")  # fmt: skip
    add_translation(work_id, "sw", {"title": "Machweo ya Nairobi", "description": "Jioni ya Nairobi."})
    assert upload_file(people["artist"], work_id, pdf_bytes(), name="scan-0042.pdf").status_code == 302
    people["artist"].get("/en/studio/")  # reads the upload's message
    return work_id


def page_of(client, url: str) -> str:
    """The page's HTML with runs of white space made one space, as a browser shows them."""
    response = client.get(url)
    assert response.status_code == 200, url
    return " ".join(response.get_data(as_text=True).split())


def sent(outbox) -> list[email.message.EmailMessage]:
    return [email.message_from_string(text, policy=email.policy.default) for text in outbox()]


def test_the_buyer_reads_the_title_they_chose_everywhere(market, people, dusk, make_work, db, outbox):
    kanga = make_work(people["artist_id"], price=30000, currency="EUR", stock=2, edition="open")
    number = buy(market, people["buyer"], [(dusk, 1), (kanga, 1)], "EUR", lang="sw")
    market.deliveries_settled()
    order = order_of(db, number)
    line = next(line for line in order.lines if line.work_id == dusk)
    assert (line.title, line.shown_title, line.shown_language) == ("Nairobi Dusk", "Machweo ya Nairobi", "sw")
    plain = next(line for line in order.lines if line.work_id == kanga)
    assert (plain.shown_title, plain.shown_language) == ("Kanga ya bluu", "sw")
    assert not plain.shows_translation

    # Stripe's payment page listed what the buyer chose.
    items = market.api("GET", f"checkout/sessions/{order.stripe_session_id}/line_items")["data"]
    assert {item["description"] for item in items} >= {"Machweo ya Nairobi", "Kanga ya bluu"}

    original = translated("sw", "original: %(title)s", title=ORIGINAL)
    page = page_of(people["buyer"], f"/sw/orders/{number}")
    assert f"<span>Machweo ya Nairobi</span> <span class=\"muted\">({original})</span>" in page
    assert page.count('class="original-title"') == 3  # the line, its download and its certificates
    english = page_of(people["buyer"], f"/en/orders/{number}")
    assert '<span lang="sw">Machweo ya Nairobi</span>' in english  # not the page's language: marked
    assert translated("en", "original: %(title)s", title='<span class="original-title">Nairobi Dusk</span>') \
        in english  # fmt: skip
    sales = page_of(people["artist"], "/sw/studio/orders/")
    assert f"<span>Machweo ya Nairobi</span> <span class=\"muted\">({original})</span> × 1" in sales
    admin = page_of(people["admin"], f"/fr/admin/money/orders/{number}")
    assert '<span lang="sw">Machweo ya Nairobi</span>' in admin and ORIGINAL in admin

    # Emails: the buyer's receipt (in the order's language) and the artist's order.
    listed = f"Machweo ya Nairobi ({translated('sw', 'original: %(title)s', title='Nairobi Dusk')}) × 1"
    messages = sent(outbox)
    assert listed in next(m for m in messages if m["To"] == "buyer@example.org").get_content()
    assert listed in next(m for m in messages if m["To"] == "artist@example.org").get_content()

    # The file is saved under the title the buyer chose, with the file's extension.
    [grant] = grants(db)
    response = people["buyer"].get(f"/sw/downloads/{grant.token}")
    assert response.status_code == 200
    assert "Machweo ya Nairobi.pdf" in unquote(response.headers["Content-Disposition"])

    # The certificate signs the original title, as every certificate issued before did, and shows the
    # buyer's beside it.
    with db(write=False) as session:
        certificate = session.scalar(select(Certificate).where(Certificate.work_id == dusk))
    assert json.loads(certificate.payload)["work_title"] == "Nairobi Dusk"
    page = page_of(people["buyer"], f"/fr/certificates/{certificate.code}")
    assert translated("fr", "Valid") in page
    assert '<cite lang="sw">Machweo ya Nairobi</cite>' in page
    assert translated("fr", "original: %(title)s", title='<cite lang="en">Nairobi Dusk</cite>') in page


def test_a_title_read_in_its_own_language_shows_no_original(market, people, make_work, db):
    kanga = make_work(people["artist_id"], price=30000, currency="EUR", stock=2, edition="open")
    number = buy(market, people["buyer"], [(kanga, 1)], "EUR", lang="fr")
    page = page_of(people["buyer"], f"/fr/orders/{number}")
    assert '<span lang="sw">Kanga ya bluu</span>' in page
    assert "original-title" not in page
    with db(write=False) as session:
        code = session.scalar(select(Certificate.code))
    certificate = page_of(people["buyer"], f"/fr/certificates/{code}")
    assert "original-title" not in certificate and '<cite lang="sw">Kanga ya bluu</cite>' in certificate
    assert translated("fr", "original: %(title)s", title="") not in certificate
