"""Mapping stage: `Statement`s in, a `MappedFiling` out (`mapping.facts`): each printed number as a fact with its
us-gaap (or extension) concept, context, unit, decimals, sign, method and confidence; our taxonomy and its networks."""
