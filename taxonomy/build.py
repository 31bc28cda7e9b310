"""Regenerate the legacy-xbrl US-GAAP-like taxonomy in this folder.

Reads the us-gaap element list and FASB calculation arcs from ../shared/reference (names, types, period
types, balances and calculation relationships are facts we use); writes our own schemas, labels,
presentation, calculation and definition linkbases and the taxonomy package files. The outputs are
committed, so users never need ../shared.

    python taxonomy/build.py
"""

from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

from lxml import etree

HERE = Path(__file__).resolve().parent
REFERENCE = HERE.parents[1] / "shared" / "reference"
BASE = "http://taxonomy.legacy-xbrl.org/2022/"
US_GAAP = "http://fasb.org/us-gaap/2022"
SRT = "http://fasb.org/srt/2022"
XS = "http://www.w3.org/2001/XMLSchema"
XBRLI = "http://www.xbrl.org/2003/instance"
LINK = "http://www.xbrl.org/2003/linkbase"
XLINK = "http://www.w3.org/1999/xlink"
XBRLDT = "http://xbrl.org/2005/xbrldt"
DTR = "http://www.xbrl.org/dtr/type/2022-03-31"
DTR_URL = "https://www.xbrl.org/dtr/type/2022-03-31/types.xsd"
TP = "http://xbrl.org/2016/taxonomy-package"
CATALOG = "urn:oasis:names:tc:entity:xmlns:xml:catalog"
NETWORKS = {
    "BalanceSheet": ("StatementOfFinancialPositionClassified", "StatementOfFinancialPositionAbstract", "instant"),
    "IncomeStatement": ("StatementOfIncome", "IncomeStatementAbstract", "duration"),
    "CashFlow": ("StatementOfCashFlowsIndirect", "StatementOfCashFlowsAbstract", "duration"),
    "StockholdersEquity": ("StatementOfShareholdersEquityAndOtherComprehensiveIncome",
                           "StatementOfStockholdersEquityAbstract", None),
}
CALC_ROLES = ("BalanceSheet", "IncomeStatement", "CashFlow")
# The components of equity an equity statement's columns are (members of StatementEquityComponentsAxis).
EQUITY_MEMBERS = ("CommonStockMember", "PreferredStockMember", "AdditionalPaidInCapitalMember",
                  "CommonStockIncludingAdditionalPaidInCapitalMember", "RetainedEarningsMember", "TreasuryStockMember",
                  "AccumulatedOtherComprehensiveIncomeMember", "NoncontrollingInterestMember")
# Further statement networks whose concepts we carry (elements and labels only; the linkbases keep NETWORKS):
# comprehensive income and the alternative balance sheet, income and cash flow layouts, by period type.
STATEMENT_PERIODS = (("OtherComprehensiveIncome", "duration"), ("FinancialPosition", "instant"),
                     ("StatementOfIncome", "duration"), ("CashFlows", "duration"), ("PartnersCapital", None),
                     ("ShareholdersEquity", None))
# The label evidence the mapper uses names these concepts too (taxonomy/mine_labels.py).
MINED_LABELS = HERE.parent / "exporter" / "mapping" / "data" / "mined_labels.csv"
# Concepts the mapper names; where the reference leaves period type or balance blank, the values here fill it.
REQUIRED = {
    "Cash": None, "CashAndCashEquivalentsAtCarryingValue": None, "AccountsReceivableGrossCurrent": None,
    "AllowanceForDoubtfulAccountsReceivableCurrent": None, "AccountsReceivableNetCurrent": None, "InventoryNet": None,
    "PrepaidExpenseCurrent": None, "OtherReceivablesNetCurrent": None, "NontradeReceivablesNoncurrent": None,
    "OtherReceivables": None, "StockholdersEquityNoteSubscriptionsReceivable": None, "AssetsCurrent": None,
    "OtherAssetsCurrent": None, "FurnitureAndFixturesGross": None, "MachineryAndEquipmentGross": None,
    "LeaseholdImprovementsGross": None, "LandAndImprovements": None, "BuildingsAndImprovementsGross": None,
    "ConstructionInProgressGross": None, "PropertyPlantAndEquipmentGross": None,
    "AccumulatedDepreciationDepletionAndAmortizationPropertyPlantAndEquipment": None,
    "PropertyPlantAndEquipmentNet": None, "Goodwill": None, "GoodwillGross": None, "SecurityDeposit": None,
    "DepositsAssetsNoncurrent": None, "OtherAssetsNoncurrent": None, "AssetsNoncurrent": None, "Assets": None,
    "AccountsPayableAndAccruedLiabilitiesCurrent": None, "AccountsPayableCurrent": None,
    "AccruedLiabilitiesCurrent": None, "LineOfCredit": None, "DeferredRevenueCurrent": None,
    "NotesPayableCurrent": None, "NotesPayableRelatedPartiesClassifiedCurrent": ("instant", "credit"),
    "ConvertibleNotesPayableCurrent": None, "ConvertibleLongTermNotesPayable": None, "LongTermNotesPayable": None,
    "LongTermDebtCurrent": None, "LongTermDebtNoncurrent": None, "LiabilitiesCurrent": None,
    "LiabilitiesNoncurrent": None, "Liabilities": None, "CommonStockValue": None, "PreferredStockValue": None,
    "AdditionalPaidInCapitalCommonStock": None, "AdditionalPaidInCapitalPreferredStock": None,
    "AdditionalPaidInCapital": None, "RetainedEarningsAccumulatedDeficit": None, "TreasuryStockValue": None,
    "StockholdersEquity": None, "LiabilitiesAndStockholdersEquity": None, "Revenues": None,
    "CostOfGoodsAndServicesSold": None, "CostOfRevenue": None, "GrossProfit": None,
    "GeneralAndAdministrativeExpense": None, "SellingGeneralAndAdministrativeExpense": None, "Depreciation": None,
    "DepreciationAndAmortization": None, "DepreciationDepletionAndAmortization": None, "InterestExpense": None,
    "InvestmentIncomeInterest": None, "OperatingExpenses": None, "CostsAndExpenses": None, "OperatingIncomeLoss": None,
    "OtherNonoperatingIncomeExpense": None, "NonoperatingIncomeExpense": None,
    "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest": None,
    "IncomeTaxExpenseBenefit": None, "IncomeLossFromContinuingOperations": None,
    "GainLossOnSaleOfPropertyPlantEquipment": None,
    "DiscontinuedOperationGainLossOnDisposalOfDiscontinuedOperationNetOfTax": None,
    "IncomeLossFromDiscontinuedOperationsNetOfTax": None, "NetIncomeLoss": None, "EarningsPerShareBasic": None,
    "EarningsPerShareDiluted": None, "EarningsPerShareBasicAndDiluted": ("duration", None),
    "WeightedAverageNumberOfSharesOutstandingBasic": None, "WeightedAverageNumberOfDilutedSharesOutstanding": None,
    "NetCashProvidedByUsedInOperatingActivities": ("duration", None),
    "NetCashProvidedByUsedInInvestingActivities": None, "NetCashProvidedByUsedInFinancingActivities": None,
    "PaymentsToAcquirePropertyPlantAndEquipment": None, "ProceedsFromNotesPayable": None,
    "RepaymentsOfNotesPayable": None, "ProceedsFromIssuanceOfCommonStock": None,
    "IncreaseDecreaseInAccountsReceivable": None, "IncreaseDecreaseInInventories": None,
    "IncreaseDecreaseInPrepaidExpense": None, "IncreaseDecreaseInAccountsPayable": None,
    "IncreaseDecreaseInAccruedLiabilities": None, "CashAndCashEquivalentsPeriodIncreaseDecrease": ("duration", "debit"),
    "IncomeStatementBalanceSheetAndAdditionalDisclosuresByDisposalGroupsIncludingDiscontinuedOperationsAxis": None,
    "DisposalGroupsIncludingDiscontinuedOperationsNameDomain": None, "StatementTable": None,
    "StatementLineItems": None, "StatementOfFinancialPositionAbstract": None, "IncomeStatementAbstract": None,
    "StatementOfCashFlowsAbstract": None, "StatementOfStockholdersEquityAbstract": None,
    # the equity statement's roll-forward: components as members of an axis, balances and events
    "StatementEquityComponentsAxis": None, "EquityComponentDomain": None, **dict.fromkeys(EQUITY_MEMBERS),
    "SharesIssued": ("instant", None), "TreasuryStockShares": ("instant", None), "ComprehensiveIncomeNetOfTax": None,
    "OtherComprehensiveIncomeLossNetOfTax": None,
    "OtherComprehensiveIncomeLossForeignCurrencyTransactionAndTranslationAdjustmentNetOfTax": None,
    "OtherComprehensiveIncomeLossAvailableForSaleSecuritiesAdjustmentNetOfTax": None,
    "AdjustmentsToAdditionalPaidInCapitalTaxEffectFromShareBasedCompensation": ("duration", "credit"),
    "AdjustmentsToAdditionalPaidInCapitalSharebasedCompensationRequisiteServicePeriodRecognitionValue": None,
    "DividendsCommonStock": None, "DividendsPreferredStock": None, "TreasuryStockValueAcquiredCostMethod": None,
    "TreasuryStockSharesAcquired": None, "StockRepurchasedDuringPeriodValue": None,
    "StockRepurchasedDuringPeriodShares": None, "StockIssuedDuringPeriodValueNewIssues": None,
    "StockIssuedDuringPeriodSharesNewIssues": None, "StockIssuedDuringPeriodValueStockOptionsExercised": None,
    "StockIssuedDuringPeriodSharesStockOptionsExercised": None,
    "StockIssuedDuringPeriodValueEmployeeStockPurchasePlan": None,
    "StockIssuedDuringPeriodSharesEmployeeStockPurchasePlans": None,
    "StockIssuedDuringPeriodValueConversionOfConvertibleSecurities": None,
    "StockIssuedDuringPeriodSharesConversionOfConvertibleSecurities": None,
    "StockIssuedDuringPeriodValueAcquisitions": None, "StockIssuedDuringPeriodSharesAcquisitions": None,
    "StockIssuedDuringPeriodValueDividendReinvestmentPlan": None,
    "StockIssuedDuringPeriodSharesDividendReinvestmentPlan": None, "StockIssuedDuringPeriodSharesStockSplits": None,
    "StockIssuedDuringPeriodValueShareBasedCompensation": None,
    "StockIssuedDuringPeriodSharesShareBasedCompensation": None,
    "AdjustmentsRelatedToTaxWithholdingForShareBasedCompensation": ("duration", "debit"),
    "SharesPaidForTaxWithholdingForShareBasedCompensation": ("duration", None),
}
SRT_ELEMENTS = {
    "StatementScenarioAxis": "Statement Scenario [Axis]",
    "ScenarioUnspecifiedDomain": "Scenario [Domain]",
    "ProFormaMember": "Pro Forma [Member]",
    "ScenarioAdjustmentMember": "Scenario, Adjustment [Member]",
    "ScenarioPreviouslyReportedMember": "Previously Reported [Member]",
    "RestatementAdjustmentMember": "Revision of Prior Period, Adjustment [Member]",
}
LABELS = {
    "Cash": "Cash", "CashAndCashEquivalentsAtCarryingValue": "Cash and Cash Equivalents, at Carrying Value",
    "AccountsReceivableGrossCurrent": "Accounts Receivable, before Allowance, Current",
    "AllowanceForDoubtfulAccountsReceivableCurrent": "Allowance for Doubtful Accounts Receivable, Current",
    "AccountsReceivableNetCurrent": "Accounts Receivable, after Allowance, Current",
    "InventoryNet": "Inventory, Net", "PrepaidExpenseCurrent": "Prepaid Expense, Current",
    "OtherReceivablesNetCurrent": "Other Receivables, Net, Current",
    "NontradeReceivablesNoncurrent": "Nontrade Receivables, Noncurrent",
    "AssetsCurrent": "Assets, Current", "PropertyPlantAndEquipmentGross": "Property, Plant and Equipment, Gross",
    "AccumulatedDepreciationDepletionAndAmortizationPropertyPlantAndEquipment":
        "Accumulated Depreciation, Depletion and Amortization, Property, Plant, and Equipment",
    "PropertyPlantAndEquipmentNet": "Property, Plant and Equipment, Net", "Goodwill": "Goodwill",
    "GoodwillGross": "Goodwill, Gross", "SecurityDeposit": "Security Deposit",
    "OtherAssetsNoncurrent": "Other Assets, Noncurrent", "Assets": "Assets",
    "AccountsPayableAndAccruedLiabilitiesCurrent": "Accounts Payable and Accrued Liabilities, Current",
    "LineOfCredit": "Line of Credit, Current and Noncurrent", "DeferredRevenueCurrent": "Deferred Revenue, Current",
    "NotesPayableCurrent": "Notes Payable, Current",
    "NotesPayableRelatedPartiesClassifiedCurrent": "Notes Payable, Related Parties, Current",
    "LongTermNotesPayable": "Notes Payable, Noncurrent", "LongTermDebtNoncurrent": "Long-Term Debt, Noncurrent",
    "ConvertibleLongTermNotesPayable": "Convertible Notes Payable, Noncurrent",
    "LiabilitiesCurrent": "Liabilities, Current", "LiabilitiesNoncurrent": "Liabilities, Noncurrent",
    "Liabilities": "Liabilities", "CommonStockValue": "Common Stock, Value, Issued",
    "PreferredStockValue": "Preferred Stock, Value, Issued",
    "AdditionalPaidInCapitalCommonStock": "Additional Paid in Capital, Common Stock",
    "AdditionalPaidInCapitalPreferredStock": "Additional Paid in Capital, Preferred Stock",
    "RetainedEarningsAccumulatedDeficit": "Retained Earnings (Accumulated Deficit)",
    "StockholdersEquity": "Stockholders' Equity Attributable to Parent",
    "LiabilitiesAndStockholdersEquity": "Liabilities and Equity", "Revenues": "Revenues",
    "CostOfGoodsAndServicesSold": "Cost of Goods and Services Sold", "GrossProfit": "Gross Profit",
    "GeneralAndAdministrativeExpense": "General and Administrative Expense", "Depreciation": "Depreciation",
    "InterestExpense": "Interest Expense", "OperatingExpenses": "Operating Expenses",
    "OperatingIncomeLoss": "Operating Income (Loss)",
    "OtherNonoperatingIncomeExpense": "Other Nonoperating Income (Expense)",
    "IncomeLossFromContinuingOperations": "Income (Loss) from Continuing Operations",
    "DiscontinuedOperationGainLossOnDisposalOfDiscontinuedOperationNetOfTax":
        "Discontinued Operation, Gain (Loss) on Disposal of Discontinued Operation, Net of Tax",
    "NetIncomeLoss": "Net Income (Loss) Attributable to Parent",
    "EarningsPerShareBasic": "Earnings Per Share, Basic", "EarningsPerShareDiluted": "Earnings Per Share, Diluted",
    "IncomeStatementBalanceSheetAndAdditionalDisclosuresByDisposalGroupsIncludingDiscontinuedOperationsAxis":
        "Disposal Group Name [Axis]",
    "DisposalGroupsIncludingDiscontinuedOperationsNameDomain": "Disposal Group Name [Domain]",
    "StatementTable": "Statement [Table]", "StatementLineItems": "Statement [Line Items]",
}
TOTALS = ("Assets", "AssetsCurrent", "Liabilities", "LiabilitiesCurrent", "StockholdersEquity",
          "LiabilitiesAndStockholdersEquity", "PropertyPlantAndEquipmentNet", "GrossProfit", "OperatingExpenses",
          "NetIncomeLoss")
_SUFFIX_QUALIFIERS = ("Current", "Noncurrent", "Net", "Gross", "Total")
_ATTRIBUTE_NS = {"xlink": XLINK, "xbrli": XBRLI, "xbrldt": XBRLDT}


def main() -> None:
    concepts = _read_concepts()
    arcs = _read_calc()
    selected = _select(concepts, arcs)
    print(f"{sum(1 for c in selected.values() if c['abstract'] != 'true')} non-abstract us-gaap concepts, "
          f"{len(selected)} in all")
    (HERE / "elts").mkdir(exist_ok=True)
    (HERE / "stm").mkdir(exist_ok=True)
    (HERE / "entire").mkdir(exist_ok=True)
    (HERE / "META-INF").mkdir(exist_ok=True)
    _write(HERE / "elts" / "us-gaap-2022.xsd", _schema(US_GAAP, "us-gaap", selected, "us-gaap-2022-lab.xml"))
    _write(HERE / "elts" / "us-gaap-2022-lab.xml", _labels("us-gaap", selected, "us-gaap-2022.xsd"))
    srt = {name: {"name": name, "type": "dtr-types:domainItemType", "period_type": "duration", "balance": "",
                  "abstract": "true"} for name in SRT_ELEMENTS}
    _write(HERE / "elts" / "srt-2022.xsd", _schema(SRT, "srt", srt, "srt-2022-lab.xml"))
    _write(HERE / "elts" / "srt-2022-lab.xml", _labels("srt", srt, "srt-2022.xsd", SRT_ELEMENTS))
    networks = {role: _network(arcs, NETWORKS[role][0], selected) for role in CALC_ROLES}
    _write(HERE / "stm" / "lx-stm-cal-2022.xml", _calculation(networks))
    _write(HERE / "stm" / "lx-stm-pre-2022.xml", _presentation(networks))
    _write(HERE / "stm" / "lx-stm-def-2022.xml", _definition(selected))
    _write(HERE / "entire" / "lx-entire-2022.xsd", _entry_point())
    _write(HERE / "META-INF" / "catalog.xml", _catalog())
    _write(HERE / "META-INF" / "taxonomyPackage.xml", _package())


def _read_tsv(path: Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text().splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _read_concepts() -> dict[str, dict[str, str]]:
    return {row["name"]: row for row in _read_tsv(REFERENCE / "us-gaap-concepts.tsv")}


def _read_calc() -> list[dict[str, str]]:
    return _read_tsv(REFERENCE / "us-gaap-calc.tsv")


def _mined_concepts() -> list[str]:
    if not MINED_LABELS.exists():
        return []
    lines = [line for line in MINED_LABELS.read_text().splitlines() if not line.startswith("#")]
    return sorted({row["concept"].split(":")[1] for row in csv.DictReader(lines)
                   if row["concept"].startswith("us-gaap:")})


def _note_concepts() -> list[str]:
    """The concepts the mapper's note rules name (exporter/mapping/notes.py)."""
    sys.path.insert(0, str(HERE.parent))
    from exporter.mapping.notes import named_concepts  # noqa: PLC0415 - the project, read as data here

    return sorted(qname.split(":")[1] for qname in named_concepts() if qname.startswith("us-gaap:"))


def _resolvable(type_name: str) -> bool:
    return type_name.startswith("xbrli:") or type_name.startswith("dtr-types:")


def _select(concepts: dict[str, dict[str, str]], arcs: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    wanted: dict[str, str | None] = {}
    for network, _root, period in NETWORKS.values():
        for arc in arcs:
            if arc["network"].endswith("/" + network):
                for name in (arc["parent"], arc["child"]):
                    wanted.setdefault(name, period)
    for arc in arcs:
        if "/statement/" in arc["network"]:
            period = next((p for key, p in STATEMENT_PERIODS if key in arc["network"]), None)
            for name in (arc["parent"], arc["child"]):
                wanted.setdefault(name, period)
    for name in REQUIRED:
        wanted.setdefault(name, None)
    for name in _mined_concepts():
        wanted.setdefault(name, None)
    for name in _note_concepts():
        wanted.setdefault(name, None)
        if not concepts.get(name, {}).get("period_type", "x"):  # newer concepts the reference leaves blank
            wanted[name] = "duration" if name.endswith("Recognized") else "instant"
    selected = {}
    for name, network_period in wanted.items():
        row = concepts.get(name)
        if row is None or not _resolvable(row["type"]):
            if name in REQUIRED:
                print(f"required concept left out: {name}")
            continue
        row = dict(row)
        override = REQUIRED.get(name)
        if override:
            row["period_type"] = row["period_type"] or override[0]
            row["balance"] = row["balance"] or (override[1] or "")
        if not row["period_type"]:
            if network_period is None:
                continue
            row["period_type"] = network_period
        selected[name] = row
    for root in (root for _n, root, _p in NETWORKS.values()):
        selected.setdefault(root, dict(concepts[root]))
    return dict(sorted(selected.items()))


def _element(tag: str, parent=None, **attributes) -> etree._Element:
    ns, _, name = tag.partition(":")
    namespaces = {"xs": XS, "link": LINK, "xlink": XLINK}
    qualified = f"{{{namespaces[ns]}}}{name}"
    element = etree.Element(qualified) if parent is None else etree.SubElement(parent, qualified)
    for key, value in attributes.items():
        prefix, _, local = key.partition("_")
        element.set(f"{{{_ATTRIBUTE_NS[prefix]}}}{local}" if prefix in _ATTRIBUTE_NS and local else key, value)
    return element


def _schema(namespace: str, prefix: str, selected: dict[str, dict[str, str]], labels: str) -> etree._Element:
    root = etree.Element(f"{{{XS}}}schema", nsmap={
        "xs": XS, "xbrli": XBRLI, "link": LINK, "xlink": XLINK, "xbrldt": XBRLDT, "dtr-types": DTR, prefix: namespace},
        targetNamespace=namespace, elementFormDefault="qualified", attributeFormDefault="unqualified")
    annotation = _element("xs:annotation", root)
    documentation = _element("xs:documentation", annotation)
    documentation.text = (f"legacy-xbrl subset of the {prefix} 2022 taxonomy: real element names and attributes in "
                          f"the real namespace, with schema, labels and linkbases written by the legacy-xbrl project. "
                          f"This is not the FASB file.")
    appinfo = _element("xs:appinfo", annotation)
    _element("link:linkbaseRef", appinfo, xlink_type="simple", xlink_href=labels,
             xlink_role="http://www.xbrl.org/2003/role/labelLinkbaseRef",
             xlink_arcrole="http://www.w3.org/1999/xlink/properties/linkbase")
    for ns, location in ((XBRLI, "http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"),
                         (XBRLDT, "http://www.xbrl.org/2005/xbrldt-2005.xsd"), (DTR, DTR_URL)):
        _element("xs:import", root, namespace=ns, schemaLocation=location)
    for name, row in selected.items():
        abstract = row["abstract"] == "true" or name.endswith(("Abstract", "LineItems", "Domain", "Member", "Axis",
                                                                "Table"))
        group = "xbrldt:dimensionItem" if name.endswith("Axis") else \
            "xbrldt:hypercubeItem" if name.endswith("Table") else "xbrli:item"
        attributes = {"id": f"{prefix}_{name}", "name": name, "nillable": "true", "substitutionGroup": group,
                      "type": row["type"], f"{{{XBRLI}}}periodType": row["period_type"] or "duration"}
        if abstract:
            attributes["abstract"] = "true"
        if row.get("balance"):
            attributes[f"{{{XBRLI}}}balance"] = row["balance"]
        etree.SubElement(root, f"{{{XS}}}element", attributes)
    return root


def _label_text(name: str) -> str:
    if name in LABELS:
        return LABELS[name]
    words = re.findall(r"[A-Z]+(?=[A-Z][a-z]|\d|$)|[A-Z]?[a-z]+|\d+", name)
    suffix = []
    while words and words[-1] in _SUFFIX_QUALIFIERS and len(words) > 1:
        suffix.insert(0, words.pop())
    for marker in ("Abstract", "Axis", "Domain", "Member", "Table", "LineItems"):
        if words and words[-1] == marker.replace("LineItems", "Items"):
            words[-1] = f"[{marker.replace('LineItems', 'Line Items')}]"
    text = " ".join(words).replace(" And ", " and ").replace(" Of ", " of ").replace(" In ", " in ")
    text = text.replace(" To ", " to ").replace(" For ", " for ").replace(" By ", " by ").replace(" On ", " on ")
    return ", ".join([text, *suffix])


def _labels(prefix: str, selected: dict, schema: str, texts: dict[str, str] | None = None) -> etree._Element:
    root = etree.Element(f"{{{LINK}}}linkbase", nsmap={"link": LINK, "xlink": XLINK})
    link = _element("link:labelLink", root, xlink_type="extended", xlink_role="http://www.xbrl.org/2003/role/link")
    for name in selected:
        ident = f"{prefix}_{name}"
        _element("link:loc", link, xlink_type="locator", xlink_href=f"{schema}#{ident}", xlink_label=f"loc_{ident}")
        roles = [("http://www.xbrl.org/2003/role/label", (texts or {}).get(name) or _label_text(name))]
        if name in TOTALS:
            roles.append(("http://www.xbrl.org/2003/role/totalLabel", f"Total {_label_text(name)}"))
        for number, (role, text) in enumerate(roles):
            label = _element("link:label", link, xlink_type="resource", xlink_label=f"lab_{ident}_{number}",
                             xlink_role=role)
            label.set("{http://www.w3.org/XML/1998/namespace}lang", "en-US")
            label.text = text
            _element("link:labelArc", link, xlink_type="arc",
                     xlink_arcrole="http://www.xbrl.org/2003/arcrole/concept-label", xlink_from=f"loc_{ident}",
                     xlink_to=f"lab_{ident}_{number}")
    return root


def _network(arcs: list[dict[str, str]], network: str, selected: dict) -> list[tuple[str, str, str, str]]:
    """(parent, child, weight, order) of one FASB calculation network, restricted to our concepts, acyclic."""
    result, seen = [], set()
    children: dict[str, set[str]] = defaultdict(set)
    for arc in arcs:
        parent, child = arc["parent"], arc["child"]
        if not arc["network"].endswith("/" + network) or parent not in selected or child not in selected:
            continue
        if (parent, child) in seen or parent == child or _reaches(children, child, parent):
            continue
        balances = {selected[parent].get("balance"), selected[child].get("balance")}
        if "" not in balances and None not in balances and (len(balances) == 1) != (float(arc["weight"]) > 0):
            continue  # XBRL 2.1 5.1.1.2: the weight's sign must agree with the two balances
        seen.add((parent, child))
        children[parent].add(child)
        result.append((parent, child, arc["weight"], arc["order"]))
    return result


def _reaches(children: dict[str, set[str]], start: str, goal: str) -> bool:
    stack, visited = [start], set()
    while stack:
        node = stack.pop()
        if node == goal:
            return True
        if node not in visited:
            visited.add(node)
            stack.extend(children.get(node, ()))
    return False


def _linkbase(roles: list[str], arcroles: tuple[str, ...] = ()) -> etree._Element:
    root = etree.Element(f"{{{LINK}}}linkbase", nsmap={"link": LINK, "xlink": XLINK, "xbrldt": XBRLDT})
    for role in roles:
        _element("link:roleRef", root, roleURI=f"{BASE}role/{role}", xlink_type="simple",
                 xlink_href=f"../entire/lx-entire-2022.xsd#{role}")
    for arcrole in arcroles:
        _element("link:arcroleRef", root, arcroleURI=f"http://xbrl.org/int/dim/arcrole/{arcrole}", xlink_type="simple",
                 xlink_href=f"http://www.xbrl.org/2005/xbrldt-2005.xsd#{arcrole}")
    return root


def _locator(link: etree._Element, qname: str, seen: set[str], variant: str = "") -> str:
    prefix, name = qname.split(":")
    label = f"{prefix}_{name}{variant}"
    if label not in seen:
        seen.add(label)
        schema = "us-gaap-2022.xsd" if prefix == "us-gaap" else "srt-2022.xsd"
        _element("link:loc", link, xlink_type="locator", xlink_href=f"../elts/{schema}#{prefix}_{name}",
                 xlink_label=label)
    return label


def _calculation(networks: dict[str, list]) -> etree._Element:
    root = _linkbase(list(networks))
    for role, arcs in networks.items():
        link = _element("link:calculationLink", root, xlink_type="extended", xlink_role=f"{BASE}role/{role}")
        seen: set[str] = set()
        for parent, child, weight, order in arcs:
            _element("link:calculationArc", link, xlink_type="arc",
                     xlink_arcrole="http://www.xbrl.org/2003/arcrole/summation-item",
                     xlink_from=_locator(link, f"us-gaap:{parent}", seen), xlink_to=_locator(link, f"us-gaap:{child}",
                                                                                            seen),
                     order=order, weight=weight)
    return root


def _presentation(networks: dict[str, list]) -> etree._Element:
    root = _linkbase(list(networks))
    for role, arcs in networks.items():
        link = _element("link:presentationLink", root, xlink_type="extended", xlink_role=f"{BASE}role/{role}")
        seen: set[str] = set()
        placed: set[str] = set()
        abstract = f"us-gaap:{NETWORKS[role][1]}"
        children = {child for _, child, _, _ in arcs}
        tops = list(dict.fromkeys(parent for parent, _, _, _ in arcs if parent not in children))
        for order, top in enumerate(tops, start=1):
            _arc(link, seen, abstract, f"us-gaap:{top}", str(order))
            placed.add(top)
        for parent, child, _weight, order in arcs:
            if child in placed:
                continue
            placed.add(child)
            _arc(link, seen, f"us-gaap:{parent}", f"us-gaap:{child}", order)
    return root


def _arc(link, seen, source: str, target: str, order: str, arcrole="http://www.xbrl.org/2003/arcrole/parent-child",
         tag="link:presentationArc", **attributes) -> None:
    # XLink allows one arc per locator pair: a default arc points at a second locator of its domain
    variant = "_default" if arcrole.endswith("dimension-default") else ""
    _element(tag, link, xlink_type="arc", xlink_arcrole=arcrole, xlink_from=_locator(link, source, seen),
             xlink_to=_locator(link, target, seen, variant), order=order, **attributes)


def _definition(selected: dict) -> etree._Element:
    role = "StatementScenario"
    root = _linkbase([role], ("all", "hypercube-dimension", "dimension-domain", "dimension-default", "domain-member"))
    link = _element("link:definitionLink", root, xlink_type="extended", xlink_role=f"{BASE}role/{role}")
    seen: set[str] = set()
    dim = "http://xbrl.org/int/dim/arcrole/"
    _arc(link, seen, "us-gaap:StatementLineItems", "us-gaap:StatementTable", "1", dim + "all", "link:definitionArc",
         xbrldt_closed="false", xbrldt_contextElement="segment")
    axes = [("srt:StatementScenarioAxis", "srt:ScenarioUnspecifiedDomain"),
            ("us-gaap:IncomeStatementBalanceSheetAndAdditionalDisclosuresByDisposalGroupsIncludingDiscontinuedOperationsAxis",
             "us-gaap:DisposalGroupsIncludingDiscontinuedOperationsNameDomain"),
            ("us-gaap:StatementEquityComponentsAxis", "us-gaap:EquityComponentDomain")]
    for order, (axis, domain) in enumerate(axes, start=1):
        _arc(link, seen, "us-gaap:StatementTable", axis, str(order), dim + "hypercube-dimension", "link:definitionArc")
        _arc(link, seen, axis, domain, "1", dim + "dimension-domain", "link:definitionArc")
        _arc(link, seen, axis, domain, "1", dim + "dimension-default", "link:definitionArc")
    for order, member in enumerate(("ProFormaMember", "ScenarioAdjustmentMember", "ScenarioPreviouslyReportedMember",
                                    "RestatementAdjustmentMember"), start=1):
        _arc(link, seen, "srt:ScenarioUnspecifiedDomain", f"srt:{member}", str(order), dim + "domain-member",
             "link:definitionArc")
    for order, member in enumerate(EQUITY_MEMBERS, start=1):
        _arc(link, seen, "us-gaap:EquityComponentDomain", f"us-gaap:{member}", str(order), dim + "domain-member",
             "link:definitionArc")
    items = [name for name, row in selected.items() if row["abstract"] != "true" and not name.endswith(
        ("Abstract", "LineItems", "Domain", "Member", "Axis", "Table"))]
    for order, name in enumerate(items, start=1):
        _arc(link, seen, "us-gaap:StatementLineItems", f"us-gaap:{name}", str(order), dim + "domain-member",
             "link:definitionArc")
    return root


def _entry_point() -> etree._Element:
    root = etree.Element(f"{{{XS}}}schema", nsmap={"xs": XS, "link": LINK, "xlink": XLINK},
                         targetNamespace=f"{BASE}entire", elementFormDefault="qualified")
    appinfo = _element("xs:appinfo", _element("xs:annotation", root))
    definitions = {"BalanceSheet": "Statement - Balance Sheet", "IncomeStatement": "Statement - Income Statement",
                   "CashFlow": "Statement - Cash Flows", "StatementScenario": "Dimensions - Statement scenarios"}
    for role, definition in definitions.items():
        role_type = _element("link:roleType", appinfo, roleURI=f"{BASE}role/{role}", id=role)
        _element("link:definition", role_type).text = definition
        for used in ("presentationLink", "calculationLink", "definitionLink"):
            _element("link:usedOn", role_type).text = f"link:{used}"
    for kind, role in (("pre", "presentation"), ("cal", "calculation"), ("def", "definition")):
        _element("link:linkbaseRef", appinfo, xlink_type="simple", xlink_href=f"../stm/lx-stm-{kind}-2022.xml",
                 xlink_role=f"http://www.xbrl.org/2003/role/{role}LinkbaseRef",
                 xlink_arcrole="http://www.w3.org/1999/xlink/properties/linkbase")
    for namespace, location in ((US_GAAP, "../elts/us-gaap-2022.xsd"), (SRT, "../elts/srt-2022.xsd")):
        _element("xs:import", root, namespace=namespace, schemaLocation=location)
    return root


def _catalog() -> etree._Element:
    root = etree.Element(f"{{{CATALOG}}}catalog", nsmap={None: CATALOG})
    etree.SubElement(root, f"{{{CATALOG}}}rewriteURI", uriStartString=BASE, rewritePrefix="../")
    return root


def _package() -> etree._Element:
    root = etree.Element(f"{{{TP}}}taxonomyPackage", nsmap={None: TP})
    for tag, text in (("identifier", BASE.rstrip("/")), ("name", "legacy-xbrl US-GAAP-like taxonomy 2022"),
                      ("description", "Subset of US-GAAP 2022 element names for converted pre-XBRL SEC filings"),
                      ("version", "2022.1"), ("publisher", "legacy-xbrl project"),
                      ("publicationDate", "2026-11-25")):
        element = etree.SubElement(root, f"{{{TP}}}{tag}")
        element.text = text
        if tag in ("name", "description", "publisher"):
            element.set("{http://www.w3.org/XML/1998/namespace}lang", "en")
    entry_points = etree.SubElement(root, f"{{{TP}}}entryPoints")
    entry = etree.SubElement(entry_points, f"{{{TP}}}entryPoint")
    name = etree.SubElement(entry, f"{{{TP}}}name")
    name.text = "legacy-xbrl US-GAAP-like taxonomy, all statements"
    name.set("{http://www.w3.org/XML/1998/namespace}lang", "en")
    etree.SubElement(entry, f"{{{TP}}}entryPointDocument", href=f"{BASE}entire/lx-entire-2022.xsd")
    return root


def _write(path: Path, root: etree._Element) -> None:
    etree.ElementTree(root).write(str(path), xml_declaration=True, encoding="utf-8", pretty_print=True)


if __name__ == "__main__":
    main()
