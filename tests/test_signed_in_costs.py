"""The signed-in pages (cart, checkout review, the buyer's orders, the studio's lists, the curator's queue,
the administrators' lists) run the same number of SQL statements whatever the data holds: measured with
a few rows of everything, then with five times more (tests.support.signed_in.Shop)."""

from __future__ import annotations

import html
import re

import pytest

from tests.support.forms import csrf_token
from tests.support.signed_in import Shop

ADDRESS = {"name": "Fatou Ndiaye", "line1": "12 rue Carnot", "city": "Dakar", "postal_code": "10000",
           "country": "SN", "phone": "+221 77 000 00 00"}  # fmt: skip
PAGES = {
    "buyer@example.org": ["/en/cart/", "checkout review", "/en/orders/", "/en/orders/D2612-Q00001"],
    "artist@example.org": [
        "/en/studio/",
        "/en/studio/orders/",
        "/en/studio/earnings/",
        "/en/studio/shipping/",
    ],
    "curator@example.org": ["/en/curator/", "/en/curator/exhibitions/"],
    "admin@example.org": [
        "/en/admin/money/orders/",
        "/en/admin/money/orders/D2612-Q00001",
        "/en/admin/money/payouts/",
        "/en/admin/money/disputes/",
        "/en/admin/users/",
        "/en/admin/emails/",
        "/en/curator/",
    ],
}


def costs(shop: Shop, count_queries) -> dict[str, int]:
    """page -> statements it ran (every page answered 200)."""
    result = {}
    for email, pages in PAGES.items():
        client = shop.client(email)
        for page in pages:
            if page == "checkout review":
                token = csrf_token(client, "/en/cart/")
                with count_queries() as counter:
                    response = client.post("/en/checkout/KES", data={"csrf_token": token, **ADDRESS})
                assert 'name="confirm"' in response.get_data(as_text=True)
            else:
                with count_queries() as counter:
                    response = client.get(page)
            assert response.status_code == 200, page
            result[f"{email} {page}"] = counter.count
    return result


@pytest.fixture
def shop(app, db) -> Shop:
    return Shop(app, db)


def test_signed_in_pages_cost_the_same_with_more_data(shop, count_queries):
    shop.grow(2)
    small = costs(shop, count_queries)
    shop.grow(8)
    large = costs(shop, count_queries)
    grown = {page: (small[page], large[page]) for page in small if small[page] != large[page]}
    assert not grown, grown


LISTS = [
    # (who, page, module and name of its page size, what names one item on the page)
    ("admin@example.org", "/en/admin/users/?q=example", "marketplace.accounts.views.USERS_PER_PAGE",
     r"<td>([\w.+-]+@example\.org)</td>"),
    ("admin@example.org", "/en/admin/emails/", "marketplace.outbox.PAGE_SIZE", r"Order \d+<"),
    ("admin@example.org", "/en/admin/money/disputes/", "marketplace.finance.disputes.PAGE_SIZE",
     r"D2612-Q\d+"),
    ("artist@example.org", "/en/studio/", "marketplace.catalog.works.WORKS_PER_PAGE", r"/studio/works/\d+"),
    ("artist@example.org", "/en/studio/?page=1", "marketplace.catalog.collections.COLLECTIONS_PER_PAGE",
     r"/studio/collections/\d+"),
    ("artist@example.org", "/en/studio/orders/", "marketplace.orders.shipments.ORDERS_PER_PAGE",
     r"Order D2612-Q\d+"),
    ("admin@example.org", "/en/admin/money/payouts/", "marketplace.finance.admin_views.PAGE_SIZE",
     r"/admin/money/artists/\d+/ledger"),
    ("artist@example.org", "/en/studio/earnings/", "marketplace.finance.payouts.PAGE_SIZE",
     r"<td data-label=\"Reference\">pay-\d+</td>"),
    ("artist@example.org", "/en/studio/shipping/", "marketplace.delivery.services.PROFILES_PER_PAGE",
     r"Mine \d+"),
]  # fmt: skip


@pytest.mark.parametrize(("email", "page", "size", "item"), LISTS, ids=[row[1] for row in LISTS])
def test_studio_and_admin_lists_are_paginated(shop, monkeypatch, email, page, size, item):
    module, name = size.rsplit(".", 1)
    monkeypatch.setattr(f"{module}.{name}", 2)
    shop.grow(3)
    client = shop.client(email)
    first = client.get(page).get_data(as_text=True)
    assert len(set(re.findall(item, first))) == 2
    assert 'rel="next"' in first and 'rel="prev"' not in first
    (following,) = re.findall(r'rel="next" href="([^"]+)"', first)
    following = html.unescape(following)
    assert "page=2" in following and ("q=example" in following) == ("q=" in page)
    second = client.get(following).get_data(as_text=True)
    seen = set(re.findall(item, first)) | set(re.findall(item, second))
    assert not set(re.findall(item, first)) & set(re.findall(item, second))
    assert 'rel="prev"' in second
    last = client.get(following.replace("page=2", "page=99")).get_data(as_text=True)
    assert not set(re.findall(item, last)) & seen and 'rel="next"' not in last
    assert len(seen) >= 3
