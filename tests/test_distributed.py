"""Distributed mode on a real two-worker Dask cluster gives the single-process result."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.slow


def _key(incidents):
    return sorted((i.incident_id, i.date.iso(), i.place.id if i.place else None,
                   tuple(sorted(i.article_ids)), len(i.claims)) for i in incidents)


def test_two_workers_equal_one_process_even_when_reports_split(seed_paths, pipeline, tmp_path):
    pytest.importorskip("dask.distributed")
    from geo.distributed import incidents_parallel, stream_jsonl
    from geo.pipeline import merged_incidents
    from geo.reader import read_articles

    articles, _ = read_articles(seed_paths)
    single = merged_incidents(pipeline.run(articles))
    # batch_size=1: the two September reports (articles 003 and 004) land in different tasks
    corpus = tmp_path / "seeds.jsonl"
    corpus.write_text("".join(json.dumps({"id": a.id, "text": a.text}) + "\n" for a in articles),
                      encoding="utf-8")
    parallel = incidents_parallel(stream_jsonl(corpus), workers=2, batch_size=1, in_flight=2)
    assert _key(parallel) == _key(single)
    merged = [i for i in parallel if {"003_226cea06c61128df", "004_15cf8296751ff347"}
              <= set(i.article_ids)]
    assert merged, "reports from two partitions were merged into one incident"


def test_cli_workers_gives_the_same_geojson(seed_paths):
    import subprocess
    import sys

    from conftest import ROOT

    def run(*extra):
        out = subprocess.run([sys.executable, "-m", "geo", "incidents", *map(str, seed_paths),
                              "-q", *extra], capture_output=True, cwd=ROOT, timeout=300)
        assert out.returncode == 0, out.stderr.decode()
        return json.loads(out.stdout)

    assert run("--workers", "2") == run()
