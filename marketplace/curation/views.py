"""The curators' review queue and decisions."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from wtforms import TextAreaField

from marketplace import audit
from marketplace.accounts.access import role_required
from marketplace.accounts.models import Role
from marketplace.catalog import services as catalog
from marketplace.catalog.models import (
    ArtistProfile,
    Category,
    Collection,
    ContentTranslation,
    Work,
    WorkRevision,
)
from marketplace.curation import services, titles
from marketplace.curation.forms import DecisionForm, TranslationReviewForm
from marketplace.curation.notify import decision_email
from marketplace.db import db_session
from marketplace.i18n import LANGUAGES, current_language

bp = Blueprint("curation", __name__, url_prefix="/<lang_code>/curator")

TEXT_FIELDS = {
    "work": ("title", "description", "story"),
    "artist": ("bio",),
    "collection": ("title", "introduction"),
}


#: Administrators see the queue, the items and their history; only curators decide.
READERS = (Role.CURATOR, Role.ADMIN)


@bp.route("/")
@role_required(*READERS)
def queue():
    session = db_session()
    language = request.args.get("language") if request.args.get("language") in LANGUAGES else None
    country = (request.args.get("country") or "").upper()[:2] or None
    category = request.args.get("category") if request.args.get("category") in set(Category) else None
    waiting = services.queue(session, language, country, category)
    return render_template(
        "curator/queue.html",
        waiting=waiting,
        language=language,
        country=country,
        category=category,
        categories=list(Category),
        countries=catalog.artist_countries(session, include_applicants=True),
    )


@bp.route("/works/<int:work_id>", methods=["GET", "POST"])
@role_required(*READERS)
def work(work_id: int):
    session = db_session()
    item = session.get(Work, work_id) or abort(404)
    form = DecisionForm(seen_status=item.review_status)
    if _decided(form, services.decide_work, work_id):
        return redirect(url_for("curation.queue"))
    return _render_review(form, "work", item, item.artist, history=audit.history(session, "work", work_id))


@bp.route("/artists/<int:artist_id>", methods=["GET", "POST"])
@role_required(*READERS)
def artist(artist_id: int):
    session = db_session()
    profile = session.get(ArtistProfile, artist_id) or abort(404)
    form = DecisionForm(seen_status=profile.status)
    if _decided(form, services.decide_artist, artist_id):
        return redirect(url_for("curation.queue"))
    return _render_review(
        form, "artist", profile, profile, history=audit.history(session, "artist", artist_id)
    )


@bp.route("/revisions/<int:revision_id>", methods=["GET", "POST"])
@role_required(*READERS)
def revision(revision_id: int):
    session = db_session()
    proposal = session.get(WorkRevision, revision_id) or abort(404)
    form = DecisionForm(seen_status=proposal.status)
    if _decided(form, services.decide_revision, revision_id):
        return redirect(url_for("curation.queue"))
    history = audit.history(session, "revision", revision_id)
    return _render_review(
        form, "revision", proposal.work, proposal.work.artist, history=history, revision=proposal
    )


@bp.route("/translations/<int:translation_id>", methods=["POST"])
@role_required(Role.CURATOR)
def translation(translation_id: int):
    session = db_session()
    row = session.get(ContentTranslation, translation_id) or abort(404)
    form = _translation_form(row)
    if not form.validate_on_submit():
        flash(_("The translation could not be saved. Check the texts."), "error")
        return redirect(_back_to_subject(row))
    corrected = None
    if form.action.data == "correct":
        corrected = {name: getattr(form, name).data for name in TEXT_FIELDS[row.entity_type]}
    try:
        services.review_translation(session, current_user, translation_id, corrected)
    except services.ReviewRefused as error:
        flash(str(error.message), "error")
    else:
        flash(_("The translation is approved and now shown to the public."), "success")
    return redirect(_back_to_subject(row))


# --- helpers --------------------------------------------------------------------------------------


def _decided(form: DecisionForm, decide, item_id: int) -> bool:
    """On a valid POST, the curator's decision through ``decide`` (a service); True when it was taken."""
    if not form.validate_on_submit():
        return False
    try:
        decided = decide(db_session(), current_user, item_id, form.decision.data, form.note.data or "",
                         form.seen_status.data or "")  # fmt: skip
    except services.ReviewRefused as error:
        flash(str(error.message), "error")
        return False
    decision_email(db_session(), decided)
    flash(_("Your decision is saved and the artist has been told."), "success")
    return True


@bp.route("/collections/<int:collection_id>")
@role_required(*READERS)
def collection(collection_id: int):
    """An artist's collection or an exhibition: its texts in every language, to review the translations."""
    session = db_session()
    item = session.get(Collection, collection_id) or abort(404)
    rows = services.translations_of(session, "collection", item.id)
    return render_template(
        "curator/review_collection.html",
        item=item,
        history=[entry for row in rows for entry in audit.history(session, "translation", row.id)],
        translation_rows=rows,
        translation_forms={row.id: _translation_form(row, formdata=None) for row in rows},
        text_fields=TEXT_FIELDS,
        own=item.owner_id == current_user.id and item.kind == "collection",
    )


def _render_review(form, kind, item, artist, history, revision=None):
    session, lang = db_session(), current_language()
    entity = "artist" if kind == "artist" else "work"
    rows = services.translations_of(session, entity, item.id)
    forms = {row.id: _translation_form(row, formdata=None) for row in rows}
    own = artist.user_id == current_user.id
    status = 400 if form.is_submitted() else 200
    return (
        render_template(
            f"curator/review_{'artist' if kind == 'artist' else 'work'}.html",
            form=form,
            item=item,
            artist=artist,
            history=history,
            revision=revision,
            translation_rows=rows,
            translation_forms=forms,
            text_fields=TEXT_FIELDS,
            own=own,
            lang=lang,
            artist_bio=catalog.artist_texts(session, [artist], lang)[artist.id],
        ),
        status,
    )


def _translation_form(row: ContentTranslation, formdata=...):
    class Bound(TranslationReviewForm):
        pass

    for name in TEXT_FIELDS.get(row.entity_type, ()):
        setattr(
            Bound, name, TextAreaField(titles.FIELD_LABELS[name], default=(row.fields or {}).get(name, ""))
        )
    if formdata is None:
        return Bound(formdata=None, prefix=f"t{row.id}")
    return Bound(prefix=f"t{row.id}")


def _back_to_subject(row: ContentTranslation) -> str:
    if row.entity_type == "artist":
        return url_for("curation.artist", artist_id=row.entity_id) + "#translations"
    if row.entity_type == "work":
        return url_for("curation.work", work_id=row.entity_id) + "#translations"
    return url_for("curation.queue")
