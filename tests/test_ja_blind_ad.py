"""Japanese constructions a blind batch of analysis pieces (North Korean and Iranian arms for Russia,
re-exports through front companies, Sudan's war, Houthi smuggling, Japan's transfers to the
Philippines, pledges to Ukraine) showed mishandled: a bare 国軍 in a story set in a state's civil
war (「スーダンの内戦で」), a report closed by 「と報告した」, who uses the goods named in a clause on
them (「RSFが使った中国製の…」), a pair word after two states (「日本とフィリピン両政府は」), a
research body or NGO as the topic that tells (「アムネスティ・インターナショナルは」), a topicalized
from-to pair (「ロシアからイランへは、」), know-how named by its field (「ミサイル分野の技術支援」), a
range of counts (「100～150機」), a teller after the quote with the day it spoke (「…と米国防総省が18日
発表した」), an officer of the receiving forces (「イラン軍の幹部は」), a seized cargo told as sent from one party
to another in the next sentence, and a lead's summary merged with the sourced claim under it."""

from __future__ import annotations

from functools import partial

from tests.parties import one, pairs, transfers, via

PUB = "2026-06-12"

_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_one = partial(one, lang="ja", published=PUB)


# 国軍 in a story set in a state's civil war


def test_bare_national_army_in_a_civil_war_story_is_that_state() -> None:
    text = (
        "エチオピアの内戦で、国軍は北部の反政府勢力への空爆を強めている。"
        "国軍は昨年、アラブ首長国連邦から無人機「翼竜2」を少なくとも3機受け取ったと、外交筋が明らかにした。"
    )
    t = _one(text, "United Arab Emirates", "Ethiopia")
    assert t.date == "2025" and t.status == "reported"
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 3


def test_bare_national_army_after_a_headline_civil_war() -> None:
    text = "ミャンマー内戦、国軍に中国製の戦闘機\n\n中国は今年3月、国軍に戦闘機「FTC2000G」2機を引き渡した。"
    assert ("China", "Myanmar") in _pairs(text)


# a report closed by 「と報告した」: the topic tells it, no giver


def test_topic_closing_with_reported_speaks_and_does_not_give() -> None:
    t = _one("国連専門家パネルは、中国製の迫撃砲がRSFに渡ったと報告した。", "China", "Rapid Support Forces")
    assert t.status == "reported"
    t = _one(
        "国連の専門家パネルは、ロシア製の対戦車ミサイルがマリの武装勢力の手に渡っていたと報告している。",
        "Russia",
        "Mali",
    )
    assert t.status == "reported"


# who uses the goods, named in a clause on them


def test_user_of_the_goods_in_a_clause_on_them_is_no_giver() -> None:
    text = "調査団体は、RSFが使った中国製の迫撃砲が、チャドを経由してRSFに渡ったとの見方を示した。"
    t = _one(text, "China", "Rapid Support Forces")
    assert t.status == "alleged" and via(t) == {"Chad"}
    t = _one("ハマスが使った中国製の迫撃砲がRSFに渡った。", "China", "Rapid Support Forces")
    assert t.items[0].text == "迫撃砲"


def test_user_clause_on_goods_that_came_to_the_user() -> None:
    t = _one("RSFが使っている中国製の迫撃砲は、チャド経由でRSFに届いた。", "China", "Rapid Support Forces")
    assert via(t) == {"Chad"}


# 「日本とフィリピン両政府は」: the pair word names no third party


def test_pair_word_after_two_states_names_no_party() -> None:
    text = (
        "日本とオーストラリア両政府は5日、海上自衛隊の「もがみ」型護衛艦11隻を"
        "オーストラリア海軍に売却する契約に署名した。"
    )
    t = _one(text, "Japan", "Australia")
    assert t.status == "planned" and t.date == "2026-06-05"
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 11


def test_pair_word_after_fused_state_abbreviations() -> None:
    text = "日比両政府は20日、航空自衛隊の警戒管制レーダー2基をフィリピン空軍に移転することで合意した。"
    assert _pairs(text) == {("Japan", "Philippines")}


# a research body or NGO as the topic tells; the act's subject after it does not speak


def test_ngo_topic_tells_not_the_user_named_after_it() -> None:
    text = (
        "ヒューマン・ライツ・ウォッチは3日、フーシ派がイラン製の対艦ミサイルを使用していることを確認し、"
        "これらはオマーン経由で密輸されたものだと報告した。"
    )
    t = _one(text, "Iran", "Houthis")
    assert t.status == "reported" and via(t) == {"Oman"}


# a teller named after the quote, with the day it spoke before the verb


def test_teller_after_the_quote_with_its_day_is_no_party() -> None:
    assert _pairs("イランはロシアから戦闘機を購入したと米国防総省が18日発表した。") == {("Russia", "Iran")}
    t = _one("ミャンマー国軍は中国から無人機の部品を購入していたと米国務省が先月指摘した。", "China", "Myanmar")
    assert t.status == "reported"
    t = _one("北朝鮮がロシアに砲弾を送ったと韓国軍が今月分析した。", "North Korea", "Russia")
    assert t.status == "alleged"


# 「イラン軍の幹部は」: an officer of the state's forces speaks for the state


def test_officer_of_the_receiving_forces_confirms_receipt() -> None:
    t = _one("ポーランド軍の幹部は、韓国からK2戦車10両を受け取ったと語った。", "South Korea", "Poland")
    assert t.status == "confirmed"
    text = "イラン軍の幹部は今年1月、ロシア製戦闘機「スホイ35」の最初の2機を受け取ったと国営メディアに語った。"
    t = _one(text, "Russia", "Iran")
    assert t.date == "2026-01" and t.status == "confirmed"


# 「XからYへは、」: a from-to pair set as the topic


def test_topicalized_from_to_pair_gives_both_parties() -> None:
    t = _one("一方、ロシアからベラルーシへは、見返りとして戦闘機の引き渡しが進んでいる。", "Russia", "Belarus")
    assert t.items[0].text == "戦闘機"
    assert _pairs("ロシアからベラルーシへは、戦闘機の引き渡しが進んでいる。") == {("Russia", "Belarus")}


# know-how named by its field, goods named as what a payment is for


def test_field_of_know_how_and_goods_paid_for_are_no_goods() -> None:
    assert _run("北朝鮮はロシアから宇宙・ミサイル分野の技術支援を受けているとされる。") == []
    assert _run("北朝鮮は兵器の対価として、ロシアから原油や食料を受け取っている。") == []


# a range of counts


def test_range_of_counts_gives_its_two_ends() -> None:
    t = _one("スウェーデンはウクライナに戦闘機「グリペンE」100～150機を売却する意向書に署名した。", "Sweden", "Ukraine")
    q = t.items[0].quantity
    assert q is not None and q.value is None and (q.min, q.max) == (100, 150)
    t = _one("フランスは来年、ウクライナに「ミラージュ2000」2〜3機を追加で送る方針だ。", "France", "Ukraine")
    q = t.items[0].quantity
    assert q is not None and (q.min, q.max) == (2, 3)


# a seizure, then its cargo told as sent from one party to another


def test_cargo_sent_from_a_named_giver_takes_the_seized_goods() -> None:
    text = (
        "米海軍は先週、紅海で小型船を拿捕し、対艦ミサイルの部品や小銃数百丁を押収したと発表した。"
        "海軍は、積み荷はイランからフーシ派に送られる途中だったとみている。"
    )
    t = _one(text, "Iran", "Houthis")
    assert t.status == "alleged" and t.date == "2026-06"
    assert {it.text for it in t.items} == {"対艦ミサイルの部品", "小銃"}
    text = (
        "フランス海軍は今月上旬、アラビア海で漁船を臨検し、対戦車ミサイル20発を押収した。"
        "積み荷はイランからフーシ派に向かう途中だったとみられる。"
    )
    t = _one(text, "Iran", "Houthis")
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 20


# a lead's summary, told by no one, merged with the sourced claim under it


def test_lead_summary_takes_the_certainty_of_the_sourced_claim() -> None:
    text = (
        "北朝鮮、ロシアに兵器供与　自走砲も\n\n"
        "北朝鮮によるロシアへの兵器供与が続いている。"
        "韓国軍の合同参謀本部は、北朝鮮が先月、ロシアに自走砲約50門を送ったと分析した。"
    )
    ts = [t for t in _run(text) if (t.supplier and t.supplier.entity and t.supplier.entity.name) == "North Korea"]
    guns = [t for t in ts if any(it.text == "自走砲" for it in t.items)]
    assert guns and all(t.status == "alleged" for t in guns)
