"""Issuing, revoking and verifying certificates of authenticity. Pure of Flask; never commits.

A certificate is a signed statement: canonical JSON (sorted keys, no spaces, UTF-8) describing one sold
unit of a work, signed with the platform's Ed25519 key (``signing.Signer``). The statement is stored as
issued and never rewritten; revocation (the unit was refunded and returned) is a state of the row, not
part of the statement. Verification re-checks the signature against the stored text, so any change made
to the stored statement or signature after issue shows as "tampered".

The statement is printed on the public page so that anyone can check it, so it must not name the order.
Version 2 statements carry ``order_commitment`` instead: the SHA-256 of ``<nonce>:<order number>``, whose
nonce is a secret of the certificate derived from the key (:func:`order_opening`). Nobody can find the
number from it (an order number has too few possible values to hide behind a plain hash), the buyer is
shown the opening, and verification checks that it names the certificate's order. Version 1 statements
(issued before) name the order number in full: they stay valid and are shown whole to their buyer only.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from marketplace.catalog.models import ArtistProfile, EditionType, Work
from marketplace.certificates.models import Certificate
from marketplace.certificates.signing import Signer
from marketplace.downloads.services import is_digital_work
from marketplace.orders.models import Order, OrderLine, OrderStatus

PAYLOAD_VERSION = 2
#: The licence of a digital work, named in its certificates' statements: personal use, version 1.
DIGITAL_LICENCE = "personal-use-1"
#: Crockford's base32: no I, L, O or U, so a code copied by hand from paper is not misread.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 16  # 80 random bits
CODE_GROUP = 4
#: Anything longer is refused before touching the database (a code with separators is 19 characters).
MAX_INPUT_LENGTH = 64
_CODE_RE = re.compile(f"[{CODE_ALPHABET}]{{{CODE_LENGTH}}}")
_SEPARATORS = re.compile(r"[\s\-_.]+")
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})

VALID, REVOKED, TAMPERED, UNKNOWN = "valid", "revoked", "tampered", "unknown"


@dataclass(frozen=True)
class Verification:
    """The verdict on one code: ``status`` is one of valid, revoked, tampered, unknown."""

    status: str
    certificate: Certificate | None = None
    payload: dict[str, Any] | None = None
    order_number: str | None = None  # of the certificate's order, when its statement names it
    buyer_id: int | None = None

    @property
    def statement_is_public(self) -> bool:
        """Whether the stored statement can be printed for anyone: it parsed, and names no order number
        (version 1 statements do; a broken one might)."""
        return self.payload is not None and "order_number" not in self.payload

    @property
    def found(self) -> bool:
        return self.status != UNKNOWN


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalize_code(raw: str | None) -> str | None:
    """The stored form of a code as typed or scanned (any case, with or without dashes), or None."""
    if not raw or len(raw) > MAX_INPUT_LENGTH:
        return None
    code = _SEPARATORS.sub("", raw).upper().translate(_READ_AS)
    return code if _CODE_RE.fullmatch(code) else None


def grouped(code: str) -> str:
    """``K7QX3MPA...`` -> ``K7QX-3MPA-...`` for reading and printing."""
    return "-".join(code[i : i + CODE_GROUP] for i in range(0, len(code), CODE_GROUP))


def canonical_json(payload: dict[str, Any]) -> str:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def order_opening(signer: Signer, code: str, order_number: str) -> str:
    """The text whose SHA-256 is a version 2 statement's ``order_commitment``: shown to the buyer only."""
    return f"{signer.order_nonce(code)}:{order_number}"


def order_commitment(opening: str) -> str:
    return hashlib.sha256(opening.encode("utf-8")).hexdigest()


def build_payload(
    code: str, line: OrderLine, order: Order, work: Work, artist: ArtistProfile,
    edition_number: int | None, now: datetime, signer: Signer,
) -> dict[str, Any]:  # fmt: skip
    limited = work.edition_type == EditionType.LIMITED.value
    payload = {
        "version": PAYLOAD_VERSION,
        "code": code,
        "work_id": work.id,
        "work_title": line.title,  # the source-language title, as sold
        "work_title_language": work.source_language,
        "artist_id": artist.id,
        "artist_name": artist.public_name,
        "artist_country": artist.country,
        "edition_type": work.edition_type,
        "edition_number": edition_number if limited else None,
        "edition_size": work.edition_size if limited else None,
        "year": work.year,
        "order_commitment": order_commitment(order_opening(signer, code, order.number)),
        "issued_on": now.astimezone(UTC).date().isoformat(),
        "key_id": signer.key_id,
    }
    if is_digital_work(work):
        # The licence the buyer holds (templates/catalog/_licence.html); physical works' statements are
        # unchanged.
        payload["licence"] = DIGITAL_LICENCE
    return payload


def issue_for_order(session: Session, order: Order, now: datetime, signer: Signer) -> list[Certificate]:
    """One certificate per unit of every line of a paid order (``paid_at`` set); lines that already have
    certificates are skipped, so calling it again issues nothing more.

    Call it after the limited editions' numbers are assigned (``fulfilment._assign_editions``): a limited
    line without a number for each unit is refused rather than certified without one.
    """
    # ``paid_at`` rather than the status: fulfilment issues in the transaction that marks the order paid,
    # possibly before the status moves (a late payment moves from expired or cancelled).
    if order.paid_at is None or order.status == OrderStatus.REFUNDED.value:
        raise ValueError(f"order {order.number} is not paid ({order.status})")
    line_ids = [line.id for line in order.work_lines]
    already = set(
        session.scalars(
            select(Certificate.order_line_id).where(Certificate.order_line_id.in_(line_ids)).distinct()
        )
    )
    issued: list[Certificate] = []
    for line in order.work_lines:
        if line.id in already:
            continue
        work = session.get(Work, line.work_id)
        artist = session.get(ArtistProfile, line.artist_id)
        limited = work.edition_type == EditionType.LIMITED.value
        numbers = list(line.edition_numbers or [])
        if limited and len(numbers) < line.quantity:
            raise ValueError(f"order line {line.id} has no edition number for each of its units")
        for unit in range(1, line.quantity + 1):
            code = new_code()
            edition_number = int(numbers[unit - 1]) if limited else None
            payload = canonical_json(
                build_payload(code, line, order, work, artist, edition_number, now, signer)
            )
            certificate = Certificate(
                code=code,
                order_line_id=line.id,
                work_id=work.id,
                artist_id=artist.id,
                unit=unit,
                edition_number=edition_number,
                payload=payload,
                signature=signer.sign(payload.encode("utf-8")),
                key_id=signer.key_id,
                issued_at=now,
            )
            session.add(certificate)
            issued.append(certificate)
    session.flush()
    return issued


def revoke_for_line(session: Session, line: OrderLine, units: int, now: datetime, reason: str) -> int:
    """Revoke the ``units`` highest-numbered certificates of the line still standing; returns how many."""
    if units <= 0:
        return 0
    standing = session.scalars(
        select(Certificate)
        .where(Certificate.order_line_id == line.id, Certificate.revoked_at.is_(None))
        .order_by(Certificate.unit.desc())
        .limit(units)
    ).all()
    for certificate in standing:
        certificate.revoked_at = now
        certificate.revoked_reason = reason[:200]
    session.flush()
    return len(standing)


def find(session: Session, code: str | None) -> Certificate | None:
    normalized = normalize_code(code)
    if normalized is None:
        return None
    return session.scalar(select(Certificate).where(Certificate.code == normalized))


def verify(session: Session, code: str | None, signer: Signer) -> Verification:
    """Whether the certificate of ``code`` stands: its stored statement is checked against its signature."""
    certificate = find(session, code)
    if certificate is None:
        return Verification(UNKNOWN)
    try:
        payload = json.loads(certificate.payload)
    except (TypeError, ValueError):
        return Verification(TAMPERED, certificate)
    if not isinstance(payload, dict):
        return Verification(TAMPERED, certificate)
    if not signer.verify(certificate.payload.encode("utf-8"), certificate.signature):
        return Verification(TAMPERED, certificate, payload)
    number, buyer_id = session.execute(
        select(Order.number, Order.buyer_id)
        .join(OrderLine, OrderLine.order_id == Order.id)
        .where(OrderLine.id == certificate.order_line_id)
    ).one()
    # A signed statement copied onto another row, or a row changed beside its statement.
    matches = (
        payload.get("code") == certificate.code
        and payload.get("key_id") == certificate.key_id
        and payload.get("work_id") == certificate.work_id
        and payload.get("artist_id") == certificate.artist_id
        and payload.get("edition_number") == certificate.edition_number
        and _names_order(payload, signer, certificate.code, number)
    )
    if not matches:
        return Verification(TAMPERED, certificate, payload)
    status = REVOKED if certificate.revoked_at is not None else VALID
    return Verification(status, certificate, payload, order_number=number, buyer_id=buyer_id)


def _names_order(payload: dict[str, Any], signer: Signer, code: str, number: str) -> bool:
    if payload.get("version") == 1:
        return payload.get("order_number") == number
    return payload.get("order_commitment") == order_commitment(order_opening(signer, code, number))


def certificates_for_order(session: Session, order: Order) -> list[Certificate]:
    """The order's certificates, line by line and unit by unit (revoked ones included)."""
    return list(
        session.scalars(
            select(Certificate)
            .join(OrderLine, OrderLine.id == Certificate.order_line_id)
            .where(OrderLine.order_id == order.id)
            .order_by(OrderLine.id, Certificate.unit)
        )
    )
