"""Japanese constructions of real reporting that were mishandled: the grounds of a sanction
(「…を供給したとして制裁対象に指定した」, and "sanctioned X for supplying" in English) as the punisher's
charge, a state's own office telling a giving to it that leaves the recipient unsaid
(「ウクライナ国防省は、米国が戦車を供与したと述べた」), the partner of talks set apart by a comma
(「フランスとの間で、戦闘機の購入について協議」), the seller of a deal told by the make of the goods or
by the doer of the sale (「ドイツ製フリゲート艦の売却」「ドイツによる売却」), talks broken off
(「協議を打ち切った」), a sale scheme naming its seller (「対外有償軍事援助（FMS）で調達」), a bare 機体,
艦 or 車両 standing for the system told before, and dated lots of one verb told after the deal they
deliver (「…の購入を決め、去年12月に最初の38両を、ことし7月に42両を受け取った」)."""

from __future__ import annotations

from functools import partial

from tests.parties import one, pairs, records, transfers

from materiel.extract.dates import find_dates
from materiel.pipeline import analyze_text

PUB = "2025-03-10"

_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)
_one = partial(one, lang="ja", published=PUB)


def _lots(text: str) -> list[tuple[str | None, float | None]]:
    """(date, count of the one kind of goods) of each transfer a text tells, in order."""
    out = []
    for t in _run(text):
        [it] = t.items
        out.append((t.date, it.quantity.value if it.quantity else None))
    return out


# the grounds of a sanction are the punisher's charge


def test_grounds_of_a_sanction_are_alleged() -> None:
    text = "英政府は、トルコのB社がイランに無人機用エンジンを納入したとして資産を凍結した。"
    assert [r[3] for r in _records(text)] == ["alleged"]


def test_grounds_of_a_listing_by_a_ministry_are_alleged() -> None:
    text = "米商務省は12日、中国の3社がロシア軍に電子部品を輸出したとして、輸出規制リストに追加した。"
    assert _one(text, "China", "Russia").status == "alleged"


def test_grounds_of_an_english_sanction_are_alleged() -> None:
    a = analyze_text(
        "The U.S. Treasury on Tuesday sanctioned three Chinese companies for supplying drone engines to Russia.",
        lang="en",
        published=PUB,
    )
    assert [t.status for t in a.transfers] == ["alleged"]


def test_grounds_of_english_sanctions_imposed_on_a_firm_are_alleged() -> None:
    a = analyze_text(
        "Britain imposed sanctions on a Chinese firm for shipping electronic components to Iran.",
        lang="en",
        published=PUB,
    )
    assert [t.status for t in a.transfers] == ["alleged"]


def test_english_thanks_for_supplying_are_no_charge() -> None:
    a = analyze_text("Ukraine thanked Germany for supplying air defence systems.", lang="en", published=PUB)
    assert "alleged" not in {t.status for t in a.transfers}


# a state's own office telling a giving with no recipient named: its own state receives


def test_ministry_of_the_recipient_tells_of_a_giving() -> None:
    t = _one("ウクライナ国防省は、米国が戦車を供与したと述べた。", "United States", "Ukraine")
    assert t.status == "confirmed"


def test_government_named_after_its_state_tells_of_a_giving() -> None:
    assert _pairs("ポーランド政府は12日、ドイツが新たに防空システムを引き渡したと発表した。") == {("Germany", "Poland")}


def test_president_of_the_recipient_tells_of_a_giving() -> None:
    text = "フィリピンのマルコス大統領は、日本が沿岸監視レーダーを供与したと明らかにした。"
    assert _pairs(text) == {("Japan", "Philippines")}


def test_third_states_office_with_another_state_in_the_story_names_no_recipient() -> None:
    text = "ロシア軍は前線で砲弾不足に直面している。英国防省は、北朝鮮が砲弾を供与したと述べた。"
    assert ("North Korea", "United Kingdom") not in _pairs(text)


def test_office_of_a_state_at_war_elsewhere_names_no_recipient() -> None:
    text = "ロシアのウクライナ侵攻が続くなか、ドイツ政府は、イランが弾道ミサイルを供与したと非難した。"
    assert ("Iran", "Germany") not in _pairs(text)


def test_office_assessing_a_giving_names_no_recipient() -> None:
    assert _pairs("英国防省は、イランが無人機を供与したとの分析を示した。") == set()


def test_office_telling_as_others_do_names_no_recipient() -> None:
    assert _pairs("フランス政府も、北朝鮮が弾道ミサイルを供与したと述べた。") == set()


def test_goods_given_and_used_on_the_speaker_are_no_receipt() -> None:
    text = "ロシア国防省は、米国が供与したミサイルで南部の空港が攻撃されたと発表した。"
    assert "Russia" not in {r[1] for r in _records(text)}


def test_office_of_the_giver_itself_receives_nothing() -> None:
    assert _pairs("米国防総省は、米国が戦車を供与したと述べた。") == set()


def test_named_recipient_stays() -> None:
    assert _pairs("英国防省は、北朝鮮がロシアに砲弾を供与したと述べた。") == {("North Korea", "Russia")}


# talks and deals between a topic and its partner


def test_partner_of_talks_set_apart_by_a_comma_sells() -> None:
    text = "インドネシアはフランスとの間で、戦闘機の購入について協議している。"
    assert _records(text) == [("France", "Indonesia", None, "planned")]


def test_partner_of_talks_with_its_government_sells() -> None:
    text = "ベトナムはインド政府との間で、巡航ミサイルの購入をめぐり協議を進めている。"
    assert _pairs(text) == {("India", "Vietnam")}


def test_make_of_the_goods_names_the_seller_of_a_sale_agreed() -> None:
    assert _pairs("エジプトはドイツとドイツ製フリゲート艦の売却で合意した。") == {("Germany", "Egypt")}


def test_doer_of_the_sale_names_the_seller() -> None:
    assert _pairs("エジプトはドイツと、ドイツによるフリゲート艦の売却で合意した。") == {("Germany", "Egypt")}


def test_doer_of_the_purchase_names_the_buyer() -> None:
    assert _pairs("ドイツはエジプトと、エジプトによる戦車の購入で合意した。") == {("Germany", "Egypt")}


def test_purchase_agreed_with_a_partner_is_the_topics() -> None:
    assert _pairs("タイは中国と潜水艦の購入で合意した。") == {("China", "Thailand")}


def test_talks_on_other_matters_are_no_transfer() -> None:
    assert _pairs("日本とインドは、経済協力について協議している。") == set()


# talks broken off or suspended plan nothing


def test_talks_broken_off_plan_nothing() -> None:
    assert _pairs("トルコは米国とF16戦闘機の購入をめぐる協議を打ち切った。") == set()


def test_talks_that_failed_plan_nothing() -> None:
    text = "インドはロシアとの間で、戦闘機の購入について協議していたが、交渉は決裂した。"
    assert _pairs(text) == set()


def test_talks_suspended_plan_nothing() -> None:
    assert _pairs("サウジアラビアは中国と無人機の購入をめぐる協議を中断した。") == set()


def test_talks_taken_up_again_still_plan() -> None:
    text = "トルコは中断していた米国とのF16戦闘機の購入をめぐる協議を再開した。"
    assert _records(text) == [("United States", "Turkey", None, "planned")]


# a scheme of sales names the seller of what is bought through it


def test_purchase_through_fms_is_from_the_united_states() -> None:
    text = "ポーランドは対外有償軍事援助（FMS）を通じて攻撃ヘリ96機を調達する。"
    assert _pairs(text) == {("United States", "Poland")}


def test_purchase_by_the_us_paid_aid_is_from_the_united_states() -> None:
    assert _pairs("台湾は米国の有償援助で戦闘機66機を購入する。") == {("United States", "Taiwan")}


def test_receipt_through_the_scheme_is_from_the_united_states() -> None:
    assert _pairs("インドネシアは、有償軍事援助の枠組みで輸送機を受け取った。") == {("United States", "Indonesia")}


def test_purchase_with_a_seller_of_its_own_keeps_it() -> None:
    text = "ポーランドはFMSとは別に、韓国から戦車を購入する。"
    assert _pairs(text) == {("South Korea", "Poland")}


# a bare head noun for a craft, a ship or a vehicle stands for the system told before


def test_bare_airframe_received_is_the_jets_told_before() -> None:
    text = "オランダはウクライナにF16を供与すると表明した。ウクライナ空軍は先月、機体を受け取った。"
    # (a receipt of its own, not folded into the pledge)
    assert _records(text) == [
        ("Netherlands", "Ukraine", None, "planned"),
        ("Netherlands", "Ukraine", "2025-02", "reported"),
    ]


def test_first_airframe_delivered_is_its_own_lot() -> None:
    text = "フィリピンは韓国からFA50戦闘機12機を追加購入する契約を結んだ。最初の機体は2026年に引き渡される。"
    assert sorted(t.date or "" for t in _run(text)) == ["", "2026"]


def test_bare_vehicles_arriving_are_the_howitzers_told_before() -> None:
    text = "ノルウェーはドイツから潜水艦2隻を購入した。車両は今月、港に到着した。"
    # (車両 fits no ship: the arrival takes no goods from the submarines)
    assert [len(t.items) for t in _run(text)] == [1]


# lots of one verb, each with its date and count, after the deal they deliver


def test_dated_lots_after_the_deal_are_one_act_each() -> None:
    text = "台湾は2019年に同型の戦車108両の購入を決め、去年12月に最初の38両を、ことし7月に42両を受け取った。"
    assert _lots(text) == [("2019", 108), ("2024-12", 38), ("2025-07", 42)]


def test_dated_lots_after_a_purchase_sentence_are_one_act_each() -> None:
    text = "ポーランドは韓国からK2戦車を購入した。去年12月に最初の38両を、ことし7月に42両を受け取った。"
    assert _lots(text)[1:] == [("2024-12", 38), ("2025-07", 42)]


def test_dated_lots_keep_the_parties() -> None:
    text = "エジプトはロシアからSu35戦闘機24機の購入を決め、2020年に5機を、2021年に7機を受け取った。"
    assert {(t.supplier.entity.name, t.recipient.entity.name) for t in _run(text)} == {  # type: ignore[union-attr]
        ("Russia", "Egypt")
    }
    assert len(_run(text)) == 3


def test_broadcasters_kana_year_is_this_year() -> None:
    assert [d.iso for d in find_dates("ことし7月に到着した。", "ja", PUB)] == ["2025-07"]


def test_kana_year_inside_a_phrase_is_no_date() -> None:
    assert find_dates("供与することしかできない。", "ja", PUB) == []


# a recipient's own announcement of its receipt, and a lot naming its own giver


def test_recipients_ministry_announcing_a_lot_received_confirms_it() -> None:
    t = _one("ポーランド国防省は、韓国製K2戦車の第2陣を受領したと発表した。", "South Korea", "Poland")
    assert t.status == "confirmed"


def test_first_aircraft_naming_its_giver_after_an_arrival_keeps_its_record() -> None:
    text = (
        "オランダはウクライナにF16戦闘機24機を供与すると表明している。今月、F16がウクライナに到着した。"
        "初号機はデンマークが供与した。"
    )
    assert ("Denmark", "Ukraine") in _pairs(text)
