"""Japanese gaps found on our own sentences (round 14): goods loaded by a craft at a port it
reached come from that port's state and go to the craft's (「ロシアの軍艦が北朝鮮の港に到着し、弾薬を
積み込んだ」), an act in the clause a question closes is asked about, no report
(「ドイツはウクライナにどんな兵器を送ったのか。」), and a state spoken of before an act with no party
of its own acts (「英国については、長距離ミサイルの供与を決めた」)."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs

PUB = "2025-03-10"

_pairs = partial(pairs, lang="ja", published=PUB)


# goods loaded at a port the craft reached


def test_warship_loading_at_a_port_it_reached_takes_goods_home() -> None:
    assert _pairs("ロシアの軍艦が北朝鮮の港に到着し、弾薬を積み込んだ。") == {("North Korea", "Russia")}


def test_cargo_ship_entering_a_port_to_load_takes_goods_home() -> None:
    text = "北朝鮮の貨物船がロシアの港に入港し、砲弾を積み込んだ後、北朝鮮へ向かった。"
    assert _pairs(text) == {("Russia", "North Korea")}


def test_ship_calling_at_a_port_to_load_takes_goods_home() -> None:
    text = "ロシアの貨物船が北朝鮮の港に寄港して、ミサイルを積み込んだ。"
    assert _pairs(text) == {("North Korea", "Russia")}


def test_ship_unloading_at_a_port_it_reached_is_no_loading() -> None:
    assert _pairs("ロシアの輸送船が北朝鮮の港に到着し、燃料を降ろした。") == set()


def test_ship_reaching_a_port_with_goods_loaded_elsewhere_keeps_its_ends() -> None:
    text = "ロシアの貨物船が北朝鮮の港で砲弾を積み込み、ロシアに向かった。"
    assert _pairs(text) == {("North Korea", "Russia")}


# a question is no report


def test_question_closed_by_noka_is_no_report() -> None:
    assert _pairs("ドイツはウクライナにどんな兵器を送ったのか。") == set()


def test_question_with_a_mark_is_no_report() -> None:
    assert _pairs("ドイツはウクライナにどんな兵器を送ったのか？") == set()


def test_polite_question_is_no_report() -> None:
    assert _pairs("北朝鮮はなぜロシアに砲弾を供与するのでしょうか。") == set()


def test_act_told_before_the_asked_clause_is_a_report() -> None:
    text = "ドイツはウクライナに戦車を送ったが、なぜ戦闘機は送らないのか。"
    assert _pairs(text) == {("Germany", "Ukraine")}


def test_answer_after_a_question_is_a_report() -> None:
    text = "ドイツはウクライナにどんな兵器を送ったのか。ドイツは戦車や自走砲を送ってきた。"
    assert _pairs(text) == {("Germany", "Ukraine")}


def test_hedged_report_ending_in_ka_is_no_question() -> None:
    text = "北朝鮮がロシアに砲弾を送ったのではないかとみられている。"
    assert _pairs(text) == {("North Korea", "Russia")}


# a state spoken of (については) before an act with no party of its own is who acts


def test_state_spoken_of_before_a_bare_act_is_its_giver() -> None:
    text = "ドイツはウクライナに戦車を供与した。英国については、長距離ミサイルの供与を決めた。"
    assert _pairs(text) == {("Germany", "Ukraine"), ("United Kingdom", "Ukraine")}


def test_state_spoken_of_with_ni_kanshite_is_its_giver() -> None:
    text = "米国はイスラエルに弾薬を送った。フランスに関しては、砲弾の追加供与を決めた。"
    assert _pairs(text) == {("United States", "Israel"), ("France", "Israel")}


def test_state_spoken_of_before_an_act_with_a_giver_is_the_receiver() -> None:
    text = "ウクライナについては、ドイツが防空システムを供与した。"
    assert _pairs(text) == {("Germany", "Ukraine")}
