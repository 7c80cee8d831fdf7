"""Issuing, revoking and verifying certificates: the service layer on its own."""

import hashlib
import json
import os
import re
import threading

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select, text

from marketplace.certificates import services
from marketplace.certificates.models import Certificate
from marketplace.certificates.signing import LOCAL_KEY_FILE, Signer, load_signer, signer_for
from marketplace.orders.models import Order, OrderLine
from tests.support.certificates import NOW, certificate, issue_version_1


def test_limited_edition_gets_one_certificate_per_unit_with_its_number(app, db, make_order, issue, limited):
    number = make_order([(limited, 2, [3, 4])])
    codes = issue(number)
    assert len(codes) == 2 and len(set(codes)) == 2
    signer = signer_for(app)
    for unit, (code, edition_number) in enumerate(zip(codes, [3, 4], strict=True), start=1):
        assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{16}", code)
        row = certificate(db, code)
        assert (row.unit, row.edition_number, row.work_id, row.key_id) == (
            unit,
            edition_number,
            limited,
            signer.key_id,
        )
        payload = json.loads(row.payload)
        assert row.payload == json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        opening = services.order_opening(signer, code, number)
        assert opening.endswith(f":{number}") and len(opening) == 32 + 1 + len(number)
        assert payload == {
            "version": 2,
            "code": code,
            "work_id": limited,
            "work_title": "Kanga ya bluu",
            "work_title_language": "sw",
            "artist_id": row.artist_id,
            "artist_name": "Njeri Kamau",
            "artist_country": "KE",
            "edition_type": "limited",
            "edition_number": edition_number,
            "edition_size": 20,
            "year": 2024,
            "order_commitment": hashlib.sha256(opening.encode()).hexdigest(),
            "issued_on": "2026-11-20",
            "key_id": signer.key_id,
        }
        assert signer.verify(row.payload.encode("utf-8"), row.signature)


def test_unique_and_open_editions_and_issuing_twice(app, db, make_order, issue, make_work, artist_id):
    unique = make_work(artist_id)
    open_edition = make_work(artist_id, edition="open", stock=10)
    number = make_order([(unique, 1, []), (open_edition, 3, [])])
    codes = issue(number)
    assert len(codes) == 4
    rows = [certificate(db, code) for code in codes]
    assert [(r.work_id, r.unit, r.edition_number) for r in rows] == [
        (unique, 1, None), (open_edition, 1, None), (open_edition, 2, None), (open_edition, 3, None),
    ]  # fmt: skip
    first = json.loads(rows[0].payload)
    assert (first["edition_type"], first["edition_number"], first["edition_size"], first["year"]) == (
        "unique",
        None,
        None,
        None,
    )
    assert json.loads(rows[1].payload)["edition_type"] == "open"
    # Idempotent: a second delivery of the payment issues nothing more.
    assert issue(number) == []
    with db(write=False) as session:
        assert session.scalar(select(func.count()).select_from(Certificate)) == 4


def test_a_line_without_certificates_is_completed_and_the_others_left_alone(app, db, make_order, issue,
                                                                           make_work, artist_id):  # fmt: skip
    number = make_order([(make_work(artist_id), 1, []), (make_work(artist_id), 1, [])])
    codes = issue(number)
    with db() as session:
        session.execute(text("DELETE FROM certificates WHERE code = :code"), {"code": codes[1]})
    again = issue(number)
    assert len(again) == 1 and again[0] not in codes
    assert certificate(db, codes[0]) is not None


def test_unpaid_orders_and_unnumbered_limited_lines_are_refused(app, db, make_order, issue, limited):
    pending = make_order([(limited, 1, [])], status="pending_payment")
    unnumbered = make_order([(limited, 2, [5])])
    for number in (pending, unnumbered):
        with pytest.raises(ValueError), db() as session:
            order = session.scalar(select(Order).where(Order.number == number))
            services.issue_for_order(session, order, NOW, signer_for(app))
    with db(write=False) as session:
        assert session.scalar(select(func.count()).select_from(Certificate)) == 0
    # Fulfilment issues while marking the order paid: paid_at is set, the status not moved yet.
    late = make_order([(limited, 1, [6])], status="expired", paid=True)
    assert len(issue(late)) == 1


def test_verify_valid_whatever_the_case_and_dashes(app, db, make_order, issue, limited):
    code = issue(make_order([(limited, 2, [3, 4])]))[0]
    signer = signer_for(app)
    with db(write=False) as session:
        for typed in (code, code.lower(), services.grouped(code), f" {services.grouped(code).lower()} "):
            result = services.verify(session, typed, signer)
            assert result.status == "valid", typed
            assert result.certificate.code == code and result.payload["edition_number"] == 3
        for typed in ("", "X" * 16, "0" * 16, code[:-1], code + "0", "A" * 10_000, None):
            assert services.verify(session, typed, signer).status == "unknown", typed


def test_read_as_letters_are_accepted_for_digits():
    assert services.normalize_code("o1l0-abcd-efgh-jkmn") == "0110ABCDEFGHJKMN"
    assert services.normalize_code("U" * 16) is None
    assert services.normalize_code("A" * 65) is None


@pytest.mark.parametrize(
    ("statement", "values"),
    [
        (
            "UPDATE certificates SET payload = replace(payload, :old, :new)",
            {"old": '"edition_number":3', "new": '"edition_number":13'},
        ),
        ("UPDATE certificates SET signature = :value", {"value": "A" * 86}),
        ("UPDATE certificates SET payload = :value", {"value": "{not json"}),
        ("UPDATE certificates SET payload = :value", {"value": "[1, 2]"}),
        ("UPDATE certificates SET edition_number = 13", {}),
        ("UPDATE certificates SET key_id = :value", {"value": "0123456789abcdef"}),
    ],
)
def test_tampering_is_detected(app, db, make_order, issue, limited, statement, values):
    code = issue(make_order([(limited, 1, [3])]))[0]
    with db() as session:
        session.execute(text(statement), values)
    with db(write=False) as session:
        result = services.verify(session, code, signer_for(app))
    assert result.status == "tampered"
    assert result.certificate.code == code


def test_a_statement_copied_onto_another_row_is_tampered(app, db, make_order, issue, limited):
    first, second = issue(make_order([(limited, 2, [3, 4])]))
    with db() as session:
        source = session.scalar(select(Certificate).where(Certificate.code == first))
        session.execute(
            text("UPDATE certificates SET payload = :p, signature = :s WHERE code = :c"),
            {"p": source.payload, "s": source.signature, "c": second},
        )
    with db(write=False) as session:
        assert services.verify(session, second, signer_for(app)).status == "tampered"
        assert services.verify(session, first, signer_for(app)).status == "valid"


def test_a_statement_names_no_order_number_and_commits_to_its_order(app, db, make_order, issue, limited):
    number = make_order([(limited, 1, [3])])
    code = issue(number)[0]
    row = certificate(db, code)
    assert number not in row.payload and number.split("-")[1] not in row.payload
    with db(write=False) as session:
        result = services.verify(session, code, signer_for(app))
    assert result.status == "valid" and result.order_number == number
    # Each certificate's nonce is its own, so two certificates of one order share no commitment.
    other = issue(make_order([(limited, 1, [4])]))[0]
    signer = signer_for(app)
    assert signer.order_nonce(code) != signer.order_nonce(other)


def test_a_certificate_moved_to_another_order_is_tampered(app, db, make_order, issue, limited):
    code = issue(make_order([(limited, 1, [3])]))[0]
    make_order([(limited, 1, [3])])
    with db() as session:
        lines = session.scalars(select(OrderLine).order_by(OrderLine.id)).all()
        session.get(Certificate, certificate(db, code).id).order_line_id = lines[1].id
    with db(write=False) as session:
        assert services.verify(session, code, signer_for(app)).status == "tampered"


def test_version_1_certificates_naming_the_order_stay_valid(app, db, make_order, limited):
    number = make_order([(limited, 1, [3])])
    with db() as session:
        code = issue_version_1(session, signer_for(app), number)
    with db(write=False) as session:
        result = services.verify(session, code, signer_for(app))
        assert result.status == "valid" and result.order_number == number
        assert not result.statement_is_public
    with db() as session:
        session.execute(text("UPDATE orders SET number = 'D2611-OTHER1'"))
    with db(write=False) as session:
        assert services.verify(session, code, signer_for(app)).status == "tampered"


def test_a_certificate_signed_with_another_key_is_tampered(app, db, make_order, issue, limited):
    other = Signer(Ed25519PrivateKey.generate())
    assert other.key_id != signer_for(app).key_id
    code = issue(make_order([(limited, 1, [3])]), signer=other)[0]
    with db(write=False) as session:
        assert services.verify(session, code, other).status == "valid"
        assert services.verify(session, code, signer_for(app)).status == "tampered"


def test_revoking_takes_the_highest_units_first(app, db, make_order, issue, make_work, artist_id):
    work = make_work(artist_id, edition="open", stock=10)
    codes = issue(make_order([(work, 3, [])]))
    with db() as session:
        line = session.scalar(select(OrderLine))
        assert services.revoke_for_line(session, line, 2, NOW, "refunded and returned") == 2
        assert services.revoke_for_line(session, line, 0, NOW, "nothing") == 0
    with db(write=False) as session:
        statuses = [services.verify(session, code, signer_for(app)).status for code in codes]
        assert statuses == ["valid", "revoked", "revoked"]
        row = session.scalar(select(Certificate).where(Certificate.code == codes[2]))
        assert row.revoked_at == NOW and row.revoked_reason == "refunded and returned"
    with db() as session:
        line = session.scalar(select(OrderLine))
        # Only one is still standing, whatever is asked.
        assert services.revoke_for_line(session, line, 5, NOW, "again") == 1
    with db(write=False) as session:
        assert services.verify(session, codes[0], signer_for(app)).status == "revoked"
        # The earlier revocations keep their reason.
        assert session.scalar(select(Certificate).where(Certificate.code == codes[1])).revoked_reason == (
            "refunded and returned"
        )


def test_certificates_for_order_lists_only_that_order(app, db, make_order, issue, make_work, artist_id):
    work = make_work(artist_id, edition="open", stock=10)
    mine = issue(make_order([(work, 2, []), (make_work(artist_id), 1, [])]))
    issue(make_order([(work, 1, [])]))
    with db(write=False) as session:
        order = session.scalar(select(Order).order_by(Order.id))
        assert [c.code for c in services.certificates_for_order(session, order)] == mine


def test_a_local_key_being_written_is_never_read_half_made(tmp_path, monkeypatch):
    """Two requests can be the first to sign at once: the second must not read a half-written key."""
    real_fdopen = os.fdopen
    halfway, resume = threading.Event(), threading.Event()

    class SlowHandle:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return self.handle.__exit__(*exc)

        def write(self, data):
            self.handle.write(data[:10])
            self.handle.flush()
            halfway.set()
            resume.wait(10)
            return self.handle.write(data[10:])

        def __getattr__(self, name):
            return getattr(self.handle, name)

    def fdopen(fd, *args, **kwargs):
        handle = real_fdopen(fd, *args, **kwargs)
        return SlowHandle(handle) if threading.current_thread() is writer else handle

    monkeypatch.setattr(os, "fdopen", fdopen)
    found = {}
    writer = threading.Thread(target=lambda: found.update(writer=load_signer(None, str(tmp_path), True)))
    writer.start()
    assert halfway.wait(10)
    try:
        reader = load_signer(None, str(tmp_path), True)
    finally:
        resume.set()
        writer.join(10)
    assert found["writer"].key_id == reader.key_id
    assert [path.name for path in tmp_path.iterdir()] == [LOCAL_KEY_FILE]
