"""Reading one input file into text lines, with clear errors for what is not a text filing."""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConversionError

_BINARY_SAMPLE = 8192


@dataclass(frozen=True)
class SourceText:
    """The decoded text of one input file; `lines[i]` is line i + 1 of the file.

    `path` names the input in messages (an archive member as `archive!member`); `name` is the file's own name,
    without its folders or archive, so that the same file is named alike wherever it comes from."""

    path: Path
    lines: list[str]
    sha256: str
    encoding: str
    name: str

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


def decode_source(path: Path, raw: bytes, name: str | None = None) -> SourceText:
    """Decode bytes of a text filing (named `name`, by default the last part of `path`), never failing on a byte:
    UTF-8 (with or without BOM); a byte that is not UTF-8 is read as Windows-1252 (whose printable characters
    include Latin-1's), else as U+FFFD.

    Non-breaking spaces become spaces and curly quotes straight ones, so every encoding gives the same labels; the
    control characters XML cannot hold (form feeds, printer escapes) become spaces, one for one; tabs are expanded to
    the next of the stops every 8 columns, where a typewriter or terminal prints what follows them (columns of
    fixed-width statements typed with tabs line up only so)."""
    if _looks_binary(raw[:_BINARY_SAMPLE]):
        raise ConversionError(path, "read", "binary file, not a text filing")
    text, encoding = _decode(raw)
    for character, plain in _PLAIN.items():  # str.replace: str.translate is ~100x slower
        text = text.replace(character, plain)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")  # one line break each, as \r\n|\r|\n splits
    lines = text.split("\n")
    if "\t" in text:
        lines = [line.expandtabs() if "\t" in line else line for line in lines]
    if lines and lines[-1] == "":
        lines.pop()
    return SourceText(path=path, lines=lines, sha256=hashlib.sha256(raw).hexdigest(), encoding=encoding,
                      name=name or path.name)


def _decode(raw: bytes) -> tuple[str, str]:
    body, encoding = (raw[3:], "utf-8-sig") if raw.startswith(b"\xef\xbb\xbf") else (raw, "utf-8")
    try:
        return body.decode("utf-8"), encoding
    except UnicodeDecodeError:
        pass
    return body.decode("utf-8", errors=_CP1252_FALLBACK), f"{encoding}+cp1252"


def _cp1252_byte(error: UnicodeError) -> tuple[str, int]:
    """Decoding error handler: a byte that is not UTF-8 read as Windows-1252, one byte at a time."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.start + 1].decode("cp1252", errors="replace"), error.start + 1


_CP1252_FALLBACK = "legacy-xbrl-cp1252"
codecs.register_error(_CP1252_FALLBACK, _cp1252_byte)
_PLAIN = {"\u00a0": " ", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
          **dict.fromkeys(map(chr, [*range(9), 11, 12, *range(14, 32), 0xFFFE, 0xFFFF]), " ")}


_CONTROL = bytes(byte for byte in range(32) if byte not in (9, 10, 12, 13))


def _looks_binary(sample: bytes) -> bool:
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    control = len(sample) - len(sample.translate(None, _CONTROL))  # bytes.translate counts in C, not byte by byte
    return control / len(sample) > 0.05
