"""Japanese constructions a blind batch of short items (flashes, headline-plus-lead items, a Q&A
explainer, machine-translated Telegram posts) on Western aid to Ukraine, Russia's arms in Africa and
arms in Latin America showed mishandled: a purchase considered and then dropped
(「導入も検討していたが、最終的に見送った」), the former user of second-hand goods as their seller
(「デンマーク空軍が使ってきたF16」「オランダの中古F16」), the receiver a pledge on an act noun names
(「ウクライナに約束したF16の引き渡しを終えた」), a count said to be the whole lot
(「24機すべての引き渡し」), goods a package also holds whose make names another state
(「パッケージにはこのほか、米国製の地対空ミサイルも含まれる」), and a bare count whose counter fits
goods told before the last ones (「…戦車十数両を送る。…砲弾も含まれる。…最初の6両を送っている」)."""

from __future__ import annotations

from functools import partial

from tests.parties import pair, pairs, records, transfers

PUB = "2025-03-10"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)


# a purchase considered or planned, then dropped


def test_purchase_considered_then_dropped_is_no_transfer() -> None:
    assert _pairs("ペルーは韓国製のK2戦車の導入も検討していたが、最終的に見送った。") == set()


def test_purchase_planned_then_abandoned_is_no_transfer() -> None:
    assert _pairs("ペルーは韓国からK2戦車を購入する計画だったが、予算の不足で断念した。") == set()


def test_plan_still_in_talks_stays_planned() -> None:
    text = "ペルーは韓国からK2戦車を購入する計画だったが、価格をめぐる交渉は難航している。"
    assert _records(text) == [("South Korea", "Peru", None, "planned")]


def test_deed_before_a_dropped_other_act_stays() -> None:
    # (the drop has goods of its own: the tanks sent before it were sent)
    assert _pairs("ロシアは北朝鮮に戦車を送ったが、戦闘機の供与は見送った。") == {("Russia", "North Korea")}


# the former user of second-hand goods sells them


def test_air_force_that_used_the_jets_is_the_seller() -> None:
    text = "チリはオランダ空軍が使ってきたF16戦闘機12機を購入する契約に署名した。"
    assert _pairs(text) == {("Netherlands", "Chile")}


def test_second_hand_goods_of_a_state_come_from_it() -> None:
    assert _pairs("チリはオランダの中古F16を12機購入した。") == {("Netherlands", "Chile")}


def test_goods_an_enemy_used_and_were_captured_are_no_transfer() -> None:
    assert _pairs("ロシア軍はウクライナ軍が使ってきた戦車を鹵獲した。") == set()


# the receiver a pledge on an act noun names


def test_pledge_on_a_handover_noun_names_its_receiver() -> None:
    text = "オランダは5月、ウクライナに約束したF16の引き渡しを完了したと発表した。"
    assert _records(text) == [("Netherlands", "Ukraine", "2024-05", "confirmed")]


def test_pledge_on_a_handover_noun_with_its_verb_of_ending() -> None:
    assert _pairs("オランダは5月、ウクライナに約束したF16の引き渡しを終えた。") == {("Netherlands", "Ukraine")}


# a count said to be the whole lot


def test_whole_count_of_a_handover_counts_the_goods_told_before() -> None:
    text = "ベルギーはウクライナにF16を送る。オランダも5月、約束した24機すべての引き渡しを終えたと発表していた。"
    assert ("Netherlands", "Ukraine", "2024-05", "confirmed") in _records(text)


# goods a package also holds, whose make names another state


def test_package_goods_of_another_make_join_the_package() -> None:
    text = (
        "スペイン国防省は3日、戦車十数両を年内にウクライナに引き渡すと明らかにした。"
        "パッケージにはこのほか、米国製の地対空ミサイルも含まれる。"
    )
    told = [t for t in _run(text) if pair(t) == ("Spain", "Ukraine")]
    assert len(told) == len(_run(text))
    assert "air-defence" in {it.category for t in told for it in t.items}


def test_package_goods_with_a_party_of_their_own_stay_apart() -> None:
    # (a state named as a party, not as a make, is no goods joining the act told before)
    text = "スペインはウクライナに戦車を送る。ポーランドにも地対空ミサイルが含まれる。"
    assert ("Spain", "Poland") not in _pairs(text)


# a bare count whose counter fits goods told before the last ones


def test_bare_counts_of_vehicles_skip_the_shells_told_in_between() -> None:
    text = (
        "スペインは、戦車十数両を年内にウクライナに引き渡すと明らかにした。"
        "パッケージにはこのほか、155ミリ砲弾数千発と、米国製の地対空ミサイルの発射機も含まれる。"
        "スペインは2023年4月に最初の6両を、同年10月に4両をそれぞれ送っている。"
    )
    dated = {r[2] for r in _records(text) if r[:2] == ("Spain", "Ukraine")}
    assert {"2023-04", "2023-10"} <= dated


# a port the goods reach and go on from lies on the way


def test_port_goods_go_on_from_is_no_receiver() -> None:
    text = (
        "オーストラリアはウクライナに戦車を送った。"
        "戦車は海路でポーランドの港に運ばれ、そこから鉄道で国境まで輸送された。"
    )
    assert _pairs(text) == {("Australia", "Ukraine")}


def test_port_goods_are_landed_at_still_ends_a_journey_told_alone() -> None:
    # (a port reached with no onward leg is where the goods went)
    assert _pairs("イランは無人機をロシアの港に運んだ。") == {("Iran", "Russia")}


# a later clause's giver told with も, naming no goods or receiver of its own


def test_giver_told_with_also_gives_the_goods_of_the_act_before() -> None:
    text = "デンマークはウクライナにF16を供与しており、オランダも5月に引き渡しを終えた。"
    assert _records(text) == [
        ("Denmark", "Ukraine", None, "reported"),
        ("Netherlands", "Ukraine", "2024-05", "reported"),
    ]


def test_giver_told_with_also_and_goods_of_its_own_keeps_them() -> None:
    text = "ドイツはウクライナに戦車を送り、ポーランドも戦闘機を送った。"
    assert _pairs(text) == {("Germany", "Ukraine"), ("Poland", "Ukraine")}


def test_receiver_told_with_also_is_no_giver() -> None:
    # (the one told with も receives: it takes no goods as a giver)
    text = "米国はウクライナに砲弾を送っており、ウクライナも5月に受領を終えた。"
    assert ("Ukraine", "Ukraine") not in _pairs(text)


# an act to come announced with ことを


def test_handover_announced_with_koto_is_planned() -> None:
    text = "オーストラリアは昨年10月、49両の戦車をウクライナに譲渡することを発表していた。"
    assert _records(text) == [("Australia", "Ukraine", "2024-10", "planned")]


def test_pledge_announced_with_koto_stays_apart_from_the_delivery() -> None:
    text = (
        "オーストラリア政府が約束した戦車の最初のバッチはすでにウクライナに到着した。"
        "オーストラリアは昨年10月、49両の戦車をウクライナに譲渡することを発表していた。"
    )
    assert sorted(r[3] for r in _records(text)) == ["planned", "reported"]


def test_handover_done_announced_with_koto_is_confirmed() -> None:
    text = "ロシアは北朝鮮に戦闘機を引き渡したことを発表した。"
    assert _records(text) == [("Russia", "North Korea", None, "confirmed")]


# the goods told again by a word for arms as a whole, moving on a dated journey


def test_arms_landed_next_sentence_date_the_convoy() -> None:
    text = (
        "マリに、ロシアから装甲車や大砲などを積んだ車列が到着した。"
        "兵器は1月上旬にギニアの首都コナクリの港で陸揚げされ、トラックでマリの首都バマコまで運ばれたという。"
    )
    assert _records(text) == [("Russia", "Mali", "2025-01", "reported")]


def test_arms_moved_by_another_party_next_sentence_date_nothing() -> None:
    # (a party of its own in the later sentence, 「中国が」, tells another act)
    text = "マリに、ロシアから装甲車などを積んだ車列が到着した。兵器は1月上旬に中国が港から運んだという。"
    assert ("Russia", "Mali", None, "reported") in _records(text)
