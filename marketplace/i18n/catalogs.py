"""Interface catalogs: extract, update, compile and check (used by the CLI and the tests)."""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from marketplace.config import PROJECT_ROOT

TRANSLATED = ("zh", "fr", "sw")
DIR = PROJECT_ROOT / "translations"
POT = DIR / "messages.pot"
_PLACEHOLDER = re.compile(r"%\((\w+)\)[sdifr]|%[sdif]")
_KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "lazy_gettext": None, "_l": None,
             "lazy_ngettext": (1, 2), "pgettext": ((1, "c"), 2), "npgettext": ((1, "c"), 2, 3)}  # fmt: skip


def po_path(lang: str) -> Path:
    return DIR / lang / "LC_MESSAGES" / "messages.po"


def extract() -> Catalog:
    """Write translations/messages.pot from code and templates, as babel.cfg describes."""
    catalog = _extracted(with_comments=True)
    DIR.mkdir(exist_ok=True)
    with POT.open("wb") as handle:
        write_po(handle, catalog, width=100, sort_output=True)
    return catalog


def update() -> None:
    with POT.open("rb") as handle:
        template = read_po(handle)
    for lang in TRANSLATED:
        path = po_path(lang)
        if path.exists():
            with path.open("rb") as handle:
                catalog = read_po(handle, locale=lang)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            catalog = Catalog(locale=lang)
        catalog.update(template, no_fuzzy_matching=True)
        catalog.fuzzy = False
        with path.open("wb") as handle:
            write_po(handle, catalog, width=100, sort_output=True, ignore_obsolete=True)


def compile_all() -> None:
    for lang in TRANSLATED:
        path = po_path(lang)
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=lang)
        with path.with_suffix(".mo").open("wb") as handle:
            write_mo(handle, catalog)


def check() -> list[str]:
    """Every problem that would show English or garbage on a translated page."""
    problems = []
    expected = extract_ids()
    for lang in TRANSLATED:
        path = po_path(lang)
        if not path.exists():
            problems.append(f"{lang}: {path} is missing")
            continue
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=lang)
        present = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id}
        for missing in sorted(expected - present):
            problems.append(f"{lang}: not in catalog (run translate update): {missing[:70]!r}")
        for message in catalog:
            if not message.id:
                continue
            ids = (message.id,) if isinstance(message.id, str) else tuple(message.id)
            strings = (message.string,) if isinstance(message.string, str) else tuple(message.string or ())
            label = f"{lang}: {ids[0][:70]!r}"
            if message.fuzzy:
                problems.append(f"{label} is fuzzy")
            if not strings or not all(strings):
                problems.append(f"{label} is untranslated")
                continue
            wanted = _placeholders(ids[-1]) | _placeholders(ids[0])
            for string in strings:
                if _placeholders(string) != wanted and not (len(ids) > 1 and _placeholders(string) < wanted):
                    problems.append(f"{label} placeholders differ: {sorted(_placeholders(string))}")
    return problems


def extract_ids() -> set[str]:
    return {m.id if isinstance(m.id, str) else m.id[0] for m in _extracted(with_comments=False) if m.id}


def _extracted(with_comments: bool) -> Catalog:
    with (PROJECT_ROOT / "babel.cfg").open() as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    catalog = Catalog(project="marketplace", charset="utf-8")
    found = extract_from_dir(
        str(PROJECT_ROOT),
        method_map,
        options_map,
        keywords=_KEYWORDS,
        comment_tags=("TRANSLATORS:",),
        strip_comment_tags=True,
        directory_filter=_wanted_directory,
    )
    for filename, lineno, message, comments, context in found:
        catalog.add(
            message,
            None,
            [(filename, lineno)],
            auto_comments=comments if with_comments else (),
            context=context,
        )
    return catalog


def _wanted_directory(dirpath: str) -> bool:
    name = Path(dirpath).name
    return not name.startswith((".", "_")) and name not in {"instance", "tests", "node_modules", "bench"}


def _placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text.replace("%%", "")))
