"""Distributed mode on Dask: articles are analysed in batches by worker processes (a local
cluster by default, or an existing cluster's scheduler), and the cross-article merge runs
once over every batch's incidents — so results equal the single-process run.

Large JSONL inputs stream: they are read a partition at a time and only each article's
incidents (not its text) travel back, so memory stays flat however large the corpus.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from itertools import islice
from pathlib import Path

from .records import Article, Incident
from .settings import Region


@cache
def _worker_pipeline(region: Region | None):  # type: ignore[no-untyped-def]
    from .pipeline import Pipeline

    return Pipeline(region=region)


def _analyse_batch(batch: Sequence[Article], region: Region | None) -> list[Incident]:
    """Runs on a worker: the incidents of each article of the batch (not yet merged)."""
    pipeline = _worker_pipeline(region)
    return [i for article in batch for i in pipeline.analyse(article).incidents]


def batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Consecutive lists of at most ``size`` articles."""
    it = iter(articles)
    while chunk := list(islice(it, size)):
        yield chunk


def _client(workers: int | None, scheduler: str | None):  # type: ignore[no-untyped-def]
    from dask.distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(n_workers=workers or 2, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    return Client(cluster), cluster


def incidents_parallel(articles: Iterable[Article], *, workers: int | None = None,
                       scheduler: str | None = None, region: Region | None = None,
                       batch_size: int = 100, in_flight: int = 8,
                       progress: Callable[[int], None] | None = None) -> list[Incident]:
    """Incidents of ``articles`` analysed on Dask, merged across all articles.

    Parameters
    ----------
    workers
        Worker processes of the local cluster (ignored with ``scheduler``).
    scheduler
        Address of an existing Dask scheduler (``tcp://host:8786``).
    batch_size, in_flight
        Articles per task, and how many tasks may be queued at once: the input is consumed
        lazily, so a corpus larger than memory streams through.
    progress
        Called with the number of articles finished after each batch.
    """
    from dask.distributed import as_completed

    from .merge import merge_incidents

    client, cluster = _client(workers, scheduler)
    found: list[Incident] = []
    try:
        source = batches(articles, batch_size)
        pending = as_completed([client.submit(_analyse_batch, b, region, pure=False)
                                for b in islice(source, in_flight)], with_results=True)
        for _future, result in pending:
            found.extend(result)
            if progress:
                progress(batch_size)
            nxt = next(source, None)
            if nxt is not None:
                pending.add(client.submit(_analyse_batch, nxt, region, pure=False))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return merge_incidents(found)


def stream_jsonl(path: Path) -> Iterator[Article]:
    """Articles of a JSONL file, one line at a time (bad lines are skipped; the reader's
    messages name them when the file is read by the CLI)."""
    from .reader import iter_articles

    for item in iter_articles([path]):
        if isinstance(item, Article):
            yield item
