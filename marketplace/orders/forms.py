"""Cart, checkout and shipping forms."""

import re

from flask_babel import lazy_gettext as _l
from wtforms import HiddenField, SelectField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import (
    DataRequired,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    Regexp,
    ValidationError,
)

from marketplace.catalog.forms import country_choices_to_choose, strip
from marketplace.i18n.forms import Form, IdField, IntegerField
from marketplace.orders import carriers


class CartLineForm(Form):
    """The cart's bounds (stock, edition, MAX_QUANTITY) are the service's, so that an over-quantity gets
    the message that says why (only so many are available), in the page's language."""

    work_id = IdField(validators=[InputRequired()])
    quantity = IntegerField(_l("Quantity"), default=1, validators=[InputRequired(), NumberRange(min=0)])
    next = HiddenField()


class AddressForm(Form):
    name = StringField(_l("Full name"), filters=[strip], validators=[DataRequired(), Length(max=120)])
    line1 = StringField(_l("Address"), filters=[strip], validators=[DataRequired(), Length(max=200)])
    line2 = StringField(_l("Address (line 2)"), filters=[strip], validators=[Optional(), Length(max=200)])
    city = StringField(_l("City"), filters=[strip], validators=[DataRequired(), Length(max=120)])
    region = StringField(_l("Region or province"), filters=[strip], validators=[Optional(), Length(max=120)])
    postal_code = StringField(_l("Postal code"), filters=[strip], validators=[Optional(), Length(max=20)])
    country = SelectField(_l("Country"), choices=country_choices_to_choose, validators=[DataRequired()])
    phone = StringField(
        _l("Phone (for the courier)"), filters=[strip], validators=[Optional(), Length(max=40)]
    )


class DownloadBuyerForm(AddressForm):
    """A cart of digital works only: nothing is shipped, so only the buyer's name and country are asked
    for (the country is the order's, for the receipt; the name is the certificate's addressee)."""

    line1 = StringField(_l("Address"), filters=[strip], validators=[Optional(), Length(max=200)])
    city = StringField(_l("City"), filters=[strip], validators=[Optional(), Length(max=120)])


class CarrierField(SelectField):
    """A known carrier's code, or "other". A carrier posted by name or in another case ("DHL") counts as
    its code, so older clients that typed the carrier keep working."""

    def process_formdata(self, valuelist):
        if valuelist:
            value = valuelist[0].strip()
            known = carriers.find(value)
            if known:
                value = known.code
            elif value.casefold() == carriers.OTHER:
                value = carriers.OTHER
            valuelist = [value, *valuelist[1:]]
        super().process_formdata(valuelist)


#: Letters, digits, spaces and dashes, 4 to 40 of them, beginning and ending with a letter or a digit.
TRACKING_NUMBER = re.compile(r"[A-Za-z0-9][A-Za-z0-9 -]{2,38}[A-Za-z0-9]\Z")
CARRIER_CHOICES = [
    SelectChoice("", _l("Choose a carrier")),
    *(SelectChoice(carrier.code, carrier.name) for carrier in carriers.CARRIERS),
    SelectChoice(carriers.OTHER, _l("Other carrier")),
]


class ShipmentForm(Form):
    """Stores in Shipment.carrier the known carrier's display name, or the name typed for "Other"."""

    carrier = CarrierField(_l("Carrier"), choices=CARRIER_CHOICES, validators=[DataRequired()])
    carrier_name = StringField(_l("Carrier name, if other"), filters=[strip], validators=[Length(max=80)])
    tracking_number = StringField(
        _l("Tracking number"),
        filters=[strip],
        validators=[
            DataRequired(),
            Regexp(
                TRACKING_NUMBER,
                message=_l("A tracking number has 4 to 40 letters, digits, spaces or dashes."),
            ),
        ],
    )

    def validate_carrier_name(self, field):
        if self.carrier.data == carriers.OTHER and not field.data:
            raise ValidationError(_l("Give the name of the carrier."))

    @property
    def carrier_display_name(self) -> str:
        """What Shipment.carrier stores: the known carrier's display name, or the name typed."""
        known = carriers.find(self.carrier.data) if self.carrier.data != carriers.OTHER else None
        return known.name if known else self.carrier_name.data
