"""Map statements to facts: each line item to a concept, each cell to a fact with context, unit and sign.

Labels are matched with synonyms in the context of statement kind, area and neighbouring lines; totals
are matched to the lines they add up; lines with no fitting standard concept get an extension concept
in the filing's own namespace, so no number is dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from itertools import chain

from ..parse.model import Cell
from ..periods import Period, day_before, duration_ending
from ..read.filing import FilingHeader
from ..statements.model import Area, ColumnRole, LineItem, NamedConcept, Statement, StatementKind, UnitKind
from . import chooser, equity, notes, oci, synonyms, wordings
from .facts import (
    CIK_SCHEME,
    EXACT,
    FILE_NUMBER_SCHEME,
    FILING_ID_SCHEME,
    NOTES_ROOT,
    SHARES,
    CalcRelationship,
    Context,
    DimensionMember,
    Entity,
    FactLine,
    Issue,
    MappedFiling,
    MappedStatement,
    StatementFacts,
    Unit,
    currency_unit,
    per_share_unit,
)
from .labels import load_dictionary
from .naming import name_from_label
from .networks import cash_effect_signs, standard_networks
from .signs import (
    cash_flow_sign,
    comprehensive_income_balance,
    is_expense_line,
    is_note_deduction,
    is_signed_amount,
    is_supplemental,
    is_tax_benefit_deduction,
    is_treasury_section,
    prints_income_in_parentheses,
    prints_net_expense,
)
from .sums import SumRow, find_sums, weight
from .taxonomy import Concept, Taxonomy, load_taxonomy

EXTENSION_PREFIX = "ext"
DISPOSAL_AXIS = ("us-gaap:IncomeStatementBalanceSheetAndAdditionalDisclosures"
                 "ByDisposalGroupsIncludingDiscontinuedOperationsAxis")
DISPOSAL_DOMAIN = "us-gaap:DisposalGroupsIncludingDiscontinuedOperationsNameDomain"
SCENARIO_AXIS = "srt:StatementScenarioAxis"
SCENARIO_DOMAIN = "srt:ScenarioUnspecifiedDomain"
SUBTOTAL_MEMBER = "HistoricalLessDisposalSubtotalMember"  # extension member of the scenario axis
LOW_CONFIDENCE = 0.6
_ROLL_FORWARD_CONFIDENCE = 0.75  # an equity row's event concept was the filer's 3 times in 10 on the dev pairs
_ONE = Decimal(1)
_LIABILITIES_AND_EQUITY = "us-gaap:LiabilitiesAndStockholdersEquity"
_REVENUES = "us-gaap:Revenues"
_OTHER_NONOPERATING = "us-gaap:OtherNonoperatingIncomeExpense"
_OPERATING_INCOME = "us-gaap:OperatingIncomeLoss"
_PRETAX_INCOME = "us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"
_SALES_REVENUE = "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax"
_REVENUE_CONCEPTS = {_REVENUES, _SALES_REVENUE}
_GRAND_TOTALS = {"us-gaap:Assets": _LIABILITIES_AND_EQUITY, _LIABILITIES_AND_EQUITY: "us-gaap:Assets"}  # each other's
_CURRENT_NET_INCOME = re.compile(r"^(current|current year|current period)( net)? (income|loss|earnings)|"
                                 r"^net (income|loss)( loss| income)? (for|of) the (current )?(period|year)")
_CONTRA = re.compile(r"^less\b|accumulated (depreciation|amortization)|allowance", re.IGNORECASE)
_CHOOSER_KINDS = {StatementKind.BALANCE_SHEET, StatementKind.INCOME_STATEMENT, StatementKind.COMPREHENSIVE_INCOME,
                  StatementKind.CASH_FLOW}
_DISPUTED = 0.75
# A note line that names in parentheses what its negative amounts mean ('(Increase) decrease in inventories',
# '(Gains) losses on sales of assets'): its concept (IncreaseDecreaseIn..., GainLoss...) holds the other sign.
_NEGATIVE_FIRST = re.compile(r"^\(\s*(increases?|gains?)\s*\)\s*(decreases?|losses?)\b", re.IGNORECASE)
_ATTRIBUTED = re.compile(r"attributable to (the )?(non-?controlling|minority) interests?", re.IGNORECASE)
_NONCONTROLLING = re.compile(r"(noncontrolling|non-controlling|minority) interest", re.IGNORECASE)
_LEASE_PAYMENTS = {"us-gaap:OperatingLeasePayments", "us-gaap:FinanceLeaseInterestPaymentOnLiability",
                   "us-gaap:FinanceLeasePrincipalPayments"}
_REDEEMABLE = re.compile(r"redeemable", re.IGNORECASE)
_STOCKHOLDERS_EQUITY = "us-gaap:StockholdersEquity"
_EQUITY_WITH_INTERESTS = "us-gaap:StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest"
_EXCLUDING_EXCHANGE = {
    "us-gaap:CashAndCashEquivalentsPeriodIncreaseDecrease":
        "us-gaap:CashAndCashEquivalentsPeriodIncreaseDecreaseExcludingExchangeRateEffect",
    "us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecreaseIncludingExchangeRate"
    "Effect": "us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecreaseExcluding"
              "ExchangeRateEffect"}
_CONVERTIBLE_NOTES = "us-gaap:ConvertibleLongTermNotesPayable"
_DILUTED_EPS = "us-gaap:EarningsPerShareDiluted"
_BASIC_SHARES = "us-gaap:WeightedAverageNumberOfSharesOutstandingBasic"
_DILUTED_SHARES = "us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding"
_BASIS = re.compile(r"\b(basic|primary)\b", re.IGNORECASE)
_CONSOLIDATED = {"us-gaap:NetIncomeLoss": "us-gaap:ProfitLoss", "us-gaap:ComprehensiveIncomeNetOfTax":
                 "us-gaap:ComprehensiveIncomeNetOfTaxIncludingPortionAttributableToNoncontrollingInterest"}
# A comprehensive income statement opens with the income statement's lines (net income), named the same way.
_LABELS_OF = {StatementKind.COMPREHENSIVE_INCOME: StatementKind.INCOME_STATEMENT}
_KIND_BALANCE = {StatementKind.INCOME_STATEMENT: "credit", StatementKind.COMPREHENSIVE_INCOME: "credit",
                 StatementKind.CASH_FLOW: "debit",
                 StatementKind.EQUITY: "credit", StatementKind.OTHER: None,
                 StatementKind.FINANCIAL_DATA_SCHEDULE: None, StatementKind.DISCLOSURE: None}
_BALANCE = re.compile(r"\b(beginning|opening|ending|closing)\b|\bbalances?,? (at )?(the )?(end|start)\b|"
                      r"\b(end|start) of (the )?(year|period)\b", re.IGNORECASE)
_EXPENSES_SECTION = re.compile(r"^\s*(operating\s+)?(costs?|expenses|costs\s+and\s+expenses|charges)\b[^a-z]*$",
                               re.IGNORECASE)
_RESULT = re.compile(r"income|revenue|gain|loss|earnings|profit", re.IGNORECASE)
_OPENING = re.compile(r"\b(beginning|opening)\b", re.IGNORECASE)  # a roll-forward's balance at the start


@dataclass(slots=True)
class _Row:
    """A line item on its way to facts."""

    item: LineItem
    concept: Concept | None = None
    method: str = ""
    confidence: float = 0.0
    sign: int = 1
    balance: str | None = None
    at: str | None = None  # "start"/"end": an instant at the start or end of the column's duration
    period: Period | None = None  # the line's own period (a roll-forward's rows), else its column's
    reduces: bool = False  # a positive value takes away from what the statement adds up (a repurchase)


def load_resources() -> None:
    """Read the taxonomy, its calculation networks and the label dictionary: the one-time work of a process, done
    before a filing's time limit starts so that the first filing is not charged for it."""
    load_taxonomy()
    standard_networks()
    load_dictionary()


def map_filing(filing_id: str, source_path: str, header: FilingHeader, statements: Iterable[Statement],
               taxonomy: Taxonomy) -> MappedFiling:
    """The filing's facts, statement by statement (`statements` may be a generator: each is let go once mapped)."""
    mapped = MappedFiling(
        filing_id=filing_id,
        source_path=source_path,
        form_type=header.form_type,
        period_of_report=header.period_of_report,
        entity=_entity(header, filing_id),
        extension_namespace=f"http://legacy-xbrl.org/filing/{filing_id}",
    )
    mapper = _Mapper(mapped, taxonomy)
    for statement in statements:
        try:
            mapped.statements.append(mapper.map_statement(statement))
        except _NoPeriod as error:
            mapped.issues.append(Issue("unconverted", statement.first_line,
                                       f"statement '{statement.title}' not converted: {error}"))
    mapped.extensions = list(mapper.extensions.values())
    mapped.members = list(mapper.members.values())
    return mapped


class _NoPeriod(Exception):
    """A statement whose columns have no period, in a filing that gives none either."""


def _entity(header: FilingHeader, filing_id: str) -> Entity:
    if header.cik:
        return Entity(header.cik, CIK_SCHEME, header.company_name, header.cik)
    if header.file_number:
        return Entity(header.file_number, FILE_NUMBER_SCHEME, header.company_name, None)
    return Entity(filing_id, FILING_ID_SCHEME, header.company_name, None)


class _Mapper:
    def __init__(self, mapped: MappedFiling, taxonomy: Taxonomy):
        self.mapped = mapped
        self.taxonomy = taxonomy
        self.extensions: dict[str, Concept] = {}
        self.members: dict[str, DimensionMember] = {}
        self.dimensions: dict[tuple[ColumnRole, str | None], tuple[tuple[str, str], ...]] = {}
        self.contexts: dict[Context, Context] = {}  # one object per distinct context, shared by its facts
        self.column_contexts: dict[tuple[int, int, str | None, Period | None], Context] = {}  # by statement,
        # column, row.at and row.period
        self.arcs: dict[CalcRelationship, CalcRelationship] = {}  # likewise per distinct arc, shared by statements
        self.column_members: dict[tuple[int, int], tuple[tuple[str, str], ...]] = {}  # an equity component's
        self.disclosure_period = "duration"  # the period type of the disclosure being mapped, for its extensions
        self.reported: dict[tuple[str, Context], tuple[Decimal, int]] | None = None  # see _settle_disclosure
        self.year: int | None = None  # the fiscal year of the statement being mapped, for the synonyms of its era
        self.stated: dict[tuple[str, Context], tuple[Decimal, int]] = {}  # the statements' facts: _settle_wordings

    # -- one statement ---------------------------------------------------------------------------
    def map_statement(self, statement: Statement) -> MappedStatement:
        kind = statement.kind
        disclosure = kind is StatementKind.DISCLOSURE
        self.year = _fiscal_year(self.mapped.period_of_report, statement)
        components = equity.components(statement) if kind is StatementKind.EQUITY else None
        if disclosure:
            rows = self._disclosure_rows(statement)
        elif components is None:
            rows = [self._match(item, kind) for item in statement.items]
        else:
            rows = self._roll_forward(statement, components)
        # the source names each concept (EX-27), or a roll-forward's rows add up across periods: no sums
        tagged = kind is StatementKind.FINANCIAL_DATA_SCHEDULE or components is not None
        if not tagged:
            self._apply_neighbours(rows, kind)
        deducted = _deductions(statement) if kind is StatementKind.INCOME_STATEMENT else set()
        for k, row in enumerate(rows):
            row.balance = row.concept.balance if row.concept else \
                self._guess_balance(row, kind, id(row.item) in deducted)
            row.sign = self._row_sign(row, statement, rows[k + 1].item.label if k + 1 < len(rows) else "")
        if kind in _CHOOSER_KINDS:
            self._settle_wordings(rows, statement, deducted)
        relationships = [] if tagged else self._sums(rows, statement)
        if kind is StatementKind.BALANCE_SHEET:
            self._balance_identity(rows, statement)
        for row in rows:
            if row.concept is None:
                self._extend(row, kind)
        if disclosure:
            relationships = []  # a note table's totals name its lines; its sums are not the statements'
            self._settle_disclosure(rows, statement)
        result = MappedStatement(
            index=statement.index,
            kind=kind.value,
            title=statement.title,
            role=f"Statement{statement.index + 1}{''.join(w.title() for w in kind.value.split('-'))}",
            concepts=list(dict.fromkeys(row.concept for row in rows if row.concept)),
            relationships=relationships,
            column_roles=[column.role.value for column in statement.columns],
            periods=[str(column.period) if column.period else "" for column in statement.columns],
            scale=statement.scale,
            headings=[column.heading for column in statement.columns],
            sections=list(statement.headings),
        )
        dash_decimals = {unit: _statement_decimals(statement, unit) for unit in UnitKind}
        statement.items = []  # each line (its cells) is let go once its facts are made: a long statement is never
        rows.reverse()  # held as cells and facts at once
        for order in range(len(rows)):
            row = rows.pop()
            self._facts(row, statement, order, result.facts, dash_decimals)
            if row.confidence < LOW_CONFIDENCE:
                self.mapped.issues.append(Issue("low-confidence", row.item.line,
                                                f"mapped to {row.concept.qname} by {row.method} "
                                                f"(confidence {row.confidence:.2f})", row.item.label))
        for failure in statement.failures:
            self.mapped.issues.append(Issue("arithmetic", failure.line, failure.detail, failure.label))
        for issue in statement.issues:
            self.mapped.issues.append(Issue("parse", issue.line, issue.message))
        return result

    def _match(self, item: LineItem, kind: StatementKind) -> _Row:
        row = _Row(item)
        if item.named:
            return self._named(row, item.named)
        if not item.label or synonyms.normalise(item.label) == "net":
            return row  # named by what it adds up to
        rule = synonyms.match(item.label, _LABELS_OF.get(kind, kind), item.area, item.unit, self.year)
        concept = self.taxonomy.get(rule.concept) if rule else None
        if concept is None and kind is StatementKind.EQUITY:
            return self._equity_event(row)
        if concept is None:
            return self._choose(row, kind)
        expected = "instant" if kind is StatementKind.BALANCE_SHEET or rule.at else "duration"
        if concept.period_type != expected:
            return self._choose(row, kind)
        row.concept, row.method, row.confidence, row.at = concept, "synonym", rule.confidence, rule.at
        if kind in _CHOOSER_KINDS and not rule.at:
            choice = chooser.choose(chooser.Line(item.label, kind, item.area, item.section, item.unit,
                                                 item.is_total), self.taxonomy)
            if choice and choice.method == "dictionary" and choice.concept is not concept:
                row.confidence = min(row.confidence, _DISPUTED)  # the label dictionary names another concept
        return row

    def _equity_event(self, row: _Row) -> _Row:
        """An event row of an equity statement without component columns: its roll-forward concept (None: left to
        the sums or an extension), a positive value for what takes from equity (a dividend, a repurchase)."""
        event = equity.event_concept(row.item)
        concept = self.taxonomy.get(event[0]) if event else None
        if event and concept is not None:
            row.concept, row.method, row.confidence, row.reduces = concept, "roll-forward", 0.8, event[1]
        return row

    def _disclosure_rows(self, statement: Statement) -> list[_Row]:
        """A note table's lines with their concepts, and the period type of its extension concepts: the one its
        captions name, else the one most of its lines' concepts have (a table of years whose lines are balances
        is one of instants); in a table of instants, a line of a duration concept is matched again."""
        table = notes.NoteTable.of(statement.topic or statement.title, [item.label for item in statement.items],
                                   [item.section for item in statement.items])
        rows = [self._disclosed(item, statement.period_type == "instant", table, k)
                for k, item in enumerate(statement.items)]
        period = statement.period_type
        if period is None:
            types = Counter(row.concept.period_type for row in rows if row.concept)
            period = "instant" if types["instant"] > types["duration"] else "duration"
        self.disclosure_period = period
        if period == "instant":
            for k, row in enumerate(rows):
                if row.concept and row.concept.period_type == "duration":
                    rows[k] = self._disclosed(row.item, True, table, k)
        for k, row in enumerate(rows):  # 'Other', 'Operating leases' take their side from the total below them
            total = next((later for later in rows[k + 1:] if later.item.is_total), None)
            part = notes.part_by_total(row.item.label, total.concept.qname) if total and total.concept and \
                row.item.cells and row.method != "note" else None
            concept = self.taxonomy.get(part) if part else None
            if concept is not None:
                row.concept, row.method, row.confidence = concept, "note+total", 0.7
        return rows

    def _disclosed(self, item: LineItem, instant_only: bool, table: notes.NoteTable, index: int) -> _Row:
        """A note table's line: a concept its words and section name, else the label dictionary's concept of any
        statement (only an instant one when `instant_only`); None when no concept fits, for the sums or an
        extension."""
        row = _Row(item)
        if not item.cells or not item.label or synonyms.normalise(item.label) == "net":
            return row
        named = notes.note_concept(item.label, item.section, table, index)
        concept = self.taxonomy.get(named[0]) if named else None
        if named and concept and (concept.period_type == "instant" or not instant_only):
            item.unit = named[1]
            row.concept, row.method, row.confidence = concept, "note", 0.85
            return row
        if not item.section and notes.is_generic(item.label) or table.scheduled(item.label):
            return row  # 'Other', 'Total': a note's line says what it is only with its table's title
        choice = chooser.choose(chooser.Line(item.label, StatementKind.DISCLOSURE, item.area, item.section,
                                             item.unit, item.is_total, instant_only), self.taxonomy)
        if choice:
            row.concept, row.method, row.confidence = choice.concept, choice.method, choice.confidence
        return row

    def _settle_disclosure(self, rows: list[_Row], statement: Statement) -> None:
        """Each disclosure line reports its instant concept at an instant; a line whose facts would contradict a
        fact already reported (a statement's, or an earlier disclosure's: same concept and context, another value)
        gets an extension concept of its own instead. A fact of the same value is a consistent duplicate."""
        if self.reported is None:
            self.reported = {}
            for mapped in self.mapped.statements:
                for fact in mapped.facts:
                    if not fact.context.dimensions:
                        self.reported.setdefault((fact.concept.qname, fact.context), (fact.value, fact.decimals))
            self._extension_concept(NOTES_ROOT, "Notes to financial statements [Abstract]", "duration", None,
                                    UnitKind.MONETARY, abstract=True)
        for row in rows:
            instant = row.concept.period_type == "instant"
            row.at = ("start" if _OPENING.search(row.item.label) else "end") if instant else None
            facts = [(self._context(row, statement, index), decimals, value)
                     for index, _, decimals, value in self._cell_values(row, statement)]
            if any(not _consistent(value, decimals, *self.reported[row.concept.qname, context])
                   for context, decimals, value in facts if (row.concept.qname, context) in self.reported):
                self._fresh_extension(row, statement)
            for context, decimals, value in facts:
                self.reported.setdefault((row.concept.qname, context), (value, decimals))

    def _settle_wordings(self, rows: list[_Row], statement: Statement, deducted: set[int]) -> None:
        """A line named by a wording whose facts would contradict a fact already reported with its concept (by an
        earlier line of this statement or of an earlier one: same context, another value) is no such line: 'Deferred
        tax liabilities' below 'Deferred tax assets' in the changes of a cash flow, the cash flow's noncash part of a
        restructuring charge beside the income statement's charge. It is left to the sums or an extension."""
        found: dict[tuple[str, Context], tuple[Decimal, int]] = {}
        worded = [row.concept is not None and row.method.startswith("wording") for row in rows]
        lines = range(len(rows))  # the other lines first, then the worded ones, each in order (not a sorted copy)
        for k in chain((k for k in lines if not worded[k]), (k for k in lines if worded[k])):
            row = rows[k]
            if row.concept is None or row.concept.qname not in wordings.CONCEPTS:
                continue
            facts = [((row.concept.qname, self._context(row, statement, index, quiet=True)), decimals, value)
                     for index, _, decimals, value in self._cell_values(row, statement)]
            known = [(value, decimals, found.get(key) or self.stated.get(key)) for key, decimals, value in facts]
            if worded[k] and any(other and not _consistent(value, decimals, *other)
                                 for value, decimals, other in known):
                row.concept, row.method, row.confidence = None, "", 0.0
                row.balance = self._guess_balance(row, statement.kind, id(row.item) in deducted)
                row.sign = self._row_sign(row, statement, rows[k + 1].item.label if k + 1 < len(rows) else "")
                continue
            for key, decimals, value in facts:
                found.setdefault(key, (value, decimals))
        for key, reported in found.items():
            self.stated.setdefault(key, reported)

    def _fresh_extension(self, row: _Row, statement: Statement) -> None:
        """An extension concept no other line has used, named from the line's section and label."""
        label = row.item.label or f"Line {row.item.line}"
        if row.item.section and len(label.split()) <= 3:
            label = f"{row.item.section.rstrip(': ')} {label}"
        base = name_from_label(label, f"DisclosureLine{row.item.line}")
        name, suffix = base, 1
        while name in self.extensions:
            suffix += 1
            name = f"{base}{suffix}"
        row.concept = self._extension_concept(name, label, row.concept.period_type, row.concept.balance,
                                              row.item.unit)
        row.method, row.confidence = "extension+disclosure", 0.5

    def _choose(self, row: _Row, kind: StatementKind) -> _Row:
        """The label dictionary's best concept for a line the synonym rules do not name (None: left to the sums)."""
        item = row.item
        if kind not in _CHOOSER_KINDS:
            return row
        wording = wordings.match(item.label, _LABELS_OF.get(kind, kind), item.area, item.section) \
            if item.unit is UnitKind.MONETARY else None
        if wording is not None and wording.first:
            return self._worded(row, kind)
        choice = chooser.choose(chooser.Line(item.label, kind, item.area, item.section, item.unit, item.is_total),
                                self.taxonomy)
        if choice:
            row.concept, row.method, row.confidence = choice.concept, choice.method, choice.confidence
            return row
        return self._worded(row, kind)

    def _worded(self, row: _Row, kind: StatementKind) -> _Row:
        """A money line no rule nor the label dictionary names: the concept of its 1990s wording, else, in a cash
        flow's operating section, the change in the balance-sheet item it names (None: left to the sums)."""
        item = row.item
        if item.unit is not UnitKind.MONETARY:
            return row
        wording = wordings.match(item.label, _LABELS_OF.get(kind, kind), item.area, item.section)
        qname, confidence, method = (wording.concept, wording.confidence, "wording") if wording else (None, 0.0, "")
        if qname is None and kind is StatementKind.CASH_FLOW and wordings.is_operating(item.section):
            qname, confidence, method = self._change_in(item.label), wordings.CHANGE_CONFIDENCE, "wording+change"
        concept = self.taxonomy.get(qname) if qname else None
        if concept is not None and concept.period_type == ("instant" if kind is StatementKind.BALANCE_SHEET
                                                           else "duration"):
            row.concept, row.method, row.confidence = concept, method, confidence
        return row

    def _change_in(self, label: str) -> str | None:
        """The change concept of the balance-sheet item a cash flow line names ('Accrued payroll', 'Trade accounts
        receivable'), by its wording or the label dictionary's balance-sheet concept; None when it has none."""
        item = wordings.balance_item(label)
        if item is None:
            choice = chooser.choose(chooser.Line(label, StatementKind.BALANCE_SHEET, Area.NONE, "", UnitKind.MONETARY,
                                                 False), self.taxonomy)
            item = choice.concept.qname if choice and choice.method == "dictionary" else None
        return wordings.CHANGES.get(item) if item else None

    def _roll_forward(self, statement: Statement, components: list[equity.Component]) -> list[_Row]:
        """The rows of an equity statement with a column per component: each column a member of the equity
        components axis, each row split into its money and share lines, with its roll-forward concept and period."""
        for index, component in enumerate(components):
            member = component.member
            if component.name:
                member = self._member(equity.EQUITY_AXIS, equity.EQUITY_DOMAIN,
                                      name_from_label(component.name, f"Column{index + 1}") + "Member",
                                      f"{component.name.title()} [Member]")
            self.column_members[statement.index, index] = ((equity.EQUITY_AXIS, member),) if member else ()
        rows = []
        for line in equity.lines(statement, components):
            row = _Row(line.item, period=line.period, at=line.at, reduces=line.reduces)
            concept = self.taxonomy.get(line.concept) if line.concept else None
            if concept is not None:
                row.concept, row.method, row.confidence = concept, "roll-forward", _ROLL_FORWARD_CONFIDENCE
            rows.append(row)
        return rows

    def _named(self, row: _Row, named: NamedConcept) -> _Row:
        """A line whose concept the source names; an extension concept when the taxonomy has none."""
        concept = self.taxonomy.get(named.qname) if named.qname else None
        if concept is None:
            concept = self._extension_concept(name_from_label(row.item.label, f"Line{row.item.line}"), row.item.label,
                                              "instant" if named.at else "duration", None, row.item.unit)
        row.concept, row.method, row.confidence, row.at = concept, named.method, named.confidence, named.at
        return row

    def _apply_neighbours(self, rows: list[_Row], kind: StatementKind) -> None:
        """Context that a label alone does not give: gross amounts above their contra line, and so on."""
        names = [row.concept.qname if row.concept else "" for row in rows]
        for i, row in enumerate(rows):
            following = names[i + 1] if i + 1 < len(rows) else ""
            following_label = synonyms.normalise(rows[i + 1].item.label) if i + 1 < len(rows) else ""
            if names[i] == "us-gaap:AccountsReceivableNetCurrent" and "net" not in synonyms.normalise(row.item.label) \
                    and following == "us-gaap:AllowanceForDoubtfulAccountsReceivableCurrent":
                self._retarget(row, "us-gaap:AccountsReceivableGrossCurrent", "synonym+context")
            elif names[i] == "us-gaap:Goodwill" and "net" not in synonyms.normalise(row.item.label) \
                    and "accumulated amortization" in following_label:
                self._retarget(row, "us-gaap:GoodwillGross", "synonym+context")
                if rows[i + 1].method.startswith("dictionary"):  # goodwill's amortization, not the equipment's
                    rows[i + 1].concept, rows[i + 1].method, rows[i + 1].confidence = None, "", 0.0
            elif names[i] == "us-gaap:LongTermNotesPayable" and _CONVERTIBLE_NOTES in (
                    following, names[i - 1] if i else ""):
                # beside convertible notes, plain notes are their sibling, not the total that includes them
                self._retarget(row, "us-gaap:OtherLongTermNotesPayable", "synonym+context")
        if kind in (StatementKind.INCOME_STATEMENT, StatementKind.COMPREHENSIVE_INCOME):
            self._consolidated_net_income(rows)
            self._share_counts(rows)
        if kind is StatementKind.INCOME_STATEMENT:
            self._sole_nonoperating_line(rows)
        if kind is StatementKind.COMPREHENSIVE_INCOME:
            self._other_comprehensive_items(rows)
        if kind is StatementKind.CASH_FLOW:
            self._change_before_exchange_effect(rows)
        if kind is StatementKind.BALANCE_SHEET and self.year is not None and self.year >= synonyms.SFAS_160:
            self._equity_with_noncontrolling(rows)
        if kind is StatementKind.BALANCE_SHEET and any(
                _CURRENT_NET_INCOME.search(synonyms.normalise(row.item.label)) for row in rows):
            # Retained earnings printed beside the current period's net income is the opening balance.
            for row in rows:
                if row.concept and row.concept.qname == "us-gaap:RetainedEarningsAccumulatedDeficit":
                    row.concept = self._extension_concept(
                        "RetainedEarningsAccumulatedDeficitExcludingCurrentPeriodNetIncomeLoss",
                        "Retained earnings (accumulated deficit), excluding current period net income (loss)",
                        "instant", "credit", UnitKind.MONETARY)
                    row.method, row.confidence = "extension+context", 0.7

    def _consolidated_net_income(self, rows: list[_Row]) -> None:
        """Net income (or comprehensive income) followed by the noncontrolling interests' share is the consolidated
        amount (ProfitLoss, comprehensive income including the interests' portion); the parent's share is the one
        attributable to it, further down."""
        done = set()
        for i, row in enumerate(rows):
            consolidated = _CONSOLIDATED.get(row.concept.qname) if row.concept is not None else None
            if consolidated and consolidated not in done and any(
                    _NONCONTROLLING.search(later.item.label) for later in rows[i + 1:i + 3]):
                self._retarget(row, consolidated, "synonym+context")
                done.add(consolidated)

    def _sole_nonoperating_line(self, rows: list[_Row]) -> None:
        """'Other income (expense), net' alone between operating income and income before taxes is all of the
        nonoperating income, not the other part of it."""
        money = [row for row in rows if row.concept is not None and row.item.unit is UnitKind.MONETARY]
        for before, row, after in zip(money, money[1:], money[2:], strict=False):
            if row.concept.qname == _OTHER_NONOPERATING and before.concept.qname == _OPERATING_INCOME \
                    and after.concept.qname == _PRETAX_INCOME:
                self._retarget(row, "us-gaap:NonoperatingIncomeExpense", "synonym+context")

    def _other_comprehensive_items(self, rows: list[_Row]) -> None:
        """Each item of other comprehensive income by its kind (securities, hedges, translation, pensions; its label's
        or else its section heading's) and part (arising, reclassified into net income, their total): a line not
        yet named, or named another item of other comprehensive income, takes it."""
        for k, row in enumerate(rows):
            if row.item.unit is not UnitKind.MONETARY or not row.item.label:
                continue
            reclassified_below = any(later.item.section == row.item.section and oci.is_reclassification(
                later.item.label) for later in rows[k + 1:]) if row.item.section else False
            current = row.concept.qname if row.concept is not None else None
            if current and not row.concept.name.startswith("OtherComprehensive"):
                continue
            wanted = oci.line_concept(row.item.label, row.item.section, row.item.is_total, reclassified_below)
            if wanted and not (current and oci.same_item(current, wanted)):
                concept = self.taxonomy.get(wanted)
                if concept is not None:
                    row.concept, row.method = concept, "synonym+section"
                    row.confidence = row.confidence or 0.8

    def _change_before_exchange_effect(self, rows: list[_Row]) -> None:
        """The change in cash printed above the effect of exchange rates on it leaves that effect out: the change
        excluding the exchange rate effect (the statement then adds the effect to reach the cash at its end)."""
        for i, row in enumerate(rows):
            excluding = _EXCLUDING_EXCHANGE.get(row.concept.qname) if row.concept is not None else None
            if excluding and any(later.concept is not None and later.concept.name.startswith("EffectOfExchangeRate")
                                 for later in rows[i + 1:]):
                self._retarget(row, excluding, "synonym+context")

    def _equity_with_noncontrolling(self, rows: list[_Row]) -> None:
        """A total of equity printed below the noncontrolling interests' equity (after SFAS 160, 2009, a part of
        equity) includes it: the equity of the parent's owners and of the interests together. Redeemable interests,
        printed between the liabilities and equity, are no part of it."""
        interests = False
        for row in rows:
            qname = row.concept.qname if row.concept is not None else ""
            if row.item.area is Area.EQUITY and _NONCONTROLLING.search(row.item.label) \
                    and not _REDEEMABLE.search(row.item.label) and qname != _STOCKHOLDERS_EQUITY:
                interests = True
            elif qname == _STOCKHOLDERS_EQUITY:
                if interests:
                    self._retarget(row, _EQUITY_WITH_INTERESTS, "synonym+context")
                interests = False

    def _share_counts(self, rows: list[_Row]) -> None:
        """A second count of shares whose label names no basis ('Shares used in per share amounts' under the basic
        and again under the diluted amount per share) is the basis of the per share amount just above it: the
        diluted count. A single count after both amounts stays the basic one."""
        basis, counted = None, False
        for row in rows:
            if row.item.unit is UnitKind.PER_SHARE and row.concept is not None:
                basis = row.concept.qname
            elif row.item.unit is UnitKind.SHARES and row.method == "synonym" and row.concept is not None \
                    and row.concept.qname == _BASIC_SHARES and not _BASIS.search(row.item.label):
                if counted and basis == _DILUTED_EPS:
                    self._retarget(row, _DILUTED_SHARES, "synonym+context")
                counted = True

    def _retarget(self, row: _Row, qname: str, method: str) -> None:
        concept = self.taxonomy.get(qname)
        if concept:
            row.concept, row.method = concept, method

    def _row_sign(self, row: _Row, statement: Statement, following: str = "") -> int:
        """-1 when a line prints as negative what its concept holds as positive (a contra line, a cost); `following`
        is the next line's label."""
        if statement.kind is StatementKind.CASH_FLOW:
            if is_supplemental(row.item.section):
                return 1
            if row.concept is not None and row.concept.qname in _LEASE_PAYMENTS:
                # a lease note's cash paid for leases, printed as amounts paid (in parentheses or not)
                return -1 if _printed_negative(row.item, statement) else 1
            if row.concept is None:  # an extension to be: its guessed balance tells (a credit takes cash away)
                return -1 if row.balance == "credit" else 1
            sign = cash_effect_signs().get(row.concept.qname)  # else a concept outside the network: its label tells
            if sign is None and row.method.startswith("wording") and row.concept.balance:
                return -1 if row.concept.balance == "credit" else 1  # a wording's concept: a credit takes cash away
            return sign if sign is not None else cash_flow_sign(row.item.label, row.item.section)
        if statement.kind is StatementKind.DISCLOSURE:  # a note prints a contra line as the balance sheet does
            if _NEGATIVE_FIRST.search(row.item.label):
                return -1
            deduction = _CONTRA.search(row.item.label) and not is_signed_amount(row.item.label) or \
                is_note_deduction(row.item.label) or \
                is_treasury_section(row.item.section) or is_tax_benefit_deduction(row.item.label, following)
            return -1 if deduction and _printed_negative(row.item, statement) else 1
        if _ATTRIBUTED.search(row.item.label):
            return 1  # 'Less: net income attributable to noncontrolling interests' prints the interests' result
        if statement.kind is StatementKind.COMPREHENSIVE_INCOME and \
                comprehensive_income_balance(row.item.label) == "debit" and row.balance == "debit":
            return -1  # a statement of comprehensive income prints effects on it: a debit takes from it
        if statement.kind is StatementKind.INCOME_STATEMENT and row.concept and row.concept.balance == "credit" \
                and prints_net_expense(row.concept.name, row.item.section):
            return -1  # 'Interest and other, net' under 'Interest and other (income) expense': a net expense
        if statement.kind is StatementKind.INCOME_STATEMENT and row.concept and row.concept.balance == "credit" \
                and prints_income_in_parentheses(row.item.section) and _printed_negative(row.item, statement):
            return -1  # 'Interest income' printed (201) under '(income) expense': an income of 201 (the results
            # below the section, printed positive, keep theirs)
        natural = self._natural_balance(row.item.area, statement.kind)
        if not row.reduces and (row.balance is None or natural is None or row.balance == natural):
            return 1
        return -1 if _printed_negative(row.item, statement) else 1

    @staticmethod
    def _natural_balance(area: Area, kind: StatementKind) -> str | None:
        if kind is StatementKind.BALANCE_SHEET:
            return "debit" if area in (Area.CURRENT_ASSETS, Area.NONCURRENT_ASSETS, Area.ASSETS) else "credit"
        return _KIND_BALANCE[kind]

    # -- totals ----------------------------------------------------------------------------------
    def _sums(self, rows: list[_Row], statement: Statement) -> list[CalcRelationship]:
        relationships: list[CalcRelationship] = []
        found = {total.total: total for total in find_sums(_sum_rows(rows, statement))}
        for key, row in enumerate(rows):
            total = found.get(key)
            if total is None:
                if row.item.is_total and row.item.label:
                    self.mapped.issues.append(Issue("arithmetic", row.item.line,
                                                    "total does not equal any run of the lines above it",
                                                    row.item.label))
                continue
            parts = [rows[k] for k in total.parts]
            if row.concept is None:
                self._name_subtotal(row, parts, total.balance, statement.kind)
            if row.concept is not None and row.concept.qname == _REVENUES:
                self._revenue_parts(parts)
            if row.concept is not None and row.concept.qname == _OTHER_NONOPERATING and len(parts) > 1 \
                    and statement.kind is StatementKind.INCOME_STATEMENT:
                # 'Other income (expense), net' adding up interest income, interest expense and 'Other': all of the
                # nonoperating income, not its other part
                self._retarget(row, "us-gaap:NonoperatingIncomeExpense", "synonym+sum")
            for column in total.failing_columns:
                self.mapped.issues.append(Issue(
                    "arithmetic", row.item.line,
                    f"column {column + 1}: the lines above add up to a different amount than printed", row.item.label))
            for order, part in enumerate(parts, start=1):
                if part.concept is None:
                    self._extend(part, statement.kind)
                arc = CalcRelationship(row.concept, part.concept, weight(part.balance, row.balance), order)
                relationships.append(self.arcs.setdefault(arc, arc))
        return relationships

    def _balance_identity(self, rows: list[_Row], statement: Statement) -> None:
        """An unlabelled line that no sum names, printed with the amounts of total assets (or of total liabilities
        and equity, above it) in every column it shares with it, is the other grand total: assets equal
        liabilities and equity. The first grand total may be in an earlier table of the same balance sheet."""
        unnamed = [(key, row) for key, row in enumerate(rows) if row.concept is None and not row.item.label.strip()
                   and row.item.unit is UnitKind.MONETARY]
        if not unnamed:
            return
        totals: dict[str, tuple[int, dict[date, Decimal]]] = {}  # grand total -> (its row, -1 earlier), its amounts
        earlier = self.mapped.statements[-1:]  # the table just before, when it is the same balance sheet's first part
        for mapped in (m for m in earlier if m.kind == StatementKind.BALANCE_SHEET.value):
            for fact in mapped.facts:
                if fact.concept.qname in _GRAND_TOTALS and not fact.context.dimensions:
                    totals.setdefault(fact.concept.qname, (-1, {}))[1][fact.context.period.end] = fact.value
        for key, row in enumerate(rows):
            if row.concept is not None and row.concept.qname in _GRAND_TOTALS:
                totals[row.concept.qname] = (key, self._amounts(row, statement))
        named = {row.concept.qname for row in rows if row.concept}
        for key, row in unnamed:
            amounts = self._amounts(row, statement)
            for total, (at, printed) in totals.items():
                other = _GRAND_TOTALS[total]
                shared = amounts.keys() & printed.keys()
                in_order = at < key if other == _LIABILITIES_AND_EQUITY else at > key
                if shared and other not in named and in_order and all(amounts[end] == printed[end] for end in shared):
                    row.concept, row.method, row.confidence = self.taxonomy.concepts[other], "balance-identity", 0.9
                    row.balance = row.concept.balance
                    named.add(other)
                    break

    def _amounts(self, row: _Row, statement: Statement) -> dict[date, Decimal]:
        """A line's amounts by the end of their column's period."""
        return {column.period.end: value for index, _, _, value in self._cell_values(row, statement)
                if (column := statement.columns[index]).period is not None}

    def _revenue_parts(self, parts: list[_Row]) -> None:
        """A part of total revenues that its label names revenues ('Net sales' above 'Service revenues') is the
        revenue from sales (SalesRevenueGoodsNet before 2018, now RevenueFromContractWithCustomer...): the total
        alone is Revenues."""
        for part in parts:
            if part.concept is not None and part.concept.qname == _REVENUES:
                self._retarget(part, _SALES_REVENUE, "synonym+sum")

    def _name_subtotal(self, row: _Row, parts: list[_Row], balance: str | None, kind: StatementKind) -> None:
        children = {part.concept.qname for part in parts if part.concept}
        standard = {child for child in children if not child.startswith(f"{EXTENSION_PREFIX}:")}
        if kind is StatementKind.INCOME_STATEMENT and standard and standard <= _REVENUE_CONCEPTS \
                and all(part.balance != "debit" for part in parts):
            row.concept, row.method, row.confidence = self.taxonomy.concepts[_REVENUES], "sum", 0.8
            return  # revenues and other revenues printed above their unlabelled total
        qname = synonyms.concept_for_sum(children)
        concept = self.taxonomy.get(qname) if qname else None
        if concept and concept.qname not in children:
            row.concept, row.method, row.confidence = concept, "sum", 0.85
            return
        choice = chooser.total_for([part.concept.qname for part in parts if part.concept], kind, self.taxonomy,
                                   balance) \
            if kind in _CHOOSER_KINDS else None
        if choice and choice.concept.qname not in children:
            row.concept, row.method, row.confidence = choice.concept, choice.method, choice.confidence
            return
        label = row.item.label or _sum_label(parts)
        period = self._period_type(kind, label)
        row.balance = balance
        row.concept = self._extension_concept(name_from_label(label, f"SubtotalLine{row.item.line}"), label, period,
                                              balance, UnitKind.MONETARY)
        row.method, row.confidence = "extension+sum", 0.5

    # -- extensions ------------------------------------------------------------------------------
    def _extend(self, row: _Row, kind: StatementKind) -> None:
        label = row.item.label
        instant = row.at or (row.period and row.period.is_instant)
        period = "instant" if instant else self._period_type(kind, label)
        if not label:
            name, label, confidence = f"UnlabelledLine{row.item.line}", f"Unlabelled line {row.item.line}", 0.2
        else:
            name, confidence = name_from_label(label, f"Line{row.item.line}"), 0.5
        row.concept = self._extension_concept(name, label, period, row.balance, row.item.unit)
        row.method, row.confidence = "extension", confidence

    def _period_type(self, kind: StatementKind, label: str = "") -> str:
        """The period type of an extension concept made for a line (of this label) of a statement of this kind: a
        disclosure's balance at the start or end of its period is an instant."""
        if kind is StatementKind.DISCLOSURE:
            return "instant" if _BALANCE.search(label) else self.disclosure_period
        return "instant" if kind is StatementKind.BALANCE_SHEET else "duration"

    def _guess_balance(self, row: _Row, kind: StatementKind, deducted: bool = False) -> str | None:
        """The balance of a line no concept names yet; `deducted`: one of the lines printed in parentheses that open
        its section."""
        if row.item.unit is not UnitKind.MONETARY:
            return None
        if kind is StatementKind.INCOME_STATEMENT and not row.item.label and row.item.rule_above:
            return None  # an unlabelled total of expenses or of income: the sums try either, its parts tell
        natural = self._natural_balance(row.item.area, kind)
        if kind is StatementKind.CASH_FLOW:  # a positive value that takes cash away is a credit to cash
            return "credit" if cash_flow_sign(row.item.label, row.item.section) < 0 else "debit"
        if kind is StatementKind.COMPREHENSIVE_INCOME:
            return comprehensive_income_balance(row.item.label)
        if kind is StatementKind.EQUITY and is_treasury_section(row.item.section) and not row.item.is_total:
            return "debit"  # treasury stock takes from equity: held positive
        if kind is StatementKind.BALANCE_SHEET and _CONTRA.search(row.item.label):
            return "credit" if natural == "debit" else "debit"
        if kind is StatementKind.INCOME_STATEMENT and is_expense_line(row.item.label, row.item.section, deducted):
            return "debit"
        if kind is StatementKind.INCOME_STATEMENT and _EXPENSES_SECTION.search(row.item.section) \
                and not _RESULT.search(row.item.label):
            return "debit"  # a line listed under 'Costs and expenses:' (not a result below their total)

        return natural

    def _extension_concept(self, name: str, label: str, period: str, balance: str | None, unit: UnitKind,
                           abstract: bool = False) -> Concept:
        data_type = "xbrli:stringItemType" if abstract else {
            UnitKind.MONETARY: "xbrli:monetaryItemType", UnitKind.SHARES: "xbrli:sharesItemType",
            UnitKind.PER_SHARE: "dtr-types:perShareItemType"}[unit]
        base, suffix = name, 1
        while name in self.extensions:
            existing = self.extensions[name]
            if (existing.period_type, existing.balance, existing.data_type) == (period, balance, data_type):
                return existing
            suffix += 1
            name = f"{base}{suffix}"
        concept = Concept(EXTENSION_PREFIX, name, self.mapped.extension_namespace, data_type, period,
                          balance if unit is UnitKind.MONETARY and not abstract else None, label, abstract)
        self.extensions[name] = concept
        return concept

    def _member(self, axis: str, domain: str, name: str, label: str) -> str:
        if name not in self.members:
            concept = Concept(EXTENSION_PREFIX, name, self.mapped.extension_namespace, "dtr-types:domainItemType",
                              "duration", None, label, abstract=True)
            self.members[name] = DimensionMember(axis, domain, concept)
        return f"{EXTENSION_PREFIX}:{name}"

    # -- facts -----------------------------------------------------------------------------------
    def _facts(self, row: _Row, statement: Statement, order: int, facts: StatementFacts,
               dash_decimals: dict[UnitKind, int]) -> None:
        """Add the facts of one line to its statement's (a dash's decimals, where its line has none: the
        statement's by unit)."""
        item = row.item
        if not item.cells:
            return
        unit = self._unit(item.unit, statement.currency)
        line = facts.add_line(FactLine(row.concept, unit, order, item.label, item.text, row.method, row.confidence))
        for index, cell, decimals, value in self._cell_values(row, statement, dash_decimals[item.unit]):
            facts.add(line, self._context(row, statement, index), index, decimals, value, cell.line, cell.text)

    @staticmethod
    def _cell_values(row: _Row, statement: Statement, common: int | None = None
                     ) -> Iterator[tuple[int, Cell, int, Decimal]]:
        """Per number of a line, by column: its column, cell, decimals and value, scaled and signed (`common`: the
        statement's decimals for the line's unit, when read already)."""
        item = row.item
        dash_decimals = _dash_decimals(item, statement, common) if any(cell.dash for cell in item.cells.values()) \
            else 0
        scale = 0 if item.unit is UnitKind.PER_SHARE else item.scale if item.scale is not None \
            else statement.share_scale if item.unit is UnitKind.SHARES and statement.share_scale is not None \
            else statement.scale
        for index, cell in sorted(item.cells.items()):
            decimals = (dash_decimals if cell.dash else cell.decimals) - scale
            value = _signed(cell.value, statement.columns[index].sign * row.sign)
            if scale:
                value = _plain(value.scaleb(scale, EXACT))
            if value == 0:
                value = abs(value)
            yield index, cell, decimals, value

    def _context(self, row: _Row, statement: Statement, index: int, quiet: bool = False) -> Context:
        """The context of a line's fact in a column: one object per distinct context, shared by its facts, found
        once per column and kind of line (a line may report the instant at the start or end of the column);
        `quiet`: a column without a period is not reported as an issue (the line's facts will be)."""
        column = statement.columns[index]
        key = (statement.index, index, row.at, row.period)
        context = self.column_contexts.get(key)
        if context is None:
            dimensions = self._column_dimensions(column.role, column.entity)
            member = self.column_members.get((statement.index, index))
            context = Context(row.period or self._period(row, column.period, statement, quiet),
                              tuple(sorted(dimensions + member)) if member else dimensions)
            context = self.contexts.setdefault(context, context)
            if column.period is not None:  # a column without one: each line reports the fallback as an issue
                self.column_contexts[key] = context
        return context

    def _period(self, row: _Row, period: Period | None, statement: Statement, quiet: bool = False) -> Period:
        if period is None:
            fallback = self.mapped.period_of_report
            if not quiet:
                self.mapped.issues.append(Issue("period", row.item.line, "no period found for the column; used the "
                                                "filing's period of report", row.item.label))
            if fallback is None:
                raise _NoPeriod(f"line {row.item.line}: no period for the column and none for the filing")
            period = Period(end=fallback) if statement.kind is StatementKind.BALANCE_SHEET else \
                duration_ending(fallback, 12)
        if row.at == "end":
            return Period(end=period.end)
        if row.at == "start" and period.start:
            return Period(end=day_before(period.start))
        return period

    def _column_dimensions(self, role: ColumnRole, entity: str | None) -> tuple[tuple[str, str], ...]:
        """_dimensions, worked out once per kind of column of the filing."""
        found = self.dimensions.get((role, entity))
        if found is None:
            found = self.dimensions[role, entity] = self._dimensions(role, entity)
        return found

    def _dimensions(self, role: ColumnRole, entity: str | None) -> tuple[tuple[str, str], ...]:
        if role is ColumnRole.HISTORICAL:
            return ()
        if role is ColumnRole.PRO_FORMA:
            return ((SCENARIO_AXIS, "srt:ProFormaMember"),)
        if role is ColumnRole.ADJUSTMENT:
            return ((SCENARIO_AXIS, "srt:ScenarioAdjustmentMember"),)
        if role is ColumnRole.SUBTOTAL:
            member = self._member(SCENARIO_AXIS, SCENARIO_DOMAIN, SUBTOTAL_MEMBER,
                                  "Historical less disposed business [Sub-total]")
            return ((SCENARIO_AXIS, member),)
        name = name_from_label(entity or "", "DisposedBusiness") + "Member"
        member = self._member(DISPOSAL_AXIS, DISPOSAL_DOMAIN, name, f"{entity} [Member]")
        return ((DISPOSAL_AXIS, member),)

    @staticmethod
    def _unit(kind: UnitKind, currency: str) -> Unit:
        if kind is UnitKind.SHARES:
            return SHARES
        if kind is UnitKind.PER_SHARE:
            return per_share_unit(currency)
        return currency_unit(currency)


_TOTAL_CONCEPTS = {
    "us-gaap:Assets", "us-gaap:AssetsCurrent", "us-gaap:Liabilities", "us-gaap:LiabilitiesCurrent",
    "us-gaap:LiabilitiesAndStockholdersEquity", "us-gaap:StockholdersEquity", "us-gaap:GrossProfit",
    "us-gaap:OperatingIncomeLoss", "us-gaap:NetIncomeLoss", "us-gaap:IncomeLossFromContinuingOperations",
    "us-gaap:OperatingExpenses", "us-gaap:CostsAndExpenses", "us-gaap:PropertyPlantAndEquipmentNet",
    "us-gaap:AccountsReceivableNetCurrent",
    "us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest",
    "us-gaap:NetCashProvidedByUsedInOperatingActivities", "us-gaap:NetCashProvidedByUsedInInvestingActivities",
    "us-gaap:NetCashProvidedByUsedInFinancingActivities", "us-gaap:CashAndCashEquivalentsPeriodIncreaseDecrease",
}


def _fiscal_year(period_of_report: date | None, statement: Statement) -> int | None:
    """The year of the filing's period of report, else of the statement's latest column: the era whose standards
    name its lines (None when neither is known)."""
    if period_of_report is not None:
        return period_of_report.year
    ends = [column.period.end for column in statement.columns if column.period is not None]
    return max(ends).year if ends else None


def _dash_decimals(item: LineItem, statement: Statement, statement_decimals: int | None) -> int:
    """The decimals of a dash: the most common among the line's numbers, else among the statement's."""
    common = Counter(cell.decimals for cell in item.cells.values() if not cell.dash).most_common(1)
    return common[0][0] if common else \
        statement_decimals if statement_decimals is not None else _statement_decimals(statement, item.unit)


def _statement_decimals(statement: Statement, unit: UnitKind) -> int:
    counts = Counter(cell.decimals for item in statement.items if item.unit is unit
                     for cell in item.cells.values() if not cell.dash)
    return counts.most_common(1)[0][0] if counts else 0


def _first_value(item: LineItem, statement: Statement) -> Decimal:
    """The line's first number other than zero, with its column's sign (zero when it has none)."""
    return next((cell.value * statement.columns[c].sign for c, cell in sorted(item.cells.items()) if cell.value != 0),
                Decimal(0))


def _printed_negative(item: LineItem, statement: Statement) -> bool:
    """Whether a line prints its amounts as negative: most of its numbers other than zero are, with their columns'
    signs (a tie goes to the first), so that one year's benefit among years of expense keeps its own sign."""
    signs = [cell.value * statement.columns[c].sign < 0 for c, cell in sorted(item.cells.items()) if cell.value != 0]
    negative = sum(signs)
    return negative * 2 > len(signs) or (negative * 2 == len(signs) > 0 and _first_value(item, statement) < 0)


def _deductions(statement: Statement) -> set[int]:
    """The lines (by id) of the runs of lines printed in parentheses that open their sections, two lines
    at least: a statement that prints its expenses as deductions ('Costs and expenses:' over '(2,500)', '(60)')."""
    runs: dict[str, list[LineItem]] = {}
    closed: set[str] = set()
    for item in statement.items:
        if not item.section or item.section in closed or not item.cells:
            continue
        if _printed_negative(item, statement) and not item.is_total:
            runs.setdefault(item.section, []).append(item)
        else:
            closed.add(item.section)
    return {id(item) for run in runs.values() if len(run) >= 2 for item in run}


def _consistent(value: Decimal, decimals: int, other: Decimal, other_decimals: int) -> bool:
    """Whether two reported values agree when both are rounded to the coarser of their decimals."""
    step = Decimal(1).scaleb(-min(decimals, other_decimals))
    return value.quantize(step, context=EXACT) == other.quantize(step, context=EXACT)


def _sum_rows(rows: list[_Row], statement: Statement) -> Iterator[SumRow]:
    """The monetary lines' natural values, one at a time: find_sums keeps only the lines still open."""
    for key, row in enumerate(rows):
        if row.item.unit is not UnitKind.MONETARY or row.at:
            continue
        decimals = min((cell.decimals for cell in row.item.cells.values() if not cell.dash), default=0)
        yield SumRow(
            key=key,
            values={c: _signed(cell.value, statement.columns[c].sign * row.sign) for c, cell in row.item.cells.items()},
            balance=row.balance,
            tolerance=_tolerance(decimals),
            candidate=row.item.is_total or bool(row.item.rule_above) or row.concept is None
            or (row.concept.qname in _TOTAL_CONCEPTS),
            closes_block=bool(row.concept and row.concept.qname in _GRAND_TOTALS),
        )


@cache
def _tolerance(decimals: int) -> Decimal:
    """How far a sum may miss a total printed to `decimals` places: a unit of its last digit, none for decimals
    (one object per precision, shared by a statement's lines)."""
    return Decimal(1).scaleb(-decimals) if decimals <= 0 else Decimal(0)


def _signed(value: Decimal, sign: int) -> Decimal:
    """A printed value with its column's and line's sign (+1 or -1), exactly: '*' would round past 28 digits."""
    return value if sign > 0 else value.copy_negate()


def _plain(value: Decimal) -> Decimal:
    """A scaled value without a positive exponent (1.075E+7 as 10750000), as its text reads."""
    return value.quantize(_ONE, context=EXACT) if "E+" in str(value) else value  # a positive exponent prints E+


def _sum_label(parts: list[_Row]) -> str:
    """An unlabelled total named by what it adds up: 'Total of Cash and Receivables' (its first and last part)."""
    first, last = (part.concept.label if part.concept else part.item.label or f"line {part.item.line}"
                   for part in (parts[0], parts[-1]))
    return f"Total of {first} {'and' if len(parts) == 2 else 'through'} {last}"
