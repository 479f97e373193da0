"""Article cleaning that keeps offsets: which lines are body, headline, header or page
furniture (related-article lists, "Baca juga", newsletter and cookie text, bylines, ads),
and the body's sentences. Nothing is deleted: every span still points into the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from .records import Sentence

# A line that opens a list of links: everything after it is furniture until body text resumes.
_LIST_HEADER = re.compile(
    r"^\s*(berita terkait|artikel terkait|baca juga|baca berita lainnya|related( articles| news| stories)?|"
    r"read more|read also|more on this|see also|recommended|most read|popular|trending|"
    r"читайте также|также читайте|по теме|ilgili haberler|ayrıca okuyun|benzer haberler|"
    r"lire aussi|à lire aussi|à voir aussi|sur le même sujet|oxşar xəbərlər|digər xəbərlər|"
    r"bu mövzuda|ilgili haber|bunlar da ilginizi çekebilir|смотрите также|новости по теме|"
    r"կարդացեք նաև|տես նաև|you may also like|more from \w+( \w+)?|video lainnya|"
    r"video rekomendasi|terpopuler)\s*:?\s*$", re.IGNORECASE)
# A single line of furniture (link, byline, share, cookie, subscription, ad).
_FURNITURE_LINE = re.compile(
    r"^\s*(baca juga|read more|read also|see also|читайте также|смотрите также|ayrıca bakınız|"
    r"ayrıca okuyun|lire aussi|à lire aussi|կարդացեք նաև|տես նաև|"
    r"sumber\s*:|source\s*:|posted by|penulis\b|editor\s*:|reporter\s*:|foto\s*:|photo\s*:|"
    r"halaman\s*:|komentar\b|bagikan\b|share (this|on)|close ads|advertisement|iklan\b|"
    r"login\b|oke$|gabung\b|subscribe|newsletter|follow us|ikuti kami|copyright|©|all rights)",
    re.IGNORECASE)
_FURNITURE_WORDS = re.compile(
    r"(berlangganan|newsletter|cookie|recaptcha|privacy policy|kebijakan privasi|"
    r"terms of (use|service)|ketentuan penggunaan|persyaratan layanan|unsubscribe|sign up|"
    r"daftar sekarang|tanpa iklan|подпис|abone ol|s'abonner|abunə)")  # on lower-cased lines
# A line that opens the readers' comments ("Comments (3)", "Şərhlər", "Комментарии 12",
# "Yorum yap"): every line after it is furniture, sentences included, since readers' hearsay
# ("shots were heard near Sadarak too") reports nothing. Only after body text, so a page's
# "Comments 0" counter above the article does not swallow it.
_COMMENTS_HEADER = re.compile(
    r"^\s*(?:\d+\s+)?(?:comments|reader comments|readers' comments|leave a comment|"
    r"add a comment|join the discussion|комментари[йи]|комментарии читателей|"
    r"оставить комментарий|yorumlar|okur yorumları|yorum yap|şərhlər|şərh yaz|"
    r"commentaires|laisser un commentaire|tulis komentar|kolom komentar|"
    r"մեկնաբանություններ)\s*(?:\(\d+\)|\d+)?\s*:?\s*$", re.IGNORECASE)
# Timestamps standing alone ("Senin, 16 September 2024 15:31 Wib", "13/09/2022, 19:31 WIB").
_TIMESTAMP = re.compile(r"^[\w ,.\-/]{0,40}\d{1,2}[:.]\d{2}\s*(wib|wita|wit|gmt|utc|msk)?\s*$",
                        re.IGNORECASE)
# "։" is the Armenian full stop, often typed as an ASCII colon (Armenian's own colon is
# "․"), so a colon before an Armenian capital ends a sentence too; Ա-Ֆ are its capitals.
_SENTENCE_END = re.compile(
    r"(?<=[.!?…։])[\"”’»)\]]*\s+(?=(?:[\"“‘«(\[]\s?)?[A-Z0-9А-ЯЁÀ-ÝĀ-ſƏİÇŞĞÖÜԱ-Ֆ])|"
    r"(?<=:)[\"”’»)\]]*\s+(?=(?:[\"“‘«(\[]\s?)?[Ա-Ֆ])")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:Jend|Kol|Letkol|Mayjen|Brigjen|Dr|Mr|Mrs|Ms|Gen|Col|"
                           r"Lt|Sgt|St|No|Vol|U\.S|U\.N|Sept|Sep|Oct|Nov|Dec|Jan|Feb|Aug|Gov|Sen|"
                           r"Rep|т|г|ул|им|проф|др|vs|etc|approx|ca))\.$")
_SHORT_HEADING = 120


@dataclass(frozen=True, slots=True)
class Line:
    """A line of the article and what kind it is: body, headline, header or furniture."""

    start: int
    end: int
    kind: str


def _is_titlecase(text: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= 0.7


# A hard-wrapped paragraph (a plain-text feed, a PDF's text, an HTML source's <p>): a line of
# a wrapping width that stops mid-sentence, and a next line that goes on in lower case
# ("… в воскре-" / "сенье азербайджанский снайпер …"), are one line.
_WRAP_WIDTH = (25, 110)
_STOPS = re.compile(r"[.!?…։:;][\"”’»)\]]*$")


def _physical_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the non-blank lines, stripped, with a hard-wrapped paragraph's lines joined."""
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", text):
        raw = m.group(0)
        if not raw.strip():
            continue
        start = m.start() + (len(raw) - len(raw.lstrip()))
        end = m.start() + len(raw.rstrip())
        if spans and _continues(text, *spans[-1], start, end):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _continues(text: str, start: int, end: int, next_start: int, next_end: int) -> bool:
    first = text[next_start]
    last = text[max(start, text.rfind("\n", start, end) + 1):end]  # the span's last line
    # a capital goes on a paragraph already seen wrapping, or after a short lower-case word
    # no title ends with ("… said on Tuesday that" / "Azerbaijani units …", "… near the
    # village of" / "Sotk …"); not a title over its lead
    tail = last.rsplit(None, 1)[-1]
    if not (first.islower() or (first.isupper() and next_end - next_start <= _WRAP_WIDTH[1] and
                                ("\n" in text[start:end] or
                                 (tail.isalpha() and tail.islower() and len(tail) <= 4)))):
        return False
    nxt = text[next_start:next_end]
    return text.count("\n", end, next_start) == 1 and \
        _WRAP_WIDTH[0] <= len(last) <= _WRAP_WIDTH[1] and \
        not _STOPS.search(last) and not _TIMESTAMP.match(last) and \
        not _LIST_HEADER.match(last) and not _FURNITURE_LINE.match(last) and \
        not _COMMENTS_HEADER.match(last) and not _LIST_HEADER.match(nxt) and \
        not _FURNITURE_LINE.match(nxt)


# A word broken at a wrapped line's end ("воскре-" / "сенье"); not a compound whose next
# part is capitalised ("Ростове-на-" / "Дону", "Nagorno-" / "Karabakh")
_BROKEN_WORD = re.compile(r"(?<=[^\W\d_])-\n[ \t]*(?=[^\W\d_])")
_WORD_REST = re.compile(r"[^\W\d_]+")
_WORD_END = re.compile(r"[^\W\d_]+$")


def unhyphenated(text: str, lines: list[Line]) -> tuple[str, dict[int, int]]:
    """``text`` with the words a wrapped paragraph broke at its line ends whole again, the
    same length: "воскре-\nсенье" reads "воскресенье  " (the hyphen and line break become
    spaces after the word), so every offset still points where it did, except that a span
    ending a mended word ends ``k`` characters early. Also returns those ends and their
    ``k`` (see ``restore_end``)."""
    out: list[str] = []
    ends: dict[int, int] = {}
    if "-\n" not in text:
        return text, ends
    last = 0
    for line in lines:
        if line.kind == "furniture":
            continue
        for m in _BROKEN_WORD.finditer(text, line.start, line.end):
            rest = _WORD_REST.match(text, m.end())
            if rest is None or not rest.group(0)[0].islower() or m.start() < last:
                continue
            head = _WORD_END.search(text, line.start, m.start())
            head = head.group(0).lower() if head else ""
            if head[-3:] in rest.group(0) or rest.group(0)[:3] in head:
                continue  # a reduplication keeps its hyphen ("tembak-menembak", "luka-luka")
            gap = m.end() - m.start()
            out += [text[last:m.start()], rest.group(0), " " * gap]
            ends[m.start() + len(rest.group(0))] = gap
            last = rest.end()
    if not ends:
        return text, ends
    out.append(text[last:])
    return "".join(out), ends


def restore_end(end: int, ends: dict[int, int]) -> int:
    """Where a span ending at ``end`` in the mended text ends in the original."""
    return end + ends.get(end, 0)


def classify_lines(text: str) -> list[Line]:
    """Every non-blank line of ``text`` with its kind (a hard-wrapped paragraph is one)."""
    lines: list[Line] = []
    in_list = False
    seen_body = False
    in_comments = False
    for start, end in _physical_lines(text):
        stripped = text[start:end]
        in_comments = in_comments or (seen_body and bool(_COMMENTS_HEADER.match(stripped)))
        if in_comments:
            kind = "furniture"
        elif _LIST_HEADER.match(stripped):
            in_list = True
            kind = "furniture"
        elif in_list and len(stripped) < 200 and not _is_sentence(stripped):
            kind = "furniture"
        elif _FURNITURE_LINE.match(stripped) or _FURNITURE_WORDS.search(stripped.lower()):
            kind = "furniture"
        elif _TIMESTAMP.match(stripped):
            kind = "header"
        elif not _is_sentence(stripped) and len(stripped) < _SHORT_HEADING:
            kind = "headline" if (not seen_body or _is_titlecase(stripped)) else "header"
        else:
            kind = "body"
            in_list = False
            seen_body = True
        lines.append(Line(start, end, kind))
    return lines


# A question: it ends with "?" (perhaps inside quotes), or carries the Armenian question
# mark, which sits on the word asked about ("ինչպե՞ս").
_ASKS = re.compile(r"[?？][\"”’»)]*$|՞")
_DASH_TURN = re.compile(r"[-–—]\s")  # "— Երեկ գիշեր …": a turn of a dialogue
_TURN_CHARS = 300  # an interviewer's turn is short


def interviewer_turns(text: str, lines: list[Line]) -> list[tuple[int, int]]:
    """The spans of an interview's questions: short body lines that ask, in a text with three
    or more of them (a report's paragraph closing on a rhetorical question is no turn);
    where the turns open with a dash and two or more lines that ask fall on the same turn
    of two, every line of that turn too — an interviewer's turn may ask nothing ("— Լսել
    ենք, որ …", we heard that …)."""
    body = [line for line in lines if line.kind == "body"]
    asks = [line for line in body if line.end - line.start <= _TURN_CHARS and
            _ASKS.search(text[line.start:line.end])]
    dashed = [line for line in body if _DASH_TURN.match(text, line.start)]
    sides = {k % 2 for k, line in enumerate(dashed) if line in asks}
    in_turns = sum(line in asks for line in dashed)
    if len(asks) < 3 and not (len(sides) == 1 and in_turns >= 2):
        return []
    turns = set(asks)
    if len(sides) == 1 and in_turns >= 2:
        side = sides.pop()
        turns.update(line for k, line in enumerate(dashed) if k % 2 == side)
    return sorted((line.start, line.end) for line in turns)


def _is_sentence(line: str) -> bool:
    """Running text ends in sentence punctuation or is long enough to be a paragraph."""
    return bool(re.search(r"[.!?…:;\"”’»)։]\s*$", line)) or len(line) >= _SHORT_HEADING


def split_sentences(text: str, lines: list[Line] | None = None) -> list[Sentence]:
    """Sentences of the body and headline lines, with offsets into ``text``."""
    out: list[Sentence] = []
    for line in lines if lines is not None else classify_lines(text):
        if line.kind not in ("body", "headline"):
            continue
        start = line.start
        chunk = text[line.start:line.end]
        for m in _SENTENCE_END.finditer(chunk):
            piece_end = line.start + m.start()
            if _ABBREVIATION.search(text, max(start, piece_end - 12), piece_end):
                continue
            _append(out, text, start, piece_end, line.kind == "headline")
            start = line.start + m.end()
        _append(out, text, start, line.end, line.kind == "headline")
    return out


def _append(out: list[Sentence], text: str, start: int, end: int, headline: bool) -> None:
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(len(out), start, end, text[start:end], headline))


# A live page's entry stamp opening a line: "14:05", "09.30 —", "13:20 - Baku says …" (not a
# date, "18.02.2023", nor a figure, "12.5 km")
_OPENING_STAMP = re.compile(r"\s*([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d.,:])(?=\s*(?:$|[-–—|]|\s))")


def chronological(sentences: list[Sentence], text: str, lines: list[Line]) -> list[Sentence]:
    """A live page that puts its newest entry first is read oldest entry first, as events
    happened: a denial posted at 09:30 answers the report posted below it at 08:50. The
    sentences before the first entry (title, lead) stay first; indices follow the new order,
    offsets still point into ``text``. Newest first means that most stamps, read down the
    page, go back in time (a day's header may restart them: "14:05 … 08:10 | Monday | 21:45
    …")."""
    stamps = [(line.start, int(m.group(1)) * 60 + int(m.group(2))) for line in lines
              if line.kind != "furniture" and (m := _OPENING_STAMP.match(text, line.start))]
    pairs = list(pairwise(stamps))
    back = sum(later < earlier for (_, earlier), (_, later) in pairs)
    if back < 2 or back <= 2 * (len(pairs) - back):
        return sentences
    starts = [start for start, _ in stamps]
    blocks: dict[int, list[Sentence]] = {}
    for s in sentences:
        k = sum(start <= s.start for start in starts)  # 0: before the first entry
        blocks.setdefault(k, []).append(s)
    order = blocks.get(0, []) + [s for k in sorted(blocks, reverse=True) if k for s in blocks[k]]
    return [Sentence(i, s.start, s.end, s.text, s.headline) for i, s in enumerate(order)]


def split_off(sentences: list[Sentence], text: str, span: tuple[int, int]) -> list[Sentence]:
    """Make the dateline (``span``) a sentence of its own, so that it is never read as the
    subject or speaker of the sentence it opens."""
    if span == (0, 0):
        return sentences
    out: list[Sentence] = []
    for s in sentences:
        if s.end <= span[0] or s.start >= span[1]:
            out.append(s)
            continue
        # The dateline may span several of the splitter's sentences ("Bakı. 19 iyun.
        # REPORT.AZ/ …"): they become one, and the text after it another.
        start = s.start if s.start <= span[0] or not out or out[-1].end < span[0] \
            else out.pop().start
        if span[1] >= s.end:
            out.append(Sentence(0, start, s.end, text[start:s.end], s.headline))
            continue
        rest = span[1]
        while rest < s.end and (text[rest].isspace() or text[rest] in "-–—"):
            rest += 1
        out.append(Sentence(0, start, span[1], text[start:span[1]], s.headline))
        out.append(Sentence(0, rest, s.end, text[rest:s.end], s.headline))
    return [Sentence(i, s.start, s.end, s.text, s.headline) for i, s in enumerate(out)]
