"""An English wire story's dateline agency ("SEOUL, March 4 (Reuters) -") relays every source the
story quotes where a sentence names no outlet of its own; a sentence that names its outlet, or
whose speaker is an outlet, keeps it."""

from __future__ import annotations

from materiel.pipeline import analyze_text


def _relays(text: str) -> list[tuple[str | None, str | None]]:
    a = analyze_text(text, lang="en", published="2025-03-04")
    return [
        (
            c.speaker.span.text if c.speaker and c.speaker.span else None,
            c.outlet.entity.name if c.outlet and c.outlet.entity else None,
        )
        for c in a.claims
    ]


def test_the_dateline_agency_relays_an_official_source() -> None:
    text = (
        "SEOUL, March 4 (Reuters) - North Korea has shipped more than 10,000 containers of munitions "
        "to Russia, South Korea's defence ministry said on Tuesday."
    )
    assert _relays(text) == [("South Korea's defence ministry", "Reuters")]


def test_an_undated_dateline_agency_relays_unnamed_officials() -> None:
    text = "WASHINGTON (AP) — Iran has sent short-range ballistic missiles to Russia, U.S. officials said Tuesday."
    assert _relays(text) == [("U.S. officials", "Associated Press")]


def test_an_outlet_the_sentence_names_stays_its_own() -> None:
    text = (
        "KYIV, March 4 (Reuters) - Germany delivered two more IRIS-T systems to Ukraine, the Kyiv Independent reported."
    )
    assert [o for _, o in _relays(text)] == ["The Kyiv Independent"]


def test_a_dateline_without_an_agency_relays_nothing() -> None:
    text = "RABAT — Morocco has taken delivery of its first AH-64E helicopters, the Royal Armed Forces said."
    relays = _relays(text)
    assert relays and all(o is None for _, o in relays)
