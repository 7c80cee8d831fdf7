"""The Sino-African art marketplace: create_app() builds the Flask application."""

from __future__ import annotations

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from marketplace import db
from marketplace.config import PROJECT_ROOT, Config, as_mapping, load_config, refuse_insecure
from marketplace.core import page_cache, responses
from marketplace.extensions import csrf, limiter, login_manager
from marketplace.numbers import IdConverter


def create_app(config: Config | str | None = None) -> Flask:
    """Build the application. ``config`` is a Config, an environment name, or None for MARKETPLACE_ENV.

    A Config object passed in is checked like one read from the environment: production refuses to start
    with insecure settings however it was configured (tests change a TestingConfig's attributes instead of
    overriding the application's config afterwards)."""
    if not isinstance(config, Config):
        config = load_config(config)
    refuse_insecure(config)
    app = Flask(
        __name__,
        template_folder=str(PROJECT_ROOT / "templates"),
        static_folder=str(PROJECT_ROOT / "static"),
        instance_path=config.INSTANCE_DIR,
    )
    # Ids in URLs are bounded before any rule is added (numbers.py): a huge one is a 404, not a 500.
    app.url_map.converters["int"] = IdConverter
    app.config.from_mapping(as_mapping(config))
    app.config["TRUSTED_HOSTS"] = config.trusted_hosts()
    if app.config.get("PROXY_COUNT"):
        count = app.config["PROXY_COUNT"]
        forwarded_host = count if app.config["PROXY_FORWARDS_HOST"] else 0
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=count, x_proto=count, x_host=forwarded_host)

    # First: its after_request runs last, on the final body (compression, 304s).
    responses.init_app(app)
    register_extensions(app)
    register_request_hooks(app)
    register_blueprints(app)
    register_template_helpers(app)
    register_commands(app)
    register_background_work(app)
    # Last: its before_request runs after every other (rate limits, sessions), its after_request first,
    # before any hook adds this visitor's cookies.
    page_cache.init_app(app)
    return app


def register_extensions(app: Flask) -> None:
    from flask_babel import gettext

    import marketplace.models  # noqa: F401  (complete metadata before anything maps)
    from marketplace import i18n
    from marketplace.accounts.services import load_session_user
    from marketplace.catalog import prices, search_index
    from marketplace.db import db_session
    from marketplace.i18n.forms import _

    db.init_app(app)
    # The search index follows every change to works, translations and artists, in the same transaction.
    search_index.install_listeners()
    # Comparable prices (the works list's price sort) follow every price and every exchange rate loaded.
    prices.install_listeners()
    i18n.init_app(app)
    csrf.init_app(app)
    limiter.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "accounts.sign_in"
    login_manager.login_message_category = "info"
    # Marked for extraction here; translated when flashed, per request.
    login_manager.login_message = _("Please sign in to see this page.")
    login_manager.localize_callback = gettext
    login_manager.user_loader(lambda session_id: load_session_user(db_session(), session_id))


def register_request_hooks(app: Flask) -> None:
    """The security headers of every response, and the cookies that follow the visitor from page to page:
    their cart and where they want works delivered."""
    from marketplace import security
    from marketplace.delivery import destination
    from marketplace.orders import current_cart

    security.init_app(app)
    current_cart.init_app(app)
    destination.init_app(app)


def register_blueprints(app: Flask) -> None:
    from marketplace.accounts.email_views import bp as admin_emails_bp
    from marketplace.accounts.views import admin_bp
    from marketplace.accounts.views import bp as accounts_bp
    from marketplace.catalog.exhibition_views import bp as curator_exhibitions_bp
    from marketplace.catalog.studio_views import bp as studio_bp
    from marketplace.catalog.views import bp as catalog_bp
    from marketplace.certificates.views import bp as certificates_bp
    from marketplace.core.views import bp as core_bp
    from marketplace.core.views import register_error_handlers
    from marketplace.curation.views import bp as curation_bp
    from marketplace.delivery.studio_views import bp as shipping_profiles_bp
    from marketplace.downloads.views import bp as downloads_bp
    from marketplace.finance.admin_views import bp as money_admin_bp
    from marketplace.finance.refund_views import bp as artist_refunds_bp
    from marketplace.finance.studio_views import bp as earnings_bp
    from marketplace.orders.cart_views import bp as cart_bp
    from marketplace.orders.checkout_views import bp as checkout_bp
    from marketplace.orders.order_views import bp as orders_bp
    from marketplace.orders.sales_views import bp as sales_bp
    from marketplace.paperwork.views import bp as paperwork_bp
    from marketplace.seo.views import bp as seo_bp
    from marketplace.settlement.views import bp as payment_bp
    from marketplace.settlement.webhook_views import bp as webhooks_bp

    for blueprint in (
        core_bp, catalog_bp, accounts_bp, admin_bp, admin_emails_bp, seo_bp, studio_bp,
        curator_exhibitions_bp, curation_bp, cart_bp, checkout_bp, orders_bp, payment_bp, webhooks_bp,
        sales_bp, artist_refunds_bp, certificates_bp, money_admin_bp, earnings_bp, downloads_bp,
        shipping_profiles_bp, paperwork_bp,
    ):  # fmt: skip
        app.register_blueprint(blueprint)
    register_error_handlers(app)


def register_template_helpers(app: Flask) -> None:
    """Each domain's template helpers, from its ``templating.register`` (see core/templating.py)."""
    from marketplace.accounts import templating as accounts
    from marketplace.catalog import templating as catalog
    from marketplace.certificates import templating as certificates
    from marketplace.core import templating as core
    from marketplace.curation import templating as curation
    from marketplace.delivery import templating as delivery
    from marketplace.downloads import templating as downloads
    from marketplace.finance import templating as finance
    from marketplace.orders import templating as orders
    from marketplace.seo import templating as seo

    for domain in (core, accounts, catalog, curation, delivery, orders, finance, certificates,
                   downloads, seo):
        domain.register(app)


def register_background_work(app: Flask) -> None:
    """The worker: email delivery after each commit that queued mail, periodic jobs (worker.py)."""
    from marketplace import worker

    worker.init_app(app)


def register_commands(app: Flask) -> None:
    from marketplace.cli import register

    register(app)
