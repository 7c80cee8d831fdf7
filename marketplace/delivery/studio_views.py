"""In the studio: shipping profiles, and each work's delivery settings (digital, profile, customs)."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import login_required

from marketplace import money, numbers
from marketplace.catalog import works
from marketplace.catalog.models import ArtistProfile
from marketplace.catalog.studio import approved_profile, mark_previews
from marketplace.core.forms import ActionForm, add_error, render_form
from marketplace.db import db_session
from marketplace.delivery import services
from marketplace.delivery.forms import ShippingProfileForm, delivery_form
from marketplace.delivery.models import ShippingProfile
from marketplace.delivery.regions import PRICEABLE

bp = Blueprint("shipping_profiles", __name__, url_prefix="/<lang_code>/studio")


@bp.before_request
@login_required
def _signed_in():
    """Only signed-in, approved artists."""


@bp.route("/shipping/")
def profiles():
    artist = approved_profile()
    found = services.profiles_page(db_session(), artist, numbers.int_arg("page", 1, minimum=1))
    used = services.works_using_each(db_session(), found.items)
    return render_template(
        "studio/shipping_profiles.html", profiles=found, used=used, action_form=ActionForm(formdata=None)
    )


@bp.route("/shipping/new", methods=["GET", "POST"])
def new_profile():
    artist = approved_profile()
    form = ShippingProfileForm(ships_from=artist.country)
    return _save(artist, form, None)


@bp.route("/shipping/<int:profile_id>", methods=["GET", "POST"])
def edit_profile(profile_id: int):
    artist = approved_profile()
    profile = services.owned_profile(db_session(), artist, profile_id) or abort(404)
    form = ShippingProfileForm(obj=profile, **_initial(profile))
    return _save(artist, form, profile)


@bp.route("/shipping/<int:profile_id>/delete", methods=["POST"])
def delete_profile(profile_id: int):
    artist = approved_profile()
    profile = services.owned_profile(db_session(), artist, profile_id) or abort(404)
    if not ActionForm().validate_on_submit():
        abort(400)
    try:
        services.delete_profile(db_session(), profile)
    except services.DeliveryError as error:
        flash(str(error.message), "error")
        return redirect(url_for("shipping_profiles.profiles"))
    flash(_("The shipping profile has been deleted."), "success")
    return redirect(url_for("shipping_profiles.profiles"))


@bp.route("/works/<int:work_id>/delivery", methods=["POST"])
def work_delivery(work_id: int):
    artist = approved_profile()
    session = db_session()
    work = works.owned_work(session, artist, work_id) or abort(404)
    form = delivery_form(session, artist, work)
    if not form.validate_on_submit():
        flash(" ".join(str(e) for errors in form.errors.values() for e in errors), "error")
        return redirect(url_for("studio.edit_work", work_id=work.id)), 303
    try:
        declared = None
        if form.declared_value.data is not None:
            declared = money.to_minor(form.declared_value.data, work.currency)
        services.set_work_delivery(
            session, work, is_digital=form.is_digital.data,
            profile_id=int(form.shipping_profile.data) if form.shipping_profile.data else None,
            hs_code=form.hs_code.data or "", declared_value_minor=declared,
        )  # fmt: skip
    except ValueError as error:
        message = getattr(error, "message", None) or _("This currency has no such small units.")
        flash(str(message), "error")
        return redirect(url_for("studio.edit_work", work_id=work.id)), 303
    mark_previews(session, work)
    flash(_("Delivery settings saved."), "success")
    return redirect(url_for("studio.edit_work", work_id=work.id))


def _save(artist: ArtistProfile, form, profile: ShippingProfile | None):
    if form.validate_on_submit():
        try:
            data = _input(form)
            services.save_profile(db_session(), artist, data, profile)
        except services.DeliveryError as error:
            add_error(form, error)
        except ValueError:
            form.form_errors.append(_("Check the prices: this currency has no such small units."))
        else:
            flash(_("The shipping profile has been saved."), "success")
            return redirect(url_for("shipping_profiles.profiles"))
    return render_form("studio/shipping_profile_form.html", form, profile=profile, zones=PRICEABLE)


def _input(form) -> services.ProfileInput:
    currency = form.currency.data
    rates = []
    for zone in PRICEABLE:
        first = form[f"rate_{zone.value}_first"].data
        if first is None:
            continue
        additional = form[f"rate_{zone.value}_additional"].data
        low = form[f"rate_{zone.value}_days_min"].data
        high = form[f"rate_{zone.value}_days_max"].data
        if low is None or high is None:
            raise services.DeliveryError(
                _("Give the delivery time of every zone you price."), f"rate_{zone.value}_days_min"
            )
        rates.append(
            services.RateInput(
                zone=zone.value, first_item_minor=money.to_minor(first, currency),
                additional_item_minor=money.to_minor(additional or 0, currency),
                transit_days_min=low, transit_days_max=high,
            )
        )  # fmt: skip
    free = form.free_over.data
    return services.ProfileInput(
        name=form.name.data, ships_from=form.ships_from.data, currency=currency,
        handling_days_min=form.handling_days_min.data, handling_days_max=form.handling_days_max.data,
        free_over_minor=money.to_minor(free, currency) if free is not None else None,
        excluded_countries=list(form.excluded_countries.data or []), rates=rates,
    )  # fmt: skip


def _initial(profile: ShippingProfile) -> dict:
    values: dict = {
        "free_over": money.to_decimal(profile.free_over_minor, profile.currency)
        if profile.free_over_minor
        else None,
        "excluded_countries": list(profile.excluded_countries or []),
    }
    for rate in profile.rates:
        values[f"rate_{rate.zone}_first"] = money.to_decimal(rate.first_item_minor, profile.currency)
        additional = money.to_decimal(rate.additional_item_minor, profile.currency)
        values[f"rate_{rate.zone}_additional"] = additional
        values[f"rate_{rate.zone}_days_min"] = rate.transit_days_min
        values[f"rate_{rate.zone}_days_max"] = rate.transit_days_max
    return values
