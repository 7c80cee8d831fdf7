"""Site-wide routes: the language redirect, health check, media files, error pages."""

from __future__ import annotations

from flask import (
    Blueprint,
    abort,
    current_app,
    g,
    jsonify,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user
from flask_wtf.csrf import CSRFError
from markupsafe import escape
from sqlalchemy import text
from sqlalchemy.exc import InterfaceError, OperationalError
from werkzeug.exceptions import HTTPException, NotFound

from marketplace.db import COMMIT_FAILED, engine_for
from marketplace.extensions import login_manager
from marketplace.i18n import HTML_LANG, current_language, negotiate_language
from marketplace.media import LocalStorage

bp = Blueprint("core", __name__)

MEDIA_MAX_AGE = 365 * 24 * 3600


@bp.before_app_request
def _refuse_nul_bytes():
    """No address, query or form field of this site holds a NUL character; PostgreSQL refuses to store or
    compare one, so a request carrying it is refused at the door (400) instead of failing in the database."""
    if "\x00" in request.path or _any_nul(request.args):
        abort(400)
    if request.method in ("POST", "PUT", "PATCH") and _any_nul(request.form):
        abort(400)


def _any_nul(values) -> bool:
    return any("\x00" in value for listed in values.listvalues() for value in listed)


@bp.route("/")
def root():
    user_language = current_user.preferred_language if current_user.is_authenticated else None
    response = redirect(url_for("catalog.home", lang_code=negotiate_language(user_language)), 302)
    response.headers["Vary"] = "Cookie, Accept-Language"
    return response


@bp.route("/healthz")
def healthz():
    """200 when the database answers and takes writes; 503 when it is down or read-only."""
    try:
        with engine_for(current_app).connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception:
        current_app.logger.exception("health check: database did not answer")
        return jsonify(status="unavailable", database="down"), 503
    try:
        with engine_for(current_app).connect() as connection, connection.begin() as transaction:
            # Touches no row, but a read-only database refuses it like any write.
            connection.execute(text("UPDATE alembic_version SET version_num = version_num WHERE 1 = 0"))
            transaction.rollback()
    except Exception:
        current_app.logger.exception("health check: the database does not take writes")
        return jsonify(status="unavailable", database="read-only"), 503
    return jsonify(status="ok", database="up"), 200


@bp.route("/media/<path:key>")
def media(key: str):
    storage = LocalStorage(current_app.config["MEDIA_DIR"])
    try:
        path = storage.path(key)
    except ValueError:
        path = None
    if path is None or path.suffix != ".webp":
        raise NotFound()
    # Keys are random and never reused, so a file can be cached for a year.
    return send_file(path, mimetype="image/webp", max_age=MEDIA_MAX_AGE, conditional=True)


ERROR_TEXTS = {
    400: (lambda: _("Bad request"), lambda: _("We could not understand that request.")),
    403: (lambda: _("Not allowed"), lambda: _("You do not have permission to see this page.")),
    404: (lambda: _("Page not found"), lambda: _("There is nothing at this address. It may have moved.")),
    405: (lambda: _("Not allowed"), lambda: _("This page cannot be used this way.")),
    413: (
        lambda: _("File too large"),
        lambda: _("What you sent is larger than we accept (%(mb)d MB at most).", mb=_max_upload_mb()),
    ),
    429: (
        lambda: _("Too many attempts"),
        lambda: _("You have tried too many times. Please wait a few minutes and try again."),
    ),
    500: (
        lambda: _("Something went wrong"),
        lambda: _("An error occurred on our side. Nothing was changed. Please try again later."),
    ),
    503: (
        lambda: _("Temporarily unavailable"),
        lambda: _("The marketplace is briefly unavailable. Please try again in a few minutes."),
    ),
}


def _max_upload_mb() -> int:
    return (current_app.config.get("MAX_CONTENT_LENGTH") or 0) // (1024 * 1024)


def render_error(code: int, message: str | None = None):
    """The translated error page; if the page itself cannot be made (the layout fails too), a bare one:
    an error page never turns into a second error."""
    title, default_message = ERROR_TEXTS.get(code, ERROR_TEXTS[500])
    if request.path.startswith("/api/") or request.path == "/healthz":
        return jsonify(error=title()), code
    try:
        title_text, message_text = title(), message or default_message()
        return render_template("error.html", code=code, title=title_text, message=message_text), code
    except Exception:
        current_app.logger.exception("the error page for %s failed; answering a bare one", code)
    return _bare_error_page(code), code


def _bare_error_page(code: int) -> str:
    try:
        title, text = (str(part()) for part in ERROR_TEXTS.get(code, ERROR_TEXTS[500]))
        lang = HTML_LANG.get(current_language(), "en")
    except Exception:
        title, text, lang = "Error", "Please try again later.", "en"
    return (
        f'<!doctype html><html lang="{escape(lang)}"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title></head><body><h1>{escape(title)}</h1><p>{escape(text)}</p></body></html>"
    )


def register_error_handlers(app) -> None:
    @app.errorhandler(CSRFError)
    def csrf_error(_error):
        return render_error(
            400, _("This form has expired or was sent from another site. Reload the page and try again.")
        )

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        if error.code in ERROR_TEXTS:
            return render_error(error.code)
        return error

    @app.errorhandler(OperationalError)
    @app.errorhandler(InterfaceError)
    def database_unavailable(error):
        app.logger.exception("database error", exc_info=error)
        _discard_session()
        return _database_down_page()

    # A commit that fails after the view has answered: the same translated 503 page, never a bare 500.
    app.extensions[COMMIT_FAILED] = lambda _error: app.make_response(_database_down_page())

    @app.errorhandler(Exception)
    def unexpected(error):
        app.logger.exception("unhandled error", exc_info=error)
        _discard_session()
        return render_error(500)


def _database_down_page():
    # The page must not ask the database who is signed in (its session is gone or unusable).
    g._login_user = login_manager.anonymous_user()
    g.database_down = True
    return render_error(503)


def _discard_session() -> None:
    session = g.pop("db_session", None)
    if session is not None:
        session.rollback()
        session.close()
        # The signed-in user was loaded by the discarded session: the error page loads them again.
        g.pop("_login_user", None)
