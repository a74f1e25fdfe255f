"""Language pipeline: tell Japanese from English, and parse with spaCy (GiNZA for Japanese).

Models load once per process, on first use (never at import time).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

import spacy
from spacy.language import Language

from materiel.lexicon import DENYING_VERBS_EN, default_lexicon
from materiel.settings import get_setting

SUPPORTED = ("ja", "en")


class LanguageError(ValueError):
    """The text is in a language materiel does not read, or has no text to read."""


_KANA = re.compile(r"[\u3040-\u30ff]")
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def detect_language(text: str) -> str:
    """'ja' or 'en' for the text, via py3langid; raises LanguageError for anything else.

    Kana settle it at once: no other language writes them, and machine-translated Japanese with
    many Latin-script names can fool a character n-gram model.
    """
    sample = text[:5000]
    letters = sum(c.isalpha() for c in sample)
    if letters == 0:
        raise LanguageError("no text to read (no letters)")
    if len(_KANA.findall(sample)) >= max(3, letters * 0.05):
        return "ja"
    import py3langid

    lang, _score = py3langid.classify(sample)
    if lang in SUPPORTED:
        return str(lang)
    if len(_CJK.findall(sample)) > letters * 0.3:
        raise LanguageError(f"language {lang!r} is not supported (materiel reads Japanese and English)")
    raise LanguageError(f"language {lang!r} is not supported (materiel reads Japanese and English)")


@functools.cache
def load_pipeline(lang: str) -> Language:
    """The spaCy pipeline for `lang`, loaded once per process from an installed package."""
    if lang == "ja":
        name = str(get_setting("ja_model"))
        nlp = spacy.load(name)
    elif lang == "en":
        name = str(get_setting("en_model"))
        nlp = spacy.load(name)
        from spacy.util import compile_suffix_regex

        # "delivered.[2] The ...": a footnote marker glued to a word is a token of its own
        suffixes = [*list(nlp.Defaults.suffixes or []), r"\[\d{1,3}\]", r"\[\d{1,3}"]
        tokenizer: Any = nlp.tokenizer
        tokenizer.suffix_search = compile_suffix_regex(suffixes).search
        # "re-exported" split at the hyphen ("re - exported") parses as a stray noun and a verb
        from spacy.symbols import ORTH

        for stem in ("re-export", "Re-export"):
            for ending in ("", "s", "ed", "ing", "er", "ers"):
                tokenizer.add_special_case(stem + ending, [{ORTH: stem + ending}])
        if "attribute_ruler" in nlp.pipe_names:  # the rule lemmatizer would leave "re-exporte"
            forms = [stem + e for stem in ("re-export", "Re-export") for e in ("", "s", "ed", "ing")]
            ruler: Any = nlp.get_pipe("attribute_ruler")
            ruler.add([[{"ORTH": {"IN": forms}, "TAG": {"REGEX": "^VB"}}]], {"LEMMA": "re-export"})
    else:
        raise LanguageError(f"no pipeline for language {lang!r}")
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp


_JA_END = set("。！？!?")


def split_sentences_ja(text: str) -> list[tuple[int, int]]:
    """Sentence spans of Japanese text: at 。！？ and line ends, never inside 「」 or （）.

    GiNZA's own segmentation can split inside a Latin-script name or a quotation in garbled
    machine translation; quoted speech must stay with its 「…」と述べた to keep its speaker.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    depth = 0
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch in "「『（(":
            depth += 1
        elif ch in "」』）)":
            depth = max(0, depth - 1)
        end = None
        if ch == "\n":
            end = i
            depth = 0
        elif ch in _JA_END and depth == 0:
            j = i + 1
            while j < n and text[j] in "」』）)":
                j += 1
            end = j
        if end is not None:
            if text[start:end].strip():
                spans.append((start, end))
            start = end + 1 if ch == "\n" else end
            i = start
            continue
        i += 1
    if text[start:].strip():
        spans.append((start, n))
    # trim surrounding whitespace so spans cover the sentence alone
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        out.append((s, e))
    return out


_LINES = re.compile(r"[^\n]*(?:\n+|$)")
# a headline's label or a wire's dateline before a colon: capitalized words, or one with "war"
# etc.; the "date 2024-05-01" line some page stores put before the text
_KICKER = re.compile(
    r"date \d{4}-\d\d-\d\d[ \t]+"
    r"|(?:[A-Z][\w'’.&-]*\s){0,3}(?:[A-Z][\w'’.&-]*|war|crisis|conflict|live|news|updates)\s?:[ \t]+"
    # a wire's dateline: "SEOUL, Feb 27 (Reuters) - ", "KYIV, Ukraine (AP) — "
    r"|[A-Z][A-Z.'’ -]{1,30}(?:,[ \t]*[A-Z][A-Za-z.]*(?:[ \t]\d{1,2})?)*[ \t]*\([A-Za-z .&]{2,25}\)[ \t]*[-—–]+[ \t]*"
)

# a headline's source after a dash, closing the line: "... ballistic missiles - sources", "... to
# Russia – report", "... Kyiv — WSJ", "... – US officials"
_SOURCE_TAIL = re.compile(
    r"[ \t]+[-–—][ \t]+(?:(?:[A-Z][\w.'’&-]*|US|UK|EU|Western|senior|two|three|several)[ \t]+){0,2}"
    r"(?:sources?|reports?|officials?|diplomats?|media|intelligence|documents?|[A-Z][A-Za-z.&]{1,20})[ \t]*\n?$"
)

# a headline's speaker before the words it is quoted as saying, with no verb or colon between
# (Korean and Japanese press habit: 'NIS "North Korea sent more shells to Russia"', 'Zelensky "Iran
# keeps sending drones"'): capitalized words, then a quote of three words or more closing the line
_SPEAKER_QUOTE = re.compile(
    r"(?:[A-Z][\w'’.&-]*[ \t]+){1,3}(?=[\"“][A-Z][^\"”\n]*\s[^\"”\n]*\s[^\"”\n]*[\"”][ \t]*\n*$)"
)

# the semicolon joining a headline's two clauses, the second with a capitalized subject of its own
_HEADLINE_JOINT = re.compile(r"(?<=\w);[ \t]+(?=[A-Z])")

# a capitalized word (not an acronym: "UAE", "U.S." keep their case)
_CAPITALIZED = re.compile(r"(?<![\w'’.])[A-Z][a-z][a-z'’]*\b")
# short words a title-case headline capitalizes too ("Via", "And", "To"), not counted as content
_SMALL = frozenset(
    ["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "via", "with"]
)


def sentence_case(line: str, names: frozenset[str]) -> str:
    """A title-case headline ("Western Chips Still Reach Russian Arms Makers Via Turkey and UAE")
    with its common words lowered, as a sentence would write them, for the parser: every word
    capitalized reads as a name, and the parse of such a line is a chain of proper nouns. Words
    in `names` (the gazetteer's, "Turkey", "Russian") and the first word keep their case; the
    line keeps its length, so offsets hold. Any other line is returned as it is."""
    body = line.strip()
    if not body or body[-1] in '.!?:;"”’)' or len(body) > 160:
        return line
    words = re.findall(r"[A-Za-z][\w'’-]*", body)
    content = [w for w in words if w.lower() not in _SMALL and len(w) > 2]
    if len(content) < 4 or sum(w[0].isupper() for w in content) < 0.8 * len(content):
        return line
    first = _CAPITALIZED.search(line)
    return _CAPITALIZED.sub(
        lambda m: (
            m.group() if m.group() in names or (first is not None and m.start() == first.start()) else m.group().lower()
        ),
        line,
    )


# a sibling model's number with its series name left out: "Shahed-131 and -136 drones", "Geran-1, -2"
_ELIDED_SERIES = re.compile(r"(?<=\d)((?:,|\s+and|\s+or)\s+)[-–](?=\d)")


def _elided_series(line: str) -> str:
    """ "Iran sent Shahed-131 and -136 drones to Russia": the parser takes a number with a dash before
    it for a name of its own, and the clause falls apart; the dash is read as a space (the line keeps
    its length, so offsets hold)."""
    if "-" not in line and "–" not in line:
        return line
    return _ELIDED_SERIES.sub(lambda m: m.group(1) + " ", line)


# an adverb of where or how goods were made or are flown and its participle before the goods' noun:
# "50 locally made Koksan guns", "domestically built drones", "eight remotely piloted aircraft", "newly
# built frigates" (not "were made in", "built by": a clause of their own)
_MADE_WHERE = re.compile(
    r"\b((?:locally|domestically|indigenously|nationally|remotely|newly))"
    r" (?=(?:made|built|produced|manufactured|assembled|piloted|operated)"
    r" (?!(?:in|by|at|from|and|or|under|for|with|to|the|a|an|on|since|into|locally)\b)[A-Za-z0-9])",
    re.I,
)
# auxiliaries before it that make the participle a verb of its own: "the guns were locally made"
_MADE_AUX = re.compile(r"\b(?:is|are|was|were|be|been|being|get|got|gets)\s+$", re.I)


def _made_where(line: str) -> str:
    """ "transferred 50 locally made Koksan guns to Russia", "the sale of eight remotely piloted aircraft
    to Qatar": the parser takes the participle for a second verb of the clause and the goods for its
    object; written as one word ("locally-made", the space read as a hyphen, so the line keeps its
    length and offsets hold) it is the goods' modifier."""
    if "ly " not in line:
        return line
    return _MADE_WHERE.sub(lambda m: m.group() if _MADE_AUX.search(line, 0, m.start()) else m.group(1) + "-", line)


# a line closed by no mark before its break: a headline, a byline, a caption ("... tells Congress")
_UNMARKED_LINE_END = re.compile(r"[^\s.!?:;,\"”’)][ \t]*\n+$")


def _ends_at_break(line: str) -> bool:
    """Whether a line with no closing mark ends its sentence at the break: a headline has no final
    stop ("Iran keeps Houthis supplied, US commander tells Congress") and the parser runs it into
    the lead below it, whose subject then hangs off the headline's verb. A news text does not carry
    a sentence across a line break. (A line closed by a mark is left to the parser, which ends it
    there itself or, after "He said:", rightly runs on.)"""
    return _UNMARKED_LINE_END.search(line) is not None


def _placeholder_numbers(line: str) -> str:
    """「当局者XNUMX人は」「ミサイルXNUMX発あまりを」: machine translation leaves XNUMX for a number, and
    the Japanese parser takes the Latin word for a noun of its own, breaking the clause (the subject
    before it hangs nowhere, the object after it becomes a root); read as a number of the same length
    (10000) it is a count, and the line keeps its length, so offsets hold."""
    return line.replace("XNUMX", "10000") if "XNUMX" in line else line


def _parse_lines(nlp: Language, text: str, names: frozenset[str] = frozenset()) -> Any:
    """One Doc for the whole text, a line's label ("Ukraine war:", "MANAMA:", a store's "date
    2024-05-01") parsed apart from the clause it heads, which it would otherwise join as a
    subject, a title-case headline parsed as a sentence would write it (`sentence_case`), and a
    line that closes its sentence (`_ends_at_break`) parsed apart from the next. The pieces keep
    every character, so the joined Doc has the original offsets (its title-case headline words
    lowered). (Parsing every line alone helped headlines but cost more elsewhere.)"""
    pieces: list[str] = [""]
    text = _bulleted_list(text)
    for m in _LINES.finditer(text):
        line = _made_where(_elided_series(sentence_case(m.group(), names)))
        kicker = _KICKER.match(line)
        if kicker is not None and kicker.end() < len(line.rstrip()):
            pieces += [kicker.group(), ""]  # "Ukraine war: ...", "MANAMA: ...": a label, no part of the clause
            line = line[kicker.end() :]
        headline = _ends_at_break(line) or m.end() == len(text)
        speaker = _SPEAKER_QUOTE.match(line)
        if speaker is not None:
            pieces += [speaker.group(), ""]  # 'NIS "North Korea sent ..."': the teller, no party of the quote
            line = line[speaker.end() :]
        for joint in list(_HEADLINE_JOINT.finditer(line)) if headline and not line.rstrip().endswith(".") else ():
            # "Argentina's first F-16s arrive from Denmark; Colombia inks Gripen deal": a headline's two
            # stories, the parser hanging the first on the second's verb; each is parsed apart
            pieces[-1] += line[: joint.end()]
            pieces.append("")
            line = line[joint.end() :]
        tail = _SOURCE_TAIL.search(line) if headline else None
        if tail is not None and tail.start() > 0:
            # "Iran sends Russia ballistic missiles - sources": the parser takes the source for the
            # goods' head; the clause is parsed apart from it
            pieces[-1] += line[: tail.start()]
            pieces.append(line[tail.start() :])
        else:
            pieces[-1] += line
        if _ends_at_break(line):
            pieces.append("")
    pieces = [p for p in pieces if p]
    if len(pieces) <= 1:
        return nlp(pieces[0] if pieces else text)
    from spacy.tokens import Doc

    return Doc.from_docs(list(nlp.pipe(pieces)), ensure_whitespace=False)


# a colon closing a line and the bulleted lines under it ("This package includes:\n- Stinger
# missiles;\n- Javelin anti-tank missiles"): a list of goods a release sets out line by line
# (after a word of listing: "includes:", "consists of:", "the following:", "among them:", "listed the
# cargo as:"; each bullet one phrase, no sentence of its own: "- The airframes are Iranian-made.
# Russia received ..." is a list of notes)
_BULLETED = re.compile(
    r"\b(?:include[sd]?|including|compris(?:es|ed)|contain(?:s|ed)|consist(?:s|ed)? of|following\b[^\n:.]{0,80}?"
    r"|among (?:them|others)|such as|(?:listed|described|identified|itemi[sz]ed)\b[^\n:.]{0,40}?\bas)"
    r"(:[ \t]*(?:\n[ \t]*)+[-•*–][ \t]+(?:[^\n.]|\.(?![ \t]+[A-Z]))+(?=\n|$)"
    r"(?:(?:\n[ \t]*)+[-•*–][ \t]+(?:[^\n.]|\.(?![ \t]+[A-Z]))+(?=\n|$))*)",
    re.I,
)
# the mark closing an item of such a list: "Stinger missiles;", "Javelins; and"
_ITEM_END = re.compile(r"[;,](?:[ \t]+(?:and|or))?[ \t]*$")
# the line break and bullet before one item of such a list
_BULLET = re.compile(r"(?:\n[ \t]*)+[-•*–][ \t]+")


def _bulleted_list(text: str) -> str:
    """ "The package includes:\n- Stinger missiles;\n- Javelin anti-tank missiles": the parser reads
    no object after the colon and each bullet as a sentence of its own; the list is read as one
    sentence, its items a series ("includes Stinger missiles, Javelin anti-tank missiles"). The
    colon, breaks and bullets become spaces and an item's closing ";" a comma, so offsets hold."""
    if "\n" not in text or ":" not in text:
        return text

    def series(m: re.Match[str]) -> str:
        block = m.group(1)
        out = [" "]
        at = 1
        for b in _BULLET.finditer(block, 1):
            before = _ITEM_END.sub(lambda e: "," + e.group()[1:], block[at : b.start()])
            gap = " " * len(b.group())
            if at > 1 and not _ITEM_END.search(before) and not before.endswith(","):
                gap = "," + gap[1:]  # (an item closed by no mark: a comma between it and the next)
            out += [before, gap]
            at = b.end()
        out.append(block[at:])
        return m.group()[: m.start(1) - m.start()] + "".join(out)

    return _BULLETED.sub(series, text)


# quantifiers that float between a subject and its verb: "Iran and North Korea have both armed Russia"
_FLOATING = {"both", "each", "all"}
_FLOATED = re.compile(r"\b(?:both|each|all)\s+\w+ed\b", re.I)


def _floated_verbs(nlp: Language, doc: Any) -> Any:
    """ "Iran and North Korea have both armed Russia", "Iran and Belarus both armed Russia": after a
    floating quantifier the parser reads a participle as an adjective on the name that follows
    ("both armed Russia"); the participle is the verb, the name its object (the tree is mended in
    place: the verb takes the place of "have", or of the subject list it was hung on)."""
    if not _FLOATED.search(doc.text):
        return doc  # (most texts have none: the scan over every token is skipped)
    for tok in doc:
        noun = tok.head
        if not (
            tok.dep_ == "amod"
            and tok.tag_ in ("VBN", "VBD", "JJ")
            and tok.lower_.endswith("ed")
            and noun.i == tok.i + 1
            and noun.pos_ == "PROPN"
            and tok.i >= 2
            and doc[tok.i - 1].lower_ in _FLOATING
        ):
            continue
        before = doc[tok.i - 2]
        if before.lemma_.lower() == "have" and noun.head.i == before.i and noun.dep_ == "dobj":
            top = before  # "... have both armed Russia": "have" heads the clause
        elif noun.dep_ == "conj" and doc[tok.i - 1].dep_ in ("cc", "preconj", "det") and noun.head.i < tok.i:
            top = noun.head  # "Iran and Belarus both armed Russia": the subject list heads it
        else:
            continue
        tok.head = tok if top.head.i == top.i else top.head
        tok.dep_ = "ROOT" if top.head.i == top.i else top.dep_
        for c in list(top.children):
            if c.dep_ == "punct" or c.i > tok.i or (top is before and c.i != noun.i):
                c.head = tok
        top.head, top.dep_ = tok, ("aux" if top is before else "nsubj")
        noun.head, noun.dep_ = tok, "dobj"
        doc[tok.i - 1].head, doc[tok.i - 1].dep_ = tok, "advmod"
        tok.tag_, tok.pos_ = "VBN" if top is before else "VBD", "VERB"
        tok.set_morph("Tense=Past|VerbForm=Part" if top is before else "Tense=Past|VerbForm=Fin")
        if "lemmatizer" in nlp.pipe_names:  # "armed" read as an adjective kept itself as its lemma
            lemmatizer: Any = nlp.get_pipe("lemmatizer")
            tok.lemma_ = lemmatizer.lemmatize(tok)[0]
    return doc


# headline verbs of approving: "Pentagon OKs $1bn arms sale to Taiwan", "State Department greenlights"
_APPROVING_HEADLINE_VERBS = {"ok": "approve", "okay": "approve", "greenlight": "approve", "greenlit": "approve"}


def _headline_approvals(doc: Any) -> Any:
    """ "Pentagon OKs $1bn arms sale to Taiwan": a headline's short verb of approving reads as
    "approve", the verb every later stage knows (lemma mended in place)."""
    for tok in doc:
        lemma = _APPROVING_HEADLINE_VERBS.get(tok.lemma_.lower())
        if lemma is not None and tok.tag_.startswith("VB"):
            tok.lemma_ = lemma
    return doc


def _headline_second_verbs(doc: Any) -> Any:
    """ "Lithuania hands Ukraine anti-drone guns, promises armoured carriers": a headline telling two
    acts of one subject with a comma between them is read as the second verb with the first clause its
    complement ("promises [that] Lithuania hands ..."); the first verb is the root and the second a
    verb joined to it with its own object (mended in place)."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ != "VERB" or root.tag_ not in ("VBZ", "VBD") or root.i < 1 or doc[root.i - 1].text != ",":
            continue
        kids = list(root.children)
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in kids):
            continue  # ("Germany delivers IRIS-T, says ministry": the teller after its words)
        if not any(c.dep_ == "dobj" and c.i > root.i for c in kids):
            continue
        first = next((c for c in kids if c.dep_ == "ccomp" and c.i < root.i), None)
        if (
            first is None
            or first.tag_ not in ("VBZ", "VBD")
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children)
        ):
            continue
        for c in kids:
            if c.i < first.i or (c.dep_ == "punct" and c.i == root.i - 1):
                c.head = first
        first.head, first.dep_ = first, "ROOT"
        root.head, root.dep_ = first, "conj"
    return doc


def _noun_rooted(doc: Any) -> Any:
    """ "Two trains carrying shells crossed into Russia": after a noun with a clause of its own the
    parser may hang the finite verb on the noun as a modifier and make the noun the root; a past
    tense (VBD) there is the sentence's verb, the noun its subject (mended in place)."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "acl" and c.tag_ == "VBG" for c in root.children):
            continue
        verb = next((c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBD" and c.i > root.i), None)
        if verb is None:
            continue
        _verb_as_root(root, verb)
    return doc


def _verb_as_root(root: Any, verb: Any) -> None:
    """Make `verb`, hung on the noun `root` as a modifier, the sentence's root, the noun its subject and
    what followed the verb its dependents."""
    for c in list(root.children):
        if c.i > verb.i:
            c.head = verb
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "nsubj"
    verb.pos_ = "VERB"


def _arrival_rooted(doc: Any) -> Any:
    """ "Argentina's first F-16s arrive from Denmark": in a headline's present tense the tagger may read
    "arrive" (or "land") after plural goods as the last noun of one phrase, leaving the sentence no
    verb; with a "from" or "in" of its own the word is the verb and the goods its subject (mended in
    place)."""
    for sent in doc.sents:
        root = sent.root
        if (
            root.lower_ not in ("arrive", "land")
            or root.tag_ not in ("NN", "NNP")
            or any(t.tag_ in ("VB", "VBD", "VBP", "VBZ", "MD") for t in sent)
            or not any(c.dep_ == "prep" and c.lower_ in ("from", "in", "at") for c in root.children)
        ):
            continue
        before = root.doc[root.i - 1] if root.i > sent.start else None
        if before is None or before.head != root or not before.text.endswith("s"):
            continue  # (plural goods right before it: "F-16s arrive", "Leopard 2A7s arrive")
        if not any(c.dep_ == "nsubj" for c in root.children):
            if before.tag_ not in ("NNS", "NNPS", "NNP"):
                continue
            for c in list(root.children):
                if c.i < before.i:
                    c.head = before  # ("Argentina's first": the goods' own words)
            before.head, before.dep_ = root, "nsubj"
        root.tag_, root.pos_, root.dep_ = "VBP", "VERB", "ROOT"
        root.set_morph("Mood=Ind|Tense=Pres|VerbForm=Fin")
    return doc


def _laden_on_the_way(doc: Any) -> Any:
    """ "a dhow carrying Iranian weapons en route to the Houthis", "The cargo, on its way to the Houthis,
    included ...": a carrier whose load its own clause tells, or a cargo whose contents the sentence
    lists, on its way (en route) to a party is heading there; the phrase is read as "heading to", hung
    on the carrier or cargo before it (mended in place). (A carrier told with no load, "dhows
    intercepted en route to Yemen", and goods on their way, are left to the trigger's own reading.)"""
    for tok in doc:
        if tok.lower_ not in ("way", "route") or tok.dep_ != "pobj" or tok.i < 2:
            continue
        on = tok.head
        if not (
            (tok.lower_ == "way" and on.lower_ == "on" and doc[tok.i - 1].tag_ == "PRP$")
            or (tok.lower_ == "route" and on.lower_ == "en" and on.i == tok.i - 1)
        ):
            continue
        if not any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
            continue
        holder = next(
            (w for w in reversed(doc[max(0, on.i - 4) : on.i]) if w.pos_ in ("NOUN", "PROPN") and not w.is_punct), None
        )
        if holder is None or tok.is_ancestor(holder):
            continue
        laden = any(c.dep_ == "acl" and c.lemma_.lower() in ("carry", "load", "lade") for c in holder.children)
        laden = laden or (
            holder.dep_ == "dobj"
            and holder.head.dep_ in ("acl", "advcl", "relcl")
            and holder.head.lemma_.lower() in ("carry", "load", "lade")
        )
        listing = holder.lower_ in _CARGO_NOUNS and holder.dep_ == "nsubj" and holder.head.lemma_ in _LISTING_VERBS
        if not (laden or listing):
            continue
        tok.head, tok.dep_ = holder, "acl"
        tok.lemma_, tok.tag_, tok.pos_ = "head", "VBG", "VERB"
    return doc


# the nouns of a load as such, and the verbs listing what it held ("The cargo ... included rifles")
_CARGO_NOUNS = {"cargo", "consignment", "shipment", "load", "haul"}
_LISTING_VERBS = {"include", "contain", "comprise", "hold"}


# verbs of trade in their base form, which the tagger may read as a noun between a place and the goods:
# "Firms in Turkey export machine tools to Russia" ("Turkey export machine tools" one noun phrase)
_TRADE_BASES = {"supply", "export", "re-export", "ship", "sell", "provide", "deliver", "send", "transfer", "smuggle"}


def _trade_verb_as_noun(doc: Any) -> Any:
    """ "Companies in Turkey export machine tools to Russia", "Three entities, based in China, supply
    drone parts to Russian producers": after a plural subject with a place of its own the tagger may
    read the present-tense verb of trade as a noun compounded into the goods, leaving the sentence no
    verb and the subject its root; the word is the verb, the subject its subject, the goods its object
    and the place the object of its own preposition again (mended in place)."""
    for sent in doc.sents:
        root = sent.root
        if root.tag_ not in ("NNS", "NNPS") or any(t.tag_ in ("VB", "VBD", "VBP", "VBZ", "MD") for t in sent):
            continue  # (a sentence with a finite verb: the parser found one)
        verb = next((t for t in sent if t.i > root.i + 1 and _trade_word_in_noun(t)), None)
        if verb is None:
            continue
        goods = verb.head
        while goods.dep_ in ("compound", "nmod") and goods.head.i > goods.i:
            goods = goods.head  # "supply drone components": the goods are the head of the phrase
        place, prep = doc[verb.i - 1], goods.head
        for t in sent:
            if t.i > verb.i and t.head.i < verb.i and t is not goods:
                t.head = verb  # ("... to Russian producers.": what follows belongs to the verb)
            elif prep.i < t.i < place.i and t.head.i >= verb.i:
                t.head = place  # ("in the UAE supply": the article is the place's again)
        if place.pos_ == "PROPN" and goods.dep_ == "pobj" and prep.i < place.i:
            place.head, place.dep_ = prep, "pobj"
        for c in list(goods.children):
            if c.dep_ == "prep" and c.lower_ in ("to", "for"):
                c.head = verb
        goods.head, goods.dep_ = verb, "dobj"
        _verb_as_root(root, verb)
        verb.tag_ = "VBP"
        verb.set_morph("Mood=Ind|Tense=Pres|VerbForm=Fin")
    return doc


def _trade_word_in_noun(tok: Any) -> bool:
    """Whether `tok` is a verb of trade read as the first word of a noun phrase after a place or a comma
    ("Turkey export machine tools", ", supply drone components")."""
    before = tok.doc[tok.i - 1]
    return (
        tok.lower_ in _TRADE_BASES
        and tok.tag_ == "NN"
        and tok.dep_ in ("compound", "nmod")
        and tok.head.i > tok.i
        and (before.pos_ == "PROPN" or before.text == ",")
    )


# verbs of telling the parser may hang on a mass noun before them: "US intelligence assessed in March that"
_TELLING = {"say", "assess", "estimate", "conclude", "report", "believe", "find", "claim", "state", "judge", "warn"}


def _telling_rooted(doc: Any) -> Any:
    """ "US intelligence assessed in March that North Korea had sent shells to Russia": after a mass
    noun the parser may hang the verb of telling on it as a modifier, make the noun the root and the
    clause told a second modifier of the noun; the verb is the sentence's, the noun its subject and
    the "that" clause its complement (mended in place), so the clause is read as what was assessed."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN"):
            continue
        verb = next((c for c in root.children if c.dep_ == "acl" and c.i == root.i + 1), None)
        if verb is None or verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in _TELLING:
            continue
        told = next(
            (
                c
                for c in root.children
                if c.i > verb.i
                and c.dep_ in ("acl", "relcl", "ccomp")
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            ),
            None,
        )
        if told is None:
            continue
        _verb_as_root(root, verb)
        told.dep_ = "ccomp"
        verb.tag_ = "VBD"  # (read as a participle on the noun: the past tense)
    return doc


def _participle_subjects(doc: Any) -> Any:
    """ "Cargo flights from the Emirates landing at an airstrip in Chad carried arms to the RSF": after a
    noun with a participle clause of its own the parser may read the noun as the participle's subject
    and the participle as the subject clause of the verb, or as a clause of its own beside it under a
    verb of saying; the noun is the verb's subject, the participle its modifier (mended in place)."""
    for tok in doc:
        if tok.tag_ != "VBG" or tok.dep_ not in ("csubj", "ccomp") or any(c.dep_ == "aux" for c in tok.children):
            continue  # ("Russia was seeking to buy": a verb in the progressive, no participle clause)
        verb = tok.head if tok.dep_ == "csubj" else _next_bare_clause(tok)
        noun = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if verb is None or verb.i < tok.i or noun is None or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        noun.head, noun.dep_ = verb, "nsubj"
        tok.head, tok.dep_ = noun, "acl"
    return doc


def _passive_participle_subjects(doc: Any) -> Any:
    """ "officials believe that most of the engines fitted to the drones were bought in China": after a
    noun with a past participle of its own the parser may read the noun as the participle's subject and
    the passive verb after it as a second clause with no subject; the noun is the passive verb's
    subject, the participle its modifier (mended in place)."""
    for tok in doc:
        if tok.tag_ != "VBN" or tok.dep_ != "ccomp" or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
            continue  # ("said the drones were shipped": a passive of its own)
        noun = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        verb = next(
            (
                c
                for c in tok.head.children
                if c.dep_ == "ccomp"
                and c.i > tok.i
                and c.tag_ == "VBN"
                and any(a.dep_ == "auxpass" for a in c.children)
            ),
            None,
        )
        if noun is None or verb is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        if noun.pos_ not in ("NOUN", "PROPN", "PRON") and noun.lower_ not in ("most", "many", "some", "all", "much"):
            continue
        # ("most of the engines fitted to": the participle is on the goods the quantity is of)
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((c for c in of.children if c.dep_ == "pobj"), noun) if of is not None else noun
        mark = next((c for c in tok.children if c.dep_ == "mark" and c.i < noun.i), None)
        noun.head, noun.dep_ = verb, "nsubjpass"
        tok.head, tok.dep_ = owner, "acl"
        if mark is not None:
            mark.head = verb
    return doc


# verbs of telling a translation puts in the passive with the teller as subject
_TELLING_PASSIVE = {"announce", "say", "report", "reveal", "state", "disclose", "explain", "clarify"}


def _passive_tellers(doc: Any) -> Any:
    """ "Hyundai Rotem was announced on the 1st that it signed a contract", "the ministry was explained
    that": translated from Korean or Japanese (밝혔다, 発表された), a verb of telling in the passive with
    the teller as its subject and the clause told after it is the teller's active telling ("Hyundai Rotem
    announced that"); no one is told of (mended in place). ("It was announced that", "the deal was
    announced": an empty subject, or no clause told, stay passive.)"""
    for verb in doc:
        if verb.tag_ != "VBN" or verb.lemma_.lower() not in _TELLING_PASSIVE:
            continue
        kids = list(verb.children)
        subj = next((c for c in kids if c.dep_ == "nsubjpass" and c.pos_ in ("PROPN", "NOUN")), None)
        aux = next((c for c in kids if c.dep_ == "auxpass"), None)
        told = next((c for c in kids if c.dep_ == "ccomp" and c.i > verb.i), None)
        if subj is None or aux is None or told is None or any(c.dep_ == "agent" for c in kids):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in told.children):
            continue
        subj.dep_, aux.dep_ = "nsubj", "aux"
    return doc


def _next_bare_clause(tok: Any) -> Any:
    """The finite verb the parser set beside a participle clause under the same head ("says flights
    ... landing at ... carried arms"): the next clause of that head, in the past tense."""
    return next((c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.i and c.tag_ == "VBD"), None)


# participles that send goods on their way: "missiles destined for the Houthis", "arms bound for Yemen"
_BOUND_FOR = {"destine", "bind", "bound", "head", "intend", "earmark"}


def _bound_rooted(doc: Any) -> Any:
    """ "A ship carrying Iranian missiles destined for the Houthis was intercepted": after a carrier's
    load the parser may hang the goal of the participle that tells where the load was bound on the
    later passive as its subject ("the Houthis was intercepted"), and may make the participle the
    root; the goal is the preposition's object, the participle the load's modifier, and the passive
    the sentence's verb, the carrier its subject (mended in place)."""
    for tok in doc:
        if tok.tag_ != "VBN" or tok.lemma_.lower() not in _BOUND_FOR or tok.i + 2 >= len(doc):
            continue
        prep = doc[tok.i + 1]
        if prep.head.i != tok.i or prep.dep_ != "prep" or any(g.dep_ == "pobj" for g in prep.children):
            continue
        goal = next((t for t in doc[prep.i + 1 : prep.i + 6] if t.dep_ == "nsubjpass"), None)
        verb = goal.head if goal is not None else None
        if goal is None or goal.left_edge.i != prep.i + 1 or verb is None or verb.i < goal.i:
            continue
        if not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        if tok.dep_ == "ROOT":  # "... destined for the Houthis was intercepted": the passive is the verb
            carrier = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
            if carrier is None or verb.head.i != tok.i:
                continue
            for c in list(tok.children):
                if c.i > verb.i or c.dep_ == "cc":
                    c.head = verb
            verb.head, verb.dep_ = verb, "ROOT"
            carrier.head, carrier.dep_ = verb, "nsubjpass"
            tok.head, tok.dep_ = carrier, "acl"
        load = doc[tok.i - 1]
        if tok.dep_ == "acl" and load.pos_ in ("NOUN", "PROPN") and load.dep_ in ("dobj", "pobj"):
            tok.head = load  # the load is what was bound there ("a vessel carrying parts destined for")
        goal.head, goal.dep_ = prep, "pobj"
    return doc


def _aside_in_copula(doc: Any) -> Any:
    """ "The missiles were, in CENTCOM's assessment, bound for the Houthis": an aside set off by commas
    between "be" and the participle that tells where goods were bound leads the parser to read "be" as
    the verb and the participle as a clause on it; the participle is the passive verb, "be" its
    auxiliary and the subject its passive subject, as without the aside (mended in place)."""
    for tok in doc:
        be = tok.head
        if not (
            tok.dep_ == "advcl"
            and tok.tag_ == "VBN"
            and tok.lemma_.lower() in _BOUND_FOR
            and be.lemma_.lower() == "be"
            and be.i < tok.i - 1
            and doc[tok.i - 1].text == ","
            and doc[be.i + 1].text == ","
        ):
            continue
        _participle_takes_be(tok, be)
    return doc


def _participle_takes_be(part: Any, be: Any) -> None:
    """Make the participle `part` the passive verb of the clause "be" heads: "be" its auxiliary,
    the words "be" held its own, the subject its passive subject (mended in place)."""
    subj = next((c for c in be.children if c.dep_ == "nsubj" and c.i < be.i), None)
    if subj is None:
        return
    for c in list(be.children):
        c.head = part
    if be.head.i == be.i:
        part.head, part.dep_ = part, "ROOT"
    else:
        part.head, part.dep_ = be.head, be.dep_
    be.head, be.dep_ = part, "auxpass"
    subj.dep_ = "nsubjpass"


# verbs of a source told between commas: ", US officials said,"
_ASIDE_SAYING = frozenset({"say", "tell", "add", "note", "believe", "think"})


def _hedge_across_aside(doc: Any) -> Any:
    """A hedge split from its act by a source between commas: "the missiles were likely, according
    to a US official, shipped to the Houthis" (the parser hangs the participle on the source), "Iran
    is believed, officials said, to have sent drones" and "North Korea is suspected, Seoul said, of
    sending shells" (it hangs the rest on "said"). The act belongs to the hedge, as without the
    aside; the source stays the speaker (mended in place)."""
    for tok in doc:
        first = tok.left_edge.i
        if first < 2 or doc[first - 1].text != ",":
            continue
        if tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.head.dep_ == "pobj":
            according = tok.head.head.head
            be = according.head
            if (
                tok.head.head.lower_ == "to"
                and according.lower_ == "according"
                and be.lemma_.lower() == "be"
                and be.i < according.i
                and doc[according.i - 1].text == ","
            ):
                _participle_takes_be(tok, be)
            continue
        said = tok.head
        if tok.dep_ not in ("prep", "xcomp") or said.lemma_.lower() not in _ASIDE_SAYING or said.i != first - 2:
            continue
        hedge = next((c for c in said.children if c.dep_ == "ccomp" and c.i < said.i), None)
        if said.dep_ == "parataxis" and said.head.i < said.i:
            hedge = said.head  # "North Korea is suspected, Seoul said, of sending"
        if hedge is None or hedge.tag_ != "VBN" or not any(doc[k].text == "," for k in range(hedge.i, said.i)):
            continue
        tok.head = hedge  # "Iran is believed, officials said, to have sent": sent is what is believed
    return doc


# means of carriage told with "by": "shipped by rail", "moved by road"
_MEANS = frozenset({"rail", "road", "sea", "air", "truck", "trucks", "lorry", "lorries", "train", "trains", "ship",
                    "ships", "plane", "planes", "ferry", "barge", "barges", "land", "water"})  # fmt: skip
# prepositions of a leg of the way
_LEG_PREPS = frozenset({"from", "to", "into", "through", "via", "across", "onto"})


def _legs_off_means(doc: Any) -> Any:
    """ "The drones were shipped by rail from Urumqi to Bishkek": the parser hangs the legs of the way
    on the means of carriage ("rail from Urumqi to Bishkek"), which makes the stop a "by" phrase, the
    passive's doer; the legs are the verb's, "by rail" only the means (mended in place)."""
    for tok in doc:
        by = tok.head
        if tok.dep_ != "pobj" or tok.lower_ not in _MEANS or by.lower_ != "by" or by.head.pos_ not in ("VERB", "AUX"):
            continue
        for c in list(tok.children):
            if c.dep_ == "prep" and c.lower_ in _LEG_PREPS:
                c.head = by.head
    return doc


def _subjects_on_auxiliaries(doc: Any) -> Any:
    """ "Tehran has for the first time confirmed it sent drones", "Seoul has since 2023 sold K9 guns to
    Egypt": with a phrase between the auxiliary and the verb the parser may hang the subject on the
    auxiliary, leaving the verb with none; the subject is the verb's (mended in place)."""
    for tok in doc:
        aux = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or aux.dep_ not in ("aux", "auxpass") or tok.i > aux.i:
            continue
        verb = aux.head
        if verb.i <= aux.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            continue
        tok.head = verb
    return doc


# the quantifiers that float between an auxiliary and its verb: "have each ordered", "have all sent"
_FLOATED_QUANTIFIERS = {"each", "all", "both"}


def _floated_quantifiers(doc: Any) -> Any:
    """ "Estonia, Latvia and Lithuania have each ordered HIMARS launchers": after a quantifier floated
    between the auxiliary and the verb the parser may read "have" as the verb and the participle as an
    adjective of the goods ("each ordered launchers"); the participle is the verb, "have" its auxiliary
    and the goods its object (mended in place)."""
    for have in doc[: len(doc) - 2]:
        q, verb = doc[have.i + 1], doc[have.i + 2]
        if have.lemma_.lower() != "have" or q.lower_ not in _FLOATED_QUANTIFIERS:
            continue
        if verb.tag_ != "VBN" or verb.dep_ != "amod":
            continue
        goods = verb.head
        if q.head.i not in (goods.i, have.i) or goods.pos_ not in ("NOUN", "PROPN"):
            continue
        if goods.head.i == have.i and goods.dep_ == "dobj":
            top = have  # ("have" the verb, the goods its object)
            moved = list(have.children)
        elif goods.dep_ == "ROOT" and have.head.i == goods.i:
            top = goods  # ("Denmark and Norway have each donated F-16 jets": the goods the root)
            moved = [c for c in goods.children if c.dep_ in ("nsubj", "aux", "punct", "prep", "advmod", "cc", "conj")]
        else:
            continue
        for c in moved:
            c.head = verb
        verb.head = verb if top.dep_ == "ROOT" else top.head
        verb.dep_, verb.pos_ = top.dep_, "VERB"
        have.head, have.dep_ = verb, "aux"
        q.head, q.dep_ = verb, "advmod"
        goods.head, goods.dep_ = verb, "dobj"
    return doc


# words of a share of what was told just before: "much of it", "most of them", "the bulk of it"
_SHARE_WORDS = frozenset({"much", "most", "all", "some", "part", "half", "bulk", "majority", "many"})


def _share_sources_on_the_verb(doc: Any) -> Any:
    """ "The junta imported $1bn of arms since the 2021 coup, much of it from Russia and China": after a
    date the parser may hang the share on the date's noun ("coup"), taking its "from" along; the "from"
    names where the goods of the clause's verb came from, so it hangs on that verb (mended in place)."""
    for tok in doc:
        if tok.lower_ not in _SHARE_WORDS or tok.dep_ not in ("appos", "npadvmod", "conj"):
            continue
        if not any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in ("it", "them") for g in c.children)
            for c in tok.children
        ):
            continue
        source = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"), None)
        if source is None:
            continue
        verb = tok.head
        for _ in range(6):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ in ("VERB", "AUX") and verb.i < tok.i:
            source.head = verb
    return doc


def _set_off_subjects(doc: Any) -> Any:
    """ "Washington, meanwhile, has approved the sale", "Beijing, however, sold drones": before an adverb
    set off by commas the parser reads the name opening the clause as an adverbial noun of the verb,
    which is left with no subject; the name is the verb's subject (mended in place)."""
    for tok in doc:
        verb = tok.head
        if tok.dep_ != "npadvmod" or tok.pos_ != "PROPN" or verb.pos_ not in ("VERB", "AUX") or tok.i + 4 > verb.i:
            continue
        aside = doc[tok.i + 1 : tok.i + 4]
        if aside[0].text != "," or aside[2].text != "," or aside[1].dep_ != "advmod" or aside[1].head.i != verb.i:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            continue
        tok.dep_ = "nsubj"
    return doc


def _set_off_verbs(doc: Any) -> Any:
    """ "Germany, meanwhile, approved arms exports to Israel", "The ministry, however, delayed shipments
    of shells": after an adverb set off by commas the parser may read the verb as a participle on the
    noun that follows ("approved arms exports"), making that noun the root; the participle is the
    verb, the name before the commas its subject and the noun its object (mended in place)."""
    for tok in doc:
        noun = tok.head
        if tok.dep_ != "amod" or tok.tag_ not in ("VBN", "VBD") or noun.i <= tok.i or tok.i < 4:
            continue
        subject, aside = doc[tok.i - 4], doc[tok.i - 3 : tok.i]
        if aside[0].text != "," or aside[2].text != "," or aside[1].pos_ != "ADV":
            continue
        if subject.pos_ not in ("NOUN", "PROPN"):
            continue
        if noun.dep_ == "ROOT":
            top = noun  # "approved arms exports to Israel last year": the noun heads the sentence
        elif noun.dep_ == "nsubj" and noun.head.i > noun.i and noun.head.dep_ == "ROOT":
            top = noun.head  # "... exports to Israel worth €28m": a word after the noun heads it
        else:
            continue
        for c in list(top.children):
            if c.i < tok.i or (top is noun and c.dep_ in ("punct", "npadvmod")):
                c.head = tok
        subject.dep_ = "nsubj"
        tok.head, tok.dep_, tok.tag_, tok.pos_ = tok, "ROOT", "VBD", "VERB"
        noun.head, noun.dep_ = tok, "dobj"
        if top is not noun:
            top.head, top.dep_ = tok, "oprd"
    return doc


# the kinds of link the parser may give a deal's value that it hangs on the verb
_WORTH_OFF_THE_VERB = frozenset({"advcl", "acomp", "advmod", "xcomp", "ccomp", "prep", "npadvmod"})
# prepositions telling a deal's other side or goods that the parser may hang on the value's sum
_DEAL_PREPS = frozenset({"with", "for", "from", "to"})
# of those, the ones telling only the deal's other side
_DEAL_SIDES = frozenset({"with", "from"})


def _worth_off_the_verb(doc: Any) -> Any:
    """ "signed a contract worth some 3.1 billion euros with Saab for seventeen jets": after a value
    with a sum in words the parser may hang "worth" on the verb instead of on the deal noun before it,
    and the seller ("with Saab") on the sum; the value is the noun's, and a preposition hung on the
    sum telling the deal's other side or goods is the noun's too (mended in place)."""
    for tok in doc:
        if tok.lower_ != "worth":
            continue
        preps = _DEAL_PREPS
        if tok.dep_ == "amod" and tok.head.pos_ == "NOUN" and tok.head.i == tok.i - 1:
            noun = tok.head  # ("a contract worth 900 million euros with TKMS": only the other side is off)
            preps = _DEAL_SIDES
        elif tok.dep_ in _WORTH_OFF_THE_VERB and tok.head.pos_ in ("VERB", "AUX"):
            verb = tok.head
            noun = next(
                (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.right_edge.i == tok.i - 1), None
            )
            if noun is None or noun.pos_ != "NOUN":
                continue  # ("the deal is worth $2bn": a copula's value)
            tok.head, tok.dep_ = noun, "amod"
        else:
            continue
        for t in list(tok.subtree):
            if t.dep_ == "prep" and t.lower_ in preps and t.head.i != tok.i and t.head.i > tok.i:
                t.head = noun
    return doc


# nouns of a deal, whose other side is named with "with": "a contract with France"
_DEAL_NOUNS = frozenset({"contract", "deal", "agreement", "accord", "order", "purchase"})


def _deal_side_off_the_goods(doc: Any) -> Any:
    """ "Indonesia signed a contract for 42 Rafale jets with France": after the goods a deal is for the
    parser hangs the deal's other side on the goods; nobody's jets are "with" a state, the side is the
    deal's (mended in place, where the deal names no other side of its own)."""
    for with_ in doc:
        goods = with_.head
        if with_.lower_ != "with" or with_.dep_ != "prep" or goods.dep_ != "pobj" or goods.head.lower_ != "for":
            continue
        deal = goods.head.head
        if deal.lemma_.lower() not in _DEAL_NOUNS or deal.pos_ != "NOUN" or deal.i > goods.i:
            continue
        if any(c.dep_ == "prep" and c.lower_ == "with" for c in deal.children):
            continue
        if not any(g.dep_ == "pobj" and g.ent_type_ in _SOURCE_ENTS for g in with_.children):
            continue
        with_.head = deal
    return doc


# adverbs of the way goods go that the parser takes for a noun after a name or an object
_WAY_ADVERBS = frozenset({"overland", "overseas"})


def _way_adverbs(doc: Any) -> Any:
    """ "moved weapons to Hezbollah overland through Iraq": the parser reads "Hezbollah overland" as one
    noun, the party a modifier of "overland", and hangs the stops of the way on it; the adverb is the
    verb's, the name keeps the place of the noun it modified, and the legs of the way hang on the verb
    (mended in place)."""
    for tok in doc:
        if tok.lower_ not in _WAY_ADVERBS or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj":
            continue
        verb = tok.head.head
        names = [c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1]
        if verb.pos_ not in ("VERB", "AUX") or not names:
            continue  # ("shipped to the overland route": a noun of its own)
        name = names[0]
        name.dep_, name.head = tok.dep_, tok.head
        for c in list(tok.children):
            c.head = verb if c.dep_ == "prep" else name
        tok.dep_, tok.head, tok.pos_, tok.tag_ = "advmod", verb, "ADV", "RB"
    return doc


# verbs that tell what somebody says: "drones it said it had received"
_SAYING = frozenset({"say", "claim", "tell", "believe", "report"})
# verbs whose goods are their object: a clause of one with its object missing is a relative clause
_GOODS_VERBS = frozenset({
    "receive", "buy", "acquire", "purchase", "obtain", "get", "order", "import", "send", "supply",
    "deliver", "ship", "sell", "give", "provide", "transfer", "smuggle", "export", "donate",
})  # fmt: skip


def _object_clauses(doc: Any) -> Any:
    """ "Mali showed Akinci drones that it had received from Turkey", "showed drones it said it had
    received": after a verb's object the parser may read the clause that follows as the verb's
    clausal complement ("showed that ..."); a clause whose verb takes goods and has no object of its
    own (or a clause saying one: "it said it had received") is a relative clause on the object
    before it (mended in place: "that", where written, is its object)."""
    for tok in doc:
        if tok.dep_ != "ccomp" or tok.i < 2:
            continue
        kids = list(tok.children)
        goods_verb = tok
        if tok.lemma_.lower() in _SAYING and not any(c.dep_ == "mark" for c in kids):
            goods_verb = next((c for c in kids if c.dep_ == "ccomp"), tok)  # "drones it said it had received"
        if goods_verb.lemma_.lower() not in _GOODS_VERBS:
            continue
        if any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in goods_verb.children):
            continue
        that = next((c for c in kids if c.dep_ == "mark" and c.lower_ == "that"), None)
        first = that.i if that is not None else tok.left_edge.i
        noun = doc[first - 1]
        if noun.dep_ != "dobj" or noun.head.i != tok.head.i or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if that is not None:
            that.head, that.dep_ = goods_verb, "dobj"
        tok.head, tok.dep_ = noun, "relcl"
    return doc


# nouns whose "that" clause tells what is said or shown, not which one: "claims in South Korean media that"
_CONTENT_NOUNS = frozenset({"claim", "report", "allegation", "accusation", "rumour", "rumor", "suggestion",
                            "assertion", "indication", "evidence", "sign", "assessment", "finding"})  # fmt: skip


def _content_clauses(doc: Any) -> Any:
    """ "cited claims in South Korean media that Russia had transferred jets": with a phrase between
    the noun and "that", the parser may read the clause as a relative one whose object is "that",
    though the verb has a subject and an object of its own; the clause tells the claim's content
    (mended in place: "that" its mark, the clause a complement of the noun)."""
    for tok in doc:
        if tok.dep_ != "relcl":
            continue
        noun = tok.head
        if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "by", "from", "on") and noun.head.head.i != noun.i:
            noun = noun.head.head  # ("allegations in a Kenyan newspaper that": the clause hung on the paper)
        if noun.lemma_.lower() not in _CONTENT_NOUNS:
            continue
        that = next((c for c in tok.children if c.lower_ == "that" and c.i < tok.i), None)
        if that is None or that.dep_ not in ("dobj", "nsubj", "mark"):
            continue
        kids = [c for c in tok.children if c.i != that.i]
        if not (any(c.dep_ == "nsubj" for c in kids) and any(c.dep_ in ("dobj", "dative") for c in kids)):
            continue  # ("reports that named the firms": a relative clause all the same)
        that.dep_, tok.dep_ = "mark", "acl"
        tok.head = noun
    return doc


# nouns of acts that move goods ("the supply of missiles") and verbs of using goods ("missiles Russia fired")
_MOVING_ACTS = frozenset({"supply", "supplies", "delivery", "deliveries", "transfer", "transfers", "shipment",
                          "shipments", "sale", "sales", "export", "exports", "provision"})  # fmt: skip
_USING = frozenset({"use", "fire", "launch", "deploy", "field", "operate", "fly", "employ"})


def _used_goods_relatives(doc: Any) -> Any:
    """ "responsible for the DPRK's supply of ballistic missiles that the Russian armed forces have
    used against Ukraine": the parser may hang a relative clause of use on the act noun before "of";
    one uses goods, not an act, so the clause is on the goods (mended in place)."""
    for tok in doc:
        if tok.dep_ != "relcl" or tok.lemma_.lower() not in _USING or tok.head.lower_ not in _MOVING_ACTS:
            continue
        of = next((c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < tok.i), None)
        goods = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if goods is not None and goods.right_edge.i < tok.left_edge.i:
            tok.head = goods
    return doc


def _goods_of_which(doc: Any) -> Any:
    """ "signed a deal for six Super Tucano planes from Brazil, the first of which will arrive in May":
    the parser may read "for" as opening a clause whose subject is the goods, the verb of the
    relative "the first of which" its verb; "for" then takes the goods, and that verb is a relative
    clause on them (mended in place)."""
    if " of which " not in doc.text:
        return doc  # (most texts have none: the scan over every token is skipped)
    for verb in doc:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "for"), None)
        if mark is None or len(subjects) != 2 or verb.head.i == verb.i:
            continue
        goods, relative = subjects
        if not any(t.lower_ == "which" for t in relative.subtree) or goods.pos_ not in ("NOUN", "PROPN"):
            continue
        mark.head, mark.dep_ = verb.head, "prep"
        goods.head, goods.dep_ = mark, "pobj"
        verb.head, verb.dep_ = goods, "relcl"
    return doc


def _counted_or_sourced(noun: Any) -> bool:
    """Whether a common noun is told as goods: counted ("17 fighters") or with a source ("jets from
    France"); a body that could do the act itself ("for the army to train") is neither."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "nummod" or (c.dep_ == "prep" and c.lower_ == "from") for c in noun.children
    )


def _goods_for_purpose(doc: Any) -> Any:
    """ "signed a contract for 17 Gripen fighters from Sweden to replace its Kfir fleet": the parser
    may read "for" as opening a clause whose subject is the goods and whose verb is the purpose
    ("for X to replace"); the goods are what "for" takes, and the purpose is a clause of the verb
    "for" hangs on (mended in place). A party doing the act ("paved the way for Poland to buy") is
    kept: only counted or sourced common nouns are goods."""
    if " for " not in doc.text:
        return doc  # (the scan over every token is skipped)
    for verb in doc:
        goods = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        if goods is None or to is None or goods.left_edge.i < 1 or not _counted_or_sourced(goods):
            continue
        prep = doc[goods.left_edge.i - 1]
        if prep.lower_ != "for" or any(c.dep_ == "pobj" for c in prep.children):
            continue
        host = verb.head if prep.head.i == verb.i else prep.head
        if host.i == verb.i or host.i == prep.i:
            continue
        prep.head, prep.dep_ = host, "prep"
        goods.head, goods.dep_ = prep, "pobj"
        verb.head, verb.dep_ = host, "advcl"
    return doc


# a verb of owning up, denying or stopping before a gerund: "denied shipping shells", "admits supplying"
_GERUND_AFTER = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|admit(?:s|ted|ting)?|acknowledg(?:e|es|ed|ing)|(?:stop|halt|resum|suspend|continu|start|begin|keep)\w*|began|begun|kept)"
    r"\s+(?:ever\s+)?\w+ing\b",
    re.I,
)
_GERUND_TAKERS = frozenset({"deny", "admit", "acknowledge", "stop", "halt", "resume", "suspend", "continue", "start",
                            "begin", "keep"})  # fmt: skip


def _gerund_stem(word: str) -> str | None:
    """The goods verb a form in -ing is of ("shipping" -> "ship", "supplying" -> "supply"), or None."""
    base = word.lower()[:-3]
    for stem in (base, base + "e", base[:-1]):
        if stem in _GOODS_VERBS:
            return stem
    return None


def _gerund_acts(nlp: Language, doc: Any) -> Any:
    """ "North Korea denied shipping shells to Russia", "denied supplying shells", "began shipping shells
    to Russia": after a verb of denying, owning up, starting or stopping the parser may read the gerund
    as an adjective on the goods ("shipping shells" as a kind of shells); the gerund is the act denied,
    the goods its object, and the goal hung on the outer verb is the act's (mended in place)."""
    if not _GERUND_AFTER.search(doc.text):
        return doc  # (most texts have none: the scan over every token is skipped)
    for tok in doc:
        noun = tok.head
        verb = noun.head
        if not (
            tok.dep_ in ("amod", "compound")
            and tok.lower_.endswith("ing")
            and noun.dep_ == "dobj"
            and noun.i > tok.i
            and verb.i < tok.i
            and verb.lemma_.lower() in _GERUND_TAKERS
            and all(t.dep_ == "advmod" for t in doc[verb.i + 1 : tok.i])
        ):
            continue
        stem = _gerund_stem(tok.text)
        if stem is None:
            continue
        tok.head, tok.dep_ = verb, "xcomp"
        noun.head = tok
        for c in list(verb.children):
            if c.dep_ in ("prep", "dative") and c.i > noun.i and c.lower_ in ("to", "into", "for"):
                c.head = tok  # ("denied shipping shells to Russia": the goal is the shipping's)
        tok.tag_, tok.pos_, tok.lemma_ = "VBG", "VERB", stem
        tok.set_morph("VerbForm=Ger")
    return doc


# the report nouns a headline's denial takes: "Iran rejects US claims that ..."
_REPORTS = frozenset({"claim", "claims", "report", "reports", "allegation", "allegations", "charge", "charges"})


def _denied_claims(doc: Any) -> Any:
    """ "Iran rejects US claims that it has sent missiles", "Serbia denies Russian claim its shells
    reach Ukraine": after a verb of denying the parser reads "US claims" as a clause of its own (the
    state saying, "it" the state); the report noun is the denial's object, its author named before it,
    and what follows is the report's content (mended in place)."""
    for tok in doc:
        if tok.dep_ != "ccomp" or tok.lower_ not in _REPORTS:
            continue
        verb = tok.head
        if verb.lemma_.lower() not in DENYING_VERBS_EN or tok.i != verb.i + 2:
            continue
        author = doc[tok.i - 1]
        if author.dep_ not in ("nsubj", "amod") or author.head.i != tok.i or author.pos_ not in ("PROPN", "ADJ"):
            continue
        tok.tag_, tok.pos_, tok.dep_ = ("NNS" if tok.lower_.endswith("s") else "NN"), "NOUN", "dobj"
        author.dep_ = "compound" if author.pos_ == "PROPN" else "amod"
        for c in tok.children:
            if c.dep_ == "ccomp":
                c.dep_ = "acl"  # ("claims that it has sent missiles": what the claim says)
    return doc


def _trailing_denials(doc: Any) -> Any:
    """ "Washington accuses Tehran of sending missiles to Moscow, a charge Iran rejects": the tagger may
    read the denying verb after ", a charge <name>" as a plural noun and make it the sentence's root, the
    accusation a clause under it; the accusation is the root, the report noun set beside it and the
    denial a clause on that noun, its name the subject (mended in place)."""
    for sent in doc.sents:
        deny = sent.root
        if deny.lemma_.lower() not in DENYING_VERBS_EN or deny.tag_ not in ("NNS", "NN") or deny.i < 4:
            continue
        who, first = doc[deny.i - 1], deny.i - 1
        while first > sent.start + 2 and doc[first - 1].pos_ == "PROPN":
            first -= 1  # ("a charge the United States rejects": the whole name)
        noun = doc[first - 1]
        if who.pos_ != "PROPN" or noun.lower_ not in _REPORTS or doc[noun.i - 1].lower_ not in ("a", "an", "the"):
            continue
        comma = doc[noun.i - 2] if noun.i - 2 >= sent.start else None
        main = next((c for c in deny.children if c.dep_ in ("ccomp", "parataxis") and c.i < noun.i), None)
        if comma is None or comma.text != "," or main is None:
            continue
        for c in list(deny.children):
            if c.i < noun.i - 1 or c.is_punct:
                c.head = main
        main.head, main.dep_ = main, "ROOT"
        noun.head, noun.dep_ = main, "appos"
        deny.head, deny.dep_ = noun, "relcl"
        deny.tag_, deny.pos_ = ("VBZ" if deny.lower_.endswith("s") else "VBD"), "VERB"
        doc[noun.i - 1].head = noun
        for w in doc[first : deny.i - 1]:
            w.head, w.dep_ = who, "compound"
        who.head, who.dep_ = deny, "nsubj"
    return doc


def _aside_conjuncts(doc: Any) -> Any:
    """ "bought howitzers from France and, according to Israeli media, the Barak MX system from
    Israel": after a source told between commas the parser hangs the next goods on "according" as a
    second object; they are a conjunct of the verb's object before the aside (mended in place)."""
    for tok in doc:
        if tok.lower_ != "according" or tok.dep_ != "prep" or tok.i < 3 or doc[tok.i - 1].text != ",":
            continue
        if doc[tok.i - 2].lower_ not in ("and", "or"):
            continue  # (only "and, according to X, <goods>" opens a conjunct: "..., according to X." ends one)
        goods = next((c for c in tok.children if c.dep_ == "pobj" and c.i > tok.i + 2), None)
        verb = doc[tok.i - 3]  # (the verb of the conjunct before the aside, which the parse may skip)
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i), None)
        if goods is None or obj is None or not any(doc[k].text == "," for k in range(tok.i + 1, goods.left_edge.i)):
            continue
        goods.head, goods.dep_ = obj, "conj"
        doc[tok.i - 2].head, doc[tok.i - 2].dep_ = obj, "cc"
    return doc


# calibre units the tokenizer splits from their number ("155mm" → "155", "mm")
_CALIBRE_UNITS = frozenset({"mm", "cm"})


def _listed_calibres(doc: Any) -> Any:
    """ "Stinger missiles, 155mm and 105mm artillery rounds and spare parts": a calibre after a
    comma in a list is read as an apposition to the goods before it, cutting the rest of the list
    off; it opens the next member of the series (mended in place)."""
    for tok in doc:
        if tok.lower_ not in _CALIBRE_UNITS or tok.dep_ != "appos" or tok.i < 2:
            continue
        if doc[tok.i - 1].like_num and doc[tok.i - 2].text == ",":
            tok.dep_ = "conj"
    return doc


# participles that tell how goods move on land, written before their noun: "towed howitzers"
_HOW_MOVED = frozenset({"towed", "tracked", "wheeled"})


def _towed_goods(doc: Any) -> Any:
    """ "Russia sent T-72 tanks and towed 122mm howitzers to Mali": after "and" the parser reads
    "towed" as a second verb taking the howitzers and the goal; it only says how the goods move,
    and the howitzers are a conjunct of the first verb's object (mended in place)."""
    for tok in doc:
        if tok.lower_ not in _HOW_MOVED or tok.dep_ not in ("conj", "acl") or tok.i == 0:
            continue
        cc = doc[tok.i - 1]
        goods = next((c for c in tok.children if c.dep_ == "dobj" and c.left_edge.i == tok.i + 1), None)
        if cc.dep_ != "cc" or goods is None or goods.pos_ != "NOUN":
            continue
        first = cc.head  # the series the goods end: "T-72 tanks and ...", or the verb taking it
        if first.pos_ in ("VERB", "AUX"):
            first = next((c for c in first.children if c.dep_ == "dobj" and c.i < tok.i), None)
        while first is not None and first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        if first is None or first.pos_ not in ("NOUN", "PROPN"):
            continue
        for c in list(tok.children):
            if c is not goods:
                c.head = tok.head  # ("to Mali": the goal of the sending)
        goods.head, goods.dep_ = first, "conj"
        cc.head = first
        tok.head, tok.dep_, tok.tag_, tok.pos_ = goods, "amod", "VBN", "ADJ"
    return doc


# nouns of where goods were made, in an "of" phrase on them: "missiles of Iranian origin"
_MAKE_NOUNS = frozenset({"origin", "make", "manufacture", "design", "production"})


def _clauses_past_make(doc: Any) -> Any:
    """ "The Houthis fired missiles of Iranian origin supplied by Tehran", "drones of Iranian design
    that were shipped to Russia": the parser hangs the clause after a phrase of make on the noun of
    make ("origin supplied by Tehran"); it tells of the goods, and is hung on them (mended in place)."""
    if " of " not in doc.text:
        return doc  # (most texts have none: the scan over every token is skipped)
    for clause in doc:
        made = clause.head
        if clause.dep_ not in ("acl", "relcl") or made.lemma_.lower() not in _MAKE_NOUNS or made.dep_ != "pobj":
            continue
        of = made.head
        goods = of.head
        if of.lower_ == "of" and goods.pos_ in ("NOUN", "PROPN") and goods.i < made.i:
            clause.head = goods
    return doc


# entity types a source's name carries: "from Russia", "from the Netherlands", "from Airbus"
_SOURCE_ENTS = frozenset({"GPE", "NORP", "ORG"})


# nouns of acts that send goods somewhere: "the sale of X to Y", "the handover of X to Y"
_SENDING_NOUNS = {"sale", "delivery", "transfer", "shipment", "export", "supply", "handover", "hand-over", "donation",
                  "provision", "consignment", "re-export", "retransfer"}  # fmt: skip


def _goal_off_the_goods(doc: Any) -> Any:
    """ "Israel's sale of the Arrow 3 system to Germany", "the delivery of Arrow 3 systems to Germany":
    after goods named with a number the parser may hang the act's "to" on the goods, where the act
    noun tells no receiver of its own; the goal is the act's (mended in place)."""
    for to in doc:
        goods = to.head
        if to.lower_ != "to" or to.dep_ != "prep" or goods.dep_ != "pobj" or goods.head.lower_ != "of":
            continue
        act = goods.head.head
        if act.lemma_.lower() not in _SENDING_NOUNS or act.pos_ != "NOUN":
            continue
        if any(c.dep_ == "prep" and c.lower_ == "to" for c in act.children):
            continue
        if not any(g.dep_ == "pobj" and g.ent_type_ in ("GPE", "NORP", "ORG") for g in to.children):
            continue
        to.head = act
    return doc


def _goods_with_own_goal(doc: Any) -> Any:
    """ "Washington has sent Stinger missiles to Taiwan and Javelin missiles to Estonia": the parser may
    read the second goods as a conjunct of the first goal ("to [Taiwan and Javelin missiles]") and hang
    their own "to" on the verb, a second goal of one act; the second goods are a conjunct of the first,
    with their own goal, as the parser reads "tanks to Ukraine and howitzers to Moldova" (mended in place)."""
    if " and " not in doc.text:
        return doc  # (most texts have none: the scan over every token is skipped)
    for goods in doc:
        goal = goods.head
        first_to = goal.head
        if goods.dep_ != "conj" or goods.pos_ not in ("NOUN", "PROPN") or not _goods_like(goods):
            continue
        if goal.dep_ != "pobj" or goal.ent_type_ not in _SOURCE_ENTS or first_to.lower_ != "to":
            continue
        verb = first_to.head
        if verb.pos_ != "VERB" or first_to.dep_ not in ("prep", "dative"):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < first_to.i), None)
        nxt = doc[goods.i + 1] if goods.i + 1 < len(doc) else None
        if obj is None or nxt is None or nxt.lower_ != "to" or nxt.head.i != verb.i:
            continue
        if nxt.dep_ not in ("prep", "dative"):
            continue
        if not any(c.dep_ == "pobj" and c.ent_type_ in _SOURCE_ENTS for c in nxt.children):
            continue
        for cc in goal.children:
            if cc.dep_ == "cc" and goal.i < cc.i < goods.i:
                cc.head = obj
        goods.head = obj
        nxt.head, nxt.dep_ = goods, "prep"
    return doc


# verbs of buying or paying whose participle names who bought or paid for goods another hands on
_PAID_FOR = frozenset({"buy", "purchase", "order", "acquire", "procure", "fund", "finance", "pay"})
# verbs that hand or send goods on to a receiver named with "to"
_HANDING_ON = frozenset({"hand", "deliver", "send", "transfer", "give", "donate", "ship", "supply", "provide",
                         "export", "sell", "pass", "fly", "airlift", "dispatch"})  # fmt: skip


def _goal_past_buyers(doc: Any) -> Any:
    """ "The United States handed over 20 vehicles purchased by the Haitian government to the police",
    "Prague delivered 40 tanks bought by the Netherlands to Ukraine": after goods told by who bought or
    paid for them the parser hangs the handing's "to" on the participle; nobody buys "to" someone, so
    the receiver is the handing verb's (mended in place, where that verb names no receiver of its own)."""
    for to in doc:
        part = to.head
        if to.lower_ != "to" or to.dep_ != "prep" or part.dep_ != "acl" or part.tag_ != "VBN":
            continue
        if part.lemma_.lower() not in _PAID_FOR or not any(c.dep_ == "agent" and c.i < to.i for c in part.children):
            continue
        goods, verb = part.head, part.head.head
        if goods.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _HANDING_ON:
            continue
        if any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children):
            continue
        if not any(g.dep_ == "pobj" for g in to.children):
            continue
        to.head = verb
    return doc


def _goods_like(noun: Any) -> bool:
    """Whether a noun may name goods rather than a party: not a place or people, save a bare plural
    the tagger takes for one ("Javelins"; a state in the plural comes with "the": "the Philippines")."""
    if noun.ent_type_ not in ("GPE", "NORP"):
        return True
    return noun.tag_ in ("NNS", "NNPS") and not any(c.dep_ == "det" for c in noun.children)


def _figure_put_at(doc: Any) -> Any:
    """ "Analysts put Iran's deliveries of drones to Russia at 6,000", "Kyiv puts the value of the
    shipments to Moscow at $1 billion": in a figure put "at" a number the parser may hang the goods'
    "to" phrase on the verb, which puts nothing anywhere; the phrase is the object's (mended in place)."""
    for verb in doc:
        if verb.lemma_.lower() not in ("put", "place") or verb.pos_ != "VERB":
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        at = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"), None)
        to = next((c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
        if obj is None or at is None or to is None or not obj.i < to.i < at.i:
            continue
        if not any(t.like_num or t.tag_ == "CD" for t in at.subtree):
            continue  # (only a figure: "put the number at 3,000")
        to.head, to.dep_ = obj, "prep"
    return doc


# verbs of taking goods in, whose source a clause on the goods may tell ("received jets, which came from")
_TAKING_IN = {"receive", "get", "obtain", "acquire", "buy", "purchase", "import"}


def _source_in_goods_clause(doc: Any) -> Any:
    """ "Ukraine has received its first F-16 jets, which came from Denmark and the Netherlands": a
    relative clause on the goods taken in that tells only where they came from names the source of
    the taking; its "from" is the taking verb's (mended in place)."""
    for clause in doc:
        goods = clause.head
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in ("come", "originate") or goods.dep_ != "dobj":
            continue
        verb = goods.head
        if verb.lemma_.lower() not in _TAKING_IN or any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
            continue
        if not any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in clause.children):
            continue  # (only "which came", "that came": the goods themselves came)
        prep = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ == "from"), None)
        if prep is None or not any(c.dep_ == "pobj" and c.ent_type_ in _SOURCE_ENTS for c in prep.children):
            continue
        prep.head = verb
    return doc


def _sourced_series(doc: Any) -> Any:
    """ "India buys S-400 systems from Russia and Rafale jets from France": the parser reads the first
    source and the next goods as one phrase ("from [Russia and Rafale] jets"), so the first goods lose
    their source and the second lot hangs on the first "from"; each lot is a conjunct of the goods,
    with a "from" of its own (mended in place)."""
    if doc.text.count(" from ") < 2 or " and " not in doc.text:
        return doc  # (most texts have none: the scan over every token is skipped)
    for prep in doc:
        goods = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.lower_ == "from" else None
        if goods is None or goods.pos_ not in ("NOUN", "PROPN") or goods.i <= prep.i + 2:
            continue
        second = doc[goods.i + 1] if goods.i + 1 < len(doc) else None
        if second is None or second.lower_ != "from" or second.dep_ != "prep":
            continue  # (no source of its own after the goods: "from [Russia and Belarus] suppliers")
        cc = next((t for t in doc[prep.i + 2 : goods.i] if t.lower_ == "and"), None)
        first = _lot_before(prep)
        if cc is None or first is None:
            continue
        source = [t for t in doc[prep.i + 1 : cc.i] if not prep.i < t.head.i < cc.i]
        if len(source) != 1 or source[0].ent_type_ not in _SOURCE_ENTS:
            continue
        for t in doc[cc.i + 1 : goods.i]:
            if prep.i < t.head.i < cc.i:  # ("Rafale" read as a conjunct of "Russia")
                t.head, t.dep_ = goods, "compound"
        source[0].head, source[0].dep_ = prep, "pobj"
        second.head = goods  # (or hung on the verb: "buys ... jets from France")
        goods.head, goods.dep_ = first, "conj"
        cc.head, cc.dep_ = first, "cc"
    return doc


def _sourced_conjuncts(doc: Any) -> Any:
    """ "Ukraine has Patriot systems supplied by the United States and IRIS-T systems donated by
    Germany": the parser reads the next goods, with a source of their own, as a conjunct of the first
    source ("the United States and IRIS-T systems"), so their own source is lost on the first one's
    act; they are a conjunct of the first goods (mended in place)."""
    if " and " not in doc.text:
        return doc  # (most texts have none: the scan over every token is skipped)
    for goods in doc:
        source = goods.head
        prep = source.head
        if goods.dep_ != "conj" or goods.pos_ not in ("NOUN", "PROPN") or goods.ent_type_ in ("GPE", "NORP"):
            continue
        if not _own_source(goods):
            continue
        if source.dep_ != "pobj" or source.ent_type_ not in _SOURCE_ENTS or prep.lower_ not in ("from", "by"):
            continue
        first = _lot_before(prep.head if prep.head.dep_ == "acl" and prep.head.tag_ == "VBN" else prep)
        if first is None or first.i >= source.i:
            continue
        for cc in source.children:
            if cc.dep_ == "cc" and source.i < cc.i < goods.i:
                cc.head = first
        goods.head = first
    return doc


def _own_source(goods: Any) -> bool:
    """Whether goods name a source of their own: "IRIS-T systems from Germany", "... donated by Germany"."""
    for c in goods.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            return True
        if c.dep_ == "acl" and c.tag_ == "VBN" and any(g.dep_ == "agent" or g.lower_ == "from" for g in c.children):
            return True
    return False


def _lot_before(prep: Any) -> Any:
    """The goods a "from" (or a participle) gives the source of: the noun it hangs on, or the object
    of the verb it hangs on ("bought FK-3 systems from China"); None when there is none."""
    head = prep.head
    if head.pos_ in ("NOUN", "PROPN") and head.i < prep.i:
        return head
    if head.pos_ in ("VERB", "AUX"):
        return next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass") and c.i < prep.i), None)
    return None


# the mendings of an English parse, in the order they are made (each reads the tree the ones before
# it left)
# what opens a telling verb put after its clause: "..., — informs the ministry", "as informed the staff"
_TELLING_OPENERS = frozenset({",", "—", "–", "-", "as"})


def _inverted_tellers(doc: Any) -> Any:
    """ "Lithuania handed over carriers to Ukraine, — informs the Ministry of Defence", "as informed the
    General Staff, the military received": translations from Russian and Ukrainian put the teller after
    "informs", and the parser takes it for whom the verb informs; with nothing told to it (no "of",
    "about" or "that") and nothing before the verb in its place, it is the verb's subject (mended in
    place)."""
    for verb in doc:
        if verb.lemma_.lower() != "inform" or verb.pos_ != "VERB" or verb.i == 0:
            continue
        before = doc[verb.i - 1]
        if before.text not in _TELLING_OPENERS and before.lower_ != "as":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        if any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in verb.children):
            continue  # ("informed NATO that ...": what it tells follows; a clause before is the one told)
        if any(c.dep_ == "prep" and c.lower_ in ("of", "about", "on") for c in verb.children):
            continue
        teller = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if teller is not None and teller.pos_ in ("PROPN", "NOUN"):
            teller.dep_ = "nsubj"
    return doc


# the nouns a teller is told by ("state media", "a source close to", "officials")
_TELLER_NOUNS = frozenset({
    "media", "medium", "source", "official", "ministry", "agency", "spokesman", "spokeswoman", "spokesperson",
    "diplomat", "newspaper", "outlet", "government", "office", "person", "people", "analyst", "report",
    "television", "tv", "radio", "broadcaster", "press", "daily", "paper", "channel", "spokesmen", "officer",
})  # fmt: skip


def _goods_before_tellers(doc: Any) -> Any:
    """ "The army has received two more jets from Russia, a source close to the junta said": the parser
    may end the told clause before its goods and take them for the teller's subject, the teller an
    apposition to them (or joined to them); the goods are the object of the told verb (or joined to the
    object it has: "received jets from Russia and a batch of drones, state media said"), the teller the
    subject of the saying, and the told verb the saying's clause (mended in place)."""
    for verb in doc:
        if verb.lemma_.lower() not in _SAYING or verb.pos_ != "VERB":
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
            continue
        told = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < subj.i), None)
        if told is None and verb.dep_ == "conj" and verb.head.i < subj.i and verb.head.pos_ == "VERB":
            told = verb.head  # ("received jets ... and a batch of drones, state media said": said joined to it)
        if told is None or told.lemma_.lower() in _SAYING or not any(c.dep_ == "nsubj" for c in told.children):
            continue
        # (the teller closes the phrase, just before the saying: "..., state media and a source said")
        teller = next(
            (
                c
                for c in subj.subtree
                if c.i > subj.i
                and c.dep_ in ("appos", "conj")
                and doc[c.left_edge.i - 1].text == ","
                and c.right_edge.i + 1 == verb.i
            ),
            None,
        )
        if teller is None:
            continue
        if teller.dep_ == "conj" and not (
            teller.lemma_.lower() in _TELLER_NOUNS or teller.ent_type_ in ("PERSON", "ORG", "NORP")
        ):
            continue  # ("jets, drones and shells": goods listed, no teller)
        if any(c.dep_ in ("nsubjpass", "attr") for c in told.children):
            continue
        obj = next((c for c in told.children if c.dep_ == "dobj"), None)
        if obj is None and verb.dep_ == "conj":
            continue
        if obj is None:
            subj.head, subj.dep_ = told, "dobj"
        elif verb.dep_ == "conj" and subj.i > obj.i:
            subj.head, subj.dep_ = obj, "conj"
            cc = next((c for c in told.children if c.dep_ == "cc" and obj.i < c.i < subj.i), None)
            if cc is not None:
                cc.head = obj
        else:
            continue
        teller.head, teller.dep_ = verb, "nsubj"
        if verb.dep_ == "conj":
            # the saying heads the sentence, what it tells is its clause
            top = told
            for c in list(top.children):
                if c.i > verb.i:
                    c.head = verb
            verb.head, verb.dep_ = (verb, "ROOT") if top.dep_ == "ROOT" else (top.head, top.dep_)
            top.head, top.dep_ = verb, "ccomp"
    return doc


# verbs of telling a relative clause may carry between its pronoun and its verb ("that officials said were")
_RELATIVE_TELLERS = frozenset({"say", "believe", "allege", "claim", "think", "assess", "tell"})


def _told_relatives_after_aside(doc: Any) -> Any:
    """ "seized Iranian-made missile components, including guidance parts, that US officials said were
    destined for the Houthis": with an aside between the goods and the relative clause, the parser may
    make the teller of the relative ("said") the sentence's root and the act before it a clause that
    verb tells; the act is the root, the teller a relative clause on the act's object, and the
    relative pronoun the subject of the clause the teller tells (mended in place)."""
    for teller in doc:
        if teller.dep_ not in ("ROOT", "conj") or teller.lemma_.lower() not in _RELATIVE_TELLERS or teller.i < 3:
            continue
        mark = next((c for c in teller.children if c.dep_ == "mark" and c.lower_ in ("that", "which")), None)
        if mark is None or mark.i > teller.i or mark.i < 3 or doc[mark.i - 1].text != ",":
            continue
        told = next((c for c in teller.children if c.dep_ in ("ccomp", "xcomp") and c.i > teller.i), None)
        if told is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in told.children):
            continue
        obj = doc[mark.i - 2]  # (the goods: the object the aside before the comma hangs on)
        while obj.dep_ != "dobj" and obj.head.i != obj.i and obj.head.i < mark.i:
            obj = obj.head
        if obj.dep_ != "dobj" or obj.pos_ not in ("NOUN", "PROPN"):
            continue
        if not any(c.dep_ == "prep" and c.i > obj.i for c in obj.children):
            continue  # (only past an aside hung on the object: "components, including parts,")
        host = obj.head
        if teller.dep_ == "ROOT":
            if host.head.i != teller.i or host.dep_ != "ccomp":
                continue
            host.head, host.dep_ = host, "ROOT"
            for c in list(teller.children):
                if c.dep_ == "punct" and c.i > told.i:
                    c.head = host
        teller.head, teller.dep_ = obj, "relcl"
        mark.head, mark.dep_ = told, "nsubjpass" if any(c.dep_ == "auxpass" for c in told.children) else "nsubj"
    return doc


def _shifted_objects(doc: Any) -> Any:
    """ "Lithuania transferred to Ukraine armored personnel carriers M577", "handed over to Ukraine new
    batch of generators": with the goal put before a long object (as translations from Russian and
    Ukrainian put it, and English with a heavy object), the parser reads the goal as a modifier of the
    goods, all one object of "to"; the goal is the object of "to" and the goods the verb's object
    (mended in place)."""
    for to in doc:
        if to.lower_ != "to" or to.dep_ not in ("prep", "dative") or to.head.pos_ != "VERB" or to.i + 2 >= len(doc):
            continue
        verb = to.head
        if any(c.dep_ in ("dobj", "dative") and c.i != to.i for c in verb.children):
            continue
        goods = next((c for c in to.children if c.dep_ == "pobj"), None)
        if goods is None:
            continue
        goal = doc[to.i + 1]
        while goal.head.pos_ == "PROPN" and goal.head.dep_ in ("compound", "nmod") and goal.i < goal.head.i < goods.i:
            goal = goal.head  # ("to South Korea ...": the name's last word)
        if goal.pos_ != "PROPN" or goal.dep_ not in ("nmod", "compound") or goal.left_edge.i != to.i + 1:
            continue
        after = doc[goal.right_edge.i + 1]
        if after.i >= goods.i + 1 or after.is_punct:
            continue
        if (after.pos_ == "PROPN" or after.is_title) and not _goods_phrase(doc[after.i : goods.i + 1]):
            continue  # ("to Ukraine Defence Ministry officials": one name runs on)
        if not any(a.i == goods.i for a in goal.ancestors):
            continue
        goal.head, goal.dep_ = to, "pobj"
        goods.head, goods.dep_ = verb, "dobj"
        to.dep_ = "prep"
    return doc


def _goods_phrase(span: Any) -> bool:
    """Whether the words end in a word of goods the lexicon knows ("Pantsir air defense systems",
    "Leopard tanks"), not in a word of people or bodies ("Defence Ministry officials")."""
    items = default_lexicon("en").items
    words = [t.lower_ for t in span]
    terms = {t.lower() for t in items}
    return any(" ".join(words[k:]) in terms for k in range(len(words)))


_MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december", "spring", "summer", "autumn", "fall", "winter"}  # fmt: skip


def _plural(tok: Any) -> bool:
    # (the small model may tag goods "drones" as a verb: the word's ending tells)
    return tok.tag_ in ("NNS", "NNPS") or (tok.lower_.endswith("s") and not tok.lower_.endswith("ss"))


def _relatives_past_time(doc: Any) -> Any:
    """ "Sudan received Mohajer-6 drones in late 2023, which were flown into Port Sudan": the parser hangs
    a plural relative clause after a time on the time itself; a year or a month is no "were" that is
    flown, so the clause is on the verb's object, the goods (mended in place)."""
    for rel in doc:
        time = rel.head
        if rel.dep_ != "relcl" or time.dep_ != "pobj" or time.head.lower_ not in ("in", "on", "during", "by"):
            continue
        if not (re.fullmatch(r"(?:19|20)\d\d", time.text) or time.lower_ in _MONTH_WORDS):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in rel.children):
            continue
        if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("were", "are", "have") for c in rel.children):
            continue  # ("in 2023, which was a record year": the year may be what the clause is about)
        verb = time.head.head
        goods = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if goods is not None and not _plural(goods):
            # ("took delivery of drones in 2023, which were flown"): the goods the act's noun is of
            of = next((c for c in goods.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            goods = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if goods is None or not _plural(goods) or not goods.i < time.i < rel.i:
            continue
        rel.head = goods
    return doc


def _gerunds_after_prepositions(doc: Any) -> Any:
    """ "sanctioned six Chinese companies for supplying engines to Iran", "accused of selling rifles to
    the RSF": after "for", "of" or "with" the parser may read the gerund of a goods verb as an adjective
    on the goods ("supplying engines" as a kind of engines); the gerund is the act the preposition
    takes, the goods its object, and the goal hung on the goods is the act's (mended in place)."""
    for tok in doc:
        noun = tok.head
        prep = noun.head
        if not (
            tok.dep_ == "amod"
            and tok.lower_.endswith("ing")
            and noun.dep_ == "pobj"
            and noun.i > tok.i
            and prep.lower_ in ("for", "of", "with")
            and prep.i == tok.i - 1
        ):
            continue
        stem = _gerund_stem(tok.text)
        if stem is None:
            continue
        tok.head, tok.dep_ = prep, "pcomp"
        noun.head, noun.dep_ = tok, "dobj"
        for c in list(noun.children) + list(prep.head.children):
            if c.dep_ == "prep" and c.i > noun.i and c.lower_ in ("to", "into"):
                # ("for supplying engines to Iran", "accused of supplying engines and motors to an Iranian
                # drone maker": the goal, on the goods or on the outer verb, is the supplying's)
                c.head = tok
        tok.tag_, tok.pos_, tok.lemma_ = "VBG", "VERB", stem
        tok.set_morph("VerbForm=Ger")
    return doc


# verbs of a charge (besides those of a penalty) whose "of" or "with" + gerund tells the act charged
_CHARGING = {"accuse", "suspect", "blame", "convict", "implicate"}


def _goals_past_gerunds(doc: Any) -> Any:
    """ "sanctioned six China-based companies for supplying engines to an Iranian drone maker": the
    parser may hang the goal after the gerund's goods on the verb of the penalty; a penalty has no
    goal of its own, so the goal is the act's (mended in place)."""
    for ger in doc:
        if ger.dep_ != "pcomp" or ger.tag_ != "VBG" or ger.head.lower_ not in ("for", "of", "with"):
            continue
        if ger.lemma_.lower() not in _GOODS_VERBS or any(
            c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into") for c in ger.children
        ):
            continue
        goods = next((c for c in ger.children if c.dep_ == "dobj"), None)
        verb = ger.head.head
        if verb.pos_ != "VERB" and verb.head.pos_ == "VERB":
            verb = verb.head  # ("companies for supplying": the prep hangs on the penalized)
        if goods is None or verb.lemma_.lower() not in _CHARGING | _PENALTY_VERBS:
            continue
        for c in list(verb.children):
            if c.dep_ == "prep" and c.lower_ in ("to", "into") and c.i == goods.right_edge.i + 1:
                c.head = ger
    return doc


def _over_as_particle(doc: Any) -> Any:
    """ "handed a batch of mortars over to Ukraine", "turned the rifles over to Kyiv": after the object
    the parser may read the particle "over" as a preposition with the "to" phrase hung on it; "over"
    with no object of its own is the verb's particle, and the goal is the verb's (mended in place).
    So is a goal the parser hangs on a particle it did read as one ("passed Iranian drones on to
    Russia", "handed the shells back to Kyiv")."""
    for over in doc:
        verb = over.head
        if verb.pos_ != "VERB" or over.i < verb.i:
            continue
        if over.dep_ == "prt" and over.lower_ in ("on", "over", "back", "off"):
            goal = next((c for c in over.children if c.dep_ == "prep" and c.lower_ in ("to", "into")), None)
            if goal is not None:
                goal.head = verb
            continue
        if over.lower_ != "over" or over.dep_ != "prep":
            continue
        if any(c.dep_ == "pobj" for c in over.children):
            continue
        goal = next((c for c in over.children if c.dep_ == "prep" and c.lower_ in ("to", "into")), None)
        if goal is None:
            continue
        over.dep_, over.tag_ = "prt", "RP"
        goal.head = verb
    return doc


def _nouns_after_to(doc: Any) -> Any:
    """ "were sent by the UAE to forces loyal to Haftar": after a verb the parser may read "to" and a
    plural noun that could be a verb ("forces", "supplies") as an infinitive ("to force"); when it
    still tags the word a noun with no object of its own, the "to" is the preposition of the goal and
    the noun its object (mended in place)."""
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.tag_ not in ("NNS", "NN") or noun.dep_ not in ("advcl", "xcomp", "ccomp"):
            continue
        to = next((c for c in noun.children if c.dep_ == "aux" and c.lower_ == "to" and c.i == noun.i - 1), None)
        if to is None or any(
            c.dep_ in ("dobj", "nsubj", "nsubjpass", "aux", "auxpass") and c.i != to.i for c in noun.children
        ):
            continue
        host = noun.head
        if host.i == noun.i or host.pos_ not in ("VERB", "AUX"):
            continue
        to.head, to.dep_, to.pos_, to.tag_ = host, "prep", "ADP", "IN"
        noun.head, noun.dep_ = to, "pobj"
    return doc


# verbs of a penalty whose "for" + gerund tells the act charged: "sanctioned X for supplying"
_PENALTY_VERBS = {"sanction", "designate", "charge", "indict", "fine", "penalize", "penalise", "blacklist",
                  "target", "arrest", "add", "list", "punish", "prosecute", "convict", "sentence"}  # fmt: skip


def _penalized_conjuncts(doc: Any) -> Any:
    """ "Treasury sanctioned four front companies and two Chinese nationals for procuring engines": after
    a series of the penalized the parser hangs "for procuring" on the last of them; the gerund tells the
    act all of them are charged with, and hangs on the penalty verb (mended in place)."""
    for prep in doc:
        if prep.lower_ != "for" or prep.dep_ != "prep":
            continue
        noun = prep.head
        if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if not any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children):
            continue
        first = noun.head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        verb = first.head
        if first.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in _PENALTY_VERBS:
            continue
        if any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
            continue
        prep.head = verb
    return doc


# verbs that take who gets the goods as a bare first object: "sent Russian factories engines"
_DATIVE_VERBS = {"send", "give", "sell", "ship", "hand", "offer", "lend", "pass", "deliver", "supply", "provide"}
# nouns of buyers and holders that may stand as that first object
_RECEIVER_NOUNS = {"manufacturer", "manufacturers", "maker", "makers", "producer", "producers", "company",
                   "companies", "firm", "firms", "factory", "factories", "plant", "plants", "force", "forces",
                   "troops", "unit", "units", "military", "army", "buyer", "buyers", "client", "clients",
                   "customer", "customers", "ally", "allies", "rebels", "militia", "militias", "industry",
                   "contractors", "enterprises", "government", "regime"}  # fmt: skip


def _receivers_before_goods(doc: Any) -> Any:
    """ "Chinese suppliers have sent Russian manufacturers engines and carbon fibre", "Iran sold
    Sudanese forces drones": a bare noun of buyers or holders between a verb of giving and its goods
    is the verb's first object (who gets them); the parser reads it, with its adjective of state, as
    modifiers of the goods (mended in place)."""
    for goods in doc:
        verb = goods.head
        if goods.dep_ != "dobj" or verb.lemma_.lower() not in _DATIVE_VERBS or verb.pos_ != "VERB":
            continue
        if any(c.dep_ == "dative" for c in verb.children):
            continue
        taker = next((c for c in goods.lefts if c.dep_ in ("compound", "nmod") and c.lower_ in _RECEIVER_NOUNS), None)
        if taker is None or not _goods_phrase(doc[taker.i + 1 : goods.i + 1]):
            continue  # ("sold defence firms shares": no goods after the buyers)
        for c in list(goods.lefts):
            if c.i < taker.i and c.dep_ in ("amod", "compound", "det", "nmod", "poss"):
                c.head = taker
        taker.head, taker.dep_ = verb, "dative"
    return doc


def _clauses_read_as_noun_conjuncts(doc: Any) -> Any:
    """ "Minsk has received Iskander-M systems, and in 2024 the Russian side handed over to the Belarusian
    air force a batch of fighters": after ", and" the parser may join the second clause's subject to the
    first verb as a noun conjunct and read its verb as a participle on that noun ("the side handed
    over"); a noun is no conjunct of a verb, so the participle is the verb of a clause of its own, the
    noun its subject and what stood before the noun its own (mended in place)."""
    for noun in doc:
        verb = noun.head
        if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or verb.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ == "cc" and c.i < noun.i for c in verb.children) and not any(
            c.dep_ == "cc" for c in noun.children
        ):
            continue
        act = next((c for c in noun.rights if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")), None)
        if act is None or any(c.dep_ in ("agent", "auxpass", "aux") for c in act.children):
            continue
        if not any(c.dep_ in ("prt", "dobj", "dative") for c in act.children) and not any(
            c.dep_ == "prep" and c.lower_ in ("to", "into") for c in act.children
        ):
            continue  # ("and the tanks sent last year": a participle on goods stays one)
        for c in list(noun.lefts):
            if c.dep_ in ("prep", "npadvmod", "advmod"):
                c.head = act  # "in 2024": the clause's own time
        act.head, act.dep_, act.tag_ = verb, "conj", "VBD"
        noun.head, noun.dep_ = act, "nsubj"
    return doc


_EN_MENDS: tuple[Callable[[Any], Any], ...] = (
    _headline_approvals,
    _trade_verb_as_noun,
    _headline_second_verbs,
    _noun_rooted,
    _arrival_rooted,
    _laden_on_the_way,
    _telling_rooted,
    _participle_subjects,
    _passive_participle_subjects,
    _passive_tellers,
    _subjects_on_auxiliaries,
    _floated_quantifiers,
    _share_sources_on_the_verb,
    _set_off_subjects,
    _set_off_verbs,
    _way_adverbs,
    _legs_off_means,
    _aside_in_copula,
    _hedge_across_aside,
    _bound_rooted,
    _object_clauses,
    _content_clauses,
    _aside_conjuncts,
    _denied_claims,
    _trailing_denials,
    _listed_calibres,
    _towed_goods,
    _goods_of_which,
    _goods_for_purpose,
    _used_goods_relatives,
    _goal_off_the_goods,
    _goods_with_own_goal,
    _goal_past_buyers,
    _figure_put_at,
    _source_in_goods_clause,
    _sourced_series,
    _sourced_conjuncts,
    _clauses_past_make,
    _shifted_objects,
    _inverted_tellers,
    _goods_before_tellers,
    _told_relatives_after_aside,
    _penalized_conjuncts,
    _relatives_past_time,
    _worth_off_the_verb,
    _deal_side_off_the_goods,
    _nouns_after_to,
    _gerunds_after_prepositions,
    _goals_past_gerunds,
    _over_as_particle,
    _receivers_before_goods,
    _clauses_read_as_noun_conjuncts,
)


def parse(text: str, lang: str, names: frozenset[str] = frozenset()) -> list[tuple[int, Any]]:
    """Parse `text`: a list of (character offset, spaCy Doc) pieces covering it.

    Japanese is cut into sentences first and each parsed alone (one Doc per sentence);
    English is parsed whole, spaCy finding the sentences (`names`: capitalized words a title-case
    headline keeps, see `sentence_case`).
    """
    nlp = load_pipeline(lang)
    if lang != "ja":
        doc = _floated_verbs(nlp, _parse_lines(nlp, text, names))
        for mend in _EN_MENDS:
            doc = mend(doc)
        return [(0, _gerund_acts(nlp, doc))]
    spans = split_sentences_ja(text)
    docs = nlp.pipe(_placeholder_numbers(text[s:e]) for s, e in spans)
    return [(s, doc) for (s, _e), doc in zip(spans, docs, strict=True)]
