"""Japanese interviews and Q&A explainers: a question that asks where a party gets its arms
(「―ロシアは兵器をどこから調達しているのか」「Ｑ．ロシアに武器を送っているのはどの国か」) names the
receiver of the acts its answer tells with a giver and no receiver (「北朝鮮は砲弾を送り始めた」); a
short question on another party after it (「―イランはどうか」「―中国の役割は」) asks the same of that
party, and its answer's acts go to the same receiver."""

from __future__ import annotations

import dataclasses
import re

from materiel.extract.frame import Arg, Sentence

# a question: set off as one in an interview (―, Ｑ．) or closed by its question word
# (a dash of the interviewer, 「―」「──」; not 「－」, which may set off a list's lines)
_QUESTION_MARK = re.compile(r"^[\s\u3000]*(?:―|─|[QＱ][.．:：\s\u3000])")
_QUESTION_END = re.compile(r"(?:のか|なのか|ですか|か|は)[。？?]?[\s\u3000]*$")
# 「どこから」「どの国から」「誰が」「何を」: the question word asking for the giver or the goods
_WHO_GIVES = re.compile(r"どこ|どの国|誰|だれ|何を|どんな")
# 「調達」「入手」「輸入」「手に入れ」: getting goods; 「供与」「送っ」: giving them
_GETTING = re.compile(r"調達|入手|輸入|購入|手に入れ|受け取|取得")
_GIVING = re.compile(r"供与|供給|提供|送っ|送られ|渡し|渡っ|輸出")
# 「―イランはどうか」「―中国の役割は」「―ベラルーシの場合は」: the same question asked of another party
_SAME_OF = re.compile(r"^(?:は|の(?:役割|関与|場合|動き)は?)(?:どうか|どうですか|どうでしょうか)?[。？?]?[\s\u3000]*$")
_GIVER_CASES = frozenset({"subj", "topic", "source", "agent"})
_GOAL_CASES = frozenset({"goal", "goal-gen"})


def _is_question(s: Sentence) -> bool:
    return bool(_QUESTION_MARK.match(s.text)) or (len(s.text) <= 40 and bool(_QUESTION_END.search(s.text)))


def _receiver_asked(s: Sentence) -> Arg | None:
    """The one state or group a question asks the givers of: 「ロシアは兵器をどこから調達しているのか」
    (its taker, before the word of getting), 「ロシアに武器を送っているのはどの国か」 (its goal)."""
    if not _WHO_GIVES.search(s.text):
        return None
    getting = _GETTING.search(s.text)
    giving = _GIVING.search(s.text)
    found: list[Arg] = []
    for a in s.parties:
        if a.entity is None or a.entity.type not in ("country", "armed-group"):
            continue
        at = a.end - s.start
        after = s.text[at : at + 2]
        if after.startswith("から") or after.startswith("より"):
            continue
        taker = getting is not None and at <= getting.start() and a.case in ("topic", "subj", "gen")
        goal = giving is not None and at <= giving.start() and a.case in ("goal", "goal-gen")
        if taker or goal:
            found.append(a)
    if len({a.entity.id for a in found if a.entity is not None}) != 1:
        return None
    return found[0]


def _asked_of(s: Sentence) -> Arg | None:
    """The party a short follow-up question asks the same of (「―イランはどうか」), else None."""
    named = [a for a in s.parties if a.entity is not None]
    if len(named) != 1:
        return None
    rest = s.text[named[0].end - s.start :]
    return named[0] if _SAME_OF.match(rest) else None


def answered_receiver(sentences: list[Sentence]) -> None:
    """「―ロシアは兵器をどこから調達しているのか。「北朝鮮は昨年夏から砲弾を送り始めました」」: an act of
    giving in the answer with a giver (or no party at all) and no receiver goes to the receiver the
    question asks about. The frame holds through the answer, and through the answer to a short
    question on another party (「―イランはどうか」) whose acts that party gives; any other question
    closes it."""
    receiver: Arg | None = None  # the receiver of the frame last asked
    active: Arg | None = None  # the receiver of the answer being read
    giver_asked: Arg | None = None  # the party a follow-up question asks of
    for s in sentences:
        if _is_question(s):
            asked = _receiver_asked(s)
            if asked is not None:
                receiver, active, giver_asked = asked, asked, None
                continue
            other = _asked_of(s)
            if receiver is not None and other is not None and not _same(other, receiver):
                active, giver_asked = receiver, other
            else:
                active, giver_asked = None, None
            continue
        if active is None:
            continue
        for ti, hit in enumerate(s.triggers):
            if hit.trigger.direction not in ("give", "move"):
                continue
            own = [a for a in s.parties if a.trigger == ti]
            if any(a.case in _GOAL_CASES for a in own):
                continue
            if any(a.case in _GOAL_CASES and a.trigger is None for a in s.parties):
                continue  # (a goal the parse left loose is the act's own)
            givers = [a for a in own if a.case in _GIVER_CASES and a.entity is not None]
            if any(_same(g, active) for g in givers):
                continue
            if giver_asked is not None and givers and not any(_same(g, giver_asked) for g in givers):
                continue
            s.parties.append(
                dataclasses.replace(active, case="goal", trigger=ti, direct=True, speech_topic=False, foreign=False)
            )


def _same(a: Arg, b: Arg) -> bool:
    return a.entity is not None and b.entity is not None and a.entity.id == b.entity.id
