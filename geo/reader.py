"""Inputs: ``.txt`` files (one article each, id = file stem), ``.html``/``.htm`` pages,
directories (recursive), ``.jsonl`` (one article a line) and ``-`` for standard input.

A bad input yields a :class:`Problem` naming the file (and line) and the reason; the other
inputs go on. Reading is bounded: a file or JSONL line over :data:`MAX_ARTICLE_BYTES`
(:data:`MAX_PAGE_BYTES` for HTML) is refused without being read whole, FIFOs and devices
are refused without being opened, and JSONL is read line by line.

HTML pages keep their length: tags, comments, scripts and styles are blanked out with
spaces (a newline where a block element starts or ends) and each entity becomes its
character padded with spaces, so every offset into :attr:`Article.text` is also an offset
into the decoded page.
"""

from __future__ import annotations

import codecs
import html
import json
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from .records import Article

SUFFIXES = (".txt", ".jsonl", ".text", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
#: The largest article read (text file, JSONL ``text`` or standard input), in bytes.
MAX_ARTICLE_BYTES = 1 << 20
#: The largest HTML page read, in bytes (markup is most of a page).
MAX_PAGE_BYTES = 4 << 20
#: The longest JSONL line read (escapes such as ``\\u0531`` make JSON longer than its text).
MAX_LINE_BYTES = 4 * MAX_ARTICLE_BYTES
MAX_ID_CHARS = 300
_BINARY_SNIFF = 8192
_CHUNK = 1 << 16
_SURROGATE = re.compile(r"[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that could not be read (fully): where and why."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


def _mb(size: int) -> str:
    return f"{size / (1 << 20):.1f} MB"


def decode(raw: bytes, origin: str) -> str | Problem:
    """UTF-8 text (a BOM dropped; UTF-16 and UTF-32 with a BOM accepted) or the reason it
    is not text."""
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError as err:
                return Problem(origin, f"invalid {codec.upper()} ({err.reason} at byte "
                                       f"{err.start})")
    head = raw[:_BINARY_SNIFF]
    if b"\x00" in head:
        if len(head) >= 4 and (head[1::2].count(0) > len(head) * 0.4 or
                               head[0::2].count(0) > len(head) * 0.4):
            return Problem(origin, "looks like UTF-16 without a byte-order mark; "
                                   "convert it to UTF-8, e.g. iconv -f utf-16le -t utf-8")
        return Problem(origin, "binary file (NUL bytes); give UTF-8 text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return Problem(origin, f"not UTF-8 (byte 0x{raw[err.start]:02x} at offset {err.start}); "
                               "convert it, e.g. iconv -f cp1252 -t utf-8")


# --- HTML ----------------------------------------------------------------------------------
_MARKUP = re.compile(r"<!--|<(/?)([A-Za-z][A-Za-z0-9:-]*)|<[!?]|"
                     r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TAG_REST = re.compile(r"""(?:[^<>"']|"[^"<]*"|'[^'<]*')*>""")
_DECL_REST = re.compile(r"[^<>]*>")
_RAW_TEXT = ("script", "style", "noscript", "template", "textarea", "svg", "math")
_BLOCK = frozenset(("address", "article", "aside", "blockquote", "body", "br", "caption", "dd",
                    "div", "dl", "dt", "figcaption", "figure", "footer", "form", "h1", "h2",
                    "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "li", "main", "nav",
                    "ol", "p", "pre", "section", "table", "td", "th", "title", "tr", "ul"))


def _blank(piece: str, block: bool = False) -> str:
    if not piece:
        return piece
    return ("\n" + " " * (len(piece) - 1)) if block else re.sub(r"[^\n]", " ", piece)


def blank_html(page: str) -> str:
    """``page`` with its markup blanked out: same length, text where it stood.

    Linear in the page's length whatever the markup (unclosed tags, comments or scripts
    blank to the end of the page rather than being searched for again and again).
    """
    out: list[str] = []
    pos = 0
    for_end = len(page)
    while pos < for_end:
        m = _MARKUP.search(page, pos)
        if m is None:
            break
        out.append(page[pos:m.start()])
        token = m.group(0)
        if token.startswith("&"):
            char = html.unescape(token)
            out.append(char + " " * (len(token) - len(char)) if len(char) <= len(token)
                       else token)
            pos = m.end()
            continue
        end = _markup_end(page, m)
        if end is None:  # a lone "<": text
            out.append("<")
            pos = m.start() + 1
            continue
        name = (m.group(2) or "").lower()
        out.append(_blank(page[m.start():end], block=name in _BLOCK))
        pos = end
        if name in _RAW_TEXT and not m.group(1):
            close = re.compile(rf"</{name}\s*>", re.IGNORECASE).search(page, pos)
            stop = close.start() if close else len(page)
            out.append(_blank(page[pos:stop]))
            pos = stop
    out.append(page[pos:])
    return "".join(out)


def _markup_end(page: str, m: re.Match[str]) -> int | None:
    """Where the comment, tag or declaration opened by ``m`` ends (None: not markup)."""
    token = m.group(0)
    if token == "<!--":
        end = page.find("-->", m.end())
        return len(page) if end < 0 else end + 3
    rest = (m.group(2) and _TAG_REST.match(page, m.end())) or _DECL_REST.match(page, m.end())
    return rest.end() if rest else None


# --- JSONL ---------------------------------------------------------------------------------
def _parse_date(value: object, origin: str) -> date | Problem | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        return Problem(origin, "'published' must be an ISO date string, got "
                               f"{type(value).__name__}")
    try:
        parsed = date.fromisoformat(value[:10])
    except ValueError:
        return Problem(origin, f"'published' {value[:40]!r} is not an ISO date (YYYY-MM-DD)")
    if not 1900 <= parsed.year <= 2100:
        return Problem(origin, f"'published' {value[:40]!r} is outside 1900–2100")
    return parsed


def _clean(value: str) -> str:
    """Lone surrogates (from JSON escapes) become U+FFFD: same length, writable as UTF-8."""
    return _SURROGATE.sub("\ufffd", value)


def parse_jsonl_line(line: str, origin: str) -> Article | Problem | None:
    """One JSONL line → an article, a problem, or None for a blank line."""
    if not line.strip():
        return None
    try:
        row = json.loads(line)
    except json.JSONDecodeError as err:
        return Problem(origin, f"not valid JSON ({err.msg} at column {err.colno})")
    except (ValueError, RecursionError) as err:  # 5000-digit numbers, nesting 100 000 deep
        return Problem(origin, f"not usable JSON ({str(err)[:80] or type(err).__name__})")
    if not isinstance(row, dict):
        return Problem(origin, "a line must be a JSON object with 'id' and 'text'")
    text, ident = row.get("text"), row.get("id")
    if not isinstance(text, str):
        return Problem(origin, "missing or non-string 'text'")
    if not text.strip():
        return Problem(origin, "empty 'text'")
    if len(text) > MAX_ARTICLE_BYTES or len(text.encode("utf-8", "surrogatepass")) > \
            MAX_ARTICLE_BYTES:
        return Problem(origin, f"'text' is over the {_mb(MAX_ARTICLE_BYTES)} an article may "
                               "have; split it into several articles")
    if not isinstance(ident, (str, int)) or isinstance(ident, bool) or str(ident).strip() == "":
        return Problem(origin, "missing 'id' (a string or number)")
    if len(str(ident)) > MAX_ID_CHARS:
        return Problem(origin, f"'id' is {len(str(ident))} characters long; at most "
                               f"{MAX_ID_CHARS}")
    published = _parse_date(row.get("published"), origin)
    if isinstance(published, Problem):
        return published
    fields = {k: _clean(v) if isinstance(v := row.get(k), str) else None
              for k in ("url", "source", "language")}
    return Article(_clean(str(ident)), _clean(text), published, origin=origin, **fields)


def _lines(read: Callable[[int], bytes], limit: int, head: bytes = b""
           ) -> Iterator[bytes | int]:
    """Lines of a byte stream (``\\n`` kept); a line longer than ``limit`` comes as its
    length instead, and is never held in memory whole."""
    buffer, at, skipped = head, 0, 0
    while True:
        cut = buffer.find(b"\n", at)
        if cut >= 0:
            size = skipped + cut + 1 - at
            yield size if size > limit else buffer[at:cut + 1]
            at, skipped = cut + 1, 0
            continue
        if skipped or len(buffer) - at > limit:
            skipped += len(buffer) - at
            buffer, at = b"", 0
        chunk = read(_CHUNK)
        if not chunk:
            break
        buffer, at = buffer[at:] + chunk, 0
    rest = skipped + len(buffer) - at
    if rest:
        yield rest if rest > limit else buffer[at:]


def _read_jsonl(read: Callable[[int], bytes], name: str, head: bytes = b""
                ) -> Iterator[Article | Problem]:
    line_no = 0
    for line_no, raw in enumerate(_lines(read, MAX_LINE_BYTES, head), start=1):
        origin = f"{name}:{line_no}"
        if isinstance(raw, int):
            yield Problem(origin, f"line of {_mb(raw)} is over the {_mb(MAX_LINE_BYTES)} "
                                  "a JSONL line may have")
            continue
        text = decode(raw, origin)
        if isinstance(text, Problem):
            yield text
            continue
        item = parse_jsonl_line(text, origin)
        if item is not None:
            yield item
    if line_no == 0:
        yield Problem(name, "empty file (no JSON lines)")


# --- files and folders ---------------------------------------------------------------------
def _article_from_text(text: str, ident: str, origin: str, is_html: bool) -> Article | Problem:
    if is_html:
        text = blank_html(text)
    if not text.strip():
        return Problem(origin, "HTML page with no text" if is_html else "empty file (no text)")
    return Article(ident, text, origin=origin)


def _read_file(path: Path, *, explicit: bool = True) -> Iterator[Article | Problem]:
    """Articles of one file. Only a path given by name may be a pipe or a device (read
    up to the size limit); inside folders only regular files are read."""
    origin = str(path)
    is_html = path.suffix.lower() in HTML_SUFFIXES
    limit = MAX_PAGE_BYTES if is_html else MAX_ARTICLE_BYTES
    try:
        info = path.stat()
        regular = stat.S_ISREG(info.st_mode)
        if not (regular or (explicit and (stat.S_ISFIFO(info.st_mode) or
                                         stat.S_ISCHR(info.st_mode)))):
            yield Problem(origin, "not a regular file (a FIFO, socket or device); give a "
                                  "text file")
            return
        if path.suffix.lower() == ".jsonl":
            with open(path, "rb") as handle:
                yield from _read_jsonl(handle.read, origin)
            return
        if regular and info.st_size > limit:
            yield Problem(origin, f"file of {_mb(info.st_size)} is over the {_mb(limit)} an "
                                  "article may have; split it (or give a .jsonl, one article "
                                  "a line)")
            return
        with open(path, "rb") as handle:
            raw = handle.read(limit + 1)
    except OSError as err:
        broken = " (a broken symbolic link)" if path.is_symlink() and not path.exists() else ""
        yield Problem(origin, f"cannot read ({err.strerror or err}){broken}")
        return
    if len(raw) > limit:
        yield Problem(origin, f"over the {_mb(limit)} an article may have")
        return
    text = decode(raw, origin)
    yield text if isinstance(text, Problem) else _article_from_text(text, path.stem, origin,
                                                                   is_html)


def _expand(path: Path) -> Iterator[tuple[Path, bool] | Problem]:
    """The files an input names, each with whether it was named itself (not found in a
    folder)."""
    if path.is_dir():
        try:
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and
                           not p.is_dir())
        except OSError as err:
            yield Problem(str(path), f"cannot list folder ({err.strerror or err})")
            return
        if not found:
            yield Problem(str(path), f"folder holds no {', '.join(SUFFIXES)} files")
        yield from ((p, False) for p in found)
    elif path.exists() or path.is_symlink():
        yield path, True
    else:
        yield Problem(str(path), "no such file or folder")


def _read_path(path: Path) -> Iterator[Article | Problem]:
    for found in _expand(path):
        if isinstance(found, Problem):
            yield found
        else:
            yield from _read_file(found[0], explicit=found[1])


def iter_articles(inputs: Iterable[str | Path], stdin: IO[bytes] | None = None
                  ) -> Iterator[Article | Problem]:
    """Articles (and problems) from every input, in order; ids made unique."""
    seen: dict[str, int] = {}
    for item in inputs:
        if str(item) == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            found: Iterable[Article | Problem] = _read_stdin(stream)
        else:
            found = _read_path(Path(item))
        for x in found:
            if isinstance(x, Article):
                count = seen.get(x.id, 0)
                seen[x.id] = count + 1
                if count:
                    yield Problem(x.origin, f"duplicate article id {x.id!r}; kept the first")
                    continue
            yield x


def _read_stdin(stream: IO[bytes]) -> Iterator[Article | Problem]:
    head = stream.read(_CHUNK)
    if head.removeprefix(codecs.BOM_UTF8).lstrip().startswith(b"{"):
        yield from _read_jsonl(stream.read, "<stdin>", head)
        return
    raw = head + stream.read(MAX_ARTICLE_BYTES + 1 - len(head))
    if len(raw) > MAX_ARTICLE_BYTES:
        yield Problem("<stdin>", f"over the {_mb(MAX_ARTICLE_BYTES)} an article may have; "
                                 "give JSONL (one article a line) for more")
        return
    text = decode(raw, "<stdin>")
    if isinstance(text, Problem):
        yield text
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
