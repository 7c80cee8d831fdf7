"""In a real browser: an approved artist adds a work in French, uploads its image and submits it."""

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from marketplace.catalog.models import Work
from tests.support.browser import assert_accessible, screenshot, sign_in_browser
from tests.support.forms import PASSWORD
from tests.support.i18n import translated
from tests.support.images import png_bytes

pytestmark = pytest.mark.e2e


def test_artist_adds_a_work_with_an_image_and_submits_it(live_server, page, make_artist, db, tmp_path):
    make_artist(language="fr", country="SN", name="Awa Ndiaye")
    fr = lambda message: translated("fr", message)  # noqa: E731
    page.goto(f"{live_server}/fr/account/sign-in")
    assert_accessible(page)
    page.get_by_label(fr("Email address")).fill("artist@example.org")
    page.get_by_label(fr("Password"), exact=True).fill(PASSWORD)
    page.get_by_role("button", name=fr("Sign in")).click()
    page.goto(f"{live_server}/fr/studio/")
    assert_accessible(page)
    page.get_by_role("link", name=fr("Add a work")).click()
    assert_accessible(page)
    page.get_by_label(fr("Title"), exact=True).fill("Les pirogues de Guet Ndar")
    page.get_by_label(fr("Description"), exact=True).fill("Acrylique sur toile.")
    page.get_by_label(fr("Category")).select_option("painting")
    page.get_by_label(fr("Limited edition")).check()
    page.get_by_label(fr("Edition size")).fill("10")
    page.get_by_label(fr("Price"), exact=True).fill("95000")
    page.get_by_label(fr("Currency")).select_option("XOF")
    page.get_by_label(fr("Stock")).fill("3")
    page.get_by_role("button", name=fr("Save as draft")).click()
    expect(page.get_by_text(
        fr("The work is saved as a draft. Add its images, then submit it for review.")
    )).to_be_visible()
    assert_accessible(page)  # the work's studio page, with its image and delivery forms
    photo = tmp_path / "pirogues.jpg"
    photo.write_bytes(png_bytes((1200, 800), fmt="JPEG"))
    page.get_by_label(fr("Image (JPEG, PNG or WebP)")).set_input_files(str(photo))
    page.get_by_label(fr("Describe the image for people who cannot see it")).fill(
        "Pirogues peintes sur la plage"
    )
    page.get_by_role("button", name=fr("Add the image")).click()
    expect(page.get_by_role("img", name="Pirogues peintes sur la plage")).to_be_visible()
    page.get_by_role("button", name=fr("Submit for review")).click()
    expect(page.get_by_text(fr("The work has been submitted. A curator will review it."))).to_be_visible()
    screenshot(page, "studio-submitted-fr")
    assert_accessible(page)
    with db(write=False) as session:
        work = session.scalar(select(Work))
        assert (work.review_status, work.currency, work.price_minor, work.edition_size) == (
            "submitted",
            "XOF",
            95000,
            10,
        )


def test_the_studio_lists_works_as_cards_on_a_phone(live_server, page, make_artist, make_work):
    artist_id = make_artist(language="sw")
    for price in (95000000, 4800000, 180000):
        make_work(artist_id, title="Olokun, Orisha wa bahari kuu", price=price, currency="NGN")
    sign_in_browser(page, live_server, "artist@example.org", "sw")
    page.goto(f"{live_server}/sw/studio/")
    expect(page.get_by_role("link", name="Olokun, Orisha wa bahari kuu").first).to_be_visible()
    assert_accessible(page)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
