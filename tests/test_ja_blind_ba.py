"""Japanese constructions a blind batch in the style of television and radio news pages and regional
papers (North Korean munitions and Iranian drones for Russia, Japanese ships and radars for the
Philippines and Australia, Chinese parts) showed mishandled: the frame by which broadcast news names
whose report follows (「これは防衛省が14日発表したもので、北朝鮮は…」), the outskirts of a town as the
end of a flight (「モスクワ近郊の空港まで空輸した」), a span between an event and before or after it
(「ロシアによる侵攻の数か月前に」), a refusal that names the act as a こと (「供与することは当面しない
方針」), a firm tied to a state's forces as the receiver (「革命防衛隊と関係の深い企業に」), a firm set up
in a state as the way, set off by a comma (「キルギスに設けたペーパーカンパニーを通じて、」), an act told
as a fact before an elided teller (「ロシアの企業が…を輸入していたことも明らかにした」), and a report
dated by the clause of its publication (「今年2月に公表した報告書で」), and a count after a rejected
bid (「ドイツのMEKO A200は退けられた。…最初の3隻を…引き渡す」)."""

from __future__ import annotations

from functools import partial

from tests.parties import one, pairs, records, transfers, via

PUB = "2025-03-10"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_one = partial(one, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)


# the frame by which broadcast news names whose report follows


def test_teller_of_a_report_frame_is_no_supplier() -> None:
    text = "国家情報院が5日、国会で報告したもので、北朝鮮は昨年、弾薬をロシアに運び込んだということです。"
    assert _pairs(text) == {("North Korea", "Russia")}


def test_teller_of_a_report_frame_told_by_akiraka_ni() -> None:
    text = "これは韓国国防省が4日に明らかにしたもので、北朝鮮は砲弾をロシアに送ったということです。"
    assert _pairs(text) == {("North Korea", "Russia")}


def test_day_of_a_report_frame_dates_the_telling() -> None:
    # (a deed told only by the day of the report is dated by its month)
    text = "これは韓国軍が4日に明らかにしたもので、北朝鮮は砲弾をロシアに運び込んだということです。"
    assert _records(text) == [("North Korea", "Russia", "2025-03", "reported")]


def test_clause_of_making_on_mono_still_names_no_teller() -> None:
    # (only a verb of telling makes the frame: the maker of the goods is left as it was)
    text = "この無人機はイランが開発したもので、ロシアに数百機が送られた。"
    assert ("Iran", "Russia") in _pairs(text)


# the outskirts of a town as the end of a flight


def test_airport_outside_a_capital_receives_for_its_state() -> None:
    text = "イランの輸送機がテヘランからモスクワ近郊の空港まで無人機を空輸した。"
    assert _pairs(text) == {("Iran", "Russia")}


def test_airfield_in_the_suburbs_receives_for_its_state() -> None:
    text = "北朝鮮の貨物機がモスクワ郊外の飛行場に砲弾を運んだ。"
    assert _pairs(text) == {("North Korea", "Russia")}


def test_speakers_state_does_not_receive_a_flight_to_the_suburbs() -> None:
    text = "ウクライナ情報総局によると、イランの輸送機がモスクワ近郊の空港に無人機を運んだという。"
    assert _pairs(text) == {("Iran", "Russia")}


# a span between an event and before or after it


def test_state_of_an_invasion_months_before_is_no_party() -> None:
    text = "イランの外相は、ロシアによる侵攻の数か月前に少数の無人機を提供したことを認めた。"
    assert ("Russia", "Ukraine") not in _pairs(text)
    assert not any(s == "Russia" for s, _ in _pairs(text))


def test_state_of_an_invasion_two_years_after_is_no_party() -> None:
    text = "ロシアによる侵攻の2年後に、ドイツはウクライナに戦車を引き渡した。"
    assert _pairs(text) == {("Germany", "Ukraine")}


# a refusal that names the act as a こと or an object


def test_act_named_as_koto_then_refused_is_no_transfer() -> None:
    text = "韓国政府は、ウクライナに殺傷力のある武器を直接供与することは当面しない方針を改めて示した。"
    assert _pairs(text) == set()


def test_act_shelved_for_now_is_no_transfer() -> None:
    assert _pairs("韓国政府は、ウクライナに砲弾を供与することは当面見送る方針だ。") == set()


def test_act_a_state_intends_stays_planned() -> None:
    t = _one("韓国政府は、ウクライナに砲弾を供与する方針だ。", "South Korea", "Ukraine")
    assert t.status == "planned"


# a firm tied to a state or its forces as the receiver


def test_firm_tied_to_a_states_forces_receives_for_the_state() -> None:
    text = "男らは米国製の半導体を、中国の商社を経由して、イランの革命防衛隊と関係の深い企業に送っていた。"
    t = _one(text, "United States", "Iran")
    assert via(t) == {"China"}


def test_firm_with_ties_to_an_army_receives_for_its_state() -> None:
    text = "業者は米国製の半導体を、ロシア軍とつながりのある企業に送っていた。"
    assert _pairs(text) == {("United States", "Russia")}


# a firm set up in a state as the way, set off by a comma


def test_firm_set_up_in_a_state_is_the_way() -> None:
    text = "ロシアの企業が、アルメニアに設けたダミー会社を通じて、中国製の半導体を輸入していた。"
    t = _one(text, "China", "Russia")
    assert via(t) == {"Armenia"}


def test_shell_firm_set_up_in_a_state_is_the_way() -> None:
    text = "ロシアの企業が、キルギスに設けたペーパーカンパニーを経由して、中国製の電子部品を輸入していた。"
    t = _one(text, "China", "Russia")
    assert via(t) == {"Kyrgyzstan"}


# an act told as a fact before an elided teller


def test_subject_of_an_act_told_as_a_fact_does_not_tell_it() -> None:
    text = "ロシアの企業が、トルコの商社を通じて、中国製の半導体を輸入していたことも明らかにした。"
    assert _records(text) == [("China", "Russia", None, "reported")]


def test_teller_before_an_act_told_as_a_fact_still_tells_it() -> None:
    t = _one("ロシア国防省は、北朝鮮から砲弾を受け取ったことを明らかにした。", "North Korea", "Russia")
    assert t.status == "confirmed"


# a report dated by the clause of its publication


def test_report_dated_by_its_publication_clause_dates_no_finding() -> None:
    text = "国連の専門家パネルは、今年2月に公表した報告書で、イランがフーシ派に無人機を送ったと指摘した。"
    assert _records(text) == [("Iran", "Houthis", None, "reported")]


def test_finding_with_its_own_time_keeps_it() -> None:
    text = "国連の専門家パネルは、2月に公表した報告書で、イランが昨年8月にフーシ派に無人機を送ったと指摘した。"
    assert [r[2] for r in _records(text)] == ["2024-08"]


# goods turned down in a tender are not the goods a later count counts


def test_count_after_a_rejected_bid_counts_the_goods_chosen() -> None:
    text = (
        "豪政府は5日、次期艦に日本の「もがみ」型護衛艦の改良型を選んだと発表した。"
        "ドイツの「MEKO A200」は退けられた。計画では最初の3隻を日本で建造して引き渡す。"
    )
    names = {it.entity.name for t in _run(text) for it in t.items if it.entity is not None}
    assert names == {"Mogami-class frigate"}


def test_count_after_goods_chosen_still_counts_them() -> None:
    text = "豪政府は5日、日本の「もがみ」型護衛艦の改良型を選んだと発表した。最初の3隻を日本で建造して引き渡す。"
    counts = [it.quantity.value for t in _run(text) for it in t.items if it.quantity is not None]
    assert 3 in counts
