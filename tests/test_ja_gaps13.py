"""Japanese gaps found in round 13: 同国 taking goods is neither a state they went by (「香港の企業を
経由して同国に渡った」) nor their make, and a relative clause's subject (「ロシアが輸入した部品は」) is
not the main clause's; the load of containers or craft an act sends (「砲弾や弾道ミサイルを積んだ
コンテナ」) is all its goods; a state passing on goods it got (「北朝鮮から入手した砲弾をベラルーシに
送った」) makes two transfers; a programme under way (「…を供与する事業を進めている」) is planned;
「Xの話を総合すると」「Xの分析では」「Xの見立てでは」 name who tells the act; a question closed by
「…のか。」 is a question line; and exports said to be controlled 「法に基づいて」 are no export."""

from __future__ import annotations

from functools import partial

from tests.parties import pair, pairs, records, transfers, via

from materiel.model import Party
from materiel.pipeline import analyze_text

PUB = "2026-11-28"

_pairs = partial(pairs, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)
_transfers = partial(transfers, lang="ja", published=PUB)


def _routes(text: str) -> list[tuple[str | None, str | None, set[str | None]]]:
    return [(*pair(t), via(t)) for t in _transfers(text)]


def _goods(text: str) -> list[list[str | None]]:
    return [[i.category for i in t.items] for t in _transfers(text)]


def _speakers(text: str) -> list[str | None]:
    a = analyze_text(text, lang="ja", published=PUB)
    claims = {c.id: c for c in a.claims}
    return [_speaker(claims[c].speaker) for t in a.transfers for c in t.claims]


def _speaker(p: Party | None) -> str | None:
    if p is None:
        return None
    return p.entity.name if p.entity is not None else p.description


# 1. 同国 as where goods went: not a transit point, a make, or set aside as a relative clause's subject


def test_coref_destination_skips_the_transit_point_and_the_make() -> None:
    text = "昨年ロシアが輸入した半導体の約7割は中国製で、その多くは香港の仲介業者を経由して同国に渡った。"
    assert _routes(text) == [("China", "Russia", {"Hong Kong"})]


def test_coref_destination_after_a_relative_clause_subject() -> None:
    text = "ロシアが購入した電子部品は香港経由で同国に運ばれた。"
    assert _routes(text) == [(None, "Russia", {"Hong Kong"})]


def test_coref_of_a_parallel_giver_still_names_the_other_receiver() -> None:
    text = "トルコはアゼルバイジャンに無人機を売却した。イスラエルも同国に無人機を輸出した。"
    assert _pairs(text) == {("Turkey", "Azerbaijan"), ("Israel", "Azerbaijan")}


def test_coref_giver_is_not_skipped_for_a_transit_after_it() -> None:
    text = "イランはロシアに無人機を送った。同国はUAEを経由して部品も送った。"
    assert ("Iran", "Russia", {"United Arab Emirates"}) in _routes(text)


# 2. the load of the containers or craft an act sends


def test_load_of_containers_sent_is_all_the_goods() -> None:
    text = "北朝鮮は昨年、砲弾や弾道ミサイルを積んだコンテナ2万個をロシアに送った。"
    assert _goods(text) == [["artillery-ammunition", "missile"]]
    (t,) = _transfers(text)
    assert all(i.quantity is None for i in t.items)  # (the count is the containers')


def test_load_of_a_ship_or_plane_sent_is_all_the_goods() -> None:
    assert _goods("北朝鮮は弾道ミサイルと砲弾を積んだ貨物船をロシアに送った。") == [["missile", "artillery-ammunition"]]
    text = "イランは無人機や弾薬を積み込んだ輸送機をロシアに派遣したという。"
    assert _goods(text) == [["drone", "ammunition"]]


def test_load_of_a_seized_ship_is_no_transfer_of_the_seizer() -> None:
    assert _transfers("米軍は砲弾や小銃を積んだ船を拿捕した。") == []


# 3. a state passing on goods it got: two transfers


def test_state_passing_on_goods_it_got_makes_two_transfers() -> None:
    text = "ロシアは北朝鮮から入手した砲弾をベラルーシに送った。"
    assert _routes(text) == [("North Korea", "Russia", set()), ("Russia", "Belarus", set())]
    text = "ロシアは北朝鮮から受け取った弾道ミサイルをベラルーシに供与した。"
    assert _pairs(text) == {("North Korea", "Russia"), ("Russia", "Belarus")}


def test_goods_that_only_came_stay_one_journey() -> None:
    text = "イラクは、イランから届いたロケット弾をシリアの民兵に引き渡していた。"
    assert _routes(text) == [("Iran", "Syria", {"Iraq"})]


def test_firm_selling_on_dual_use_goods_stays_one_journey() -> None:
    text = "カザフスタンの企業は中国から入手した電子部品をロシアに輸出した。"
    assert _routes(text) == [("China", "Russia", {"Kazakhstan"})]


# 4. a programme under way


def test_programme_or_paperwork_under_way_is_planned() -> None:
    assert _records("ドイツ政府はウクライナに戦車を供与する事業を進めている。") == [
        ("Germany", "Ukraine", None, "planned")
    ]
    assert _records("米国はイスラエルに精密誘導弾を売却する手続きを進めている。") == [
        ("United States", "Israel", None, "planned")
    ]
    assert _records("韓国はポーランドにK2戦車を輸出する計画を着々と進めている。") == [
        ("South Korea", "Poland", None, "planned")
    ]


def test_other_work_under_way_beside_a_done_act_keeps_it_reported() -> None:
    text = "ドイツは昨年ウクライナに戦車を供与し、現在は弾薬の増産を進めている。"
    assert [r[3] for r in _records(text)] == ["reported"]


# 5. fronted sources told by their talk or analysis


def test_talk_put_together_names_the_source() -> None:
    assert _speakers("米政府関係者の話を総合すると、イランはロシアに無人機を送った。") == ["United States"]


def test_analysis_and_view_of_a_source_name_it() -> None:
    assert _speakers("英国防省の分析では、北朝鮮はロシアに砲弾を供与した。") == ["United Kingdom"]
    assert _speakers("韓国国家情報院の見立てでは、北朝鮮がロシアに弾道ミサイルを送った。") == ["South Korea"]


# 6. a question closed by のか


def test_question_closed_by_noka_names_the_receiver_of_the_answer() -> None:
    text = "では、米国はイスラエルにどのような支援をしているのか。\nバイデン政権は精密誘導爆弾を送った。"
    assert _pairs(text) == {("United States", "Israel")}


def test_statement_before_an_answer_lends_no_receiver() -> None:
    assert _transfers("米国はイスラエルを支持しているのだ。\nバイデン政権は精密誘導爆弾を送った。") == []


# 7. exports controlled by law


def test_exports_controlled_by_law_are_no_export() -> None:
    text = (
        "米国は中国企業がロシアに工作機械を供給していると主張した。"
        "報道官は「中露間の協力は第三者の干渉を受けるべきではない」と強調し、"
        "中国は軍民両用品の輸出を法に基づいて厳格に管理していると説明した。"
    )
    assert _records(text) == [("China", "Russia", None, "alleged")]
    assert _pairs("中国は法に基づいてロシアに無人機の部品を輸出した。") == {("China", "Russia")}
