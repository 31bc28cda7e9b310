"""XBRL signs of lines that no taxonomy concept names yet: what a printed cash effect means for the line's value.

A cash flow statement prints each line's effect on cash; XBRL reports what the concept measures. A payment, a
purchase, an increase in an asset or a gain takes cash away (or is added back as negative) while its value is
positive, so such a line's value is the printed amount negated, as the us-gaap concepts it would be named by
(PaymentsTo..., IncreaseDecreaseIn<asset>, GainLoss...) hold it.
"""

from __future__ import annotations

import re

from . import synonyms

_OUTFLOW = re.compile(
    r"^(cash )?(payments?|purchases?|acquisitions?|business (combinations?|acquisitions?)|repayments?|"
    r"repurchases?|redemptions?|retirements?|reductions?|"
    r"principal payments?|capital expenditures?|additions? (to|of) (?!(long|short) term|debt|borrowings|notes)|"
    r"investments? in|(cash )?dividends|distributions?|"
    r"loans? (made|to)|advances? to|contributions? to|debt issuance costs|issuance costs|buy ?backs?|"
    r"(common |treasury )?stock (purchases|repurchases|repurchased|acquired)|treasury stock|expenditures? for|"
    r"deposits? (made|paid)|increase in restricted cash)\b")
_INFLOW = re.compile(r"^(cash )?(proceeds|sales?|maturities|collections?|borrowings?|issuances?|receipts?|"
                     r"repayments? (from|by)|net proceeds|excess tax benefits?|tax benefits?)\b")
_GAIN = re.compile(r"\(\s*(gains?|income|earnings)\s*\)|^(net )?(gains?|losses?|loss)\b|\bgains?\b|"
                   r"\b(loss|losses) (on|from)\b")
_NET_RESULT = re.compile(r"^net (income|loss|earnings)|^(income|loss|earnings)( loss)? from continuing")
_ASSET = re.compile(r"receivables?\b|\binventor(y|ies)\b|\bprepaid|\bprepayments?\b|\bassets?\b|\bdeposits\b|"
                    r"\bcosts in excess of billings\b|\bunbilled\b")
_LIABILITY = re.compile(r"payables?\b|\baccrued\b|\bliabilit|\bdeferred revenue|\bunearned|\bbillings in excess")
_CHANGE = re.compile(r"^(net )?(increase|decrease|change|changes)\b( decrease| increase)?( in)?\s*")
_NOT_OPERATING = re.compile(r"investing|financing")
_INVESTING = re.compile(r"investing")
_OTHER = re.compile(r"^other\b|\band other net$")
# an 'Other' line among the operating adjustments: other noncash income, added back as negative
_OTHER_ADJUSTMENT = re.compile(r"^other( items| net| noncash items| non cash items| operating activities( net)?)?$")
_FOREIGN_CURRENCY = re.compile(r"^(net )?foreign (currency|exchange)( transaction| remeasurement)?"
                               r"( adjustments?| gains?| losses?| gains? losses?| losses? gains?)$")
_DEFERRED_TAXES = re.compile(r"(net )?deferred (income )?tax(es)?( assets?)?( and liabilities)?$")
_NET_CAPITAL = re.compile(r"assets and liabilities|working capital")  # an increase in net operating capital
_SUPPLEMENTAL = re.compile(r"supplement|non-?cash|paid during|disclosures?")  # amounts paid, printed as positive
_CHARGE = re.compile(r"write ?(downs?|offs?)|impairment|depreciation|amortization|provision|allowance|reserve")


# a net change in borrowings is held as net proceeds (ProceedsFromRepaymentsOf...), whatever word comes first
_NET_DEBT = re.compile(r"(commercial paper|debt|borrowings?|notes|credit|loans?)( payable)? net$")


def is_supplemental(section: str) -> bool:
    """A cash flow section of disclosed amounts (interest paid, noncash investing), printed as they are."""
    return bool(_SUPPLEMENTAL.search(section.lower()))


def cash_flow_sign(label: str, section: str = "") -> int:
    """-1 when a cash flow line's value is its printed cash effect negated, +1 when it is as printed."""
    raw, heading = label.lower(), section.lower()
    text = synonyms.normalise(label)
    if _NET_RESULT.search(text) or _NET_DEBT.search(text) or is_supplemental(heading):
        return 1
    if (_GAIN.search(raw) or _FOREIGN_CURRENCY.search(text)) and not _INFLOW.search(text):
        return -1  # a gain (a foreign currency gain), added back as negative
    changed = _CHANGE.sub("", text)
    if changed != text and _DEFERRED_TAXES.match(changed):
        return -1  # a change in deferred taxes is one in the asset (a plain 'Deferred income taxes' is the expense)
    if _INFLOW.search(changed):
        return 1
    if _OUTFLOW.search(changed):
        return -1
    if _NET_CAPITAL.search(changed) or (_OTHER.search(changed) and _INVESTING.search(heading)) or (
            _OTHER_ADJUSTMENT.search(text) and not _NOT_OPERATING.search(heading)):
        return -1  # a net increase in operating capital; other investing held as payments; other noncash income
    if _ASSET.search(changed) and not (_LIABILITY.search(changed) or _CHARGE.search(changed)
                                       or _NOT_OPERATING.search(heading)):
        return -1
    return 1


# Lines of other comprehensive income held as what they take from it: a gain reclassified out of accumulated other
# comprehensive income into net income (positive when gains are reclassified), a change in pension liabilities.
_OCI_DEBIT = re.compile(r"reclassif|realized\b.*\bincluded in|included in net (income|earnings|loss)|pension|"
                        r"postretirement|post retirement|defined benefit")


# Note lines a table prints in parentheses while their concepts hold a positive amount: what a roll-forward subtracts
# (a warranty's utilization, payments, settlements), a tax benefit, the liabilities a net deferred tax asset deducts.
_NOTE_DEDUCTION = re.compile(
    r"^(?!.*\bnet$)(less:? )?((warranty |product warranty )?(utilization|usage|costs? incurred|claims paid|payments?|"
    r"settlements?|reductions?|repayments?|deductions?|write ?offs?|charge ?offs?|amounts? (used|utilized|paid))\b|"
    r"(income )?tax benefits? (related to|from|recognized)|((gross|total) )?deferred (income )?tax liabilities$|"
    r"unearned interest income$|gross (realized |unrealized )?(holding )?loss(es)?$)")
# a note line of costs ('IP-related and legal settlement costs', 'Restructuring charges'): a positive amount, though
# a reconciliation prints it in parentheses; not a tax item ('Nondeductible expenses' lowers or raises the tax)
_NAMED_COSTS = re.compile(r"\b(costs|expenses|charges)$")
_NOT_COSTS = re.compile(r"\b(income|revenues?|gains?|net|tax(es)?|deductible|nondeductible|recover\w*|reversals?)\b")
# a label naming both directions of a signed amount ('Net gains (losses)', 'Income (loss)'): its printed sign tells,
# even after a 'Less:'
_SIGNED = re.compile(r"\b(gains?|income|earnings|profits?) \(?\s*loss(es)?\b|\bloss(es)? \(?\s*(gains?|income)\b")


def _words(text: str) -> str:
    """A label or heading as the note and section patterns read it: lower case, hyphens as spaces, no commas."""
    return " ".join(text.lower().replace("-", " ").replace(",", "").split())


def is_note_deduction(label: str) -> bool:
    """Whether a note line printed in parentheses holds a positive amount of what it names (a warranty's
    utilization, a payment, a tax benefit, deferred tax liabilities, gross losses, costs)."""
    text = _words(label)
    return bool(_NOTE_DEDUCTION.search(text) or _NAMED_COSTS.search(text) and not _NOT_COSTS.search(text))


def is_signed_amount(label: str) -> bool:
    """Whether a label names both directions of its amount ('Less: Net gains (losses) on securities sold'): the
    printed sign is the value's, a 'Less:' before it notwithstanding."""
    return bool(_SIGNED.search(" ".join(label.lower().replace("/", " ").split())))


# An income statement section that prints expenses as positive: 'Interest and other (income) expense', 'Other
# expense (income)', 'Other deductions', 'Costs and expenses'.
_EXPENSE_SECTION = re.compile(r"\(\s*income\s*\)|expenses?,?\s*\(\s*income|"
                              r"^(other |nonoperating |non operating )?(costs and )?(expenses?|deductions|charges)\b")
_NET_OF_INCOME_AND_EXPENSE = re.compile(r"IncomeExpense(Net)?$")
_EXPENSE_HEADING = re.compile(r"\b(costs?|expenses?|charges|deductions)\b")
_INCOME_WORDS = re.compile(r"\b(income|revenues?|sales|earnings|gains?|profits?)\b")


def is_expense_line(label: str, section: str, deducted: bool = False) -> bool:
    """Whether an income statement line is an expense, its value positive (a debit) though a statement may print it
    in parentheses: it names an expense or cost, or it is `deducted` (printed in parentheses, as most lines of its
    section are) under a heading of costs or expenses ('Operating expenses:') and names no income."""
    text, heading = label.lower(), section.lower()
    if re.search(r"expense|cost", text):  # 'Cost of sales', 'Other expense'
        return not re.search(r"income|revenue", text)
    return deducted and bool(_EXPENSE_HEADING.search(heading) and not _INCOME_WORDS.search(heading + " " + text))


def prints_net_expense(concept_name: str, section: str) -> bool:
    """Whether an income statement line of a net of income and expense (NonoperatingIncomeExpense, a credit) sits in
    a section that prints expenses as positive: a net expense printed positive is then a negative value."""
    return bool(_NET_OF_INCOME_AND_EXPENSE.search(concept_name) and _EXPENSE_SECTION.search(_words(section)))


_INCOME_IN_PARENTHESES = re.compile(r"\(\s*income\s*\)|expenses?,?\s*\(\s*income")


def prints_income_in_parentheses(section: str) -> bool:
    """Whether an income statement section's heading says its amounts in parentheses are income ('Interest and other
    (income) expense:'): an income line printed (201) there is an income of 201."""
    return bool(_INCOME_IN_PARENTHESES.search(_words(section)))


_TREASURY_SECTION = re.compile(r"^(common )?treasury (stock|shares)\b|^(common )?(stock|shares) (held )?in treasury\b")


def is_treasury_section(section: str) -> bool:
    """Whether a section of an equity statement or note is the treasury stock's: its balances and purchases are
    held positive (TreasuryStockValue, TreasuryStockShares) though printed in parentheses as deductions."""
    return bool(_TREASURY_SECTION.search(_words(section)))


_TAX_BENEFIT = re.compile(r"^(less:? )?(related )?(income )?tax benefits?$")
_AFTER_TAX = re.compile(r"\b(after tax|net of (income )?tax(es)?)\b")


def is_tax_benefit_deduction(label: str, following: str) -> bool:
    """Whether a note's 'Income tax benefit' is the benefit deducted from a pre-tax amount, the line after it the
    after-tax amount ('Pre-tax stock-based compensation expense', 'Income tax benefit', 'After-tax ...'): a positive
    amount of benefit, though printed in parentheses."""
    return bool(_TAX_BENEFIT.search(_words(label)) and _AFTER_TAX.search(_words(following)))


def comprehensive_income_balance(label: str) -> str:
    """The balance of an other comprehensive income line no concept names yet: debit for a line whose positive value
    takes from comprehensive income (a reclassification of gains, a pension adjustment), else credit."""
    return "debit" if _OCI_DEBIT.search(synonyms.normalise(label)) else "credit"
