"""English front end: triggers, arguments with their case, items, cues, from a spaCy parse.

Attachment and case come from the dependency parse (see `en_cases`); an argument no predicate
governs (a headline, a garbled sentence) falls back to the nearest trigger (`direct=False`).
Coordinated parties ("the Netherlands and Denmark will send") keep one case each; the assembler
makes one transfer per conjunct. Status is read per trigger from the words that govern it
("plans to send", "is believed to have shipped", "denied supplying").

This module runs the steps in order; the steps live beside it: `en_triggers` (trigger words and
their guards), `en_mentions` (parties, coreference), `en_items` (goods and their counts),
`en_speakers` (attribution), `en_status` (status cues), `en_dates` (dates per trigger),
`en_gapping` and `en_more_acts` (several acts told by one verb or beside it).
"""

from __future__ import annotations

import re
from typing import Any

from materiel.extract.common import attach_quantities, find_items, is_place, item_term_pattern
from materiel.extract.dates import DateMention, find_dates
from materiel.extract.en_cases import (
    CARRIERS,
    FIRMS,
    STANDS_FOR_STATE,
    acting_apart,
    armed_receiver,
    attach,
    case_on_path,
    clause_on,
    clearing,
    conjoined,
    governing,
    governs,
    head_of,
    merge_items,
    own_case,
    plural_systems,
    purpose_trigger,
    segments,
    sent_tokens,
    token_index,
)
from materiel.extract.en_clauses import (
    backed_groups,
    backed_recipients,
    bare_forces_receivers,
    border_goals,
    bought_for_own_forces,
    built_at_home_for_own_forces,
    class_members,
    clause_pronoun_subjects,
    copula_subjects,
    counted_in_series,
    domestic,
    exporting_speakers,
    for_drills,
    goods_fitting_units,
    holders_of_moved_goods,
    home_built,
    home_firms,
    home_source,
    hyphen_routes,
    journey_continued,
    loaded_goods,
    made_by_state,
    made_in,
    object_pronoun_receivers,
    of_origin,
    onward_chains,
    onward_goals,
    opening_pronoun_subjects,
    own_make_for_own_forces,
    owners_of_delivered_goods,
    plant_output_at_home,
    plant_to_own_ministry,
    pronoun_subjects,
    purpose_goals,
    received_from_agent,
    redeployed,
    relative_subjects,
    relative_users,
    routes_of_the_goods_before,
    seized_for,
    sentence_subject,
    speakers_own_unit,
    staged_stops,
    strengthened,
    strengthened_owners,
    supplier_noun_roles,
    traders_passing_on,
    undisclosed_buyers,
    unnamed_parties,
    user_recipients,
    users_named_on_goods,
    voyage_goods,
    voyage_start,
)
from materiel.extract.en_context import (
    asked_of_after,
    battery_systems,
    borrow_dates,
    borrow_parties,
    co_subject_sellers,
    elided_series,
    home_suppliers,
    inventory_items,
    journey_senders,
    lend_parties,
    lists_contents,
    mark_statements,
    next_batch,
    restated_dates,
    rulers_there,
    signing_sellers,
    sources_named_after,
    systems_taken_up,
    without_use_dates,
)
from materiel.extract.en_dates import (
    DATELINE_LINE,
    anchored_months,
    bare_weekdays,
    dates_by_text_year,
    event_dated_after,
    following_months,
    months_to_come,
    restating_dates,
    sentence_dates,
    spoken_dates,
    trigger_dates,
    whole_of_a_part,
)
from materiel.extract.en_deals import (
    DEAL_NOUNS,
    INCLUDING,
    ORDINAL_PLACE,
    answered_requests,
    arrived_purchases,
    arriving_shipments,
    bought_for_another,
    counted_orders,
    dates_of_the_order,
    deal_signed_for_act,
    gapped_share_suppliers,
    handed_over_there,
    importer_of_its_imports,
    included_goods,
    next_lot,
    ordered_goods,
    owners_of_bought_goods,
    pledged_goods,
    punished_suppliers,
    share_receivers,
    share_suppliers,
    signed_deal_relatives,
    similar_deal,
    takers_of_a_share,
    thanked_suppliers,
    totalled_goods,
    traders_of_their_data,
)
from materiel.extract.en_gapping import (
    carried_home,
    elided_goods,
    gapped_receiver_goods,
    partitive_relatives,
    passive_gift_of_the_giver_before,
    pledged_relatives,
    seized_load,
    split_by_parties,
    split_gapped,
    split_gapped_givers,
    split_gapped_goals,
    split_gapped_receivers,
    split_goods_of_another_make,
)
from materiel.extract.en_halts import halted_agents
from materiel.extract.en_headlines import (
    gerund_subjects,
    intent_read_as_noun_subjects,
    named_gerund_subjects,
    participle_clause_subjects,
)
from materiel.extract.en_holders import (
    arrivals_at_the_same_receiver,
    completing_givers,
    facility_owners,
    holders_of_bought_goods,
    leaning_recipients,
    owners_of_arriving_goods,
    recipient_noun_roles,
    recipients_of_exports,
    sources_of_imports,
)
from materiel.extract.en_items import (
    CALIBRE,
    UNDERTAKINGS,
    are_people_fighters,
    are_people_trainers,
    arms_implied,
    awaiting_recipients,
    carrier_states,
    charges_beside_shells,
    civil_kits,
    counts_events,
    designated_goods,
    designator_number,
    drop_carriers,
    found_in_weapons,
    given_vessels,
    glossed_numbers,
    is_carrier,
    is_in_gloss,
    is_makers_line,
    is_money,
    is_owned_fleet,
    is_payload,
    is_payment,
    is_purpose,
    is_qualifier,
    is_target,
    is_whole_of_part,
    is_wreckage,
    know_how_for,
    load_totalled,
    not_transport_aircraft,
    number_ranges,
    origin_named_after,
    origin_points_told,
    origins_told_after,
    rehome_goods,
    serves_makers,
    told_carriers_states,
    variant_codes,
    whole_deal_goods,
)
from materiel.extract.en_mentions import (
    design_word,
    firm_home,
    firm_of_named_state,
    masthead_word,
    misread_name,
    monitor_word,
    office_word,
    parties_at,
    party_of,
    resolve_coref,
    with_final_stop,
)
from materiel.extract.en_more_acts import (
    earlier_lot,
    echoed_doers,
    firm_named_for_goods,
    followed_by,
    followed_goods,
    gapped_givers_after_goal,
    gapped_givers_of_goods,
    joined_doers,
    lend_earlier_lot,
    likened_doers,
    lots_beside,
    participle_lot_goods,
    purpose_subject_goods,
    replaced_goods,
    semicolon_givers,
    semicolon_goods,
    shared_subjects,
    split_counted_parties,
    split_gapped_counts,
    stranded_subjects,
    trade_of_party,
)
from materiel.extract.en_speakers import (
    TITLE_GAP,
    alleging_attribution,
    bare_state_press,
    dissenting_speaker,
    find_attribution,
    home_official,
    is_guessed,
    placed_body,
    recall_bodies,
    recall_body,
    recall_person,
    remember_bodies,
    remember_person,
    speaker_not_agent,
    speaking_party,
    subject_body,
    unnamed_speakers,
)
from materiel.extract.en_status import (
    REPORT_NOUNS,
    asserted_beside_denial,
    court_accusation,
    cue_words,
    overheard_only,
    second_teller,
    told_of_the_speaker,
    trigger_status,
)
from materiel.extract.en_story import (
    among_listed,
    carry_story_parties,
    seized_cargo,
    seizure_pair,
    speakers_own_arrivals,
    speakers_own_goods,
    stops_on_the_way,
    supplier_cases,
)
from materiel.extract.en_triggers import passed_over, trigger_hits
from materiel.extract.en_unreal import unreal
from materiel.extract.en_using import (
    UseTold,
    given_means,
    idle_use,
    lent_ground,
    use_told,
    user_of_goods_taken,
    users_of_goods_given,
    users_received,
)
from materiel.extract.frame import Arg, ItemHit, Sentence, TriggerHit
from materiel.extract.quantities import find_quantities
from materiel.gazetteer import Gazetteer
from materiel.lexicon import Lexicon
from materiel.model import Entity, Mention

_MODES = [
    ("sea", re.compile(r"\b(?:ships?|vessels?|by sea|port|tanker|cargo ship|dhow|boat|maritime|Caspian)\b", re.I)),
    ("air", re.compile(r"\b(?:flights?|flown|airlift|aircraft carrying|cargo plane|by air|airport|airline)\b", re.I)),
    ("rail", re.compile(r"\b(?:rail|trains?|railway|freight cars|wagons)\b", re.I)),
    ("land", re.compile(r"\b(?:trucks?|lorries|overland|by land|border crossing|by road|convoy)\b", re.I)),
]


_VESSELS = re.compile(
    r"\b(?:the\s+)?(?:[A-Z][a-z]+-flagged\s+)?(?:cargo\s+)?(?:ship|vessel|tanker|freighter|dhow)\s+(?:named\s+)?"
    r"[\"“]?[A-Z][\w-]+(?:\s[A-Z0-9][\w-]*)?[\"”]?"
    r"|\b(?:two|three|four|five|several|\d+)\s+(?:[\w-]+\s+){0,2}(?:cargo\s+)?(?:ships|vessels|tankers|freighters|dhows)\b"
)


# what may stand between a verb of giving and the receiver it names first: nothing, or an article
_RIGHT_AFTER_GIVING = re.compile(r"\s*(?:the\s+)?")
# verbs of giving that take no receiver before the goods: "exported U.S. drone components through
# Dubai" names the goods' make ("gave North Korea missiles" names the receiver)
_NO_DATIVE = {"export", "re-export", "reexport", "smuggle", "divert", "forward", "transship", "funnel", "reroute"}
# a name in the plural ("the Houthis", "the Philippines"), which no goods noun takes as its modifier
_PLURAL_NAME = re.compile(r"[a-z]s$")
_DESIGN = re.compile(r"^\.?-?(?:designed|developed|licensed)\b")


_MADE = re.compile(r"^\.?-?(?:made|built|produced|manufactured|origin|supplied|provided|sourced)\b")
# the flag a ship flies ("the Comoros-flagged vessel"): a registry, neither the goods' state nor a party
_FLAGGED = re.compile(r"^-flagged\b")
# a possessive right before goods: "Germany's IRIS-T", "France's Caesar howitzers"
_POSSESSIVE = re.compile(r"['’]s\s+")


_ITEM_PATTERNS: dict[int, tuple[Lexicon, re.Pattern[str]]] = {}


# machine translation's sentence-final とみられる / と考えられる: "Russia received the missiles, it is seen",
# "..., it is considered" (the hedge tells no speaker and hangs on no verb of the act); 見方 / 分析 told as
# "it is the view that", "there is a view that", "it is analyzed that"
# a party that will say neither yes nor no: "would neither confirm nor deny", "declined to confirm or deny"
_NO_ANSWER = re.compile(
    r"\b(?:neither|not|n't|never|declined to|declines to|refused to|refuses to|declining to|refusing to|"
    r"would not|could not|did not)\s+(?:publicly\s+|officially\s+)?confirm(?:ed|s)?\s+n?or\s+den(?:y|ied|ies)\b"
)


_IMPERSONAL_HEDGE = re.compile(
    r"\bit (?:is|was) (?:seen|thought|considered|viewed|presumed|suspected|speculated|analy[sz]ed|the view that)\b"
    r"|\bthere (?:is|are|was|were) (?:a |the |also )?(?:strong )?views? that\b"
)


def _state_of_city_of_make(ent: Entity, made: bool, gazetteer: Gazetteer) -> Entity | None:
    """ "drone engines made in Shenzhen": the city goods are told made in stands for its state, their
    state of make (a city is otherwise only a place)."""
    if not made or ent.type != "city" or ent.stands_for or not ent.country:
        return None
    return gazetteer.country(ent.country)


def _maker_speaking(sentence: Sentence, text: str, gazetteer: Gazetteer) -> Arg | None:
    """The sentence's speaker where it is a maker, standing for its state ("LIG Nex1 said")."""
    att = sentence.attribution
    speaker = att.speaker if att is not None else None
    if speaker is None or speaker.entity is None or speaker.entity.type != "country":
        return None
    if not any(e.type == "company" for e in gazetteer.candidates(text[speaker.start : speaker.end])):
        return None
    return speaker


def _home_firm_tells(sentence: Sentence, n: int, text: str, gazetteer: Gazetteer) -> bool:
    """Whether a maker tells of goods going, from no giver named, to its own state's forces ("Rheinmetall
    chief executive Armin Papperger said the first rounds would go to the Bundeswehr"): domestic supply."""
    speaker = _maker_speaking(sentence, text, gazetteer)
    if speaker is None or speaker.entity is None:
        return False
    mine = [a for a in sentence.parties if a.trigger == n and a.entity is not None]
    if any(a.case in ("subj", "agent", "source", "origin") for a in mine):
        return False
    goals = [a for a in mine if a.case == "goal"]
    return bool(goals) and all(a.entity is not None and a.entity.id == speaker.entity.id for a in goals)


def _maker_tells_sale(sentence: Sentence, n: int, text: str, gazetteer: Gazetteer) -> Arg | None:
    """The maker that tells of a foreign state buying goods from no seller named: "Saudi Arabia ordered
    ten batteries of the system in February, LIG Nex1 said", "Indonesia signed for 48 of the jets,
    Turkish Aerospace said" tell the maker's sale (its state is the supplier, as the text frames it).
    A state's own forces buying from a home maker is domestic (`_home_firm_tells`). Returns the
    speaker, or None."""
    hit = sentence.triggers[n]
    if hit.trigger.direction != "receive" or hit.trigger.kind != "purchase":
        return None
    speaker = _maker_speaking(sentence, text, gazetteer)
    if speaker is None or speaker.entity is None:
        return None
    mine = [a for a in sentence.parties if a.trigger == n and a.entity is not None]
    if any(a.case in ("source", "origin", "agent") for a in mine):
        return None
    buyers = [a for a in mine if a.case == "subj"]
    if len(buyers) != 1 or buyers[0].entity is None or buyers[0].entity.id == speaker.entity.id:
        return None
    if buyers[0].entity.country is not None and buyers[0].entity.country == speaker.entity.country:
        return None
    return speaker


# verbs of fitting weapons to platforms, and the platforms a party's own forces fly or sail
_ARMING = {"arm", "equip", "rearm", "re-arm"}
_OWN_PLATFORMS = {
    "fleet",
    "fleets",
    "jet",
    "jets",
    "fighter",
    "fighters",
    "aircraft",
    "helicopter",
    "helicopters",
    "ship",
    "ships",
    "warship",
    "warships",
    "frigate",
    "frigates",
    "vessel",
    "vessels",
    "submarine",
    "submarines",
    "corvette",
    "corvettes",
    "drone",
    "drones",
    "tank",
    "tanks",
}


def _arms_own_platforms(tok: Any) -> bool:
    """ "requested the missiles to arm its F-16 fleet", "to equip their new frigates": arming a party's
    own platforms (a possessive pronoun on them) is what goods are for, no transfer of its own."""
    if tok.lemma_.lower() not in _ARMING:
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return (
        obj is not None
        and obj.lower_ in _OWN_PLATFORMS
        and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in obj.children)
    )


# an order or contract won from a customer: "an order from Iraq for eight batteries"
_ORDER_FROM = re.compile(r"\s+from\s+(?:the\s+)?$")
_ORDER_NOUNS = {"order", "contract"}


def _customer_of_order(sentence: Sentence, n: int, tok: Any, text: str, gazetteer: Gazetteer) -> None:
    """ "Hanwha won an order from Egypt for 100 K9 howitzers", "LIG Nex1 is working through a 3.7
    trillion won order from Iraq": "from" right after the noun of an order or contract names the
    customer who placed it (the buyer), not a seller; a maker holding the order is the seller. Not
    with a buyer before the noun ("India's order from Russia for S-400 systems": the seller)."""
    hit = sentence.triggers[n]
    if not hit.nominal or hit.trigger.direction != "receive" or tok.lemma_.lower() not in _ORDER_NOUNS:
        return
    mine = [a for a in sentence.parties if a.trigger == n and a.entity is not None]
    after = [a for a in mine if a.case == "source" and _ORDER_FROM.match(text[hit.end : a.start]) is not None]
    if len(after) != 1 or any(
        a.case in ("gen", "poss") or (a.case == "subj" and a.end <= hit.start and not _firm_named(a, text, gazetteer))
        for a in mine
    ):
        return
    customer = after[0]
    for a in mine:
        if a is not customer and a.case == "subj":
            a.case = "source"  # the maker that won the order sells
    customer.case = "subj"


def _firm_named(a: Arg, text: str, gazetteer: Gazetteer) -> bool:
    return any(e.type == "company" for e in gazetteer.candidates(text[a.start : a.end]))


def _made_or_from(tok: Any, item_heads: set[int]) -> int | None:
    """The goods' head whose make `tok` tells: "engines produced in China", "engines of Chinese origin"."""
    made = made_in(tok, item_heads)
    return made if made is not None else of_origin(tok, item_heads)


def analyze_en(
    doc: Any,
    text: str,
    mentions: list[Mention],
    entities: dict[str, Entity],
    lexicon: Lexicon,
    gazetteer: Gazetteer,
    published: str | None,
) -> list[Sentence]:
    plurals = plural_systems(doc, mentions, entities, gazetteer)
    plural_spans = {(m.start, m.end) for m in plurals}
    # a plural read whole ("Shahed-136s") replaces the shorter name found inside it ("Shahed")
    mentions = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in plural_spans)]
    corefs = resolve_coref(text, mentions, entities, gazetteer)
    mentions = [m for m in mentions if not _inside_coref(m, corefs, entities)] + corefs + plurals
    # "KYIV, Oct 18 -" at the start of a line (after a headline too): where the wire filed from is no party
    datelines = [(m.start(), m.end()) for m in DATELINE_LINE.finditer(text)]
    filed_from = [m for m in mentions if any(a <= m.start < b for a, b in datelines)]
    mentions = [m for m in mentions if not any(a <= m.start < b for a, b in datelines)]
    cached = _ITEM_PATTERNS.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:  # one alternation of every goods word, compiled once per lexicon
        cached = _ITEM_PATTERNS[id(lexicon)] = (lexicon, item_term_pattern(lexicon))
    pattern = cached[1]
    mentions = [
        with_final_stop(m, text)
        for m in mentions
        if not misread_name(m, doc, text, pattern, lexicon, entities.get(m.entity_id))
        and not office_word(m, text)
        and not monitor_word(m)
        and not design_word(m, text)
        and not masthead_word(m, text)
    ]
    mentions.sort(key=lambda m: m.start)
    tok_at = token_index(doc)
    weapon_mentions = [(m, entities[m.entity_id]) for m in mentions if entities[m.entity_id].type == "weapon-system"]
    name_spans = [(m.start, m.end) for m in mentions if entities[m.entity_id].type != "weapon-system"]
    group_ends = {m.end for m in mentions if entities[m.entity_id].type in ("armed-group", "company")}
    quantities = number_ranges(text, glossed_numbers(text, find_quantities(text, "en")))
    # "PzH 2000 howitzers", "the Fattah-2": a number in a system's name is no year, nor the date
    # that "a year later" counts on from
    if published:
        read = _outside_names(find_dates(_names_masked(text, weapon_mentions), "en", published), weapon_mentions)
        dates = spoken_dates(text, published, bare_weekdays(text, published, read))
    else:
        dates = dates_by_text_year(text)
    dates = _outside_names(dates, weapon_mentions)
    cues = {k: cue_words(lexicon, k) for k in ("alleged", "planned", "requested")}
    hedge_adverbs = {w for w in cues["alleged"][0] if w.endswith("ly")}
    interdicted_words, interdicted_phrases = cue_words(lexicon, "interdicted")
    unchecked_words, unchecked_phrases = cue_words(lexicon, "unchecked")
    denial_words, denial_phrases = cue_words(lexicon, "denied")
    sentences: list[Sentence] = []
    uses: list[UseTold] = []  # goods told in use, whose giving the next sentence may tell (see users_received)
    open_slots: dict[int, set[str]] = {}
    restating: dict[int, list[tuple[DateMention, set[str]]]] = {}
    last_system: str | None = None  # the category of the latest system named: what "batteries" are
    # the parties of each transfer already told (a later "never supplied" denies it, it is no new one;
    # "Cairo denied that it planned to supply Russia" after Iran's drones for Russia is another act)
    asserted: list[set[str]] = []
    taken = [(m.start, m.end) for m in mentions]
    before: Entity | None = None  # the party the sentence before was about ("It received ...")
    bodies: dict[str, Entity] = {}  # the state each body named so far speaks for ("the ministry said")
    people: dict[str, Entity] = {}  # the persons named in full so far, by surname ("Ociepa said")
    home = party_of(entities[filed_from[0].entity_id], gazetteer) if filed_from else None
    if home is not None and home.type == "country":
        # "TAIPEI — ..., the defence ministry said": a body nobody names is the dateline's country's
        bodies.update(dict.fromkeys(("ministry", "military", "government", "agency", "presidency"), home))
    prev_goods: list[ItemHit] = []  # the goods the sentence before named ("the first 18 were delivered")
    seized_before = False  # whether the sentence before told a seizure (its goods went no further)
    prev_end = 0  # where the sentence before ended
    seizure: tuple[TriggerHit, Arg, Arg] | None = None  # the act and pair of a seizure the sentence before told
    links: list[tuple[int, int, ItemHit]] = []  # batches told in a relative clause on their goods
    carriers: dict[str, list[Arg]] = {}  # the states of the carriers the sentences just before told
    carriers_age = 0
    for sent in segments(doc):
        s0, s1 = sent.start_char, sent.end_char
        spotted = find_items(text, s0, s1, pattern, lexicon, weapon_mentions, name_spans)
        spotted = [
            it for it in spotted if tok_at[it.start] < 0 or not not_transport_aircraft(doc[tok_at[it.start]], text, it)
        ]
        items = merge_items(spotted, text)
        items = designated_goods(variant_codes(elided_series(items, text, gazetteer), text), text)
        items = charges_beside_shells(items, text)
        blocked = [(it.start, it.end) for it in items if it.entity is not None] + name_spans
        hits_tok = trigger_hits(sent, lexicon, blocked)
        hits = [h for h, _ in hits_tok]
        for hit, tok_i in hits_tok:
            hit.charged = hit.charged or (hit.nominal and _dealings_of_another(doc[tok_i]))
            hit.firm_subject = _done_by_a_firm(doc[tok_i])
        trig_tokens = {tok_i: n for n, (_, tok_i) in enumerate(hits_tok)}
        items = [it for it in items if not any(h.start <= it.start and it.end <= h.end for h in hits)]
        items += given_vessels(hits_tok, doc, items)
        # "Hezbollah fighters", "Wagner trainers": a group's men, no aircraft; "military trainers": men
        items = [
            it
            for it in items
            if not (
                it.entity is None
                and (
                    (
                        text[it.start : it.end].lower() in ("fighters", "trainers")
                        and any(0 <= it.start - e <= 1 for e in group_ends)
                    )
                    or are_people_trainers(text, it.start, it.end)
                    or are_people_fighters(text, it.start, it.end)
                    or civil_kits(text, it.start, it.end)
                )
            )
            # ("transfer technology for the K9 to Egypt": a named system know-how serves is no goods either)
            and not know_how_for(text, it.start)
        ]
        sentence = Sentence(s0, s1, text[s0:s1], triggers=hits, items=items)
        item_heads: set[int] = set()
        item_tok: dict[int, Any] = {}
        for it in items:
            if tok_at[it.end - 1] >= 0 and tok_at[it.start] >= 0:
                h = head_of(doc, tok_at[it.start], tok_at[it.end - 1])
                if (
                    it.entity is not None
                    and h.dep_ == "compound"
                    and h.head.i == h.i + 1
                    and h.head.pos_ == "NOUN"
                    and h.head.lemma_.lower() not in UNDERTAKINGS  # ("Iran's Shahed drone program": no goods)
                ):
                    h = h.head  # "the IRIS-T systems that Ukraine requested": the system's noun heads the goods
                item_heads.add(h.i)
                item_tok[id(it)] = h
        # "drone maker", "missile programme", "arms industry", "drone and missile programmes": goods
        # words that only qualify a noun
        outer_of = {item_tok[id(it)].i: it for it in items if id(it) in item_tok}
        items = [
            it
            for it in items
            if id(it) not in item_tok
            or not (
                is_qualifier(item_tok[id(it)], it, item_heads, trig_tokens)
                or is_purpose(item_tok[id(it)], it, outer_of)
                or is_owned_fleet(item_tok[id(it)])
                or (
                    it.entity is None
                    and is_in_gloss(item_tok[id(it)], item_heads, trig_tokens)
                    and semicolon_goods(item_tok[id(it)], trig_tokens) is None  # ("; Belarus, ammunition")
                )
                or is_payment(item_tok[id(it)], trig_tokens)
                or is_makers_line(item_tok[id(it)])
                or is_payload(item_tok[id(it)], item_heads)
                or is_target(item_tok[id(it)], trig_tokens)
                or is_wreckage(item_tok[id(it)], trig_tokens)
            )
        ]
        turned_down = passed_over(hits_tok, doc)  # "picked the Gripen over the F-16"
        if turned_down:
            items = [it for it in items if id(it) not in item_tok or item_tok[id(it)].i not in turned_down]
        sentence.items = items
        local = [m for m in mentions if s0 <= m.start < s1 and m.end - 1 < len(tok_at) and tok_at[m.end - 1] >= 0]
        if turned_down:
            local = [m for m in local if tok_at[m.end - 1] not in turned_down]
        heads = {
            id(m): head_of(doc, tok_at[m.start] if tok_at[m.start] >= 0 else tok_at[m.end - 1], tok_at[m.end - 1])
            for m in local
        }
        party_heads = {heads[id(m)].i for m in local if entities[m.entity_id].type != "weapon-system"}
        media: list[Arg] = []
        persons: list[Arg] = []
        tok_of: dict[int, Any] = {}
        pending: list[tuple[Arg, Any, bool]] = []
        made_after: set[int] = set()  # states of make named after their goods ("engines produced in China")
        makers: dict[int, int] = {}  # the goods each maker's state makes ("chips made by US firm X")
        for m in local:
            ent = entities[m.entity_id]
            if ent.type == "weapon-system":
                continue
            head = heads[id(m)]
            ti, stopped, path = attach(head, trig_tokens, sent.start, sent.end, frozenset(item_heads))
            # ("even as British warships patrol the Red Sea": the state of goods acting on their own)
            # (not the owner of goods in want: "Ukraine's air defences are stretched thin")
            apart = head.dep_ != "poss" and head.head.i in item_heads and acting_apart(head.head, trig_tokens)
            trig_tok = doc[hits_tok[ti][1]] if ti is not None else None
            if ti is not None:
                hit = hits[ti]
                case = case_on_path(
                    head, path, trig_tok, hit.trigger.direction, hit.nominal, party_heads - {head.i}, item_heads
                )
                made_goods = _made_or_from(head, item_heads)
                if made_goods is not None:
                    case = "origin"  # "shipped lathes, originally made in Taiwan, to Russia": hung on the act
                    made_after.add(m.start)
                    makers[m.start] = made_goods
            else:
                case = own_case(head)
                if head.dep_ in ("amod", "compound", "nmod", "npadvmod", "poss") and head.head.i in item_heads:
                    case = "other" if apart else "origin"
                made_goods = _made_or_from(head, item_heads)
                if made_goods is not None:
                    case = "origin"  # "36 engines produced in China": the goods' state of make
                    made_after.add(m.start)
                    makers[m.start] = made_goods
                crossed = _crossed_subject(head, sent, hits_tok)
                if crossed is not None:
                    ti, case = crossed
                    trig_tok = doc[hits_tok[ti][1]]
            made = made_by_state(head, item_heads) if ent.type == "country" else None
            if made is not None:
                case = "origin"  # "chips made by US firm Texas Instruments": the maker's state, the goods' make
                made_after.add(m.start)
                makers[m.start] = made
            if case == "obj" and ent.type == "country" and _owns_goods_after(text, m.end, items):
                case = "origin"  # "Norway's NASAMS and Germany's IRIS-T SLM": the parse made the state a conjunct
            after = text[m.end : m.end + 12]
            if _DESIGN.match(after):
                case = "designer"
            elif _FLAGGED.match(after):
                case = "other"
            elif _joint_make_first(m, local, text):
                case = "origin"  # "Franco-Italian SAMP/T systems": the first of a joint make's states
            elif _MADE.match(after) or (m.form == "adjective" and not _adjective_keeps_case(head, case)):
                case = (
                    "origin"
                    if (
                        m.form != "adjective"
                        or _MADE.match(after)
                        or head.head.i in item_heads
                        or m.start in makers
                        # (a carrier's state: "a Russian cargo plane landed", "Russian ships delivered")
                        or (case == "origin" and ti is not None and hits[ti].trigger.direction in ("move", "give"))
                        or any(0 <= it.start - m.end <= 14 for it in items)
                    )
                    and not _report_author(head)
                    and not apart
                    else "other"
                )
            if (
                case == "origin"
                and m.form != "adjective"
                and ti is not None
                and hits[ti].trigger.direction == "give"
                and hits[ti].trigger.lemma not in _NO_DATIVE
                and not hits[ti].nominal
                and m.start >= hits[ti].end
                and _RIGHT_AFTER_GIVING.fullmatch(text, hits[ti].end, m.start)
                and (text[hits[ti].end : m.start].strip() == "" or _PLURAL_NAME.search(m.text))
                and not _MADE.match(after)
                and not (
                    trig_tok is not None
                    and any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into") for c in trig_tok.children)
                )
                and not _goods_for_another(head.head, party_heads)
                # ("is supplying Patria armoured personnel carriers", "to sell Mirage jets": a maker's
                # name before the goods is their make, no receiver)
                and ent.type != "company"
            ):
                # "has given North Korea air-defence equipment", "sent the Houthis more missiles": the
                # name right after the verb receives (a name in the plural modifies nothing); "sent
                # US-made chips" names the make, and so does "sent U.S. tanks to Ukraine"
                case = "goal"
            if (
                ent.type == "company"
                and case == "subj"
                and ti is not None
                and hits[ti].trigger.lemma == "sign"
                and (head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children))
            ):
                case = "source"  # "Jakarta and Dassault Aviation signed for 42 jets": the maker sells
            if ent.type == "media":
                media.append(Arg(m.start, m.end, ent, case, ti))
                continue
            if ent.type == "person":
                persons.append(Arg(m.start, m.end, ent, case, ti))
                if not ent.stands_for:
                    continue
            firms_state = firm_home(ent, text, m.start, m.end, gazetteer)  # "front companies in Dubai"
            firms_state = firms_state or firm_of_named_state(ent, m, local, entities, text)  # "France's KNDS"
            firms_state = firms_state or _state_of_city_of_make(ent, m.start in made_after, gazetteer)
            party = firms_state or party_of(ent, gazetteer)
            arg = Arg(m.start, m.end, party, case, ti)
            tok_of[m.start] = head
            if party is not None and (firms_state is not None or not is_place(ent)):
                sentence.parties.append(arg)
                pending.append((arg, head, stopped))
            if firms_state is None and (is_place(ent) or ent.type == "country" or ent.stands_for):
                place = Arg(m.start, m.end, ent, case, ti)
                sentence.places.append(place)
                pending.append((place, head, stopped))
        # an argument no predicate governs (a headline, a garbled clause): the nearest trigger
        for arg, head, stopped in pending:
            if arg.trigger is None and not stopped and hits and arg.case != "according":
                arg.trigger = min(range(len(hits)), key=lambda i: abs(hits_tok[i][1] - head.i))
                arg.direct = False
        kept: list[ItemHit] = []
        carriers_told: set[int] = set()
        seized: list[tuple[ItemHit, int]] = []
        fresh = next_batch(text[s0:s1], s0, hits)  # "The second shipment included rifles": its own goods
        if fresh is None:
            fresh = among_listed(text[s0:s1], s0, hits)  # "Among the items delivered are 31 tanks"
        inventory = fresh is None and lists_contents(text[s0:s1])  # "The cargo included rifles": the act before's
        for it in items:
            head = item_tok.get(id(it))
            carried_on = it.category in ("aircraft", "naval") or (head is not None and head.lemma_.lower() in CARRIERS)
            if head is not None and carried_on and is_carrier(head):
                carriers_told.add(id(it))  # ("flights by Il-76 freighters": the carrier, no goods)
                continue
            if head is None or replaced_goods(head, trig_tokens):
                continue
            if trade_of_party(head):
                continue  # "to Kalashnikov, Russia's largest manufacturer of small arms": the buyer's trade
            if it.entity is not None and firm_named_for_goods(head):
                continue  # "plants of the Kalashnikov group": the firm
            ti, stopped, _path = attach(head, trig_tokens, sent.start, sent.end)
            if ti is None:  # "components that were bound for", "weapons headed for": the clause on the goods
                ti = clause_on(head, trig_tokens)
                stopped = stopped and ti is None
            else:
                ti = _own_journey(head, ti, trig_tokens, hits, sentence.parties, tok_of)
                ti = earlier_lot(head, ti, trig_tokens)
            if ti is None:
                ti = _held_in(head, trig_tokens)
                stopped = stopped and ti is None
            if ti is None:
                ti = gapped_receiver_goods(head, trig_tokens)  # "supplied X with missiles, and Y with drones"
                stopped = stopped and ti is None
            if ti is None:
                ti = followed_goods(head, trig_tokens)  # "sent 14 tanks, followed by 60 more in May"
                stopped = stopped and ti is None
            if ti is None:
                ti = semicolon_goods(head, trig_tokens)  # "sent drones to Russia; Belarus, ammunition"
                stopped = stopped and ti is None
            if ti is None:
                ti = purpose_subject_goods(head, trig_tokens)  # "a contract for 17 jets to replace its MiGs"
                stopped = stopped and ti is None
            if ti is None:
                # "France's deliveries included Caesar howitzers" (an act with parties of its own;
                # "The delivery included ..." lists the goods of the act before, see inventory_items)
                acting = {a.trigger for a in sentence.parties if a.entity and a.direct and a.case in _ROLES}
                ti = included_goods(head, trig_tokens, acting)
                stopped = stopped and ti is None
            if ti is None:
                ti = voyage_goods(head, hits_tok, doc)  # "sailed from Rajin with munitions and docked"
                stopped = stopped and ti is None
            if ti is None:
                ti = loaded_goods(head, trig_tokens, doc)  # "loaded onto the Angara for delivery to Russia"
                stopped = stopped and ti is None
            if ti is None:
                ti = load_totalled(head, trig_tokens)  # "The haul amounted to 750 tonnes, including missiles"
                stopped = stopped and ti is None
            if ti is None:
                ti = totalled_goods(head, trig_tokens)  # "part of an order totalling hundreds of drones"
                stopped = stopped and ti is None
            it.trigger = ti
            it.case = own_case(head)
            # ("seven engines, hidden among a consignment of pumps, were seized": an act noun in an
            # aside on the goods is no other clause's act that the goods could belong to)
            outer = any(not (h.nominal and _aside_load(doc[i], head)) for h, i in hits_tok)
            if ti is None and stopped and outer:
                journey = seized_for(head, hits_tok)
                if journey is not None:
                    _mark_origin(it, head, sentence.parties, made_after, tok_of, makers)
                    seized.append((it, journey))
                    continue
                if inventory:
                    kept.append(it)  # no trigger of its own: `inventory_items` gives it one
                if fresh is None:
                    continue  # goods of another clause ("shot down 37 of the drones")
                it.trigger, it.direct = fresh, True
            if ti is None and hits:
                it.trigger = min(range(len(hits)), key=lambda i: abs(hits_tok[i][1] - head.i))
                it.direct = False
            _mark_origin(it, head, sentence.parties, made_after, tok_of, makers)
            kept.append(it)
        # "seized rifles along with fuses being smuggled to Yemen": the goods seized together travel together
        for it, ti in seized:
            it.trigger = ti
            kept.append(it)
        kept.sort(key=lambda it: it.start)
        kept = drop_carriers(kept, item_tok, hits, sentence.parties + sentence.places, tok_of)
        kept = strengthened(kept, item_tok, hits_tok, doc, sentence.parties + sentence.places, tok_of)
        kept += arms_implied(hits_tok, doc, kept)
        last_system = battery_systems(kept, text, last_system)
        sentence.items = kept
        sentence.dates = without_use_dates(
            mark_statements(anchored_months(sentence_dates(dates, text, s0, s1), text), doc, tok_at, trig_tokens),
            doc,
            tok_at,
            trig_tokens,
        )
        trigger_dates(sentence, doc, tok_at, hits_tok, trig_tokens)
        following_months(sentence, doc, tok_at, published, dates)
        months_to_come(sentence, doc, tok_at, published)
        in_dates = [(d.start, d.end) for d in dates if s0 <= d.start < s1]
        attach_quantities(
            text,
            kept,
            [
                q
                for q in quantities
                if s0 <= q.start < s1
                and not any(a <= q.start < b for a, b in in_dates)
                and not designator_number(text, q.start, q.end)
                and not is_money(text, q.start, q.end)
                and not is_whole_of_part(text, q.start)
                and not CALIBRE.match(text, q.end)
                and not any(it.entity is not None and it.start <= q.start < it.end for it in kept)
                and not counts_events(doc, tok_at, q.start, q.end, hits_tok)
            ],
            "en",
        )
        kept += whole_deal_goods(sentence, [q for q in quantities if s0 <= q.start < s1], text, item_tok, trig_tokens)
        # "to Astrakhan and Makhachkala": alternative ends of one journey, not a chain of stops
        goals = [p for p in sentence.places if p.case == "goal"]
        for p in goals:
            if any(
                q is not p
                and q.trigger == p.trigger
                and conjoined(tok_of.get(p.start, doc[0]), tok_of.get(q.start, doc[0]))
                for q in goals
            ):
                p.case = "other"
        seg = text[s0:s1]
        lowered = seg.lower()
        toks = sent_tokens(sent)
        words = {t.lower_ for t in toks}
        # a seized shipment's origin and destination are the seizer's inference
        # ("citing intercepted communications": evidence overheard, no seizure)
        seized_words = words & interdicted_words
        hedged = (not words.isdisjoint(hedge_adverbs) and _hedges_an_act(sent, hedge_adverbs, trig_tokens)) or any(
            not overheard_only(toks, w) for w in seized_words
        )
        hedged = hedged or any(p.search(lowered) for p in interdicted_phrases) or court_accusation(lowered)
        # (a lead still being checked: "received information, which it is seeking to verify, that")
        hedged = hedged or not words.isdisjoint(unchecked_words) or any(p.search(lowered) for p in unchecked_phrases)
        hedged = hedged or _IMPERSONAL_HEDGE.search(lowered) is not None
        # ("a claim Stockholm would neither confirm nor deny", "declined to confirm or deny": no denial)
        unsaid = [(m.start() + s0, m.end() + s0) for m in _NO_ANSWER.finditer(lowered)]
        if unsaid:
            said = [t for t in toks if not any(a <= t.idx < b for a, b in unsaid)]
            words = {t.lower_ for t in said}
            lowered = _NO_ANSWER.sub(" ", lowered)
        else:
            said = toks
        sentence.denial = (
            not words.isdisjoint(denial_words)
            or any(t.lemma_.lower() in denial_words for t in said)
            or any(p.search(lowered) for p in denial_phrases)
        )
        words = {t.lower_ for t in toks}
        lowered = seg.lower()
        speakers = unnamed_speakers(sent, text, lexicon, sentence.parties, taken) + persons
        remember_bodies(sentence.parties, text, bodies)
        recall_bodies(speakers, text, bodies)
        remember_bodies(speakers, text, bodies)
        sentence.attribution = find_attribution(sent, speakers + sentence.parties, media, tok_at)
        if sentence.attribution is None:
            sentence.attribution = bare_state_press(sentence, text)  # ("..., state television reported")
        if sentence.attribution is not None and sentence.attribution.speaker is not None:
            placed = placed_body(sentence.attribution.speaker, sentence.parties, text)  # "In Berlin, the ministry said"
            sentence.attribution.speaker = home_official(
                recall_body(recall_person(placed, text, people), text, bodies), text, home
            )
            remember_person(sentence.attribution.speaker, text, people)
            sentence.attribution.speaker = dissenting_speaker(sentence.attribution.speaker, text)
            body = subject_body(sentence.attribution.speaker, sentence.parties, text)
            # ("RABAT — Morocco has taken delivery ..., the Royal Armed Forces said": the dateline's own side)
            if home is None or (body.entity is not None and body.entity.id == home.id):
                sentence.attribution.speaker = body
            speaking_party(sentence.parties, sentence.attribution.speaker)
        if sentence.attribution is not None and sentence.attribution.speaker is not None:
            sentence.statuses.add("confirmed")  # kept by the assembler only when a party speaks
            # "to Russia, U.S. officials said": the speaker's state takes no part in the act it reports
            sp = sentence.attribution.speaker
            # "Defense Minister Rustem Umerov said": a guessed name in the speaker's title is no party
            sentence.parties = [
                a
                for a in sentence.parties
                if not (is_guessed(a) and a.end <= sp.start and TITLE_GAP.match(text, a.end, sp.start))
            ]
            if hits and all(h.end <= sp.start for h in hits):
                sentence.parties = [
                    a for a in sentence.parties if not (a.trigger is None and sp.start <= a.start and a.end <= sp.end)
                ]
                # "to Russia, South Korea's Joint Chiefs of Staff said": the parse's apposition made the
                # speaker a second receiver
                sentence.parties = [
                    a for a in sentence.parties if not (a.case == "goal" and (a.start, a.end) == (sp.start, sp.end))
                ]
        if sentence.attribution is not None:
            speaker_not_agent(sentence, hits_tok, doc, tok_of)
        alleging = sentence.attribution is not None and alleging_attribution(
            text, sentence.attribution, cues["alleged"][0]
        )
        # ("The US said ..., and Kyiv believes ...": the hedge is the second source's alone)
        plain_teller = None
        if alleging and sentence.attribution is not None and tok_at[sentence.attribution.start] >= 0:
            plain_teller = second_teller(doc[tok_at[sentence.attribution.start]])
        if hedged or (alleging and plain_teller is None):
            sentence.statuses.add("alleged")
        hyphen_routes(sentence, text)
        users_named_on_goods(sentence, doc, tok_of)
        _other_country(sentence, text, before)
        pronoun_subjects(sentence, hits_tok, doc, lambda e: party_of(e, gazetteer))
        exporting_speakers(sentence, hits_tok, doc)
        _end_users(sentence.parties + sentence.places, tok_of)
        by_head = {tok_of[a.start].i: a for a in sentence.parties if a.start in tok_of}
        stranded_subjects(sentence, hits_tok, doc, by_head)
        shared_subjects(sentence, hits_tok, doc)
        gapped_givers_of_goods(sentence, hits_tok, doc, by_head)
        gapped_givers_after_goal(sentence, hits_tok, doc)
        purpose_goals(sentence, hits_tok, doc, by_head)
        strengthened_owners(sentence, hits_tok, doc, by_head)
        lend_earlier_lot(sentence, hits_tok, doc)
        _makers_of(sentence.parties, tok_of, by_head)
        gerund_subjects(sentence, hits_tok, doc, by_head)
        named_gerund_subjects(sentence, hits_tok, doc, by_head)
        participle_clause_subjects(sentence, hits_tok, doc, by_head)
        intent_read_as_noun_subjects(sentence, hits_tok, doc, by_head)
        user_recipients(sentence, hits_tok, doc, by_head)
        awaiting_recipients(sentence, hits_tok, doc, by_head)
        goods_heads = [(it, item_tok[id(it)]) for it in sentence.items if id(it) in item_tok]
        unnamed_parties(sentence, hits_tok, doc, text)
        undisclosed_buyers(sentence, hits_tok, doc, text)
        relative_users(sentence, hits_tok, by_head, goods_heads)
        participle_lot_goods(sentence, hits_tok, goods_heads)
        halted_agents(sentence, hits_tok, doc, by_head)
        received_from_agent(sentence, hits_tok, doc, goods_heads)
        completing_givers(sentence, hits_tok, doc, by_head)
        pledged_goods(sentence, hits_tok, doc, goods_heads)
        routes_of_the_goods_before(sentence)
        relative_subjects(sentence, hits_tok, doc, by_head)
        clause_pronoun_subjects(sentence, hits_tok, doc, by_head)
        opening_pronoun_subjects(sentence, hits_tok, doc, sent, before, by_head)
        bare_forces_receivers(sentence, hits_tok, doc, before)
        speakers_own_unit(sentence, hits_tok, doc)
        object_pronoun_receivers(sentence, hits_tok, doc, before)
        owners_of_delivered_goods(sentence, hits_tok, doc, by_head)
        holders_of_moved_goods(sentence, hits_tok, doc, by_head)
        holders_of_bought_goods(sentence, hits_tok, doc, by_head)
        owners_of_arriving_goods(sentence, hits_tok, doc, by_head)
        arrivals_at_the_same_receiver(sentence, hits_tok, doc)
        leaning_recipients(sentence, hits_tok, doc, by_head)
        facility_owners(sentence, hits_tok, doc, by_head)
        sources_of_imports(sentence, hits_tok, doc, by_head)
        supplier_noun_roles(sentence, hits_tok, doc, by_head)
        recipient_noun_roles(sentence, hits_tok, doc, by_head)
        recipients_of_exports(sentence, hits_tok, doc, by_head)
        copula_subjects(sentence, hits_tok, doc, by_head)
        class_members(sentence, hits_tok, doc, by_head)
        signed_deal_relatives(sentence, hits_tok, doc, by_head)
        arriving_shipments(sentence, hits_tok, doc, by_head)
        bought_for_another(sentence, hits_tok, doc, by_head)
        ordered_goods(sentence, hits_tok, doc, by_head)
        thanked_suppliers(sentence, hits_tok, doc, by_head)
        owners_of_bought_goods(sentence, hits_tok, doc, by_head)
        lent_ground(sentence, hits_tok, doc, by_head)
        users_of_goods_given(sentence, hits_tok, doc, by_head)
        share_suppliers(sentence, hits_tok, doc, by_head)
        share_receivers(sentence, hits_tok, doc, by_head)
        takers_of_a_share(sentence, hits_tok, doc, by_head)
        gapped_share_suppliers(sentence, hits_tok, doc)
        importer_of_its_imports(sentence, hits_tok, doc, by_head, before, sentences[-1].items if sentences else [])
        similar_deal(sentence, hits_tok, doc, sentences[-1] if sentences else None)
        traders_of_their_data(sentence, hits_tok, text)
        punished_suppliers(sentence, hits_tok, doc, by_head)
        answered_requests(sentence, hits_tok, doc, by_head)
        journey_continued(sentence, hits_tok, doc, by_head)
        voyage_start(sentence, hits_tok, doc, tok_of)
        told_before = sentences[-1].items if sentences else []  # (goods a pronoun may take up)
        onward_chains(sentence, hits_tok, doc, text, told_before)
        border_goals(sentence, hits_tok, doc)
        traders_passing_on(sentence, hits_tok, doc)
        staged_stops(sentence, hits_tok, doc, text, told_before)
        onward_goals(sentence, text)
        handed_over_there(sentence, hits_tok, doc, by_head)
        dates_of_the_order(sentence, hits_tok, doc)
        counted_orders(sentence, hits_tok, doc)
        deal_signed_for_act(sentence, hits_tok, doc, by_head)
        found = restating_dates(sentence, hits_tok, doc, tok_at)
        if found:
            restating[len(sentences)] = found
        told_carriers_states(sentence, hits_tok, doc, carriers if carriers_age <= 3 else {})
        lots_beside(sentence, hits_tok, doc)
        drop: set[int] = goods_fitting_units(sentence, hits_tok, doc, item_heads)
        drop |= carried_home(sentence, hits_tok, doc)
        drop |= given_means(sentence, hits_tok, doc, by_head)
        roles = ("subj", "goal", "agent", "source", "via")
        party_starts = {a.start for a in sentence.parties + sentence.places}
        told_here: list[tuple[set[str], TriggerHit]] = []  # this sentence's acts told as done
        for n, (hit, tok_i) in enumerate(hits_tok):
            if (
                hit.nominal
                and not any(a.trigger == n and a.case in roles for a in sentence.parties)
                and not _counted_deal(doc[tok_i], n, sentence.items)
                and not _cleared_goods(doc[tok_i], n, sentence.items)
                and not _begun_for_goods_told(doc[tok_i], n, sentence.items)
                and not _next_lot_listing(doc[tok_i], n, sentence.items)
            ):
                drop.add(n)  # "cleared the way for the transfer": an event no party takes part in
                # ("engines, hidden among a consignment of water pumps, were seized": goods outside the
                # act noun's own phrase are no goods of it, and stay for the acts around)
                noun = doc[tok_i]
                for it in sentence.items:
                    goods = item_tok.get(id(it))
                    if it.trigger == n and goods is not None and _aside_load(noun, goods):
                        it.trigger = None
                continue
            if hit.trigger.direction == "give" and (
                domestic(doc[tok_i], party_starts)
                or _own_maker(sentence.parties, n, tok_of)
                or home_firms(sentence.parties, n, tok_of)
                or plant_to_own_ministry(sentence, n, tok_of)
                or plant_output_at_home(doc[tok_i], sentence, n, tok_of)
                or built_at_home_for_own_forces(doc[tok_i], sentence, n, tok_of)
                or serves_makers(doc[tok_i], party_starts)
            ):
                drop.add(n)  # "handed over drones to the armed forces": the supplier's own army
                _keep_home_goods(sentence, n)
                continue
            if hit.trigger.direction in ("give", "move") and _home_firm_tells(sentence, n, text, gazetteer):
                drop.add(n)  # "Rheinmetall's chief said the first rounds would go to the Bundeswehr": its own army
                continue
            if _arms_own_platforms(doc[tok_i]):
                drop.add(n)  # "the missiles, to arm its F-16 fleet": what the goods are for
                continue
            _customer_of_order(sentence, n, doc[tok_i], text, gazetteer)
            if (seller := _maker_tells_sale(sentence, n, text, gazetteer)) is not None:
                # (the maker speaking is the seller: `doer`, a party though it speaks)
                seller_arg = Arg(seller.start, seller.end, seller.entity, "source", n, direct=False, doer=True)
                sentence.parties.append(seller_arg)
            if (redeployed(doc[tok_i]) or for_drills(doc[tok_i])) and not any(
                a.trigger == n and a.case == "goal" and a.entity is not None and a.entity.type == "armed-group"
                for a in sentence.parties
            ):
                drop.add(n)  # "moved systems from its bases in Syria to Libya": its own forces keep them
                continue
            if hit.trigger.direction == "receive" and (
                home_source(doc[tok_i], party_starts)
                or _own_state_source(sentence.parties, n, tok_of)
                or home_built(sentence.parties, n, tok_of)
                or bought_for_own_forces(doc[tok_i], sentence, n)
                or own_make_for_own_forces(sentence, n, tok_of)
            ):
                drop.add(n)  # "received jets from its own industry": domestic procurement
                _keep_home_goods(sentence, n)
                continue
            if counted_in_series(doc[tok_i]):
                drop.add(n)  # "This is the 60th package of arms sent to Kyiv": the act before, counted
                continue
            if idle_use(hit):
                drop.add(n)  # "Russia fired Iranian-made drones": use is no transfer
                user_of_goods_taken(sentence, n, doc[tok_i], trig_tokens)  # ("the drones Russia uses come from Iran")
                if (use := use_told(sentence, n, len(sentences))) is not None:
                    uses.append(use)
                # ("let Tehran use its territory to supply Hezbollah": the user does what it uses it for)
                purpose = purpose_trigger(doc[tok_i], trig_tokens)
                for a in sentence.parties:
                    if purpose is not None and a.trigger == n and a.case == "subj":
                        a.trigger = trig_tokens[purpose.i]
                continue
            if unreal(doc[tok_i], hit.trigger.direction):
                drop.add(n)  # "warned China against supplying", "buying weapons could expose it"
                continue
            status = trigger_status(doc[tok_i], hit, cues, hedged)
            if status is None and told_of_the_speaker(doc[tok_i]):
                status, hit.aside = "reported", True  # "Iran, which has armed the Houthis, denied the report"
            if status is None and plain_teller is not None and plain_teller not in governing(doc[tok_i]):
                status = "alleged"  # told under the hedging source's own verb
            mine = [a for a in sentence.parties if a.trigger == n and a.entity is not None and a.case in roles]
            own = {a.entity.id for a in mine if a.entity is not None}
            # "the missiles could not be passed on to Ukraine": with no doer named, the goods told before
            doer = any(a.case in ("subj", "agent") for a in mine)
            goods = _goods_marks([it for it in kept if it.trigger == n])
            denier = _denier(doc[tok_i], sentence) if status == "denied" and not doer else None
            if status == "denied" and any(
                (
                    (not doer and (denier is None or (not _another_doer(denier, told) and _told_before(mine, told))))
                    or _told_before(mine if denier is None else [*mine, denier], told)
                )
                and not _denies_other_goods(goods, told)
                for told in asserted
            ):
                drop.add(n)
                sentence.denial = True
                for marks, h in told_here:
                    # (not a deal's own standing, nor an arrival told as not made: "a deal was signed,
                    # though no jet has arrived")
                    if h.status is None and h.trigger.status is None and not hit.negated and _told_before(mine, marks):
                        # "Iran arms the Houthis, but Tehran denies sending them": the outlet's assertion
                        # stands, the denier does not tell it
                        h.status, h.aside = "reported", True
            elif status is not None and status != hit.trigger.status:
                hit.status = status
            elif status is None and (told := _asserted_beside_denial(doc[tok_i], sentence, own)):
                hit.status = told  # "X denies it, but Y says ...": the assertion stands
            elif status is None and sentence.denial and _admitted_by_a_party(doc[tok_i], sentence, own):
                hit.status = "confirmed"  # "Tehran admitted sending drones to Russia but denied they were used"
            if status != "denied" and any(it.trigger == n for it in kept):
                doers = {f"doer:{a.entity.id}" for a in mine if a.entity is not None and a.case in supplier_cases(hit)}
                asserted.append(own | _group_homes(mine) | goods | doers)
                told_here.append((asserted[-1], hit))
        arrived_purchases(hits_tok, doc)
        rehome_goods(sentence, hits_tok, doc, drop)
        _drop_triggers(sentence, drop, keep_goods=inventory)
        # (a year is no count: "bought three drones in 2023, which arrived last month")
        counts = [q for q in quantities if s0 <= q.start < s1 and not any(a <= q.start < b for a, b in in_dates)]
        told_load = seized_before and seized_load(sentence, hits_tok, doc, prev_goods)
        if (elided_goods(sentence, hits_tok, doc, prev_goods, counts) and seized_before) or told_load:
            # "... intercepted a dhow carrying anti-tank missiles. The shipment was headed for the
            # Houthis": where a seized load was going is the seizer's inference
            sentence.statuses.add("alleged")
        links += [(len(sentences), ti, whole) for ti, whole in partitive_relatives(sentence, hits_tok, doc, counts)]
        links += [(len(sentences), ti, whole) for ti, whole in pledged_relatives(sentence, hits_tok, doc)]
        split_gapped(sentence, hits_tok, doc, tok_at, text, counts, published)
        split_by_parties(sentence, hits_tok)
        split_goods_of_another_make(sentence, hits_tok)
        split_gapped_receivers(sentence, hits_tok, doc)
        split_gapped_givers(sentence, hits_tok, doc, counts)
        split_gapped_counts(sentence, hits_tok, doc, counts)
        echoed_doers(sentence, hits_tok, doc, by_head)
        joined_doers(sentence, hits_tok, doc, by_head)
        likened_doers(sentence, hits_tok, doc, by_head)
        followed_by(sentence, hits_tok, doc)
        split_counted_parties(sentence, hits_tok, doc, by_head, counts)
        semicolon_givers(sentence, hits_tok, doc, by_head)
        split_gapped_goals(sentence, hits_tok, doc, tok_at, text)
        passive_gift_of_the_giver_before(sentence, hits_tok, doc)
        for hit in sentence.triggers:
            tok = doc[tok_at[hit.start]]
            open_slots[id(hit)] = _open_slots(tok, hit)
        sentence.modes = [(s0 + m.start(), s0 + m.end(), mode) for mode, rx in _MODES for m in rx.finditer(seg)]
        sentence.vessels = [(s0 + m.start(), s0 + m.end(), m.group()) for m in _VESSELS.finditer(seg)]
        if seizure is not None:
            word = next(((t.idx, t.idx + len(t.text)) for t in toks if t.lower_ in interdicted_words), None)
            seized_cargo(sentence, seizure, word)
        found_in_weapons(sentence, doc, tok_at)  # "chips found in the wreckage of North Korean missiles"
        sentences.append(sentence)
        own_carriers = carrier_states(sentence, tok_of)
        carriers, carriers_age = (own_carriers, 1) if own_carriers else (carriers, carriers_age + 1)
        seizing = not words.isdisjoint(interdicted_words) or any(p.search(lowered) for p in interdicted_phrases)
        if items or seizing or not _aside_on_goods(text, prev_end, s1):
            # ("The panel tracked flights by Il-76 freighters. From there, the cargo was trucked":
            # the cargo is no carrier)
            prev_goods, seized_before = [it for it in items if id(it) not in carriers_told], seizing
        prev_end = s1
        seizure = seizure_pair(sentence) if seizing else None
        before = sentence_subject(sent, parties_at(local, heads, entities, gazetteer))
    origins_told_after(sentences, text)
    origin_named_after(sentences, text)
    origin_points_told(sentences, text)
    signing_sellers(sentences, gazetteer)
    co_subject_sellers(sentences, gazetteer)
    stops_on_the_way(sentences)
    lend_parties(sentences, links)
    home_suppliers(sentences, gazetteer)
    speakers_own_goods(sentences, open_slots, text)
    users_received(sentences, uses, open_slots, text)
    sources_named_after(sentences, open_slots)
    asked_of_after(sentences, text)
    rulers_there(sentences, text)
    borrow_parties(sentences, open_slots)
    journey_senders(sentences, open_slots)
    lend_parties(sentences, links)  # again: parties borrowed from the sentences before ("in return")
    carry_story_parties(sentences, open_slots)
    speakers_own_arrivals(sentences, open_slots, text)
    inventory_items(sentences)
    systems_taken_up(sentences, text)
    backed_recipients(sentences, backed_groups(text, mentions, entities, lambda e: party_of(e, gazetteer)))
    event_dated_after(sentences)
    borrow_dates(sentences, text)
    restated_dates(sentences, restating)
    return sentences


# "companies involved in arms sales": the verbs that tie a noun to the dealings it is said to have
_INVOLVED = {"involve", "engage", "implicate", "participate", "complicit"}


# others a release describes doing the act, as it does firms: "OFAC said the network obtained
# engines", "prosecutors said the defendants exported chips"
_DOERS_DESCRIBED = {"network", "networks", "ring", "syndicate", "scheme", "smugglers", "smuggler", "agents",
                    "operatives", "defendant", "defendants", "shell", "shells", "front", "fronts"}  # fmt: skip


def _done_by_a_firm(tok: Any) -> bool:
    """ "Treasury said the company made 40 shipments", "prosecutors say the firm exported chips": an act
    whose own subject is a firm the clause describes (through the verbs it controls, "the trader tried
    to ship", or the verb doing an act noun, "made shipments") is that firm's, so the speaker over it
    is no elided doer of it."""
    t = tok.head if tok.dep_ == "dobj" and tok.pos_ == "NOUN" else tok  # ("made 40 shipments": the maker's)
    for _ in range(4):
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children)
            return (subj.lower_ in FIRMS or subj.lower_ in _DOERS_DESCRIBED) and definite
        if t.dep_ not in ("xcomp", "conj") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _dealings_of_another(tok: Any) -> bool:
    """ "Beijing sanctioned seven companies it said were involved in arms sales to Taiwan": an act
    noun told as the dealings a clause gives to another noun (the companies) is theirs, so the
    sentence's speaker is not its elided giver (marked like an act someone is charged with)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "in":
        return False
    verb = prep.head
    if verb.lemma_.lower() not in _INVOLVED:
        return False
    clause = verb
    for _ in range(3):  # ("it said were involved": the speech verb between the clause and its noun)
        if clause.dep_ in ("acl", "relcl") and clause.head.pos_ in ("NOUN", "PROPN"):
            return True
        clause = clause.head
    return False


def _adjective_keeps_case(adj: Any, case: str) -> bool:
    """Whether a state adjective keeps the case its path gave it: as a doer or an end ("Iranian
    deliveries", "Russian-bound"), or as firms the goods went through ("through Czech middlemen",
    "via Turkish traders": the state goes between, as "through middlemen in the Czech Republic")."""
    if case in ("subj", "agent", "source", "goal"):
        return True
    while adj.dep_ == "conj" and adj.head.i != adj.i:
        adj = adj.head  # ("through Czech and Polish middlemen")
    return case == "via" and adj.head.lemma_.lower() in FIRMS


def _goods_for_another(goods: Any, party_heads: set[int]) -> bool:
    """Whether the goods noun a name modifies goes to another party it names: "pledged Tucano aircraft
    for Ukraine" (the name is the goods' make, not one right after the verb who receives)."""
    return any(
        c.dep_ == "prep" and c.lower_ in ("to", "for", "into") and any(g.i in party_heads for g in c.children)
        for c in goods.children
    )


def _joint_make_first(m: Mention, local: list[Mention], text: str) -> bool:
    """ "Franco-Italian SAMP/T systems", "Anglo-French Storm Shadow": a state's combining form joined
    by a hyphen to another state's adjective names a make, whatever the parse made of it."""
    if m.form != "adjective" or text[m.end : m.end + 1] != "-":
        return False
    return any(o.start == m.end + 1 and o.form == "adjective" for o in local)


def _group_homes(args: list[Arg]) -> set[str]:
    """Keys for the countries armed groups among `args` are of ("home:YEM" for the Houthis)."""
    return {
        f"home:{a.entity.country}"
        for a in args
        if a.entity is not None and a.entity.type == "armed-group" and a.entity.country
    }


def _mark_origin(
    it: ItemHit, head: Any, parties: list[Arg], made_after: set[int], tok_of: dict[int, Any], makers: dict[int, int]
) -> None:
    """The state of make of goods, from an origin told on them ("Iranian drones", "drones made in Iran")."""
    for a in parties:
        if (
            a.case == "origin"
            and (it.start > a.start or a.start in made_after)
            and (0 <= it.start - a.end <= 14 or governs(head, tok_of[a.start]) or makers.get(a.start) == head.i)
        ):
            it.origin = a.entity


def _goods_marks(items: list[ItemHit]) -> set[str]:
    """Marks for the goods of an act, kept beside its parties: "goods:" and the id (and family) of each
    named system, "named:" and its kind, "kind:" and the kind of goods told by no name (words for
    goods of any kind, "arms", mark nothing)."""
    marks: set[str] = set()
    for it in items:
        if it.entity is not None:
            marks |= {f"goods:{it.entity.id}", f"named:{it.category}"}
            if it.entity.parent:
                marks.add(f"goods:{it.entity.parent}")
        elif not it.umbrella:
            marks.add(f"kind:{it.category}")
    return marks


def _denies_other_goods(goods: set[str], told: set[str]) -> bool:
    """ "North Korea has sent shells to Russia, Seoul says. Pyongyang denied supplying KN-23 missiles":
    a denial of named goods that an act told before moves neither by name nor as goods of their kind
    denies another act, not that one ("denied sending Shahed-136s" after "Shahed drones" denies it)."""
    named = {g for g in goods if g.startswith("goods:")}
    told_goods = {g for g in told if g.startswith(("goods:", "kind:"))}
    if not named or not told_goods:
        return False
    kinds = {"kind:" + g.split(":", 1)[1] for g in goods if g.startswith("named:")}
    return not (named & told) and not (kinds & told)


def _denier(tok: Any, sentence: Sentence) -> Arg | None:
    """ "Iran denied sending drones to Russia": the one who denies an act told in a clause under the
    denying verb is its doer, so the denial is of its own act and not of one told before by another
    ("North Korea shipped shells to Russia. Iran denied sending drones to Russia" keeps both)."""
    head = tok.head if tok.dep_ in ("xcomp", "ccomp", "pcomp") else None
    if head is not None and head.dep_ == "prep":
        head = head.head  # "denied any role in supplying ..."
    if head is None or head.i == tok.i:
        return None
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    return next((a for a in sentence.parties if a.entity is not None and a.start <= subj.idx < a.end), None)


def _another_doer(denier: Arg, told: set[str]) -> bool:
    """Whether an act told before names a doer other than `denier`: then "Iran denies sending
    drones to Russia" is Iran's own act, not North Korea's told before ("The parts were smuggled to
    the group. Tehran denies arming it" names no doer before, and denies that act)."""
    doers = {m for m in told if m.startswith("doer:")}
    return bool(doers) and denier.entity is not None and f"doer:{denier.entity.id}" not in doers


def _told_before(mine: list[Arg], told: set[str]) -> bool:
    """Whether the parties of a denied act are those of an act told before, a group's country standing
    for the group: "Tehran has never supplied weapons to Yemen" after Iran arming the Houthis."""
    return all(
        a.entity is not None
        and (a.entity.id in told or (a.entity.type == "country" and f"home:{a.entity.country}" in told))
        for a in mine
    )


def _asserted_beside_denial(tok: Any, sentence: Sentence, own: set[str]) -> str | None:
    """ "Beijing denies it, but Kyiv says Chinese firms sent Moscow engines": a third party's assertion
    beside a denial in another clause is reported; a party to the act telling it confirms it ("Moscow
    says it got engines from Chinese firms, which Beijing denies"). None: no such assertion."""
    subj = asserted_beside_denial(tok)
    speaker = sentence.attribution.speaker if sentence.attribution is not None else None
    if subj is not None and _own_admission(subj, speaker, own):
        return "confirmed"
    if subj is None or speaker is None or not speaker.start <= subj.idx < speaker.end:
        return None  # (the sentence told by another: the assembler weighs its speaker)
    party = any(a.entity is not None and a.entity.id in own and a.start <= subj.idx < a.end for a in sentence.parties)
    return "confirmed" if party else "reported"


# verbs of owning up to a deed
_ADMITTING = {"acknowledge", "admit", "concede", "confirm"}


def _own_admission(subj: Any, speaker: Arg | None, own: set[str]) -> bool:
    """ "Iran has denied arming Russia, although its foreign minister acknowledged that Tehran had sent
    drones": the denier's own official owning up to the act, told beside the denial, confirms it."""
    if subj.head.lemma_.lower() not in _ADMITTING:
        return False
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subj.children):
        return False
    return speaker is not None and speaker.entity is not None and speaker.entity.id in own


def _admitted_by_a_party(tok: Any, sentence: Sentence, own: set[str]) -> bool:
    """ "Tehran admitted sending drones to Russia but denied they were used in Ukraine": an act a party
    to it owns up to stays confirmed beside a denial of something else in the sentence."""
    verb = tok
    for _ in range(3):
        if verb.dep_ not in ("xcomp", "ccomp", "pcomp") or verb.head.i == verb.i:
            break
        verb = verb.head
        if verb.lemma_.lower() in _ADMITTING:
            break  # ("before acknowledging that it had sent": not on to the "before")
    if verb is tok or verb.lemma_.lower() not in _ADMITTING:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        # "Tehran denied any transfers, before acknowledging that it had sent drones": the owning up
        # told as a gerund after "before" or "after" is the main verb's subject's
        subj = next((c for c in verb.head.head.children if c.dep_ == "nsubj"), None)
    # (a gerund's doer is the one admitting it: "Tehran admitted sending"; a clause names its own)
    doers = {
        a.entity.id
        for a in sentence.parties
        if a.entity is not None and subj is not None and a.start <= subj.idx < a.end
    }
    return bool(doers) and (tok.tag_ == "VBG" or bool(doers & own))


def _owns_goods_after(text: str, end: int, items: list[ItemHit]) -> bool:
    """Whether goods follow the state name ending at `end` after a possessive: "buy Norway's NASAMS
    and Germany's IRIS-T SLM" (each state makes the goods it owns, whatever the parse joined)."""
    m = _POSSESSIVE.match(text, end)
    return m is not None and any(it.start == m.end() for it in items)


def _names_masked(text: str, names: list[tuple[Mention, Entity]]) -> str:
    """`text` with the digits of systems' names blanked ("Mirage 2000 jets ... in February": no
    year the month could take), offsets kept."""
    chars = list(text)
    for m, _e in names:
        for i in range(m.start, m.end):
            if chars[i].isdigit():
                chars[i] = "x"
    return "".join(chars)


def _outside_names(dates: list[DateMention], names: list[tuple[Mention, Entity]]) -> list[DateMention]:
    """The dates that are no part of a system's name."""
    return [d for d in dates if not any(m.start <= d.start < m.end for m, _e in names)]


_PRONOUN_SUBJECTS = {"it", "they", "he", "she", "we"}
# the cases that make a party take part in an act (not a place it passes, not a speaker)
_ROLES = ("subj", "goal", "agent", "source", "via")


# words that put a value on a deal: a hedge on them doubts the sum ("a deal reportedly worth $2bn")
_VALUE_WORDS = {"worth", "value", "price", "cost"}


def _hedges_an_act(sent: Any, hedge_adverbs: set[str], trig_tokens: dict[int, int]) -> bool:
    """Whether a hedging adverb of the sentence can qualify its acts: not one on another verb
    coordinated with the act's ("Russia has received Iranian missiles and will likely use them":
    the use is hedged, the receipt is told)."""
    for t in sent_tokens(sent):
        if t.lower_ not in hedge_adverbs:
            continue
        verb = t.head
        if verb.lemma_.lower() in _VALUE_WORDS and verb.i not in trig_tokens:
            continue  # "under a licence deal reportedly worth $1.75 billion": the sum is hedged, not the act
        if verb.i in trig_tokens and _added_clause(verb):
            continue  # the added act's own hedge, which its trigger's words give it
        clause = _clause_verb(t)
        if clause is not None and _added_clause(clause) and not any(w.i in trig_tokens for w in clause.subtree):
            continue  # "shipped shells to Russia, the ministry said, warning that Pyongyang was paid with
            # food and possibly technology": the hedge of an added remark with no act in it
        # (one before the first verb hedges the whole: "Iran probably trained crews and sent drones")
        if not (verb.i not in trig_tokens and verb.dep_ == "conj" and verb.head.i in trig_tokens):
            return True
    return False


def _aside_on_goods(text: str, prev_end: int, end: int) -> bool:
    """ "... seized a cargo of 14 engines. The master said the cargo had been loaded at Bandar
    Abbas. The Panel assesses that it originated in Iran ...": a sentence naming no goods (ending
    at `end`), on the line of the one before and of the one after, leaves the goods told before it
    to the sentence after."""
    return prev_end > 0 and "\n" not in text[prev_end : end + 1]


_ADDING = {"add", "say", "note", "write", "warn", "stress", "explain"}


def _clause_verb(tok: Any) -> Any:
    """The verb of the clause a word sits in (its nearest verbal head), or None."""
    cur = tok.head
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") or cur.tag_.startswith("VB"):
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _added_clause(verb: Any) -> bool:
    """Whether `verb` tells what a source went on to add ("the UAE bought them in 2019, the group said,
    adding that the weapons had most likely reached Darfur"): a clause under a participle of saying,
    whose hedge is its own and not that of the act told before it."""
    head = verb.head
    return verb.dep_ == "ccomp" and head.dep_ == "advcl" and head.tag_ == "VBG" and head.lemma_.lower() in _ADDING


def _crossed_subject(head: Any, sent: Any, hits_tok: list[tuple[TriggerHit, int]]) -> tuple[int, str] | None:
    """A headline without a full stop joins the parse of the lead below it ("... in Sudan's war /
    Sudan's army has been armed with"): the lead's first noun phrase, hung on the headline, is the
    subject of the lead's main verb when that verb hangs on the headline too."""
    np = head
    while np.dep_ in ("poss", "compound", "amod") and sent.start <= np.head.i < sent.end and np.head.i != np.i:
        np = np.head  # "Russia's military has continued to obtain": the state through its forces
    if np is not head and np.lemma_.lower() not in STANDS_FOR_STATE:
        return None
    if sent.start <= np.head.i < sent.end or np.dep_ not in ("pobj", "dobj", "nsubj", "conj", "appos"):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in sent.doc[sent.start : np.i]):
        return None
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = sent.doc[tok_i]
        top = tok
        while top.dep_ == "xcomp" and sent.start <= top.head.i < sent.end:
            top = top.head  # "has continued to obtain"
        if tok_i <= np.i or hit.nominal or (sent.start <= top.head.i < sent.end and top.head.i != top.i):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and sent.start <= c.i < sent.end for c in top.children):
            return None
        return n, ("goal" if hit.passive and armed_receiver(tok) else "subj")
    return None


# "handed over by the end of last year", "delivered by March": a "by" of time names no doer
_TIME_NOUNS = {"end", "time", "close", "middle", "start", "beginning", "year", "month", "week", "day", "spring",
               "summer", "autumn", "fall", "winter", "then", "now"}  # fmt: skip


def _by_a_time(prep: Any) -> bool:
    if prep.lower_ != "by":
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and (obj.lemma_.lower() in _TIME_NOUNS or obj.ent_type_ in ("DATE", "TIME"))


def _open_slots(tok: Any, hit: TriggerHit) -> set[str]:
    """The roles a trigger's own phrase leaves unsaid: no subject, no "by", no "from", no "to"."""
    kids = list(tok.children)
    preps = {c.text.lower() for c in kids if c.dep_ in ("prep", "agent") and not _by_a_time(c)}
    t = tok
    subj = None
    for _ in range(4):  # "had agreed to send": the subject of the verbs above
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        if subj is not None or t.dep_ not in ("xcomp", "conj") or t.head.i == t.i:
            break
        t = t.head
    bare_subject = subj is None or subj.lower_ in _PRONOUN_SUBJECTS
    # ("a second package": its place in a series qualifies no party)
    qualified = hit.nominal and any(
        c.dep_ in ("poss", "amod", "compound") and not ORDINAL_PLACE.fullmatch(c.lower_) for c in kids
    )
    out: set[str] = set()
    direction = hit.trigger.direction
    if direction in ("give", "move"):
        if hit.passive or hit.nominal:
            if "by" not in preps and "from" not in preps and not qualified:
                out.add("supplier")
        elif bare_subject and "from" not in preps:
            out.add("supplier")
        if not preps & {"to", "for", "into", "towards", "toward"} and not any(c.dep_ == "dative" for c in kids):
            out.add("recipient")
    elif direction == "receive":
        if "from" not in preps:
            out.add("supplier")
        if (bare_subject and not hit.nominal) or (hit.nominal and not qualified and "by" not in preps):
            out.add("recipient")
    return out


# adverbs telling a leg that comes after the act before it ("that were then trucked on")
_LATER = {"then", "later", "subsequently", "afterwards", "afterward", "onward", "onwards"}


def _own_journey(
    head: Any, ti: int, trig_tokens: dict[int, int], hits: list[TriggerHit], parties: list[Arg], tok_of: dict[int, Any]
) -> int:
    """ "had received Kornet missiles, some of them Russian-made weapons originally supplied to the
    Syrian army": goods whose own participle sends them to another party went there first; they and
    the origin on them are that earlier transfer's, not the receipt's."""
    clause = next((c for c in head.children if c.i in trig_tokens and c.dep_ in ("acl", "relcl")), None)
    inner = trig_tokens[clause.i] if clause is not None else None
    if clause is None or inner is None or inner == ti or not hits[inner].passive:
        return ti
    if any(c.dep_ == "advmod" and c.lower_ in _LATER for c in clause.children):
        return ti  # "carried weapons that were then trucked to RSF units": a later leg of the same journey
    outer = {a.entity.id for a in parties if a.trigger == ti and a.entity is not None and a.case in ("subj", "goal")}
    goals = {a.entity.id for a in parties if a.trigger == inner and a.entity is not None and a.case == "goal"}
    if not goals or goals & outer:
        return ti  # "received the vehicles transferred to it by Sweden": one transfer told twice
    for a in parties:
        t = tok_of.get(a.start)
        if a.trigger == ti and a.case == "origin" and t is not None and t.head.i == head.i:
            a.trigger = inner
    return inner


def _owned_by_the_other_end(parties: list[Arg], n: int, tok_of: dict[int, Any], doers: set[str], other: str) -> bool:
    """Whether a doer of act `n` (one of the `doers` cases) is owned (a possessive on it:
    "Poland's") by the party at the act's other end (the `other` case): a state's own maker or
    ministry."""
    mine = [a for a in parties if a.trigger == n and a.entity is not None]
    ends = {a.entity.id for a in mine if a.case == other and a.entity is not None}
    for doer in (a for a in mine if a.case in doers):
        head = tok_of.get(doer.start)
        if head is None or doer.entity is None or doer.entity.id in ends:
            continue
        for owner in mine:
            t = tok_of.get(owner.start)
            if (
                owner.case == "gen"
                and owner.entity is not None
                and owner.entity.id in ends
                and t is not None
                and t.head.i == head.i
                and t.dep_ == "poss"
            ):
                return True
    return False


def _keep_home_goods(sentence: Sentence, n: int) -> None:
    """Keeps the counted goods of a domestic supply (act n) with the state whose own forces get
    them, for the story's other tellings of the same delivery (see assemble._home_delivery)."""
    state = next((a.entity for a in sentence.parties if a.trigger == n and a.entity is not None), None)
    if state is None:
        return
    sentence.home_goods += [(state, it) for it in sentence.items if it.trigger == n and it.quantity is not None]


def _own_maker(parties: list[Arg], n: int, tok_of: dict[int, Any]) -> bool:
    """ "Poland's state-owned PGZ will deliver launchers to the Polish army": a maker owned by the
    state it delivers to supplies its own forces (domestic procurement, no transfer)."""
    return _owned_by_the_other_end(parties, n, tok_of, {"subj", "agent"}, "goal")


def _end_users(args: list[Arg], tok_of: dict[int, Any]) -> None:
    """ "delivered rockets to Russia for use by Wagner": the user receives the goods, the state they
    were delivered to is where they pass."""
    users = set()
    for a in args:
        t = tok_of.get(a.start)
        if t is None or a.case != "goal" or a.trigger is None:
            continue
        by = t.head
        if t.dep_ == "pobj" and by.lower_ == "by" and by.head.lemma_.lower() == "use" and by.head.head.lower_ == "for":
            users.add(a.trigger)
    for a in args:
        t = tok_of.get(a.start)
        if a.trigger in users and a.case == "goal" and t is not None and t.head.lower_ in ("to", "into"):
            a.case = "via"


def _report_author(head: Any) -> bool:
    """ "Serbia denies Russian claim its shells reach Ukraine": a state's adjective on a report noun
    names the report's author, not the make of goods told after it."""
    return head.dep_ in ("amod", "compound") and head.head.lemma_.lower() in REPORT_NOUNS


def _inside_coref(m: Mention, corefs: list[Mention], entities: dict[str, Entity]) -> bool:
    """ "In addition, the Department will procure ...": a name of no told state the parser found
    inside a phrase that takes up a party ("Department" in "the Department", which is the Pentagon's
    state) is that phrase, not a party of its own."""
    ent = entities.get(m.entity_id)
    if ent is None or ent.country or not ent.provisional:
        return False
    return any(c.start <= m.start and m.end <= c.end and (c.start, c.end) != (m.start, m.end) for c in corefs)


_COUNTRY_WORDS = ("the country", "the nation", "the state")


def _other_country(sentence: Sentence, text: str, before: Entity | None) -> None:
    """ "helicopters from Russia had arrived in the country": "the country" read as the party that
    sends the goods (or sold them: "missiles bought from the United States had arrived in the
    country") is the other one told before it (in the sentence, or the sentence before)."""
    for a in sentence.parties:
        if text[a.start : a.end].lower() not in _COUNTRY_WORDS or a.entity is None or a.trigger is None:
            continue
        if not any(
            b is not a and b.entity is a.entity and (b.trigger == a.trigger or b.case in ("source", "origin"))
            for b in sentence.parties
        ):
            continue  # ("missiles bought from the United States had arrived in the country": the seller's act)
        earlier = [
            b.entity
            for b in sentence.parties
            if b.end <= a.start and b.entity is not None and b.entity is not a.entity and b.entity.type == "country"
        ]
        other = earlier[0] if earlier else before
        if other is not None and other is not a.entity and other.type == "country":
            a.entity = other


def _aside_load(noun: Any, goods: Any) -> bool:
    """Whether the act noun `noun` only tells where goods told outside its phrase were hidden or held:
    "engines, hidden among a consignment of water pumps, were seized" (the noun in an aside on the
    goods), "40 engines concealed inside a shipment of farm machinery" (in a "among"/"inside" phrase of
    the verb the goods are the subject of)."""
    if noun.left_edge.i <= goods.i <= noun.right_edge.i:
        return False
    if any(t.dep_ == "acl" and t.head == goods for t in noun.ancestors):
        return True
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    verb = prep.head
    return goods.head == verb and goods.dep_ in ("nsubj", "nsubjpass")


def _drop_triggers(sentence: Sentence, drop: set[int], *, keep_goods: bool = False) -> None:
    """Remove triggers (a denial of an earlier transfer is no new one), renumbering attachments.

    With `keep_goods` (a sentence listing what a cargo held: "Sailors found 200 packages holding
    missile parts") the goods of a dropped act noun stay, unattached, for `inventory_items` to give
    to the act told before."""
    if not drop:
        return
    renumber = {}
    kept: list[TriggerHit] = []
    for n, h in enumerate(sentence.triggers):
        if n not in drop:
            renumber[n] = len(kept)
            kept.append(h)
    for group in (sentence.parties, sentence.places):
        for a in group:
            a.trigger = renumber.get(a.trigger) if a.trigger is not None else None
    if keep_goods:
        for it in sentence.items:
            if it.trigger in drop and sentence.triggers[it.trigger].nominal:
                it.trigger = None
    sentence.items = [it for it in sentence.items if it.trigger not in drop]
    sentence.triggers = kept
    for it in sentence.items:
        it.trigger = renumber.get(it.trigger) if it.trigger is not None else None


_DEAL_VERBS = {"sign", "place", "approve", "follow", "expect", "schedule", "due", "conclude", "finalize",
               "finalise", "complete", "secure", "announce", "clear", "plan", "begin", "come"}  # fmt: skip


# goods told as a lot of those a deal covers, uncounted: "delivery of the first tanks", "the final jets"
_LOT_BEFORE = re.compile(r"\b(?:the|its|their)\s+(?:first|final|last|remaining)\s+$", re.I)


def _counted_deal(tok: Any, n: int, items: list[ItemHit]) -> bool:
    """ "The arrival of the first six K9s is expected in 2025", "an order for 108 tanks placed in 2019",
    "financing for a second tranche of 18 aircraft followed", "delivery of the first tanks is planned
    for 2026": a deal or delivery told as a noun, of goods counted or told as a lot of the deal's, that
    a verb of its own tells as done or due; the parties come from the text around it."""
    text = tok.doc.text
    # ("A deal for the Su-35s was finalised in 2023": a deal noun on a system named is as definite)
    named = tok.lemma_.lower() in DEAL_NOUNS
    if not any(
        it.trigger == n
        and (
            (it.quantity is not None and (it.quantity.value or it.quantity.min))  # ("hundreds of drones")
            or _LOT_BEFORE.search(text, max(0, it.start - 24), it.start)
            or (named and it.entity is not None)
        )
        for it in items
    ):
        return False
    if tok.dep_ in ("nsubj", "nsubjpass") and _verb_told(tok.head).lemma_.lower() in _DEAL_VERBS:
        return True
    if tok.dep_ == "nsubj" and tok.lemma_.lower() in DEAL_NOUNS and tok.head.lemma_.lower() in INCLUDING:
        return True  # "The first contracts, signed in August 2022, covered 180 K2s and 212 K9s"
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("follow", "precede"):
        return True  # "the delivery follows the arrival of the first 11 launchers in November"
    if named and whole_of_a_part(tok):
        return True  # "delivered six jets on Monday, part of an order for 50": the whole deal, told beside its lot
    # "an order for 108 tanks placed in 2019": the parse hangs the participle on the goods
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _DEAL_VERBS for c in tok.subtree)


def _verb_told(verb: Any) -> Any:
    """The word that tells what a clause says of its subject: the verb, or after "be" the adjective
    it takes ("the next delivery is due in May": "due")."""
    if verb.lemma_.lower() != "be":
        return verb
    return next((c for c in verb.children if c.dep_ == "acomp"), verb)


# verbs telling a flow under way, whose subject a deed noun is: "Deliveries of the jets began in 2024"
_UNDER_WAY_VERBS = {"begin", "start", "resume", "continue", "commence"}
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those)\s+$", re.I)


def _begun_for_goods_told(tok: Any, n: int, items: list[ItemHit]) -> bool:
    """ "Ukraine ordered 20 jets from Sweden. Deliveries of the jets began in 2024": a deed noun that
    begins, resumes or goes on, of goods told before ("the jets"), is the delivery of that deal; the
    parties come from the act told before it."""
    text = tok.doc.text
    return (
        tok.dep_ == "nsubj"
        and tok.head.lemma_.lower() in _UNDER_WAY_VERBS
        and any(it.trigger == n and _DEFINITE_BEFORE.search(text, max(0, it.start - 8), it.start) for it in items)
    )


def _next_lot_listing(tok: Any, n: int, items: list[ItemHit]) -> bool:
    """ "The United States sent Kyiv a package in March. A second package, announced in May, included
    Javelin missiles": a lot told by its place in a series, listing goods counted or named, is a batch
    of its own; its parties come from the story it goes on."""
    return (
        next_lot(tok)
        and tok.dep_ == "nsubj"
        and tok.head.lemma_.lower() in INCLUDING
        and any(it.trigger == n and (it.entity is not None or it.quantity is not None) for it in items)
    )


def _cleared_goods(tok: Any, n: int, items: list[ItemHit]) -> bool:
    """ "..., and a coastal version of the Harpoon was approved for sale in 2020": a sale noun that
    goods were cleared for, told with no party, is a deal of its own; the parties come from the story."""
    verb = tok.head.head
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "for"
        and clearing(verb)
        and any(it.trigger == n and (it.entity is not None or it.quantity is not None) for it in items)
    )


def _makers_of(parties: list[Arg], tok_of: dict[int, Any], by_head: dict[int, Arg]) -> None:
    """ "received four transport aircraft from Airbus of Spain": a maker told with the state it belongs
    to ("X of Spain") stands for that state, which takes the maker's role (makers are not suppliers)."""
    for g in parties:
        t = tok_of.get(g.start)
        if g.case != "gen" or g.entity is None or g.entity.type != "country" or t is None:
            continue
        if t.dep_ != "pobj" or t.head.lower_ != "of":
            continue
        maker = by_head.get(t.head.head.i)
        if (
            maker is None
            or maker.entity is None
            or maker.entity.type != "company"
            or maker.case not in ("subj", "agent", "source", "goal")
        ):
            continue
        g.case, g.trigger, g.direct = maker.case, maker.trigger, maker.direct
        maker.case = "gen"


_HOLDERS = {"container", "crate", "box", "wagon", "railcar", "carriage", "truckload", "trainload", "load", "cargo",
            "pallet", "shipment", "consignment"}  # fmt: skip


def _held_in(head: Any, trig_tokens: dict[int, int]) -> int | None:
    """ "shipped about 13,000 containers, which could hold 8 million shells": goods told in a relative
    clause on the containers a trigger moves are what it moves."""
    t = head
    holding = False
    for _ in range(8):
        holding = holding or t.lemma_.lower() in _HOLDING
        if t.dep_ == "relcl" and t.head.lemma_.lower() in _HOLDERS:
            holder = t.head
            if holder.dep_ in ("dobj", "nsubjpass", "pobj") and holder.head.i in trig_tokens:
                return trig_tokens[holder.head.i]
            return None
        if t.dep_ == "relcl" and holding:
            return _holders_mover(t.head, trig_tokens)
        if t.head.i == t.i:
            return None
        t = t.head
    return None


# verbs telling what a load holds: "containers, which held 3 million shells"
_HOLDING = {"hold", "contain", "carry"}


def _holders_mover(place: Any, trig_tokens: dict[int, int]) -> int | None:
    """ "shipped some 6,700 containers to Russia, which it estimated held 3 million shells": the parse
    hangs the relative clause on the place the load went to; the trigger moving the load (its object
    a word for containers) moves what the clause says the load holds."""
    if place.dep_ != "pobj" or place.head.dep_ != "prep":
        return None
    verb = place.head.head
    if verb.i not in trig_tokens:
        return None
    loads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _HOLDERS]
    return trig_tokens[verb.i] if loads else None


def _own_state_source(parties: list[Arg], n: int, tok_of: dict[int, Any]) -> bool:
    """ "India's defence ministry signed a contract with Hindustan Aeronautics for 97 jets": a buyer
    whose owner ("India's") is the state the goods come from buys at home (domestic procurement)."""
    return _owned_by_the_other_end(parties, n, tok_of, {"subj"}, "source")
