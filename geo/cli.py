"""``incident-mapper``: a thin command line over the library.

Exit codes: 0 every input was processed; 1 some inputs could not be read (the rest were
processed and written); 2 usage error; 3 nothing could be processed (or, with --strict,
any input had a problem; nothing is written then).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_NOTHING = 0, 1, 2, 3
DEFAULT_MAP = Path("output") / "border_map.html"


def _say(message: str) -> None:
    print(f"incident-mapper: {message}", file=sys.stderr)


def _sample_corpus() -> list[str]:
    return [str(resources.files("geo").joinpath("data", "sample_corpus"))]


def _gazetteer(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from gazetteer import Gazetteer, imported_files

    cache = os.environ.get("INCIDENT_MAPPER_CACHE")
    imports = os.environ.get("INCIDENT_MAPPER_IMPORTS")
    return Gazetteer.load(cache_dir=Path(cache) if cache else None,
                          extra_files=imported_files(Path(imports) if imports else None),
                          on_build=None if args.quiet else _say)


def _analyse(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Read the inputs, run the pipeline with a progress bar; return (analyses, exit code)."""
    from .pipeline import Pipeline
    from .reader import Problem, iter_articles

    inputs = args.inputs or _sample_corpus()
    articles, problems = [], []
    for item in iter_articles(inputs):
        if isinstance(item, Problem):
            problems.append(item)
            _say(f"skipped {item}")
        else:
            articles.append(item)
    if not articles:
        _say("no article could be read from the inputs")
        return [], EXIT_NOTHING
    if problems and args.strict:
        _say(f"{len(problems)} input problem(s) and --strict: nothing written")
        return [], EXIT_NOTHING
    pipeline = Pipeline(_gazetteer(args))
    from tqdm import tqdm

    bar = tqdm(total=len(articles), unit="article", disable=args.quiet or len(articles) < 20
               or not sys.stderr.isatty(), file=sys.stderr)
    analyses = pipeline.run(articles, progress=lambda _: bar.update())
    bar.close()
    return analyses, EXIT_PARTIAL if problems else EXIT_OK


def _write_or_print(text: str, out: str | None) -> None:
    from .export import write_text

    if out and out != "-":
        write_text(Path(out), text)
        _say(f"wrote {out}")
    else:
        sys.stdout.write(text)


def cmd_toponyms(args: argparse.Namespace) -> int:
    from .export import mentions_text

    analyses, code = _analyse(args)
    if code == EXIT_NOTHING:
        return code
    mentions = [m for a in analyses for m in a.mentions]
    _write_or_print(mentions_text(mentions, args.format), args.output)
    return code


def cmd_incidents(args: argparse.Namespace) -> int:
    from .export import incidents_text, write_incidents
    from .pipeline import merged_incidents

    analyses, code = _analyse(args)
    if code == EXIT_NOTHING:
        return code
    found = merged_incidents(analyses)
    if args.format in ("gpkg", "parquet") or (args.output and args.output != "-"):
        if not args.output or args.output == "-":
            _say(f"--format {args.format} needs -o PATH (binary output)")
            return EXIT_USAGE
        write_incidents(found, Path(args.output), args.format)
        _say(f"wrote {len(found)} incident location(s) to {args.output}")
    else:
        sys.stdout.write(incidents_text(found, args.format))
    return code


def cmd_map(args: argparse.Namespace) -> int:
    from .pipeline import merged_incidents
    from .webmap import save_map

    analyses, code = _analyse(args)
    if code == EXIT_NOTHING:
        return code
    found = merged_incidents(analyses)
    path = save_map(found, Path(args.output), cdn=args.cdn)
    located = sum(1 for i in found if i.place is not None)
    _say(f"wrote {path} with {located} pinned incident location(s)"
         f" and {len(found) - located} without a locatable place")
    return code


def cmd_lookup(args: argparse.Namespace) -> int:
    from gazetteer import NearPoint

    near = None
    if args.near:
        try:
            lat, lon = (float(v) for v in args.near.split(","))
        except ValueError:
            _say(f"--near {args.near!r}: give LAT,LON, e.g. --near 39.5,46.3")
            return EXIT_USAGE
        near = NearPoint(lat, lon)
    found = _gazetteer(args).lookup(args.name, country=args.country, near=near, limit=args.limit)
    if args.format == "json":
        print(json.dumps([c.to_dict() for c in found], ensure_ascii=False, indent=1))
    elif not found:
        _say(f"no place called {args.name!r}")
    else:
        print(f"{'score':>6}  {'id':<22} {'name':<28} {'country':<7} {'kind':<9} "
              f"{'lat':>9} {'lon':>10}  {'geonameid':<10} reason")
        for c in found:
            p = c.place
            print(f"{c.score:6.3f}  {p.id:<22.22} {p.name:<28.28} {p.country or '':<7} "
                  f"{p.kind:<9} {p.lat:9.4f} {p.lon:10.4f}  {p.geonameid or '':<10} {c.reason}")
    return EXIT_OK if found else EXIT_PARTIAL


def cmd_import(args: argparse.Namespace) -> int:
    from gazetteer import ImportFormatError, import_file

    imports = os.environ.get("INCIDENT_MAPPER_IMPORTS")
    try:
        stored, count = import_file(Path(args.file), Path(imports) if imports else None)
    except ImportFormatError as err:
        _say(f"import failed: {err}")
        return EXIT_NOTHING
    _say(f"imported {count} place(s) from {args.file} (kept as {stored}); "
         "the index is rebuilt on next use")
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    info = _gazetteer(args).info()
    if args.format == "json":
        print(json.dumps(info, ensure_ascii=False, indent=1))
    else:
        print(f"places: {info['places']:,}   names: {info['names']:,}   index: {info['index']}")
        for source, count in info["by_source"].items():
            print(f"  {source:<9} {count:>8,}  {info['sources'][source]}")
    return EXIT_OK


def parser() -> argparse.ArgumentParser:
    """The command line's parser (subcommands toponyms, incidents, map, gazetteer)."""
    top = argparse.ArgumentParser(
        prog="incident-mapper",
        description="Pin reported attacks from news articles (Indonesian, English, Russian, "
                    "Turkish, French, Azerbaijani) on an offline HTML map, with each side's "
                    "claims and the quoted evidence.",
        epilog="Inputs: .txt files (one article each), folders, .jsonl (id, text, published, "
               "url, source, language per line) or - for standard input. Exit codes: 0 all "
               "processed, 1 some inputs skipped, 2 usage error, 3 nothing processed.")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("inputs", nargs="*", metavar="INPUT",
                       help="articles to read; default: the bundled sample corpus")
        p.add_argument("--strict", action="store_true",
                       help="treat any unreadable input as failure (exit 3, nothing written)")
        p.add_argument("-q", "--quiet", action="store_true", help="no progress or notes")

    p = sub.add_parser("toponyms", help="every place-name mention with its role and place")
    common(p)
    p.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    p.add_argument("-o", "--output", metavar="PATH", help="write here instead of stdout")
    p.set_defaults(func=cmd_toponyms)

    p = sub.add_parser("incidents", help="incidents as GeoJSON (default), CSV, GPKG or GeoParquet")
    common(p)
    p.add_argument("--format", choices=("geojson", "csv", "gpkg", "parquet"), default="geojson")
    p.add_argument("-o", "--output", metavar="PATH", help="write here instead of stdout")
    p.set_defaults(func=cmd_incidents)

    p = sub.add_parser("map", help="the HTML map with every incident pinned")
    common(p)
    p.add_argument("-o", "--output", metavar="PATH", default=str(DEFAULT_MAP),
                   help=f"where to write the map (default {DEFAULT_MAP})")
    p.add_argument("--cdn", action="store_true",
                   help="load Leaflet from the web: a small file that needs network to view")
    p.set_defaults(func=cmd_map)

    g = sub.add_parser("gazetteer", help="look up, import and describe places")
    gsub = g.add_subparsers(dest="gazetteer_command", required=True, metavar="ACTION")
    p = gsub.add_parser("lookup", help="candidate places for a name, best first")
    p.add_argument("name")
    p.add_argument("--country", metavar="XX", help="only places in this country (ISO alpha-2)")
    p.add_argument("--near", metavar="LAT,LON", help="favour places near this point")
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("-q", "--quiet", action="store_true")
    p.set_defaults(func=cmd_lookup)
    p = gsub.add_parser("import", help="add places from a GeoNames dump or a CSV "
                                       "(name,lat,lon[,kind,country,alt_names])")
    p.add_argument("file")
    p.set_defaults(func=cmd_import)
    p = gsub.add_parser("info", help="sources, counts and attribution")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("-q", "--quiet", action="store_true")
    p.set_defaults(func=cmd_info)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = parser().parse_args(argv)
    from gazetteer import GazetteerError

    from .errors import IncidentMapperError

    try:
        return int(args.func(args))
    except (IncidentMapperError, GazetteerError) as err:
        _say(str(err))
        return EXIT_NOTHING
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
