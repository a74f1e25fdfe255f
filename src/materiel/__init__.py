"""materiel: sourced records of arms transfers and sanctions evasion from Japanese and English news.

The public surface is small: analyze text into an `Analysis`, store it, query it.
"""

from __future__ import annotations

from materiel.model import Analysis, Claim, Document, Entity, Mention, Transfer

__all__ = ["Analysis", "Claim", "Document", "Entity", "Mention", "Transfer", "__version__", "analyze_text"]
__version__ = "0.1.0"


def analyze_text(text: str, *, lang: str = "auto", published: str | None = None) -> Analysis:
    """Analyze one article's text (Japanese or English) into entities, transfers and claims."""
    from materiel.pipeline import analyze_text as _analyze

    return _analyze(text, lang=lang, published=published)
