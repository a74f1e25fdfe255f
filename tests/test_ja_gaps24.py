"""Japanese dates of transfers told apart from the act: the period a report covers, told where the
report is first told (「2021年2月のクーデター以降、…輸入したとする報告書を公表した」) and dating the
findings cited after it (「報告書によると、…を送っていた」); 「同じ期間」 after a span of years whose first
end is written without its unit (「2020～24年の…。同じ期間の」); the second half-year (「昨年下半期」);
the lead's act dated by the next line telling its goods moving (「…引き渡したと発表した。\\n…無人機は
先月下旬に陸揚げされた」), handed on (「エンジンは2023年から…届けられ」) or carried over a period
(「輸送は昨年秋から冬にかけて行われた」)."""

from __future__ import annotations

from functools import partial

from tests.parties import one, records, transfers

from materiel.extract.ja_dates import find_dates_ja

PUB = "2025-03-10"

_one = partial(one, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)
_transfers = partial(transfers, lang="ja", published=PUB)


def _isos(text: str) -> list[str | None]:
    return [d.iso for d in find_dates_ja(text, PUB)]


# the period a report covers dates the findings cited after it


def test_findings_cited_on_the_next_line_take_the_reports_period() -> None:
    text = (
        "国連の専門家パネルは5日、2022年2月の侵攻以降、北朝鮮がロシアに砲弾数百万発を送ったとする報告書を公表した。\n"
        "報告書によると、イランも無人機数千機をロシアに供与した。\n"
    )
    assert _one(text, "Iran", "Russia").date == "2022-02"


def test_findings_going_on_after_the_cited_one_take_the_period_too() -> None:
    text = (
        "特別報告者は20日、2021年のクーデター以降、ミャンマー国軍が少なくとも5億ドル相当の武器を輸入したとする報告書をまとめた。\n"
        "報告書によれば、最大の供給元は中国で、国営企業を通じて練習機や無人機をミャンマー国軍に送っていた。\n"
        "ロシアからも攻撃ヘリコプターがミャンマー国軍に渡った。\n"
    )
    assert _one(text, "China", "Myanmar").date == "2021"
    assert _one(text, "Russia", "Myanmar").date == "2021"


def test_a_finding_the_report_is_said_to_record_takes_its_period() -> None:
    text = (
        "2022年以降、スーダン国軍は数億ドル相当の兵器を海外から調達した――。国連の専門家パネルは報告書でこう指摘した。\n"
        "\n"
        "イランについては、国営企業が無人機と弾薬を国軍に供与したと報告書は記す。\n"
    )
    assert _one(text, "Iran", "Sudan").date == "2022"


def test_a_report_with_no_period_dates_no_finding() -> None:
    text = (
        "国連の専門家パネルは5日、北朝鮮がロシアに砲弾を送ったとする報告書を公表した。\n"
        "報告書はまた、ベラルーシの企業が弾薬をロシアに送ったと指摘した。\n"
    )
    assert _one(text, "Belarus", "Russia").date is None


def test_a_year_of_one_finding_dates_no_other_finding() -> None:
    # (a year a finding is told with is that finding's, not a period the report covers)
    text = (
        "調査団体の報告書によると、イランは2023年、無人機数千機をロシアに供与した。\n"
        "報告書はまた、ベラルーシの企業が弾薬をロシアに送ったと指摘した。\n"
    )
    assert _one(text, "Iran", "Russia").date == "2023"
    assert _one(text, "Belarus", "Russia").date is None


def test_a_plan_cited_from_the_report_is_not_of_its_period() -> None:
    text = (
        "特別報告者は20日、2021年のクーデター以降、ミャンマー国軍が少なくとも5億ドル相当の武器を輸入したとする報告書を公表した。\n"
        "報告書によると、ロシアはミャンマー国軍に戦闘機6機を追加で売却する計画だ。\n"
    )
    assert _one(text, "Russia", "Myanmar").date is None


def test_a_finding_told_with_its_own_date_keeps_it() -> None:
    text = (
        "特別報告者は20日、2021年のクーデター以降、ミャンマー国軍が少なくとも5億ドル相当の武器を輸入したとする報告書を公表した。\n"
        "報告書はさらに、インドの国営企業が2023年にレーダーをミャンマー国軍に納入したとしている。\n"
    )
    assert _one(text, "India", "Myanmar").date == "2023"


# 「同じ期間」 after a span of years written with one 年


def test_the_same_period_after_a_span_of_years_is_its_start() -> None:
    text = (
        "インドは2020～24年の世界の武器輸入の8％を占めた。\n同じ期間のインドの武器輸入のうち、約4割をロシア製が占めた。"
    )
    assert _one(text, "Russia", "India").date == "2020"


def test_the_same_period_after_a_span_of_years_with_a_dash() -> None:
    assert _isos("サウジは2019-23年の輸入額で世界2位だった。同じ期間の輸入の7割は米国製だった。") == ["2019", "2019"]


def test_the_same_period_after_a_span_of_months() -> None:
    assert _isos("2024年3～5月に砲弾が届いた。同じ期間に、ドローンも届いた。") == ["2024-03", "2024-03"]


def test_the_same_period_with_no_time_before_is_no_date() -> None:
    assert _isos("同じ期間の輸入の7割は米国製だった。") == []


# the half-years of accounts


def test_the_second_half_of_last_year() -> None:
    assert _isos("米国は昨年下半期に、台湾に戦車38両を引き渡した。") == ["2024-07"]


def test_the_second_half_of_a_year_written() -> None:
    assert _isos("2023年下半期の輸出額は") == ["2023-07"]


def test_the_first_half_stays_the_year() -> None:
    assert _isos("米国は2024年上半期に、台湾に戦車38両を引き渡した。") == ["2024"]


# the lead's act dated by the next line telling its goods again


def test_the_lead_is_dated_by_the_landing_told_on_the_next_line() -> None:
    text = (
        "ウクライナ国防省情報総局は7日、イランがロシアに攻撃型無人機「シャヘド136」約300機を引き渡したと発表した。\n"
        "同局によると、無人機はイラン北部の港から貨物船でカスピ海を渡り、ロシア南部の港に先月下旬に陸揚げされた。\n"
    )
    assert _records(text)[0] == ("Iran", "Russia", "2025-02", "reported")


def test_the_lead_is_dated_by_goods_told_again_by_their_kind() -> None:
    text = (
        "韓国国防省は7日、北朝鮮がロシアに自走砲「コクサン」数十門を追加で送ったと明らかにした。\n"
        "自走砲は先月下旬、鉄道でロシア極東に運ばれたという。\n"
    )
    assert _records(text)[0][:3] == ("North Korea", "Russia", "2025-02")


def test_goods_of_another_kind_on_the_next_line_date_no_lead() -> None:
    text = (
        "韓国国防省は7日、北朝鮮がロシアに自走砲「コクサン」数十門を追加で送ったと明らかにした。\n"
        "砲弾は先月下旬、鉄道でロシア極東に運ばれたという。\n"
    )
    assert _records(text)[0][:3] == ("North Korea", "Russia", "2025-03")


def test_a_line_after_a_blank_line_dates_no_lead() -> None:
    text = (
        "ウクライナ国防省情報総局は7日、イランがロシアに攻撃型無人機「シャヘド136」約300機を引き渡したと発表した。\n"
        "\n"
        "無人機は昨年、カスピ海経由でロシアに運ばれていた。\n"
    )
    assert _records(text)[0] == ("Iran", "Russia", "2025-03", "reported")


def test_goods_handed_on_date_the_act_before() -> None:
    text = (
        "米司法省は2日、中国製の無人機用エンジン数百基をアラブ首長国連邦経由でイランに不正に輸出したとして、3人を起訴したと発表した。"
        "起訴状によると、エンジンは2023年から今年初めにかけて、ドバイの会社を通じてイランの企業に届けられ、一部はロシアに転売された疑いもある。"
    )
    assert _one(text, "China", "Iran").date == "2023"


def test_goods_handed_on_to_a_new_party_date_no_act_before() -> None:
    text = (
        "米司法省は2日、中国製の無人機用エンジン数百基をイランに不正に輸出したとして、3人を起訴したと発表した。"
        "起訴状によると、エンジンは2023年、ベネズエラの企業に届けられた。"
    )
    # (neither the later lot's year nor the indictment's day: a penalty's day dates the notice only)
    assert _one(text, "China", "Iran").date is None


def test_a_transport_told_over_a_period_dates_the_act_before() -> None:
    text = "北朝鮮はロシアに砲弾数十万発を送った。輸送は昨年秋から冬にかけて行われた。"
    assert _one(text, "North Korea", "Russia").date == "2024"


def test_a_transport_over_a_period_of_another_act_dates_nothing() -> None:
    # (a sentence with parties of its own is no retelling of the act before)
    text = "北朝鮮はロシアに砲弾数十万発を送った。イランからベラルーシへの輸送は昨年秋から冬にかけて行われた。"
    assert _one(text, "North Korea", "Russia").date is None


def test_a_history_of_the_goods_on_the_next_line_dates_no_lead() -> None:
    # (the next line's date years before the news is an earlier lot's, not the lead's act)
    text = (
        "セルビアのブチッチ大統領は7日、中国製の地対空ミサイルシステム「FK3」の2個目の部隊を受け取ったと明らかにした。\n"
        "FK3は一昨年4月、中国の輸送機でベオグラードに空輸された。\n"
    )
    assert _records(text)[0][:3] == ("China", "Serbia", "2025-03")


def test_the_rest_of_the_goods_due_later_dates_no_lead() -> None:
    # (「残り」 tells the rest of the order, goods the sentence only takes from before)
    text = (
        "ポーランド国防省は7日、米国から購入した中古のエイブラムス戦車のうち、第1陣の14両が港に到着したと発表した。"
        "残りは年内に順次引き渡される。"
    )
    assert _records(text)[0][:3] == ("United States", "Poland", "2025-03")


# 「初年度」: the first year of what began in the year written before it


def test_the_first_year_of_a_scheme_begun_in_a_fiscal_year() -> None:
    text = (
        "日本政府の新たな支援制度は令和5年度に創設された。"
        "初年度の対象はフィリピンなど4カ国で、日本からフィリピンには沿岸監視レーダー4基が引き渡される予定となっている。"
    )
    assert _one(text, "Japan", "Philippines").date == "2023"


def test_the_first_year_after_a_month_written_is_its_year() -> None:
    text = "政府は2023年10月、新たな制度を創設した。初年度はフィリピンに警備艇を供与した。"
    assert _isos(text) == ["2023-10", "2023"]


def test_the_first_year_with_no_year_before_is_no_date() -> None:
    assert _isos("初年度の予算は20億円だった。") == []


# two acts of one sentence, each with its own date


def test_a_decision_keeps_its_month_when_the_handing_over_began_later() -> None:
    text = (
        "日本政府は2023年12月に運用指針を改定した。"
        "これを受けて同月、地対空誘導弾パトリオットを米国に輸出することを決め、2024年度に引き渡しを始めた。"
    )
    assert {t.date for t in _transfers(text) if t.status == "planned"} == {"2023-12"}
