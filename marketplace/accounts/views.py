"""Account pages: create account, sign in and out, password reset and change, profile, roles."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user
from sqlalchemy import select
from wtforms import SelectChoice

from marketplace import mail, numbers
from marketplace.accounts import services
from marketplace.accounts.access import role_required, safe_next
from marketplace.accounts.forms import (
    ChangePasswordForm,
    ConfirmRegistrationForm,
    ForgotPasswordForm,
    ProfileForm,
    RegisterForm,
    ResetPasswordForm,
    RoleForm,
    SignInForm,
    SignOutForm,
)
from marketplace.accounts.models import Role, User
from marketplace.core.forms import add_error, render_form
from marketplace.core.paging import page_of
from marketplace.db import db_session
from marketplace.extensions import client_address, limiter
from marketplace.i18n import current_language
from marketplace.links import external_url

bp = Blueprint("accounts", __name__, url_prefix="/<lang_code>/account")
admin_bp = Blueprint("admin_users", __name__, url_prefix="/<lang_code>/admin/users")
#: People per page of the administrators' list.
USERS_PER_PAGE = 50


def _signin_ip_limit() -> str:
    return current_app.config["SIGNIN_LIMIT_PER_IP"]


def _signin_account_address_limit() -> str:
    return current_app.config["SIGNIN_LIMIT_PER_ACCOUNT_AND_ADDRESS"]


def _signin_account_limit() -> str:
    return current_app.config["SIGNIN_LIMIT_PER_ACCOUNT"]


def _form_limit() -> str:
    return current_app.config["ACCOUNT_FORM_LIMIT_PER_IP"]


def _account_key() -> str:
    return "signin-account:" + _email_tried()


def _account_address_key() -> str:
    """The account from this address: a stranger's failures elsewhere do not count against the owner."""
    return f"signin-account-address:{client_address()}:{_email_tried()}"


def _email_tried() -> str:
    return services.normalize_email(request.form.get("email", ""))


def _failed(response) -> bool:
    return response.status_code == 400


def _after_sign_in():
    return redirect(safe_next(request.args.get("next")) or url_for("catalog.home"))


@bp.route("/register", methods=["GET", "POST"])
@limiter.limit(_form_limit, methods=["POST"])
def register():
    """The same answer and one email whether or not the address has an account (see services)."""
    if current_user.is_authenticated:
        return redirect(url_for("catalog.home"))
    form = RegisterForm()
    if form.validate_on_submit():
        try:
            services.check_new_password(form.password.data, form.email.data)
        except services.AccountError as error:
            add_error(form, error)
        else:
            _send_registration_email(form)
            email = services.normalize_email(form.email.data)
            flash(_("We have sent an email to %(email)s. Follow it to continue.", email=email), "info")
            return redirect(url_for("catalog.home"))
    return render_form("accounts/register.html", form)


@bp.route("/register/<token>", methods=["GET", "POST"])
@limiter.limit(_form_limit, methods=["POST"])
def confirm_registration(token: str):
    """The link of the registration email: the new account is made once its password is entered."""
    if current_user.is_authenticated:
        return redirect(url_for("catalog.home"))
    try:
        registration = services.registration_from_token(current_app.config["SECRET_KEY"], token)
    except services.AccountError as error:
        return render_template("accounts/registration_invalid.html", message=error.message), 400
    form = ConfirmRegistrationForm()
    if form.validate_on_submit():
        try:
            user = services.create_registered(db_session(), registration, form.password.data)
        except services.AccountError as error:
            if error.field is None:  # made already, by an earlier click
                flash(str(error.message), "info")
                return redirect(url_for("accounts.sign_in"))
            add_error(form, error)
        else:
            login_user(user)
            flash(_("Welcome, %(name)s. Your account is ready.", name=user.display_name), "success")
            return redirect(url_for("catalog.home"))
    return render_form("accounts/confirm_registration.html", form, email=registration.email)


def _send_registration_email(form) -> None:
    """Into the outbox, like every email: the link that creates the account to a new address, or a note
    to the owner of an address that has an account (in the owner's language), which the form must not
    reveal. Both cost the same work."""
    session = db_session()
    email, password = services.normalize_email(form.email.data), form.password.data
    owner = services.find_by_email(session, email)
    if owner is None:
        lang = current_language()
        token = services.registration_token(
            current_app.config["SECRET_KEY"], email, password, form.display_name.data, lang
        )
        link = external_url("accounts.confirm_registration", token=token)
        hours = services.REGISTRATION_LINK_MAX_AGE // 3600
        mail.send_templated(session, email, lang, "registration_link", name=form.display_name.data, link=link,
                            hours=hours)  # fmt: skip
        return
    services.spend_like_a_registration(password)
    lang = owner.preferred_language
    mail.send_templated(
        session, owner.email, lang, "registration_account_exists", user=owner,
        sign_in=external_url("accounts.sign_in", lang_code=lang),
        reset=external_url("accounts.forgot_password", lang_code=lang),
    )  # fmt: skip


@bp.route("/sign-in", methods=["GET", "POST"])
@limiter.limit(_signin_ip_limit, methods=["POST"], deduct_when=_failed, scope="signin-ip")
@limiter.limit(
    _signin_account_address_limit,
    key_func=_account_address_key,
    methods=["POST"],
    deduct_when=_failed,
    scope="signin-account-address",
)
@limiter.limit(
    _signin_account_limit,
    key_func=_account_key,
    methods=["POST"],
    deduct_when=_failed,
    scope="signin-account",
)
def sign_in():
    if current_user.is_authenticated:
        return _after_sign_in()
    form = SignInForm()
    if form.validate_on_submit():
        user = services.authenticate(db_session(), form.email.data, form.password.data)
        if user is not None:
            login_user(user, remember=form.remember.data)
            return _after_sign_in()
        form.form_errors.append(_("The email address or password is not correct."))
    return render_form("accounts/sign_in.html", form)


@bp.route("/sign-out", methods=["POST"])
@login_required
def sign_out():
    form = SignOutForm()
    if form.validate_on_submit():
        services.end_all_sessions(current_user)
        logout_user()
        flash(_("You are signed out on every device."), "info")
    return redirect(url_for("catalog.home"))


@bp.route("/forgot-password", methods=["GET", "POST"])
@limiter.limit(_form_limit, methods=["POST"])
def forgot_password():
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        user = services.find_by_email(db_session(), form.email.data)
        if user is not None:
            token = services.make_reset_token(current_app.config["SECRET_KEY"], user)
            link = external_url("accounts.reset_password", token=token, lang_code=user.preferred_language)
            mail.send_templated(
                db_session(),
                user.email,
                user.preferred_language,
                "password_reset",
                user=user,
                link=link,
                minutes=current_app.config["PASSWORD_RESET_MAX_AGE"] // 60,
            )
        # The same answer whether or not the account exists, so nobody can probe for addresses.
        flash(_("If an account uses this address, we have sent it a link to choose a new password."), "info")
        return redirect(url_for("accounts.sign_in"))
    return render_form("accounts/forgot_password.html", form)


@bp.route("/reset-password/<token>", methods=["GET", "POST"])
@limiter.limit(_form_limit, methods=["POST"])
def reset_password(token: str):
    config = current_app.config
    try:
        user = services.user_for_reset_token(
            db_session(), config["SECRET_KEY"], token, config["PASSWORD_RESET_MAX_AGE"]
        )
    except services.AccountError as error:
        return render_template("accounts/reset_invalid.html", message=error.message), 400
    form = ResetPasswordForm()
    if form.validate_on_submit():
        try:
            services.set_password(user, form.password.data)
        except services.AccountError as error:
            add_error(form, error)
        else:
            logout_user()
            flash(_("Your password has been changed. Sign in with your new password."), "success")
            return redirect(url_for("accounts.sign_in"))
    return render_form("accounts/reset_password.html", form)


@bp.route("/", methods=["GET", "POST"])
@login_required
def profile():
    form = ProfileForm(obj=current_user)
    if form.validate_on_submit():
        services.update_profile(
            current_user, form.display_name.data, form.preferred_language.data, form.display_currency.data
        )
        flash(_("Your profile has been saved."), "success")
        return redirect(url_for("accounts.profile"))
    return render_form("accounts/profile.html", form)


@bp.route("/password", methods=["GET", "POST"])
@login_required
def change_password():
    form = ChangePasswordForm()
    if form.validate_on_submit():
        try:
            services.change_password(current_user, form.current_password.data, form.password.data)
        except services.AccountError as error:
            add_error(form, error)
        else:
            # This session carries on with the new session version; every other one has ended.
            login_user(current_user._get_current_object())
            flash(_("Your password has been changed. Your other sessions have been signed out."), "success")
            return redirect(url_for("accounts.profile"))
    return render_form("accounts/change_password.html", form)


# --- administrators: roles -------------------------------------------------------------------------


def _role_form() -> RoleForm:
    form = RoleForm()
    form.role.choices = [SelectChoice(role.value, role.title) for role in Role]
    return form


@admin_bp.route("/")
@role_required(Role.ADMIN)
def list_users():
    query = request.args.get("q", "").strip()[:100]
    statement = select(User).order_by(User.created_at.desc(), User.id.desc())
    if query:
        pattern = f"%{query.lower()}%"
        statement = statement.where(User.email.like(pattern) | User.display_name.ilike(pattern))
    users = page_of(db_session(), statement, numbers.int_arg("page", 1, minimum=1), USERS_PER_PAGE)
    return render_template("accounts/admin_users.html", users=users, query=query, role_form=_role_form())


@admin_bp.route("/<int:user_id>/roles", methods=["POST"])
@role_required(Role.ADMIN)
def change_role(user_id: int):
    session = db_session()
    user = session.get(User, user_id)
    if user is None:
        abort(404)
    form = _role_form()
    if not form.validate_on_submit():
        flash(_("Choose a role and an action."), "error")
        return redirect(url_for("admin_users.list_users"))
    role = Role(form.role.data)
    try:
        if form.action.data == "grant":
            services.grant_role(session, user, role, granted_by=current_user)
            flash(_("%(name)s is now: %(role)s.", name=user.display_name, role=role.title), "success")
        else:
            services.revoke_role(session, user, role, revoked_by=current_user)
            flash(_("%(name)s is no longer: %(role)s.", name=user.display_name, role=role.title), "success")
    except services.AccountError as error:
        flash(str(error.message), "error")
    return redirect(url_for("admin_users.list_users", q=request.args.get("q") or None))
