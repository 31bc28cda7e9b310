"""Arelle, in process and offline: XBRL 2.1, dimensions and calculation checks against our taxonomy package
(or the official packages a user brings with --taxonomy); xBRL-JSON and xBRL-CSV reports load the same way; and the
Arelle iXBRL Viewer's page of a review page (its plugin, from the ixbrl-viewer package)."""

from __future__ import annotations

import logging
import re
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from ..errors import ConversionError
from ..serialize.names import OWN_LOCATIONS, SchemaLocations
from ..serialize.taxonomy_package import PACKAGE_TOP, write_taxonomy_package

T = TypeVar("T")

_ERROR_LEVELS = {"ERROR", "CRITICAL", "FATAL", "ERROR-SEMANTIC"}
_LINK_ROLE = re.compile(r" in link role \S+")


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
        return [m for m in self.messages if m.level.upper() == "INCONSISTENCY" or "calcInconsistency" in m.code]

    @property
    def ok(self) -> bool:
        return not self.errors


def taxonomy_package(cache_dir: Path | None = None) -> Path:
    """Our taxonomy as a taxonomy package zip in the temp folder, rewritten only when the taxonomy changed."""
    target = (cache_dir or Path(tempfile.gettempdir()) / "legacy-xbrl") / f"{PACKAGE_TOP}.zip"
    write_taxonomy_package(target)
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
    return ValidationResult(one_per_inconsistency(collector.messages)), seen


def one_per_inconsistency(messages: list[ValidationMessage]) -> list[ValidationMessage]:
    """Arelle's messages with each calculation inconsistency once. Arelle reports one for every link role that
    holds the same binding (a filing that prints a statement twice has it in two roles): the first names the
    other roles, the others go."""
    kept: list[ValidationMessage] = []
    first: dict[tuple[str, str], int] = {}
    for message in messages:
        role = _LINK_ROLE.search(message.text) if "calcInconsistency" in message.code else None
        key = (message.code, _LINK_ROLE.sub("", message.text))
        if role is None or key not in first:
            if role is not None:
                first[key] = len(kept)
            kept.append(message)
            continue
        found = kept[first[key]]
        kept[first[key]] = replace(found, text=f"{found.text} (also{role.group()})")
    return kept


def presented_concepts(model: Any) -> Iterator[tuple[str, Any]]:
    """(role URI, concept QName) of every parent-child arc target of a loaded ModelXbrl that Arelle resolved."""
    from arelle import XbrlConst

    relationships = model.relationshipSet(XbrlConst.parentChild)
    for role in relationships.linkRoleUris:
        for relationship in model.relationshipSet(XbrlConst.parentChild, role).modelRelationships:
            if relationship.toModelObject is not None:  # None: an arc to a concept Arelle could not resolve
                yield role, relationship.toModelObject.qname


def write_viewer(page: Path, target: Path, *, locations: SchemaLocations = OWN_LOCATIONS) -> list[Path]:
    """Write the Arelle iXBRL Viewer's page of an Inline XBRL page to `target` (an .html file), with the viewer's
    script (ixbrlviewer.js, from the ixbrl-viewer package) copied beside it: it opens offline, in any browser.
    Runs Arelle with the ixbrl-viewer plugin, offline; returns the page and the script. Raises ConversionError with
    Arelle's messages when no page was written."""
    import iXBRLViewerPlugin
    from arelle.api.Session import Session
    from arelle.RuntimeOptions import RuntimeOptions

    script = Path(iXBRLViewerPlugin.__file__).parent / "viewer" / "dist" / "ixbrlviewer.js"
    collector = _Collector()
    packages = [*locations.packages, *([taxonomy_package()] if locations.uses_own_taxonomy else [])]
    viewer = {"saveViewerDest": str(target), "viewerURL": str(script), "viewerNoCopyScript": False,
              "validationMessages": False, "zipViewerOutput": False, "packageDownloadURL": None,
              "useStubViewer": False}
    options = RuntimeOptions(entrypointFile=str(page), plugins="ixbrl-viewer", packages=[str(p) for p in packages],
                             internetConnectivity="offline", disablePersistentConfig=True, logLevel="INFO",
                             pluginOptions=viewer)
    target.unlink(missing_ok=True)
    with Session() as session:
        session.run(options, logHandler=collector)
    if not target.is_file():
        said = "; ".join(m.text for m in collector.messages if m.level.upper() in _ERROR_LEVELS or "viewer" in m.code)
        raise ConversionError(page, "serialize", f"the iXBRL Viewer page was not written: {said or 'no reason given'}")
    return [target, target.parent / script.name]
