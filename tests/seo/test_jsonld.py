"""schema.org VisualArtwork JSON-LD on work pages."""

from __future__ import annotations

import pytest

from tests.support.i18n import translated
from tests.support.seo import jsonld, local_path


def page_data(client, path: str) -> dict:
    response = client.get(path)
    assert response.status_code == 200
    return jsonld(response.get_data(as_text=True))


@pytest.mark.parametrize(
    ("currency", "price_minor", "expected"),
    [("XOF", 250000, "250000"), ("USD", 12345, "123.45"), ("USD", 25000000, "250000.00"), ("CNY", 5, "0.05")],
)
def test_offer_price_is_exact_in_major_units(client, catalog, currency, price_minor, expected):
    work = catalog.work(catalog.artist(), currency=currency, price_minor=price_minor)
    offers = page_data(client, f"/en/works/{work}-tide-and-indigo")["offers"]
    assert offers["@type"] == "Offer"
    assert offers["price"] == expected
    assert offers["priceCurrency"] == currency


def test_visual_artwork_fields(client, catalog):
    artist = catalog.artist(name="Awa Ndiaye", language="fr", country="SN")
    work = catalog.work(
        artist, edition_type="limited", edition_size=25, depth_cm=3, category="digital_art", stock=4
    )
    catalog.translation("work", work, "zh")
    response = client.get(f"/zh/works/{work}-tide-and-indigo")
    data = jsonld(response.get_data(as_text=True))
    # Naming the art form in English leaves the rest of the page in Chinese.
    assert translated("zh", "Skip to content") in response.get_data(as_text=True)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "VisualArtwork"
    assert (data["name"], data["inLanguage"]) == ("Title (zh)", "zh-Hans")
    # The description has no Chinese version: it is the French original.
    assert data["description"] == "Une toile teinte à l'indigo."
    assert data["url"] == f"http://localhost/zh/works/{work}-tide-and-indigo"
    assert data["creator"] == {
        "@type": "Person",
        "name": "Awa Ndiaye",
        "url": f"http://localhost/zh/artists/{artist}-awa-ndiaye",
    }
    assert data["artform"] == "Digital art"  # English whatever the page's language
    assert (data["artMedium"], data["material"]) == ("Acrylique sur toile", "Toile de coton, indigo")
    assert data["width"] == {"@type": "Distance", "name": "60 cm"}
    assert data["height"] == {"@type": "Distance", "name": "80 cm"}
    assert data["depth"] == {"@type": "Distance", "name": "3 cm"}
    assert data["dateCreated"] == "2023"
    assert data["countryOfOrigin"] == {"@type": "Country", "name": "SN"}
    assert data["artEdition"] == 25
    assert data["offers"]["availability"] == "https://schema.org/InStock"
    assert data["offers"]["url"] == data["url"]
    assert client.get(local_path(data["creator"]["url"])).status_code == 200


def test_sold_out_unique_work_without_optional_facts(client, catalog):
    work = catalog.work(
        catalog.artist(), stock=0, width_cm=None, height_cm=None, year=None, medium="", materials=""
    )
    data = page_data(client, f"/fr/works/{work}-tide-and-indigo")
    assert data["offers"]["availability"] == "https://schema.org/SoldOut"
    assert data["artEdition"] == 1
    for absent in ("width", "height", "depth", "dateCreated", "artMedium", "material"):
        assert absent not in data


def test_open_edition_has_no_edition_number(client, catalog):
    work = catalog.work(catalog.artist(), edition_type="open", stock=100)
    assert "artEdition" not in page_data(client, f"/en/works/{work}-tide-and-indigo")


def test_images_are_the_largest_rendition_and_answer(client, catalog):
    artist = catalog.artist()
    large = catalog.work(artist, image_width=1400)
    small = catalog.work(artist, image_width=500, slug="small")
    (image,) = page_data(client, f"/en/works/{large}-tide-and-indigo")["image"]
    assert image.startswith("http://localhost/media/") and image.endswith("/1280.webp")
    (small_image,) = page_data(client, f"/en/works/{small}-small")["image"]
    assert small_image.endswith("/320.webp")
    for url in (image, small_image):
        response = client.get(local_path(url))
        assert response.status_code == 200 and response.mimetype == "image/webp"


def test_text_cannot_close_the_script(client, catalog):
    title = "</script><script>alert('x')</script> & <!--"
    work = catalog.work(catalog.artist(), title=title)
    body = client.get(f"/en/works/{work}-tide-and-indigo").get_data(as_text=True)
    assert "<script>alert(" not in body
    assert jsonld(body)["name"] == title
