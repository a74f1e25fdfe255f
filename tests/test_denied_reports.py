"""A report denied: a party denying 「…との報道」 leaves only the denial (status denied), while a
report told whole and then answered by another clause (「米紙は…と報じたが、イランは否定した」)
stands as a report with the denial as a claim on it."""

from __future__ import annotations

import pytest

from materiel.pipeline import analyze_text


@pytest.mark.parametrize(
    "text",
    [
        "イラン外務省は、ロシアに弾道ミサイルを供与したとの報道を否定した。",
        "ロシア外務省の報道官は、北朝鮮から武器を受け取ったとの報道について「根拠がない」と否定した。",
        "北朝鮮は、ロシアに砲弾を送ったとの指摘に対し「事実無根」と反論した。",
        # a broadcaster's polite forms
        "ロシア国防省は、北朝鮮から砲弾を受け取ったという報道は事実ではありませんと述べました。",
        "北朝鮮は、ロシアに武器を提供していませんと主張しました。",
    ],
)
def test_a_party_denying_a_report_leaves_a_denial(text: str) -> None:
    [t] = analyze_text(text, lang="ja").transfers
    assert t.status == "denied"


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("米紙は、イランがロシアに弾道ミサイルを供与したと報じたが、イラン外務省はこれを否定した。", "Iran"),
        ("英紙ガーディアンは、北朝鮮がロシアに砲弾を送ったと伝えたが、北朝鮮は「事実無根」と反論した。", "North Korea"),
    ],
)
def test_a_report_answered_by_a_denial_stands(text: str, denier: str) -> None:
    analysis = analyze_text(text, lang="ja")
    [t] = analysis.transfers
    assert t.status == "reported"
    told = {t.id} | {c.id for c in analysis.claims if c.target == t.id}  # the act, or the outlet's claim of it
    denials = [c for c in analysis.claims if c.stance == "denies" and c.target in told]
    assert [c.speaker.entity.name for c in denials if c.speaker and c.speaker.entity] == [denier]


def test_a_broadcasters_polite_assessment_is_a_hedge() -> None:
    [t] = analyze_text("防衛省関係者は、北朝鮮がロシアに弾道ミサイルを供与したとみています。", lang="ja").transfers
    assert t.status == "alleged"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("ロシアへの砲弾供与について、北朝鮮は一貫して否定している。", ("North Korea", "Russia")),
        ("北朝鮮からの武器調達について、ロシアは否定した。", ("North Korea", "Russia")),
    ],
)
def test_one_denying_an_act_named_before_it_denies_its_own(text: str, pair: tuple[str, str]) -> None:
    [t] = analyze_text(text, lang="ja").transfers
    assert (t.supplier.entity.name, t.recipient.entity.name) == pair  # type: ignore[union-attr]
    assert t.status == "denied"


def test_a_dateline_sides_body_speaks_for_its_state() -> None:
    text = (
        "RABAT — Morocco has taken delivery of the first six AH-64E Apache helicopters it ordered from the "
        "United States, the Royal Armed Forces said on Sunday.\n"
    )
    [t] = analyze_text(text, lang="en", published="2025-03-10").transfers
    assert t.status == "confirmed"
