"""The public certificate pages, the printable sheet, and the buyer's order page."""

import base64
import hashlib
import json
import re
from html import unescape
from pathlib import Path

import segno
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from markupsafe import escape
from sqlalchemy import select, text

from marketplace.catalog.models import Work
from marketplace.certificates import services
from marketplace.certificates.signing import Signer, signer_for
from marketplace.orders.models import OrderLine
from tests.support.certificates import BUYER_EMAIL, NOW, SHIPPING, issue_version_1
from tests.support.forms import sign_in
from tests.support.i18n import HTML_LANG, translated

NOT_FOUND = (
    "No certificate has this code. Check the code printed on the certificate, or scan its QR code again."
)


def page(client, code, lang="en", suffix=""):
    response = client.get(f"/{lang}/certificates/{code}{suffix}")
    return response, response.get_data(as_text=True)


def test_valid_certificate_page(app, client, make_order, issue, limited):
    number = make_order([(limited, 2, [3, 4])])
    code = issue(number)[0]
    response, body = page(client, code)
    assert response.status_code == 200
    assert '<meta name="robots" content="noindex">' in body
    assert '<h1 id="certificate-title">Certificate of authenticity</h1>' in body
    assert 'class="verdict verdict-valid"' in body and "verdict-invalid" not in body
    assert '<cite lang="sw">Kanga ya bluu</cite>' in body
    assert "Njeri Kamau" in body and "<dd>Kenya</dd>" in body
    assert "Edition 3 of 20" in body and "<dd>2024</dd>" in body
    assert "Nov 20, 2026" in body
    assert services.grouped(code) in body
    assert signer_for(app).key_id in body
    assert re.search(r"<details[^>]*>.*-----BEGIN PUBLIC KEY-----", body, re.S)
    assert f'href="/en/works/{limited}-kanga-ya-bluu"' in body
    assert f'href="/en/certificates/{code}/print"' in body
    # The order is named only partly.
    assert "D2611-••••E1" in body


def test_the_public_page_never_shows_the_buyer(app, client, make_order, issue, limited):
    code = issue(make_order([(limited, 2, [3, 4])]))[0]
    for suffix in ("", "/print"):
        response, body = page(client, code, suffix=suffix)
        assert response.status_code == 200
        # The destination is named, never coded: a two-letter code could occur by chance in the random
        # certificate code or the signature printed on the page.
        shown = {key: value for key, value in SHIPPING.items() if key != "ship_country"}
        for private in (BUYER_EMAIL, "Fatou", *shown.values(), "Senegal"):
            assert private not in body and str(escape(private)) not in body, (suffix, private)


def test_unique_and_open_editions_are_named(client, make_order, issue, make_work, artist_id):
    codes = issue(make_order([(make_work(artist_id), 1, []), (make_work(artist_id, edition="open"), 1, [])]))
    assert "Unique piece" in page(client, codes[0])[1]
    assert "Open edition" in page(client, codes[1])[1]


def test_page_shows_country_and_date_in_the_page_language(client, make_order, issue, limited):
    code = issue(make_order([(limited, 2, [3, 4])]))[0]
    assert "<dd>肯尼亚</dd>" in page(client, code, "zh")[1]
    assert "2026年11月20日" in page(client, code, "zh")[1]
    assert "20 nov. 2026" in page(client, code, "fr")[1]


def test_a_lower_case_or_grouped_code_redirects_to_the_one_address(client, make_order, issue, limited):
    code = issue(make_order([(limited, 1, [3])]))[0]
    for typed in (code.lower(), services.grouped(code)):
        response = client.get(f"/fr/certificates/{typed}/print")
        assert response.status_code == 301
        assert response.headers["Location"].endswith(f"/fr/certificates/{code}/print")


def test_an_unknown_code_is_404(client, make_order, issue, limited):
    issue(make_order([(limited, 1, [3])]))
    for code in ("0000000000000000", "not-a-code", "A" * 5000):
        for suffix in ("", "/print"):
            response, body = page(client, code, suffix=suffix)
            assert response.status_code == 404, (code, suffix)
            assert "No certificate has this code." in body
            assert '<meta name="robots" content="noindex">' in body


def printed(body: str, heading: str) -> str | None:
    """The text in the <pre> that follows ``heading`` on the page, as a reader would copy it."""
    match = re.search(rf"<h2>{re.escape(heading)}</h2>\s*<pre[^>]*>(.*?)</pre>", body, re.S)
    return unescape(match.group(1)) if match else None


def anyone_can_check(body: str) -> dict:
    """Check the printed statement with the printed key and signature, as the page invites anyone to."""
    key = serialization.load_pem_public_key(printed(body, "Platform public key").encode())
    statement, signature = printed(body, "Signed statement"), printed(body, "Signature")
    key.verify(base64.urlsafe_b64decode(signature + "=" * (-len(signature) % 4)), statement.encode("utf-8"))
    return json.loads(statement)


def test_the_public_page_never_shows_the_order_number_and_stays_verifiable(
    app, client, make_order, issue, limited
):
    number = make_order([(limited, 2, [3, 4])])
    code = issue(number)[0]
    for suffix in ("", "/print"):
        response, body = page(client, code, suffix=suffix)
        assert response.status_code == 200
        assert number not in body and number.split("-")[1] not in body, suffix
        assert "D2611-••••E1" in body
    statement = anyone_can_check(page(client, code)[1])
    assert statement["code"] == code and "order_number" not in statement
    # The buyer, signed in, is shown what opens the commitment: their own order number.
    buyer = app.test_client()
    sign_in(buyer, email=BUYER_EMAIL)
    body = page(buyer, code)[1]
    opening = re.search(r"<pre class=\"statement\">([0-9a-f]{32}:[^<]+)</pre>", body).group(1)
    assert opening.endswith(f":{number}")
    assert hashlib.sha256(opening.encode()).hexdigest() == statement["order_commitment"]


def test_an_older_certificate_naming_its_order_is_shown_whole_to_its_buyer_only(
    app, db, client, make_order, limited
):
    number = make_order([(limited, 1, [3])])
    with db() as session:
        code = issue_version_1(session, signer_for(app), number)
    response, body = page(client, code)
    assert response.status_code == 200 and 'class="verdict verdict-valid"' in body
    assert number not in body and "D2611-••••E1" in body
    assert printed(body, "Signed statement") is None
    assert "only its buyer sees it" in body
    buyer = app.test_client()
    sign_in(buyer, email=BUYER_EMAIL)
    statement = anyone_can_check(page(buyer, code)[1])
    assert statement["order_number"] == number


def test_a_tampered_certificate_says_not_valid(app, db, client, make_order, issue, limited):
    code = issue(make_order([(limited, 2, [3, 4])]))[0]
    with db() as session:
        session.execute(
            text("UPDATE certificates SET payload = replace(payload, :old, :new) WHERE code = :code"),
            {"old": '"edition_number":3', "new": '"edition_number":1', "code": code},
        )
    for suffix in ("", "/print"):
        response, body = page(client, code, suffix=suffix)
        assert response.status_code == 200
        assert 'class="verdict verdict-invalid"' in body and "verdict-valid" not in body
        assert "Not valid" in body
        # Facts that failed the check are not displayed as facts.
        assert "Edition 1 of 20" not in body and "Edition 3 of 20" not in body


def test_a_certificate_signed_with_another_key_says_not_valid(client, make_order, issue, limited):
    code = issue(make_order([(limited, 1, [3])]), signer=Signer(Ed25519PrivateKey.generate()))[0]
    response, body = page(client, code)
    assert response.status_code == 200
    assert "Not valid" in body and "verdict-valid" not in body


def test_a_revoked_certificate_says_revoked_with_its_date(app, db, client, make_order, issue, limited):
    codes = issue(make_order([(limited, 2, [3, 4])]))
    with db() as session:
        services.revoke_for_line(session, session.scalar(select(OrderLine)), 1, NOW, "refunded")
    response, body = page(client, codes[1])
    assert response.status_code == 200
    assert 'class="verdict verdict-revoked"' in body and "verdict-valid" not in body
    assert "This certificate was revoked on Nov 20, 2026" in body
    assert "Edition 4 of 20" in body
    assert "verdict-valid" in page(client, codes[0])[1]


def test_no_link_to_a_work_that_is_not_public(db, client, make_order, issue, limited):
    code = issue(make_order([(limited, 1, [3])]))[0]
    with db() as session:
        session.get(Work, limited).review_status = "archived"
    response, body = page(client, code)
    assert response.status_code == 200 and "verdict-valid" in body
    assert "/works/" not in body.split("<main", 1)[1].split("</main>", 1)[0]


def dark_modules(svg: str) -> tuple[int, set[tuple[int, int]]]:
    """The modules a segno path draws, read back from its 'M x y h n m dx dy' commands."""
    size = int(re.search(r'viewBox="0 0 (\d+) \1"', svg).group(1))
    path = re.search(r'<path[^>]* d="([^"]+)"', svg).group(1)
    x = y = 0.0
    dark = set()
    for command, a, b in re.findall(r"([MmHh])\s*(-?[\d.]+)(?:\s+(-?[\d.]+))?", path):
        if command == "M":
            x, y = float(a), float(b)
        elif command == "m":
            x, y = x + float(a), y + float(b)
        else:
            length = float(a)
            for column in range(int(x), int(x + length)):
                dark.add((int(y), column))
            x += length
    return size, dark


def matrix_modules(qr: segno.QRCode, size: int) -> set[tuple[int, int]]:
    border = (size - len(qr.matrix)) // 2
    return {
        (r + border, c + border) for r, row in enumerate(qr.matrix) for c, value in enumerate(row) if value
    }


def test_the_printable_sheet_has_a_qr_code_of_the_public_address(client, make_order, issue, limited):
    code = issue(make_order([(limited, 2, [3, 4])]))[0]
    response, body = page(client, code, "fr", "/print")
    assert response.status_code == 200
    assert '<meta name="robots" content="noindex">' in body
    url = f"http://localhost/fr/certificates/{code}"
    svg = re.search(r"<svg.*?</svg>", body, re.S).group(0)
    size, drawn = dark_modules(unescape(svg))
    # Decoded by re-encoding: exactly one error-correction level of this URL draws the same modules.
    matches = [
        level
        for level in "lmqh"
        if matrix_modules(segno.make(url, error=level, micro=False, boost_error=False), size) == drawn
    ]
    assert matches, "the QR code does not encode the public address"
    assert matrix_modules(segno.make(url + "x", error=matches[0], micro=False), size) != drawn
    assert url in body  # printed beside the code too
    assert services.grouped(code) in body
    assert translated("fr", "Edition %(number)d of %(size)d", number=3, size=20) in body
    assert 'class="verdict verdict-valid"' in body


def test_print_styles_hide_the_navigation(app):
    css = (Path(app.static_folder) / "css" / "site.css").read_text(encoding="utf-8")
    printing = css.split("@media print", 1)[1]
    assert ".site-header" in printing and ".site-footer" in printing and "display: none" in printing


def test_the_order_page_lists_certificates_for_the_buyer_only(app, make_user, make_order, issue, limited):
    number = make_order([(limited, 2, [3, 4])])
    buyer = app.test_client()
    sign_in(buyer, email=BUYER_EMAIL)
    before = buyer.get(f"/en/orders/{number}").get_data(as_text=True)
    assert "Certificates of authenticity" not in before
    codes = issue(number)
    response = buyer.get(f"/en/orders/{number}")
    body = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Certificates of authenticity" in body
    for code in codes:
        assert f'href="/en/certificates/{code}"' in body
        assert f'href="/en/certificates/{code}/print"' in body
        assert services.grouped(code) in body
    assert "Edition number 3" in body and "Edition number 4" in body
    make_user(email="someone@example.org")
    other = app.test_client()
    sign_in(other, email="someone@example.org")
    response = other.get(f"/en/orders/{number}")
    assert response.status_code == 404
    assert codes[0] not in response.get_data(as_text=True)
    anonymous = app.test_client().get(f"/en/orders/{number}")
    assert anonymous.status_code == 302 and "/sign-in" in anonymous.headers["Location"]


def test_certificate_page_in_four_languages(client, make_order, issue, limited):
    """Awaits the translations of the new messages into zh, fr and sw."""
    code = issue(make_order([(limited, 2, [3, 4])]))[0]
    for lang in ("zh", "en", "fr", "sw"):
        for suffix in ("", "/print"):
            response, body = page(client, code, lang, suffix)
            assert response.status_code == 200
            assert f'<html lang="{HTML_LANG[lang]}">' in body, lang
            headline = escape(translated(lang, "Certificate of authenticity"))
            assert f'<h1 id="certificate-title">{headline}</h1>' in body, lang
            assert str(escape(translated(lang, "Valid"))) in body, lang
            edition = translated(lang, "Edition %(number)d of %(size)d", number=3, size=20)
            assert str(escape(edition)) in body, lang
        response, body = page(client, "0000000000000000", lang)
        assert response.status_code == 404
        assert str(escape(translated(lang, "Certificate not found"))) in body, lang
        assert str(escape(translated(lang, NOT_FOUND))) in body, lang


def test_certificate_pages_keep_to_the_content_security_policy(client, make_order, issue, limited):
    """The inline QR code draws with presentation attributes, which the policy allows; no style= at all."""
    code = issue(make_order([(limited, 1, [3])]))[0]
    for suffix in ("", "/print"):
        response, body = page(client, code, suffix=suffix)
        assert response.headers["Content-Security-Policy"].startswith("default-src 'self'")
        assert "<svg" in body or suffix == ""
        assert not re.search(r"<style|\sstyle\s*=|<script|\son[a-z]+\s*=", body, re.I), suffix
