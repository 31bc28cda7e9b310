"""Hostile archives and hostile filing headers: every bad member is refused with a clear error in errors.parquet,
nothing is written outside --out, and the good filing next to them is still converted."""

import io
import os
import tarfile
import uuid
import zipfile
from pathlib import Path

import pandas as pd
import pyarrow.dataset as ds
import pytest

from conftest import EXAMPLE
from exporter.cli import main
from exporter.pipeline import convert

ACCESSION = "0000912345-98-000007"
BOMB_BYTES = 200 * 1024 * 1024
ABSOLUTE = f"/tmp/legacy-xbrl-hostile-{uuid.uuid4().hex}/x.txt"


def _files(folder: Path, skip: Path) -> set[str]:
    """Every file and folder under `folder` except those under `skip`."""
    found = set()
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if Path(root, d) != skip]
        found.update(str(Path(root, name).relative_to(folder)) for name in dirs + files)
    return found


def _zip(path: Path, good: bytes) -> dict[str, str]:
    """The archive, and what errors.parquet must say about each hostile member (by member name)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("good.txt", good)
        archive.writestr("../../x.txt", good)
        archive.writestr(ABSOLUTE, good)
        link = zipfile.ZipInfo("link.txt")
        link.external_attr = (0o120777 << 16)
        archive.writestr(link, "/etc/passwd")
        archive.writestr("dup.txt", "no statements in here\n")
        with pytest.warns(UserWarning, match="Duplicate name"):
            archive.writestr("dup.txt", good)
        with archive.open("bomb.txt", "w", force_zip64=True) as bomb:  # 200 MB of zeros, never on disk
            zeros = bytes(1024 * 1024)
            for _ in range(BOMB_BYTES // len(zeros)):
                bomb.write(zeros)
    return {"../../x.txt": "path leaves the archive", ABSOLUTE: "absolute path", "link.txt": "symbolic link",
            "dup.txt": "duplicate member name", "bomb.txt": "decompression bomb"}


def _tar(path: Path, good: bytes) -> dict[str, str]:
    def add(archive: tarfile.TarFile, name: str, data: bytes = b"", kind: bytes = tarfile.REGTYPE, link: str = ""):
        info = tarfile.TarInfo(name)
        info.type, info.linkname, info.size = kind, link, len(data)
        archive.addfile(info, io.BytesIO(data) if data else None)

    with tarfile.open(path, "w:gz") as archive:
        add(archive, "good-copy.txt", good.replace(ACCESSION.encode(), b"0000912345-98-000008"))
        add(archive, "../../x.txt", good)
        add(archive, ABSOLUTE, good)
        add(archive, "symlink.txt", kind=tarfile.SYMTYPE, link="/etc/passwd")
        add(archive, "hardlink.txt", kind=tarfile.LNKTYPE, link="good-copy.txt")
        add(archive, "dup.txt", b"no statements in here\n")
        add(archive, "dup.txt", good)
    return {"../../x.txt": "path leaves the archive", ABSOLUTE: "absolute path", "symlink.txt": "link or special file",
            "hardlink.txt": "link or special file", "dup.txt": "duplicate member name"}


def test_hostile_archive_members_are_refused_and_the_good_filings_converted(tmp_path: Path):
    work = tmp_path / "work" / "inner"  # '../../x.txt' from out/ would land in tmp_path/work
    work.mkdir(parents=True)
    good = EXAMPLE.read_bytes()
    expected = {f"{work / 'hostile.zip'}!{name}": reason for name, reason in _zip(work / "hostile.zip", good).items()}
    expected |= {f"{work / 'hostile.tar.gz'}!{name}": reason for name, reason in _tar(work / "hostile.tar.gz",
                                                                                        good).items()}
    out = work / "out"
    before = _files(tmp_path, out)

    code = main(["batch", str(work / "hostile.zip"), str(work / "hostile.tar.gz"), "--out", str(out), "--xbrl",
                 "--workers", "1"])

    assert code == 1  # some inputs failed
    assert _files(tmp_path, out) == before  # nothing written next to or above --out
    assert not Path(ABSOLUTE).exists() and not Path(ABSOLUTE).parent.exists()
    errors = pd.read_parquet(out / "errors.parquet")
    refused = errors[errors.error_class == "Refused"].set_index("path").message
    for key, reason in expected.items():
        assert key in refused.index, f"{key} is not in errors.parquet"
        message = refused[key] if isinstance(refused[key], str) else " ".join(refused[key])
        assert key in message and reason in message, message
    filings = pd.read_parquet(out / "filings.parquet")
    assert sorted(filings.accession_number) == [ACCESSION, "0000912345-98-000008"]
    assert sorted(p.name for p in (out / "filings").iterdir()) == [ACCESSION, "0000912345-98-000008"]
    for archive in ("hostile.zip", "hostile.tar.gz"):  # reading by name would give the last copy: neither is read
        duplicates = errors[errors.path == f"{work / archive}!dup.txt"]
        assert list(duplicates.error_class) == ["Refused", "Refused"]


def _hostile_header(text: str) -> str:
    return (text.replace(f"ACCESSION NUMBER:\t\t{ACCESSION}", "ACCESSION NUMBER:\t\t../../evil")
            .replace("CONFORMED SUBMISSION TYPE:\t10-K", "CONFORMED SUBMISSION TYPE:\t10-K / ../../A x"))


def test_names_from_filing_content_cannot_leave_the_output(tmp_path: Path):
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    source = work / "filing.txt"
    source.write_text(_hostile_header(EXAMPLE.read_text()))
    conversion = convert(source)
    assert conversion.header.accession_number == "../../evil"
    assert conversion.mapped.form_type == "10-K / ../../A x"
    assert conversion.mapped.filing_id == "evil"
    out = work / "out"
    before = _files(tmp_path, out)

    assert main(["convert", str(source), "--out", str(out), "--no-validate"]) == 0
    assert main(["batch", str(source), "--out", str(out / "batch"), "--workers", "1", "--xbrl"]) == 0

    assert _files(tmp_path, out) == before
    assert sorted(p.name for p in out.iterdir()) == ["batch", "evil", "legacy-xbrl-taxonomy-2022.zip"]
    assert (out / "evil" / "evil.xml").is_file() and (out / "batch" / "filings" / "evil" / "evil.xml").is_file()
    partitions = sorted(str(p.relative_to(out / "batch" / "facts")) for p in (out / "batch" / "facts").glob("*/*"))
    assert partitions == ["form_type=10-K%20%2F%20..%2F..%2FA%20x/year=1997"]
    table = ds.dataset(out / "batch" / "facts", format="parquet", partitioning="hive").to_table().to_pandas()
    assert set(table.filing_id) == {"evil"} and len(table) == len(conversion.mapped.facts)
