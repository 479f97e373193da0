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
    signatures = {a: _signature(items) for a, items in by_article.items()}
    dated: dict[str, set[date]] = defaultdict(set)
    for a, items in by_article.items():
        for inc in items:
            if inc.date.precision == "day" and inc.date.value is not None:
                dated[a].add(inc.date.value)
    out = []
    for inc in incidents:
        if inc.date.precision != "day" and inc.weekday is not None:
            found = _match(inc, dated, signatures)
            if found:
                value, other = found
                inc = replace(inc, date=PartialDate(
                    value, "day", f"weekday matches the dated report in article {other}"))
        out.append(inc)
    return out


def _match(inc: Incident, dated: dict[str, set[date]],
           signatures: dict[str, tuple[set, set]]) -> tuple[date, str] | None:
    own_figures, own_names = signatures[inc.article_ids[0]]
    year = inc.date.value.year if inc.date.value and inc.date.precision == "year" else None
    best: tuple[float, date, str] | None = None
    for article, days in dated.items():
        if article == inc.article_ids[0]:
            continue
        figures, names = signatures[article]
        score = 3 * len(own_figures & figures) + len(own_names & names)
        for day in days:
            if day.weekday() != inc.weekday or (year and day.year != year):
                continue
            if best is None or score > best[0]:
                best = (score, day, article)
    if best is None or best[0] < 3:
        return None
    return best[1], best[2]


def _compatible(a: Incident, b: Incident) -> bool:
    if (a.place.id if a.place else a.place_name) != (b.place.id if b.place else b.place_name):
        return False
    if a.date.value is None or b.date.value is None:
        return a.date.value is None and b.date.value is None and \
            set(a.article_ids) != set(b.article_ids) and a.place is not None
    if a.date.precision != "day" or b.date.precision != "day":
        return a.date.iso() == b.date.iso()
    return abs((a.date.value - b.date.value).days) <= 1


def merge_incidents(incidents: Sequence[Incident]) -> list[Incident]:
    """Incidents of all articles, with reports of the same incident merged into one."""
    items = date_by_weekday(incidents)
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    buckets: dict[object, list[int]] = defaultdict(list)
    for i, inc in enumerate(items):
        buckets[inc.place.id if inc.place else inc.place_name].append(i)
    for members in buckets.values():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if _compatible(items[i], items[j]):
                    parent[find(j)] = find(i)
    groups: dict[int, list[Incident]] = defaultdict(list)
    for i, inc in enumerate(items):
        groups[find(i)].append(inc)
    merged = [_combine(g) for g in groups.values()]
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
    return replace(
        first,
        incident_id=incident_id(*sorted(g.incident_id for g in group)),
        article_ids=articles,
        date=replace(first.date, value=min(days)) if days else first.date,
        date_end=max(days) if days and max(days) != min(days) else None,
        event_type=min((g.event_type for g in group), key=EVENT_TYPES.index),
        geo_precision=min(precision) if precision else None,
        attacker=said.attacker if said else None,
        target=said.target if said else None,
        weapons=tuple(dict.fromkeys(w for g in group for w in g.weapons)),
        status="claimed" if any(g.status == "claimed" for g in group) else "denied",
        claims=_unique_claims([c for g in group for c in g.claims]),
        evidence=evidence,
        sources=tuple(dict.fromkeys(s for g in group for s in g.sources)),
    )
