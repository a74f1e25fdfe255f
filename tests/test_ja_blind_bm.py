"""Japanese constructions a blind batch of wire and national-paper reports (export-control cases,
re-exports through third states, North Korean arms to Russia, aid to Ukraine) showed mishandled: a
speaker marked with が before an act that runs on by a て-form into what became of the goods
(「…が先月、AがBに…を引き渡し、前線に配備されたと明らかにした」), a teller before goods that go of
themselves told with も (「同省はまた、北朝鮮製の…も…渡ったとみている」), an act a party could do told as
a condition (「入手できれば」), a past attempt charged as an arrest's grounds (「輸出しようとしたとして
逮捕」), the month of an arrest and the day of a court's sentence dating the act they punish, a view
acted on (「…とみて裏付けを進めている」), a later lot told with 「その後も」, the weapon goods are fit
for before them (「無人機に転用可能な小型エンジン」), a state leaned on for goods
(「…の調達で中国への依存を深めている」), and a state's trading partner the goods pass through
(「UAEの取引先を経由して」)."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, records, transfers

PUB = "2026-03-07"

_pairs = partial(pairs, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)
_run = partial(transfers, lang="ja", published=PUB)


def _categories(text: str) -> list[list[str]]:
    return [[i.category for i in t.items] for t in _run(text)]


# a speaker with が before an act chained by a て-form to the goods' fate, the whole told as said


def test_speaker_with_ga_before_a_chained_act_is_no_giver() -> None:
    text = "英国防省が先月、イランがロシアに短距離弾道ミサイルを引き渡し、ウクライナ東部への攻撃に使われたと発表した。"
    assert _pairs(text) == {("Iran", "Russia")}


def test_speaker_with_ga_before_a_chained_act_used_in_attacks() -> None:
    text = "米国務省が昨年10月、北朝鮮がロシアに多連装ロケット砲を提供し、ハルキウへの攻撃に使われたと発表した。"
    assert _pairs(text) == {("North Korea", "Russia")}


def test_chained_clause_with_a_subject_of_its_own_keeps_the_giver() -> None:
    # (no verb of telling closes it: the first が-subject still gives)
    assert _pairs("米国が昨年、ウクライナに戦車を供与し、ロシアが反発した。") == {("United States", "Ukraine")}


# a topic set off by a comma before goods told with も as the subject of their going


def test_teller_before_goods_going_with_mo_is_no_giver() -> None:
    text = "韓国軍はまた、北朝鮮製の多連装ロケット砲も昨年、ロシア側に渡ったとみている。"
    assert _pairs(text) == {("North Korea", "Russia")}


def test_ministry_referred_to_again_before_goods_going_with_mo() -> None:
    text = (
        "日本の防衛省は4日、北朝鮮が昨年からロシアに砲弾を送ったとの見方を示した。"
        "同省はまた、北朝鮮製の弾道ミサイルも数十発が露側に渡ったとみている。"
    )
    assert _pairs(text) == {("North Korea", "Russia")}


def test_goods_arriving_at_the_speaking_state_still_come_to_it() -> None:
    text = "ウクライナ国防省は、ドイツ製の戦車も到着したと発表した。"
    assert _pairs(text) == {("Germany", "Ukraine")}


# an act a party could do, told as a condition


def test_goods_a_party_could_obtain_as_a_condition_are_no_transfer() -> None:
    text = "声明は、イランがトルコ経由で電子部品を入手できれば、無人機の生産を増やす可能性があると警告した。"
    assert _run(text) == []


def test_goods_a_party_could_receive_as_a_condition_are_no_transfer() -> None:
    text = "英政府は、ウクライナが戦闘機を受け取ることができれば、制空権の奪還につながるとみている。"
    assert _run(text) == []


def test_goods_a_party_could_obtain_told_as_done_stay() -> None:
    assert _pairs("ロシアは昨年、北朝鮮から砲弾を入手できた。") == {("North Korea", "Russia")}


# a past attempt charged as the grounds of an arrest


def test_attempted_export_charged_by_an_arrest_is_alleged_not_planned() -> None:
    text = "大阪府警は先月、工作機械をトルコ経由でロシアに輸出しようとしたとして、会社役員の男を逮捕した。"
    assert [(r, st) for _s, r, _d, st in _records(text)] == [("Russia", "alleged")]


def test_attempt_ahead_still_plans() -> None:
    assert _records("イランは、ロシアに無人機を送ろうとしている。") == [("Iran", "Russia", None, "planned")]


# the month of an arrest told after the police, and the day of a court's sentence, date no act


def test_month_of_an_arrest_after_the_police_dates_no_act() -> None:
    text = "兵庫県警は昨年末、炭素繊維をロシアに輸出したとして会社の社長を逮捕した。"
    assert [d for _s, _r, d, _st in _records(text)] == [None]


def test_act_dated_of_its_own_beside_the_month_of_an_arrest() -> None:
    text = "警視庁は昨年11月、2024年5月に工作機械をロシアに輸出したとして社長を逮捕した。"
    assert [d for _s, _r, d, _st in _records(text)] == ["2024-05"]


def test_day_of_a_court_sentence_dates_no_act() -> None:
    text = "東京地裁は12日、ロシアに無人機部品を輸出したとして外為法違反の罪に問われた社長に有罪判決を言い渡した。"
    assert [(r, d) for _s, r, d, _st in _records(text)] == [("Russia", None)]


def test_day_of_a_delivery_told_still_dates_it_by_the_month() -> None:
    assert [d for _s, _r, d, _st in _records("国防省は12日、ウクライナに戦車を引き渡したと発表した。")] == ["2026-02"]


# a view on which one acts, told by みて


def test_view_acted_on_is_an_assessment() -> None:
    text = "県警は、同社がロシアに電子部品を送っていたとみて裏付けを進めている。"
    assert [st for _s, _r, _d, st in _records(text)] == ["alleged"]


def test_flow_the_ministry_watches_for_is_an_assessment() -> None:
    text = "経産省は、日本から輸出された工作機械の一部がロシアに流れているとみて監視を強めている。"
    assert _records(text) == [("Japan", "Russia", None, "alleged")]


# a later lot told with 「その後も」 after a dated one


def test_later_lot_after_a_dated_one_is_a_claim_of_its_own() -> None:
    text = (
        "米政府は昨年3月、イランがロシアに弾道ミサイルを提供したと発表した。"
        "ウクライナ側は、その後も同型のミサイル数十発が引き渡されたとみている。"
    )
    assert [st for _s, _r, _d, st in _records(text)] == ["reported", "alleged"]


# the weapon goods are fit for, before them, is no goods of the act


def test_weapon_goods_are_fit_for_is_no_item() -> None:
    text = "警視庁は、無人機に転用可能な小型エンジンをロシアに輸出したとして、社長を逮捕した。"
    assert _categories(text) == [["components"]]


def test_weapon_fit_for_in_a_headline_without_ni_is_no_item() -> None:
    assert _categories("無人機転用可能なモーター、ロシアに不正輸出の疑い") == [["components"]]


def test_weapon_listed_beside_a_sized_part_stays() -> None:
    assert _categories("北朝鮮は無人機や小型エンジンをロシアに送った。") == [["drone", "components"]]


# a state leaned on for goods, the leaning told as going on or growing


def test_state_leaned_on_for_goods_supplies_them() -> None:
    assert _pairs("ロシアは半導体の調達で中国への依存を深めている。") == {("China", "Russia")}


def test_leaning_cut_back_names_no_supplier() -> None:
    assert _pairs("インドはロシアへの依存を減らすため、フランスから戦闘機を購入した。") == {("France", "India")}


# a state's trading partner the goods pass through


def test_goods_through_a_states_trading_partner_pass_that_state() -> None:
    text = "同社は2024年、小型エンジン12基をアラブ首長国連邦（UAE）の取引先を経由してロシアの企業に輸出した。"
    [t] = _run(text)
    assert {i.entity.name for i in t.intermediaries if i.entity} == {"United Arab Emirates"}
