"""Small-cell suppression for anonymous reports, with a check that nothing can be worked out.

Primary suppression hides any count from 1 to 4. A hidden count could still be worked out
by subtraction wherever a total is shown beside its parts, so complementary suppression hides
the total of any row with a hidden part (and, should a total be hidden with one part showing
all the rest, another part). :func:`derivable_cells` then checks the published table the way
an attacker would: it solves the linear system "total = sum of parts" for the hidden cells and
reports any that the shown cells pin down to one value.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

SMALL_MIN, SMALL_MAX = 1, 4
PRIMARY = "<5"
COMPLEMENTARY = "x"


@dataclass(frozen=True)
class Relation:
    """total_cell = sum(part_cells), cells named by (row, column) index."""

    total: tuple[int, int]
    parts: tuple[tuple[int, int], ...]


def suppress(values: list[list[int | None]], relations: list[Relation]) -> list[list[str | None]]:
    """Hide small counts and whatever would reveal them; None cells stay None (not a count)."""
    hidden: dict[tuple[int, int], str] = {}
    for r, row in enumerate(values):
        for c, value in enumerate(row):
            if value is not None and SMALL_MIN <= value <= SMALL_MAX:
                hidden[(r, c)] = PRIMARY
    changed = True
    while changed:
        changed = False
        for relation in relations:
            cells = (relation.total, *relation.parts)
            unknown = [cell for cell in cells if cell in hidden]
            if len(unknown) != 1:
                continue
            # One hidden cell in a sum is the sum minus the others: hide one more.
            if relation.total not in hidden:
                choice: tuple[int, int] | None = relation.total
            else:
                choice = _cheapest(values, relation.parts, hidden)
            if choice is not None:
                hidden[choice] = COMPLEMENTARY
                changed = True
    # Sums that cross (rows and columns) can still pin a cell down; hide more until none can.
    while True:
        shown = _render(values, hidden)
        determined = derivable_cells(shown, relations)
        if not determined:
            return shown
        target = determined[0]
        around = [c for rel in relations if target in (rel.total, *rel.parts)
                  for c in (rel.total, *rel.parts)]  # fmt: skip
        everywhere = [c for rel in relations for c in (rel.total, *rel.parts)]
        choice = _cheapest(values, around, hidden) or _cheapest(values, everywhere, hidden)
        if choice is None:
            return shown  # nothing left to hide; the caller's check reports the table
        hidden[choice] = COMPLEMENTARY


def _cheapest(
    values: list[list[int | None]], cells: Iterable[tuple[int, int]], hidden: dict[Any, str]
) -> tuple[int, int] | None:
    """The shown cell whose hiding loses the least: the smallest count above zero."""
    candidates = [c for c in cells if c not in hidden and values[c[0]][c[1]] is not None]
    if not candidates:
        return None
    return min(candidates, key=lambda c: (values[c[0]][c[1]] == 0, values[c[0]][c[1]] or 0, c))


def _render(
    values: list[list[int | None]], hidden: dict[tuple[int, int], str]
) -> list[list[str | None]]:
    return [
        [None if v is None else hidden.get((r, c), str(v)) for c, v in enumerate(row)]
        for r, row in enumerate(values)
    ]


def derivable_cells(
    shown: list[list[str | None]], relations: list[Relation]
) -> list[tuple[int, int]]:
    """Hidden cells whose value follows from the shown cells and the relations (should be none).

    Each relation is a linear equation; shown cells are constants. A hidden cell is determined
    when its unit vector lies in the row space of the equations over the hidden cells.
    """
    hidden = sorted(
        {cell for rel in relations for cell in (rel.total, *rel.parts) if _is_hidden(shown, cell)}
    )
    if not hidden:
        return []
    index = {cell: i for i, cell in enumerate(hidden)}
    matrix: list[list[Fraction]] = []
    for rel in relations:
        row = [Fraction(0)] * len(hidden)
        for cell, sign in ((rel.total, 1), *((p, -1) for p in rel.parts)):
            if cell in index:
                row[index[cell]] += sign
        if any(row):
            matrix.append(row)
    basis = _row_reduce(matrix)
    found = []
    for cell, i in index.items():
        unit = [Fraction(int(j == i)) for j in range(len(hidden))]
        if _rank([*basis, unit]) == len(basis):
            found.append(cell)
    return found


def _is_hidden(shown: list[list[str | None]], cell: tuple[int, int]) -> bool:
    return shown[cell[0]][cell[1]] in (PRIMARY, COMPLEMENTARY)


def _row_reduce(matrix: list[list[Fraction]]) -> list[list[Fraction]]:
    rows = [list(r) for r in matrix]
    basis: list[list[Fraction]] = []
    width = len(rows[0]) if rows else 0
    for col in range(width):
        pivot = next((r for r in rows if r[col] != 0), None)
        if pivot is None:
            continue
        rows.remove(pivot)
        pivot = [v / pivot[col] for v in pivot]
        rows = [[a - r[col] * b for a, b in zip(r, pivot, strict=True)] for r in rows]
        basis = [[a - r[col] * b for a, b in zip(r, pivot, strict=True)] for r in basis]
        basis.append(pivot)
    return basis


def _rank(matrix: list[list[Fraction]]) -> int:
    return len(_row_reduce(matrix))
