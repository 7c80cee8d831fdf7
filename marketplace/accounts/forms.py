"""Account forms. Labels are lazy so they are translated per request."""

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, EmailField, PasswordField, SelectChoice, SelectField, StringField
from wtforms.validators import DataRequired, Email, EqualTo, Length

from marketplace.accounts.models import DISPLAY_CURRENCIES
from marketplace.i18n import ENDONYMS, LANGUAGES
from marketplace.i18n.forms import Form

EMAIL_MAX = 254
NAME_MAX = 80
PASSWORD_FIELD_MAX = 128


def _strip(value):
    return value.strip() if isinstance(value, str) else value


def _language_choices():
    return [SelectChoice(code, ENDONYMS[code]) for code in LANGUAGES]


def _currency_choices():
    return [SelectChoice(code, code) for code in DISPLAY_CURRENCIES]


class RegisterForm(Form):
    display_name = StringField(
        _l("Your name"), filters=[_strip], validators=[DataRequired(), Length(max=NAME_MAX)]
    )
    email = EmailField(
        _l("Email address"), filters=[_strip], validators=[DataRequired(), Length(max=EMAIL_MAX), Email()]
    )
    password = PasswordField(
        _l("Password"),
        validators=[DataRequired(), Length(max=PASSWORD_FIELD_MAX)],
        description=_l("At least 10 characters. A short sentence is easy to remember."),
    )
    confirm = PasswordField(
        _l("Repeat the password"),
        validators=[DataRequired(), EqualTo("password", message=_l("The two passwords do not match."))],
    )


class SignInForm(Form):
    email = EmailField(
        _l("Email address"), filters=[_strip], validators=[DataRequired(), Length(max=EMAIL_MAX)]
    )
    password = PasswordField(_l("Password"), validators=[DataRequired(), Length(max=PASSWORD_FIELD_MAX)])
    remember = BooleanField(_l("Keep me signed in on this device"))


class ForgotPasswordForm(Form):
    email = EmailField(
        _l("Email address"), filters=[_strip], validators=[DataRequired(), Length(max=EMAIL_MAX), Email()]
    )


class ConfirmRegistrationForm(Form):
    password = PasswordField(_l("Password"), validators=[DataRequired(), Length(max=PASSWORD_FIELD_MAX)])


class ResetPasswordForm(Form):
    password = PasswordField(_l("New password"), validators=[DataRequired(), Length(max=PASSWORD_FIELD_MAX)])
    confirm = PasswordField(
        _l("Repeat the new password"),
        validators=[DataRequired(), EqualTo("password", message=_l("The two passwords do not match."))],
    )


class ChangePasswordForm(Form):
    current_password = PasswordField(
        _l("Current password"), validators=[DataRequired(), Length(max=PASSWORD_FIELD_MAX)]
    )
    password = PasswordField(_l("New password"), validators=[DataRequired(), Length(max=PASSWORD_FIELD_MAX)])
    confirm = PasswordField(
        _l("Repeat the new password"),
        validators=[DataRequired(), EqualTo("password", message=_l("The two passwords do not match."))],
    )


class ProfileForm(Form):
    display_name = StringField(
        _l("Your name"), filters=[_strip], validators=[DataRequired(), Length(max=NAME_MAX)]
    )
    preferred_language = SelectField(_l("Preferred language"), choices=_language_choices)
    display_currency = SelectField(_l("Show approximate prices in"), choices=_currency_choices)


class SignOutForm(Form):
    """Only the CSRF token: signing out is a POST so no other site can sign a person out."""


class RoleForm(Form):
    role = SelectField(_l("Role"), choices=[])
    action = SelectField(
        _l("Action"), choices=[SelectChoice("grant", _l("Grant")), SelectChoice("revoke", _l("Remove"))]
    )
