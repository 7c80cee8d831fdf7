"""In a real browser, in Swahili: a download is told as a download to its buyer and to its artist."""

import pytest
from playwright.sync_api import expect

from tests.support.browser import assert_accessible, screenshot, sign_in_browser
from tests.support.downloads import upload_file
from tests.support.i18n import translated
from tests.support.images import pdf_bytes
from tests.support.market import buy

pytestmark = pytest.mark.e2e


def sw(message: str, **values) -> str:
    return translated("sw", message, **values)


def test_a_download_is_ready_for_its_buyer_and_its_artist(market, people, make_work, page):
    work_id = make_work(people["artist_id"], is_digital=True, price=12000, currency="EUR", stock=5,
                        edition="open")  # fmt: skip
    assert upload_file(people["artist"], work_id, pdf_bytes()).status_code == 302
    number = buy(market, people["buyer"], [(work_id, 1)], "EUR")
    base = market.app_url
    sign_in_browser(page, base, "buyer@example.org", "sw")
    page.goto(f"{base}/sw/orders/{number}")
    ready = sw("Status: %(status)s", status=sw("Paid · ready to download"))
    expect(page.get_by_text(ready)).to_be_visible()
    expect(page.get_by_role("link", name=sw("Download"), exact=True)).to_be_visible()
    screenshot(page, "order-downloads-sw")
    assert_accessible(page)

    page.context.clear_cookies()
    sign_in_browser(page, base, "artist@example.org", "sw")
    page.goto(f"{base}/sw/studio/orders/")
    expect(page.get_by_text(sw("Paid · ready to download"))).to_be_visible()
    expect(page.get_by_role("button", name=sw("Mark as delivered"))).to_have_count(0)
    screenshot(page, "sales-download-sw")
    assert_accessible(page)
