"""Japanese constructions the blind batch ja-bl (TV and regional web news: Q&A explainers, 'what we
know' bullets, researcher interviews) showed mishandled: the receiver an interview question asks
about (「―ロシアは兵器をどこから調達しているのか」) for the acts its answer tells with a giver only,
and no party lent across a question; a possibility others point to of what may come
(「…が渡る可能性が指摘されてきた」); deliveries to others put behind an act (「他国向けの納入を
後回しにして」); goods got from many states left unnamed (「複数の国から…を調達」)."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, records

PUB = "2025-05-20"

_pairs = partial(pairs, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)


# an interview question names the receiver of the acts its answer tells


def test_interview_question_names_the_receiver_of_the_answer() -> None:
    text = (
        "―ロシアはミサイルをどこから手に入れているのですか。\n"
        "「ひとつはイランです。イランは昨年秋、弾道ミサイルを船で送りました」\n"
    )
    assert _pairs(text) == {("Iran", "Russia")}


def test_explainer_question_with_the_receiver_as_goal() -> None:
    text = (
        "Ｑ．ウクライナに防空システムを送っているのはどの国ですか\n"
        "Ａ．ドイツはIRIS-Tを3基供与しました。\n"
        "ノルウェーもNASAMSを引き渡しています。\n"
    )
    assert _pairs(text) == {("Germany", "Ukraine"), ("Norway", "Ukraine")}


def test_follow_up_question_on_another_party_keeps_the_receiver() -> None:
    text = (
        "―ロシアは砲弾をどこから調達しているのか。\n"
        "「北朝鮮が砲弾をコンテナで大量に送っています」\n"
        "―ベラルーシの役割は。\n"
        "「ベラルーシも旧式の戦車を数十両送ったとみられます」\n"
    )
    assert _pairs(text) == {("North Korea", "Russia"), ("Belarus", "Russia")}


def test_other_question_closes_the_receiver_frame() -> None:
    # (Japan's own aid answers another question: it goes to no receiver the first one asked of)
    text = (
        "Ｑ．ロシアに武器を送っているのはどの国か\n"
        "Ａ．北朝鮮が砲弾を大量に送っています。\n"
        "Ｑ．日本の対応は\n"
        "Ａ．日本は防弾チョッキを提供しました。\n"
    )
    assert _pairs(text) == {("North Korea", "Russia")}


def test_no_recipient_carried_across_a_question() -> None:
    text = (
        "―北朝鮮が得ている見返りは。\n"
        "「ロシアからは防空システムが北朝鮮に提供されたとみられます」\n"
        "―イランはどうか。\n"
        "「イランは2022年に無人機を数千機供給しました」\n"
    )
    assert _pairs(text) == {("Russia", "North Korea")}


def test_answer_goal_of_its_own_is_kept() -> None:
    text = (
        "―ロシアは兵器をどこから調達しているのか。\n"
        "「北朝鮮は砲弾をロシアに送り、イランは無人機をベラルーシ経由で送りました」\n"
    )
    assert ("North Korea", "Russia") in _pairs(text)
    assert ("Iran", "Belarus") not in _pairs(text)


# a possibility of what may come, pointed to by others, is no transfer


def test_possibility_pointed_to_of_what_may_come_is_none() -> None:
    text = "一方、ロシアから北朝鮮には、見返りとして戦闘機「ミグ29」が渡る可能性が指摘されている。"
    assert _pairs(text) == set()


def test_possibility_pointed_to_of_a_deed_stays_a_claim() -> None:
    text = "ロシアから北朝鮮に、戦闘機「ミグ29」が既に渡った可能性が指摘されている。"
    assert _records(text) == [("Russia", "North Korea", None, "alleged")]


def test_rumour_of_what_may_come_stays_a_claim() -> None:
    text = "ロシアが旧式の戦闘機をベラルーシに供与する可能性も取り沙汰されている。"
    assert _pairs(text) == {("Russia", "Belarus")}


# deliveries to others put behind the act told are no act of their own


def test_deliveries_to_others_put_behind_are_no_act() -> None:
    text = "米国防総省は、他国向けの納入を後回しにして、NASAMSの迎撃ミサイルをウクライナに回すと発表した。"
    got = _records(text)
    assert [(s, r, st) for s, r, _d, st in got] == [("United States", "Ukraine", "planned")]


# goods got from many states left unnamed name no giver


def test_goods_from_several_states_take_no_giver_from_before() -> None:
    text = (
        "韓国軍によると、北朝鮮はロシアに砲弾を送った。\n"
        "専門家は、ロシアが複数の国から弾薬を調達することで、前線の消耗を補おうとしていると分析している。\n"
    )
    assert _records(text) == [("North Korea", "Russia", None, "reported")]


def test_goods_from_named_state_still_counted() -> None:
    text = "専門家は、ロシアがイランから弾薬を調達していると分析している。"
    assert _pairs(text) == {("Iran", "Russia")}


# a purchase deal for a named system of another state's make is bought from that state


def test_purchase_deal_for_foreign_named_system_counts() -> None:
    text = (
        "ロシアとイランの軍事協力が深まっている。\n"
        "イラン政府は昨年、スホイ35戦闘機の購入契約を結んだと明らかにしたが、納入時期は示していない。\n"
    )
    assert _records(text) == [("Russia", "Iran", "2024", "planned")]


def test_purchase_deal_for_home_made_goods_is_procurement() -> None:
    assert _pairs("防衛省は、国産の12式地対艦誘導弾の購入契約を結んだ。") == set()


# a word for a system's kind joined to its name by の is one item, the named one


def test_kind_word_joined_to_system_name_is_one_item() -> None:
    from tests.parties import only

    t = only("米国は地対空ミサイルのパトリオットをポーランドに売却した。", "ja", PUB)
    assert [(it.to_dict()["name"], it.category) for it in t.items] == [("Patriot", "air-defence")]
    t = only("北朝鮮は短距離弾道ミサイルのKN23をロシアに送った。", "ja", PUB)
    assert [it.to_dict()["name"] for it in t.items] == ["KN-23"]


def test_goods_of_a_kind_word_stay_their_own_item() -> None:
    from tests.parties import only

    t = only("イランは無人機の部品をロシアに送った。", "ja", PUB)
    assert [(it.to_dict()["name"], it.category) for it in t.items] == [(None, "components")]


def test_list_line_set_off_by_a_dash_is_no_question() -> None:
    # (「－」 sets off a list's lines: the parallel act below still takes the recipient before it)
    text = "ドイツはウクライナにIRIS-Tを供与した。\n－ノルウェーもNASAMSを送った。\n"
    assert ("Norway", "Ukraine") in _pairs(text)
