"""Japanese acts done on another's behalf: a third party permits (「ドイツ政府は、ポーランドが保有するミグ29を
ウクライナに引き渡すことを承認した」: the state that approves is no party, the holder gives) or buys
for another (「チェコは、ウクライナ軍のために砲弾を購入し」: the buyer is a go-between)."""

from __future__ import annotations

import re

from materiel.extract.frame import Sentence

# the act, then its approving: 「引き渡すことを承認した」「再輸出を許可した」「移転を正式に認めた」
_PERMITTED = re.compile(r"(?:する|す|る|させる)?(?:こと|の)?を(?:[^、。]{0,8}?)?(?:承認|許可|認め|容認|了承|認可)")
# who holds the goods: 「ポーランドが保有する」「同国の保有する」「ポーランド保有の」「…が所有する」
_OWNS = re.compile(r"(?:軍|政府|当局)?(?:が|の)?(?:保有|所有|保管)(?:する|している|していた|の)|(?:軍)?が持つ")
# who does the act the approval is of: 「ポーランドによる再輸出」
_BY = re.compile(r"(?:軍|政府|当局)?による")


def owner_gives(sentence: Sentence, text: str) -> None:
    """An act of giving told as what a party approves is done by the one named as holding the
    goods (or by the one 「による」 names); it becomes the act's subject, so that the approving
    topic no longer stands in for the giver."""
    for ti, hit in enumerate(sentence.triggers):
        if hit.trigger.direction != "give" or hit.passive or hit.negated:
            continue
        if _PERMITTED.match(text, hit.end, sentence.end) is None:
            continue
        own = [a for a in sentence.parties if a.trigger == ti and a.entity is not None]
        if any(a.case == "subj" and a.direct for a in own):
            continue
        holders = [
            a
            for a in sentence.parties
            if a.entity is not None
            and a.end <= hit.start
            and (_OWNS.match(text, a.end) is not None or _BY.match(text, a.end) is not None)
        ]
        if len({a.entity.id for a in holders if a.entity is not None}) != 1:
            continue
        holder = holders[0]
        if any(a.case in ("goal", "goal-gen") and a.entity is holder.entity for a in own):
            continue
        holder.case, holder.trigger, holder.direct, holder.speech_topic, holder.foreign = "subj", ti, True, False, False


# 「ウクライナ軍のために」「ウクライナ向けに」「ウクライナ向けの」: the party goods are bought for
_OTHER_PREDICATE = -1  # (ja.OTHER_PREDICATE: a party the parse gives to a predicate that is no trigger)
_FOR = re.compile(r"(?:軍|政府|当局)?(?:の(?:ために|ための|為に)|向けに)")


def buyer_for_another(sentence: Sentence, text: str) -> None:
    """「チェコは、ウクライナ軍のために砲弾を購入し、送った」「ノルウェーは、ウクライナ向けに砲弾を調達する」:
    goods bought for another party go to it from the buyer, who supplies them (wherever it bought them)."""
    for ti, hit in enumerate(sentence.triggers):
        if hit.trigger.direction != "receive" or hit.passive or hit.negated:
            continue
        own = [a for a in sentence.parties if a.trigger == ti and a.entity is not None]
        beneficiaries = [a for a in own if a.case == "goal" and _FOR.match(text, a.end)]
        if not beneficiaries:
            continue
        buyers = [
            a
            for a in sentence.parties
            if a.case in ("subj", "topic") and a.trigger in (None, ti) and a.end <= beneficiaries[0].start
        ]
        if not buyers:
            # (「デンマークは、ウクライナ向けに砲弾を調達すると明らかにした」: the parse gives the topic to
            # the verb of telling; with no doer of its own, the act is the teller's)
            buyers = [
                a
                for a in sentence.parties
                if a.case == "topic" and a.trigger == _OTHER_PREDICATE and a.end <= beneficiaries[0].start
            ][-1:]
        for a in buyers:
            a.case, a.trigger, a.direct, a.speech_topic, a.foreign = "source", ti, True, False, False
