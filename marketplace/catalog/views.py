"""Public catalogue pages: home, browse, work, artist, collection, exhibitions."""

from __future__ import annotations

from datetime import UTC, datetime

from flask import Blueprint, abort, redirect, render_template, request, url_for
from flask_login import current_user

from marketplace import money, numbers
from marketplace.accounts.access import safe_next
from marketplace.catalog import display, services, urls
from marketplace.catalog.forms import DisplayCurrencyForm
from marketplace.catalog.models import Category, ReviewStatus
from marketplace.catalog.workflow import STATUS_TITLES
from marketplace.core.forms import ActionForm
from marketplace.db import db_session
from marketplace.i18n import current_language
from marketplace.search import query as search_query
from marketplace.security import set_cookie

bp = Blueprint("catalog", __name__, url_prefix="/<lang_code>")
AVAILABILITY = ("available", "sold_out")


@bp.route("/")
def home():
    session, lang = db_session(), current_language()
    exhibition = services.current_exhibition(session, datetime.now(UTC).date())
    current = [exhibition] if exhibition else []
    works, texts = services.recent_works(session, lang, limit=8)
    artists = services.featured_artists(session)
    return render_template(
        "catalog/home.html",
        exhibition=exhibition,
        exhibition_texts=services.collection_texts(session, current, lang),
        exhibition_works=services.collection_preview(session, exhibition, 4) if exhibition else [],
        works=works,
        texts=texts,
        artists=artists,
        artist_texts=services.artist_texts(session, artists, lang),
    )


@bp.route("/works/")
def works():
    session, lang = db_session(), current_language()
    query = _browse_query()
    ranked = search_query.ranked_work_ids(session, query.q) if query.q else None
    result = services.browse(session, lang, query, display.rates(), ranked)
    return render_template(
        "catalog/works.html",
        result=result,
        query=query,
        categories=list(Category),
        countries=services.artist_countries(session),
        currencies=money.CURRENCIES,
    )


def _browse_query() -> services.BrowseQuery:
    args = request.args
    currency = args.get("currency", "").upper()
    q = args.get("q", "").strip()[:200]
    return services.BrowseQuery(
        q=q,
        category=args.get("category") or None,
        country=(args.get("country") or "").upper()[:2] or None,
        edition=args.get("edition") or None,
        availability=args.get("availability") if args.get("availability") in AVAILABILITY else None,
        min_price=numbers.decimal_arg("min_price"),
        max_price=numbers.decimal_arg("max_price"),
        currency=currency if currency in money.CURRENCIES else display.display_currency(),
        # Searching, the default order is relevance; "newest" is then a choice of its own.
        sort=args.get("sort") if args.get("sort") in services.SORTS else ("relevance" if q else "newest"),
        page=numbers.int_arg("page", 1, minimum=1),
    )


@bp.route("/works/<int:work_id>")
@bp.route("/works/<int:work_id>-<slug>")
def work(work_id: int, slug: str = ""):
    session, lang = db_session(), current_language()
    item = services.public_work(session, work_id)
    preview = False
    if item is None:
        # Not public: only its artist and the curators may look at it.
        item = services.any_work(session, work_id)
        if item is None or not services.may_preview(current_user, item.artist):
            abort(404)
        preview = True
    if slug != item.slug:
        return redirect(urls.work_url(item), 301)
    texts = services.work_texts(session, [item], lang, include_drafts=preview)[item.id]
    artist_text = services.artist_texts(session, [item.artist], lang)[item.artist.id]
    return render_template(
        "catalog/work.html",
        work=item,
        t=texts,
        artist_text=artist_text,
        preview=preview,
        status_title=STATUS_TITLES[ReviewStatus(item.review_status)],
        cart_form=ActionForm(formdata=None),
    )


@bp.route("/artists/<int:artist_id>")
@bp.route("/artists/<int:artist_id>-<slug>")
def artist(artist_id: int, slug: str = ""):
    session, lang = db_session(), current_language()
    profile = services.public_artist(session, artist_id) or abort(404)
    if slug != profile.slug:
        return redirect(urls.artist_url(profile), 301)
    works = services.artist_works(session, profile, numbers.int_arg("page", 1, minimum=1))
    collections = services.artist_collections(session, profile)
    return render_template(
        "catalog/artist.html",
        artist=profile,
        t=services.artist_texts(session, [profile], lang)[profile.id],
        works=works,
        texts=services.work_texts(session, works.items, lang),
        collections=collections,
        collection_texts=services.collection_texts(session, collections, lang),
    )


@bp.route("/artists/")
def artists():
    session, lang = db_session(), current_language()
    profiles = services.artists_page(session, numbers.int_arg("page", 1, minimum=1))
    return render_template(
        "catalog/artists.html", artists=profiles, texts=services.artist_texts(session, profiles.items, lang)
    )


@bp.route("/collections/<int:collection_id>")
@bp.route("/collections/<int:collection_id>-<slug>")
def collection(collection_id: int, slug: str = ""):
    session, lang = db_session(), current_language()
    item = services.public_collection(session, collection_id) or abort(404)
    if slug != item.slug:
        return redirect(urls.collection_url(item), 301)
    works = services.collection_works(session, item, numbers.int_arg("page", 1, minimum=1))
    return render_template(
        "catalog/collection.html",
        collection=item,
        t=services.collection_texts(session, [item], lang)[item.id],
        works=works,
        texts=services.work_texts(session, works.items, lang),
    )


@bp.route("/exhibitions/")
def exhibitions():
    session, lang = db_session(), current_language()
    groups = services.exhibitions(session, datetime.now(UTC).date())
    every = [e for group in groups.values() for e in group]
    return render_template(
        "catalog/exhibitions.html", groups=groups, texts=services.collection_texts(session, every, lang)
    )


@bp.route("/display-currency", methods=["POST"])
def choose_display_currency():
    """Remember the currency a visitor wants approximate prices in (cookie, and profile when signed in)."""
    form = DisplayCurrencyForm()
    back = safe_next(request.form.get("next")) or url_for("catalog.home")
    if not form.validate_on_submit():
        return redirect(back)
    response = redirect(back)
    set_cookie(response, display.CURRENCY_COOKIE, form.currency.data, 365 * 24 * 3600)
    if current_user.is_authenticated:
        current_user.display_currency = form.currency.data
    return response
