"""What the certificate tests' orders share: when they were paid, by whom, and where they are shipped."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from marketplace.certificates.models import Certificate

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
BUYER_EMAIL = "buyer@example.org"
SHIPPING = {
    "ship_name": "Fatou Ndiaye",
    "ship_line1": "12 rue Carnot",
    "ship_city": "Dakar",
    "ship_postal_code": "10000",
    "ship_country": "SN",
    "ship_phone": "+221 77 000 00 00",
}


def certificate(db, code) -> Certificate:
    with db(write=False) as session:
        return session.scalar(select(Certificate).where(Certificate.code == code))
