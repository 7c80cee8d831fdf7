"""Nobody sees or changes money that is not theirs: every administrator and studio money page checks roles."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from marketplace.finance.models import CommissionRate, Payout
from tests.support.forms import post_form, sign_in

ADMIN_PAGES = [
    "/en/admin/money/orders/",
    "/en/admin/money/payouts/",
    "/en/admin/money/disputes/",
    "/en/admin/money/commission",
    "/en/admin/money/rates",
]


@pytest.fixture
def everyone(app, make_user, make_artist):
    make_user(email="buyer@example.org")
    make_user(email="curator@example.org", roles=("curator",))
    make_user(email="admin@example.org", roles=("admin",))
    artist_id = make_artist()
    clients = {"anonymous": app.test_client()}
    for who in ("buyer", "curator", "admin", "artist"):
        clients[who] = app.test_client()
        sign_in(clients[who], email=f"{who}@example.org")
    return clients, artist_id


def test_administrator_pages_are_for_administrators_only(app, everyone):
    clients, artist_id = everyone
    pages = [*ADMIN_PAGES, f"/en/admin/money/artists/{artist_id}/ledger"]
    for url in pages:
        assert clients["admin"].get(url).status_code == 200, url
        for who in ("buyer", "curator", "artist"):
            assert clients[who].get(url).status_code == 403, (who, url)
        answer = clients["anonymous"].get(url)
        assert answer.status_code == 302 and "/account/sign-in" in answer.headers["Location"], url


def test_administrator_actions_are_refused_to_others_and_change_nothing(app, everyone, db):
    clients, artist_id = everyone
    token = post_form  # the artist's own pages give a valid CSRF token for their session
    for who in ("buyer", "curator", "artist"):
        client = clients[who]
        page = "/en/studio/" if who == "artist" else "/en/account/"
        answers = [
            token(client, "/en/admin/money/commission", {"category": "", "rate": "1"}, token_from=page),
            token(
                client,
                f"/en/admin/money/artists/{artist_id}/payouts",
                {
                    "currency": "KES",
                    "amount": "1",
                    "method": "bank",
                    "reference": "x",
                    "paid_on": "2026-12-01",
                },
                token_from=page,
            ),  # fmt: skip
            token(client, f"/en/admin/money/artists/{artist_id}/transfer", {}, token_from=page),
            token(client, "/en/admin/money/orders/D0000-000000/refund-all", {"reason": "x"}, token_from=page),
        ]
        assert [a.status_code for a in answers] == [403] * 4, who
    with db(write=False) as session:
        assert session.scalar(select(func.count()).select_from(CommissionRate)) == 0
        assert session.scalar(select(func.count()).select_from(Payout)) == 0


def test_earnings_are_for_approved_artists_only(app, everyone, make_artist):
    clients, _ = everyone
    assert clients["artist"].get("/en/studio/earnings/").status_code == 200
    for who in ("buyer", "curator", "admin"):
        assert clients[who].get("/en/studio/earnings/").status_code == 403, who
    answer = clients["anonymous"].get("/en/studio/earnings/")
    assert answer.status_code == 302
    make_artist(email="applicant@example.org", status="applicant", name="Applicant")
    applicant = app.test_client()
    sign_in(applicant, email="applicant@example.org")
    assert applicant.get("/en/studio/earnings/").status_code == 403


def test_an_artist_sees_only_their_own_ledger(app, everyone, make_artist, db):
    clients, artist_id = everyone
    other_id = make_artist(email="other@example.org", name="Other Artist")
    from marketplace.db import utcnow
    from marketplace.finance import ledger

    with db() as session:
        ledger.record_payout(session, other_id, "KES", -123456, None, utcnow())  # a credit, to be seen
    page = clients["artist"].get("/en/studio/earnings/").get_data(as_text=True)
    assert "1,234.56" not in page
    other = app.test_client()
    sign_in(other, email="other@example.org")
    assert "1,234.56" in other.get("/en/studio/earnings/").get_data(as_text=True)


def test_commission_settings_validate_and_apply(app, everyone, db):
    clients, _ = everyone
    admin = clients["admin"]
    url = "/en/admin/money/commission"
    assert post_form(admin, url, {"category": "", "rate": "101"}).status_code == 400
    assert post_form(admin, url, {"category": "", "rate": "12.345"}).status_code == 400
    assert post_form(admin, url, {"category": "", "rate": ""}).status_code == 400
    assert post_form(admin, url, {"category": "", "clear": "y"}).status_code == 400  # the platform rate stays
    with db(write=False) as session:
        assert session.scalar(select(func.count()).select_from(CommissionRate)) == 0
    assert post_form(admin, url, {"category": "", "rate": "12.5"}).status_code == 302
    assert post_form(admin, url, {"category": "jewellery", "rate": "20"}).status_code == 302
    page = admin.get(url).get_data(as_text=True)
    assert "12.5 %" in page and "20 %" in page
    with db(write=False) as session:
        rows = session.scalars(select(CommissionRate).order_by(CommissionRate.id)).all()
    assert [(r.category, r.rate_bp) for r in rows] == [(None, 1250), ("jewellery", 2000)]


def test_exchange_rates_are_set_by_administrators(app, everyone, db):
    from marketplace.exchange_rates.models import ExchangeRate

    clients, _ = everyone
    admin = clients["admin"]
    url = "/en/admin/money/rates"
    bad = post_form(admin, url, {"rate-currency": "KES", "rate-per_usd": "-3", "rate-as_of": "2026-12-01"})
    assert bad.status_code == 400
    good = post_form(
        admin, url, {"rate-currency": "KES", "rate-per_usd": "129.5", "rate-as_of": "2026-12-01"}
    )
    assert good.status_code == 302
    with db(write=False) as session:
        rates = session.scalars(select(ExchangeRate)).all()
    assert [(r.currency, float(r.per_usd)) for r in rates] == [("KES", 129.5)]
    assert "129.5" in admin.get(url).get_data(as_text=True)
