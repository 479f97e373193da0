"""Evaluation of toponym recognition and resolution on public geoparsing corpora with gold
coordinates (LGL, TR-News, GeoVirus; format in ../shared/benchmarks/geoparsing/README.md).

End to end from raw text, with no regional prior (:data:`geo.settings.WORLD`): a gold
toponym counts as found when a predicted mention overlaps its span, and as correct within
161 km when the predicted place lies that close to the gold point.

Run: ``python -m geo.evaluation ../shared/benchmarks/geoparsing/lgl.xml [--limit N]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from gazetteer import haversine_km

from .records import Article, Mention


@dataclass(frozen=True, slots=True)
class Gold:
    start: int
    end: int
    lat: float | None
    lon: float | None
    geonameid: int | None


@dataclass(frozen=True, slots=True)
class Result:
    """Figures of one corpus."""

    corpus: str
    articles: int
    gold: int
    predicted: int
    found: int
    correct_161: int
    exact_id: int
    with_id: int
    errors_km: tuple[float, ...]
    seconds: float
    megabytes: float

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.found / self.predicted if self.predicted else 0.0

    @property
    def accuracy_161(self) -> float:
        return self.correct_161 / self.gold if self.gold else 0.0

    def line(self) -> str:
        median = statistics.median(self.errors_km) if self.errors_km else float("nan")
        return (f"{self.corpus:<10} articles {self.articles:>4}  gold {self.gold:>5}  "
                f"recall {self.recall:6.1%}  precision {self.precision:6.1%}  "
                f"acc@161km {self.accuracy_161:6.1%}  exact id {self.exact_id}/{self.with_id}  "
                f"median error {median:7.1f} km  {self.megabytes / self.seconds:5.2f} MB/s")


def read_corpus(path: Path) -> Iterator[tuple[Article, list[Gold]]]:
    """Articles and their gold toponyms (only those with coordinates)."""
    root = ET.parse(path).getroot()
    for n, node in enumerate(root.iter("article")):
        text = node.findtext("text") or ""
        gold = []
        for top in [*node.iter("toponym"), *node.iter("location")]:
            start, end = top.findtext("start"), top.findtext("end")
            lat = top.findtext("gaztag/lat") or top.findtext("lat")
            lon = top.findtext("gaztag/lon") or top.findtext("lon")
            gid = top.find("gaztag")
            if start is None or end is None or lat is None or lon is None:
                continue
            begin, finish = _aligned(text, int(start), int(end),
                                     top.findtext("phrase") or top.findtext("name") or "")
            gold.append(Gold(begin, finish, float(lat), float(lon),
                             int(gid.get("geonameid")) if gid is not None and gid.get("geonameid")
                             else None))
        yield Article(node.get("docid") or f"{path.stem}-{n}", text, language="en"), gold


def _aligned(text: str, start: int, end: int, name: str) -> tuple[int, int]:
    """Gold offsets checked against the gold name (GeoVirus' are one character off)."""
    if not name or text[start:end] == name:
        return start, end
    for shift in (-1, 1, -2, 2):
        if text[start + shift:end + shift] == name:
            return start + shift, end + shift
    return start, end


def _resolve_gold(pipeline, article: Article, gold: list[Gold]) -> list[Mention]:  # type: ignore[no-untyped-def]
    """Resolution alone: the gold spans are given, the pipeline only picks the places."""
    from . import cleaning
    from .lexicon import load_lexicon

    lex = load_lexicon(article.language or "en")
    sentences = cleaning.split_sentences(article.text)
    rec = pipeline.recogniser
    spans = rec.given_spans(article.text, sentences, lex, [(g.start, g.end) for g in gold])
    return rec.resolve(article.id, article.text, spans, lex, {}, (0, 0))


def evaluate(path: Path, pipeline, *, limit: int | None = None,  # type: ignore[no-untyped-def]
             gold_spans: bool = False) -> Result:
    """Score the pipeline's mentions on one corpus file (end to end, or with ``gold_spans``
    given so that only resolution is scored)."""
    gold_total = predicted = found = correct = exact = with_id = 0
    errors: list[float] = []
    size = 0
    articles = 0
    started = time.perf_counter()
    for article, gold in read_corpus(path):
        if limit is not None and articles >= limit:
            break
        articles += 1
        size += len(article.text.encode())
        found_mentions = _resolve_gold(pipeline, article, gold) if gold_spans else \
            pipeline.analyse(article).mentions
        mentions = [m for m in found_mentions if m.place is not None]
        predicted += len(mentions)
        for g in gold:
            gold_total += 1
            with_id += g.geonameid is not None
            hit = _overlapping(g, mentions)
            if hit is None or hit.place is None:
                continue
            found += 1
            error = haversine_km(g.lat, g.lon, hit.place.lat, hit.place.lon)
            errors.append(error)
            correct += error <= 161
            exact += g.geonameid is not None and hit.place.geonameid == g.geonameid
    elapsed = time.perf_counter() - started
    return Result(path.stem, articles, gold_total, predicted, found, correct, exact, with_id,
                  tuple(errors), elapsed, size / 1e6)


def _overlapping(g: Gold, mentions: Sequence[Mention]) -> Mention | None:
    return next((m for m in mentions if m.start < g.end and g.start < m.end), None)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m geo.evaluation", description=__doc__.split(
        "\n\n")[0])
    parser.add_argument("corpora", nargs="+", type=Path, help="LGL / TR-News / GeoVirus XML files")
    parser.add_argument("--limit", type=int, help="only the first N articles of each")
    parser.add_argument("--gold-spans", action="store_true",
                        help="give the gold toponym spans: score resolution alone")
    args = parser.parse_args(argv)
    from .pipeline import Pipeline
    from .settings import WORLD

    pipeline = Pipeline(region=WORLD)
    for path in args.corpora:
        if not path.is_file():
            print(f"{path}: no such file", file=sys.stderr)
            return 2
        print(evaluate(path, pipeline, limit=args.limit, gold_spans=args.gold_spans).line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
