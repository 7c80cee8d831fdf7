"""Configuration classes, read from the environment when the application is created.

``MARKETPLACE_ENV`` chooses the class (development, testing, production). Production refuses to start
with insecure settings and says why, so a mistake is caught at deploy time rather than by an attacker.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from pathlib import Path
from urllib.parse import urlsplit

PROJECT_ROOT = Path(__file__).resolve().parent.parent
WEAK_SECRETS = {"", "dev", "secret", "changeme", "dev-only-not-secret", "testing-only-not-secret"}


class InsecureConfiguration(RuntimeError):
    """Raised when a configuration would be unsafe to serve."""


def _bool(env: dict, name: str, default: bool = False) -> bool:
    value = env.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


class Config:
    """Settings shared by every environment. Each value can be overridden by an environment variable."""

    ENV_NAME = "base"

    def __init__(self, env: dict | None = None) -> None:
        env = dict(os.environ if env is None else env)
        instance = Path(env.get("MARKETPLACE_INSTANCE_DIR") or PROJECT_ROOT / "instance")
        self.INSTANCE_DIR = str(instance)
        self.DEBUG = _bool(env, "FLASK_DEBUG")
        self.TESTING = False
        self.SECRET_KEY = env.get("SECRET_KEY")
        self.DATABASE_URL = env.get("DATABASE_URL") or f"sqlite:///{instance / 'marketplace.db'}"
        self.SQL_ECHO = _bool(env, "SQL_ECHO")
        self.REDIS_URL = env.get("REDIS_URL")
        self.RATELIMIT_STORAGE_URI = self.REDIS_URL or "memory://"
        self.RATELIMIT_HEADERS_ENABLED = True
        # Public pages rendered once per catalogue change for anonymous visitors (core/page_cache.py): in
        # Redis when REDIS_URL is set, else in each process (at most PAGE_CACHE_MB of pages per worker).
        self.PAGE_CACHE = _bool(env, "PAGE_CACHE", True)
        self.PAGE_CACHE_MB = int(env.get("PAGE_CACHE_MB") or 16)
        self.PAGE_CACHE_SECONDS = int(env.get("PAGE_CACHE_SECONDS") or 600)

        self.MEDIA_DIR = env.get("MEDIA_DIR") or str(instance / "media")
        # Digital works' files, served only to their buyers through personal download links. Empty means
        # <instance>/private (INSTANCE_DIR, resolved when used). Must not lie inside MEDIA_DIR or /static:
        # the application refuses to store or serve a file there.
        self.PRIVATE_MEDIA_DIR = env.get("PRIVATE_MEDIA_DIR") or ""
        self.MAIL_OUTBOX_DIR = env.get("MAIL_OUTBOX_DIR") or str(instance / "outbox")
        # Every absolute address the site gives out (emails, Stripe, QR codes, sitemaps) is built on this,
        # never on the Host a request came with (links.py). Production requires it.
        self.PUBLIC_BASE_URL = (env.get("PUBLIC_BASE_URL") or "").strip()
        # Host names the site answers to, besides PUBLIC_BASE_URL's (comma-separated); others get a 400.
        extra = (env.get("TRUSTED_HOSTS") or "").split(",")
        self.EXTRA_TRUSTED_HOSTS = [host.strip() for host in extra if host.strip()]
        # Ids of works (artists, collections) per file of the sitemap index: at four languages 20,000 URLs,
        # each with its five alternates under 1.6 KB even with the longest slug, so a file stays under 32 MB
        # (the protocol allows 50,000 URLs and 50 MB).
        self.SITEMAP_IDS_PER_FILE = int(env.get("SITEMAP_IDS_PER_FILE") or 5000)
        self.MAIL_FROM = env.get("MAIL_FROM", "Sino-African Art Marketplace <no-reply@marketplace.local>")
        self.SMTP_HOST = env.get("SMTP_HOST")
        self.SMTP_PORT = int(env.get("SMTP_PORT") or 587)
        self.SMTP_USERNAME = env.get("SMTP_USERNAME")
        self.SMTP_PASSWORD = env.get("SMTP_PASSWORD")
        self.SMTP_STARTTLS = _bool(env, "SMTP_STARTTLS", True)
        # Seconds the worker waits for the mail server (requests never wait for it).
        self.SMTP_TIMEOUT = float(env.get("SMTP_TIMEOUT") or 30)

        self.MAX_CONTENT_LENGTH = int(env.get("MAX_UPLOAD_MB") or 10) * 1024 * 1024
        self.PASSWORD_RESET_MAX_AGE = int(env.get("PASSWORD_RESET_MAX_AGE") or 3600)
        # Failed sign-ins only are counted: per account from one address (so a stranger's failures do not
        # lock the owner out at home), per account from every address (a higher cap against attacks spread
        # over many addresses), and per address.
        self.SIGNIN_LIMIT_PER_ACCOUNT_AND_ADDRESS = env.get(
            "SIGNIN_LIMIT_PER_ACCOUNT_AND_ADDRESS", "5 per 15 minutes"
        )
        self.SIGNIN_LIMIT_PER_ACCOUNT = env.get("SIGNIN_LIMIT_PER_ACCOUNT", "50 per hour")
        self.SIGNIN_LIMIT_PER_IP = env.get("SIGNIN_LIMIT_PER_IP", "30 per 15 minutes")
        self.ACCOUNT_FORM_LIMIT_PER_IP = env.get("ACCOUNT_FORM_LIMIT_PER_IP", "20 per hour")

        self.SESSION_COOKIE_HTTPONLY = True
        self.SESSION_COOKIE_SAMESITE = "Lax"
        self.SESSION_COOKIE_SECURE = _bool(env, "SESSION_COOKIE_SECURE")
        self.REMEMBER_COOKIE_HTTPONLY = True
        self.REMEMBER_COOKIE_SAMESITE = "Lax"
        self.WTF_CSRF_ENABLED = True
        self.WTF_CSRF_TIME_LIMIT = None
        # Our own catalog carries the WTForms messages, because WTForms ships no Swahili.
        self.WTF_I18N_ENABLED = False
        # Development-only parts; production refuses them.
        self.FAKE_STRIPE_ENABLED = _bool(env, "FAKE_STRIPE_ENABLED")
        # Stripe. Development talks to the project's fake Stripe server (`flask fake-stripe run`).
        self.STRIPE_SECRET_KEY = env.get("STRIPE_SECRET_KEY")
        self.STRIPE_WEBHOOK_SECRET = env.get("STRIPE_WEBHOOK_SECRET")
        # Events of connected accounts (account.updated) come from a Connect endpoint with its own secret.
        self.STRIPE_CONNECT_WEBHOOK_SECRET = env.get("STRIPE_CONNECT_WEBHOOK_SECRET")
        self.STRIPE_API_BASE = env.get("STRIPE_API_BASE")  # unset: Stripe's own address
        self.FAKE_STRIPE_PORT = int(env.get("FAKE_STRIPE_PORT") or 12111)
        self.STRIPE_TIMEOUT_SECONDS = float(env.get("STRIPE_TIMEOUT_SECONDS") or 15)
        # Money after the sale.
        self.CERTIFICATE_SIGNING_KEY = env.get("CERTIFICATE_SIGNING_KEY")  # Ed25519 PEM, or a file path
        # An artist's share becomes available when the buyer has it, or this many days after shipping.
        self.PAYOUT_RELEASE_DAYS_AFTER_SHIPPING = int(env.get("PAYOUT_RELEASE_DAYS_AFTER_SHIPPING") or 14)
        # `orders sweep` confirms a part delivered this many days after shipping if nobody confirmed it.
        self.AUTO_DELIVERY_DAYS_AFTER_SHIPPING = int(env.get("AUTO_DELIVERY_DAYS_AFTER_SHIPPING") or 30)
        # Number of proxies in front of the app that set X-Forwarded-For (for per-IP throttling).
        self.PROXY_COUNT = int(env.get("PROXY_COUNT") or 0)
        # Whether those proxies set X-Forwarded-Host, and it may be believed (off: the Host header is used).
        self.PROXY_FORWARDS_HOST = _bool(env, "PROXY_FORWARDS_HOST")

    #: Host names a local run also answers to.
    LOCAL_HOSTS: tuple[str, ...] = ()

    def trusted_hosts(self) -> list[str]:
        """The hosts the application answers to (Flask's TRUSTED_HOSTS)."""
        public = urlsplit(self.PUBLIC_BASE_URL).hostname
        hosts = [*([public] if public else []), *self.EXTRA_TRUSTED_HOSTS, *self.LOCAL_HOSTS]
        return list(dict.fromkeys(hosts))

    def problems(self) -> list[str]:
        return []


class DevelopmentConfig(Config):
    ENV_NAME = "development"
    LOCAL_HOSTS = ("127.0.0.1", "localhost")

    def __init__(self, env: dict | None = None) -> None:
        super().__init__(env)
        self.PUBLIC_BASE_URL = self.PUBLIC_BASE_URL or "http://127.0.0.1:5000"
        # A development key is fine on a laptop; production refuses to run without its own.
        self.SECRET_KEY = self.SECRET_KEY or "dev-only-not-secret"
        self.FAKE_STRIPE_ENABLED = True
        self.STRIPE_SECRET_KEY = self.STRIPE_SECRET_KEY or "sk_test_local_fake"
        self.STRIPE_WEBHOOK_SECRET = self.STRIPE_WEBHOOK_SECRET or "whsec_local_fake"
        self.STRIPE_API_BASE = self.STRIPE_API_BASE or f"http://127.0.0.1:{self.FAKE_STRIPE_PORT}"


class TestingConfig(Config):
    __test__ = False  # not a pytest test class

    ENV_NAME = "testing"
    LOCAL_HOSTS = ("localhost", "127.0.0.1")

    def __init__(self, env: dict | None = None) -> None:
        super().__init__(env)
        self.TESTING = True
        # Werkzeug's test client asks for http://localhost/; live test servers set their own address.
        self.PUBLIC_BASE_URL = "http://localhost"
        self.SECRET_KEY = "testing-only-not-secret"  # noqa: S105
        self.DATABASE_URL = "sqlite://"
        self.RATELIMIT_STORAGE_URI = "memory://"
        # Tests that look at the page cache turn it on (tests/test_page_cache.py).
        self.PAGE_CACHE = False
        self.FAKE_STRIPE_ENABLED = True
        self.STRIPE_SECRET_KEY = "sk_test_testing"  # noqa: S105
        self.STRIPE_WEBHOOK_SECRET = "whsec_testing"  # noqa: S105
        self.STRIPE_API_BASE = "http://127.0.0.1:9"  # tests point it at their own fake server


class ProductionConfig(Config):
    ENV_NAME = "production"

    def __init__(self, env: dict | None = None) -> None:
        super().__init__(env)
        self.SESSION_COOKIE_SECURE = True
        self.REMEMBER_COOKIE_SECURE = True
        self.PREFERRED_URL_SCHEME = "https"
        # gunicorn starts WEB_CONCURRENCY workers when no --workers is given; the app cannot see --workers.
        self.WEB_CONCURRENCY = (env.get("WEB_CONCURRENCY") or "").strip()

    def problems(self) -> list[str]:
        found = []
        if not self.SECRET_KEY or self.SECRET_KEY in WEAK_SECRETS or len(self.SECRET_KEY) < 32:
            found.append("SECRET_KEY must be set to a random value of at least 32 characters.")
        if self.DEBUG:
            found.append("DEBUG (FLASK_DEBUG) must be off in production.")
        if self.FAKE_STRIPE_ENABLED:
            found.append("The fake Stripe server is for development only: unset FAKE_STRIPE_ENABLED.")
        if not self.STRIPE_SECRET_KEY or not self.STRIPE_WEBHOOK_SECRET:
            found.append("STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET must be set.")
        if self.STRIPE_API_BASE and is_this_machine(self.STRIPE_API_BASE):
            found.append("STRIPE_API_BASE points to a local fake Stripe server; unset it in production.")
        if self.RATELIMIT_STORAGE_URI.startswith("memory://") and self.WEB_CONCURRENCY != "1":
            found.append(
                "REDIS_URL must be set: each worker process would keep its own sign-in counters in memory. "
                "Only a single process (WEB_CONCURRENCY=1, which gunicorn then follows) may do without."
            )
        if not self.CERTIFICATE_SIGNING_KEY:
            found.append(
                "CERTIFICATE_SIGNING_KEY must be set (an Ed25519 private key in PEM, or the path of one): "
                "certificates of authenticity are signed with it."
            )
        public = urlsplit(self.PUBLIC_BASE_URL)
        if public.scheme != "https" or not public.hostname:
            found.append(
                "PUBLIC_BASE_URL must be the site's public https address (https://your.domain): every link "
                "in emails, payment pages and certificates is built on it."
            )
        if self.DATABASE_URL in ("sqlite://", "sqlite:///:memory:"):
            found.append("DATABASE_URL points to an in-memory database.")
        return found


def is_this_machine(url: str) -> bool:
    """Whether ``url`` names this machine (localhost, a loopback or unspecified address, in any of the forms
    a resolver accepts: 127.0.0.1, 127.1, 2130706433, [::1], [::ffff:127.0.0.1]), or no host at all."""
    try:
        host = (urlsplit(url).hostname or "").rstrip(".").lower()
    except ValueError:
        return True
    if not host or host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        try:
            address = ipaddress.IPv4Address(socket.inet_aton(host))  # the short and numeric IPv4 forms
        except OSError:
            return False  # a name: Stripe's, or a proxy's
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return address.is_loopback or address.is_unspecified


CONFIGS: dict[str, type[Config]] = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
}


def load_config(name: str | None = None, env: dict | None = None) -> Config:
    """Build the configuration named by ``name`` or MARKETPLACE_ENV; refuse an insecure one."""
    source = os.environ if env is None else env
    name = name or source.get("MARKETPLACE_ENV", "development")
    if name not in CONFIGS:
        raise InsecureConfiguration(f"Unknown MARKETPLACE_ENV {name!r}; use one of {', '.join(CONFIGS)}.")
    config = CONFIGS[name](env)
    refuse_insecure(config)
    return config


def refuse_insecure(config: Config) -> None:
    """Raise InsecureConfiguration, naming every problem, if ``config`` is unsafe to serve."""
    problems = config.problems()
    if problems:
        raise InsecureConfiguration(
            "Refusing to start with an insecure production configuration:\n- " + "\n- ".join(problems)
        )


def as_mapping(config: Config) -> dict:
    return {
        "ENV_NAME": config.ENV_NAME,
        **{key: value for key, value in vars(config).items() if key.isupper()},
    }
