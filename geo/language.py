"""Language of an article. Most articles are decided at once by the function words of the
languages the pipeline has rules for (and by script: Cyrillic, the Azerbaijani "ə"); the
rest go to py3langid, an offline detector loaded only when needed. Malay counts as
Indonesian."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from .lexicon import LANGUAGES, bare, common_words

_WORD = re.compile(r"[^\W\d_]+")
_MIN_HITS, _MARGIN = 6, 2.0


@cache
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages([*LANGUAGES, "ms", "hy", "de", "es", "it", "nl", "pt"])
    return ident


@cache
def _function_words() -> dict[str, frozenset[str]]:
    return {code: common_words(code) for code in LANGUAGES}


@cache
def _languages_of() -> dict[str, tuple[str, ...]]:
    """Each function word with the languages it belongs to."""
    out: dict[str, tuple[str, ...]] = {}
    for code, vocab in _function_words().items():
        # (and as typed without Turkic letters: "ve", "ucun", "ile")
        for word in {*vocab, *(bare(w) for w in vocab)}:
            out[word] = (*out.get(word, ()), code)
    return out


def _by_words(sample: str) -> str | None:
    """The language whose function words clearly dominate ``sample``, if one does."""
    counts = Counter(w.lower() for w in _WORD.findall(sample))
    total = sum(counts.values())
    if not total:
        return None
    if sum(n for w, n in counts.items() if "а" <= w[0] <= "я") > total / 2:
        return "ru"
    # Azerbaijani writes "ə" everywhere; another language only in Azerbaijani place names
    # ("Daşkəsən, Kəlbəcər, dan Laçın" in an Indonesian story)
    if sum(n for w, n in counts.items() if "ə" in w) >= max(3, total * 0.05):
        return "az"
    if sum(n for w, n in counts.items() if "\u0531" <= w[0] <= "\u0587") > total / 2:
        return "hy"  # Armenian script
    hits: Counter[str] = Counter()
    languages = _languages_of()
    for word, n in counts.items():
        for code in languages.get(word, ()):
            hits[code] += n
    scores = sorted(((hits[code], code) for code in _function_words()), reverse=True)
    (best, code), (second, _) = scores[0], scores[1]
    return code if best >= _MIN_HITS and best >= _MARGIN * second else None


def detect(text: str) -> str:
    """ISO 639-1 code of ``text``'s language; languages without rules fall back to English."""
    sample = text[:4000]
    if not sample.strip():
        return "en"
    code = _by_words(sample)
    if code is None:
        code, _ = _identifier().classify(sample)
    code = {"ms": "id"}.get(code, code)
    return code if code in LANGUAGES else "en"
