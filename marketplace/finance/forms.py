"""Forms for refunds, payouts, commission and exchange rates (administrators) and the artist's earnings."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField, FileRequired
from wtforms import (
    BooleanField,
    DateField,
    SelectChoice,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional

from marketplace.catalog.forms import strip
from marketplace.catalog.models import CATEGORY_TITLES
from marketplace.finance.models import PAYOUT_METHOD_TITLES
from marketplace.finance.payouts import OUTSIDE_STRIPE
from marketplace.i18n.forms import DecimalField, Form, IdField
from marketplace.money import CURRENCIES


def currency_choices():
    return [SelectChoice(code, code) for code in CURRENCIES]


def method_choices():
    return [SelectChoice(m.value, str(PAYOUT_METHOD_TITLES[m])) for m in OUTSIDE_STRIPE]


def category_choices():
    return [SelectChoice("", str(_l("Every category (the platform rate)")))] + [
        SelectChoice(c.value, str(title)) for c, title in CATEGORY_TITLES.items()
    ]


class RefundForm(Form):
    line_id = IdField(validators=[InputRequired()])
    amount = DecimalField(
        _l("Amount to refund"),
        places=None,
        description=_l("Leave empty to refund all that is left of this line."),
        validators=[Optional(), NumberRange(min=0)],
    )
    restock = BooleanField(_l("Cancel this work and return it to stock (not shipped yet)"))
    reason = StringField(_l("Reason"), filters=[strip], validators=[DataRequired(), Length(max=300)])


class RefundOrderForm(Form):
    reason = StringField(_l("Reason"), filters=[strip], validators=[DataRequired(), Length(max=300)])


class PayoutForm(Form):
    currency = SelectField(_l("Currency"), choices=currency_choices, validators=[DataRequired()])
    amount = DecimalField(_l("Amount paid"), places=None, validators=[InputRequired(), NumberRange(min=0)])
    method = SelectField(_l("Paid by"), choices=method_choices, validators=[DataRequired()])
    reference = StringField(
        _l("Reference"),
        filters=[strip],
        description=_l("The bank, mobile-money or Alipay transaction reference."),
        validators=[DataRequired(), Length(max=200)],
    )
    paid_on = DateField(_l("Date paid"), validators=[InputRequired()])


class CommissionForm(Form):
    category = SelectField(_l("Category"), choices=category_choices, validators=[Optional()])
    rate = DecimalField(
        _l("Commission (percent)"), places=None, validators=[Optional(), NumberRange(min=0, max=100)]
    )
    clear = BooleanField(_l("Use the platform rate for this category again"))


class PayoutDetailsForm(Form):
    payout_details = TextAreaField(
        _l("Payout details"),
        filters=[strip],
        description=_l(
            "Bank account, mobile money number or Alipay account, with the name on it. "
            "Only the marketplace's administrators read this."
        ),
        validators=[Length(max=1000)],
    )


class RateForm(Form):
    currency = SelectField(_l("Currency"), choices=currency_choices, validators=[DataRequired()])
    per_usd = DecimalField(
        _l("Units for one US dollar"), places=None, validators=[InputRequired(), NumberRange(min=0)]
    )
    as_of = DateField(_l("Date of the rate"), validators=[InputRequired()])


class RatesFileForm(Form):
    file = FileField(
        _l("Rates file (CSV)"),
        description=_l("Columns currency,per_usd,as_of — for example: KES,129.5,2026-12-01"),
        validators=[FileRequired()],
    )


def minor_amount(field, currency: str) -> int | None:
    """The field's amount in minor units of ``currency``; a field error (and None) when it has too many
    decimals for the currency (XOF has none, USD two)."""
    from marketplace import money

    if field.data is None:
        return None
    try:
        return money.to_minor(field.data, currency)
    except ValueError:
        field.errors = [*field.errors, _l("This currency has no such small units: check the decimals.")]
        return None
