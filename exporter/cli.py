"""Command line: `legacy-xbrl convert FILE...`, `legacy-xbrl batch SOURCE...`, `legacy-xbrl validate INSTANCE` and
`legacy-xbrl taxonomy --zip PATH`.

Exit codes: 0 all converted (validate: no error), 1 some filings failed (validate: errors), 2 usage error."""

from __future__ import annotations

import argparse
import sys
import traceback
from importlib.metadata import version
from pathlib import Path

from .checks.rules import is_ours, tally
from .conversion import Conversion
from .errors import ConversionError
from .limits import FilingTimeout, time_limit
from .pipeline import DEFAULT_FORMATS, FORMATS, XBRL_FORMATS, convert, prepare, write_outputs
from .serialize.names import OWN_LOCATIONS, SchemaLocations
from .serialize.taxonomy_package import PACKAGE_NAME, write_taxonomy_package


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="legacy-xbrl", description="Convert pre-XBRL SEC filings to XBRL.")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    parser.add_argument("--version", action="version", version=f"%(prog)s {version('legacy-xbrl')}")
    commands = parser.add_subparsers(dest="command")
    convert_cmd = commands.add_parser("convert", help="convert text filings to XBRL, CSV and Parquet")
    convert_cmd.add_argument("files", nargs="+", type=Path, metavar="FILE")
    convert_cmd.add_argument("--out", type=Path, default=Path("out"), help="output folder (default: out)")
    convert_cmd.add_argument("--format", type=_formats, default=DEFAULT_FORMATS,
                             help=f"comma-separated output formats out of {','.join(FORMATS)} "
                             f"(default: {','.join(DEFAULT_FORMATS)})")
    convert_cmd.add_argument("--no-validate", action="store_true", help="do not run Arelle on the instance")
    convert_cmd.add_argument("--timeout", type=_seconds, default=600.0, help="seconds per filing (default: 600)")
    convert_cmd.add_argument("--taxonomy", type=Path, action="append", metavar="PACKAGE.zip",
                             help="refer to the official US GAAP taxonomy in this package instead of ours (repeatable)")
    batch_cmd = commands.add_parser("batch", help="convert whole archives in parallel into a Parquet/DuckDB warehouse")
    batch_cmd.add_argument("sources", nargs="+", type=Path, metavar="SOURCE",
                           help="folders (recursive), .zip/.tar/.tar.gz archives, list files (.lst), or filings")
    batch_cmd.add_argument("--out", type=Path, default=Path("out"), help="output folder (default: out)")
    batch_cmd.add_argument("--workers", type=_positive, default=None, help="worker processes (default: the cores)")
    batch_cmd.add_argument("--chunk-size", type=_positive, default=20, help="filings per task (default: 20)")
    batch_cmd.add_argument("--xbrl", action="store_true", help="also write each filing's XBRL instance")
    batch_cmd.add_argument("--validate", action="store_true", help="validate each instance with Arelle (slow)")
    batch_cmd.add_argument("--format", choices=("fsds",), help="also write the SEC Financial Statement Data Sets "
                           "(sub.txt, num.txt, tag.txt, pre.txt) of the whole batch")
    batch_cmd.add_argument("--timeout", type=_seconds, default=600.0, help="seconds per filing (default: 600)")
    batch_cmd.add_argument("--scheduler", help="run on a Dask cluster: tcp://HOST:PORT")
    batch_cmd.add_argument("--dask-local", type=_positive, metavar="N", help="run on a local Dask cluster of N workers")
    batch_cmd.add_argument("--db", metavar="postgresql://USER@HOST:PORT/DB",
                           help="also load facts, filings and concepts into PostgreSQL (re-loads replace a filing)")
    validate_cmd = commands.add_parser("validate", help="validate an XBRL instance with Arelle, offline")
    validate_cmd.add_argument("instance", type=Path)
    validate_cmd.add_argument("--json", action="store_true", help="print the messages as JSON")
    validate_cmd.add_argument("--taxonomy", type=Path, action="append", metavar="PACKAGE.zip",
                              help="resolve the official taxonomy from this package (as given to convert)")
    taxonomy_cmd = commands.add_parser("taxonomy", help="write our taxonomy as a taxonomy package for XBRL processors")
    taxonomy_cmd.add_argument("--zip", type=Path, required=True, metavar="PATH",
                              help=f"the zip to write (convert writes it as DIR/{PACKAGE_NAME})")
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    if problem := _missing_path(args):
        print(f"error: {problem}", file=sys.stderr)
        return 2
    locations = OWN_LOCATIONS
    if getattr(args, "taxonomy", None):
        from .serialize.packages import official_locations

        try:
            locations = official_locations(args.taxonomy)
        except ConversionError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
    if args.command == "convert":
        return _convert(args.files, args.out, args.format, not args.no_validate, args.debug, locations, args.timeout)
    if args.command == "batch":
        return _batch(args)
    if args.command == "taxonomy":
        return _taxonomy(args.zip)
    return _validate(args.instance, args.json, locations)


def _formats(text: str) -> tuple[str, ...]:
    formats = tuple(f.strip() for f in text.split(",") if f.strip())
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise argparse.ArgumentTypeError(f"unknown format {', '.join(unknown) or '(none)'}; choose from "
                                         f"{', '.join(FORMATS)}")
    return formats


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def _seconds(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be a number of seconds above 0, not {text}")
    return value


def _missing_path(args: argparse.Namespace) -> str | None:
    """A usage error in the paths of the command line: a batch SOURCE or the INSTANCE to validate that does not
    exist, an --out that is a file. (A missing FILE of `convert` is one failed filing among the others.)"""
    for path in [*getattr(args, "sources", []), *([args.instance] if getattr(args, "instance", None) else [])]:
        if not path.exists():
            return f"{path}: no such file or folder; check the path"
    out = getattr(args, "out", None)
    if out is not None and out.exists() and not out.is_dir():
        return f"--out {out}: is a file, not a folder; give a folder for the output"
    return None


def _batch(args: argparse.Namespace) -> int:
    from .batch.runner import run_batch
    from .batch.worker import BatchOptions

    options = BatchOptions(xbrl=args.xbrl, validate=args.validate, timeout=args.timeout, fsds=args.format == "fsds")
    try:
        result = run_batch(args.sources, args.out, workers=args.workers, chunk_size=args.chunk_size, options=options,
                           scheduler=args.scheduler, dask_local=args.dask_local, db=args.db)
    except ConversionError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    rate = (result.converted + result.failed) / result.elapsed if result.elapsed else 0.0
    print(f"batch: {result.inputs} inputs, {result.skipped} already done, {result.converted} converted, "
          f"{result.duplicates} duplicates, {result.failed} failed, {result.facts} facts in {result.elapsed:.1f} s "
          f"({rate:.1f} filings/s); tables and warehouse.duckdb in {args.out}", file=sys.stderr)
    if result.failed:
        print(f"batch: the failures are listed in {args.out / 'errors.parquet'}", file=sys.stderr)
    if options.fsds:
        print(f"batch: sub.txt, num.txt, tag.txt, pre.txt in {args.out}; {result.fsds_left_out} dimensional or "
              "conflicting facts of this run left out of num.txt", file=sys.stderr)
    if result.loaded:
        print(f"batch: loaded {result.loaded['facts']} facts of {result.loaded['filings']} filings into PostgreSQL "
              "(--db)", file=sys.stderr)
    return 1 if result.failed else 0


def _convert(files: list[Path], out: Path, formats: tuple[str, ...], validate: bool, debug: bool,
             locations: SchemaLocations, timeout: float) -> int:
    failed = 0
    prepare()
    for path in files:
        try:
            with time_limit(timeout):
                conversion = convert(path)
                folder = write_outputs(conversion, out, formats, validate=validate, locations=locations)
        except ConversionError as error:
            failed += 1
            print(f"error: {error}", file=sys.stderr)
            continue
        except FilingTimeout as error:
            failed += 1
            print(f"error: {path}: {error}; give it more seconds with --timeout or leave it out", file=sys.stderr)
            continue
        except Exception as error:  # noqa: BLE001 - one bad filing must not stop the batch
            failed += 1
            print(f"error: {path}: internal error ({type(error).__name__}: {error}); "
                  "please report it with this file (--debug shows the traceback)", file=sys.stderr)
            if debug:
                traceback.print_exc()
            continue
        mapped = conversion.mapped
        print(f"{path} -> {folder}: {len(mapped.statements)} statements, {len(mapped.facts)} facts, "
              f"{len(mapped.extensions)} extension concepts; {_verdict(conversion)}")
    if failed < len(files) and locations.uses_own_taxonomy and set(formats) & set(XBRL_FORMATS):
        write_taxonomy_package(out / PACKAGE_NAME)
        print(f"{out / PACKAGE_NAME}: the taxonomy the XBRL files refer to, for other XBRL processors (--packages)")
    if len(files) > 1:
        print(f"{len(files) - failed} of {len(files)} filings converted", file=sys.stderr)
    return 1 if failed else 0


def _taxonomy(target: Path) -> int:
    if target.is_dir():
        print(f"error: --zip {target}: is a folder; give the path of the zip to write", file=sys.stderr)
        return 2
    write_taxonomy_package(target)
    print(f"{target}: our taxonomy as a taxonomy package (arelleCmdLine --packages {target} ...)")
    return 0


def _verdict(conversion: Conversion) -> str:
    """Arelle's verdict and our checks' findings, counted as `validate` counts them."""
    from .validate.instance import arelle_message

    verdict = conversion.verdict
    arelle = "not run" if verdict is None else tally(arelle_message(message) for message in verdict.messages)
    return f"Arelle: {arelle}; our checks: {tally(conversion.checks)}"


def _validate(instance: Path, as_json: bool, locations: SchemaLocations) -> int:
    import json

    from .validate.instance import instance_checks, xbrl_document

    if not instance.is_file():
        print(f"error: {instance}: file not found", file=sys.stderr)
        return 2
    try:
        xbrl_document(instance)
    except ConversionError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    messages = instance_checks(instance, locations)
    counts = {severity: sum(m.severity == severity for m in messages)
              for severity in ("error", "warning", "inconsistency")}
    if as_json:
        print(json.dumps([m.as_dict() for m in messages], indent=2))
    else:
        for message in messages:
            lines = f" (lines {', '.join(map(str, message.source_lines))})" if message.source_lines else ""
            print(f"[{message.severity.upper()}] {message.code}: {message.message}{lines}")
        arelle, ours = ([m for m in messages if is_ours(m) == own] for own in (False, True))
        print(f"{instance}: {counts['error']} errors, {counts['warning']} warnings, "
              f"{counts['inconsistency']} inconsistencies (Arelle: {tally(arelle)}; our checks: {tally(ours)})")
    return 1 if counts["error"] else 0
