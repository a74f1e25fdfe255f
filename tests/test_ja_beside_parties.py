"""Japanese parties named beside another with のほか: the later one also said to receive
(「フィリピンのほか、ベトナムにも巡視船を供与した」) lists both as receivers; an act noun told with も after
them (「ベトナムのほか、インドネシアへの…供与も決めた」) still tells the later one apart."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs

PUB = "2025-03-10"

_pairs = partial(pairs, lang="ja", published=PUB)


def test_receivers_beside_one_another_with_mo_on_the_later() -> None:
    text = "韓国はポーランドのほか、ルーマニアにもK9自走砲を輸出した。"
    assert _pairs(text) == {("South Korea", "Poland"), ("South Korea", "Romania")}


def test_receivers_beside_a_listed_run_with_mo() -> None:
    text = "中国製の無人機「翼竜」は、サウジアラビアのほか、エジプトやナイジェリアなどにも輸出されている。"
    assert _pairs(text) == {("China", "Saudi Arabia"), ("China", "Egypt"), ("China", "Nigeria")}


def test_act_noun_with_mo_still_tells_the_later_apart() -> None:
    text = "日本政府はマレーシアのほか、インドネシアへの巡視船の供与も決めた。"
    assert _pairs(text) == {("Japan", "Indonesia")}
