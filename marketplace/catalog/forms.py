"""Studio and curator forms. Texts in the work's own language plus optional translations."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import NamedTuple

from babel import Locale
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField
from markupsafe import Markup, escape
from wtforms import (
    DateField,
    RadioField,
    SelectChoice,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional
from wtforms.widgets import CheckboxInput, ListWidget, Select, html_params

from marketplace import money
from marketplace.catalog.models import CATEGORY_TITLES, EditionType
from marketplace.i18n import ENDONYMS, LANGUAGES
from marketplace.i18n.forms import DecimalField, Form, IntegerField
from marketplace.text import sort_key

# Unions, unknown and pseudo-locale regions, and the codes reserved for places that are not countries of an
# address (Ascension, Clipperton, Sark, Diego Garcia, Ceuta and Melilla, the Canary Islands, Tristan da
# Cunha: their post goes through another country's code, and Stripe refuses them).
_NOT_COUNTRIES = {"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB", "AC", "CP", "CQ", "DG", "EA", "IC", "TA"}


def strip(value):
    return value.strip() if isinstance(value, str) else value


def is_country(code: str) -> bool:
    """A country an address can be in (one of those the country lists offer)."""
    return (
        len(code) == 2
        and code.isalpha()
        and code.isupper()
        and code not in _NOT_COUNTRIES
        and (code in _territories("en"))
    )


def country_choices():
    return list(_sorted_countries(str(get_locale() or "en")))


@cache
def _territories(locale_name: str) -> dict[str, str]:
    return Locale.parse(locale_name).territories


@cache
def _sorted_countries(locale_name: str) -> tuple[SelectChoice, ...]:
    """Sorted once per language and process: a work's page offers every country for delivery."""
    territories = _territories(locale_name)
    choices = (SelectChoice(c, territories[c]) for c in territories if is_country(c))
    return tuple(sorted(choices, key=lambda choice: sort_key(choice.label)))


class CountrySelect(Select):
    """A select of every country (about 250 options): the options are rendered once per language and list
    of choices, then the chosen one marked (a work's page shows one to every visitor)."""

    def __call__(self, field, **kwargs):
        if not callable(field.choices) or self.multiple:
            return super().__call__(field, **kwargs)
        kwargs.setdefault("id", field.id)
        flags = getattr(field, "flags", {})
        for name in dir(flags):
            if name in self.validation_attrs and name not in kwargs:
                kwargs[name] = getattr(flags, name)
        options = _rendered_options(str(get_locale() or "en"), field.choices)
        if field.data is not None:
            chosen = f'<option value="{escape(field.data)}">'
            options = options.replace(chosen, f'<option selected value="{escape(field.data)}">', 1)
        # html_params escapes the attributes; the options are WTForms' own rendering, labels escaped.
        return Markup(f"<select {html_params(name=field.name, **kwargs)}>{options}</select>")  # noqa: S704


@lru_cache(maxsize=32)
def _rendered_options(_locale_name: str, choices) -> str:
    return "".join(Select.render_option(_Option(choice[0], choice[1], False, None)) for choice in choices())


class _Option(NamedTuple):
    value: str
    label: str
    selected: bool
    render_kw: dict | None


def country_choices_to_choose():
    """The countries after a "Choose a country" line, for a required country nobody should get by default."""
    return [SelectChoice("", _l("Choose a country")), *country_choices()]


def language_choices():
    return [SelectChoice(code, ENDONYMS[code]) for code in LANGUAGES]


def category_choices():
    return [SelectChoice(c.value, title) for c, title in CATEGORY_TITLES.items()]


def currency_choices():
    return [SelectChoice(code, code) for code in money.CURRENCIES]


class CheckboxList(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class ArtistApplicationForm(Form):
    public_name = StringField(
        _l("Public name"), filters=[strip], validators=[DataRequired(), Length(max=120)]
    )
    country = SelectField(_l("Country"), choices=country_choices_to_choose, validators=[DataRequired()])
    region = StringField(_l("Region or city"), filters=[strip], validators=[Length(max=120)])
    disciplines = CheckboxList(_l("Disciplines"), choices=category_choices)
    source_language = SelectField(_l("The language you write in"), choices=language_choices)
    bio = TextAreaField(
        _l("About you"),
        filters=[strip],
        validators=[DataRequired(), Length(max=3000)],
        description=_l("Your path, your community, your craft: in your own language."),
    )
    image = FileField(_l("Profile picture (JPEG, PNG or WebP)"))


class WorkForm(Form):
    source_language = SelectField(_l("Language of the texts below"), choices=language_choices)
    title = StringField(_l("Title"), filters=[strip], validators=[DataRequired(), Length(max=200)])
    description = TextAreaField(
        _l("Description"), filters=[strip], validators=[DataRequired(), Length(max=5000)]
    )
    story = TextAreaField(
        _l("Story"),
        filters=[strip],
        validators=[Optional(), Length(max=5000)],
        description=_l("The cultural context of the work: the tradition, the place, the meaning."),
    )
    category = SelectField(_l("Category"), choices=category_choices)
    medium = StringField(_l("Medium"), filters=[strip], validators=[Length(max=200)])
    materials = StringField(_l("Materials"), filters=[strip], validators=[Length(max=300)])
    technique = StringField(_l("Technique"), filters=[strip], validators=[Length(max=200)])
    width_cm = IntegerField(_l("Width (cm)"), validators=[Optional(), NumberRange(min=1, max=10000)])
    height_cm = IntegerField(_l("Height (cm)"), validators=[Optional(), NumberRange(min=1, max=10000)])
    depth_cm = IntegerField(_l("Depth (cm)"), validators=[Optional(), NumberRange(min=1, max=10000)])
    weight_kg = DecimalField(
        _l("Weight (kg)"), places=3, validators=[Optional(), NumberRange(min=0, max=10000)]
    )
    year = IntegerField(_l("Year"), validators=[Optional(), NumberRange(min=1000, max=2100)])
    origin_country = SelectField(_l("Country of origin"), choices=country_choices)
    edition_type = RadioField(
        _l("Edition"),
        choices=[
            SelectChoice(EditionType.UNIQUE.value, _l("Unique piece")),
            SelectChoice(EditionType.LIMITED.value, _l("Limited edition")),
            SelectChoice(EditionType.OPEN.value, _l("Open edition")),
        ],
        default=EditionType.UNIQUE.value,
    )
    edition_size = IntegerField(_l("Edition size"), validators=[Optional(), NumberRange(min=2, max=10000)])
    price = DecimalField(_l("Price"), validators=[InputRequired(), NumberRange(min=0)])
    currency = SelectField(_l("Currency"), choices=currency_choices)
    stock = IntegerField(_l("Stock"), default=1, validators=[InputRequired(), NumberRange(min=0, max=10000)])


class PriceStockForm(Form):
    price = DecimalField(_l("Price"), validators=[InputRequired(), NumberRange(min=0)])
    stock = IntegerField(_l("Stock"), validators=[InputRequired(), NumberRange(min=0, max=10000)])


class ImageForm(Form):
    image = FileField(_l("Image (JPEG, PNG or WebP)"), validators=[DataRequired()])
    alt_text = StringField(
        _l("Describe the image for people who cannot see it"),
        filters=[strip],
        validators=[DataRequired(), Length(max=300)],
    )


class CollectionForm(Form):
    source_language = SelectField(_l("Language of the texts below"), choices=language_choices)
    title = StringField(_l("Title"), filters=[strip], validators=[DataRequired(), Length(max=200)])
    introduction = TextAreaField(
        _l("Introduction"), filters=[strip], validators=[Optional(), Length(max=5000)]
    )
    works = CheckboxList(_l("Works"), coerce=int, choices=[])


class ExhibitionForm(CollectionForm):
    starts_on = DateField(_l("Opens on"), validators=[DataRequired()])
    ends_on = DateField(_l("Closes on"), validators=[DataRequired()])
    cover = FileField(_l("Cover image (JPEG, PNG or WebP)"))


class DisplayCurrencyForm(Form):
    currency = SelectField(_l("Show approximate prices in"), choices=currency_choices)


# Each translatable text: its field type, its label in another language, and its longest length.
TRANSLATABLE = {
    "bio": (TextAreaField, lambda language: _l("About you in %(language)s", language=language), 3000),
    "title": (StringField, lambda language: _l("Title in %(language)s", language=language), 200),
    "description": (
        TextAreaField,
        lambda language: _l("Description in %(language)s", language=language),
        5000,
    ),
    "story": (TextAreaField, lambda language: _l("Story in %(language)s", language=language), 5000),
    "introduction": (
        TextAreaField,
        lambda language: _l("Introduction in %(language)s", language=language),
        5000,
    ),
}


def add_translations(form_class, *names: str) -> None:
    """Add ``<name>_<lang>`` fields for each language (the one matching the source is ignored on save)."""
    for code in LANGUAGES:
        for name in names:
            field_type, label, longest = TRANSLATABLE[name]
            field = field_type(
                label(ENDONYMS[code]), filters=[strip], validators=[Optional(), Length(max=longest)]
            )
            setattr(form_class, f"{name}_{code}", field)


add_translations(ArtistApplicationForm, "bio")
add_translations(WorkForm, "title", "description", "story")
add_translations(CollectionForm, "title", "introduction")
add_translations(ExhibitionForm, "title", "introduction")
