"""Hostile numbers and strings in every form field, query parameter and URL id: never a server error.

A sweep posts each hostile value in every field name any form has, to every POST route, as the role that
may use it, and asks every GET route with hostile query parameters; then Hypothesis mixes values, fields
and routes at random. A live fake Stripe answers, so a 5xx can only be the marketplace's own failure.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from wtforms.fields import DecimalField as WTFormsDecimalField
from wtforms.fields import FloatField as WTFormsFloatField
from wtforms.fields import IntegerField as WTFormsIntegerField
from wtforms.fields.core import UnboundField

from marketplace.catalog.models import Collection, Work
from marketplace.finance.models import Refund
from marketplace.i18n import forms as safe_fields
from marketplace.orders.models import CartLine, Order
from tests.support.delivery import make_profile
from tests.support.forms import CSRF_RE
from tests.support.i18n import translated
from tests.support.market import buy

HOSTILE = [
    "NaN", "nan", "sNaN", "-sNaN", "Infinity", "-Infinity", "inf", "1e309", "-1e309", "1e-400", "9" * 40,
    str(2**63), str(2**63 - 1), str(-(2**63) - 1), str(2**31), "-1", "0", "-0", "1.5e3", "0x1F", "1_000",
    "١٢٣", "１２", "abc", "", " ", "\x00", "%00", "'; DROP TABLE works; --", "../../etc/passwd", "💥" * 20,
    "1,5", "1.2.3", "+7", "a" * 5000,
]  # fmt: skip
QUERY_KEYS = ["page", "collections_page", "q", "min_price", "max_price", "currency", "category", "country",
              "edition",
              "availability", "sort", "status", "language", "next", "ship_to", "session_id", "endpoint",
              "_external", "lang_code"]  # fmt: skip
NUMERIC = (WTFormsIntegerField, WTFormsDecimalField, WTFormsFloatField)
SKIPPED = {"accounts.sign_out", "static", "core.media", "webhooks.stripe_webhook"}


def _form_classes(cls=safe_fields.Form):
    for sub in cls.__subclasses__():
        yield sub
        yield from _form_classes(sub)


def field_names() -> list[str]:
    names = set()
    for cls in _form_classes():
        names.update(n for n in dir(cls) if isinstance(getattr(cls, n, None), UnboundField))
    return sorted(names)


def test_every_numeric_field_of_every_form_uses_the_safe_fields(app):
    """One mechanism: no form may use WTForms' own numeric fields, which accept NaN and any size."""
    wrong = []
    for cls in _form_classes():
        for name in dir(cls):
            field = getattr(cls, name, None)
            if not isinstance(field, UnboundField):
                continue
            numeric = issubclass(field.field_class, NUMERIC)
            if numeric and field.field_class.__module__ != safe_fields.__name__:
                wrong.append(f"{cls.__module__}.{cls.__name__}.{name}")
    assert wrong == []


class Site:
    """Signed-in clients for each role, the ids of real rows to put in URLs, and each client's CSRF token."""

    def __init__(self, app, people, curator, ids) -> None:
        self.app, self.ids = app, ids
        self.clients = {"buyer": people["buyer"], "admin": people["admin"], "artist": people["artist"],
                        "curator": curator, "visitor": app.test_client()}  # fmt: skip
        self.tokens = {who: self._token(client) for who, client in self.clients.items()}
        self.rules = [r for r in app.url_map.iter_rules() if r.endpoint not in SKIPPED]

    @staticmethod
    def _token(client) -> str:
        match = CSRF_RE.search(client.get("/en/account/forgot-password").get_data(as_text=True))
        assert match, "no CSRF token"
        return match.group(1)

    @staticmethod
    def role(rule) -> str:
        path = rule.rule
        for part, who in (("/studio", "artist"), ("/curator", "curator"), ("/admin", "admin"),
                          ("/sign-in", "visitor"), ("/register", "visitor"), ("/forgot-password", "visitor"),
                          ("/reset-password", "visitor")):  # fmt: skip
            if part in path:
                return who
        return "buyer"

    def url(self, rule, hostile_id: str | None = None) -> str:
        values = {arg: self.ids.get(arg, "x") for arg in rule.arguments}
        if hostile_id is not None:
            first_id = next(arg for arg, c in rule._converters.items() if type(c).__name__ == "IdConverter")
            values[first_id] = hostile_id
        path = rule.rule
        for arg, value in values.items():
            path = re.sub(rf"<(?:\w+:)?{arg}>", str(value), path)
        return path

    def post(self, rule, data: dict, hostile_id: str | None = None):
        who = self.role(rule)
        return self.clients[who].post(
            self.url(rule, hostile_id), data={**data, "csrf_token": self.tokens[who]}, follow_redirects=False
        )

    def get(self, rule, query: dict, hostile_id: str | None = None):
        return self.clients[self.role(rule)].get(self.url(rule, hostile_id), query_string=query)


@pytest.fixture
def site(app, market, people, curator, make_work, db, add_translation):
    artist_id = people["artist_id"]
    work_id = make_work(artist_id, stock=5, edition="open")
    draft_id = make_work(artist_id, status="draft", title="Rasimu")
    translation_id = add_translation(work_id, "fr", {"title": "Kanga bleu"}, status="draft")
    profile_id = make_profile(db, artist_id)
    number = buy(market, people["buyer"], [(work_id, 1)], "KES")
    with db() as session:
        order = session.scalar(select(Order).where(Order.number == number))
        artist_user = session.get(Work, work_id).artist.user_id
        collection = Collection(kind="collection", owner_id=artist_user, slug="c", source_language="sw",
                                title="Mkusanyiko", published=True)  # fmt: skip
        exhibition = Collection(kind="exhibition", owner_id=artist_user, slug="e", source_language="sw",
                                title="Maonyesho", published=True)  # fmt: skip
        session.add_all([collection, exhibition])
        session.flush()
        ids = {
            "lang_code": "en", "work_id": draft_id, "artist_id": artist_id, "collection_id": collection.id,
            "exhibition_id": exhibition.id, "profile_id": profile_id, "number": number,
            "shipment_id": order.shipments[0].id if order.shipments else 1, "translation_id": translation_id,
            "revision_id": 1, "user_id": 1, "image_id": 1, "currency": "KES", "action": "add",
            "direction": "up", "token": "x", "code": "x", "slug": "x", "key": "x",
        }  # fmt: skip
    return Site(app, people, curator, ids)


def test_hostile_values_in_every_field_of_every_form(site):
    names = field_names()
    failures = []
    for rule in site.rules:
        if "POST" not in rule.methods:
            continue
        for value in HOSTILE:
            response = site.post(rule, dict.fromkeys(names, value))
            if response.status_code >= 500:
                failures.append((rule.rule, value, response.status_code))
    assert failures == []


def test_hostile_query_parameters_and_ids_on_every_page(site):
    failures = []
    for rule in site.rules:
        if "GET" not in rule.methods:
            continue
        for value in HOSTILE:
            response = site.get(rule, dict.fromkeys(QUERY_KEYS, value))
            if response.status_code >= 500:
                failures.append((rule.rule, value, response.status_code))
        for hostile_id in (str(2**63), "9" * 30, str(2**31)):
            if any(type(c).__name__ == "IdConverter" for c in rule._converters.values()):
                response = site.get(rule, {}, hostile_id=hostile_id)
                assert response.status_code == 404, (rule.rule, hostile_id, response.status_code)
    assert failures == []


VALUES = st.one_of(
    st.sampled_from(HOSTILE),
    st.integers(min_value=-(2**80), max_value=2**80).map(str),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.text(max_size=40),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_hostile_requests_never_fail(site, data):
    rule = data.draw(st.sampled_from(site.rules))
    if "POST" in rule.methods and data.draw(st.booleans()):
        fields = data.draw(st.dictionaries(st.sampled_from(field_names()), VALUES, max_size=12))
        response = site.post(rule, fields)
    else:
        query = data.draw(st.dictionaries(st.sampled_from(QUERY_KEYS), VALUES, max_size=6))
        response = site.get(rule, query) if "GET" in rule.methods else site.post(rule, {})
    assert response.status_code < 500, (rule.rule, response.status_code)


# --- what a hostile value changes: nothing, and the person is told in their language -------------------


def test_a_non_numeric_line_id_on_a_refund_is_refused_and_refunds_nothing(site, db):
    response = site.clients["artist"].post(
        f"/fr/studio/orders/{site.ids['number']}/refund",
        data={"csrf_token": site.tokens["artist"], "line_id": "abc", "reason": "test"},
    )
    assert response.status_code in (302, 400)
    with db(write=False) as session:
        assert session.scalars(select(Refund)).all() == []


@pytest.mark.parametrize("price", ["NaN", "sNaN", "Infinity", "1e309", str(2**63)])
def test_a_hostile_price_is_a_translated_error_and_changes_nothing(site, db, price):
    work_id = site.ids["work_id"]
    with db(write=False) as session:
        before = session.get(Work, work_id).price_minor
    response = site.clients["artist"].post(
        f"/fr/studio/works/{work_id}/price-and-stock",
        data={"csrf_token": site.tokens["artist"], "price": price, "stock": "1"},
    )
    assert response.status_code == 400
    body = response.get_data(as_text=True)
    messages = [translated("fr", "Not a valid decimal value."),
                translated("fr", "Number must be between %(min)s and %(max)s.", min=-(10**12), max=10**12)]
    assert any(message in body for message in messages), body[:2000]
    with db(write=False) as session:
        assert session.get(Work, work_id).price_minor == before


def test_a_huge_quantity_is_refused(site, db):
    with db(write=False) as session:
        work_id = session.scalar(select(Work.id).where(Work.review_status == "approved"))
    response = site.clients["buyer"].post(
        "/en/cart/add", data={"csrf_token": site.tokens["buyer"], "work_id": work_id, "quantity": str(2**63)}
    )
    assert response.status_code == 302
    with db(write=False) as session:
        assert max(session.scalars(select(CartLine.quantity)), default=0) <= 50


def test_a_nul_character_anywhere_is_refused_at_the_door(client, make_user):
    """PostgreSQL can neither store nor compare a NUL: refused before any view or query (a 400)."""
    assert client.get("/en/works/?country=%00").status_code == 400
    assert client.get("/en/certificates/AB%00CD").status_code == 400
    token = CSRF_RE.search(client.get("/en/account/register").get_data(as_text=True)).group(1)
    form = {"csrf_token": token, "email": "a\x00@example.org", "display_name": "x", "password": "y" * 12}
    response = client.post("/en/account/register", data=form)
    assert response.status_code == 400
