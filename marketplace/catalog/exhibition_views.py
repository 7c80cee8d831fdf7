"""Curators build exhibitions: texts in several languages, dates, a cover, works from many artists."""

from __future__ import annotations

from functools import partial

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from marketplace.accounts.access import role_required
from marketplace.accounts.models import Role
from marketplace.catalog import collections, services
from marketplace.catalog.errors import CatalogError
from marketplace.catalog.forms import ExhibitionForm
from marketplace.catalog.studio import move_in_collection, store_picture
from marketplace.core.forms import ActionForm, add_error, render_form
from marketplace.db import db_session
from marketplace.i18n import current_language

bp = Blueprint("curator_exhibitions", __name__, url_prefix="/<lang_code>/curator/exhibitions")


@bp.route("/")
@role_required(Role.CURATOR)
def index():
    session = db_session()
    items = collections.all_exhibitions(session)
    return render_template(
        "curator/exhibitions.html",
        exhibitions=items,
        texts=services.collection_texts(session, items, current_language()),
    )


@bp.route("/new", methods=["GET", "POST"])
@bp.route("/<int:exhibition_id>", methods=["GET", "POST"])
@role_required(Role.CURATOR)
def edit(exhibition_id: int | None = None):
    session = db_session()
    item = collections.exhibition(session, exhibition_id) if exhibition_id else None
    if exhibition_id and item is None:
        abort(404)
    form = ExhibitionForm(obj=item, source_language=current_language())
    public = list(session.scalars(services.public_works().order_by(services.Work.id)).all())
    form.works.choices = collections.work_choices(session, public, current_language())
    if item is not None and not form.is_submitted():
        collections.fill_form(session, form, item)
    if form.validate_on_submit():
        try:
            item = collections.save(
                session,
                current_user,
                item,
                collections.input_from(form),
                kind="exhibition",
                allowed_work_ids={w.id for w in public},
            )
            store_picture(form.cover.data, "cover", partial(collections.set_cover, item))
        except CatalogError as error:
            add_error(form, error)
        else:
            flash(_("The exhibition has been saved."), "success")
            return redirect(url_for("curator_exhibitions.edit", exhibition_id=item.id))
    return render_form(
        "curator/exhibition_form.html",
        form,
        exhibition=item,
        action_form=ActionForm(),
        texts=services.work_texts(session, [entry.work for entry in item.items], current_language())
        if item
        else {},
    )


@bp.route("/<int:exhibition_id>/works/<int:work_id>/<direction>", methods=["POST"])
@role_required(Role.CURATOR)
def move_work(exhibition_id: int, work_id: int, direction: str):
    item = collections.exhibition(db_session(), exhibition_id) or abort(404)
    move_in_collection(item, work_id, direction)
    return redirect(url_for("curator_exhibitions.edit", exhibition_id=item.id) + "#order")
