"""In a real browser, in French: a buyer checks delivery on a work's page, then sees it before paying."""

import re

import pytest
from playwright.sync_api import expect

from tests.support.browser import assert_accessible, screenshot, sign_in_browser
from tests.support.delivery import make_profile, use_profile
from tests.support.i18n import translated

pytestmark = pytest.mark.e2e

RATES = {"domestic": (50000, 10000, 1, 3), "west_africa": (300000, 100000, 5, 12)}


def fr(message: str, **values) -> str:
    return translated("fr", message, **values)


def test_a_buyer_sees_delivery_before_paying(market, people, make_work, db, page):
    profile_id = make_profile(db, people["artist_id"], rates=RATES, excluded=("US",), handling=(2, 4))
    work_id = make_work(people["artist_id"], price=450000, currency="KES", stock=3, edition="open")
    use_profile(db, work_id, profile_id)
    base = market.app_url
    sign_in_browser(page, base, "buyer@example.org", "fr")
    page.goto(f"{base}/fr/works/{work_id}-kanga-ya-bluu")
    page.get_by_label(fr("Deliver to")).select_option("US")
    page.get_by_role("button", name=fr("Check delivery")).click()
    refused = fr("This work cannot be shipped to %(country)s.", country="États-Unis")
    expect(page.get_by_text(refused)).to_be_visible()
    assert_accessible(page)
    page.get_by_label(fr("Deliver to")).select_option("SN")
    page.get_by_role("button", name=fr("Check delivery")).click()
    expect(page.locator(".delivery")).to_contain_text("Sénégal")
    screenshot(page, "work-delivery-fr")
    page.get_by_role("button", name=fr("Add to cart")).click()
    page.goto(f"{base}/fr/checkout/KES")
    assert_accessible(page)
    page.get_by_label(fr("Full name")).fill("Fatou Ndiaye")
    page.get_by_label(fr("Address"), exact=True).fill("12 rue Carnot")
    page.get_by_label(fr("City")).fill("Dakar")
    page.get_by_label(fr("Country")).select_option("SN")
    page.get_by_role("button", name=fr("See delivery and total")).click()
    expect(page.get_by_role("heading", name=fr("Check your order"))).to_be_visible()
    expect(page.locator("main")).to_contain_text("3 000,00")
    screenshot(page, "checkout-review-fr")
    assert_accessible(page)
    pay = fr("Pay %(total)s", total="|").split("|")[0].strip()
    page.get_by_role("button", name=re.compile("^" + re.escape(pay))).click()
    page.wait_for_url(re.compile("^" + re.escape(market.fake_url)))
