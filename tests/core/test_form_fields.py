"""Form fields say only what is true of them: no attribute is written as the text "None" (which told screen
readers that every field was invalid and every optional field required), and optional fields are not
required."""

from html.parser import HTMLParser

import pytest

from tests.support.forms import post_form, sign_in

LANGUAGES = ("zh", "en", "fr", "sw")


class Fields(HTMLParser):
    """The attributes of every input, select and textarea, by id; and every attribute valued "None"."""

    def __init__(self):
        super().__init__()
        self.fields: dict[str, dict[str, str | None]] = {}
        self.none_valued: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.none_valued += [f"<{tag} {name}>" for name, value in attrs if value == "None"]
        if tag in ("input", "select", "textarea"):
            attributes = dict(attrs)
            self.fields[attributes.get("id") or attributes.get("name", "")] = attributes


def fields_of(response) -> Fields:
    assert response.status_code in (200, 400), response.status_code
    parser = Fields()
    parser.feed(response.get_data(as_text=True))
    assert parser.none_valued == [], parser.none_valued
    return parser


@pytest.mark.parametrize("lang", LANGUAGES)
def test_account_forms_write_no_none_attribute(client, lang):
    for page in ("register", "sign-in", "forgot-password"):
        fields = fields_of(client.get(f"/{lang}/account/{page}")).fields
        email = fields["email"]
        assert "required" in email and "aria-invalid" not in email and "aria-describedby" not in email


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_refused_form_marks_only_the_fields_in_error(client, lang):
    response = post_form(
        client,
        f"/{lang}/account/register",
        {"display_name": "Li", "email": "li@example.org", "password": "correct horse battery",
         "confirm": "something different"},
    )  # fmt: skip
    fields = fields_of(response).fields
    invalid = {name for name, attributes in fields.items() if attributes.get("aria-invalid") == "true"}
    assert invalid == {"confirm"}
    assert fields["confirm"]["aria-describedby"] == "confirm-error"
    assert fields["password"]["aria-describedby"] == "password-help"  # its help, not an error
    assert "aria-describedby" not in fields["email"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_optional_fields_are_not_required(app, lang, make_artist, make_user, make_work):
    artist = app.test_client()
    artist_id = make_artist()
    sign_in(artist, email="artist@example.org", lang=lang)
    fields = fields_of(artist.get(f"/{lang}/studio/works/new")).fields
    assert "required" in fields["title"]
    for optional in ("year", "width_cm", "edition_size"):
        assert "required" not in fields[optional], optional
        assert "aria-invalid" not in fields[optional], optional
    fields_of(artist.get(f"/{lang}/studio/shipping/new"))

    make_user(email="buyer@example.org", language=lang)
    buyer = app.test_client()
    sign_in(buyer, email="buyer@example.org", lang=lang)
    work_id = make_work(artist_id, stock=2, edition="open")
    page = f"/{lang}/works/{work_id}-kanga-ya-bluu"
    post_form(buyer, f"/{lang}/cart/add", {"work_id": work_id, "quantity": 1, "next": page}, token_from=page)
    fields = fields_of(buyer.get(f"/{lang}/checkout/KES")).fields
    assert fields["name"]["autocomplete"] == "name" and "required" in fields["name"]
    for optional in ("line2", "region", "postal_code", "phone"):
        assert "required" not in fields[optional], optional
