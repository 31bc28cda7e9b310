"""The label dictionary: what filers print for each US-GAAP concept, as data (data/labels.csv), loaded once.

Each row is a normalised label variant with the concept it names, the statement kind and section heading it
was seen under, where the row comes from (taxonomy labels, EX-27 values, the dev pairs' truth, the synonym
rules) and how many filings and filers show it. The concept prior (data/gaap_prior.csv) says how many modern
filers use each concept, in which statement and section, and whether it is a total; data/successors.csv maps
concepts the 2022 taxonomy no longer has to the ones that replaced them.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_FOOTNOTE = re.compile(r"\(\s*(?:note|notes)\s[^)]*\)|\(\s*(?:\d{1,2}|[a-z]|[ivx]+)\s*\)|\*+|\[\d+\]")
_ALLOWANCE = re.compile(r",?\s*\(?\s*(?:net\s+)?(?:of|less)\s+(?:allowances?|reserves?|accumulated)\b[^)]*\)?$")
_AMOUNT = re.compile(r"\$\s*[\d,.]+|\b\d{1,3}(?:,\d{3})+\b")
_LEADERS = re.compile(r"(?:\.\s*){2,}|_{2,}|-{2,}|:+\s*$")
_LEADING = re.compile(r"^(?:less|add|plus|deduct|deductions?)\b\s*")
_NON_PREFIX = re.compile(r"\bnon (?=current|operating|cash|trade|recurring|controlling|interest bearing)")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_TERM = re.compile(r"\b(long|short)term\b")  # 'Longterm' in some taxonomy labels: 'long-term' as filers print it
_STOP = frozenset({"and", "of", "the", "for", "in", "on", "to", "from", "a", "an", "by", "at", "net", "total",
                   "expense", "expenses"})  # filers print "Research and development" for R&D expense
_SPELLING = {"shareowners": "shareholders", "stockholders": "shareholders", "shareowner": "shareholders",
             "stockholder": "shareholders", "shareholder": "shareholders",
             "earnings": "income", "profit": "income", "revenue": "revenues", "sale": "sales",
             "expense": "expenses", "tax": "taxes", "asset": "assets", "liability": "liabilities",
             "inventory": "inventories", "equivalent": "equivalents", "investment": "investments",
             "receivable": "receivables", "payable": "payables", "cost": "costs", "operation": "operations",
             "activity": "activities", "security": "securities", "obligation": "obligations",
             "borrowing": "borrowings", "lease": "leases", "purchases": "acquire", "purchase": "acquire",
             "paid": "payments", "payment": "payments", "selling": "sales"}


@lru_cache(maxsize=16384)
def normalise_label(label: str) -> str:
    """Lower case words of a printed label without punctuation, dot leaders, footnote marks, '(Note 3)',
    'net of allowance of $X', a leading 'Less:' or a trailing colon; '&' reads 'and', 'non-current' 'noncurrent'."""
    text = label.lower().replace("&", " and ").replace("'", "").replace("\u2019", "")
    text = _LEADERS.sub(" ", text)
    text = _FOOTNOTE.sub(" ", text)
    text = _ALLOWANCE.sub(" ", _AMOUNT.sub(" ", text).strip())
    text = _TERM.sub(r"\1 term", _NON_WORD.sub(" ", text).strip())
    return _NON_PREFIX.sub("non", _LEADING.sub("", text)).strip()


@lru_cache(maxsize=16384)
def tokens(label: str) -> frozenset[str]:
    """The content words of a normalised label, spelled one way (stockholders/shareowners, earnings/income,
    purchases/acquire, paid/payments), without 'and', 'of', 'net', 'total', 'expense' and the like."""
    return frozenset(_SPELLING.get(word, word) for word in label.split() if word not in _STOP)


@dataclass(frozen=True)
class LabelRow:
    label: str  # normalised
    concept: str  # prefixed name
    kind: str  # statement kind value ("balance-sheet", ...) or "" for any
    section: str  # normalised section heading it was seen under, or ""
    source: str  # taxonomy, taxonomy-total, ex27, pairs, synonym
    filings: int
    filers: int


@dataclass(frozen=True)
class Prior:
    concept: str
    statement: str  # BalanceSheet, IncomeStatement, CashFlowStatement, ComprehensiveIncome, ...
    section: str
    is_total: bool
    companies: int


@dataclass(frozen=True)
class Dictionary:
    rows: tuple[LabelRow, ...]
    by_label: dict[str, tuple[LabelRow, ...]]
    by_token: dict[str, tuple[int, ...]]  # word -> indexes into `rows`
    row_tokens: tuple[frozenset[str], ...]  # the words of each row's label, as `tokens` gives them
    by_token_size: dict[tuple[str, int], tuple[int, ...]]  # (word, how many words the label has) -> indexes
    priors: dict[str, Prior]
    successors: dict[str, str]

    def successor(self, concept: str) -> str:
        """The concept that replaced `concept` (itself when none did)."""
        seen = {concept}
        while concept in self.successors and self.successors[concept] not in seen:
            concept = self.successors[concept]
            seen.add(concept)
        return concept


def _read(name: str) -> list[dict[str, str]]:
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))


@lru_cache(maxsize=1)
def load_dictionary() -> Dictionary:
    """The label dictionary, the concept prior and the successors, read once."""
    rows = tuple(LabelRow(_TERM.sub(r"\1 term", r["label"]), r["concept"], r["kind"], r["section"], r["source"],
                          int(r["filings"]), int(r["filers"])) for r in _read("labels.csv"))
    by_label: dict[str, list[LabelRow]] = defaultdict(list)
    by_token: dict[str, list[int]] = defaultdict(list)
    by_token_size: dict[tuple[str, int], list[int]] = defaultdict(list)
    row_tokens = tuple(tokens(row.label) for row in rows)
    for index, (row, words) in enumerate(zip(rows, row_tokens, strict=True)):
        by_label[row.label].append(row)
        for word in words:
            by_token[word].append(index)
            by_token_size[(word, len(words))].append(index)
    priors = {r["concept"]: Prior(r["concept"], r["statement"], r["section"], r["is_total"] == "1",
                                  int(r["company_count"])) for r in _read("gaap_prior.csv")}
    successors = {r["concept"]: r["successor"] for r in _read("successors.csv")}
    return Dictionary(rows, {k: tuple(v) for k, v in by_label.items()},
                      {k: tuple(v) for k, v in by_token.items()}, row_tokens,
                      {k: tuple(v) for k, v in by_token_size.items()}, priors, successors)
