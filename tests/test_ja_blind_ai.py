"""Japanese constructions a blind batch in the style of foreign outlets' Japanese editions and machine
translation (Yonhap, CRI, Sputnik, Ukrinform, a Middle East agency, TV news) showed mishandled: a
re-export held up at the border (「再輸出されようとしていた…を差し止めた」), a relaying trader
(「カザフスタンの中継業者を通じて」), a state's works reached through a go-between
(「…を通じてロシアのアラブガ経済特区の工場へ」), a state's firm told by its kind as the maker
(「中国の企業が製造した部品」), parts named as modules and antennas (「航法モジュールとアンテナ」),
goods pointed back to whose make the sentence before told (「中国製の航法モジュールが見つかった。
こうした部品は…ロシアへ供給されている」), and a headline's one-kanji state where goods go
(「米国がポーランド経由で宇に砲弾を移送」)."""

from __future__ import annotations

from functools import partial

from tests.parties import name, one, only, pairs, transfers, via

from materiel.pipeline import analyze_text

PUB = "2025-06-04"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_one = partial(one, lang="ja", published=PUB)
_only = partial(only, lang="ja", published=PUB)


def _states(text: str) -> set[str | None]:
    """The names of the states a text is read to name."""
    a = analyze_text(text, lang="ja", published=PUB)
    return {a.entities[m.entity_id].name for m in a.mentions if a.entities[m.entity_id].type == "country"}


# a shipment held up on its way: the holder's inference, not a plan


def test_re_export_held_up_is_alleged_not_planned() -> None:
    text = "リトアニア税関は、ロシアへ再輸出されようとしていたドイツ製の工作機械を差し止めた。"
    t = _one(text, "Germany", "Russia")
    assert t.status == "alleged"


def test_goods_held_up_through_a_go_between_are_alleged() -> None:
    text = "ドイツ製の工作機械がベラルーシを通じてロシアへ再輸出されようとしていたとして、税関が差し止めた。"
    t = _one(text, "Germany", "Russia")
    assert t.status == "alleged"
    assert {name(i) for i in t.intermediaries} == {"Belarus"}


def test_an_attempt_with_nothing_held_up_stays_planned() -> None:
    t = _one("ドイツ製の工作機械がロシアへ再輸出されようとしていた。", "Germany", "Russia")
    assert t.status == "planned"


def test_exports_a_state_halts_are_no_transfer() -> None:
    assert _pairs("ドイツ政府は、ウクライナへの戦車の輸出を差し止めた。") == set()


# a relaying trader goes between


def test_relaying_trader_of_a_state_goes_between() -> None:
    t = _one("部品はカザフスタンの中継業者を通じてロシアへ供給されている。", None, "Russia")
    assert via(t) == {"Kazakhstan"}


# a state's works further off, reached through a go-between


def test_works_in_a_zone_of_a_state_reached_through_a_go_between() -> None:
    text = "部品はカザフスタンを通じてロシアのアラブガ経済特区の工場へ供給されている。"
    t = _one(text, None, "Russia")
    assert via(t) == {"Kazakhstan"}


def test_own_forces_moving_to_their_own_base_are_no_transfer() -> None:
    assert _pairs("ロシア軍は、ロシアのウラル地方の基地へ戦車を移動させた。") == set()


# a state's firm told by its kind as the maker


def test_firm_of_a_state_that_made_the_goods_supplies() -> None:
    assert _pairs("中国の企業が製造した部品がロシアへ輸出された。") == {("China", "Russia")}


def test_receiver_of_goods_a_state_firm_made_still_receives() -> None:
    assert _pairs("ロシアは中国の企業が製造した無人機を受け取った。") == {("China", "Russia")}


# modules and antennas are parts


def test_navigation_modules_and_antennas_are_components() -> None:
    t = _one("中国製の航法モジュールとアンテナがロシアへ輸出された。", "China", "Russia")
    assert {it.text: it.category for it in t.items} == {"航法モジュール": "components", "アンテナ": "components"}


# goods pointed back to, of the make the sentence before told


def test_goods_pointed_back_to_are_of_the_make_told_before() -> None:
    text = "残骸から中国製の航法モジュールが見つかった。こうした部品はカザフスタンを通じてロシアへ供給されている。"
    t = _one(text, "China", "Russia")
    assert via(t) == {"Kazakhstan"}


def test_goods_pointed_back_to_take_the_state_whose_firm_made_them() -> None:
    text = (
        "残骸から中国の企業が製造した航法モジュールが見つかった。"
        "こうした部品はカザフスタンを通じてロシアへ供給されている。"
    )
    assert ("China", "Russia") in _pairs(text)


def test_goods_not_pointed_back_to_take_no_make() -> None:
    text = "残骸から中国製の航法モジュールが見つかった。部品はカザフスタンを通じてロシアへ供給されている。"
    assert ("China", "Russia") not in _pairs(text)


def test_goods_of_two_makes_before_give_no_one_make() -> None:
    text = (
        "残骸から中国製と米国製の航法モジュールが見つかった。こうした部品はカザフスタンを通じてロシアへ供給されている。"
    )
    assert not {("China", "Russia"), ("United States", "Russia")} & _pairs(text)


# a headline's one-kanji state where goods go


def test_one_kanji_state_after_a_way_is_where_goods_go() -> None:
    t = _one("米国がポーランド経由で宇に砲弾を大量移送", "United States", "Ukraine")
    assert via(t) == {"Poland"}


def test_one_kanji_state_after_a_comma_is_where_goods_go() -> None:
    assert _pairs("米、宇に長射程ATACMSを供与") == {("United States", "Ukraine")}


def test_among_them_is_no_state() -> None:
    assert "China" not in _states("部品を受け取った企業は複数あり、中には軍需企業も含まれる。")


def test_inside_is_no_state() -> None:
    assert "China" not in _states("箱は中に砲弾が入っていた。")
