"""The money pages exist in four languages: translated headings and labels, no English left in them."""

import pytest

from tests.support.forms import sign_in
from tests.support.i18n import assert_page_in_language, translated

ADMIN_TEXTS = {
    "/{lang}/admin/money/orders/": ("Orders", "Order number or email"),
    "/{lang}/admin/money/payouts/": ("Payouts and ledgers", "What the marketplace owes artists",
                                     "Commission earned"),
    "/{lang}/admin/money/disputes/": ("Open disputes", "Closed disputes"),
    "/{lang}/admin/money/commission": ("Rates in force", "Change a rate", "Commission (percent)"),
    "/{lang}/admin/money/rates": ("Rates in use", "Set one rate", "Load a file of rates"),
}  # fmt: skip
ARTIST_TEXTS = {
    "/{lang}/studio/earnings/": ("Earnings and payouts", "How we pay you", "Payout details",
                                 "No payouts yet."),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["zh", "fr", "sw"])
def test_money_pages_are_in_the_page_language(app, make_user, make_artist, lang):
    make_user(email="admin@example.org", roles=("admin",))
    make_artist()
    for email, pages in (("admin@example.org", ADMIN_TEXTS), ("artist@example.org", ARTIST_TEXTS)):
        client = app.test_client()
        sign_in(client, email=email)
        for page, messages in pages.items():
            url = page.format(lang=lang)
            assert_page_in_language(client, url, lang)
            body = client.get(url).get_data(as_text=True)
            for message in messages:
                assert translated(lang, message) in body, (url, message)
                assert f">{message}<" not in body, (url, message)
