"""Japanese constructions a blind batch in the style of machine-translated state media (TASS, Xinhua,
Yonhap, IRNA, Ukrinform) on the Middle East, the Sahel, Myanmar and Central Asia showed mishandled:
the state an outlet is from (「英国のBBC放送が」), goods reaching armed men the text leaves unnamed
(「武装勢力の手に渡っている」), a craft that called at a base a counted number of times before loading
(「空軍基地に90回以上も着陸し、武器を積み出していた」), a state's works as the subject of an act
(「ロシアの無人機工場が」「アラブガ特別経済区の工場が」) and the announcer of such an act, goods pointed back
to by part of their name (「北朝鮮製の対戦車ミサイル…これらのミサイルは」), the date of a bracketed wire
dateline (「【新華社ビシケク8月26日】」), a state's committee as its speaker (「キルギスの国家安全保障委員会は」),
and an act done in answer to an ask (「ウクライナの要請に応じて戦車を供与した」)."""

from __future__ import annotations

from functools import partial

from tests.parties import one, pairs, records, transfers

PUB = "2025-03-10"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_one = partial(one, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)


# the state an outlet is from is no party to what the outlet reports


def test_state_of_a_named_outlet_is_no_supplier() -> None:
    text = (
        "スーダン軍は先週、イランから無人機を受け取った。"
        "英国のBBC放送が、中国製の無人機が国軍の手に渡っていると報じた。"
    )
    assert ("United Kingdom", "Sudan") not in _pairs(text)
    assert ("China", "Sudan") in _pairs(text)


def test_state_of_an_outlet_with_its_kind_is_no_party() -> None:
    text = "イスラエルの新聞ハアレツは、アゼルバイジャンの貨物機がイスラエルの空軍基地で武器を積み込んだと報じた。"
    assert _pairs(text) == {("Israel", "Azerbaijan")}


def test_state_itself_reporting_still_takes_part() -> None:
    # (a state, not an outlet, after the の: 「英国の国防省が」 speaks for the state)
    text = "英国の国防省が、ウクライナに防空ミサイルを送ったと発表した。"
    assert _pairs(text) == {("United Kingdom", "Ukraine")}


# goods reaching armed men the sentence leaves unnamed


def test_goods_reaching_unnamed_armed_groups_take_no_recipient_from_before() -> None:
    text = (
        "ミャンマー空軍は今週、ロシアから戦闘機2機を受け取った。"
        "中国製の無人機が国境を越えて少数民族武装勢力の手に渡っているという。"
    )
    assert ("China", "Myanmar") not in _pairs(text)
    assert ("Russia", "Myanmar") in _pairs(text)


def test_goods_of_a_named_group_still_reach_it() -> None:
    text = "ミャンマー空軍は今週、ロシアから戦闘機2機を受け取った。中国製の無人機がアラカン軍の手に渡っているという。"
    assert ("China", "Arakan Army") in _pairs(text)


# a craft calling at a base, however often, to load the goods there


def test_craft_landing_many_times_to_load_carries_goods_home() -> None:
    text = "アゼルバイジャンの貨物機がイスラエルの空軍基地に90回以上も着陸し、武器を積み出していた。"
    assert _pairs(text) == {("Israel", "Azerbaijan")}


def test_ship_calling_repeatedly_to_load_carries_goods_home() -> None:
    text = "ロシアの貨物船が北朝鮮の羅津港に何度も入港し、砲弾を積み込んだ。"
    assert _pairs(text) == {("North Korea", "Russia")}


# a state's works as the subject of an act; the one announcing it takes no part


def test_works_of_a_state_receives_for_it() -> None:
    text = "ウクライナ国防省情報総局は、ロシアの無人機工場が中国製のエンジンを受け取り続けていると発表した。"
    assert _pairs(text) == {("China", "Russia")}


def test_works_in_a_known_zone_receives_for_its_state() -> None:
    text = (
        "ウクライナ情報総局は、"
        "アラブガ特別経済区の工場がキルギスの企業を通じて中国製の半導体を入手していると明らかにした。"
    )
    assert _pairs(text) == {("China", "Russia")}


def test_announcer_of_a_works_receipt_is_no_recipient() -> None:
    text = (
        "ウクライナ国防省情報総局は、ある工場がカザフスタンの企業を通じて中国製のエンジンを受け取っていると発表した。"
    )
    assert all(r != "Ukraine" for _s, r in _pairs(text))


def test_announcer_of_its_own_receipt_still_receives() -> None:
    # (goods as the subject, no works: the announcing state's own receipt)
    assert _pairs("ウクライナ国防省は、ドイツから戦車が届いたと発表した。") == {("Germany", "Ukraine")}


# goods pointed back to by a part of their name


def test_goods_pointed_back_to_by_part_of_their_name_keep_their_make() -> None:
    text = (
        "イスラエル軍は、北朝鮮製の対戦車ミサイルを押収したと発表した。"
        "当局者は、これらのミサイルがイランを経由してヒズボラに流れ込んだとみている。"
    )
    t = _one(text, "North Korea", "Hezbollah")
    assert {i.entity.name for i in t.intermediaries if i.entity} == {"Iran"}
    assert {it.category for it in t.items} == {"anti-tank"}


def test_goods_pointed_back_to_of_no_make_have_no_supplier() -> None:
    text = (
        "イスラエル軍は、対戦車ミサイルを押収した。当局者は、"
        "これらのミサイルがイランを経由してヒズボラに流れ込んだとみている。"
    )
    assert ("North Korea", "Hezbollah") not in _pairs(text)


# the date of a wire dateline


def test_dateline_day_dates_an_arrival_by_its_month() -> None:
    text = "【新華社アスタナ3月4日】カザフスタン国防省は、トルコから無人機が到着したと発表した。"
    assert _records(text) == [("Turkey", "Kazakhstan", "2025-03", "confirmed")]


def test_day_given_to_the_arrival_itself_stays() -> None:
    text = "【新華社アスタナ3月5日】カザフスタン国防省によると、トルコ製の無人機は3月4日に首都の空港に到着した。"
    assert [r[2] for r in _records(text)] == ["2025-03-04"]


# a state's committee speaks for the state


def test_committee_of_a_state_confirms_its_receipt() -> None:
    text = "タジキスタンの国家安全保障委員会は4日、トルコから調達した無人機が到着したと発表した。"
    assert _records(text) == [("Turkey", "Tajikistan", "2025-03", "confirmed")]


# an act done in answer to an ask


def test_act_in_answer_to_an_ask_goes_to_the_asker() -> None:
    assert _records("ドイツはウクライナの要請に応じて戦車を供与した。") == [("Germany", "Ukraine", None, "reported")]


def test_act_planned_on_an_ask_is_planned() -> None:
    text = "フランスは、アルメニア政府の要請に基づき、装甲車を引き渡す予定だ。"
    assert _records(text) == [("France", "Armenia", None, "planned")]


def test_ask_of_a_quote_beside_a_plan_leaves_it_planned() -> None:
    text = (
        "ロシア国防省の代表は、「我々はパートナーの要請の枠内で行動している」と話し、"
        "ニジェール軍にも装甲車を引き渡す予定だと述べた。"
    )
    assert [r[3] for r in _records(text)] == ["planned"]


def test_ask_for_goods_stays_a_request() -> None:
    assert _records("ウクライナはドイツに戦車の供与を要請した。") == [("Germany", "Ukraine", None, "requested")]


def test_ask_received_stays_a_request() -> None:
    # (「要請を受けている」: one who has got an ask is asked, not answering it)
    assert [r[3] for r in _records("ドイツはウクライナから戦車の供与の要請を受けている。")] == ["requested"]


def test_agency_dateline_after_a_place_dates_no_deed() -> None:
    text = "バマコ、3月3日。/タス/。ロシアからの装甲車の新しいバッチが、マリの首都バマコに到着した。"
    assert [r[2] for r in _records(text)] == ["2025-03"]


def test_day_after_a_place_in_the_story_still_dates_the_deed() -> None:
    # (no agency after it: a place and a day inside the story)
    text = "マリ軍によると、バマコ、3月3日に、ロシアからの装甲車が到着した。"
    assert [r[2] for r in _records(text)] == ["2025-03-03"]


# 同国 in a clause whose own subject was named before in the sentence


def test_same_state_is_not_the_subject_named_twice() -> None:
    text = "アルメニアは、インドとの間で火砲の購入契約に署名し、インドは昨年、レーダー3基を同国に引き渡した。"
    assert ("India", "Armenia") in _pairs(text)
    assert ("India", "India") not in _pairs(text)
    assert len(_run(text)) == 2


def test_announcer_of_a_firms_delivery_still_receives() -> None:
    # (a firm that hands goods over: the announcing state may be who gets them)
    text = "ウクライナ国防省は、ドイツの防衛企業が装甲車を引き渡したと発表した。"
    assert _pairs(text) == {("Germany", "Ukraine")}
