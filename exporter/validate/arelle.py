"""Arelle, in process and offline: XBRL 2.1, dimensions and calculation checks against our taxonomy package
(or the official packages a user brings with --taxonomy); xBRL-JSON and xBRL-CSV reports load the same way."""

from __future__ import annotations

import hashlib
import logging
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from ..mapping.taxonomy import taxonomy_dir
from ..serialize.atomic import write_atomically
from ..serialize.names import OWN_LOCATIONS, SchemaLocations

T = TypeVar("T")

PACKAGE_TOP = "legacy-xbrl-2022"
_ERROR_LEVELS = {"ERROR", "CRITICAL", "FATAL", "ERROR-SEMANTIC"}


@dataclass(frozen=True)
class ValidationMessage:
    code: str
    level: str
    text: str


@dataclass
class ValidationResult:
    messages: list[ValidationMessage] = field(default_factory=list)

    @property
    def errors(self) -> list[ValidationMessage]:
        return [m for m in self.messages if m.level.upper() in _ERROR_LEVELS]

    @property
    def warnings(self) -> list[ValidationMessage]:
        return [m for m in self.messages if m.level.upper() == "WARNING"]

    @property
    def inconsistencies(self) -> list[ValidationMessage]:
        return [m for m in self.messages if "calcInconsistency" in m.code]

    @property
    def ok(self) -> bool:
        return not self.errors


def taxonomy_package(cache_dir: Path | None = None) -> Path:
    """Our taxonomy folder as a taxonomy package zip, named by a digest of its files' contents: checkouts that share
    the temporary folder each validate against their own taxonomy, and a changed file makes a new package."""
    source = taxonomy_dir()
    files = sorted(p for p in source.rglob("*") if p.is_file() and p.suffix in (".xml", ".xsd"))
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.relative_to(source).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    folder = cache_dir or Path(tempfile.gettempdir()) / "legacy-xbrl"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{PACKAGE_TOP}-{digest.hexdigest()[:16]}.zip"
    if target.exists():
        return target

    def write(temporary: Path) -> None:
        with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in files:
                archive.write(path, f"{PACKAGE_TOP}/{path.relative_to(source).as_posix()}")

    write_atomically(target, write)
    return target


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.messages: list[ValidationMessage] = []

    def emit(self, record: logging.LogRecord) -> None:
        code = getattr(record, "messageCode", "") or ""
        if record.levelno < logging.INFO and not code:
            return
        level = record.levelname
        self.messages.append(ValidationMessage(code, level, record.getMessage()))


def validate(path: Path, *, calc: bool = True, locations: SchemaLocations = OWN_LOCATIONS) -> ValidationResult:
    """Validate an instance, an OIM report (xBRL-JSON, or xBRL-CSV metadata) or a taxonomy schema with Arelle,
    never touching the network; `locations` says which taxonomy packages resolve the schemas."""
    return inspect_model(path, None, calc=calc, locations=locations)[0]


def inspect_model(path: Path, look: Callable[[Any], T] | None, *, calc: bool = True,
                  locations: SchemaLocations = OWN_LOCATIONS) -> tuple[ValidationResult, T | None]:
    """Validate like `validate`, then hand Arelle's loaded ModelXbrl to `look` (when given) before it is closed."""
    from arelle.api.Session import Session
    from arelle.RuntimeOptions import RuntimeOptions

    collector = _Collector()
    packages = [*locations.packages, *([taxonomy_package()] if locations.uses_own_taxonomy else [])]
    options = RuntimeOptions(
        entrypointFile=str(path),
        validate=True,
        calcs="c10" if calc else None,
        packages=[str(package) for package in packages],
        internetConnectivity="offline",
        disablePersistentConfig=True,
        keepOpen=look is not None,
        logLevel="INFO",
    )
    with Session() as session:
        session.run(options, logHandler=collector)
        models = session.get_models()
        seen = look(models[0]) if look is not None and models else None
    return ValidationResult(collector.messages), seen


def presented_concepts(model: Any) -> Iterator[tuple[str, Any]]:
    """(role URI, concept QName) of every parent-child arc target of a loaded ModelXbrl that Arelle resolved."""
    from arelle import XbrlConst

    relationships = model.relationshipSet(XbrlConst.parentChild)
    for role in relationships.linkRoleUris:
        for relationship in model.relationshipSet(XbrlConst.parentChild, role).modelRelationships:
            if relationship.toModelObject is not None:  # None: an arc to a concept Arelle could not resolve
                yield role, relationship.toModelObject.qname
