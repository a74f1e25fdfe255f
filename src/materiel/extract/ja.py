"""Japanese front end: triggers, arguments with their case, items, cues, from a GiNZA parse.

Case is read from the particles that follow a mention in the text (イランが, ロシアに, 北朝鮮から,
イラン製), which holds even where machine translation garbles the parse; which trigger an
argument belongs to is read from GiNZA's dependency tree (head chains), falling back to order.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import unicodedata
from typing import Any

from materiel.extract.common import attach_quantities, find_items, is_place, item_term_pattern, resolve_party
from materiel.extract.dates import DateMention
from materiel.extract.frame import ARRIVALS, Arg, Attribution, ItemHit, Sentence, TriggerHit
from materiel.extract.ja_background import (
    BOTH_FORM,
    both_states,
    goods_of_the_clauses,
    holders_given_to,
    holders_no_givers,
    holders_receive,
    pledged_to,
    share_roles,
    user_of_goods_given,
    users_receive,
)
from materiel.extract.ja_bullets import givers_bulleted_after, goods_bulleted_after
from materiel.extract.ja_case import (
    ANSWERED_ASK,
    CALLS_COUNTED,
    COVERED,
    DEAL_PARTNER,
    MADE_AT,
    MAKER_CLAUSE,
    MAKER_FIRM,
    OFFERED,
    ROAD_THROUGH,
    SIDES_OF_TALKS,
    TRANSSHIPPED,
    based_firm_acts,
    came_from,
    case_of,
    firm_based_at,
    focused_parties,
    particle_at,
)
from materiel.extract.ja_clauses import (
    act_taken_for_name,
    aided_state_receives,
    aimed_at,
    buyer_told_after,
    fused_states,
    given_in_return,
    giver_of_received_act,
    goal_shared_on,
    import_share_source,
    lone_kanji_states,
    origin_sailed_from_after,
    paid_in_return,
    regions_of_states,
    supplied_state,
    supplier_predicate,
    supplier_told_after,
    suspect_does_act,
    switched_supplier_out,
    target_state_receives,
    trained_and_supplied,
    unnamed_sources,
)
from materiel.extract.ja_context import (
    TELLER_TAG,
    attribution,
    hedge_of_later_clause,
    opens_quote,
    told_of_the_act_before,
    unnamed_speakers,
)
from materiel.extract.ja_dates import dated_by_next, find_dates_ja
from materiel.extract.ja_items import (
    CIVILIAN,
    NOT_ITEM,
    beside_the_goods_out,
    cargo_of_seizure,
    counted_goods,
    counter_goods,
    deal_goods_after,
    deal_of_goods,
    elided_series_ja,
    force_vehicles,
    found_inside,
    givers_told_after,
    glued_counts,
    goods_listed_after,
    goods_nouns_listed,
    goods_pointed_back,
    goods_taken_for_name,
    hosts_of_parts,
    katakana_named,
    list_class_out,
    made_by_the_firm_before,
    made_in_told_after,
    made_where_told_before,
    next_deal,
    one_system_joined,
    part_of_goods_before,
    parts_and_references,
    refer_back,
    seized_again,
    seized_on_told_route,
    seizers_craft_out,
    shared_head_joined,
    shares_by_state,
    targets_out,
    wreckage_out,
)
from materiel.extract.ja_permit import buyer_for_another, owner_gives
from materiel.extract.ja_questions import answered_receiver
from materiel.extract.ja_roundup import (
    SELLING,
    arms_makers,
    destinations_tallied,
    join_also,
    join_followers,
    join_leaders,
    partners_by_goods,
    roundup_taker,
    split_gapped,
)
from materiel.extract.ja_timeline import (
    bought_from,
    carriers_of_story,
    goods_added,
    recipient_framed_before,
    recipient_told_before,
    recipient_user_before,
    split_batches,
    split_dated,
    story_parties,
    topic_gives,
    topic_receives,
)
from materiel.extract.ja_transit import (
    bought_for_another,
    bought_from_traders,
    bought_then_passed_on,
    bought_to_sell_on,
    firms_told_again,
    front_of_the_war,
    made_in_each,
    origin_told_of,
    passed_on_after_arrival,
    resold_later,
    resold_told_before,
    sources_in_transit,
    sources_per_goods,
    traders_sell_on,
)
from materiel.extract.quantities import find_quantities
from materiel.gazetteer import Gazetteer, is_former_state
from materiel.lexicon import Lexicon, Trigger
from materiel.model import Entity, Mention
from materiel.recognize import JA_FIRM_KINDS

# What may sit between a name and its particle: イラン政府が, ロシア側に, 北朝鮮当局は.
_VESSELS = re.compile(
    r"(?:[0-9０-９]+|[一二三四五六七八九十数]+)隻の[^、。\\s]{0,8}?(?:貨物船|輸送船|タンカー|船舶|船|ダウ船)"
    r"|(?:貨物船|輸送船|タンカー|船|ダウ船)「[^」]{1,30}」"
)
_DESIGN_RE = re.compile(r"^(?:が|の)(?:共同)?(?:設計|開発|考案)")
# 「三菱電機が製造したレーダーは…へ納入された」: the subject of a relative clause of making on the goods
_MAKER_RE = re.compile(
    # (「中国船舶集団傘下の造船所が建造した」: a works of the group builds for it)
    # (「中国の企業が製造した」: a firm of the state, told by its kind after の)
    r"(?:(?:傘下|系列)の[^、。がはをにの]{1,6}?)?(?:社|グループ|の?企業|の?メーカー)?(?:が|の)(?:共同)?(?:設計|開発|考案|製造|生産|製作|建造|改良)"
    # (「イランが設計・製造し、」「中国が開発・生産した」: two steps of making told as one)
    r"(?:・(?:設計|開発|製造|生産|製作|建造|改良))?(?:(?:し|さ|す)?(?:た|る|ている|ていた)"
    # (「無人機はイランが製造し、ロシアに供与された」: the making told in a clause of its own before the act)
    r"|し、)"
)
_PASSIVE = {"れる", "られる"}
_NEGATION = {"ない", "ぬ", "ず", "ん"}
_ASPECT = {"いる", "おる"}
_COREF = {
    "同国": ("country",), "同国軍": ("country",), "同政府": ("country",), "同政権": ("country",),
    "同軍": ("country", "armed-group"),
    # machine translation's 「共和国国防省」 ("the Republic's defence ministry"): the state last named
    "共和国国防省": ("country",), "共和国政府": ("country",), "共和国軍": ("country",), "同国国防省": ("country",),
    "同国外務省": ("country",), "同国空軍": ("country",), "同国海軍": ("country",), "同国陸軍": ("country",),
    "同国海兵隊": ("country",), "同国沿岸警備隊": ("country",), "同国政府": ("country",), "同国当局": ("country",),
    # (「同国の空軍には」: a translation sets の between them)
    "同国の空軍": ("country",), "同国の海軍": ("country",), "同国の陸軍": ("country",),
    "同国の国防省": ("country",), "同国の外務省": ("country",), "同国の政府": ("country",),
    "同社": ("company",), "同組織": ("armed-group", "state-body", "company"), "同派": ("armed-group",),
    "同グループ": ("armed-group", "company"), "同機関": ("state-body",), "同省": ("state-body",),
    # (the one charged in a case: its firm's state, see _state_of_firm_told)
    "被告": ("company",), "同被告": ("company",), "容疑者": ("company",), "同容疑者": ("company",),
}  # fmt: skip
_COREF_RE = re.compile("|".join(sorted(_COREF, key=len, reverse=True)))
_MODES = [
    # 海上自衛隊, 陸上自衛隊, 海上保安庁: names of forces, no mode of transport
    ("sea", re.compile(r"海路|船|海上(?!自衛隊|保安庁|幕僚)|港|カスピ海|航路|貨物船|タンカー|艦")),
    ("air", re.compile(r"空路|航空機で|輸送機|空輸|空港|便で")),
    ("rail", re.compile(r"鉄道|列車|貨車")),
    ("land", re.compile(r"陸路|国境検問所|トラック|陸上(?!自衛隊|幕僚|総隊)|国境を越え")),
]


_AGREE_VERBS = {"合意", "一致"}


def _agreed_on(doc: Any, tok_i: int) -> bool:
    """Whether the act's noun at `tok_i` is what its head verb agrees on: 「供与で合意した」
    「売却で一致した」."""
    tok = doc[tok_i]
    follows = doc[tok_i + 1].text if tok_i + 1 < len(doc) else ""
    return bool(tok.dep_ == "obl" and tok.head.lemma_ in _AGREE_VERBS and follows == "で")


def _token_index(doc: Any) -> list[int]:
    """For each character of a sentence Doc, the index of its token."""
    index = [-1] * (len(doc.text) + 1)
    for tok in doc:
        for c in range(tok.idx, tok.idx + len(tok.text)):
            index[c] = tok.i
    return index


def _tok(tok_at: list[int], off: int, char: int) -> int:
    i = char - off
    return tok_at[i] if 0 <= i < len(tok_at) else -1


_GODAN_I = str.maketrans("うくぐすつぬぶむる", "いきぎしちにびみり")
# 運び出す, 送り届ける, 売り渡す: a trigger verb's stem compounded with a verb of direction
_COMPOUND_TAILS = ("出す", "込む", "入れる", "届ける", "渡す", "付ける", "戻す")


# the second verb of a compound that translations spell in kana (受けとる, 引きわたす, 送りこむ), with
# its kanji spelling as the lexicon writes it
_KANA_SECOND_VERBS = {
    "とる": "取る", "とり": "取り", "わたす": "渡す", "わたし": "渡し", "こむ": "込む", "こみ": "込み",
    "いれる": "入れる", "いれ": "入れ", "だす": "出す", "だし": "出し",
}  # fmt: skip
# 「受けとる」: a kanji stem and its kana ending (受け, 引き, 送り) before the kana second verb
_KANA_SPELLED = re.compile(r"([一-龯々]+[ぁ-ん])(" + "|".join(_KANA_SECOND_VERBS) + r")")


def _kanji_spelled(lemma: str, lexicon: Lexicon) -> Any:
    """「ロシアは北朝鮮から砲弾を受けとった」「戦車を引きわたした」: a compound verb whose second verb
    is spelled in kana is the act the lexicon writes with its kanji (受け取る, 引き渡す)."""
    m = _KANA_SPELLED.fullmatch(lemma)
    return lexicon.triggers.get(m[1] + _KANA_SECOND_VERBS[m[2]]) if m is not None else None


def _compound_entries(lemma: str, lexicon: Lexicon) -> Any:
    for tail in _COMPOUND_TAILS:
        if len(lemma) > len(tail) + 1 and lemma.endswith(tail):
            head = lemma[: -len(tail)]
            for base, entries in lexicon.triggers.items():
                if len(base) >= 2 and base[-1] in "うくぐすつぬぶむる":
                    stems = {base[:-1] + base[-1].translate(_GODAN_I)} | ({base[:-1]} if base[-1] == "る" else set())
                    if head in stems and entries[0].direction != "request":
                        return entries
    return None


_BLOCKING_VERBS = {
    "管理", "規制", "禁止", "停止", "制限", "防ぐ", "防止", "阻止", "食い止める", "取り締まる", "中止",
    "見送る", "断念", "拒否", "拒む", "否決", "凍結", "保留", "撤回", "禁じる", "禁ずる", "差し止める",
    "控える", "滞る", "監視", "審査", "取りやめる", "取り止める", "やめる",
    "断つ", "絶つ", "断ち切る", "遮断", "寸断",  # (「部品の供給を断つ」: a flow cut off)
    "止める", "とめる",  # (「国軍への武器供給を止めるよう求めた」: a flow asked to be stopped)
}  # fmt: skip
# 「法に基づいて」「規則に従って」: a verb of the manner another verb is done in
_MANNER_VERBS = {"基づく", "従う", "則る", "沿う"}


def _blocked_by(verb: Any) -> bool:
    """Whether `verb` (the head of an act noun) controls, bans or prevents the act; also through a
    clause of manner the parse hangs the act noun on: 「輸出を法に基づいて厳格に管理している」."""
    if verb.lemma_ in _MANNER_VERBS and verb.dep_ == "advcl" and verb.head.i > verb.i:
        verb = verb.head
    return bool(verb.lemma_.endswith(tuple(_BLOCKING_VERBS)))


# 「供与したことを重く受け止めている」「出所を突き止めた」: verbs ending like 止める that stop nothing
_NOT_BLOCKING = {"受け止める", "突き止める", "受けとめる", "つきとめる"}
# 「渡らないよう管理」「流出させないため」: an act kept from happening is no transfer
# (「ロシアに部品が流れるのを防ぐ」「渡ることを阻止する」: the act as what is kept from happening,
# 「送ることを拒否した」「供与することを見送った」: or turned down)
_PREVENTED = re.compile(
    r"^[ぁ-ん]{0,4}(?:ないよう|ぬよう|ないため|ずに済む|(?:の|こと)を(?:防|阻止|食い止め|禁|規制|制限|取り締ま|遮断"
    r"|拒否|拒|断っ|断り|断る|断念|見送|取りやめ|取り止め|撤回|凍結))"
)
_FOR_THE_ACT = re.compile(r"の(?:ために|ための|ため|目的で)")
# 「武器の輸出を許可していない」「移転することを承認しなかった」: an act not permitted (not 認めていない,
# which may be an act not owned up to)
_NOT_PERMITTED = re.compile(
    r"^[ぁ-ん]{0,4}(?:の|こと)?を(?:一切|これまで|一度も)?(?:許可|承認|認可|容認)"
    r"(?:(?:し|さ)?(?:て(?:い|お)(?:ない|らず|ません)|なかった|ませんでした)|せず)"
)


def _turned_down(tok: Any) -> bool:
    """Whether a verb up the parse from `tok` (five steps at most) bans or turns down what it governs."""
    t = tok
    for _ in range(5):  # (輸送 → ため → 通過させる → こと → 拒否)
        if t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.endswith(tuple(_BLOCKING_VERBS)) and t.lemma_ not in _NOT_BLOCKING:
            return True
    return False


# 「ロシアへの輸出を禁じる品目」「輸出を禁止する措置」: an act noun as what a ban forbids (the parse
# may hang the noun on the sentence's verb, not on the ban)
_BANNED_ACT = re.compile(r"を(?:全面的に|新たに|一時的に)?(?:禁じ|禁ず|禁止す|禁止し|禁止の)")
# 「爆弾の輸送は、依然として保留されたままだ」「出荷が一時停止されている」: an act noun as the topic or
# subject of a halt tells a flow held up, no transfer (unless it is taken up again: 「…停止されていたが、
# 先月再開された」)
_HALTED_ACT = re.compile(
    r"(?:は|が|も)、?[^、。をにがは]{0,10}?(?:一時的に|一時|全面的に|事実上)?"
    r"(?:保留|停止|凍結|中断|中止|差し止め|見合わせ)(?:され|し|中|の状態)(?![^。]{0,40}?(?:再開|解除|解禁|再び))"
)
# 「同志国の軍に装備品を無償で提供する「政府安全保障能力強化支援（OSA）」」「…を供与する制度」: an
# act that defines a scheme or programme names it; the grants it makes are told on their own
_PROGRAM_NAMED = re.compile(
    r"(?:する|される)(?:「[^」「]{0,30}?(?:支援|制度|枠組み|仕組み|プログラム|イニシアチブ)(?:[（(][^）)]{1,12}[）)])?」"
    r"|(?:制度|仕組み)(?:の|を|が|は|で))"
)
# 「部品は国外から調達している」: goods got from abroad at large, from no one named
# (「ロシアは複数の国からミサイルを調達することで」「多くの国々から装備を購入してきた」: so are goods got
# from many states left unnamed, a summary of the acts told by name)
_FROM_ABROAD = re.compile(
    r"(?:国外|海外|外国|諸外国|(?:複数|多く|様々|さまざま|いくつか)の国々?|数[かカヵケ]国)(?:から|より)"
    r"(?:[^、。をがはに]{0,6}?を)?$"
)
# 「カザフスタンでは部品の輸入が急増した」「無線機器の輸出が増えている」: the trend of a trade noun
# (its rise or fall), told of trade figures
_TRADE_TREND = re.compile(
    r"^(?:が|は|も)[、]?[^、。]{0,8}?(?:急増|増加|倍増|急拡大|拡大|急伸|増え|膨ら|伸び|減少|急減|減っ|減り|落ち込)"
)
# 「中国からの輸入」「ロシアへの輸出」: a party told as the trade's source or destination
_TRADE_PARTY = re.compile(r"(?:から|より|への|へ|向け)[^、。]{0,15}$")
# 「整備や部品供給の面で不安がある」: an act noun as the aspect something is said of
_ASPECT_OF = re.compile(r"(?:の)?(?:面|側面)(?:で|では|でも|から)")
# 「他国への納入より優先して回す」「輸出よりも国内配備を急ぐ」: an act the clause is measured against is
# another's, no act told (「引き渡しより前に」 is a time, and stays)
# (「他国向けの納入を後回しにして、ウクライナに回す」: so is one put behind the act the clause tells)
_MEASURED_AGAINST = re.compile(r"よりも?(?!前|後|以前|以後|先|早|遅)|(?:を|は)後回しに")
# (「…輸出を停止するよう、国連の専門家が求めた」: the asker may be named between)
_REFRAIN = re.compile(
    r"(?:ないよう|ぬよう|控えるよう|やめるよう|停止するよう|中止するよう|見送るよう"
    # (「国軍への武器供給を止めるよう求めた」: a flow asked to be stopped, not one asked for)
    r"|止めるよう|とめるよう|やめさせるよう|停止させるよう"
    # (「部品の供給網を断つよう各国に求めた」: a flow asked to be cut off)
    r"|断つよう|絶つよう|断ち切るよう|遮断するよう)に?"
    # (「…よう、同国が」「…よう各国に対し」: the one asked, told between)
    r"(?:、?[^、。]{1,20}?(?:が|は|に|に対し|に対して)[、，]?)?$"
)
# 「F16の運用を優先するよう同盟国から求められた」「防空網を強化するよう各国に求めた」: what is asked for
# is a deed (a noun verbed with する, ending in よう) that is no act of giving, not the goods named in it
# (「兵器を供与するよう求めた」 asks for the act; 「弾薬の供給を強化するよう求めた」 for more of it)
_DEED_ASKED = re.compile(
    r"(?P<obj>[^、。をがは「」]{0,8}?)を(?:[^、。を「」]{0,6}?)(?P<verb>[一-龯]{2})(?:する|させる)よう(?:に)?[、，]?"
    r"(?:[^、。「」]{1,20}?(?:から|に|に対し(?:て)?|が|は)[、，]?)?(?:強く|改めて|再三)?$"
)


def _asks_for_deed(before: str, lexicon: Lexicon) -> bool:
    """Whether a verb of asking asks for a deed that is no transfer: 「F16の運用を優先するよう求められた」."""
    m = _DEED_ASKED.search(before[-48:])
    if m is None or lexicon.triggers.get(m["verb"]):
        return False
    obj = m["obj"]
    return not any(obj.endswith(lemma) for lemma in lexicon.triggers if len(lemma) >= 2)


# 「ミサイルの共同生産への参加を日本に求めている」「共同開発についても日本側に協力を求めた」: asking a
# partner to join in making goods asks for work (licence or joint production), not for the goods
_JOIN_MAKING = re.compile(r"(?:生産|開発|製造|修理|整備)[^。、を]{0,12}?(?:協力|参加)を(?:[^。、を]{0,10}?に)?$")
# 「送る考えはない」「購入する計画はない」「輸出する予定もない」: a plan said not to exist is no act
_NO_PLAN = re.compile(
    r"(?:を|る|する|し|させる)?(?:考え|計画|予定|方針|意向|つもり|用意)(?:は|も)(?:ない|なく|無い|ありません)"
)
# 「迎撃ミサイルの売却について「新たな計画はない」と述べた」: a plan said not to exist, in a quote on the act
_NO_PLAN_ABOUT = re.compile(
    r"^(?:に(?:ついて|関して|関し)|をめぐって|を巡って)(?:は)?、?「[^」]{0,16}?"
    r"(?:考え|計画|予定|方針|意向|つもり)(?:は|も)(?:ない|なく|無い|ありません)"
)
# 「殺傷兵器を供与する案については「検討していない」」「送ることは考えていない」: an act whose
# weighing is itself said not to go on (nor its decision) is ruled out, no plan
_NOT_WEIGHED = re.compile(
    r"^(?:する|させる)?(?:案|計画|構想|選択肢|こと)?(?:について|に関して|に関し)?(?:は|も|を)?、?「?"
    # (「購入することを一度も検討していない」「これまで考えたこともない」: not once weighed)
    r"(?:現時点で|現在|今は|当面|まだ|一度も|これまで(?:に)?(?:一度も)?|全く|まったく)?、?"
    r"(?:検討|考え|予定|決定|議論)(?:して|て)?(?:いない|おらず|いません|おりません)"
)
# 「タウルスを供与しない方針だ」「当面は引き渡さない考えを示した」: an act a party says it will not
# do is a refusal of what may come, no transfer and no denial of one (「送っていない」 stays a denial;
# 「送らないとの方針を転換し」, a refusal reversed, is not one)
# (「直接供与することは当面しない方針」「供与を当面見送る方針」: the act may be named as a こと or an
# object before the verb refused)
_REFUSED_AHEAD = re.compile(
    r"^(?:(?:(?:する|させる)?こと)?(?:は|も|を)、?(?:当面|当分|今後も?|引き続き|現時点で)?(?:は)?、?)?"
    # (「供与は当面行わない方針」: or its light verb, 行う)
    r"(?:(?:し|さ|せ|行わ)?(?:ない|ず)|見送る|見合わせる|控える)(?:との|という)?(?:考え|方針|意向|構え)"
    r"(?![^、。]{0,4}?(?:を|から)(?:転換|撤回|改め(?!て)|覆|変更|翻|見直))"
)
# 「殺傷兵器の提供は運用指針上できない」「戦闘機の輸出は認められない」: an act said to be not
# possible or not allowed is a rule, not a transfer (「供与は確認できない」 is a hedge, kept)
_CANNOT = re.compile(
    r"^(?:は|も)[^、。「」]{0,12}?(?:(?<!確認)(?<!特定)(?<!把握)(?<!断定)(?<!否定)できない|できず|できません"
    # (「ウクライナへの移転は認めない方針だ」: an act the state will not allow)
    r"|不可能|認められない|許されない|認めない|認めず|許さない"
    # (「ウクライナへの移転は想定していない」: an act not envisaged at all)
    r"|想定していない|想定しておらず|想定されていない|予定していない|考えていない)"
)
# 「護衛艦を輸出することは困難だ」「戦車を供与することができない」「砲弾を輸出できない」「供与は難しい」:
# an act said to be hard or impossible to do is a constraint, not a transfer (「供与は確認が難しい」,
# a hedge on a deed, is kept)
_HARD_TO_DO = re.compile(
    r"^(?:(?:する|させる|される)?(?:こと|事)(?:が|は|も)|は|も|が)"
    r"(?![^、。「」]{0,12}?(?:確認|特定|把握|断定|検証|否定))[^、。「」]{0,12}?"
    r"(?:困難|難し(?!くない|くはない)|でき(?:ない|なかっ|なく|ず|ません)|不可能)"
    r"|^でき(?:ない|なかっ|ず|ません)"
)
# 「輸出できる装備品を救難などに限定」「供与可能な兵器の一覧」: goods that may be handed over, a class
# a rule defines (the potential form qualifying a noun), are no act
# 「砲弾を提供できるよう運用指針の見直しを求める」「輸出できるように規則を改正した」: an act a rule is
# changed (or asked to be changed) to allow is a rule, not a transfer
_RULE_CHANGED_FOR = re.compile(
    r"^(?:する)?(?:こと)?(?:が)?できるよう(?:に)?[、，]?[^。「」]{0,12}?"
    r"(?:運用指針|指針|規則|ルール|法律|法|制度|原則|規制|基準)(?:の|を)?(?:見直|改正|改定|緩和|変更)"
)
# 「…を購入する計画について問われ、「現時点で予定はない」と答えた」: a plan asked about and answered
# in the negative is no plan
# (「…がロシアに回される可能性について、軍は「兆候は見られない」と説明した」: so is a possibility
# spoken of and answered in the negative)
_PLAN_ASKED_DENIED = re.compile(
    r"^(?:する|される|れる|の)?(?:計画|予定|方針|可能性|考え)"
    r"(?:(?:について|に関して|を)(?:問われ|質問され|聞かれ|尋ねられ)|(?:について|に関して)(?:は)?、)"
    r"[^。]{0,50}?(?:ない|なく|ありません)[。]?[」』]"
)
# 「グリペンを供与する可能性を排除しないと述べた」「送る選択肢も否定しなかった」: an act a party only
# does not rule out is one it might weigh, no plan (a past act's possibility, 「送った可能性」, stays a
# hedged claim)
# (「殺傷兵器供与「排除せず」」「供与することも「排除しない」と述べた」: the words quoted, or 排除 said of
# the act itself; not 否定 of the act, 「供与を否定しなかった」, which only leaves a claim standing)
_NOT_RULED_OUT = re.compile(
    r"^(?:する|させる|の)?(?:(?:可能性|選択肢|こと)(?:は|も|を)?[「『]?(?:排除|否定)|(?:は|も|を)?[「『]?排除)"
    r"(?:しない|せず|していない|しなかった|しておらず)"
)
# 「イランが今後、対艦ミサイルをフーシ派に供与する可能性もある」「協定が実現すれば、武器供与に応じる可能性
# もある」, "Iran could supply missiles": an act in its plain form before 可能性 only may come, no
# transfer (a hedge on a deed, 「供与した可能性がある」「送っている可能性」, stays a claim; so does a rumour
# of what may come, 「供与する可能性も取り沙汰されている」, and a possibility only feared,
# 「移転する可能性を警戒」, is none)
# (「防空システムが渡る可能性が指摘されてきた」「供与する可能性が示唆された」: a possibility of what may
# come that others point to is none either; 「渡った可能性が指摘」 stays a hedged deed, and a rumour of
# what may come, 「供与する可能性も取り沙汰されている」, a claim)
_MAY_COME = re.compile(
    r"^(?:する|される|させる|(?:に|を)(?:応じる|踏み切る|行う|始める|開始する|拡大する))?可能性"
    r"(?:(?:も|が|は)(?:ある|あり|十分|否定できない|排除できない|出て|高ま|指摘|示唆)|(?:を|への|に)(?:警戒|懸念)"
    # (「タウルスを供与する可能性は低い」: an act told unlikely to come is none either)
    r"|(?:は|が)(?:極めて|非常に|かなり)?(?:低い|低く|小さい|小さく|薄い|乏しい|ほとんどない|ない))"
)
# 「護衛艦を譲渡することも将来的には「あり得る」」「砲弾を送ることもあり得る」「戦車の供与もありうる」:
# an act in its plain form (or a bare act noun) said only to be possible may come, no transfer (a past
# act so said, 「送ったこともあり得る」「供与した可能性もあり得る」, stays a hedged claim)
_MAY_HAPPEN = re.compile(
    r"^(?:[^、。「」]{0,4}?(?<!た)(?<!だ)(?:こと|の))?(?:も|は)[、，]?(?:[^、。「」]{0,10}?)[「『]?(?:十分に?)?"
    r"(?:あり得る|ありうる|ありえる|あり得ます|ありえます|ありうります)"
)
# 「グリペン戦闘機の供与も検討し得るとした」「送ることも考慮しうる」: an act one only might weigh is no
# plan (「供与を検討している」, weighed now, is one)
_MIGHT_WEIGH = re.compile(
    r"^(?:する|させる)?(?:こと)?(?:は|も|を)?(?:検討|考慮)(?:する)?(?:こと)?(?:も|は)?"
    r"(?:あり得る|ありうる|ありえる|し得る|しうる)"
)
# 「将来は同機の導入を検討する可能性もある」「購入を検討する余地はある」: an act a party only might
# weigh is no plan and no transfer (「検討している」 alone is a plan; 「提供した可能性」 a hedged deed)
_MIGHT_WEIGH_LATER = re.compile(
    # (「ウクライナへの武器支援を見直す可能性」: so is one it might reconsider, 見直す)
    r"^(?:(?:する|させる)?こと)?(?:を|も)?、?(?:将来的?に?は?|今後|いずれ)?"
    r"(?:(?:検討|考慮|再検討)(?:する|される|の)|見直す|見直される)(?:可能性|余地)"
)
# 「PAC3がウクライナに渡ることはない」「供与することはない」: an act said never to come (the plain form
# before ことはない) is a refusal of what may come, no transfer (「渡ったことはない」 stays a denial)
_NEVER_TO_COME = re.compile(r"^(?:する|される|させる)?ことは(?:ない|なく|ありません|あり得ない|ありえない)")
# 「日本の決定は「ウクライナへの間接的な武器供与に等しい」」: an act another is likened to is a
# comparison, no act
_LIKENED_TO = re.compile(r"^(?:に|と)(?:等し|同然|同じ|相当す)")
# 「撤廃されれば、ウクライナへの砲弾供与なども理論上は可能になる」: an act named by its noun said only to
# become possible (under a rule to come, or one just changed: 「輸出が可能になった」) is none
_BECOMES_POSSIBLE = re.compile(
    r"^(?:など|等)?(?:も|が|は)?、?(?:理論上|制度上|法的に|法律上|原則として)?(?:は|も)?、?可能(?:に|と)(?:なる|なり|なります|なった|なっている)"
)
_MAY_BE_DONE_KIND = re.compile(r"^(?:(?:する|される)?ことが)?(?:できる|可能な|し得る|しうる)(?![、。，,とかよ]|限り)")
# 「救難、輸送、警戒、監視、掃海」: the five kinds of mission the export rules allow goods for; a
# transport listed beside them is a kind of mission, not an act
_MISSION_KINDS = r"(?:救難|警戒|監視|掃海)"
_LISTED_AFTER_MISSION = re.compile(_MISSION_KINDS + r"(?:や|と|、|・|,|，|及び|および)$")
_LISTED_BEFORE_MISSION = re.compile(r"^(?:や|と|、|・|,|，|及び|および)" + _MISSION_KINDS)
# 「供与すべきだ」「武器の輸出を広く認めるべきだとの意見」: an act someone thinks ought to happen
# (or ought to be allowed) is an opinion, not a transfer
_OUGHT = re.compile(r"^(?:する|を)?[^、。「」]{0,8}?べき")
# 「K2戦車の導入も検討していたが、最終的に見送った」「購入する計画だったが、予算不足で断念した」: an
# act only considered or planned, then dropped in the clause after it, is no transfer (the drop has no
# goods of its own: 「…を送ったが、戦闘機の供与は見送った」 keeps the deed before it)
# (「中古12機を購入する契約を結んだが、財政難を理由に翌年、計画を撤回した」: nor has a deal signed and
# then called off, whose drop names only the plan or deal)
_DROPPED_PLAN = re.compile(
    r"^[^。、]{0,12}?(?:検討|計画|予定|目指|模索|交渉|協議|方針|意向|調整|視野|契約|合意)[^。、]{0,10}?"
    r"(?:が|ものの|けれども?)、"
    r"(?:[^。をは]|を理由に){0,30}?(?:(?:計画|契約|合意|取引)(?:を|は|が|も))?"
    r"(?:断念|見送|取りやめ|取り止め|撤回|白紙|破棄|解除|キャンセル|取り消)"
)
# 「F35の売却は今回の合意に含まれていない」「戦車の供与は支援の対象外だ」: an act said to be left out
# of a deal or package is ruled out, no transfer
_LEFT_OUT = re.compile(
    r"^(?:は|も)[^、。「」]{0,16}?(?:含まれ(?:ていない|ておらず|ず|ない|なかった|ません)|含め(?:ない|ず)|対象外|除外され)"
)
# 「ウクライナへの供与と自国の備えの間で」「輸出と国内配備のバランス」: an act named as one side of a
# trade-off weighed is a policy talked of, no act
_WEIGHED_AGAINST = re.compile(r"^と[^、。「」]{1,20}?の(?:間|あいだ|バランス|両立|板挟み|兼ね合い)")
# 「迎撃ミサイルを追加で送るかどうか」「供与するかどうかを検討」: whether an act will happen is a
# question still open, no plan (a past act asked about, 「送ったかどうか」, stays a hedged claim)
# (「パトリオットをウクライナに提供する可能性を問われた」: a possibility put as a question to who answers)
# (「追加供与が可能かどうかは」「送ることができるかどうか」: whether the act can be done at all)
_OPEN_QUESTION = re.compile(
    r"^(?:する|される|させる)?(?:(?:(?:する)?ことが|が)?(?:可能|でき(?:る)?)?かどうか|可能性(?:について|に関して|を|は)(?:[^、。]{0,6}?)(?:問われ|質問され|聞かれ|尋ねられ|ただされ))"
)
# 「供与するかどうかを検討している」「輸出するかどうか協議中だ」: whether to do it weighed now by the
# party is a plan under way, as 「供与を検討している」 is (「かどうかは決まっていない」 stays open)
_WHETHER_WEIGHED = re.compile(
    r"^(?:する|される)?かどうか(?:を|について|に関して|も)?、?(?:[^、。「」]{0,8}?で)?(?:検討|協議)"
    r"(?:して(?:いる|おり|いて|います)|中|を(?:進め|続け|始め))"
)
# 「戦車の供与をめぐる議論」「輸出を巡る問題」: what is said about an act is not the act
_ABOUT = re.compile(r"^(?:を|に)(?:めぐ|巡|関す|ついての|ついて議論)")
# 「F16の購入をめぐる協議」「売却に関する交渉が続いている」: talks held on an act are its planning,
# which the act's own cue (協議, 交渉) tells planned; so is a deal made on it (「購入に関する合意に署名」)
_TALKS_ON = re.compile(
    r"^(?:を|に)(?:めぐ|巡|関す)(?:る|って|り)、?(?:[^、。「」]{0,6}?の)?(?:協議|交渉|商談|合意|契約|覚書|取り決め)"
)
# 「ロシアへの砲弾供与をめぐる報道を否定した」「武器供与に関する疑惑」: reports or suspicions on an act
# tell the act (as alleged, or denied where they are denied), not only talk about it
_REPORTS_ON = re.compile(
    r"^(?:を|に)(?:めぐ|巡|関す)(?:る|って|り)(?:一連の|複数の|一部の)?(?:報道|疑惑|疑い|指摘|報告)"
)
# 「…の供与をめぐり、米国はイランを非難した」: an act a party is accused, protested or punished over
# is told as done (the accused gives: see assemble's `_addressee_acts`)
_ACCUSED_OVER = re.compile(
    r"^(?:を|に)(?:めぐ|巡)(?:って|り)(?:は)?、?[^。]{0,30}?(?:非難|抗議|批判|説明を求め|制裁|追及)"
)
# 「殺傷兵器の直接支援について、あらゆる可能性を排除しない」「供与に関して慎重な立場を維持」
# 「武器輸出に対しては慎重な姿勢を崩していない」: a stance taken on an act that may come is not the act
_STANCE_ON = re.compile(
    # (a quote may hold sentences of its own: 「…について「我々も必要だ。今は考えていない」と述べた」)
    # (「…の供与について記者団に問われ、「…」と述べた」: the act put as a question, told by the answer)
    r"^に(?:ついて|関して|関し|対して|対し)(?:は|も)?[、，,]?(?:[^、。「」]{0,8}?(?:問われ|質問され|聞かれ|尋ねられ)、?)?"
    r"(?:[^。]|。(?=[^「」。]{0,30}」)){0,40}?"
    r"(?:立場|姿勢|可能性を排除|排除しない|排除していない|慎重|否定的|消極的|明言を避け|言及を避け"
    # 「…について「検討することもありうる」と述べた」: an act one only might weigh is no plan
    r"|(?:検討|考慮)(?:する|も)?(?:ことも|ことは)?(?:ありうる|あり得る|ありえる|しうる|し得る)"
    # 「タウルスの供与については「現時点で決定していない」」: an act not yet decided on is no plan
    r"|決定していない|決定しておらず|決めていない|決まっていない|未定|結論を出していない|判断していない"
    # (「…の供与についても、当局者は「最終的な判断は下されていない」と述べた」: nor one whose decision is
    # said not to be made)
    r"|(?:判断|決定|結論)(?:は|が)(?:まだ)?(?:下されて|下して|出されて|出て)(?:いない|おらず|いません)"
    # 「トマホークの供与について「今は考えていない」と述べた」: nor one not even weighed
    r"|考えていない|検討していない|予定していない"
    # 「…の移転について「現時点で検討している事実はない」」: the weighing itself said to be no fact
    r"|(?:考え|検討し|予定し)(?:ている|た)(?:事実|こと)は(?:ない|ありません|ございません)"
    # 「戦車の追加供与については、今後あり得るという程度の話」: an act only said to be possible
    # (not a past act's possibility, 「…した可能性もあり得る」)
    r"|(?<!た可能性も)(?<!た可能性は)(?<!た可能性が)(?<!たことも)(?<!たことは)(?:あり得る|ありうる|ありえる))"
)
# 「兵器輸出の受注残高は過去最高」「武器輸出の総額」「輸出に占めるシェア」: a tally of a state's trade
# names no deal
# 「輸出額」「輸入量」: one word for the value or volume of a trade
_TRADE_TALLY = re.compile(r"(輸出|輸入)(?:額|量|高)")
# (「供与額はおよそ8億円で」「売却額は」: the sum of an act told before is no act of its own)
_TALLY = re.compile(
    r"^(?:の|に占める)?(?:受注残高|受注残|残高|総額|金額|シェア|割合|件数|統計|ランキング|額(?=[はがもでの]))"
)
# 「武器輸出の規制緩和を進めている」「移転三原則」「輸出管理を強化」: the rules on an act (its
# policy, control or guidelines) tell no act
# (「輸出の条件も緩い」: nor do its terms)
# 「移転先も15カ国に絞った」「輸出先を同盟国に限る」: the destinations a rule allows are no act
_DESTINATIONS_SET = re.compile(r"^先(?:も|を|は)、?[^。]{0,30}?(?:に絞|に限|を限定|を限|に拡大|を拡大|を広げ|に広げ)")
_RULES_ON = re.compile(r"^(?:の)?(?:規制緩和|規制|制限|ルール|三原則|原則|運用指針|指針|管理|制度|政策|緩和|条件)")
# 「第三国に移すには日本の同意が必要」「戦闘機を供与するには訓練に半年かかる」: an act as the end
# a condition or a cost serves is an act that may come, not one told
_CONDITION_OF = re.compile(r"^(?:する|させる|できる)?には")
# 「装甲車を安価に売る点で強みを持つ」「兵器を条件なしに売ることで知られる」: a habit a party is known
# for, told of no one's goods and no one who gets them, is a trait, not an act
_TRAIT_OF = re.compile(
    r"^(?:する|できる|している|させる|る)?(?:点で|点に|点が|ことで知られ|ことで定評|のが特徴|のを得意|ことを得意|ことに長け"
    r"|傾向(?:が|に|を|も))"
)
# 「仮に日本製の部品がロシア軍に渡れば」「北朝鮮がミサイルを供与した場合」「送ったとしても」: an act
# told as a condition or a concession is supposed, not done (「送ったばかり」 is done)
# (「もし中国が兵器を渡すとすれば」「供与したとすると」: so is one supposed with と and する; and one
# whose decision is the condition, 「ドイツがもし引き渡すことを決めたならば」「供与に踏み切れば」)
_IF_DONE = re.compile(
    r"^(?:(?:する|した)?こと(?:を|に)(?:決め|決定し|決断し|承認し|同意し|踏み切)|(?:に|へ)踏み切)?"
    # (「入手できれば」「送ることができたら」: an act a party could do, the condition of what follows)
    r"(?:する|した|される|された|させる|させた|し|す|さ|され|させ|れ|られ|た|る"
    r"|(?:する|した)?(?:ことが)?でき(?:る|た)?)?"
    r"(?:れば|ば(?!かり)|たら(?!し)|ならば|なら(?![ずなく])|場合|としても|ほど|と(?:すれば|すると|したら|した場合))"
)
# 「輸出しようとしたとして」「密輸しようとした疑いで」「送ろうとした容疑」: an attempt told as what a
# party is charged with
_ATTEMPT_CHARGED = re.compile(r"ようとした(?:として|疑い|容疑|罪)")
# 「仮に中国が兵器を送る段階に進めば、」「もしロシアが技術まで渡すことになれば、」: an act in a clause a
# supposition opens (仮に, もし) and a condition closes, however many words lie between the act and ば
_SUPPOSING = re.compile(r"(?:仮に|もし|万一|万が一)[^、。「」]*$")
_IF_LATER = re.compile(r"^[^、。「」]*?(?:ば|たら|なら|場合(?:は|には)?)[、，]")
# 「スホイ35の購入は、米国の圧力もあって立ち消えになった」「売却は頓挫した」: an act told as the topic
# of a deal that fell through, like a deal called off, is no transfer
_FELL_THROUGH = re.compile(r"^(?:は|も)、?[^。]{0,40}?(?:立ち消え|頓挫|破談|お蔵入り|白紙に戻)")
# 「同盟国の譲渡に必要な許可」「輸出に必要な承認」: what an act would need tells no act
_NEEDED_FOR = re.compile(r"^に(?:必要な|必要とされる|要する)")
# 「…の供給は」「供与が」: an act noun that is the topic or subject of what is said
_ACT_SPOKEN_OF = re.compile(r"(?:は|が|も)(?!ら)")
# 「購入に関心を示す」: interest in an act is not the act
# (nor is reluctance: 「兵器の供与に慎重だった」「輸出に難色を示す」「武器売却に断固反対する」)
_INTEREST = re.compile(
    r"^(?:に|へ)(?:の)?(?:関心|興味|意欲)"
    r"|^(?:に|へ)(?:は|も)?(?:断固(?:として)?|強く|一貫して|あくまで)?(?:慎重|消極的|否定的|難色|反対)"
)
# 「韓国の兵器」「米国の武器」: a state's arms in general, right before the act noun
_ARMS_TRADE_OF = re.compile(r"(?:国|[ァ-ヺー]{2,}|[一-龯]{1,2})の(?:兵器|武器)$")
_GENERAL_JUDGED = re.compile(
    r"^(?:について|に対して|を)(?:は)?[、，]?(?:「[^」。]{0,60}」と|[^、。「」]{0,20}(?:だ|である)と)?"
    r"(?:強く|厳しく|改めて)?(?:批判|非難|糾弾)"
)
_OFFERS = {"申し出", "申し入れ", "提案", "オファー", "打診"}
# 「武器の輸出を目的とした制度ではない」「供与を目的に設けた枠組み」: an act named as a purpose tells no act
_PURPOSE_OF = re.compile(r"^を(?:主な|主たる)?目的(?:と(?:した|する|して|し)|に)")
# (「…を購入する覚書を交わした」: a memorandum of understanding is a deal not yet binding)
_DEAL_NOUNS = {"契約", "合意", "取引", "商談", "覚書"}
# 「支援パッケージを発表し」「支援パッケージを承認した」: a package of aid announced or approved
_PACKAGE_PLEDGED = re.compile(r"(?:を|が)(?:発表|表明|承認|決定|公表|決め|まとめ)")
_TALKS_NOUNS = {"協議", "交渉"}
_SIGN_VERBS = {"結ぶ", "締結", "交わす", "調印", "署名", "合意", "成立"}
_NEVER = re.compile(
    # (「提供した事実はない」: a deed said to be no fact; 「供与した形跡はない」: one with no trace)
    # (「再輸出が行われた事実は確認されていない」: an act told by its noun, its taking place unfound)
    # (「ロシアへの供与の事実はない」: the act's noun with の)
    r"(?:(?:し|さ|され|させ|が(?:行われ|行なわれ|なされ))?(?:た|る)?|の)"
    r"(?:ことは|ことが|ことも|事は|事実は|事実も|形跡は|形跡も|兆候は|兆候も)(?:一度も|これまで|過去に|まったく|全く|決して)?"
    r"(?:ない|なく|無い|ありません|ありえない|確認されていない|確認されておらず)"
)
_NOT_YET = re.compile(r"(?:まだ|いまだ|未だ|今なお|依然)[^。、]*$")
_DEAL_AFTER = re.compile(r"[^、。]{0,12}?(?:契約|合意)(?!を破棄|を解除)")
_CALL_OFF = ("破棄", "解除", "キャンセル", "取り消す", "取り消し", "打ち切る", "破談", "白紙")


# 「…の購入をめぐる協議を打ち切った」「…について協議していたが、交渉は決裂した」「購入交渉を中断」:
# talks on an act broken off or suspended plan nothing (a deal called off agrees to nothing either);
# talks taken up again (「中断していた協議を再開した」) still do
_TALKS_ENDED = re.compile(
    r"(?:を|に)?(?:(?:めぐ|巡|関す|つい)[^、。]{0,6}?)?[^。]{0,16}?(?:協議|交渉|商談)"
    r"[^。再]{0,20}?(?:を|は|が|も)?(?:打ち切|打切|中断|決裂|物別れ|頓挫)(?![^。]{0,12}?再開)"
)


def _called_off(deal: Any) -> bool:
    """「購入契約を破棄した」「売却合意が白紙に」: a deal undone agrees to no transfer."""
    verb = deal.head if deal.head.i != deal.i else deal
    return any(verb.lemma_.endswith(w) for w in _CALL_OFF + tuple(_BLOCKING_VERBS)) or any(
        c.lemma_ in _CALL_OFF for c in verb.children
    )


def _deal_called_off(act: Any) -> bool:
    """「イスラエルからの武器購入の新規契約を凍結した」: an act noun whose deal (any word ending in 契約,
    取引, …) is frozen, banned or undone tells no transfer, as the act itself would not; nor does an
    act told as the clause on such a deal (「…からミサイルを調達する契約を解除した」)."""
    deal = act.head
    return (
        deal.i != act.i
        and act.dep_ in ("nmod", "compound", "acl")
        and (
            deal.lemma_.endswith(tuple(_DEAL_NOUNS | _PERMIT_NOUNS))
            # (「武器輸出の許可30件を停止した」: the permits counted)
            or (deal.lemma_ == "件" and any(c.lemma_ in _PERMIT_NOUNS for c in deal.children))
        )
        and deal.dep_ in ("obj", "nsubj")
        and _called_off(deal)
    )


# 「イスラエル向けの武器輸出の新規承認を停止している」「輸出許可の発給を凍結した」: the permits for an act,
# halted, frozen or withdrawn, let no act through (as a deal called off agrees to none)
_PERMIT_NOUNS = {"承認", "許可", "認可", "許可証", "ライセンス", "発給"}


# 「…を合わせて」「…を合わせ計」: goods totalled in the count of the act that follows
_TOTALLED = re.compile(r"[」』]?(?:など)?を(?:合わせて|あわせて|合わせ|合計で?)")


# 「第三国への」「第三国向けの」: a destination at large, right before the act's word
# (「第三国輸出」「第三国移転」: or joined to it, the policy's own word)
_THIRD_COUNTRIES = re.compile(r"第三国(?:への|向けの?|に対する)?$")
# 「ライセンス元の国への輸出を解禁」「協力関係にある国に対し、戦闘機などの部品の輸出も認める」: a
# destination at large, states told by a class (what they are or do), makes the act a policy
_STATES_AT_LARGE = re.compile(
    r"(?:ライセンス元の|[^、。「」]{1,20}?(?:にある|を結んでいる|を結ぶ|を結んだ|を締結している|を締結した|が行われている))"
    r"(?:国|国々|諸国|各国)(?:への|向けの?|に対する|(?:に対し(?:て)?|に)、?[^、。「」]{0,20}?)$"
)
_KNOW_HOW_BEFORE = re.compile(r"(?:技術|ノウハウ)(?:の)?$")
_THIRD_COUNTRIES_CASE = re.compile(r"(?:第三国|第3国|他国|他の国)(?:に|へ)(?:は|も)?、?(?:直接|直ちに|さらに)?$")
_MAY_OR_MAY_NOT = re.compile(
    r"(?:する|させる)?(?:こと)?(?:が|を|も)?(?:でき|可能|認め|容認|解禁|禁じ|禁止|制限|しない|させない|されない"
    r"|できない|しな(?:い|かった)よう)"
)
_DONE_AS_VERB = re.compile(r"(?:する|し|さ|され|させ)")
# 「…100基も、」「第1次契約分の180両は」: goods counted as the topic of the clause (a batch of goods)
_COUNTED_TOPIC = re.compile(r"[0-9０-９]+(?:両|輌|機|基|門|隻|発)(?:は|も)")


def _goods_topic(tok: Any, off: int, goods_at: list[tuple[int, int]]) -> bool:
    """「ピナカは昨年夏までに引き渡しが始まった」: goods named as the topic (は, も) before an act noun
    whose act has begun or been decided are the goods of that act."""
    text = tok.doc.text
    return any(
        e - off <= tok.idx and text[e - off : e - off + 2].lstrip("」』")[:1] in ("は", "も") for _, e in goods_at
    )


_ON_THE_GOODS = re.compile(r"[たっ]*(?:[^、。はがをにでと]{0,8}の)?")


def _goods_decided_on(tok: Any, off: int, goods_at: list[tuple[int, int]], acts: Lexicon) -> bool:
    """「2019年に売却が決まったF16V66機は」: an act noun whose deciding (決まった) is a relative clause
    on goods named right after it: those goods are the act's, decided on (but where a verb of the
    goods' own act follows, 「前回供与が決まったレーダーのうち最初の2基は、3月に到着した」, the
    decision only tells which goods they are)."""
    head = tok.head
    if head.lemma_ not in ("決まる", "固まる") or head.dep_ != "acl" or head.head.i <= head.i:
        return False
    if any(t.pos_ == "VERB" and acts.triggers.get(t.lemma_) for t in tok.doc[head.i + 1 :]):
        return False
    text = tok.doc.text
    end = head.idx + len(head.text)
    # (「…決まった新造のF16V」: a word or two may qualify the goods first)
    return any(0 <= s - off - end <= 12 and _ON_THE_GOODS.fullmatch(text, end, s - off) for s, _ in goods_at)


def _seller_named(sent: Any, off: int = 0, names: tuple[tuple[int, int], ...] = ()) -> bool:
    """Whether a name stands before と or から (「韓国と」「米国から」); a known name the tagger splits
    counts too (「フランスのダッソー・アビエーションと」)."""
    at = off + sent[0].idx if len(sent) else off
    return any(
        t.pos_ == "PROPN" and t.ent_type_ and t.i + 1 < len(sent) and sent[t.i + 1].text in ("と", "から") for t in sent
    ) or any(at <= e and sent.text.startswith(("と", "から"), e - at) for _s, e in names)


# verbs of striking a target: 「…に到着した貨物船を攻撃した」
_STRIKES = {"攻撃", "空爆", "爆撃", "砲撃", "撃沈", "撃墜", "迎撃", "破壊"}


# 「中国海軍の駆逐艦がカンボジアの基地に到着した」「ロシアの軍艦が北朝鮮の港に」: a state's own warship
# (of its forces, or told as its own, not of its make: 「ドイツ製の潜水艦が」) arriving at a port or base
# makes a port call, no delivery
_PORT_CALL = re.compile(
    r"(?:海軍|軍|(?<!製)の)[^、。がは]{0,10}?(?:艦|艇|空母|潜水艦|艦隊)(?:[0-9０-９一二三四五六七八九十数]+隻)?(?:が|は)、?"
    r"[^、。]{0,24}?(?:港|基地|軍港)(?:に|へ)$"
)


def _struck_on_arrival(tok: Any, off: int, goods_at: list[tuple[int, int]]) -> bool:
    """「ウクライナの無人機はロシアの港に到着した貨物船を攻撃した」: a craft that arrived, told in a
    relative clause on the target of a strike, carries no goods the sentence names; the weapons
    striking it are no shipment. (Goods named in the clause, 「砲弾を運んできた船を攻撃」, are one.)"""
    if tok.dep_ != "acl" or tok.head.i <= tok.i or tok.head.head.lemma_ not in _STRIKES:
        return False
    first, last = off + tok.left_edge.idx, off + tok.head.idx + len(tok.head.text)
    return not any(first <= start < last for start, _end in goods_at)


def _backer_epithet(tok: Any, received: Any, off: int, goods_at: list[tuple[int, int]]) -> bool:
    """「イランの支援を受けるフーシ派は…ミサイルを発射した」: a weak act (支援, 援助) received in a
    relative clause on a party names who backs it, an epithet and no transfer. (Goods named in the
    clause, 「ロシアから兵器の支援を受ける部隊」, tell one.)"""
    if received.dep_ != "acl" or received.head.i <= received.i or received.head.pos_ not in ("NOUN", "PROPN"):
        return False
    first, last = off + received.left_edge.idx, off + tok.idx
    return not any(first <= start < last for start, _end in goods_at)


# 「…に向かっていたとされる武器」「…に向かっているとみられる船」: the verb of a hedge a clause hangs on
_HEDGE_VERBS = {"する", "見る", "みる", "言う", "いう"}


def _hedged_clause(tok: Any) -> Any:
    """The verb standing for `tok`'s clause: the hedge's verb where the clause is quoted by one
    (「フーシ派に向かっていたとされる武器」: される qualifies the goods), else `tok` itself."""
    head = tok.head
    quoted = any(c.text == "と" and c.dep_ == "case" for c in tok.children)
    if tok.dep_ in ("advcl", "ccomp") and quoted and head.lemma_ in _HEDGE_VERBS and head.i > tok.i:
        return head
    return tok


def _buyer_follows(sent: Any) -> bool:
    """「ルーマニアも昨年7月、K9自走砲54門の購入契約を結んだ」: a buyer named with も follows the
    buyers told before it, from the same seller (not its own makers at home)."""
    return any(t.pos_ == "PROPN" and t.ent_type_ and t.i + 1 < len(sent) and sent[t.i + 1].text == "も" for t in sent)


# 「フーシ派向けの武器」: words that only name where goods go, an act where nothing else tells one
_DESTINATION_ONLY = {"向け", "宛て", "あて"}
# 「到着した貨物のうち」「届いた荷物の中から」: an act that names the cargo goods were found among
_CARGO_SEARCHED = re.compile(
    r"(?:し|する|した|された|い|いた)?(?:た)?(?:貨物|積み荷|積荷|荷物|コンテナ)(?:のうち|の中から|の中に|の中で|から)"
)
_HEADING = {"向かう"}
# 「積み荷はイランからフーシ派に向かうものだった」: a seized load, the topic, told as bound for a party
_CARGO_TOPIC = re.compile(r"(?:積み荷|積荷|貨物|荷物)(?:は|が)")
_FORMAL_NOUNS = {"こと", "の", "ところ", "もの", "ため"}
# 「貨物船は羅津港で砲弾を積み、…へ向かった」「砲弾を積んだ貨物船が…へ向かった」: a craft told as
# laden with goods, the subject of the heading
_CRAFT = r"(?:貨物船|輸送船|輸送艦|貨物機|輸送機|ダウ船|タンカー|船舶|貨物列車)"
_LADEN_CRAFT = re.compile(
    _CRAFT + r"(?:が|は)[^。]{0,30}?(?:積み|積ん|積載し|積み込み|積み込ん)"
    r"|(?:積ん|積載し|積み込ん)だ[^。、]{0,12}?" + _CRAFT + r"(?:が|は)"
)
_UNDER_WAY = {"中", "途中"}
# 「11両は昨年11月に納入済みで」「引き渡し済みだ」: an act told as done, its noun before 済み
_DONE = {"済み", "済"}
# 「Bと…の購入契約を結んだ」: the other side of a deal, by the act's direction
_PARTNER_CASE = {"give": "goal", "receive": "source", "request": "goal"}
# 「三菱電機はフィリピン空軍から警戒管制レーダーを受注した」: who orders from the maker is the buyer
_ORDER_TAKEN = {"受注"}


_TAKEN_IN = {"採用", "導入", "選定", "選ぶ"}
# (「潜水艦の輸出型」「輸出仕様の戦闘機」: goods built for export come from the state that exports them)
_FROM_ELSEWHERE = re.compile(r"から|より|製|契約|合意|両国|輸出(?:型|仕様|モデル|版)")
_ROUTE_NOUNS = {"ルート", "経路", "補給路", "輸送路"}
_CEREMONY_NOUNS = {"式", "式典", "セレモニー"}
# 「供給元」「供給国」「調達先」: the word for a side of an act, its act compounded with 元, 国 or 先
_SIDE_NOUNS = {"元", "国", "先"}
# 「…の供給元は中国だ」「最大の供給国はイランで、」: the side named as the topic's predicate
_SIDE_IS = re.compile(r"は、?[^、。は]{1,24}?(?:だ|で、|である|です|であり)")


def _side_named(sent: Any, tok: Any) -> bool:
    """Whether the act noun `tok` makes a word for a side of the act whose predicate names that side:
    「ロシアへのミサイル部品の供給元は中国だ」 tells China's supply to Russia. (After an act of its
    own, 「インドが輸入する兵器の最大の調達先はロシアで」, the word only names that act's side.)"""
    head = tok.head
    return head.lemma_ in _SIDE_NOUNS and _SIDE_IS.match(sent.text, head.idx + len(head.text)) is not None


# 「米国のライセンスを得て国内で生産」「輸出の許可を得た」: a licence, leave or know-how obtained is no goods;
# nor is cooperation or backing (「中国の技術協力を得て国産化した」)
_LEAVE_GOT = re.compile(r"(?:ライセンス|許可|承認|認可|技術|ノウハウ|同意|了承|協力|助言|支持)を$")
# 「…を導入したとの情報が流れた」: news, rumours or footage that spread carry no goods
_NEWS_SPREAD = re.compile(r"(?:情報|噂|うわさ|ニュース|映像|動画|報道|話|臆測|憶測)(?:が|も)(?:[^、。]{0,8}?で)?$")


# 「…を発注しており、」「…を購入し、」「…を購入したほか、」: a clause that ends on its act and goes on
# to another
_CLAUSE_BREAK = re.compile(r"(?:ており|でおり|ていて|ている上|したうえ|したほか|するほか|し|て|で)、")
# 「ロシア製兵器に依存してきた」: what is relied on, named with に (「…への依存からの脱却」 tells a
# dependence to leave, whose parties the acts after it do not share)
_RELIED_ON = re.compile(r"に$")
# 「…に頼ってきたが、」「…に依存しているものの、」: a clause of contrast closed before the next
_CONTRAST_BREAK = re.compile(r"(?:たが|るが|いるが|ものの|けれど(?:も)?)、")
# how far before a weak act its goods' make (「ロシア製兵器に」) is looked for
_MADE_REACH = 12
# 「韓国からも」「フランスからは」: a clause's own giver, named with から after a name
_OWN_SOURCE = re.compile(r"[ァ-ヴー一-龯A-Za-z]{2,}(?:政府|企業|社)?から[もは]?(?!の)")
# 「今年から」「2029年から」: a time something starts from, no giver
_WHEN_FROM = re.compile(r"[0-9０-９年月日後前]から")


def _clause_of_its_own(text: str, strong_at: int, weak_at: int) -> bool:
    """「マレーシアはトルコに哨戒艦を発注しており、韓国製の軽攻撃機FA50の導入も決めた」「中国から無人機を
    購入したほか、韓国からも防空システムを導入した」: a weak act (導入) in a clause of its own after the
    strong one, on goods of another state's make or from a giver of its own, is an act of its own, not
    the strong act told again."""
    if weak_at < strong_at:
        # 「ベトナムは長年ロシア製兵器に頼ってきたが、…を調達する」: a weak act closing a clause of
        # contrast before the strong one, on goods of another state's make, is an act of its own
        made = "製" in text[max(0, weak_at - _MADE_REACH) : weak_at]
        return made and _CONTRAST_BREAK.search(text, weak_at, strong_at) is not None
    if weak_at == strong_at:
        return False
    breaks = list(_CLAUSE_BREAK.finditer(text, strong_at, weak_at))
    if not breaks:
        return False
    clause = text[breaks[-1].end() : weak_at]
    return "製" in clause or any(not _WHEN_FROM.search(m.group()) for m in _OWN_SOURCE.finditer(clause))


def _another_states_goods(sent: Any) -> bool:
    """「豪政府は日本の「もがみ」型護衛艦の改良型を採用した」: a state with は or が and another
    state's goods (Yの) in the same sentence: what is taken in comes from that other state."""
    takers: set[str] = set()
    owners: set[str] = set()
    for t in sent:
        if t.pos_ != "PROPN" or not t.ent_type_ or (t.i > 0 and sent[t.i - 1].ent_type_ == t.ent_type_):
            continue
        k = t.i + 1  # (past the rest of the name: 「豪政府は」「フィリピン空軍は」)
        while k < len(sent) and sent[k].pos_ == "NOUN" and sent[k].ent_type_ == t.ent_type_:
            k += 1
        after = sent[k].text if k < len(sent) else ""
        rest = sent.text[sent[k].idx - sent[0].idx :] if k < len(sent) else ""
        offered = _OFFERED_RE.match(sent.text, t.idx + len(t.text) - sent[0].idx)  # (「日本案」 is one name)
        if (
            _MAKER_CLAUSE_RE.match(rest)
            or offered
            or (after == "の" and (t.ent_type_ == "Country" or _CLASS_NAMED.match(rest)))
        ):
            owners.add(t.text)  # 「三菱重工業が建造する」「海上自衛隊の「もがみ」型」: the goods' maker or owner
        elif after in ("は", "が"):
            takers.add(t.text)
    return bool(takers) and bool(owners - takers)


def _foreign_system_named(items: list[ItemHit], named: list[Entity]) -> bool:
    """「豪政府は、新型フリゲートとして「もがみ」型護衛艦の能力向上型を採用した」: a named system made
    in one state and a state of another in the sentence: what is taken in comes from elsewhere."""
    made = {it.entity.country for it in items if it.entity is not None and it.entity.country}
    states = {e.country for e in named if e.type == "country" and e.country}
    return bool(made) and bool(states - made)


def _maker_told(items: list[ItemHit], named: list[Entity]) -> bool:
    """Whether the text names the state of make of a system among `items`."""
    made = {it.entity.country for it in items if it.entity is not None and it.entity.country}
    return bool(made & {e.country for e in named if e.type == "country" and e.country})


def _trade_statistic(sent: Any, tok: Any, kind: str, after: str) -> bool:
    """「カザフスタンでは航空機部品の輸入が急増した」: the rise or fall of a country's imports or
    exports with neither a source nor a destination named is a trade figure, no transfer (「中国からの
    輸入が急増した」 and 「ロシアへの輸出が増えた」 still tell one)."""
    if kind not in ("import", "export") or not _TRADE_TREND.match(after):
        return False
    return not _TRADE_PARTY.search(sent.text, 0, tok.idx)


def _between_parties(sent: Any, tok: Any) -> bool:
    """「北朝鮮からロシアへの砲弾輸送ルート」: a source and a destination told right before the act."""
    return bool(_FROM_TO.search(sent.text[: tok.idx]))


_FROM_TO = re.compile(r"から[^。、]{1,15}?(?:への|へ|に)[^。、]{0,12}$")


# 「オマーンを中継して」「UAEを中継し、」: relaying through a named place marks the way, as 経由 does
_RELAY_WORDS = {"中継"}


def _headline_break(sent: Any, tok: Any) -> bool:
    """「イラン、ロシアに無人機供与　米紙報道」: a headline's act noun before the blank that sets off
    its source; the parser joins the two into one compound, but the act ends its own segment."""
    return tok.i + 1 < len(sent) and not sent[tok.i + 1].text.strip()


# 「今年に入り」「最終段階に入った」「ロシア領に入った」「クリミア半島に入り」: a time, a stage or
# ground entered; 「国境を越えてイラクに入った」: a border crossed into a state on the way
_GROUND_ENTERED = re.compile(
    r"(?:(?:[年月週]|今年|今月|今週|時期|季節|段階|局面|協議|交渉|議論|審議|調整|態勢|体制|時代|作業)に"
    r"|(?:領|領内|領空|領海|半島|地域|州|国内|市内|港|基地)に(?:[ぁ-ん]{1,6}に)?"
    r"|(?:国境|検問所)[^。]{0,24}?に(?:[ぁ-ん]{1,6}に)?)$"
)


def _ground_entered(before: str) -> bool:
    """Whether 入る, with what comes before it, enters a time, a stage or ground (「今年に入り」「ロシア
    領に入った」「国境検問所を通ってイラクに入った」), no party taking goods in."""
    return _GROUND_ENTERED.search(before) is not None


# 「大統領は」「外相が」「代表団は」: one who travels, told by a title or as a party of visitors
_VISITOR = re.compile(
    r"(?:大統領|首相|外相|国防相|防衛相|国務長官|国防長官|長官|総書記|主席|国王|皇太子|氏|代表団|使節団|一行)$"
)


def _visitor_enters(tok: Any) -> bool:
    """「大統領はポーランドを経由してキーウに入り、…」: 入る whose subject is one who travels (a leader
    by title, a delegation) is a visit, whatever way it took; no goods come in."""
    return any(c.dep_ == "nsubj" and _VISITOR.search(c.text) for c in tok.children)


def _relay_stop(sent: Any, tok: Any) -> bool:
    """「イランはオマーンを中継して、フーシ派に部品を送った」: 中継 in its て-form with a name as its
    object tells the stop on the way (its case is read as a go-between), not an act of its own;
    「北朝鮮製の砲弾をロシアに中継した」 relays goods."""
    if tok.lemma_ not in _RELAY_WORDS or tok.i < 2 or sent[tok.i - 1].text != "を":
        return False
    if not sent.text.startswith(("して", "し、"), tok.idx + len(tok.text)):
        return False
    return bool(sent[tok.i - 2].pos_ == "PROPN" or sent[tok.i - 2].ent_type_)


# 「アルシャバブに小銃などの小火器を」: a goal with に, then the goods with を, right before the verb
_GOAL_THEN_GOODS = re.compile(r"[にへ][^、。にをがは]{1,30}を$")
# 「パキスタン海軍のために潜水艦8隻を」「豪海軍のための艦艇を」: the buyer the goods are for, then the goods
_BUYER_THEN_GOODS = re.compile(r"のため(?:に|の)[^、。にがは]{1,30}を$")


def _particle_before(before: str, particle: str) -> bool:
    """Whether a verb of many senses has the particle that makes it a transfer: right before it
    (「ウクライナ側に回す」, or へ for に), or, for に, before the goods it passes (「フーシ派はアルシャバブに小火器を
    流している」), or, for のために, a buyer before the goods built (「中国はパキスタン海軍のために
    潜水艦8隻を建造中だ」)."""
    if particle == "のために":
        return _BUYER_THEN_GOODS.search(before) is not None
    if particle == "に":  # (「軍需企業へ流していた」: へ marks the goal as に does)
        return before.endswith(("に", "へ")) or _GOAL_THEN_GOODS.search(before) is not None
    return before.endswith(particle)


# 「ロシアに目を向けた」「中国に関心を向ける」: attention turned toward a party, no goods bound for it
_ATTENTION_TURNED = re.compile(r"(?:目|関心|視線|目線|矛先|注意|注目|期待|意識|照準|銃口)を$")


def _aimed_fire(tok: Any) -> bool:
    """「ロシア軍は無人機をウクライナに向けて発射した」: goods aimed at a party by a strike or launch
    (発射, 攻撃) go to it as fire, not as a delivery."""
    aimed = tok.lemma_ == "向ける" and tok.pos_ == "VERB"  # (「フーシ派向け武器が押収された」: bound for, no aim)
    # (「ハルキウに向けて撃ち込んだミサイル」: the parse may hang the strike on 向けて as its helper)
    fired = any(c.lemma_ in _NOT_TRANSFER_VERBS for c in tok.children if c.i > tok.i)
    return aimed and ((tok.head.i != tok.i and tok.head.lemma_ in _NOT_TRANSFER_VERBS) or fired or _fired_after(tok))


# 「発射」「撃ち込む」: the verbs of a launch or strike that an aim (に向けて) may open
_LAUNCHES = _STRIKES | {"発射", "撃ち込む", "打ち込む", "撃つ", "放つ", "浴びせる"}


def _fired_after(tok: Any) -> bool:
    """「イランは1日夜、イスラエルに向けて弾道ミサイル180発を発射した」: the launch that ends the clause
    向けて opens, wherever the parse hangs 向けて (on the time word before it; the parse may even end a
    sentence before the launch, so the clause is read up to its comma or full stop)."""
    for nxt in tok.doc[tok.i + 1 :]:
        if nxt.text in ("、", "。"):
            return False
        if nxt.lemma_ in _LAUNCHES:
            return True
    return False


def _bare_doer_clause(tok: Any) -> bool:
    """「仮に部品がロシア軍に渡れば、輸出した企業の責任も問われる」: an act left bare (no goods, no
    party, no place of its own) in a relative clause on a noun names who would do the act supposed
    before it, not an act of its own."""
    own = ("obj", "obl", "nsubj", "iobj", "nmod", "advmod")
    return tok.dep_ == "acl" and tok.head.i > tok.i and not any(c.dep_ in own for c in tok.children)


# 「引き続き」「改めて」「重ねて」: adverbs the parse takes for verbs
# (「…の供与を繰り返し求めてきた」: and so is 繰り返し)
_ADVERB_VERBS = {"引き続く", "改める", "重ねる", "繰り返す"}


def _governor(tok: Any) -> Any:
    """The word governing `tok`, past an adverb the parse takes for a verb: in 「…の供与を引き続き
    求めている」 the parse hangs the act on 引き続き, where 求める asks for it."""
    head = tok.head
    if head.lemma_ in _ADVERB_VERBS and head.dep_ == "advcl" and head.head.i > head.i:
        return head.head
    return head


# a question's close: 「…送ったのか。」「…送ったのか？」「…送るのでしょうか。」
# (「…売ることはあるの？」。: a quoted question may close its quote before the full stop)
_ASKED_CLOSE = re.compile(r"(?:のか|のでしょうか|のですか)?[？?]?(?:。?[」）)]?|[」）)]。)$")
_ASKED_WORDS = ("のか", "のでしょうか", "のですか", "？", "?")


def _asked_here(text: str, at: int) -> bool:
    """「ドイツはウクライナにどんな兵器を送ったのか。」: an act in the clause a question closes is asked
    about, no report (an act in a clause before it, 「戦車を送ったが、なぜ戦闘機は送らないのか」, is one)."""
    tail = text[at:].rstrip()
    close = _ASKED_CLOSE.search(tail)
    if close is None or not any(w in close.group() for w in _ASKED_WORDS):
        return False
    return not any(c in tail[: close.start()] for c in "、。")


def _trigger_hits(
    sent: Any,
    off: int,
    lexicon: Lexicon,
    blocked: list[tuple[int, int]],
    refused: set[int] | None = None,
    goods_at: list[tuple[int, int]] | None = None,
    foreign_system: bool = False,
    names: list[tuple[int, int]] | None = None,
    maker_told: bool = False,
) -> list[tuple[TriggerHit, int]]:
    """The transfer acts of a sentence, each with its token; acts said not to be planned go into
    `refused` (their arguments are theirs, and no transfer's). `goods_at`: the item words' spans;
    `foreign_system`: the sentence names a system of another state's make than a state it names;
    `names`: the spans of the names the gazetteer knows (states, firms); `maker_told`: the text
    names the state of make of a system the sentence names."""
    hits: list[tuple[TriggerHit, int]] = []
    other_act = False  # a word for a transfer other than a destination's 向け, even one set aside
    supposed = False  # an act told as a condition came before (「…に渡れば」)
    for tok in sent:
        start = off + tok.idx
        entries = lexicon.triggers.get(tok.lemma_) or lexicon.triggers.get(tok.text)
        if not entries and tok.pos_ in ("VERB", "NOUN"):
            entries = _kanji_spelled(tok.lemma_, lexicon)
        if not entries and tok.pos_ == "VERB":
            entries = _compound_entries(tok.lemma_, lexicon)
        # 「ウクライナ側に回す」: a verb of many senses tells a transfer only after its particle
        entries = [e for e in entries or () if not e.particle or _particle_before(sent.text[: tok.idx], e.particle)]
        if not entries and (tally := _TRADE_TALLY.fullmatch(tok.text)) and _between_parties(sent, tok):
            # 「中国からロシアへの半導体の輸出額は2倍に増えた」: the trade between two named parties, told
            # by its value, tells the act
            entries = list(lexicon.triggers.get(tally[1]) or ())
        if not entries:
            # 「輸出額」「供与品」: one token that begins with an act's word still tells that act
            other_act = other_act or any(tok.text[:k] in lexicon.triggers for k in range(2, len(tok.text)))
            continue
        if _asked_here(sent.text, tok.idx):
            continue
        if entries[0].direction == "request" and ANSWERED_ASK.match(sent.text, tok.idx + len(tok.text)):
            continue  # 「ウクライナの要請に応じて戦車を供与した」: the ask is the grounds of the act after it
        # (「トルコから到着した貨物のうち、ロシア向けの…を差し押さえた」: an arrival that only says which
        # cargo was searched leaves the destination to tell the act)
        if entries[0].lemma in ARRIVALS and _CARGO_SEARCHED.match(sent.text, tok.idx + len(tok.text)):
            continue
        other_act = other_act or entries[0].lemma not in _DESTINATION_ONLY
        if any(s < start + len(tok.text) and start < e for s, e in blocked):
            continue  # part of an item word (輸送機) or a name
        if _relay_stop(sent, tok):
            continue
        if entries[0].lemma == "入る" and (_ground_entered(sent.text[: tok.idx]) or _visitor_enters(tok)):
            continue
        if entries[0].lemma == "流れる" and _NEWS_SPREAD.search(sent.text[: tok.idx]):
            continue
        if entries[0].direction == "receive" and _LEAVE_GOT.search(sent.text[: tok.idx]):
            if refused is not None:
                refused.add(tok.i)  # (「米企業から技術を導入し、」: whom the know-how came from is no act's)
            continue
        # 「第三国への輸出を解禁する」: exports to third countries at large are a policy, no act
        # (「サウジアラビアに第三国輸出する」: the joined word as a verb of a named destination is an act)
        third = _THIRD_COUNTRIES.search(sent.text[: tok.idx])
        as_verb = _DONE_AS_VERB.match(sent.text, tok.idx + len(tok.text)) is not None
        if third is not None and (third.group() != "第三国" or not as_verb):
            continue
        if _STATES_AT_LARGE.search(sent.text[: tok.idx]):
            continue
        # 「完成品を第三国に直接移転できるよう指針を改める」「第三国へ輸出することを認める」: what may or may
        # not go to third countries at large is a rule, no act
        if _THIRD_COUNTRIES_CASE.search(sent.text[: tok.idx]) and _MAY_OR_MAY_NOT.match(
            sent.text, tok.idx + len(tok.text)
        ):
            continue
        # (a verb's dictionary form the tagger took for a noun, 「…までに引き渡すと表明」, is a verb)
        nominal = tok.pos_ in ("NOUN", "PROPN") and not _VERB_ENDING.search(tok.text)
        # 「技術移転を約束した」「防衛装備品・技術移転協定を結んだ15カ国」: know-how passed on (or the
        # framework agreement named after it) is no goods
        if nominal and _KNOW_HOW_BEFORE.search(sent.text[: tok.idx]):
            continue
        # 「フーシ派に向かっていた船舶」: heading somewhere tells a shipment only of the craft it
        # describes (「イエメンに向かっていたことが判明」 and 「代表団が向かった」 tell none)
        if entries[0].direction == "move" and _struck_on_arrival(tok, off, goods_at or []):
            continue
        if entries[0].direction == "move" and _PORT_CALL.search(sent.text, 0, tok.idx):
            continue
        if entries[0].lemma in _DESTINATION_ONLY and _aimed_fire(tok):
            continue
        if entries[0].lemma in _DESTINATION_ONLY and _ATTENTION_TURNED.search(sent.text[: tok.idx]):
            continue
        if entries[0].lemma in _HEADING:
            clause = _hedged_clause(tok)
            cargo = clause.head.lemma_ == "もの" and _CARGO_TOPIC.search(sent.text[: tok.idx]) is not None
            cargo = cargo or (clause.dep_ != "acl" and _LADEN_CRAFT.search(sent.text[: tok.idx]) is not None)
            # (「積み荷はフーシ派に向かっていたとみられる」: the load itself told heading for a party)
            cargo = cargo or (clause.dep_ != "acl" and _CARGO_TOPIC.search(sent.text[: tok.idx]) is not None)
            if not cargo and (clause.dep_ != "acl" or clause.head.lemma_ in _FORMAL_NOUNS):
                continue
        pledged = None
        # 密輸ネットワーク, 輸送能力: a trigger noun that only modifies another noun is no event
        # (「輸送中」「供与中」: an act under way is the act)
        modifier = (
            tok.dep_ == "compound" and tok.head.lemma_ not in _UNDER_WAY | _DONE and not _headline_break(sent, tok)
        )
        if nominal and modifier and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
            head_entries = lexicon.triggers.get(tok.head.lemma_)
            # 「イランからヒズボラへの武器輸送ルート」: the route of an act between two named parties
            # tells the act
            # (「…への部品の輸出量」: so does its value or volume)
            route = (
                tok.head.lemma_ in _ROUTE_NOUNS or _TRADE_TALLY.fullmatch(tok.text + tok.head.text) is not None
            ) and (_between_parties(sent, tok))
            # 「購入契約を結んだ」「売却合意」: a deal for the act is the act agreed (unless called off)
            deal = tok.head.lemma_ in _DEAL_NOUNS and not _called_off(tok.head)
            # 「日本から警戒管制レーダーの輸出実績がある」: a record of the act tells acts done
            done = tok.head.lemma_ == "実績"
            # 「戦車の引き渡し式が行われた」: the ceremony of the act is the act done
            done = done or tok.head.lemma_ in _CEREMONY_NOUNS
            # 「ウクライナ向けの軍事支援パッケージを発表し」: a package of aid is the aid given, and one
            # announced or approved is a pledge of it
            package = tok.head.lemma_ == "パッケージ" and entries[0].direction == "give"
            deal = deal or package
            pledged = package and _PACKAGE_PLEDGED.match(sent.text, tok.head.idx + len(tok.head.text) - sent[0].idx)
            if not head_entries and not route and not deal and not done and (hits or not _side_named(sent, tok)):
                continue
            # a purchase deal counts only with the seller named (「韓国と」「米国から」): one with a
            # maker at home is procurement
            # (「ロシアと…。イランはスホイ35の購入契約を結んだ」: a system named of another state's make than
            # the buyer, a state the story names, is bought from that state)
            if (
                not head_entries
                and deal
                and entries[0].direction == "receive"
                and not (
                    _seller_named(sent, off, tuple(names or ()))
                    or _buyer_follows(sent)
                    or (foreign_system and maker_told)
                )
            ):
                continue
        # 「輸出を厳しく管理」「部品の流入を防ぐ」: an act controlled, banned or prevented is no transfer
        blocking = _blocked_by(tok.head)  # 一時停止, 全面禁止
        if nominal and tok.head.i != tok.i and blocking and tok.dep_ in ("obj", "nsubj"):
            continue
        if nominal and _BANNED_ACT.match(sent.text, tok.idx + len(tok.text)):
            continue
        if nominal and _HALTED_ACT.match(sent.text, tok.idx + len(tok.text)):
            continue
        if _deal_called_off(tok):
            continue
        if nominal and _TALKS_ENDED.match(sent.text, tok.idx + len(tok.text) - sent[0].idx):
            continue
        # 「武器輸送のために領土を通過させることを拒否」: what another act turned down is for is kept from
        # happening too
        if nominal and _FOR_THE_ACT.match(sent.text, tok.idx + len(tok.text) - sent[0].idx) and _turned_down(tok):
            continue
        # 「供給は紛争を長引かせる」: a bare act noun that is the subject of another predicate,
        # with nothing of its own (no goods, no party), speaks of supplying in general
        generic = not any(c.dep_ in ("nmod", "compound", "amod", "acl", "nummod") for c in tok.children)
        subject_of_other = tok.dep_ == "nsubj" and tok.head.i != tok.i and not lexicon.triggers.get(tok.head.lemma_)
        # (「…100基も、来年から納入が始まる」「残る180両は…から納入が始まっている」: an act begun or
        # done is the act, its goods, named or counted, the topic before it)
        subject_of_other = subject_of_other and not (
            tok.head.lemma_ in _LIGHT_INTRANSITIVES
            and (
                _COUNTED_TOPIC.search(sent.text, 0, tok.idx) is not None
                or _goods_topic(tok, off, goods_at or [])
                or _goods_decided_on(tok, off, goods_at or [], lexicon)
            )
        )
        if nominal and generic and subject_of_other:
            continue
        after = sent.text[tok.idx + len(tok.text) :]
        if nominal and _FELL_THROUGH.match(after):
            continue
        if _IF_DONE.match(after) or (_SUPPOSING.search(sent.text[: tok.idx]) and _IF_LATER.match(after)):
            supposed = True
            continue
        if supposed and _bare_doer_clause(tok):
            continue
        if not nominal and _PROGRAM_NAMED.match(after):
            continue
        # 「ロシア依存の象徴」: reliance compounded with a name is a state of dependence, not goods relied on
        if entries[0].lemma == "依存" and not _RELIED_ON.search(sent.text, 0, tok.idx - sent[0].idx):
            continue
        if nominal and (_LISTED_AFTER_MISSION.search(sent.text, 0, tok.idx) or _LISTED_BEFORE_MISSION.match(after)):
            continue
        # 「部品の多くは国外から調達している」「整備や部品供給の面で不安」: goods got from abroad at
        # large, or supply as an aspect talked of, tell no act between parties
        if _FROM_ABROAD.search(sent.text[: tok.idx]) or (nominal and _ASPECT_OF.match(after)):
            continue
        if nominal and _MEASURED_AGAINST.match(after):
            continue
        # 「韓国の兵器輸出について「…」と非難した」「米国の武器供与を批判した」: a state's arms trade in
        # general, condemned, names no goods and no one they go to: no act of its own
        if nominal and _ARMS_TRADE_OF.search(sent.text[: tok.idx]) and _GENERAL_JUDGED.match(after):
            continue
        if entries[0].lemma in _SHIFTING and _SOURCE_SHIFTED.search(sent.text[: tok.idx]):
            if refused is not None:
                refused.add(tok.i)  # (「ロシアから」「インドに」 are the shift's, no act's)
            continue
        if nominal and _trade_statistic(sent, tok, entries[0].kind, after):
            continue
        if (
            _PREVENTED.match(after)
            # (「戦車を引き渡すことを承認しなかった」: a giving not approved is turned down)
            or (not nominal and _NOT_PERMITTED.match(after))
            or _OUGHT.match(after)
            or (_CONDITION_OF.match(after) and not (nominal and after.startswith("には")))
            or (_TRAIT_OF.match(after) and not tok.text.endswith("た"))
            or (
                nominal
                and (
                    _INTEREST.match(after)
                    or (
                        _ABOUT.match(after)
                        and not _ACCUSED_OVER.match(after)
                        and not _TALKS_ON.match(after)
                        and not _REPORTS_ON.match(after)
                    )
                    or _NEEDED_FOR.match(after)
                    or _TALLY.match(after)
                    or _RULES_ON.match(after)
                    or _DESTINATIONS_SET.match(after)
                    or _CUSTOMER_OF.match(after)
                    or _PURPOSE_OF.match(after)
                )
            )
        ):
            continue
        # 「武器の供与については「行わない」との立場だ」: an act a stance is taken on is no act, and its
        # goods and parties are no other act's either
        if nominal and _STANCE_ON.match(after):
            if refused is not None:
                refused.add(tok.i)
            continue
        # 「兵器の調達を控えるよう求めた」: asking a party to refrain asks for no goods
        if entries[0].direction == "request" and _REFRAIN.search(sent.text[: tok.idx]):
            continue
        if entries[0].direction == "request" and _JOIN_MAKING.search(sent.text[: tok.idx - sent[0].idx]):
            continue
        if entries[0].direction == "request" and _asks_for_deed(sent.text[: tok.idx - sent[0].idx], lexicon):
            continue
        # 「各国に対し制裁の強化を求めた」: what is asked for is a measure against the deals, not goods
        if entries[0].direction == "request" and _asks_for_measure(sent.text[: tok.idx - sent[0].idx]):
            continue
        if (
            _NO_PLAN.match(after)
            or _NOT_WEIGHED.match(after)
            or _REFUSED_AHEAD.match(after)
            or (_OPEN_QUESTION.match(after) and not _WHETHER_WEIGHED.match(after))
            or _NOT_RULED_OUT.match(after)
            or _MAY_COME.match(after)
            or _MAY_HAPPEN.match(after)
            or _MIGHT_WEIGH.match(after)
            or _MIGHT_WEIGH_LATER.match(after)
            or _NEVER_TO_COME.match(after)
            or (nominal and _LIKENED_TO.match(after))
            or _DROPPED_PLAN.match(after)
            or (nominal and _LEFT_OUT.match(after))
            or (nominal and _WEIGHED_AGAINST.match(after))
            or (nominal and _NO_PLAN_ABOUT.match(after))
            or (nominal and _CANNOT.match(after))
            or _HARD_TO_DO.match(after)
            or _MAY_BE_DONE_KIND.match(after)
            or (nominal and _BECOMES_POSSIBLE.match(after))
            or _RULE_CHANGED_FOR.match(after)
            or _PLAN_ASKED_DENIED.match(after)
        ):
            if refused is not None:
                refused.add(tok.i)
            continue
        following = list(sent[tok.i + 1 : tok.i + 6])
        direction_override = None
        # 「配達を受けた」「供与を受ける」: a give-noun received is a receipt
        if (
            nominal
            and len(following) >= 2
            and following[0].text == "を"
            and following[1].lemma_ in ("受ける", "受け取る")
        ):
            if entries[0].weak and _backer_epithet(tok, following[1], off, goods_at or []):
                continue
            direction_override = "receive"
        # 「売却の申し出を受けた」「供与の提案を受けた」: an offer received is a receipt offered
        elif (
            nominal
            and len(following) >= 4
            and following[0].text == "の"
            and following[1].lemma_ in _OFFERS
            and following[2].text == "を"
            and following[3].lemma_ in ("受ける", "受け取る", "受け入れる")
        ):
            direction_override = "receive"
            following = [following[0], following[3], *following[4:]]
        passive = False
        negated = False
        for k, t in enumerate(following):
            if t.pos_ in ("NOUN", "PROPN", "PUNCT") and t.lemma_ not in ("よう", "こと"):
                break
            # 「戦車供与を否定しなかった」「受け取りを否認していない」: a denial of the act not made; the
            # negation is the denial's, not the act's
            if k > 0 and t.lemma_ in ("否定", "否認"):
                break
            # 「提供していない」「送っておらず」: the て of an aspect (いる, おる) goes on with the act
            # (「送ってはいない」: with は or も between)
            rest = [x for x in following[k + 1 : k + 3] if x.text not in ("は", "も")]
            # (「送ってない」「送ってません」: the い of the aspect dropped, as translations and speech drop it)
            aspect = t.text in ("て", "で") and bool(rest) and rest[0].lemma_ in (*_ASPECT, "ない", "ます")
            if t.text in ("と", "て", "で", "が", "から", "ば") and not aspect:
                break  # 「引き渡したとされ」: the passive of the hedge is not the act's
            if t.lemma_ in _PASSIVE:
                passive = True
            # (「送らない」: the parse may tag the ない right after a verb an adjective)
            if t.lemma_ in _NEGATION and (t.pos_ == "AUX" or (k == 0 and t.pos_ == "ADJ")):
                negated = True
        # 「購入したことは一度もない」「送ったことはありません」: a deed said never to have happened
        negated = negated or bool(_NEVER.match(after))
        # 「ミャンマーへの武器の輸出を許可していない」: an act its state says it has not let happen
        negated = negated or bool(nominal and _NOT_PERMITTED.match(after))
        # 「まだ引き渡していない」「いまだ受け取っていない」: not yet done is still to come, no denial
        still_to_come = negated and bool(
            _NOT_YET.search(sent.text, max(0, tok.idx - sent[0].idx - 12), tok.idx - sent[0].idx)
        )
        negated = negated and not still_to_come
        trig = entries[0]
        if direction_override and trig.direction == "give":
            trig = dataclasses.replace(trig, direction=direction_override)
            # the receiving verb carries the clause's arguments: attach them through it
            hits.append((TriggerHit(start, start + len(tok.text), trig, passive=passive, negated=negated), tok.i))
            hits.append((hits[-1][0], following[1].i))
            continue
        hit = TriggerHit(start, start + len(tok.text), trig, passive=passive, negated=negated, nominal=nominal)
        if still_to_come or pledged:
            hit.status = "planned"
        hits.append((hit, tok.i))
    # 「フーシ派向けの武器を押収」: a destination stands for the act only where no word tells one
    # (「カザフスタン向けの半導体の輸出額」 tells an export, as a statistic)
    if other_act:
        hits = [(h, i) for h, i in hits if h.trigger.lemma not in _DESTINATION_ONLY]
    # 「陸上自衛隊は国産ミサイルを採用した」: goods taken into service come from another side only
    # where the sentence names one (から, or a maker's state: フランス製)
    if not (_FROM_ELSEWHERE.search(sent.text) or _another_states_goods(sent) or foreign_system):
        hits = [(h, i) for h, i in hits if h.trigger.lemma not in _TAKEN_IN]
    # a weak trigger (支援) yields to a strong one in the same sentence
    # (「…の導入を柱とする契約を結び」: a weak act that is what a deal is for is the deal's act)
    strong = [i for h, i in hits if not h.trigger.weak]
    _scene_takes_choice(sent, hits)
    if strong:
        hits = [
            (h, i)
            for h, i in hits
            if not h.trigger.weak
            or _DEAL_AFTER.match(sent.text, sent[i].idx + 2)
            or _clause_of_its_own(sent.text, sent[min(strong)].idx - sent[0].idx, sent[i].idx - sent[0].idx)
        ]
    # 「パトリオットの供与を要請した」: the act asked for is the request's, not one of its own;
    # its token then leads to the request, so the goods attach there
    requests = {i: h for h, i in hits if h.trigger.direction == "request"}
    out: list[tuple[TriggerHit, int]] = []
    for h, i in hits:
        head = _governor(sent[i]).i
        asked = sent[i].dep_ in ("obj", "nmod", "nsubj")  # 「…の供与も求めている」: も makes it the subject
        if h.nominal and h.trigger.direction != "request" and head in requests and asked:
            out.append((requests[head], i))
            continue
        out.append((h, i))
    return out


# 「新型フリゲート11隻の調達で、」「戦闘機の導入では、」: an act's noun that sets the scene for what follows
_SCENE = re.compile(r"(?:で|では)[、，]")


def _scene_takes_choice(sent: Any, hits: list[tuple[TriggerHit, int]]) -> None:
    """「豪政府は、新型フリゲート11隻の調達で、もがみ型の改良型を選んだと発表した」: a procurement told as
    the scene of a choice (選定, 選ぶ) that comes after it is the choice's plan, not a deed done; the
    weak choice yields to the scene's noun (which holds the goods) but gives it its status."""
    for h, i in hits:
        if not h.nominal or h.trigger.weak or h.status is not None:
            continue
        if not _SCENE.match(sent.text, sent[i].idx - sent[0].idx + len(sent[i].text)):
            continue
        if any(c.trigger.weak and c.trigger.status == "planned" and j > i for c, j in hits):
            h.status = "planned"


_SPEECH_VERBS = {
    "述べる",
    "語る",
    "主張",
    "分析",
    "発表",
    "報じる",
    "明らかにする",
    "指摘",
    "説明",
    "伝える",
    "非難",
    "批判",
    "否定",
    "強調",
    "話す",
    "認める",
    "表明",
    "証言",
    "警告",
    "示す",
    "言及",
    "確認",  # 「国防省は、…を受け取ったと確認した」: who confirms tells the act
    "投稿",  # 「…と2日、Xに投稿した」: a post on social media says it
}
_LIGHT_VERBS = {
    "する",  # 「供与をした」「引き渡しをする」: the act's noun as object of する (frequent in translations)
    "表明",
    "決定",
    "決める",
    "発表",
    "約束",
    "承認",
    "開始",
    "実施",
    "検討",
    "計画",
    "行う",
    "進める",
    "準備",  # 「イランが…の供与を準備している」: who readies the act does it
    "明らかにする",
    "打ち出す",
    "確認",
    "再開",
    "拡大",
    "強化",
    "継続",
    "続ける",
    "急ぐ",
    "活発化",
    "加速",
    "増やす",
    "増強",
    "増加",  # 「…への部品の供給を増加させている」
    "急増",
}
# 「ベトナムには、警備艇の供与が決まっている」「ポーランドへの引き渡しが始まった」: an intransitive
# verb whose subject is the act's noun (decided, begun, done) carries the act's arguments
_LIGHT_INTRANSITIVES = {"決まる", "固まる", "始まる", "完了", "実現", "本格化"}
# 「ウクライナから…の提供の要請があった」「…の打診が寄せられた」: a request that comes to the
# speaker's side; its から names who asks, as a passive's does
_REQUEST_CAME = {"ある", "寄せる", "届く"}
_NOT_TRANSFER_VERBS = {
    "科す",
    "科する",
    "課す",
    "課する",
    "押収",
    "拿捕",
    "差し押さえる",
    "阻止",
    "摘発",
    "攻撃",
    "空爆",
    "爆撃",
    "砲撃",
    "発射",
    "使用",
    "生産",
    "製造",
    "量産",
    "開発",
    "撃墜",
    "迎撃",
    # 「ロシアがウクライナに向けて撃ち込むミサイル」: fire aimed at a party is no delivery to it
    "撃ち込む",
    "打ち込む",
    "撃つ",
    "放つ",
    "浴びせる",
    "配置",
    "展開",
    "保管",
    "運用",
    "検査",
    "制裁",
    "指定",
    # 「中国は…武器の輸送を黙認している」: who lets the act be or watches it is no party to it
    "黙認",
    "容認",
    "見逃す",
    "監視",
    "追跡",
}
OTHER_PREDICATE = -1
# verbs of making goods at home: their goods are no act's of transfer
_MADE_HERE = {"生産", "製造", "量産", "組み立てる", "組立", "開発", "製作", "建造"}
# nouns of work done on goods already held or being built (「米国製レーダーの統合が遅れ」「エンジンの
# 搭載」): goods told as their genitive are the matter of that work, not of an act of transfer
_WORKED_ON = {"統合", "組み込み", "改修", "整備", "修理"}


def _worked_on(doc: Any, tok_i: int, trig_tokens: dict[int, int]) -> bool:
    """Whether goods are the genitive of a noun of work on them (「米国製レーダーなどの統合が遅れ」):
    integrating, fitting or servicing goods is no act of transfer, though one may follow in the
    sentence (「…、初号機の到着がずれ込む」: the jets arrive, not their radars)."""
    tok = doc[tok_i]
    return tok.dep_ == "nmod" and tok.head.lemma_ in _WORKED_ON and tok.head.i not in trig_tokens


def _is_topic(doc: Any, tok_i: int) -> bool:
    """Is the token's phrase marked with は (the topic)?"""
    for t in doc[tok_i + 1 : tok_i + 4]:
        if t.pos_ == "ADP":
            return bool(t.text == "は")
        if t.pos_ not in ("NOUN", "PROPN", "SUFFIX", "PUNCT"):
            return False
    return False  # the argument belongs to a predicate that is no trigger (侵攻する, 設計した)


def _request_came(h: TriggerHit, tok: Any) -> bool:
    """「ウクライナ側から無人機の提供の要請があった」「…の打診が寄せられている」: a request told as
    what came (ある, 寄せられる, 届く) rather than as one side's act of asking."""
    return bool(
        h.nominal and h.trigger.direction == "request" and tok.dep_ == "nsubj" and tok.head.lemma_ in _REQUEST_CAME
    )


def _split_act_root(doc: Any, root: Any, trigger_tokens: dict[int, int]) -> int | None:
    """「北朝鮮、ロシアに170ミリ自走砲を追加供与　韓国情報院」: the parser may end a headline's
    phrase at a noun qualifying the act (追加, 無償) and start the act noun as a root of its own;
    the arguments hung on that noun are the act's."""
    nxt = root.i + 1
    if root.pos_ == "NOUN" and nxt < len(doc) and nxt in trigger_tokens and doc[nxt].head.i == nxt:
        return trigger_tokens[nxt]
    return None


def _attach(
    tok_i: int,
    doc: Any,
    trigger_tokens: dict[int, int],
    goods: frozenset[int] = frozenset(),
    person: bool = False,
    refused: frozenset[int] = frozenset(),
) -> int | None:
    """The trigger an argument depends on: follow heads until a trigger; an argument of another
    verb on the way (a relative clause, a quote's frame, an act said not to be planned) is
    OTHER_PREDICATE; no verb at all, None.
    `goods` are the tokens of item words, which the parser sometimes takes for verbs (無人機)."""
    tok = doc[tok_i]
    for _ in range(8):
        if tok.i in trigger_tokens:
            return trigger_tokens[tok.i]
        if tok.head.i == tok.i:
            return _split_act_root(doc, tok, trigger_tokens)
        below, tok = tok, tok.head
        if tok.i in trigger_tokens:
            return trigger_tokens[tok.i]
        # (「許可を得ずに」: a clause of manner told in the negative refuses nothing)
        if _object_past_without_clause(below, tok, trigger_tokens):
            continue
        if tok.i in refused:
            return OTHER_PREDICATE
        # (「無人機"モハジェル6"と"アバビル"」: a translation's straight quote, which the parser may
        # tag a verb, is no predicate)
        if tok.i in goods or not any(c.isalnum() for c in tok.text):
            continue
        if (
            _adverbial_clause(tok)
            and not _is_topic(doc, tok_i)
            and not _shared_goal(doc, tok_i, tok)
            and not _shared_doer(doc, below.i, tok, trigger_tokens)
        ):
            return OTHER_PREDICATE  # 「ロシアがウクライナに侵攻した後、」: the clause's own arguments
        if tok.lemma_ in _NOT_TRANSFER_VERBS and not (tok.dep_ == "acl" and not _owned_by_clause(tok, doc, tok_i)):
            return OTHER_PREDICATE  # the one who seizes, attacks or builds is no party to a transfer
        if _told_as_the_source(tok):
            return OTHER_PREDICATE  # 「国情院が14日、国会で報告したもので、」: who tells it is no party
        if _speech_verb(tok) or _speech_light(tok):
            quoted = _quoted_act(doc, tok_i, tok, trigger_tokens)
            if quoted is not None:
                return quoted
            # the topic of 「…と述べた」 speaks; it is no party to the transfer; 「Xから説明があった」
            # 「記者団に対し述べた」: who informs or is told is no party either
            arg_case = _particle(doc, tok_i)
            if doc[tok_i].dep_ in ("nsubj", "obl") and _is_topic(doc, tok_i):
                return OTHER_PREDICATE
            # 「…室長が…と言及しており」: an official commenting with が is the speaker too, and so
            # is the state or ministry qualifying the title (one announcing, 「…国防相が表明」, may
            # announce his own state's act)
            if below.dep_ == "nsubj" and tok.lemma_ in _COMMENT_VERBS and (person or _TITLE_END.search(below.text)):
                return OTHER_PREDICATE
            # 「ロシアのペスコフ報道官は…と述べた」: the state qualifying the speaking topic speaks with it
            if below.i != tok_i and below.dep_ == "nsubj" and _is_topic(doc, below.i):
                return OTHER_PREDICATE
            if (
                arg_case in ("に対し", "に対して")
                and (aimed := _aimed_act(doc, tok_i, tok, trigger_tokens)) is not None
            ):
                return aimed
            source = _hearsay_source(doc, tok_i, tok, trigger_tokens) if arg_case == "から" and not person else None
            if source is not None:
                return source
            return OTHER_PREDICATE if doc[tok_i].dep_ == "obl" and arg_case in ("から", "に対し", "に対して") else None
        # 「ロシアに対し…を輸出」「前線に向けて」「第三国を通じて」: a verb that only marks a case
        # (に対し, に向けて, を通じて, を介して, を経て) is no predicate of its own
        if tok.lemma_ in _CASE_VERBS and tok.i - below.i <= 2:
            continue
        if _includes_goods(tok, goods) or _load_sent(tok, trigger_tokens):
            continue
        # 「…に戦闘機を追加引き渡し」: a word the parser took for a verb that only qualifies the
        # act's noun (追加, 無償) hands its arguments on to the act
        if tok.dep_ == "compound" and tok.head.i in trigger_tokens:
            continue
        if tok.pos_ == "VERB" and tok.lemma_ not in ("する", "よる", "ある", "いる", "なる"):
            if tok.dep_ == "acl" and not _owned_by_clause(tok, doc, tok_i):
                continue  # 「イランがロシアに…使用する無人機を供与」: the clause only qualifies the goods
            return OTHER_PREDICATE if tok.dep_ == "acl" else None
    return None


def _object_past_without_clause(arg: Any, verb: Any, trigger_tokens: dict[int, int]) -> bool:
    """「部品を経済産業相の許可を得ずにロシアへ輸出した」: the parse hangs the first of two を-objects
    on the verb of the clause of manner (「…ずに」「…ないで」, without doing) before the act; a verb
    takes one を-object, so the first is the act's (the clause keeps its own, 許可を)."""
    if arg.head.i != verb.i or arg.dep_ != "obj" or verb.dep_ != "advcl" or verb.head.i not in trigger_tokens:
        return False
    if not any(c.dep_ == "obj" and c.i > arg.i for c in verb.children):
        return False
    tail = [c.text for c in verb.children if c.i > verb.i]
    return ("ず" in tail and "に" in tail) or ("ない" in tail and "で" in tail)


# 「…した後、」「…したほか、」「…する際、」: nouns a clause is told before, as its time or as one
# act beside another, not goods it qualifies
_ADVERBIAL_HEADS = {"後", "ほか", "他", "際", "以降", "以来", "直後", "直前", "一方", "結果", "末"}


def _under_refused_act(doc: Any, tok_i: int, refused: frozenset[int]) -> bool:
    """Whether the word at `tok_i` hangs (through its heads) on an act said not to be done or planned
    (「武器は供与しない方針だ」), whose goods are no other act's."""
    tok = doc[tok_i]
    for _ in range(8):
        if tok.i in refused:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _adverbial_clause(verb: Any) -> bool:
    """「北朝鮮は、ロシアがウクライナに侵攻した後、ロシアに砲弾を送った」「…ミサイルを使用したほか、
    ベラルーシに戦闘機を供与した」: a verb closing a clause of time or of another act (no act of
    transfer) keeps its が-subject and objects; the topic は goes on to the main act."""
    return bool(
        verb.pos_ == "VERB"
        and verb.head.lemma_ in _ADVERBIAL_HEADS
        # (「侵攻して以来」: the parse hangs a て-clause on 以来 as an adverb)
        and ((verb.dep_ == "acl" and verb.head.pos_ == "NOUN") or (verb.dep_ == "advcl" and verb.head.pos_ == "ADV"))
    )


def _shared_goal(doc: Any, tok_i: int, verb: Any) -> bool:
    """「ロシアは同盟国ベラルーシに核兵器を配備したほか、防空システムを供与した」: the destination of
    an act told beside the transfer is the transfer's too (where it names none of its own)."""
    return bool(
        verb.head.lemma_ in ("ほか", "他") and tok_i + 1 < len(doc) and doc[tok_i + 1].text in ("に", "へ", "にも")
    )


def _shared_doer(doc: Any, subject_i: int, verb: Any, trigger_tokens: dict[int, int]) -> bool:
    """「情報総局は、ベラルーシの企業が戦車の修理を請け負っているほか、照準器をロシアへ送っていると
    主張した」: in a quote, the が-subject of an act told beside the transfer (ほか) does the transfer
    too, where the transfer names no subject of its own (outside a quote the topic does it:
    「ロシアは、ベラルーシ軍が演習を行ったほか、戦闘機を供与した」)."""
    if verb.head.lemma_ not in ("ほか", "他") or doc[subject_i].dep_ != "nsubj":
        return False
    if _particle_text(doc, subject_i) != "が":
        return False
    act = verb.head.head
    return bool(
        act.i in trigger_tokens
        and act.dep_ in ("ccomp", "advcl")
        and any(c.dep_ == "case" and c.text == "と" for c in act.children)
        and _speech_verb(act.head)
        # (a subject of the act's own after the side act; the topic before both speaks)
        and not any(c.dep_ == "nsubj" and c.i > verb.i for c in act.children)
    )


def _particle_text(doc: Any, tok_i: int) -> str:
    """The case particle right after the word at `tok_i` (が, は, を), or ''."""
    nxt = doc[tok_i + 1] if tok_i + 1 < len(doc) else None
    return nxt.text if nxt is not None and nxt.dep_ == "case" else ""


# an act noun condemned (or let be) rather than told: 「供与を批判」「輸出を「…」と非難」「売却に強く反発」
# 「輸送を黙認している」
# (not 歓迎: a recipient welcomes what it gets)
_JUDGED = re.compile(
    r"(?:を|に)(?:「[^」。]{0,60}」と|[^、。「」]{0,20}(?:だ|である)と)?(?:強く|厳しく|改めて)?"
    r"(?:批判|非難|懸念|問題視|反発|抗議|糾弾|警戒|黙認|容認|見逃|監視|追跡)"
)


# 「(供与)した…ミサイルによるクリミアへの攻撃を非難した」: goods given, told in passing as what an attack
# that is condemned was made with (the condemning is of the attack, not of the giving)
_ATTACK_JUDGED = re.compile(
    r"[ぁ-ん]{1,5}?[^、。をがは]{1,25}?(?:による|を使った|を用いた)[^、。をが]{0,20}?"
    r"(?:攻撃|空爆|砲撃|爆撃|空襲)を(?:強く|厳しく|改めて)?(?:非難|批判|糾弾)"
)


# 「(英国が供与)した巡航ミサイル「ストームシャドー」を、ウクライナがロシア領への攻撃に使っていると非難した」:
# goods given, told in passing as what another is condemned for using in its attacks
_USE_JUDGED = re.compile(
    r"(?:した|された)[^、。をがは「」]{0,20}?(?:「[^」。]{1,20}」(?:と|や)?)*[^、。をがは「」]{0,8}?を、?"
    r"[^、。をが]{1,20}?が[^。を]{0,25}?(?:攻撃|空爆|砲撃|爆撃|戦闘|作戦)に(?:使|使用|用い|投入)[^。]{0,12}?と"
    r"(?:強く|厳しく|改めて)?(?:非難|批判|糾弾)"
)


def _attack_judged(text: str, hits: list[TriggerHit]) -> None:
    """「ロシア外務省は、米国がウクライナに供与したATACMSによるクリミアへの攻撃を非難した」: the giving,
    told in a clause on the arms an attack was made with, is taken as known; only the attack is
    condemned, so the giving keeps the plain report (not the accusation's 'alleged')."""
    for h in hits:
        if h.nominal or h.negated or h.status is not None:
            continue
        if _ATTACK_JUDGED.match(text, h.end) or _USE_JUDGED.match(text, h.end):
            h.status = "reported"


def _quoted_act(doc: Any, tok_i: int, verb: Any, trigger_tokens: dict[int, int]) -> int | None:
    """「中国は、ロシアに対し…を輸出していると米政府は指摘した」: the parse may hang the quote's
    arguments on the verb of speech; where that verb has a subject of its own after the act the
    argument comes before, the argument is the quoted act's."""
    acts = [k for k in sorted(trigger_tokens) if tok_i < k < verb.i]
    if not acts:
        return None
    # (a subject that holds the act itself, 「…を利用することは…を示す」, speaks of nothing)
    speakers = [
        c
        for c in verb.children
        if c.dep_ == "nsubj" and acts[0] < c.i and c.i != tok_i and c.left_edge.i > acts[0] and c.lemma_ != "こと"
    ]
    return trigger_tokens[acts[0]] if speakers else None


def _aimed_act(doc: Any, tok_i: int, verb: Any, trigger_tokens: dict[int, int]) -> int | None:
    """「フィンランドはウクライナに対し、防空システムを供与する用意があると表明した」: the parse may hang
    a state's に対し on the verb of speech; with an act of transfer between them, and no other
    destination named before it, the state is where that act goes (「記者団に対し…述べた」 names none)."""
    acts = [k for k in sorted(trigger_tokens) if tok_i < k < verb.i]
    if not acts or doc[tok_i].pos_ != "PROPN":
        return None
    for t in doc[tok_i + 3 : acts[0]]:
        if t.pos_ == "ADP" and t.text in ("に", "へ") and t.head.pos_ == "PROPN":
            return None
    return trigger_tokens[acts[0]]


def _hearsay_source(doc: Any, tok_i: int, verb: Any, trigger_tokens: dict[int, int]) -> int | None:
    """「中国からも、軽攻撃機が引き渡されたと伝えられる」: the parse may hang a state's から on the
    passive verb of hearsay (伝えられる, 報じられる), which names no teller; with an act told between
    them, the state is where that act's goods come from."""
    if not any(c.dep_ == "aux" and c.lemma_ in _PASSIVE for c in verb.children):
        return None
    if doc[tok_i].pos_ != "PROPN":
        return None
    acts = [k for k in sorted(trigger_tokens) if tok_i < k < verb.i]
    return trigger_tokens[acts[0]] if acts else None


def _speech_verb(verb: Any) -> bool:
    """「…と述べた」「…を受け取ったと確認した」: a verb of telling; not 確認 in the passive, which
    tells goods seen by no one named (「国軍が受け取った戦闘機が確認されている」)."""
    if verb.lemma_ not in _SPEECH_VERBS:
        return False
    return verb.lemma_ != "確認" or not any(c.dep_ == "aux" and c.lemma_ in _PASSIVE for c in verb.children)


# 「これはウクライナ国防省が4日に明らかにしたもので、」: the opening by which broadcast news names whose
# report follows (see _told_as_the_source), right after the teller's name
_REPORT_FRAME = re.compile(r"が[^、。]{0,14}?(?:明らかに|発表|公表|報告|説明|確認|発言)(?:した|しました)もので、")


def _report_frame_teller(text: str, sentence: Sentence) -> Attribution | None:
    """「これはウクライナ国防省が4日に明らかにしたもので、ドイツから供与された戦車が到着したという
    ことです」: the teller a broadcast report frame names speaks for the sentence (an office telling
    of goods come to no one named tells of its own state's), though it is no party to the act."""
    for a in sentence.parties:
        frame = _REPORT_FRAME.match(text, a.end)
        if a.entity is not None and a.trigger is None and frame is not None:
            return Attribution(a, None, a.start, frame.end(), fronted=True)
    return None


def _told_as_the_source(verb: Any) -> bool:
    """「これは防衛省が14日発表したもので、北朝鮮は…を運び込んだということです」: a verb of telling
    that qualifies the formal noun もの before the copula で (the opening by which broadcast news names
    whose report follows) is the report's frame, and its subject tells the act; it is no party."""
    head = verb.head
    return bool(
        (verb.lemma_ in _TELLING or _speech_light(verb))
        and verb.dep_ == "acl"
        and head.lemma_ == "もの"
        and any(c.dep_ == "cop" and c.text == "で" for c in head.children)
    )


def _speech_light(verb: Any) -> bool:
    """「説明があった」「報告を受けた」: a light verb whose noun is an act of speech."""
    if verb.lemma_ == "する" and any(c.lemma_ == "明らか" for c in verb.children):
        return True  # 「明らかにした」 parsed as 明らか + に + した
    return verb.lemma_ in ("ある", "する", "受ける", "行う") and any(
        c.dep_ in ("nsubj", "obj") and (c.lemma_ in _SPEECH_VERBS or c.lemma_ in _SPEECH_NOUNS) for c in verb.children
    )


_CASE_VERBS = {"対する", "向ける", "通じる", "通す", "介する", "経る"}
_INCLUDE_VERBS = {"含む", "含める"}


def _includes_goods(verb: Any, goods: frozenset[int]) -> bool:
    """「戦車やミサイルを含む武器を送った」「S400を含む防空システムを提供」: goods a clause of
    including names are part of the goods it qualifies, and go with them to the act."""
    return verb.lemma_ in _INCLUDE_VERBS and verb.dep_ == "acl" and verb.head.i in goods


# verbs of loading a container or craft: 「砲弾を積んだコンテナ」「弾薬を積み込んだ貨物船」
_LOAD_VERBS = {"積む", "積み込む", "積載", "搭載"}


def _load_sent(verb: Any, trigger_tokens: dict[int, int]) -> bool:
    """「砲弾や弾道ミサイルを積んだコンテナ2万個をロシアに送った」「弾薬を積み込んだ貨物船を派遣した」:
    the load of the containers or craft an act sends is the act's goods (all of them, not only the
    first listed; the count is the containers', not the goods')."""
    return bool(
        verb.lemma_ in _LOAD_VERBS
        and verb.dep_ == "acl"
        and verb.head.dep_ == "obj"
        and verb.head.head.i in trigger_tokens
    )


_COMMENT_VERBS = {"言及", "指摘", "分析", "非難", "批判", "警告", "証言"}
_TITLE_END = re.compile(r"(?:相|長|官|氏|大臣|大統領|首相|議員|大使)$")
_SPEECH_NOUNS = {"報告", "連絡", "通知", "ブリーフィング"}
# verbs of telling a report by: the speech verbs and the nouns of a report used as verbs (報告した)
_TELLING = _SPEECH_VERBS | _SPEECH_NOUNS | {"公表"}


def _owned_by_clause(verb: Any, doc: Any, tok_i: int) -> bool:
    """Is the argument a relative clause's own? Only one right on it is (ウクライナに侵攻するロシア):
    a が-subject or an oblique further before a relative clause is as often the main clause's."""
    inner = doc[tok_i].dep_ in ("obl", "obj", "iobj")
    return bool(verb.i - tok_i <= 3 and inner)


def _particle(doc: Any, tok_i: int) -> str:
    """The particle (or particles: に対し) that closes the phrase a token heads."""
    out = ""
    for t in doc[tok_i + 1 : tok_i + 5]:
        if t.pos_ in ("ADP", "VERB") and t.text in ("から", "に", "対し", "対して", "より"):
            out += t.text
            continue
        if out or t.pos_ not in ("NOUN", "PROPN", "SUFFIX", "PUNCT"):
            break
    return out


# the case a giver or a receiver named in a clause on the goods takes in the act told of them
# (「ロシアは北朝鮮から届いた砲弾を受領した」: where goods that came came from is whom they are got from)
_CLAUSE_ROLE = {
    ("give", "receive"): "source",
    ("give", "move"): "source",
    ("move", "receive"): "source",
    ("receive", "give"): "goal",
}


def _acts_on_the_goods(
    sentence: Sentence, doc: Any, hits: list[TriggerHit], trig_tokens: dict[int, int], goods: frozenset[int]
) -> list[tuple[int, int]]:
    """「米国が供与を表明していた戦車を受領した」「米国が供与した戦車が到着した」: an act in a relative
    clause on the goods of another act tells the same transfer from the other side: its giver is
    the source of what is received or arrives (its receiver, the goal of what is given), not a
    party to a transfer of its own. A giving told of goods given on (「AがBに返還したミサイルが
    Cに送られる」) is a transfer before the other: B, who got them, gives them on; the pairs of such
    acts are returned, so that the goods are both acts'."""
    chains: list[tuple[int, int]] = []
    for tok_i, ti in trig_tokens.items():
        tok = doc[tok_i]
        # (「…ミサイル約90発が」: the clause may hang on the counted head of the goods)
        on_goods = tok.head.i in goods or any(c.i in goods for c in tok.head.children if c.dep_ in ("compound", "nmod"))
        head = tok.head
        # (「インドが購入した米国製の無人機」: the parse may hang the clause on the state of make, 米国,
        # not on the goods right after its 製)
        made = _goods_after_make(doc, head, goods) if tok.dep_ == "acl" and not on_goods else None
        if made is not None:
            head, on_goods = made, True
        if tok.dep_ != "acl" or not on_goods:
            continue
        tj = _attach(head.i, doc, trig_tokens, goods)
        if tj is None:  # the parse hangs the goods on a frame (「…と報じた」): the act that follows
            tj = _nearest_following(sentence.start + head.idx, hits)
        if tj is None or tj < 0 or tj == ti:
            continue
        # 「ロシアがイランに送った戦闘機に加え、イランは中国からも…を購入した」: goods set beside
        # the other act's own are no goods of it
        if _BESIDE_GOODS.match(sentence.text, tok.head.idx + len(tok.head.text)):
            continue
        if hits[ti].negated or (hits[ti].passive and hits[ti].trigger.direction != "give"):
            continue
        if hits[ti].passive:  # 「ドイツから供与された防空システムが到着した」
            if hits[tj].trigger.direction in ("receive", "move"):
                _passive_clause_parties(sentence, ti, tj)
            continue
        if hits[ti].trigger.direction == hits[tj].trigger.direction == "give":
            if _gives_on(sentence, ti, tj):
                chains.append((ti, tj))
            continue
        if hits[ti].trigger.direction == "request" and hits[tj].trigger.direction == "receive":
            _asked_gives(sentence, ti, tj)
            continue
        if hits[ti].trigger.direction == hits[tj].trigger.direction == "receive":
            _bought_then_received(sentence, ti, tj)
            continue
        case = _CLAUSE_ROLE.get((hits[ti].trigger.direction, hits[tj].trigger.direction))
        getting = hits[ti].trigger.direction == "receive" and hits[tj].trigger.direction in ("give", "move")
        if getting and _kept_for_own_use(sentence, ti, tj):
            chains.append((ti, tj))  # (the goods are the getting's too)
            continue
        if getting and _carried_to_the_getter(sentence, ti, tj):
            chains.append((ti, tj))
            continue
        if getting and _got_from_where_carried(sentence, ti, tj):
            chains.append((ti, tj))
            continue
        if getting and _got_goods_arrive(sentence, ti, tj):
            chains.append((ti, tj))
            continue
        # (「ロシアが北朝鮮から購入した砲弾は、ベラルーシに運ばれた」: goods got, then carried to another,
        # are passed on as goods given on are)
        passing = case == "goal" or getting
        if passing:
            _source_of_clause(sentence, ti, tj)
        if passing and _passed_on(sentence, ti, tj):
            if _nobody_passes_on(sentence, ti, tj):
                continue
            _buyer_sells_on(sentence, ti, tj)
            chains.append((ti, tj))
            continue
        if case is None:
            continue
        if case == "goal" and _got_then_sent_elsewhere(sentence, ti, tj):
            continue
        for a in sentence.parties:
            if a.trigger == ti and a.case in ("subj", "topic"):
                a.case, a.trigger, a.direct = case, tj, True
            elif a.trigger == ti and a.case in ("goal", "source"):
                a.trigger, a.direct = tj, True
    return chains


def _goods_after_make(doc: Any, head: Any, goods: frozenset[int]) -> Any:
    """The goods token right after a state of make the parse took for the noun a clause is on
    (「購入した米国製の無人機」: 米国, 製, の, 無人機), or None."""
    if head.text.endswith("製"):  # (「イラン製」 as one token, or 製 after イラン)
        after = head.i + 1
    elif head.i + 1 < len(doc) and doc[head.i + 1].text == "製":
        after = head.i + 2
    else:
        return None
    for t in doc[after : after + 3]:
        if t.i in goods:
            return t
        if t.text != "の" and t.pos_ not in ("NOUN", "PROPN", "NUM", "SUFFIX"):
            return None
    return None


# 「…に加え」「…のほか」「…とは別に」: goods named beside others
_BESIDE_GOODS = re.compile(r"[^、。をがはに]{0,8}?(?:に加え|に加えて|のほか|の他に|とは別に|に続き|に続いて|と並んで)")


def _got_then_sent_elsewhere(sentence: Sentence, ti: int, tj: int) -> bool:
    """「中国の企業が調達した部品は、ロシアの軍需工場に届けられた」: goods a clause says someone got, given
    on to a destination of the later act's own by no one else told, went on from the one who got
    them: it gives them in the later act (a firm so goes between), it does not take them. Whether
    it was so."""
    own = [a for a in sentence.parties if a.trigger == tj and a.direct]
    givers = ("source", "agent") if sentence.triggers[tj].passive else ("subj", "topic", "source", "agent")
    # (「ロシアの兵器工場へ」: a state owning the destination is the receiver's side)
    goals = [
        a
        for a in own
        if a.case in ("goal", "goal-gen")
        or (a.case == "gen" and _GEN_GOAL.match(sentence.text, a.end - sentence.start))
    ]
    getters = [a for a in sentence.parties if a.trigger == ti and a.case in ("subj", "topic")]
    if not goals or not getters or any(a.case in givers for a in own):
        return False
    if any(_same_entity(g, b) for g in goals for b in getters):
        return False
    for a in getters:
        a.case, a.trigger, a.direct = "source", tj, True
    return True


def _bought_then_received(sentence: Sentence, ti: int, tj: int) -> None:
    """「イランはロシアから購入した攻撃ヘリを受領した」「インドがロシアから調達した防空システムを受け取った」:
    the one a clause of getting on the goods names as their source gives them in the act of
    receiving, when that act names no source of its own and the clause no other getter; the clause
    is no act of its own beside it."""
    own = [a for a in sentence.parties if a.trigger == tj and a.direct]
    if any(a.case in ("source", "agent") for a in own):
        return
    getters = [a for a in sentence.parties if a.trigger == ti and a.case in ("subj", "topic")]
    takers = [a for a in sentence.parties if a.trigger == tj and a.case in ("subj", "topic", "goal")]
    if any(not any(_same_entity(g, t) for t in takers) for g in getters):
        return
    for a in sentence.parties:
        if a.trigger == ti and a.case == "source" and a.direct:
            a.trigger = tj
        elif a.trigger == ti and a.case in ("subj", "topic"):
            a.trigger, a.direct = tj, True


def _asked_gives(sentence: Sentence, ti: int, tj: int) -> None:
    """「イタリアの造船大手に発注した哨戒艦を受け取った」「米国に要請した戦車が届いた」: the one a clause on
    the goods says they were ordered from or asked of (its に) gives them in the act of receiving; the
    clause is no act of its own beside it."""
    for a in sentence.parties:
        if a.trigger == ti and a.case == "goal":
            a.case, a.trigger, a.direct = "source", tj, True
        elif a.trigger == ti and a.case in ("subj", "topic"):
            a.trigger, a.direct = tj, True


def _kept_for_own_use(sentence: Sentence, ti: int, tj: int) -> bool:
    """「ロシアはイランから購入した無人機をベラルーシ経由で前線に送った」: goods the sentence's topic got
    from a named source and moves on to no party (its own front, its own forces) are its own: the
    getting is the transfer, and the sending is none."""
    hits = sentence.triggers
    if any(a.trigger == tj and a.case in ("goal", "goal-gen") for a in sentence.parties):
        return False
    if not any(a.trigger == ti and a.case == "source" and a.direct for a in sentence.parties):
        return False
    return any(a.case == "topic" and a.end <= hits[ti].start and a.trigger in (ti, tj) for a in sentence.parties)


def _carried_to_the_getter(sentence: Sentence, ti: int, tj: int) -> bool:
    """「ロシアが北朝鮮から取得したミサイルは、ベラルーシを経由して運ばれた」: goods a named getter got
    from a named source, carried with no one else told taking or sending them, went to the getter:
    the getting is the transfer, and the carrying only tells its way (its go-betweens are the
    getting's)."""
    mine = [a for a in sentence.parties if a.trigger == ti and a.direct]
    if not any(a.case == "source" for a in mine) or not any(a.case in ("subj", "topic") for a in mine):
        return False
    if sentence.triggers[tj].trigger.direction != "move":
        return False
    theirs = [a for a in sentence.parties if a.trigger == tj]
    if any(a.case in ("goal", "goal-gen", "subj", "topic", "agent") for a in theirs):
        return False
    for a in theirs:
        if a.case == "via":
            a.trigger, a.direct = ti, True
    return True


def _got_from_where_carried(sentence: Sentence, ti: int, tj: int) -> bool:
    """「ロシアが受け取った無人機は、イランから運ばれた」「インドが導入した戦闘機はフランスから空輸された」:
    goods a named getter got from no source the clause tells, carried (or given, passive) from a named
    source to no one else told, came to the getter from that source: the getting is the transfer,
    and the carrying tells its source and way. Whether it was so."""
    mine = [a for a in sentence.parties if a.trigger == ti and a.direct]
    if any(a.case in ("source", "agent") for a in mine) or not any(a.case in ("subj", "topic") for a in mine):
        return False
    hit = sentence.triggers[tj]
    if not (hit.trigger.direction == "move" or (hit.passive and hit.trigger.direction == "give")):
        return False
    theirs = [a for a in sentence.parties if a.trigger == tj]
    if not any(a.case == "source" and a.direct for a in theirs):
        return False
    if any(a.case in ("goal", "goal-gen", "subj", "topic", "agent") for a in theirs):
        return False
    for a in theirs:
        if a.case in ("source", "via"):
            a.trigger, a.direct = ti, True
    return True


def _got_goods_arrive(sentence: Sentence, ti: int, tj: int) -> bool:
    """「ポーランドが購入した韓国製の戦車が到着した」: goods a named getter got from no source the clause
    tells, arriving with no one else told sending or taking them, came to the getter: the getting is
    the transfer, the arrival tells it, and the make told on the goods is the getting's. Whether it
    was so."""
    mine = [a for a in sentence.parties if a.trigger == ti and a.direct]
    if any(a.case in ("source", "agent") for a in mine) or not any(a.case in ("subj", "topic") for a in mine):
        return False
    hit = sentence.triggers[tj]
    if hit.trigger.direction != "move" or hit.negated:
        return False
    theirs = [a for a in sentence.parties if a.trigger == tj]
    if any(a.case not in ("origin", "via") for a in theirs):
        return False
    for a in theirs:
        a.trigger, a.direct = ti, True
    return True


def _passed_on(sentence: Sentence, ti: int, tj: int) -> bool:
    """「ロシアは北朝鮮から入手した砲弾をベラルーシに送った」: goods got from a named source and
    given to a named other are passed on; the getting is a transfer before the giving. (So are
    goods of a make told after the clause: 「カザフスタンの商社が買い付けた日本製の部品は、ロシアに
    再輸出された」.)"""
    hits = sentence.triggers
    source = next((a for a in sentence.parties if a.trigger == ti and a.case == "source" and a.direct), None)
    buyer = any(a.trigger == ti and a.case in ("subj", "topic") for a in sentence.parties)
    if source is None and buyer:
        source = next(
            (a for a in sentence.parties if a.case == "origin" and hits[ti].end <= a.start < hits[tj].start), None
        )
    # (「ロシアの兵器工場へ」: a state owning the destination is the receiver's side)
    goals = [
        a
        for a in sentence.parties
        if a.trigger == tj
        and a.direct
        and (a.case == "goal" or (a.case == "gen" and _GEN_GOAL.match(sentence.text, a.end - sentence.start)))
    ]
    return source is not None and bool(goals) and not any(_same_entity(source, g) for g in goals)


# 「日本から購入した」「中国より輸入した」: the source right before a clause's verb of getting
_CLAUSE_SOURCE = re.compile(r"(?:から|より)(?:[ぁ-ん]{0,2})?$")


def _source_of_clause(sentence: Sentence, ti: int, tj: int) -> None:
    """「中国の商社が日本から購入した工作機械を、ロシアへ転売した」: a source told right before the
    verb of a clause of getting on the goods is that clause's, wherever the parse hung it."""
    hit = sentence.triggers[ti]
    for a in sentence.parties:
        near = a.trigger == tj and a.case == "source" and 0 <= hit.start - a.end <= 4
        if near and _CLAUSE_SOURCE.search(sentence.text, 0, hit.start - sentence.start):
            a.trigger, a.direct = ti, True


def _nobody_passes_on(sentence: Sentence, ti: int, tj: int) -> bool:
    """「中国から輸入した無線機器の一部がロシアに再輸出された」: goods got from a source by no one the
    sentence names, then given on (passive) by no one named, make one journey from that source; the
    source is the origin of the goods the later act gives (中国製), and the getting
    is no act of its own. Whether it was so."""
    own = ("subj", "topic", "agent")
    if any(a.trigger == ti and a.case in own for a in sentence.parties):
        return False
    if not sentence.triggers[tj].passive or any(
        a.trigger == tj and a.case in (*own, "source") for a in sentence.parties
    ):
        return False
    for a in sentence.parties:
        if a.trigger == ti and a.case == "source":
            a.trigger, a.direct, a.case = tj, True, "origin"
    return True


def _buyer_sells_on(sentence: Sentence, ti: int, tj: int) -> None:
    """「ウズベキスタンの企業が中国から輸入したエンジンをロシアに納入した」: the one who passes on goods
    got in a clause with no subject of its own got them; it is that clause's subject too, so the
    assembler reads it as the go-between of one journey."""
    buyer = next((a for a in sentence.parties if a.trigger == ti and a.case in ("subj", "topic") and a.direct), None)
    givers = ("source", "agent") if sentence.triggers[tj].passive else ("subj", "topic", "source", "agent")
    if buyer is not None and not any(a.trigger == tj and a.case in givers for a in sentence.parties):
        # (「カザフスタンの商社が買い付けた日本製の部品は、ロシアに再輸出された」: and gives them on)
        sentence.parties.append(dataclasses.replace(buyer, case="source", trigger=tj))
    if any(a.trigger == ti and a.case in ("subj", "topic", "goal") for a in sentence.parties):
        return
    giver = next((a for a in sentence.parties if a.trigger == tj and a.case in ("subj", "topic") and a.direct), None)
    if giver is not None:
        sentence.parties.append(dataclasses.replace(giver, case="subj", trigger=ti))


def _passive_clause_parties(sentence: Sentence, ti: int, tj: int) -> None:
    """Goods given (passive) in a clause, then received or arriving: who gave them (から, によって)
    is the source of the later act, and who was given them (に, or the passive's subject) its goal."""
    for a in sentence.parties:
        if a.trigger != ti:
            continue
        if a.case in ("source", "agent", "goal"):
            a.case, a.trigger, a.direct = ("source" if a.case == "agent" else a.case), tj, True
        elif a.case == "subj":
            a.case, a.trigger, a.direct = "goal", tj, True


def _gives_on(sentence: Sentence, ti: int, tj: int) -> bool:
    """The one the clause's act gave to (it must be named) supplies the later act, when that act
    names no giver of its own. Whether the clause is a transfer before the later one."""
    own = [a for a in sentence.parties if a.trigger == tj and a.direct]
    goal = next((a for a in sentence.parties if a.trigger == ti and a.case == "goal" and a.direct), None)
    if goal is None or any(_same_entity(goal, a) for a in own):
        return False
    # (「米国が台湾に売却した兵器の引き渡しが遅れている」: the act noun of goods a clause gave, with no
    # taker of its own, tells that act again, not a passing on)
    if sentence.triggers[tj].nominal and not any(a.case in ("goal", "goal-gen") for a in own):
        return False
    if not any(a.case in ("subj", "topic", "source", "agent") for a in own):
        sentence.parties.append(dataclasses.replace(goal, case="source", trigger=tj, direct=True))
    return True


_CASE_BETWEEN = re.compile(r"から|より|経由")
# 「イランのロシアへの供与」: a party marked for the act inside the noun phrase (への, からの)
_ADNOMINAL_ROLE = re.compile(r"(?:[^、。のはがをに]{0,6}?)(?:への|からの|向けの?|経由の|との|製)")


def _qualifies(text: str, a: Arg, b: Arg, parties: list[Arg]) -> bool:
    """「スーダンのRSFに」「リビアのハフタル勢力に」「ロシアの同盟国ベラルーシは」: a state in the
    genitive before another party (a group, a force, an ally) only places it; the state has no
    role in the act (a nominal act would otherwise take it for its agent, a list for a conjunct)."""
    if a.case != "gen" or b not in parties or b.entity is None or b.entity.type == "person":
        return False
    # 「中国の企業からロシアへ」: a case particle between them parts the two; each has its own role
    if _CASE_BETWEEN.search(text, a.end, b.start):
        return False
    # 「ドイツの対ウクライナ武器輸出」: the party the act is aimed at is no one the state places
    if text[b.start - 1] == "対":
        return False
    if not _GEN_SAME.fullmatch(text, a.end, b.start):
        return False
    # (「スーダンのRSF向けの武器」: a state placing a group of its own, whatever role the group has)
    home = a.entity is not None and a.entity.country is not None and a.entity.country == b.entity.country
    return home or not _ADNOMINAL_ROLE.match(text, b.end)


def _clause_subject(doc: Any, tok_i: int, trig_tokens: dict[int, int], attached: int | None) -> int | None:
    """「ロシアが北朝鮮から入手したミサイルがウクライナで使用された」: a predicate takes one が; when
    the parse gives it two, the first, with a relative clause of transfer before the second, is
    that clause's subject."""
    head = doc[tok_i].head
    later = [c for c in head.children if c.dep_ == "nsubj" and c.i > tok_i and _ga_subject(doc, c)]
    if doc[tok_i].dep_ != "nsubj" or not later:
        return attached
    for k in range(tok_i + 1, later[0].i):
        clause = doc[k]
        if k in trig_tokens and clause.dep_ == "acl" and tok_i < clause.head.i <= later[0].i:
            return trig_tokens[k]
    return attached


# a firm or works told by its kind (「工場が」「同社が」「フロント企業が」), no party's name
_WORKS_OR_FIRM = re.compile(r"(?:" + JA_FIRM_KINDS + r"|工場|製造所|同社|両社|各社)$")


def _works_or_firm(tok: Any) -> bool:
    """「情報総局は、…工場が中国製のエンジンを受け取っていると発表した」: a firm or works as the が-subject
    of an act of taking takes the goods; the one who announces it (the speaker) does not (one that
    tells of a firm handing goods over may still be who gets them: 「国防省は、ドイツの企業が装甲車を
    引き渡したと発表した」)."""
    return _WORKS_OR_FIRM.search(tok.text) is not None


def _owner_chain(tok: Any) -> bool:
    """Whether a token of 「Yの…Zが」 hangs on the noun after it as part of one noun phrase: a の
    modifier, or a word of no verb GiNZA tags as a clause on the next (「ロシアの無人機工場が」: 無人機
    as acl, even as an adverb)."""
    return bool(tok.dep_ == "nmod" or (tok.dep_ == "acl" and tok.pos_ not in ("VERB", "AUX", "ADJ")))


def _ga_subject(doc: Any, tok: Any) -> bool:
    """Is the token the head of a が-phrase (「貨物便が」)?"""
    for t in doc[tok.i + 1 : tok.i + 4]:
        if t.pos_ == "ADP":
            return bool(t.text == "が")
        if t.pos_ not in ("NOUN", "PROPN", "SUFFIX"):
            return False
    return False


def _clause_bought_before(
    doc: Any,
    tok_i: int,
    subjects: list[Any],
    trig_tokens: dict[int, int],
    goods: frozenset[int],
    hits: list[TriggerHit],
) -> int | None:
    """「ポーランドは韓国からK2戦車180両を購入し、最初の10両が昨年12月に到着した」: an arrival (or a
    passive giving, 「…の契約を結び、最初の18門が引き渡された」) whose が-subject is only goods (a count
    of them) after a clause of buying or of a deal to buy: the token of that clause's act, whose
    subject the topic is; else none."""
    if doc[tok_i].lemma_ not in ARRIVALS and not _goods_come(hits[trig_tokens[tok_i]]):
        return None
    if not all(c.i in goods or any(g.dep_ == "nummod" for g in c.children) for c in subjects):
        return None
    return next(
        (
            c.i
            for c in doc[tok_i].children
            if c.dep_ == "advcl" and c.i in trig_tokens and _buys(c, hits[trig_tokens[c.i]])
        ),
        None,
    )


def _buys(verb: Any, hit: TriggerHit) -> bool:
    """「…を購入し、」「…の契約を結び、」 (a deal to buy): a clause's verb of buying the goods."""
    deal = hit.trigger.lemma in _DEAL_NOUNS and hit.trigger.direction == "receive"
    return bool(verb.lemma_ in _BUYING or (verb.lemma_ in _SIGN_VERBS and deal))


# verbs of buying goods before a first lot of them arrives
_BUYING = {"購入", "調達", "輸入", "導入"}


def _own_subjects(
    sentence: Sentence, doc: Any, off: int, tok_at: list[int], trig_tokens: dict[int, int], goods: frozenset[int]
) -> list[Arg]:
    """「XはYの貨物便がZ向けの兵器を運び込んでいるとして、…空爆した」: a trigger with a が-subject of
    its own is that subject's act; a topic before it belongs to the main clause (the accuser, the
    one who strikes), and a state owning the subject (Yの貨物便が) acts through it."""
    displaced: list[Arg] = []
    for tok_i, ti in trig_tokens.items():
        # (「…の間で、…の売却契約が結ばれた」: the act's own deal noun as the subject of the verb
        # that seals it is no subject of its own)
        subjects = [
            c for c in doc[tok_i].children if c.dep_ == "nsubj" and _ga_subject(doc, c) and c.i not in trig_tokens
        ]
        if sentence.triggers[ti].trigger.direction == "receive" and any(_works_or_firm(c) for c in subjects):
            sentence.triggers[ti].firm_subject = True
        subjects += [
            doc[k]
            for a in sentence.parties
            if a.trigger == ti and a.case == "subj" and (k := _tok(tok_at, off, a.end - 1)) >= 0
        ]
        if not subjects:
            continue
        first = min(off + t.idx for t in subjects)
        bought = _clause_bought_before(doc, tok_i, subjects, trig_tokens, goods, sentence.triggers)
        if bought is not None:
            # (the whole order, of which a first lot arrives, is a plan of no date of its own)
            order = sentence.triggers[trig_tokens[bought]]
            order.status = order.status or "planned"
            if doc[bought].lemma_ not in _SIGN_VERBS:  # (a deal is dated by the day it was struck)
                order.dates = []
        for a in sentence.parties:
            if a.trigger == ti and a.case == "topic" and a.end <= first:
                if bought is not None and a.end <= off + doc[bought].idx:
                    a.trigger = trig_tokens[bought]  # the buyer, whose goods arrive
                    continue
                a.trigger = OTHER_PREDICATE
                displaced.append(a)
        for a in sentence.parties:
            k = _tok(tok_at, off, a.end - 1)
            if a.case != "gen" or k < 0:
                continue
            head = doc[k]
            for _ in range(4):
                if not _owner_chain(head) or head.head.i == head.i:
                    break
                head = head.head
            # 「ロシアの民間軍事会社ワグネル・グループが」: a named party in between is the subject
            named = any(a.end <= b.start <= off + head.idx + len(head.text) for b in sentence.parties if b is not a)
            # (「イランの無人機が届けられた」: goods as the subject belong to their maker, who does not act)
            # (nor do goods counted, 「北朝鮮の砲弾 100万発が」: the goods lie between)
            counted = any(a.end <= it.start and it.end <= off + head.idx for it in sentence.items)
            if head.i != k and head in subjects and head.head.i == tok_i and not named and head.i not in goods:
                if counted or (_CARRIER.search(head.text) and _between_two_ends(sentence.parties, ti)):
                    continue
                a.case, a.trigger, a.direct = "subj", ti, True
    return displaced


# 「…を引き渡したと発表した」「…送ったとの分析を示した」: the act told as what someone said
_TOLD_AS_SAID = re.compile(
    r"[^。]{0,12}?と(?:発表|述べ|明らかに|指摘|分析|主張|報告|説明|公表|強調|語っ|断定|結論づけ|認定)"
    r"|[^。]{0,12}?との(?:分析|見方|見解|認識)"
)


# 「…を提供し、攻撃に使われたと発表した」: the act chained by a て-form or stem to a clause on the goods'
# fate, the whole told as said
_CHAINED_THEN_SAID = re.compile(
    r"(?:し|して|され|されて|させ|り|って|い|いて)?、[^。「」]{0,40}?と(?:発表|述べ|明らかに|指摘|分析|主張|報告|説明|公表|強調|断定|結論づけ|認定)"
)


def _speaker_before_subject(sentence: Sentence) -> None:
    """「米政府が昨年9月、同国がロシアにミサイルを引き渡したと発表した」: of two が-subjects the parse
    hangs on one act that is told as said, the one right before the act does it; the one before
    the comma is who says so. (So too where the act runs on by a て-form into what became of the
    goods before the telling: 「ホワイトハウスが昨年、北朝鮮がロシアにミサイルを提供し、攻撃に使われたと
    発表した」.)"""
    text, s0 = sentence.text, sentence.start
    for ti, hit in enumerate(sentence.triggers):
        if not (_TOLD_AS_SAID.match(text, hit.end - s0) or _CHAINED_THEN_SAID.match(text, hit.end - s0)):
            continue
        subjects = sorted(
            (a for a in sentence.parties if a.trigger == ti and a.direct and a.case == "subj" and a.end <= hit.start),
            key=lambda a: a.start,
        )
        _subject_of_chained_verb(sentence, ti, subjects)
        for a, b in itertools.pairwise(subjects):
            if not _same_entity(a, b) and "、" in text[a.end - s0 : b.start - s0]:
                a.trigger = OTHER_PREDICATE
        _speaker_before_firms(sentence, ti)


# 「専門家パネルも、」「専門家パネルも昨年の報告書で、」: a phrase with も that opens the sentence, set off
# by a comma (past where or when it spoke)
_ALSO_OPENS = re.compile(r"[ \u3000]?も(?:[^、。がはをに]{0,16}?(?:で|に|の会見で|、))?、?")


def _also_teller(sentence: Sentence) -> None:
    """「国連の専門家パネルも、北朝鮮がロシアに弾道ミサイルを供与したと指摘した」「韓国軍も昨年の報告書
    で、…が供与されたと分析した」: a も-phrase opening a sentence that tells an act as said, set off
    by a comma, before an act that names parties of its own, is one more teller, as a topic with は is
    (the parse hangs it on the act): it is no party of the act by its place, though a speaker may still
    be the act's elided subject."""
    text, s0 = sentence.text, sentence.start
    for ti, hit in enumerate(sentence.triggers):
        if not _TOLD_AS_SAID.match(text, hit.end - s0):
            continue
        for a in sentence.parties:
            if a.trigger not in (ti, None) or a.case != "subj" or a.end > hit.start:
                continue
            opens = _ALSO_OPENS.match(text, a.end - s0)
            first = not any(b.start < a.start and b.case in ("topic", "subj") for b in sentence.parties)
            # (the act told names parties of its own after the comma; 「オランダも5月、…引き渡しを終えたと
            # 発表した」 names none, so the も-phrase is the act's own doer announcing it)
            own = any(a.end < b.start and b.end <= hit.start for b in sentence.parties)
            if first and own and opens is not None and opens.group().endswith("、"):
                a.trigger, a.direct = OTHER_PREDICATE, False


# verbs whose subject is the goods themselves (「…が渡った」「…が流れ込んだ」)
_GOODS_GO = frozenset({"渡る", "流れる", "流れ込む", "流入", "届く", "到着", "入る", "回る"})
# 「…と」 closing an act as what someone judges or tells (「…渡ったとみている」「…と分析した」)
_JUDGED_AS = re.compile(
    r"[^。]{0,16}?と(?:み|発表|述べ|明らかに|指摘|分析|主張|報告|説明|公表|推定|推計|結論|判断|断定)"
)
# 「KN23」も」「ミサイル数十発が」: the goods, with a count perhaps, as the subject (が) or one more (も)
_GOODS_AS_SUBJECT = re.compile(r"[」』]?(?:[^、。をにへがもはでと]{0,8}?[発機基両門個台隻丁])?(?:も|が)")


def _teller_of_goods_going(sentence: Sentence) -> None:
    """「同省はまた、北朝鮮製のミサイルも昨年末以降、数十発が露側に渡ったとみている」: a topic set off by
    a comma before goods that are themselves the subject of a verb of their going (渡る, 流れる), the
    act told as judged or said, is who tells it, not who gives: the goods go on their own, from the
    state that made them or one the text names with から."""
    text, s0 = sentence.text, sentence.start
    for ti, hit in enumerate(sentence.triggers):
        if hit.nominal or hit.trigger.lemma not in _GOODS_GO or not _JUDGED_AS.match(text, hit.end - s0):
            continue
        for a in sentence.parties:
            if a.case != "topic" or a.trigger != ti or a.end > hit.start:
                continue
            if not _TOPIC_THEN_COMMA.match(text, a.end - s0, hit.start - s0):
                continue
            if any(
                a.end <= it.start and it.end <= hit.start and _GOODS_AS_SUBJECT.match(text, it.end - s0)
                for it in sentence.items
            ):
                a.trigger, a.direct, a.foreign = None, False, True


def _subject_of_chained_verb(sentence: Sentence, ti: int, subjects: list[Arg]) -> None:
    """「パネルも昨年、UAEがチャドを経由してRSFに武器を送っていると指摘した」: the parse may hang the
    act's own が-subject on a verb chained to it by て (経由して, 使って), leaving it on no act; a
    subject on no act with no comma before the act, after a comma that follows another subject, is
    the act's own, and the one before the comma (on no act either) is who says so. Both join
    `subjects`, in order."""
    text, s0, hit = sentence.text, sentence.start, sentence.triggers[ti]
    loose = [
        a
        for a in sentence.parties
        if a.case == "subj" and a.trigger is None and a.direct and a.end <= hit.start
        if "、" not in text[a.end - s0 : hit.start - s0]
    ]
    for a in loose:
        earlier = [
            b
            for b in sentence.parties
            if b.case == "subj" and b.direct and b.trigger in (ti, None) and b.end <= a.start
            if "、" in text[b.end - s0 : a.start - s0]
        ]
        if earlier:
            a.trigger = ti
            subjects.extend([a] + [b for b in earlier if b not in subjects])
    subjects.sort(key=lambda b: b.start)


# 「キルギス企業」「トルコの会社」「香港系の業者」: firms told by the state they are of
_STATE_FIRMS = re.compile(r"(?:の|系|籍)?" + JA_FIRM_KINDS + r"(?:[0-9０-９]+社|数社)?")


def _firms_of_state(text: str, end: int, head_end: int) -> bool:
    """Whether the state named up to `end` qualifies the firm word ending at `head_end`: in
    「ロシアに電子部品を再輸出したキルギス企業」 Kyrgyzstan's firms are the relative clause's subject."""
    return head_end > end and _STATE_FIRMS.fullmatch(text, end, head_end) is not None


# 「、これらの会社が」「、ドバイの貿易会社3社が」: firms named by kind, the subject of a clause after a comma
_FIRMS_DO = re.compile(r"、[^、。]{0,16}?" + JA_FIRM_KINDS + r"(?:[0-9０-９]+社|数社|各社)?(?:など)?が")


def _speaker_before_firms(sentence: Sentence, ti: int) -> None:
    """「米財務省は、これらの会社が台湾製の工作機械をロシアに転売していたと発表した」: a topic before a
    comma, when firms are the subject of the act told as said after it, is who says so, no party to
    the act (nor a giver standing in for one)."""
    text, s0, hit = sentence.text, sentence.start, sentence.triggers[ti]
    for a in sentence.parties:
        if a.trigger not in (ti, OTHER_PREDICATE) or a.case not in ("topic", "subj") or a.end > hit.start:
            continue
        firms = _FIRMS_DO.search(text, a.end - s0, hit.start - s0)
        if firms and not any(b.trigger == ti and firms.start() <= b.start - s0 < firms.end() for b in sentence.parties):
            a.case, a.trigger, a.direct, a.speech_topic = "other", None, False, False


# 「ドイツのメーカーが製造した工作機械」: a firm of the state makes the goods, in a clause on them
_FIRM_MAKER_RE = re.compile(MAKER_FIRM + MAKER_CLAUSE)


def _makers_beside_the_giver(text: str, sentence: Sentence) -> None:
    """「米国企業が製造した電子部品を、カザフスタンの会社がロシアに転売していた」: the が of a clause of
    making on the goods names who made them; where the act has a subject of its own after it, the
    maker is the goods' make, not a second giver. A state told only by its firm that made them
    (「ドバイの商社がドイツのメーカーが製造した工作機械を転売」) is their make wherever it stands."""
    for a in sentence.parties:
        # (「米国のメーカーにより製造された」: the firm told as the passive's agent, read as a giver's)
        if a.case in ("subj", "topic", "gen", "agent") and _FIRM_MAKER_RE.match(text, a.end):
            a.case = "origin"
            continue
        if a.case != "subj" or a.trigger is None or not _MAKER_RE.match(text, particle_at(text, a.end)):
            continue
        later = [b for b in sentence.parties if b.trigger == a.trigger and b.case in ("subj", "topic")]
        if any(b.start > a.end and not _same_entity(a, b) for b in later):
            a.case = "origin"


# 「フランスが約束した」「ドイツが供与を表明していた」: a clause of pledging on the goods
_PLEDGED = re.compile(
    r"[ 　]?(?:が|の)(?:[^、。がはをに]{0,6}?(?:供与|提供|引き渡し|売却|輸出)を)?"
    r"(?:約束|確約|表明|決定|決め)(?:し|て)?(?:た|ていた|てい)"
)


def _pledger_of_goods(text: str, sentence: Sentence) -> None:
    """「フランスが約束したミラージュ戦闘機は、ウクライナに引き渡される見込みだ」「ウクライナはスペイン
    が供与を表明していた戦車を受け取った」: who pledged the goods (in a clause on them) gives them."""
    for a in sentence.parties:
        m = _PLEDGED.match(text, a.end)
        if m is None or a.case not in ("subj", "gen") or (a.trigger is not None and a.trigger < 0):
            continue
        if not any(0 <= it.start - m.end() <= 8 for it in sentence.items):
            continue
        ti = a.trigger if a.trigger is not None else _nearest_following(m.end(), sentence.triggers)
        hit = sentence.triggers[ti] if ti is not None else None
        if hit is not None and hit.start > m.end() and (hit.passive or hit.trigger.direction in ("receive", "move")):
            a.case, a.trigger, a.direct = "source", ti, True


# 「イラン によって 供給 された」「中国から輸出された」: the giver's case particle right before the act
_GIVER_BEFORE = re.compile(r"[ 　]?(?:によって|により|から|より)[ 　]?")


def _case_right_before(sentence: Sentence) -> None:
    """「ロシア は イラン によって 供給 された 無人機 と 北朝鮮 によって 供給 された ミサイル を 使用」:
    a giver marked for an act right before it is that act's, where the parse gave it to another
    predicate."""
    for a in sentence.parties:
        if a.case not in ("agent", "source") or (a.trigger is not None and a.trigger >= 0):
            continue
        for ti, h in enumerate(sentence.triggers):
            if _GIVER_BEFORE.fullmatch(sentence.text, a.end - sentence.start, h.start - sentence.start):
                a.trigger, a.direct = ti, True
                break


# 「インドネシアに退役した護衛艦を輸出する」「ウクライナに、除籍された哨戒艇を譲渡」: a clause of the
# goods' retirement between the destination and the goods (the parse gives the に to its verb)
_RETIRED_CLAUSE = re.compile(
    r"に、?(?:[^、。をがはにへ「」]{0,10}?で)?(?:退役|除籍|引退|用途廃止|老朽化|不要に|余剰と|使われなく|使わなく)"
    r"[^、。をがはにへ「」]{0,8}?(?:した|された|していた|されていた|している|となった|になった|なった|の)"
)


def _goal_before_retired_goods(sentence: Sentence) -> None:
    """「政府は、インドネシアに退役した護衛艦を輸出する方針だ」: the destination told before a clause
    of the goods' retirement is the act's, where the parse gives it to that clause's verb."""
    text, s0 = sentence.text, sentence.start
    for a in sentence.parties:
        if a.case != "goal" or a.trigger != OTHER_PREDICATE:
            continue
        m = _RETIRED_CLAUSE.match(text, a.end - s0)
        if m is None:
            continue
        goods = next((it for it in sentence.items if it.start == s0 + m.end()), None)
        after = [ti for ti, h in enumerate(sentence.triggers) if goods is not None and h.start >= goods.end]
        if goods is not None and after and sentence.triggers[after[0]].trigger.direction == "give":
            a.trigger, a.direct = after[0], True


def _first_clause_subject(sentence: Sentence) -> None:
    """「北朝鮮が、ロシアに砲弾を送った見返りに、ロシアは北朝鮮に技術を提供した」: a subject (が, or a
    topic: 「テヘランはモスクワに…を供給し、その見返りに、ロシアは…」) the parse hangs on a later act
    that has a subject of its own (after the first act) is the subject of the first act, which has
    none."""
    hits = sentence.triggers
    for a in sentence.parties:
        tj = a.trigger
        if a.case not in ("subj", "topic") or tj is None or not 0 <= tj < len(hits):
            continue
        firsts = [ti for ti, h in enumerate(hits) if a.end <= h.start < hits[tj].start and not h.nominal]
        if not firsts:
            continue
        ti = firsts[0]
        own = [b for b in sentence.parties if b is not a and b.trigger == tj and b.case in ("subj", "topic")]
        if not any(hits[ti].end <= b.start for b in own):
            continue
        if any(b.trigger == ti and b.case in ("subj", "topic", "agent") for b in sentence.parties):
            continue
        a.trigger, a.direct = ti, True


# 「は、」「（国情院）は3日、」「の国家情報院は、」: what closes a topic set off by a comma
_TOPIC_THEN_COMMA = re.compile(r"[^、。「」]{0,24}?は[^。「」]{0,40}?、")


def _teller_before_first_subject(sentence: Sentence) -> None:
    """「国情院は、ロシアが北朝鮮に防空システムを移転した可能性があり、電子戦装備も提供したとみられると
    報告した」: a topic set off by a comma, ahead of the が-subject of a first act, that the parse hangs
    on a later act told as said and with no subject of its own after the first one's, is who tells both
    acts; the later act shares the first one's subject."""
    hits, text, s0 = sentence.triggers, sentence.text, sentence.start
    for tj in range(1, len(hits)):
        if not _TOLD_AS_SAID.match(text, hits[tj].end - s0):
            continue
        firsts = sorted(
            (b for b in sentence.parties if b.case == "subj" and b.trigger is not None and 0 <= b.trigger < tj),
            key=lambda b: b.start,
        )
        if not firsts:
            continue
        first = firsts[0]
        # (「ウクライナの国防相は、米国が供与した戦車を受け取ったと述べた」: who gives in the first act
        # does not get in the later one; the teller does)
        first_act = hits[first.trigger].trigger if first.trigger is not None else None
        if hits[tj].trigger.direction == "receive" and first_act is not None and first_act.direction == "give":
            continue
        # (「韓国の国家情報院（国情院）は3日、懇談会で、ロシアが…」: the topic's own date and place
        # come before the comma)
        tellers = [
            a
            for a in sentence.parties
            if a.case == "topic"
            # (「専門家パネルは報告書で、フーシ派が…入手していたほか、…も入手していた、と指摘」: or
            # hung on the first act, which has its own subject, on no act, or on the verb of saying)
            and a.trigger in (tj, first.trigger, None, OTHER_PREDICATE)
            and a.direct
            and a.end <= first.start
            and _TOPIC_THEN_COMMA.match(text, a.end - s0, first.start - s0)
        ]
        own = [
            b
            for b in sentence.parties
            if b.trigger == tj and b.case in ("subj", "topic", "agent") and b.start > first.start
        ]
        if not tellers or own:
            continue
        for a in tellers:
            a.trigger, a.direct, a.speech_topic = OTHER_PREDICATE, False, True
        sentence.parties.append(dataclasses.replace(first, trigger=tj, direct=False))
        sentence.parties.sort(key=lambda b: b.start)


def _second_topic_acts(sentence: Sentence) -> None:
    """「韓国の国防相は4日、北朝鮮は昨年7月以降、砲弾をロシアに送ったと明らかにした」: of two topics
    set off by commas ahead of an act told as said, the one right before the act (after the first
    one's comma, with no subject of its own between) does it; the first, opening the sentence, is
    who tells it, whichever of them the parse hangs on the verb of saying."""
    text, s0 = sentence.text, sentence.start
    for ti, hit in enumerate(sentence.triggers):
        if not _TOLD_AS_SAID.match(text, hit.end - s0):
            continue
        before = sorted((a for a in sentence.parties if a.end <= hit.start), key=lambda a: a.start)
        topics = [a for a in before if a.case == "topic"]
        if len(topics) < 2 or not text.startswith("は", topics[-1].end - s0):
            continue
        first, doer = topics[0], topics[-1]
        if _same_entity(first, doer) or any(b.start < first.start and b.case in ("topic", "subj") for b in before):
            continue
        if not _TOPIC_THEN_COMMA.match(text, first.end - s0, doer.start - s0):
            continue
        # (no other subject between the doer and the act, and no act before the doer's)
        if any(b.start > doer.end and b.case in ("topic", "subj", "agent") for b in before):
            continue
        if any(h.end <= doer.start and not h.nominal for h in sentence.triggers):
            continue
        for a in topics[:-1]:
            if not _same_entity(a, doer):
                a.trigger, a.direct, a.speech_topic = OTHER_PREDICATE, False, True
        doer.trigger, doer.direct, doer.speech_topic = ti, True, False


# 「デンマークと共同で、」「ドイツとともに」「オランダと協力して」: a partner doing the act with the topic
# (not one it made the goods with: 「…と共同で開発した戦車」)
_JOINTLY = re.compile(r"と(?:共同で|ともに|共に|協力して|連携して|一緒に)(?!開発|製造|生産|設計|建造)")


def _joint_doer(text: str, sentence: Sentence) -> None:
    """「ドイツはデンマークと共同で、戦車をウクライナへ供与している」: a partner the doer of an act does it
    with is a doer beside it (one more giver, or taker), as a conjunct would be."""
    for a in sentence.parties:
        if a.case not in ("other", "conj") or a.trigger is None or a.trigger < 0 or not _JOINTLY.match(text, a.end):
            continue
        hit = sentence.triggers[a.trigger]
        if hit.nominal or hit.passive or hit.start < a.end:
            continue
        doers = [
            b
            for b in sentence.parties
            if b.trigger == a.trigger and b.case in ("topic", "subj") and b.direct and b.end <= a.start
        ]
        if doers and not any(_same_entity(a, b) for b in doers):
            a.case, a.direct = doers[-1].case, True


def _genitive_subjects(sentence: Sentence, doc: Any, trig_tokens: dict[int, int]) -> None:
    """「米国の供与した戦車」「イランの提供した無人機」: in a relative clause の may mark the subject;
    a party right before the clause's verb with の is who acts."""
    for tok_i, ti in trig_tokens.items():
        hit = sentence.triggers[ti]
        if doc[tok_i].dep_ != "acl" or hit.nominal or hit.passive:
            continue
        for a in sentence.parties:
            if a.case == "gen" and sentence.text[a.end - sentence.start : hit.start - sentence.start] == "の":
                a.case, a.trigger, a.direct = "subj", ti, True


def _makers_told(text: str, sentence: Sentence) -> list[Arg]:
    """The parties of a sentence told as making goods: 「イラン製の」, 「中国の企業が製造した」."""
    return [a for a in sentence.parties if a.case == "origin" or _MAKER_RE.match(text, particle_at(text, a.end))]


def _maker_of_passive_goods(text: str, end: int, attached: int | None, hits: list[TriggerHit]) -> bool:
    """「ハンファが製造した自走砲はポーランドに引き渡された」: the が of a relative clause of making
    names who made the goods, not the subject of the passive act (which would be its recipient);
    the maker's side supplies when nothing else does. (In an active sentence the maker is often
    the supplier too, 「北朝鮮が製造した砲弾をロシアに送った」, so it keeps its case there.)"""
    made = _MAKER_RE.match(text, end)
    # (the parse may hang the goods on a frame: 「…引き渡されたと発表した」; a making told in a clause
    # of its own, 「イランが製造し、」, on that clause's verb: the act after it)
    if attached is None or (made is not None and made.group().endswith("、") and attached < 0):
        attached = _nearest_following(end, hits)
    # (nor of an act of receiving: 「ロシアはイランが製造した無人機を受け取り」, whose subject receives)
    if (
        attached is None
        or attached < 0
        or not (hits[attached].passive or hits[attached].trigger.direction == "receive")
    ):
        return False
    return made is not None


# 「ドバイの会社が」「イスタンブールの貿易業者が」: a firm of a city, named by its kind
# (「ドバイの別の会社は」: one more firm of the city; 「ビシュケクの2社が」: firms told by their count)
# (「大阪市西区の貿易会社」「東京都品川区の商社」: the ward of the city the press places the firm in,
# or the part of the country: 「カザフスタン南部の商社」; or just the city: 「東京都内の機械商社」)
# (「アラブガ特別経済区の工場が」: or a works there, which the state owns as it owns the firms)
_CITY_FIRM = re.compile(
    r"(?:[一-龯]{1,3}区|[東西南北]{1,2}部|中部|(?:都|府|県|市)?内)?の(?:大手|中小|複数の|別の|他の|ほかの|ある)?(?:"
    + JA_FIRM_KINDS
    + r"|[0-9０-９一二三四五六七八九十数複]{1,3}社|(?:無人機|兵器|弾薬|ミサイル|軍需|組み立て)?工場(?=[がはも]))"
)


def _firm_of_city(text: str, end: int) -> bool:
    """Whether the city name ending at `end` is where a firm is (「ドバイの商社が」「ドバイに拠点を置く
    会社が」): the firm stands for the city's state as a state's firm does (「UAEの会社が」)."""
    return bool(_CITY_FIRM.match(text, end)) or firm_based_at(text, end)


_LATIN_WORD = re.compile(r"[A-Za-z]+")
_WIDE_LATIN_WORD = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]+")
_KANA = re.compile(r"[ぁ-ゖ]")


def _acronym_mismatch(mention: Mention, entity: Entity) -> bool:
    """「OSA」 (Japan's aid programme) is not the Osa missile system: in Japanese text a Latin word
    names a weapon only as the gazetteer writes it, capitals included. The press's full-width
    letters (「ＯＳＡ」) are the same letters."""
    if entity.type != "weapon-system" or not _WIDE_LATIN_WORD.fullmatch(mention.text):
        return False
    surface = unicodedata.normalize("NFKC", mention.text)
    return not any(surface == n for names in entity.names.values() for n in names)


# 「インド空軍のC-17輸送機2機が…に運び」: a transport that carries the goods is not among them
_CARRIER = re.compile(r"(?:輸送機|貨物機|輸送船|貨物船|輸送艦|貨物列車|輸送ヘリ|輸送ヘリコプター)$")


# 「輸送機には…が積み込まれていた」「貨物船に砲弾を積んで」: what the goods are loaded into
_LOADED_INTO = re.compile(r"(?:に|には|にも|へ)[^。]{0,40}?(?:積み込|積載|積ま|積ん|積み)")
_COUNTED_SUBJECT = re.compile(r"[0-9０-９一二三四五六七八九十数]+(?:機|隻|両|便)が")
_CARRIER_OWNER = re.compile(r"(?:空軍|海軍|陸軍|軍|政府|国営企業)?の[^、。がはを]{0,10}")


def _between_two_ends(parties: list[Arg], ti: int) -> bool:
    """「ロシアの貨物船が北朝鮮の港で砲弾を積み込み、ロシアに向かった」: an act whose goods set out
    from one party (told by the parse) for another; the state of the craft carrying them only
    carries them (with no end told, 「ロシアの輸送機が北朝鮮から運んだ」, it fetches them)."""
    own = [a for a in parties if a.trigger == ti]
    return any(a.case == "source" and a.direct for a in own) and any(a.case in ("goal", "goal-gen") for a in own)


def _carriers_out(text: str, items: list[Any], hits: list[TriggerHit], parties: list[Arg]) -> list[Any]:
    """Drop a transport vehicle that is the active subject of a carrying act, and let the state
    owning it (インド空軍の) act through it."""
    kept = []
    for it in items:
        trig = hits[it.trigger] if it.trigger is not None and 0 <= it.trigger < len(hits) else None
        carrying = trig is not None and trig.trigger.direction in ("move", "give") and not trig.passive
        subject = it.case == "subj" or _COUNTED_SUBJECT.match(text, it.end) is not None
        # (「これらの輸送機には無人機や弾薬が積み込まれていた」: the craft the goods are loaded into)
        loaded_into = _LOADED_INTO.match(text, it.end) is not None
        if loaded_into and _CARRIER.search(text[it.start : it.end]):
            continue
        if not (carrying and subject and _CARRIER.search(text[it.start : it.end])):
            kept.append(it)
            continue
        if it.trigger is not None and _between_two_ends(parties, it.trigger):
            continue
        for a in parties:
            if a.case == "gen" and _CARRIER_OWNER.fullmatch(text, a.end, it.start):
                a.case, a.trigger, a.direct = "subj", it.trigger, True
    return kept


# 「中国で製造され、」: goods made in a place, then (in the next clause) acted on
_MADE_THEN_SENT = re.compile(r"で(?:(?:製造|生産|製作|組み立て)され|作られ|造られ)、")
_MADE_AT_RE = re.compile("^(?:" + MADE_AT + "|(?:" + MAKER_FIRM + ")?" + MAKER_CLAUSE + ")")
_FIRMS_OF = re.compile(r"^(?:企業|メーカー|各社|大手)(?=の)")
# 「の「もがみ」型」「の『あぶくま』級」: a class named in brackets between a state and the goods
_CLASS_NAMED = re.compile(r"^の[「『][^」』]{1,16}[」』](?:型|級)?")
_MAKER_CLAUSE_RE = re.compile(MAKER_CLAUSE)
# a way through a state told by a clause of its own: the road or carrier through it, where goods are transshipped
_WAY_THROUGH_RE = re.compile(f"(?:{ROAD_THROUGH})|(?:{TRANSSHIPPED})")
_OFFERED_RE = re.compile(OFFERED)
_BRACKET_GLOSS = re.compile(r"[（(][^（）()、。]{1,20}[）)]")
# 「カタールとオマーンがそれぞれ保有する戦闘機」: a word on how the holders hold the goods does not part
# them from the goods
_HELD_EACH = re.compile(r"(?<=が)(?:それぞれ|現在)(?=保有)")


def _past_gloss(text: str, end: int) -> int:
    """Where the words after a name go on once a bracketed gloss is skipped: in 「人民動員隊（PMF）の
    倉庫へ」 the genitive after 「（PMF）」 is the name's."""
    gloss = _BRACKET_GLOSS.match(text, end)
    return gloss.end() if gloss is not None else end


def _is_gloss(text: str, m: Mention) -> bool:
    return (
        m.start > 0
        and text[m.start - 1] in "（("
        and text[m.end : m.end + 1] in ("）", ")")
        and bool(re.match(r"[一-龯々ァ-ヺー]", text[m.start - 2 : m.start - 1]))
        and _LATIN_WORD.fullmatch(m.text) is not None
    )


def _glossed_again(text: str, mentions: list[Mention], entities: dict[str, Entity]) -> set[int]:
    """Mentions that only restate, in brackets, the party named just before them: 「米中央軍(CENTCOM)」
    「ウクライナ国防省情報総局（GUR）によると」 name one body once, not a second party. (A weapon's
    gloss, 「高機動ロケット砲システム（HIMARS）」, is left to the item finder.)"""
    by_end = {m.end: m.entity_id for m in mentions}
    out: set[int] = set()
    for k, m in enumerate(mentions):
        if m.start < 2 or text[m.start - 1] not in "（(" or text[m.end : m.end + 1] not in ("）", ")"):
            continue
        if entities[m.entity_id].type == "weapon-system":
            continue
        before = m.start - 1
        while before > 0 and text[before - 1] in " \u3000":
            before -= 1
        if by_end.get(before) == m.entity_id:
            out.add(k)
    return out


def _source_qualifiers_out(text: str, sentence: Sentence) -> None:
    """The body qualifying a fronted source is part of the source, no agent of the act:
    「米国防総省のライダー報道官によると、弾薬はイランからロシアに運ばれた」 (the Pentagon tells,
    it does not carry)."""
    att = sentence.attribution
    speaker = att.speaker if att is not None and att.fronted else None
    if speaker is None or speaker.entity is None:
        return
    for a in sentence.parties:
        if a.case != "agent" or a.entity is None or a.entity.id != speaker.entity.id or a.end > speaker.start:
            continue
        if _GEN_SAME.fullmatch(text, a.end, speaker.start):
            a.case, a.trigger, a.direct = "other", None, False


def _named_speaker_out(text: str, sentence: Sentence) -> None:
    """A person's name right before the speaker's title is the speaker too, no agent of the act:
    「オースティン米国防長官は、砲弾はすでにウクライナに届いたと述べた」 (the tagger reads 米国 as
    the speaker, and Austin, who stands for the United States like it, is only his name)."""
    att = sentence.attribution
    speaker = att.speaker if att is not None else None
    if speaker is None or speaker.entity is None:
        return
    for a in sentence.parties:
        if a is speaker or a.entity is None or a.entity.id != speaker.entity.id or a.end > speaker.start:
            continue
        if text[a.end : speaker.start].strip(" 　・") == "":
            a.case, a.trigger, a.direct, a.speech_topic = "other", None, False, False


# 「戦争開始の数カ月前に」「侵攻の直前に」「開戦後に」: a time told against an event, with no calendar date
_EVENT_TIME = re.compile(
    r"(?:戦争|侵攻|紛争|開戦|戦闘)(?:の)?(?:開始|勃発)?の?(?:数|[0-9０-９一二三四五六七八九十]+)?"
    r"(?:カ月|か月|ヶ月|ケ月|年|週間|日)?(?:前|直前)に"
)


def _timed_by_event(text: str, date_end: int, hits: list[TriggerHit]) -> bool:
    """Whether an act told after the date is timed against an event instead: in 「外相は昨年11月、戦争
    開始の数カ月前に少数の無人機をロシアに渡したことを認めた」 昨年11月 dates the admission; the
    handover's own time, months before the war, gives no calendar date."""
    act = next((h for h in hits if h.start >= date_end), None)
    return act is not None and _EVENT_TIME.search(text, date_end, act.start) is not None


def _envoy_of_state(text: str, sentence: Sentence) -> None:
    """A person the gazetteer does not know, qualified by a state right before the name, speaks for
    that state: 「ロシアのマツェゴラ駐北朝鮮大使は、…との報道は「でっち上げだ」と述べた」 is Russia's
    word (as 「ロシアの大使は」 is), so a denial of Russia's own act is a party's."""
    att = sentence.attribution
    speaker = att.speaker if att is not None else None
    if att is None or speaker is None or speaker.entity is None:
        return
    if speaker.entity.type != "person" or speaker.entity.stands_for:
        return
    state = next(
        (
            a
            for a in sentence.parties
            if a.entity is not None and a.entity.type == "country" and text[a.end : speaker.start] == "の"
        ),
        None,
    )
    if state is not None:
        sentence.attribution = dataclasses.replace(att, speaker=state)


# the cases of a party on the giving side of an act (「北朝鮮は」「北朝鮮の弾道ミサイルは」「北朝鮮から」)
_GIVER_CASES = ("topic", "subj", "origin", "source", "agent")


def _own_receipts(sentence: Sentence, after: int) -> set[int]:
    """The acts of getting told after `after` with no one of their own to get the goods, only a giver:
    in 「ウクライナの国防相は、米国から戦車を受け取ったと述べた」 the one who tells of the receipt is
    (or speaks for) the one who got them."""
    out = set()
    for tj, hit in enumerate(sentence.triggers):
        if hit.start < after or hit.trigger.direction != "receive" or hit.passive or hit.negated or hit.nominal:
            continue
        if not any(b.trigger == tj and b.case in ("topic", "subj") and b.start > after for b in sentence.parties):
            out.add(tj)
    return out


def _quote_opener_out(text: str, sentence: Sentence) -> None:
    """The topic opening a quote whose act has a giver of its own speaks and takes no part in the
    act, and no more does the state qualifying it: 「ウクライナのブダノフ局長は、北朝鮮はロシアに砲弾を
    送ったと述べた」 (North Korea sends; Budanov, and Ukraine with him, only tell it)."""
    att = sentence.attribution
    speaker = att.speaker if att is not None and not att.fronted else None
    if speaker is None or not opens_quote(text, speaker.end, dated=True):
        return
    # (「合同参謀本部は先月、北朝鮮は…送ったと述べた」: past the day it spoke, only a topic of the
    # quoted act's own shows the quote opens)
    cases = _GIVER_CASES if opens_quote(text, speaker.end) else ("topic",)
    inner = {
        b.trigger
        for b in sentence.parties
        if b.start > speaker.end and b.case in cases and b.trigger is not None and b.entity is not None
    }
    inner -= _own_receipts(sentence, speaker.end)
    for a in sentence.parties:
        if a.trigger not in inner or a.case not in ("topic", "subj") or a.end > speaker.end:
            continue
        if a.start >= speaker.start or _speaker_side(text, a, speaker):
            a.case, a.trigger, a.direct, a.speech_topic = "other", None, False, False


# 「両国政府は確認していない」「当局は認めておらず」「公表されていない」: a statement said not to be made
# (「…の受け取りについては確認しなかった」「認めなかった」「確認せず」: so told in the past)
_UNCONFIRMED = re.compile(
    r"(?:確認|認め|公表|明らかに|言及|コメント)(?:は|も)?"
    r"(?:(?:し|さ)?(?:れ|でき)?(?:て(?:い|お)(?:ない|らず|ません)|なかった|ませんでした)|せず)"
)


# 「…と米政府が発表したが、」「…によると、」: another who tells the act before the one not confirming it
_TOLD_BEFORE = re.compile(
    r"と[^、。]{0,20}?(?:発表|述べ|報じ|明らかにし|伝え|指摘し|語っ|説明し|公表し|記され|記し)|によると|によれば"
)


# 「…を受領していた、その後の数量は公表されていない」: only a detail of the act (its count, price,
# timing) is said to be kept back, not the act
_DETAIL_KEPT_BACK = re.compile(
    r"(?:数量|機数|隻数|両数|発数|基数|総数|数|詳細|金額|価格|総額|額|時期|内訳|規模|日程)"
    r"(?:は|も|について(?:は)?|に(?:ついて|関して)(?:は)?)[、，]?[^、。]{0,8}?$"
)


def _unconfirmed(seg: str, s0: int, sentence: Sentence) -> None:
    """「カタールが中国製の防空ミサイルを導入したとの情報が流れたが、両国政府は確認していない」: those
    who do not confirm an act tell nothing, and the act, told by no one else, is unverified (alleged).
    A source that does tell it keeps its word (「…と米政府が発表したが、ロシアは認めていない」)."""
    m = _UNCONFIRMED.search(seg)
    if m is None or not any(h.end <= s0 + m.start() for h in sentence.triggers):
        return
    att = sentence.attribution
    at_cue = att is not None and att.start <= s0 + m.end() and s0 + m.start() <= att.end
    if _DETAIL_KEPT_BACK.search(seg, 0, m.start()):
        # (「…を引き渡した、その詳細は明らかにされていない」: nor does the verb keeping the detail
        # back tell, or confirm, the act)
        if at_cue:
            sentence.attribution = None
        return
    # (「…と述べたが、ミサイルの受け取りについては確認しなかった」: the act named after what the
    # speaker did say is what they would not confirm; they tell nothing of it)
    unsaid = att is not None and any(att.end <= h.start and h.end <= s0 + m.start() for h in sentence.triggers)
    if att is not None and not at_cue and not unsaid:
        return
    if _TOLD_BEFORE.search(seg, 0, m.start()):
        # (「…と米政府が発表したが」: told by another before; 「…と記されているが」: by a document,
        # and the one not confirming it tells nothing)
        if att is not None:
            sentence.attribution = None
        return
    sentence.attribution = None
    sentence.statuses.add("alleged")
    sentence.cue_spans.append((s0 + m.start(), s0 + m.end(), "alleged"))


def _speaker_named_again(text: str, sentence: Sentence, earlier: list[Sentence]) -> None:
    """「ロステクのチェメゾフ社長は…と明らかにした。チェメゾフ氏によれば、…」: a person the gazetteer
    does not know, named again, speaks for whom they spoke for when first named with their post."""
    att = sentence.attribution
    speaker = att.speaker if att is not None else None
    if att is None or speaker is None or speaker.entity is None:
        return
    if not (speaker.entity.provisional and speaker.entity.type == "person"):
        return
    name = text[speaker.start : speaker.end]
    for before in reversed(earlier):
        first = before.attribution.speaker if before.attribution is not None else None
        if first is None or first.entity is None or first.entity.provisional:
            continue
        if name in text[first.start : first.end]:
            sentence.attribution = dataclasses.replace(att, speaker=dataclasses.replace(speaker, entity=first.entity))
            return


# 「同大統領は」「また、同氏は」: the office holder (or person) named before, opening the sentence
# (「同相によると、」: or fronted as the source)
_SAME_HOLDER = re.compile(
    r"(?:(?:また|一方|さらに|なお)、?)?(?P<who>同(?:大統領|首相|国防相|外相|報道官|長官|大臣|氏|相))"
    r"(?:(?=は|が)|(?P<fronted>によると|によれば)[、，]?)"
)


# what that holder says: 「…と述べた」「…ことに言及した」「…を明らかにした」
_HOLDER_SAYS = re.compile(r"(?:と|ことに|ことを|を)(?:述べ|言及し|語っ|明らかにし|発表し|強調し|説明し|付け加え)")


def _same_holder_speaks(text: str, sentence: Sentence, mentions: list[Mention], entities: dict[str, Entity]) -> None:
    """「ルカシェンコ大統領は…と述べた。同大統領は、ロシアが2022年にS-400を供与したことに言及した」:
    同大統領 (同氏) is the person named last before, and speaks for the state that person speaks for
    (so a recipient's leader telling of a delivery confirms it)."""
    m = _SAME_HOLDER.match(sentence.text)
    att = sentence.attribution
    if m is None or (att is not None and att.speaker is not None and att.speaker.entity is not None):
        return
    says = _HOLDER_SAYS.search(sentence.text, m.end()) if m["fronted"] is None else m
    if says is None:
        return
    before = [
        e
        for k in mentions
        if k.end <= sentence.start
        and sentence.start - k.end < 600
        and (e := entities.get(k.entity_id)) is not None
        and e.type == "person"
    ]
    if not before or before[-1].stands_for is None:
        return
    s0 = sentence.start
    who = Arg(s0 + m.start("who"), s0 + m.end("who"), before[-1], "topic", description=m.group("who"))
    if att is None:
        start, end = (says.start(), says.end()) if m["fronted"] is None else (m.start("fronted"), m.end("fronted"))
        sentence.attribution = Attribution(
            speaker=who, start=s0 + start, end=s0 + end, fronted=m["fronted"] is not None
        )
    else:
        sentence.attribution = dataclasses.replace(att, speaker=who)


def _speaker_side(text: str, a: Arg, speaker: Arg | None) -> bool:
    """Is the set-aside topic the speaker, or the state qualifying it (「ロシアのペスコフ報道官は」)?"""
    if speaker is None:
        return False
    if a.start == speaker.start:
        return True
    between = text[a.end : speaker.start]
    return 0 < len(between) <= 12 and between.startswith("の") and not re.search(r"[、。はがをに]", between)


# moves someone carries out (移送を完了した, 輸送した); 届く, 流入 or 渡る tell only of the goods' way
_CARRIED_MOVES = {"移送", "輸送", "空輸", "運ぶ", "運搬", "搬送", "搬入", "持ち込む", "積み出す", "運び込む", "配送"}
_OWN_ACT_ROLES = ("subj", "topic", "source", "agent")
# (「…を輸送中だと述べた」: a move under way)
_CARRIED_OUT = re.compile(
    r"を(?:完了|開始|実施|発表|終え|始め|行|進め|再開|決め|決定|表明|計画|予定|指示|命じ)|中(?:だ|で|である|と)"
)


_GLOSS_IN_BRACKETS = re.compile(r"[（(][^）)、。]{1,12}[）)]")
_SPEAKER_TOPIC = re.compile(r"[^、。はがをに]{0,8}?は[、，]")


def _speaker_off_goods_way(text: str, sentence: Sentence, speaker: Arg | None) -> None:
    """「ロシアのナルイシキン長官は、兵器がポーランドを経由してウクライナに流入していると述べた」: a
    speaker (or the state or name before the speaker's title) the parse hung on the goods' own way
    (流入, 届く, 渡る) through a verb of passing by (経由して) tells of it and moves nothing."""
    # (only a speaker told as the topic, 「…長官は、」: 「ルーマニア政府によれば、」 may be the receiver)
    if speaker is None or not _SPEAKER_TOPIC.match(text, speaker.end):
        return
    for a in sentence.parties:
        if a.case != "topic" or a.trigger is None or a.end > speaker.end:
            continue
        hit = sentence.triggers[a.trigger]
        if hit.trigger.direction != "move" or hit.trigger.lemma in _CARRIED_MOVES or hit.nominal or hit.passive:
            continue
        # (「ロシア対外情報庁（SVR）の…長官」: the body's acronym may stand between)
        between = _GLOSS_IN_BRACKETS.sub("", text[a.end : speaker.start]) if a.end <= speaker.start else "、"
        named = between.strip(" 　・") == ""
        owner = between.startswith("の") and len(between) <= 12 and not re.search(r"[、。はがをに]", between)
        if named or owner or a.start == speaker.start:
            a.case, a.trigger, a.direct, a.speech_topic = "other", None, False, False


# 「…を提供するよう求めた」「供与するように日本に要請した」: the act asked of someone
_ASKED_TO = re.compile(
    r"(?:する|して|させる)?ように?[、，]?(?:[^、。]{0,15}?に(?:対し|対して)?[、，]?)?(?:強く|改めて|重ねて)?"
    r"(?:求め|要請|要求|促し|促す|促した|呼びかけ|依頼|働きかけ|頼ん)"
)


def _asked_to_give(text: str, sentence: Sentence) -> None:
    """「ゼレンスキー大統領は、ドイツにパトリオットを提供するよう求めた」: who asks another to give is
    the one to receive; the one asked (に) gives. With the recipient named in the act (「米国は日本に、
    ウクライナに砲弾を送るよう求めた」) the asker is neither; with no one named to ask (「パートナーに」)
    the asker still receives."""
    for ti, hit in enumerate(sentence.triggers):
        if hit.trigger.direction != "give" or hit.negated or hit.passive or hit.nominal:
            continue
        asked = _ASKED_TO.match(text, hit.end)
        if asked is None:
            continue
        # (the verb of asking is a trigger of its own, which may hold the asker)
        asking = {ti, None} | {
            rj
            for rj, r in enumerate(sentence.triggers)
            if hit.end <= r.start < asked.end() and r.trigger.direction == "request"
        }
        before = [a for a in sentence.parties if a.trigger in asking and a.start < hit.start]
        asker = next((a for a in before if a.case in ("topic", "subj")), None)
        if asker is None:
            continue
        goals = [a for a in before if a.case == "goal" and a.start > asker.end]
        after = [a for a in sentence.parties if a.case == "goal" and hit.end <= a.start < asked.end()]
        givers = after[:1] or goals[:1]
        receives = not (after and goals) and len(goals) < 2
        for a in givers:
            a.case, a.trigger, a.direct = "subj", ti, True
        if receives:
            asker.case, asker.trigger, asker.direct = "goal", ti, True
        else:
            asker.case, asker.trigger = "other", None


def _mover_speaks(sentence: Sentence, speaker: Arg | None) -> None:
    """「北マケドニア国防省は、…のウクライナへの移送を完了したと発表した」: a state or its office that
    announces a move it carried out, with no other mover named, hands the goods over itself. The
    shared assembler lets an announcing speaker supply a give act, so such a move is read as one;
    the goods' own way (届く, 流入), a passive (「…に運ばれた」) or a described speaker (「関係者は」)
    names no mover."""
    if speaker is None or speaker.entity is None or speaker.description is not None:
        return
    topic = next((a for a in sentence.parties if a.start == speaker.start and a.case in ("topic", "subj")), None)
    if topic is None or topic.entity is None or topic.entity.type not in ("country", "state-body", "military-unit"):
        return
    for ti, h in enumerate(sentence.triggers):
        if h.trigger.direction != "move" or h.trigger.lemma not in _CARRIED_MOVES or h.passive or h.negated:
            continue
        # (a move noun counts done by the speaker only as the object of doing it: 「…の移送を完了」,
        # not of watching it, 「…の輸送を確認」)
        if h.nominal and not _CARRIED_OUT.match(sentence.text, h.end - sentence.start):
            continue
        own = (a for a in sentence.parties if a is not topic and a.trigger == ti)
        if h.start < topic.end or any(a.case in _OWN_ACT_ROLES for a in own):
            continue
        goals = [a for a in sentence.parties if a.trigger == ti and a.case == "goal"]
        if goals and not any(_same_entity(g, topic) for g in goals):
            h.trigger = dataclasses.replace(h.trigger, direction="give")


# 「…が引き渡されると述べた」「…が納入される見通しだと説明した」: a passive act closing the statement
_PASSIVE_TOLD = re.compile(r"[^、。「」]{0,12}?と(?:述べ|語|発表|明らかに|説明|強調|報告|表明|話し)")


# 「イランの複数のメディアは」「ロシアの国営テレビが」: a state's own outlets, named by its genitive
_HOME_MEDIA = re.compile(
    r"の(?:複数の|一部の|主要|主な|国営|政府系|地元の?)*(?:メディア|テレビ|通信社?|新聞|報道機関|放送局?)(?:各社)?(?:は|が|も)"
)


def _outlets_home(text: str, end: int, outlets_at: set[int]) -> bool:
    """「英国のBBC放送が…と報じた」「カタールの衛星テレビ、アルジャジーラは」: a state named as the home of
    the outlet after it tells where the outlet is from; it is no party to the act the outlet reports
    (the outlet is the subject its の hangs on)."""
    home = _OUTLETS_HOME.match(text, end)
    return home is not None and home.end() in outlets_at


# the の (and the kind of outlet) between a state and the outlet's own name
_OUTLETS_HOME = re.compile(
    r"の[ \u3000]?(?:(?:国営|政府系|民間)?(?:新聞|日刊紙|経済紙|紙|テレビ局?|放送局?|通信社?|衛星テレビ)、?)?"
)


def _home_media_receives(text: str, sentence: Sentence) -> None:
    """「イランの複数のメディアは、ロシアからSu-35戦闘機を受け取ったと伝えた」: an act of receiving with
    no taker of its own, told by a state's own outlets, is that state's."""
    for tj, hit in enumerate(sentence.triggers):
        if hit.trigger.direction != "receive" or hit.negated or hit.passive or hit.nominal:
            continue
        own = [b for b in sentence.parties if b.trigger == tj]
        if any(b.case in ("subj", "topic", "goal", "agent") for b in own) or not any(b.case == "source" for b in own):
            continue
        homes = [
            a
            for a in sentence.parties
            if a.entity is not None
            and a.entity.type == "country"
            and a.end <= hit.start
            and a.case in ("gen", "other")
            and _HOME_MEDIA.match(text, a.end)
        ]
        if homes:
            a = homes[0]
            a.trigger, a.direct, a.case, a.speech_topic, a.foreign = tj, True, "subj", False, False


# 「…の引き渡しが完了した」「…の納入を開始した」「…の引き渡しが全て終わった」: a handing over told as
# done or begun, as the subject or object of the verb of its phase
_PHASE_TOLD = re.compile(
    r"(?:が|を|は)(?:全て|すべて|全部)?(?:完了|終了|開始|始ま|始め|終わ|終え)(?:し|さ|っ|り|れ|た|する)"
)

# 「…が完了したと発表した」「…を開始したと明らかにした」: the phase announced as news (not 「…と非難した」)
_OWN_NEWS_PHASE = re.compile(r"[ぁ-ん]{0,6}と(?:発表|公表|明らかに|述べ|説明|報告|確認)")


def _own_handover_done(text: str, sentence: Sentence, speaker: Arg | None) -> None:
    """「ノルウェー国防省は3日、ウクライナへのF16戦闘機6機の引き渡しが完了したと発表した」: a state (or
    its ministry) announcing that a handing over to another, with no giver told, is done or begun tells
    its own act; it is the giver. Not where the act names its giver (「ドイツからの…引き渡し」) or none
    that takes it (the recipient's own ministry telling its arrival names no goal)."""
    if speaker is None or speaker.entity is None or speaker.entity.type != "country":
        return
    held = [a for a in sentence.parties if a.start == speaker.start and a.case in ("topic", "subj")]
    if not held:
        return
    speaker = held[0]
    for tj, h in enumerate(sentence.triggers):
        if h.start < speaker.end or not h.nominal or h.negated or h.trigger.direction != "give":
            continue
        phase = _PHASE_TOLD.match(text, h.end)
        if phase is None or _OWN_NEWS_PHASE.match(text, phase.end()) is None:
            continue
        own = [b for b in sentence.parties if b is not speaker and b.trigger == tj and b.entity is not None]
        goals = [b for b in own if b.case in ("goal", "goal-gen")]
        if not goals or any(_same_entity(b, speaker) for b in goals):
            continue
        if any(b.case in ("subj", "topic", "source", "agent") for b in own):
            continue
        speaker.trigger, speaker.direct, speaker.case = tj, True, "subj"
        speaker.speech_topic, speaker.foreign, speaker.doer = False, False, True
        return


def _speaker_state_receives(text: str, sentence: Sentence, speaker: Arg | None) -> None:
    """「フィリピンの国防相は、韓国から購入した戦闘機12機が来年引き渡されると述べた」「フィリピンは…が
    引き渡されると発表した」: goods a named giver hands over in the passive, to no one told, go to the
    state that announces it (or whose official does); the statement's own act only, not a relative
    clause on goods (「ドイツから供与された防空システムが…役割を果たした」)."""
    if speaker is None:
        return
    for a in sentence.parties:
        if a.entity is None or a.entity.type not in ("country", "state-body", "military-unit"):
            continue
        speaking = a.start == speaker.start and a.case in ("topic", "subj")
        if not speaking and not (a.speech_topic and a.entity.type == "country" and _speaker_side(text, a, speaker)):
            continue
        told = [
            k
            for k, h in enumerate(sentence.triggers)
            if h.start > a.end
            and h.trigger.direction == "give"
            and h.passive
            and not (h.negated or h.nominal)
            and _PASSIVE_TOLD.match(text, h.end)
        ]
        if not told:
            continue
        tj = told[0]
        own = [b for b in sentence.parties if b is not a and b.trigger == tj]
        if any(b.case in ("goal", "goal-gen") for b in own):
            continue
        givers = [b for b in own if b.case in ("source", "agent") and b.entity is not None]
        if not givers or any(_same_entity(b, a) for b in givers):
            continue
        if speaking:
            # (the speaker is set aside as an argument; told as receiving, it is the one the act is for)
            hit = sentence.triggers[tj]
            hit.trigger, hit.passive = dataclasses.replace(hit.trigger, direction="receive"), False
        else:
            a.trigger, a.direct, a.case, a.speech_topic, a.foreign = tj, True, "goal", False, False
        return


# 「イランの貨物船は」「ロシア国防省の輸送機が」「ロシアの航空会社の貨物機が」: a craft of the state
# as the subject of the act
# (「アラブ首長国連邦（UAE）の貨物機が」: a gloss in brackets may follow the state's name)
# (「アゼルバイジャンのイリューシン76輸送機が」: the craft's type may be named before its kind)
_OWNED_CRAFT = re.compile(
    r"(?:[（(][^（）()、。]{1,12}[）)])?(?:の[^、。がはを]{1,8}?)?の(?:[ァ-ヺーA-Za-zＡ-Ｚａ-ｚ0-9０-９-]{1,12})?(?:貨物船|輸送船|貨物機|輸送機|船舶|タンカー|ダウ船|貨物便|輸送艦|軍艦|艦艇)"
    r"(?:[0-9０-９一二三四五六七八九十数]+(?:隻|機|便))?(?:は|が)"
)


def _carrier_owners(text: str, sentence: Sentence) -> None:
    """「イランの貨物船は、ロシアの港に無人機を運んだ」「ロシア国防省の輸送機が、北朝鮮からミサイルを
    運んだ」: the state owning the craft that carries the goods is who carries them."""
    for a in sentence.parties:
        if a.case not in ("gen", "origin") or a.entity is None or not _OWNED_CRAFT.match(text, a.end):
            continue
        ti = _nearest_following(a.end, sentence.triggers)
        if ti is None or sentence.triggers[ti].start < a.end:
            continue
        hit = sentence.triggers[ti]
        if hit.trigger.direction in ("move", "give") and not hit.passive and not hit.negated:
            own = [b for b in sentence.parties if b.trigger == ti and b.case in ("subj", "topic") and b is not a]
            if not own and not _between_two_ends(sentence.parties, ti):
                a.case, a.trigger, a.direct = "subj", ti, True


# 「北朝鮮の港に到着し、弾薬を積み込んだ」「イスラエル南部の空軍基地に飛来し、武器を積み込んだ」: the
# port or airfield a craft reaches to load, told in the clause before
_REACHED_TO_LOAD = re.compile(
    r"(?:[東西南北]{1,2}部|中部)?(?:の[^、。がはをにへ]{0,10}?(?:港|空港|基地)|港|空港)?に"
    + CALLS_COUNTED
    + r"(?:到着|入港|寄港|飛来|着陸)"
)


def _fetched(text: str, sentence: Sentence) -> None:
    """「ロシアはイランから無人機の部品を空輸した」「ロシアの軍艦が北朝鮮の港に到着し、弾薬を積み込んだ」:
    a state or group that carries goods from another (or loads them at its port), with no
    destination told, brings them to itself."""
    for ti, hit in enumerate(sentence.triggers):
        if hit.trigger.direction != "move" or hit.passive or hit.negated or hit.nominal:
            continue
        own = [a for a in sentence.parties if a.trigger == ti]
        if not any(a.case == "source" and (a.direct or _REACHED_TO_LOAD.match(text, a.end)) for a in own):
            continue
        goals = [a for a in own if a.case in ("goal", "goal-gen")]
        movers = [
            a
            for a in own
            if a.case in ("subj", "topic") and a.direct and a.entity is not None
            if a.entity.type in ("country", "armed-group") and not _ACCORDING.match(text, a.end)
        ]
        # (「ロシアの貨物船が北朝鮮の港で…を積み込み、ロシアに向かった」: the mover is where they go)
        if len(movers) != 1 or (goals and not all(_same_entity(movers[0], g) for g in goals)):
            continue
        if not any(_same_entity(movers[0], a) for a in own if a.case == "source"):
            movers[0].case = "goal"


def _state_of(entity: Entity, gazetteer: Gazetteer) -> Entity | None:
    """The state a mention stands for (a state's force or ministry speaks for it), if any."""
    party = resolve_party(entity, gazetteer)
    return party if party is not None and party.type == "country" else None


# goods made at home (国産, 自国製), and a state's own force (「トルコ空軍に」「インド陸軍へ」)
_HOME_MADE = re.compile(r"国産|自国製|自主開発")
_OWN_FORCE = re.compile(r"(?:の)?(?:空軍|陸軍|海軍|軍|部隊|海兵隊)")


# 「同型機を」「同機の」: the goods the sentence before named, told again
_HOME_MADE_REACH = 3  # sentences back that may name the goods told again
_SAME_GOODS_AGAIN = re.compile(r"同型(?:機|艦|車|戦車)?|同(?:機|艦)(?=を|の|は|が|も)")


def _home_made_told_before(text: str, s0: int) -> bool:
    """「…国産軽戦闘機「テジャス」の初号機を空軍に引き渡した。空軍は同型機を180機発注している」: goods
    told again (同型機) whose latest sentence of the paragraph that calls goods home-made (within a
    few sentences back) names no source."""
    if not _SAME_GOODS_AGAIN.search(text, s0, text.find("。", s0) if "。" in text[s0:] else len(text)):
        return False
    end = s0
    for _ in range(_HOME_MADE_REACH):
        if end <= 0 or text[end - 1] == "\n":
            return False
        start = max(text.rfind("。", 0, end - 1), text.rfind("\n", 0, end - 1)) + 1
        before = text[start:end]
        if _HOME_MADE.search(before):
            return not _FROM_ELSEWHERE.search(before)
        end = start
    return False


def _home_made_at_home(
    text: str, s0: int, s1: int, mentions: list[Mention], entities: dict[str, Entity], gazetteer: Gazetteer
) -> bool:
    """「量産1号機は2028年にトルコ空軍に引き渡される予定で、国産品に…」「国産戦車の初号車がインド陸軍に
    納入される」: home-made goods handed to the state's own force, with no other state named and no
    source (から, 製), are procurement at home, no transfer."""
    seg = text[s0:s1]
    if not (_HOME_MADE.search(seg) or _home_made_told_before(text, s0)) or _FROM_ELSEWHERE.search(seg):
        return False
    states: set[str] = set()
    own_force = False
    for m in mentions:
        if not s0 <= m.start < s1 or entities[m.entity_id].provisional:
            continue
        state = _state_of(entities[m.entity_id], gazetteer)
        if state is None:
            continue
        states.add(state.id)
        ent_type = entities[m.entity_id].type
        # (「空軍は」: a bare force standing for the state the story is of)
        bare_force = _OWN_FORCE.fullmatch(m.text) is not None
        own_force = (
            own_force or ent_type == "military-unit" or bare_force or _OWN_FORCE.match(text, m.end, s1) is not None
        )
    return len(states) == 1 and own_force


# the sides of a state that take in what its own makers build: its ministries and its forces
_OWN_SIDES = ("state-body", "military-unit")


def _firms_in(start: int, end: int, mentions: list[Mention], entities: dict[str, Entity]) -> list[Entity]:
    """The firms named between two offsets."""
    found = [entities[m.entity_id] for m in mentions if start <= m.start < end]
    return [e for e in found if e.type == "company" and not e.provisional]


def _home_maker_to_own_state(
    text: str,
    prev_s0: int,
    s0: int,
    s1: int,
    mentions: list[Mention],
    entities: dict[str, Entity],
    gazetteer: Gazetteer,
) -> bool:
    """「神戸工場で造った潜水艦は3月に防衛省に引き渡された」「三菱重工業は…。防衛省から…の量産を受注した」:
    a maker handing goods to a ministry or force of its own state, with no other state named and no
    goods of another state's make, is procurement at home, no transfer. The maker is the firm the
    sentence names, or, when it names none, the one the sentence before it in the paragraph names
    (the subject a business story leaves unsaid)."""
    home: set[str] = set()
    made: set[str] = set()
    own_side = False
    for m in mentions:
        e = entities[m.entity_id]
        if not s0 <= m.start < s1 or e.provisional:
            continue
        if e.type == "weapon-system":
            made |= {e.country} if e.country else set()
            continue
        state = _state_of(e, gazetteer)
        if state is not None:
            home.add(state.country or state.id)
            own_side = own_side or e.type in _OWN_SIDES
    if len(home) != 1 or not own_side or not made <= home:
        return False
    paragraph_goes_on = "\n" not in text[prev_s0:s0]
    firms = _firms_in(s0, s1, mentions, entities) or (
        _firms_in(prev_s0, s0, mentions, entities) if paragraph_goes_on else []
    )
    return bool(firms) and all(f.country in home for f in firms)


def _nearest_following(pos: int, hits: list[TriggerHit]) -> int | None:
    after = [i for i, h in enumerate(hits) if h.start >= pos]
    if after:
        return after[0]
    before = [i for i, h in enumerate(hits) if h.end <= pos]
    return before[-1] if before else None


_JAPAN = "Q17"


# 「…はイスラエル製で、」「…は中国製だった」: the make said of the goods, as the predicate
_MADE_SAID = re.compile(r"(?:製|産)(?:で、|だ|である|であり|だった|でした)")
# 「パキスタンと中国が共同開発した戦闘機」「米国が開発した」: the makers named in a clause that qualifies
# goods, which 同国 in a later sentence does not mean (the buyer spoken of does)
_MADE_BY = re.compile(
    r"(?:と[^、。がはを]{1,12}?)?(?:が|の)(?:共同で?)?(?:開発|製造|生産|設計)(?:した|する|している|中の)"
)


def _state_of_firm_told(
    text: str, start: int, ordered: list[Mention], entities: dict[str, Entity], gazetteer: Gazetteer
) -> Entity | None:
    """「名古屋市の機械商社「中部精機」の社長が…。同社は…」: where no firm is named as an entity, 同社 is
    the firm last told by the state or city it is of (not one the goods went by), and stands for that
    state (as 「キルギスの商社が」 does). A firm told as charged (「大阪市の貿易会社「A」社長を逮捕した」)
    is the one a story on the case means, whatever go-between firms it tells of after it
    (「香港の会社は実体がなく…。同社は…」), or told right after its charge (「…の罪に問われた東京都千代田区の
    商社「A」の元社長」); so is the defendant (被告, 容疑者) it tells of."""
    for prev in reversed(ordered):
        ent = entities.get(prev.entity_id)
        if prev.end > start or ent is None or not ent.country or not (ent.type == "city" or is_place(ent)):
            continue
        stop = text.find("。", prev.end)
        charged = _PUNISHED_OBJ.match(text, prev.end) and _ACTS_ON_CHARGE.search(
            text, prev.end, stop if stop >= 0 else len(text)
        )
        if _CITY_FIRM.match(text, prev.end) and (charged or _CHARGED_BEFORE.search(text, 0, prev.start)):
            return gazetteer.country(ent.country)
    for prev in reversed(ordered):
        if prev.end > start:
            continue
        ent = entities.get(prev.entity_id)
        if ent is None or not ent.country or not (ent.type == "country" or is_place(ent)):
            continue
        # (「深圳の企業が…カザフスタンのダミー会社経由で…納めたとして、同社など5社を」: a firm the goods
        # went by is not the one the story is about)
        if _CITY_FIRM.match(text, prev.end) and not _WENT_BY.match(text, prev.end):
            return gazetteer.country(ent.country)
    return None


# 「…の罪に問われた」「…として起訴された」: a charge told right before the firm charged with it
_CHARGED_BEFORE = re.compile(r"(?:罪に問われ|起訴され|逮捕され|書類送検され|送検され)た$")
# the one charged, told again: 「被告が…送り」「同容疑者は」 (the charged firm's officer)
_CHARGED_PERSON = frozenset({"被告", "同被告", "容疑者", "同容疑者"})


# 「最大の上客はサウジアラビアである。同国は…」: a name a sentence ends on as what its topic is brings
# it in as what the next sentence speaks of, as a subject would; so does one qualifying the noun the
# sentence ends on (「対照的なのが、隣国アゼルバイジャンの調達構造だ。同国が輸入した…」)
# (「背景にあるのは、インドの「輸入国から輸出国へ」という国家戦略だ。同国の…」: a quoted slogan may
# stand between the name and the noun)
_NAMED_AS_PREDICATE = re.compile(
    r"(?:の(?:「[^」。]{1,30}」(?:という|との))?[一-龯々ァ-ヺー]{1,8})?(?:だ|である|です)。"
)


def _resolve_coref(
    text: str, mentions: list[Mention], entities: dict[str, Entity], gazetteer: Gazetteer
) -> list[Mention]:
    """同国, 同社, 同組織: the latest entity of a fitting type before it, preferring one that was a
    subject or topic (a name qualifying a speaker, ウクライナ当局者, is rarely what 同国 means)."""
    out: list[Mention] = []
    ordered = sorted(mentions, key=lambda m: m.start)
    for m in _COREF_RE.finditer(text):
        types = _COREF[m.group()]
        latest: Entity | None = None
        home: Entity | None = None
        latest_end = 0
        subject: Entity | None = None
        parallel: Entity | None = None
        skipped_subject = False
        skipped: set[str] = set()  # the states set aside as the clause's own subject
        named: list[tuple[Entity, int]] = []  # each candidate, with where it ends
        partner: Entity | None = None
        force_state: Entity | None = None  # the state of a force set aside, the latest
        for prev in ordered:
            if prev.end > m.start():
                break
            ent = entities.get(prev.entity_id)
            party = resolve_party(ent, gazetteer) if ent else None
            # 同省 after 米財務省 is that ministry (which acts for its state), not the last body named
            if ent is not None and party is not None and party.type not in types and ent.type in types:
                party = ent
            if party is not None and party.type in types:
                # 「陸上自衛隊で…同国空軍に」: a state's own force does not name the state 同国 means
                # (but 同軍 is just such a force: 「ロシアはスーダン軍に…。中国も同軍に」; and a force
                # that was the subject or topic stands for its state: 「スーダン軍はイランから…。同国は」)
                acting = case_of(text, prev.end) in ("topic", "subj")
                force = ent is not None and ent.type == "military-unit" and "country" in types
                if force and m.group() != "同軍" and not acting:
                    # (「ロシアは国軍と合意し、同国に…」: the force the set-aside subject deals with
                    # in the same sentence stands for its state)
                    if skipped_subject and "。" not in text[prev.end : m.start()]:
                        partner = party
                    # (「トルコはスーダン国軍に…。エジプトも同国に」: the force named in the same role)
                    if case_of(text, prev.end) == case_of(text, m.end()):
                        parallel = party
                    force_state = party
                    continue
                # 「米国製のF16が同国に到着」: a maker's country qualifying goods is no antecedent
                # (but one said of the goods, 「無人機の多くはイスラエル製で、同国から」, is named as a party)
                made = prev.form == "adjective" or case_of(text, prev.end) == "origin"
                if "country" in types and made and not _MADE_SAID.match(text, prev.end):
                    continue
                if "country" in types and _MADE_BY.match(text, prev.end):
                    continue
                # 「日本は…フィリピン空軍に納入した。…同国海軍に」: a Japanese writer calls Japan 日本 or
                # わが国, never 同国; Japan is meant only when no other state is named before
                if party.id == _JAPAN and "country" in types:
                    home = home or party
                    continue
                if _goods_way(text, prev.end, m.end()):
                    continue
                if _own_subject(text, prev.end, m.start(), m.end()):
                    skipped_subject = True
                    skipped.add(party.id)
                    continue
                if _shifted_source(text, prev.start, m.end()):
                    continue
                latest = party
                latest_end = prev.end
                named.append((party, prev.end))
                if case_of(text, prev.end) in ("topic", "subj") or _NAMED_AS_PREDICATE.match(text, prev.end):
                    subject = party
                if case_of(text, prev.end) == case_of(text, m.end()):
                    parallel = party
        # (「アルメニアはフランスとの間で…署名し、フランスは…を同国に引き渡した」: the subject set
        # aside is not meant by its other mentions either)
        if latest is not None and latest.id in skipped:
            others = [(e, end) for e, end in named if e.id not in skipped]
            latest, latest_end = others[-1] if others else (None, 0)
        if latest is None and home is not None:
            # (「フィリピン軍の近代化が進む。日本は同国に…供与した」: where only a foreign force was
            # named, its state is meant, not Japan)
            foreign = force_state is not None and force_state.id != _JAPAN
            latest, latest_end = (force_state if foreign and force_state else home), m.start()
        # a candidate in the same sentence is the one meant; else the last subject or topic; but
        # where the clause's own subject is set aside (「トルコも同国に」), the one named in the same
        # role before (「イスラエルはアゼルバイジャンに…」)
        same_sentence = latest is not None and "。" not in text[latest_end : m.start()]
        prior = latest if same_sentence else (parallel if skipped_subject else None) or subject or latest
        prior = partner or prior
        prior = _state_spoken_of(text, m.start(), ordered, entities, gazetteer, types) or prior
        if m.group() in _CHARGED_PERSON or (prior is None and m.group() == "同社"):
            prior = _state_of_firm_told(text, m.start(), ordered, entities, gazetteer)
        # 同組織 is first of all an armed group: one of the word's first type nearby wins over others
        if len(types) > 1 and prior is not None and prior.type != types[0]:
            near = [p for p in ordered if m.start() - 300 <= p.start and p.end <= m.start() and p.entity_id in entities]
            first = [
                e for p in near for e in [resolve_party(entities[p.entity_id], gazetteer)] if e and e.type == types[0]
            ]
            if first:
                prior = first[-1]
        if prior is not None:
            entities.setdefault(prior.id, prior)
            out.append(Mention(prior.id, m.start(), m.end(), m.group(), "alias", 0.7, form="coref"))
    return out


# 「自国企業が」「自国の商社は」: the firms of the state the sentence speaks of, told from its side
_OWN_STATES_FIRMS = re.compile(r"自国(?=の?" + JA_FIRM_KINDS + ")")


def _own_state_of_firms(
    text: str, mentions: list[Mention], entities: dict[str, Entity], gazetteer: Gazetteer
) -> list[Mention]:
    """「ウズベキスタン政府は、自国企業がロシアに…輸出しているとの見方を否定した」: 自国 before a firm
    is the state the sentence's topic or subject is (or speaks for), the side its words are from."""
    out: list[Mention] = []
    for m in _OWN_STATES_FIRMS.finditer(text):
        start = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        sides = [
            party
            for x in mentions
            if start <= x.start and x.end <= m.start() and case_of(text, x.end) in ("topic", "subj")
            for party in [resolve_party(entities[x.entity_id], gazetteer) if x.entity_id in entities else None]
            if party is not None and party.type == "country"
        ]
        if sides:
            entities.setdefault(sides[-1].id, sides[-1])
            out.append(Mention(sides[-1].id, m.start(), m.end(), m.group(), "alias", 0.7, form="coref"))
    return out


# 「香港のフロント企業を経由して」「UAE経由で」: a place (or its firm) the goods went by
_WENT_BY = re.compile(r"(?:の[^、。はがをに]{0,12}?)?(?:を経由|経由|を通じ|を通して|を介し)")


def _goods_way(text: str, name_end: int, coref_end: int) -> bool:
    """Whether the state named before `name_end` is one the goods went by or were made in, which
    同国 taking them does not mean: in 「ロシアが輸入した工作機械の9割は中国製で、一部は香港の
    フロント企業を経由して同国に渡った」 同国 is Russia, neither the make nor the transit point."""
    if case_of(text, coref_end) != "goal":
        return False
    return bool(_MADE_SAID.match(text, name_end) or _WENT_BY.match(text, name_end))


def _shifted_source(text: str, name_start: int, coref_end: int) -> bool:
    """Whether the state named at `name_start` is an old or new source of a buyer's shifted supply
    (「調達先をロシアからインドなどに移しており」), which 同国 taking the goods (「同国に到着した」)
    does not mean: the buyer does."""
    shifted = _SOURCE_SHIFTED.search(text, max(0, name_start - 30), name_start) is not None
    return shifted and case_of(text, coref_end) in ("goal", "topic", "subj")


# 「イランをめぐっては、」「北朝鮮については、」「隣国のマリについて、」: the state the sentence goes on
# to speak of
_SPOKEN_OF = re.compile(r"(?:をめぐって[はも]|を巡って[はも]|について[はも]?|に関して[はも]|に対しては)、")


def _state_spoken_of(
    text: str, at: int, ordered: list[Mention], entities: dict[str, Entity], gazetteer: Gazetteer, types: Any
) -> Entity | None:
    """The state the sentence of 同国 at `at` opens by speaking of, if any: in 「イランをめぐっては、
    米政府が昨年9月、同国がロシアにミサイルを引き渡したと発表した」 同国 is Iran, not the speaker
    named between."""
    if "country" not in types:
        return None
    start = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
    for prev in ordered:
        if prev.start < start or prev.end > at:
            continue
        ent = entities.get(prev.entity_id)
        party = resolve_party(ent, gazetteer) if ent else None
        if party is not None and party.type == "country" and _SPOKEN_OF.match(text, particle_at(text, prev.end)):
            return party
    return None


def _listed_with_next(text: str, at: int, mentions: list[Mention]) -> bool:
    """Whether a name right after the comma at `at` goes on a list with the one before it
    (「英国、イタリアと共同開発する」「英国、フランス、ドイツが」), so that the first is no headline's
    topic (「北朝鮮、ロシアに砲弾供与か」)."""
    nxt = next((x for x in mentions if x.start == at), None)
    # (「韓国、ポーランドと…輸出契約」: a partner of the headline's topic is no list)
    return nxt is not None and (case_of(text, nxt.end) == "other" or text.startswith(("、", "や"), nxt.end))


# 「ロシアが輸入した工作機械は」: a が-subject of a clause on a noun, not of the main clause
_RELATIVE_SUBJECT = re.compile(r"が[^、。「」はがもを]{0,16}?(?:した|った|いた|んだ|れた|てい[るた])(?=[一-龯々ァ-ヺ])")


def _own_subject(text: str, prev_end: int, at: int, at_end: int) -> bool:
    """Whether the name ending at `prev_end` is the subject of the clause in which 同国 at `at`
    is the other party: 「トルコも同国に無人機を売却した」 gives to a state named before, and
    「アゼルバイジャンも同国製の無人機を購入した」 buys another's goods, since a writer calls the
    subject's own side 自国, not 同国; and 「イランが同国経由で…に武器を送った」 sends them through
    another state."""
    between = text[prev_end:at]
    if "。" in between or "\n" in between or len(between) > 40 or _RELATIVE_SUBJECT.match(between):
        return False
    return case_of(text, prev_end) in ("topic", "subj") and case_of(text, at_end) in (
        "goal",
        "source",
        "origin",
        "via",
        "conj",
    )


# 「北は」「北が」: North Korea once named; 「わが国」: the Japanese press speaking of Japan
_SHORT_FORMS = [
    # (a particle may precede it: 「男は北が」; a kanji or katakana one makes another word: 東北, 南北)
    (re.compile(r"(?<![一-龯々ァ-ヺ])北(?=が|は|も|から|との|側|に(?![0-9０-９約向位あ進]))"), "Q423", "Q423"),
    (re.compile(r"わが国|我が国"), "Q17", None),
    # 「政府は…輸出することを決めた」: a bare 政府 in a text that speaks of Japan is Japan's
    (re.compile(r"(?<![一-龯々ァ-ヺA-Za-zＡ-Ｚａ-ｚの・])政府(?=は|が|も|として)"), "Q17", "Q17"),
]


def _home_state(
    needs: str, at: int, mentions: list[Mention], entities: dict[str, Entity], gazetteer: Gazetteer
) -> bool:
    """Whether a bare 政府 at `at` is the home state `needs`: the state, or one of its bodies (防衛省,
    自衛隊), is named anywhere in the text, or no state at all is named before it (a Japanese paper
    opening 「政府は…」 means its own government)."""
    states = [(x, _state_of(entities[x.entity_id], gazetteer)) for x in mentions if x.entity_id in entities]
    if any(st is not None and st.id == needs for _x, st in states):
        return True
    return not any(st is not None and x.end <= at for x, st in states)


def _quoting_state(
    text: str, at: int, mentions: list[Mention], entities: dict[str, Entity], gazetteer: Gazetteer
) -> Entity | None:
    """「トルコだが、国防省の報道官は「わが国はロシアに…売ったことはない」と述べた」: わが国 inside a
    quotation is the speaker's own state, the last state the sentence sets up as its topic or subject
    before the quote opens (「セルビアは…中国から調達した…、大統領は「わが国の空を」」 is Serbia). None
    where the sentence sets up no such state, so a Japanese official's 「わが国」 stays Japan."""
    s0 = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
    opening = text.rfind("「", s0, at)
    if opening < 0 or "」" in text[opening:at]:
        return None
    speaker: Entity | None = None
    for x in mentions:
        if not (s0 <= x.start and x.end <= opening) or x.entity_id not in entities:
            continue
        state = _state_of(entities[x.entity_id], gazetteer)
        if state is not None and (case_of(text, x.end) in ("topic", "subj") or _GRANTED.match(text, x.end)):
            speaker = state
    return speaker if speaker is not None and speaker.id != _JAPAN else None


# 「中立を保つトルコだが、」: a state the sentence grants something of before its speaker talks
_GRANTED = re.compile(r"(?:だが|ですが|であるが|だけれども)、?")


def _short_forms(
    text: str, mentions: list[Mention], entities: dict[str, Entity], gazetteer: Gazetteer
) -> list[Mention]:
    out: list[Mention] = []
    for rx, eid, needs in _SHORT_FORMS:
        ent = gazetteer.get(eid)
        if ent is None:
            continue
        for m in rx.finditer(text):
            if any(x.start < m.end() and m.start() < x.end for x in mentions):
                continue
            if needs is not None and not _home_state(needs, m.start(), mentions, entities, gazetteer):
                continue
            meant = (_quoting_state(text, m.start(), mentions, entities, gazetteer) if eid == _JAPAN else None) or ent
            entities.setdefault(meant.id, meant)
            out.append(Mention(meant.id, m.start(), m.end(), m.group(), "alias", 0.7, form="coref"))
    return out


# a state's own scheme of grants, named alone: 「政府安全保障能力強化支援（OSA）」 is Japan's
_AID_SCHEMES = [
    (re.compile(r"政府安全保障能力強化支援|(?<![A-Za-zＡ-Ｚａ-ｚ])(?:OSA|ＯＳＡ)(?![A-Za-zＡ-Ｚａ-ｚ])"), "Q17")
]


# a state's own scheme of sales: the US Foreign Military Sales (「対外有償軍事援助（FMS）」「米国の有償援助」)
_SALE_SCHEMES = [
    (re.compile(r"(?:対外)?有償(?:軍事)?援助|(?<![A-Za-zＡ-Ｚａ-ｚ])(?:FMS|ＦＭＳ)(?![A-Za-zＡ-Ｚａ-ｚ])"), "Q30")
]


def _schemes_named(sentences: list[Sentence], gazetteer: Gazetteer) -> None:
    """「OSAの枠組みでフィリピンに沿岸監視レーダーを供与する」: a sentence naming a state's own aid
    scheme names that state as the giver its grants leave out. A scheme of sales names the seller
    of what is bought through it too (「ポーランドは対外有償軍事援助（FMS）で攻撃ヘリを調達する」)."""
    for s in sentences:
        for rx, eid in _AID_SCHEMES + _SALE_SCHEMES:
            if (m := rx.search(s.text)) is not None:
                s.scheme = gazetteer.get(eid)
                if s.scheme is not None and (rx, eid) in _SALE_SCHEMES:
                    _bought_through_scheme(s, s.scheme, s.start + m.start(), s.start + m.end())
                break


def _bought_through_scheme(s: Sentence, seller: Entity, start: int, end: int) -> None:
    """The scheme's state sells each purchase of the sentence that names no seller: at its own
    name where the text gives it (「米国の有償援助で」), else at the scheme's."""
    named = next(
        (a for a in s.parties if a.entity is not None and a.entity.id == seller.id and 0 <= start - a.end <= 2), None
    )
    for ti, hit in enumerate(s.triggers):
        if hit.trigger.direction != "receive" or hit.negated or hit.passive:
            continue
        if any(a.trigger == ti and a.case in ("source", "agent", "origin") for a in s.parties):
            continue
        at = (named.start, named.end) if named is not None else (start, end)
        s.parties.append(Arg(at[0], at[1], seller, "source", trigger=ti))


_BARE_BODY = re.compile(
    r"(?<![一-龯々ァ-ヺA-Za-zＡ-Ｚａ-ｚ])(?:国防部|国防省|外務省|外交部|国務省|国防総省|国家情報院)"
)


def _bare_bodies(text: str, mentions: list[Mention], entities: dict[str, Entity]) -> list[Mention]:
    """「台湾国防部は…。国防部によると」: a ministry named again without its state is the one named
    before with that word."""
    out: list[Mention] = []
    ordered = sorted(mentions, key=lambda m: m.start)
    for m in _BARE_BODY.finditer(text):
        if any(x.start < m.end() and m.start() < x.end for x in mentions):
            continue
        earlier = [
            x
            for x in ordered
            if x.end <= m.start() and x.text.endswith(m.group()) and entities[x.entity_id].type == "state-body"
        ]
        if earlier:
            x = earlier[-1]
            out.append(Mention(x.entity_id, m.start(), m.end(), m.group(), "alias", 0.7, form="coref"))
    return out


# 「ロシアからイランへは」「北朝鮮からロシアには」: a から written right before the goal it pairs with
_FROM_BEFORE_GOAL = re.compile(r"[ \u3000]?から[ \u3000]?")


def _from_to_pair(text: str, group: list[Arg]) -> None:
    """「一方、ロシアからイランへは、戦闘機の引き渡しが進んでいる」: a source written right before a
    goal (XからYへ) is the same act's, and both are its own, even where the parse, misled by the
    topic's は and comma, hung them on it only loosely or left the source on no act."""
    for a, b in itertools.pairwise(sorted(group, key=lambda x: x.start)):
        if a.case != "source" or b.case != "goal" or b.trigger is None or a.trigger not in (None, b.trigger):
            continue
        if _FROM_BEFORE_GOAL.fullmatch(text, a.end, b.start):
            a.trigger, a.direct, a.foreign = b.trigger, True, False
            b.direct = True


# a force named bare (「空軍に引き渡された」), after the state's own was named with it (「ミャンマー空軍」)
# (「ミャンマー軍政に…。軍事政権は」: a junta is named again by either of its two words)
_BARE_FORCE = re.compile(r"(?:空軍|海軍|陸軍|国軍|海兵隊|沿岸警備隊|軍事政権|軍政)")
_FORCE_KIN = {"軍事政権": ("軍事政権", "軍政"), "軍政": ("軍事政権", "軍政")}


# 「スーダンで」「ミャンマーでは」「ミャンマー国内で」: the state named as the ground where things happen
# (「スーダンの内戦で」「エチオピア内戦、」: the state whose civil war the story is about)
_GROUND = re.compile(r"(?:国内|各地)?(?:で|では|でも)|の?(?:内戦|内紛)")


def _war_ground(text: str, countries: list[Mention], at: int) -> list[Mention]:
    """「スーダンで続く内戦で、国軍は…」「トルコも国軍に無人機を売却した」: 国軍, the national army,
    named bare with no state before it is the army of the state the story is set in, the last one
    named as the ground (「スーダンで」), not the last state named (the seller, トルコ)."""
    grounds = [x for x in countries if x.end <= at and _GROUND.match(text, x.end)]
    return grounds[-1:]


def _owns_next(text: str, end: int) -> bool:
    """「空軍の高官」: a force owning what follows it is named for that (its official), not as a party;
    its own works or bases that goods are sent to (「国軍の兵器工場向けに」) are its side all the same."""
    return text.startswith("の", end) and _GEN_GOAL.match(text, end) is None


def _bare_forces(text: str, mentions: list[Mention], entities: dict[str, Entity]) -> list[Mention]:
    """「ミャンマー空軍、…を受け取る。…空軍に引き渡された」: a force named bare, with no state before
    it and owning nothing after it (「空軍の高官」), is the force of the state last named with the same
    word; it stands for that state, as the whole name did. This holds whether or not the parser's
    NER proposed the bare word as a name."""
    out: list[Mention] = []
    countries = sorted((x for x in mentions if entities[x.entity_id].type == "country"), key=lambda x: x.start)
    # 「スーダン国軍」「ミャンマー軍政」 known whole, as a force standing for its state
    whole = [x for x in mentions if entities[x.entity_id].type == "military-unit" and entities[x.entity_id].stands_for]
    taken = [(x.start, x.end) for x in mentions if not entities[x.entity_id].provisional]
    for f in _BARE_FORCE.finditer(text):
        if any(s < f.end() and f.start() < e for s, e in taken):
            continue
        if any(x.end == f.start() for x in countries) or _owns_next(text, f.end()):
            continue
        kin = _FORCE_KIN.get(f.group(), (f.group(),))
        owners = [x for x in countries if x.end <= f.start() and text.startswith(kin, x.end)]
        owners += [x for x in whole if x.end <= f.start() and x.text.endswith(kin)]
        owners.sort(key=lambda x: x.start)
        if not owners and f.group() == "国軍":
            owners = _war_ground(text, countries, f.start())
        if owners:
            out.append(Mention(owners[-1].entity_id, f.start(), f.end(), f.group(), "alias", 0.7, form="coref"))
    return out


_GEN_PLACE = (
    # (「ミャンマー軍の兵器工場に」: the state's forces own the place as the state does)
    # (「モスクワ近郊の空港まで」: the outskirts of a town are the town's state's ground)
    r"(?:[東西南北]{1,2}部|中部|沿岸部?|極東|軍|国軍|空軍|海軍|陸軍|近郊|郊外|周辺)?の[^、。にへがはをのとかで]{0,14}"
    r"(?:港|基地|空港|飛行場|拠点|施設|庫|部隊|前線|国境|メーカー|企業|会社|工場|業者|商社|代理店|子会社|軍隊|軍|空軍|海軍|陸軍|勢力|組織"
    r"|領土|領内|国内"  # 「ベラルーシの領土には…が届けられた」: the state's own ground
    r"|産業|部門"  # 「ロシアの軍需産業に半導体を供給した」: the state's arms industry
    r"|政権|政府"  # 「同国の軍事政権に」「マリの暫定政権へ」「ニジェールの軍事政府に」: the state's rulers
    r"|細胞|支部|戦闘員"  # 「西岸のハマスの細胞に」「ヒズボラの戦闘員へ」: a group's own cells and fighters
    r"|機関|研究所)"  # 「シリアの研究機関に」「イランの政府機関へ」: the state's institutes and agencies
)
_COORDINATED = re.compile(r"\s*(?:[(（][^)）]{1,12}[)）])?\s*(?:や|と|、|・|及び|および|,)\s*")
# 「ロシアのカスピ海沿岸の港に」「ロシアのカスピ海にある港に」「ロシアのアラブガにある工場に」: one more
# place between the owner and the destination; read so only where the goods come from somewhere
# (から, a maker's state: ドイツ製, or a go-between), as the owner's own
# base further off is where its own forces move their own arms (「日本の…島の空港に米軍の…が搬入」)
_GEN_GOAL_FAR = re.compile(
    r"(?:極東|国内|領内)?の[^、。にへがはをのとかで]{1,12}(?:の|にある|に位置する|沿いの|近くの)"
    r"[^、。にへがはをのとかで]{0,14}(?:港|基地|空港|拠点|施設|庫|工場)(?:に|へ|まで)(?!ある|よる|対し|関|おい|[ 　])"
)
# 「ベネズエラのプエルトカベジョへ運ばれた」: a town of the state named in katakana alone, as the end
# of goods that come from somewhere, is the state's ground (read so with へ or まで only, as に may be
# the state's firm or person addressed: 「ロシアのプーチンに」)
_GEN_TOWN_GOAL = re.compile(r"の[ァ-ヺー・]{2,12}(?:へ|まで)(?!ある|よる|対し|関|おい)")
# 「ロシアはベネズエラ空軍のSu30戦闘機の修理用の部品を納入した」: parts for the craft of a state's
# forces, in an act that names no receiver of its own, go to that state
_FORCES_PARTS = re.compile(
    r"(?P<forces>国軍|空軍|海軍|陸軍|軍)?の[^、。にへがはをとかで]{1,16}?の(?:[^、。にへがはをとかで]{1,6}?の)?"
    r"(?:修理用|整備用|交換用|補修用|予備)?の?(?:部品|エンジン|スペアパーツ|予備部品|補修部品)(?:[とや][^、。にへがはを]{1,8})?を"
)


def _parts_for_forces(text: str, a: Arg, gen_at: int, group: list[Arg]) -> bool:
    """Whether the state at `a` owns, by its forces, the craft whose parts its act hands over
    (「ベネズエラ空軍の戦闘機の部品を納入した」), with no receiver of the act named otherwise."""
    parts = _FORCES_PARTS.match(text, gen_at)
    if parts is None or not (parts.group("forces") or text[a.start : a.end].endswith("軍")):
        return False
    return not any(b.case in ("goal", "goal-gen") and b.trigger == a.trigger for b in group)


# (「カザフスタンの業者を通じてロシアのアラブガ経済特区の工場へ」: goods passed on through a go-between
# come from somewhere as much as goods sent from a state do)
_GOODS_COME_FROM = ("source", "origin", "via")
# (「ベラルーシ、ロシアの前線基地に　…」: a headline segment that ends in 「…の基地に」 has dropped its
# なる; the base is what the topic became, no destination of the act in the next segment)
# (machine translation sets a particle apart on both sides: 「ロシアの軍需企業 に 届いた」)
# (「イランの無人機メーカー向けに」: goods bound for the state's firm go to the state, as with に)
_GEN_GOAL = re.compile(
    _GEN_PLACE
    + r"(?:(?:向けに|向けの|向け|あてに|宛てに|宛に|あての|宛ての|に|へ|まで)(?!ある|よる|対し|関|[ 　])"
    + r"|[ 　](?:に|へ|まで)[ 　](?!ある|よる|対し|関))"
)
# 「ロシアの無人機メーカーに対し、…電子部品を輸出していた」: the state's firm addressed by に対し, with the
# goods and the act of giving after it, is where the goods go (「…の企業に対し制裁を科した」 is not)
_GEN_GOAL_TOWARD = re.compile(
    _GEN_PLACE
    + r"に対し(?:て)?、?(?=[^。「」]{0,40}?を(?:輸出|供給|供与|提供|販売|売却|納入|引き渡|転売|送っ|送り|送る))"
)
# (「中国の複数の企業から」: one more genitive may come between a maker's state and its から)
_GEN_SOURCE = re.compile(
    r"(?:"
    + _GEN_PLACE
    + r"|の[^、。にへがはをのとかで]{1,6}の(?:メーカー|企業|会社|工場|業者|商社|代理店|子会社))(?:から|より)"
)

# 「ロシアのミサイルを製造する軍需企業に」: the firm making the state's arms, told by what it makes, is
# the state's side
_GEN_MAKERS_GOAL = re.compile(
    r"の[^、。にへがは]{1,24}?を[ \u3000]?(?:製造|生産|開発|組み立て|組立)(?:する|している|してきた|した)[ \u3000]?"
    r"(?:軍需|防衛|国営|兵器)?(?:企業|工場|メーカー|会社)[ \u3000]?(?:に|へ)"
)
# 「ロシアの侵攻後、」「ロシアによる侵略以降」: the state whose war or attack dates the act, no party to it
_GEN_EVENT = re.compile(
    r"(?:の|による)(?:[ァ-ヶー一-龯]{1,8}?)?(?:全面|軍事|本格的な?)?(?:侵攻|侵略|攻撃|併合|参戦|開戦|占領|軍事作戦|戦争)"
    # (「ロシアによる侵攻の数か月前に」: a span may come between the event and before or after it)
    r"(?:開始)?(?:の)?(?:[0-9０-９一二三四五六七八九十数]+(?:か月|カ月|ヶ月|ヵ月|年|週間|日))?"
    r"(?:後|前|以降|以来|直後|直前|当初|から|を受け|を前に|に伴い|に対抗)"
)
# 「…を輸出したとして、中国企業を制裁対象に加えた」: an act charged to the one the main clause
# punishes, the clause of charge ending in として
# (「…を輸出した疑いで」「…を供給したことを理由に」: the charge told as a suspicion or a reason)
# 「ロシアへの部品供給に関わったとして」: an act named by its noun, charged as one the punished took part in
_INVOLVED_IN = re.compile(r"(?:など)?に(?:関わ|かかわ|携わ|関与し|加担し)(?:っていた|った|ていた|た)")
# (「…を輸出した疑い、社長を逮捕した」: a translation may drop the で)
_CHARGED_AS = re.compile(
    r"[ぁ-ゖ]{0,8}?(?:として|疑いで|疑い(?=[、，])|疑いがあるとして|ことを理由に|ことを受けて)[、，,]?"
)
# 「英政府、露軍向け無人機部品供給でトルコ企業など制裁」「ロシアへの半導体輸出で香港の商社3社を禁輸
# リストに追加」: an act named by its noun as the grounds (で) of a penalty on firms named right after
# it is charged to the firms; the topic before it punishes (only firms: 「武器輸出でロシアを非難」 names
# the state blamed, and the punished must follow in the same clause)
_GROUNDS_NOUN = re.compile(
    r"(?:など)?(?:で|を理由に|をめぐり|を巡り)[、，]?(?=[^、。]{1,16}?(?:" + JA_FIRM_KINDS + r"))"
)
_FIRMS_PUNISHED_BARE = re.compile(
    r"(?:の)?(?:" + JA_FIRM_KINDS + r")(?:など)?(?:(?:約|計)?[0-9０-９一二三四五六七八九十]+(?:社|件)|数社)?(?:など)?"
    r"(?:を|に)?(?:制裁|禁輸|資産凍結|輸出規制|取引禁止|エンティティー?リスト)"
)
# (「…の資産を凍結した」: the assets frozen told apart from the verb)
_PUNISHED = re.compile(
    r"制裁|指定|起訴|訴追|逮捕|送検|非難|批判|摘発|告発|処分|資産凍結|資産を凍結|禁輸|輸出規制|取引禁止"
    # (「…をエンティティー・リストに追加した」: a listing that bars trade with the one listed)
    r"|リスト(?:ー)?に(?:追加|加え|掲載|載せ|記載)"
)
# what police, prosecutors or a court do to one charged: 「逮捕した」「起訴した」「判決を言い渡した」
_ACTS_ON_CHARGE = re.compile(
    r"(?:逮捕|再逮捕|起訴|書類送検|送検|摘発|家宅捜索)(?:した|し、|しました|する方針)|(?:判決|刑)を言い渡"
)
# 「…を仲介したとして、スロバキア国籍の男を制裁対象に指定した」: a person, told by nationality or
# title, as the one the main clause punishes
_PERSON_PUNISHED = re.compile(
    r"[^、。をに]{0,16}?(?:人|国籍|系)?の?[0-9０-９]{0,3}(?:歳の)?(?:男|女|男性|女性|人物|個人|実業家|社長|幹部|経営者|容疑者)"
    r"(?:ら)?(?:[0-9０-９]+人)?(?:を|に)"
)


# 「ロシアに無人機を供給した個人と団体を制裁リストに載せた」: the act told in a clause on the doers
# the main clause punishes (its gap is their subject)
_PUNISHED_DOERS = re.compile(
    r"(?:し|さ)?(?:た|ていた|ている|てきた)(?:とされる|とみられる)?[^、。をにがは]{0,12}?"
    r"(?:個人|団体|企業|会社|業者|人物|組織|法人|商社|船舶|ネットワーク)"
    r"(?:(?:や|と|、|および|及び)[^、。をにがは]{0,8}?(?:個人|団体|企業|会社|業者|人物|組織|法人|商社|船舶))?"
    r"(?:[0-9０-９一二三四五六七八九十]+(?:社|人|団体|隻|件))?(?:など)?(?:を|に|の)"
)

# (「…に関与した第三国企業への制裁」「…に関わった北朝鮮の個人に制裁を科した」: the doers after an act
# named by its noun that they took part in)
_INVOLVED_DOERS = re.compile(
    r"[^、。をにがは]{0,12}?(?:個人|団体|企業|会社|業者|人物|組織|法人|商社|船舶|ネットワーク)"
    r"(?:(?:や|と|、|および|及び)[^、。をにがは]{0,8}?(?:個人|団体|企業|会社|業者|人物|組織|法人|商社|船舶))?"
    r"(?:[0-9０-９一二三四五六七八九十]+(?:社|人|団体|隻|件))?(?:など)?(?:を|に対する|に対し|に|への|の)"
)

# 「中国の企業3社も、」「イランの会社などが、」: a state's firms, the subject of the clause after them
_STATE_FIRMS_ACT = re.compile(
    r"の(?:" + JA_FIRM_KINDS + r")(?:など)?(?:[0-9０-９一二三四五六七八九十]+社|数社)?(?:も|が)、"
)


def _punished_doers_act(text: str, sentence: Sentence, hits: list[TriggerHit]) -> None:
    """「EUはイランの無人機をロシアに供給した個人と団体を制裁リストに載せた」「英国は、ロシアに部品を
    輸出した業者10社に制裁を科した」: an act told in a clause on the firms or persons the main clause
    punishes is theirs, charged to them; the topic who punishes does not give."""
    for ti, h in enumerate(hits):
        if h.charged:
            continue
        # (「ロシアへの部品供給に関与した第三国企業への制裁を強め」: or an act named by its noun that
        # the punished took part in)
        involved = _INVOLVED_IN.match(text, h.end) if h.nominal else None
        if h.nominal and involved is None:
            continue
        m = _PUNISHED_DOERS.match(text, h.end) if involved is None else _INVOLVED_DOERS.match(text, involved.end())
        if m is None or _PUNISHED.search(text, m.end(), sentence.end) is None:
            continue
        h.charged, h.status = True, "alleged"  # (the grounds of a penalty are the punisher's charge)
        for a in sentence.parties:
            if a.trigger in (None, ti) and a.case in ("topic", "subj") and a.end <= h.start:
                a.trigger, a.foreign, a.speech_topic = None, True, False
            # (「…に関与した北朝鮮の個人に制裁を科した」: the state the doers are of gives)
            if involved is not None and involved.end() <= a.start and a.end <= m.end() and a.case == "gen":
                a.case, a.trigger, a.foreign, a.direct = "subj", ti, False, True
            # (「…への制裁を強めており、日本も足並みをそろえる」: one joining the punishing after it
            # punishes too, and gives nothing)
            elif involved is not None and a.start >= m.end() and a.trigger == ti and not a.direct:
                a.trigger, a.foreign, a.speech_topic = None, True, False


def _charged_to_the_punished(text: str, sentence: Sentence, hits: list[TriggerHit]) -> None:
    """「EUは、ロシアに無人機の部品を輸出したとして、中国企業を制裁対象に加えた」, 「米財務省は、
    ロシアに武器を供給したとして、北朝鮮の企業3社を制裁対象に指定した」: the act charged in a
    clause of として is the act of the one the main clause sanctions or charges (its を-object), not
    of the main clause's topic, who punishes; so is an act named by its noun that the punished took
    part in (「ロシアへの部品供給に関わったとして、中国などの企業を」)."""
    for ti, h in enumerate(hits):
        involved = _INVOLVED_IN.match(text, h.end) if h.nominal else None
        grounds = _GROUNDS_NOUN.match(text, h.end) if h.nominal and involved is None else None
        if h.nominal and involved is None and grounds is None:
            continue
        m = grounds or _CHARGED_AS.match(text, h.end if involved is None else involved.end())
        if m is None or _PUNISHED.search(text, m.end(), sentence.end) is None:
            continue
        if grounds is not None:
            # (the firms punished right after the grounds, in the same clause)
            clause = text.find("、", m.end(), sentence.end)
            clause = sentence.end if clause < 0 else clause
            charged = [
                a
                for a in sentence.parties
                if m.end() <= a.start
                and a.end <= clause
                and a.entity is not None
                and _FIRMS_PUNISHED_BARE.match(text, a.end)
            ]
            if not charged:
                continue
        h.charged = True
        charged = [
            a
            for a in sentence.parties
            if a.start >= m.end()
            and a.entity is not None
            and (_PUNISHED_OBJ.match(text, a.end) or (grounds is not None and _FIRMS_PUNISHED_BARE.match(text, a.end)))
        ]
        # (「米財務省は、キルギスに拠点を置く企業がロシアに部品を供給したとして」: the clause's own
        # subject is a firm; the topic before it punishes)
        firm_did = next(
            (a for a in sentence.parties if a.trigger == ti and a.end <= h.start and based_firm_acts(text, a.end)), None
        )
        # (「財務省は同日、中国の企業3社も、…を供給したとして指定した」: the firms punished, told by
        # their state before the clause of charge, did the act)
        firms = next(
            (
                a
                for a in sentence.parties
                if a.entity is not None
                and a.end <= h.start
                and a.trigger in (None, ti)
                and a.case in ("subj", "topic", "gen")
                and _STATE_FIRMS_ACT.match(text, a.end)
            ),
            None,
        )
        if not charged and firms is not None and firm_did is None:
            for a in sentence.parties:
                if a is firms:
                    a.case, a.trigger, a.foreign, a.direct, a.speech_topic = "subj", ti, False, True, False
                elif a.trigger in (None, ti) and a.case in ("topic", "subj") and a.end <= firms.start:
                    a.trigger, a.foreign, a.speech_topic = None, True, False
            continue
        if not charged:
            # 「警視庁は、…を輸出したとして、社長を逮捕した」: a person charged, no party; the police or
            # court that acts on the charge did not export
            # (「米政府は、…を仲介したとして、スロバキア国籍の男を制裁対象に指定した」: so is a person
            # punished; the topic before the clause's comma punishes, and speaks no more than it)
            person = _PERSON_PUNISHED.match(text, m.end())
            if firm_did is not None or person is not None or _ACTS_ON_CHARGE.search(text, m.end(), sentence.end):
                end = h.start if firm_did is None else firm_did.start
                comma = text.rfind("、", sentence.start, h.start)
                end = comma if person is not None and firm_did is None and comma >= 0 else end
                for a in sentence.parties:
                    loose = person is not None and not a.direct
                    if (a.trigger in (None, ti) or loose) and a.case in ("topic", "subj") and a.end <= end:
                        a.trigger, a.foreign = None, True
                        a.speech_topic = a.speech_topic and firm_did is None and person is None
            continue
        if grounds is not None:
            h.status = "alleged"  # (the grounds of a penalty are the punisher's charge)
        for a in sentence.parties:
            if a.trigger in (None, ti) and a.case in ("topic", "subj") and a.end <= h.start:
                # (nor, as one who speaks, the act's giver again)
                a.trigger, a.foreign, a.speech_topic = None, True, False
                # (a headline's topic, 「米商務省、ロシアに…」, is listed with no party after its comma)
                if text.startswith("、", a.end):
                    a.case = "other"
        # (「ロシアの軍需産業に部品を調達していたとして、…の企業を」: firms buying for another take
        # nothing themselves; the untold seller stays untold)
        if _procured_for_another(sentence, ti):
            continue
        # 「…を供給したとして、キルギスやUAEに拠点を置く企業を制裁対象に指定した」: the states the
        # firms charged are based in pass the goods on
        based = firm_based_at(text, charged[0].end)
        for a in _listed_before(text, sentence.parties, charged[0]):
            a.case, a.trigger, a.direct, a.foreign = "via" if based else "subj", ti, True, False


def _bought_by_a_based_firm(text: str, sentence: Sentence) -> None:
    """「シンガポールに登記された十数社が、国軍の兵器工場向けに工作機械を調達する窓口となっていた」: a firm
    based in a third state, the subject of an act of getting goods for another, goes between; whom it
    bought from the sentence leaves untold, and so do the acts around it."""
    for ti, h in enumerate(sentence.triggers):
        if not _procured_for_another(sentence, ti):
            continue
        if any(a.trigger == ti and a.case == "via" and based_firm_acts(text, a.end) for a in sentence.parties):
            h.for_another = True


def _procured_for_another(sentence: Sentence, ti: int) -> bool:
    """「ロシアの軍需企業に電子部品を調達した」: an act of getting goods told with a destination of its
    own is getting them for that destination, not for whoever is charged with it."""
    if sentence.triggers[ti].trigger.direction != "receive":
        return False
    return any(a.trigger == ti and a.case in ("goal", "goal-gen") for a in sentence.parties)


# what follows the one punished: its を, maybe after its gloss, the kind of firm and a count
# (「の企業3社を」「アラブ首長国連邦（UAE）の企業など12社を」)
_PUNISHED_OBJ = re.compile(
    # (「の企業など約30社を」「など計8社に」: the count may be rounded or summed)
    # (「大阪市西区の貿易会社「ミナト交易」社長、…容疑者を」「…の販売会社「A社」と同社の男性役員を」:
    # a city's firm, by its ward and name, or its officer charged with it)
    # (「…商社「A」と同社の男性社長（58）を」: the officer told by sex and age)
    # (「中国などの企業・個人計275件を」: the list may close on など, and people may be listed with the
    # firms, counted by the case)
    r"(?:[（(][^（）()、。]{1,12}[）)])?(?:[一-龯]{1,3}区|(?:都|府|県|市)?内)?(?:など)?(?:の)?"
    r"(?:" + JA_FIRM_KINDS + r")?"
    r"(?:[・や]個人)?(?:[「『][^」』、。]{1,24}[」』])?(?:など)?"
    # (「中国企業2社の資産を凍結」: the firms whose assets are frozen)
    # (「中国の企業XNUMX社と個人2人を」: a translation's placeholder for the count, and people counted
    # beside the firms)
    r"(?:(?:約|計|およそ|少なくとも)?(?:[0-9０-９]+|XNUMX)(?:社|件)|数社)?"
    r"(?:(?:と|や|、|および|及び)(?:個人|人物)(?:(?:[0-9０-９]+|XNUMX)人|数人)?)?"
    # (「北朝鮮の国防相に制裁を科した」: a state's official, charged for its state's act)
    # (「…と同社の60代の男性社長を」「…社長の男（58）を」: the officer told by age, or as a man or
    # woman after the title)
    r"(?:(?:と同社の|の)?(?:[0-9０-９]{1,3}(?:代|歳)の)?(?:元|前)?(?:男性|女性)?(?:社長|会長|役員|代表取締役|幹部|社員"
    r"|国防相|国防大臣|国防次官|軍需相|(?:軍|政府|国防省|軍需工業部)?高官|総参謀長|参謀総長)"
    r"(?:の(?:男|女)(?:性)?(?:[（(][0-9０-９]{1,3}[）)])?)?"
    # (「国防相ら個人3人と企業2社に」: others punished beside the officer)
    r"(?:(?:ら|など)[^、。をに]{0,14}?|[^、。をに]{0,4})"
    r"(?:、[^、。をに]{1,16}(?:容疑者|被告)(?:[（(][0-9０-９]{1,3}[）)])?)?)?(?:を|に|の資産を)"
)
# what joins names in a list, past a gloss: 「香港やトルコ、」「アラブ首長国連邦（UAE）と」
_NAMES_LISTED = re.compile(r"(?:[（(][^（）()、。]{1,12}[）)])?(?:や|と|、|・|及び|および)")


def _listed_before(text: str, parties: list[Arg], last: Arg) -> list[Arg]:
    """Party `last` with the parties listed right before it: 「香港やトルコ、UAEの企業」 names three."""
    out = [last]
    for a in sorted((a for a in parties if a.end <= last.start and a.entity is not None), key=lambda a: -a.start):
        if not _NAMES_LISTED.fullmatch(text, a.end, out[0].start):
            break
        out.insert(0, a)
    return out


_FRAMED_BY = re.compile(r"(?:として|に関して|について)(?:は|も)?、")


# the kinds of party that stand for a state, which buys arms (a firm sells them)
_STATE_SIDES = frozenset({"country", "state-body", "military-unit"})
# a deal sealed by the state that then sees goods come: it buys them (the other side sells)
_DEAL_BOUGHT = Trigger(lemma="契約", kind="purchase", direction="receive")


def _goods_come(act: TriggerHit) -> bool:
    """「最初の18門が今年引き渡された」「最初の10両が到着した」: an act told of the goods (given in the
    passive, or arriving), whose doer the sentence leaves out: the deal before it is the topic's
    purchase, not the topic giving."""
    return (act.trigger.direction == "give" and act.passive) or act.trigger.lemma in ARRIVALS


def _deal_before_delivery(
    doc: Any, off: int, hits_tok: list[tuple[TriggerHit, int]], states_end: frozenset[int]
) -> list[tuple[TriggerHit, int]]:
    """「韓国は22年にポーランドとK2戦車180両の契約を結び、同年12月に最初の10両を引き渡した」: a
    deal for goods sealed before the one act of the sentence is an act of its own, the same way
    round (a plan; the delivery after it is another record)."""
    # (an act noun that frames the sentence, 「完成品の輸出としては、」, is not the act)
    acts = [
        (h, i) for h, i in hits_tok if not (h.nominal and _FRAMED_BY.match(doc.text, doc[i].idx + len(doc[i].text)))
    ]
    if len(acts) != 1 or acts[0][0].nominal:
        return []
    if acts[0][0].trigger.direction not in ("give", "receive") and not _goods_come(acts[0][0]):
        return []
    act, act_i = acts[0]
    for tok in doc:
        if tok.i >= act_i or tok.lemma_ not in _DEAL_NOUNS or tok.dep_ != "obj":
            continue
        if tok.head.lemma_ not in _SIGN_VERBS or tok.head.i >= act_i:
            continue
        if not any(c.dep_ in ("nmod", "compound", "nummod") for c in tok.children):
            continue  # a deal with no goods of its own (「契約を結び」) is the act's own paperwork
        trig = dataclasses.replace(act.trigger, lemma=tok.lemma_, status=None)
        # (「2020年に三菱電機がフィリピン空軍と…の契約を結び、23年から納入されている」: a firm sells)
        doers = [c for v in (tok.head, doc[act_i]) for c in v.children if c.dep_ == "nsubj" and c.i < tok.i]
        if _goods_come(act) and any(off + c.idx + len(c.text) in states_end for c in doers):
            trig = dataclasses.replace(_DEAL_BOUGHT, lemma=tok.lemma_)
        deal = TriggerHit(off + tok.idx, off + tok.idx + len(tok.text), trig, nominal=True)
        return [(deal, tok.i), (deal, tok.head.i)]
    return _pledge_before_delivery(doc, off, act, act_i)


_PLEDGES = {"約束", "確約", "公約"}


def _pledge_before_delivery(doc: Any, off: int, act: TriggerHit, act_i: int) -> list[tuple[TriggerHit, int]]:
    """「カナダはウクライナに装甲車200両を約束し、これまでに100両を引き渡した」: goods pledged (the
    goods themselves the object of 約束) in a clause before the one act given are a pledge of their
    own: a planned act the same way round, beside the delivery."""
    if act.trigger.direction != "give":
        return []
    for tok in doc[:act_i]:
        if tok.lemma_ not in _PLEDGES or tok.pos_ != "VERB" or tok.head.i != act_i:
            continue
        if not any(c.dep_ == "obj" and any(g.dep_ == "nummod" for g in c.children) for c in tok.children):
            continue  # (the goods pledged are counted: 「200両を約束し」)
        trig = dataclasses.replace(act.trigger, lemma=tok.lemma_)
        return [(TriggerHit(off + tok.idx, off + tok.idx + len(tok.text), trig, status="planned"), tok.i)]
    return []


def _pair_by_make(text: str, sentence: Sentence) -> None:
    """「日本とフィリピンは、日本製の護衛艦の移転で合意した」: two states joined by と as the topic of an
    act of giving that names no one to get the goods are its two sides; the one whose make the goods
    are gives, the other gets. With no make told (「日本とフィリピンは、護衛艦の移転で合意した」) the
    text gives no direction, and the act is left with none."""
    for ti, hit in enumerate(sentence.triggers):
        if hit.trigger.direction != "give" or hit.passive or hit.negated:
            continue
        # (a topic the parse hung on no act yet goes to the one after it)
        own = [
            a
            for a in sentence.parties
            if a.entity is not None
            and (a.trigger == ti or (a.trigger is None and _nearest_following(a.start, sentence.triggers) == ti))
        ]
        pair = [a for a in own if a.case in ("topic", "subj")]
        if len(pair) != 2 or any(a.case in ("goal", "goal-gen", "source") for a in own):
            continue
        first, second = sorted(pair, key=lambda a: a.start)
        if text[first.end : second.start] != "と" or _same_entity(first, second):
            continue
        # (「海上自衛隊の護衛艦」: a force of the state, or a system it makes, is its make too)
        goods = {it.start for it in sentence.items}
        made = {
            a.entity.country
            for a in own
            if a.entity is not None and (a.case == "origin" or (a.case == "gen" and a.end + 1 in goods))
        }
        made |= {it.entity.country for it in sentence.items if it.trigger == ti and it.entity is not None}
        makers = [p for p in pair if p.entity is not None and p.entity.country in made - {None}]
        if len(makers) != 1:
            continue
        taker = second if makers[0] is first else first
        taker.case, taker.trigger, taker.direct = "goal", ti, True


def _deal_partners(text: str, sentence: Sentence, hits: list[TriggerHit], seg: str) -> None:
    """「ポーランドは韓国とK2戦車の購入契約を結んだ」: the party a deal is made with (と) is the other
    side of the act; 「…から受注した」: who places the order with the maker buys."""
    if not hits:
        return
    deal = any(n in seg for n in _DEAL_NOUNS)
    talks = any(n in seg for n in _TALKS_NOUNS)
    for a in sentence.parties:
        ti = a.trigger if a.trigger is not None and a.trigger >= 0 else _nearest_following(a.start, hits)
        if ti is None:
            continue
        trig = hits[ti].trigger
        partner = DEAL_PARTNER.match(text, a.end)
        # 「日本はオーストラリアと、護衛艦の輸出に関する協議を続けている」: so is the one talks are held
        # with, named alone (not the first of two joined as the topic, 「米国と英国は」)
        talked_with = talks and partner is not None and not any(b.start == partner.end() for b in sentence.parties)
        if (
            a.case == "conj"
            and (deal or talked_with)
            and partner
            and trig.direction in _PARTNER_CASE
            and not _other_side_named(text, sentence, a, ti, hits, _PARTNER_CASE[trig.direction])
        ):
            a.case = _PARTNER_CASE[trig.direction]
            if a.trigger is None and hits[ti].nominal:
                # (「フランスとの間で、戦闘機の購入について協議」: the partner, set apart from the noun
                # of the act by a comma, is still its other side; 「フランスと協議したうえで、…に供与した」
                # names one consulted before a deed, no side of it)
                a.trigger, a.direct = ti, True
            _japan_transfers(sentence, a, ti)
        elif a.case == "source" and trig.lemma in _ORDER_TAKEN and a.start < hits[ti].start:
            a.case = "goal"


def _other_side_named(text: str, sentence: Sentence, a: Arg, ti: int, hits: list[TriggerHit], case: str) -> bool:
    """「イランは、米国との協議が難航するなか、ロシアに弾道ミサイルを供与した」: where the act names its
    other side itself after the one talks are held with, those talks are about something else (the
    party is the setting of the deed, not its buyer or seller)."""
    return any(
        b is not a
        and b.entity is not None
        and b.case == case
        and b.start > a.end
        and not _same_entity(a, b)
        and (b.trigger == ti or (b.trigger is None and _nearest_following(b.start, hits) == ti))
        for b in sentence.parties
    )


# the role that names the other side of a directed act: who is given to, or who gives
_OTHER_SIDE = {"give": "goal", "receive": "source"}


def _sides_of_talks_by_make(text: str, sentence: Sentence) -> None:
    """「トルコと米国の間でF16戦闘機の購入をめぐる協議が続いている」: the two sides of talks on an act
    are its parties only where the goods' make tells who sells; 「…の間で戦闘機の購入をめぐる協議」
    tells neither side's part."""
    made = {it.entity.country for it in sentence.items if it.entity is not None and it.entity.country}
    for k, a in enumerate(sentence.parties):
        if a.case != "topic" or a.entity is None or SIDES_OF_TALKS.match(text, a.end) is None:
            continue
        sides = [a] + [b for b in sentence.parties[:k] if b.case == "topic" and b.trigger == a.trigger]
        if any(b.entity is not None and b.entity.country in made for b in sides):
            continue
        for b in sides:
            b.case = "other"


# a sale or purchase told as the deal or talks of its two sides: 「…の売却契約」「…の購入をめぐる協議」
# 「…の輸出で合意」 (not 「…の供与で合意」, where the two may give together)
_TRADE_TALKED = re.compile(
    r"(?:の|に関する)?(?:契約|取引|商談|覚書|協議|交渉)|(?:で|に)合意|(?:を|に)(?:めぐ|巡|関す|つい)[^、。]{0,6}?(?:協議|交渉|商談)"
)
_TRADE_KINDS = frozenset({"sale", "purchase", "export", "import"})
# 「…の共同購入」: goods bought together, by two buyers
_JOINT = re.compile(r"共同")


def _trade_pair_by_make(text: str, sentence: Sentence, gazetteer: Gazetteer) -> None:
    """「トルコと米国は戦闘機の購入をめぐる協議を続けている」: two states joined by と as the topic of a
    sale or purchase told as their deal or talks are its two sides, and only the goods' make tells
    which sells; with no side's make they are neither's (「トルコによる購入」 names the buyer). A sale
    between a state that makes arms and one that makes none (「サウジアラビアと米国は戦闘機の売却で
    合意した」) is the maker's, which partners_by_goods reads."""
    made = {it.entity.country for it in sentence.items if it.entity is not None and it.entity.country}
    makers = arms_makers(gazetteer)
    for ti, hit in enumerate(sentence.triggers):
        if not hit.nominal or hit.negated or hit.trigger.kind not in _TRADE_KINDS:
            continue
        if _TRADE_TALKED.match(text, hit.end) is None or _JOINT.match(text, hit.start - 2) is not None:
            continue
        own = [a for a in sentence.parties if a.trigger == ti and a.entity is not None]
        pair = [a for a in own if a.case in ("topic", "subj") and a.entity is not None and a.entity.type == "country"]
        if len(pair) != 2 or any(a.case in ("goal", "source", "agent") for a in own):
            continue
        first, second = sorted(pair, key=lambda a: a.start)
        if text[first.end : second.start] != "と" or any(a.entity.country in made for a in pair if a.entity):
            continue
        if hit.trigger.kind in SELLING and sum(a.entity.country in makers for a in pair if a.entity) == 1:
            continue
        for a in pair:
            a.case = "other"


def _cosigner_not_giver(sentence: Sentence) -> None:
    """「トルコのエルドアン大統領とイギリスのスターマー首相は…戦闘機をトルコに売却する契約に署名した」:
    of two sides told together as the topic, the one named again as the other side of the act (the
    buyer of a sale) is not its doer; the rest of the topic is."""
    for ti, hit in enumerate(sentence.triggers):
        role = _OTHER_SIDE.get(hit.trigger.direction)
        if role is None or hit.negated:
            continue
        own = [a for a in sentence.parties if a.trigger == ti and a.entity is not None]
        other = {a.entity.id for a in own if a.case == role and a.entity is not None}
        doers = [a for a in own if a.case in ("topic", "subj") and not a.direct]
        if not other or not any(a.entity is not None and a.entity.id not in other for a in doers):
            continue
        for a in doers:
            if a.entity is not None and a.entity.id in other:
                a.case = "other"


# 「…の引き渡しが行われた」「納入が始まった」: a delivery told as an event that took place
# 移転: the word of Japan's rules for its own arms exports (防衛装備移転三原則)
_JAPANS_EXPORT = {"移転"}


def _japan_transfers(sentence: Sentence, partner: Arg, ti: int) -> None:
    """「フィリピンは日本と防空レーダーの移転で合意した」: a 移転 agreed with Japan is Japan's export,
    whoever the sentence's topic is (the topic receives)."""
    trig = sentence.triggers[ti].trigger
    if trig.lemma not in _JAPANS_EXPORT or partner.entity is None or partner.entity.id != _JAPAN:
        return
    # (a topic the parse hung on no verb yet is the act's too: 「フィリピンは日本と、…の移転に関する覚書を」)
    others = [
        b
        for b in sentence.parties
        if b is not partner
        and b.case in ("topic", "subj")
        and (b.trigger == ti or (b.trigger is None and b.case == "topic"))
    ]
    if not others:
        return
    partner.case = "source"
    for b in others:
        b.case, b.trigger, b.direct = "goal", ti, True


_DELIVERY_HELD = re.compile(r"(?:も|が|は)(?:行われ|始まっ|始まり|開始され|完了し|実施され)")
# 「最初の機体が」「初号機が」「第1陣が」: the first lot of a deal's goods, told by no count
_FIRST_LOT = re.compile(
    r"(?:最初の|初回の?)(?:機体|分|便|バッチ|ロット)(?:が|も|は)|(?:初号機|1号機|１号機|第[1１一]陣)(?:が|も|は)"
)
# a delivery's roles from the deal's: who buys (receive) is who is given to, and the other way
_DEAL_TO_DELIVERY = {"receive": {"source": "subj", "subj": "goal", "topic": "goal"}, "give": {}}


def _delivery_after_deal(text: str, sentence: Sentence, hits: list[TriggerHit]) -> None:
    """「両国は2022年にミサイル3個中隊分を調達する契約を結び、昨年4月に最初の引き渡しが行われた」: a
    delivery noun with no party of its own, told after the deal of the same sentence, is that deal's
    delivery: it takes the deal's parties and goods (not its count, which is the whole order's)."""
    for j, dl in enumerate(hits):
        # (「…最初の機体がバクーに到着した」: the buyer's own city, where the goods arrive, is no other party)
        own = [a for a in sentence.parties if a.trigger == j]
        dealt = [b for b in sentence.parties if b.trigger == j - 1]
        if j == 0 or any(not (a.case == "goal" and any(_same_entity(a, b) for b in dealt)) for a in own):
            continue
        i = j - 1
        deal = hits[i]
        if deal.trigger.direction not in _DEAL_TO_DELIVERY or deal.negated:
            continue
        goods = [it for it in sentence.items if it.trigger == i]
        # 「…180両を購入する契約を結び、最初の10両が同年12月に到着した」: a lot of the deal's goods,
        # counted, arriving by a verb of its own (no party of its own)
        lot = (
            not dl.nominal
            and dl.trigger.direction in ("give", "move")
            and not dl.passive
            and not dl.negated
            and bool(goods)
            and {_kind(it) for it in sentence.items if it.trigger == j} == {_kind(it) for it in goods}
        )
        held = dl.nominal and dl.trigger.direction == "give" and _DELIVERY_HELD.match(text, dl.end) is not None
        # (「…の調達契約を結んでおり、今年に入って最初の機体がバクーに到着した」: the first lot, told
        # by no count, arriving)
        held = held or (
            not dl.nominal
            and dl.trigger.direction in ("give", "move")
            and not dl.negated
            and _FIRST_LOT.search(text, deal.end, dl.start) is not None
        )
        # (「…とミサイルの契約を結び、今年4月に最初の部隊分が引き渡された」: goods handed over, of no
        # kind of their own, after a deal to buy them are the deal's)
        held = held or (
            dl.passive and dl.trigger.direction == "give" and not dl.negated and deal.trigger.lemma in _DEAL_NOUNS
        )
        if not lot and not (held and not any(it.trigger == j for it in sentence.items)):
            continue
        cases = _DEAL_TO_DELIVERY[deal.trigger.direction]
        for a in [a for a in sentence.parties if a.trigger == i and a.case in ("subj", "topic", "source", "goal")]:
            sentence.parties.append(dataclasses.replace(a, trigger=j, case=cases.get(a.case, a.case)))
        if not lot:
            sentence.items += [dataclasses.replace(it, trigger=j, quantity=None) for it in goods]


def _kind(it: ItemHit) -> str:
    """The goods an item is, by its system or else its category."""
    return it.entity.id if it.entity is not None else it.category


# 「フィリピンを訪問中の防衛相は」「ウクライナを訪れた首相は」: the state where the scene is set
_VISITED = re.compile(r"(?:を)?(?:訪問中|訪問して|訪問した|訪れている|訪れた|訪れ|訪問し)")


def _visited_recipient(text: str, sentence: Sentence, hits: list[TriggerHit]) -> None:
    """「フィリピンを訪問中の防衛相は、日本が輸出したレーダーを視察した」: goods a state gave, seen
    where a visitor went, went to the state visited; it is the recipient the act does not name."""
    visited = [a for a in sentence.parties if a.case == "obj" and _VISITED.match(text, a.end + 1)]
    if not visited or text[visited[0].end] != "を":
        return
    for ti, hit in enumerate(hits):
        own = [a for a in sentence.parties if a.trigger == ti and a.direct]
        has_giver = any(a.case in ("subj", "source") for a in own)
        if hit.trigger.direction != "give" or hit.passive or not has_giver or any(a.case == "goal" for a in own):
            continue
        if any(_same_entity(a, v) for a in own for v in visited):
            continue
        sentence.parties.append(dataclasses.replace(visited[0], case="goal", trigger=ti, direct=True))


# 「…によると」「…によれば」: the source a sentence opens with
_ACCORDING = re.compile(r"(?:政府|当局|国防省|外務省|軍|側)?(?:によると|によれば|によりますと)")
_ARRIVE = {"届く", "到着"}


def _ordered_goods_arrive(sentence: Sentence, doc: Any, trig_tokens: dict[int, int]) -> None:
    """「マリ軍は、トルコから発注した無人攻撃機の第2陣がバマコに到着したと発表した」: goods ordered
    (or asked for) from a party, told in a relative clause, that then arrive come from that party:
    the clause's seller (から) is where the arrival's goods come from too. (Goods bought, 「米国から
    購入した戦車が到着」, are a receipt whose seller the arrival already shares.)"""
    hits = sentence.triggers
    for tok_i, ti in trig_tokens.items():
        tok = doc[tok_i]
        if hits[ti].trigger.direction != "request" or tok.dep_ != "acl" or tok.head.i <= tok.i:
            continue
        verb = tok.head  # the goods, or the batch of them (「…の第2陣が」), up to the verb
        for _ in range(3):
            if verb.i in trig_tokens or verb.head.i == verb.i:
                break
            verb = verb.head
        tj = trig_tokens.get(verb.i)
        if tj is None or tj == ti or hits[tj].trigger.lemma not in ARRIVALS:
            continue
        if any(a.trigger == tj and a.case == "source" for a in sentence.parties):
            continue
        sellers = [a for a in sentence.parties if a.trigger == ti and a.case == "source"]
        sentence.parties += [dataclasses.replace(a, trigger=tj, direct=False) for a in sellers]
        sentence.parties.sort(key=lambda b: b.start)


def _arrived_at_speaker(text: str, sentence: Sentence, hits: list[TriggerHit]) -> None:
    """「ウクライナ政府によると、ドイツからは防空システムが届いた」: goods said to arrive from a
    source, where no destination is told, arrived where the state telling it is (the state that
    opens the sentence as its source speaks as its topic, as in 「ウクライナは…が届いたと発表」)."""
    if any(h.trigger.lemma not in _ARRIVE for h in hits):
        return  # (another act beside the arrival would take the speaker for its own subject)
    for ti, hit in enumerate(hits):
        own = [a for a in sentence.parties if a.trigger == ti]
        # 「台湾国防部は、米国製の戦車が到着したと発表した」: with no source told, the maker's state the
        # goods come from is where they arrive from
        if not any(a.case in ("source", "goal", "goal-gen") for a in own):
            for a in own:
                if a.case == "origin" and a.entity is not None and a.entity.type == "country":
                    a.case = "source"
        sources = [a for a in own if a.case == "source"]
        if hit.trigger.lemma not in _ARRIVE or not sources or any(a.case in ("goal", "goal-gen") for a in own):
            continue
        tellers = [
            a
            for a in sentence.parties
            if a.case == "agent"
            and a.end <= hit.start
            and a.entity is not None
            and a.entity.type == "country"
            and _ACCORDING.match(text, a.end)
            and not any(_same_entity(a, b) for b in sources)
        ]
        if tellers:
            tellers[-1].case, tellers[-1].trigger = "topic", ti


def _later_clause_topic(text: str, a: Arg, hits: list[TriggerHit]) -> bool:
    """「…も供与される予定で、政府は…強化を急ぐ」: a topic or subject after the last act's verb and a
    comma opens a clause of its own; it is no argument of the act before it. (So does one after a
    headline's break, even past an act noun: 「…を追加調達へ　アゼルバイジャンは反発」.)"""
    if a.case not in ("topic", "subj") or any(h.start >= a.start for h in hits):
        return False
    last = hits[-1]
    between = text[last.end : a.start]
    return (not last.nominal and "、" in between) or "\u3000" in between


# 「ロシアの武器を購入する国に対する制裁」「ロシアに部品を供給する企業を制裁対象に」: an act told in a
# clause on a word for states or firms at large, which that word then governs as the target of
# another predicate (a sanction, a warning)
_CLASS_DOER = re.compile(
    r"[^、。「」]{0,8}?[るたい](?:第三国|国々|諸国|各国|国家|国|企業|会社|業者|団体|組織|個人|者)"
    r"(?:など|等)?(?:に対する|に対して|に対し|を|への|に|へ)"
)


def _class_doer(text: str, hit: TriggerHit) -> bool:
    """「米国務省はロシアの武器を購入する国に対する制裁の可能性を警告」「米財務省はロシアに半導体を
    供給する企業を制裁対象に指定した」: the doer of an act told in a clause on states or firms at large
    is that class, no one named; who warns of or sanctions them (the main clause's topic, the
    speaker) is none of them."""
    if hit.nominal and not text.startswith("し", hit.end):
        return False
    return _CLASS_DOER.match(text, hit.end) is not None


# 「…を調達し、第1陣は」: a clause break after the act's verb, then a new topic or subject
_NEW_CLAUSE = re.compile(r"、[^、。]{0,15}?(?:は|が)")


def _later_clause_places_out(text: str, sentence: Sentence) -> None:
    """「ドイツは米国から同システムを調達し、第1陣はウクライナに向けて輸送が始まる」: a destination
    or source the parse gives the last act only by order, past that act's verb and a clause with a
    subject of its own, is that clause's (no act of transfer), not the act's."""
    hits = sentence.triggers
    if not hits or hits[-1].nominal:
        return
    last = len(hits) - 1
    for a in sentence.parties:
        if a.direct or a.trigger != last or a.case not in ("goal", "source") or a.start < hits[last].end:
            continue
        if _NEW_CLAUSE.search(text, hits[last].end, a.start):
            a.trigger = None


def _asker_of_passive_request(sentence: Sentence) -> None:
    """「日本はウクライナから防空システムの提供を要請されている」「フィリピン側から…の打診があった」:
    the から of a request told in the passive (or as what came) names who asks, as its agent does."""
    hits = sentence.triggers
    for a in sentence.parties:
        if a.case != "source" or a.trigger is None or not 0 <= a.trigger < len(hits):
            continue
        h = hits[a.trigger]
        if h.passive and h.trigger.direction == "request":
            a.case = "agent"


# 「キルギスに設けたペーパーカンパニーを通じて、」: a way told in the て-form, set off by one comma
_WAY_THEN_COMMA = re.compile(r"[^、。]{0,30}?(?:を通じて|を経由して|を介して|を通して|を経て)、")


def _way_of_next_act(text: str, a: Arg, hits: list[TriggerHit]) -> bool:
    """Whether go-between `a` (「トルコを経由した」「UAEを中継地とする」) is told in the clause of the
    next act, with no comma between but the one after a way told in the て-form (「…を通じて、」): the
    way its goods took."""
    nxt = _nearest_following(a.start, hits)
    if a.case != "via" or nxt is None or not 0 <= nxt < len(hits):
        return False
    way = _WAY_THEN_COMMA.match(text, a.end, hits[nxt].start)
    return "、" not in text[way.end() if way else a.end : hits[nxt].start]


def _broker_goes_between(sentence: Sentence) -> None:
    """「シンガポールの企業が、欧州製の工作機械をミャンマー軍向けに仲介していた」「ブルガリアの業者が
    砲弾をウクライナに仲介した」: who brokers goods (its subject, or the state of the firm that
    does) goes between; the goods come from their state of make, or from no one the text names.
    (Who brokers a deal told by a clause of transfer goes between in that clause's act.)"""
    hits = sentence.triggers
    for a in sentence.parties:
        if a.trigger is None or not 0 <= a.trigger < len(hits) or hits[a.trigger].trigger.kind != "brokerage":
            continue
        dealt = _deal_clause_before(sentence, a.trigger)
        if dealt is not None and a.case == "subj" and a.end <= hits[dealt].start:
            # (「ロシアが北朝鮮から武器を調達する取引を仲介した」: the parse hangs the clause's が on the
            # brokering; the broker is someone else, told or not)
            if not any(b.trigger == dealt and b.case in ("subj", "topic") for b in sentence.parties):
                a.trigger = dealt
            continue
        if a.case == "topic" and _punishes_another(sentence, hits[a.trigger]):
            continue  # (「米財務省は、…を仲介したとして、UAE国籍の男を制裁対象に指定した」: who punishes)
        if a.case in ("subj", "topic") and _brokered_by_another(sentence, a):
            continue
        if _brokering_clause_serves(sentence, a):
            continue
        if a.case in ("subj", "topic", "via") or (a.case == "gen" and a.end <= hits[a.trigger].start):
            a.case = "via"
            a.trigger = a.trigger if dealt is None else dealt


# 「チェコが仲介し、」「トルコが仲介して、」: a brokering told in a clause of its own before the act it serves
_BROKERING_CLAUSE = re.compile(r"(?:し|して)、")


def _brokering_clause_serves(sentence: Sentence, a: Arg) -> bool:
    """「ウクライナ向けの砲弾は、チェコが仲介し、南アフリカから調達された」: a brokering told in a clause of
    its own (…が仲介し、) serves the act after it; its broker goes between in that act, and the goods and
    goal told before the clause are that act's too."""
    hits, text, s0 = sentence.triggers, sentence.text, sentence.start
    ti = a.trigger
    if ti is None or hits[ti].nominal or hits[ti].passive or not _BROKERING_CLAUSE.match(text, hits[ti].end - s0):
        return False
    served = ti + 1 if ti + 1 < len(hits) and hits[ti + 1].trigger.kind != "brokerage" else None
    if served is None or hits[served].nominal:
        return False
    if a.case in ("subj", "topic", "via", "gen") and a.end <= hits[ti].start:
        broker_start = a.start
        a.case, a.trigger = "via", served
        for b in sentence.parties:  # (what the sentence tells before the broker belongs to the act served)
            if b is not a and b.trigger == ti and b.end <= broker_start:
                b.trigger = served
        for it in sentence.items:
            if it.trigger == ti and it.end <= broker_start:
                it.trigger = served
        return True
    return False


def _brokered_by_another(sentence: Sentence, a: Arg) -> bool:
    """「ウクライナは、チェコの仲介で、南アフリカから砲弾を調達した」: the topic before a brokering told
    by its noun with its broker's の (「チェコの仲介で」) is no broker but the subject of the act the
    brokering serves; it is handed to that act."""
    hits, text, s0 = sentence.triggers, sentence.text, sentence.start
    ti = a.trigger
    if ti is None or not hits[ti].nominal or a.end > hits[ti].start:
        return False
    brokers = [
        b
        for b in sentence.parties
        if b is not a and b.entity is not None and a.end <= b.start and text[b.end - s0 : hits[ti].start - s0] == "の"
    ]
    served = next((tj for tj in range(ti + 1, len(hits)) if hits[tj].trigger.kind != "brokerage"), None)
    if not brokers or served is None:
        return False
    a.trigger = served
    for b in brokers:  # (the broker goes between in the act it serves)
        b.case, b.trigger = "via", served
    return True


def _punishes_another(sentence: Sentence, hit: TriggerHit) -> bool:
    """Whether act `hit` is told as the charge (として) on which the sentence punishes a person or
    firm it names after it, not its topic."""
    text, s0 = sentence.text, sentence.start
    m = _CHARGED_AS.match(text, hit.end - s0)
    if m is None or _PUNISHED.search(text, m.end()) is None:
        return False
    named = any(a.start - s0 >= m.end() and _PUNISHED_OBJ.match(text, a.end - s0) for a in sentence.parties)
    return named or _PERSON_PUNISHED.match(text, m.end()) is not None


# 「…を調達する取引を仲介した」「…を購入する契約を仲介し」: the deal brokered, told by a clause of its act
# (「…を購入する取引を、スロバキアの業者が仲介した」: the broker told between)
_DEAL_BROKERED = re.compile(r"[ぁ-ん]{0,4}(?:取引|契約|商談)を(?:、[^、。]{1,16}?(?:が|は|も))?")


def _deal_clause_before(sentence: Sentence, tj: int) -> int | None:
    """The act of the clause of transfer that tells the deal brokering `tj` brokers (「…を調達する
    取引を仲介した」), or None."""
    hits, s0 = sentence.triggers, sentence.start
    for ti in range(tj):
        if hits[ti].trigger.kind != "brokerage" and _DEAL_BROKERED.fullmatch(
            sentence.text, hits[ti].end - s0, hits[tj].start - s0
        ):
            return ti
    return None


def _other_headline_segment_out(text: str, sentence: Sentence) -> None:
    """「ドイツ、ウクライナにパトリオット供与へ　米国から補充」: a headline's segments, set apart by a
    blank, are clauses of their own; a source or destination in a segment with no act (here of the
    restocking) is no party to the act of another segment, nor is a state whose goods such a segment
    speaks of (「中国、ロシアに部品供給か　米高官、イランのミサイルにも言及」)."""
    seg = text[sentence.start : sentence.end]
    if "\u3000" not in seg.strip() or seg.rstrip().endswith("。"):
        return
    hits = sentence.triggers
    for a in sentence.parties:
        if a.trigger is None or a.trigger >= len(hits):
            continue
        if a.case not in ("goal", "source", "via", "gen", "origin") and not _giver_named_before(sentence, a):
            continue
        h = hits[a.trigger]
        lo, hi = (h.end, a.start) if h.end <= a.start else (a.end, h.start)
        if h.end > a.start or "\u3000" not in text[lo:hi]:
            continue
        # (the segment holding the party: from the blank before it to the blank after it)
        left = text.rfind("\u3000", sentence.start, a.start) + 1
        right = text.find("\u3000", a.end, sentence.end)
        right = sentence.end if right < 0 else right
        if not any(left <= o.start < right for o in hits):
            if a.case in ("subj", "topic", "agent"):
                _topic_regains_act(sentence, a.trigger)
            a.trigger = None


def _giver_named_before(sentence: Sentence, a: Arg) -> bool:
    """「北朝鮮、イランに部品提供か　専門家パネルが報告書」: a subject of a later segment, where the act's
    own segment has named its subject or topic before the act, is who tells of it (not so in
    「ウクライナに戦車供与へ　ドイツが決定」, where the later segment's subject is the only giver)."""
    if a.case not in ("subj", "topic", "agent") or a.trigger is None:
        return False
    act = sentence.triggers[a.trigger]
    return any(b.case in ("subj", "topic") and b.end <= act.start for b in sentence.parties if b is not a)


def _topic_regains_act(sentence: Sentence, act: int) -> None:
    """The headline's topic before the act, set aside for a later segment's subject that proves to
    be no party (「北朝鮮、イランに部品提供か　専門家パネルが報告書」), is the act's giver again."""
    start = sentence.triggers[act].start
    for b in sentence.parties:
        if b.case == "topic" and b.end <= start and b.trigger is None and b.foreign:
            b.trigger, b.foreign, b.speech_topic = act, False, False


def _other_headline_goods_out(text: str, sentence: Sentence) -> None:
    """「中国、ロシアに部品供給か　米高官、イランのミサイルにも言及」: another state's goods, in a
    headline's later segment (after a blank) that tells no act, are spoken of there, not the goods of
    the act in an earlier segment."""
    seg = text[sentence.start : sentence.end]
    if "\u3000" not in seg.strip() or seg.rstrip().endswith("。"):
        return
    hits = sentence.triggers
    kept = []
    dropped: list[tuple[int, int]] = []
    for it in sentence.items:
        left = text.rfind("\u3000", sentence.start, it.start) + 1
        right = text.find("\u3000", it.end, sentence.end)
        right = sentence.end if right < 0 else right
        told_here = any(left <= h.start < right for h in hits)
        before = it.trigger is not None and 0 <= it.trigger < len(hits) and hits[it.trigger].end <= left
        givers = {a.entity.id for a in sentence.parties if a.entity is not None and a.trigger == it.trigger}
        if before and not told_here and it.origin is not None and it.origin.id not in givers:
            dropped.append((left, right))
            continue
        kept.append(it)
    sentence.items = kept
    # (and the goods' state, whose make the segment tells, is no origin of the act's goods either)
    sentence.parties = [
        a
        for a in sentence.parties
        if not (a.case in ("gen", "origin") and any(lo <= a.start < hi for lo, hi in dropped))
    ]


# 「「即応支援部隊（RSF）」をめぐっては、」: the party a sentence opens by speaking of (its gloss and
# bracket skipped)
# (「エジプトについても、」: one more party spoken of the same way)
# (「インドの国営企業については、」: the state's firms or government spoken of stand for the state)
_OPENS_ON_OWN = r"(?:側|の(?:国営企業|企業|軍需企業|防衛企業|メーカー|政府|当局))?"
_OPENS_ON = re.compile(
    r"(?:[（(][^（）()]{1,12}[）)])?" + _OPENS_ON_OWN + r"[」』]?(?:をめぐって|を巡って|について|に関して)[はも]、"
)
# 「イランについてはすでに2023年末、…」: the same opener with no comma of its own, where the party is
# the first the sentence names (a time word and its comma follow)
_OPENS_ON_BARE = re.compile(
    r"(?:[（(][^（）()]{1,12}[）)])?"
    + _OPENS_ON_OWN
    + r"[」』]?(?:をめぐって|を巡って|について|に関して)[はも](?=[^、。]{1,15}、)"
)


# 「インドネシアについては、海上保安機構（バカムラ）に高速艇を供与する」: an agency or force of no name
# of its own as the act's receiver, the state spoken of being the one it belongs to
_BODY_GOAL = re.compile(
    r"、[^、。]{0,16}?(?:機構|当局|警察|警備隊|沿岸警備隊|海軍|空軍|陸軍|国軍|軍|省|庁)(?:[（(][^（）()]{1,12}[）)])?(?:向け)?に"
)


def _agency_receives(text: str, own: list[Arg], comma: int, at: int) -> bool:
    """「タイについては、海上警察庁に高速艇を供与する」: the act's receiver is an agency or force of the
    state spoken of, named by no state of its own (unnamed, or a body the gazetteer does not know);
    such a body, set aside, leaves its place to that state."""
    if not _BODY_GOAL.match(text, comma, at):
        return False
    bodies = [
        b for b in own if b.case == "goal" and b.entity is not None and b.entity.provisional and not b.entity.country
    ]
    if len(bodies) != len(own):
        return False
    for b in bodies:
        b.case, b.trigger, b.direct = "other", None, False
    return True


# 「…の引き渡しが、生産の遅れで大幅にずれ込んでいる」: a delivery told as running late, with no doer
_DELIVERY_HELD_UP = re.compile(r"(?:が|は)[^。]{0,30}?(?:遅れ|ずれ込|滞っ|滞る|延期|先送り|遅延|停滞)")


def _opener_comma(text: str, opens: re.Match[str]) -> int:
    """Where the comma closing an opener stands: its own (「インドについては、」), or the one after the
    time word that follows it (「イランについては2023年末、」)."""
    return opens.end() - 1 if opens.group().endswith("、") else text.find("、", opens.end())


def _act_spoken_of(sentence: Sentence, a: Arg) -> int | None:
    """The act a sentence opening on party `a` goes on to tell: its first verb after the opener, or,
    where it has none, its first act told by its noun (「…に関しても、ロシアへの無人機の供与が確認
    された」)."""
    after = [i for i, h in enumerate(sentence.triggers) if h.start > a.end]
    return next((i for i in after if not sentence.triggers[i].nominal), after[0] if after else None)


def _party_spoken_of(text: str, sentence: Sentence) -> None:
    """「RSFをめぐっては、UAEがチャドを経由して武器を送っている疑いがある」: the party the sentence
    opens on takes the place the act leaves empty, here the receiver's (and the giver's in 「北朝鮮に
    ついては、ロシアに砲弾を送っているとみられる」, or in an act told by its noun, 「イランに関しても、
    ロシアへの無人機の供与が確認された」). A delivery running late with no party of its own waits on
    the state spoken of: 「台湾をめぐっては、F16Vの引き渡しが遅れている」 makes Taiwan the receiver,
    the giver left to the story."""
    hits = sentence.triggers
    first = min((b.start for b in sentence.parties), default=-1)
    for a in sentence.parties:
        opens = _OPENS_ON.match(text, a.end) if a.entity is not None and a.case == "other" else None
        if opens is None and a.start == first and a.entity is not None and a.case == "other":
            opens = _OPENS_ON_BARE.match(text, a.end)
        if opens is None:
            continue
        ti = _act_spoken_of(sentence, a)
        if ti is None or hits[ti].passive or hits[ti].negated:
            continue
        own = [b for b in sentence.parties if b is not a and b.trigger == ti and b.start > a.end]
        if _teller_of_spoken_act(text, sentence, a, ti, own):
            continue
        has_goal = any(b.case == "goal" for b in own)
        has_subj = any(b.case in ("subj", "topic", "agent", "source") for b in own)
        if hits[ti].trigger.direction == "receive":
            # (「インドネシアについては、ブラモスの購入を決めた」: the state spoken of buys, where the
            # act names no buyer of its own)
            if not has_subj:
                a.case, a.trigger, a.direct = "subj", ti, True
            continue
        if hits[ti].trigger.direction != "give":
            continue
        # (「ウズベキスタンについても、同国の企業が…」: one more state spoken of is the actor, not
        # the receiver of another's act)
        held_up = not own and _DELIVERY_HELD_UP.match(text, hits[ti].end) is not None
        if held_up:
            hits[ti].status = "planned"  # a delivery still running late has not been made
        body_goal = not has_subj and _agency_receives(text, own, _opener_comma(text, opens), hits[ti].start)
        if (has_subj and not has_goal and not opens.group().rstrip("、").endswith("も")) or held_up or body_goal:
            a.case, a.trigger, a.direct = "goal", ti, True
        elif (has_goal and not has_subj) or (
            # (「インドについては、国営企業がレーダーを納入した」: a firm of no name acts for the state;
            # 「英国については、長距離ミサイルの供与を決めた」: with no party in the act, the state spoken
            # of acts, not the giver of the sentence before)
            not has_subj and (not own or _FIRMS_DO.match(text, _opener_comma(text, opens), hits[ti].start) is not None)
        ):
            a.case, a.trigger, a.direct = "subj", ti, True


# 「…と分析している」「…とみている」: the verb of telling that closes the act's clause
_TOLD_AFTER_ACT = re.compile(
    r"[^、。「」]{0,12}?と(?:の見方を示し|分析|指摘|発表|明らかに|述べ|説明|主張|みて|見て|みられ|推定|推計|評価|報告|結論づけ)"
)
# what follows a teller up to 「が、」: nothing, or the body of no name of its own after の
_TELLER_TAIL = re.compile(r"(?:の[^、。がはをにの「」]{1,10})?(?=が、)")
# what a teller of the state spoken of is: a body or official, not a state that may act itself
# (「国家情報院」「国防省」「米政府」「情報当局」「国防相」「報道官」)
_TELLER_WORD = re.compile(
    r"(?:省|院|庁|局|部|政府|当局|機関|委員会|パネル|相|長|官|大臣|大統領|首相|議員|大使|報道官|研究所)$"
)


def _teller_of_spoken_act(text: str, sentence: Sentence, a: Arg, ti: int, own: list[Arg]) -> bool:
    """「北朝鮮をめぐっては、韓国の国家情報院が、ロシアに砲弾を送ったと分析している」: a body or official
    set off by 「が、」 after the opener, whose clause closes on a verb of telling, tells the act of the
    state spoken of; the parse hangs it on the act as its subject. The teller (and the state it is of)
    speaks, and the state spoken of gives. Says whether it set them so."""
    hit = sentence.triggers[ti]
    if hit.trigger.direction != "give" or hit.nominal or a.entity is None or a.entity.type != "country":
        return False
    if _TOLD_AFTER_ACT.match(text, hit.end) is None:
        return False
    # (「英国の情報機関が、」: the body may be no name of its own, told after its state)
    tellers = [
        (b, m.end())
        for b in own
        if b.case in ("subj", "gen") and b.end <= hit.start and (m := _TELLER_TAIL.match(text, b.end)) is not None
    ]
    # (the act names its receiver, so the state spoken of can only give)
    # (「韓国の国家情報院が、」: the state and its body, both before the one 「が、」, are one teller)
    if len({end for _b, end in tellers}) != 1 or not any(b.case == "goal" for b in own):
        return False
    teller, teller_end = min(tellers, key=lambda bt: bt[0].start)
    if teller.entity is None:
        return False
    if not _TELLER_WORD.search(text, teller.start, teller_end):
        return False
    if a.entity.id in (teller.entity.id, teller.entity.stands_for):
        return False
    for b in own:
        if b.case in ("subj", "gen") and a.end <= b.start and b.end <= teller_end:
            b.case, b.trigger, b.direct, b.foreign, b.speech_topic = "topic", None, True, True, True
    a.case, a.trigger, a.direct = "subj", ti, True
    return True


# 「中国にとっては」「インドにとっても」: the one a matter is weighed for
_WEIGHED_FOR = re.compile(r"[ \u3000]?にとって(?:は|も)?")


def _seller_weighed_for(text: str, sentence: Sentence) -> None:
    """「中国にとっては同機の初の輸出だった」: the state an export or sale is weighed for sells, where
    the act names no seller of its own; 「にとって」 is no destination there (as it is of goods
    supplied from another: 「ロシアにとって北朝鮮からの砲弾供給は生命線だ」)."""
    hits = sentence.triggers
    for a in sentence.parties:
        if a.case != "goal" or a.trigger is None or a.entity is None or not _WEIGHED_FOR.match(text, a.end):
            continue
        if hits[a.trigger].trigger.kind not in ("export", "sale") or hits[a.trigger].passive:
            continue
        own = [b for b in sentence.parties if b is not a and b.trigger == a.trigger]
        if not any(b.case in ("subj", "topic", "agent", "source") for b in own):
            a.case = "subj"


# 「フィリピン空軍向けの」: the party (or its force) goods are bound for, right before the goods
_BOUND_FOR = re.compile(r"(?:空軍|海軍|陸軍|国軍|軍|政府)?(?:向け|あて|宛て)の")


def _bound_goods_goal(text: str, sentence: Sentence) -> None:
    """「フィリピン空軍向けの沿岸監視レーダーは、12月に引き渡し式が行われた」: the party goods are
    bound for, told on the goods themselves, is the goal of the goods' act, however far from the act's
    word the parse left it."""
    for a in sentence.parties:
        if a.case not in ("goal", "goal-gen") or a.direct or a.trigger is None:
            continue
        if any(it.trigger == a.trigger and _BOUND_FOR.fullmatch(text, a.end, it.start) for it in sentence.items):
            a.direct = True


# 「全機の移送を終えた」「残りの引き渡しを完了した」: the act done with all (or the rest) of the goods
_ALL_OF_THEM = re.compile(r"(?:全機|全両|全基|全隻|全量|全て|すべて|残り)の$")
_DONE_WITH = re.compile(r"を(?:終え|終わら|完了し|完了させ|済ませ)")


def _all_of_the_goods(text: str, sentence: Sentence) -> None:
    """「スロバキアはミグ29戦闘機13機をウクライナに引き渡すと発表し、その後、全機の移送を終えた」:
    the act done with all the goods of an act told before it in the sentence is that act carried
    out, between the same parties (a record of its own beside the announcement)."""
    hits = sentence.triggers
    for tj, h in enumerate(hits):
        if tj == 0 or not h.nominal or h.trigger.direction not in ("give", "move"):
            continue
        if not (_ALL_OF_THEM.search(text, max(sentence.start, h.start - 4), h.start) and _DONE_WITH.match(text, h.end)):
            continue
        if any(a.trigger == tj for a in sentence.parties) or any(it.trigger == tj for it in sentence.items):
            continue
        ti = tj - 1
        goods = [it for it in sentence.items if it.trigger == ti]
        parties = [a for a in sentence.parties if a.trigger == ti and a.case in ("subj", "topic", "goal", "source")]
        if not goods or not parties:
            continue
        h.status = "reported"
        sentence.items += [dataclasses.replace(it, trigger=tj, direct=True) for it in goods]
        sentence.parties += [dataclasses.replace(a, trigger=tj, direct=True) for a in parties]


# hedges of belief about what is said (「…に上るとの見方」「…を襲ったとみられる」), no charge
_BELIEF = ("とみられ", "と見られ", "見方", "可能性", "推定", "推計", "推測", "恐れ", "おそれ", "もよう", "模様", "観測")
# 「購入した」「供与された」「渡った」: a relative clause told in the past, up to the noun it modifies
_PAST_CLAUSE = re.compile(r"[^、。「」と]{0,5}た[^、。]{0,20}")


def _presupposed_acts(sentence: Sentence, doc: Any, off: int, trig_tokens: dict[int, int], seized: bool) -> None:
    """「中国から購入した戦闘機を投入したと主張している」「ロシアに渡ったイラン製無人機が…を襲ったと
    みられる」: an act told in a past relative clause on the goods is taken as known; a hedge after
    the noun it modifies qualifies what is said of the goods, not the act (one inside the clause,
    「供与したとみられるミサイル」, still does)."""
    if "alleged" not in sentence.statuses or sentence.denial or seized:
        return
    hedges = [
        (start, sentence.text[start - sentence.start : end - sentence.start])
        for start, end, status in sentence.cue_spans
        if status == "alleged"
    ]
    for tok_i, ti in trig_tokens.items():
        hit, tok = sentence.triggers[ti], doc[tok_i]
        if hit.nominal or hit.negated or tok.dep_ != "acl" or tok.head.i <= tok.i:
            continue
        if hit.trigger.direction == "request" or hit.start != off + tok.idx:
            continue
        head_start = off + tok.head.idx
        if not any(it.start <= head_start < it.end for it in sentence.items):
            continue  # (「…輸出されていたことが分かった」: a clause on a fact, not on goods)
        if not _PAST_CLAUSE.fullmatch(sentence.text, hit.end - sentence.start, head_start - sentence.start):
            continue
        # (an accusation, 「…を使っていると主張/分析」, charges the whole story, the act with it)
        # (hearsay, 「…の一部が故障で飛べないと伝えられる」, is said of the goods just as a belief is)
        if all(h >= head_start and any(b in cue for b in (*_BELIEF, *_HEARSAY)) for h, cue in hedges):
            hit.status = "reported"


def _same_entity(a: Arg, b: Arg) -> bool:
    return a.entity is not None and b.entity is not None and a.entity.id == b.entity.id


# a date told inside a relative clause that qualifies a noun (「昨年5月から保留していた爆弾」)
RELATIVE_CLAUSE = -2


def _dates_the_act(tok_i: int, doc: Any, trig_tokens: dict[int, int]) -> bool:
    """「8月、…を採用すると決めており」: the verb a date hangs on (決める, which the parse may take for a
    clause on a noun) holds the act as what it decides; its date is the act's."""
    tok = doc[tok_i]
    for _ in range(8):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_ not in ("する", "ある", "いる", "なる", "よる", "入る"):
            break
    else:
        return False
    return any(tok.i in {a.i for a in doc[k].ancestors} for k in trig_tokens if k >= 0)


def _date_anchor(tok_i: int, doc: Any, trig_tokens: dict[int, int]) -> int | None:
    """The predicate a date modifies: the first trigger or other verb up its head chain
    (RELATIVE_CLAUSE where that verb only qualifies a noun)."""
    tok = doc[tok_i]
    for _ in range(8):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.i in trig_tokens:
            return trig_tokens[tok.i]
        # (「今年に入ってから送った」: 入る after a period only marks the time since; 「2019年から
        # 2023年にかけてパキスタンが輸入した兵器」: かける, わたる, which the parse may hang on the
        # goods, only span the period)
        # (「昨年8月から「シャヘド136」を含む無人機を引き渡した」: a clause of including is no act of
        # its own; the date the parse hangs on it is the act's)
        if tok.pos_ == "VERB" and tok.lemma_ in _INCLUDE_VERBS:
            continue
        # (「2023年8月以降、砲弾を積んだコンテナ2万個をロシアに送った」: nor is loading the containers
        # an act sends; the date the parse hangs on it is the sending's, not a time of the goods)
        if tok.pos_ == "VERB" and _load_sent(tok, trig_tokens):
            continue
        if tok.pos_ == "VERB" and tok.lemma_ not in ("する", "ある", "いる", "なる", "よる", "入る"):
            if tok.lemma_ in ("かける", "わたる") and tok.dep_ == "acl":
                continue
            return RELATIVE_CLAUSE if tok.dep_ == "acl" else OTHER_PREDICATE
    return None


# 「…から過塩素酸ナトリウムを積んで先月下旬に出港し、」: a ship that sailed with the goods
_SAILED_WITH = re.compile(r"を積[んみ]で?[^。「」]{0,24}?(?:出港|出航)し(?:て|、)")
_ARRIVING = {"到着", "入港", "着く"}


def _under_way(sentence: Sentence, hits: list[TriggerHit]) -> None:
    """「…を積んで先月下旬に出港し、来週にもバンダルアッバース港に到着する見込み」: goods that have sailed
    are under way, whenever they are expected to arrive: the shipment is told as done, dated by
    its sailing, and the arrival expected is no plan."""
    for h in hits:
        if h.trigger.lemma not in _ARRIVING or h.negated:
            continue
        sailed = _SAILED_WITH.search(sentence.text, 0, h.start - sentence.start)
        if sailed is None:
            continue
        at = sentence.start + sailed.end()
        h.dates = [d for d in sentence.dates if d.start < at and d.iso and not d.statement] or h.dates
        later = [g.start for g in hits if g.start > h.start]
        until = min(later, default=sentence.end)
        sentence.cue_spans = [c for c in sentence.cue_spans if not (c[2] == "planned" and h.start <= c[0] < until)]


def _dated_ahead(sentence: Sentence, hits: list[TriggerHit], published: str | None) -> None:
    """「2026年には…が引き渡される」「引き渡し、来年にずれ込み」: an act dated after the day the
    story was published has yet to happen; it is planned."""
    if not published:
        return
    for h in hits:
        dates = h.dates if h.dates is not None else sentence.dates
        isos = [d.iso for d in dates if d.iso and not d.statement]
        if isos and all(iso > published[: len(iso)] for iso in isos):
            sentence.cue_spans.append((h.start, h.end, "planned"))
            continue
        # (「…54門の契約のうち、最初の18門を来年初めに引き渡す日程を確定した」: the date told in the
        # act's own clause, right before its verb, is the act's, whatever other dates the sentence holds)
        own = _date_of_own_clause(sentence, h, dates)
        if own is not None and own > published[: len(own)] and not h.negated:
            sentence.cue_spans.append((h.start, h.end, "planned"))


def _dated_before(sentence: Sentence, hit: TriggerHit, published: str | None, seg: str) -> bool:
    """「▽2023年暮れ　KN23がロシア軍の手に渡る。」: a chronicle tells past acts in the plain non-past;
    an act whose dates all fall before the day the story was published, with no word putting it
    ahead (来年, 予定), is told as done, not planned."""
    if not published or _AHEAD.search(seg):
        return False
    dates = hit.dates if hit.dates is not None else sentence.dates
    isos = [d.iso for d in dates if d.iso and not d.statement]
    return bool(isos) and all(iso < published[: len(iso)] for iso in isos)


def _own_date_past(hit: TriggerHit, published: str | None) -> bool:
    """Whether the dates the parse hangs on the act itself (not the sentence's) all fall before the
    day the story was published."""
    if not published or not hit.dates:
        return False
    isos = [d.iso for d in hit.dates if d.iso and not d.statement]
    return bool(isos) and all(iso < published[: len(iso)] for iso in isos)


def _date_of_own_clause(sentence: Sentence, hit: TriggerHit, dates: list[DateMention]) -> str | None:
    """The date that opens the act's own clause, close before its verb with no comma between:
    「来年初めに18門を引き渡す」 -> the iso of 来年初め."""
    text, s0 = sentence.text, sentence.start
    near = [
        d
        for d in dates
        if d.iso
        and not d.statement
        and d.end <= hit.start
        and hit.start - d.end <= 12
        and not re.search(r"[、。,]", text[d.end - s0 : hit.start - s0])
    ]
    return max(near, key=lambda d: d.end).iso if near else None


def _trigger_dates(
    sentence: Sentence, doc: Any, off: int, tok_at: list[int], trig_tokens: dict[int, int], hits: list[TriggerHit]
) -> None:
    """「2022年7月に契約を結び、同年12月に到着した」: each trigger takes the dates the parse hangs on
    it; one with none takes those no other trigger holds (a statement's day, a frame's date)."""
    if len(sentence.dates) == 1 and len(hits) >= 2:
        _done_so_far(sentence, hits)
        _deal_day_only(sentence, doc, off, tok_at, trig_tokens, hits)
    if len(sentence.dates) == 1 and hits:
        _history_of_the_goods(sentence, doc, off, tok_at, trig_tokens, hits)
        _clause_on_a_noun(sentence, doc, off, tok_at, trig_tokens, hits)
        _date_of_a_later_clause(sentence, doc, off, tok_at, trig_tokens, hits)
        _dated_after_contrast(sentence, hits)
    if len(sentence.dates) < 2 or len(hits) < 1:
        return
    anchors: list[tuple[Any, int | None]] = []
    for d in sentence.dates:
        tok_i = _tok(tok_at, off, d.end - 1)
        anchors.append((d, _date_anchor(tok_i, doc, trig_tokens) if tok_i >= 0 else None))
    # 「バイデン前政権が昨年5月から保留していた爆弾の引き渡しを承認した」: the history of the goods
    # told in a clause on them does not date the act (the day the news was told still may)
    qualifying = [
        d
        for d, a in anchors
        if a == RELATIVE_CLAUSE
        and not d.statement
        and not _dates_the_act(_tok(tok_at, off, d.end - 1), doc, trig_tokens)
    ]
    if not any(a is not None and a >= 0 for _d, a in anchors):
        if qualifying:
            rest = [d for d in sentence.dates if d not in qualifying]
            for hit in hits:
                hit.dates = rest
        _dated_by_its_verb(sentence, doc, off, tok_at, trig_tokens, hits)
        _dates_left(sentence, hits)
        return
    clause = {ti for tok_i, ti in trig_tokens.items() if doc[tok_i].dep_ == "acl"}
    held = any(not d.statement for d, a in anchors if a is not None and a >= 0)
    for ti, hit in enumerate(hits):
        own = [d for d, a in anchors if a == ti]
        if not own:
            own = [d for d, a in anchors if (a is None or a < 0) and d not in qualifying]
            # 「国防省は20日、日本から移転されたレーダーが12月に到着したと発表した」: a relative
            # clause on the goods is not dated by the day the news was told; the act it tells
            # is the one the sentence dates
            if ti in clause and held and all(d.statement for d in own):
                own = []
        hit.dates = own or None


# 「…を購入してきたが、」「…を受け取ったものの、」: an act's verb closed by a turn to another matter
_CONTRAST_AFTER = re.compile(r"[^、。]{0,12}?(?:が|ものの|けれども|けれど)、")
# (「…送っているが、その量は昨年だけで100万発に上る」: a period the later clause counts the flow in)
_FLOW_COUNTED = re.compile(r"だけで|の間に|規模|に上|に達|を超え")


def _dated_after_contrast(sentence: Sentence, hits: list[TriggerHit]) -> None:
    """「アルメニアはロシアから武器を購入してきたが、2023年9月に…制圧した際に不満を強めた」: the one
    date of a sentence, told after the last act turns to another matter (が、, ものの、), dates that
    matter, not the act."""
    d, last = sentence.dates[0], max(h.end for h in hits)
    text, s0 = sentence.text, sentence.start
    turn = _CONTRAST_AFTER.match(text, last - s0)
    if d.statement or turn is None or d.start - s0 < turn.end() or _FLOW_COUNTED.search(text, turn.end()):
        return
    for hit in hits:
        if hit.dates is None:
            hit.dates = []


# verbs of the goods' own history, told in a clause on them: when they were retired, built, bought
_HISTORY_VERBS = {"退役", "除籍", "就役", "建造", "製造", "生産", "配備", "導入", "購入", "取得", "開発"}


def _history_of_the_goods(
    sentence: Sentence, doc: Any, off: int, tok_at: list[int], trig_tokens: dict[int, int], hits: list[TriggerHit]
) -> None:
    """「韓国は、2019年に退役した哨戒艦をフィリピンに譲渡した」: the one date of a sentence, told in a
    clause on the goods of their own history (retired, built), dates no act of the sentence."""
    d = sentence.dates[0]
    tok_i = _tok(tok_at, off, d.end - 1)
    if d.statement or tok_i < 0 or _date_anchor(tok_i, doc, trig_tokens) != RELATIVE_CLAUSE:
        return
    verb = doc[tok_i]
    for _ in range(8):
        if verb.head.i == verb.i or verb.dep_ == "acl":
            break
        verb = verb.head
    if verb.dep_ != "acl" or not any(verb.lemma_.startswith(v) or verb.text.startswith(v) for v in _HISTORY_VERBS):
        return
    # (「米国には2024年、ライセンス生産したミサイルを輸出し」: a date set off by a comma dates the act)
    if not sentence.text.startswith("に", d.end - sentence.start) or "、" in doc.text[d.end - off : verb.idx]:
        return
    for hit in hits:
        if hit.dates is None:
            hit.dates = []


# verbs of ordering goods: a clause on the goods with one dates the order, not their delivery
_ORDER_VERBS = {"発注", "注文", "購入", "契約", "調達"}


def _clause_on_a_noun(
    sentence: Sentence, doc: Any, off: int, tok_at: list[int], trig_tokens: dict[int, int], hits: list[TriggerHit]
) -> None:
    """「2022年に発注したK9自走砲を受け取った」「2022年に侵攻したロシアに砲弾を送った」: the one date of
    a sentence, told in a past clause on a noun that another act takes (the goods' order, or a deed of
    the party), dates that clause, not the delivery the noun is taken into."""
    found = _dated_verb(sentence, doc, off, tok_at)
    if found is None:
        return
    told, _tok_i, verb = found
    if verb.dep_ != "acl" or verb.head.head.i == verb.head.i or verb.head.head.i not in trig_tokens:
        return
    if not any(t.text == "た" for t in doc[verb.i + 1 : verb.i + 4]):
        return  # (「2021年に戦闘機を購入する契約」: the act the deal is for)
    if not sentence.text.startswith("に", told.end - sentence.start) or "、" in doc.text[told.end - off : verb.idx]:
        return  # (「2024年、ライセンス生産したミサイルを輸出し」: a date set off by a comma dates the act)
    at = off + verb.head.idx
    on_party = verb.i not in trig_tokens and any(a.start <= at < a.end for a in sentence.parties)
    if not (verb.lemma_ in _ORDER_VERBS or on_party):
        return
    own = trig_tokens.get(verb.i)
    for ti, hit in enumerate(hits):
        if ti == own and hit.dates is None:
            hit.dates = [told]
        elif hit.dates is None and hit.trigger.direction != "request":
            hit.dates = []  # (a request for goods ordered is about the order: it keeps its year)


# 「…を結んでおり、」「…を送り、」: a clause closed by its verb and a comma (not 「ドイツは、」, nor
# the copula of 「…改良型で、」)
_CLAUSE_CLOSED = re.compile(r"(?:て|んで|いで|り|し|び|み|き|え|け|せ|べ|め|れ)、")


def _date_of_a_later_clause(
    sentence: Sentence, doc: Any, off: int, tok_at: list[int], trig_tokens: dict[int, int], hits: list[TriggerHit]
) -> None:
    """「…42機を購入する契約を結んでおり、最初の3機が来年初めにも到着する見通しだ」: the one date of a
    sentence, hung on an act told with its own subject or goods after another act's clause is closed
    by a comma, dates that later act only; the verbs of the clause before take none."""
    found = _dated_verb(sentence, doc, off, tok_at)
    act = _phase_of_an_act(found[2], trig_tokens) if found is not None else None
    if found is None or act is None:
        return
    told, own = found[0], trig_tokens[act]
    closed = [m.end() for m in _CLAUSE_CLOSED.finditer(sentence.text, 0, told.start - sentence.start)]
    if not closed or hits[own].start - sentence.start < closed[-1]:
        return
    # (「…カスピ海を渡り、…の港に先月陸揚げされた」: the same goods going on, told with no subject or
    # goods of their own, are one journey, dated as a whole)
    a, b = sentence.start + closed[-1], hits[own].start
    # (「…を供与しており、オランダも5月に引き渡した」: a party of its own told with も is a subject too)
    also = any(a <= p.start < b and sentence.text.startswith("も", p.end - sentence.start) for p in sentence.parties)
    if (
        "が" not in sentence.text[a - sentence.start : b - sentence.start]
        and not also
        and not any(a <= it.start < b for it in sentence.items)
    ):
        return
    for ti, hit in enumerate(hits):
        verbal = not hit.nominal or sentence.text.startswith("し", hit.end - sentence.start)
        if ti != own and hit.dates is None and verbal and hit.end - sentence.start < closed[-1]:
            hit.dates = []


def _phase_of_an_act(verb: Any, trig_tokens: dict[int, int]) -> int | None:
    """The token of the act a dated verb tells: the act's own verb, or the act noun a verb of its
    phase takes (「オランダも5月、…引き渡しを終えた」: 終えた dates the handover)."""
    if verb.i in trig_tokens:
        return int(verb.i)
    if verb.lemma_ not in _PHASES:
        return None
    return next((int(c.i) for c in verb.children if c.dep_ == "obj" and c.i in trig_tokens), None)


# verbs of a phase of the act itself (「…を輸入し、12月に搬入を完了した」): their date is the act's
# an act's verb in 連用形 closed by a comma: 「…を輸入し、」「…を受け取り、」
_RENYO_COMMA = re.compile(r"(?:し|して|され|させ)?、")
# (「…を供与する予定で、2月以降、手続きが進められている」: so are those of its steps)
_PHASES = {"完了", "終了", "終える", "開始", "始める", "始まる", "実施", "行う", "済ませる", "進める", "進む"}


# verbs too light to be what a date tells the time of: 「…する」「…がある」「…による」
_UNDATED_VERBS = frozenset({"する", "ある", "いる", "なる", "よる"})


def _dated_verb(
    sentence: Sentence,
    doc: Any,
    off: int,
    tok_at: list[int],
    *,
    stop: dict[int, int] | None = None,
    light: frozenset[str] = _UNDATED_VERBS,
) -> tuple[Any, int, Any] | None:
    """The sentence's first date (when it is no day of saying), its token, and the verb it hangs on:
    the first full verb above it in the parse (None at the root, or where an act in `stop` comes
    first)."""
    date = sentence.dates[0]
    tok_i = _tok(tok_at, off, date.end - 1)
    if date.statement or not date.iso or tok_i < 0:
        return None
    verb = doc[tok_i]
    for _ in range(8):
        if verb.head.i == verb.i:
            return None
        verb = verb.head
        if stop is not None and verb.i in stop:
            return None
        if verb.pos_ == "VERB" and verb.lemma_ not in light:
            return date, tok_i, verb
    return None


# 「昨年だけで」「この1年間で」: a period a count is told in
_PERIOD_COUNTED = re.compile(r"(?:の間)?(?:だけ|のみ)(?:で|でも)|の間に|間で")
# 「…に上った」「…に達した」「…を超えた」: the verbs a count is told to reach by
_COUNT_REACHED = {"上る", "のぼる", "達する", "超える", "超す"}


def _dated_later_clause(
    sentence: Sentence, doc: Any, off: int, tok_at: list[int], trig_tokens: dict[int, int], published: str | None
) -> None:
    """「ロシアが北朝鮮から受け取ったミサイルは、1月2日にキーウへの攻撃に使われた」「K9自走砲を当初48両
    輸入し、残りは2027年頃から国内で生産する」: the one date of a sentence, told after an act's clause
    has closed (past the goods its relative clause qualifies, or past its 連用形 and a comma) and
    hung on another verb, dates that verb (the use, the production), not the act. An act in 連用形
    takes the tense of the verb that ends the sentence: one dated ahead makes it a plan too."""
    hits = sentence.triggers
    found = _dated_verb(sentence, doc, off, tok_at, stop=trig_tokens, light=_UNDATED_VERBS | {"入る"})
    if found is None:
        return
    date, tok_i, verb = found
    # (「…を導入する契約を2023年に結んだ」: the day a deal was struck is the plan's)
    if verb.lemma_ in _PHASES or verb.lemma_ in _SIGN_VERBS or verb.i < tok_i:
        return
    # (「…へ送られており、その数は昨年だけで数千個に上った」: a later clause counting the flow in a
    # period dates the flow)
    if verb.lemma_ in _COUNT_REACHED and _PERIOD_COUNTED.match(sentence.text, date.end - sentence.start):
        return
    verb_end = off + verb.idx + len(verb.text)
    for tok_j, ti in trig_tokens.items():
        hit, tok = hits[ti], doc[tok_j]
        if hit.dates is not None or hit.start > date.start:
            continue
        rel = hit.end - sentence.start
        # (a parse that leaves the 連用形 clause hanging, 「K2戦車は当初180両を輸入し、」, by its comma)
        coordinated = (tok.dep_ == "advcl" and tok.head.i == verb.i) or (
            tok.dep_ == "dep" and _RENYO_COMMA.match(sentence.text, rel) is not None
        )
        # (「…から調達していると指摘されている無人機」: the act told inside a clause on the goods)
        if tok.dep_ == "advcl" and tok.head.dep_ == "acl" and tok.head.i not in trig_tokens:
            tok = tok.head
        head_at = off + tok.head.idx
        if tok.dep_ == "acl" and tok_j <= tok.i < tok.head.i < tok_i:
            # (only a clause on the goods: one on a deal or plan, 「…を供与する方針を5月に決めた」, is
            # dated by the deciding)
            on_goods = any(it.start <= head_at < it.end for it in sentence.items)
            closed = on_goods and head_at + len(tok.head.text) <= date.start
        elif coordinated:
            # (a later clause on goods of its own, 「…輸送機が8月以降ルーマニアに飛んだ」, may carry them)
            closed = "、" in sentence.text[rel : date.start - sentence.start] and not any(
                hit.end <= it.start < verb_end for it in sentence.items
            )
        else:
            closed = False
        if not closed:
            continue
        hit.dates = []
        if coordinated and published and date.iso > published[: len(date.iso)]:
            sentence.cue_spans.append((hit.start, hit.end, "planned"))


def _dated_by_its_verb(
    sentence: Sentence, doc: Any, off: int, tok_at: list[int], trig_tokens: dict[int, int], hits: list[TriggerHit]
) -> None:
    """「国防相は28日、F-16の引き渡しを年内に完了させる見込みだと述べた」: an act noun held by a verb
    (完了させる, 始める) is dated by the date that verb holds (by the date's last word, 「2024年度」's
    年度), not by the day it was told."""
    for tok_i, ti in trig_tokens.items():
        hit = hits[ti]
        if not hit.nominal or doc[tok_i].dep_ != "obj" or not all(d.statement for d in hit.dates or ()):
            continue
        verb = doc[tok_i].head.i
        held = [
            d
            for d in sentence.dates
            if d.iso and not d.statement and (k := _tok(tok_at, off, d.end - 1)) >= 0 and doc[k].head.i == verb
        ]
        if len(held) == 1:
            hit.dates = held


def _dates_left(sentence: Sentence, hits: list[TriggerHit]) -> None:
    """「これを受けて同月、PAC3を米国に輸出することを決め、2024年度に引き渡しを始めた」: once the verb
    holding an act noun has given it its date (2024年度), an act given none takes the dates left (同月)."""
    held = [d for h in hits for d in h.dates or () if not d.statement]
    left = [d for d in sentence.dates if d.iso and not d.statement and d not in held]
    if not held or not left:
        return
    for hit in hits:
        if hit.dates is None:
            hit.dates = left


# 「…を引き渡しており、」「…を送っていて、」: a clause telling what has been done so far, ended
_SO_FAR = re.compile(r"(?:ており|でおり|ていて|でいて)、")
# 「さらに4基を」「追加で」: more goods, an act of their own
_MORE = re.compile(r"さらに|追加|新たに")


def _done_so_far(sentence: Sentence, hits: list[TriggerHit]) -> None:
    """「ドイツはこれまでに戦車18両を引き渡しており、年内にさらに10両を供与する計画だ」: the one date
    of the sentence, told after a clause of what has been done so far, dates the act on more goods
    that follows it, not the acts of that clause (「…の供与を表明しており、残りは来年にかけて引き渡す」
    dates the rest of one deal, left as it was)."""
    told = sentence.dates[0]
    for hit in hits:
        a, b = hit.end - sentence.start, told.start - sentence.start
        so_far = _SO_FAR.search(sentence.text, a, b) if a < b else None
        if so_far is not None and _MORE.search(sentence.text, so_far.end()):
            hit.dates = []


def _deal_day_only(
    sentence: Sentence, doc: Any, off: int, tok_at: list[int], trig_tokens: dict[int, int], hits: list[TriggerHit]
) -> None:
    """「ウクライナは2019年にトルコと無人機の契約を結び、これまでに12機を受け取った」: the one date of
    a sentence, told in the clause of a deal struck (its verb, 結ぶ, leading on to a later act), is
    the day of the deal; the acts after that clause, which tell no date of their own, take none."""
    found = _dated_verb(sentence, doc, off, tok_at)
    if found is None:
        return
    told, _tok_i, verb = found
    # (「2021年に戦闘機64機を購入する契約を結び、」: the act the deal is for, dated as the deal)
    if verb.dep_ == "acl" and verb.head.lemma_ in _DEAL_NOUNS and verb.head.dep_ == "obj":
        verb = verb.head.head
    if verb.lemma_ not in _SIGN_VERBS or verb.dep_ != "advcl" or verb.head.i not in trig_tokens:
        return
    sealed = off + verb.idx + len(verb.text)
    for hit in hits:
        if hit.dates is None:
            hit.dates = [told] if hit.start < sealed else []


# the passive non-past ending an act: 「…に送られる」「…に引き渡されます」
_PASSIVE_PLAIN = re.compile(r"(?:される|されます|れる|られる|れます|られます)$")
# words that put an act ahead in time: 「今後」「来年」「年内に」「近く」「予定」
_AHEAD = re.compile(
    r"今後|来[年月週春夏秋冬]|年内|今年中|年度内|近く|近日|間もなく|まもなく|将来|までに"
    r"|予定|見通し|方針|計画|初めて|最初の|第[0-9０-９一二三]+弾"
)
# 「…に引き渡されるという一部の報道」「…に送られるとの情報」: a report of a passive non-past act
# tells what is said to come, not how goods habitually go
_REPORTED_AHEAD = re.compile(r"(?:という|との)(?:一部の?|複数の)?(?:報道|情報|報告|観測)")

_PLAIN_FUTURE = re.compile(
    # 「追加支援を行うと発表した」「…の供与を受けると明らかにした」: a light verb in the non-past
    # announces the act, not its doing
    r"を(?:行う|実施する|開始する|始める|受ける)(?=と|」|』|。|$)"
    # (the passive too: 「…は今年中に3回に分けて引き渡される」 tells what is yet to come)
    r"|(?:する|します|させる|される|されます|れる|られる|したい|たい)?"
    # (「…を引き渡す、ベルリンは…」: a translation joins the next clause with a comma)
    r"(?=」|』|。|$|、|という|とした|としている|としてい|との|と(?:述べ|語っ|語り|明らかに|発表|表明|説明|話し|強調))"
)
# 「ウクライナに渡すために10億ドルを支払う」「供与するための予算」: an act something is done for is
# yet to come
_INTENDED = re.compile(r"(?:する|させる|します)?ため(?:に|の|、|，)")
# (「アンテナを移転することで、両政府が覚書を交わした」: the act as what an agreement settles on)
_DECIDED = re.compile(
    r"(?:する|させる)ことを[^。「」]{0,30}?(?:決定|決め|決断|承認|表明|約束|合意|検討|閣議決定)"
    r"|(?:する|させる)ことで、?(?:(?!ことで)[^。「」、]){0,24}?(?:合意|一致|覚書|取り決め|協定に署名)"
)
_VERB_ENDING = re.compile(r"[一-龯々][うくぐすつぬぶむる]$")
# 「護衛艦をベトナムに移転する案について協議している」「戦闘機を供与する構想」: the act as the
# content of a proposal or scheme is yet to come
# (so is the act of a programme or its paperwork under way, 「戦車を供与する事業を進めている」
# 「売却する手続きを進めている」: it is worked toward, not yet done)
_PROPOSED = re.compile(
    r"(?:する|させる|される)(?:案|構想|プラン|計画案)(?=を|に|が|は|も|で|の|、)"
    r"|(?:する|させる)(?:事業|計画|プロジェクト|手続き|手続|準備)を(?:着々と|急ピッチで)?(?:進め|推進し|推し進め)"
)
# 「当初48両を輸入し、その後…生産するとしている」「…を輸入し、残りは国内で生産する計画だ」: an act in a
# clause joined to a later one (し、) that ends in a plan, with nothing done told between
_JOINED_PLAN = re.compile(
    r"(?:し|して)、(?:(?!した|された|した。|された。)[^。])*?(?:する|される|させる"
    # (「…を調達し、第1陣は数日以内に輸送が始まる見通しだ」: any verb's non-past before the outlook)
    r"|[ぁ-ん]る(?=見通し|予定|計画))"
    r"(?:計画|予定|方針|見通し|契約|ことにな|としてい|としてお|とした|とする)"
)
# 「ウクライナに送る防空システムの確保にめどがついた」: goods for the act are found, not yet sent
_SECURED = re.compile(r"(?:る|する)?[^。]{0,40}?の(?:確保|調達|手配|工面)に(?:めど|メド|目途|目処)が(?:つ|立)")
_GEN_SAME = re.compile(r"の[^、。はがをにへとでもや「」]{0,14}")
_EXCHANGE = re.compile(
    r"(?:など)?(?:と引き換えに|と引き換え|の見返りに|の見返りとして|と交換に|の対価として|の代わりに)"
)
# a headline's 「…鉄道輸送か　監視団体」: a question mark after a noun or verb, then a break
# (「…を送ったか　韓国軍」: a past verb too, but only before the break, since 「何を送ったか、」 in a
# body sentence asks what)
_HEADLINE_HEDGE = re.compile(r"[一-龯々ァ-ヺー）)」]か(?=[\s　、]|$)|たか(?=[\s　]|$)")
# a headline's party before its comma, with the force or office it speaks through (「ミャンマー空軍、」)
_HEADLINE_TOPIC = re.compile(r"(?:空軍|海軍|陸軍|国軍|軍|政府|当局|国防省|外務省)?、")
# the tags a forum or blog headline opens with: 「【速報】」「【悲報】」「［独自］」
_HEADLINE_TAGS = re.compile(r"^[ 　]*(?:(?:【[^】]{1,16}】|\[[^\]]{1,16}\]|［[^］]{1,16}］)[ 　]*)+")
# 「…と述べた、ロシアは…」: a statement closed by a comma, as translations join two sentences; and
# 「米紙は…と報じたが、イランは否定した」: a report told whole before another's answer to it (broadcast
# copy's polite 「…と伝えましたが、」 too)
_SPLICE = re.compile(
    # (「…と報じていた、その代わりに…」: the past of a report told as ongoing, too)
    r"(?:述べ|語っ|明らかにし|発表し|指摘し|説明し|主張し|強調し|報じ|伝え)(?:てい)?た、"
    r"|と(?:報じ|伝え|報告し|指摘し|述べ)(?:てい)?(?:た|ました)(?:が|ものの)、"
)
# 「分析官」「観測衛星」「批判を浴びた」: the word names a person, a craft or blame the act met,
# and hedges nothing (nor does 「残骸を分析した結果、…が見つかった」: a finding of an examination)
# (「残骸を分析した報告書を公表し」: the report of an examination, as 「分析の結果」, tells its findings;
# so does 「税関データを分析したところ、…ことがわかった」, what an examination turned up)
_NO_HEDGE = re.compile(
    r"官|家|衛星|機|船|を浴び|を受け|が高ま|が相次|が強ま|の声|が出|にさらされ|(?:した|の)(?:結果|報告書)|したところ"
    # 「国際的な批判にもかかわらず」「批判をよそに」: an act done despite the outcry is told as done
    r"|にもかかわらず|にも関わらず|をよそに|を無視して|を顧みず"
    # 「国際社会の非難や安保理の制裁決議を無視して」: the outcry one of the things the act ignores
    r"|(?:や|と|、|および|及び)[^。、]{1,30}?(?:にもかかわらず|にも関わらず|をよそに|を無視して|を顧みず)"
)
# 「報告書によれば、」「同紙によると、」: a source told, even one the text does not name as a party
_FRONTED_SOURCE = re.compile(r"(?:によると|によれば|によりますと|の話として)[、，,]")
# 「ロシアへの武器供与を否定しなかった」「報道を否定も肯定もしていない」: a denial not made leaves the
# claim standing, as told; it is no denial
_NOT_DENIED = re.compile(
    r"(?:否定|否認)(?:は|も|も肯定も|も確認も)?(?:しなかった|しない|せず|していない|しておらず|しませんでした)"
)
# 「当初は供与を否定していたが、…を提供したと認めた」: a denial given up for an admission
_ADMITTED_LATER = re.compile(r"(?:否定|否認)[^。]{0,12}?(?:が|ものの)、[^。]*?認め(?!てい?な|ず|ない)")
# 「…を引き渡したと米政府はみている」「…と韓国軍はみる」: a view held by the one named between と and
# みる is an assessment (the cue list's とみている needs the two together)
# (「…流れているとみて監視を強めている」「…とみて警戒している」: so is a view on which one acts, told
# by みて and the deed it leads to; 「とみて間違いない」「とみてよい」 assert)
_VIEW_HELD = re.compile(
    r"と[、，]?[^、。「」と]{1,24}?(?:は|も)(?:み|見)(?:ている|ており|ていた|ています|る。|る」)"
    r"|と(?:み|見)て(?!い|お|取|と|間違|よ|い)[^。]{0,12}?(?:て|で)い"
)
# 「中国の武器輸出の主要な顧客」「ロシア製兵器の輸出の最大の市場」: a buyer named by the trade it
# buys from is an epithet, not an act (the buys are told on their own)
_CUSTOMER_OF = re.compile(
    r"^の[、]?(?:主要な|主な|最大の|重要な|大口の|有力な|上位の|伝統的な|第[0-9０-９一二三]+の)?"
    r"(?:顧客|得意先|買い手|輸出先|取引先|市場|お得意様)"
)
# 「兵器の調達先をロシアからインドに移した」: a buyer moving where it buys from shifts its trade, and
# no goods move by the shift (the buys from the new source are told on their own)
_SOURCE_SHIFTED = re.compile(r"(?:調達|輸入|購入|供給|仕入れ|取引)(?:先|元)を[^、。]{0,20}?$")
_SHIFTING = {"移す", "移る"}
# (「…とする西側メディアの報道について「根拠のない憶測だ」と一蹴した」: a report told to be rejected)
# (「…という西側の報道は「完全なでっち上げだ」と述べた」: a report called made up)
_REJECTED = re.compile(
    r"[^。]*?(?:否定|否認|根拠|事実無根|事実では|事実でな|反論|一蹴|憶測|でっち上げ|捏造|ねつ造|虚偽)"
)


def _report_not_denied(seg: str) -> re.Match[str] | None:
    """The outlet's report a claim is told as (「…とする英紙の報道」), unless the sentence rejects
    it: a report only denied is the denial's, not a hedge of the sentence's own."""
    m = _REPORT_OF.search(seg)
    return None if m is None or _REJECTED.match(seg, m.end()) else m


# 「イエメンの親イラン武装組織フーシ派」「親ロシア派の武装勢力」「反政府の…」: a state named after 親
# (pro-) or 反 (anti-) describes a group's leaning; it is no party to the act, nor a place
_LEANING = re.compile(r"(?:派|的|系|武装|民兵|組織|勢力|政権|政党|団体|グループ|路線)")


# 「最終目的地はサヌアのフーシ派だった」「仕向け先はロシアの軍需企業とされる」: the party named as where
# the goods were bound in the end receives them (the ports and states on the way only pass them on)
_FINAL_DESTINATION = re.compile(
    r"(?:最終的な|最終)?(?:目的地|仕向け地|仕向地|仕向け先|仕向先|行き先|届け先|送り先)(?:は|が)[、，]?[^、。はがをに]{0,12}?$"
)
# 「ロシアに流入した部品の出所は中国だった」「供給元はイランとみられる」: the party named as where the
# goods came from supplies them (as the destination named so receives them)
_NAMED_SOURCE = re.compile(
    r"(?:出所|出どころ|出元|供給元|調達先|入手先|原産国|製造国)(?:は|が)[、，]?[^、。はがをに]{0,12}?$"
)
# 「…輸出しているとの一部西側メディア報道」「…送ったとする英紙の報道」: a claim told as what some
# outlet reports, its teller named between (the bare 「との報道」 is a cue of its own)
_REPORT_OF = re.compile(r"と(?:の|する|いう)[^、。「」と]{1,16}?(?:報道|疑惑|疑い|主張)")
# (「…と言われています」: machine translation's calque of "said" after a named source; a blog's
# 「国情院によると、…送ったらしい」 relays what the source said)
_HEARSAY = {"という。", "といい", "伝えられ", "と言われ", "らしい"}
# 「…同盟国であるとされるロシアに」「…とみられる人物」: a hedge said of a noun it qualifies
_ATTRIBUTIVE_HEDGE = re.compile(
    r"(?:とされる|とみられる|と見られる|といわれる|と言われる)(?=[一-龯ァ-ヶー「A-Za-zＡ-Ｚａ-ｚ])"
)
# what sets the hedged words apart from the clause before them
_CLAUSE_MARKS = re.compile(r"[、，,。「」]")


def _hedged_aside(seg: str, start: int, s0: int, hits: list[TriggerHit], items: list[ItemHit]) -> bool:
    """「イランは、その同盟国であるとされるロシアに対して、…砲弾を輸送した」: a hedge on words that only
    describe a party (no act, no goods, no make in them) leaves the act told as it is; a hedged act or
    make qualifying the goods (「供与したとみられるミサイル」「北朝鮮製とみられる砲弾」) still hedges it."""
    m = _ATTRIBUTIVE_HEDGE.match(seg, start)
    if m is None:
        return False
    breaks = [b.end() for b in _CLAUSE_MARKS.finditer(seg, 0, start)]
    lo = breaks[-1] if breaks else 0
    clause = seg[lo:start]
    if not clause or "製" in clause or "産" in clause or "向け" in clause:
        return False
    a, b = s0 + lo, s0 + start
    spans = [(h.start, h.end) for h in hits] + [(it.start, it.end) for it in items]
    return not any(a < y and x < b for x, y in spans)


# 「向けに建造している」「向けの潜水艦を建造中」「向けに製造を進めている」: goods being made for a buyer
_BEING_MADE_FOR = re.compile(
    r"向け(?:に|の)?[^、。]{0,20}?(?:建造|製造|生産|組み立て)(?:している|する(?!と)|中|を進めて|を続けて|が進)"
)
# 「契約は2018年に署名されたもので、戦闘機6機の供給を含む」「合意には…の売却も含まれる」: an act a
# deal told as its topic covers is what the deal binds to, yet to be done
# (「枠組み協定には…の導入が盛り込まれている」「覚書は…の売却を盛り込んだ」: written into the deal)
_DEAL_TOPIC = re.compile(r"(?:契約|合意|協定|取引|覚書|取り決め)(?:は|には|では)")
_COVERED = re.compile(r"(?:を|が|も)(?:含む|含み|含んで|含まれ|盛り込[まみむんめ])")


def _covered_by_deal(seg: str, at: int, end: int) -> re.Match[str] | None:
    """The words telling that a deal, the sentence's topic before the act noun ending at `at`, covers
    that act (「契約は…で、戦闘機6機の供給を含む」), or None."""
    if _DEAL_TOPIC.search(seg, 0, at) is None:
        return None
    return _COVERED.match(seg, at, end)


# 「根拠のない憶測だ」「単なる主張にすぎない」: a hedge word that is the denial's own name for the
# claim it rejects, no hedge of the act
_DISMISSED_BEFORE = re.compile(
    r"(?:根拠の(?:ない|無い)|根拠がない|事実無根の|単なる|全くの|でたらめな|ばかげた|虚偽の)$"
)
_DISMISSED_AFTER = re.compile(r"に(?:すぎ|過ぎ)(?:ない|ません)")
# what is asked for is an end to the deals, not goods
# (an act asked not to happen, 「送らないよう求めた」, is no act at all: see _REFRAIN)
# (「各国に対し制裁の強化を求めた」: nor is a measure against it, nor 「ミサイルの撤去を求めた」 taking
# away what is already there)
# (「企業への制裁をパートナー国に求めている」: the ones asked may be told after the measure)
_ASKS_TO_STOP = re.compile(
    r"(?:停止|中止|中断|禁止|撤回|撤去|撤収|制裁|自制|自粛|停戦|撤退|説明|調査|釈放|解放|対策|措置|規制|圧力)"
    r"(?:の)?(?:強化|拡大|徹底|発動|導入)?(?:を|に)?(?:[^、。をがは]{1,12}?に(?:対し(?:て)?)?[、，]?)?(?:強く|改めて)?$"
)
# 「防空システムの追加供与と制裁の強化を求めた」: goods asked for beside the measure
_GOODS_ASKED_TOO = re.compile(r"(?:供与|提供|売却|輸出|支援|送付|引き渡し|納入)(?:と|や|、|及び|および)")


def _asks_for_measure(before: str) -> bool:
    """Whether the words before a verb of asking ask for a measure against the deals and not for
    goods: 「企業への制裁をパートナー国に求めている」 (「兵器の供与と制裁の強化を求めた」 asks for both)."""
    near = before[-24:]
    return _ASKS_TO_STOP.search(near) is not None and _GOODS_ASKED_TOO.search(near) is None


# a sentence adding to the one before: 「また、」「さらに」「加えて」「このほか」
# (また or さらに with no comma before a name: 「またドイツからは」)
_GOES_ON = re.compile(
    r"[\s「]*(?:(?:また|さらに|更に|加えて|このほか|その上で)[、，,]|(?:また|さらに)(?=[一-龯ァ-ヺ]))"
)
# 「…という。」「…といいます。」 closing a sentence: told as heard from someone
_HEARSAY_END = re.compile(r"と(?:いう|いいます|のことだ|のことです)。?[」』]?\s*$")


def _dismissed_as(seg: str, start: int, end: int) -> bool:
    """Whether the hedge word at `start` is what a denial calls the claim: 「根拠のない憶測だ」
    ("baseless speculation"), 「単なる主張にすぎない」."""
    return bool(_DISMISSED_BEFORE.search(seg, max(0, start - 8), start)) or bool(_DISMISSED_AFTER.match(seg, end))


# 「当初計画より1年早く配備された」「予定通り届いた」: a time measured against the plan, no plan itself
# (「販売契約に基づいて引き渡しを行った」「合意に基づき納入した」: the deal the act was done under)
_MEASURED_BY_PLAN = re.compile(r"(?:より|通り|どおり|に基づ(?:いて|き)|に沿って|に従って)")


# 「国防省が17日、テレグラムで明らかにした。」「米政権高官が明らかにした。」: a sentence that only
# names who tells, with no quote marker (と) before its verb: it tells the sentence before it
# (「国防相が2日、Xに投稿した。」: so does a post on social media)
_TELLER_ONLY = re.compile(
    r"[^、。「」『』]{1,40}?(?:が|は)[^。「」『』]{0,30}?(?<![とう])(?:明らかにし|発表し|伝え|報じ|公表し|確認し|投稿し)(?:た|ました)。?\s*"
)


def _told_by_next(text: str, sentence: Sentence, before: Sentence) -> None:
    """「豪州の戦車の第1陣がウクライナに到着した。ウクライナ国防省が17日、明らかにした。」: a wire
    story's act told first and its teller in the next sentence of the paragraph; the teller speaks
    for the act (a party telling it confirms it) and the day it spoke is the day the act was told."""
    if sentence.attribution is None or before.attribution is not None or not before.triggers:
        return
    told = _TELLER_ONLY.fullmatch(sentence.text.strip()) or TELLER_TAG.fullmatch(sentence.text.strip())
    if "\n" in text[before.end : sentence.start] or not told:
        return
    before.attribution = sentence.attribution
    if not before.dates:
        before.dates = [dataclasses.replace(d, statement=True) for d in sentence.dates if d.iso]


def _goes_on_telling(text: str, before: Sentence, s0: int, s1: int) -> bool:
    """Whether the source of the sentence before tells this one too: it opens with また or さらに, or,
    in the same paragraph, it only closes with hearsay (「韓国国防省によると、…送った。一部は
    イランにも渡ったという。」: a wire story's source goes on, no rumour begins)."""
    if _GOES_ON.match(text, s0):
        return True
    if before.attribution is None or "\n" in text[before.end : s0]:
        return False
    return _HEARSAY_END.search(text, s0, s1) is not None


_SAYS = re.compile(r"(?:い|お|た|る。)")
# 「…を輸出したとして、…懲役2年の判決を言い渡した」「…として罰金刑を受けた」: the charge a court has
# convicted on is found, not alleged (an arrest, 起訴 or 求刑 leaves it a charge)
_CONVICTION = re.compile(
    r"[^。]*?(?:判決を言い渡|判決を受け|判決が確定|有罪が確定|刑を受け|刑が確定|刑を言い渡|刑を科さ|罰金を科さ)"
)


def _convicted_of(seg: str, end: int) -> bool:
    """「大阪の商社は部品をロシアに輸出したとして、昨年、罰金刑を受けた」: whether the clause of charge
    ending at `end` is what a court convicted on (not 「無罪判決を言い渡した」, an acquittal)."""
    m = _CONVICTION.match(seg, end)
    return m is not None and "無罪" not in m.group()


# 「米国、ドイツ、イタリアの5カ国は」「日米韓の3国が」: states listed, then counted, are the subject
_COUNTED_STATES = re.compile(r"の(?:[0-9０-９]+|[二三四五六七八九十]+)(?:カ国|か国|ヶ国|ケ国|国)(?P<particle>は|が)")
# (「キルギスの国家安全保障委員会は」: nor a state's committee, which the state before it stands for)
_SUBNATIONAL = re.compile(r"(?:州|省|県|自治区|地方|地区|委員会)$")
_SEIZURE = re.compile(r"押収|拿捕|差し押さえ|差し止め|差止め|阻止|摘発|臨検")


# 「トラック2台を空爆した」「小型船を拿捕し」: a craft struck or taken on its way
_STRUCK_CRAFT = (
    r"(?:船舶|小型船|ダウ船|貨物船|輸送船|漁船|船|ボート|トラック|車列|輸送機|貨物機)(?:[0-9０-９]+(?:台|隻|機))?"
)
_CRAFT_TAKEN = re.compile(_STRUCK_CRAFT + r"を(?:空爆|攻撃|爆撃|破壊|撃沈|撃破|押収|拿捕|臨検)")
# 「同軍によれば、トラックは…を運んでいたという」: the sentence after it opens on that craft's load
_CRAFT_TOLD = re.compile(
    r"(?:[^。「」]{1,40}?(?:によると|によれば)、)?(?:同|その|この|これらの)?" + _STRUCK_CRAFT + r"(?:は|が)"
)


def _load_of_craft_taken(seg: str, before: str, hits: list[TriggerHit]) -> bool:
    """「イスラエル軍は、イランからヒズボラに武器を運んでいたトラックを空爆した」「…小型船を拿捕した。
    船はイランからフーシ派に部品を運んでいた」: what a craft struck or taken on its way carried, and
    where, is the inference of the side that struck or took it, an alleged shipment."""
    if not any(h.trigger.direction == "move" for h in hits):
        return False
    return bool(_CRAFT_TAKEN.search(seg) or (_CRAFT_TOLD.match(seg) and _CRAFT_TAKEN.search(before)))


def _mark_seized(hits: list[TriggerHit], seizure: bool) -> None:
    """「米軍はフーシ派向けの兵器を押収した」: goods bound for a party (向け, 宛て, 向かう) in a sentence
    that tells them seized are a shipment taken on its way, an alleged transfer even where they are
    only 「兵器」 and no sender is told."""
    for h in hits:
        h.seized = seizure and h.trigger.lemma in _DESTINATION_ONLY | _HEADING


# 「米軍は、イランから押収した小銃5000丁をウクライナに引き渡した」: seized goods handed on are an
# ordinary act of the seizer, told as fact
_SEIZED_PASSED_ON = re.compile(
    r"(?:押収|拿捕|差し押さえ|没収)(?:した|された|し|され)[^。、]{1,30}?を[^。]{0,20}?"
    r"(?:引き渡|引渡|供与|提供|送っ|送る|送り|譲渡|移転|移管)"
)
_HELP_SENT = re.compile(r"助け|手助け|支援し|協力し|仲介|手を貸|便宜")


def analyze_ja(
    parsed: list[tuple[int, Any]],
    text: str,
    mentions: list[Mention],
    entities: dict[str, Entity],
    lexicon: Lexicon,
    gazetteer: Gazetteer,
    published: str | None,
) -> list[Sentence]:
    """The Japanese text, parsed sentence by sentence, as Sentences for the shared assembler."""
    # 同国軍 taken for a new name by the recognizer is the coreference it reads as
    # (and so is 空軍 of 「同国の空軍」: the force of the state 同国 means)
    corefs = [(c.start(), c.end()) for c in _COREF_RE.finditer(text)]
    mentions = [
        m
        for m in mentions
        if not (entities[m.entity_id].provisional and any(a <= m.start and m.end <= b for a, b in corefs))
    ]
    mentions = [m for m in mentions if not _acronym_mismatch(m, entities[m.entity_id])]
    # 「長期化する中、」「緊張が高まる中で」: 中 right after kana is the word for while or in, not China
    mentions = [m for m in mentions if not (m.text == "中" and m.start > 0 and _KANA.match(text[m.start - 1]))]
    # 「ペルシャ語のニュースサイト」「ロシア語の報道」: a language named after a state is no party
    mentions = [m for m in mentions if not (entities[m.entity_id].type == "country" and text.startswith("語", m.end))]
    # 「数値制御（NC）」: a Latin abbreviation glossing the word before it names no new party
    mentions = [m for m in mentions if not (entities[m.entity_id].provisional and _is_gloss(text, m))]
    glossed = _glossed_again(text, mentions, entities)
    mentions = [m for k, m in enumerate(mentions) if k not in glossed]
    mentions = [m for m in mentions if not (entities[m.entity_id].provisional and act_taken_for_name(m.text, lexicon))]
    pattern = item_term_pattern(lexicon)
    # 「カイバル・シェカンミサイル」: a katakana weapon name the tagger took for a place names goods
    mentions = [
        m for m in mentions if not (entities[m.entity_id].provisional and goods_taken_for_name(text, m, pattern))
    ]
    # 「米当局者は」: a word for an unnamed source the tagger took for a name describes a speaker
    # (a kind of firm, 「貿易会社」, the recognizer already sets aside)
    sources = set(lexicon.cue("sources"))
    mentions = [m for m in mentions if not (entities[m.entity_id].provisional and m.text in sources)]
    mentions = elided_series_ja(text, glued_counts(text, mentions, entities, gazetteer), entities, gazetteer)
    # (a bare 国軍 stands for its state before 同国 is read: 「ロシアは国軍と合意し、同国に…を供与」)
    early = [
        f
        for f in _bare_forces(text, mentions, entities)
        if not any(f.start < m.end and m.start < f.end for m in mentions)
    ]
    mentions = mentions + _resolve_coref(text, sorted(mentions + early, key=lambda m: m.start), entities, gazetteer)
    mentions = mentions + _own_state_of_firms(text, mentions, entities, gazetteer)
    mentions = mentions + _short_forms(text, mentions, entities, gazetteer)
    mentions = mentions + fused_states(text, mentions, entities, gazetteer)
    mentions = regions_of_states(text, mentions, entities)
    mentions = mentions + lone_kanji_states(text, mentions, entities, gazetteer)
    mentions = mentions + _bare_bodies(text, mentions, entities)
    forces = _bare_forces(text, mentions, entities)
    mentions = [m for m in mentions if not any(f.start < m.end and m.start < f.end for f in forces)] + forces
    # 「海軍の艦艇用のレーダー」: a bare force the NER proposed and no state owns names no party
    mentions = [m for m in mentions if not (entities[m.entity_id].provisional and _BARE_FORCE.fullmatch(m.text))]
    starts = [off for off, _doc in parsed]
    mentions = mentions + both_states(text, mentions, entities, lambda e: _state_of(e, gazetteer), starts)
    mentions.sort(key=lambda m: m.start)
    weapon_mentions = [(m, entities[m.entity_id]) for m in mentions if entities[m.entity_id].type == "weapon-system"]
    name_spans = [(m.start, m.end) for m in mentions if entities[m.entity_id].type != "weapon-system"]
    quantities = find_quantities(text, "ja")
    dates = find_dates_ja(text, published)
    sentences: list[Sentence] = []
    start_before = dict(zip(starts[1:], starts, strict=False))
    for off, doc in parsed:
        s0, s1 = off, off + len(doc.text)
        tok_at = _token_index(doc)
        items = find_items(text, s0, s1, pattern, lexicon, weapon_mentions, name_spans)
        katakana_named(text, s0, items, name_spans)
        items = sorted(items + force_vehicles(text, s0, s1, items), key=lambda it: it.start)
        items = targets_out(text, counter_goods(text, items))
        blocked = [(it.start, it.end) for it in items] + name_spans
        # 潜水艦に関する技術: know-how about a weapon is not the weapon
        items = [it for it in items if not NOT_ITEM.match(text, it.end)]
        # 民間航空機, 民生用ドローン: civilian goods are no arms
        items = [it for it in items if not CIVILIAN.search(text, max(s0, it.start - 4), it.start)]
        items = parts_and_references(text, items, weapon_mentions, entities)
        items = one_system_joined(text, list_class_out(text, items))
        items = goods_nouns_listed(text, s1, shared_head_joined(text, items, name_spans))
        for it in items:
            # 「コクサン」自走砲: a name in brackets joined to its generic word keeps its opening bracket
            inner = text[it.start : it.end]
            if it.start > s0 and text[it.start - 1] in "「『" and inner.count("」") + inner.count("』") == 1:
                it.start -= 1
        refused_at: set[int] = set()
        hits_tok = _trigger_hits(
            doc,
            off,
            lexicon,
            blocked,
            refused_at,
            [(it.start, it.end) for it in items],
            _foreign_system_named(items, [entities[m.entity_id] for m in mentions if s0 <= m.start < s1]),
            [(a, b) for a, b in name_spans if s0 <= a < s1],
            _maker_told(items, [entities[m.entity_id] for m in mentions]),
        )
        states_end = frozenset(
            m.end for m in mentions if s0 <= m.start < s1 and entities[m.entity_id].type in _STATE_SIDES
        )
        hits_tok += _deal_before_delivery(doc, off, hits_tok, states_end)
        if hits_tok and (
            _home_made_at_home(text, s0, s1, mentions, entities, gazetteer)
            or _home_maker_to_own_state(text, start_before.get(s0, s0), s0, s1, mentions, entities, gazetteer)
        ):
            hits_tok = []
        refused = frozenset(refused_at)
        hits: list[TriggerHit] = []
        trig_tokens: dict[int, int] = {}
        index_of: dict[int, int] = {}
        for h, tok_i in sorted(hits_tok, key=lambda x: x[0].start):
            if id(h) not in index_of:
                index_of[id(h)] = len(hits)
                hits.append(h)
            trig_tokens[tok_i] = index_of[id(h)]
            # 「XはYの供与を表明/決定した」: the light verb's arguments are the act's
            head = _governor(doc[tok_i])
            if h.nominal and doc[tok_i].dep_ == "obj" and head.lemma_ in _LIGHT_VERBS and head.i not in trig_tokens:
                trig_tokens[head.i] = index_of[id(h)]
            if (
                h.nominal
                and doc[tok_i].dep_ == "nsubj"
                and head.lemma_ in _LIGHT_INTRANSITIVES
                and head.i not in trig_tokens
            ):
                trig_tokens[head.i] = index_of[id(h)]
            if _request_came(h, doc[tok_i]) and head.i not in trig_tokens:
                trig_tokens[head.i] = index_of[id(h)]
                h.passive = True
            # 「オランダとデンマークはF16の供与で合意した」: who agree on the act do it
            if h.nominal and _agreed_on(doc, tok_i) and head.i not in trig_tokens:
                trig_tokens[head.i] = index_of[id(h)]
            # 「ウクライナ向けに…を輸送中だ」「…に納入済みだ」: the act under way (or done) carries its arguments
            if (
                h.nominal
                and doc[tok_i].dep_ == "compound"
                and head.lemma_ in _UNDER_WAY | _DONE
                and head.i not in trig_tokens
            ):
                trig_tokens[head.i] = index_of[id(h)]
            # 「XはYと購入契約を結んだ」: the deal and the verb that seals it carry the act's arguments
            if h.nominal and doc[tok_i].dep_ == "compound" and head.lemma_ in _DEAL_NOUNS:
                for t in (head, head.head):
                    if t.i not in trig_tokens and (t is head or t.lemma_ in _SIGN_VERBS):
                        trig_tokens[t.i] = index_of[id(h)]
        sentence = Sentence(s0, s1, text[s0:s1], triggers=hits, items=items)
        goods = frozenset(t for it in items for c in range(it.start, it.end) if (t := _tok(tok_at, off, c)) >= 0)
        seg = text[s0:s1]
        helps = bool(_HELP_SENT.search(seg))
        passed_on = bool(_SEIZED_PASSED_ON.search(seg))
        seizure = bool(_SEIZURE.search(seg)) and not passed_on
        _mark_seized(hits, seizure)
        # (where the last seizure is told: a subject after it, in a clause of its own, is no seizer)
        seized_by = s0 + max((m.start() for m in _SEIZURE.finditer(seg)), default=0)
        media: list[Arg] = []
        persons: list[Arg] = []
        both_at = {m.start for m in mentions if m.form == BOTH_FORM and s0 <= m.start < s1}
        outlets_at = {m.start for m in mentions if entities[m.entity_id].type == "media" and s0 <= m.start < s1}
        for m in mentions:
            if not s0 <= m.start < s1:
                continue
            ent = entities[m.entity_id]
            case = case_of(text, m.end)
            tail = particle_at(text, m.end)  # (past a translation's space: 「Duda が製造した」)
            if aimed_at(text, m.start, m.end, lexicon):
                case = "goal"
            elif _DESIGN_RE.match(text[tail : tail + 6]):
                case = "designer"
            elif (
                (head_comma := _HEADLINE_TOPIC.match(text, m.end)) is not None
                and not _HEADLINE_TAGS.sub("", text[s0 : m.start]).strip("【】[]「」 　")
                and not _listed_with_next(text, head_comma.end(), mentions)
            ):
                case = "topic"  # a headline's 「北朝鮮、ロシアに砲弾供与か」 drops its は
            elif (counted := _COUNTED_STATES.match(text, tail)) is not None and not COVERED.match(
                text, counted.start("particle")
            ):
                case = "topic" if counted["particle"] == "は" else "subj"  # the list is the subject
            final = _FINAL_DESTINATION.search(text, max(s0, m.start - 24), m.start) is not None
            if final:
                case = "goal"
            elif _NAMED_SOURCE.search(text, max(s0, m.start - 24), m.start) is not None:
                case, final = "source", True
            tok_i = _tok(tok_at, off, m.end - 1)
            attached = _attach(tok_i, doc, trig_tokens, goods, ent.type == "person", refused) if tok_i >= 0 else None
            if final:  # (the copula's clause: the destination or source goes with the act told before it)
                attached = max((i for i, h in enumerate(hits) if h.end <= m.start), default=attached)
            if case == "via" and attached == OTHER_PREDICATE and firm_based_at(text, m.end):
                attached = None  # 「トルコに登録された企業を通じて」: the firm's clause, not its own act
            if case == "origin" and attached == OTHER_PREDICATE and _MADE_THEN_SENT.match(text, tail):
                # 「部品は中国で製造され、ロシアに送られている」: where the goods were made, told in the
                # clause before the act that sends them on, is their origin in that act
                attached = next((i for i, h in enumerate(hits) if h.start >= m.end), attached)
            if case == "via" and attached == OTHER_PREDICATE and _WAY_THROUGH_RE.match(text, tail):
                # 「カザフスタンを通るトラックでモスクワに運んだ」「カザフスタンで積み替えられた後、ロシアに
                # 運ばれた」: the road, carrier or stop serves the act after it
                attached = next((i for i, h in enumerate(hits) if h.start >= m.end), attached)
            if ent.type == "company" and _MAKER_CLAUSE_RE.match(text, tail):
                case = "origin"  # 「三菱重工業が建造する護衛艦」: the firm's make (not 「日本が製造した部品」)
            if _maker_of_passive_goods(text, tail, attached, hits):
                case = "origin"
                if attached is not None and attached < 0:  # (「イランが製造し、」: the act after the clause)
                    attached = _nearest_following(tail, hits)
            elif case == "subj" and (attached is None or attached == OTHER_PREDICATE) and tok_i >= 0:
                attached = _clause_subject(doc, tok_i, trig_tokens, attached)
            if ent.type == "media":
                media.append(Arg(m.start, m.end, ent, case))
                continue
            if _outlets_home(text, m.end, outlets_at):
                continue
            if ent.type == "weapon-system":
                continue
            if m.start > 0 and text[m.start - 1] in "親反" and _LEANING.match(text, m.end):
                continue  # (「親イラン武装組織」: the leaning of the group named after it)
            if ent.type == "person":
                persons.append(Arg(m.start, m.end, ent, case, attached))
                if not ent.stands_for:
                    continue
            party = resolve_party(ent, gazetteer)
            if m.form == "adjective":
                case = "origin"
            if helps and case in ("obj", "goal") and attached is None:
                case = "helper"
            # (「…車両を押収し、イランが同国経由で…送り込もうとしている」: the subject of the clause
            # after the seizure is the sender)
            if seizure and case in ("subj", "topic") and ent.type != "armed-group" and m.start < seized_by:
                case = "other"  # 「米海軍が…押収した」: who seizes a shipment is no party to it
                if text.startswith("、", m.end):
                    continue  # (nor one listed with it: 「米軍、フーシ派向け兵器を押収」)
            # 「北西部パンジャブ州に配備された」: a province the gazetteer does not know is a place
            # within a state, not a party to the act (nor is a ministry it does not know, 「国防省」
            # cut from 「フィンランド国防省」: the state before it stands for it)
            if ent.provisional and _SUBNATIONAL.search(m.text):
                continue
            # 「旧ソ連製の戦闘機」: a state that no longer exists made the goods but hands nothing over now
            if case == "origin" and party is not None and is_former_state(party):
                continue
            if party is None and is_place(ent) and _firm_of_city(text, m.end):
                party = gazetteer.country(ent.country) if ent.country else None
                if party is not None:
                    sentence.parties.append(Arg(m.start, m.end, party, case, attached))
            elif party is not None and not is_place(ent):
                sentence.parties.append(Arg(m.start, m.end, party, case, attached))
            if is_place(ent) or ent.type == "country":
                sentence.places.append(Arg(m.start, m.end, ent, case, attached))
        # 「ロシアに弾道ミサイルを提供している北朝鮮」: the noun a relative clause modifies is its subject
        for tok_i, ti in trig_tokens.items():
            tok = doc[tok_i]
            if tok.dep_ != "acl" or hits[ti].passive or hits[ti].trigger.direction == "request":
                continue
            head_start = off + tok.head.idx
            for a in list(sentence.parties):
                # (not the make of the goods: 「インドが購入した米国製の無人機」, whose 米国 the parse may
                # take for the noun the clause is on)
                if a.start <= head_start < a.end and a.start > hits[ti].end and a.case != "origin":
                    sentence.parties.append(dataclasses.replace(a, case="subj", trigger=ti, direct=True))
                    break
                # (「…を再輸出したキルギス企業」「…を売却したトルコの会社」: the firms of a state; a
                # headline's topic before the clause, 「米財務省、…キルギス企業など制裁」, is the main
                # predicate's, not the clause's)
                if a.start > hits[ti].end and _firms_of_state(text, a.end, head_start + len(tok.head.text)):
                    sentence.parties.append(dataclasses.replace(a, case="subj", trigger=ti, direct=True))
                    for b in sentence.parties:
                        loose = b.trigger is None or b.trigger < 0 or (b.trigger == ti and not b.direct)
                        if loose and b.case == "topic" and b.end <= hits[ti].start:
                            b.case, b.trigger = "other", OTHER_PREDICATE
                    break
        # 「ウクライナのゼレンスキー大統領は」: a state qualifying the next party (its leader, its
        # ministry) stands in that party's place, not as a genitive of the act
        named = sorted(sentence.parties + persons, key=lambda a: a.start)
        placing: list[Arg] = []
        for a, b in itertools.pairwise(named):
            same = a.entity is not None and b.entity is not None and a.entity.id == b.entity.id
            if same and a.case == "gen" and b.case != "gen" and _GEN_SAME.fullmatch(text, a.end, b.start):
                a.case, a.trigger = b.case, b.trigger
            elif not same and _qualifies(text, a, b, sentence.parties):
                placing.append(a)
        # (out of the parties altogether: 「ワグナー、スーダンのRSFに」 would list it beside the topic)
        sentence.parties = [a for a in sentence.parties if not any(a is p for p in placing)]
        _genitive_subjects(sentence, doc, trig_tokens)
        _makers_beside_the_giver(text, sentence)
        _first_clause_subject(sentence)
        _teller_before_first_subject(sentence)
        _second_topic_acts(sentence)
        _case_right_before(sentence)
        _goal_before_retired_goods(sentence)
        focused_parties(sentence)
        _pledger_of_goods(text, sentence)
        displaced = _own_subjects(sentence, doc, off, tok_at, trig_tokens, goods)
        _speaker_before_subject(sentence)
        _also_teller(sentence)
        chains = _acts_on_the_goods(sentence, doc, hits, trig_tokens, goods)
        used_goods = users_receive(sentence, doc, off, hits, trig_tokens)
        user_of_goods_given(sentence, hits)
        pledged_to(sentence, doc, off, hits, trig_tokens)
        # coordination: 「イランと北朝鮮が」 — a conjunct takes the case of the one it joins
        for group in (sentence.parties, sentence.places):
            for i in range(len(group) - 2, -1, -1):
                # (not a name said again: 「ドイツとドイツ製の艦の売却で合意」 names a partner, then the make)
                if (
                    group[i].case == "conj"
                    and group[i + 1].start - group[i].end <= 4
                    and not _same_entity(group[i], group[i + 1])
                ):
                    group[i].case = group[i + 1].case
                    group[i].trigger = group[i].trigger if group[i].trigger is not None else group[i + 1].trigger
        _joint_doer(text, sentence)
        paid_in_return(text, sentence)
        given_in_return(text, sentence)
        owner_gives(sentence, text)
        buyer_for_another(sentence, text)
        _deal_partners(text, sentence, hits, seg)
        _pair_by_make(text, sentence)
        _visited_recipient(text, sentence, hits)
        _arrived_at_speaker(text, sentence, hits)
        _ordered_goods_arrive(sentence, doc, trig_tokens)
        for group in (sentence.parties, sentence.places):
            for a in group:
                if a.trigger is None and hits and not _later_clause_topic(text, a, hits):
                    tj = _nearest_following(a.start, hits)
                    if a.case in ("topic", "subj") and tj is not None and _class_doer(text, hits[tj]):
                        a.foreign = True  # (who sanctions states or firms at large is none of them)
                        continue
                    a.trigger = tj
                    a.direct = False
                elif a.trigger == OTHER_PREDICATE and _way_of_next_act(text, a, hits):
                    # 「トルコを経由した部品の輸出」: the parse takes 経由した for a predicate of its own
                    a.trigger, a.direct = _nearest_following(a.start, hits), False
                elif a.trigger == OTHER_PREDICATE:
                    a.trigger = None
                    a.speech_topic = a.case == "topic"
                    a.foreign = True
            for a in displaced:
                a.speech_topic = False  # the main clause's topic, not a speaker standing in for the act's
            # 「同国からロシアへの工作機械の輸出」: から/への inside the noun phrase of a nominal
            # trigger are its own, wherever the parse hung them
            for a in group:
                if a.direct or a.trigger is None or a.case not in ("source", "goal") or not hits[a.trigger].nominal:
                    continue
                between = text[a.end : hits[a.trigger].start]
                if len(between) <= 20 and not re.search(r"[、。,]|[はがを](?!の)", between[2:]):
                    a.direct = True
            _from_to_pair(text, group)
            # 「ロシアのカスピ海にある港に」: a country owning the destination is the recipient's side
            for a in group:
                gen_at = _past_gloss(text, a.end)  # (「リビア国民軍（LNA）の基地に」)
                if a.case == "gen" and (
                    _GEN_GOAL.match(text, gen_at)
                    or _GEN_GOAL_TOWARD.match(text, gen_at)
                    or _GEN_MAKERS_GOAL.match(text, gen_at)
                    # 「ベネズエラ空軍の戦闘機の部品を納入した」: parts for the craft of the state's forces
                    or _parts_for_forces(text, a, gen_at, group)
                    or (
                        (_GEN_GOAL_FAR.match(text, gen_at) or _GEN_TOWN_GOAL.match(text, gen_at))
                        and any(b.case in _GOODS_COME_FROM and b.trigger == a.trigger for b in sentence.parties)
                    )
                ):
                    a.case = "goal-gen"
                elif a.case == "gen" and _GEN_SOURCE.match(text, gen_at):
                    a.case = "source"  # 「ベラルーシ軍の保管基地から」
                elif a.case in ("gen", "agent") and _GEN_EVENT.match(text, gen_at):
                    a.trigger, a.foreign = None, True
            # 「トルコやUAEの業者を経由して」: states coordinated with the go-between's owner go between too
            for a in sorted(group, key=lambda x: -x.start):
                if a.case != "gen":
                    continue
                later = [b for b in group if b.case == "via" and b.start >= a.end and b.trigger == a.trigger]
                if later and _COORDINATED.fullmatch(text, a.end, min(b.start for b in later)):
                    a.case = "via"
        _sides_of_talks_by_make(text, sentence)
        _trade_pair_by_make(text, sentence, gazetteer)
        _cosigner_not_giver(sentence)
        _later_clause_places_out(text, sentence)
        _asker_of_passive_request(sentence)
        _broker_goes_between(sentence)
        _other_headline_segment_out(text, sentence)
        _party_spoken_of(text, sentence)
        _seller_weighed_for(text, sentence)
        _charged_to_the_punished(text, sentence, hits)
        _bought_by_a_based_firm(text, sentence)
        _punished_doers_act(text, sentence, hits)
        switched_supplier_out(text, sentence)
        goal_shared_on(text, sentence)
        suspect_does_act(text, sentence)
        aided_state_receives(text, sentence)
        trained_and_supplied(text, sentence)
        unnamed_sources(text, sentence)
        import_share_source(text, sentence)
        supplied_state(text, sentence)
        target_state_receives(text, sentence)
        supplier_predicate(text, sentence)
        giver_of_received_act(text, sentence)
        _carrier_owners(text, sentence)
        _fetched(text, sentence)
        holders_receive(text, sentence)
        holders_no_givers(text, sentence)
        holders_given_to(text, sentence)
        both = [a for a in sentence.parties if a.start in both_at]
        share_roles(sentence, hits, sentences[-4:], both)
        beside_clause = {doc[k].head.i: ti for k, ti in trig_tokens.items() if doc[k].dep_ == "acl"}
        clause_acts = {ti for k, ti in trig_tokens.items() if doc[k].dep_ == "acl" and doc[k].head.i in goods}
        for it in items:
            tok_i = _tok(tok_at, off, it.end - 1)
            it.trigger = _attach(tok_i, doc, trig_tokens, goods, refused=refused) if tok_i >= 0 else None
            # 「中国の支援を受けて国内で武器を生産している」: goods made at home are no act's (goods
            # made for a buyer, 「ウクライナ向けに…の製造を進めている」, are that buyer's)
            made_here = (
                it.trigger == OTHER_PREDICATE
                and doc[tok_i].head.lemma_ in _MADE_HERE
                and not any(a.case in ("goal", "goal-gen") for a in sentence.parties)
            )
            if _worked_on(doc, tok_i, trig_tokens):
                it.trigger = OTHER_PREDICATE
                continue
            if it.trigger == OTHER_PREDICATE and _under_refused_act(doc, tok_i, refused):
                continue  # 「…を送っているが、武器は供与しない方針だ」: goods of an act refused are no act's
            if it.trigger == OTHER_PREDICATE:
                # 「北朝鮮から入手したミサイルを使用したほか、」: goods of another predicate, told by a
                # clause of transfer, are that clause's
                it.trigger = beside_clause.get(tok_i)
                it.direct = it.trigger is not None
            if made_here and it.trigger is None:
                it.trigger = OTHER_PREDICATE
                continue
            # 「ロシアがイランに送った戦闘機に加え、…を購入した」: goods set beside another act's are
            # the goods of the clause of transfer that describes them
            # (「イランが供与した無人機と北朝鮮が供与したミサイルで」: goods a clause of transfer
            # qualifies, hung by the parse on the next such clause, are their own clause's too)
            hung_on_next = it.trigger in clause_acts and it.trigger != beside_clause.get(tok_i)
            if tok_i in beside_clause and (_BESIDE_GOODS.match(text, it.end) or hung_on_next):
                it.trigger, it.direct = beside_clause[tok_i], True
            if it.trigger is None and hits:
                it.trigger = _nearest_following(it.start, hits)
                it.direct = False
            # 「AとBを合わせて200門以上供与した」: goods totalled for the act are the act's own
            if not it.direct and hits and _TOTALLED.match(text, it.end):
                it.trigger, it.direct = _nearest_following(it.end, hits), True
                for before in reversed(items[: items.index(it)]):
                    if before.case != "conj":
                        break
                    before.trigger, before.direct = it.trigger, True  # (and the goods listed with them)
            for a in sentence.parties:
                # 「日本製の数値制御（NC）工作機械」: a bracketed gloss does not part the origin from the goods
                # (「トルコの造船所で建造されたコルベット艦」: the clause of making is the origin's own)
                between = text[a.end : it.start]
                between = _MADE_AT_RE.sub("", between, count=1) if a.case == "origin" else between
                between = _HELD_EACH.sub("", between, count=1) if a.case == "origin" else between
                # (「日本企業の工作機械」: the goods of a state's firms are of its make)
                between = _FIRMS_OF.sub("", between, count=1) if a.case == "gen" else between
                # (「日本の「もがみ」型護衛艦」: the class's name in brackets is the goods' own)
                between = _CLASS_NAMED.sub("の", between, count=1) if a.case == "gen" else between
                gap = len(_BRACKET_GLOSS.sub("", between)) if a.end <= it.start else -1
                # イラン製の無人機, 中国の対空システム: the maker's or owner's country
                if 0 <= gap <= 8 and (a.case == "origin" or (a.case == "gen" and gap <= 1)):
                    it.origin = a.entity
                    a.case = "origin"
            it.case = case_of(text, it.end)
            # 「武器と引き換えに食料を提供」: the goods paid for go the other way
            it.reverse = bool(_EXCHANGE.match(text, it.end))
        items += made_in_each(text, items, sentence.parties)
        sentence.items = items
        goods_of_the_clauses(sentence, used_goods)
        bought_from(sentence, doc, off, trig_tokens)
        items = beside_the_goods_out(text, _carriers_out(text, items, hits, sentence.parties))
        if hits:
            items = wreckage_out(text, items, hits)
        if seizure:
            items = seizers_craft_out(text, items)
        attach_quantities(text, items, [q for q in quantities if s0 <= q.start < s1], "ja")
        items += [dataclasses.replace(it, trigger=ti) for ti, tj in chains for it in items if it.trigger == tj]
        sentence.items = refer_back(text, items, sentences[-3:])
        _other_headline_goods_out(text, sentence)
        # 「…を押収した。同軍は、これらの貨物が…に送られる途中だったとみている」: the cargo seized
        seized_before = goods_pointed_back(sentence, sentences[-1:]) and bool(_SEIZURE.search(sentences[-1].text))
        part_of_goods_before(text, sentence, sentences[-1:])
        made_by_the_firm_before(text, sentence, sentences[-1:])
        if sentences:
            made_where_told_before(text, sentence, sentences[-1], _makers_told(text, sentences[-1]))
        counted_goods(text, sentence, quantities, sentences[-3:])
        split_gapped(text, sentence, quantities)
        destinations_tallied(text, sentence, quantities, lexicon.triggers)
        join_followers(text, sentence)
        join_leaders(text, sentence)
        join_also(text, sentence)
        partners_by_goods(text, sentence, gazetteer)
        origin_told_of(text, sentence)
        firms_told_again(text, sentence, sentences[-1:])
        sources_per_goods(text, sentence)
        came_from(sentence)
        sources_in_transit(sentence)
        front_of_the_war(text, sentence)
        passed_on_after_arrival(text, sentence)
        bought_to_sell_on(sentence)
        traders_sell_on(text, sentence)
        bought_from_traders(text, sentence)
        bought_then_passed_on(text, sentence)
        bought_for_another(text, sentence)
        resold = resold_told_before(text, sentence, sentences[-1:]) or resold_later(text, sentence, sentences[-1:])
        _all_of_the_goods(text, sentence)
        _bound_goods_goal(text, sentence)
        sentence.dates = [d for d in dates if s0 <= d.start < s1 and not _timed_by_event(text, d.end, hits)]
        _trigger_dates(sentence, doc, off, tok_at, trig_tokens, hits)
        if len(sentence.dates) == 1:
            _dated_later_clause(sentence, doc, off, tok_at, trig_tokens, published)
        split_batches(sentence)
        split_dated(sentence, quantities)
        hits = sentence.triggers
        _dated_ahead(sentence, hits, published)
        if resold and not sentence.dates:
            sentence.dates = list(sentences[-1].dates)  # (the purchase's date is the journey's)
        hearsay_only = True
        # 「…引き渡しをしたと述べた、ロシアは…使用する可能性があるとした」: a translation that joins two
        # statements with a comma; a hedge of the second does not qualify the act told in the first
        splice = _SPLICE.search(seg)
        statement_end = (
            s0 + splice.end() if splice is not None and all(h.end <= s0 + splice.start() for h in hits) else s1
        )
        for status in ("alleged", "planned", "requested", "confirmed"):
            for c in lexicon.cue(status):
                for cm in re.finditer(re.escape(c), seg):
                    if status == "alleged" and s0 + cm.start() >= statement_end:
                        continue
                    # 「送るとしている」「供与したとしていた」: says it will or did (no charge, 「…として非難」)
                    if status == "alleged" and _NO_HEDGE.match(seg, cm.end()) and c in ("分析", "観測", "批判", "非難"):
                        continue
                    if status == "alleged" and c.endswith("として") and _SAYS.match(seg, cm.end()):
                        continue
                    if status == "alleged" and c.endswith("として") and _convicted_of(seg, cm.end()):
                        continue
                    if status == "alleged" and _dismissed_as(seg, cm.start(), cm.end()):
                        continue
                    if status == "alleged" and _hedged_aside(seg, cm.start(), s0, hits, sentence.items):
                        continue
                    if status == "requested" and _asks_for_measure(seg[: cm.start()]):
                        continue  # 「取引の停止を求めた」: asks that the deals stop, not for goods
                    if status == "requested" and _asks_for_deed(seg[: cm.start()], lexicon):
                        continue  # 「運用を優先するよう求められた」: asks for a deed, not for goods
                    if status == "requested" and ANSWERED_ASK.match(seg, cm.end()):
                        continue  # 「要請に応じて供与した」: an ask answered, the act is given or planned
                    if status == "planned" and _MEASURED_BY_PLAN.match(seg, cm.end()):
                        continue
                    sentence.cue_spans.append((s0 + cm.start(), s0 + cm.end(), status))
                    if status != "planned":
                        sentence.statuses.add(status)
                    if status == "alleged" and c not in _HEARSAY:
                        hearsay_only = False
        view = _VIEW_HELD.search(seg) or _report_not_denied(seg)
        if view is not None and s0 + view.start() < statement_end:
            sentence.cue_spans.append((s0 + view.start(), s0 + view.end(), "alleged"))
            sentence.statuses.add("alleged")
            hearsay_only = False
        if any(c in seg for c in lexicon.cue("hedge_final")) or _HEADLINE_HEDGE.search(seg):
            sentence.statuses.add("alleged")
            hearsay_only = False
        if any(c in seg for c in lexicon.cue("interdicted")) and not passed_on:
            sentence.statuses.add("alleged")  # a seized shipment's route is the seizer's inference
            hearsay_only = False
        if _load_of_craft_taken(seg, sentences[-1].text if sentences else "", hits):
            sentence.statuses.add("alleged")
            hearsay_only = False
        for h in hits:
            # 「…にミサイルを提供する」 quoted or ending the sentence: the plain non-past is a plan
            plain = _PLAIN_FUTURE.match(text, h.end)
            # 「…を引き渡し」」「砲弾提供。」: a headline's bare noun or verb stem reports the act;
            # only a verb's non-past (提供する, 渡す) plans it
            # (「武器は陸路でイエメンに運ばれる」: a passive non-past with nothing ahead in time tells
            # how the goods go, habitually, not what is yet to come)
            if (
                plain is not None
                and not _dated_before(sentence, h, published, seg)
                and (plain.end() > plain.start() or text[h.end - 1] in "うくぐすつぬぶむる")
                and not (
                    _PASSIVE_PLAIN.match(text, plain.start(), plain.end())
                    and not _AHEAD.search(seg)
                    and not _REPORTED_AHEAD.match(text, plain.end())
                )
            ):
                sentence.cue_spans.append((plain.start(), plain.end(), "planned"))
            # 「…を追加で提供することを、国家安全保障会議で正式に決定した」: the act decided on, its
            # deciding told at the end of the clause
            # (not an act its own clause dates before the story: 「2023年に12機を納入し、残りの36機は来年
            # から引き渡される予定だ」 tells the first lot as delivered)
            joined = _JOINED_PLAN.match(text, h.end, s1)
            if joined is not None and not h.nominal and not _own_date_past(h, published):
                sentence.cue_spans.append((h.end, joined.end(), "planned"))
            intended = _INTENDED.match(text, h.end, s1)
            if intended is not None and not h.nominal:
                sentence.cue_spans.append((h.start, intended.end(), "planned"))
            proposed = _PROPOSED.match(text, h.end, s1)
            if proposed is not None and not h.nominal:
                sentence.cue_spans.append((h.end, proposed.end(), "planned"))
            # 「パキスタン向けに建造している潜水艦」「ウクライナ向けの戦車を製造中」: goods still being made
            # for the buyer are yet to be handed over
            being_made = _BEING_MADE_FOR.match(text, h.start, s1)
            if being_made is not None:
                sentence.cue_spans.append((h.start, being_made.end(), "planned"))
            covered = _covered_by_deal(seg, h.end - s0, s1 - s0) if h.nominal else None
            if covered is not None:
                sentence.cue_spans.append((h.end, s0 + covered.end(), "planned"))
            decided = _DECIDED.match(text, h.end, s1)
            if decided is not None:
                sentence.cue_spans.append((h.end, decided.end(), "planned"))
            secured = _SECURED.match(text, h.end, s1)
            if secured is not None and not h.nominal:
                sentence.cue_spans.append((h.end, secured.end(), "planned"))
        _under_way(sentence, hits)
        # (「…に輸出しようとしたとして逮捕」「送ろうとした疑い」: a past attempt charged as the grounds of an
        # arrest or a penalty is the charge's act, alleged like any other, not a plan)
        if ("ようとして" in seg or "しようと" in seg) and not _ATTEMPT_CHARGED.search(seg):
            sentence.statuses.add("planned")
        if (seizure or seized_before) and hits:
            # a seized shipment 「…へ提供される予定だった」 was sent, not planned: it never arrived
            sentence.cue_spans = [c for c in sentence.cue_spans if c[2] != "planned"]
            sentence.statuses.discard("planned")
        if seized_before and hits:
            sentence.statuses.add("alleged")  # where the seized cargo was going is the seizer's inference
        undenied = _NOT_DENIED.sub("", seg)
        sentence.denial = any(c in undenied for c in lexicon.cue("denied")) and not _ADMITTED_LATER.search(seg)
        taken = [(m.start, m.end) for m in mentions]
        speakers = unnamed_speakers(text, s0, s1, lexicon, taken, sentence.parties) + persons
        sentence.attribution = attribution(text, s0, s1, sentence.parties, speakers, media, lexicon, statement_end)
        sentence.attribution = sentence.attribution or _report_frame_teller(text, sentence)
        if sentence.attribution is None and sentences and _goes_on_telling(text, sentences[-1], s0, s1):
            # 「…によると、…供与した。また、…も送ったという。」: the source of the sentence before
            # goes on telling; its hearsay 「という」 is that source's, not an unsourced rumour
            sentence.attribution = sentences[-1].attribution
        _unconfirmed(seg, s0, sentence)
        _speaker_named_again(text, sentence, sentences[-6:])
        _same_holder_speaks(text, sentence, mentions, entities)
        if not hits and sentences:
            _told_by_next(text, sentence, sentences[-1])
            told_of_the_act_before(text, sentence, sentences[-1])
        sourced = sentence.attribution is not None or _FRONTED_SOURCE.search(seg) is not None
        if hearsay_only and sourced and not sentence.statuses & {"requested"}:
            sentence.statuses.discard("alleged")  # 「関係者の話として…という」: sourced, so reported
        hedge_of_later_clause(sentence)
        _source_qualifiers_out(text, sentence)
        _named_speaker_out(text, sentence)
        _envoy_of_state(text, sentence)
        _quote_opener_out(text, sentence)
        # a topic set aside as a speaker (「Xは…と述べた」) that turns out not to be the one
        # speaking is the act's subject after all
        _presupposed_acts(sentence, doc, off, trig_tokens, bool(seizure or passed_on))
        att_speaker = sentence.attribution.speaker if sentence.attribution else None
        for hit in hits:
            hit.class_doer = _class_doer(text, hit)
        for a in sentence.parties:
            if a.speech_topic and not _speaker_side(text, a, att_speaker) and hits:
                tj = _nearest_following(a.start, hits)
                if a.case in ("topic", "subj") and tj is not None and hits[tj].class_doer:
                    continue  # (who warns of or sanctions states or firms at large is not one of them)
                a.trigger, a.direct = _nearest_following(a.start, hits), False
        _teller_of_goods_going(sentence)
        # 「日本の上川外相は…ウクライナに…を送ると表明した」: the speaker's state pledges its own act
        for a in sentence.parties:
            if not (a.speech_topic and hits and att_speaker is not None and a.entity is not None):
                continue
            if a.entity.type != "country" or text[a.end : att_speaker.start] != "の":
                continue
            tj = _nearest_following(a.start, hits)
            if tj is None or hits[tj].trigger.direction != "give" or hits[tj].negated:
                continue
            # 「ロシア外務省の報道官は、西側の武器の供給は紛争を長引かせると述べた」: an act named as
            # what the statement is about is someone else's, not the speaker's pledge
            if hits[tj].nominal and _ACT_SPOKEN_OF.match(text, hits[tj].end):
                continue
            if any(
                b.trigger == tj and b.case in ("subj", "topic", "source", "agent")
                for b in sentence.parties
                if b is not a
            ):
                continue
            a.trigger, a.direct, a.case, a.speech_topic, a.foreign = tj, True, "subj", False, False
        _own_handover_done(text, sentence, att_speaker)
        _mover_speaks(sentence, att_speaker)
        _speaker_off_goods_way(text, sentence, att_speaker)
        _speaker_state_receives(text, sentence, att_speaker)
        _home_media_receives(text, sentence)
        _asked_to_give(text, sentence)
        # 「ロシアは欧米の兵器供与を批判した」: who condemns an act named as the object of the
        # condemning speaks of it and is not its subject (nor its recipient)
        judged = [h.start for h in hits if h.nominal and _JUDGED.match(text, h.end)]
        _attack_judged(text, hits)
        for a in sentence.parties:
            if judged and a.case in ("topic", "subj") and a.start < min(judged):
                a.case = "other"
        if not hits:
            found_inside(sentence, text)
        if not hits:
            seized_again(sentence, text, sentences[-4:])
        if not hits and not sentence.triggers:
            seized_on_told_route(sentence, sentences[-3:])
        else:
            cargo_of_seizure(sentence, sentences[-1:])
        if not hits:
            deal_goods_after(sentence, text, sentences[-1:])
        if not hits:
            deal_of_goods(sentence, text)
        if not hits:
            next_deal(sentence, text, sentences[-2:])
        if not hits:
            goods_added(sentence, text)
        _delivery_after_deal(text, sentence, hits)
        hosts_of_parts(sentence, text)
        sentence.modes = [(s0 + m.start(), s0 + m.end(), mode) for mode, rx in _MODES for m in rx.finditer(seg)]
        sentence.vessels = [(s0 + m.start(), s0 + m.end(), m.group()) for m in _VESSELS.finditer(seg)]
        sentences.append(sentence)
    _schemes_named(sentences, gazetteer)
    made_in_told_after(text, sentences)
    goods_listed_after(text, sentences)
    goods_bulleted_after(text, sentences)
    givers_bulleted_after(sentences)
    givers_told_after(text, sentences)
    supplier_told_after(text, sentences)
    origin_sailed_from_after(text, sentences)
    buyer_told_after(text, sentences)
    shares_by_state(text, sentences, quantities)
    topic_gives(sentences)
    answered_receiver(sentences)
    topic_receives(sentences)
    carriers_of_story(sentences)
    story_parties(sentences)
    recipient_framed_before(sentences, text)
    recipient_told_before(sentences, text)
    recipient_user_before(sentences, text)
    roundup_taker(sentences, text)
    dated_by_next(sentences, text)
    return sentences
