"""Common Japanese constructions that gave no transfer or the wrong one: loose rockets as the goods of
a giving verb (「ヒズボラにロケットを送っている」), arms bound for a party seized with no sender told
(「米軍はフーシ派向けの兵器を押収した」), two acts with different recipients joined by 一方 (the first
recipient no go-between), the party named as where the goods came from (「…部品の出所は中国だった」),
ships built for a foreign buyer (「パキスタン海軍のために潜水艦8隻を建造中だ」), and a detail kept back
after a deed (「…を引き渡した、その詳細は明らかにされていない」), which leaves the deed reported."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, records, transfers

PUB = "2025-03-10"

_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)


# loose rockets handed over are goods (ammunition); launched, they are fire


def test_rockets_sent_through_a_state() -> None:
    (t,) = _run("イランはシリアを経由してヒズボラにロケットを送っている。")
    assert (t.supplier.entity.name, t.recipient.entity.name) == ("Iran", "Hezbollah")  # type: ignore[union-attr]
    assert [it.category for it in t.items] == ["ammunition"]


def test_rockets_supplied() -> None:
    assert _pairs("北朝鮮は昨年、ロシアに大量のロケットを供与した。") == {("North Korea", "Russia")}


def test_rockets_smuggled_to_a_group() -> None:
    assert _pairs("イランはハマスにロケットを密輸していたとされる。") == {("Iran", "Hamas")}


def test_rockets_fired_are_no_transfer() -> None:
    assert _pairs("ハマスはイスラエルにロケットを発射した。") == set()
    assert _pairs("ヒズボラはイスラエル北部にロケットを撃ち込んだ。") == set()


def test_rocket_launched_into_space_is_no_transfer() -> None:
    assert _pairs("北朝鮮は日本海に向けてロケットを打ち上げた。") == set()


# two acts with their own recipients, joined by 一方 / が / し


def test_two_acts_joined_by_ippo() -> None:
    text = "イランはフーシ派に無人機を供与する一方、ヒズボラにはロケットを送った。"
    assert _pairs(text) == {("Iran", "Houthis"), ("Iran", "Hezbollah")}


def test_two_acts_joined_by_shi() -> None:
    text = "北朝鮮はロシアに砲弾を送り、シリアにはロケットを供与した。"
    assert _pairs(text) == {("North Korea", "Russia"), ("North Korea", "Syria")}


def test_two_acts_joined_by_ga() -> None:
    text = "イランはロシアに無人機を売却したが、フーシ派にはロケットを密輸した。"
    assert _pairs(text) == {("Iran", "Russia"), ("Iran", "Houthis")}


# arms bound for a party, seized: an alleged transfer, its sender unknown where none is told


def test_seized_arms_bound_for_a_group() -> None:
    assert _records("米軍はフーシ派向けの兵器を押収した。") == [(None, "Houthis", None, "alleged")]


def test_seized_ship_laden_with_arms_for_a_group() -> None:
    assert _records("米海軍はフーシ派向けの武器を積んだ船を拿捕した。") == [(None, "Houthis", None, "alleged")]


def test_arms_for_a_group_seized_in_the_passive() -> None:
    assert _pairs("ヒズボラ宛ての武器がシリア国境で押収された。") == {(None, "Hezbollah")}


def test_seized_arms_of_a_named_make_keep_their_maker() -> None:
    assert _pairs("米軍はフーシ派向けのイラン製兵器を押収した。") == {("Iran", "Houthis")}


def test_arms_seized_with_no_destination_are_no_transfer() -> None:
    assert _pairs("警察は武器を押収した。") == set()


def test_arms_for_a_state_not_seized_are_no_transfer() -> None:
    assert _pairs("米国はウクライナ向けの兵器の生産を増やしている。") == set()


# the party named as the goods' source by a copula


def test_source_named_by_a_copula() -> None:
    assert _pairs("ロシアに流入した部品の出所は中国だった。") == {("China", "Russia")}


def test_supplier_named_as_guessed() -> None:
    assert _pairs("ロシアに輸出された半導体の供給元はイランとみられる。") == {("Iran", "Russia")}


def test_share_of_goods_made_in_a_state() -> None:
    assert _pairs("ロシアに流入した部品の大半は中国製だった。") == {("China", "Russia")}


# ships built for a foreign buyer: a sale under way


def test_submarines_built_for_a_navy() -> None:
    assert _records("中国はパキスタン海軍のために潜水艦8隻を建造中だ。") == [("China", "Pakistan", None, "planned")]


def test_frigates_built_for_a_navy_by_a_firm() -> None:
    text = "三菱重工業はオーストラリア海軍のためにフリゲート3隻を建造する。"
    assert _pairs(text) == {("Japan", "Australia")}


def test_ships_built_for_the_buyer_with_muke() -> None:
    assert _pairs("中国はタイ海軍向けに潜水艦を建造している。") == {("China", "Thailand")}


def test_ships_built_for_a_states_own_navy_are_no_transfer() -> None:
    assert _pairs("三菱重工業は海上自衛隊のために護衛艦を建造している。") == set()
    assert _pairs("中国は自国海軍のために空母を建造している。") == set()


# a detail kept back after a deed leaves the deed as told


def test_detail_kept_back_after_a_comma() -> None:
    assert _records("中国はパキスタンに戦闘機を引き渡した、その詳細は明らかにされていない。") == [
        ("China", "Pakistan", None, "reported")
    ]


def test_detail_kept_back_after_ga() -> None:
    text = "ロシアはイランに戦闘機を引き渡したが、その詳細は明らかにされていない。"
    assert _records(text) == [("Russia", "Iran", None, "reported")]


def test_detail_kept_back_after_a_spokesmans_word_keeps_the_word() -> None:
    text = "ロシア国防省はイランに戦闘機を引き渡したと明らかにしたが、数量は明らかにされていない。"
    assert [t.status for t in _run(text)] == ["confirmed"]


def test_deed_itself_not_disclosed_is_alleged() -> None:
    text = "ロシアがイランに戦闘機を引き渡したとの情報があるが、両国政府は明らかにしていない。"
    assert [t.status for t in _run(text)] == ["alleged"]
