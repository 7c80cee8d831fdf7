"""The artist's studio: apply to sell, profile, works with images and translations, collections."""

from __future__ import annotations

from decimal import Decimal
from functools import partial

from flask import Blueprint, abort, current_app, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required

from marketplace import audit, media, money, numbers
from marketplace.catalog import artists, collections, previews, works
from marketplace.catalog.errors import CatalogError
from marketplace.catalog.forms import (
    ArtistApplicationForm,
    CollectionForm,
    ImageForm,
    PriceStockForm,
    WorkForm,
)
from marketplace.catalog.models import ArtistStatus, ReviewStatus
from marketplace.catalog.studio import approved_profile, mark_previews, move_in_collection, store_picture
from marketplace.catalog.translations import rows_for
from marketplace.catalog.workflow import EDITABLE, STATUS_TITLES
from marketplace.core.forms import ActionForm, add_error, render_form
from marketplace.core.paging import Page
from marketplace.db import db_session
from marketplace.i18n import LANGUAGES, current_language
from marketplace.states import TransitionRefused

bp = Blueprint("studio", __name__, url_prefix="/<lang_code>/studio")


@bp.before_request
@login_required
def _signed_in():
    """Every studio page needs a signed-in user."""


@bp.route("/")
def dashboard():
    session = db_session()
    profile = artists.profile_for(session, current_user)
    # Two lists, each with its own page number.
    number, collections_number = (
        numbers.int_arg(name, 1, minimum=1) for name in ("page", "collections_page")
    )
    nothing = Page([], 1, 0, False)
    own = works.artist_works_page(session, profile, number) if profile else nothing
    own_collections = collections.owned(session, current_user, collections_number) if profile else nothing
    note = (
        audit.latest_note(session, "artist", profile.id, ("request_changes", "reject")) if profile else None
    )
    return render_template(
        "studio/dashboard.html",
        profile=profile,
        application_note=note,
        works=own,
        collections=own_collections,
        status_titles=STATUS_TITLES,
        approved=profile is not None and profile.status == ArtistStatus.APPROVED.value,
    )


@bp.route("/apply", methods=["GET", "POST"])
def apply():
    session = db_session()
    if artists.profile_for(session, current_user) is not None:
        return redirect(url_for("studio.dashboard"))
    form = ArtistApplicationForm(source_language=current_language())
    if form.validate_on_submit():
        try:
            applied = artists.apply(session, current_user, _artist_input(form))
            store_picture(form.image.data, "image", partial(artists.set_portrait, applied))
        except CatalogError as error:
            add_error(form, error)
        else:
            flash(_("Thank you. A curator will review your application."), "success")
            return redirect(url_for("studio.dashboard"))
    return render_form("studio/apply.html", form)


@bp.route("/profile", methods=["GET", "POST"])
def profile():
    session = db_session()
    current = artists.profile_for(session, current_user) or abort(404)
    form = ArtistApplicationForm(obj=current)
    if not form.is_submitted():
        for lang, row in rows_for(session, "artist", current.id).items():
            getattr(form, f"bio_{lang}").data = row.fields.get("bio", "")
    if form.validate_on_submit():
        try:
            artists.update_profile(session, current, _artist_input(form))
            store_picture(form.image.data, "image", partial(artists.set_portrait, current))
        except CatalogError as error:
            add_error(form, error)
        else:
            flash(_("Your artist profile has been saved."), "success")
            return redirect(url_for("studio.dashboard"))
    return render_form("studio/profile.html", form, profile=current)


@bp.route("/works/new", methods=["GET", "POST"])
def new_work():
    session = db_session()
    profile = approved_profile()
    form = WorkForm(source_language=profile.source_language, origin_country=profile.country)
    if form.validate_on_submit():
        try:
            work = works.create_work(session, profile, _work_input(form))
        except (CatalogError, ValueError) as error:
            add_error(form, _as_catalog_error(error))
        else:
            flash(_("The work is saved as a draft. Add its images, then submit it for review."), "success")
            return redirect(url_for("studio.edit_work", work_id=work.id))
    return render_form("studio/work_form.html", form, work=None)


@bp.route("/works/<int:work_id>", methods=["GET", "POST"])
def edit_work(work_id: int):
    session = db_session()
    work = works.owned_work(session, artists.profile_for(session, current_user), work_id) or abort(404)
    status = ReviewStatus(work.review_status)
    revision = works.open_revision(session, work) if status is ReviewStatus.APPROVED else None
    form = WorkForm(obj=work) if status in EDITABLE or status is ReviewStatus.APPROVED else None
    if form is not None and not form.is_submitted():
        _fill_work_form(session, form, work, revision)
    if form is not None and form.validate_on_submit():
        try:
            if status is ReviewStatus.APPROVED:
                works.propose_changes(session, work, _work_input(form), current_user.id)
                flash(
                    _("Your changes are sent for review. The published version stays online meanwhile."),
                    "success",
                )
            else:
                works.update_work(session, work, _work_input(form))
                flash(_("Your changes have been saved."), "success")
        except (CatalogError, ValueError) as error:
            add_error(form, _as_catalog_error(error))
        else:
            mark_previews(session, work)  # it may have become digital art
            return redirect(url_for("studio.edit_work", work_id=work.id))
    context = _work_context(work, revision=revision)
    if form is None:
        return render_template("studio/work_form.html", form=None, **context)
    return render_form("studio/work_form.html", form, **context)


def _form_for(work):
    status = ReviewStatus(work.review_status)
    if status in EDITABLE or status is ReviewStatus.APPROVED:
        form = WorkForm(obj=work, formdata=None)
        _fill_work_form(db_session(), form, work, works.open_revision(db_session(), work))
        return form
    return None


def _fill_work_form(session, form, work, revision) -> None:
    values = dict(revision.fields) if revision and revision.fields else {}
    for name, value in values.items():
        if name != "weight_g" and hasattr(form, name):
            getattr(form, name).data = value
    weight = values.get("weight_g", work.weight_g)
    form.weight_kg.data = Decimal(weight) / 1000 if weight else None
    form.price.data = money.to_decimal(work.price_minor, work.currency)
    texts = {lang: row.fields for lang, row in rows_for(session, "work", work.id).items()}
    if revision and revision.fields:
        texts = revision.translations
    for lang, fields in texts.items():
        for name in works.TEXT_FIELDS:
            if hasattr(form, f"{name}_{lang}"):
                getattr(form, f"{name}_{lang}").data = fields.get(name, "")


@bp.route("/works/<int:work_id>/price-and-stock", methods=["POST"])
def price_and_stock(work_id: int):
    session = db_session()
    work = works.owned_work(session, artists.profile_for(session, current_user), work_id) or abort(404)
    form = PriceStockForm()
    if form.validate_on_submit():
        try:
            works.update_price_and_stock(
                work, money.to_minor(form.price.data, work.currency), form.stock.data
            )
        except (CatalogError, ValueError) as error:
            add_error(form, _as_catalog_error(error))
        else:
            flash(_("Price and stock are updated."), "success")
            return redirect(url_for("studio.edit_work", work_id=work.id))
    context = _work_context(work, price_form=form)
    return render_template("studio/work_form.html", form=_form_for(work), **context), 400


@bp.route("/works/<int:work_id>/images", methods=["POST"])
def add_image(work_id: int):
    session = db_session()
    work = works.owned_work(session, artists.profile_for(session, current_user), work_id) or abort(404)
    form = ImageForm()
    if form.validate_on_submit():
        try:
            storage, data = media.storage_for(current_app), form.image.data.read()
            if work.review_status == ReviewStatus.APPROVED.value:
                works.add_revision_image(session, work, storage, data, form.alt_text.data,
                                         watermark=previews.proposed_digital(session, work))  # fmt: skip
            else:
                works.add_image(session, work, storage, data, form.alt_text.data)
        except CatalogError as error:
            add_error(form, error)
        else:
            flash(_("The image has been added."), "success")
            return redirect(url_for("studio.edit_work", work_id=work.id) + "#images")
    context = _work_context(work, image_form=form)
    return render_template("studio/work_form.html", form=_form_for(work), **context), 400


@bp.route("/works/<int:work_id>/images/<int:image_id>/<action>", methods=["POST"])
def change_image(work_id: int, image_id: int, action: str):
    session = db_session()
    work = works.owned_work(session, artists.profile_for(session, current_user), work_id) or abort(404)
    if not ActionForm().validate_on_submit() or action not in ("up", "down", "remove"):
        abort(400)
    try:
        if work.review_status == ReviewStatus.APPROVED.value:
            # In a revision, images are addressed by their place in the proposed list.
            works.change_revision_image(session, work, image_id, action)
        elif action == "remove":
            works.remove_image(work, image_id)
        else:
            works.move_image(work, image_id, -1 if action == "up" else 1)
    except CatalogError as error:
        flash(str(error.message), "error")
        return redirect(url_for("studio.edit_work", work_id=work.id) + "#images")
    return redirect(url_for("studio.edit_work", work_id=work.id) + "#images")


@bp.route("/works/<int:work_id>/<action>", methods=["POST"])
def work_action(work_id: int, action: str):
    session = db_session()
    work = works.owned_work(session, artists.profile_for(session, current_user), work_id) or abort(404)
    if not ActionForm().validate_on_submit() or action not in ("submit", "archive"):
        abort(400)
    try:
        if action == "submit":
            works.submit(session, work, current_user.id)
            flash(_("The work has been submitted. A curator will review it."), "success")
        else:
            works.archive(session, work, current_user.id)
            flash(_("The work has been archived and is no longer shown."), "success")
    except (CatalogError, TransitionRefused) as error:
        flash(str(error.message), "error")
    return redirect(url_for("studio.edit_work", work_id=work.id))


@bp.route("/collections/new", methods=["GET", "POST"])
@bp.route("/collections/<int:collection_id>", methods=["GET", "POST"])
def collection(collection_id: int | None = None):
    session = db_session()
    profile = approved_profile()
    item = collections.owned_collection(session, current_user, collection_id) if collection_id else None
    if collection_id and item is None:
        abort(404)
    form = CollectionForm(obj=item, source_language=profile.source_language)
    own = [w for w in works.artist_works(session, profile) if w.review_status == ReviewStatus.APPROVED.value]
    form.works.choices = collections.work_choices(session, own, current_language())
    if item is not None and not form.is_submitted():
        collections.fill_form(session, form, item)
    if form.validate_on_submit():
        try:
            item = collections.save(
                session,
                current_user,
                item,
                collections.input_from(form),
                kind="collection",
                allowed_work_ids={w.id for w in own},
            )
        except CatalogError as error:
            add_error(form, error)
        else:
            flash(_("The collection has been saved."), "success")
            return redirect(url_for("studio.dashboard"))
    return render_form("studio/collection_form.html", form, collection=item, action_form=ActionForm())


# --- helpers --------------------------------------------------------------------------------------


def _artist_input(form) -> artists.ArtistInput:
    return artists.ArtistInput(
        public_name=form.public_name.data,
        country=form.country.data,
        region=form.region.data or "",
        disciplines=form.disciplines.data or [],
        source_language=form.source_language.data,
        bio=form.bio.data,
        bio_translations={code: getattr(form, f"bio_{code}").data or "" for code in LANGUAGES},
    )


def _work_input(form) -> works.WorkInput:
    weight = form.weight_kg.data
    return works.WorkInput(
        source_language=form.source_language.data,
        title=form.title.data,
        description=form.description.data,
        story=form.story.data or "",
        category=form.category.data,
        medium=form.medium.data or "",
        materials=form.materials.data or "",
        technique=form.technique.data or "",
        width_cm=form.width_cm.data,
        height_cm=form.height_cm.data,
        depth_cm=form.depth_cm.data,
        weight_g=int(weight * 1000) if weight is not None else None,
        year=form.year.data,
        origin_country=form.origin_country.data,
        edition_type=form.edition_type.data,
        edition_size=form.edition_size.data,
        price_minor=money.to_minor(form.price.data, form.currency.data),
        currency=form.currency.data,
        stock=form.stock.data,
        translations={
            code: {name: getattr(form, f"{name}_{code}").data or "" for name in works.TEXT_FIELDS}
            for code in LANGUAGES
        },
    )


def _as_catalog_error(error: Exception) -> CatalogError:
    if isinstance(error, CatalogError):
        return error
    # money.to_minor refuses more decimals than the currency has (XOF has none).
    return CatalogError(_l("This currency does not have that many decimals."), field="price")


def _work_context(work, price_form=None, image_form=None, revision=None) -> dict:
    session = db_session()
    if revision is None and work.review_status == ReviewStatus.APPROVED.value:
        revision = works.open_revision(session, work)
    note = audit.latest_note(session, "work", work.id, ("request_changes", "reject"))
    return {
        "work": work,
        "revision": revision,
        "curator_note": note,
        "proposal": work.review_status == ReviewStatus.APPROVED.value,
        "editable": ReviewStatus(work.review_status) in EDITABLE
        or work.review_status == ReviewStatus.APPROVED.value,
        "status_title": STATUS_TITLES[ReviewStatus(work.review_status)],
        "price_form": price_form
        or PriceStockForm(price=money.to_decimal(work.price_minor, work.currency), stock=work.stock),
        "image_form": image_form or ImageForm(),
        "action_form": ActionForm(),
        "can_submit": work.review_status in (ReviewStatus.DRAFT.value, ReviewStatus.CHANGES_REQUESTED.value),
        "can_archive": work.review_status == ReviewStatus.APPROVED.value,
    }


@bp.route("/collections/<int:collection_id>/works/<int:work_id>/<direction>", methods=["POST"])
def move_collection_work(collection_id: int, work_id: int, direction: str):
    session = db_session()
    item = collections.owned_collection(session, current_user, collection_id) or abort(404)
    move_in_collection(item, work_id, direction)
    return redirect(url_for("studio.collection", collection_id=item.id) + "#order")
