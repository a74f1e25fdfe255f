"""Japanese constructions found missing: a weapon named in katakana the gazetteer does not know, a
supplier told as a predicate in the sentence after the receipt, the two sides of talks on a purchase
told with 「…と…の間で」, reports on an act and their denial (dated by the denial's day only), and
one act told again: by its named launcher, by a word for arms pointed back to (この兵器引き渡し), or
by the same unnamed speaker naming the systems of a bare word told before."""

from __future__ import annotations

from functools import partial

from tests.parties import one, pairs, records, transfers

PUB = "2026-11-20"


_records = partial(records, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_run = partial(transfers, lang="ja", published=PUB)
_one = partial(one, lang="ja", published=PUB)


def _items(text: str, supplier: str, recipient: str) -> list[tuple[str, str | None]]:
    """(surface, unknown system's name) of each item of the one transfer between the two."""
    return [(i.text, i.name) for i in _one(text, supplier, recipient).items]


def test_an_unknown_katakana_name_before_a_weapon_word_names_the_system() -> None:
    text = "イランはイエメンのフーシ派にサヤード・ミサイルを供与したとされる。"
    assert _items(text, "Iran", "Houthis") == [("サヤード・ミサイル", "サヤード")]
    text = "イランはヒズボラにヤシル2無人機を送った。"
    assert _items(text, "Iran", "Hezbollah") == [("ヤシル2無人機", "ヤシル2")]
    # (a name of two katakana words the tagger takes for a place is still the goods' name, no party)
    text = "イランはハマスにカイバル・シェカンミサイルを渡したという。"
    assert _pairs(text) == {("Iran", "Hamas")}
    assert _items(text, "Iran", "Hamas") == [("カイバル・シェカンミサイル", "カイバル・シェカン")]


def test_a_katakana_word_for_a_kind_of_weapon_names_no_system() -> None:
    text = "米国はイスラエルにステルス戦闘機を売却した。"
    assert _items(text, "United States", "Israel") == [("戦闘機", None)]
    # (nor does a loanword the tagger takes for a person's name stand in the way of the goods)
    text = "ロシアはシリアにクルーズ・ミサイルを供与した。"
    assert _records(text) == [("Russia", "Syria", None, "reported")]
    assert _items(text, "Russia", "Syria") == [("ミサイル", None)]
    # (a country right before the word is the make's state, no name: 「ロシアミサイル」 is told elsewhere)
    text = "イランはロシアにイラン・ドローンを送った。"
    assert all(i.name is None for t in _run(text) for i in t.items)


def test_a_supplier_told_as_a_predicate_after_the_receipt_supplies_it() -> None:
    text = "パキスタン軍は昨年、新型の戦車を受け取った。供給元は中国だった。"
    assert _records(text) == [("China", "Pakistan", "2025", "reported")]
    text = "アルジェリアは今年、潜水艦を購入した。最大の供給国はロシアで、全体の7割を占めた。"
    assert _records(text) == [("Russia", "Algeria", "2026", "reported")]
    # (a supplier left untold stays untold; one told in another paragraph is not this act's)
    text = "インドネシアは戦闘機を購入した。供給元は明らかにされていない。"
    assert _pairs(text) == {(None, "Indonesia")}
    assert _pairs("フィリピンは昨年、哨戒艇を受け取った。\n\n供給元は韓国だった。") == {(None, "Philippines")}


def test_the_sides_of_talks_on_a_purchase_told_with_aida_de_plan_it() -> None:
    text = "エジプトとフランスの間でラファール戦闘機の追加購入をめぐる協議が続いている。"
    assert _records(text) == [("France", "Egypt", None, "planned")]
    text = "米国とサウジアラビアの間で、F35戦闘機の売却に関する交渉が行われた。"
    assert _records(text) == [("United States", "Saudi Arabia", None, "planned")]
    # (a war or a truce told between two states makes them no sides of the act told after)
    text = "イスラエルとハマスの間で停戦協議が続く中、米国はイスラエルに爆弾を送った。"
    assert _records(text) == [("United States", "Israel", None, "reported")]
    # (a debate at home on a purchase is no talks of two sides)
    assert _run("購入をめぐる議論が国内で起きた。") == []


def test_reports_on_an_act_tell_the_act_and_their_denial_denies_it() -> None:
    text = "【モスクワ共同】イラン外務省は14日、ロシアへの弾道ミサイル供与をめぐる報道を否定した。"
    # (the day of the denial dates the denial, not the act denied)
    assert _records(text) == [("Iran", "Russia", None, "denied")]
    text = "イラン外務省は、ロシアへの無人機供与に関する疑惑を「根拠がない」と一蹴した。"
    assert _records(text) == [("Iran", "Russia", None, "denied")]
    text = "北朝鮮によるロシアへのミサイル供与をめぐる報道が相次いでいる。"
    assert _records(text) == [("North Korea", "Russia", None, "alleged")]
    # (a time the report gives the act still dates it)
    text = "イラン外務省は14日、昨年ロシアに無人機を供与したとの報道を否定した。"
    assert _records(text) == [("Iran", "Russia", "2025", "denied")]
    # (a debate on an act is no report of it)
    assert _run("戦車の供与をめぐる議論が続いている。") == []


def test_a_named_missile_told_by_its_launcher_is_the_missile_told_again() -> None:
    text = (
        "ロシアはベラルーシにミサイルを提供する。\n"
        "ロシア国防省は3日、ベラルーシに対し、弾道ミサイル発射装置「イスカンデル」を年内に提供する方針を示した。\n"
        "プーチン大統領は「イスカンデルMをベラルーシに提供する」と述べた。"
    )
    [t] = _run(text)
    assert (t.supplier and t.supplier.entity and t.supplier.entity.name) == "Russia"
    assert t.status == "planned"
    assert {i.entity.name for i in t.items if i.entity} == {"Iskander-M"}


def test_a_word_for_arms_pointed_back_to_is_the_act_told_before() -> None:
    text = (
        "ノルウェー国防省は2024年3月4日、韓国から出荷されたK9自走砲12両が到着したと発表した。\n"
        "この兵器引き渡しは、2022年に両国が結んだ契約に基づくものだ。"
    )
    [t] = _run(text)
    assert (t.date, t.status) == ("2024-03-04", "confirmed")
    assert [i.text for i in t.items] == ["K9自走砲"]


def test_goods_set_aside_with_igai_are_not_the_acts() -> None:
    text = "ポーランドは戦車以外にもFA50軽戦闘機を韓国から購入する計画だ。"
    t = _one(text, "South Korea", "Poland")
    assert [i.text for i in t.items] == ["FA50軽戦闘機"]


def test_the_same_unnamed_speaker_telling_more_tells_the_same_act() -> None:
    text = (
        "ロシアは今月、イランから無人機を受け取ったと米国防総省高官が明らかにした。\n"
        "この高官によると、ロシアは「アラシュ2」と「シャヘド136」の引き渡しを受けたと分析している。"
    )
    [t] = _run(text)
    assert t.status == "reported"
    assert {i.entity.name for i in t.items if i.entity} == {"Arash drone", "Shahed-136"}
    assert all(i.entity is not None for i in t.items)


def test_dokoku_as_the_next_topic_stands_for_the_recipient_told_before() -> None:
    text = "ベネズエラはロシアから戦闘機を調達した。同国は中国からも装甲車を受け取っている。"
    assert _pairs(text) == {("Russia", "Venezuela"), ("China", "Venezuela")}


def test_sides_of_talks_with_no_make_told_tell_no_parts() -> None:
    # (goods of no known make leave the buyer and the seller untold: no half-filled records)
    assert _run("ブラジルとスウェーデンの間で戦闘機の購入をめぐる協議が続いている。") == []
