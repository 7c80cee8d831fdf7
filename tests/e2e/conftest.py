"""A real server on loopback and headless Chromium (Debian's) driven by Playwright."""

from pathlib import Path

import pytest

from tests.support.browser import CHROMIUM
from tests.support.servers import serve


@pytest.fixture
def live_server(app):
    with serve(app) as url:
        app.config["PUBLIC_BASE_URL"] = url
        yield url


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
