"""Inputs: ``.txt`` files (one article each, id = file stem), directories (recursive),
``.jsonl`` (one article a line) and ``-`` for standard input. A bad input yields a
:class:`Problem` naming the file (and line) and the reason; the other inputs go on."""

from __future__ import annotations

import codecs
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from .records import Article

SUFFIXES = (".txt", ".jsonl", ".text", ".md")
_BINARY_SNIFF = 8192


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that could not be read (fully): where and why."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


def decode(raw: bytes, origin: str) -> str | Problem:
    """UTF-8 text (a BOM dropped; UTF-16 with a BOM accepted) or the reason it is not text."""
    if raw.startswith(codecs.BOM_UTF16_LE) or raw.startswith(codecs.BOM_UTF16_BE):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as err:
            return Problem(origin, f"invalid UTF-16 ({err.reason} at byte {err.start})")
    if b"\x00" in raw[:_BINARY_SNIFF]:
        return Problem(origin, "binary file (NUL bytes); give UTF-8 text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return Problem(origin, f"not UTF-8 (byte 0x{raw[err.start]:02x} at offset {err.start}); "
                               "convert it, e.g. iconv -f cp1252 -t utf-8")


def _parse_date(value: object, origin: str) -> date | None | Problem:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        return Problem(origin, f"'published' must be an ISO date string, got {type(value).__name__}")
    try:
        parsed = date.fromisoformat(value[:10])
    except ValueError:
        return Problem(origin, f"'published' {value!r} is not an ISO date (YYYY-MM-DD)")
    if not 1900 <= parsed.year <= 2100:
        return Problem(origin, f"'published' {value!r} is outside 1900–2100")
    return parsed


def parse_jsonl_line(line: str, origin: str) -> Article | Problem | None:
    """One JSONL line → an article, a problem, or None for a blank line."""
    if not line.strip():
        return None
    try:
        row = json.loads(line)
    except json.JSONDecodeError as err:
        return Problem(origin, f"not valid JSON ({err.msg} at column {err.colno})")
    if not isinstance(row, dict):
        return Problem(origin, "a line must be a JSON object with 'id' and 'text'")
    text, ident = row.get("text"), row.get("id")
    if not isinstance(text, str):
        return Problem(origin, "missing or non-string 'text'")
    if not isinstance(ident, (str, int)) or isinstance(ident, bool) or str(ident) == "":
        return Problem(origin, "missing 'id' (a string or number)")
    published = _parse_date(row.get("published"), origin)
    if isinstance(published, Problem):
        return published
    fields = {k: row.get(k) if isinstance(row.get(k), str) else None
              for k in ("url", "source", "language")}
    return Article(str(ident), text, published, origin=origin, **fields)


def _read_jsonl(handle: IO[bytes], name: str) -> Iterator[Article | Problem]:
    for line_no, raw in enumerate(handle, start=1):
        origin = f"{name}:{line_no}"
        text = decode(raw, origin)
        if isinstance(text, Problem):
            yield text
            continue
        item = parse_jsonl_line(text, origin)
        if item is not None:
            yield item


def _read_file(path: Path) -> Iterator[Article | Problem]:
    origin = str(path)
    try:
        if path.suffix.lower() == ".jsonl":
            with open(path, "rb") as handle:
                yield from _read_jsonl(handle, origin)
            return
        raw = path.read_bytes()
    except OSError as err:
        yield Problem(origin, f"cannot read ({err.strerror or err})")
        return
    text = decode(raw, origin)
    if isinstance(text, Problem):
        yield text
    elif not text.strip():
        yield Problem(origin, "empty file (no text)")
    else:
        yield Article(path.stem, text, origin=origin)


def _expand(path: Path) -> Iterator[Path | Problem]:
    if path.is_dir():
        try:
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and
                           (p.is_file() or not p.exists()))
        except OSError as err:
            yield Problem(str(path), f"cannot list folder ({err.strerror or err})")
            return
        if not found:
            yield Problem(str(path), f"folder holds no {', '.join(SUFFIXES)} files")
        yield from found
    elif path.exists():
        yield path
    else:
        yield Problem(str(path), "no such file or folder")


def iter_articles(inputs: Iterable[str | Path], stdin: IO[bytes] | None = None
                  ) -> Iterator[Article | Problem]:
    """Articles (and problems) from every input, in order; ids made unique."""
    seen: dict[str, int] = {}
    for item in inputs:
        if str(item) == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            found: Iterable[Article | Problem] = _read_stdin(stream)
        else:
            found = (x for p in _expand(Path(item))
                     for x in ([p] if isinstance(p, Problem) else _read_file(p)))
        for x in found:
            if isinstance(x, Article):
                count = seen.get(x.id, 0)
                seen[x.id] = count + 1
                if count:
                    yield Problem(x.origin, f"duplicate article id {x.id!r}; kept the first")
                    continue
            yield x


def _read_stdin(stream: IO[bytes]) -> Iterator[Article | Problem]:
    raw = stream.read()
    text = decode(raw, "<stdin>")
    if isinstance(text, Problem):
        yield text
        return
    if text.lstrip().startswith("{"):
        for line_no, line in enumerate(text.splitlines(), start=1):
            item = parse_jsonl_line(line, f"<stdin>:{line_no}")
            if item is not None:
                yield item
    elif text.strip():
        yield Article("stdin", text, origin="<stdin>")
    else:
        yield Problem("<stdin>", "empty input")


def read_articles(inputs: Iterable[str | Path]) -> tuple[list[Article], list[Problem]]:
    """All articles and all problems of ``inputs``."""
    articles, problems = [], []
    for x in iter_articles(inputs):
        (articles if isinstance(x, Article) else problems).append(x)
    return articles, problems
