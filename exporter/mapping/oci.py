"""The items of other comprehensive income, named by what they are about and what part of its change they report.

A statement of comprehensive income prints each kind of other comprehensive income (available-for-sale securities,
cash flow hedges, foreign currency translation, pension plans) either as one line, its change net of tax, or as a
section: the gains or losses arising during the period, the amounts reclassified into net income, and their total.
The label alone often does not say which kind ('Net change in unrealized gain' under 'Cash flow hedges:'): the
section heading does.
"""

from __future__ import annotations

import re

from . import synonyms

AFS, HEDGE, TRANSLATION, PENSION = "securities", "hedges", "translation", "pension"
ARISING, RECLASSIFIED, TOTAL = "arising", "reclassified", "total"

_TOPICS = [(re.compile(pattern), topic) for pattern, topic in [
    (r"cash flow hedg|derivative|hedg", HEDGE),
    (r"available for sale|securities|investments", AFS),
    (r"foreign currency|translation", TRANSLATION),
    (r"pension|postretirement|post retirement|defined benefit|retirement (plans?|benefits?)", PENSION),
]]
_RECLASSIFIED = re.compile(r"reclassif|(realized|recognized) (and )?(included|recognized|reclassified) in|"
                           r"included in (net )?(income|earnings|loss)|"
                           r"(transferred|recycled) to (net )?(income|earnings)")
_NOT_NET = re.compile(r"\b(tax|taxes|before tax|pre tax|pretax|noncontrolling|non controlling|minority)\b")

# (topic, part) -> the us-gaap concept, net of tax
CONCEPTS = {
    (AFS, ARISING): "us-gaap:OtherComprehensiveIncomeUnrealizedHoldingGainLossOnSecuritiesArisingDuringPeriodNetOfTax",
    (AFS, RECLASSIFIED): "us-gaap:OtherComprehensiveIncomeLossReclassificationAdjustmentFromAOCIForSaleOfSecuritiesNet"
                         "OfTax",
    (AFS, TOTAL): "us-gaap:OtherComprehensiveIncomeLossAvailableForSaleSecuritiesAdjustmentNetOfTax",
    (HEDGE, ARISING): "us-gaap:OtherComprehensiveIncomeLossCashFlowHedgeGainLossBeforeReclassificationAfterTax",
    (HEDGE, RECLASSIFIED): "us-gaap:OtherComprehensiveIncomeLossCashFlowHedgeGainLossReclassificationAfterTax",
    (HEDGE, TOTAL): "us-gaap:OtherComprehensiveIncomeLossCashFlowHedgeGainLossAfterReclassificationAndTax",
    (TRANSLATION, ARISING): "us-gaap:OtherComprehensiveIncomeForeignCurrencyTransactionAndTranslationGainLossArising"
                            "DuringPeriodNetOfTax",
    (TRANSLATION, RECLASSIFIED): "us-gaap:OtherComprehensiveIncomeLossForeignCurrencyTransactionAndTranslation"
                                 "ReclassificationAdjustmentFromAOCIRealizedUponSaleOrLiquidationNetOfTax",
    (TRANSLATION, TOTAL): "us-gaap:OtherComprehensiveIncomeLossForeignCurrencyTransactionAndTranslationAdjustmentNet"
                          "OfTax",
    (PENSION, ARISING): "us-gaap:OtherComprehensiveIncomeLossPensionAndOtherPostretirementBenefitPlansAdjustmentBefore"
                        "ReclassificationAdjustmentsNetOfTax",
    (PENSION, RECLASSIFIED): "us-gaap:OtherComprehensiveIncomeLossReclassificationAdjustmentFromAOCIPensionAndOther"
                             "PostretirementBenefitPlansNetOfTax",
    (PENSION, TOTAL): "us-gaap:OtherComprehensiveIncomeLossPensionAndOtherPostretirementBenefitPlansAdjustmentNetOfTax",
}
_NAME_TOPICS = [("CashFlowHedge", HEDGE), ("ForSale", AFS), ("Securities", AFS), ("ForeignCurrency", TRANSLATION),
                ("Pension", PENSION), ("DefinedBenefit", PENSION)]


def topic(text: str) -> str | None:
    """The kind of other comprehensive income a normalised label or heading names, if any."""
    return next((name for pattern, name in _TOPICS if pattern.search(text)), None)


def is_reclassification(label: str) -> bool:
    return bool(_RECLASSIFIED.search(synonyms.normalise(label)))


def part(label: str, is_total: bool, beside_reclassification: bool) -> str | None:
    """The part of a kind's change a line reports: the amounts reclassified into net income, the gains or losses
    arising in the period (a line above such a reclassification, not a total), or the whole change net of tax (a
    line of its own, or the one below the reclassification that adds it in); None for a line that is no amount net
    of tax (the tax on an item, the noncontrolling interests' share)."""
    text = synonyms.normalise(label)
    if _NOT_NET.search(text) and "net of tax" not in text and "net of taxes" not in text:
        return None
    if _RECLASSIFIED.search(text):
        return RECLASSIFIED
    if beside_reclassification and not is_total and not text.startswith("total"):
        return ARISING
    return TOTAL


def line_concept(label: str, section: str, is_total: bool, beside_reclassification: bool) -> str | None:
    """The concept of a line of other comprehensive income, by its label's kind (else its section's) and part;
    `beside_reclassification`: a reclassification is printed below it in its section."""
    text = synonyms.normalise(label)
    if "comprehensive" in text:
        return None  # other comprehensive income as a whole, or comprehensive income
    heading = topic(synonyms.normalise(section))
    kind = topic(text) or heading
    # the gains arising are told from their total only in a section of their own kind beside its reclassification
    share = part(label, is_total, beside_reclassification and heading == kind) if kind else None
    return CONCEPTS[kind, share] if kind and share else None


def same_item(qname: str, wanted: str) -> bool:
    """Whether a concept already names the same kind and part as the wanted one (a filer's own variant of it, the
    portion attributable to the parent, say): it is kept."""
    def key(name: str) -> tuple[str | None, str]:
        kind = next((topic for word, topic in _NAME_TOPICS if word in name), None)
        share = RECLASSIFIED if "Reclassification" in name and "After" not in name.split("Reclassification")[0] \
            and "BeforeReclassification" not in name else ARISING if "ArisingDuringPeriod" in name or \
            "BeforeReclassification" in name else TOTAL
        return kind, share
    return key(qname) == key(wanted)
