"""Japanese item recognition on sentences of our own: where one item ends and the next begins."""

from __future__ import annotations

import pytest

from materiel.extract.ja import analyze_ja
from materiel.nlp import parse
from materiel.pipeline import default_gazetteer, default_lexicon, reserved_words
from materiel.recognize import recognize


def items_of(text: str) -> list[list[tuple[str, str | None, float | None]]]:
    """Per sentence, each item's words, the system it names and its quantity."""
    gazetteer, lexicon = default_gazetteer(), default_lexicon("ja")
    parsed = parse(text, "ja")
    ents = [(off + e.start_char, off + e.end_char, e.label_) for off, doc in parsed for e in doc.ents]
    found = recognize(text, "ja", gazetteer, ents, reserved_words("ja"))
    sentences = analyze_ja(parsed, text, list(found.mentions), dict(found.entities), lexicon, gazetteer, None)
    return [
        [
            (
                text[it.start : it.end],
                it.entity.name if it.entity else it.name,
                it.quantity.value if it.quantity else None,
            )
            for it in s.items
        ]
        for s in sentences
    ]


def test_katakana_name_and_word_joined_by_a_dot_are_one_item() -> None:
    (items,) = items_of("ドイツはウクライナにパトリオット・ミサイルを送った。")
    assert [i[0] for i in items] == ["パトリオット・ミサイル"]


def test_a_dot_between_two_words_still_lists_two_items() -> None:
    (items,) = items_of("ドイツはウクライナに戦車・装甲車を送った。")
    assert [i[0] for i in items] == ["戦車", "装甲車"]


def test_calibre_between_name_and_word_stays_in_the_item() -> None:
    (items,) = items_of("韓国はポーランドにK9 155mm自走榴弾砲を引き渡した。")
    assert [i[0] for i in items] == ["K9 155mm自走榴弾砲"]
    assert items[0][1] == "K9 Thunder"


def test_a_gloss_in_brackets_is_the_same_item() -> None:
    (items,) = items_of("米国はウクライナに高機動ロケット砲システム(HIMARS)6基を送る。")
    assert items == [("高機動ロケット砲システム(HIMARS)", "HIMARS", 6)]


def test_a_name_glossed_in_latin_letters_is_one_item() -> None:
    (items,) = items_of("米国はウクライナに主力戦車「エーブラムス(Abrams)」を送った。")
    assert [i[0] for i in items] == ["主力戦車「エーブラムス(Abrams)」"]
    assert items[0][1] == "M1 Abrams"


def test_these_arms_stand_for_the_goods_listed_before() -> None:
    text = (
        "当局が貨物船を調べたところ、自動小銃3000丁や対戦車ミサイル40基といった武器が見つかった。"
        "これらの武器はイランからフーシ派に送られる予定だったとみられる。"
    )
    _first, second = items_of(text)
    assert [i[0] for i in second] == ["自動小銃", "対戦車ミサイル"]
    assert [i[2] for i in second] == [3000, 40]


def test_arms_without_a_pointer_back_stay_arms() -> None:
    text = "当局は貨物船から自動小銃3000丁を押収した。イランはフーシ派に武器を送っているとみられる。"
    _first, second = items_of(text)
    assert [i[0] for i in second] == ["武器"]


def test_a_word_glossed_by_a_word_of_its_kind_is_one_item() -> None:
    (items,) = items_of("ロシアはイランから無人航空機(ドローン)を入手した。")
    assert [i[0] for i in items] == ["無人航空機(ドローン)"]


def test_an_abbreviation_in_brackets_joins_the_word_and_the_name_after_it() -> None:
    (items,) = items_of("ノルウェーはウクライナに多連装ロケットシステム(MLRS)「天舞」を売る。")
    assert [i[:2] for i in items] == [("多連装ロケットシステム(MLRS)「天舞」", "K239 Chunmoo")]


def test_spare_and_repair_parts_for_a_system_are_one_item_of_parts() -> None:
    (items,) = items_of("米国は台湾にAH-1W攻撃ヘリコプター用予備部品及び修理部品を売却する。")
    assert [i[:2] for i in items] == [("AH-1W攻撃ヘリコプター用予備部品及び修理部品", None)]


def test_goods_for_a_system_are_those_goods() -> None:
    (items,) = items_of("米国はウクライナにHIMARS用ロケット弾を送った。")
    assert [i[:2] for i in items] == [("HIMARS用ロケット弾", None)]


def test_a_list_before_parts_keeps_the_arms_apart_from_the_parts() -> None:
    (items,) = items_of("ヒズボラはイランから砲弾や対戦車ミサイル、無人機の部品を受け取った。")
    assert [i[0] for i in items] == ["砲弾", "対戦車ミサイル", "無人機の部品"]


def test_doubled_quotes_around_a_name_still_join_it_to_its_word() -> None:
    (items,) = items_of('UAEはリビア国民軍に防空システム""パンツィリS1""を供与した。')
    assert [i[:2] for i in items] == [('防空システム""パンツィリS1""', "Pantsir-S1")]


def test_missile_defence_is_one_word_not_a_missile() -> None:
    (items,) = items_of("中国はパキスタンに弾道ミサイル防衛システムと早期警戒管制機を売却する。")
    assert [i[0] for i in items] == ["弾道ミサイル防衛システム", "早期警戒管制機"]


def test_a_quantity_spaced_from_its_item_is_still_its_quantity() -> None:
    (items,) = items_of("イランはフーシ派に小銃 3,000 丁以上を送った。")
    assert items == [("小銃", None, 3000)]


def test_goods_for_a_named_system_past_its_bracket_are_those_goods() -> None:
    (items,) = items_of("米国は「パトリオット」用の迎撃ミサイルをウクライナに送った。")
    assert [i[:2] for i in items] == [("「パトリオット」用の迎撃ミサイル", None)]


def test_new_words_for_boats_helmets_and_coastal_radars() -> None:
    (items,) = items_of("日本はフィリピンに救難艇と鉄帽、沿岸監視レーダーを供与した。")
    assert [i[0] for i in items] == ["救難艇", "鉄帽", "沿岸監視レーダー"]


def test_electronic_warfare_kit_is_an_item() -> None:
    assert ("電子戦装備", None, None) in [
        i for group in items_of("ロシアはベラルーシに電子戦装備を移転した。") for i in group
    ]


def test_a_vehicle_that_carries_ammunition_is_a_vehicle() -> None:
    text = "ハンファエアロスペースはルーマニアにK9自走砲54門と弾薬運搬車36両を供給する。"
    (items,) = items_of(text)
    assert ("弾薬運搬車", None, 36) in items


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("フランスはウクライナにカエサル自走砲を追加で12門供与する。", 12),
        ("ドイツはウクライナに戦車を追加で30両送る。", 30),
        ("北朝鮮はロシアに砲弾を約100万発送った。", 1_000_000),
    ],
)
def test_a_count_told_after_the_goods_and_an_adverb(text: str, count: int) -> None:
    from materiel.pipeline import analyze_text

    [t] = analyze_text(text, lang="ja").transfers
    assert [it.quantity.value for it in t.items if it.quantity is not None] == [count]
