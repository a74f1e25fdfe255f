"""Japanese constructions a blind batch of machine-translated pieces on Iran, North Korea, Central
Asian re-exports, the Houthis, Sudan and Myanmar showed mishandled: a state's office written with
の (「UAEの外務省」, not Japan's), the audience of a report taken for a recipient (「国会情報委員会への
報告で」), 「この夏」, 「今年に入ってから」 under a statement's day, 「同国の空軍」, goods for drones told
with の (「ドローン用の熱画像カメラ」), 「Xについても、」 opening on one more actor, resupply (補給), the
cargo of a seizure told in the sentence after it, a headline's 「…たか」, a headline's second clause
after its break, and an act noun the parser starts as a root of its own (「…を追加供与」)."""

from __future__ import annotations

from functools import partial

from spacy.tokens import Doc
from spacy.vocab import Vocab
from tests.parties import name as _name
from tests.parties import one, pair_list, transfers

PUB = "2025-09-20"
_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pair_list, lang="ja", published=PUB)
_one = partial(one, lang="ja", published=PUB)


def test_a_states_office_written_with_no_is_that_states() -> None:
    t = _one('カタールの外務省は、"ハマスにいかなる武器も提供していない"と否定した。', "Qatar", "Hamas")
    assert t.status == "denied"
    # (a bare 外務省 is still Japan's, and so is 日本の外務省)
    t = _one("日本の外務省は、フィリピンに巡視船を供与すると発表した。", "Japan", "Philippines")
    assert t.status == "planned"


def test_the_audience_of_a_report_is_no_recipient() -> None:
    text = (
        "国家情報院は４日、国会情報委員会への報告で、北朝鮮がロシアに短距離弾道ミサイルを追加で送ったと明らかにした。"
    )
    assert _pairs(text) == [("North Korea", "Russia")]


def test_this_season_is_of_the_year_of_publication() -> None:
    t = _one("英当局者によると、ベラルーシはこの春、ロシアに旧式の戦車数十両を鉄道で送った。", "Belarus", "Russia")
    assert t.date == "2025"
    assert t.status == "reported"


def test_a_period_entered_dates_the_act_not_the_day_it_was_said() -> None:
    t = _one(
        "韓国国防省は２日、北朝鮮が今年に入ってからロシアに多連装ロケット砲を送ったと明らかにした。",
        "North Korea",
        "Russia",
    )
    assert t.date == "2025"
    assert [i.category for i in t.items] == ["rocket-launcher"]


def test_this_countrys_air_force_is_the_state_named_before() -> None:
    text = "ロシアはベラルーシに戦闘機を供与することで合意しているが、同国の空軍にはまだ届いていない。"
    assert _pairs(text) == [("Russia", "Belarus")]
    assert _one(text, "Russia", "Belarus").status == "planned"


def test_a_camera_for_drones_is_one_part_of_the_make_told() -> None:
    t = _one("アルメニアの商社が日本製の無人機用の熱画像カメラ数百台をロシアに転売した。", "Japan", "Russia")
    assert [_name(p) for p in t.intermediaries] == ["Armenia"]
    assert [i.category for i in t.items] == ["components"]


def test_one_more_state_spoken_of_is_the_actor() -> None:
    t = _one(
        "トルコについても、ウクライナに装甲車を提供したとの報道があるが、同国政府は確認していない。",
        "Turkey",
        "Ukraine",
    )
    assert t.status == "alleged"
    # (with an actor of its own the state spoken of is where the actor is, not a receiver)
    text = "カザフスタンについても、同国の企業がロシアの軍需企業に中国製の工作機械を転売した疑いが出ている。"
    assert _pairs(text) == [("China", "Russia")]
    assert [_name(p) for p in _one(text, "China", "Russia").intermediaries] == ["Kazakhstan"]


def test_resupply_from_another_party_is_a_transfer() -> None:
    t = _one("フーシ派は、イランから弾薬とロケット弾の補給を受けてきた。", "Iran", "Houthis")
    assert [i.category for i in t.items] == ["ammunition", "ammunition"]
    # (a force resupplying its own units names no one receiving)
    assert not _run("ロシア軍は前線の部隊に弾薬を補給している。")


def test_the_cargo_of_a_seizure_comes_from_where_the_goods_were_made() -> None:
    text = (
        "英海軍は先月下旬、オマーン沖でイラン製とみられる対戦車ミサイルの部品などを押収したと発表した。"
        "積み荷はフーシ派に運ばれる予定だったという。"
    )
    t = _one(text, "Iran", "Houthis")
    assert t.status == "alleged"
    assert t.date == "2025-08"
    assert [i.category for i in t.items] == ["components"]


def test_a_headline_asking_whether_it_was_sent_is_a_hedge() -> None:
    assert _one("イラン、ロシアに弾道ミサイルを送ったか　米紙", "Iran", "Russia").status == "alleged"
    # (「何を送ったか、」 in a body sentence asks what; it tells no act)
    assert not _run("イランがロシアに何を送ったか、米政府は明らかにしていない。")


def test_a_headlines_clause_after_its_break_is_its_own() -> None:
    assert _pairs("セルビア、中国から防空システムを追加調達へ　コソボは反発") == [("China", "Serbia")]


def test_an_act_noun_the_parser_starts_as_a_root_takes_the_arguments_before_it() -> None:
    """「北朝鮮、ロシアに自走砲を追加供与　韓国軍」 parsed with 追加 as the root of the phrase and 供与
    a root of its own: the goods and the receiver hung on 追加 are the act's."""
    from materiel.extract.ja import _attach

    words = ["北朝鮮", "、", "ロシア", "に", "自走砲", "を", "追加", "供与", "\u3000", "韓国", "軍"]
    heads = [2, 0, 6, 2, 6, 4, 6, 7, 10, 10, 10]
    deps = ["nmod", "punct", "obl", "case", "obj", "case", "ROOT", "ROOT", "dep", "compound", "ROOT"]
    pos = ["PROPN", "PUNCT", "PROPN", "ADP", "NOUN", "ADP", "NOUN", "NOUN", "PUNCT", "PROPN", "NOUN"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert _attach(4, doc, {7: 0}) == 0
    assert _attach(2, doc, {7: 0}) == 0
    # (a root noun with no act right after it hands nothing on)
    assert _attach(9, doc, {7: 0}) is None


def test_straight_quotes_around_listed_names_are_no_predicate() -> None:
    t = _one('スーダン国軍はイランから無人機"モハジェル6"と"アバビル"を受け取った。', "Iran", "Sudan")
    assert [i.category for i in t.items] == ["drone", "drone"]
    t = _one('ドイツはウクライナに"IRIS-T"防空システムと"ゲパルト"自走対空砲を送った。', "Germany", "Ukraine")
    assert t.status == "reported"
