"""Curators decide on applications, works, changes and translations; every decision is audited."""

import email
import email.policy
import threading

import pytest
from markupsafe import escape
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from marketplace.audit import AuditEntry
from marketplace.catalog.models import ArtistProfile, ContentTranslation, ReviewStatus, Work, WorkRevision
from marketplace.curation import services
from tests.support.curation import decide
from tests.support.forms import csrf_token, post_form, sign_in
from tests.support.i18n import translated

ALL = [s.value for s in ReviewStatus]
WORK_DECISIONS = {"approve": "approved", "request_changes": "changes_requested", "reject": "rejected"}


def audit_rows(db, subject_type=None) -> list[AuditEntry]:
    with db(write=False) as session:
        statement = select(AuditEntry).order_by(AuditEntry.id)
        if subject_type:
            statement = statement.where(AuditEntry.subject_type == subject_type)
        return list(session.scalars(statement))


@pytest.mark.parametrize("status", ALL)
@pytest.mark.parametrize("decision", list(WORK_DECISIONS))
def test_every_work_transition_is_allowed_or_refused(curator, make_artist, make_work, db, status, decision):
    work_id = make_work(make_artist(), status=status)
    response = decide(curator, "works", work_id, decision, note="Please add the back view.")
    allowed = status == "submitted"
    with db(write=False) as session:
        now = session.get(Work, work_id).review_status
    if allowed:
        assert response.status_code == 302
        assert now == WORK_DECISIONS[decision]
        assert [(r.action, r.from_status, r.to_status) for r in audit_rows(db, "work")] == [
            (decision, "submitted", WORK_DECISIONS[decision])
        ]
    else:
        assert response.status_code == 400
        assert "This decision is not possible" in response.get_data(as_text=True)
        assert now == status
        assert audit_rows(db, "work") == []


def test_approval_publishes_and_emails_the_artist_in_their_language(
    app, curator, make_artist, make_work, db, outbox
):
    work_id = make_work(make_artist(language="sw"), status="submitted")
    assert decide(curator, "works", work_id, "approve").status_code == 302
    assert app.test_client().get(f"/en/works/{work_id}-kanga-ya-bluu").status_code == 200
    mails = outbox()
    assert len(mails) == 1
    message = email.message_from_bytes(mails[0].encode(), policy=email.policy.default)
    assert message["Content-Language"] == "sw" and message["To"] == "artist@example.org"
    body = message.get_content()
    assert translated("sw", "“%(title)s” has been approved and is now public.", title="Kanga ya bluu") in body


@pytest.mark.parametrize("lang", ["zh", "fr", "sw", "en"])
def test_request_changes_note_reaches_the_studio_and_the_email(
    app, curator, make_user, make_artist, make_work, db, outbox, lang
):
    work_id = make_work(make_artist(language=lang), status="submitted")
    decide(curator, "works", work_id, "request_changes", note="Photograph the reverse side, please.")
    message = email.message_from_bytes(outbox()[-1].encode(), policy=email.policy.default)
    assert message["Content-Language"] == lang
    body = message.get_content()
    assert "Photograph the reverse side, please." in body
    assert translated(lang, "Note from the curator:") in body
    artist = app.test_client()
    sign_in(artist, email="artist@example.org")
    page = artist.get(f"/{lang}/studio/works/{work_id}").get_data(as_text=True)
    assert "Photograph the reverse side, please." in page


def test_changes_and_rejections_need_a_note(curator, make_artist, make_work, db):
    work_id = make_work(make_artist(), status="submitted")
    for decision in ("request_changes", "reject"):
        response = decide(curator, "works", work_id, decision, note="  ")
        assert response.status_code == 400
    with db(write=False) as session:
        assert session.get(Work, work_id).review_status == "submitted"
    assert audit_rows(db) == []


def test_artist_resubmits_after_changes(app, curator, make_artist, make_work, db):
    work_id = make_work(make_artist(), status="submitted")
    decide(curator, "works", work_id, "request_changes", note="Add the size.")
    artist = app.test_client()
    sign_in(artist, email="artist@example.org")
    page = f"/en/studio/works/{work_id}"
    assert post_form(artist, f"{page}/submit", {}, token_from=page).status_code == 302
    with db(write=False) as session:
        assert session.get(Work, work_id).review_status == "submitted"
    assert [r.action for r in audit_rows(db, "work")] == ["request_changes", "submit"]


def test_curator_cannot_review_own_work_or_application(app, make_artist, make_work, db):
    from marketplace.accounts import services as accounts
    from marketplace.accounts.models import Role, User

    artist_id = make_artist(status="applicant")
    work_id = make_work(artist_id, status="submitted")
    with app.app_context(), db() as session:
        user = session.scalar(select(User).where(User.email == "artist@example.org"))
        accounts.grant_role(session, user, Role.CURATOR)
    client = app.test_client()
    sign_in(client, email="artist@example.org")
    response = decide(client, "works", work_id, "approve", seen="submitted")
    assert response.status_code == 400
    assert "You cannot review your own works or application." in response.get_data(as_text=True)
    assert decide(client, "artists", artist_id, "approve", seen="applicant").status_code == 400
    with db(write=False) as session:
        assert session.get(Work, work_id).review_status == "submitted"
        assert session.get(ArtistProfile, artist_id).status == "applicant"


def test_artists_and_buyers_cannot_reach_the_queue(app, make_user, make_artist, make_work):
    work_id = make_work(make_artist(), status="submitted")
    make_user(email="buyer@example.org")
    assert app.test_client().get("/en/curator/").status_code == 302
    for email_address in ("buyer@example.org", "artist@example.org"):
        client = app.test_client()
        sign_in(client, email=email_address)
        assert client.get("/en/curator/").status_code == 403
        assert client.get(f"/en/curator/works/{work_id}").status_code == 403


def test_application_approval_makes_an_artist(app, curator, make_artist, db, outbox):
    artist_id = make_artist(status="applicant", language="fr")
    queue = curator.get("/fr/curator/").get_data(as_text=True)
    assert f"/fr/curator/artists/{artist_id}" in queue
    assert decide(curator, "artists", artist_id, "approve", lang="fr").status_code == 302
    with db(write=False) as session:
        profile = session.get(ArtistProfile, artist_id)
        assert profile.status == "approved" and profile.user.has_role("artist")
    message = email.message_from_bytes(outbox()[-1].encode(), policy=email.policy.default)
    assert message["Content-Language"] == "fr"
    artist = app.test_client()
    sign_in(artist, email="artist@example.org")
    assert artist.get("/fr/studio/works/new").status_code == 200


def test_application_changes_requested_then_resubmitted(app, curator, make_artist, db):
    artist_id = make_artist(status="applicant")
    decide(curator, "artists", artist_id, "request_changes", note="Tell us where you trained.")
    artist = app.test_client()
    sign_in(artist, email="artist@example.org")
    assert "Tell us where you trained." in artist.get("/en/studio/").get_data(as_text=True)
    post_form(
        artist,
        "/en/studio/profile",
        {"public_name": "Njeri Kamau", "country": "KE", "region": "Nairobi", "disciplines": ["textile"],
         "source_language": "sw", "bio": "Nilijifunza Lamu."},
    )  # fmt: skip
    with db(write=False) as session:
        assert session.get(ArtistProfile, artist_id).status == "applicant"
    assert [r.action for r in audit_rows(db, "artist")] == ["request_changes", "resubmit"]


def test_concurrent_decisions_exactly_one_wins(app, make_user, make_artist, make_work, db):
    """Two curators decide at once: one decision is saved, the other is told and changes nothing."""
    work_id = make_work(make_artist(), status="submitted")
    make_user(email="one@example.org", roles=["curator"])
    make_user(email="two@example.org", roles=["curator"])
    clients = []
    for address in ("one@example.org", "two@example.org"):
        client = app.test_client()
        sign_in(client, email=address)
        client.get(f"/en/curator/works/{work_id}")
        clients.append(client)
    tokens = [csrf_token(c, f"/en/curator/works/{work_id}") for c in clients]
    barrier = threading.Barrier(2)
    results = []

    def run(client, token, decision):
        barrier.wait()
        response = client.post(
            f"/en/curator/works/{work_id}",
            data={"csrf_token": token, "decision": decision, "note": "n", "seen_status": "submitted"},
        )
        results.append((decision, response.status_code, response.get_data(as_text=True)))

    threads = [
        threading.Thread(target=run, args=(clients[0], tokens[0], "approve")),
        threading.Thread(target=run, args=(clients[1], tokens[1], "reject")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(status for _, status, _ in results) == [302, 400]
    loser = next(body for _, status, body in results if status == 400)
    assert "Another curator has just decided on this item." in loser
    winner = next(decision for decision, status, _ in results if status == 302)
    with db(write=False) as session:
        assert session.get(Work, work_id).review_status == WORK_DECISIONS[winner]
    assert [r.action for r in audit_rows(db, "work")] == [winner]


def test_a_stale_page_cannot_overwrite_a_newer_decision(curator, make_artist, make_work, db):
    work_id = make_work(make_artist(), status="submitted")
    decide(curator, "works", work_id, "approve")
    response = decide(curator, "works", work_id, "reject", note="late", seen="submitted")
    assert response.status_code == 400
    assert "Another curator has just decided on this item." in response.get_data(as_text=True)
    with db(write=False) as session:
        assert session.get(Work, work_id).review_status == "approved"


def test_no_audit_row_survives_a_rolled_back_request(app, make_user, make_artist, make_work, db):
    work_id = make_work(make_artist(), status="submitted")
    curator_id = make_user(email="curator@example.org", roles=["curator"])

    @app.route("/<lang_code>/decide-then-fail")
    def decide_then_fail():
        from marketplace.accounts.models import User
        from marketplace.db import db_session

        session = db_session()
        services.decide_work(session, session.get(User, curator_id), work_id, "approve", "", "submitted")
        raise RuntimeError("fails after deciding")

    assert app.test_client().get("/en/decide-then-fail").status_code == 500
    assert audit_rows(db) == []
    with db(write=False) as session:
        assert session.get(Work, work_id).review_status == "submitted"


def test_the_database_refuses_to_rewrite_the_audit_trail(curator, make_artist, make_work, db):
    work_id = make_work(make_artist(), status="submitted")
    decide(curator, "works", work_id, "approve")
    for statement in ("UPDATE audit_entries SET note = 'forged'", "DELETE FROM audit_entries"):
        with pytest.raises(DBAPIError, match="append-only"), db() as session:
            session.execute(text(statement))
    assert [r.note for r in audit_rows(db)] == [""]


def test_history_is_shown_to_curators(curator, make_artist, make_work):
    work_id = make_work(make_artist(), status="submitted")
    decide(curator, "works", work_id, "request_changes", note="Warmer light, please.")
    page = curator.get(f"/fr/curator/works/{work_id}").get_data(as_text=True)
    assert "Warmer light, please." in page
    assert escape(translated("fr", "Changes requested")) in page


def test_queue_is_oldest_first_and_filtered(curator, make_artist, make_work):
    kenyan = make_artist()
    senegalese = make_artist(email="awa@example.org", country="SN", language="fr", name="Awa")
    first = make_work(kenyan, status="submitted", category="textile")
    second = make_work(senegalese, status="submitted", category="painting", language="fr")
    page = curator.get("/en/curator/").get_data(as_text=True)
    assert page.index(f"/en/curator/works/{first}") < page.index(f"/en/curator/works/{second}")
    filtered = curator.get("/en/curator/?country=SN").get_data(as_text=True)
    assert f"/en/curator/works/{second}" in filtered and f"/en/curator/works/{first}" not in filtered
    by_category = curator.get("/en/curator/?category=textile").get_data(as_text=True)
    assert f"/en/curator/works/{first}" in by_category and f"/en/curator/works/{second}" not in by_category
    by_language = curator.get("/en/curator/?language=fr").get_data(as_text=True)
    assert f"/en/curator/works/{second}" in by_language and f"/en/curator/works/{first}" not in by_language


def test_translation_review_approve_and_correct(app, curator, make_artist, make_work, add_translation, db):
    work_id = make_work(make_artist())
    add_translation(work_id, "fr", {"title": "Kanga bleu"}, status="draft")
    add_translation(work_id, "zh", {"title": "蓝色坎加"}, status="draft")
    public = app.test_client()
    assert "Kanga bleu" not in public.get(f"/fr/works/{work_id}-kanga-ya-bluu").get_data(as_text=True)
    with db(write=False) as session:
        rows = {r.language: r.id for r in session.scalars(select(ContentTranslation))}
    review = f"/en/curator/works/{work_id}"
    post_form(curator, f"/en/curator/translations/{rows['fr']}", {f"t{rows['fr']}-action": "approve",
              f"t{rows['fr']}-title": "Kanga bleu"}, token_from=review)  # fmt: skip
    post_form(curator, f"/en/curator/translations/{rows['zh']}", {f"t{rows['zh']}-action": "correct",
              f"t{rows['zh']}-title": "蓝色坎加布"}, token_from=review)  # fmt: skip
    assert "<h1>Kanga bleu</h1>" in public.get(f"/fr/works/{work_id}-kanga-ya-bluu").get_data(as_text=True)
    assert "<h1>蓝色坎加布</h1>" in public.get(f"/zh/works/{work_id}-kanga-ya-bluu").get_data(as_text=True)
    with db(write=False) as session:
        corrected = session.get(ContentTranslation, rows["zh"])
        assert (corrected.status, corrected.origin) == ("approved", "human")
    assert [r.action for r in audit_rows(db, "translation")] == ["approve_translation", "correct_translation"]


def test_live_version_stays_public_until_changes_are_approved(app, curator, make_artist, make_work, db):
    work_id = make_work(make_artist())
    artist = app.test_client()
    sign_in(artist, email="artist@example.org")
    page = f"/en/studio/works/{work_id}"
    form = {
        "source_language": "sw", "title": "Kanga ya Usiku", "description": "Maelezo mapya.", "story": "",
        "category": "textile", "origin_country": "KE", "edition_type": "unique", "price": "4500",
        "currency": "KES", "stock": "1",
    }  # fmt: skip
    assert post_form(artist, page, form, token_from=page).status_code == 302
    public = app.test_client()
    # The approved version stays online, unchanged; the new text is not public.
    live = public.get(f"/en/works/{work_id}-kanga-ya-bluu")
    assert live.status_code == 200 and "Kanga ya bluu" in live.get_data(as_text=True)
    assert "Kanga ya Usiku" not in live.get_data(as_text=True)
    with db(write=False) as session:
        revision = session.scalar(select(WorkRevision))
        assert revision.status == "pending"
    assert decide(curator, "revisions", revision.id, "approve").status_code == 302
    moved = public.get(f"/en/works/{work_id}-kanga-ya-bluu")
    assert moved.status_code == 301
    new = public.get(moved.headers["Location"]).get_data(as_text=True)
    assert "Kanga ya Usiku" in new and "Maelezo mapya." in new


def test_price_and_stock_of_a_published_work_apply_at_once(app, make_artist, make_work, db):
    work_id = make_work(make_artist())
    artist = app.test_client()
    sign_in(artist, email="artist@example.org")
    page = f"/en/studio/works/{work_id}"
    post_form(artist, f"{page}/price-and-stock", {"price": "5000", "stock": "0"}, token_from=page)
    body = app.test_client().get(f"/en/works/{work_id}-kanga-ya-bluu").get_data(as_text=True)
    assert "KES\u00a05,000.00" in body
    with db(write=False) as session:
        assert session.scalar(select(func.count()).select_from(WorkRevision)) == 0


def test_admins_see_items_and_history_but_only_curators_decide(app, make_user, make_artist, make_work, db):
    work_id = make_work(make_artist(), status="submitted")
    make_user(email="admin@example.org", roles=["admin"])
    admin = app.test_client()
    sign_in(admin, email="admin@example.org")
    assert admin.get("/en/curator/").status_code == 200
    page = admin.get(f"/en/curator/works/{work_id}").get_data(as_text=True)
    assert "Only curators can decide." in page
    response = decide(admin, "works", work_id, "approve", seen="submitted")
    assert response.status_code == 400
    with db(write=False) as session:
        assert session.get(Work, work_id).review_status == "submitted"


def test_collection_translations_are_reviewed_too(app, curator, make_user, make_artist, make_work, db):
    from marketplace.catalog.models import Collection

    artist_user = make_user(email="owner@example.org")
    with db() as session:
        collection = Collection(kind="collection", owner_id=artist_user, slug="pwani", source_language="sw",
                                title="Pwani", introduction="", published=True)  # fmt: skip
        session.add(collection)
        session.flush()
        draft = ContentTranslation(
            entity_type="collection", entity_id=collection.id, language="en",
            fields={"title": "The coast"}, status="draft", origin="author",
        )  # fmt: skip
        session.add(draft)
        collection_id = collection.id
    with db(write=False) as session:
        row_id = session.scalar(select(ContentTranslation.id))
    queue = curator.get("/en/curator/").get_data(as_text=True)
    assert f"/en/curator/collections/{collection_id}#translations" in queue
    review = f"/en/curator/collections/{collection_id}"
    assert curator.get(review).status_code == 200
    post_form(
        curator, f"/en/curator/translations/{row_id}", {f"t{row_id}-action": "approve"}, token_from=review
    )
    assert "The coast" in app.test_client().get(f"/en/collections/{collection_id}-pwani").get_data(
        as_text=True
    )
