"""Japanese batches, approvals, quoted acts and hedges of a later clause, on sentences of our own."""

from __future__ import annotations

from functools import partial
from typing import Any

from tests.parties import checked, named

run = partial(checked, lang="ja", published="2024-05-20")


def records(out: dict[str, Any]) -> list[tuple[str | None, str | None, str | None, str]]:
    return [(named(t["supplier"]), named(t["recipient"]), t["date"], t["status"]) for t in out["transfers"]]


def test_a_batch_named_by_its_turn_is_of_the_story_told_before() -> None:
    out = run("カナダ政府は3月、ウクライナに装甲車を供与した。第2陣は来年に届けられる。")
    assert ("Canada", "Ukraine", "2025", "planned") in records(out)


def test_what_is_left_of_a_delivery_goes_between_the_same_parties() -> None:
    text = "ルーマニア国防省は2日、米国から購入したハイマースのうち3基が到着したと発表した。残りは来年に引き渡される。"
    assert ("United States", "Romania", "2025", "planned") in records(run(text))


def test_several_batches_under_one_verb_are_one_act_each() -> None:
    text = "ノルウェー政府は、ウクライナに戦闘機を供与すると表明した。第1弾は来年に、残りは2026年までに送られる。"
    got = records(run(text))
    assert ("Norway", "Ukraine", "2025", "planned") in got
    assert ("Norway", "Ukraine", "2026", "planned") in got


def test_a_maker_told_with_the_goods_is_no_supplier_of_the_batches() -> None:
    text = "スペイン政府は、米国製の地対空ミサイルをウクライナに送ると発表した。第1弾は来月に、残りは来年に送られる。"
    got = records(run(text))
    assert len(got) >= 2 and {s for s, _r, _d, _st in got} == {"Spain"}


def test_the_holder_of_goods_whose_handover_a_third_state_approves_gives_them() -> None:
    out = run("米政府は、韓国が保有する155ミリ砲弾をポーランドに引き渡すことを承認した。")
    assert [(s, r) for s, r, _d, _st in records(out)] == [("South Korea", "Poland")]


def test_the_doer_a_permit_names_with_niyoru_gives() -> None:
    out = run("スイス政府は、ドイツによる対空砲弾のウクライナへの再輸出を許可した。")
    assert [(s, r) for s, r, _d, _st in records(out)] == [("Germany", "Ukraine")]


def test_ni_taishi_is_a_case_marker_not_a_predicate() -> None:
    out = run("中国は、ロシアに対し軍民両用品を輸出し続けていると米政府は指摘した。")
    assert ("China", "Russia") in {(s, r) for s, r, _d, _st in records(out)}


def test_a_maker_in_a_clause_on_goods_received_is_no_recipient() -> None:
    out = run("ベラルーシは中国が製造した無人機をロシア経由で受け取った。")
    assert all(r == "Belarus" for _s, r, _d, _st in records(out))


def test_goods_given_and_then_used_by_a_subject_named_after_them() -> None:
    out = run("ウクライナ軍は、イランから供与された無人機をロシア軍が使用したと発表した。")
    assert ("Iran", "Russia") in {(s, r) for s, r, _d, _st in records(out)}


def test_a_hedge_of_a_later_clause_leaves_the_done_act_reported() -> None:
    out = run("エジプトは2020年にロシアから戦闘機を受け取っており、追加の購入も近いとされる。")
    (rec,) = [r for r in records(out) if r[2] == "2020"]
    assert rec[3] == "reported"


def test_a_hedge_of_the_act_itself_stays() -> None:
    out = run("エジプトは2020年にロシアから戦闘機を受け取ったとされる。")
    assert all(st == "alleged" for _s, _r, _d, st in records(out))


def test_a_bare_force_is_the_force_of_the_state_named_with_it() -> None:
    text = (
        "ラオス空軍、ロシア製練習機を受け取る\n"
        "ロシアの国営企業によって供給された練習機は、5月10日に首都で行われた式典で空軍に引き渡されました。"
    )
    assert [(s, r) for s, r, _d, _st in records(run(text))] == [("Russia", "Laos")]


def test_a_translation_space_before_the_particle_keeps_the_case() -> None:
    out = run("Duda は、ウクライナに戦車 4 両を送ったと述べた。")
    assert [(s, r) for s, r, _d, _st in records(out)] == [("Poland", "Ukraine")]


def test_goods_bought_for_another_party_go_to_it_from_the_buyer() -> None:
    out = run("デンマークは、ウクライナ軍のために砲弾を購入した。")
    assert [(s, r) for s, r, _d, _st in records(out)] == [("Denmark", "Ukraine")]


def test_a_date_spaced_by_a_translation_is_read_whole() -> None:
    out = run("ポーランドは 2023 年 8 月 15 日、ウクライナに戦車を送った。", published="2024-05-20")
    assert [d for _s, _r, d, _st in records(out)] == ["2023-08-15"]


def test_every_bare_force_after_the_states_own_is_that_state_not_only_those_ner_proposed() -> None:
    from materiel.extract.ja import _bare_forces
    from materiel.gazetteer import default_gazetteer
    from materiel.model import Mention

    gaz = default_gazetteer()
    laos = gaz.get("Q819")
    assert laos is not None and laos.type == "country"
    text = "ラオス空軍は練習機を受け取った。空軍は来年、残りを受け取る。"
    # the recognizer found only the state; the later bare 空軍 is its force all the same
    forces = _bare_forces(text, [Mention(laos.id, 0, 3, "ラオス")], {laos.id: laos})
    assert [(m.entity_id, text[m.start : m.end]) for m in forces] == [(laos.id, "空軍")]
    # a force of another state (「米空軍の」 owned by の) is left alone
    assert (
        _bare_forces(
            "ラオス空軍は練習機を受け取った。空軍の高官が語った。", [Mention(laos.id, 0, 3, "ラオス")], {laos.id: laos}
        )
        == []
    )


def test_batches_counted_each_in_a_clause_of_its_own_are_two_lots() -> None:
    text = (
        "ノルウェーはウクライナにF16を11機供与すると表明した。"
        "最初の6機は昨年10月に到着し、残りの5機は今月引き渡された。"
    )
    out = run(text, published="2025-05-20")
    lots = [
        (t["date"], t["status"], [(i["text"], (i.get("quantity") or {}).get("value")) for i in t["items"]])
        for t in out["transfers"]
    ]
    assert lots == [
        (None, "planned", [("F16", 11)]),
        ("2024-10", "reported", [("F16", 6)]),
        ("2025-05", "reported", [("F16", 5)]),
    ]
