"""State machines: a move the table does not allow changes nothing and records nothing; every move and every
first status writes its audit row; a conditional move loses to a change made first by someone else."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from marketplace.audit import AuditEntry
from marketplace.catalog.models import ReviewStatus, Work
from marketplace.catalog.workflow import WORK
from marketplace.states import Conflict, TransitionRefused


def rows(db, subject: str, subject_id: int) -> list[tuple]:
    with db(write=False) as session:
        found = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.subject_type == subject, AuditEntry.subject_id == subject_id)
            .order_by(AuditEntry.id)
        )
        return [(e.action, e.from_status, e.to_status, e.actor_role, e.note) for e in found]


def test_a_refused_move_changes_nothing(app, db, make_artist, make_work):
    work_id = make_work(make_artist(), status="draft")
    with pytest.raises(TransitionRefused) as refused, db() as session:
        work = session.get(Work, work_id)
        WORK.move(session, work, ReviewStatus.APPROVED, action="approve", actor_id=None, actor_role="curator")
    assert (refused.value.current, refused.value.target) == (ReviewStatus.DRAFT, ReviewStatus.APPROVED)
    with app.test_request_context("/en/"):
        assert str(refused.value.message) == "A work that is “Draft” cannot become “Published”."
    with db(write=False) as session:
        assert session.get(Work, work_id).review_status == "draft"
    assert rows(db, "work", work_id) == []


def test_a_move_writes_its_audit_row_in_the_same_transaction(db, make_artist, make_work):
    work_id = make_work(make_artist(), status="draft")
    with db() as session:
        work = session.get(Work, work_id)
        WORK.move(session, work, ReviewStatus.SUBMITTED, actor_id=None, actor_role="artist", note="ready")
        assert work.review_status == "submitted"
    assert rows(db, "work", work_id) == [("to_submitted", "draft", "submitted", "artist", "ready")]
    with pytest.raises(RuntimeError), db() as session:  # rolled back: neither the status nor its row stay
        WORK.move(session, session.get(Work, work_id), ReviewStatus.APPROVED, action="approve", actor_id=None,
                  actor_role="curator")  # fmt: skip
        raise RuntimeError("the request fails after the move")
    with db(write=False) as session:
        assert session.get(Work, work_id).review_status == "submitted"
    assert len(rows(db, "work", work_id)) == 1


def test_a_conditional_move_loses_to_an_earlier_change(db, make_artist, make_work):
    work_id = make_work(make_artist(), status="submitted")
    with pytest.raises(Conflict), db() as session:
        work = session.get(Work, work_id)  # read as submitted
        # Another curator's decision lands first (an UPDATE the session does not see).
        session.execute(
            update(Work).where(Work.id == work_id).values(review_status="rejected"),
            execution_options={"synchronize_session": False},
        )
        WORK.move(session, work, ReviewStatus.APPROVED, action="approve", actor_id=None, actor_role="curator",
                  conditional=True)  # fmt: skip
    with db(write=False) as session:
        assert session.get(Work, work_id).review_status == "submitted"  # the failed request rolled back
    assert rows(db, "work", work_id) == []
