"""In a real browser: create an account in Chinese, switch language, use the keyboard."""

import pytest
from playwright.sync_api import expect

from tests.support.browser import assert_accessible, screenshot
from tests.support.forms import PASSWORD
from tests.support.i18n import translated
from tests.support.mail import link_in

pytestmark = pytest.mark.e2e


def test_create_account_in_chinese_and_sign_out(live_server, page, outbox):
    page.goto(f"{live_server}/zh/")
    assert_accessible(page)
    page.get_by_role("link", name=translated("zh", "Create account")).first.click()
    assert_accessible(page)
    page.get_by_label(translated("zh", "Your name")).fill("李华")
    page.get_by_label(translated("zh", "Email address")).fill("lihua@example.org")
    page.get_by_label(translated("zh", "Password"), exact=True).fill(PASSWORD)
    page.get_by_label(translated("zh", "Repeat the password")).fill("something different")
    page.get_by_role("button", name=translated("zh", "Create account")).click()
    expect(page.get_by_text(translated("zh", "The two passwords do not match."))).to_be_visible()
    screenshot(page, "register-error-zh")
    assert_accessible(page)  # the refused form: errors tied to their fields
    # Password fields come back empty after an error, as browsers expect.
    page.get_by_label(translated("zh", "Password"), exact=True).fill(PASSWORD)
    page.get_by_label(translated("zh", "Repeat the password")).fill(PASSWORD)
    page.get_by_role("button", name=translated("zh", "Create account")).click()
    page.wait_for_url(f"{live_server}/zh/", timeout=5000)
    sent = translated(
        "zh", "We have sent an email to %(email)s. Follow it to continue.", email="lihua@example.org"
    )
    expect(page.get_by_text(sent)).to_be_visible()
    # The emailed link finishes the account once the password is entered again.
    page.goto(live_server + link_in(outbox()[-1], "/zh/account/register/"))
    page.get_by_label(translated("zh", "Password"), exact=True).fill(PASSWORD)
    page.get_by_role("button", name=translated("zh", "Create account")).click()
    page.wait_for_url(f"{live_server}/zh/", timeout=5000)
    assert page.locator("html").get_attribute("lang") == "zh-Hans"
    expect(page.get_by_role("button", name=translated("zh", "Sign out"))).to_be_visible()
    page.get_by_role("button", name=translated("zh", "Sign out")).click()
    expect(page.get_by_role("link", name=translated("zh", "Sign in"))).to_be_visible()


def test_language_switcher_keeps_the_page(live_server, page):
    page.goto(f"{live_server}/fr/works/?category=textile&sort=price_desc")
    assert_accessible(page)
    page.get_by_role("navigation", name=translated("fr", "Language")).get_by_role(
        "link", name="Kiswahili"
    ).click()
    assert page.url == f"{live_server}/sw/works/?category=textile&sort=price_desc"
    assert page.locator("html").get_attribute("lang") == "sw"
    expect(page.get_by_role("heading", name=translated("sw", "Works"))).to_be_visible()
    assert_accessible(page)
    # The choice is remembered: the bare address now opens in Swahili.
    page.goto(f"{live_server}/")
    assert page.url == f"{live_server}/sw/"


def test_keyboard_reaches_skip_link_and_sign_in_form(live_server, page):
    page.goto(f"{live_server}/en/account/sign-in")
    assert_accessible(page)
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to content"
    page.keyboard.press("Enter")
    assert page.url.endswith("#main")
    page.get_by_label("Email address").focus()
    page.keyboard.type("nobody@example.org")
    page.keyboard.press("Tab")
    page.keyboard.type("wrong password here")
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    assert page.get_by_role("alert").inner_text().strip() == "The email address or password is not correct."
    assert_accessible(page)


APOSTROPHE_WIDTH = """(lang) => {
    const probe = document.createElement('h1');
    probe.lang = lang;
    probe.textContent = '’';
    probe.style.display = 'inline-block';
    document.body.append(probe);
    const ratio = probe.getBoundingClientRect().width / parseFloat(getComputedStyle(probe).fontSize);
    probe.remove();
    return ratio;
}"""


def test_headings_keep_latin_punctuation_narrow_and_chinese_full_width(live_server, page):
    """A CJK font's apostrophe is a full square: "Certificat d’ authenticité". French headings must not use
    it, Chinese ones keep theirs."""
    page.goto(f"{live_server}/fr/")
    assert page.evaluate(APOSTROPHE_WIDTH, "fr") < 0.5
    page.goto(f"{live_server}/zh/")
    assert page.evaluate(APOSTROPHE_WIDTH, "zh") > 0.8
    assert page.evaluate(APOSTROPHE_WIDTH, "fr") < 0.5  # a French title inside a Chinese page


def test_the_cart_fits_a_phone(live_server, page, make_artist, make_work):
    """On a 390 px screen each cart line is a card: nothing is cut off or scrolls sideways."""
    title = "Housse de coussin « Ibadandun »"
    work_id = make_work(make_artist(), title=title, price=4800000, currency="NGN", edition="open", stock=5)
    page.goto(f"{live_server}/fr/works/{work_id}-kanga-ya-bluu")
    assert_accessible(page)
    page.locator("form.buy-form button[type=submit]").click()
    page.goto(f"{live_server}/fr/cart/")
    assert_accessible(page)
    quantity = page.get_by_label(translated("fr", "Quantity"))
    expect(quantity).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    for control in (quantity, page.get_by_role("button", name=translated("fr", "Update"))):
        box = control.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390


def test_pages_break_no_rule_of_the_content_security_policy(live_server, page, make_artist, make_work):
    """Chromium reports in the console anything the policy blocks: an inline style or script, a handler."""
    work_id = make_work(make_artist())
    refused = []
    page.on("console", lambda message: refused.append(message.text) if "Content Security Policy" in
            message.text else None)  # fmt: skip
    for path in ("/fr/", "/zh/works/", f"/sw/works/{work_id}-kanga-ya-bluu", "/en/account/register",
                 "/en/no-such-page"):  # fmt: skip
        response = page.goto(f"{live_server}{path}")
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
        page.wait_for_load_state("load")
    assert refused == []


def test_an_over_quantity_is_told_by_the_server_in_french(live_server, page, make_artist, make_work):
    """The browser's own bubble (in the browser's language) does not stop the form: the page says why."""
    work_id = make_work(make_artist(), edition="open", stock=3)
    page.goto(f"{live_server}/fr/works/{work_id}-kanga-ya-bluu")
    page.get_by_label(translated("fr", "Quantity")).fill("99")
    page.get_by_role("button", name=translated("fr", "Add to cart")).click()
    told = translated("fr", "Only %(count)d of this work are available.", count=3)
    expect(page.get_by_text(told)).to_be_visible()
    assert_accessible(page)  # the work page with the server's message
    expect(page.get_by_role("link", name=translated("fr", "Cart"), exact=True)).to_be_visible()
