"""Japanese deals between two named parties: who sells when the wording leaves it open.

「韓国はポーランドとK2戦車180両の売買契約を締結した」「フィリピンは日本とTC90練習機5機の移転で合意
した」: a deal one party makes with another (と) says nothing of who gives. When every system the
deal names is made by one of the two, that one sells and the other buys.
"""

from __future__ import annotations

import re

from materiel.extract.frame import Arg, Sentence
from materiel.gazetteer import Gazetteer

# the partner of a deal: 「韓国と」「韓国政府と」「日本側と」 (not 「…として」「…との間の」 alone)
_PARTNER = re.compile(r"(?:政府|側)?と(?!し|いう|され|の)")


def _maker(sentence: Sentence, ti: int, gazetteer: Gazetteer) -> str | None:
    """The id of the one state that makes every system act `ti` names, if there is one."""
    homes = {it.entity.country for it in sentence.items if it.trigger == ti and it.entity is not None}
    if len(homes) != 1 or None in homes:
        return None
    state = gazetteer.country(str(next(iter(homes))))
    return state.id if state is not None else None


def makers_sell(sentences: list[Sentence], text: str, gazetteer: Gazetteer) -> None:
    """「韓国はポーランドとK2戦車の売買契約を締結した」: of a deal's topic and its partner (と), the
    state making the goods sells them to the other."""
    for s in sentences:
        for ti in range(len(s.triggers)):
            own = [a for a in s.parties if a.trigger == ti and a.entity is not None]
            partners = [a for a in own if a.case != "topic" and _PARTNER.match(text, a.end)]
            topics = [a for a in own if a.case in ("topic", "subj") and a not in partners]
            if len(partners) != 1 or len(topics) != 1:
                continue
            maker = _maker(s, ti, gazetteer)
            if maker is None:
                continue
            seller: Arg | None = next((a for a in (partners[0], topics[0]) if a.entity and a.entity.id == maker), None)
            if seller is None:
                continue
            buyer = topics[0] if seller is partners[0] else partners[0]
            if buyer.entity is not None and buyer.entity.id != maker:
                seller.case, buyer.case = "source", "goal"
