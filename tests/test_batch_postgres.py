"""`legacy-xbrl batch ... --db`: the batch tables in a real PostgreSQL, exact numerics, one copy per filing."""

import os
import re
import socket
import uuid
from collections import Counter
from datetime import date
from decimal import Decimal

import duckdb
import psycopg
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from conftest import EXAMPLE, ROOT, SEED, printed_amounts
from exporter.cli import main

EXAMPLE_ID = "0000912345-98-000007"
ROW = ["filing_id", "concept", "period_start", "period_end", "dimensions", "unit", "source_line", "value"]


@pytest.fixture
def database():
    """A schema of its own in the test server (LEGACY_XBRL_TEST_PG); the URL selects it through search_path."""
    url = os.environ.get("LEGACY_XBRL_TEST_PG")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("LEGACY_XBRL_TEST_PG is not set: in CI the PostgreSQL test must run (.ci/run starts the "
                        "server and exports it)")
        pytest.skip("LEGACY_XBRL_TEST_PG is not set (postgresql://USER@HOST:PORT/DB of a test database; .ci/run "
                    "shows how to start one)")
    schema = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    scoped = f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"
    try:
        with psycopg.connect(scoped, autocommit=True) as connection:
            yield scoped, connection
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


def batch(sources, out, *extra) -> int:
    return main(["batch", *map(str, sources), "--out", str(out), "--workers", "2", *extra])


def variant(folder, accession: str):
    """The example under another accession number: a second filing for the resumed run."""
    path = folder / f"{accession}.txt"
    path.write_text(EXAMPLE.read_text().replace(EXAMPLE_ID, accession))
    return path


def parquet_facts(out) -> Counter:
    table = ds.dataset(out / "facts", format="parquet", partitioning="hive").to_table(columns=ROW)
    return Counter(zip(*(table.column(name).to_pylist() for name in ROW), strict=True))


def loaded_facts(connection) -> Counter:
    rows = connection.execute(f"SELECT {', '.join(ROW)} FROM facts").fetchall()
    return Counter((*row[:-1], str(row[-1])) for row in rows)


def table_count(connection, table: str) -> int:
    return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def assert_loaded_once(out, connection) -> None:
    """PostgreSQL holds exactly the Parquet tables: the same fact rows (values as exact decimals), once each."""
    expected = parquet_facts(out)
    assert table_count(connection, "facts") == sum(expected.values()) > 0
    assert loaded_facts(connection) == expected
    for table in ("filings", "concepts"):
        assert table_count(connection, table) == pq.read_metadata(out / f"{table}.parquet").num_rows
    assert connection.execute("SELECT count(*) - count(DISTINCT filing_id) FROM filings").fetchone()[0] == 0


def example_values(connection, concept: str) -> list[Decimal]:
    """The example's values of a concept, latest period first (the order of the statements' columns)."""
    rows = connection.execute("SELECT value FROM facts WHERE filing_id = %s AND concept = %s ORDER BY period_end DESC",
                              (EXAMPLE_ID, concept)).fetchall()
    return [value for (value,) in rows]


def test_batch_loads_postgres_exactly_once_per_filing(tmp_path, database):
    url, connection = database
    out, extra = tmp_path / "out", [SEED] if SEED.is_file() else []
    assert batch([EXAMPLE, *extra], out, "--db", url) == 0
    assert_loaded_once(out, connection)

    types = dict(connection.execute("SELECT column_name, data_type FROM information_schema.columns "
                                    "WHERE table_name = 'facts' AND table_schema = current_schema()").fetchall())
    assert (types["value"], types["confidence"], types["filing_id"]) == ("numeric", "double precision", "text")
    assets = example_values(connection, "us-gaap:Assets")
    assert assets == [amount * 1000 for amount in printed_amounts("Total assets")]
    assert all(type(value) is Decimal for value in assets)
    eps = example_values(connection, "us-gaap:EarningsPerShareBasic")
    assert eps == printed_amounts("Net income per share")  # per-share amounts are not in thousands

    # a resumed run (one more filing) and rows changed in the database: the load replaces, never adds
    connection.execute("UPDATE facts SET value = value + 1 WHERE filing_id = %s", (EXAMPLE_ID,))
    connection.execute("INSERT INTO facts SELECT * FROM facts WHERE filing_id = %s LIMIT 3", (EXAMPLE_ID,))
    second = variant(tmp_path, "0000912345-98-000099")
    assert batch([EXAMPLE, *extra, second], out, "--db", url) == 0
    assert_loaded_once(out, connection)
    assert table_count(connection, "filings") == 2 + len(extra)

    assert batch([EXAMPLE, *extra, second], out, "--db", url) == 0  # the same batch again
    assert_loaded_once(out, connection)


def test_unreachable_database_is_one_line_error_and_warehouse_stands(tmp_path, capsys):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    out = tmp_path / "out"
    assert batch([EXAMPLE], out, "--db", f"postgresql://nobody:secret@127.0.0.1:{port}/none") == 1
    stderr = capsys.readouterr().err
    errors = [line for line in stderr.splitlines() if line.startswith("error:")]
    assert errors == [line for line in stderr.splitlines() if "--db" in line]
    assert len(errors) == 1 and errors[0].startswith(f"error: --db postgresql://nobody:***@127.0.0.1:{port}/none: "
                                                     "cannot connect")
    assert "Traceback" not in stderr and "secret" not in stderr
    with duckdb.connect(str(out / "warehouse.duckdb"), read_only=True) as warehouse:
        assert warehouse.execute("SELECT count(*) FROM facts").fetchone()[0] == sum(parquet_facts(out).values()) > 0


def test_readme_postgres_query(tmp_path, database):
    url, connection = database
    section = re.search(r"## Querying a batch\n(.*?)\n## ", (ROOT / "README.md").read_text(), re.S).group(1)
    query = re.search(r"```sql\n(.*?)```", section, re.S).group(1)
    assert batch([EXAMPLE], tmp_path / "out", "--db", url) == 0
    rows = connection.execute(query).fetchall()
    assert rows == [("PINE RIVER TOOL & DIE CORP", date(year, 12, 31), amount * 1000)
                    for year, amount in zip((1996, 1997), sorted(printed_amounts("Net income")), strict=True)]
