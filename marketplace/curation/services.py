"""Curators' decisions on applications, works, changes to published works and translations.

Every decision is checked against one table of allowed transitions, applied with a conditional UPDATE (so
two curators deciding at once cannot both win), and written to the audit trail in the same transaction.
Never commits.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l
from sqlalchemy import String, cast, select, update
from sqlalchemy.orm import Session

from marketplace import audit
from marketplace.accounts import services as accounts
from marketplace.accounts.models import Role, User
from marketplace.catalog import translations, works
from marketplace.catalog.models import (
    ArtistProfile,
    ArtistStatus,
    ContentTranslation,
    ReviewStatus,
    RevisionStatus,
    TranslationOrigin,
    TranslationStatus,
    Work,
    WorkRevision,
)
from marketplace.catalog.workflow import WORK_TRANSITIONS
from marketplace.db import utcnow

A = ArtistStatus
ARTIST_TRANSITIONS: dict[ArtistStatus, frozenset[ArtistStatus]] = {
    A.APPLICANT: frozenset({A.APPROVED, A.CHANGES_REQUESTED, A.REJECTED}),
    A.CHANGES_REQUESTED: frozenset({A.APPLICANT}),  # the artist edits and sends it again
    A.APPROVED: frozenset({A.SUSPENDED}),
    A.SUSPENDED: frozenset({A.APPROVED}),
    A.REJECTED: frozenset(),
}
R = RevisionStatus
REVISION_TRANSITIONS: dict[RevisionStatus, frozenset[RevisionStatus]] = {
    R.PENDING: frozenset({R.APPROVED, R.CHANGES_REQUESTED, R.REJECTED}),
    R.CHANGES_REQUESTED: frozenset({R.PENDING}),
    R.APPROVED: frozenset(),
    R.REJECTED: frozenset(),
}
DECISIONS = ("approve", "request_changes", "reject")
WORK_TARGETS = {
    "approve": ReviewStatus.APPROVED,
    "request_changes": ReviewStatus.CHANGES_REQUESTED,
    "reject": ReviewStatus.REJECTED,
}
ARTIST_TARGETS = {"approve": A.APPROVED, "request_changes": A.CHANGES_REQUESTED, "reject": A.REJECTED}
REVISION_TARGETS = {"approve": R.APPROVED, "request_changes": R.CHANGES_REQUESTED, "reject": R.REJECTED}


class ReviewRefused(ValueError):
    def __init__(self, message) -> None:
        super().__init__(str(message))
        self.message = message


ALREADY_DECIDED = _l("Another curator has just decided on this item. Here is its current state.")


@dataclass(frozen=True)
class Decided:
    """What was decided, in plain values: the email about it is sent after the transaction has ended."""

    subject_type: str
    subject_id: int
    decision: str
    note: str
    title: str
    email: str
    language: str
    name: str
    work_id: int | None = None


def _decided(subject_type, subject_id, decision, note, artist: ArtistProfile, title, work_id=None) -> Decided:
    user = artist.user
    recipient = (user.email, user.preferred_language, user.display_name)
    return Decided(subject_type, subject_id, decision, note, title, *recipient, work_id)


def decide_work(
    session: Session, curator: User, work_id: int, decision: str, note: str, seen_status: str
) -> Decided:
    work = session.get(Work, work_id)
    if work is None:
        raise ReviewRefused(_l("This work does not exist."))
    _check_decider(curator, work.artist, decision, note)
    current, target = ReviewStatus(work.review_status), WORK_TARGETS[decision]
    if current.value != seen_status:
        raise ReviewRefused(ALREADY_DECIDED)
    if target not in WORK_TRANSITIONS[current]:
        raise ReviewRefused(_refused(current, target))
    values = {"review_status": target.value}
    if target is ReviewStatus.APPROVED and work.published_at is None:
        values["published_at"] = utcnow()
    _conditional(session, Work, work_id, Work.review_status, current.value, values)
    audit.record(session, "work", work_id, decision, curator.id, "curator", current.value, target.value, note)
    return _decided("work", work_id, decision, note, work.artist, work.title, work_id=work_id)


def decide_artist(
    session: Session, curator: User, artist_id: int, decision: str, note: str, seen_status: str
) -> Decided:
    artist = session.get(ArtistProfile, artist_id)
    if artist is None:
        raise ReviewRefused(_l("This application does not exist."))
    _check_decider(curator, artist, decision, note)
    current, target = ArtistStatus(artist.status), ARTIST_TARGETS[decision]
    if current.value != seen_status:
        raise ReviewRefused(ALREADY_DECIDED)
    if target not in ARTIST_TRANSITIONS[current]:
        raise ReviewRefused(_refused(current, target))
    values = {"status": target.value}
    if target is A.APPROVED:
        values["approved_at"] = utcnow()
    _conditional(session, ArtistProfile, artist_id, ArtistProfile.status, current.value, values)
    if target is A.APPROVED:
        accounts.grant_role(session, artist.user, Role.ARTIST, granted_by=curator)
    audit.record(
        session, "artist", artist_id, decision, curator.id, "curator", current.value, target.value, note
    )
    return _decided("artist", artist_id, decision, note, artist, artist.public_name)


def decide_revision(
    session: Session, curator: User, revision_id: int, decision: str, note: str, seen_status: str
) -> Decided:
    revision = session.get(WorkRevision, revision_id)
    if revision is None:
        raise ReviewRefused(_l("This proposal does not exist."))
    work = revision.work
    _check_decider(curator, work.artist, decision, note)
    current, target = RevisionStatus(revision.status), REVISION_TARGETS[decision]
    if current.value != seen_status:
        raise ReviewRefused(ALREADY_DECIDED)
    if target not in REVISION_TRANSITIONS[current]:
        raise ReviewRefused(_refused(current, target))
    values = {"status": target.value, "decided_at": utcnow()}
    _conditional(session, WorkRevision, revision_id, WorkRevision.status, current.value, values)
    if target is R.APPROVED:
        try:
            works.apply_revision(session, work, revision)
        except works.CatalogError as error:
            raise ReviewRefused(error.message) from error
    audit.record(
        session, "revision", revision_id, decision, curator.id, "curator", current.value, target.value, note
    )
    return _decided("revision", revision_id, decision, note, work.artist, work.title, work_id=work.id)


def review_translation(
    session: Session, curator: User, translation_id: int, corrected: dict[str, str] | None = None
) -> ContentTranslation:
    """Approve a translation, or correct it and approve the corrected text (origin: human)."""
    row = session.get(ContentTranslation, translation_id)
    if row is None:
        raise ReviewRefused(_l("This translation does not exist."))
    owner = _owner_of(session, row)
    if owner is not None and owner.user_id == curator.id:
        raise ReviewRefused(_l("You cannot review your own texts."))
    before = row.status
    if corrected is not None:
        cleaned = {name: text.strip() for name, text in corrected.items() if text and text.strip()}
        if not cleaned:
            raise ReviewRefused(_l("Write the corrected text before approving it."))
        row.fields = cleaned
        row.origin = TranslationOrigin.HUMAN.value
    row.status = TranslationStatus.APPROVED.value
    row.reviewer_id = curator.id
    source = _source_fields(session, row)
    if source is not None:
        row.source_hash = translations.source_hash(source)
    session.flush()
    action = "correct_translation" if corrected is not None else "approve_translation"
    audit.record(session, "translation", row.id, action, curator.id, "curator", before, row.status)
    return row


# --- the queue ------------------------------------------------------------------------------------


@dataclass
class Queue:
    applications: list[ArtistProfile]
    works: list[Work]
    revisions: list[WorkRevision]
    translations: list[ContentTranslation]

    @property
    def counts(self) -> dict[str, int]:
        return {
            "applications": len(self.applications),
            "works": len(self.works),
            "revisions": len(self.revisions),
            "translations": len(self.translations),
        }


def queue(session: Session, language: str | None, country: str | None, category: str | None) -> Queue:
    """Everything waiting for a curator, oldest first, filtered by language, country and category."""
    applications = select(ArtistProfile).where(ArtistProfile.status == A.APPLICANT.value)
    submitted = select(Work).join(Work.artist).where(Work.review_status == ReviewStatus.SUBMITTED.value)
    revisions = (
        select(WorkRevision)
        .join(WorkRevision.work)
        .join(Work.artist)
        .where(WorkRevision.status == R.PENDING.value)
    )
    waiting = select(ContentTranslation).where(ContentTranslation.status == TranslationStatus.DRAFT.value)
    if language:
        applications = applications.where(ArtistProfile.source_language == language)
        submitted = submitted.where(Work.source_language == language)
        revisions = revisions.where(Work.source_language == language)
        waiting = waiting.where(ContentTranslation.language == language)
    if country:
        applications = applications.where(ArtistProfile.country == country)
        submitted = submitted.where(ArtistProfile.country == country)
        revisions = revisions.where(ArtistProfile.country == country)
    if category:
        applications = applications.where(cast(ArtistProfile.disciplines, String).contains(f'"{category}"'))
        submitted = submitted.where(Work.category == category)
        revisions = revisions.where(Work.category == category)
    return Queue(
        applications=list(session.scalars(applications.order_by(ArtistProfile.created_at, ArtistProfile.id))),
        works=list(session.scalars(submitted.order_by(Work.updated_at, Work.id))),
        revisions=list(session.scalars(revisions.order_by(WorkRevision.created_at, WorkRevision.id))),
        translations=list(
            session.scalars(waiting.order_by(ContentTranslation.updated_at, ContentTranslation.id).limit(200))
        ),
    )


def translations_of(session: Session, entity_type: str, entity_id: int) -> list[ContentTranslation]:
    return list(
        session.scalars(
            select(ContentTranslation)
            .where(ContentTranslation.entity_type == entity_type, ContentTranslation.entity_id == entity_id)
            .order_by(ContentTranslation.language)
        )
    )


def translation_subject(session: Session, row: ContentTranslation):
    """The work, artist or collection a translation belongs to."""
    from marketplace.catalog.models import Collection

    model = {"work": Work, "artist": ArtistProfile, "collection": Collection}.get(row.entity_type)
    return session.get(model, row.entity_id) if model else None


# --- helpers --------------------------------------------------------------------------------------


def _check_decider(curator: User, artist: ArtistProfile, decision: str, note: str) -> None:
    if not curator.has_role(Role.CURATOR):
        raise ReviewRefused(_l("Only curators can decide."))
    if artist.user_id == curator.id:
        raise ReviewRefused(_l("You cannot review your own works or application."))
    if decision not in DECISIONS:
        raise ReviewRefused(_l("Choose a decision."))
    if decision in ("request_changes", "reject") and not note.strip():
        raise ReviewRefused(_l("Write a note for the artist: what to change, or why."))


def _conditional(session: Session, model, row_id: int, column, expected: str, values: dict) -> None:
    """UPDATE ... WHERE status = expected: of two curators deciding at once, exactly one changes the row."""
    result = session.execute(
        update(model).where(model.id == row_id, column == expected).values(**values),
        execution_options={"synchronize_session": False},
    )
    if result.rowcount != 1:
        raise ReviewRefused(ALREADY_DECIDED)
    session.expire_all()


def _refused(current, target):
    return _l("This decision is not possible for this item in its current state. Nothing was changed.")


def _owner_of(session: Session, row: ContentTranslation) -> ArtistProfile | None:
    subject = translation_subject(session, row)
    if isinstance(subject, Work):
        return subject.artist
    if isinstance(subject, ArtistProfile):
        return subject
    return None


def _source_fields(session: Session, row: ContentTranslation) -> dict | None:
    subject = translation_subject(session, row)
    if isinstance(subject, Work):
        return {name: getattr(subject, name) for name in works.TEXT_FIELDS}
    if isinstance(subject, ArtistProfile):
        return {"bio": subject.bio}
    if subject is not None:
        return {"title": subject.title, "introduction": subject.introduction}
    return None
