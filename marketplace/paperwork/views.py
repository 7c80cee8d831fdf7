"""The packing and customs sheet of one artist's part of an order, for the artist and for administrators."""

from __future__ import annotations

from flask import Blueprint, abort, render_template, url_for
from flask_login import current_user, login_required

from marketplace.accounts.access import role_required
from marketplace.accounts.models import Role
from marketplace.catalog import artists
from marketplace.catalog.models import ArtistProfile
from marketplace.db import db_session
from marketplace.paperwork import sheets

bp = Blueprint("paperwork", __name__, url_prefix="/<lang_code>")


@bp.route("/studio/orders/<number>/packing-sheet")
@login_required
def packing_sheet(number: str):
    """Only an artist with works in the order, for an order they ship or have shipped."""
    session = db_session()
    profile = artists.profile_for(session, current_user)
    order = sheets.order_by_number(session, number)
    if (
        profile is None
        or order is None
        or order.status not in sheets.SHEET_STATUSES
        or not sheets.has_work_lines(order, profile.id)
    ):
        abort(404)
    return _render(sheets.packing_sheet(order, profile), url_for("sales.index"), for_admin=False)


@bp.route("/admin/money/orders/<number>/packing-sheet/<int:artist_id>")
@role_required(Role.ADMIN)
def admin_packing_sheet(number: str, artist_id: int):
    session = db_session()
    order = sheets.order_by_number(session, number)
    profile = session.get(ArtistProfile, artist_id)
    if order is None or profile is None or not sheets.has_work_lines(order, profile.id):
        abort(404)
    back_url = url_for("money_admin.order", number=number)
    return _render(sheets.packing_sheet(order, profile), back_url, for_admin=True)


def _render(sheet: sheets.PackingSheet, back_url: str, for_admin: bool):
    return render_template(
        "paperwork/packing_sheet.html", sheet=sheet, back_url=back_url, for_admin=for_admin
    )
