"""Base form whose WTForms messages come from the marketplace's own catalog.

WTForms ships no Swahili translation, so its built-in messages are listed below for extraction into
translations/messages.pot and translated with the rest of the site.
"""

from __future__ import annotations

from decimal import Decimal

from flask_babel import get_translations
from flask_wtf import FlaskForm
from wtforms import fields
from wtforms.widgets import HiddenInput

from marketplace.numbers import MAX_AMOUNT, MAX_INTEGER, acceptable_decimal


class _CatalogTranslations:
    def gettext(self, string: str) -> str:
        return get_translations().ugettext(string)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return get_translations().ungettext(singular, plural, n)


class Form(FlaskForm):
    class Meta:
        def get_translations(self, form):
            return _CatalogTranslations()


# Numeric fields: every form uses these, never WTForms' own (a test checks), so no number a person or a
# script types can be NaN, infinite or larger than its column (see numbers.py).


class IntegerField(fields.IntegerField):
    """An integer between -MAX_INTEGER and MAX_INTEGER (NumberRange validators narrow it further)."""

    def process_formdata(self, valuelist):
        super().process_formdata(valuelist)
        if self.data is not None and not -MAX_INTEGER <= self.data <= MAX_INTEGER:
            self.data = None
            message = self.gettext("Number must be between %(min)s and %(max)s.")
            raise ValueError(message % {"min": -MAX_INTEGER, "max": MAX_INTEGER})


class DecimalField(fields.DecimalField):
    """A finite decimal no larger than MAX_AMOUNT: 'NaN', 'sNaN', 'Infinity', '1e309' are refused."""

    def process_formdata(self, valuelist):
        super().process_formdata(valuelist)
        if self.data is None:
            return
        if not self.data.is_finite():
            self.data = None
            raise ValueError(self.gettext("Not a valid decimal value."))
        if not acceptable_decimal(self.data):
            self.data = None
            message = self.gettext("Number must be between %(min)s and %(max)s.")
            raise ValueError(message % {"min": -MAX_AMOUNT, "max": MAX_AMOUNT})

    def _value(self):
        if isinstance(self.data, Decimal) and not self.data.is_finite():
            return ""
        return super()._value()


class IdField(IntegerField):
    """The id of a row, in a hidden input: a positive integer a column can hold."""

    widget = HiddenInput()

    def process_formdata(self, valuelist):
        super().process_formdata(valuelist)
        if self.data is not None and self.data < 1:
            self.data = None
            raise ValueError(self.gettext("Not a valid integer value."))


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
    _("Invalid Choice: could not coerce."),
    _("Invalid choice(s): one or more data inputs could not be coerced."),
    ngettext(
        "'%(value)s' is not a valid choice for this field.",
        "'%(value)s' are not valid choices for this field.",
        1,
    ),
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
