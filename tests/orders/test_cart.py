"""The cart: add, change, remove, bounded by stock and edition; visitors' carts merge at sign-in."""

from markupsafe import escape
from sqlalchemy import select

from marketplace.orders.models import Cart, CartLine
from tests.support.forms import CSRF_RE, post_form, sign_in
from tests.support.i18n import translated


def cart_lines(db) -> dict[int, int]:
    with db(write=False) as session:
        return {line.work_id: line.quantity for line in session.scalars(select(CartLine))}


def add(client, work_id, quantity=1, lang="en"):
    page = f"/{lang}/works/{work_id}-kanga-ya-bluu"
    return post_form(
        client, f"/{lang}/cart/add", {"work_id": work_id, "quantity": quantity, "next": page}, token_from=page
    )


def test_visitor_adds_a_work_and_sees_it(client, make_artist, make_work, db):
    work_id = make_work(make_artist(), edition="open", stock=5)
    assert add(client, work_id, 2).status_code == 302
    assert cart_lines(db) == {work_id: 2}
    page = client.get("/en/cart/").get_data(as_text=True)
    assert "Kanga ya bluu" in page and 'value="2"' in page
    assert client.get_cookie("cart") is not None


def test_quantity_is_bounded_by_stock_and_edition(client, make_artist, make_work, db):
    artist = make_artist()
    unique = make_work(artist)
    limited = make_work(artist, edition="limited", size=10, stock=3)
    add(client, unique, 1)
    response = add(client, unique, 1)  # a second copy of a unique piece
    assert "A unique piece can only be bought once." in client.get("/en/cart/").get_data(as_text=True)
    add(client, limited, 4)
    assert cart_lines(db) == {unique: 1}
    add(client, limited, 3)
    assert cart_lines(db) == {unique: 1, limited: 3}
    assert response.status_code == 302


def test_an_over_quantity_is_answered_in_the_page_language(client, make_artist, make_work, db):
    """The browser does not refuse 99 in its own language: the server says why, in the page's (French)."""
    work_id = make_work(make_artist(), edition="open", stock=3)
    page = client.get(f"/fr/works/{work_id}-kanga-ya-bluu").get_data(as_text=True)
    assert 'class="row-form buy-form" novalidate' in page
    response = add(client, work_id, 99, lang="fr")
    assert response.headers["Location"].endswith(f"/fr/works/{work_id}-kanga-ya-bluu")
    shown = client.get(response.headers["Location"]).get_data(as_text=True)
    assert escape(translated("fr", "Only %(count)d of this work are available.", count=3)) in shown
    assert cart_lines(db) == {}
    add(client, work_id, 2, lang="fr")
    post_form(client, "/fr/cart/update", {"work_id": work_id, "quantity": 99}, token_from="/fr/cart/")
    shown = client.get("/fr/cart/").get_data(as_text=True)
    assert escape(translated("fr", "Only %(count)d of this work are available.", count=3)) in shown
    assert cart_lines(db) == {work_id: 2}


def test_change_and_remove(client, make_artist, make_work, db):
    work_id = make_work(make_artist(), edition="open", stock=9)
    add(client, work_id, 1)
    post_form(client, "/en/cart/update", {"work_id": work_id, "quantity": 4}, token_from="/en/cart/")
    assert cart_lines(db) == {work_id: 4}
    post_form(client, "/en/cart/remove", {"work_id": work_id, "quantity": 0}, token_from="/en/cart/")
    assert cart_lines(db) == {}


def test_unavailable_works_cannot_be_added_and_show_in_the_cart(client, make_artist, make_work, db):
    artist = make_artist()
    draft = make_work(artist, status="draft")
    assert client.post("/en/cart/add").status_code in (302, 400)
    work_id = make_work(artist, edition="open", stock=2)
    add(client, work_id, 2)
    with db() as session:
        from marketplace.catalog.models import Work

        session.get(Work, work_id).stock = 1
    page = client.get("/en/cart/").get_data(as_text=True)
    assert "Only 1 of this work are available." in page
    assert "Check out in" not in page
    token = CSRF_RE.search(page).group(1)
    client.post("/en/cart/add", data={"csrf_token": token, "work_id": draft, "quantity": 1})
    assert draft not in cart_lines(db)


def test_cart_groups_by_currency(client, make_artist, make_work):
    artist = make_artist()
    add(client, make_work(artist, currency="KES"))
    add(client, make_work(artist, currency="XOF", price=60000))
    page = client.get("/en/cart/").get_data(as_text=True)
    assert "Works priced in KES" in page and "Works priced in XOF" in page
    assert "/en/checkout/KES" in page and "/en/checkout/XOF" in page


def test_visitor_cart_merges_at_sign_in(app, make_user, make_artist, make_work, db):
    artist = make_artist()
    first, second = make_work(artist), make_work(artist, edition="open", stock=5)
    make_user(email="buyer@example.org")
    earlier = app.test_client()
    sign_in(earlier, email="buyer@example.org")
    add(earlier, first)
    visitor = app.test_client()
    add(visitor, second, 2)
    sign_in(visitor, email="buyer@example.org")
    with db(write=False) as session:
        carts = session.scalars(select(Cart)).all()
        assert len(carts) == 1 and carts[0].user_id is not None
    assert cart_lines(db) == {first: 1, second: 2}


def test_cart_shows_titles_in_the_page_language(client, make_artist, make_work, add_translation):
    work_id = make_work(make_artist(), edition="open", stock=5)
    add_translation(work_id, "fr", {"title": "Kanga bleu"})
    add(client, work_id)
    assert "Kanga bleu" in client.get("/fr/cart/").get_data(as_text=True)
    assert '<span lang="sw">Kanga ya bluu</span>' in client.get("/zh/cart/").get_data(as_text=True)
