"""Curators' decisions on applications, works, changes to published works and translations.

Every decision is a move of the catalogue's state machines (catalog/workflow.py): checked against the
machine's table, applied with a conditional UPDATE (so two curators deciding at once cannot both win), and
written to the audit trail in the same transaction. Never commits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from flask_babel import lazy_gettext as _l
from sqlalchemy import String, cast, select
from sqlalchemy.orm import Session, contains_eager

from marketplace.accounts import services as accounts
from marketplace.accounts.models import Role, User
from marketplace.catalog import translations, workflow, works
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
from marketplace.db import utcnow
from marketplace.errors import Refused
from marketplace.states import ALREADY_DECIDED, NOT_POSSIBLE, Conflict, StateMachine, TransitionRefused

A, R = ArtistStatus, RevisionStatus
DECISIONS = ("approve", "request_changes", "reject")
WORK_TARGETS = {
    "approve": ReviewStatus.APPROVED,
    "request_changes": ReviewStatus.CHANGES_REQUESTED,
    "reject": ReviewStatus.REJECTED,
}
ARTIST_TARGETS = {"approve": A.APPROVED, "request_changes": A.CHANGES_REQUESTED, "reject": A.REJECTED}
REVISION_TARGETS = {"approve": R.APPROVED, "request_changes": R.CHANGES_REQUESTED, "reject": R.REJECTED}


class ReviewRefused(Refused):
    pass


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


@dataclass(frozen=True)
class _Subject:
    """How a kind of reviewed item is read and changed; the decision itself is the same for all kinds."""

    kind: str
    model: type
    machine: StateMachine
    targets: dict
    missing: object  # message when the item does not exist
    artist: Callable  # item -> its artist profile
    title: Callable  # item -> the title the artist recognises
    work_id: Callable = staticmethod(lambda item: None)
    values: Callable = staticmethod(lambda item, target: {})  # extra columns set with the status
    after: Callable = staticmethod(lambda session, item, target, curator: None)


def _decide(spec: _Subject, session: Session, curator: User, item_id: int, decision: str, note: str,
            seen_status: str) -> Decided:  # fmt: skip
    item = session.get(spec.model, item_id)
    if item is None:
        raise ReviewRefused(spec.missing)
    artist = spec.artist(item)
    _check_decider(curator, artist, decision, note)
    target = spec.targets[decision]
    if spec.machine.status_of(item).value != seen_status:
        raise ReviewRefused(ALREADY_DECIDED)
    try:
        spec.machine.move(
            session, item, target, action=decision, actor_id=curator.id, actor_role="curator", note=note,
            values=spec.values(item, target), conditional=True,
        )  # fmt: skip
    except TransitionRefused as refused:
        raise ReviewRefused(NOT_POSSIBLE) from refused
    except Conflict as conflict:
        raise ReviewRefused(ALREADY_DECIDED) from conflict
    spec.after(session, item, target, curator)
    return _decided(spec.kind, item_id, decision, note, artist, spec.title(item), work_id=spec.work_id(item))


def _approve_artist(session: Session, artist: ArtistProfile, target, curator: User) -> None:
    if target is A.APPROVED:
        accounts.grant_role(session, artist.user, Role.ARTIST, granted_by=curator)


def _apply_revision(session: Session, revision: WorkRevision, target, curator: User) -> None:
    if target is R.APPROVED:
        try:
            works.apply_revision(session, revision.work, revision)
        except works.CatalogError as error:
            raise ReviewRefused(error.message) from error


WORK_SUBJECT = _Subject(
    kind="work", model=Work, machine=workflow.WORK, targets=WORK_TARGETS,
    missing=_l("This work does not exist."), artist=lambda w: w.artist, title=lambda w: w.title,
    work_id=lambda w: w.id,
    values=lambda w, target: (
        {"published_at": utcnow()} if target is ReviewStatus.APPROVED and w.published_at is None else {}
    ),
)  # fmt: skip
ARTIST_SUBJECT = _Subject(
    kind="artist", model=ArtistProfile, machine=workflow.ARTIST, targets=ARTIST_TARGETS,
    missing=_l("This application does not exist."),
    artist=lambda a: a, title=lambda a: a.public_name,
    values=lambda a, target: {"approved_at": utcnow()} if target is A.APPROVED else {},
    after=_approve_artist,
)  # fmt: skip
REVISION_SUBJECT = _Subject(
    kind="revision", model=WorkRevision, machine=workflow.REVISION, targets=REVISION_TARGETS,
    missing=_l("This proposal does not exist."),
    artist=lambda r: r.work.artist, title=lambda r: r.work.title, work_id=lambda r: r.work_id,
    values=lambda r, target: {"decided_at": utcnow()}, after=_apply_revision,
)  # fmt: skip

decide_work = partial(_decide, WORK_SUBJECT)
decide_artist = partial(_decide, ARTIST_SUBJECT)
decide_revision = partial(_decide, REVISION_SUBJECT)


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
    if corrected is not None:
        cleaned = {name: text.strip() for name, text in corrected.items() if text and text.strip()}
        if not cleaned:
            raise ReviewRefused(_l("Write the corrected text before approving it."))
        row.fields = cleaned
        row.origin = TranslationOrigin.HUMAN.value
    source = _source_fields(session, row)
    action = "correct_translation" if corrected is not None else "approve_translation"
    values: dict = {"reviewer_id": curator.id}
    if source is not None:
        values["source_hash"] = translations.source_hash(source)
    try:
        workflow.TRANSLATION.move(
            session, row, TranslationStatus.APPROVED, action=action, actor_id=curator.id,
            actor_role="curator", values=values,
        )  # fmt: skip
    except TransitionRefused as refused:
        raise ReviewRefused(refused.message) from refused
    session.flush()
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
    # Each item shows its artist: loaded with it, in the same statement.
    submitted = (
        select(Work)
        .join(Work.artist)
        .options(contains_eager(Work.artist))
        .where(Work.review_status == ReviewStatus.SUBMITTED.value)
    )
    revisions = (
        select(WorkRevision)
        .join(WorkRevision.work)
        .join(Work.artist)
        .options(contains_eager(WorkRevision.work).contains_eager(Work.artist))
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
