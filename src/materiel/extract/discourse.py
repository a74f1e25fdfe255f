"""What later sentences carry over from earlier ones: a party the next sentence leaves out, the
date the one before gave, a journey continued through a go-between, a headline's missing party."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from materiel.extract.common import UNDER_WAY, same_kind_word
from materiel.extract.restate import in_headline, same_party, told_so_far, told_standing
from materiel.gazetteer import is_former_state
from materiel.model import TRADE_GOODS, Entity, Party, Transfer


def copy_party(p: Party | None) -> Party | None:
    return None if p is None else Party(p.entity, p.description, p.span)


def categories(t: Transfer) -> set[str]:
    return {it.category for it in t.items}


def continue_journeys(transfers: list[Transfer]) -> None:
    """Goods sent to a go-between the text already named for the same supplier (to Iran, on
    the way to Russia) continue that journey: the go-between stays an intermediary."""
    for n, t in enumerate(transfers):
        if t.recipient is None or t.recipient.entity is None:
            continue
        if t.kind == "sale" and t.recipient.entity.type == "country":
            # ("China has sold both systems to the UAE", after the UAE was told passing them on: a
            # state buying the goods owns them, a sale of its own, not a leg of the later journey)
            continue
        for prior in reversed(transfers[:n]):
            if prior.recipient is None or prior.recipient.entity is None:
                continue
            via = {p.entity.id for p in prior.intermediaries if p.entity}
            same_supplier = (
                t.supplier is None
                or prior.supplier is None
                or (
                    t.supplier.entity is not None
                    and prior.supplier.entity is not None
                    and t.supplier.entity.id == prior.supplier.entity.id
                )
            )
            # ("the systems reached Russia through North Korea's Tumangang. Russia gave Pyongyang
            # Pantsirs": the end of the journey before gives in turn, the way back is no leg of it)
            back = t.supplier is not None and same_party(t.supplier, prior.recipient)
            if t.recipient.entity.id in via and same_supplier and not back:
                t.intermediaries.append(t.recipient)
                t.recipient = Party(prior.recipient.entity, prior.recipient.description)
                t.supplier = t.supplier or (
                    Party(prior.supplier.entity, prior.supplier.description) if prior.supplier else None
                )
                break


# words of goods coming down somewhere, and of goods told going on to an end
_LANDED = {"landed", "lands", "land", "arrived", "arrives", "arrive", "docked", "docks", "touched", "unloaded"}
_DESTINED = {"destined", "bound", "headed", "intended", "earmarked", "way", "route"}
# a sentence taking up the goods of the one before: "The rounds were destined for Ukraine", "They were bound for"
_TAKEN_UP = re.compile(r"\s*(?:The|These|Those|They|All|Most|Some)\b")


def landed_on_the_way(transfers: list[Transfer], text: str) -> None:
    """ "Two cargo planes carrying Serbian-made mortar rounds landed in Rzeszow. The rounds were destined
    for Ukraine": where goods came down is a stop on their way when the next sentence, taking them up,
    tells another end they were bound for; that end receives them, the stop is a go-between."""
    for t, nxt in itertools.pairwise(transfers):
        if t.trigger is None or nxt.trigger is None or not t.evidence or not nxt.evidence:
            continue
        if t.trigger.text.lower() not in _LANDED or nxt.trigger.text.lower() not in _DESTINED:
            continue
        if t.recipient is None or nxt.recipient is None or same_party(t.recipient, nxt.recipient):
            continue
        if t.supplier is not None and nxt.supplier is not None and not same_party(t.supplier, nxt.supplier):
            continue
        start = nxt.evidence[0].start
        if not 0 <= start - t.evidence[0].end < 200 or not _TAKEN_UP.match(text, start):
            continue
        t.intermediaries.append(t.recipient)
        t.recipient = Party(nxt.recipient.entity, nxt.recipient.description)
        t.supplier = t.supplier or (Party(nxt.supplier.entity, nxt.supplier.description) if nxt.supplier else None)


# 「一方、」「他方、」: a sentence set against the one before tells of another deal
# openings that set a sentence's act apart from the one before: it takes no party from it
# (「これとは別に、」「それとは別に、」: a matter told apart, as "Separately," is)
_CONTRAST = (
    "一方、",
    "一方で、",
    "他方、",
    "その一方で、",
    "これとは別に",
    "それとは別に",
    "Separately,",
    "In a separate ",
)


def _contrasted(t: Transfer) -> bool:
    return bool(t.evidence) and t.evidence[0].text.lstrip("　 ").startswith(_CONTRAST)


# givers a request is put to without naming them: 「パートナーに」「同盟国に対し」「欧米諸国などに」「西側に」
_UNNAMED_ASKED = re.compile(
    r"(?:パートナー(?:国|諸国)?|同盟国|友好国|支援国|欧米(?:諸国|各国)?|西側(?:諸国|各国)?|各国|国際社会)"
    r"(?:など)?(?:に対し(?:て)?|に)"
)


# goods told as got from states left unnamed: 「第三国で買い付けられた砲弾」「他国から調達した弾薬」
# (「クーデター以降、少なくとも10億ドル相当の武器を輸入した」: the sum of all imports over a period,
# from every seller at once)
_GOT_FROM_UNNAMED = re.compile(
    # (「ロシアが複数の国からミサイルを調達することで」: the goods may stand between the source and the act)
    r"(?:第三国|第3国|他国|複数の国|域外の国)(?:など)?(?:で|から)(?:の)?(?:[^、。]{0,4}?|[^、。をがは]{1,12}を)"
    r"(?:買い付け|購入|調達|入手|取得|集め)"
    r"|(?:以降|以来)、?[^。]{0,40}?(?:ドル|ユーロ|円|ルーブル)相当の[^。]{0,24}?を(?:輸入|調達|購入|入手)"
)


def _got_from_unnamed(t: Transfer) -> bool:
    """Whether the sentence telling `t` says its goods came from states it leaves unnamed
    (「第三国で買い付けられた砲弾がチェコ経由でウクライナに届けられている」): the giver of the acts
    around it is not theirs."""
    return bool(t.evidence) and _GOT_FROM_UNNAMED.search(t.evidence[0].text) is not None


# receivers told only by their count: "to more than 30 countries", "to dozens of armies"
_GIVEN_TO_UNNAMED = re.compile(
    r"\bto\s+(?:more\s+than|over|at\s+least|some|about|around|nearly|almost)?\s*"
    r"(?:\d+|dozens\s+of|scores\s+of|several|many|a\s+dozen|a\s+number\s+of|[a-z]+ty)\s+"
    r"(?:other\s+|foreign\s+)?(?:countries|nations|states|customers|buyers|armies|air\s+forces)\b",
    re.I,
)


# 「中国製の無人機が武装勢力の手に渡っている」「反政府勢力に流れた」: goods reaching armed men the
# sentence leaves unnamed
_UNNAMED_ARMED_TAKERS = re.compile(
    r"(?:少数民族|反政府|反体制|民族)?(?:武装勢力|武装組織|武装集団|民兵組織|民兵|過激派|反政府勢力|反乱軍|反乱勢力|テロ組織)"
    r"(?:など)?(?:の手に|に|へ)(?:渡|流|届|行き渡)"
)


def _given_to_unnamed(t: Transfer) -> bool:
    """Whether the sentence telling `t` sends its goods to receivers it counts but leaves unnamed
    ("Baykar has exported the TB2 to more than 30 countries", 「無人機が武装勢力の手に渡っている」):
    the recipient of the acts around it is not theirs."""
    if not t.evidence:
        return False
    sentence = t.evidence[0].text
    return _GIVEN_TO_UNNAMED.search(sentence) is not None or _UNNAMED_ARMED_TAKERS.search(sentence) is not None


# kana or kanji: a sentence of Japanese copy
_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _asked_of_unnamed(t: Transfer, giver: Party | None) -> bool:
    """Whether `t` asks for goods from givers the text leaves unnamed, so that `giver`, a supplier
    of the acts around it, is not the one asked: 「ゼレンスキー氏はパートナーに防空システムの追加を求めた」
    asks no one state, not the one that gave last, and neither does a request whose sentence names no
    one asked, "Zelenskyy has asked for more Patriot systems" (one naming the giver is put to it:
    "whether Germany would provide Taurus missiles, which Kyiv has requested", and so is one for
    systems of the giver's own make)."""
    if t.status != "requested" or not t.evidence:
        return False
    sentence = t.evidence[0].text
    if _UNNAMED_ASKED.search(sentence) is not None:
        return True
    # (kept to English: Japanese copy leaves the state asked to the sentences around a request,
    # 「ウクライナは追加の供与を求めた」, and measured on its corpus the rule cost pairs)
    if _JAPANESE.search(sentence) is not None:
        return False
    return t.supplier is None and not (_named_apart(giver, t) or _of_its_make(t, giver))


def _named_apart(giver: Party | None, t: Transfer) -> bool:
    """Whether the sentence of request `t` names the giver other than as the giver of the act it was
    carried from: "Having received F-16s from Denmark, Ukraine is now asking for Gripens" puts the
    request to no one (Denmark is named as the giver of the F-16s); "whether Germany would provide
    Taurus missiles, which Kyiv has requested" puts it to Germany."""
    ev = t.evidence[0]
    span = giver.span if giver is not None else None
    if span is None or not (ev.start <= span.start and span.end <= ev.end):
        return _named_in(giver, ev.text)
    rest = ev.text[: span.start - ev.start] + " " * (span.end - span.start) + ev.text[span.end - ev.start :]
    return _named_in(giver, rest)


def _of_its_make(t: Transfer, giver: Party | None) -> bool:
    """Whether every good `t` asks for is a named system of the giver's make: "Tehran requested more
    Yak-130 trainers", after Russia's deliveries, asks their maker."""
    home = giver.entity.country if giver is not None and giver.entity is not None else None
    made = [it.entity.country if it.entity is not None else None for it in t.items]
    return home is not None and bool(made) and all(c == home for c in made)


def _named_in(p: Party | None, sentence: str) -> bool:
    """Whether the sentence names the party's entity by one of its names."""
    if p is None or p.entity is None:
        return False
    names = [p.entity.name, *(n for ns in p.entity.names.values() for n in ns)]
    return any(_names(n, sentence) for n in names if len(n) > 1)


def _names(name: str, sentence: str) -> bool:
    """Whether `name` is written in the sentence (a Latin name as a whole word: "Iran" not in "Iranian")."""
    if not name.isascii():
        return name in sentence
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", sentence) is not None


def another_channel(t: Transfer, prior: Transfer) -> bool:
    """Whether `t`, which names no supplier, tells of parts or dual-use goods, of another kind than
    `prior`'s, that came by a go-between (the way of goods evading sanctions), or is set against
    it: 「北朝鮮はロシアに砲弾を送った。一方、ロシアには欧州製の部品もトルコ経由で流入している」 names no
    one who sent the parts, and North Korea did not. (Weapons sent on through a transit state,
    「また、シリアを経由してヒズボラにロケットを送った」, are the same giver's.)"""
    if _contrasted(t):
        return True
    traded = bool(t.items) and categories(t) <= TRADE_GOODS
    return traded and bool(t.intermediaries) and not (categories(t) & categories(prior))


def _other_lot_of_parts(t: Transfer, prior: Transfer) -> bool:
    """Whether `t`, which names no supplier, tells of parts or dual-use goods that came by other
    go-betweens than `prior`'s: 「米国製の半導体がウズベキスタン経由で…。カザフスタン向けと申告された
    部品も…」 names no make of the second lot; each diverted lot's make is its own. (Goods named again
    by the word they end in, 「米国製の電子部品を…。部品は香港から中国本土に運ばれ」, are the same lot; and
    a sentence naming the state of the lot before may tell it as this lot's make too: "cameras made
    by a U.S. company … sent them on to Russia".)"""
    traded = bool(t.items) and categories(t) <= TRADE_GOODS
    if not (traded and t.intermediaries and prior.intermediaries):
        return False
    if t.evidence and _named_in(prior.supplier, t.evidence[0].text):
        return False
    if any(same_kind_word(it.text, p.text) for it in t.items for p in prior.items):
        return False
    return not any(same_party(i, j) for i in t.intermediaries for j in prior.intermediaries)


def _subject(t: Transfer) -> Party | None:
    """The party told before the act's own word in its sentence, its clause's subject: "Hungary"
    of "Hungary bought tanks", "Sweden" of "and Sweden sent jets"."""
    if t.trigger is None:
        return None
    return next(
        (
            p
            for p in (t.supplier, t.recipient)
            if p is not None and p.span is not None and t.evidence[0].start <= p.span.start < t.trigger.start
        ),
        None,
    )


# what joins a second clause to the first right before its subject: "..., and Sweden sent"
_CLAUSE_JOIN = re.compile(r"(?:^|\W)(?:and|but|while|whereas)\s+(?:the\s+)?$", re.I)


def _clauses_apart(t: Transfer, other: Transfer) -> bool:
    """Two acts of one sentence, each told by a subject of its own in coordinated clauses ("Hungary
    bought tanks, and Sweden sent jets to Slovakia"): the parse gave each clause its parties, and one
    clause's subject is no party of the other's act (an aside is not such a clause: "a shift away from
    Russia, its traditional supplier" still supplies the country told before)."""
    if t.evidence[0] != other.evidence[0] or t.trigger is None or other.trigger is None or t.trigger == other.trigger:
        return False
    first, later = (t, other) if t.trigger.start < other.trigger.start else (other, t)
    a, b = _subject(first), _subject(later)
    if a is None or b is None or b.span is None or first.trigger is None or same_party(a, b):
        return False
    sent = first.evidence[0]
    between = sent.text[first.trigger.end - sent.start : b.span.start - sent.start]
    return b.span.start > first.trigger.end and _CLAUSE_JOIN.search(between) is not None


def _lends_its_subject(t: Transfer, u: Transfer) -> bool:
    """Whether the supplier `u` would lend `t` is the subject of a clause of its own beside `t`'s."""
    return _clauses_apart(t, u) and same_party(_subject(u), u.supplier)


def _sold_to_the_giver(t: Transfer, u: Transfer) -> bool:
    """Whether `u` is a purchase told in `t`'s sentence that names no buyer: in 「トルコの企業が中国から
    輸入した部品で無人機を製造し、ウクライナに輸出した」 the buyer left untold is the one who gives
    on in `t`, and the seller is not."""
    return t is not u and u.kind in _RECEIVING_KINDS and u.recipient is None and t.evidence[:1] == u.evidence[:1]


# a question set off as one in an interview or a Q&A explainer (「―イランはどうか」「Ｑ．日本の対応は」)
_QUESTION_LINE = re.compile(r"(?:^|\n)[ \t\u3000]*(?:―|─|[QＱ][.．:：\u3000])")


def _asked_between(text: str, prior: Transfer, t: Transfer) -> bool:
    """Whether a question of an interview or explainer stands between the acts: its answer is
    about another matter, and lends the act before it no party."""
    return bool(text) and _QUESTION_LINE.search(text, prior.evidence[0].end, t.evidence[0].start) is not None


def inherit_parties(
    transfers: list[Transfer],
    country_of: Callable[[Entity], Entity | None] | None = None,
    named: set[str] | None = None,
    text: str = "",
) -> None:
    """A transfer told over several sentences: a later sentence that names only the recipient
    (or only the supplier) of goods of the same kind takes the other party from the earlier one
    (named systems of another named state's make excepted: those are that state's, unless they
    are the very systems the earlier act gives; and those of a make the story never names, after an
    act only denied, are nobody's it tells: "Egypt denied buying J-10Cs from China. It flies Rafales
    bought in 2015")."""

    def carried(t: Transfer, prior: Transfer) -> Party | None:
        # (「オランダはF16を24機供与する。…第1陣の数機が到着した」: a lot of the very system the prior act
        # gives is that giver's, whoever made it)
        if prior.supplier is None or (_same_system(t, prior) and not same_party(prior.supplier, t.recipient)):
            return copy_party(prior.supplier)
        maker = _other_maker(t, prior.supplier, country_of)
        if maker is None or is_former_state(maker):
            return copy_party(prior.supplier)
        if maker.id in (named or set()):
            return Party(maker)
        # (「…P3Cの譲渡も求めている」: a giver's own stock of another's make is still its to give)
        return None if prior.status == "denied" else copy_party(prior.supplier)

    for n, t in enumerate(transfers):
        for back, prior in enumerate(reversed(transfers[max(0, n - 6) : n]), 1):
            if _asked_between(text, prior, t):
                break
            # 「これを受け、ポーランドも…供与する方針」: a parallel act right after takes its recipient
            if (
                t.recipient is None
                and t.supplier is not None
                and prior.recipient is not None
                and back <= 2
                and t.evidence[0].start - prior.evidence[0].start < 400
                and not same_party(t.supplier, prior.recipient)
                and not _given_to_unnamed(t)
                # (not the buyer of a clause of its own: "Hungary bought tanks, and Sweden sent jets")
                and not (_clauses_apart(t, prior) and same_party(_subject(prior), prior.recipient))
            ):
                t.recipient = copy_party(prior.recipient)
                break
            if (
                t.supplier is None
                and back == 1
                and prior.supplier is not None
                and prior.supplier.entity is not None
                and same_party(t.recipient, prior.recipient)
                and t.evidence[0].start - prior.evidence[0].end < 300
                and not another_channel(t, prior)
                and not _other_lot_of_parts(t, prior)
                and not _asked_of_unnamed(t, prior.supplier)
                and not _got_from_unnamed(t)
                # (goods whose own origin the sentence tells, 'Russian-made weapons first supplied
                # to the Syrian army', came another way)
                and not any(u is not t and u.supplier is not None and u.evidence[0] == t.evidence[0] for u in transfers)
            ):
                t.supplier = carried(t, prior)
                break
            if not (categories(t) & categories(prior)) or t.evidence[0].start - prior.evidence[0].start > 1500:
                continue
            if (
                t.supplier is None
                and prior.supplier
                and (prior.recipient is None or same_party(t.recipient, prior.recipient))
                and not _contrasted(t)
                and not _other_lot_of_parts(t, prior)
                and not _asked_of_unnamed(t, prior.supplier)
                and not _got_from_unnamed(t)
            ):
                t.supplier = carried(t, prior)
                if prior.recipient is None and t.recipient is not None:
                    prior.recipient = copy_party(t.recipient)
                break
            if (
                t.recipient is None
                and prior.recipient
                and (prior.supplier is None or same_party(t.supplier, prior.supplier))
                and not _given_to_unnamed(t)
            ):
                t.recipient = copy_party(prior.recipient)
                if prior.supplier is None and t.supplier is not None:
                    prior.supplier = copy_party(t.supplier)
                break


def _same_system(t: Transfer, prior: Transfer) -> bool:
    """Whether every good of `t` is a named system `prior` gives too."""
    given = {it.entity.id for it in prior.items if it.entity is not None}
    return bool(t.items) and all(it.entity is not None and it.entity.id in given for it in t.items)


def named_after(
    transfers: list[Transfer], text: str, country_of: Callable[[Entity], Entity | None] | None = None
) -> None:
    """A party the next sentence names: 'Deliveries of the drones to Russia began in 2022. Most
    were shipped from Iran's port of Amirabad.' The goods of the same kind, to the same recipient
    (or from the same supplier), in the same paragraph, are the one deal."""
    for prior, t in itertools.pairwise(transfers):
        if t.supplier is None or t.recipient is None or not (categories(t) & categories(prior)):
            continue
        gap = text[prior.evidence[0].end : t.evidence[0].start]
        if len(gap) > 200 or gap.count("\n") > 2:
            continue
        if prior.supplier is None and country_of is not None and _made_by_another(prior, t, country_of):
            continue
        # (「電子部品が中央アジアを経由してロシアに流入している。…2社は米国製の集積回路を販売していた」:
        # a case of its own, through a go-between of its own, is no source for the flow told at large)
        if (
            prior.supplier is None
            and _diverted_of_untold_make(prior)
            and t.intermediaries
            and not in_headline(prior.evidence[0], text)  # (a headline's are the body's)
        ):
            continue
        # (「…は西側に戦闘機を求めている。オランダは…」: a request put to givers left unnamed is no
        # one state's, not that of the state named next)
        if (
            prior.supplier is None
            and same_party(prior.recipient, t.recipient)
            and not _asked_of_unnamed(prior, t.supplier)
            and not _one_of_several_givers(t, transfers)
        ):
            prior.supplier = copy_party(t.supplier)
        elif prior.recipient is None and same_party(prior.supplier, t.supplier):
            prior.recipient = copy_party(t.recipient)


def _one_of_several_givers(t: Transfer, transfers: list[Transfer]) -> bool:
    """「…電子部品がロシアに流れ込んでいる。業者はドイツ製とフランス製の無線機器を…転売した」: a
    sentence whose goods come from several states names no one supplier for the act told before it."""
    return any(
        u is not t
        and u.evidence[0] == t.evidence[0]
        and u.supplier is not None
        and not same_party(u.supplier, t.supplier)
        for u in transfers
    )


def _made_by_another(t: Transfer, lender: Transfer, country_of: Callable[[Entity], Entity | None]) -> bool:
    """ "Myanmar took delivery of Su-30 fighters, and K-8 jets from China arrived too": named systems
    of one state's make told beside a supplier giving only systems of its own make are not that
    supplier's (one passing on stocks may give others' make: "the Dutch jets" after "F-16s")."""
    maker = _one_make(t, country_of)
    supplier = lender.supplier
    if maker is None or supplier is None or supplier.entity is None or maker.id == supplier.entity.id:
        return False
    return _own_make_only(lender, supplier, country_of)


def headline_parties(
    transfers: list[Transfer], text: str, country_of: Callable[[Entity], Entity | None] | None = None
) -> None:
    """A headline leaves out a party the body names: 'Microchips reach Russia through Central
    Asia' over a body telling whom they come from. The first body transfer with the same known
    party in the same role gives the missing one, and says how sure the story is (a headline's
    「…か」 or 'to hand over' is the desk's shorthand); goods of another state's make, of a kind the
    body's supplier is not told giving, are not its ('Morocco takes delivery of first AH-64Es' over a
    body on French howitzers)."""
    for t in transfers:
        if (t.supplier is None) == (t.recipient is None) or not in_headline(t.evidence[0], text):
            continue
        for u in transfers:
            if u is t or u.supplier is None or u.recipient is None or in_headline(u.evidence[0], text):
                continue
            if u.evidence[0].start < t.evidence[0].start:
                continue  # (a section's heading is filled from its own entry, not from one above it)
            if t.supplier is None and same_party(t.recipient, u.recipient):
                if country_of is not None and _made_elsewhere(t, u.supplier, [u], country_of):
                    continue
                t.supplier, t.status = copy_party(u.supplier), u.status
                break
            if t.recipient is None and same_party(t.supplier, u.supplier):
                t.recipient, t.status = copy_party(u.recipient), u.status
                break
            if _paid_for_another(t, u):
                t.supplier, t.recipient, t.status = copy_party(u.supplier), copy_party(u.recipient), u.status
                break


def _paid_for_another(t: Transfer, u: Transfer) -> bool:
    """ "Norway to pay for more NASAMS" over "Norway will finance two NASAMS units for Ukraine": a
    headline's payer, read as the buyer, is the giver of the goods of that kind the body has it pay
    for another."""
    return (
        t.supplier is None
        and t.kind == "purchase"
        and same_party(t.recipient, u.supplier)
        and bool(categories(t) & categories(u))
    )


def same_system_supplier(transfers: list[Transfer], country_of: Callable[[Entity], Entity | None]) -> None:
    """「サウジは韓国から「天弓2」を購入する契約を結んだ。「天弓2」はイラクも導入を決めた」: a named
    system told just before as supplied by its own state of make comes from that state again to
    another buyer the story names with no supplier (not to one asking unnamed givers for more:
    「ゼレンスキー氏は西側諸国にパトリオットの追加を求めた」)."""
    for n, t in enumerate(transfers):
        if t.supplier is not None or t.recipient is None:
            continue
        systems = {it.entity.id for it in t.items if it.entity is not None}
        if not systems:
            continue
        for prior in reversed(transfers[max(0, n - 3) : n]):
            if t.evidence[0].start - prior.evidence[0].end > 300:
                break
            source = prior.supplier.entity if prior.supplier is not None else None
            shared = [it.entity for it in prior.items if it.entity is not None and it.entity.id in systems]
            if source is None or not shared or same_party(t.recipient, prior.supplier):
                continue
            if _asked_of_unnamed(t, prior.supplier) or _got_from_unnamed(t):
                break
            maker = country_of(shared[0])
            if maker is not None and maker.id == source.id:
                t.supplier = copy_party(prior.supplier)
            break


def sole_supplier(
    transfers: list[Transfer],
    country_of: Callable[[Entity], Entity | None] | None = None,
    named: set[str] | None = None,
) -> None:
    """A story about one supplier's deliveries (Japan's security aid, Turkey's drone exports)
    names it once and goes on with the recipients: 「マレーシアへの救難艇の供与も決まっている」.
    Where every transfer that names a supplier names the same one, the others are its; but named
    systems of another state's make, a state the story names, are that state's ("The US has sent
    Abrams tanks. Ukraine will receive 12 more IRIS-T systems, the German minister said.")."""
    suppliers = {t.supplier.entity.id for t in transfers if t.supplier is not None and t.supplier.entity is not None}
    if len(suppliers) != 1 or any(t.supplier is not None and t.supplier.entity is None for t in transfers):
        _sole_supplier_so_far(transfers, country_of, named)
        return
    source = next(t.supplier for t in transfers if t.supplier is not None)
    its_own = [t for t in transfers if t.supplier is not None]
    for t in transfers:
        if any(another_channel(t, u) for u in its_own) and not any(categories(t) & categories(u) for u in its_own):
            continue  # (parts that came through Kazakhstan, in a story on Iran's drones)
        if any(_lends_its_subject(t, u) and not same_party(t.recipient, u.recipient) for u in its_own):
            continue  # ("Hungary bought tanks, and Sweden sent jets to Slovakia": the buyer's seller is untold)
        if any(_sold_to_the_giver(t, u) for u in its_own):
            continue  # (「中国から部品を輸入し、無人機を製造してウクライナに輸出した」: the untold buyer gives)
        if country_of is not None and t.supplier is None and _made_elsewhere(t, source, its_own, country_of):
            continue  # (US-made helicopters, in a story that has France sell only howitzers)
        if t.supplier is None and t.recipient is not None and not same_party(t.recipient, source):
            if _asked_of_unnamed(t, source) or _got_from_unnamed(t):
                continue  # (a request put to 「パートナー」 is of no one state; nor are goods bought from others)
            maker = _other_maker(t, source, country_of, named or set())
            t.supplier = Party(maker) if maker is not None else copy_party(source)


# kinds of act told from the receiving side: their supplier slot is the seller, not a giver pledging
_RECEIVING_KINDS = ("purchase", "receipt", "import", "request")


def scheme_supplier(
    transfers: list[Transfer],
    schemes: list[Entity],
    country_of: Callable[[Entity], Entity | None] | None = None,
    named: set[str] | None = None,
) -> None:
    """A story on one state's own aid scheme (Japan's OSA) tells its grants with the giver left
    out: 「OSAは3年目に入った。…フィジー海軍に警備艇1隻が届いた」. Acts of no supplier, other than
    a buyer's or a requester's (whose seller or giver is another matter), are that state's; goods
    all of one other named state's make are that state's."""
    states = {e.id: e for e in schemes}
    if len(states) != 1:
        return
    (state,) = states.values()
    source = Party(state)
    for t in transfers:
        if t.supplier is not None or t.recipient is None or same_party(t.recipient, source):
            continue
        if t.kind in _RECEIVING_KINDS or _got_from_unnamed(t):
            continue
        maker = _other_maker(t, source, country_of, named or set())
        t.supplier = Party(maker if maker is not None else state)


def pledged_to_the_story(transfers: list[Transfer]) -> None:
    """A pledge naming its giver and its goods but no one to receive them, in a story whose other
    acts all go to one party, goes to that party, told before the pledge or after it: "Germany has
    promised more Patriot systems. The US will send Abrams tanks to Ukraine, and Britain has sent
    Challengers to Kyiv." (A pledge in a story of no recipient stays with none.)"""
    received = {t.recipient.entity.id for t in transfers if t.recipient is not None and t.recipient.entity}
    if len(received) != 1:
        return
    story_recipient = next(t.recipient for t in transfers if t.recipient is not None)
    for t in transfers:
        if t.recipient is not None or t.supplier is None or t.supplier.entity is None or t.status != "planned":
            continue
        if t.kind in _RECEIVING_KINDS or same_party(t.supplier, story_recipient):
            continue  # (a buyer's deal names no giver: "Germany ordered Patriots" is Germany's own)
        t.recipient = copy_party(story_recipient)


def _sole_supplier_so_far(
    transfers: list[Transfer],
    country_of: Callable[[Entity], Entity | None] | None = None,
    named: set[str] | None = None,
) -> None:
    """A story on one supplier's exports that turns to another's only later (「…米国には2024年、
    迎撃ミサイルを輸出した。…豪州が米国から取得する潜水艦」): an act with no supplier, told
    while every transfer before it named the same one, is that supplier's."""
    for n, t in enumerate(transfers):
        if t.supplier is not None or t.recipient is None:
            continue
        before = [u for u in transfers[:n] if u.supplier is not None]
        ids = {u.supplier.entity.id if u.supplier.entity is not None else None for u in before if u.supplier}
        if len(ids) != 1 or None in ids or len(before) < 2:
            continue
        source = before[0].supplier
        if source is None or same_party(t.recipient, source) or any(another_channel(t, u) for u in before):
            continue
        if _asked_of_unnamed(t, source) or _got_from_unnamed(t):
            continue
        maker = _other_maker(t, source, country_of, named or set())
        t.supplier = Party(maker) if maker is not None else copy_party(source)


def _diverted_of_untold_make(t: Transfer) -> bool:
    """Whether `t` tells parts or dual-use goods of no told make flowing through go-betweens
    (「禁輸対象の電子部品がカザフスタンなどを経由してロシアに流れ込んでいる」): diverted goods come
    from the state of make the text frames, or from no one, not from the supplier of another act of the
    story (the US-made chips a sanctioned firm sold, told later)."""
    return (
        bool(t.intermediaries)
        and bool(t.items)
        and all(i.category in TRADE_GOODS for i in t.items)
        and not any(i.entity is not None for i in t.items)
    )


def _made_elsewhere(
    t: Transfer, source: Party | None, its_own: list[Transfer], country_of: Callable[[Entity], Entity | None]
) -> bool:
    """Whether the goods of `t` are named systems of one state's make other than `source`, of no kind
    `source` is told giving (`its_own`): "Morocco received its first AH-64E helicopters" in a story whose
    one supplier, France, sells it howitzers. (Goods of a kind it gives, "Poland sent T-72 tanks. Ukraine
    received more T-72s", may be its own stocks passed on; not where those are named systems of a third
    make: "Denmark's F-16s arrive in Argentina; Colombia inks Gripen deal".)"""
    maker = _one_make(t, country_of)
    if maker is None or source is None or source.entity is None or maker.id == source.entity.id:
        return False
    return not any(
        categories(t) & categories(u)
        and not _own_make_only(u, source, country_of)
        and ((other := _one_make(u, country_of)) is None or other.id == maker.id)
        for u in its_own
    )


def _own_make_only(u: Transfer, source: Party, country_of: Callable[[Entity], Entity | None]) -> bool:
    """Whether the goods `source` gives in `u` are all named systems of its own make ("K-8 jets from
    China"): no stocks of another make to pass on, so goods of another make are not its."""
    maker = _one_make(u, country_of)
    return maker is not None and source.entity is not None and maker.id == source.entity.id


def _other_maker(
    t: Transfer, source: Party, country_of: Callable[[Entity], Entity | None] | None, named: set[str] | None = None
) -> Entity | None:
    """The one state whose make all of the goods' named systems are, when it is neither the story's
    supplier nor the recipient (and, given the entities the story names, when it names it)."""
    if country_of is None or not t.items or any(it.entity is None for it in t.items):
        return None
    makers = {c.id: c for it in t.items if it.entity is not None and (c := country_of(it.entity)) is not None}
    if len(makers) != 1:
        return None
    (maker,) = makers.values()
    if (named is not None and maker.id not in named) or (source.entity is not None and maker.id == source.entity.id):
        return None
    return None if t.recipient is not None and same_party(t.recipient, Party(maker)) else maker


def maker_supplier(transfers: list[Transfer], country_of: Callable[[Entity], Entity | None], named: set[str]) -> None:
    """A story that names no supplier at all but named systems of one make (「TB2の引き渡しが
    相次いでいる」 in a piece on Turkish drone exports) tells of that country's goods going out:
    the country of origin, where the story names it (`named`: the entities it mentions), is the
    supplier, as the text frames it. A maker's country the story never names supplies nothing."""
    if any(t.supplier is not None for t in transfers):
        return
    for t in transfers:
        makers = {c.id: c for it in t.items if it.entity is not None and (c := country_of(it.entity)) is not None}
        if t.recipient is None or t.recipient.entity is None or len(makers) != 1:
            continue
        (maker,) = makers.values()
        home = t.recipient.entity if t.recipient.entity.type == "country" else country_of(t.recipient.entity)
        if maker.id in named and maker.id != t.recipient.entity.id and (home is None or home.id != maker.id):
            t.supplier = Party(maker)


def _one_make(t: Transfer, country_of: Callable[[Entity], Entity | None]) -> Entity | None:
    """The one state whose make all the goods of `t` are, each a named system ("six FTC-2000G jets"), or
    None (goods unnamed, or of more than one make)."""
    if not t.items or any(it.entity is None for it in t.items):
        return None
    makers = {c.id: c for it in t.items if it.entity is not None and (c := country_of(it.entity)) is not None}
    return next(iter(makers.values())) if len(makers) == 1 else None


# acts of the taking side whose giver a named system's make tells: bought, received, imported (not
# asked for: "Kyiv asked for more Patriot systems" is put to whichever partners have them)
_TAKING_KINDS = ("purchase", "receipt", "import")


def buyer_of_named_make(
    transfers: list[Transfer], country_of: Callable[[Entity], Entity | None], named: set[str], actors: set[str]
) -> None:
    """「日本は米国にPAC3を輸出した。…豪政府は新型フリゲートに「もがみ」型護衛艦の能力向上型を採用した」,
    "Morocco takes delivery of AH-64E Apache helicopters": a party taking in (buying, adopting,
    receiving, importing) named systems of one state's make, with no giver told, takes them from that
    state where it is not the taker's own: a purchase where the story names the state, a receipt or an
    import where the story makes it a party or a speaker ("Germany trained the crews" names no giver of
    Leopards received); not where the story has another state hand on systems of that name from its
    stocks ("the Netherlands sent F-16s; Ukraine received more F-16s")."""
    for t in transfers:
        if t.supplier is not None or t.kind not in _TAKING_KINDS or t.recipient is None or t.recipient.entity is None:
            continue
        maker = _one_make(t, country_of)
        if maker is None:
            continue
        bought = t.kind == "purchase"
        if not bought and (_handed_on_by_another(t, transfers, maker) or _maker_gave_another(t, transfers, maker)):
            continue
        home = t.recipient.entity if t.recipient.entity.type == "country" else country_of(t.recipient.entity)
        if (
            maker.id in (named if bought else actors)
            and maker.id != t.recipient.entity.id
            and (home is None or home.id != maker.id)
        ):
            t.supplier = Party(maker)


def bought_from_home_makers(
    transfers: list[Transfer], firm_states: dict[int, str], country_of: Callable[[Entity], Entity | None]
) -> list[Transfer]:
    """ "Turkish Aerospace rolled out the first series-production Hürjet. The Turkish Air Force has
    ordered 16 aircraft", 「三菱重工業は試作機を公開した。航空自衛隊は20機を発注する予定だ」: goods a
    state orders with no seller told, in a story whose firms named up to then (`firm_states`: where
    the text names a firm, and its state) are all that state's own and which tells no one else giving,
    come from its own industry (domestic procurement, no transfer). Goods of another state's make
    ("ordered 16 F-16s"), or a foreign firm named ("Lockheed Martin rolled out the jet"), keep it; so
    does a receipt ("Ukraine received 50 more tanks" after a word from a Ukrainian maker), which may
    come from any partner."""
    if any(t.supplier is not None for t in transfers):
        return transfers
    return [t for t in transfers if not _from_home_makers(t, firm_states, country_of)]


# 納入, 納品, 納める: the words for a maker handing in goods ordered from it
_HANDED_IN = ("納入", "納品", "納め")


def _from_home_makers(t: Transfer, firm_states: dict[int, str], country_of: Callable[[Entity], Entity | None]) -> bool:
    taker = t.recipient.entity if t.recipient is not None else None
    # (「三菱重工業は…量産する。最初の発射機は9月末に陸上自衛隊に納入された」: goods a maker's word
    # hands in, 納入, to the state's forces with no giver told are an order filled at home too)
    handed_in = t.supplier is None and t.trigger is not None and t.trigger.text.startswith(_HANDED_IN)
    if (t.kind != "purchase" and not handed_in) or taker is None or taker.type != "country" or not taker.country:
        return False
    makes = {c.country for it in t.items if it.entity is not None and (c := country_of(it.entity)) is not None}
    told = [state for at, state in firm_states.items() if at < t.evidence[0].end]
    return bool(told) and set(told) == {taker.country} and makes <= {taker.country}


def _handed_on_by_another(t: Transfer, transfers: list[Transfer], maker: Entity) -> bool:
    """Whether the story has a party other than `maker` give systems `t` names: "Denmark sent F-16s",
    so F-16s received with no giver told may be anyone's stocks."""
    systems = {it.entity.id for it in t.items if it.entity is not None}
    return any(
        u.supplier is not None
        and not same_party(u.supplier, Party(maker))
        and any(it.entity is not None and it.entity.id in systems for it in u.items)
        for u in transfers
        if u is not t
    )


def _maker_gave_another(t: Transfer, transfers: list[Transfer], maker: Entity) -> bool:
    """Whether the story has the state of make give only to another party: "the group received Kornet
    missiles, Russian-made weapons originally supplied to the Syrian army" came by way of that party,
    not from the maker's hand."""
    given = [u for u in transfers if u is not t and same_party(u.supplier, Party(maker))]
    return bool(given) and not any(same_party(u.recipient, t.recipient) for u in given)


def homeless_maker_supplier(
    transfers: list[Transfer], country_of: Callable[[Entity], Entity | None], named: set[str]
) -> None:
    """ "China has stepped up deliveries. Myanmar received six FTC-2000G jets from the state-owned
    Guizhou group": a firm of no known state handing over named systems of one state's make is their
    maker, not a party of its own; the state of make, where the story names it, supplies them."""
    for t in transfers:
        firm = t.supplier.entity if t.supplier is not None else None
        if firm is None or firm.type != "company" or firm.country or country_of(firm) is not None:
            continue
        maker = _one_make(t, country_of)
        if maker is not None and maker.id in named and not same_party(t.recipient, Party(maker)):
            t.supplier = Party(maker)


# 「2023年から24年にかけて、」「2022年8月、」「昨年夏には、」: a period set before the first clause,
# framing the account the sentences after it go on with
_FRAMING_PERIOD = re.compile(
    r"\s*(?:[0-9０-９]{2,4}年|昨年|今年|去年|一昨年)[^、。]{0,14}?"
    r"(?:にかけて|以降|以来|の間|[0-9０-９]{1,2}月|[春夏秋冬]|[初末])?(?:に|には|にも|から)?、"
)
_TOLD_AS_DONE = frozenset({"reported", "alleged", "confirmed"})
# 「その後、」「翌年、」: a sentence moving on in time leaves the period before
_MOVES_ON = re.compile(r"\s*(?:その後|後に|翌|のちに|やがて|現在|今では|最近)")


def _same_account(t: Transfer, prior: Transfer) -> bool:
    """Whether `t` goes on with the account a period framed the sentence before with, between the
    same two parties either way round: 「2023年から24年にかけて、北朝鮮はロシアに砲弾を送った。
    ロシアは見返りに、北朝鮮に防空システムを供与した。」 (both are of the period)."""
    if not _FRAMING_PERIOD.match(prior.evidence[0].text) or _MOVES_ON.match(t.evidence[0].text):
        return False
    if not {t.status, prior.status} <= _TOLD_AS_DONE:
        return False  # (a plan or a request is of no period the deliveries were)
    return same_party(t.supplier, prior.recipient) and same_party(t.recipient, prior.supplier)


# 「国務省はあわせて、」「同時に、」「同日、」: a sentence opening on the act's being done with the one before
_AT_THE_SAME_TIME = re.compile(r"[^、。]{0,12}?(?:あわせて|併せて|合わせて|同時に|同日)(?:[、，]|に?は?、)")


def inherit_dates(transfers: list[Transfer], text: str) -> None:
    """The next sentence about the same deal (same parties, same paragraph) that gives no date of
    its own is of the date the one before gave: 「北朝鮮は8月、…を送った。砲弾は鉄道で運ばれた。」
    (so is the way back, where a period framed the account: see `_same_account`)"""
    for n, t in enumerate(transfers):
        if t.date is not None or n == 0:
            continue
        prior = transfers[n - 1]
        start, prior_end = t.evidence[0].start, prior.evidence[0].end
        same_paragraph = "\n" not in text[prior_end:start] and start - prior_end < 300
        # (「国務省はあわせて、…の売却も承認した」: an act told as done at the same time, past a break)
        same_paragraph = same_paragraph or (
            _AT_THE_SAME_TIME.match(t.evidence[0].text) is not None and start - prior_end < 300
        )
        if (
            prior.date
            and same_paragraph
            # (an act of the same sentence left undated: the sentence's date is another clause's)
            and t.evidence[0] != prior.evidence[0]
            and (prior.status == t.status or _same_account(t, prior))
            and not (t.trigger is not None and told_so_far(t.evidence[0].text, t.trigger.start - t.evidence[0].start))
            and not told_standing(t, text)  # ("Russia sells the fighters": a standing, of no one date)
            # ("Another shipment is on its way to Niamey": goods still on the road are not of the date
            # the ones before arrived)
            and not UNDER_WAY.search(t.evidence[0].text)
            and (
                (same_party(t.supplier, prior.supplier) and same_party(t.recipient, prior.recipient))
                or _same_account(t, prior)
            )
        ):
            t.date = prior.date


# the words that make a state named just before them (「イラクから」) or after them ("from Iraq") the
# place goods leave, not their giver
_FROM_AFTER = re.compile(r"\s*から")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)


def _told_as_place(p: Party, text: str) -> bool:
    """Whether a supplier state is told only as where the goods come from: 「イラクから送られた」,
    "shipped to Russia from Iraq" (not 「イラクは…送った」, "Iraq sent")."""
    if p.span is None:
        return False
    return bool(
        _FROM_AFTER.match(text, p.span.end) or _FROM_BEFORE.search(text, max(0, p.span.start - 12), p.span.start)
    )


def hosted_group_supplier(transfers: list[Transfer], text: str) -> None:
    """「ロシアはイラクから弾薬を受け取っている」 in a story of an Iraqi militia (「イラクの民兵組織
    ハシュドが保有する対戦車ミサイルはロシアに運ばれた」): goods told as coming from a state, to a
    receiver an armed group based in that state supplies in the same story, are the group's; the
    state is where the group sits, not a giver the story tells. (A state told as the giver, 「イラク
    政府は…送った」, stays.)"""
    for t in transfers:
        sup = t.supplier
        if sup is None or sup.entity is None or sup.entity.type != "country" or sup.entity.country is None:
            continue
        if not _told_as_place(sup, text):
            continue
        groups = {
            u.supplier.entity.id: u.supplier
            for u in transfers
            if u is not t
            and u.supplier is not None
            and u.supplier.entity is not None
            and u.supplier.entity.type == "armed-group"
            and u.supplier.entity.country == sup.entity.country
            and same_party(u.recipient, t.recipient)
        }
        if len(groups) == 1:
            (group,) = groups.values()
            t.supplier = Party(group.entity, group.description, None)
