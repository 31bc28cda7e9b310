"""Batch inputs: files, folders (recursive, e.g. EDGAR's edgar/data/<cik>/<accession>.txt), list files, and
.zip / .tar / .tar.gz archives, read member by member in memory (never extracted to disk).

Archive members that could be hostile (absolute or '..' paths, links, devices, duplicate names, sizes or
compression ratios of a decompression bomb) are refused with an error and the rest of the archive goes on.
"""

from __future__ import annotations

import os
import tarfile
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

LIST_SUFFIXES = (".lst", ".list")
MAX_MEMBER_BYTES = 512 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, beyond which a large zip member is taken for a bomb
_RATIO_FLOOR = 10 * 1024 * 1024


@dataclass(frozen=True)
class InputRef:
    """One filing to convert: a file, or a member of an archive."""

    path: str
    member: str | None = None
    size: int = 0
    mtime: float = 0.0

    @property
    def key(self) -> str:
        return f"{self.path}!{self.member}" if self.member is not None else self.path

    @property
    def name(self) -> str:
        """The file's own name: of the member, not of the archive holding it."""
        return PurePosixPath(self.member.replace("\\", "/")).name if self.member is not None else Path(self.path).name


@dataclass(frozen=True)
class Refusal:
    """An input that is not read, and why: it ends in errors.parquet, not silently nowhere."""

    key: str
    message: str


class InputError(Exception):
    """An input could not be read; the message names it."""


def list_inputs(sources: list[Path]) -> tuple[list[InputRef], list[Refusal], int]:
    """Every input under the given sources once, in a stable order; the ones refused; and how many inputs were
    listed again (the same file given twice, or inside a folder that is given too)."""
    inputs: list[InputRef] = []
    refused: list[Refusal] = []
    for source in sources:
        _expand(source, inputs, refused)
    unique = list({ref.key: ref for ref in inputs}.values())
    return unique, refused, len(inputs) - len(unique)


def _expand(source: Path, inputs: list[InputRef], refused: list[Refusal]) -> None:
    if source.is_dir():
        for root, dirs, files in os.walk(source):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith("."):
                    _expand_file(Path(root) / name, inputs, refused)
    elif source.is_file():
        _expand_file(source, inputs, refused)
    else:
        refused.append(Refusal(str(source), f"{source}: no such file or folder"))


def _expand_file(path: Path, inputs: list[InputRef], refused: list[Refusal]) -> None:
    if path.is_symlink() and not path.resolve().is_file():
        refused.append(Refusal(str(path), f"{path}: broken or unusual link, not followed"))
        return
    if path.suffix.lower() in LIST_SUFFIXES:
        for line in path.read_text(errors="replace").splitlines():
            if line.strip() and not line.startswith("#"):
                entry = Path(line.strip())
                _expand(entry if entry.is_absolute() else path.parent / entry, inputs, refused)
        return
    stat = path.stat()
    if zipfile.is_zipfile(path):
        _zip_members(path, inputs, refused)
    elif _is_tar(path):
        _tar_members(path, inputs, refused)
    else:
        inputs.append(InputRef(str(path), None, stat.st_size, stat.st_mtime))


def _is_tar(path: Path) -> bool:
    name = path.name.lower()
    if not name.endswith((".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz")):
        return False
    try:
        return tarfile.is_tarfile(path)
    except OSError:
        return False


def _unsafe_name(name: str) -> str | None:
    pure = PurePosixPath(name.replace("\\", "/"))
    if pure.is_absolute() or name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return "absolute path"
    if ".." in pure.parts:
        return "path leaves the archive ('..')"
    return None


_DUPLICATE = "duplicate member name (ambiguous: reading by name gives the last one), none of them read"


def _repeated(names) -> set[str]:
    """Member names that occur more than once in an archive."""
    return {name for name, count in Counter(names).items() if count > 1}


def _zip_members(path: Path, inputs: list[InputRef], refused: list[Refusal]) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            repeated = _repeated(info.filename for info in archive.infolist())
            for info in archive.infolist():
                if info.is_dir():
                    continue
                key = f"{path}!{info.filename}"
                reason = _unsafe_name(info.filename) or _zip_bomb(info)
                if (info.external_attr >> 16) & 0o170000 == 0o120000:
                    reason = "symbolic link"
                if info.filename in repeated:
                    reason = _DUPLICATE
                if reason:
                    refused.append(Refusal(key, f"{key}: refused archive member: {reason}"))
                    continue
                inputs.append(InputRef(str(path), info.filename, info.file_size, path.stat().st_mtime))
    except (zipfile.BadZipFile, OSError) as error:
        refused.append(Refusal(str(path), f"{path}: unreadable zip archive: {error}"))


def _zip_bomb(info: zipfile.ZipInfo) -> str | None:
    if info.file_size > MAX_MEMBER_BYTES:
        return f"{info.file_size} bytes uncompressed, over the {MAX_MEMBER_BYTES} byte limit"
    if info.file_size > _RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        return f"compression ratio over {MAX_RATIO}:1 (a decompression bomb?)"
    return None


def _tar_members(path: Path, inputs: list[InputRef], refused: list[Refusal]) -> None:
    try:
        with tarfile.open(path) as archive:
            repeated = _repeated(member.name for member in archive)
            for member in archive:
                if member.isdir():
                    continue
                key = f"{path}!{member.name}"
                reason = _unsafe_name(member.name)
                if not member.isfile():
                    reason = "link or special file"
                elif member.size > MAX_MEMBER_BYTES:
                    reason = f"{member.size} bytes, over the {MAX_MEMBER_BYTES} byte limit"
                if member.name in repeated:
                    reason = _DUPLICATE
                if reason:
                    refused.append(Refusal(key, f"{key}: refused archive member: {reason}"))
                    continue
                inputs.append(InputRef(str(path), member.name, member.size, path.stat().st_mtime))
    except (tarfile.TarError, OSError, EOFError) as error:
        refused.append(Refusal(str(path), f"{path}: unreadable tar archive: {error}"))


def read_input(ref: InputRef) -> bytes:
    """The bytes of one input, at most MAX_MEMBER_BYTES of them."""
    try:
        if ref.member is None:
            with open(ref.path, "rb") as handle:
                data = handle.read(MAX_MEMBER_BYTES + 1)
        elif zipfile.is_zipfile(ref.path):
            with zipfile.ZipFile(ref.path) as archive, archive.open(ref.member) as member:
                data = member.read(MAX_MEMBER_BYTES + 1)
        else:
            with tarfile.open(ref.path) as tar:
                extracted = tar.extractfile(ref.member)
                if extracted is None:
                    raise InputError(f"{ref.key}: not a regular file")
                data = extracted.read(MAX_MEMBER_BYTES + 1)
    except (OSError, KeyError, zipfile.BadZipFile, tarfile.TarError, EOFError) as error:
        raise InputError(f"{ref.key}: cannot read: {error}") from None
    if len(data) > MAX_MEMBER_BYTES:
        raise InputError(f"{ref.key}: larger than {MAX_MEMBER_BYTES} bytes")
    return data
