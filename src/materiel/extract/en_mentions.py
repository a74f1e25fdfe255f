"""English mentions: which names a sentence's parties are (a coreferent "the country", a capital or a
ministry standing for its state), and which names the statistical model misread.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from materiel.extract.common import resolve_party
from materiel.gazetteer import Gazetteer
from materiel.lexicon import Lexicon
from materiel.model import Entity, Mention
from materiel.recognize import en_firm_place

_COREF = {"the country": ("country",), "the group": ("armed-group",), "the militia": ("armed-group",),
          "the movement": ("armed-group",), "the company": ("company",), "the firm": ("company",),
          "the islamic republic": ("country",), "the kingdom": ("country",), "the regime": ("country",),
          "the rebels": ("armed-group",), "the militants": ("armed-group",), "the junta": ("country",),
          "the separatists": ("armed-group",), "the insurgents": ("armed-group",),
          "the guerrillas": ("armed-group",), "the paramilitary": ("armed-group",),
          "the paramilitaries": ("armed-group",),
          "the island": ("country",), "the manufacturer": ("company",), "the maker": ("company",),
          "the contractor": ("company",), "the department": ("state-body",),
          "the ministry": ("state-body",), "the army": ("military-unit", "country"),
          "the military": ("military-unit", "country"), "the armed forces": ("military-unit", "country")}  # fmt: skip

# descriptions that take up only a party named with one of these words: "Sudan's army ... the army"
_NAMED_WITH = {
    "the army": ("army", "military", "armed forces"),
    "the military": ("army", "military", "armed forces"),
    "the armed forces": ("army", "military", "armed forces"),
}
# descriptions that take up first a group named with their word: "Tuareg separatists ... the separatists"
_KIND_WORD = {"the separatists": "separatist", "the insurgents": "insurgent", "the rebels": "rebel",
              "the militants": "militant", "the guerrillas": "guerrilla"}  # fmt: skip
# a state told with its army: "Sudan's army", "the Sudanese Armed Forces (SAF)", "Myanmar's military"
_FORCES_AFTER = re.compile(r"(?:'s|’s)?\s+(?:army|armed forces|military)\b", re.I)


# what some descriptions can stand for: a monarchy, a state under military rule, Iran, an island state
_ONLY_FOR = {
    "the kingdom": {"SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "NLD", "BEL", "NOR", "SWE", "DNK", "THA", "KHM",
                    "BTN", "LSO", "SWZ", "TON", "OMN", "KWT", "QAT", "ARE", "BRN", "MYS", "JPN"},
    "the junta": {"MMR", "MLI", "BFA", "NER", "GIN", "SDN", "GAB", "TCD", "THA"},
    "the islamic republic": {"IRN", "PAK", "AFG", "MRT"},
    "the island": {"TWN", "CYP", "CUB", "LKA", "MDG", "ISL", "JAM", "MLT", "SGP"},
}  # fmt: skip


# (a description with a word of its own comes first, so that "the paramilitary group" is read whole
# and not as "the paramilitary" with a stray noun after it)
_COREF_RE = re.compile(
    r"\bthe\s+(?-i:[a-z][a-z-]+)\s+(?:group|militia|movement|company|firm|rebels|militants|separatists|insurgents|manufacturer|maker)\b"
    r"|\b(?:" + "|".join(re.escape(k) for k in _COREF) + r")\b"
    # ("the North" after North Korea is named, sentence-initial too; not "the North Atlantic")
    r"|\b(?-i:[Tt]he North)(?! of| and|(?-i: [A-Z]))\b",
    re.I,
)


# an "of" right after a description, which tells whom it means: "the maker of the Orlan-10 drone"
_OF_AFTER = re.compile(r"\s+of\b")


def _defined_maker(m: re.Match[str], text: str) -> bool:
    """ "a distributor that supplies the maker of the Orlan-10": a maker its "of" defines, inside a
    clause, is a new one, not the firm named before ("The maker of the K9 said" at the head of a
    sentence still takes it up)."""
    word = m.group().split()[-1].lower()
    return word in ("maker", "manufacturer") and m.group()[:1].islower() and bool(_OF_AFTER.match(text, m.end()))


# between a description and the name set beside it: "The firm, Asia Tech Service, bought"
_APPOSITION = re.compile(r",\s*")


def _apposed_name(end: int, ordered: list[Mention], text: str) -> bool:
    """ "The firm, Asia Tech Service, purchased 120 lathes": a description with a name in apposition
    right after it is that name, not the firm told before."""
    gap = _APPOSITION.match(text, end)
    return gap is not None and any(o.start == gap.end() for o in ordered)


def resolve_coref(
    text: str, mentions: list[Mention], entities: dict[str, Entity], gazetteer: Gazetteer
) -> list[Mention]:
    """ "the country", "the group": the latest party of a fitting type before it."""
    out: list[Mention] = []
    ordered = sorted(mentions, key=lambda m: m.start)
    for m in _COREF_RE.finditer(text):
        if any(o.start <= m.start() < o.end for o in ordered):
            continue
        phrase = m.group().lower()
        if _defined_maker(m, text) or _apposed_name(m.end(), ordered, text):
            continue
        north = phrase == "the north"  # "the North" after North Korea is named
        types = _COREF.get(phrase) or _COREF.get("the " + phrase.split()[-1], ("country",))
        prior = None
        fitting: list[tuple[Mention, Entity]] = []
        beside = _named_after_in_clause(m.end(), ordered, entities, text, gazetteer)
        for prev in ordered:
            if prev.end > m.start():
                break
            ent = entities.get(prev.entity_id)
            party = party_of(ent, gazetteer) if ent else None
            fits = (
                party is not None
                and ent is not None
                and (party.type in types or ent.type in types)  # "the department": the body's state
                and (prev.form != "adjective" or north)
                and ("state-body" not in types or phrase.split()[-1] in (prev.text + " " + ent.name).lower())
            )
            words = _NAMED_WITH.get(phrase)
            own_report = _own_report(prev, m.start(), text) and phrase not in _FIRM_WORDS
            if fits and words is not None and ent is not None:
                # ("Sudan's army fights the RSF. Russia offered the army jets": the state told with its army;
                # "Venezuela's defence minister said that the armed forces had received": the speaker's own)
                named = any(w in (prev.text + " " + ent.name).lower() for w in words)
                fits = named or _FORCES_AFTER.match(text, prev.end) is not None or own_report
            if fits and _speaking(prev, text) and not own_report:
                # "Pyongyang sent missiles, the White House said. The country also sent shells" (and
                # "Treasury said the company shipped": a firm is spoken of, never the one who speaks)
                fits = False
            only = _ONLY_FOR.get(phrase)
            if only is not None and (party is None or party.country not in only):
                fits = False  # "the kingdom" after Saudi Arabia and Iran is Saudi Arabia
            if fits and party is not None and party.id in beside:
                fits = False  # "the country has also supplied Russia": not the party named beside it
            if fits and _apposed_owner(prev, m, text):
                fits = False  # "China, the country's other main supplier": the country is another
            if fits and _source_of_supply(prev, m, text):
                fits = False  # "buys its arms from Russia. China, the country's other supplier": the buyer
            if (
                fits
                and phrase.split()[-1] in _MAKER_WORDS
                and not _maker_of_goods_told(prev, m.start(), ordered, entities, text)
            ):
                fits = False  # "Airbus won a contract. Kenya received TB2 drones, the manufacturer said"
            if fits and party is not None and (not north or party.name.startswith("North ")):
                prior = party
                fitting.append((prev, party))
        if m.group()[:1].isupper() or _REPORTED_SUBJECT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            # "The country ...", "said that the country ...": a subject takes up the sentence before's
            prior = _topic(fitting, text) or prior
        stem = _KIND_WORD.get(phrase)
        if stem is not None:
            # ("Tuareg separatists ... the Africa Corps ... the separatists": the group told with the word)
            prior = next((p for prev, p in reversed(fitting) if stem in prev.text.lower()), prior)
        based = _based_in(m.end(), ordered, entities, text)
        if based is not None and prior is not None and prior.country != based:
            # "trafficked from the Houthis to the group in Somalia": the one whose home is named
            prior = next((p for _m, p in reversed(fitting) if p.country == based), prior)
        if prior is not None:
            entities.setdefault(prior.id, prior)
            out.append(Mention(prior.id, m.start(), m.end(), m.group(), "alias", 0.7, form="coref"))
    return out


# a possessive description in apposition to the name right before it: "China, the country's ..."
_APPOSED = re.compile(r"\s*,\s*$")
_POSSESSIVE_AFTER = re.compile(r"['’]s\s+((?:[\w-]+\s+){0,3}[\w-]+)")
# agent nouns of supplying, whose owner is the one supplied: "the country's main supplier"
_SUPPLYING_NOUNS = {"supplier", "suppliers", "source", "exporter", "provider", "seller", "vendor", "donor"}
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
# a party told supplying right after its name: "Russia has also supplied helicopters"
_SUPPLYING_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|also|long|already|reportedly)\s+)*"
    r"(?:supplied|sent|delivered|sold|provided|shipped|transferred|exported|supplies|sends|sells|provides|exports)\b"
)


def _apposed_owner(prev: Mention, m: re.Match[str], text: str) -> bool:
    """ "China, the country's other main supplier": a description owning what stands in apposition to a
    name is not that name (China is no supplier of its own); it takes up a party named before."""
    return (
        _POSSESSIVE_AFTER.match(text, m.end()) is not None and _APPOSED.fullmatch(text, prev.end, m.start()) is not None
    )


def _source_of_supply(prev: Mention, m: re.Match[str], text: str) -> bool:
    """ "Serbia buys its arms from Russia. China, the country's second supplier", "Russia has also
    supplied helicopters. China, the country's other main supplier": the owner of a supplier noun is
    supplied, so not a party told as where goods come from or as supplying them."""
    owned = _POSSESSIVE_AFTER.match(text, m.end())
    return (
        owned is not None
        and any(w in _SUPPLYING_NOUNS for w in owned.group(1).lower().split())
        and (
            _FROM_BEFORE.search(text, max(0, prev.start - 12), prev.start) is not None
            or _SUPPLYING_AFTER.match(text, prev.end) is not None
        )
    )


# descriptions of a firm by what it makes, which take up only the maker of the goods in question
_MAKER_WORDS = {"manufacturer", "maker"}
# descriptions of a firm: the speaker over the clause they open is a source telling of the firm
_FIRM_WORDS = {"the company", "the firm", "the manufacturer", "the maker", "the contractor"}


def _sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around text[start:end] (by full stops and line breaks)."""
    opens = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [k for k in (text.find(". ", end), text.find("\n", end)) if k >= 0]
    return opens, min(stops, default=len(text))


def _systems_in(lo: int, hi: int, ordered: list[Mention], entities: dict[str, Entity]) -> set[str]:
    """The weapon systems named in text[lo:hi]."""
    return {
        m.entity_id
        for m in ordered
        if lo <= m.start < hi and (ent := entities.get(m.entity_id)) is not None and ent.type == "weapon-system"
    }


def _maker_of_goods_told(
    prev: Mention, start: int, ordered: list[Mention], entities: dict[str, Entity], text: str
) -> bool:
    """ "Baykar makes the TB2. Kenya received six TB2 drones, the manufacturer said": a firm is "the
    manufacturer" only where its own sentence names a system that the description's sentence, or the
    one before it, tells of; a firm named over other business ("Airbus won a satellite contract") makes
    none of the goods in question."""
    lo, hi = _sentence_of(text, prev.start, prev.end)
    own = _systems_in(lo, hi, ordered, entities)
    if not own:
        return False
    here_lo, here_hi = _sentence_of(text, start, start)
    before_lo = _sentence_of(text, max(0, here_lo - 2), max(0, here_lo - 2))[0] if here_lo > 0 else here_lo
    return bool(own & _systems_in(before_lo, here_hi, ordered, entities))


# what opens a reported clause whose subject "the country" is: "Vucic said that the country would buy"
_REPORTED_SUBJECT_BEFORE = re.compile(r"\b(?:that|said|says)\s+$", re.I)

# a sentence break between a speaker and what it says ("... the ministry said. The country ...")
_BREAK = re.compile(r"[.!?]\s+[A-Z\"“]|\n")


def _own_report(speaker: Mention, start: int, text: str) -> bool:
    """ "Ukraine's Defense Ministry said on Oct. 8 that the country had received CV90s": "the country"
    opening the clause its speaker reports is the speaker's own state."""
    between = text[speaker.end : start]
    return (
        len(between) <= 80
        and _BREAK.search(between) is None
        and _REPORTED_SUBJECT_BEFORE.search(text, max(0, start - 12), start) is not None
    )


_IN_AFTER = re.compile(r"\s+(?:based\s+)?in\s+(?:the\s+)?")


def _based_in(end: int, ordered: list[Mention], entities: dict[str, Entity], text: str) -> str | None:
    """The country a description is placed in right after it ("the group in Somalia": SOM); None
    where none is named there."""
    told = _IN_AFTER.match(text, end)
    if told is None:
        return None
    at = next((m for m in ordered if m.start == told.end()), None)
    ent = entities.get(at.entity_id) if at is not None else None
    return ent.country if ent is not None and ent.type == "country" else None


def _named_after_in_clause(
    start: int, ordered: list[Mention], entities: dict[str, Entity], text: str, gazetteer: Gazetteer
) -> set[str]:
    """The parties named after `start` in its clause (up to a comma or a full stop): "the country has
    also supplied Russia with guns" cannot take up Russia, the other party of its own clause."""
    stop = min((k for k in (text.find(w, start) for w in (". ", ", ", "\n")) if k >= 0), default=len(text))
    out: set[str] = set()
    for m in ordered:
        if m.start < start:
            continue
        if m.start >= stop:
            break
        ent = entities.get(m.entity_id)
        # (a commander or an outlet named after it is no other party: "the group commanded by Hemedti")
        party = party_of(ent, gazetteer) if ent is not None and ent.type not in ("person", "media") else None
        if party is not None:
            out.add(party.id)
    return out


_OBLIQUE_BEFORE = re.compile(r"\b(?:to|from|with|for|by|of|in|into|on|at|via|than|and|or)\s+(?:the\s+)?$", re.I)


def _topic(fitting: list[tuple[Mention, Entity]], text: str) -> Entity | None:
    """ "Pyongyang has supplied Moscow with missiles. The country has also sent shells": of the
    fitting parties of the sentence before, the one it opens with (its subject, no preposition's
    object) is the one taken up; None when none opens it."""
    if not fitting:
        return None
    last = fitting[-1][0]
    opens = max(text.rfind(". ", 0, last.start), text.rfind("\n", 0, last.start)) + 1
    for m, party in fitting:
        if m.start >= opens and _OBLIQUE_BEFORE.search(text, opens, m.start) is None:
            return party
    return None


_SAID_AFTER = re.compile(
    r"\)?\s+(?:(?:(?:defen[cs]e|military|intelligence|government|security|senior|foreign|ministry)\s+){0,2}"
    r"(?:officials?|sources?|diplomats?|authorities|intelligence|officers?|ministry|military|government|agency|"
    r"service|spokes(?:man|woman|person)|chief|head|director|commander|minister)(?:\s+\([^()]{1,20}\))?"
    r"(?:\s+[A-Z][\w'’-]+){0,3}\s+)?"
    r"(?:said|says|say|told|stated|added|announced|reported|claimed)\b"
)
# "the ammunition Russian forces fire in Ukraine": a state named as where goods are used
_USED_IN_BEFORE = re.compile(r"\b(?:fire|fires|fired|firing|used|launched)\s+in\s+$", re.I)
_ACCORDING_BEFORE = re.compile(r"\b(?:according to|citing)\s+(?:the\s+)?$", re.I)


# papers a name owns that show what a sentence tells: "Customs records reviewed by Reuters show that"
_RECORDS_SHOW_AFTER = re.compile(
    r"\s+(?:records|documents|data|filings|invoices|papers|statistics|figures)"
    r"(?:\s+(?:obtained|seen|reviewed|examined|compiled|published|filed)\s+by(?:\s+[\w.'’-]+){1,4}?)?"
    r"\s+(?:show|shows|showed|indicate|indicates|indicated|reveal|reveals|revealed|suggest|suggests|suggested)\b"
)


def _speaking(m: Mention, text: str) -> bool:
    """A name told as the one who speaks ("..., the White House said", "U.S. officials said",
    "according to Kyiv", "Customs records show") or as where goods are used ("the shells Russia fires
    in Ukraine"): what "the country" or "the firm" takes up next is the story's party, not its source
    or battlefield."""
    end = m.end + 1 if "." in m.text and text[m.end : m.end + 1] == "." else m.end  # "U.S" (its last stop)
    return (
        _SAID_AFTER.match(text, end) is not None
        or _RECORDS_SHOW_AFTER.match(text, end) is not None
        or _ACCORDING_BEFORE.search(text, 0, m.start) is not None
        or _USED_IN_BEFORE.search(text, max(0, m.start - 20), m.start) is not None
    )


# a place's adjective of seat right before a name: "Shenzhen-based " (a firm's name follows)
_SEATED_BEFORE = re.compile(r"-(?:based|registered|headquartered|incorporated)\s+$")


# a firm's description set off right after a name: ", a Chinese distributor", ", a China-based trader"
_FIRM_DESCRIBED_AFTER = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:manufacturer|maker|producer|company|firm|supplier|trader"
    r"|distributor|exporter|importer|subsidiary|entity)s?\b"
)


# a company suffix closing a name: "Hongda Electronics Co., Ltd.", "Sky Trading Limited", "Aeroservis LLC"
_FIRM_SUFFIX = re.compile(r"\b(?:Co\.,?\s+(?:Ltd|Limited)|Co|Ltd|Limited|LLC|Inc|FZE|FZCO)\.?$")


def misread_name(
    m: Mention, doc: Any, text: str, pattern: re.Pattern[str], lexicon: Lexicon, entity: Entity | None = None
) -> bool:
    """A name the statistical model guessed in a title-case headline ("Shipped Cruise Missiles")
    that holds goods words or a transfer verb is no name (a firm's after "<place>-based" is one:
    "Shenzhen-based Tordan Electronics", and so is one the text then describes as a firm, "Hongda
    Electronics, a China-based distributor", or one of a told state closed by a company suffix,
    "Shenzhen Hongda Electronics Co., Ltd.")."""
    if m.match != "model" or _SEATED_BEFORE.search(text, max(0, m.start - 20), m.start):
        return False
    if _FIRM_DESCRIBED_AFTER.match(text, m.end):
        return False
    if _FIRM_SUFFIX.search(m.text) and entity is not None and entity.type == "company" and entity.country:
        return False  # (a firm of no told state, "Sinno Electronics Ltd", stays no party)
    if pattern.search(m.text):
        return True
    if _acronym_on_goods(m, text, pattern):
        return True
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and any(t.pos_ == "VERB" and t.lemma_.lower() in lexicon.triggers for t in span)


# an acronym ("FPV", "UAV") or a system designation of letters and digits ("AH-4", "GB50A", "FTC-2000G")
_ACRONYM = re.compile(r"[A-Z]{2,5}|[A-Z][A-Za-z]{0,4}-?\d{1,4}[A-Z]{0,3}")


def _acronym_on_goods(m: Mention, text: str, pattern: re.Pattern[str]) -> bool:
    """ "received FPV drones", "UAV engines", "sold the AH-4 howitzers to the UAE": an acronym or a
    designation the model took for a name, right before a goods word, qualifies the goods."""
    after = text[m.end + 1 : m.end + 40]
    return (
        _ACRONYM.fullmatch(m.text) is not None
        and text[m.end : m.end + 1] in (" ", "-")
        and after[:1].islower()
        and pattern.match(after) is not None
    )


_OFFICE_AFTER = re.compile(r"\s+(?:Minister|Secretary|Adviser|Advisor|Spokesman|Spokeswoman|Spokesperson|Chief)\b")


def office_word(m: Mention, text: str) -> bool:
    """ "Russian Defense Minister Sergei Shoigu": a word the statistical model took for a name just
    before an office is part of the title, no party."""
    return m.match == "model" and " " not in m.text and _OFFICE_AFTER.match(text, m.end) is not None


# the words by which a monitors' report names its own body, capitalised ("The Panel assesses that
# it ...", "the Committee was informed"): the statistical model takes them for a firm
_MONITOR_WORDS = {"Panel", "Committee", "Team", "Commission", "Mission"}


def monitor_word(m: Mention) -> bool:
    """ "The Panel assesses that it continued to produce ...": a sanctions monitors' own body, which
    the model reads as a company, writes the report and is no party to a transfer."""
    return m.match == "model" and m.text in _MONITOR_WORDS


# the word of a masthead after a place ("Myanmar Now", "Sudan Tribune", "Addis Standard"), not followed
# by another capitalised word (a headline in title case: "Ukraine Now Has F-16s")
_MASTHEAD_AFTER = re.compile(
    r" (?:Now|Today|Tribune|Times|Post|Herald|Insight|Standard|Observer|Monitor|Independent|Gazette|Chronicle"
    r"|Telegraph|Reporter|Express|Daily|Journal)\b(?! [A-Z])"
)


def masthead_word(m: Mention, text: str) -> bool:
    """ "the exile-run news site Myanmar Now reported", "the Sudan Tribune said": a place that opens an
    outlet's name is no party (an outlet named after a country speaks for none)."""
    return _MASTHEAD_AFTER.match(text, m.end) is not None


_DOTTED = re.compile(r"(?:[A-Z]\.)+[A-Z]")


def with_final_stop(m: Mention, text: str) -> Mention:
    """ "The U.K. and France have sent": a dotted abbreviation read without its last stop ("U.K") takes
    it back, so that what stands between it and the next name is the "and" of a list."""
    if text[m.end : m.end + 1] != "." or not _DOTTED.fullmatch(m.text):
        return m
    return dataclasses.replace(m, end=m.end + 1, text=m.text + ".")


# "Soviet-era tanks", "NATO-standard shells", "Russian-designed jets": a name that dates or types the
# goods, no party to moving them
_DESIGN_AFTER = re.compile(r"-(?:era|vintage|designed|design|pattern|standard|calibre|caliber|style|type)\b", re.I)


def design_word(m: Mention, text: str) -> bool:
    """ "Belarus handed over Soviet-era T-72s to Russia": the era or design of the goods is no party."""
    return _DESIGN_AFTER.match(text, m.end) is not None


def party_of(ent: Entity, gazetteer: Gazetteer) -> Entity | None:
    """The party an entity acts for: a capital or leader its state, a national body its country."""
    party = resolve_party(ent, gazetteer)
    if party is not None and party.type == "state-body" and party.country and not party.parent:
        return gazetteer.country(party.country) or party
    return party


def firm_home(ent: Entity, text: str, start: int, end: int, gazetteer: Gazetteer) -> Entity | None:
    """ "front companies in Dubai", "an Istanbul-based trader": a city where firms are told to be
    stands for its state, the one their trade goes through (a city is otherwise only a place)."""
    if ent.type != "city" or ent.stands_for or not ent.country or not en_firm_place(text, start, end):
        return None
    return gazetteer.country(ent.country)


# a state owning a firm: "France's KNDS"
_OWNER_BEFORE = re.compile(r"['’]s\s+")


def firm_of_named_state(
    ent: Entity, m: Mention, local: list[Mention], entities: dict[str, Entity], text: str
) -> Entity | None:
    """ "the purchase of Caesar howitzers from France's KNDS", "KNDS France": a firm of several states'
    (KNDS is Franco-German) acts for the one the text names it with, not its gazetteer home."""
    if ent.type != "company":
        return None
    for o in local:
        state = entities.get(o.entity_id)
        if state is None or state.type != "country":
            continue
        # ("France's KNDS", or the state right after the name: "KNDS France")
        if _OWNER_BEFORE.fullmatch(text, o.end, m.start) or (o.start == m.end + 1 and text[m.end] == " "):
            return state
    return None


def parties_at(
    local: list[Mention], heads: dict[int, Any], entities: dict[str, Entity], gazetteer: Gazetteer
) -> dict[int, Entity]:
    """The party each mention's head token stands for ("Beijing": China)."""
    out: dict[int, Entity] = {}
    for m in local:
        ent = entities[m.entity_id]
        party = party_of(ent, gazetteer) if ent.type != "weapon-system" else None
        if party is not None:
            out[heads[id(m)].i] = party
    return out
