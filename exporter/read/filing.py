"""An EDGAR text filing: its SGML header (or cover page facts when there is none) and its documents."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePosixPath

from ..periods import parse_date
from .source import SourceText

_HEADER_FIELDS = {
    "ACCESSION NUMBER": "accession_number",
    "CONFORMED SUBMISSION TYPE": "form_type",
    "FORM TYPE": "form_type",
    "CONFORMED PERIOD OF REPORT": "period_of_report",
    "FILED AS OF DATE": "filed",
    "COMPANY CONFORMED NAME": "company_name",
    "CENTRAL INDEX KEY": "cik",
    "STATE OF INCORPORATION": "state",
    "SEC FILE NUMBER": "file_number",
    "IRS NUMBER": "irs_number",
    "FISCAL YEAR END": "fiscal_year_end",
}
_TAG = re.compile(r"^\s*<(/?[A-Z][A-Z0-9-]*)>", re.IGNORECASE)  # its value: the rest of the line, stripped
_FIELD = re.compile(r"^\s*([A-Z][A-Z .'-]+?):\s*(.*?)\s*$")
_FORM = re.compile(r"^\s*FORM\s+(\d{1,2}-[A-Z0-9]+(?:/A)?|\d{1,2}[A-Z]?-?\d*[A-Z]*(?:/A)?)\s*$", re.IGNORECASE)
_AMENDMENT = re.compile(r"\bAMENDMENT\s+(?:NO\.?\s*\d+\s*)?(?:TO\b|$)", re.IGNORECASE)
_COVER_LABELS = {
    "company_name": re.compile(r"\(\s*exact\s+name\s+of\s+registrant", re.IGNORECASE),
    "state": re.compile(r"\(\s*state\s+or\s+other\s+jurisdiction", re.IGNORECASE),
    "file_number": re.compile(r"\(?\s*commission\s+file\s+(?:number|no\.?)\s*\)?", re.IGNORECASE),
    "irs_number": re.compile(r"\(\s*I\.?R\.?S\.?\s+employer", re.IGNORECASE),
}
_INLINE_FILE_NUMBER = re.compile(r"commission\s+file\s+(?:number|no\.?)\s*:?\s*([0-9]{1,3}-[0-9]{3,6})", re.I)
_DATE_OF_REPORT = re.compile(r"date\s+of\s+report[^:]*:\s*(.+)$", re.IGNORECASE)
_PERIOD_ENDED = re.compile(r"for\s+the\s+(?:fiscal\s+year|quarterly\s+period|period)\s+ended\s*:?\s*(.+)$", re.I)
_COVER_LINES = 120
_COVER_MARKUP_CHARS = 300_000  # markup read for an HTML cover page (inline styles make it long)
_MARKUP = re.compile(r"<(?:html|body|div|p|td|font)\b", re.IGNORECASE)
_BLOCK_END = re.compile(r"<(?:/?(?:p|div|tr|br|h\d|table|li|pre)\b|/td)[^<>]*>", re.IGNORECASE)
_HIDDEN = (("<head", "</head>"), ("<script", "</script>"), ("<style", "</style>"), ("<!--", "-->"),
           ("<ix:header", "</ix:header>"))  # markup whose text is not printed on the page
_TAG_ANY = re.compile(r"<[^<>]*>")  # [^<>]: an unterminated tag is not scanned to the end
# A word that each cover-page caption or date needs, so that a quick test spares most lines the searches
_COVER_WORDS = re.compile(r"registrant|jurisdiction|commission|employer|report|ended")


@dataclass
class FilingHeader:
    """What the filing says about itself, from the SGML header or, failing that, the cover page."""

    accession_number: str | None = None
    cik: str | None = None
    company_name: str | None = None
    form_type: str | None = None
    period_of_report: date | None = None
    filed: date | None = None
    state: str | None = None
    file_number: str | None = None
    irs_number: str | None = None
    fiscal_year_end: str | None = None
    source: str = "none"  # "sec-header", "cover-page" or "none"


@dataclass
class Document:
    """One <DOCUMENT> of a submission (or the whole file when it has none); lines are 0-based indexes."""

    type: str | None
    first: int
    last: int
    description: str | None = None


@dataclass
class Filing:
    source: SourceText
    filing_id: str
    header: FilingHeader
    documents: list[Document] = field(default_factory=list)

    @property
    def lines(self) -> list[str]:
        return self.source.lines


def parse_filing(source: SourceText) -> Filing:
    """Split a text filing into header and documents."""
    lines = source.lines
    header = _sec_header(lines)
    documents = _documents(lines)
    cover = _cover_page(lines, documents[0] if documents else None)
    if header.source == "none":
        header = cover
    else:
        for name in ("state", "file_number", "irs_number", "company_name", "form_type"):
            if getattr(header, name) is None:
                setattr(header, name, getattr(cover, name))
    return Filing(source=source, filing_id=_filing_id(header, source), header=header, documents=documents)


def _filing_id(header: FilingHeader, source: SourceText) -> str:
    """The accession number; without one, the file's own name (not its folder's or archive's) with a digest of the
    content (names repeat, content not)."""
    raw = header.accession_number or f"{PurePosixPath(source.name).stem[:60]}-{source.sha256[:8]}"
    return re.sub(r"[^A-Za-z0-9._-]+", "_", raw).strip("._-")[:80] or source.sha256[:16]


def _sec_header(lines: list[str]) -> FilingHeader:
    header = FilingHeader()
    in_header = False
    for line in lines[:400]:
        tag = _TAG.match(line) if "<" in line else None
        if tag and tag.group(1).upper() in ("SEC-HEADER", "IMS-HEADER"):
            in_header = True
            header.source = "sec-header"
            continue
        if tag and tag.group(1).upper() in ("/SEC-HEADER", "/IMS-HEADER", "DOCUMENT"):
            break
        if not in_header:
            continue
        found = _FIELD.match(line) if ":" in line else None
        if not found:
            continue
        name = _HEADER_FIELDS.get(found.group(1).strip().upper())
        value = found.group(2).strip()
        if not name or not value or getattr(header, name) is not None:
            continue
        if name in ("period_of_report", "filed"):
            setattr(header, name, _compact_date(value))
        elif name == "cik":
            header.cik = value.lstrip("0").zfill(10) if value.isdigit() else None
        else:
            setattr(header, name, value)
    return header


def _compact_date(value: str) -> date | None:
    if re.fullmatch(r"\d{8}", value):
        try:
            return date(int(value[:4]), int(value[4:6]), int(value[6:]))
        except ValueError:
            return None
    return parse_date(value)


def _documents(lines: list[str]) -> list[Document]:
    documents: list[Document] = []
    current: Document | None = None
    for index in [i for i, line in enumerate(lines) if "<" in line]:  # the test spares prose lines the regex
        line = lines[index]
        tag = _TAG.match(line)
        if not tag:
            continue
        name = tag.group(1).upper()
        if name == "DOCUMENT":
            current = Document(type=None, first=index, last=len(lines) - 1)
            documents.append(current)
        elif name == "/DOCUMENT" and current:
            current.last = index
            current = None
        elif current and name == "TYPE" and current.type is None:
            current.type = line[tag.end() :].strip() or None
        elif current and name == "DESCRIPTION" and current.description is None:
            current.description = line[tag.end() :].strip() or None
    if not documents:
        documents.append(Document(type=None, first=0, last=len(lines) - 1))
    return documents


def _cover_page(lines: list[str], document: Document | None) -> FilingHeader:
    """Facts printed on the cover page of the first document."""
    first = document.first if document else 0
    window = lines[first : first + _COVER_LINES]
    labels = _COVER_LABELS
    if any(_MARKUP.search(line) for line in window):
        window = _markup_text(lines, first)
        labels = {"company_name": _COVER_LABELS["company_name"]}  # the others' cells are not told apart by column
    header = FilingHeader(source="cover-page")
    amended = False
    for index, line in enumerate(window):
        text = line.strip()
        if not text:
            continue
        if header.form_type is None and (form := _FORM.match(text)):
            header.form_type = form.group(1).upper()
            amended = amended or any(_AMENDMENT.search(prior) for prior in window[max(0, index - 3) : index])
        if not _may_hold_cover_fact(line):
            continue
        for name, label in labels.items():
            if getattr(header, name) is None and (found := label.search(line)):
                setattr(header, name, _value_above(window, index, found.start(), found.end()))
        if header.file_number is None and (inline := _INLINE_FILE_NUMBER.search(line)):
            header.file_number = inline.group(1)
        if header.period_of_report is None and (found := _DATE_OF_REPORT.search(text) or _PERIOD_ENDED.search(text)):
            header.period_of_report = parse_date(found.group(1))
        if _cover_complete(header):
            break  # the lines below can change nothing
    if header.form_type and amended and not header.form_type.endswith("/A"):
        header.form_type += "/A"
    if header.form_type is None and header.company_name is None:
        header.source = "none"
    return header


def _markup_text(lines: list[str], first: int) -> list[str]:
    """The first lines of text of an HTML document's cover page: tags dropped, a line ended at each block."""
    markup, size = [], 0
    for line in lines[first:]:
        markup.append(line)
        size += len(line)
        if size > _COVER_MARKUP_CHARS:
            break
    text = _BLOCK_END.sub("\n", "\n".join(markup)[:_COVER_MARKUP_CHARS])
    text = html.unescape(_TAG_ANY.sub(" ", _without_hidden(text))).replace("\xa0", " ")
    found = [" ".join(line.split()) for line in text.splitlines()]
    return [line for line in found if line][:_COVER_LINES]


def _without_hidden(markup: str) -> str:
    """The markup without its head, scripts, styles and comments (found with str.find: linear, where a lazy
    regex scanned to the end from each of a hostile file's unterminated openers)."""
    lowered = markup.lower()
    for opener, closer in _HIDDEN:
        kept, at = [], 0
        while (start := lowered.find(opener, at)) >= 0:
            end = lowered.find(closer, start)
            if end < 0:
                break
            kept.append(markup[at:start])
            at = end + len(closer)
        kept.append(markup[at:])
        markup = " ".join(kept)
        lowered = markup.lower()
    return markup


def _cover_complete(header: FilingHeader) -> bool:
    return None not in (header.form_type, header.period_of_report, header.company_name, header.state,
                        header.file_number, header.irs_number)


def _may_hold_cover_fact(line: str) -> bool:
    """Whether a line holds one of the words a caption or date needs; a line that is not ASCII is always searched
    (case-blind matching of other letters is subtler than str.lower)."""
    return not line.isascii() or _COVER_WORDS.search(line.lower()) is not None


def _value_above(window: list[str], index: int, start: int, end: int) -> str | None:
    """The text printed above a cover-page caption such as '(Commission File Number)', in its columns."""
    for above in range(index - 1, max(-1, index - 4), -1):
        line = window[above]
        if not line.strip() or re.fullmatch(r"[\s_=-]+", line):
            continue
        phrases = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", line)]
        if len(phrases) == 1:
            return _clean(phrases[0][2])
        best = max(phrases, key=lambda p: min(p[1], end) - max(p[0], start))
        if min(best[1], end) - max(best[0], start) > 0:
            return _clean(best[2])
        return None
    return None


def _clean(text: str) -> str | None:
    text = text.strip(" _-")
    return text or None
