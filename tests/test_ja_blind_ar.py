"""Japanese constructions a blind batch of wire copy, magazine analysis, a forum repost and machine
translations (Russia and North Korea, Western aid to Ukraine, Central Asian evasion, the Caucasus,
Middle East proxies) showed mishandled: makers told in a clause on the goods taken for the state
同国 means (「パキスタンと中国が共同開発した戦闘機を…。同国は」), a state's interim rulers
(「シリア暫定政府の国防省は」), the one a suspicion of an act is held on (「…の物流会社にも、…を転売した
疑いが持たれている」), a destination declared on paper (「カザフスタン向けと申告された部品」), a firm named by
the goods it makes (「ミサイル製造企業」), an outlet the gazetteer lacks opening a sentence after a
connective (「一方、英紙タイムズは、」), a translated dateline's city before a dash (「キーウ – 」), the
load of a craft struck or taken on its way (「…を運んでいたトラックを空爆した」), a bare month after a
paragraph opening on the other side (「対するアルメニアは…。仏国防省は6月、」), and a lot of parts
by other go-betweens given the make of the lot told before."""

from __future__ import annotations

from functools import partial

from tests.parties import one, pairs, records, transfers, via

PUB = "2025-03-10"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_one = partial(one, lang="ja", published=PUB)


# makers told in a clause on the goods are not what 同国 means


def test_co_developers_of_goods_are_not_the_state_meant_next() -> None:
    text = (
        "アゼルバイジャンは、パキスタンと中国が共同開発した戦闘機を調達する契約をパキスタンと結んだ。"
        "同国はこれまでイスラエルから無人機を輸入してきた。"
    )
    found = _pairs(text)
    assert ("Israel", "Azerbaijan") in found
    assert ("Israel", "China") not in found


def test_developer_of_goods_is_not_the_state_meant_next() -> None:
    text = "ベトナムは、米国が開発した哨戒機の導入を検討している。同国はこれまでロシアから戦闘機を買ってきた。"
    assert ("Russia", "Vietnam") in _pairs(text)


# a state's interim rulers


def test_interim_government_speaks_for_its_state() -> None:
    t = _one("シリア暫定政府の国防省は、トルコから装甲車両を受け取ったと発表した。", "Turkey", "Syria")
    assert t.status == "confirmed"


def test_new_regime_receives_for_its_state() -> None:
    assert _pairs("シリア新政権は先月、トルコから装甲車両を受け取った。") == {("Turkey", "Syria")}


# the one a suspicion of an act is held on


def test_firm_a_suspicion_is_held_on_passes_the_goods_on() -> None:
    text = "タジキスタンの物流会社にも、ドイツ製の工作機械をロシアの企業に転売した疑いが持たれている。"
    t = _one(text, "Germany", "Russia")
    assert via(t) == {"Tajikistan"}
    assert t.status == "alleged"


def test_state_a_suspicion_of_receipt_is_held_on_receives() -> None:
    text = "ベラルーシには、北朝鮮から砲弾を受け取った疑いが持たれている。"
    assert _pairs(text) == {("North Korea", "Belarus")}


def test_destination_with_mo_and_no_comma_stays_the_destination() -> None:
    # (no comma after にも: the goods go there, whoever is suspected)
    text = "同社は、ロシアにも米国製の半導体を輸出した疑いが持たれている。"
    assert ("United States", "Russia") in _pairs(text)


# a destination declared on paper


def test_destination_declared_on_paper_is_passed_through() -> None:
    text = "トルクメニスタン向けと申告された電子部品が、トラックで国境を越えてロシア国内に運び込まれた。"
    assert via(_one(text, None, "Russia")) == {"Turkmenistan"}


def test_destination_false_declared_is_passed_through() -> None:
    t = _one("その商社はアルメニア向けと偽って半導体をロシアに輸出した。", None, "Russia")
    assert via(t) == {"Armenia"}


def test_goods_for_a_party_stay_its_own() -> None:
    # (向けとして with no declaring: the goods are for it)
    assert _pairs("米国はウクライナ向けとして砲弾を送った。") == {("United States", "Ukraine")}


# a firm named by the goods it makes


def test_missile_maker_names_no_missiles() -> None:
    t = _one("中国の商社が、ロシアのミサイル製造企業に工作機械を売った。", "China", "Russia")
    assert [it.category for it in t.items] == ["dual-use"]


# an outlet the gazetteer lacks, after a connective


def test_outlet_after_a_connective_tells_not_the_giver() -> None:
    text = (
        "船はイラン製の無人機をフーシ派に運んでいた。"
        "一方、米紙は、イランがイラクの親イラン民兵組織カタイブ・ヒズボラに射程の長い弾道ミサイルを移送したと報じた。"
    )
    t = _one(text, "Iran", "Kataib Hezbollah")
    assert t.status == "reported"


# a translated dateline


def test_dateline_city_before_a_dash_does_not_speak() -> None:
    text = "キーウ – 地元メディアによると、オーストラリアの戦車がポーランドを経由してウクライナに到着しました。"
    t = _one(text, "Australia", "Ukraine")
    assert t.status == "reported"


# the load of a craft struck or taken


def test_load_of_a_convoy_struck_is_alleged() -> None:
    text = "イスラエル軍は、イランからヒズボラに武器を運んでいたトラックを空爆したと発表した。"
    assert _one(text, "Iran", "Hezbollah").status == "alleged"


def test_load_told_after_a_boat_was_taken_is_alleged() -> None:
    text = "米軍は紅海で小型船を拿捕した。米中央軍によると、船はイランからフーシ派にミサイル部品を運んでいた。"
    assert _one(text, "Iran", "Houthis").status == "alleged"


def test_goods_flown_in_with_no_strike_stay_reported() -> None:
    text = "米国は輸送機でウクライナに砲弾を運んだ。ロシア軍は前線の陣地を攻撃した。"
    assert _one(text, "United States", "Ukraine").status == "reported"


# a paragraph that turns to the other side leaves the story told before


def test_bare_month_after_a_paragraph_turning_away_is_of_this_year() -> None:
    text = (
        "アゼルバイジャンは2020年6月にトルコから無人機を購入した。同年秋の戦争で使った。\n"
        "対するアルメニアは調達先を変えた。フランスは6月、自走砲36門をアルメニアに売却する契約を結んだ。"
    )
    assert ("France", "Armenia", "2024-06", "planned") in records(text, "ja", "2024-12-10")


def test_bare_month_in_the_next_paragraph_of_a_story_stays_its_year() -> None:
    # (no turn: the story of 2020 goes on)
    text = (
        "アゼルバイジャンは2020年6月にトルコから無人機を購入した。同年秋の戦争で使った。\n"
        "アルメニアは調達先を変えた。フランスは6月、自走砲36門をアルメニアに売却する契約を結んだ。"
    )
    assert ("France", "Armenia", "2020-06", "planned") in records(text, "ja", "2024-12-10")


# a lot of parts by other go-betweens names no make of its own


def test_parts_by_another_go_between_take_no_make_told_before() -> None:
    text = (
        "ウズベキスタンの商社は、米国製の半導体をロシアの企業に出荷した。ドイツ製の工作機械もキルギスの企業を通じて"
        "ロシアに渡った。調査機関によると、トルクメニスタン向けと申告された電子部品も鉄道でロシア国内に運び込まれて"
        "いるとみられる。"
    )
    t = _one(text, None, "Russia")
    assert via(t) == {"Turkmenistan"}


def test_parts_by_the_same_go_between_keep_the_make_told_before() -> None:
    text = (
        "ウズベキスタンの商社は、米国製の半導体をロシアの企業に出荷した。ドイツ製の工作機械もキルギスの企業を通じて"
        "ロシアに渡った。調査機関によると、ウズベキスタン経由で電子部品もロシア国内に運び込まれているとみられる。"
    )
    assert (None, "Russia") not in {r[:2] for r in records(text, "ja", PUB)}


def test_parts_named_again_on_their_way_keep_their_make() -> None:
    # (「部品は」 names the lot just told again, whatever stops it makes)
    text = (
        "米商務省によると、シンガポールの企業5社がロシアの企業に米国製の電子部品を転売していた。関係者によれば、"
        "部品はいったんシンガポールの倉庫に集められた後、海路でベトナムに運ばれ、そこから鉄道でロシアに向かうという。"
    )
    assert {r[:2] for r in records(text, "ja", PUB)} == {("United States", "Russia")}
