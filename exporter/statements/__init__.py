"""Statement stage: a `TextTable` in, a `Statement` out (`statements.model`): its kind, each column's period, role and
sign, the scale and currency, and line items with their unit, area and section."""
