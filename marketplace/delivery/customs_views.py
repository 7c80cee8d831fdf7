"""The packing and customs sheet of one artist's part of an order, for the artist and for administrators.

Also registers the template helpers the curators' review page uses to show a work's customs facts and the
restricted materials its texts name.
"""

from __future__ import annotations

from babel.units import format_unit
from flask import Blueprint, abort, render_template, url_for
from flask_babel import get_locale
from flask_login import current_user, login_required

from marketplace.accounts.access import role_required
from marketplace.accounts.models import Role
from marketplace.catalog import artists
from marketplace.catalog.models import ArtistProfile
from marketplace.db import db_session
from marketplace.delivery import customs

bp = Blueprint("customs", __name__, url_prefix="/<lang_code>")


@bp.route("/studio/orders/<number>/packing-sheet")
@login_required
def packing_sheet(number: str):
    """Only an artist with works in the order, for an order they ship or have shipped."""
    session = db_session()
    profile = artists.profile_for(session, current_user)
    order = customs.order_by_number(session, number)
    if (
        profile is None
        or order is None
        or order.status not in customs.SHEET_STATUSES
        or not customs.has_work_lines(order, profile.id)
    ):
        abort(404)
    return _render(customs.packing_sheet(order, profile), url_for("sales.index"), for_admin=False)


@bp.route("/admin/money/orders/<number>/packing-sheet/<int:artist_id>")
@role_required(Role.ADMIN)
def admin_packing_sheet(number: str, artist_id: int):
    session = db_session()
    order = customs.order_by_number(session, number)
    profile = session.get(ArtistProfile, artist_id)
    if order is None or profile is None or not customs.has_work_lines(order, profile.id):
        abort(404)
    back_url = url_for("money_admin.order", number=number)
    return _render(customs.packing_sheet(order, profile), back_url, for_admin=True)


def _render(sheet: customs.PackingSheet, back_url: str, for_admin: bool):
    return render_template("delivery/packing_sheet.html", sheet=sheet, back_url=back_url, for_admin=for_admin)


# --- template helpers ------------------------------------------------------------------------------------


def weight(grams: int | None) -> str:
    """'850 g' or '1.25 kg', in the page's language."""
    if grams is None:
        return ""
    locale = get_locale() or "en"
    if grams < 1000:
        return format_unit(grams, "mass-gram", length="short", locale=locale)
    return format_unit(round(grams / 1000, 3), "mass-kilogram", length="short", locale=locale)


def dimensions(values) -> str:
    """'30 cm × 40 cm × 2 cm' (the sizes given, in order width, height, depth)."""
    locale = get_locale() or "en"
    return " × ".join(format_unit(v, "length-centimeter", length="short", locale=locale) for v in values)


def review_customs(work, revision=None, translations=()) -> dict:
    """What the curator's review page shows about customs: heading, declared value, restricted materials."""
    code = customs.work_hs_code(work)
    return {
        "physical": work.is_physical,
        "hs_code": code,
        "hs_description": customs.hs_description(code),
        "declared_value_minor": customs.declared_value(work),
        "declared_by_artist": bool(work.declared_value_minor),
        "restricted": [
            customs.restricted_title(name)
            for name in customs.restricted_materials_of(work, revision, translations)
        ],
    }


bp.add_app_template_filter(weight, "weight")
bp.add_app_template_filter(dimensions, "dimensions")
bp.add_app_template_filter(customs.restricted_title, "restricted_material_title")
bp.add_app_template_global(review_customs, "review_customs")
