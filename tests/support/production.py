"""A production application on the test database, for what only production does (HSTS, Secure cookies)."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from marketplace import create_app
from marketplace.config import ProductionConfig
from marketplace.extensions import limiter

#: The settings production requires, each a stand-in (nothing here is contacted by these tests).
PRODUCTION_ENV = {
    "SECRET_KEY": "k" * 40,
    "DATABASE_URL": "postgresql://db.internal/marketplace",
    "REDIS_URL": "redis://cache.internal:6379/0",
    "STRIPE_SECRET_KEY": "sk_live_example",
    "STRIPE_WEBHOOK_SECRET": "whsec_example",
    "CERTIFICATE_SIGNING_KEY": "/etc/marketplace/certificate-key.pem",
    "PUBLIC_BASE_URL": "https://daraja.example.org",
}


def production_app(database_url: str, folder: Path):
    """A production app on ``database_url``, run as one process (so its rate-limit counters may stay in
    memory)."""
    key = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    env = {
        **{name: value for name, value in PRODUCTION_ENV.items() if name != "REDIS_URL"},
        "WEB_CONCURRENCY": "1",
        "DATABASE_URL": database_url,
        "MARKETPLACE_INSTANCE_DIR": str(folder),
        "CERTIFICATE_SIGNING_KEY": key.decode(),
        "PUBLIC_BASE_URL": "https://daraja.example",
        "TRUSTED_HOSTS": "localhost",  # the test client's own host name
    }
    application = create_app(ProductionConfig(env))
    limiter.reset()
    return application
