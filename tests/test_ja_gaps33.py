"""Japanese constructions a sweep of probes exposed: an outcry listed among what an act ignores is
no hedge; a hedge only on words describing a party leaves the act as told; a lead's fact is not
made a guess by a hedged detail that names neither party; talks held with a third state are not a
side of the act; goods a state showed and then sent come from it; goods the headline gives a make
come from that make; goods-first stretches closing on their receiver are several acts; an act done
under a contract is done; a plan's cue after two act nouns joined by 「と、」 plans both."""

from __future__ import annotations

from functools import partial

from tests.parties import pair, records, transfers, via

PUB = "2025-06-15"

_records = partial(records, lang="ja", published=PUB)


def _pairs_status(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(s, r, st) for s, r, _, st in _records(text)]


def test_an_outcry_listed_among_what_the_act_ignores_is_no_hedge() -> None:
    text = "北朝鮮は、国際社会の非難や国連安保理の制裁決議を無視して、昨年秋以降、数百万発の砲弾をロシアに送った。"
    assert _pairs_status(text) == [("North Korea", "Russia", "reported")]


def test_a_hedge_describing_a_party_leaves_the_act_as_told() -> None:
    text = (
        "イランは、その同盟国であるとされるロシアに対して、カスピ海の港を経由する形で、"
        "砲弾を数十万発輸送したと、英国の情報機関は明らかにした。"
    )
    assert _pairs_status(text) == [("Iran", "Russia", "reported")]


def test_a_hedged_act_qualifying_the_goods_still_hedges() -> None:
    text = "ウクライナ軍は、北朝鮮がロシアに供与したとみられるミサイルの残骸を公開した。"
    assert {st for _, _, st in _pairs_status(text)} == {"alleged"}


def test_a_hedged_detail_naming_no_party_does_not_make_the_lead_a_guess() -> None:
    text = "北朝鮮は今月、ロシアに砲弾を送った。砲弾は鉄道で運ばれたとみられる。"
    assert _pairs_status(text) == [("North Korea", "Russia", "reported")]


def test_a_source_hedging_the_act_again_below_the_lead_still_makes_it_a_guess() -> None:
    text = "北朝鮮は今月、ロシアに砲弾を送った。関係筋によると、北朝鮮はロシアに砲弾を鉄道で送ったとみられる。"
    assert _pairs_status(text) == [("North Korea", "Russia", "alleged")]


def test_talks_with_a_third_state_are_no_side_of_the_act() -> None:
    text = "イランは、米国との協議が難航するなか、ロシアに弾道ミサイルを供与したと欧州当局者が明らかにした。"
    assert _pairs_status(text) == [("Iran", "Russia", "reported")]


def test_the_partner_of_a_deal_is_still_its_other_side() -> None:
    assert _pairs_status("ポーランドは韓国とK2戦車の購入契約を結んだ。") == [("South Korea", "Poland", "planned")]


def test_goods_given_and_put_to_heavy_use_went_to_their_user() -> None:
    text = "ロシア軍はイランが供給したシャヘド無人機を多用している。"
    assert _pairs_status(text) == [("Iran", "Russia", "reported")]


def test_goods_a_state_showed_then_sent_on_come_from_it() -> None:
    text = "イランの革命防衛隊は新型無人機を公開した。米当局者によると、これらの無人機はすでにロシアに送られた。"
    assert _pairs_status(text) == [("Iran", "Russia", "reported")]


def test_goods_pointed_back_to_after_an_act_keep_their_own_story() -> None:
    text = "ロシアは新型無人機を公開した。これらの無人機は今後、国内の部隊に配備される。"
    assert _pairs_status(text) == []


def test_goods_the_headline_gives_a_make_come_from_it() -> None:
    text = (
        "中国製ドローン部品、ロシア軍需企業へ\n\n"
        "ロシアの軍需企業が昨年、無人機用のモーターやカメラを大量に入手していたことが、税関記録から明らかになった。"
    )
    assert _pairs_status(text) == [("China", "Russia", "reported")]


def test_a_headline_make_of_other_goods_gives_no_supplier() -> None:
    text = (
        "中国製ドローン部品、ロシア軍需企業へ\n\n"
        "ロシアの軍需企業が昨年、大量の砲弾を入手していたことが、税関記録から明らかになった。"
    )
    assert [s for s, _, _ in _pairs_status(text)] == [None]


def test_goods_first_stretches_closing_on_their_receivers_are_acts_of_their_own() -> None:
    text = "イスラエルは防空システムをドイツに、レーダーをアゼルバイジャンに売却した。"
    assert _pairs_status(text) == [("Israel", "Germany", "reported"), ("Israel", "Azerbaijan", "reported")]


def test_a_stretch_may_close_on_receivers_joined_by_to() -> None:
    text = "韓国は戦車をポーランドに、自走砲をルーマニアとエストニアに輸出した。"
    assert [(s, r) for s, r, _ in _pairs_status(text)] == [
        ("South Korea", "Poland"),
        ("South Korea", "Romania"),
        ("South Korea", "Estonia"),
    ]


def test_an_act_done_under_a_contract_is_done() -> None:
    text = "トルコのバイカル社は、TB2ドローンをウクライナ政府へ、販売契約に基づいて引き渡しを行った。"
    assert _pairs_status(text) == [("Turkey", "Ukraine", "reported")]


def test_a_delivery_by_a_contract_to_come_is_still_planned() -> None:
    text = "トルコのバイカル社は、契約に基づき、来年TB2ドローンをウクライナに引き渡す予定だ。"
    assert {st for _, _, st in _pairs_status(text)} == {"planned"}


def test_an_approval_after_two_sales_joined_by_to_plans_both() -> None:
    text = "米国務省は、ポーランドに対するパトリオットの売却と、ルーマニアに対するエイブラムス戦車の売却を承認した。"
    assert _pairs_status(text) == [("United States", "Poland", "planned"), ("United States", "Romania", "planned")]


def test_goods_bought_from_one_state_and_sent_on_from_another_keep_their_source() -> None:
    text = "ドイツから輸入された工作機械の一部が、カザフスタンからロシアに再輸出されていた。"
    [t] = transfers(text, lang="ja", published=PUB)
    assert (pair(t), via(t)) == (("Germany", "Russia"), {"Kazakhstan"})


def test_a_deal_made_for_goods_is_a_plan() -> None:
    text = "ロシアはイランとの間で、短距離弾道ミサイルの供与を受ける取引を結んだ。"
    assert _pairs_status(text) == [("Iran", "Russia", "planned")]
