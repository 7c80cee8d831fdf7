"""Translated names for what the audit trail records, for curators' pages."""

from flask_babel import lazy_gettext as _l

from marketplace.catalog.workflow import STATUS_TITLES

ACTION_TITLES = {
    "apply": _l("Application sent"),
    "resubmit": _l("Application sent again"),
    "submit": _l("Submitted for review"),
    "archive": _l("Archived"),
    "propose": _l("Changes proposed"),
    "approve": _l("Approved"),
    "request_changes": _l("Changes requested"),
    "reject": _l("Rejected"),
    "approve_translation": _l("Translation approved"),
    "correct_translation": _l("Translation corrected and approved"),
    "write_translation": _l("Translation written"),
    "source_changed": _l("Out of date: the original text changed"),
}
OTHER_STATUS_TITLES = {
    "applicant": _l("Waiting for review"),
    "suspended": _l("Suspended"),
    "pending": _l("Waiting for review"),
    "stale": _l("Out of date"),
}
ORIGIN_TITLES = {
    "author": _l("by the artist"),
    "human": _l("by a translator"),
    "machine": _l("machine translation"),
}
FIELD_LABELS = {
    "title": _l("Title"),
    "description": _l("Description"),
    "story": _l("Story"),
    "medium": _l("Medium"),
    "materials": _l("Materials"),
    "technique": _l("Technique"),
    "edition_type": _l("Edition"),
    "edition_size": _l("Edition size"),
    "bio": _l("About the artist"),
    "introduction": _l("Introduction"),
}


def action_title(action: str) -> str:
    return str(ACTION_TITLES.get(action, action))


def status_title(status: str | None) -> str:
    if not status:
        return "–"
    for titles in (STATUS_TITLES, OTHER_STATUS_TITLES):
        for key, title in titles.items():
            if str(key) == status:
                return str(title)
    return status


def origin_title(origin: str) -> str:
    return str(ORIGIN_TITLES.get(origin, origin))


def field_label(name: str) -> str:
    return str(FIELD_LABELS.get(name, name))

