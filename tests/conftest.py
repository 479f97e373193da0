"""Shared fixtures: the real gazetteer (built once per machine, cached), the seed articles
from ../shared (skipped with a reason when absent) and the pipeline run over them."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
ARTICLES = ROOT / "tests" / "data" / "articles"
SAMPLE = ROOT / "geo" / "data" / "sample_corpus"


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (independent of the code under test)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * \
        math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


@pytest.fixture(scope="session")
def gazetteer():
    from gazetteer import Gazetteer

    return Gazetteer.load()


@pytest.fixture(scope="session")
def pipeline(gazetteer):
    from geo.pipeline import Pipeline

    return Pipeline(gazetteer)


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found at {SEEDS} (../shared is absent)")
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def seed_analyses(pipeline, seed_paths):
    from geo.reader import read_articles

    articles, problems = read_articles(seed_paths)
    assert not problems
    return pipeline.run(articles)


@pytest.fixture(scope="session")
def seed_incidents(seed_analyses):
    from geo.pipeline import merged_incidents

    return merged_incidents(seed_analyses)
