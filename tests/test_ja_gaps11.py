"""Japanese go-betweens, origins and doers found missing: the doer a cleft puts in focus after the
act (「ロシアに砲弾を送っているのは北朝鮮だ」) or told as playing the main part in an act named
before it (「ロシアへの砲弾供給では北朝鮮が最大の役割を果たしている」); a state or firm the goods are
routed round or hidden behind (を迂回して, を隠れみのに, 名義で) goes between; the make of goods paid
in return (「イラン産の原油と引き換えに」) names no supplier; a state's 国有企業 acts for it; a stop
named twice is one go-between. Goods that 入る into a party come to it; an act asked for 「引き続き」
is asked for; a wire tag 「（国防部発表）」「＝国防省発表」 names who tells; a period framing the first
sentence dates the way back told next. Goods come from a state (「北朝鮮から来た砲弾」) were sent
from it; goods a getter got, carried on their way, went to the getter; goods 取り寄せた were got
from the state named; an act done despite criticism (「批判にもかかわらず」) is no charge."""

from __future__ import annotations

from functools import partial

from tests.parties import pair, records, transfers, via

from materiel.model import Party
from materiel.pipeline import analyze_text

PUB = "2026-11-20"

_transfers = partial(transfers, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)


def _told_by(text: str) -> list[tuple[str | None, str]]:
    """(speaker, stance) of each claim the one transfer of `text` rests on."""
    a = analyze_text(text, lang="ja", published=PUB)
    (t,) = a.transfers
    claims = {c.id: c for c in a.claims}
    return [(_speaker(claims[c].speaker), claims[c].stance) for c in t.claims]


def _speaker(p: Party | None) -> str | None:
    if p is None:
        return None
    return p.entity.name if p.entity is not None else p.description


def test_the_state_a_cleft_puts_in_focus_does_the_act() -> None:
    (t,) = _transfers("ロシアに砲弾を送っているのは北朝鮮だ。")
    assert pair(t) == ("North Korea", "Russia")
    (t,) = _transfers("ロシア軍に部品を売っているのは、主に中国企業だ。")
    assert pair(t) == ("China", "Russia")
    # (both of a pair in focus do it)
    assert {pair(t) for t in _transfers("ロシアに無人機を供給しているのは、イランとベラルーシだとされる。")} == {
        ("Iran", "Russia"),
        ("Belarus", "Russia"),
    }


def test_a_cleft_after_an_act_with_its_doer_puts_the_receiver_in_focus() -> None:
    (t,) = _transfers("北朝鮮が砲弾を送っているのはロシアだ。")
    assert pair(t) == ("North Korea", "Russia")


def test_the_state_playing_the_main_part_in_an_act_does_it() -> None:
    (t,) = _transfers("ロシアへの砲弾供給では北朝鮮が最大の役割を果たしている。")
    assert pair(t) == ("North Korea", "Russia")
    assert {pair(t) for t in _transfers("ロシアへの砲弾供給で中心的な役割を担っているのは、北朝鮮とイランだ。")} == {
        ("North Korea", "Russia"),
        ("Iran", "Russia"),
    }


def test_the_doer_told_in_the_sentence_is_not_carried_over_from_the_one_before() -> None:
    got = [
        pair(t)
        for t in _transfers(
            "イランはロシアに無人機を送った。ロシアへの砲弾の輸出では、北朝鮮が大きな役割を果たしてきた。"
        )
    ]
    assert got == [("Iran", "Russia"), ("North Korea", "Russia")]
    got = [
        pair(t)
        for t in _transfers("イランはロシアに無人機を送った。中国の国有企業「保利集団」もロシアに部品を輸出した。")
    ]
    assert got == [("Iran", "Russia"), ("China", "Russia")]


def test_who_says_so_or_objects_is_no_doer_in_focus() -> None:
    # (the focus of a quoting or judging verb, or a state voicing concern over the act)
    for text in (
        "ロシアに砲弾を送っているとみているのは米国だ。",
        "ロシアへの砲弾供給を批判しているのは米国だ。",
        "ロシアへの砲弾供給では、米国が懸念を示している。",
    ):
        assert [pair(t) for t in _transfers(text)] == [(None, "Russia")], text


def test_a_state_or_firm_the_goods_are_routed_round_or_hidden_behind_goes_between() -> None:
    (t,) = _transfers("中国製の部品は、キルギスを迂回してロシアに届いていた。")
    assert pair(t) == ("China", "Russia")
    assert via(t) == {"Kyrgyzstan"}
    (t,) = _transfers("ドイツ製の工作機械が、トルコの商社を隠れみのにしてロシアに輸出された。")
    assert pair(t) == ("Germany", "Russia")
    assert via(t) == {"Turkey"}
    (t,) = _transfers("UAEのペーパーカンパニー名義で、イラン製の無人機がロシアに輸出されていた。")
    assert pair(t) == ("Iran", "Russia")
    assert via(t) == {"United Arab Emirates"}


def test_the_make_of_goods_paid_in_return_names_no_supplier() -> None:
    (t,) = _transfers("中国の商社が、イラン産の原油と引き換えにロシアにドローン部品を送った。")
    assert pair(t) == ("China", "Russia")
    assert via(t) == set()
    (t,) = _transfers("北朝鮮は、ロシア産の石油の見返りに、ロシアに砲弾を送った。")
    assert pair(t) == ("North Korea", "Russia")


def test_a_stop_named_twice_is_one_go_between() -> None:
    (t,) = _transfers("ロシア国防省はセルビアに対し、同国経由で弾薬がウクライナに渡っていると抗議した。")
    assert [i.entity.name for i in t.intermediaries if i.entity] == ["Serbia"]


def test_goods_told_as_come_from_a_state_were_sent_from_it() -> None:
    (t,) = _transfers("北朝鮮から来た砲弾がロシアに届いた。")
    assert pair(t) == ("North Korea", "Russia")
    text = "イランは、ロシアに送る無人機をカスピ海経由で運んだ。また、北朝鮮から来た砲弾も同じルートでロシアに入った。"
    assert [pair(t) for t in _transfers(text)] == [("Iran", "Russia"), ("North Korea", "Russia")]


def test_a_delegation_that_came_from_a_state_sends_nothing() -> None:
    assert [pair(t) for t in _transfers("イランから来た代表団は、ロシアに無人機を供与することで合意した。")] == [
        (None, "Russia")
    ]


def test_goods_a_getter_got_carried_on_their_way_go_to_the_getter() -> None:
    (t,) = _transfers("ロシアが北朝鮮から取得したミサイルは、ベラルーシを経由して運ばれた。")
    assert pair(t) == ("North Korea", "Russia")
    assert via(t) == {"Belarus"}
    (t,) = _transfers("ロシアが北朝鮮から購入した砲弾は、鉄道で運ばれた。")
    assert pair(t) == ("North Korea", "Russia")


def test_a_go_between_of_an_act_told_growing_is_the_acts() -> None:
    (t,) = _transfers("中国は、カザフスタンを通して、ロシアへの電子部品の供給を増加させている。")
    assert pair(t) == ("China", "Russia")
    assert via(t) == {"Kazakhstan"}


def test_goods_that_come_into_a_party_are_delivered_to_it() -> None:
    (t,) = _transfers("北朝鮮の砲弾がロシアに大量に入っている。")
    assert pair(t) == ("North Korea", "Russia")
    (t,) = _transfers("中国製の部品が、カザフスタン経由でロシアに入ってきている。")
    assert pair(t) == ("China", "Russia")
    assert via(t) == {"Kazakhstan"}
    got = _transfers(
        "米国製のチップは香港の業者を経由してロシアに送られた。一方、ドイツ製の部品もジョージアを経由してロシアに入っていた。"
    )
    assert [(pair(t), via(t)) for t in got] == [
        (("United States", "Russia"), {"Hong Kong"}),
        (("Germany", "Russia"), {"Georgia"}),
    ]


def test_entering_talks_or_a_stage_or_ground_is_no_delivery() -> None:
    assert _transfers("ロシアと北朝鮮は、砲弾の供与をめぐる協議に入った。") == []
    assert _transfers("ウクライナ軍の戦車部隊がロシア領に入った。") == []
    # (a time entered, or a state entered through its border on the way to a party told before)
    assert [pair(t) for t in _transfers("今年に入り、ウクライナに米国の戦車が届いた。")] == [
        ("United States", "Ukraine")
    ]
    got = _transfers("イランは民兵組織にミサイルを送った。ミサイルは国境の検問所を通ってイラクに入った。")
    assert [pair(t) for t in got if pair(t)[1] == "Iraq"] == []


def test_an_act_asked_for_still_is_asked_for() -> None:
    assert _records("ウクライナは、防空システムの供与を引き続き求めている。") == [(None, "Ukraine", None, "requested")]
    assert _records("ウクライナは、米国に戦闘機の供与を重ねて求めた。") == [
        ("United States", "Ukraine", None, "requested")
    ]


def test_a_wire_tag_names_who_tells_the_act() -> None:
    assert _told_by("北朝鮮がロシアに砲弾を輸出した。（国防部発表）") == [("国防部", "asserts")]
    assert _told_by("ロシアは北朝鮮から弾道ミサイルを受け取った＝国防省発表") == [("国防省", "asserts")]
    # (a third state telling it leaves it reported; the act's own party telling it confirms it)
    (t,) = _transfers("北朝鮮は今年、ロシアに砲弾を追加で送った（韓国国防省発表）。")
    assert t.status == "reported"
    assert _told_by("北朝鮮は今年、ロシアに砲弾を追加で送った（韓国国防省発表）。") == [("South Korea", "asserts")]
    (t,) = _transfers("ドイツはウクライナに戦車を送った（ドイツ政府発表）。")
    assert t.status == "confirmed"


def test_a_bracket_that_names_no_teller_tells_nothing() -> None:
    assert _told_by("ロシアは北朝鮮から弾道ミサイルを受け取った（写真はイメージ）。") == []


def test_a_period_framing_the_account_dates_the_way_back_told_next() -> None:
    text = (
        "2023年から24年にかけて、北朝鮮はロシアに大量の砲弾を送った。ロシアは見返りに、北朝鮮に防空システムを供与した。"
    )
    assert _records(text) == [
        ("North Korea", "Russia", "2023", "reported"),
        ("Russia", "North Korea", "2023", "reported"),
    ]


def test_a_date_told_inside_the_first_clause_or_a_later_time_frames_nothing_after() -> None:
    text = "2022年8月、イランはロシアに無人機を引き渡した。その後、ロシアはイランに戦闘機を送った。"
    assert [d for *_, d, _s in _records(text)] == ["2022-08", None]
    text = "北朝鮮は2023年、ロシアに砲弾を送った。ロシアは北朝鮮に防空システムを供与した。"
    assert [d for *_, d, _s in _records(text)] == ["2023", None]


def test_goods_sent_for_from_a_state_come_from_it() -> None:
    text = "北朝鮮はロシアに砲弾を送った。これに加えて、ロシアは、シリアから、旧ソ連製の戦車を取り寄せた。"
    assert [pair(t) for t in _transfers(text)] == [("North Korea", "Russia"), ("Syria", "Russia")]


def test_an_act_done_despite_an_outcry_is_told_as_done() -> None:
    assert _records("イランは、国際的な批判にもかかわらず、ロシアに無人機を送り込んだ。") == [
        ("Iran", "Russia", None, "reported")
    ]
    assert _records("イランは、欧米の批判をよそに、ロシアに無人機を送った。") == [("Iran", "Russia", None, "reported")]
    # (an act criticised as done is the critic's charge)
    assert _records("米国は、イランがロシアに無人機を送ったと批判した。") == [("Iran", "Russia", None, "alleged")]
