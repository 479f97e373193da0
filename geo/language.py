"""Language of an article, detected offline with py3langid among the languages the
pipeline has rules for (Malay counts as Indonesian)."""

from __future__ import annotations

from functools import cache

from .lexicon import LANGUAGES


@cache
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages([*LANGUAGES, "ms", "hy", "de", "es", "it", "nl", "pt"])
    return ident


def detect(text: str) -> str:
    """ISO 639-1 code of ``text``'s language; languages without rules fall back to English."""
    sample = text[:4000]
    if not sample.strip():
        return "en"
    code, _ = _identifier().classify(sample)
    code = {"ms": "id"}.get(code, code)
    return code if code in LANGUAGES else "en"
