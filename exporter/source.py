"""Reading one input file into text lines, with clear errors for what is not a text filing."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import ConversionError

_BINARY_SAMPLE = 8192


@dataclass(frozen=True)
class SourceText:
    """The decoded text of one input file; `lines[i]` is line i + 1 of the file."""

    path: Path
    lines: list[str]
    sha256: str
    encoding: str

    @property
    def size(self) -> int:
        return sum(len(line) + 1 for line in self.lines)


def read_source(path: Path) -> SourceText:
    """Read and decode `path`; raise ConversionError for a missing, unreadable or binary file."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConversionError(path, "read", "file not found") from None
    except IsADirectoryError:
        raise ConversionError(path, "read", "is a directory, not a filing") from None
    except OSError as error:
        raise ConversionError(path, "read", f"cannot read file: {error.strerror or error}") from None
    return decode_source(path, raw)


def decode_source(path: Path, raw: bytes) -> SourceText:
    """Decode bytes of a text filing: UTF-8 (with or without BOM), else Windows-1252, else Latin-1."""
    if _looks_binary(raw[:_BINARY_SAMPLE]):
        raise ConversionError(path, "read", "binary file, not a text filing")
    text, encoding = _decode(raw)
    text = text.replace("\u00a0", " ").replace("\t", "        ")
    lines = re.split(r"\r\n|\r|\n", text)
    if lines and lines[-1] == "":
        lines.pop()
    return SourceText(path=path, lines=lines, sha256=hashlib.sha256(raw).hexdigest(), encoding=encoding)


def _decode(raw: bytes) -> tuple[str, str]:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "latin-1"


def _looks_binary(sample: bytes) -> bool:
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    control = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return control / len(sample) > 0.05
