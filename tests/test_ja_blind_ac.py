"""Japanese constructions a blind batch of machine-translated foreign reports (Iran's deliveries to
the Houthis and Iraqi militias, Sudan's and Libya's suppliers, the Sahel juntas' Turkish drones,
North Korean shells for Russia) showed mishandled: a backer named in an epithet (「イランの支援を
受けるフーシ派」), a party spoken of with no comma of its own (「イランについては2023年末、」), a
gloss between a party and the place goods go to (「人民動員隊（PMF）の倉庫へ」), an origin claimed
after a clause set against it (「軍は出所を明らかにしていないが、…これらはイランから」), compound verbs
spelled in kana (受けとる, 引きわたす), a total told with 合計で, the make of one clause's goods taken
for another's, and a teller whose topic the parse hung on the first act."""

from __future__ import annotations

from functools import partial

from tests.parties import one, pairs, transfers, via

PUB = "2025-07-17"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_one = partial(one, lang="ja", published=PUB)


# a backer named in an epithet on a party is no transfer


def test_backer_in_an_epithet_gives_nothing() -> None:
    assert _run("イランの支援を受けるフーシ派は、紅海で弾道ミサイルを発射した。") == []
    assert _run("ロシアの支援を受けるマリ軍は、北部でトルコ製の無人機を使って武装勢力を攻撃した。") == []
    assert (
        _run(
            "イランの支援を受けるイエメンのフーシ派の報道官は1日、イスラエルに向けて極超音速ミサイルを発射したと主張した。"
        )
        == []
    )


def test_support_with_goods_named_still_gives() -> None:
    t = _one("マリ軍は昨年、ロシアから装甲車の支援を受けた。", "Russia", "Mali")
    assert t.date == "2024"
    assert _pairs("フーシ派はイランから弾道ミサイルの支援を受けている。") == {("Iran", "Houthis")}


# a party spoken of (については) with a time word, not a comma, after it


def test_party_spoken_of_with_a_time_word_after_it_gives() -> None:
    text = "トルコは昨年、スーダン軍に無人機を引き渡した。イランについては2023年末、スーダン軍に無人機を供給していた。"
    assert _pairs(text) == {("Turkey", "Sudan"), ("Iran", "Sudan")}
    t = _one(text, "Iran", "Sudan")
    assert t.date == "2023-12"


def test_receiver_spoken_of_with_a_time_word_after_it() -> None:
    t = _one("ロシアについては今年に入り、北朝鮮が砲弾を大量に送ったとされる。", "North Korea", "Russia")
    assert t.status == "alleged"
    assert t.date == "2025"


# a gloss in brackets between a party and the place its goods are taken to


def test_gloss_before_the_place_goods_go_to() -> None:
    t = _one(
        "ゴッズ部隊は昨年12月、バグダッドの人民動員隊（PMF）の倉庫へミサイル部品を届けていたとされる。",
        "Iran",
        "Popular Mobilization Forces",
    )
    assert t.status == "alleged"
    assert t.date == "2024-12"
    assert _pairs("ロシアは今年、リビア国民軍（LNA）の基地に防空システムを送った。") == {
        ("Russia", "Libyan National Army")
    }


# the origin of seized goods claimed after a clause set against it


def test_origin_of_seized_goods_after_a_contrast() -> None:
    text = (
        "レバノン軍は11日、ヒズボラ向けとみられる対戦車ミサイル十数発を積んだトラックを押収したと発表した。"
        "軍は出所を明らかにしていないが、イスラエル軍は、これらはイランからシリアを経由して密輸されたものだと主張した。"
    )
    t = _one(text, "Iran", "Hezbollah", lang="ja", published="2025-05-12")
    assert t.status == "alleged"
    assert via(t) == {"Syria"}


def test_origin_of_seized_goods_after_a_concession() -> None:
    text = (
        "イエメン沿岸警備隊は先月、小銃と弾薬を押収した。"
        "沿岸警備隊は出所に言及しなかったものの、これらはイランからフーシ派に送られる途中だったとみられる。"
    )
    assert _pairs(text) == {("Iran", "Houthis")}


# compound verbs whose second verb is spelled in kana


def test_compound_verbs_spelled_in_kana() -> None:
    assert _pairs("ロシアは北朝鮮から砲弾を受けとった。") == {("North Korea", "Russia")}
    assert _pairs("ポーランドはウクライナに戦車を引きわたした。") == {("Poland", "Ukraine")}
    assert _pairs("北朝鮮はロシアに砲弾を送りこんだ。") == {("North Korea", "Russia")}
    assert _pairs("イランはヒズボラの拠点に対戦車ミサイルを運びこんだ。") == {("Iran", "Hezbollah")}


# a running total told with 合計で


def test_total_told_with_de() -> None:
    t = _one(
        "ウクライナ情報総局は、北朝鮮からロシアが昨年以来受けとった152ミリ砲弾は合計で少なくとも600万発にのぼる、と評価している。",
        "North Korea",
        "Russia",
    )
    [item] = t.items
    assert item.quantity is not None and item.quantity.value == 6_000_000
    assert t.date == "2024"
    assert t.status == "alleged"


# two acts joined by ほか: each keeps the make of its own goods and the first act's subject


def test_make_of_the_second_clause_goods_is_not_the_first_acts() -> None:
    text = "フーシ派はイランから弾道ミサイル部品を入手していたほか、北朝鮮製の対戦車ロケットも入手していた。"
    assert _pairs(text) == {("Iran", "Houthis"), ("North Korea", "Houthis")}
    assert via(_one(text, "Iran", "Houthis")) == set()


def test_teller_topic_hung_on_the_first_act() -> None:
    text = (
        "国連の専門家パネルは昨年の報告書で、フーシ派がイランから弾道ミサイル部品を入手していたほか、"
        "北朝鮮製とみられる対戦車ロケットも入手していた、と指摘している。"
    )
    assert _pairs(text) == {("Iran", "Houthis"), ("North Korea", "Houthis")}
    assert _one(text, "North Korea", "Houthis").status == "alleged"


# a capital the goods reach stands for its state


def test_sahel_capital_stands_for_its_state() -> None:
    text = "マリ軍は20日、トルコから購入した無人攻撃機がバマコに到着したと発表した。"
    assert _pairs(text) == {("Turkey", "Mali")}


# a calibre before a generic word for guns is part of the item


def test_calibre_before_a_gun_word() -> None:
    t = _one("北朝鮮はロシアに170ミリ自走砲を数十門送った。", "North Korea", "Russia")
    assert [it.text for it in t.items] == ["170ミリ自走砲"]
    t = _one("韓国はポーランドに155mm自走榴弾砲を48門送った。", "South Korea", "Poland")
    assert [it.text for it in t.items] == ["155mm自走榴弾砲"]


# goods ordered from a party, told in a relative clause, that then arrive


def test_goods_ordered_then_arrived_come_from_the_seller() -> None:
    text = "マリ軍は20日、トルコから発注した無人攻撃機の第2陣がバマコに到着したと発表した。"
    t = _one(text, "Turkey", "Mali", lang="ja", published="2025-04-22")
    assert t.status == "confirmed"
    text = "トルコは武器輸出を増やしている。ニジェール軍は、トルコから購入した装甲車がニアメに到着したと明らかにした。"
    assert ("Turkey", "Niger") in _pairs(text)


# the forces' general staff speaks for its state


def test_general_staff_announcing_a_receipt() -> None:
    t = _one(
        "マリ軍の参謀本部は20日、トルコから無人機を受け取ったと発表した。",
        "Turkey",
        "Mali",
        lang="ja",
        published="2025-04-22",
    )
    assert t.status == "confirmed"
    t = _one("ブルキナファソ軍参謀本部は、ロシアから攻撃ヘリを受け取ったと発表した。", "Russia", "Burkina Faso")
    assert t.status == "confirmed"


# both sides coordinated: one transfer for each pair


def test_coordinated_buyers_and_sellers_make_every_pair() -> None:
    text = "マリとニジェールは、トルコとロシアから兵器を購入した。"
    assert _pairs(text) == {("Turkey", "Mali"), ("Turkey", "Niger"), ("Russia", "Mali"), ("Russia", "Niger")}
    text = "米国と英国はウクライナとモルドバに防空システムを供与した。"
    assert len(_run(text)) == 4


# a part of the world a story sets its states in is no party


def test_region_before_the_states_is_no_recipient() -> None:
    text = "西アフリカのサヘル地域で軍事政権が統治するマリとブルキナファソは、ロシアからの兵器購入を増やしている。"
    assert _pairs(text) == {("Russia", "Mali"), ("Russia", "Burkina Faso")}
    assert _pairs("ロシアは東南アジアのミャンマーに戦闘機を売った。") == {("Russia", "Myanmar")}


def test_count_told_so_far_after_the_number_word() -> None:
    t = _one(
        "北朝鮮がロシアに提供した短距離弾道ミサイルの数は、これまでに100発を超えるとされる。", "North Korea", "Russia"
    )
    [item] = t.items
    assert item.quantity is not None and item.quantity.value == 100


# an office of state the gazetteer lacks speaks and acts for the state its の names


def test_unknown_state_agency_stands_for_its_state() -> None:
    t = _one("トルコの国防産業庁は、スーダン軍にTB2を輸出する契約を結んだと発表した。", "Turkey", "Sudan")
    assert t.status == "planned"


# a craft laden with goods heading for a port carries them there


def test_laden_craft_heading_for_a_port() -> None:
    assert _pairs("北朝鮮の貨物船は羅津港で砲弾を積み、ロシアのドゥナイ港へ向かった。") == {("North Korea", "Russia")}
    assert _pairs("砲弾を積んだ北朝鮮の貨物船がロシアのドゥナイ港へ向かった。") == {("North Korea", "Russia")}
    assert _run("北朝鮮の代表団はモスクワへ向かった。") == []
    assert _run("貨物船はイエメンに向かっていたことが判明した。") == []


# an act told by a teller the gazetteer lacks, then denied by a party in the same sentence


def test_told_by_an_unknown_teller_then_denied_keeps_the_report() -> None:
    text = "アラブ首長国連邦はチャド経由で即応支援部隊に武器を送っていると国連報告書が指摘したが、UAEは否定した。"
    t = _one(text, "United Arab Emirates", "Rapid Support Forces")
    assert t.status == "reported"
    assert via(t) == {"Chad"}
    # (machine translation's comma before が)
    text = "イランはフーシ派に弾道ミサイルを送っていると国連の報告書は指摘した、がイランは否定した。"
    assert _one(text, "Iran", "Houthis").status == "reported"


def test_denial_alone_stays_denied() -> None:
    assert _one("イラン外務省は、フーシ派にミサイルを送ったとの報道を否定した。", "Iran", "Houthis").status == "denied"
