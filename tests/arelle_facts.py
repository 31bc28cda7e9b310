"""Facts as Arelle reads them back from any of our outputs, for round-trip comparisons."""

from collections import Counter


def fact_aspects(model) -> Counter:
    """Each fact as (concept, entity, period start/end, dimensions, unit, decimals, numeric value), counted."""
    facts: Counter = Counter()
    for fact in model.facts:
        context = fact.context
        start = context.startDatetime if context.isStartEndPeriod else None
        end = context.endDatetime if context.isStartEndPeriod else context.instantDatetime
        dimensions = frozenset((axis.clarkNotation, value.memberQname.clarkNotation)
                               for axis, value in context.qnameDims.items())
        unit = tuple(tuple(sorted(measure.clarkNotation for measure in side)) for side in fact.unit.measures)
        facts[(fact.qname.clarkNotation, context.entityIdentifier, start, end, dimensions, unit, fact.decimals,
               fact.xValue)] += 1
    return facts
