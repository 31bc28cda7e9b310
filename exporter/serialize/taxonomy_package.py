"""Our taxonomy (taxonomy/) as a taxonomy package zip (XBRL Taxonomy Packages 1.0): every schema and linkbase under
one top folder, META-INF among them, as Arelle and other processors require. One builder for the package written
beside the outputs (so any XBRL processor resolves our schema locations offline) and the one Arelle validates with."""

from __future__ import annotations

import functools
import io
import zipfile
from pathlib import Path

from ..mapping.taxonomy import taxonomy_dir
from .atomic import write_atomically

PACKAGE_TOP = "legacy-xbrl-2022"  # the one top folder of the zip
PACKAGE_NAME = "legacy-xbrl-taxonomy-2022.zip"  # its name in an output folder
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the same files give the same bytes


def taxonomy_package_bytes() -> bytes:
    """The package of the taxonomy folder as it is now: its .xsd and .xml files, in name order."""
    source = taxonomy_dir()
    files = sorted(p for p in source.rglob("*") if p.is_file() and p.suffix in (".xml", ".xsd"))
    return _package(source, tuple((path, path.stat().st_mtime_ns, path.stat().st_size) for path in files))


@functools.lru_cache(maxsize=2)
def _package(source: Path, files: tuple[tuple[Path, int, int], ...]) -> bytes:
    """The zip of `files` (path, modification time, size: built again only when one changes)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, _, _ in files:
            info = zipfile.ZipInfo(f"{PACKAGE_TOP}/{path.relative_to(source).as_posix()}", _FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())
    return buffer.getvalue()


def write_taxonomy_package(target: Path) -> bool:
    """Write the package to `target` unless it already holds the same bytes; True when it was written."""
    package = taxonomy_package_bytes()
    if target.is_file() and target.read_bytes() == package:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(target, lambda temporary: temporary.write_bytes(package))
    return True
