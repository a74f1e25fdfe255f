"""Japanese constructions a blind batch of wire reports (Kyodo and Jiji with their datelines, domestic
follow-ups and explainers) showed mishandled: a purchase a party only might weigh
(「導入を検討する可能性もある」), know-how told as related to goods (「潜水艦の関連技術」), a nominal
act decided with its taker elided (「トルコからは…12機の購入も決めている」), firms counted after their
kind (「中国の商社2社は」), a state's firm addressed with に対し (「ロシアの無人機メーカーに対し」), an act
said never to come (「ウクライナに渡ることはない」), an act another is likened to (「武器供与に等しい」),
destinations at large told by a class (「協力関係にある国に対し」), Japan's own bare 国家安全保障会議 (even
after a headline naming another state), and a second speaker's day told with も."""

from __future__ import annotations

from functools import partial

from tests.parties import pair, pairs, records, transfers, via

PUB = "2025-06-20"

_pairs = partial(pairs, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)
_run = partial(transfers, lang="ja", published=PUB)


# an act a party only might weigh


def test_purchase_only_might_be_weighed_is_no_transfer() -> None:
    text = "ベトナム空軍は老朽機の更新を急いでおり、韓国製戦闘機FA50の購入を検討する可能性もあるとの見方が出ている。"
    assert _pairs(text) == set()


def test_purchase_weighed_now_stays_a_plan() -> None:
    text = "ベトナム空軍は、韓国製戦闘機FA50の購入を検討している。"
    assert ("South Korea", "Vietnam") in _pairs(text)


# know-how related to goods


def test_related_technology_of_a_submarine_is_no_goods() -> None:
    text = "米政府高官は、中国がパキスタンに潜水艦の関連技術を提供したとみられると述べた。"
    assert _pairs(text) == set()


def test_related_technology_beside_goods_keeps_the_goods() -> None:
    text = "米政府高官は、中国がパキスタンに潜水艦関連技術と防空システムを提供したとみられると述べた。"
    (t,) = _run(text)
    assert [i.category for i in t.items] == ["air-defence"]


# a nominal act decided, its taker the topic of the sentence before


def test_purchase_decided_by_its_noun_takes_the_topic_before() -> None:
    text = "フィリピンは海軍の近代化を進めている。韓国からは2021年、コルベット2隻の購入も決めている。"
    assert ("South Korea", "Philippines", "2021", "planned") in _records(text)


def test_giving_decided_by_its_noun_takes_the_topic_before() -> None:
    text = "オランダは当初、慎重な姿勢だった。2月にはウクライナへの戦車18両の供与を決めた。"
    assert ("Netherlands", "Ukraine") in _pairs(text)


# firms counted after their kind


def test_traders_counted_after_their_kind_are_of_their_state() -> None:
    text = "財務省によると、インドの商社3社は、ロシアに電子部品を輸出していた。"
    assert _pairs(text) == {("India", "Russia")}


def test_counted_traders_reselling_goes_between() -> None:
    text = "カザフスタンの貿易会社2社は、米国製の半導体を仕入れてロシアに転売していたとされる。"
    (t,) = _run(text)
    assert pair(t) == ("United States", "Russia")
    assert via(t) == {"Kazakhstan"}


# a state's firm addressed with に対し


def test_state_firm_addressed_with_ni_taishi_receives() -> None:
    text = "トルコの企業1社は、ロシアのミサイルメーカーに対し、誘導装置に使う電子部品を輸出していた。"
    assert _pairs(text) == {("Turkey", "Russia")}


def test_state_firm_addressed_by_a_sanction_receives_nothing() -> None:
    text = "米政府は、ロシアのミサイルメーカーに対し、新たな制裁を科した。"
    assert _pairs(text) == set()


# an act said never to come; an act another is likened to


def test_goods_said_never_to_reach_a_state_are_no_transfer() -> None:
    text = "政府は、米国に輸出するミサイルがイスラエルに渡ることはないと説明している。"
    assert ("Japan", "Israel") not in _pairs(text) and (None, "Israel") not in _pairs(text)


def test_giving_that_never_happened_stays_a_denial() -> None:
    text = "韓国政府は、ウクライナに砲弾を供与したことはないと述べた。"
    assert ("South Korea", "Ukraine", None, "denied") in _records(text)


def test_act_another_is_likened_to_is_no_transfer() -> None:
    text = "中国外務省の報道官は、日本の決定について「台湾への事実上の武器売却に等しい」と批判した。"
    assert _pairs(text) == set()


# destinations at large, told by a class of states


def test_export_to_states_of_a_class_is_a_policy() -> None:
    text = "政府は、防衛協定を結んでいる国に対し、護衛艦などの輸出も認める方向で検討を続ける。"
    assert _pairs(text) == set()


def test_export_to_the_licensor_state_at_large_is_a_policy() -> None:
    text = "政府は22日、ライセンス元の国への輸出を全面的に解禁した。"
    assert _pairs(text) == set()


def test_export_to_a_named_state_allowed_stays_a_plan() -> None:
    text = "政府は、オーストラリアに対し、護衛艦の輸出を認める方針だ。"
    assert ("Japan", "Australia") in _pairs(text)


# Japan's own National Security Council, and a headline over the plan the body tells


def test_bare_national_security_council_is_japans_after_a_headline() -> None:
    text = (
        "護衛艦、豪州へ輸出　改良型もがみ\n\n"
        "国家安全保障会議（NSC）は5日、改良型の「もがみ」型護衛艦をオーストラリアに輸出することを決めた。"
    )
    assert ("Japan", "Australia", "2025-06-05", "planned") in _records(text)


def test_us_national_security_council_stays_american() -> None:
    text = "米国家安全保障会議（NSC）の報道官は、北朝鮮がロシアに砲弾を引き渡したと述べた。"
    assert _pairs(text) == {("North Korea", "Russia")}


# a second speaker's day told with も dates the telling


def test_second_speakers_day_with_mo_dates_the_telling_only() -> None:
    text = "米中央軍も14日、SNSで押収を歓迎し、「イランがフーシ派に武器を供給し続けている証拠だ」と非難した。"
    assert ("Iran", "Houthis", "2025-06", "alleged") in _records(text)
