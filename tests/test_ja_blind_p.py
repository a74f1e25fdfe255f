"""Japanese constructions a blind batch of wire, analysis and headline pieces on the Middle East,
Africa and Asia showed missed: a headline's act noun before the blank that sets off its source
(「…供与　米紙報道」), a qualifying word the parser takes for a verb before the act's noun
(「追加引き渡し」), a force or junta named bare after it was named whole (「スーダン国軍…国軍に」,
「ミャンマー軍政…軍事政権は」), 同国 after 「Xについて、」, a state's rulers as the destination
(「同国の軍事政権に」) and broadcast copy's polite 「…と伝えましたが、…否定」."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import name as _name
from tests.parties import one, pairs, transfers

PUB = "2025-03-10"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_one = partial(one, lang="ja", published=PUB)


@pytest.mark.parametrize(
    ("text", "supplier", "recipient", "item"),
    [
        ("トルコ、ソマリアに無人機供与　地元紙報道", "Turkey", "Somalia", "無人機"),
        ("北朝鮮、ロシアに砲弾供与　韓国紙報道", "North Korea", "Russia", "砲弾"),
        # (「追加」 taken for a verb qualifying the act's noun)
        ("中国、パキスタンに戦闘機6機を追加引き渡し　国営紙報道", "China", "Pakistan", "戦闘機"),
    ],
)
def test_headline_act_before_its_source_tag(text: str, supplier: str, recipient: str, item: str) -> None:
    t = _one(text, supplier, recipient)
    assert item in [i.text for i in t.items]
    assert t.status == "reported"


@pytest.mark.parametrize(
    ("text", "supplier"),
    [
        (
            "スーダン国軍とRSFの戦闘が続いている。RSFはUAEから武器を受け取ったとされる。"
            "一方の国軍側は、イランから無人機を受け取ったとされる。",
            "Iran",
        ),
        (
            "スーダン国軍とRSFの戦闘が続いている。RSFはUAEから武器を受け取ったとされる。ロシアは国軍に戦闘ヘリを供与した。",
            "Russia",
        ),
    ],
)
def test_bare_national_army_after_its_full_name(text: str, supplier: str) -> None:
    pairs = _pairs(text)
    assert (supplier, "Sudan") in pairs
    assert (supplier, "Rapid Support Forces") not in pairs


def test_bare_junta_after_the_other_word_for_it() -> None:
    text = "ニジェール軍政は昨年、ロシアから防空システムを受け取った。軍事政権は今年、トルコからも無人機を購入した。"
    t = _one(text, "Turkey", "Niger")
    assert t.date == "2025"


def test_same_state_after_the_state_a_sentence_speaks_of() -> None:
    text = (
        "ロシアはマリ軍に輸送ヘリコプターを引き渡している。"
        "一方、隣国のニジェールについて、英紙は、ロシアが対空砲を同国の軍事政権に供与する準備を進めていると伝えた。"
    )
    t = _one(text, "Russia", "Niger")
    assert t.status == "planned"
    assert "対空砲" in [i.text for i in t.items]


def test_polite_report_then_denial_keeps_the_report() -> None:
    text = (
        "米紙は先週、イランがスーダン国軍に無人機を供与したと伝えましたが、"
        "イラン外務省は「事実無根だ」として否定しています。"
    )
    t = _one(text, "Iran", "Sudan")
    assert t.status == "reported"


@pytest.mark.parametrize(
    "text",
    [
        "韓国の防衛事業庁によると、国産戦闘機の量産1号機は来年、韓国空軍に引き渡される予定だ。",
        "インド国防省によると、国産戦車の初号車が来月、インド陸軍に納入される。",
        "同庁によると、量産型は2028年にトルコ空軍に引き渡される予定で、エンジンも国産品に切り替える方針だという。",
    ],
)
def test_home_made_goods_for_the_states_own_force_are_no_transfer(text: str) -> None:
    assert _run(text) == []


def test_home_made_goods_given_to_another_state_are_a_transfer() -> None:
    text = "トルコは昨年、ウクライナに無人機を送った。同国は国産の装甲車もウクライナ軍に供与した。"
    assert ("Turkey", "Ukraine") in _pairs(text)


def test_day_before_the_day_told() -> None:
    text = "韓国国防省は3日、ポーランドにK2戦車の第2陣が前日に到着したと明らかにした。"
    t = _one(text, "South Korea", "Poland")
    assert t.date == "2025-03-02"
    assert t.status == "confirmed"


def test_history_of_the_goods_in_a_relative_clause_does_not_date_the_act() -> None:
    text = "米国防総省は10日、昨年から議会が止めていたF16戦闘機の部品をトルコに売却すると発表した。"
    t = _one(text, "United States", "Turkey")
    assert t.status == "planned"
    assert t.date == "2025-03-10"


def test_plan_keeps_its_announced_day_over_the_arrival_told_next() -> None:
    text = (
        "米国務省は4日、誘導爆弾約3000発のイスラエルへの売却を承認したと発表した。"
        "米メディアによると、このうち一部はすでに先週、イスラエルに到着している。"
    )
    plans = [t for t in _run(text) if t.status == "planned"]
    assert [(_name(t.supplier), _name(t.recipient), t.date) for t in plans] == [
        ("United States", "Israel", "2025-03-04")
    ]


def test_delivery_told_after_the_deal_of_the_same_sentence() -> None:
    text = "ベトナムは2023年にインドと巡航ミサイルの購入契約を結び、昨年秋に最初の引き渡しが行われた。"
    got = sorted(
        (t.status, t.date) for t in _run(text) if (_name(t.supplier), _name(t.recipient)) == ("India", "Vietnam")
    )
    assert got == [("planned", "2023"), ("reported", "2024")]
