"""Command line: `legacy-xbrl convert FILE... --out DIR` and `legacy-xbrl validate INSTANCE`."""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path

from .errors import ConversionError
from .pipeline import FORMATS, convert, write_outputs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="legacy-xbrl", description="Convert pre-XBRL SEC filings to XBRL.")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    commands = parser.add_subparsers(dest="command", required=True)
    convert_cmd = commands.add_parser("convert", help="convert text filings to XBRL, CSV and Parquet")
    convert_cmd.add_argument("files", nargs="+", type=Path, metavar="FILE")
    convert_cmd.add_argument("--out", type=Path, default=Path("out"), help="output folder (default: out)")
    convert_cmd.add_argument("--format", default=",".join(FORMATS),
                             help=f"comma-separated output formats out of {','.join(FORMATS)} (default: all)")
    convert_cmd.add_argument("--no-validate", action="store_true", help="do not run Arelle on the instance")
    validate_cmd = commands.add_parser("validate", help="validate an XBRL instance with Arelle, offline")
    validate_cmd.add_argument("instance", type=Path)
    validate_cmd.add_argument("--json", action="store_true", help="print the messages as JSON")
    args = parser.parse_args(argv)
    if args.command == "convert":
        formats = tuple(f.strip() for f in args.format.split(",") if f.strip())
        unknown = [f for f in formats if f not in FORMATS]
        if unknown or not formats:
            parser.error(f"--format: unknown format {', '.join(unknown) or '(none)'}; choose from {', '.join(FORMATS)}")
        return _convert(args.files, args.out, formats, not args.no_validate, args.debug)
    return _validate(args.instance, args.json)


def _convert(files: list[Path], out: Path, formats: tuple[str, ...], validate: bool, debug: bool) -> int:
    failed = 0
    for path in files:
        try:
            conversion = convert(path)
            folder = write_outputs(conversion, out, formats, validate=validate)
        except ConversionError as error:
            failed += 1
            print(f"error: {error}", file=sys.stderr)
            continue
        except Exception as error:  # noqa: BLE001 - one bad filing must not stop the batch
            failed += 1
            print(f"error: {path}: internal error ({type(error).__name__}: {error}); "
                  "please report it with this file", file=sys.stderr)
            if debug:
                traceback.print_exc()
            continue
        mapped = conversion.mapped
        print(f"{path} -> {folder}: {len(mapped.statements)} statements, {len(mapped.facts)} facts, "
              f"{len(mapped.extensions)} extension concepts, {len(conversion.inconsistencies)} calculation "
              "inconsistencies")
    if len(files) > 1 or failed:
        print(f"{len(files) - failed} of {len(files)} filings converted", file=sys.stderr)
    return 1 if failed else 0


def _validate(instance: Path, as_json: bool) -> int:
    import json

    from .validate import validate

    if not instance.is_file():
        print(f"error: {instance}: file not found", file=sys.stderr)
        return 2
    result = validate(instance)
    if as_json:
        print(json.dumps([m.__dict__ for m in result.messages], indent=2))
    else:
        for message in result.messages:
            print(f"[{message.level}] {message.code}: {message.text}")
        print(f"{instance}: {len(result.errors)} errors, {len(result.warnings)} warnings")
    return 0 if not result.errors else 1
