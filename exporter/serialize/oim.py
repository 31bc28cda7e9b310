"""What xBRL-JSON and xBRL-CSV share (OIM 1.0): namespaces, entity, period and unit as OIM dimension values."""

from __future__ import annotations

from datetime import date, timedelta

from ..mapping.facts import CIK_SCHEME, FILE_NUMBER_SCHEME, FILING_ID_SCHEME, MappedFiling, Unit
from ..periods import Period
from .names import EXTENSION_PREFIX, ISO4217, TAXONOMY_NAMESPACES, XBRLI

XBRL_JSON = "https://xbrl.org/2021/xbrl-json"
XBRL_CSV = "https://xbrl.org/2021/xbrl-csv"
# OIM writes an entity as prefix:identifier; the prefix stands for the XBRL 2.1 identifier scheme
ENTITY_PREFIXES = {CIK_SCHEME: "cik", FILE_NUMBER_SCHEME: "sec-file-number", FILING_ID_SCHEME: "lx-filing"}
ENTITY_PREFIX = "lx-entity"  # for any other scheme


def document_info(mapped: MappedFiling, document_type: str, schema_name: str) -> dict:
    """`documentInfo`: the document type, the namespace prefixes the facts use, and the filing's extension schema."""
    namespaces = {"xbrli": XBRLI, "iso4217": ISO4217, **TAXONOMY_NAMESPACES,
                  EXTENSION_PREFIX: mapped.extension_namespace, _entity_prefix(mapped): mapped.entity.scheme}
    return {"documentType": document_type, "namespaces": namespaces, "taxonomy": [schema_name]}


def oim_entity(mapped: MappedFiling) -> str:
    return f"{_entity_prefix(mapped)}:{mapped.entity.identifier}"


def oim_period(period: Period) -> str:
    """An OIM period: datetimes, so an XBRL 2.1 end date D (end of day) is D+1 at midnight; starts are at midnight."""
    end = _midnight(period.end + timedelta(days=1))
    return end if period.start is None else f"{_midnight(period.start)}/{end}"


def oim_unit(unit: Unit) -> str:
    return unit.measure if unit.per is None else f"{unit.measure}/{unit.per}"


def _entity_prefix(mapped: MappedFiling) -> str:
    return ENTITY_PREFIXES.get(mapped.entity.scheme, ENTITY_PREFIX)


def _midnight(day: date) -> str:
    return f"{day.isoformat()}T00:00:00"
