"""What a clause says stays in its clause: a source named only after 「…しており、」 speaks of the
later clause (the act before it is the outlet's report), and the payment for goods dated in the
sentence before is not of that date."""

from __future__ import annotations

from tests.parties import only

from materiel.pipeline import analyze_text


def _one(text: str) -> tuple[str, str | None]:
    t = only(text, "ja", "2026-11-20")
    return t.status, t.date


def test_a_source_of_the_later_clause_does_not_hedge_the_act() -> None:
    text = "北朝鮮は2023年8月以降、ロシアに砲弾を大量に供給しており、国家情報院は総数が1千万発を超えるとの見方を示す。"
    assert _one(text) == ("reported", "2023-08")


def test_a_source_telling_the_act_hedges_it() -> None:
    text = "韓国の国家情報院は、北朝鮮が2023年8月以降、ロシアに砲弾を大量に供給しているとの見方を示している。"
    assert _one(text)[0] == "alleged"


def test_the_way_back_takes_no_date_of_the_goods() -> None:
    text = (
        "北朝鮮は2023年8月以降、ロシアに砲弾を供給した。ロシアは見返りとして、北朝鮮に防空システムを提供したとされる。"
    )
    dates = {
        (t.supplier.entity.name, t.date)  # type: ignore[union-attr]
        for t in analyze_text(text, lang="ja", published="2026-11-20").transfers
    }
    assert dates == {("North Korea", "2023-08"), ("Russia", None)}


def test_a_hedge_on_a_later_verb_of_its_own_leaves_the_act_told() -> None:
    text = "Russia has received Iranian missiles and will likely use them within weeks, officials said."
    [t] = analyze_text(text, lang="en", published="2026-11-20").transfers
    assert t.status == "reported"


def test_a_hedge_before_the_first_of_two_verbs_hedges_both() -> None:
    text = "Iran probably trained Russian crews and sent drones to Russia."
    [t] = analyze_text(text, lang="en", published="2026-11-20").transfers
    assert t.status == "alleged"


def test_almost_certainly_hedges() -> None:
    text = "Amnesty said the weapons had almost certainly been supplied by the UAE to the RSF."
    [t] = analyze_text(text, lang="en", published="2026-11-20").transfers
    assert t.status == "alleged"
