"""Build statements from small made-up filings, as the pipeline does (one KnownEnds per filing)."""

from pathlib import Path

from exporter.parse.documents import find_tables
from exporter.read.filing import parse_filing
from exporter.read.source import decode_source
from exporter.statements.build import build_statement
from exporter.statements.columns import KnownEnds
from exporter.statements.fiscal import fiscal_year
from exporter.statements.model import Statement


def statements(text: str, name: str = "fixture.txt") -> list[Statement]:
    """Every statement of a filing's tables, in order."""
    filing = parse_filing(decode_source(Path(name), text.encode()))
    known = KnownEnds(fiscal_year(filing.lines))
    built = (build_statement(table, known) for table in find_tables(filing))
    return [statement for statement in built if statement is not None]


def periods(statement: Statement) -> list[str]:
    return [str(column.period) if column.period else "" for column in statement.columns]


def text_filing(accession: str, period: str, body: str) -> str:
    """A made-up EDGAR text filing of TEST CO: its SEC header, then one 10-K document whose text is `body`."""
    return (f"<SEC-HEADER>\nACCESSION NUMBER:\t\t{accession}\nCONFORMED SUBMISSION TYPE:\t10-K\n"
            f"CONFORMED PERIOD OF REPORT:\t{period}\nCOMPANY CONFORMED NAME:\t\t\tTEST CO\n"
            f"CENTRAL INDEX KEY:\t\t\t0000999999\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>10-K\n<TEXT>\n{body}")
