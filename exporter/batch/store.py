"""The batch output folder and its commit protocol.

Layout of DIR:
    facts/form_type=<F>/year=<Y>/part-<chunk>.parquet   the fact table, Hive-partitioned
    _parts/claims/<sha256>   which chunk converts which content (the same bytes twice are one filing)
    _parts/{filings,concepts,errors,manifest}/<chunk>.parquet   per-chunk pieces
    _parts/fsds_{sub,num,tag,pre}/<chunk>.parquet, {sub,num,tag,pre}.txt   with --format fsds (see fsds.py)
    filings.parquet, concepts.parquet, errors.parquet, manifest.parquet   consolidated at the end
A chunk writes its facts and pieces first (each file atomically: temporary name, then rename) and its
manifest piece last: that file is the chunk's commit. A re-run deletes whatever an uncommitted (killed)
chunk left behind, and skips the inputs the committed manifest pieces record, so a killed-and-resumed run
yields the same facts as an uninterrupted one.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..mapping.taxonomy import load_taxonomy
from ..serialize.atomic import write_atomically

FACTS = "facts"
PARTS = "_parts"
PIECES = ("filings", "concepts", "errors", "manifest", "fsds_sub", "fsds_num", "fsds_tag", "fsds_pre")
MANIFEST_COLUMNS = ["key", "size", "mtime", "sha256", "outcome", "filing_id", "facts", "chunk"]
ERROR_COLUMNS = ["path", "sha256", "stage", "error_class", "message", "line"]
FILING_COLUMNS = ["filing_id", "cik", "entity_name", "form_type", "period_of_report", "filed", "accession_number",
                  "file_number", "state", "fiscal_year_end", "source_path", "sha256", "statements", "facts",
                  "extension_concepts", "arithmetic_failures", "low_confidence", "calculation_inconsistencies",
                  "validation"]
CONCEPT_COLUMNS = ["concept", "name", "namespace", "label", "data_type", "period_type", "balance", "abstract",
                   "filing_id"]


def atomic_parquet(frame: pd.DataFrame, path: Path) -> None:
    atomic_table(pa.Table.from_pandas(frame, preserve_index=False), path)


def atomic_table(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, lambda temporary: pq.write_table(table, temporary))


class BatchStore:
    def __init__(self, out: Path):
        self.out = out

    def piece(self, kind: str, chunk: str) -> Path:
        return self.out / PARTS / kind / f"{chunk}.parquet"

    def write_facts(self, chunk: str, facts: list[pa.Table]) -> None:
        """Facts of one chunk (tables with a year column), one file per (form type, year) partition; the partition
        columns live in the path."""
        if not facts:
            return
        table = pa.concat_tables(facts)
        schema = _without(table.schema, ["form_type", "year"])
        keys = table.group_by(["form_type", "year"]).aggregate([])
        for form_type, year in sorted(zip(keys["form_type"].to_pylist(), keys["year"].to_pylist(), strict=True)):
            rows = table.filter((pc.field("form_type") == form_type) & (pc.field("year") == year))
            folder = self.out / FACTS / f"form_type={quote(form_type or 'unknown', safe='')}" / f"year={year}"
            atomic_table(rows.select(schema.names).replace_schema_metadata(schema.metadata),
                         folder / f"part-{chunk}.parquet")

    def write_piece(self, kind: str, chunk: str, frame: pd.DataFrame) -> None:
        atomic_parquet(frame, self.piece(kind, chunk))

    def claim(self, sha256: str, chunk: str, key: str) -> bool:
        """Claim a content hash for one input; False when another input has the same bytes (a retried chunk
        claiming its own input again gets True)."""
        path = self.out / PARTS / "claims" / sha256[:2] / sha256
        path.parent.mkdir(parents=True, exist_ok=True)
        owner = f"{chunk}\n{key}"
        try:
            with open(path, "x") as handle:
                handle.write(owner)
        except FileExistsError:
            return path.read_text() == owner
        return True

    def committed(self) -> set[str]:
        folder = self.out / PARTS / "manifest"
        return {p.stem for p in folder.glob("*.parquet")} if folder.is_dir() else set()

    def remove_uncommitted(self) -> int:
        """Delete what chunks that never committed left behind (a run killed mid-chunk); return the count."""
        committed = self.committed()
        removed = 0
        candidates = list((self.out / FACTS).rglob("*")) if (self.out / FACTS).is_dir() else []
        for kind in PIECES:
            folder = self.out / PARTS / kind
            candidates += list(folder.glob("*")) if folder.is_dir() else []
        claims = self.out / PARTS / "claims"
        for path in claims.rglob("*") if claims.is_dir() else []:
            if path.is_file() and path.read_text().split("\n")[0] not in committed:
                path.unlink()
                removed += 1
        for path in candidates:
            if not path.is_file():
                continue
            chunk = path.stem.removeprefix("part-")
            if path.name.startswith(".") or chunk not in committed:
                path.unlink()
                removed += 1
        return removed

    def manifest(self) -> pd.DataFrame:
        return self._concat("manifest", MANIFEST_COLUMNS)

    def _concat(self, kind: str, columns: list[str] | None = None) -> pd.DataFrame:
        folder = self.out / PARTS / kind
        files = sorted(folder.glob("*.parquet")) if folder.is_dir() else []
        frames = [pd.read_parquet(path) for path in files]
        if not frames:
            return pd.DataFrame(columns=columns or [])
        return pd.concat(frames, ignore_index=True)

    def consolidate(self) -> dict[str, Path]:
        """Write manifest, errors, filings and concepts tables from the committed pieces."""
        written = {}
        manifest = self.manifest()
        tables = {
            "manifest": manifest.drop_duplicates("key", keep="last"),
            "errors": self._concat("errors", ERROR_COLUMNS),
            "filings": self._concat("filings", FILING_COLUMNS).drop_duplicates("filing_id", keep="last"),
            "concepts": pd.concat([taxonomy_concepts(), self._concat("concepts", CONCEPT_COLUMNS)],
                                  ignore_index=True),
        }
        for name, frame in tables.items():
            path = self.out / f"{name}.parquet"
            atomic_parquet(frame.reset_index(drop=True), path)
            written[name] = path
        return written


def _without(schema: pa.Schema, names: list[str]) -> pa.Schema:
    """`schema` less the named fields, and less their entries in pandas' metadata."""
    pandas = json.loads(schema.metadata[b"pandas"])
    pandas["columns"] = [column for column in pandas["columns"] if column["name"] not in names]
    kept = pa.schema([field for field in schema if field.name not in names])
    return kept.with_metadata({**schema.metadata, b"pandas": json.dumps(pandas).encode()})


def taxonomy_concepts() -> pd.DataFrame:
    """The concepts table's taxonomy rows (extension concepts come from each filing)."""
    rows = [concept_row(concept, "") for concept in load_taxonomy().concepts.values()]
    return pd.DataFrame(rows)


def concept_row(concept, filing_id: str) -> dict:
    return {"concept": concept.qname, "name": concept.name, "namespace": concept.namespace, "label": concept.label,
            "data_type": concept.data_type, "period_type": concept.period_type, "balance": concept.balance or "",
            "abstract": concept.abstract, "filing_id": filing_id}
