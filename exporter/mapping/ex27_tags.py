"""EX-27 tags as concepts, and a Financial Data Schedule as a Statement the mapper turns into facts.

Each article (5: commercial and industrial companies, 7: insurance, 9: bank holding companies) has its own tag
list. A tag names a us-gaap concept where one fits, otherwise an extension concept named after the tag's label,
so no number is dropped; balance sheet tags are instants at the period end, the others durations over the period.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from ..parse.ex27 import FinancialDataSchedule, ScheduleValue
from ..parse.model import Cell, Cells, TableIssue
from ..statements.model import (
    Area,
    ColumnRole,
    LineItem,
    NamedConcept,
    Statement,
    StatementColumn,
    StatementKind,
    UnitKind,
)

METHOD = "ex27-tag"
EXTENSION_METHOD = "ex27-tag+extension"


@dataclass(frozen=True)
class TagRule:
    label: str
    concept: str | None = None  # us-gaap local name; None: an extension concept named after the label
    at: str | None = "end"  # "end"/"start": an instant at the period's end/start; None: the period's duration
    unit: UnitKind = UnitKind.MONETARY
    contra: bool = False  # a deduction the concept holds as a positive amount, whatever sign is printed
    confidence: float = 0.95


TAG_TABLE = Path(__file__).parent / "data" / "ex27_tags.csv"  # article, tag, label, concept, period, unit, ...
PERCENT_TAGS = {"YIELD-ACTUAL"}  # ratios, not amounts: no concept type for them here


def _read_articles(path: Path) -> dict[str, dict[str, TagRule]]:
    """Each article's tag rules from the tag table: the rows of "common" (every article's equity and income
    summary) then the article's own rows (article 5: commercial and industrial, 7: insurance, 9: banks)."""
    rows: dict[str, dict[str, TagRule]] = {}
    with path.open(newline="") as handle:
        for row in csv.DictReader(handle):
            rows.setdefault(row["article"], {})[row["tag"]] = TagRule(
                row["label"], row["concept"] or None, None if row["period"] == "duration" else row["period"],
                UnitKind(row["unit"]), row["contra"] == "yes", float(row["confidence"]))
    common = rows.pop("common")
    return {"": common} | {article: common | own for article, own in rows.items()}


ARTICLES = _read_articles(TAG_TABLE)


def rules_for(article: str | None) -> dict[str, TagRule]:
    """The tag rules of an article; an article without its own list gets the tags every article shares."""
    return ARTICLES.get(article or "", ARTICLES[""])


def _cell(value: ScheduleValue, line: int, column: int, contra: bool) -> Cell:
    number = abs(value.value) if contra else value.value
    return Cell(number, value.decimals, value.text, line, column, value.start, value.end, value.dash)


def schedule_statement(schedule: FinancialDataSchedule, index: int) -> Statement:
    """The schedule as a statement: one line item per tag, one column per period, the multiplier as scale.

    A schedule that cannot be stated (unreadable multiplier or currency, another entity's schedule) becomes a
    statement without line items that carries the reason as an issue."""
    issues = list(schedule.issues)
    statement = Statement(
        index=index,
        kind=StatementKind.FINANCIAL_DATA_SCHEDULE,
        title=f"Financial Data Schedule ({schedule.document_type}, Article {schedule.article or 'unknown'})",
        columns=[StatementColumn(c.index, c.heading, ColumnRole.HISTORICAL, c.period) for c in schedule.columns],
        items=[],
        scale=schedule.scale,
        currency=schedule.currency,
        first_line=schedule.first_line,
        last_line=schedule.last_line,
        issues=issues,
    )
    if schedule.entity_group:
        issues.append(TableIssue(schedule.first_line, f"EX-27: schedule of a {schedule.entity_group.lower()} "
                                                      "(another entity than the registrant): not converted"))
        return statement
    if not schedule.convertible:
        return statement
    rules = rules_for(schedule.article)
    unknown = []
    for tagged in schedule.lines:
        rule = rules.get(tagged.tag)
        if rule is None:
            unknown.append(tagged)
            continue
        cells = Cells(_cell(value, tagged.line, column, rule.contra)
                      for column, value in tagged.values.items() if column < len(schedule.columns))
        if not cells:
            continue
        named = NamedConcept(f"us-gaap:{rule.concept}" if rule.concept else None, rule.at,
                             METHOD if rule.concept else EXTENSION_METHOD, rule.confidence)
        statement.items.append(LineItem(rule.label, tagged.line, cells, rule.unit, Area.NONE, "", None,
                                        tagged.text, named))
    for tagged in unknown:
        reason = "a ratio" if tagged.tag in PERCENT_TAGS else f"not a tag of article {schedule.article or '?'}"
        issues.append(TableIssue(tagged.line, f"EX-27: <{tagged.tag}> not converted ({reason})"))
    return statement
