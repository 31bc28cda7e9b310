"""The scale a statement prints its amounts in, and its share counts in when a caption says so apart.

Captions such as '(In millions, except per share amounts)', '(Dollars in thousands)', '($000 omitted)' or
'Millions, except per share amounts' stand in the title, the column headings or the first rows. A scale named
right after shares ('except number of shares, which are reflected in thousands', 'shares in thousands') is the
share counts' own; 'except share and per share data' leaves share counts unscaled; otherwise share counts are
printed in the money scale. Per-share amounts are never scaled.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..periods import CaseBlind

_POWERS = {"billion": 9, "million": 6, "thousand": 3, "000,000": 6, "000": 3}
_SCALE = CaseBlind(
    r"(?:\bin|\$|dollars|amounts|^|\()\s*(?:u\.?s\.?\s+)?(?:dollars\s+)?(?:in\s+)?(billion|million|thousand)s?\b|"
    r"\b(billion|million|thousand)s?\s+of\s+(?:u\.?s\.?\s+)?dollars|"
    r"\(\s*\$?\s*(000,000|000)'?s?\s*(?:omitted)?\s*\)|\$?(000,000|000)'?s?\s+omitted",
    needs="illion|thousand|000",
)
_SHARE_BEFORE = re.compile(r"shares?\b(?:\s+(?:amounts|counts|data|outstanding))?[^()$]{0,40}$", re.IGNORECASE)
_PER_SHARE_BEFORE = re.compile(r"per[\s-]+(?:common\s+)?shares?\b[^()$]{0,40}$", re.IGNORECASE)
_EXCEPT_SHARES = re.compile(r"except\s+(?:for\s+)?(?:number\s+of\s+)?shares?\b(?!\s+data\b)(?!\s+amounts\b)|"
                            r"except\s+(?:for\s+)?shares?\s+(?:and|&)\s+per", re.IGNORECASE)


@dataclass(frozen=True)
class Scale:
    """Powers of ten: of money amounts, and of share counts (None: the same as money)."""

    money: int
    shares: int | None = None


def names_scale(lines: list[str]) -> bool:
    """Whether any of the lines is a scale caption."""
    return any(_SCALE.search(line) for line in lines)


def read_scale(lines: list[str]) -> Scale:
    """The scale captions of a statement's title, heading and first label lines."""
    money: int | None = None
    shares: int | None = None
    for line in lines:
        for match in _SCALE.finditer(line):
            power = _POWERS[next(group for group in match.groups() if group).lower()]
            before = line[: match.start()]
            if _SHARE_BEFORE.search(before) and not _PER_SHARE_BEFORE.search(before):
                shares = power if shares is None else shares
            elif money is None:
                money = power
        if shares is None and _EXCEPT_SHARES.search(line):
            shares = 0
    return Scale(money or 0, shares)


class FilingScale:
    """The scale a filing's statements print in, for the tables that print none of their own: notes and untitled
    tables whose '(in millions)' stands in the prose above them. The titled statements ('Consolidated Balance
    Sheets (In millions)') speak for the filing; untitled tables taken for statements (a fair-value or hedge table)
    only when there is no titled one."""

    def __init__(self) -> None:
        self.titled: Counter[Scale] = Counter()
        self.untitled: Counter[Scale] = Counter()

    def add(self, scale: Scale, titled: bool) -> None:
        (self.titled if titled else self.untitled)[scale] += 1

    def common(self, titled_only: bool = False) -> Scale | None:
        """The most frequent scale of the titled statements (else of any, unless `titled_only`), or None."""
        counts = self.titled or (Counter() if titled_only else self.untitled)
        return counts.most_common(1)[0][0] if counts else None
