"""Public certificate pages (anyone holding the code may check it) and the helper for the buyer's order page.

The pages show what the signed statement says, never who bought the work: no buyer name, email or
address is part of a certificate, and the order is named only partly. The statement itself is printed
for anyone to check when it names no order number (version 2, see services); an older one is shown whole
to its buyer only, who also sees what opens a newer one's order commitment.
"""

from __future__ import annotations

from datetime import date

from flask import Blueprint, current_app, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from marketplace.catalog import services as catalog
from marketplace.catalog import urls
from marketplace.certificates import qr, services
from marketplace.certificates.signing import signer_for
from marketplace.db import db_session
from marketplace.links import external_url
from marketplace.orders.models import OrderLine

bp = Blueprint("certificates", __name__, url_prefix="/<lang_code>")


@bp.route("/certificates/<code>")
def certificate(code: str):
    return _render(code, "certificates.certificate", "certificates/certificate.html")


@bp.route("/certificates/<code>/print")
def printable(code: str):
    return _render(code, "certificates.printable", "certificates/print.html")


def _render(code: str, endpoint: str, template: str):
    session = db_session()
    signer = signer_for(current_app)
    verification = services.verify(session, code, signer)
    if not verification.found:
        shown = code if len(code) <= services.MAX_INPUT_LENGTH else ""
        return render_template("certificates/unknown.html", code=shown), 404
    item = verification.certificate
    if code != item.code:
        # Typed in lower case or with dashes: one address per certificate (the one its QR code holds).
        return redirect(url_for(endpoint, code=item.code), 301)
    trusted = verification.status in (services.VALID, services.REVOKED)
    facts = _facts(verification.payload, verification.order_number) if trusted else None
    owner = trusted and current_user.is_authenticated and current_user.id == verification.buyer_id
    if facts:
        facts.update(_buyer_title(session.get(OrderLine, item.order_line_id), facts["title"]))
    work = catalog.public_work(session, item.work_id) if trusted else None
    public_url = external_url("certificates.certificate", code=item.code)
    return render_template(
        template,
        verification=verification,
        certificate=item,
        facts=facts,
        work_link=urls.work_url(work) if work else None,
        code=services.grouped(item.code),
        public_url=public_url,
        qr_svg=qr.svg(public_url, _("QR code: the address of this certificate")),
        public_key_pem=signer.public_pem(),
        show_statement=verification.statement_is_public or owner,
        opening=services.order_opening(signer, item.code, verification.order_number)
        if owner and verification.statement_is_public
        else None,
    )


def _facts(payload: dict, order_number: str | None) -> dict:
    """What the template shows of a verified statement (and of the order it names)."""
    try:
        issued_on = date.fromisoformat(payload["issued_on"])
    except (KeyError, TypeError, ValueError):
        issued_on = None
    return {
        "title": payload.get("work_title", ""),
        "title_language": payload.get("work_title_language") or "",
        "artist_name": payload.get("artist_name", ""),
        "artist_country": payload.get("artist_country") or "",
        "edition_type": payload.get("edition_type"),
        "edition_number": payload.get("edition_number"),
        "edition_size": payload.get("edition_size"),
        "year": payload.get("year"),
        "issued_on": issued_on,
        "order_number": mask_order_number(order_number or ""),
    }


def _buyer_title(line: OrderLine | None, signed_title: str) -> dict:
    """The title the buyer chose the work by, shown beside the signed (source) one where it differs. It is
    the order line's, not part of the statement: certificates already issued keep their signed fields."""
    if line is None or not line.shown_title or line.shown_title == signed_title:
        return {"buyer_title": "", "buyer_title_language": ""}
    return {"buyer_title": line.shown_title, "buyer_title_language": line.shown_language}


def mask_order_number(number: str) -> str:
    """``D2611-A1B2C3`` -> ``D2611-••••C3``: enough for the buyer to recognise, nothing more."""
    head, dash, tail = number.rpartition("-")
    keep = 2 if len(tail) > 2 else 0
    return f"{head}{dash}{'•' * (len(tail) - keep)}{tail[len(tail) - keep :]}"

