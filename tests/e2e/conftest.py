"""A real server on loopback and headless Chromium (Debian's) driven by Playwright."""

import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from tests.finance.conftest import market, people  # noqa: F401  (the marketplace with its fake Stripe)

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-results"


@pytest.fixture
def live_server(app):
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Chromium missing: `make browser` installs it"
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-US")
    tab = context.new_page()
    yield tab
    context.close()


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def sign_in_browser(page, base_url: str, email: str, lang: str) -> None:
    """Sign in through the page's own form, finding the fields by their labels in ``lang``."""
    from tests.conftest import PASSWORD, translated

    page.goto(f"{base_url}/{lang}/account/sign-in")
    page.get_by_label(translated(lang, "Email address")).fill(email)
    page.get_by_label(translated(lang, "Password"), exact=True).fill(PASSWORD)
    page.get_by_role("button", name=translated(lang, "Sign in")).click()
