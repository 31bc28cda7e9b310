"""What one conversion hands to the writers and the report: the filing's header, outlines of its tables and
statements, the mapped facts and the calculation inconsistencies."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .checks.calc import Inconsistency
from .checks.rules import CheckMessage
from .mapping.facts import MappedFiling
from .parse.model import TableOutline
from .read.filing import FilingHeader
from .serialize.names import OWN_LOCATIONS, SchemaLocations
from .statements.model import StatementOutline

if TYPE_CHECKING:
    from .validate.arelle import ValidationResult


@dataclass
class Conversion:
    """Everything one conversion produced, for the report and for tests.

    Tables and statements are kept as outlines, and of the source only its header, digest and encoding: its lines
    and cells are let go once mapped, so that a big filing is never held as lines, cells and facts at once."""

    header: FilingHeader
    sha256: str
    encoding: str
    tables: list[TableOutline]
    statements: list[StatementOutline]
    mapped: MappedFiling
    inconsistencies: list[Inconsistency]
    files: dict[str, Path] = field(default_factory=dict)
    locations: SchemaLocations = OWN_LOCATIONS  # where the extension schema imports us-gaap and srt from (--taxonomy)
    checks: list[CheckMessage] = field(default_factory=list)  # our checks, once the outputs are written
    verdict: ValidationResult | None = None  # Arelle's, when it ran on the written instance
