"""core.paging: one page of a long list without counting it, and a bounded page number."""

from sqlalchemy import select

from marketplace.catalog.models import Work
from marketplace.core import paging


def test_pages_follow_one_another_without_gaps_or_repeats(db, make_artist, make_work):
    artist = make_artist()
    made = [make_work(artist, title=f"Work {n}") for n in range(5)]
    statement = select(Work.id).order_by(Work.id)
    with db(write=False) as session:
        first = paging.page_of(session, statement, 1, 2)
        second = paging.page_of(session, statement, 2, 2)
        last = paging.page_of(session, statement, 3, 2)
        beyond = paging.page_of(session, statement, 4, 2)
    assert (first.items, first.has_previous, first.has_next) == (made[:2], False, True)
    assert (second.items, second.has_previous, second.has_next) == (made[2:4], True, True)
    assert (last.items, last.has_previous, last.has_next) == (made[4:], True, False)
    assert beyond.items == [] and not beyond.has_next


def test_a_hostile_page_number_is_bounded():
    assert paging.bounded(None) == 1
    assert paging.bounded(-5) == 1
    assert paging.bounded(10**18) == paging.MAX_PAGE
