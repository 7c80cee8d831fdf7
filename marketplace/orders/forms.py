"""Cart, checkout and shipping forms."""

from flask_babel import lazy_gettext as _l
from wtforms import HiddenField, IntegerField, SelectField, StringField
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional

from marketplace.catalog.forms import country_choices, strip
from marketplace.i18n.forms import Form


class CartLineForm(Form):
    work_id = HiddenField(validators=[InputRequired()])
    quantity = IntegerField(
        _l("Quantity"), default=1, validators=[InputRequired(), NumberRange(min=0, max=50)]
    )
    next = HiddenField()


class AddressForm(Form):
    name = StringField(_l("Full name"), filters=[strip], validators=[DataRequired(), Length(max=120)])
    line1 = StringField(_l("Address"), filters=[strip], validators=[DataRequired(), Length(max=200)])
    line2 = StringField(_l("Address (line 2)"), filters=[strip], validators=[Optional(), Length(max=200)])
    city = StringField(_l("City"), filters=[strip], validators=[DataRequired(), Length(max=120)])
    region = StringField(_l("Region or province"), filters=[strip], validators=[Optional(), Length(max=120)])
    postal_code = StringField(_l("Postal code"), filters=[strip], validators=[Optional(), Length(max=20)])
    country = SelectField(_l("Country"), choices=country_choices, validators=[DataRequired()])
    phone = StringField(
        _l("Phone (for the courier)"), filters=[strip], validators=[Optional(), Length(max=40)]
    )


class ShipmentForm(Form):
    carrier = StringField(_l("Carrier"), filters=[strip], validators=[DataRequired(), Length(max=80)])
    tracking_number = StringField(
        _l("Tracking number"), filters=[strip], validators=[DataRequired(), Length(max=120)]
    )
