"""nbgrader's marked regions of a cell (solutions and hidden tests), parsed in one place.

Markers match as nbgrader's ``ClearSolutions`` and ``ClearHiddenTests`` match them: the
delimiter text (``BEGIN SOLUTION``, ``END SOLUTION``, ``BEGIN HIDDEN TESTS``,
``END HIDDEN TESTS``; case-sensitive) anywhere on a line, which the course writes
``### BEGIN SOLUTION``. A marker line belongs to no region; lines are split on ``"\\n"``.

A malformed cell raises ``ValueError`` naming the marker, never hides (or shows) the rest of
the cell: a region left open (nbgrader: "no end solution statement found"), a BEGIN inside an
open region (nbgrader: "nested begin ... statements"), and also a stray END, which nbgrader
skips but which means the cell is not what its author thinks.
"""

from __future__ import annotations

from dataclasses import dataclass

SOLUTION = "SOLUTION"
HIDDEN_TESTS = "HIDDEN TESTS"
KINDS = (SOLUTION, HIDDEN_TESTS)

#: What a feedback page shows in place of a hidden-test region.
HIDDEN_PLACEHOLDER = "# (hidden tests: not shown; what they found is below)"


@dataclass(frozen=True)
class Region:
    """A run of a cell's lines: inside one marked region (``kind``), or outside any (None)."""

    kind: str | None
    lines: tuple[str, ...]
    begin: str = ""  # the marker lines as written (empty outside a region)
    end: str = ""

    @property
    def text(self) -> str:
        """The lines inside, markers excluded."""
        return "\n".join(self.lines)

    @property
    def indent(self) -> str:
        """The BEGIN marker's indentation (nbgrader indents its stub the same way)."""
        return self.begin[: len(self.begin) - len(self.begin.lstrip())]

    def source_lines(self) -> list[str]:
        """The lines as written, markers included."""
        return [self.begin, *self.lines, self.end] if self.kind else list(self.lines)


def _marker(line: str, number: int) -> tuple[str, str] | None:
    """``(edge, kind)`` of the marker on ``line``, if any, e.g. ``("BEGIN", "SOLUTION")``."""
    found = [
        (edge, kind) for kind in KINDS for edge in ("BEGIN", "END") if f"{edge} {kind}" in line
    ]
    if len(found) > 1:
        names = " and ".join(f'"{edge} {kind}"' for edge, kind in found)
        raise ValueError(f"line {number} holds two markers, {names}: {line.strip()!r}")
    return found[0] if found else None


def split(source: str) -> list[Region]:
    """``source`` as regions in order: outside runs (possibly empty) and marked regions.

    ``"\\n".join`` of every region's ``source_lines()`` gives ``source`` back.
    """
    regions: list[Region] = []
    lines: list[str] = []
    open_kind, begin, opened_on = None, "", 0
    for number, line in enumerate(source.split("\n"), start=1):
        found = _marker(line, number)
        if found is None:
            lines.append(line)
        elif found[0] == "BEGIN":
            if open_kind:
                raise ValueError(
                    f'line {number}: "BEGIN {found[1]}" inside the {open_kind} region opened on '
                    f"line {opened_on}; regions do not nest (add its END before)."
                )
            regions.append(Region(None, tuple(lines)))
            open_kind, begin, opened_on, lines = found[1], line, number, []
        else:
            if found[1] != open_kind:
                where = f"the open region is {open_kind}" if open_kind else "no region is open"
                raise ValueError(
                    f'line {number}: "END {found[1]}" without a "BEGIN {found[1]}" before it '
                    f"({where})."
                )
            regions.append(Region(open_kind, tuple(lines), begin, line))
            open_kind, lines = None, []
    if open_kind:
        raise ValueError(
            f'line {opened_on}: "BEGIN {open_kind}" has no "END {open_kind}" after it; nbgrader '
            "refuses such a cell."
        )
    regions.append(Region(None, tuple(lines)))
    return regions


def without_markers(source: str) -> str:
    """``source`` with its marker lines removed and every other line kept."""
    return "\n".join(line for region in split(source) for line in region.lines)


def remove(source: str, *kinds: str) -> str:
    """``source`` without its regions of ``kinds`` (markers included), as nbgrader's
    ``ClearHiddenTests`` leaves a cell; other regions are kept as written."""
    return "\n".join(
        line for r in split(source) if r.kind not in kinds for line in r.source_lines()
    )


def inside(source: str, *kinds: str) -> list[str]:
    """The lines inside ``source``'s regions of ``kinds``, in order."""
    return [line for r in split(source) if r.kind in kinds for line in r.lines]


def strip_hidden_tests(source: str, placeholder: str = HIDDEN_PLACEHOLDER) -> tuple[str, bool]:
    """``source`` with each hidden-test region replaced by one ``placeholder`` line, indented as
    its BEGIN marker; and whether there was any."""
    kept: list[str] = []
    removed = False
    for region in split(source):
        if region.kind == HIDDEN_TESTS:
            kept.append(region.indent + placeholder)
            removed = True
        else:
            kept += region.source_lines()
    return "\n".join(kept), removed


def solution_text(source: str) -> str:
    """The solution of a solution cell: its solution regions' lines, or the whole cell when it
    has none (nbgrader's ``ClearSolutions`` then replaces all of it), stripped."""
    regions = split(source)
    if not any(r.kind == SOLUTION for r in regions):
        return source.strip()
    return "\n".join(line for r in regions if r.kind == SOLUTION for line in r.lines).strip()
