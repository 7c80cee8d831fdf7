"""The review state machine of a work: one explicit table of allowed transitions."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

from marketplace.catalog.models import ReviewStatus, Work

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


class TransitionRefused(ValueError):
    def __init__(self, current: ReviewStatus, target: ReviewStatus) -> None:
        super().__init__(f"{current} -> {target}")
        self.message = _l(
            "A work that is “%(current)s” cannot become “%(target)s”.",
            current=STATUS_TITLES[current],
            target=STATUS_TITLES[target],
        )


def can_move(work: Work, target: ReviewStatus) -> bool:
    return target in WORK_TRANSITIONS[ReviewStatus(work.review_status)]


def move(work: Work, target: ReviewStatus) -> None:
    current = ReviewStatus(work.review_status)
    if target not in WORK_TRANSITIONS[current]:
        raise TransitionRefused(current, target)
    work.review_status = target.value
