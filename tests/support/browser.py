"""Helpers for the browser tests: Debian's Chromium, screenshots kept as artifacts, signing in by the form,
and axe-core's accessibility check of each page a journey visits."""

from __future__ import annotations

from pathlib import Path

from tests.support.forms import PASSWORD
from tests.support.i18n import translated

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-results"


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


#: axe-core's impacts that fail a test; "minor" and "moderate" findings are left to review.
FAILING_IMPACTS = ("serious", "critical")


def assert_accessible(page) -> None:
    """axe-core (bundled by axe-playwright-python: nothing is fetched) on the page as it stands now: no
    serious or critical violation. Journeys call it after each navigation to a page type."""
    from axe_playwright_python.sync_playwright import Axe

    page.wait_for_load_state()
    violations = Axe().run(page).response["violations"]
    failing = [v for v in violations if v["impact"] in FAILING_IMPACTS]
    assert not failing, f"{page.url}:\n" + "\n".join(
        f"- {v['id']} ({v['impact']}): {v['help']}: "
        + "; ".join(node["html"][:160] for node in v["nodes"][:5])
        for v in failing
    )


def sign_in_browser(page, base_url: str, email: str, lang: str) -> None:
    """Sign in through the page's own form, finding the fields by their labels in ``lang``."""
    page.goto(f"{base_url}/{lang}/account/sign-in")
    page.get_by_label(translated(lang, "Email address")).fill(email)
    page.get_by_label(translated(lang, "Password"), exact=True).fill(PASSWORD)
    page.get_by_role("button", name=translated(lang, "Sign in")).click()
