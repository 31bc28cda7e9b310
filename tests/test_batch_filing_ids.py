"""A filing without an accession number gets the same filing_id from a folder, a zip, a tar and `convert`: its own
file name and a digest of its content, never the name of the archive that holds it."""

import hashlib
import io
import tarfile
import zipfile

import pandas as pd

from conftest import EXAMPLE
from exporter.batch.runner import run_batch
from exporter.pipeline import convert

NAME = "000_pine-river.txt"


def _without_accession() -> bytes:
    text = EXAMPLE.read_text()
    line = "ACCESSION NUMBER:\t\t0000912345-98-000007\n"
    assert line in text
    return text.replace(line, "").encode()


def _filing_ids(out) -> list[str]:
    return list(pd.read_parquet(out / "filings.parquet").filing_id)


def test_the_same_filing_gets_the_same_id_from_every_container(tmp_path):
    raw = _without_accession()
    expected = f"000_pine-river-{hashlib.sha256(raw).hexdigest()[:8]}"
    folder = tmp_path / "edgar"
    folder.mkdir()
    (folder / NAME).write_bytes(raw)
    with zipfile.ZipFile(tmp_path / "bin1.zip", "w") as archive:
        archive.writestr(NAME, raw)
    with tarfile.open(tmp_path / "bin2.tar.gz", "w:gz") as archive:
        info = tarfile.TarInfo(NAME)
        info.size = len(raw)
        archive.addfile(info, io.BytesIO(raw))
    assert convert(folder / NAME).mapped.filing_id == expected
    for source in ("edgar", "bin1.zip", "bin2.tar.gz"):
        out = tmp_path / f"out-{source}"
        result = run_batch([tmp_path / source], out, workers=1, stream=io.StringIO())
        assert (result.converted, _filing_ids(out)) == (1, [expected]), source
        assert (out / "facts").is_dir()
    again = run_batch([tmp_path / "bin1.zip"], tmp_path / "out-bin1.zip", workers=1, stream=io.StringIO())
    assert (again.skipped, again.converted) == (1, 0)  # resumable as before: the manifest knows the member
