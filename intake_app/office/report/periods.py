"""Report periods: calendar quarters in UTC, written "2026-Q3".

A signal belongs to the quarter in which the office received it (the `received` column, UTC).
That date never changes once a signal is in, so a finished quarter's counts stay the same and
an earlier report can be reproduced; the date a liaison gave for the events themselves can be
vague or span quarters and is not used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from intake_app.errors import SeinpostError

_QUARTER = re.compile(r"(\d{4})-[Qq]([1-4])")
# The years a report period may name (review r14j R3: 9999-Q4 counted as ended, because the
# quarter after it starts in "10000-01-01", and 0000-Q1's trend reached negative years).
FIRST_YEAR, LAST_YEAR = 2000, 2099


class PeriodError(SeinpostError):
    """A report period or retention that is not of the form "2026-Q3" (or "8q")."""

    code = "report.period"


@dataclass(frozen=True, order=True)
class Quarter:
    """One calendar quarter: `year` and `number` (1-4)."""

    year: int
    number: int

    @classmethod
    def parse(cls, text: str) -> Quarter:
        """"2026-Q3" -> Quarter(2026, 3), a year FIRST_YEAR to LAST_YEAR; raises PeriodError
        for anything else."""
        match = _QUARTER.fullmatch(text.strip()) if isinstance(text, str) else None
        if match is None or not FIRST_YEAR <= int(match[1]) <= LAST_YEAR:
            raise PeriodError("a period is written like 2026-Q3, a year 2000 to 2099",
                              first=FIRST_YEAR, last=LAST_YEAR)
        return cls(int(match[1]), int(match[2]))

    @classmethod
    def of(cls, timestamp: str) -> Quarter:
        """The quarter of a UTC timestamp "YYYY-MM-DD..." (the office's `received` form)."""
        return cls(int(timestamp[0:4]), (int(timestamp[5:7]) - 1) // 3 + 1)

    def __str__(self) -> str:
        return f"{self.year:04d}-Q{self.number}"

    def shifted(self, quarters: int) -> Quarter:
        """The quarter `quarters` later (negative: earlier)."""
        index = self.year * 4 + (self.number - 1) + quarters
        return Quarter(index // 4, index % 4 + 1)

    @property
    def start(self) -> str:
        """First instant, as the ISO text `received` is compared with ("2026-07-01")."""
        return f"{self.year:04d}-{(self.number - 1) * 3 + 1:02d}-01"

    @property
    def end(self) -> str:
        """First instant of the next quarter (exclusive bound)."""
        return self.shifted(1).start

    def series(self, back: int) -> list[Quarter]:
        """The `back` quarters before this one and this one, oldest first."""
        return [self.shifted(-n) for n in range(back, -1, -1)]
