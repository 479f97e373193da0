"""Scoring the pipeline against a hand-written answer key (``expected.json``): which expected
incident places were pinned, with which date, attacker and claimant, and which names that must
never be pinned were. Independent of the pipeline's own matching code."""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in text if ch.isalnum())


def same_name(surface: str | None, expected: str) -> bool:
    """A surface matches an expected name written the same, or with a case ending."""
    if not surface:
        return False
    a, b = _key(surface.split("'")[0].split("’")[0]), _key(expected)
    stem = min(len(b), max(4, len(b) - 3))
    return a == b or (a[:stem] == b[:stem] and abs(len(a) - len(b)) <= 5)


@dataclass
class Score:
    expected_places: int = 0
    found_places: int = 0
    dated: int = 0
    attacker: int = 0
    typed: int = 0  # the event type, or one the key also accepts
    claimant: int = 0
    pins: int = 0
    pins_expected: int = 0
    forbidden: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def ratio(self, part: int, whole: int) -> float:
        return part / whole if whole else 1.0

    @property
    def recall(self) -> float:
        return self.ratio(self.found_places, self.expected_places)

    @property
    def precision(self) -> float:
        return self.ratio(self.pins_expected, self.pins)


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def score(folder: Path, key: dict, pipeline) -> dict[str, Score]:
    """Run the pipeline over each article of the key; scores per language."""
    from geo.records import Article

    scores: dict[str, Score] = defaultdict(Score)
    for rel, truth in key.items():
        text = (folder / rel).read_text(encoding="utf-8")
        published = date.fromisoformat(truth["published"]) if truth.get("published") else None
        analysis = pipeline.analyse(Article(Path(rel).stem, text, published))
        pinned = [i for i in analysis.incidents if i.place is not None]
        s = scores[truth["language"]]
        matched: set[int] = set()
        for exp in truth["incidents"]:
            ok_dates = {exp["date"], *exp.get("also_acceptable", {}).get("date", [])}
            for name in exp["places"]:
                s.expected_places += 1
                hits = [k for k, i in enumerate(pinned) if same_name(i.place_name, name)]
                if not hits:
                    s.missed.append(f"{rel}: {name}")
                    continue
                s.found_places += 1
                matched.update(hits)
                # of several pins of one place (two incidents there), the one of this date
                inc = next((pinned[k] for k in hits if pinned[k].date.iso() in ok_dates),
                           pinned[hits[0]])
                s.dated += inc.date.iso() in ok_dates
                if inc.date.iso() not in ok_dates:
                    s.wrong.append(f"{rel}: {name} dated {inc.date.iso()}, expected {exp['date']}")
                s.attacker += exp["attacker_side"] in (None, inc.attacker)
                s.typed += inc.event_type in {exp["event_type"],
                                              *exp.get("also_acceptable", {}).get("event_type", [])}
                s.claimant += exp["claimant_side"] is None or \
                    any(c.side == exp["claimant_side"] for c in inc.claims)
        s.pins += len(pinned)
        s.pins_expected += len(matched)
        for name in truth.get("must_not_pin", []):
            for inc in pinned:
                if same_name(inc.place_name, name) and inc.place_name and \
                        _key(inc.place_name)[:4] == _key(name)[:4] and \
                        not any(same_name(inc.place_name, p) for e in truth["incidents"]
                                for p in e["places"]):
                    s.forbidden.append(f"{rel}: pinned {inc.place_name!r}")
    return dict(scores)


def table(scores: dict[str, Score]) -> str:
    lines = ["lang  places  recall  precision  date  attacker  claimant  type  forbidden"]
    for lang, s in sorted(scores.items()):
        n = max(s.found_places, 1)
        lines.append(f"{lang:<5} {s.expected_places:>6}  {s.recall:6.0%}  {s.precision:9.0%}  "
                     f"{s.dated / n:4.0%}  {s.attacker / n:8.0%}  {s.claimant / n:8.0%}  "
                     f"{s.typed / n:4.0%}  {len(s.forbidden):>9}")
    return "\n".join(lines)
