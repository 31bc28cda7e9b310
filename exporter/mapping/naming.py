"""Names of the extension concepts and members a filing needs: XML names made from the labels it prints."""

from __future__ import annotations

import unicodedata

from . import synonyms

MAX_NAME = 120


def name_from_label(label: str, fallback: str) -> str:
    """An XML name from a printed label: 'Less: Accumulated Amortization' -> 'AccumulatedAmortization',
    'Réserve légale' -> 'ReserveLegale', '1995 charge' -> 'X1995Charge'; `fallback` (itself a name) when the label
    has no letter or digit to name it by (a line labelled '*')."""
    folded = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode("ascii")
    words = synonyms.normalise(folded).split()
    name = "".join(word[:1].upper() + word[1:] for word in words)[:MAX_NAME] or fallback
    return f"X{name}" if name[:1].isdigit() else name
