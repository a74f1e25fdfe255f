"""Japanese constructions a blind batch in the style of foreign outlets machine-translated into
Japanese (Ukrainian, Iranian, Arab, Turkish, Israeli, Chinese and Russian wires) showed mishandled:
a foreign speaker's 「わが国」 inside a quote, which is the speaker's state and not Japan
(「中立を保つトルコだが、国防省の報道官は「わが国はロシアに…売ったことはない」」), an act whose
decision is the condition of a warning (「ドイツがもし…引き渡すことを決めたならば」), a sentence
opened by 「これとは別に」 that takes no party from the one before, a parts word written on to its
weapon that is one item of a list (「弾薬とドローン部品」), a port the tagger takes for a state
(「カラチに向けて出航した」), the speakers' states joined by と taken for a deal partner
(「アメリカとヨーロッパの当局者は、イランが…をロシアに送った」), the state a seized craft set out from
told in the next sentence (「船はイランのバンダルアッバスを出港していた」), 両政府 as the two states
before, and the placeholder XNUMX breaking the parse of its clause (「当局者XNUMX人は」)."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, transfers

PUB = "2025-06-13"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)


# わが国 in a foreign speaker's quote


def test_our_country_in_a_foreign_spokesman_quote_is_his_state() -> None:
    text = "中立を掲げるトルコだが、国防省の報道官は「わが国はロシアに無人機を売ったことは一度もない」と述べた。"
    assert _pairs(text) == {("Turkey", "Russia")}
    assert _run(text)[0].status == "denied"


def test_our_country_in_a_quote_follows_the_topic_state_not_the_seller() -> None:
    text = "セルビアは中国から防空システムを調達し、大統領は「わが国はロシアには武器を売らない」と語った。"
    assert ("Japan", "Russia") not in _pairs(text)


def test_our_country_of_a_japanese_minister_stays_japan() -> None:
    # (no foreign state is the sentence's topic: the Japanese press's own わが国)
    text = "防衛相は記者会見で「わが国はフィリピンに護衛艦を輸出する」と述べた。"
    assert ("Japan", "Philippines") in _pairs(text)


# an act whose decision is a condition


def test_decision_to_deliver_as_a_condition_is_no_transfer() -> None:
    text = "報道官は、ドイツがもし巡航ミサイルをウクライナに引き渡すことを決めたならば、戦争の当事者になると警告した。"
    assert _pairs(text) == set()


def test_taking_the_step_to_supply_as_a_condition_is_no_transfer() -> None:
    # (the step itself as the condition, 「供与に踏み切れば」, was already read so)
    assert _pairs("米国が長射程ミサイルの供与に踏み切れば、関係は悪化するとロシアは警告した。") == set()


def test_decision_to_deliver_told_as_done_stays_a_plan() -> None:
    text = "ドイツは戦車をウクライナに引き渡すことを決めたが、時期は未定だ。"
    assert _pairs(text) == {("Germany", "Ukraine")}


# 「これとは別に」: a matter told apart


def test_matter_told_apart_takes_no_supplier_from_the_sentence_before() -> None:
    text = (
        "専門家パネルは、中国企業が製造したエンジンがフーシ派に渡ったとみられると指摘した。"
        "これとは別に、沿岸警備隊は先月、フーシ派向けとみられる弾薬を積んだ船を拿捕したと発表した。"
    )
    suppliers = [t.supplier.entity.name if t.supplier and t.supplier.entity else None for t in _run(text)]
    assert suppliers == ["China", None]


# a parts word written on to its weapon


def test_goods_listed_before_glued_parts_are_their_own_item() -> None:
    (t,) = _run("イランは弾薬とドローン部品をフーシ派に送った。")
    assert sorted(it.category for it in t.items) == ["ammunition", "components"]


def test_parts_of_two_weapons_sharing_no_stay_one_item() -> None:
    (t,) = _run("イランは弾道ミサイルや巡航ミサイルの部品をフーシ派に送った。")
    assert [it.category for it in t.items] == ["components"]


# a port the tagger takes for a state


def test_port_sailed_for_is_no_recipient() -> None:
    text = "パキスタン海軍のために建造されたコルベットが、9月の引渡し式を経てカラチに向けて出航した。"
    assert {pair[1] for pair in _pairs(text)} == {"Pakistan"}


# a speaker's states joined by と are no side of the act told


def test_states_of_joined_speakers_are_no_deal_partner() -> None:
    text = "アメリカとヨーロッパの当局者は、イランが「シャヘド136」をロシアに送ったと述べた。"
    assert _pairs(text) == {("Iran", "Russia")}


def test_partner_a_deal_is_made_with_still_receives() -> None:
    assert _pairs("ポーランドは韓国とK2戦車の購入契約を結んだ。") == {("South Korea", "Poland")}


# the state a seized craft set out from, told in the next sentence


def test_port_a_seized_craft_left_names_the_giver() -> None:
    text = (
        "沿岸警備隊は先月下旬、フーシ派向けとみられる弾薬を載せたダウ船を拿捕したと発表した。"
        "当局者は、船はイランのバンダルアッバスを出港していたと語った。"
    )
    assert _pairs(text) == {("Iran", "Houthis")}


def test_craft_sailing_with_no_state_names_no_giver() -> None:
    text = (
        "沿岸警備隊は先月下旬、フーシ派向けとみられる弾薬を載せたダウ船を拿捕したと発表した。"
        "当局者は、船は夜間に出港していたと語った。"
    )
    assert _pairs(text) == {(None, "Houthis")}


# 両政府: the two states of the sentence before


def test_both_governments_signing_date_the_purchase_told_before() -> None:
    # (as 両国 does: the two states of the sentence before sign the deal, and its day dates the act)
    text = "ドイツはイスラエルから迎撃システムを購入した。両政府は2023年9月に購入の契約に署名していた。"
    assert [(t.date, *(p.entity.name for p in (t.supplier, t.recipient) if p and p.entity)) for t in _run(text)] == [
        ("2023-09", "Israel", "Germany")
    ]


# XNUMX, machine translation's placeholder for a number


def test_placeholder_count_of_speakers_keeps_them_the_source() -> None:
    # (read as a noun, XNUMX broke the clause and the subject of the act became the speaker)
    text = "アメリカとヨーロッパの当局者XNUMX人は、イランが弾道ミサイル「Fath-360」XNUMX発をロシアに送ったと述べた。"
    (t,) = _run(text)
    assert (t.supplier.entity.name, t.recipient.entity.name, t.status) == ("Iran", "Russia", "reported")  # type: ignore[union-attr]
