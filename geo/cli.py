"""``incident-mapper``: a thin command line over the library.

Subcommands: ``toponyms``, ``incidents``, ``map``, ``ingest`` (add articles to an incident
store, :mod:`geo.store`) and ``gazetteer lookup|import|info``. ``incidents`` and ``map``
read a store with ``--store PATH`` (inputs optional then) and, only when asked with
``--online-geocoder USER_AGENT``, look up names the gazetteer lacks on OpenStreetMap's
Nominatim (:mod:`geo.geocode`).

Exit codes: 0 every input was processed; 1 some inputs could not be read (the rest were
processed and written); 2 usage error; 3 nothing could be processed (or, with --strict,
any input had a problem; nothing is written then), or the store could not be used.

Environment:

``INCIDENT_MAPPER_CACHE``
    Folder for the gazetteer's built index (default: the user cache folder); the online
    geocoder's answers are kept beside it in ``nominatim.json``.
``INCIDENT_MAPPER_IMPORTS``
    Folder of places imported with ``gazetteer import`` (default: the user data folder).
``INCIDENT_MAPPER_NOMINATIM``
    Another Nominatim server for ``--online-geocoder``, as ``http://host:port`` or
    ``https://host`` (a private server; the tests' local stand-in).
``INCIDENT_MAPPER_SMALL_GAZETTEER``
    Set to 1 to index only the border supplement and countries, not all of GeoNames (for
    tests: a quick build in a fresh cache folder).
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
    """One line on stderr, whatever the message holds (file names may hold newlines)."""
    line = "".join(c if c.isprintable() else repr(c)[1:-1] for c in message)
    print(f"incident-mapper: {line}", file=sys.stderr)


def _note(args: argparse.Namespace, message: str) -> None:
    if not getattr(args, "quiet", False):
        _say(message)


def _sample_corpus() -> list[str]:
    return [str(resources.files("geo").joinpath("data", "sample_corpus"))]


def _gazetteer(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from gazetteer import Gazetteer, imported_files

    cache = os.environ.get("INCIDENT_MAPPER_CACHE")
    imports = os.environ.get("INCIDENT_MAPPER_IMPORTS")
    small = os.environ.get("INCIDENT_MAPPER_SMALL_GAZETTEER", "") not in ("", "0")
    return Gazetteer.load(cache_dir=Path(cache) if cache else None,
                          extra_files=imported_files(Path(imports) if imports else None),
                          include_world=not small, on_build=None if args.quiet else _say)


def _read(inputs: Sequence[str]):  # type: ignore[no-untyped-def]
    """Articles and problems of ``inputs``, each problem said as it is met."""
    from .reader import Problem, iter_articles

    articles, problems = [], []
    for item in iter_articles(inputs):
        if isinstance(item, Problem):
            problems.append(item)
            _say(f"skipped {item}")
        else:
            articles.append(item)
    return articles, problems


def _strict_failure(args: argparse.Namespace, problems: Sequence[object]) -> bool:
    if problems and args.strict:
        _say(f"{len(problems)} input problem(s) and --strict: nothing written")
        return True
    return False


def _pipeline(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from .pipeline import Pipeline

    return Pipeline(_gazetteer(args))


def _run(args: argparse.Namespace, articles: Sequence[object],  # type: ignore[no-untyped-def]
         pipeline=None):
    """The pipeline over ``articles``, with a progress bar on a terminal."""
    from tqdm import tqdm

    if not articles:
        return []
    pipeline = pipeline or _pipeline(args)
    bar = tqdm(total=len(articles), unit="article", disable=args.quiet or len(articles) < 20
               or not sys.stderr.isatty(), file=sys.stderr)
    analyses = pipeline.run(articles, progress=lambda _: bar.update())
    bar.close()
    return analyses


def _readable(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The articles of the inputs (the sample corpus by default) and the exit code they
    allow: OK, PARTIAL when some inputs were skipped, NOTHING (with no articles)."""
    articles, problems = _read(args.inputs or _sample_corpus())
    if not articles:
        _say("no article could be read from the inputs")
        return [], EXIT_NOTHING
    if _strict_failure(args, problems):
        return [], EXIT_NOTHING
    return articles, EXIT_PARTIAL if problems else EXIT_OK


def _analyse(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Read the inputs, run the pipeline with a progress bar; return (analyses, exit code)."""
    articles, code = _readable(args)
    return (_run(args, articles) if articles else []), code


def _incidents(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Merged incidents of the inputs (and of the store, with --store), located online
    where asked; return (incidents, exit code)."""
    from .store import merged

    if args.store and args.output and args.output != "-" and \
            Path(args.output).resolve() == Path(args.store).resolve():
        _say(f"-o {args.output} is the store itself; write the output to another file")
        return [], EXIT_USAGE
    if args.store:
        found, code = _stored_and_new(args)
    elif args.workers or args.scheduler:
        found, code = _parallel(args)
    else:
        analyses, code = _analyse(args)
        found = merged([i for a in analyses for i in a.incidents])
    if code in (EXIT_OK, EXIT_PARTIAL) and args.online_geocoder:
        found = _locate_online(args, found)
    return found, code


def _parallel(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Incidents of the inputs analysed on Dask (a local cluster of --workers processes, or
    the cluster at --scheduler), merged once at the end."""
    from tqdm import tqdm

    from .distributed import incidents_parallel

    articles, code = _readable(args)
    if not articles:
        return [], code
    _gazetteer(args)  # build the index once here, not in every worker
    bar = tqdm(total=len(articles), unit="article", file=sys.stderr,
               disable=args.quiet or not sys.stderr.isatty())
    found = incidents_parallel(articles, workers=args.workers, scheduler=args.scheduler,
                               progress=bar.update)
    bar.close()
    return found, code


def _stored_and_new(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Incidents of the store's articles merged with those of inputs it does not hold."""
    from .store import Store, merged

    articles, problems = _read(args.inputs)
    with Store.open(args.store, timeout=args.wait) as store:
        stored = store.article_incidents()
        sorted_out = _sort_out(args, store, articles, problems)
    fresh = sorted_out.new
    if not stored and not fresh:
        _say(f"{args.store}: the store holds no article yet, and no input could be added")
        return [], EXIT_NOTHING
    if _strict_failure(args, problems):
        return [], EXIT_NOTHING
    analyses = _run(args, fresh)
    found = merged([*stored, *(i for a in analyses for i in a.incidents)])
    return found, EXIT_PARTIAL if problems else EXIT_OK


def _locate_online(args: argparse.Namespace, found):  # type: ignore[no-untyped-def]
    from .geocode import OnlineGeocoder, locate_unresolved

    server = os.environ.get("INCIDENT_MAPPER_NOMINATIM", "")
    scheme, _, domain = server.partition("://") if "://" in server else ("https", "", server)
    geocoder = OnlineGeocoder(args.online_geocoder, _geocoder_cache(), scheme=scheme,
                              **({"domain": domain.rstrip("/")} if domain else {}))
    result = locate_unresolved(found, geocoder)
    if result.error:
        _say(result.error)
    _note(args, f"online geocoder: {result.found} of {result.asked} place(s) not in the "
                f"gazetteer found ({geocoder.asked} request(s); answers cached in "
                f"{geocoder.cache_path})")
    return result.incidents


def _geocoder_cache() -> Path:
    from gazetteer import default_cache_dir

    cache = os.environ.get("INCIDENT_MAPPER_CACHE")
    return (Path(cache) if cache else default_cache_dir().parent) / "nominatim.json"


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

    found, code = _incidents(args)
    if code in (EXIT_NOTHING, EXIT_USAGE):
        return code
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
    from .webmap import save_map

    found, code = _incidents(args)
    if code in (EXIT_NOTHING, EXIT_USAGE):
        return code
    path = save_map(found, Path(args.output), cdn=args.cdn)
    located = sum(1 for i in found if i.place is not None)
    _say(f"wrote {path} with {located} pinned incident location(s)"
         f" and {len(found) - located} without a locatable place")
    if args.png:
        from .charts import static_map_png, timeline_png

        folder = Path(args.png)
        for written in (static_map_png(found, folder / "border_map.png"),
                        timeline_png(found, folder / "timeline.png")):
            _say(f"wrote {written}")
    return code


def _sort_out(args: argparse.Namespace, store, articles, problems):  # type: ignore[no-untyped-def]
    """The articles new to the store; those it holds are noted, and an id it holds with
    another text is a problem (appended to ``problems``)."""
    from .reader import Problem

    sorted_out = store.sort_out(articles)
    if sorted_out.present:
        first, held = sorted_out.present[0]
        _note(args, f"{len(sorted_out.present)} article(s) already in the store (not added "
                    f"again), e.g. {first.origin} as {held!r}")
    for article in sorted_out.conflicts:
        problem = Problem(article.origin, f"article id {article.id!r} is already in the store "
                                          "with another text; give it another id")
        problems.append(problem)
        _say(f"skipped {problem}")
    return sorted_out


def cmd_ingest(args: argparse.Namespace) -> int:
    """Add the inputs' articles to the store, one transaction per batch."""
    from .store import Store

    articles, problems = _read(args.inputs)
    if args.inputs and not articles:
        _say("no article could be read from the inputs")
        return EXIT_NOTHING
    if _strict_failure(args, problems):
        return EXIT_NOTHING
    with Store.open(args.store, create=True, timeout=args.wait) as store:
        sorted_out = _sort_out(args, store, articles, problems)
        if _strict_failure(args, problems):
            return EXIT_NOTHING
        added, error = _ingest_batches(args, store, sorted_out.new)
        if error:
            _say(error)
            problems.append(error)
        elif not args.inputs:
            _note(args, f"rebuilt the incidents layer: {store.rebuild()} incident location(s)")
        _note(args, f"{store.path}: {added} new article(s) stored, {len(sorted_out.present)} "
                    f"already there; it holds {len(store)} article(s)")
    if args.inputs and not (added or sorted_out.present):
        return EXIT_NOTHING
    return EXIT_PARTIAL if problems else EXIT_OK


def _ingest_batches(args: argparse.Namespace, store,  # type: ignore[no-untyped-def]
                    articles) -> tuple[int, str | None]:
    """Analyse and commit ``articles`` batch by batch, a line on stderr per commit; return
    how many were stored and the store error that stopped it, if one did."""
    from .store import StoreError

    added = 0
    pipeline = _pipeline(args) if articles else None
    for start in range(0, len(articles), args.batch_size):
        batch = articles[start:start + args.batch_size]
        try:
            result = store.add(_run(args, batch, pipeline))
        except StoreError as err:
            return added, str(err)
        added += len(result.added)
        for ident, held in result.present:
            _note(args, f"article {ident!r} was stored meanwhile (as {held!r}) by another run")
        _note(args, f"committed {len(result.added)} article(s) to {store.path} "
                    f"({start + len(batch)}/{len(articles)} new)")
    return added, None


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
    except (ValueError, OSError) as err:  # e.g. a non-numeric population in a GeoNames dump
        _say(f"import failed: {args.file}: {err}")
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


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r}: give a whole number of 1 or more")
    return number


def _user_agent(value: str) -> str:
    if not value.strip():
        raise argparse.ArgumentTypeError("give a user agent that identifies you, e.g. "
                                         "'border-desk-map/1.0 (desk@example.org)'")
    return value.strip()


def _seconds(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0 <= number < float("inf"):
        raise argparse.ArgumentTypeError(f"{value!r}: give a number of seconds, e.g. 30")
    return number


def parser() -> argparse.ArgumentParser:
    """The command line's parser (subcommands toponyms, incidents, map, ingest, gazetteer)."""
    top = argparse.ArgumentParser(
        prog="incident-mapper",
        description="Pin reported attacks from news articles (Indonesian, English, Russian, "
                    "Turkish, French, Azerbaijani) on an offline HTML map, with each side's "
                    "claims and the quoted evidence.",
        epilog="Inputs: .txt files (one article each), .html/.htm pages, folders, .jsonl (id, "
               "text, published, url, source, language per line) or - for standard input. "
               "An incident store (ingest, --store) is a GeoPackage that QGIS and geopandas "
               "open: layer 'incidents' and table 'articles'. Exit codes: 0 all processed, "
               "1 some inputs skipped, 2 usage error, 3 nothing processed.")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(p: argparse.ArgumentParser, inputs: str = "articles to read; default: the "
               "bundled sample corpus (none with --store)") -> None:
        p.add_argument("inputs", nargs="*", metavar="INPUT", help=inputs)
        p.add_argument("--strict", action="store_true",
                       help="treat any unreadable input as failure (exit 3, nothing written)")
        p.add_argument("-q", "--quiet", action="store_true", help="no progress or notes")

    def wait(p: argparse.ArgumentParser) -> None:
        p.add_argument("--wait", type=_seconds, default=30.0, metavar="SECONDS",
                       help="how long to wait while another run writes to the store, then fail "
                            "(default 30)")

    def parallel(p: argparse.ArgumentParser) -> None:
        p.add_argument("--workers", type=int, metavar="N",
                       help="analyse on a local Dask cluster of N worker processes")
        p.add_argument("--scheduler", metavar="ADDRESS",
                       help="analyse on an existing Dask cluster (tcp://host:8786)")

    def store_and_geocoder(p: argparse.ArgumentParser) -> None:
        p.add_argument("--store", metavar="PATH",
                       help="also read the incidents of this store's articles (see ingest); "
                            "INPUTs are then optional and are not added to it")
        wait(p)
        p.add_argument("--online-geocoder", metavar="USER_AGENT", type=_user_agent,
                       help="opt-in, needs network: look up places the gazetteer lacks on "
                            "OpenStreetMap Nominatim, at most one request a second, every "
                            "answer cached (nominatim.json in the cache folder) so a name is "
                            "asked once; USER_AGENT identifies you as Nominatim's usage policy "
                            "requires, e.g. 'border-desk-map/1.0 (desk@example.org)'. Such "
                            "places say so in location_reason")

    p = sub.add_parser("toponyms", help="every place-name mention with its role and place")
    common(p)
    p.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    p.add_argument("-o", "--output", metavar="PATH", help="write here instead of stdout")
    p.set_defaults(func=cmd_toponyms)

    p = sub.add_parser("incidents", help="incidents as GeoJSON (default), CSV, GPKG or GeoParquet")
    common(p)
    p.add_argument("--format", choices=("geojson", "csv", "gpkg", "parquet"), default="geojson")
    p.add_argument("-o", "--output", metavar="PATH", help="write here instead of stdout")
    store_and_geocoder(p)
    parallel(p)
    p.set_defaults(func=cmd_incidents)

    p = sub.add_parser("map", help="the HTML map with every incident pinned")
    common(p)
    p.add_argument("-o", "--output", metavar="PATH", default=str(DEFAULT_MAP),
                   help=f"where to write the map (default {DEFAULT_MAP})")
    p.add_argument("--cdn", action="store_true",
                   help="load Leaflet from the web: a small file that needs network to view")
    p.add_argument("--png", metavar="DIR",
                   help="also write a static map (border_map.png) and a timeline of incidents "
                        "per day by claimant (timeline.png) into DIR, for reports")
    store_and_geocoder(p)
    parallel(p)
    p.set_defaults(func=cmd_map)

    p = sub.add_parser(
        "ingest", help="add articles to an incident store (a GeoPackage)",
        description="Add articles to a persistent incident store: a GeoPackage with the "
                    "articles (table 'articles') and their incidents merged across sources "
                    "(point layer 'incidents'), which QGIS and geopandas open as is. An "
                    "article already stored (same id, or same text up to whitespace) is not "
                    "added again, so re-running an interrupted ingest completes it. Each batch "
                    "is committed in one transaction with the rebuilt incidents layer; a "
                    "killed run loses at most the batch it was analysing.")
    common(p, inputs="articles to add; none: rebuild the incidents layer from the stored "
                     "articles")
    p.add_argument("--store", metavar="PATH", required=True,
                   help="the store's file (created if missing), e.g. incidents.gpkg")
    p.add_argument("--batch-size", type=_positive, default=20, metavar="N",
                   help="articles analysed and committed together (default 20)")
    wait(p)
    p.set_defaults(func=cmd_ingest)

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
