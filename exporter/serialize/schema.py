"""The filing's extension schema and its label, presentation, calculation and definition linkbases."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from lxml import etree

from ..mapping.facts import NOTES_ROOT, MappedFiling, MappedStatement
from ..mapping.taxonomy import Concept, role_uri
from .names import (
    DTR_TYPES,
    DTR_TYPES_URL,
    EXTENSION_PREFIX,
    LINK,
    STANDARD_LABEL,
    TAXONOMY_NAMESPACES,
    XBRL_INSTANCE_URL,
    XBRLDT_URL,
    XBRLI,
    XLINK,
    XS,
    SchemaLocations,
    concept_href,
    element_id,
    qname_href,
    schema_url,
)
from .streamed import LinkPiece, write_streamed

PARENT_CHILD = "http://www.xbrl.org/2003/arcrole/parent-child"
SUMMATION_ITEM = "http://www.xbrl.org/2003/arcrole/summation-item"
CONCEPT_LABEL = "http://www.xbrl.org/2003/arcrole/concept-label"
XBRLDT_NS = "http://xbrl.org/2005/xbrldt"
DIMENSIONS_ROLE = "Dimensions"
DIMENSION_ARCROLES = "http://xbrl.org/int/dim/arcrole/"
_ROLE_REFS_PER_PART = 1000  # a filing may have thousands of statements
_ROLES_PER_PART = 1000  # role types per annotation of the schema
_CONCEPTS_PER_PART = 1000  # element declarations and labels built at a time
_ELEMENTS_PER_PART = 3000  # locators and arcs of a presentation or calculation link built at a time
_ROOTS = {
    "balance-sheet": "us-gaap:StatementOfFinancialPositionAbstract",
    "income-statement": "us-gaap:IncomeStatementAbstract",
    "comprehensive-income": "us-gaap:IncomeStatementAbstract",  # our taxonomy has no abstract of its own for it
    "cash-flow": "us-gaap:StatementOfCashFlowsAbstract",
    "stockholders-equity": "us-gaap:StatementOfStockholdersEquityAbstract",
    "disclosure": f"{EXTENSION_PREFIX}:{NOTES_ROOT}",  # the mapper's extension abstract: our taxonomy has none
}
_LINKBASES = {
    "lab": ("labelLink", "http://www.xbrl.org/2003/role/labelLinkbaseRef"),
    "pre": ("presentationLink", "http://www.xbrl.org/2003/role/presentationLinkbaseRef"),
    "cal": ("calculationLink", "http://www.xbrl.org/2003/role/calculationLinkbaseRef"),
    "def": ("definitionLink", "http://www.xbrl.org/2003/role/definitionLinkbaseRef"),
}


def write_extension(mapped: MappedFiling, folder: Path, stem: str, locations: SchemaLocations) -> str:
    """Write `<stem>-ext.xsd` and its linkbases into `folder`; return the schema's file name.

    `locations` says where the us-gaap and srt schemas are imported from (ours, or an official package's)."""
    schema_name = f"{stem}-ext.xsd"
    linkbases: dict[str, tuple[etree._Element, Iterable[etree._Element | LinkPiece]]] = {
        "lab": (_linkbase(), _label_pieces(mapped, schema_name, locations)),
        "pre": _statement_links(mapped, schema_name, locations, _presentation_link),
        "cal": _statement_links(mapped, schema_name, locations, _calculation_link),
    }
    dimensional = bool(mapped.members) or any(f.context.dimensions for f in mapped.facts)
    if dimensional:
        linkbases["def"] = (_definition_linkbase(mapped, schema_name, locations), ())
    for kind, (head, links) in linkbases.items():
        write_streamed(folder / f"{stem}-{kind}.xml", head, links)
    write_streamed(folder / schema_name, *_schema(mapped, stem, sorted(linkbases), dimensional, locations))
    return schema_name


def _schema(mapped: MappedFiling, stem: str, linkbases: list[str], dimensional: bool, locations: SchemaLocations
            ) -> tuple[etree._Element, Iterator[etree._Element]]:
    """The extension schema as a head (its root, and an annotation with the linkbase references and the first role
    types) and parts made when the writer comes to them: an annotation for each further thousand role types (a
    filing may have thousands of statements), then the imports and the element declarations."""
    namespace = mapped.extension_namespace

    def root() -> etree._Element:
        return etree.Element(f"{{{XS}}}schema", nsmap={
            "xs": XS, "xbrli": XBRLI, "link": LINK, "xlink": XLINK, "dtr-types": DTR_TYPES,
            EXTENSION_PREFIX: namespace, **TAXONOMY_NAMESPACES},
            targetNamespace=namespace, elementFormDefault="qualified", attributeFormDefault="unqualified")

    def appinfo(schema: etree._Element) -> etree._Element:
        return etree.SubElement(etree.SubElement(schema, f"{{{XS}}}annotation"), f"{{{XS}}}appinfo")

    def add_role_types(info: etree._Element, roles: list[tuple[str, str, list[str]]]) -> None:
        for role, definition, used_on in roles:
            role_type = etree.SubElement(info, f"{{{LINK}}}roleType", roleURI=role_uri(namespace, role), id=role)
            etree.SubElement(role_type, f"{{{LINK}}}definition").text = definition
            for link in used_on:
                etree.SubElement(role_type, f"{{{LINK}}}usedOn").text = f"link:{link}"

    roles = _roles(mapped, dimensional)
    head = root()
    info = appinfo(head)
    for kind in linkbases:
        ref = etree.SubElement(info, f"{{{LINK}}}linkbaseRef")
        ref.set(f"{{{XLINK}}}type", "simple")
        ref.set(f"{{{XLINK}}}href", f"{stem}-{kind}.xml")
        ref.set(f"{{{XLINK}}}role", _LINKBASES[kind][1])
        ref.set(f"{{{XLINK}}}arcrole", "http://www.w3.org/1999/xlink/properties/linkbase")
    add_role_types(info, roles[:_ROLES_PER_PART])

    def parts() -> Iterator[etree._Element]:
        for start in range(_ROLES_PER_PART, len(roles), _ROLES_PER_PART):
            part = root()
            add_role_types(appinfo(part), roles[start : start + _ROLES_PER_PART])
            yield part
        concepts = _declared(mapped)
        yield _declarations(_imports(root(), locations), concepts[:_CONCEPTS_PER_PART])
        for start in range(_CONCEPTS_PER_PART, len(concepts), _CONCEPTS_PER_PART):
            yield _declarations(root(), concepts[start : start + _CONCEPTS_PER_PART])

    return head, parts()


def _declared(mapped: MappedFiling) -> list[Concept]:
    """The concepts the extension declares (and labels): its own, then its dimension members."""
    return mapped.extensions + [member.member for member in mapped.members]


def _imports(schema: etree._Element, locations: SchemaLocations) -> etree._Element:
    """The imports of the schemas the extension builds on, added to `schema`."""
    imports = [("http://www.xbrl.org/2003/instance", XBRL_INSTANCE_URL), (DTR_TYPES, DTR_TYPES_URL)]
    imports += [(ns, schema_url(prefix, locations)) for prefix, ns in TAXONOMY_NAMESPACES.items()]
    for ns, location in imports:
        etree.SubElement(schema, f"{{{XS}}}import", namespace=ns, schemaLocation=location)
    return schema


def _declarations(schema: etree._Element, concepts: list[Concept]) -> etree._Element:
    """The element declarations of `concepts`, added to `schema`."""
    for concept in concepts:
        attributes = {"name": concept.name, "id": element_id(concept), "type": concept.data_type,
                      "substitutionGroup": "xbrli:item", f"{{{XBRLI}}}periodType": concept.period_type,
                      "nillable": "true"}
        if concept.balance:
            attributes[f"{{{XBRLI}}}balance"] = concept.balance
        if concept.abstract:
            attributes["abstract"] = "true"
        etree.SubElement(schema, f"{{{XS}}}element", attributes)
    return schema


def _roles(mapped: MappedFiling, dimensional: bool) -> list[tuple[str, str, list[str]]]:
    roles = [(s.role, f"{s.index + 1:02d} - {'Disclosure' if s.kind == 'disclosure' else 'Statement'} - "
              f"{s.title or s.kind}",
              ["presentationLink", "calculationLink"]) for s in mapped.statements]
    if dimensional:
        roles.append((DIMENSIONS_ROLE, "99 - Dimensions - statement columns", ["definitionLink"]))
    return roles


def _linkbase() -> etree._Element:
    return etree.Element(f"{{{LINK}}}linkbase", nsmap={"link": LINK, "xlink": XLINK, "xbrldt": XBRLDT_NS})


class _Link:
    """An extended link with one locator per concept and arcs between them."""

    def __init__(self, linkbase: etree._Element, kind: str, role: str, schema_name: str, locations: SchemaLocations):
        self.kind, self.role = kind, role
        self.linkbase, self.element = linkbase, self._element(linkbase)
        self.schema_name = schema_name
        self.locations = locations
        self.locators: set[str] = set()
        self.first = True  # no piece of the link given yet

    def _element(self, linkbase: etree._Element) -> etree._Element:
        element = etree.SubElement(linkbase, f"{{{LINK}}}{self.kind}")
        element.set(f"{{{XLINK}}}type", "extended")
        element.set(f"{{{XLINK}}}role", self.role)
        return element

    def piece(self, last: bool = False) -> LinkPiece:
        """The locators and arcs made since the last piece, as a piece of the link; the next ones go into a new
        linkbase (written as the same link: a statement of many thousand lines is never held as one tree)."""
        piece = LinkPiece(self.linkbase, self.first, last)
        self.first = False
        if not last:
            self.linkbase = _linkbase()
            self.element = self._element(self.linkbase)
        return piece

    def locator(self, qname: str, variant: str = "") -> str:
        label = qname.replace(":", "_") + variant
        if label not in self.locators:
            self.locators.add(label)
            loc = etree.SubElement(self.element, f"{{{LINK}}}loc")
            loc.set(f"{{{XLINK}}}type", "locator")
            loc.set(f"{{{XLINK}}}href", qname_href(qname, self.schema_name, self.locations))
            loc.set(f"{{{XLINK}}}label", label)
        return label

    def arc(self, tag: str, arcrole: str, source: str, target: str, order: int, **attributes: str) -> None:
        arc = etree.SubElement(self.element, f"{{{LINK}}}{tag}")
        arc.set(f"{{{XLINK}}}type", "arc")
        arc.set(f"{{{XLINK}}}arcrole", arcrole)
        arc.set(f"{{{XLINK}}}from", self.locator(source))
        # XLink allows one arc per locator pair: a default arc points at a second locator of its domain
        arc.set(f"{{{XLINK}}}to", self.locator(target, "_default" if arcrole.endswith("dimension-default") else ""))
        arc.set("order", str(order))
        for name, value in attributes.items():
            arc.set(name if ":" not in name else f"{{{XBRLDT_NS}}}{name.split(':')[1]}", value)


def _label_pieces(mapped: MappedFiling, schema_name: str, locations: SchemaLocations) -> Iterator[LinkPiece]:
    """The label link, _CONCEPTS_PER_PART concepts' labels at a time (a filing may have many thousands)."""
    concepts = _declared(mapped)
    starts = range(0, max(len(concepts), 1), _CONCEPTS_PER_PART)
    for start in starts:
        root = _label_link(concepts[start : start + _CONCEPTS_PER_PART], schema_name, locations)
        yield LinkPiece(root, start == starts[0], start == starts[-1])


def _label_link(concepts: list[Concept], schema_name: str, locations: SchemaLocations) -> etree._Element:
    """A linkbase with a label link holding the labels of `concepts`."""
    linkbase = _linkbase()
    link = etree.SubElement(linkbase, f"{{{LINK}}}labelLink")
    link.set(f"{{{XLINK}}}type", "extended")
    link.set(f"{{{XLINK}}}role", "http://www.xbrl.org/2003/role/link")
    for concept in concepts:
        ident = element_id(concept)
        loc = etree.SubElement(link, f"{{{LINK}}}loc")
        loc.set(f"{{{XLINK}}}type", "locator")
        loc.set(f"{{{XLINK}}}href", concept_href(concept, schema_name, locations))
        loc.set(f"{{{XLINK}}}label", f"loc_{ident}")
        label = etree.SubElement(link, f"{{{LINK}}}label")
        label.set(f"{{{XLINK}}}type", "resource")
        label.set(f"{{{XLINK}}}label", f"lab_{ident}")
        label.set(f"{{{XLINK}}}role", STANDARD_LABEL)
        label.set("{http://www.w3.org/XML/1998/namespace}lang", "en-US")
        label.text = concept.label
        arc = etree.SubElement(link, f"{{{LINK}}}labelArc")
        arc.set(f"{{{XLINK}}}type", "arc")
        arc.set(f"{{{XLINK}}}arcrole", CONCEPT_LABEL)
        arc.set(f"{{{XLINK}}}from", f"loc_{ident}")
        arc.set(f"{{{XLINK}}}to", f"lab_{ident}")
    return linkbase


def _statement_links(mapped: MappedFiling, schema_name: str, locations: SchemaLocations,
                     link: Callable[[MappedStatement, str, SchemaLocations, str], Iterator[LinkPiece]],
                     ) -> tuple[etree._Element, Iterator[etree._Element | LinkPiece]]:
    """A linkbase with an extended link per statement: its (empty) head, then its role references and its links,
    built a part at a time (a linkbase of its own each) only when the writer comes to them."""

    def links() -> Iterator[etree._Element | LinkPiece]:
        for start in range(0, len(mapped.statements), _ROLE_REFS_PER_PART):
            part = _linkbase()
            for statement in mapped.statements[start : start + _ROLE_REFS_PER_PART]:
                _role_ref(part, mapped, statement.role, schema_name)
            yield part
        for statement in mapped.statements:
            yield from link(statement, role_uri(mapped.extension_namespace, statement.role), locations, schema_name)

    return _linkbase(), links()


def _presentation_link(statement: MappedStatement, role: str, locations: SchemaLocations, schema_name: str
                       ) -> Iterator[LinkPiece]:
    link = _Link(_linkbase(), "presentationLink", role, schema_name, locations)
    root = _ROOTS.get(statement.kind)
    if root is not None:
        for order, concept in enumerate(statement.concepts, start=1):
            if len(link.element) >= _ELEMENTS_PER_PART:
                yield link.piece()
            link.arc("presentationArc", PARENT_CHILD, root, concept.qname, order)
    yield link.piece(last=True)


def _calculation_link(statement: MappedStatement, role: str, locations: SchemaLocations, schema_name: str
                      ) -> Iterator[LinkPiece]:
    link = _Link(_linkbase(), "calculationLink", role, schema_name, locations)
    for relationship in _unique(statement):
        if len(link.element) >= _ELEMENTS_PER_PART:
            yield link.piece()
        link.arc("calculationArc", SUMMATION_ITEM, relationship.parent.qname, relationship.child.qname,
                 relationship.order, weight=f"{relationship.weight}.0")
    yield link.piece(last=True)


def _unique(statement: MappedStatement):
    """Calculation arcs once each; a parent-child pair seen twice in one statement keeps its first weight."""
    seen: set[tuple[str, str]] = set()
    for relationship in statement.relationships:
        key = (relationship.parent.qname, relationship.child.qname)
        if key not in seen and relationship.parent != relationship.child:
            seen.add(key)
            yield relationship


def _definition_linkbase(mapped: MappedFiling, schema_name: str, locations: SchemaLocations) -> etree._Element:
    linkbase = _linkbase()
    _role_ref(linkbase, mapped, DIMENSIONS_ROLE, schema_name)
    for arcrole in ("all", "hypercube-dimension", "dimension-domain", "dimension-default", "domain-member"):
        ref = etree.SubElement(linkbase, f"{{{LINK}}}arcroleRef", arcroleURI=f"{DIMENSION_ARCROLES}{arcrole}")
        ref.set(f"{{{XLINK}}}type", "simple")
        ref.set(f"{{{XLINK}}}href", f"{XBRLDT_URL}#{arcrole}")
    link = _Link(linkbase, "definitionLink", role_uri(mapped.extension_namespace, DIMENSIONS_ROLE), schema_name,
                 locations)
    line_items, table = "us-gaap:StatementLineItems", "us-gaap:StatementTable"
    link.arc("definitionArc", "http://xbrl.org/int/dim/arcrole/all", line_items, table, 1,
             **{"xbrldt:closed": "true", "xbrldt:contextElement": "segment"})
    axes: dict[str, tuple[str, set[str]]] = {}
    for fact in mapped.facts:
        for axis, member in fact.context.dimensions:
            domain = next((m.domain for m in mapped.members if m.axis == axis), _DEFAULT_DOMAINS[axis])
            axes.setdefault(axis, (domain, set()))[1].add(member)
    for order, (axis, (domain, members)) in enumerate(sorted(axes.items()), start=1):
        link.arc("definitionArc", "http://xbrl.org/int/dim/arcrole/hypercube-dimension", table, axis, order)
        link.arc("definitionArc", "http://xbrl.org/int/dim/arcrole/dimension-domain", axis, domain, 1)
        link.arc("definitionArc", "http://xbrl.org/int/dim/arcrole/dimension-default", axis, domain, 1)
        for member_order, member in enumerate(sorted(members), start=1):
            link.arc("definitionArc", "http://xbrl.org/int/dim/arcrole/domain-member", domain, member, member_order)
    concepts: dict[str, Concept] = {fact.concept.qname: fact.concept for fact in mapped.facts}
    for order, qname in enumerate(concepts, start=1):
        link.arc("definitionArc", "http://xbrl.org/int/dim/arcrole/domain-member", line_items, qname, order)
    return linkbase


_DEFAULT_DOMAINS = {
    "srt:StatementScenarioAxis": "srt:ScenarioUnspecifiedDomain",
    "us-gaap:IncomeStatementBalanceSheetAndAdditionalDisclosuresByDisposalGroupsIncludingDiscontinuedOperationsAxis":
        "us-gaap:DisposalGroupsIncludingDiscontinuedOperationsNameDomain",
    "us-gaap:StatementEquityComponentsAxis": "us-gaap:EquityComponentDomain",
}


def _role_ref(linkbase: etree._Element, mapped: MappedFiling, role: str, schema_name: str) -> None:
    ref = etree.SubElement(linkbase, f"{{{LINK}}}roleRef", roleURI=role_uri(mapped.extension_namespace, role))
    ref.set(f"{{{XLINK}}}type", "simple")
    ref.set(f"{{{XLINK}}}href", f"{schema_name}#{role}")
