"""Typed, immutable records handed from stage to stage, each keeping its provenance.

Article → Segment/Sentence (cleaning) → Mention (toponyms) → Report (one sentence's
account of an attack) → Incident (one location of one event, with every claim and source).
All offsets are Python code-point indices into ``Article.text`` exactly as read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from gazetteer import Place

#: Event types, most specific first (the order breaks ties between triggers).
EVENT_TYPES = ("drone_strike", "missile_strike", "rocket_strike", "airstrike", "shelling",
               "armed_clash", "gunfire", "incursion", "capture", "sabotage", "attack")
#: Roles a place-name mention can play in its sentence.
ROLES = ("event_location", "origin", "actor", "dateline", "context")
DATE_PRECISIONS = ("day", "month", "year", "unknown")


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read: ``text`` is exactly the file's (or JSONL field's) content."""

    id: str
    text: str
    published: date | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    origin: str = ""


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the article body (page furniture excluded)."""

    index: int
    start: int
    end: int
    text: str
    headline: bool = False


@dataclass(frozen=True, slots=True)
class Evidence:
    """A quoted span of an article: ``quote == article.text[start:end]``."""

    article_id: str
    start: int
    end: int
    quote: str

    def to_dict(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "start": self.start, "end": self.end,
                "quote": self.quote}


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name as written in an article, its role and the place it resolved to."""

    article_id: str
    start: int
    end: int
    surface: str
    role: str
    place: Place | None
    score: float = 0.0
    reason: str = ""
    sentence: int = -1
    near: bool = False

    def to_dict(self) -> dict[str, Any]:
        place = None
        if self.place is not None:
            p = self.place
            place = {"id": p.id, "name": p.name, "lat": p.lat, "lon": p.lon,
                     "country": p.country, "kind": p.kind, "geonameid": p.geonameid}
        return {"article_id": self.article_id, "start": self.start, "end": self.end,
                "surface": self.surface, "role": self.role, "place": place,
                "score": round(self.score, 3), "reason": self.reason}


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to day, month or year (``precision``); ``unknown`` has no value."""

    value: date | None
    precision: str = "unknown"
    source: str = ""

    def iso(self) -> str | None:
        if self.value is None or self.precision == "unknown":
            return None
        if self.precision == "year":
            return f"{self.value.year:04d}"
        if self.precision == "month":
            return f"{self.value.year:04d}-{self.value.month:02d}"
        return self.value.isoformat()


UNKNOWN_DATE = PartialDate(None, "unknown", "no date in the text")


@dataclass(frozen=True, slots=True)
class Claim:
    """What one claimant says about an incident. Figures: None = not stated, 0 = none."""

    claimant: str | None
    side: str | None
    killed: int | None = None
    wounded: int | None = None
    captured: int | None = None
    missing: int | None = None
    status: str = "claimed"
    victim_side: str | None = None
    evidence: tuple[Evidence, ...] = ()

    def figures(self) -> dict[str, int | None]:
        return {"killed": self.killed, "wounded": self.wounded, "captured": self.captured,
                "missing": self.missing}

    def has_figures(self) -> bool:
        return not (self.killed is None and self.wounded is None and self.captured is None
                    and self.missing is None)

    def to_dict(self) -> dict[str, Any]:
        return {"claimant": self.claimant, "side": self.side, **self.figures(),
                "victim_side": self.victim_side, "status": self.status,
                "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(frozen=True, slots=True)
class Location:
    """Where a report puts an incident: a mention, and how precise (ACLED's 1–3)."""

    mention: Mention
    geo_precision: int


@dataclass(frozen=True, slots=True)
class Report:
    """One sentence's account of an attack, with what it says and where it says it."""

    article_id: str
    sentence: Sentence
    event_type: str
    date: PartialDate
    status: str
    claim: Claim
    attacker: str | None
    target: str | None
    weapons: tuple[str, ...]
    locations: tuple[Location, ...]
    region: Location | None
    weekday: int | None = None
    evidence: tuple[Evidence, ...] = ()
    said: PartialDate | None = None  # the day the claim was made ("said on Thursday")


@dataclass(frozen=True, slots=True)
class Incident:
    """One location of one reported event, with every source's evidence and every claim."""

    incident_id: str
    article_ids: tuple[str, ...]
    date: PartialDate
    event_type: str
    place: Place | None
    place_name: str | None
    geo_precision: int | None
    attacker: str | None
    target: str | None
    weapons: tuple[str, ...]
    status: str
    claims: tuple[Claim, ...]
    evidence: tuple[Evidence, ...]
    date_end: date | None = None
    weekday: int | None = None
    sources: tuple[str, ...] = ()
    location_reason: str = ""

    def headline_claim(self) -> Claim | None:
        """The claim whose figures the top-level casualty fields repeat (most figures first)."""
        with_figures = [c for c in self.claims if c.has_figures()]
        pool = with_figures or list(self.claims)
        if not pool:
            return None
        return max(pool, key=lambda c: sum(v is not None for v in c.figures().values()))
