"""The digital file in the studio, and the buyer's personal download route.

``POST /<lang>/studio/works/<id>/digital-file``: the work's approved artist uploads the file (checked by
its first bytes, stored privately). ``GET /<lang>/downloads/<token>``: the grant's buyer only (anyone else
signed in gets a 404, a visitor the sign-in page); an expired, withdrawn or used-up link answers 410 and
counts nothing; otherwise one download is counted atomically and the file is sent, never cached.
"""

from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, render_template, send_file, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required

from marketplace.catalog import works
from marketplace.catalog.studio import approved_profile
from marketplace.db import after_commit, db_session, utcnow, writes
from marketplace.downloads import services
from marketplace.downloads.forms import DigitalFileForm
from marketplace.downloads.storage import FileRejected, storage_for, titled_name
from marketplace.orders.models import OrderLine

bp = Blueprint("downloads", __name__, url_prefix="/<lang_code>")

FILE_PROBLEMS = {
    "empty": _l("The file is empty."),
    "format": _l("This file is not one we accept. Send a JPEG, PNG, WebP, TIFF, PDF, ZIP or MP4 file."),
    "unreadable": _l("This file could not be read as an image."),
}


@bp.route("/studio/works/<int:work_id>/digital-file", methods=["POST"])
@login_required
def upload(work_id: int):
    session = db_session()
    profile = approved_profile()
    work = works.owned_work(session, profile, work_id) or abort(404)
    form = DigitalFileForm()
    if form.validate_on_submit():
        if not services.is_digital_work(work):
            form.file.errors = [*form.file.errors, _("Mark the work as digital before adding its file.")]
        else:
            storage = storage_for(current_app)
            upload = form.file.data
            try:
                stored = storage.store(upload.stream, upload.filename or "")
            except FileRejected as error:
                form.file.errors = [*form.file.errors, str(FILE_PROBLEMS[str(error)])]
            else:
                replaced = services.attach_file(session, work, stored, current_user.id)
                if replaced:
                    after_commit(lambda: storage.delete(replaced))
                flash(_("The file has been saved. Buyers download it after payment."), "success")
                if stored.metadata_removed:
                    flash(
                        _(
                            "We removed the location, camera and other data hidden in the picture file, "
                            "so that buyers do not receive it. The picture itself is unchanged."
                        ),
                        "info",
                    )
                return redirect(url_for("studio.edit_work", work_id=work.id) + "#digital-file")
    return render_template("downloads/digital_file.html", work=work, digital_form=form), 400


@bp.route("/downloads/<token>")
@writes
@login_required
def download(token: str):
    session = db_session()
    grant = services.find_grant(session, token, current_user.id) or abort(404)
    now = utcnow()
    line = session.get(OrderLine, grant.order_line_id)
    state = services.state_of(grant, now)
    if state != services.AVAILABLE:
        return _unavailable(grant, line, state)
    work = line.work
    path = storage_for(current_app).path(work.digital_file_key)
    if path is None:
        current_app.logger.error("digital file missing for work %s", work.id)
        return _unavailable(grant, line, "missing", 404)
    if not services.take_download(session, grant, current_user.id, now):
        return _unavailable(grant, line, services.state_of(grant, now))
    response = send_file(
        path,
        mimetype=work.digital_content_type or "application/octet-stream",
        as_attachment=True,
        download_name=titled_name(line.buyer_title, work.digital_file_name),
        conditional=False,  # no ranges: every request is one counted download
        etag=False,
        last_modified=None,
        max_age=None,
    )
    return _private(response)


def _unavailable(grant, line, state: str, status: int = 410):
    response = render_template(
        "downloads/unavailable.html", grant=grant, line=line, order=line.order, state=state
    )
    return _private(current_app.make_response((response, status)))


def _private(response):
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Robots-Tag"] = "noindex"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response

