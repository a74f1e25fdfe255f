"""An act turned down or said not to be planned is no transfer; one only said to be possible is
a hedge. Each case sits beside the act it must not swallow."""

from __future__ import annotations

import pytest
from tests.parties import checked_transfers, named


def pairs(text: str, lang: str) -> list[tuple[str | None, str | None, str]]:
    ts = checked_transfers(text, lang, "2024-05-20", always=True)
    return [(named(t["supplier"]), named(t["recipient"]), t["status"]) for t in ts]


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo has refused to send lethal weapons to Ukraine.",
        "Berlin declined to supply Taurus cruise missiles to Kyiv.",
        "Washington ruled out sending ATACMS missiles to Ukraine this year.",
        "India has no plans to buy S-500 systems from Russia, its defence minister said.",
        "Seoul rejected calls to deliver 155mm shells to Ukraine.",
    ],
)
def test_an_act_turned_down_is_no_transfer(text: str) -> None:
    assert pairs(text, "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "ドイツ政府は、ウクライナに巡航ミサイルを送ることを拒否した。",
        "日本はウクライナに殺傷兵器を提供することを断った。",
        "スイスは、ドイツが保有する弾薬をウクライナに送ることを拒んだ。",
        "韓国は、ポーランドに戦車を追加で輸出することを見送った。",
    ],
)
def test_a_japanese_act_turned_down_is_no_transfer(text: str) -> None:
    assert pairs(text, "ja") == []


def test_an_act_told_as_done_beside_a_refusal_stays() -> None:
    text = "Seoul refused to send tanks to Ukraine, although it lent 300,000 artillery shells to Poland last year."
    assert [(s, r) for s, r, _ in pairs(text, "en")] == [("South Korea", "Poland")]


def test_a_transfer_said_to_be_possible_is_a_hedge() -> None:
    text = "Analysts warned that Iran could supply ballistic missiles to Russia within months."
    assert pairs(text, "en") == [("Iran", "Russia", "alleged")]


@pytest.mark.parametrize(
    "text",
    [
        "米政府は長距離ミサイルをウクライナに送る考えはないと述べた。",
        "インド国防相は、ロシアからS500を購入する計画はないと明らかにした。",
        "政府は護衛艦をフィリピンに輸出する予定もないとしている。",
    ],
)
def test_a_plan_said_not_to_exist_is_no_transfer(text: str) -> None:
    assert pairs(text, "ja") == []


def test_a_plan_said_to_exist_stays() -> None:
    assert pairs("米国はウクライナにF16戦闘機を供与する計画だ。", "ja") == [("United States", "Ukraine", "planned")]


@pytest.mark.parametrize(
    "text",
    [
        "韓国はポーランドに砲弾を貸与したが、ウクライナに戦車を送る考えはない。",
        "ウクライナに戦車を送る考えはないが、韓国はポーランドに砲弾を貸与した。",
    ],
)
def test_a_plan_said_not_to_exist_keeps_its_parties_from_the_act_beside_it(text: str) -> None:
    assert [(s, r) for s, r, _ in pairs(text, "ja")] == [("South Korea", "Poland")]
