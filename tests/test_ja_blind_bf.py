"""Japanese constructions a blind batch of magazine analyses showed mishandled: an act a party only
does not rule out with the words quoted (「供与することも「排除しない」」, a headline's 「供与「排除せず」」),
whether an act can be done at all (「追加供与が可能かどうかは」), a maker's goods handed in (納入) to the
state's own forces, a state named in a group's leaning (「親イラン武装組織」) taken for a party, a seized
cargo's stop on the way left undated, a denial not made (「否定しなかった」) read as a denial, and a
penalty's grounds merged with the facts the same office then states."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, records, transfers

PUB = "2025-05-20"

_pairs = partial(pairs, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)
_run = partial(transfers, lang="ja", published=PUB)


# an act a party only does not rule out, the words quoted, is no transfer


def test_quoted_not_ruled_out_is_no_transfer() -> None:
    text = "日本政府の高官は19日、フィリピンに中古の護衛艦を譲渡することも「排除しない」と語った。"
    assert _pairs(text) == set()


def test_headline_not_ruled_out_is_no_transfer() -> None:
    assert _pairs("インド、ベトナムへのブラモス売却「排除せず」") == set()


def test_act_not_denied_is_not_ruled_out() -> None:
    # (否定 said of the act itself leaves the claim standing: no could-act)
    got = _records("ベラルーシ国防省は、ロシアへの戦車の引き渡しを否定しなかった。")
    assert [(s, r) for s, r, _d, _st in got] == [("Belarus", "Russia")]


# whether an act can be done is an open question, no transfer


def test_whether_supply_is_possible_is_no_transfer() -> None:
    text = "スウェーデンがウクライナにグリペン戦闘機を追加供与することが可能かどうかは、議会の判断次第だ。"
    assert _pairs(text) == set()


def test_whether_handover_can_be_done_is_no_transfer() -> None:
    text = "NASAMSのウクライナへの追加供与が可能かどうかは「生産次第」（米国防総省当局者）とされる。"
    assert _pairs(text) == set()


# a maker's goods handed in to the state's own forces cross no border


def test_home_maker_handing_in_to_own_forces_is_no_transfer() -> None:
    text = (
        "製造を担う川崎重工業は兵庫県内の工場で生産ラインを増強する方針だ。\n"
        "最初のレーダーは8月末に航空自衛隊に納入された。"
    )
    assert _pairs(text) == set()
    text = (
        "製造を担う三菱電機は鎌倉市の工場で量産を始めた。\n最初の地対空誘導弾の発射装置は7月に陸上自衛隊に納入された。"
    )
    assert _pairs(text) == set()


def test_foreign_supplier_handing_in_stays() -> None:
    text = "米国は先月、航空自衛隊にF35戦闘機4機を納入した。"
    assert _pairs(text) == {("United States", "Japan")}


# a state named in a group's leaning is no party


def test_leaning_of_a_group_is_no_party_to_a_seized_cargo() -> None:
    text = (
        "米海軍は今月上旬、アラビア海で小型船を臨検し、イラン製の自動小銃約2000丁を押収したと発表した。"
        "積み荷はイエメンの親イラン武装組織フーシ派に渡る予定だったとみられる。"
    )
    got = _records(text)
    assert ("Iran", "Houthis", "2025-05", "alleged") in got


def test_pro_russian_group_named_with_its_leaning_receives() -> None:
    text = "ロシアは、モルドバ東部の親ロシア派勢力に装甲車両を送ったとされる。"
    assert ("Russia", "Russia") not in _pairs(text)


# a stop on the seized cargo's way is of the seizure's date


def test_seized_cargo_landed_on_the_way_keeps_the_seizure_date() -> None:
    text = (
        "仏海軍は14日、フリゲート艦が今月上旬、インド洋で漁船を臨検し、イラン製の対戦車ミサイル数十基を押収したと発表した。\n"
        "積み荷はスーダン東部でいったん陸揚げされた後、フーシ派に渡る予定だったとみられる。"
    )
    got = _records(text)
    assert ("Iran", "Houthis", "2025-05", "alleged") in got


# a denial not made is no denial


def test_not_denied_is_no_denial() -> None:
    text = "ロシア大統領府のペスコフ報道官は、北朝鮮からの砲弾の受け取りを否定しなかった。"
    got = _records(text)
    assert got and all(st != "denied" for _s, _r, _d, st in got)


def test_neither_denied_nor_confirmed_is_no_denial() -> None:
    text = (
        "韓国メディアによると、北朝鮮がロシアに多連装ロケット砲を送ったとの報道について、"
        "ロシア外務省は否定も肯定もしなかった。"
    )
    got = _records(text)
    assert got and all(st != "denied" for _s, _r, _d, st in got)


def test_a_plain_denial_stays() -> None:
    got = _records("イラン外務省は、ロシアへの弾道ミサイル供与を否定した。")
    assert [st for _s, _r, _d, st in got] == ["denied"]


# a penalty's grounds and the facts then stated are two claims


def test_penalty_grounds_and_stated_facts_are_two_claims() -> None:
    text = (
        "英政府は12日、トルコに拠点を置く商社2社を、英国製の電子部品をロシアの軍需企業に迂回輸出したとして制裁対象に指定した。"
        "同政府によると、両社は2023年から昨年にかけ、アラブ首長国連邦経由で仕入れた英国製部品をロシアに転売していた。"
    )
    got = _records(text)
    statuses = sorted(st for s, r, _d, st in got if (s, r) == ("United Kingdom", "Russia"))
    assert statuses == ["alleged", "reported"]
