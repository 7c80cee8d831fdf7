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


def issue_version_1(session, signer, order_number: str) -> str:
    """A certificate as version 1 issued them, before statements stopped naming the order number: one for
    the first line of the order; returns its code."""
    from marketplace.certificates import services
    from marketplace.orders.models import Order

    order = session.scalar(select(Order).where(Order.number == order_number))
    line = order.work_lines[0]
    code = services.new_code()
    limited = line.work.edition_type == "limited"
    number = int(line.edition_numbers[0]) if limited else None
    statement = {
        "version": 1, "code": code, "work_id": line.work_id, "work_title": line.title,
        "work_title_language": line.work.source_language, "artist_id": line.artist_id,
        "artist_name": line.artist.public_name, "artist_country": line.artist.country,
        "edition_type": line.work.edition_type, "edition_number": number,
        "edition_size": line.work.edition_size if limited else None,
        "year": line.work.year, "order_number": order.number, "issued_on": "2026-11-20",
        "key_id": signer.key_id,
    }  # fmt: skip
    payload = services.canonical_json(statement)
    session.add(
        Certificate(
            code=code, order_line_id=line.id, work_id=line.work_id, artist_id=line.artist_id, unit=1,
            edition_number=number, payload=payload, signature=signer.sign(payload.encode("utf-8")),
            key_id=signer.key_id, issued_at=NOW,
        )  # fmt: skip
    )
    session.flush()
    return code
