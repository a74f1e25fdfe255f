"""Japanese constructions a blind batch in the style of reports on official documents (UN panel
reports, white papers, sanctions and export-control notices, Diet answers) showed mishandled: a
headline's later segment naming who reports the act (「北朝鮮、イランに部品提供か　専門家パネルが
報告書」), a state's institute or a firm under its ministry as the party (「シリアの研究機関に」
「軍需工業部傘下の企業が」), a regime's loophole taken for a conduit state (「制裁の抜け穴」), the subject
of a told clause taken for its teller (「報告書はまた、北朝鮮の企業が…と結論づけた」), a bare force
owning where goods go (「国軍の兵器工場向けに」) or owned by no state (「海軍の艦艇用の」), a state's
firms spoken of (「インドの国営企業については、」), opposition to a sale (「武器売却に断固反対する」),
an act named as a purpose or put as a question (「輸出を目的とした制度」「提供する可能性を問われた」),
an act not envisaged (「移転は想定していない」), goods a search did not find and an embargo's name
(「武器は見つからず」「武器禁輸監視作戦」), testimonies judged credible (「「信頼できる」」), an
unnamed source that leaves the topic before it the giver (「関係者によると、」), goods bound for a
party told on the goods (「フィリピン空軍向けの」), an act beside another (「…したほか、」), and an act
told as done at the same time as the one before (「国務省はあわせて、」)."""

from __future__ import annotations

from functools import partial

from tests.parties import one, pairs, transfers, via

PUB = "2024-03-08"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_one = partial(one, lang="ja", published=PUB)


# a headline's later segment: who reports the act, not its giver


def test_reporter_in_a_later_headline_segment_is_no_giver() -> None:
    text = "北朝鮮、シリアにミサイル部品提供か　安保理専門家パネルが報告書\n\n専門家パネルは5日、報告書を公表した。"
    assert ("North Korea", "Syria") in _pairs(text)
    assert not any(p[0] == "UN Panel of Experts" for p in _pairs(text))


def test_later_segment_subject_still_gives_with_no_topic_before() -> None:
    # (no party before the act: the later segment's subject is the only one who can give)
    text = "ウクライナに戦車供与へ　ドイツが表明\n\nドイツ政府は5日、戦車を供与すると発表した。"
    assert ("Germany", "Ukraine") in _pairs(text)


# a state's institute, a firm under its ministry


def test_institute_of_a_state_receives() -> None:
    assert _pairs("北朝鮮はイランの研究機関にミサイル部品を輸出した。") == {("North Korea", "Iran")}


def test_firm_under_a_ministry_gives_for_its_state() -> None:
    text = "北朝鮮の軍需工業部傘下の企業が昨年、シリアにミサイル部品を売却した。"
    assert _pairs(text) == {("North Korea", "Syria")}


# a loophole in a regime is no conduit state


def test_sanctions_loophole_makes_no_state_a_go_between() -> None:
    text = (
        "北朝鮮がイランにエンジンの部品を送った疑いがある。\n"
        "一方、北朝鮮がミサイルの発射を繰り返したことについて、パネルは「制裁の抜け穴が開発を支えている」と警告した。"
    )
    t = _one(text, "North Korea", "Iran")
    assert via(t) == set()


# the subject of a told clause is not its teller


def test_report_topic_tells_the_clause_not_its_subject() -> None:
    text = (
        "報告書はまた、北朝鮮の軍需工業部傘下の企業が昨年、"
        "シリアの研究機関に短距離ミサイル用の部品計数十点を売却したと結論づけた。"
    )
    assert _one(text, "North Korea", "Syria").status == "reported"


# bare forces


def test_bare_army_owning_the_works_goods_go_to() -> None:
    text = "ミャンマー国軍は兵器の調達を続けている。タイの企業が、国軍の兵器工場向けに工作機械を中継した。"
    assert any(p[1] == "Myanmar" for p in _pairs(text))


def test_bare_navy_of_no_state_is_no_party() -> None:
    text = (
        "タイの企業は国軍にヘリの部品を送った。"
        "インドの国営企業については、ミャンマー軍に海軍の哨戒艇用のレーダーを納入した。"
    )
    assert ("India", "Myanmar") in _pairs(text)
    assert not any(p[0] == "海軍" for p in _pairs(text))


# a state's firms spoken of


def test_state_firms_spoken_of_give() -> None:
    text = "インドの国営企業については、昨年、ミャンマー軍に艦艇用のレーダーを納入したとされる。"
    assert _pairs(text) == {("India", "Myanmar")}


# opposition, purpose, question, not envisaged


def test_firm_opposition_to_a_sale_is_no_sale() -> None:
    text = "中国外務省の報道官は「台湾への武器売却に断固反対する」と述べた。"
    assert _pairs(text) == set()


def test_act_named_as_a_purpose_is_no_act() -> None:
    text = "日本はモンゴル軍に装備品を送った。官房長官は「武器の輸出を目的とした枠組みではない」と述べた。"
    assert [len(t.items) for t in _run(text)] == [1]


def test_possibility_put_as_a_question_is_no_act() -> None:
    text = "日本が迎撃ミサイルをウクライナに提供する可能性を問われた防衛相は、明言を避けた。"
    assert _pairs(text) == set()


def test_act_not_envisaged_is_no_plan() -> None:
    assert _pairs("外相は「ウクライナへの戦闘機の移転は想定していない」と答弁した。") == set()


def test_possibility_reported_stays_a_claim() -> None:
    # (a possibility put by the teller, not asked of someone: a hedge)
    text = "報告書は、北朝鮮がイランにミサイル部品を提供した可能性があると指摘した。"
    assert _one(text, "North Korea", "Iran").status == "alleged"


# goods a search did not find; an embargo's name


def test_goods_not_found_in_an_inspection_are_no_delivery() -> None:
    text = "EUの武器禁輸監視作戦は、リビアに向かう貨物船を検査したが、武器は見つからなかった。"
    assert _pairs(text) == set()


def test_goods_found_in_an_inspection_still_count() -> None:
    text = "EUの監視作戦は、リビアに向かう貨物船から装甲車を押収した。"
    assert any(p[1] == "Libya" for p in _pairs(text))


# testimonies judged credible


def test_testimonies_judged_credible_are_a_claim() -> None:
    text = "報告書は、UAEがチャドを経由してRSFに武器を供給したとの複数の証言は「信頼できる」と指摘した。"
    t = _one(text, "United Arab Emirates", "Rapid Support Forces")
    assert t.status == "alleged"


# an unnamed source leaves the topic before it the giver


def test_unnamed_source_keeps_the_topic_before_as_giver() -> None:
    text = "政府は2日、支援の対象国を発表した。関係者によると、マレーシア海軍には警備艇を供与する方向だ。"
    assert _pairs(text) == {("Japan", "Malaysia")}


def test_outlet_source_does_not_lend_the_topic() -> None:
    text = "政府は2日、支援の対象国を発表した。ロイター通信によると、マレーシア海軍には警備艇が届いた。"
    assert ("Japan", "Malaysia") not in _pairs(text)


# goods bound for a party, told on the goods


def test_goods_bound_for_a_force_go_to_its_state() -> None:
    text = (
        "日本はOSAでベトナムにレーダーを送る。"
        "一方、フィリピン海軍向けの沿岸監視レーダーは、12月に引き渡し式が行われた。"
    )
    assert ("Japan", "Philippines") in _pairs(text)


# an act beside another


def test_act_beside_another_is_no_next_leg() -> None:
    text = "日本はフィリピン軍に複合艇5隻を引き渡したほか、モンゴル軍に空挺用の資機材を送った。"
    t = _one(text, "Japan", "Philippines")
    assert via(t) == set()


def test_act_beside_with_no_party_of_its_own_shares_the_first() -> None:
    text = "ロシアは北朝鮮に石油を供給したほか、平壌の防空網のために地対空ミサイルを提供したとみられる。"
    assert _pairs(text) == {("Russia", "North Korea")}


def test_goods_carried_on_are_still_one_journey() -> None:
    text = "イランは無人機をカスピ海経由でロシアに運び、そこから前線に送った。"
    assert ("Iran", "Russia") in _pairs(text)


# an act told as done at the same time as the one before


def test_act_approved_at_the_same_time_takes_the_date_before() -> None:
    text = (
        "米国務省は5日、台湾に無人機「スイッチブレード300」を売却することを承認した。\n"
        "国務省はあわせて、無人機「ALTIUS」の売却も承認した。"
    )
    assert [t.date for t in _run(text)] == ["2024-03-05", "2024-03-05"]


def test_later_paragraph_with_no_link_keeps_no_date() -> None:
    text = (
        "米国務省は5日、台湾に無人機「スイッチブレード300」を売却することを承認した。\n"
        "国務省は無人機「ALTIUS」の売却も承認している。"
    )
    assert _run(text)[0].date == "2024-03-05"
