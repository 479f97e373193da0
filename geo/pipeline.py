"""The order of the stages, and the library's entry points.

text → lines and sentences (:mod:`geo.cleaning`) → language (:mod:`geo.language`) →
dates (:mod:`geo.dates`) → what each sentence reports (:mod:`geo.events`) → place-name
mentions (:mod:`geo.toponyms`) → reports and incidents per article (:mod:`geo.incidents`)
→ incidents merged across articles (:mod:`geo.merge`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path

from gazetteer import Gazetteer

from . import cleaning, dates, events, incidents, language, merge, toponyms
from .lexicon import load_lexicon, typed_bare
from .reader import Problem, iter_articles
from .records import Article, Claim, Evidence, Incident, Location, Mention, Report, Sentence
from .settings import Region

BORDER_PLACE_ID = "region-am-az-border"


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the pipeline found in one article."""

    article: Article
    language: str
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    reports: tuple[Report, ...]
    incidents: tuple[Incident, ...]


class Pipeline:
    """Text → incidents, over one gazetteer and one region.

    Parameters
    ----------
    gazetteer
        An open :class:`gazetteer.Gazetteer`; by default the bundled one is loaded (and its
        index built on first use).
    region
        The area the corpus is about: prior for resolving places, and the parties.
    """

    def __init__(self, gazetteer: Gazetteer | None = None, region: Region | None = None,
                 *, on_build: Callable[[str], None] | None = None) -> None:
        self.gazetteer = gazetteer or Gazetteer.load(on_build=on_build)
        self.region = region or Region()
        self.recogniser = toponyms.Recogniser(self.gazetteer, self.region)
        self.party_stems = self.region.party_stems()
        self.border = self.gazetteer.get(BORDER_PLACE_ID) if self.region.belligerents else None

    def analyse(self, article: Article) -> Analysis:
        """Run every stage on one article."""
        lines = cleaning.classify_lines(article.text)
        # words broken at wrapped lines' ends read whole (same length: offsets hold)
        text, mended = cleaning.unhyphenated(article.text, lines)
        read = replace(article, text=text) if mended else article
        dateline = toponyms.dateline_span(text, lines)
        sentences = cleaning.chronological(
            cleaning.split_off(cleaning.split_sentences(text, lines), text, dateline),
            text, lines)
        lang = article.language or language.detect(
            " ".join(s.text for s in sentences[:40]) or text)
        lex = load_lexicon(lang, typed_bare(text, lang))
        # Dates just past a dateline still date the filing ("BAKU, Nov 17 (Wire) - …"),
        # unless the dateline ends its line or sentence ("ԵՐԵՎԱՆ, հունիսի 22։ Հունիսի 20-ին …")
        ended = text[dateline[1]:dateline[1] + 1] == "\n" or \
            (dateline[1] > dateline[0] and text[dateline[1] - 1] in ".։")
        found = [dates.find_refs(s.text, lex) for s in sentences]
        filed = [r for s, rs in zip(sentences, found, strict=True) for r in rs
                 if dateline[0] <= s.start + r.start < dateline[1]]
        # or has its date already ("ԵՐԵՎԱՆ, հոկտեմբերի 21 (…) - Հոկտեմբերի 20-ին …": the
        # 20th is the event's)
        reach = 0 if ended or any(r.day for r in filed) else 25
        refs = [dates.filing_dates(rs, s.start, dateline, reach)
                for s, rs in zip(sentences, found, strict=True)]
        at = dates.anchor([r for rs in refs for r in rs], article.published, text, filed)
        turns = cleaning.interviewer_turns(text, lines)
        at = dates.interview_day(at, sentences, refs, turns, lex)
        refs = [dates.months_back(rs, at) for rs in refs]
        infos = [events.classify(s, lex, rs, at.min_year, self.party_stems,
                                 at.reference if at.written else None)
                 for s, rs in zip(sentences, refs, strict=True)]
        infos = events.unasked(events.history_goes_on(events.recollections(
            events.reminders(infos, lex, at), lex, at), text, lex), turns, lex,
            self.party_stems)
        spans = self.recogniser.spans(text, sentences, lex)
        mentions = self.recogniser.resolve(article.id, text, spans, lex,
                                           {i.sentence.index: i for i in infos}, dateline)
        reports = incidents.build_reports(read, infos, mentions, at, lex, self.region,
                                          self.border, dates.section_dates(text, lines, lex, at))
        found = incidents.build_incidents(read, reports)
        result = Analysis(article, lex.language, tuple(sentences), tuple(mentions),
                          tuple(reports), tuple(found))
        return _as_written(result, article.text, mended) if mended else result

    def run(self, articles: Iterable[Article],
            progress: Callable[[Analysis], None] | None = None) -> list[Analysis]:
        """Analyse each article in turn."""
        out = []
        for article in articles:
            result = self.analyse(article)
            if progress:
                progress(result)
            out.append(result)
        return out


def _as_written(value, text: str, mended: dict[int, int]):
    """``value`` with every span, quote and surface back in the article's own text, after
    reading it with broken words mended (:func:`cleaning.unhyphenated`); names keep their
    mended spelling."""
    if isinstance(value, tuple):
        return tuple(_as_written(v, text, mended) for v in value)
    if isinstance(value, Evidence | Mention | Sentence):
        end = cleaning.restore_end(value.end, mended)
        written = {Evidence: "quote", Mention: "surface", Sentence: "text"}[type(value)]
        return replace(value, end=end, **{written: text[value.start:end]})
    if isinstance(value, Analysis | Report | Incident | Claim | Location):
        return replace(value, **{f.name: _as_written(getattr(value, f.name), text, mended)
                                 for f in fields(value) if f.name != "article"})
    return value


def merged_incidents(analyses: Sequence[Analysis]) -> list[Incident]:
    """Incidents of all analysed articles, merged across sources."""
    return merge.merge_incidents([i for a in analyses for i in a.incidents])


def _articles(inputs: Iterable[str | Path | Article]) -> tuple[list[Article], list[Problem]]:
    articles: list[Article] = []
    problems: list[Problem] = []
    paths = []
    for item in inputs:
        if isinstance(item, Article):
            articles.append(item)
        else:
            paths.append(item)
    for x in iter_articles(paths):
        (articles if isinstance(x, Article) else problems).append(x)
    return articles, problems


def extract_incidents(inputs: Iterable[str | Path | Article], *, region: Region | None = None,
                      gazetteer: Gazetteer | None = None) -> list[Incident]:
    """Incidents reported in ``inputs`` (paths, folders, JSONL files or :class:`Article`
    values), merged across articles. Unreadable inputs are skipped; use
    :func:`geo.reader.read_articles` to see why."""
    articles, _ = _articles(inputs)
    pipeline = Pipeline(gazetteer, region)
    return merged_incidents(pipeline.run(articles))


def extract_toponyms(inputs: Iterable[str | Path | Article], *, region: Region | None = None,
                     gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Every place-name mention in ``inputs`` with its role and resolved place."""
    articles, _ = _articles(inputs)
    pipeline = Pipeline(gazetteer, region)
    return [m for a in pipeline.run(articles) for m in a.mentions]


def texts(items: dict[str, str] | Sequence[str]) -> list[Article]:
    """Articles from plain strings (ids ``text-1``… or the dict's keys), for notebooks."""
    pairs = items.items() if isinstance(items, dict) else \
        ((f"text-{i}", t) for i, t in enumerate(items, start=1))
    return [Article(str(k), v, origin=str(k)) for k, v in pairs]
