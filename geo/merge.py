"""Merging across articles: reports of one incident from several outlets become one
incident with every source's evidence and every claim side by side.

Two incidents merge when they name the same place (or both none), their dates fall within
one day of each other, and neither is a denial of the other's claim. Before merging, an
incident dated only by a weekday (and perhaps a year) takes the date of the most similar
dated incident of another article with the same weekday, shared casualty figures and
names counting most — wire stories rewritten by several outlets are the usual case.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

import numpy as np

from .events import by_weapons
from .incidents import _evidence_order, _rank, _unique_claims, incident_id
from .records import EVENT_TYPES, Incident, PartialDate

_NAME = re.compile(r"\b[A-ZÀ-ÝА-ЯƏ][\w'’-]{3,}")


def _signature(incidents: Sequence[Incident]) -> tuple[set, set]:
    figures = {(k, v) for i in incidents for c in i.claims for k, v in c.figures().items()
               if v is not None}
    names = {m.group(0).lower()[:6] for i in incidents for e in i.evidence
             for m in _NAME.finditer(e.quote)}
    return figures, names


def date_by_weekday(incidents: Sequence[Incident]) -> list[Incident]:
    """Give weekday-only incidents the date of the best-matching dated article."""
    by_article: dict[str, list[Incident]] = defaultdict(list)
    for inc in incidents:
        by_article[inc.article_ids[0]].append(inc)
    dated: dict[str, list[date]] = {}
    for a, items in by_article.items():
        days = dict.fromkeys(i.date.value for i in items
                             if i.date.precision == "day" and i.date.value is not None)
        if days:
            dated[a] = list(days)
    if not any(i.date.precision != "day" and i.weekday is not None for i in incidents) or \
            not dated:
        return list(incidents)
    similarity = _Similarity({a: _signature(items) for a, items in by_article.items()},
                             list(dated))
    out = []
    for inc in incidents:
        if inc.date.precision != "day" and inc.weekday is not None:
            found = _match(inc, dated, similarity)
            if found:
                value, other = found
                inc = replace(inc, date=PartialDate(
                    value, "day", f"weekday matches the dated report in article {other}"))
        out.append(inc)
    return out


class _Similarity:
    """Scores of one article against every dated article (3 per shared casualty figure,
    1 per shared name), from an inverted index: linear in the features an article shares,
    not in the number of articles."""

    def __init__(self, signatures: dict[str, tuple[set, set]], dated: list[str]) -> None:
        self.signatures = signatures
        self.dated = dated
        postings: dict[tuple[str, object], list[int]] = defaultdict(list)
        for k, article in enumerate(dated):
            figures, names = signatures[article]
            for f in figures:
                postings[("f", f)].append(k)
            for n in names:
                postings[("n", n)].append(k)
        self.postings = {key: np.array(rows) for key, rows in postings.items()}
        self._cache: dict[str, np.ndarray] = {}

    def scores(self, article: str) -> np.ndarray:
        """Score against each dated article, in the order of ``dated``."""
        found = self._cache.get(article)
        if found is None:
            found = np.zeros(len(self.dated), dtype=np.int64)
            figures, names = self.signatures[article]
            for key, weight in [*((("f", f), 3) for f in figures), *((("n", n), 1) for n in names)]:
                rows = self.postings.get(key)
                if rows is not None:
                    found[rows] += weight
            self._cache[article] = found
        return found


def _match(inc: Incident, dated: dict[str, list[date]],
           similarity: _Similarity) -> tuple[date, str] | None:
    """The dated article most similar to the incident's own (score ≥ 3, first in corpus
    order on a tie) with a day of the same weekday (and year, when known)."""
    own = inc.article_ids[0]
    year = inc.date.value.year if inc.date.value and inc.date.precision == "year" else None
    scores = similarity.scores(own)
    best: tuple[int, date, str] | None = None
    for k in np.flatnonzero(scores >= 3).tolist():
        article = similarity.dated[k]
        if article == own or (best is not None and scores[k] <= best[0]):
            continue
        day = next((d for d in dated[article] if d.weekday() == inc.weekday and
                    (not year or d.year == year)), None)
        if day is not None:
            best = (int(scores[k]), day, article)
    return None if best is None else (best[1], best[2])


def _components(items: list[Incident]) -> list[list[int]]:
    """Indices of the incidents that merge, grouped: same place key, and dates within one
    day (day precision), equal (month or year precision), or both unknown with a place
    and reports from different articles. Sorting by date keeps this near linear."""
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        parent[find(j)] = find(i)

    buckets: dict[object, list[int]] = defaultdict(list)
    for i, inc in enumerate(items):
        buckets[inc.place.id if inc.place else inc.place_name].append(i)
    for members in buckets.values():
        undated = [i for i in members if items[i].date.value is None]
        if undated and items[undated[0]].place is not None and \
                len({frozenset(items[i].article_ids) for i in undated}) > 1:
            for i in undated[1:]:
                union(undated[0], i)
        coarse: dict[str | None, list[int]] = defaultdict(list)
        days = []
        for i in members:
            d = items[i].date
            if d.value is not None:
                if d.precision == "day":
                    days.append(i)
                else:
                    coarse[d.iso()].append(i)
        for group in coarse.values():
            for i in group[1:]:
                union(group[0], i)
        days.sort(key=lambda i: items[i].date.value)
        for prev, cur in zip(days, days[1:]):
            if (items[cur].date.value - items[prev].date.value).days <= 1:
                union(prev, cur)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[find(i)].append(i)
    return list(groups.values())


def merge_incidents(incidents: Sequence[Incident]) -> list[Incident]:
    """Incidents of all articles, with reports of the same incident merged into one."""
    items = date_by_weekday(incidents)
    merged = [_combine([items[i] for i in group]) for group in _components(items)]
    merged.sort(key=lambda m: (m.date.iso() or "9999", m.place_name or "", m.incident_id))
    return merged


def _combine(group: list[Incident]) -> Incident:
    if len(group) == 1:
        return group[0]
    days = [g.date.value for g in group if g.date.value is not None and g.date.precision == "day"]
    first = min(group, key=lambda g: (-_rank(g.date), g.date.value or date.max))
    articles = tuple(dict.fromkeys(a for g in group for a in g.article_ids))
    evidence = tuple(sorted({e for g in group for e in g.evidence},
                            key=_evidence_order))
    precision = [g.geo_precision for g in group if g.geo_precision]
    said = next((g for g in group if g.attacker), None)
    weapons = tuple(dict.fromkeys(w for g in group for w in g.weapons))
    return replace(
        first,
        incident_id=incident_id(*sorted(g.incident_id for g in group)),
        article_ids=articles,
        date=replace(first.date, value=min(days)) if days else first.date,
        date_end=max(days) if days and max(days) != min(days) else None,
        event_type=by_weapons(min((g.event_type for g in group), key=EVENT_TYPES.index), weapons),
        geo_precision=min(precision) if precision else None,
        attacker=said.attacker if said else None,
        target=said.target if said else None,
        weapons=weapons,
        status="claimed" if any(g.status == "claimed" for g in group) else "denied",
        claims=_unique_claims([c for g in group for c in g.claims]),
        evidence=evidence,
        sources=tuple(dict.fromkeys(s for g in group for s in g.sources)),
    )
