"""Japanese constructions a blind batch of magazine analyses (arms markets in Asia and Africa, Japan's
own transfers, Middle East proxies) showed mishandled: a group quoted with its gloss inside the quote
(「即応支援部隊（RSF）」に), the states a programme covers listed and counted (「…の3カ国が対象となり」),
a rule on what may go to third countries at large, a party's selling habit told as a trait, a
state's exports set as the topic, and 明らかになる (it came out) taken
for a party's own telling."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, records

PUB = "2025-05-20"

_pairs = partial(pairs, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)


# a group quoted with its gloss inside the quote


def test_quoted_group_with_gloss_inside_receives() -> None:
    text = "監視団によると、UAEは準軍事組織「即応支援部隊（RSF）」へ小銃と弾薬を送っていた。"
    assert _pairs(text) == {("United Arab Emirates", "Rapid Support Forces")}


def test_quoted_group_with_gloss_inside_receives_as_subject() -> None:
    text = "武装組織「ヒズボラ（神の党）」がイランから対戦車ミサイルを受け取った。"
    assert _pairs(text) == {("Iran", "Hezbollah")}


# the states a programme covers are its receivers, not the givers of its grants


def test_states_counted_as_covered_are_no_givers() -> None:
    text = (
        "政府は今年度のOSAについて発表した。今年度はモンゴル、スリランカ、ジブチの3カ国が対象となり、"
        "モンゴルに無人機、スリランカとジブチに警備艇を供与することが決まった。"
    )
    got = _pairs(text)
    assert got and all(s not in {"Mongolia", "Sri Lanka", "Djibouti"} for s, _r in got)
    assert {r for _s, r in got} == {"Mongolia", "Sri Lanka", "Djibouti"}


def test_states_counted_as_givers_still_give() -> None:
    text = "英国、オランダ、ノルウェーの3カ国がウクライナに防空システムを供与した。"
    assert _pairs(text) == {("United Kingdom", "Ukraine"), ("Netherlands", "Ukraine"), ("Norway", "Ukraine")}


# a rule on what may go to third countries at large is no act


def test_rule_on_third_countries_takes_no_recipient_from_before() -> None:
    text = (
        "ポーランドには昨年、救難ヘリを送った。"
        "政府は今月、共同開発した戦闘機を第三国に直接輸出できるよう指針を改めると閣議決定した。"
    )
    assert _records(text) == [(None, "Poland", "2024", "reported")]


# a selling habit told as a trait is no act


def test_trait_of_selling_cheaply_is_no_act() -> None:
    text = "ニジェールはトルコから無人機を購入した。ロシアは、旧式の戦闘機を安価に売る点で強みを持つ。"
    assert _pairs(text) == {("Turkey", "Niger")}


def test_trait_known_for_is_no_act() -> None:
    text = "ケニアは米国から攻撃ヘリを購入した。中国は、政治的条件を付けずに装甲車を売ることで知られる。"
    assert _pairs(text) == {("United States", "Kenya")}


def test_past_act_at_issue_still_counts() -> None:
    assert ("China", "Zambia") in _pairs("中国はザンビアに装甲車を売った点で批判を浴びた。")


# a state's exports set as the topic make the state the giver of the act that follows


def test_exports_as_topic_give() -> None:
    text = "トルコの防衛輸出額は過去最高を記録し、ケニアには装甲車を供与した。"
    assert _pairs(text) == {("Turkey", "Kenya")}


def test_exports_as_topic_leave_a_buyer_of_its_own() -> None:
    text = "ロシアの武器輸出は減少しており、アルジェリアは中国から攻撃ヘリを購入した。"
    assert _pairs(text) == {("China", "Algeria")}


# 明らかになる (it came out) is no party's own telling


def test_came_out_is_no_party_telling() -> None:
    text = "韓国は、ポーランドに多連装ロケット砲を追加で引き渡したことが明らかになっている。"
    assert _records(text) == [("South Korea", "Poland", None, "reported")]


def test_party_making_it_known_confirms() -> None:
    text = "韓国はポーランドに多連装ロケット砲を追加で引き渡したことを明らかにした。"
    assert _records(text) == [("South Korea", "Poland", None, "confirmed")]


# a state qualifying the noun a sentence ends on, past a quoted slogan, is what 同国 then means


def test_state_before_quoted_slogan_is_what_doukoku_means() -> None:
    text = (
        "ブラジルも関心を示しているとされる。背景にあるのは、トルコの「防衛産業の自立」という国家目標だ。"
        "同国は昨年、ケニアに装甲車を供与した。"
    )
    assert ("Turkey", "Kenya") in _pairs(text)
    assert ("Brazil", "Kenya") not in _pairs(text)


# surveillance gear named by its use is goods in a list of grants paired with receivers


def test_surveillance_gear_keeps_the_pairs_of_a_grant_list() -> None:
    text = "政府はスリランカに警備艇、モンゴルとジブチに無人機、ネパールに警戒監視用の機材を供与する。"
    assert _pairs(text) == {
        ("Japan", "Sri Lanka"),
        ("Japan", "Mongolia"),
        ("Japan", "Djibouti"),
        ("Japan", "Nepal"),
    }


# the destinations a rule allows are no act, nor is an agreement on know-how


def test_destinations_a_rule_allows_are_no_act() -> None:
    text = "日本はフィリピンに護衛艦を送った。政府は、移転先も装備品・技術移転協定を結んだ12カ国に限った。"
    assert _records(text) == [("Japan", "Philippines", None, "reported")]


def test_states_bound_by_a_past_agreement_are_states_at_large() -> None:
    text = "日本はフィリピンに護衛艦を送った。政府は、装備品・技術移転協定を締結した国に限って移転を認める。"
    assert _records(text) == [("Japan", "Philippines", None, "reported")]
