"""A pair told again with only a word for arms: a background or summary sentence that sums up a deal
told before with its goods ("weapons", 「武器」), with no date, count or status of its own, is that deal
told again, one record; a pledge of arms or arms sent at another date stays a record of its own."""

from __future__ import annotations

from functools import partial

from tests.parties import records, transfers

PUB = "2025-06-10"
_en = partial(records, lang="en", published=PUB)
_ja = partial(records, lang="ja", published=PUB)


def test_a_later_summary_in_arms_joins_the_deal_it_sums_up() -> None:
    text = (
        "Belarus received 12 Su-30SM fighters from Russia in 2023, its defence ministry said.\n"
        "Minsk has long relied on Moscow for arms, and analysts said Russia had supplied weapons to Belarus."
    )
    assert _en(text) == [("Russia", "Belarus", "2023", "reported")]
    (t,) = transfers(text, lang="en", published=PUB)
    assert [i.text for i in t.items] == ["Su-30SM fighters"]
    assert len(t.evidence) == 2  # the summary is kept as evidence of the deal


def test_japanese_summary_in_arms_joins_the_shells() -> None:
    text = (
        "北朝鮮がロシアに砲弾100万発以上を送ったと韓国の情報機関が明らかにした。\n"
        "米政府も、北朝鮮がロシアに武器を供与していると指摘していた。"
    )
    assert _ja(text) == [("North Korea", "Russia", None, "reported")]
    (t,) = transfers(text, lang="ja", published=PUB)
    assert [i.text for i in t.items] == ["砲弾"]


# --- what stays apart


def test_a_lead_in_arms_told_before_the_goods_stays_apart() -> None:
    # (arms in general told first may be a trend of several deals, not the one told below)
    text = (
        "Analysts say Russia has supplied weapons to Belarus.\n"
        "Belarus received 12 Su-30SM fighters from Russia in 2023, analysts say."
    )
    assert len(_en(text)) == 2


def test_a_telling_added_to_those_before_stays_apart() -> None:
    text = (
        "北朝鮮がロシアに砲弾100万発以上を送ったと韓国の情報機関が明らかにした。\n"
        "さらに、米政府も北朝鮮がロシアに武器を供与していると指摘した。"
    )
    assert len(_ja(text)) == 2
    # (an aside, 「なお、」: a third party's word on the arms, here denying its airspace was used)
    aside = text.replace("さらに、米政府も", "なお、モンゴル政府は、")
    assert len(_ja(aside)) == 2


def test_a_share_of_arms_imports_stays_apart() -> None:
    text = (
        "イスラエルがアゼルバイジャンに無人機20機を売却したと報じられた。\n"
        "アゼルバイジャンは輸入兵器の約6割をイスラエルから購入していると報じられた。"
    )
    assert len(_ja(text)) == 2


def test_arms_sent_at_a_date_of_their_own_stay_apart() -> None:
    text = (
        "Iran delivered about 200 Shahed-136 drones to Russia in August, officials said.\n"
        "Iran had already sent weapons to Russia in 2019, a report said."
    )
    assert [d for _s, _r, d, _st in _en(text)] == ["2024-08", "2019"]


def test_a_pledge_of_arms_stays_apart_from_the_delivery() -> None:
    text = (
        "Iran delivered about 200 Shahed-136 drones to Russia in August, officials said.\n"
        "Iran will send more weapons to Russia, the Iranian defence minister said."
    )
    assert [st for _s, _r, _d, st in _en(text)] == ["reported", "planned"]


def test_japanese_pledge_of_arms_stays_apart() -> None:
    text = (
        "北朝鮮がロシアに砲弾100万発以上を送ったと韓国の情報機関が明らかにした。\n"
        "北朝鮮はロシアに武器を供与する計画だと報じられた。"
    )
    assert sorted(st for _s, _r, _d, st in _ja(text)) == ["planned", "reported"]


def test_arms_told_with_a_sum_of_their_own_stay_apart() -> None:
    text = (
        "Kazakhstan received 8 Su-30SM fighters from Russia in 2022, officials said.\n"
        "Officials said Russia has supplied weapons worth about $300 million to Kazakhstan."
    )
    assert len(_en(text)) == 2
    assert len(_en(text.replace("weapons worth about $300 million", "$300 million in weapons"))) == 2


def test_japanese_arms_told_with_a_sum_stay_apart() -> None:
    text = (
        "北朝鮮がロシアに砲弾100万発以上を送ったと韓国の情報機関が明らかにした。\n"
        "米政府は、北朝鮮がロシアに5億ドル相当の武器を供与していると指摘した。"
    )
    assert len(_ja(text)) == 2


def test_a_capital_standing_for_the_recipient_is_no_route_of_its_own() -> None:
    text = (
        "Iran sent about 300 Shahed-136 drones to Russia, a Ukrainian general said.\n"
        "The two leaders met in Tehran in July, and Kyiv said Iran had been supplying weapons to Moscow."
    )
    (t,) = transfers(text, lang="en", published=PUB)
    assert [i.text for i in t.items] == ["Shahed-136 drones"]
