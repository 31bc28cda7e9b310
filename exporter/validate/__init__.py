"""Validation: a written instance or OIM report in, Arelle's verdict and our checks on it out. `validate.arelle` is
the only module of the project that imports Arelle."""
