"""Extraction in seven languages, scored against the hand-written answer keys of the test
articles (tests/data/articles) and of the bundled sample corpus. Each language must find
most expected places with the right date, and must never pin a name the key forbids
(capitals standing for governments, datelines, link lists, background places)."""

from __future__ import annotations

import pytest
from answer_key import load, score, table
from conftest import ARTICLES, SAMPLE

# Floors: a little below what each language reaches now; raise them as the rules improve.
# Measured: recall and precision 100 % in every language; dates 100 %; attacker 100 %;
# claimant 86-100 %; event type 86-100 %. Sample corpus: en precision 94 %, id recall 96 %,
# precision 95 %.
RECALL = {"id": 0.95, "en": 0.95, "ru": 0.95, "tr": 0.95, "fr": 0.95, "az": 0.95, "hy": 0.95}
PRECISION = {"id": 0.95, "en": 0.95, "ru": 0.95, "tr": 0.95, "fr": 0.95, "az": 0.95, "hy": 0.95}


@pytest.fixture(scope="module")
def article_scores(pipeline):
    scores = score(ARTICLES, load(ARTICLES / "expected.json"), pipeline)
    print("\n" + table(scores))
    return scores


@pytest.fixture(scope="module")
def sample_scores(pipeline):
    scores = score(SAMPLE, load(SAMPLE / "expected.json"), pipeline)
    print("\n" + table(scores))
    return scores


@pytest.mark.parametrize("language", sorted(RECALL))
def test_expected_places_are_pinned(article_scores, language):
    s = article_scores[language]
    assert s.recall >= RECALL[language], f"{language}: missed {s.missed}"
    assert s.precision >= PRECISION[language], \
        f"{language}: {s.pins - s.pins_expected} unexpected pins"


@pytest.mark.parametrize("language", sorted(RECALL))
def test_dates_and_sides_of_found_places(article_scores, language):
    s = article_scores[language]
    n = max(s.found_places, 1)
    assert s.dated / n >= 0.95, s.wrong
    assert s.attacker / n >= 0.95
    assert s.claimant / n >= 0.85
    assert s.typed / n >= 0.8  # the event type (en: one "clash" read as a capture)


@pytest.mark.parametrize("language", sorted(RECALL))
def test_forbidden_names_are_never_pinned(article_scores, language):
    assert article_scores[language].forbidden == []


def test_sample_corpus_against_its_key(sample_scores):
    for language, s in sample_scores.items():
        assert s.forbidden == [], s.forbidden
        assert s.recall >= 0.9, f"{language}: missed {s.missed}"
        assert s.precision >= 0.9, language


# Three more sets, too few places per language for per-language floors: the floors hold over
# all seven languages together, a little below what is measured.
#
# articles2: 60 wire, portal, ministry and live-page stories written by another author
# without sight of the rules, first scored as held-out sets and then used to find
# phenomena. Measured: recall 99 %, precision 98 %, dates 99 %, attacker 98 %, claimant
# 94 %, event type 92 %. Misses are villages the gazetteer lacks (Aygepar, Əlibəyli).
#
# articles3: 32 flashes, releases, transcripts, features and everyday stories, written by
# other sessions without sight of the rules, used the same way. Measured: recall 85 %,
# precision 89 %, dates 99 %, attacker 93 %, claimant 86 %, event type 99 %. Most misses are
# villages the gazetteer lacks (see the set's README), which stay unpinned rather than pinned
# on a namesake elsewhere (the Tovuz village Alibəyli once counted as found on a Turkish one).
#
# articles4: 24 interviews, live blogs, fact-checks, flashes and statements, written and used
# the same way (see its README). Measured: recall 88 %, precision 91 %, dates 100 %, attacker
# 98 %, claimant 91 %, event type 100 %.
FLOORS = {  # recall, precision, dates, attacker, claimant, event type
    "articles2": (0.95, 0.9, 0.95, 0.95, 0.92, 0.88),
    "articles3": (0.82, 0.85, 0.95, 0.88, 0.8, 0.93),
    "articles4": (0.85, 0.87, 0.95, 0.93, 0.87, 0.95),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_more_sets_of_articles(pipeline, name):
    from conftest import ROOT

    folder = ROOT / "tests" / "data" / name
    scores = score(folder, load(folder / "expected.json"), pipeline)
    print("\n" + table(scores))
    total = {k: sum(getattr(s, k) for s in scores.values())
             for k in ("expected_places", "found_places", "dated", "attacker", "claimant",
                       "typed", "pins", "pins_expected")}
    found = max(total["found_places"], 1)
    recall, precision, dated, attacker, claimant, typed = FLOORS[name]
    missed = [m for s in scores.values() for m in s.missed]
    assert total["found_places"] / total["expected_places"] >= recall, missed
    assert total["pins_expected"] / total["pins"] >= precision
    assert total["dated"] / found >= dated, [w for s in scores.values() for w in s.wrong]
    assert total["attacker"] / found >= attacker
    assert total["claimant"] / found >= claimant
    assert total["typed"] / found >= typed
    assert [f for s in scores.values() for f in s.forbidden] == []
