"""Ordered lists the artist or curator rearranges with "move up" and "move down" buttons."""

from __future__ import annotations


def moved(items: list, index: int, offset: int) -> list:
    """A copy of ``items`` with the one at ``index`` moved by ``offset`` places (no change at the ends)."""
    result = list(items)
    target = index + offset
    if 0 <= index < len(result) and 0 <= target < len(result):
        result[index], result[target] = result[target], result[index]
    return result


def renumbered(entries: list) -> list:
    """Give each entry its place as ``position``; returns the list for assignment."""
    for position, entry in enumerate(entries):
        entry.position = position
    return entries
