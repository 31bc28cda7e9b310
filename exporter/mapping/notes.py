"""Concepts of note table lines that the label alone does not name: the income tax provision's components, whose
rows read 'Current', 'Deferred', 'Total' under a 'Federal:' heading (or 'Federal', 'State' under 'Current:'), and a
few lines every tax and earnings-per-share note prints in the same words."""

from __future__ import annotations

import re

from ..statements.model import UnitKind

_JURISDICTIONS = (
    ("Federal", re.compile(r"\b(federal|u\.?\s?s\.?|united states|domestic)\b")),
    ("State", re.compile(r"\bstate\b")),
    ("Foreign", re.compile(r"\b(foreign|international|non-u\.?\s?s\.?)\b")),
)
_COMPONENTS = (("Current", re.compile(r"\bcurrent\b")), ("Deferred", re.compile(r"\bdeferred\b")))
_TAX_CONCEPTS = {
    ("Current", "Federal"): "us-gaap:CurrentFederalTaxExpenseBenefit",
    ("Deferred", "Federal"): "us-gaap:DeferredFederalIncomeTaxExpenseBenefit",
    ("", "Federal"): "us-gaap:FederalIncomeTaxExpenseBenefitContinuingOperations",
    ("Current", "State"): "us-gaap:CurrentStateAndLocalTaxExpenseBenefit",
    ("Deferred", "State"): "us-gaap:DeferredStateAndLocalIncomeTaxExpenseBenefit",
    ("", "State"): "us-gaap:StateAndLocalIncomeTaxExpenseBenefitContinuingOperations",
    ("Current", "Foreign"): "us-gaap:CurrentForeignTaxExpenseBenefit",
    ("Deferred", "Foreign"): "us-gaap:DeferredForeignIncomeTaxExpenseBenefit",
    ("", "Foreign"): "us-gaap:ForeignIncomeTaxExpenseBenefitContinuingOperations",
    ("Current", ""): "us-gaap:CurrentIncomeTaxExpenseBenefit",
    ("Deferred", ""): "us-gaap:DeferredIncomeTaxExpenseBenefit",
}
_SHORT = re.compile(r"^total$|^(total\s+)?(current|deferred|federal|u\.?\s?s\.?( federal)?|united states|domestic|"
                    r"state( and local)?|foreign|international|non-u\.?\s?s\.?)(\s+(current|deferred|total))?\s*:?$")
_TAX_SECTION = re.compile(r"\b(current|deferred|federal|state|foreign|international)\b|income tax|provision")
# (label pattern, concept, unit): lines that read the same in every filer's note
_LINES = (
    (re.compile(r"^state (and local )?(income )?tax(es)?,? net of (the )?federal"),
     "us-gaap:IncomeTaxReconciliationStateAndLocalIncomeTaxes", UnitKind.MONETARY),
    (re.compile(r"^(income )?tax benefits? (related to|from|recognized for) (share|stock)[- ]based compensation"),
     "us-gaap:EmployeeServiceShareBasedCompensationTaxBenefitFromCompensationExpense", UnitKind.MONETARY),
    (re.compile(r"^(effect|impact) of dilutive (share|stock|securities|equity|options|awards|restricted|employee)|"
                r"^dilutive (effect|impact) of (outstanding )?(share|stock|equity|options|awards|restricted|employee)"),
     "us-gaap:IncrementalCommonSharesAttributableToShareBasedPaymentArrangements", UnitKind.SHARES),
)

# The roll-forward of the standard product warranty liability (FIN 45, 2002): balances, warranties issued, payments
# and changes in the estimate of earlier warranties; the opening balance is read at the period's start (mapper).
_WARRANTY = "us-gaap:StandardProductWarrantyAccrual"
_WARRANTY_LINES = (
    (re.compile(r"\bpre-?\s?existing\b|changes? in (the )?estimates?"), f"{_WARRANTY}PreexistingIncreaseDecrease"),
    (re.compile(r"^(balance|accrued warranty|warranty (liability|accrual|reserve))|\b(beginning|end) of (the )?"
                r"(period|year)\b|^(beginning|ending|opening|closing) balance"), _WARRANTY),
    (re.compile(r"^(additions|provisions?|accruals?|warranties issued|charged to|warranty expense)\b|"
                r"^provision for warrant|accruals? for (new )?warrant"), f"{_WARRANTY}WarrantiesIssued"),
    (re.compile(r"^(utilization|usage|settlements?|payments?|claims? paid|warranty (costs|claims) (incurred|paid)|"
                r"costs? incurred|deductions|charges against)\b"), f"{_WARRANTY}Payments"),
)

# The shares an earnings per share note adds for each dilutive security (SFAS 128, 1997), under a heading such as
# 'Add effect of dilutive securities:'.
_DILUTIVE_SECTION = re.compile(r"\bdilut")
_INCREMENTAL = "us-gaap:IncrementalCommonSharesAttributableTo"
_DILUTIVE_LINES = (
    (re.compile(r"convertible preferred|preferred (stock|shares)"), f"{_INCREMENTAL}ConversionOfPreferredStock"),
    (re.compile(r"convertible (senior |subordinated )*(notes|debt|debentures|bonds)"),
     f"{_INCREMENTAL}ConversionOfDebtSecurities"),
    (re.compile(r"\bwarrants?\b"), f"{_INCREMENTAL}CallOptionsAndWarrants"),
    (re.compile(r"\b(stock|share|equity)[- ]based (awards|compensation)|\b(stock|share) options?\b|"
                r"\b(unvested|restricted|equity) (stock|share|equity)? ?(awards|units|shares)\b|\bawards\b"),
     f"{_INCREMENTAL}ShareBasedPaymentArrangements"),
)


def note_concept(label: str, section: str, tax_table: bool, warranty_table: bool = False
                 ) -> tuple[str, UnitKind] | None:
    """The concept (and unit) of a note line named by its words and its section heading (a tax component only in
    a `tax_table`, one whose title or lines speak of taxes; a step of the warranty liability's roll-forward only in
    a `warranty_table`), or None."""
    text = " ".join(label.lower().replace("\u2019", "'").split())
    for pattern, qname, unit in _LINES:
        if pattern.search(text):
            return qname, unit
    if warranty_table:
        return next(((qname, UnitKind.MONETARY) for pattern, qname in _WARRANTY_LINES if pattern.search(text)), None)
    heading = " ".join(section.lower().split())
    if _DILUTIVE_SECTION.search(heading):
        return next(((qname, UnitKind.SHARES) for pattern, qname in _DILUTIVE_LINES if pattern.search(text)), None)
    if not tax_table or not _SHORT.match(text) or not _TAX_SECTION.search(heading):
        return None
    words = f"{heading} {text}"
    component = next((name for name, pattern in _COMPONENTS if pattern.search(words)), "")
    jurisdiction = next((name for name, pattern in _JURISDICTIONS if pattern.search(words)), "")
    qname = _TAX_CONCEPTS.get((component, jurisdiction))
    return (qname, UnitKind.MONETARY) if qname else None


_GENERIC = re.compile(r"^(all\s+)?(other|others|total|totals|subtotal|net|gross|current|deferred|miscellaneous|"
                      r"balance|amount|amounts)(,?\s+net)?\W*$", re.I)


def is_generic(label: str) -> bool:
    """Whether a note line's label names nothing on its own ('Other', 'Total', 'Net')."""
    return bool(_GENERIC.match(label.strip()))
