"""Studio forms: shipping profiles with a price per zone, and a work's delivery settings."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import Session
from wtforms import (
    BooleanField,
    SelectChoice,
    SelectField,
    SelectMultipleField,
    StringField,
)
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional

from marketplace import money
from marketplace.catalog.forms import (
    CountrySelect,
    country_choices,
    country_choices_to_choose,
    currency_choices,
    strip,
)
from marketplace.catalog.models import ArtistProfile
from marketplace.delivery import services
from marketplace.delivery.customs import HS_HEADINGS
from marketplace.delivery.models import ZONE_TITLES
from marketplace.delivery.regions import PRICEABLE
from marketplace.i18n.forms import DecimalField, Form, IntegerField


def _hs_choices():
    return [SelectChoice(code, f"{code} — {title}") for code, title in HS_HEADINGS.items()]


class _ProfileFields(Form):
    name = StringField(
        _l("Name of the profile"),
        filters=[strip],
        description=_l("For you only, for example “Small parcels” or “Framed paintings”."),
        validators=[DataRequired(), Length(max=80)],
    )
    ships_from = SelectField(_l("Ships from"), choices=country_choices_to_choose, validators=[DataRequired()])
    currency = SelectField(
        _l("Currency of the prices"),
        choices=currency_choices,
        description=_l("The same as the works that use it."),
        validators=[DataRequired()],
    )
    handling_days_min = IntegerField(
        _l("Handling time, shortest (days)"), default=1, validators=[InputRequired(), NumberRange(0, 365)]
    )
    handling_days_max = IntegerField(
        _l("Handling time, longest (days)"), default=3, validators=[InputRequired(), NumberRange(0, 365)]
    )
    free_over = DecimalField(
        _l("Free delivery for orders of at least"),
        places=None,
        description=_l("Leave empty if delivery is never free."),
        validators=[Optional(), NumberRange(min=0)],
    )
    excluded_countries = SelectMultipleField(
        _l("Countries you do not ship to"),
        choices=country_choices,
        description=_l("Hold Ctrl (or Cmd) to choose several."),
        validators=[Optional()],
    )


def _rate_fields(namespace: dict) -> None:
    for zone in PRICEABLE:
        title = ZONE_TITLES[zone]
        namespace[f"rate_{zone.value}_first"] = DecimalField(
            _l("%(zone)s: first item", zone=title), places=None, validators=[Optional(), NumberRange(min=0)]
        )
        namespace[f"rate_{zone.value}_additional"] = DecimalField(
            _l("%(zone)s: each additional item", zone=title), places=None,
            validators=[Optional(), NumberRange(min=0)],
        )  # fmt: skip
        days = [Optional(), NumberRange(0, 365)]
        namespace[f"rate_{zone.value}_days_min"] = IntegerField(
            _l("%(zone)s: delivery, shortest (days)", zone=title), validators=days
        )
        namespace[f"rate_{zone.value}_days_max"] = IntegerField(
            _l("%(zone)s: delivery, longest (days)", zone=title), validators=days
        )


_namespace: dict = {}
_rate_fields(_namespace)
ShippingProfileForm = type("ShippingProfileForm", (_ProfileFields,), _namespace)


class WorkDeliveryForm(Form):
    is_digital = BooleanField(
        _l("This is a digital work (the buyer downloads it; nothing is shipped)"),
    )
    shipping_profile = SelectField(_l("Shipping profile"), choices=[], validators=[Optional()])
    hs_code = SelectField(_l("Customs category (HS)"), choices=_hs_choices, validators=[Optional()])
    declared_value = DecimalField(
        _l("Value declared to customs"),
        places=None,
        description=_l("Leave empty to declare the price."),
        validators=[Optional(), NumberRange(min=0)],
    )


class ShipToForm(Form):
    """On a work's page: where the visitor wants it delivered (a GET form, no token)."""

    class Meta:
        csrf = False

    ship_to = SelectField(
        _l("Deliver to"), choices=country_choices_to_choose, validators=[Optional()], widget=CountrySelect()
    )


def delivery_form(session: Session, artist: ArtistProfile, work, formdata=True) -> WorkDeliveryForm:
    """The work's delivery form, its profile choices limited to the artist's profiles in its currency."""
    kwargs = {} if formdata else {"formdata": None}
    form = WorkDeliveryForm(
        is_digital=work.is_digital,
        shipping_profile=str(work.shipping_profile_id or ""),
        hs_code=work.hs_code or None,
        declared_value=money.to_decimal(work.declared_value_minor, work.currency)
        if work.declared_value_minor
        else None,
        **kwargs,
    )
    choices = [SelectChoice("", _l("None: delivery is included in the price"))]
    for profile in services.profiles_for(session, artist):
        if profile.currency == work.currency:
            choices.append(SelectChoice(str(profile.id), f"{profile.name} ({profile.currency})"))
    form.shipping_profile.choices = choices
    return form
