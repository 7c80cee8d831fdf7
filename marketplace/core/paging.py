"""One page of a long list, without counting the whole list: fetch one row more than the page holds to
know whether a next page exists. Lists that never need "page N of M" use this; the page number is
bounded (``MAX_PAGE``) so a hostile ``?page=`` cannot ask for an arbitrarily deep OFFSET scan.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy import Select
from sqlalchemy.orm import Session

T = TypeVar("T")

#: Deeper pages are answered with the last allowed one; lists this long are meant to be filtered.
MAX_PAGE = 1000


@dataclass
class Page(Generic[T]):
    items: list[T]
    number: int
    size: int
    has_next: bool
    #: Known only when the caller counted (``pages=`` of :func:`page_of`); None otherwise.
    pages: int | None = None

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


def bounded(number: int | None) -> int:
    """A page number within 1..MAX_PAGE."""
    return min(max(1, number or 1), MAX_PAGE)


def page_of(session: Session, statement: Select, number: int, size: int, scalars: bool = True) -> Page:
    """Page ``number`` (from 1) of ``statement``, which must already be ordered (with a unique last key)."""
    number = bounded(number)
    query = statement.offset((number - 1) * size).limit(size + 1)
    rows = list(session.scalars(query).all() if scalars else session.execute(query).all())
    return Page(rows[:size], number, size, len(rows) > size)
