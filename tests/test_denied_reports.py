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
        # the act told by its noun, said to be no fact
        "イランは、ロシアへのミサイル供与の事実はないと強調した。",
        "北朝鮮は、ロシアへの武器輸出の事実はないと主張した。",
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


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        (
            "North Korea shipped about 20 rocket launchers to Russia early this month, Seoul said. "
            "Iran denies sending ballistic missiles to Russia.",
            ("Iran", "Russia"),
        ),
        (
            "Pyongyang has sent shells to Moscow, officials say. Tehran has denied supplying drones to Moscow.",
            ("Iran", "Russia"),
        ),
        (
            "Iran has armed the Houthis, the UN says. Belarus denied selling rifles to the Houthis.",
            ("Belarus", "Houthis"),
        ),
    ],
)
def test_a_third_party_denying_its_own_act_is_no_denial_of_the_act_before(text: str, denied: tuple[str, str]) -> None:
    """The one who denies the act under its verb ("Iran denies sending ...") is its doer: the
    denial is of its own act, not of the other state's told before, which stands undenied."""
    analysis = analyze_text(text, lang="en", published="2025-06-12")
    pairs = {(t.supplier.entity.name, t.recipient.entity.name): t for t in analysis.transfers}  # type: ignore[union-attr]
    assert pairs[denied].status == "denied"
    assert pairs[denied].date is None  # the time told of the other act is not the denial's
    [told] = [t for k, t in pairs.items() if k != denied]
    assert told.status == "reported"
    assert not [c for c in analysis.claims if c.stance == "denies" and told.id in (c.target, *told.claims)]


@pytest.mark.parametrize(
    "text",
    [
        "North Korea has sent shells to Russia, Seoul says. Pyongyang denied supplying any munitions to Moscow.",
        "Iran sent drones to Russia, officials said. Tehran denied supplying drones to Moscow.",
    ],
)
def test_the_doer_denying_the_act_told_before_leaves_one_record(text: str) -> None:
    [t] = analyze_text(text, lang="en", published="2025-06-12").transfers
    assert t.status == "reported"


def _denier_names(analysis: object, t: object) -> list[str]:
    claims = {c.id: c for c in analysis.claims}  # type: ignore[attr-defined]
    return [
        claims[c].speaker.entity.name  # type: ignore[union-attr]
        for c in t.claims  # type: ignore[attr-defined]
        if c in claims and claims[c].stance == "denies" and claims[c].speaker and claims[c].speaker.entity
    ]


@pytest.mark.parametrize(
    "office",
    ["イランの国連代表部は", "イラン国連代表部は", "イランの大使館は", "イランの代表団は"],
)
def test_a_states_mission_abroad_denies_for_it(office: str) -> None:
    text = f"欧州の当局者は6日、イランがロシアにミサイルを引き渡したと明らかにした。{office}これを否定した。"
    analysis = analyze_text(text, lang="ja", published="2024-09-06")
    [t] = analysis.transfers
    assert t.status == "reported"
    assert _denier_names(analysis, t) == ["Iran"]


@pytest.mark.parametrize(
    "denial",
    [
        "イラン政府は、ロシアにミサイルを送ったことはないと主張している。",
        "イラン外務省は「ロシアに武器を供与していない」と述べた。",
        "テヘランは、モスクワへのミサイル供与の事実はないと強調した。",
    ],
)
def test_a_party_telling_the_act_never_made_denies_the_assertion(denial: str) -> None:
    """The denial told as the act's own negation (「送ったことはない」) is one claim on the act
    asserted before, made once, and the assertion keeps its status."""
    text = "欧州の当局者は6日、イランがロシアにミサイルを引き渡したと明らかにした。" + denial
    analysis = analyze_text(text, lang="ja", published="2024-09-06")
    [t] = analysis.transfers
    assert t.status == "reported"
    assert _denier_names(analysis, t) == ["Iran"]
