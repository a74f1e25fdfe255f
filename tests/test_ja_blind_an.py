"""Japanese constructions a blind batch in the style of wire and newspaper reports (North Korea and
Iran arming Russia, Sudan's war, a Diet answer) showed mishandled: who says so before an act told as
concluded (「米国務省が昨年9月、イランが…引き渡したと断定し」), the act's own subject hung by the parse on
a verb chained to it by て, after a teller marked by も (「パネルも昨年、UAEがチャドを経由してRSFに武器を
送っていると指摘」), and the weighing of an act said to be no fact (「移転について「検討している事実は
ない」」)."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs

PUB = "2025-03-10"

_pairs = partial(pairs, lang="ja", published=PUB)


# who says so before an act told as concluded (断定, 結論づけ) is no party to it


def test_teller_of_a_concluded_act_is_no_supplier() -> None:
    text = "両国の協力を巡っては、米国務省が昨年9月、イランが弾道ミサイルをロシアに引き渡したと断定し、制裁を科した。"
    assert _pairs(text) == {("Iran", "Russia")}


def test_teller_of_an_act_it_concluded_on_is_no_supplier() -> None:
    text = "この問題を巡っては、英政府が先月、北朝鮮が砲弾をロシアに送ったと結論づけた。"
    assert _pairs(text) == {("North Korea", "Russia")}


# the act's own subject hung on a verb chained to it by て, after a teller marked by も


def test_subject_of_a_chained_transit_verb_gives_after_a_teller_with_mo() -> None:
    text = "国連の専門家パネルも昨年、UAEがチャドを経由してRSFに武器を送っていると指摘していた。"
    assert _pairs(text) == {("United Arab Emirates", "Rapid Support Forces")}


def test_subject_of_a_chained_means_verb_gives_after_a_teller_with_mo() -> None:
    assert _pairs("米政府も、北朝鮮が鉄道を使ってロシアに砲弾を運んだと発表した。") == {("North Korea", "Russia")}


def test_teller_with_mo_alone_still_gives() -> None:
    # (no second subject: the one marked by も is the act's own)
    assert _pairs("ドイツも、ポーランドを経由してウクライナに戦車を送ったと発表した。") == {("Germany", "Ukraine")}


# the weighing of an act said to be no fact is no plan


def test_weighing_said_to_be_no_fact_is_no_plan() -> None:
    text = "防衛相は、ウクライナへの防衛装備品の移転について「現時点で検討している事実はない」と述べた。"
    assert _pairs(text) == set()


def test_weighing_said_to_be_no_fact_politely_is_no_plan() -> None:
    text = "防衛相は、ウクライナへの防衛装備品の移転について検討している事実はありませんと答えた。"
    assert _pairs(text) == set()


def test_weighing_said_plainly_stays_a_plan() -> None:
    text = "防衛相は、ウクライナへの防衛装備品の移転について検討していると述べた。"
    assert _pairs(text) == {("Japan", "Ukraine")}
