"""A surname and title the gazetteer gives a known person (India's 「シン国防相」) after another state's
の (「韓国のシン国防相」) is that state's office holder: the speaker is the state its の names, so its
word on its own delivery confirms it."""

from __future__ import annotations

from functools import partial

from tests.parties import name, records

from materiel.pipeline import analyze_text

PUB = "2025-03-20"

_records = partial(records, lang="ja", published=PUB)


def test_another_states_minister_of_a_known_surname_speaks_for_that_state() -> None:
    text = "韓国のシン国防相は15日、K9自走砲の第2陣をポーランドに引き渡したと明らかにした。"
    analysis = analyze_text(text, lang="ja", published=PUB)
    assert [name(c.speaker) for c in analysis.claims] == ["South Korea"]
    assert [(s, r, st) for s, r, _, st in _records(text)] == [("South Korea", "Poland", "confirmed")]


def test_the_known_ministers_own_state_keeps_him() -> None:
    # (India's own minister of that surname is still the known person, speaking for India)
    text = "インドのシン国防相は15日、ブラモスの第2陣をフィリピンに引き渡したと明らかにした。"
    analysis = analyze_text(text, lang="ja", published=PUB)
    assert {m.entity_id for m in analysis.mentions} >= {"mat:person-rajnath-singh"}
    assert [(s, r, st) for s, r, _, st in _records(text)] == [("India", "Philippines", "confirmed")]


def test_a_headline_merged_with_a_later_detail_is_as_sure_as_the_lead() -> None:
    # (the headline's words match the later sentence's goods; the lead, an assessment, says how sure
    # the story is of the act)
    text = (
        "中国、ロシアに無人機部品を大量供給か　米当局者、北朝鮮にも言及\n\n"
        "【ワシントン共同】米政府当局者は10日、記者団に対し、中国がロシアに無人機のエンジンや光学機器などの部品を"
        "大量に供給し、ロシアの兵器生産を支えているとの見方を示した。\n"
        "当局者によると、部品の多くは香港やトルコのフロント企業を経由してロシアに渡っているという。"
    )
    first = _records(text)[0]
    assert (first[0], first[1], first[3]) == ("China", "Russia", "alleged")


def test_a_headlines_bare_act_noun_over_a_contract_is_the_plan() -> None:
    text = (
        "ペルー、韓国製K2戦車を50両購入\n"
        "【リマ共同】ペルー国防省は3日、韓国の現代ロテムと主力戦車K2を50両購入する契約を結んだと発表した。"
        "初号機は来年引き渡される見通し。"
    )
    first = _records(text)[0]
    assert (first[0], first[1], first[3]) == ("South Korea", "Peru", "planned")


def test_a_headline_telling_the_act_done_keeps_its_fact() -> None:
    # (a verb's past after the act noun is no bare noun: the headline tells the delivery)
    text = (
        "ペルー、韓国製K2戦車を受け取った\n"
        "【リマ共同】ペルー国防省は3日、韓国と主力戦車K2を50両購入する契約を結んだと発表した。"
    )
    assert _records(text)[0][3] != "planned"


def test_a_long_titled_topic_with_its_day_speaks_not_the_acts_subject() -> None:
    # (the act's own subject inside what the rapporteur's report says is no speaker: no party's word)
    text = (
        "国連人権理事会の特別報告者は12日、スーダン国軍が2023年以降、イランやロシアなどから"
        "無人機や弾薬を輸入したとする報告書を公表した。"
    )
    analysis = analyze_text(text, lang="ja", published=PUB)
    assert "Sudan" not in {name(c.speaker) for c in analysis.claims}
    assert {st for _, _, _, st in _records(text)} == {"reported"}
