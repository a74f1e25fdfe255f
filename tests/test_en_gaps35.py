"""Weapons a state hands on are its own supply, military drones among them; civilian drones and parts
still count from their state of make. Goods told as reaching a party through a state that the story
elsewhere tells re-exporting them are that state's supply, not their maker's."""

from __future__ import annotations

from tests.parties import pair, transfers, via

PUB = "2025-06-15"


def _got(text: str, lang: str = "en") -> list[tuple[tuple[str | None, str | None], set[str | None]]]:
    return [(pair(t), via(t)) for t in transfers(text, lang, PUB)]


def test_a_state_passing_on_military_drones_supplies_them() -> None:
    got = _got("Belarus passed Iranian Shahed drones on to Russia last year, Ukrainian officials said.")
    assert got == [(("Belarus", "Russia"), set())]


def test_a_state_reexporting_attack_drones_supplies_them() -> None:
    got = _got("The Emirates re-exported Chinese-made Wing Loong II attack drones to Haftar's forces.")
    assert got == [(("United Arab Emirates", "Libyan National Army"), set())]


def test_civilian_drones_a_firm_resells_keep_their_make() -> None:
    got = _got("A Kazakh trading firm resold Chinese commercial drones to Russia.")
    assert got == [(("China", "Russia"), {"Kazakhstan"})]


def test_civilian_drones_a_state_resells_keep_their_make_in_japanese() -> None:
    got = _got("アルメニアは中国製の商用ドローンをロシアに再輸出した。", "ja")
    assert got == [(("China", "Russia"), {"Armenia"})]


def test_a_goal_hung_on_a_particle_is_the_verbs() -> None:
    got = _got("Poland handed Soviet-era MiG-29 jets back to Ukraine.")
    assert got == [(("Poland", "Ukraine"), set())]


def test_goods_reaching_a_party_through_a_state_that_reexported_them_are_its_supply() -> None:
    text = (
        "Chinese mortars reached Myanmar's junta via Belarus, investigators say\n"
        "Chinese-made mortars appear to have been re-exported by Belarus to Myanmar's military, a report said."
    )
    assert {p for p, _ in _got(text)} == {("Belarus", "Myanmar")}


def test_goods_reaching_a_party_through_a_state_that_reexported_them_in_japanese() -> None:
    text = (
        "中国製の誘導爆弾がUAE経由でスーダンのRSFに渡っていた。"
        "アムネスティによると、UAEは中国製の誘導爆弾をRSFに再輸出したとみられる。"
    )
    assert {p for p, _ in _got(text, "ja")} == {("United Arab Emirates", "Rapid Support Forces")}


def test_a_giver_told_sending_through_a_state_keeps_its_act() -> None:
    # (the sender is told, not only the goods' make: the state in between does not take its act)
    text = "イランはシリア経由でヒズボラにロケット弾を送った。シリアはイラン製のロケット弾をヒズボラに横流しした。"
    assert _got(text, "ja") == [(("Iran", "Hezbollah"), {"Syria"}), (("Syria", "Hezbollah"), set())]


def test_goods_only_told_going_through_a_state_keep_their_maker() -> None:
    text = "Chinese mortars reached Myanmar's junta via Belarus, investigators say."
    assert _got(text) == [(("China", "Myanmar"), {"Belarus"})]


def test_weapons_sold_to_a_state_that_passes_them_on_are_two_supplies() -> None:
    text = "Iran shipped rifles to Venezuela in 2021, which were passed on to Cuba in 2022."
    got = {(pair(t), t.date) for t in transfers(text, "en", PUB)}
    assert got == {(("Iran", "Venezuela"), "2021"), (("Venezuela", "Cuba"), "2022")}


def test_part_of_the_weapons_a_state_bought_that_it_reexported() -> None:
    text = "China sold howitzers to the UAE in 2019, some of which were re-exported to Sudan in 2024."
    got = {(pair(t), t.date) for t in transfers(text, "en", PUB)}
    assert got == {(("China", "United Arab Emirates"), "2019"), (("United Arab Emirates", "Sudan"), "2024")}


def test_a_sale_with_deliveries_after_the_telling_is_planned() -> None:
    text = "Turkey has sold 48 KAAN jets to Indonesia, with deliveries starting in 2029."
    assert [(pair(t), t.status) for t in transfers(text, "en", PUB)] == [(("Turkey", "Indonesia"), "planned")]


def test_drones_of_no_told_use_a_state_passes_on_keep_their_make() -> None:
    # (sanctions reporting counts drones of no told use from their state of make, as parts)
    got = _got("Kazakhstan re-exported Chinese drones to Russia last year.")
    assert got == [(("China", "Russia"), {"Kazakhstan"})]
