"""Properties that hold for any text: the pipeline raises nothing, every offset points at
what it quotes, every coordinate is a real point on the earth — and the readers and the
store keep what they are given."""

from __future__ import annotations

import json
import math
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.records import Article

SETTINGS = settings(max_examples=250, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow])

PLACES = ["Jermuk", "Goris", "Sotk", "Vardenis", "Kəlbəcər", "Kalbajar", "Lachin", "Laçın",
          "Dashkesan", "Tavush", "Syunik", "Yerevan", "Baku", "Bakı", "Nakhchivan", "Karabakh",
          "Nagorno-Karabakh", "Ереван", "Горис", "Джермук", "Ջերմուկ", "Kut", "Tegh",
          "Verin Shorzha", "Khoznavar", "Armenia", "Azerbaijan", "Armenia-Azerbaijan",
          "Washington", "Moscow", "Brussels", "Prague", "Ankara", "Paris"]
SENTENCES = [
    "Pasukan Azerbaijan menembaki desa {p} pada Selasa (13/9/2022), menewaskan tiga tentara.",
    "Kementerian Pertahanan Armenia mengatakan serangan drone menghantam {p} dan {q}.",
    "Azerbaijan membantah telah menyerang {p}, kata juru bicara kementerian pada Rabu.",
    "Sebanyak 49 tentara Armenia tewas dalam bentrokan di dekat {p}, {q} dan {r}.",
    "BAKU (Antara) - Tentara Armenia melepaskan tembakan mortir ke arah {p} pada malam hari.",
    "Azerbaijani forces shelled army positions near the town of {p} on 13 September 2022.",
    "Armenia's defence ministry said three soldiers were killed and five wounded in {p}.",
    "A drone struck a military vehicle outside {p}, near {q}, on Tuesday night.",
    "Baku denied that its troops had fired on {p}, calling the claim a provocation.",
    "YEREVAN (Reuters) - Fighting broke out overnight along the border near {p} and {q}.",
]
NOISE = st.text(alphabet=st.characters(codec="utf-8"), max_size=40)


@st.composite
def news_like(draw) -> str:
    """Attack sentences in Indonesian and English with real place names, mixed with
    arbitrary text, odd separators and case."""
    parts = []
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["sentence", "sentence", "place", "noise"]))
        if kind == "sentence":
            names = draw(st.lists(st.sampled_from(PLACES), min_size=3, max_size=3))
            text = draw(st.sampled_from(SENTENCES)).format(p=names[0], q=names[1], r=names[2])
            if draw(st.booleans()):
                text = draw(st.sampled_from([str.upper, str.lower, str.title, str]))(text)
        elif kind == "place":
            text = draw(st.sampled_from(PLACES))
        else:
            text = draw(NOISE)
        parts.append(text)
        parts.append(draw(st.sampled_from([" ", "\n", "\n\n", ". ", ", ", "\r\n", "\t", "",
                                           " - ", "\u2028", "\u00a0", "…"])))
    return "".join(parts)


def check(analysis, text: str) -> None:
    """The invariants every analysis keeps."""
    from geo.frame import feature_collection
    from geo.pipeline import merged_incidents

    for m in analysis.mentions:
        assert 0 <= m.start <= m.end <= len(text)
        assert text[m.start:m.end] == m.surface
        assert_point(m.place)
    evidence = [e for r in analysis.reports for e in (*r.evidence, *r.claim.evidence)]
    for incident in [*analysis.incidents, *merged_incidents([analysis])]:
        assert_point(incident.place)
        evidence += [*incident.evidence, *(e for c in incident.claims for e in c.evidence)]
    for e in evidence:
        assert text[e.start:e.end] == e.quote
    json.dumps(feature_collection(merged_incidents([analysis])), allow_nan=False)


def assert_point(place) -> None:
    if place is not None:
        assert math.isfinite(place.lat) and math.isfinite(place.lon)
        assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180


@SETTINGS
@given(text=st.text(max_size=400))
def test_any_text_is_analysed_with_offsets_that_point_at_their_quotes(pipeline, text):
    check(pipeline.analyse(Article("any", text)), text)


@SETTINGS
@given(text=news_like(), published=st.one_of(st.none(), st.dates(date(1990, 1, 1),
                                                                  date(2030, 12, 31))),
       language=st.sampled_from([None, "id", "en", "ru", "tr", "fr", "az", "xx"]))
def test_news_like_text_is_analysed_with_offsets_that_point_at_their_quotes(
        pipeline, text, published, language):
    check(pipeline.analyse(Article("news", text, published, language=language)), text)


@settings(max_examples=60, deadline=None, database=None)
@given(text=news_like())
def test_stored_incidents_read_back_equal(pipeline, text):
    from geo.store import decode_incident, encode_incident

    for incident in pipeline.analyse(Article("store", text)).incidents:
        data = json.loads(json.dumps(encode_incident(incident), ensure_ascii=False))
        assert decode_incident(data) == incident


@settings(max_examples=200, deadline=None, database=None)
@given(page=st.lists(st.one_of(
    st.text(max_size=20),
    st.sampled_from(["<p>", "</p>", "<br/>", "<a href=\"x>y\">", "<!--", "-->", "<script>",
                     "</script>", "&amp;", "&#1329;", "&bogus;", "<", ">", "&", "\"", "'",
                     "<b", "<!DOCTYPE html>", "<style>", "</style >", "&#xD800;"])),
    max_size=30).map("".join))
def test_blanked_html_keeps_length_and_the_text_outside_markup(page):
    from geo.reader import blank_html

    blanked = blank_html(page)
    assert len(blanked) == len(page)
    for i, (a, b) in enumerate(zip(page, blanked, strict=True)):
        assert b == a or b in " \n" or page[i] == "&", (i, a, b)


@settings(max_examples=200, deadline=None, database=None)
@given(row=st.dictionaries(st.sampled_from(["id", "text", "published", "url", "source",
                                             "language", "extra"]),
                           st.recursive(st.none() | st.booleans() | st.integers() |
                                        st.floats() | st.text(max_size=30),
                                        lambda inner: st.lists(inner, max_size=3) |
                                        st.dictionaries(st.text(max_size=5), inner, max_size=3),
                                        max_leaves=8)))
def test_any_jsonl_line_gives_an_article_or_a_named_problem(row):
    from geo.reader import Problem, parse_jsonl_line

    line = json.dumps(row)
    found = parse_jsonl_line(line, "feed.jsonl:7")
    assert isinstance(found, (Article, Problem)) or found is None
    if isinstance(found, Problem):
        assert found.origin == "feed.jsonl:7" and found.reason
    elif isinstance(found, Article):
        assert found.text == row["text"] and found.text.strip()
        found.text.encode("utf-8")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
@settings(max_examples=50, deadline=None, database=None)
@given(text=st.text(st.characters(codec="utf-8", exclude_characters="\ufeff"), min_size=1,
                    max_size=200).filter(lambda t: "\x00" not in t))
def test_decoding_gives_back_the_text(encoding, text):
    from geo.reader import decode

    assert decode(text.encode(encoding), "a.txt") == text


def _lexicon_terms():
    from geo.lexicon import LANGUAGES, _raw

    def walk(node):
        if isinstance(node, list):
            yield from (t for t in node if isinstance(t, str))
        elif isinstance(node, dict):
            for value in node.values():
                yield from walk(value)

    return sorted({t.replace("*", "").replace("[", "").replace("]", "")
                   for code in LANGUAGES for t in walk(_raw(code)) if t.strip()})


TERMS = _lexicon_terms()
# Letters whose case pairs the regular expression engine treats specially (Turkish dotted
# and dotless i, German sharp s, long s, Kelvin sign).
CASE_TRAPS = st.sampled_from(["İ", "ı", "I", "i", "ẞ", "ß", "ſ", "K", "Ё", "Ə", "ə"])


@st.composite
def _term_texts(draw):
    term = draw(st.sampled_from(TERMS))
    cased = "".join(draw(st.sampled_from([c, c.upper(), c.lower()])) for c in term)
    if draw(st.booleans()):  # swap a letter for a case trap
        k = draw(st.integers(0, max(0, len(cased) - 1)))
        cased = cased[:k] + draw(CASE_TRAPS) + cased[k + 1:]
    return draw(NOISE) + " " + cased + " " + draw(NOISE)


@SETTINGS
@given(_term_texts())
def test_the_lexicons_quick_pre_check_never_hides_a_match(text):
    """Every lexicon pattern finds exactly what its regular expression finds: the literal
    pre-check only skips texts where no term can occur, whatever their case."""
    from geo.lexicon import LANGUAGES, load_lexicon

    for code in LANGUAGES:
        lex = load_lexicon(code)
        patterns = [*lex.events.values(), *lex.casualties.values(), *lex.weapons.values(),
                    *lex.claims.values(), *lex.context.values(), *lex.dates.values(),
                    lex.idioms, lex.weekdays, lex.months, lex.holidays, lex.passive, lex.any_event,
                    lex.any_weapon, lex.numbers.approx, lex.numbers.vague]
        for pattern in patterns:
            quick = pattern.search(text)
            full = pattern.regex.search(text)
            assert (quick and quick.span()) == (full and full.span()), (code, pattern.pattern)
