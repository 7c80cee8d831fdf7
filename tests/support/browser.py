"""Helpers for the browser tests: Debian's Chromium, screenshots kept as artifacts, signing in by the form."""

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


def sign_in_browser(page, base_url: str, email: str, lang: str) -> None:
    """Sign in through the page's own form, finding the fields by their labels in ``lang``."""
    page.goto(f"{base_url}/{lang}/account/sign-in")
    page.get_by_label(translated(lang, "Email address")).fill(email)
    page.get_by_label(translated(lang, "Password"), exact=True).fill(PASSWORD)
    page.get_by_role("button", name=translated(lang, "Sign in")).click()
