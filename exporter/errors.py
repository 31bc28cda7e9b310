"""The one error type the tool raises for bad input: it names the file, the stage and, where known, the line."""

from __future__ import annotations

from pathlib import Path


class ConversionError(Exception):
    """A filing could not be converted; `str()` is a one-line message a user can act on."""

    def __init__(self, path: Path | str, stage: str, message: str, line: int | None = None):
        self.path = str(path)
        self.stage = stage
        self.message = message
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"
