"""The catalogue's state machines, each one explicit table of allowed transitions (see states.py): a work's
review, an artist's application, a proposed change to a published work, and a content translation."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

from marketplace.catalog.models import ArtistStatus, ReviewStatus, RevisionStatus, TranslationStatus
from marketplace.states import StateMachine

S = ReviewStatus
WORK_TRANSITIONS: dict[ReviewStatus, frozenset[ReviewStatus]] = {
    S.DRAFT: frozenset({S.SUBMITTED}),
    S.SUBMITTED: frozenset({S.APPROVED, S.CHANGES_REQUESTED, S.REJECTED}),
    S.CHANGES_REQUESTED: frozenset({S.SUBMITTED}),
    S.APPROVED: frozenset({S.ARCHIVED}),
    S.REJECTED: frozenset(),
    S.ARCHIVED: frozenset(),
}
#: Statuses in which the artist may edit everything about a work.
EDITABLE = frozenset({S.DRAFT, S.CHANGES_REQUESTED})

STATUS_TITLES = {
    S.DRAFT: _l("Draft"),
    S.SUBMITTED: _l("Waiting for review"),
    S.APPROVED: _l("Published"),
    S.CHANGES_REQUESTED: _l("Changes requested"),
    S.REJECTED: _l("Rejected"),
    S.ARCHIVED: _l("Archived"),
}


def _work_refusal(current: ReviewStatus, target: ReviewStatus):
    return _l(
        "A work that is “%(current)s” cannot become “%(target)s”.",
        current=STATUS_TITLES[current],
        target=STATUS_TITLES[target],
    )


WORK = StateMachine("work", ReviewStatus, "review_status", WORK_TRANSITIONS, refusal=_work_refusal)

A = ArtistStatus
ARTIST_TRANSITIONS: dict[ArtistStatus, frozenset[ArtistStatus]] = {
    A.APPLICANT: frozenset({A.APPROVED, A.CHANGES_REQUESTED, A.REJECTED}),
    A.CHANGES_REQUESTED: frozenset({A.APPLICANT}),  # the artist edits and sends it again
    A.APPROVED: frozenset({A.SUSPENDED}),
    A.SUSPENDED: frozenset({A.APPROVED}),
    A.REJECTED: frozenset(),
}
ARTIST = StateMachine("artist", ArtistStatus, "status", ARTIST_TRANSITIONS)

R = RevisionStatus
REVISION_TRANSITIONS: dict[RevisionStatus, frozenset[RevisionStatus]] = {
    R.PENDING: frozenset({R.APPROVED, R.CHANGES_REQUESTED, R.REJECTED}),
    R.CHANGES_REQUESTED: frozenset({R.PENDING}),  # the artist changes the proposal again
    R.APPROVED: frozenset(),
    R.REJECTED: frozenset(),
}
REVISION = StateMachine("revision", RevisionStatus, "status", REVISION_TRANSITIONS)

T = TranslationStatus
TRANSLATION_TRANSITIONS: dict[TranslationStatus, frozenset[TranslationStatus]] = {
    # A curator approves a draft, or a stale text that still fits the new source; corrects an approved one.
    T.DRAFT: frozenset({T.APPROVED, T.STALE}),
    T.APPROVED: frozenset({T.APPROVED, T.DRAFT, T.STALE}),  # the author rewrote it, or its source changed
    T.STALE: frozenset({T.APPROVED, T.DRAFT}),
}
TRANSLATION = StateMachine("translation", TranslationStatus, "status", TRANSLATION_TRANSITIONS)
