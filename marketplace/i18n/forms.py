"""Base form whose WTForms messages come from the marketplace's own catalog.

WTForms ships no Swahili translation, so its built-in messages are listed below for extraction into
translations/messages.pot and translated with the rest of the site.
"""

from __future__ import annotations

from flask_babel import get_translations
from flask_wtf import FlaskForm


class _CatalogTranslations:
    def gettext(self, string: str) -> str:
        return get_translations().ugettext(string)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return get_translations().ungettext(singular, plural, n)


class Form(FlaskForm):
    class Meta:
        def get_translations(self, form):
            return _CatalogTranslations()


def _(message: str) -> str:
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    return singular if n == 1 else plural


# Messages WTForms produces itself, kept here so the extractor sees them.
WTFORMS_MESSAGES = (
    _("This field is required."),
    _("Invalid email address."),
    _("Invalid input."),
    _("Not a valid choice."),
    _("Not a valid integer value."),
    _("Not a valid decimal value."),
    _("Not a valid date value."),
    _("Field must be equal to %(other_name)s."),
    _("Field must be between %(min)d and %(max)d characters long."),
    _("Number must be at least %(min)s."),
    _("Number must be at most %(max)s."),
    _("Number must be between %(min)s and %(max)s."),
    ngettext(
        "Field must be at least %(min)d character long.",
        "Field must be at least %(min)d characters long.",
        1,
    ),
    ngettext(
        "Field cannot be longer than %(max)d character.",
        "Field cannot be longer than %(max)d characters.",
        1,
    ),
)
