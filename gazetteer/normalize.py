"""Name folding: the keys under which place names are stored and looked up.

Two keys per name:

* :func:`fold` — the exact key: Unicode-normalised, transliterated to ASCII (Armenian,
  Cyrillic and Azerbaijani letters included), lower-cased, apostrophes dropped, dashes as
  spaces. ``Kəlbəcər`` → ``kelbecer``, ``Sot'k`` → ``sotk``, ``Горис`` → ``goris``.
* :func:`skeleton` — a looser key that merges the usual transliteration variants of the
  region (``Kelbajar``, ``Kalbajar``, ``Kəlbəcər``, ``Кельбаджар`` share one), used when the
  exact key finds nothing.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

_ARMENIAN = re.compile(r"[\u0530-\u058f]")
_APOSTROPHES = re.compile(r"['’‘ʼʻʹ`´ʿʾ\"]")
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_/.,()]+")
_NON_KEY = re.compile(r"[^a-z0-9 ]")

# Ordered rewrites from spelling systems (English, Russian, French, Azerbaijani, Turkish)
# to one skeleton. Digraphs first.
_SKELETON_RULES = (
    ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("tch", "c"), ("ch", "c"), ("c", "j"),
    ("kh", "h"), ("x", "h"), ("gh", "g"), ("q", "g"), ("sh", "s"), ("ou", "u"),
    ("w", "v"), ("y", "i"), ("e", "a"), ("ph", "f"),
)


@lru_cache(maxsize=200_000)
def fold(name: str) -> str:
    """Return the exact lookup key of ``name`` (empty when nothing of it is a letter or digit)."""
    text = unicodedata.normalize("NFKC", name)
    armenian = bool(_ARMENIAN.search(text))
    text = _APOSTROPHES.sub("", text)
    text = anyascii(text).lower()
    if armenian:
        text = text.replace("ow", "u")
    text = _APOSTROPHES.sub("", text)
    text = _SEPARATORS.sub(" ", text)
    return _NON_KEY.sub("", text).strip()


# Words that make another place of a name (upper, lower, new, old, big, small): "Nerkin
# Shorzha" is not Verin Shorzha, nor "Yuxarı Əskipara" Əskipara. Folded; Russian declines.
_QUALIFIER = re.compile(r"verin|nerkin|nor|hin|mets|pokr|upper|lower|yuxari|yukhari|yukari|"
                        r"asagi|ashagi|ashaghi|boyuk|buyuk|kicik|kichik|kucuk|verkhn\w*|"
                        r"nizhn\w*")


def is_qualifier(word: str) -> bool:
    """Whether ``word`` (any script) is a word like "Verin" or "Нижний" that, before a
    name, names another place."""
    return _QUALIFIER.fullmatch(fold(word)) is not None


def qualifiers(key: str) -> frozenset[str]:
    """The qualifier words of a folded name ("nerkin shorzha" → {"nerkin"})."""
    return frozenset(w for w in key.split() if _QUALIFIER.fullmatch(w))


@lru_cache(maxsize=200_000)
def skeleton(name: str) -> str:
    """Return the variant-tolerant key of ``name``: spelling variants of one name collide."""
    text = fold(name).replace(" ", "")
    for old, new in _SKELETON_RULES:
        text = text.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", text)
