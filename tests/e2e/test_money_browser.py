"""In a real browser, in Chinese: an administrator refunds part of a line; anyone checks a certificate."""

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from marketplace.certificates.models import Certificate
from tests.support.browser import assert_accessible, screenshot, sign_in_browser
from tests.support.i18n import translated
from tests.support.market import buy, order_of

pytestmark = pytest.mark.e2e


def zh(message: str, **values) -> str:
    return translated("zh", message, **values)


def test_an_administrator_refunds_and_a_certificate_is_verified(market, people, make_work, db, page):
    work_id = make_work(
        people["artist_id"], edition="limited", size=20, stock=5, price=680000, currency="CNY"
    )
    number = buy(market, people["buyer"], [(work_id, 2)], "CNY")
    base = market.app_url
    sign_in_browser(page, base, "admin@example.org", "zh")
    page.goto(f"{base}/zh/admin/money/orders/{number}")
    expect(page.get_by_role("heading", name=zh("Order %(number)s", number=number))).to_be_visible()
    expect(page.get_by_label(zh("Amount to refund"))).to_be_hidden()  # folded until asked for
    assert_accessible(page)
    summary = page.locator("details.refund > summary", has_text=zh("Refund")).first
    summary.focus()
    summary.press("Enter")  # the keyboard opens it
    page.get_by_label(zh("Amount to refund")).fill("100")
    page.get_by_label(zh("Reason")).first.fill("画框破损")
    page.get_by_label(zh("Reason")).first.press("Enter")  # the keyboard submits the form
    expect(page.get_by_text(zh("The refund has been made."))).to_be_visible()
    screenshot(page, "admin-order-refunded-zh")
    assert_accessible(page)
    assert order_of(db, number).amount_refunded_minor == 10000
    page.goto(f"{base}/zh/admin/money/disputes")
    assert_accessible(page)  # its tables become cards on a phone instead of scrolling out of reach

    with db(write=False) as session:
        code = session.scalars(select(Certificate.code).order_by(Certificate.unit)).first()
    page.goto(f"{base}/zh/certificates/{code}")
    expect(page.get_by_role("heading", name=zh("Certificate of authenticity"))).to_be_visible()
    expect(page.get_by_text(zh("Valid"), exact=True)).to_be_visible()
    assert page.locator("html").get_attribute("lang") == "zh-Hans"
    screenshot(page, "certificate-zh")
    assert_accessible(page)
    page.goto(f"{base}/zh/certificates/{code}/print")
    expect(page.locator("svg").first).to_be_visible()
    screenshot(page, "certificate-print-zh")
    assert_accessible(page)
