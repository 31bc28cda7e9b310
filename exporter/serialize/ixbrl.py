"""Inline XBRL 1.1 review page: each statement as a table like the source, every number an ix:nonFraction fact.

Numbers are coloured by mapping confidence and carry a hover text with concept, period, dimensions, mapping method
and source line; the filing's arithmetic failures and doubtful lines are listed below the statements.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path

from lxml import etree

from ..mapping.facts import ARITHMETIC_KINDS, DOUBTFUL_KINDS, EXACT, Fact, Issue, MappedFiling, MappedStatement
from .names import LINK, XLINK
from .resources import context_elements, instance_namespaces, unit_elements

XHTML = "http://www.w3.org/1999/xhtml"
IX = "http://www.xbrl.org/2013/inlineXBRL"
IXT = "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12"  # Transformation Registry 4
HIGH_CONFIDENCE = 0.9
MEDIUM_CONFIDENCE = 0.6
_SCALE_WORDS = {3: "in thousands", 6: "in millions"}
_NUMBER = re.compile(r"\d[\d,]*(\.\d+)?|\.\d+")  # "1,234.00", ".24"
_STYLE = """
body { font-family: Georgia, 'DejaVu Serif', serif; color: #222; margin: 24px 32px; }
h1 { font-size: 22px; margin-bottom: 4px; }
h2 { font-size: 17px; margin: 28px 0 2px; }
p.note { color: #555; font-size: 13px; margin: 2px 0 8px; }
table.statement { border-collapse: collapse; font-size: 13px; }
table.statement th { text-align: right; vertical-align: bottom; padding: 2px 10px; font-weight: bold; }
table.statement tr.periods th { border-bottom: 1px solid #888; font-weight: normal; color: #444; }
table.statement td { padding: 1px 10px; }
td.line { color: #999; font-size: 11px; text-align: right; }
td.label { max-width: 460px; }
td.num { text-align: right; white-space: nowrap; font-family: 'DejaVu Sans Mono', monospace; cursor: help; }
tr.section td { font-weight: bold; padding-top: 6px; }
.high { background: #cdeccd; }
.medium { background: #ffe2a8; }
.low { background: #f6b8b8; }
td.num:hover { outline: 2px solid #335; }
span.legend { padding: 1px 8px; margin-right: 6px; }
ul.issues { font-size: 13px; }
"""


def write_ixbrl(mapped: MappedFiling, path: Path, schema_name: str) -> None:
    """Write the review page for `mapped`, referencing the extension schema `schema_name` like the instance does."""
    nsmap: dict[str | None, str] = {None: XHTML, "ix": IX, "ixt": IXT}
    nsmap.update(instance_namespaces(mapped))
    html = etree.Element(f"{{{XHTML}}}html", nsmap=nsmap)
    html.set("{http://www.w3.org/XML/1998/namespace}lang", "en")
    head = _sub(html, "head")
    _sub(head, "meta", {"http-equiv": "Content-Type", "content": "application/xhtml+xml; charset=utf-8"})
    _sub(head, "title", text=f"{_filer(mapped)}: XBRL review of {mapped.filing_id}")
    _sub(head, "style", {"type": "text/css"}, _STYLE)
    body = _sub(html, "body")
    body.append(_header(mapped, schema_name))
    _sub(body, "h1", text=_filer(mapped))
    _sub(body, "p", {"class": "note"}, f"{mapped.form_type or 'Filing'} {mapped.filing_id}, period of report "
                                       f"{mapped.period_of_report or 'not given'}; converted from "
                                       f"{Path(mapped.source_path).name}. Hover over a number for its XBRL fact.")
    body.append(_legend(mapped.facts))
    first = 1  # the instance numbers facts f1, f2, ... statement after statement
    for statement in mapped.statements:
        _statement(body, statement, first)
        first += len(statement.facts)
    _issues(body, mapped.issues)
    etree.ElementTree(html).write(str(path), xml_declaration=True, encoding="utf-8", pretty_print=True)


def confidence_class(confidence: float) -> str:
    """The colour band of a mapping confidence: high, medium or low."""
    if confidence >= HIGH_CONFIDENCE:
        return "high"
    return "medium" if confidence >= MEDIUM_CONFIDENCE else "low"


def _filer(mapped: MappedFiling) -> str:
    return mapped.entity.name or mapped.entity.identifier


def _sub(parent: etree._Element, tag: str, attributes: dict[str, str] | None = None,
         text: str | None = None) -> etree._Element:
    element = etree.SubElement(parent, f"{{{XHTML}}}{tag}", attributes or {})
    element.text = text
    return element


def _header(mapped: MappedFiling, schema_name: str) -> etree._Element:
    hidden = etree.Element(f"{{{XHTML}}}div", style="display:none")
    header = etree.SubElement(hidden, f"{{{IX}}}header")
    references = etree.SubElement(header, f"{{{IX}}}references")
    ref = etree.SubElement(references, f"{{{LINK}}}schemaRef")
    ref.set(f"{{{XLINK}}}type", "simple")
    ref.set(f"{{{XLINK}}}href", schema_name)
    resources = etree.SubElement(header, f"{{{IX}}}resources")
    resources.extend(context_elements(mapped))
    resources.extend(unit_elements(mapped))
    return hidden


def _legend(facts: Iterable[Fact]) -> etree._Element:
    counts: dict[str, int] = defaultdict(int)
    for fact in facts:
        counts[confidence_class(fact.confidence)] += 1
    legend = etree.Element(f"{{{XHTML}}}p", {"class": "note"})
    legend.text = "Mapping confidence: "
    for band, text in (("high", f">= {HIGH_CONFIDENCE}"), ("medium", f">= {MEDIUM_CONFIDENCE}"),
                       ("low", f"< {MEDIUM_CONFIDENCE}")):
        _sub(legend, "span", {"class": f"legend {band}"}, f"{band} {text}: {counts[band]} facts")
    return legend


def _statement(body: etree._Element, statement: MappedStatement, first: int) -> None:
    _sub(body, "h2", {"id": f"statement-{statement.index + 1}"}, statement.title or statement.kind)
    scale = _SCALE_WORDS.get(statement.scale, f"scaled by 10^{statement.scale}" if statement.scale else "as printed")
    _sub(body, "p", {"class": "note"}, f"{statement.kind}, amounts {scale} except per-share amounts")
    table = _sub(body, "table", {"class": "statement"})
    head = _sub(table, "thead")
    columns = range(len(statement.headings or statement.periods))
    for css, texts in (("headings", statement.headings), ("periods", _period_headings(statement))):
        row = _sub(head, "tr", {"class": css})
        _sub(row, "th")
        _sub(row, "th")
        for column in columns:
            _sub(row, "th", text=texts[column] if column < len(texts) else "")
    rows: dict[int, dict[int, tuple[int, Fact]]] = defaultdict(dict)
    for number, fact in enumerate(statement.facts, start=first):
        rows[fact.line_order][fact.column] = number, fact
    sections = sorted(statement.sections)
    tbody = _sub(table, "tbody")
    for order in sorted(rows):
        cells = rows[order]
        line = min(fact.source_line for _, fact in cells.values())
        while sections and sections[0][0] < line:
            _section_row(tbody, sections.pop(0), len(columns))
        _, leading = next(iter(cells.values()))
        row = _sub(tbody, "tr")
        _sub(row, "td", {"class": "line"}, str(line))
        _sub(row, "td", {"class": "label"}, leading.label or "(no label)")
        for column in columns:
            if column not in cells:
                _sub(row, "td")
            else:
                number, fact = cells[column]
                _number_cell(row, fact, number, statement.scale)
    for section in sections:
        _section_row(tbody, section, len(columns))


def _period_headings(statement: MappedStatement) -> list[str]:
    headings = []
    for period, role in zip(statement.periods, statement.column_roles, strict=False):
        text = period.replace("--", " to ")
        headings.append(text if role == "historical" else f"{text} ({role})")
    return headings


def _section_row(tbody: etree._Element, section: tuple[int, str], columns: int) -> None:
    row = _sub(tbody, "tr", {"class": "section"})
    _sub(row, "td", {"class": "line"}, str(section[0]))
    _sub(row, "td", {"colspan": str(columns + 1)}, section[1])


def _number_cell(row: etree._Element, fact: Fact, number: int, statement_scale: int) -> None:
    scale = statement_scale if fact.unit.per is None else 0
    magnitude = fact.value.copy_abs().scaleb(-scale, EXACT)
    cell = _sub(row, "td", {"class": f"num {confidence_class(fact.confidence)}", "title": _hover(fact)})
    element = etree.Element(f"{{{IX}}}nonFraction", name=fact.concept.qname, contextRef=fact.context.id,
                            unitRef=fact.unit.id, decimals=str(fact.decimals), id=f"f{number}")
    if scale:
        element.set("scale", str(scale))
    found = _NUMBER.search(fact.printed)
    if found is None and fact.value == 0:
        element.set("format", "ixt:fixed-zero")
        element.text = fact.printed.strip() or "-"
        cell.append(element)
        return
    element.set("format", "ixt:num-dot-decimal")
    if fact.value < 0:
        element.set("sign", "-")
    if found is not None and _as_decimal(found.group()) == magnitude:
        cell.text, element.text, element.tail = fact.printed[:found.start()], found.group(), fact.printed[found.end():]
    else:
        element.text = format(magnitude, ",f")
    cell.append(element)


def _as_decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def _hover(fact: Fact) -> str:
    period = fact.context.period
    when = f"{period.end} (instant)" if period.is_instant else f"{period.start} to {period.end} (duration)"
    dimensions = ", ".join(f"{axis} = {member}" for axis, member in fact.context.dimensions) or "none"
    return "\n".join([
        f"{fact.concept.qname}: {fact.concept.label}",
        f"Period: {when}",
        f"Dimensions: {dimensions}",
        f"Value: {fact.value_text} {fact.unit.label}, decimals {fact.decimals}",
        f"Mapping: {fact.method}, confidence {fact.confidence:.2f}",
        f"Source line {fact.source_line}: {fact.source_text.strip()}",
    ])


def _issues(body: etree._Element, issues: Sequence[Issue]) -> None:
    groups = (("Arithmetic failures", [i for i in issues if i.kind in ARITHMETIC_KINDS]),
              ("Low-confidence and unmapped lines", [i for i in issues if i.kind in DOUBTFUL_KINDS]),
              ("Other issues", [i for i in issues if i.kind not in ARITHMETIC_KINDS + DOUBTFUL_KINDS]))
    _sub(body, "h2", {"id": "review"}, "For review")
    for title, group in groups:
        _sub(body, "h3", text=f"{title} ({len(group)})")
        if not group:
            _sub(body, "p", {"class": "note"}, "None.")
            continue
        listing = _sub(body, "ul", {"class": "issues"})
        for issue in sorted(group, key=lambda i: i.line):
            label = f" ({issue.label})" if issue.label else ""
            _sub(listing, "li", text=f"Line {issue.line}{label}: {issue.message}")
