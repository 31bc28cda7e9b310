"""Checks stage: a `MappedFiling` in; out, the same facts with calculations settled and EX-27 duplicates dropped,
`Inconsistency`s and `CheckMessage`s (calculations, balance identity, cross-footing, periods, earnings per share)."""
