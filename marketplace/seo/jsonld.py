"""schema.org structured data for work pages, as plain dicts for a JSON encoder (never hand-written JSON)."""

from __future__ import annotations

from flask_babel import force_locale

from marketplace.catalog import urls
from marketplace.catalog.display import category_title
from marketplace.catalog.models import EditionType, Work
from marketplace.core.templating import media_url
from marketplace.i18n import HTML_LANG, current_language
from marketplace.i18n.content import LocalizedText
from marketplace.links import absolute
from marketplace.media import available_widths
from marketplace.money import to_decimal

IN_STOCK = "https://schema.org/InStock"
SOLD_OUT = "https://schema.org/SoldOut"


def work_jsonld(work: Work, texts: dict[str, LocalizedText]) -> dict:
    """A VisualArtwork with its offer, for the work's page in the current language."""
    lang = current_language()
    url = absolute(urls.work_url(work, lang_code=lang))
    artist = work.artist
    title, description = texts["title"], texts.get("description")
    data: dict = {
        "@context": "https://schema.org",
        "@type": "VisualArtwork",
        "name": title.text,
        "inLanguage": HTML_LANG.get(title.lang, title.lang),
        "url": url,
        "image": [
            absolute(media_url(image.key, max(available_widths(image.width)))) for image in work.images
        ],
        "creator": {
            "@type": "Person",
            "name": artist.public_name,
            "url": absolute(urls.artist_url(artist, lang_code=lang)),
        },
    }
    if description:
        data["description"] = description.text
    with force_locale("en"):
        data["artform"] = category_title(work.category)
    if work.medium:
        data["artMedium"] = work.medium
    if work.materials:
        data["material"] = work.materials
    for key, value in (("width", work.width_cm), ("height", work.height_cm), ("depth", work.depth_cm)):
        if value:
            data[key] = {"@type": "Distance", "name": f"{value} cm"}
    if work.year:
        data["dateCreated"] = str(work.year)
    if work.origin_country:
        data["countryOfOrigin"] = {"@type": "Country", "name": work.origin_country}
    if work.edition_type == EditionType.LIMITED.value and work.edition_size:
        data["artEdition"] = work.edition_size
    elif work.edition_type == EditionType.UNIQUE.value:
        data["artEdition"] = 1
    data["offers"] = {
        "@type": "Offer",
        # Exact, from integer minor units; "f" never switches to exponent notation.
        "price": format(to_decimal(work.price_minor, work.currency), "f"),
        "priceCurrency": work.currency,
        "availability": SOLD_OUT if work.sold_out else IN_STOCK,
        "url": url,
    }
    return data

