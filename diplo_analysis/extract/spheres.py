"""Spheres of cooperation: "in political, trade, economic ... and other spheres" -> one row a sphere.

Sphere words and their normalized form are in ``data/spheres.csv`` (one
canonical form a sphere: the adjective where English has one, "politics" ->
"political", "culture" -> "cultural", else the noun, "transportation" ->
"transport"). A hyphenated compound counts as its parts ("trade-economic" ->
trade, economic) unless the whole is listed ("military-technical").

Only list-like contexts count: a run of sphere words joined by commas, "and",
"as well as", "of" (each may carry a modifier or two: "renewable energy"; "the
transit of energy resources" names two) that is followed by a word such as
spheres, fields, areas, sectors, fronts, cooperation, relations, ties, exchanges,
contacts ("scientific and technological cooperation" too; "energy and transport
projects" for two or more; not "ties" or "links" after a pair, which describe a bond,
nor "relations" after a pair joined by "and" ("trade and economic relations", but the
compound "trade-economic relations" names areas): after three or more they close a list
of areas), or by "as (one of) the areas", "among other areas", or preceded by
"cooperation/relations/ties/partnership ... in" (or "... extends to", "... aimed at
(boosting)", "cooperation, particularly in", "cooperation (opportunities), including in"), "working together in", "joint
projects/programmes/ventures in", "areas (of cooperation) that include", "areas, such as",
"cooperation against / to combat", "a relationship that covers", "in the
fields of", "such areas as", "areas of cooperation, from", "priority areas:",
"including" (after a noun of areas or a word of working together: not "policy in
the region, including migration"), or set out line by line under a line such as "... in the
following areas:". Three spheres or more in one run count however the list is framed,
in a sentence that speaks of working together or of agreements, projects or areas outside
the run ("advance cooperation across sectors, notably trade, transit, energy and tourism";
"15 agreements on energy, mining, trade and culture"). So "political and cultural unity" is no sphere row. One
sphere word before a noun of areas ("the energy sector") counts only in a
sentence that speaks of working together (cooperation, partners, joint,
bilateral, working closely/with ...): "reforms in the energy sector" names no sphere of cooperation. Words
outside the list ("infrastructure", "water management") are not spheres, nor
are words in capitals inside a sentence (names: "Ministry of Energy"), unless a
context that opens a list, written in lower case, comes right before them ("signed
in the areas of Education, Economics and Technical Cooperation"; a document's title,
"Agreement on Cooperation in the Field of Energy", opens none), nor
are phrases of ``data/not_spheres.csv`` that hold one ("oil and gas fields"), nor
an economy a word qualifies ("sectors of the Afghan economy": that economy).

>>> from diplo_analysis.extract._base import Doc
>>> t = "Cooperation grows in trade-economic and cultural spheres, not in political unity."
>>> [(r["sphere"], t[r["start"]:r["end"]]) for r in find_spheres(Doc(t, [0], [len(t)]))]
[('trade', 'trade'), ('economic', 'economic'), ('cultural', 'cultural')]
"""
from __future__ import annotations

import csv
import re
from bisect import bisect_right
from functools import lru_cache
from importlib import resources

from ._base import Doc
from ._scan import doc_hits, doc_lowered

__all__ = ["find_spheres", "sphere_of"]

_NOUNS = r"(?:spheres?|fields?|areas?|sectors?|domains?|directions?|industries|branch(?:es)?|fronts?)"
_LINKS = (r"(?:cooperation|co-operation|collaboration|ties|links|relations(?:hip)?|partnerships?|interaction|"
          r"exchanges?|contacts|cooperate|cooperating)")
# a modifier of a sphere word ("renewable energy"), but not a word that starts a clause
_STOP = (r"(?:that|which|who|whom|whose|is|are|was|were|be|been|has|have|had|will|would|can|"
         r"could|should|may|might|must|the|a|an|to|of|in|on|for|with|by|at|from|as|and|or|but|"
         r"its|their|our|his|her|this|these|those|also|not|all|both|between|said|noted)")
_MOD = r"(?:(?!" + _STOP + r"\s)[a-z]+\s+)"
# a joint word of cooperation after one sphere word and one adjective: "trade and technological
# cooperation" (not "relations" or "ties", which one adjective describes; not a verb:
# "railway and strengthen cooperation", so the adjective ends as English adjectives do)
# (the word is read whole, as an atomic group would: "(?=(...))" then the same text again)
# (of the _STOP words, only "have", "can", "an" end so; none stands before "cooperation")
_ADJ = r"(?:(?=(?P<adj>[a-z]+))(?P=adj)(?<=al|ic|ve|ry|us|ul|nt|an)\s+)"  # -al -ic -ive -ary -ous -ful -ent -ian
_JOINT = r"(?:cooperation|co-operation|collaboration|partnership|interaction|exchanges?|contacts)"
# what may stand between two sphere words of one list: joiners, and at most two
# other words ("digital technologies and health", "energy, petrochemicals and investment")
_JOINERS = {"and", "or", "as", "well", "plus", "including", "to", "the", "also", "from"}
_STOPSET = set(_STOP[3:-1].split("|")) | {"while", "when", "where", "if", "because", "since"}
# (and "dialogue": "political dialogue, trade and economic cooperation" is a dialogue and a list)
_GAP_STOP = _STOPSET | {"dialogue"}
_GAP_PUNCT = str.maketrans(",/&–-", "     ")
# (" of ": one item names both, "the transit of energy resources", "digitalization of agriculture")
_SIMPLE_GAPS = frozenset([", ", " and ", ", and ", "-", " ", " or ", ", or ", "/", " & ",
                          " as well as ", ", as well as ", "–", " of "])
# right after the last sphere word of a list
# ("energy and transport as priority areas", "tourism as one of the sectors";
# "scientific and technological cooperation": a word outside the table may share the noun)
_POST = re.compile(
    r"\s*(?:,?\s*(?:(?:and\s+)?among(?:st)?\s+other\s+" + _MOD + "?" + _NOUNS + r")"
    r"|,?\s*(?:and|as\s+well\s+as|or)\s+(?:(?:other|many\s+other|various|a\s+number\s+of\s+other|"
    r"related|similar|a\s+range\s+of\s+other)\s+" + _MOD + "?(?:" + _NOUNS + "|" + _LINKS + r")"
    r"|" + _ADJ + _JOINT + r")"
    r"|" + _MOD + "?(?:" + _NOUNS + "|" + _LINKS + r")"
    r"|as\s+(?:(?:some|one|two|a\s+few)\s+of\s+)?(?:the\s+|an?\s+)?" + _MOD + "?" + _NOUNS + r")\b")
# after a list of two or more (not one word: "energy projects" is no sphere of cooperation)
_LIST_POST = re.compile(r"\s+" + _MOD + r"?(?:projects|programmes|programs)\b")
# a last item outside the table that carries the word of cooperation for the list: "education,
# judicial and border cooperation" (its word is no verb: "trade and investment and deepen cooperation")
_LIST_END = re.compile(
    r",?\s+(?:and|as\s+well\s+as)\s+(?!(?:strengthen|deepen|expand|enhance|boost|promote|develop|"
    r"intensify|increase|broaden|advance|further|foster|facilitate|discuss|support|improve|build|"
    r"bolster|continue|widen|accelerate|step|scale|seek|pursue|explore|review|resume|launch)\s)"
    + _MOD + "{1,3}" + _JOINT + r"\b")
# ending right before the first sphere word of a list
# (a colon after a noun or a word of cooperation opens a list too: "priority areas: energy, ...";
# so do a dash after a noun, "in all areas - political, economic ...", and "areas ... include")
_PRE = re.compile(
    r"(?:\b(?:" + _LINKS + r"|work(?:s|ed|ing)?\s+together|joint\s+(?:work|projects|programs|programmes|activities|"
    r"ventures))\b"
    r"(?:(?:\s+[a-z]+)??,?\s+(?:particularly|especially|notably|mainly|primarily|chiefly|above\s+all|including),?\s+"
    r"(?:in|on)\s+"
    r"|[^.;:!?,]{0,60}?\b"
    r"(?:in|on|across|ranging\s+from|against|to\s+(?:combat|counter|fight|tackle|curb)|"
    r"(?:cover|span)(?:s|ning|ing|ned|ed)?(?:\s+both)?|extend(?:s|ed|ing)?\s+to|"
    r"aim(?:s|ed|ing)?\s+at(?:\s+[a-z]+ing)?)\s+"
    r"|\s*:\s+)"
    r"|\b" + _NOUNS + r"(?:\s+(?:of\s+(?:" + _LINKS + r"\s*,?\s*(?:from|such\s+as|including|like|namely|in|on)\s+)?"
    r"|such\s+as\s+|like\s+|including\s+|as\s+|ranging\s+from\s+"
    r"|(?:of\s+(?:mutual|common|shared)\s+interest\s+|of\s+" + _LINKS + r"\s+)?(?:(?:that|which)\s+)?"
    r"includ(?:e|es|ed)\s+)"
    r"|,\s+(?:such\s+as|like|including|namely)\s+"
    r"|\s*:\s+|\s+[-–—]\s+)"
    r"|\bsuch\s+(?:" + _NOUNS + r"|issues|matters)\s+as\s+"     # "partner on such issues as education, ..."
    # "key areas of focus for collaboration will include ...": a noun of areas, a few words,
    # then what they include
    r"|\b" + _NOUNS + r"\b[^.;:!?\n]{0,60}?\s(?:will\s+|would\s+)?includ(?:e|es|ed)\s+"
    r"|\b(?:including|namely)\s+)"
    r"(?:(?:the|a|an|" + _NOUNS + r"\s+of|such\s+" + _NOUNS + r"\s+as)\s+)*" + _MOD + "{0,2}$")
# "cooperation in mining, where ..., as well as in agriculture and health" (tried apart from
# _PRE, and only when the window holds " as well as ": the scan up to it is long)
_AS_WELL_AS = re.compile(
    r"\b" + _LINKS + r"\b[^.;:!?]{0,100}?,\s+as\s+well\s+as\s+(?:in|on)\s+(?:(?:the|a|an)\s+)?"
    + _MOD + "{0,2}$")
# read backwards, a _PRE match ends in at most two modifiers (a-z words, no _STOP
# word), then "the", "a", "an" (its other tail words end in "of" or "as"), then
# its head, which ends in one of _HEAD_ENDS; "of" comes after a _NOUN_WORDS word,
# "as" after one or after "such"
_HEAD_ENDS = frozenset(["in", "on", "of", "from", "as", "including", "like", "namely", "across", "to", "at",
                        "against", "combat", "counter", "fight", "tackle", "curb", "both",
                        "include", "includes", "included",
                        "cover", "covers", "covering", "covered", "span", "spans", "spanning", "spanned"])
_ARTICLES = frozenset(["the", "a", "an"])
_NOUN_WORDS = ("sphere", "spheres", "field", "fields", "area", "areas", "sector", "sectors",
               "domain", "domains", "direction", "directions", "industries", "branch", "branches",
               "front", "fronts")
_MOD_STOP = frozenset(_STOP[3:-1].split("|"))
# words that name a sphere only beside another one: "cooperation in trade and
# people-to-people exchanges", not "interested in expanding people-to-people contacts"
_IN_LISTS_ONLY = frozenset(["people-to-people", "people to people", "interpersonal"])
# words that say a sentence is about working together
# ("worked closely in the education sector", "we are working with the UK on the climate front")
_LINK_WORD = re.compile(r"\b" + _LINKS + r"\b|\bcooperat|\bco-operat|\bcollaborat|\bpartner|\bjoint|\bbilateral|\btogether|"
                        r"\bwork(?:s|ed|ing)?\s+(?:closely|with)\b")
# a long list of sphere words, and the words of agreements that may frame it
_LONG_LIST = 3
_AGREED = re.compile(r"\b(?:agreements?|memorand(?:um|a)|mous?|accords?|deals?|treaty|treaties|projects?|"
                     r"initiatives?|sectors?|fields?|areas?|spheres?|priorit(?:y|ies)|interactions?)\b")
_DESCRIBED = ("relations", "relationship", "ties", "links", "interaction", "partnership", "dialogue", "contacts")

# nouns after a pair that describe a bond, not name areas of working together: "economic and
# cultural ties" is no list of spheres; a list of three or more before them names areas
# ("trade, security, environmental and educational ties"), as most real-page annotations
# read it
_BOND_NOUNS = ("ties", "links")
# ... and these, after a pair joined by "and": the real-page annotation rules count areas of
# cooperation, not the adjectives of relations (on the dev half, reading "trade and economic
# relations" as no spheres raised sphere F1 from 0.840 to 0.845)
_PAIR_BOND_NOUNS = ("relations", "relationship")


def _post_of_list(low: str, last: int, items: int = 2):
    """:data:`_POST` after the last word of a list of ``items`` (two or more), unless it is a
    bond's noun after a pair: "trade and economic ties" describe a bond, "trade, security,
    environmental and educational ties" name areas.

    >>> bool(_post_of_list("trade and economic cooperation", 18)), bool(_post_of_list("trade and economic ties", 18))
    (True, False)
    >>> bool(_post_of_list("trade, security and educational ties", 29, 3))
    True
    >>> bool(_post_of_list("trade and economic relations", 18)), bool(_post_of_list("trade-economic relations", 14))
    (False, True)
    """
    m = _POST.match(low, last)
    if m is None or items >= _BOND_LIST:
        return m
    noun = m.group(0)
    if noun.endswith(_BOND_NOUNS):
        return None
    if noun.endswith(_PAIR_BOND_NOUNS):
        # "trade and economic relations" describe the relations; the compound "trade-economic
        # relations" names their areas, as the gold set reads it
        k = last
        while k > 0 and low[k - 1].isalpha():
            k -= 1
        return m if k > 0 and low[k - 1] == "-" else None
    return m


_BOND_LIST = 3      # so many sphere words before "ties" are a list of areas, not a bond's adjectives


def _tail_items(low: str, group: list) -> int:
    """How many words of ``group`` stand after the last noun of cooperation inside it: the
    list that the noun after the group closes ("trade and economic cooperation and expanding
    cultural and humanitarian ties": two)."""
    for k in range(len(group) - 2, -1, -1):
        if _POST.match(low, group[k][1]):
            return len(group) - k - 1
    return len(group)


def _list_before(low: str, lo: int, first: int) -> bool:
    """Whether ``low[lo:first]`` ends in a context that opens a list (:data:`_PRE`).

    The last words before ``first`` are read backwards first: the search runs
    only if they can be the end of a match (modifiers, articles, a head's end).

    >>> _list_before("talks on cooperation in renewable ", 0, 34), _list_before("history and ", 0, 12)
    (True, False)
    """
    return _list_opener(low, lo, first) is not None


def _list_opener(low: str, lo: int, first: int):
    """What :func:`_list_before` finds: the :data:`_PRE` match, True for "..., as well as
    in", or None."""
    if first <= lo or not low[first - 1].isspace():
        return None  # a match ends in white space
    words = low[lo:first].rsplit(None, 4)
    if not words or not ("a" <= words[-1][-1] <= "z" or words[-1][-1] in ":-–—"):
        return None  # every match ends in a letter, ":" or a dash before that space ("history, ": none)
    mods = 0
    for i in range(len(words) - 1, 0 if len(words) == 5 else -1, -1):
        word = words[i]
        if word in _HEAD_ENDS:
            if word == "of" or word == "as":
                before = words[i - 1].rsplit(None, 1)[-1] if i else ""
                if not (before.endswith(_NOUN_WORDS) or (word == "as" and before in ("such", "issues", "matters"))):
                    return None
            elif word == "to":  # only "extends to" (a relationship that extends to energy)
                before = words[i - 1].rsplit(None, 1)[-1] if i else ""
                if not before.startswith("extend"):
                    return None
            elif word == "at":  # only "aimed at" (a partnership aimed at trade and energy)
                before = words[i - 1].rsplit(None, 1)[-1] if i else ""
                if not before.startswith("aim"):
                    return None
            break
        if word in _ARTICLES:
            continue
        if not word.isalpha():
            break  # "x-in", "cooperation,from": let the search decide
        mods += 1
        if mods > 2 or word in _MOD_STOP or not (word.isascii() and word.islower()):
            return None
    else:
        if len(words) < 5:
            return None  # no head in the window
    m = _PRE.search(low, lo, first)
    if m is not None:
        return m
    if low.find(" as well as ", lo, first) >= 0 and _AS_WELL_AS.search(low, lo, first) is not None:
        return True
    return None


# between a word of cooperation and its "in"/"on": a verb of another clause, or "based on"
# (a verb in -ed with its object or "on": "and stressed the", "and agreed on"; not "and related areas")
_OTHER_CLAUSE = re.compile(
    r"\b(?:and|but)\s+[a-z]+ed\s+(?:the|a|an|our|their|its|his|her|that|on|upon|to)\s|\bbased\s+on\s")


def _opens_list(low: str, lo: int, first: int) -> bool:
    """:func:`_list_before`, where a bare "including" or "namely" opens a list only after a
    noun of areas or a word of working together before it.

    >>> _opens_list("views on policy in the region, including ", 0, 41)
    False
    >>> _opens_list("cooperation with the region, including ", 0, 39)
    True
    """
    m = _list_opener(low, lo, first)
    if m is None:
        return False
    if m is True:
        return True  # ("..., as well as in")
    head = m.group()
    if ("ed " in head or "based" in head) and _OTHER_CLAUSE.search(head):
        # "cooperation and stressed the need for political ...", "relations based on political
        # criteria": the words after "cooperation" are a clause of their own
        return False
    if not head.startswith(("including", "namely")):
        return True
    # "policy in the region, including migration": no areas, no working together
    return low[max(0, m.start() - 14):m.start()].rstrip(", ").endswith(_NOUN_WORDS) or \
        _LINK_WORD.search(low, max(0, lo - 60), m.start()) is not None


@lru_cache(maxsize=None)
def _table() -> dict[str, str]:
    text = resources.files("diplo_analysis").joinpath("data", "spheres.csv").read_text("utf-8")
    return {row["word"].lower(): row["sphere"] for row in csv.DictReader(text.splitlines())}


def sphere_of(word: str) -> str | None:
    """The normalized sphere of a word form, or None.

    >>> sphere_of("Culture"), sphere_of("transportation"), sphere_of("unity")
    ('cultural', 'transport', None)
    """
    return _table().get(word.strip().lower())


def _in_one_list(text: str, low: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]``, between two sphere words, keeps them in one list."""
    if b - a > 40:
        return False  # (no simple gap is that long)
    if "\n" in text[a:b]:
        return False  # a list does not run over a line break
    gap = low[a:b]
    return gap in _SIMPLE_GAPS or _few_words(gap)


def _few_words(gap: str) -> bool:
    """Whether a gap that is no simple joiner holds at most two other words and no stop word."""
    content = 0
    for w in gap.translate(_GAP_PUNCT).split():
        if w in _JOINERS:
            continue
        if w in _GAP_STOP or not w.isalpha():
            return False
        content += 1
    return content <= 2


_ITEM = re.compile(r"[a-z][a-z-]*(?: [a-z][a-z-]*){0,3}")
_ITEM_STOP = _STOPSET - {"and", "the", "of", "in", "to", "as", "from", "with", "a", "an"}


def _list_item(segment: str) -> bool:
    """Whether a piece between commas is one item of a list ("air services", "the medicinal
    cannabis industry"): at most four words in lower case, none of them a verb or pronoun."""
    seg = segment.strip()
    if seg.startswith("and "):
        seg = seg[4:]
    return bool(seg) and _ITEM.fullmatch(seg) is not None and not any(w in _ITEM_STOP for w in seg.split())


def _item_start(low: str, floor: int, end: int) -> int:
    """Where the list item that ends at ``end`` begins, less one: the nearest ",", or the
    space after " as ", " of ", " in ", " on ", " across ", " including ", " include(s) ", within
    50 characters; -1 when none is there.

    >>> low = "areas such as shipbuilding, health"
    >>> low[_item_start(low, 0, 26) + 1:26], _item_start("health", 0, 6)
    ('shipbuilding', -1)
    """
    lo = max(floor, end - 50)
    prev = low.rfind(",", lo, end)
    for word in (" as ", " of ", " in ", " on ", " across ", " including ", " include ", " includes "):
        at = low.rfind(word, lo, end)
        if at >= 0 and at + len(word) - 1 > prev:
            prev = at + len(word) - 1
    return prev


def _items_before(text: str, low: str, floor: int, first: int) -> int:
    """Where a list starts whose items before ``first`` are words outside the sphere table:
    "such as " + "shipbuilding, " + "healthcare", "areas of " + "history and " + "culture";
    ``first`` when none stands before it.

    >>> t = "to cooperate in the areas of history and culture"
    >>> t[_items_before(t, t, 0, t.index("culture")):]
    'history and culture'
    """
    pos = first
    if low.endswith(" and ", floor, first):
        # one item joined by "and" right before the sphere word: a common noun, no name
        # ("cooperation in Afghanistan and security" is no list)
        comma = first - 5
        prev = _item_start(low, floor, comma)
        if prev < 0 or low[prev] == ",":
            return first  # (after a comma it is one of many items: the list is read from its last)
        item = low[prev + 1:comma].split()
        if not 1 <= len(item) <= 2 or not all(w.isalpha() and w not in _STOPSET for w in item) \
                or not text[prev + 1:comma].islower():
            return first  # ("in launching the major pipeline and railway" is no list)
        pos = prev + 1
        while pos < first and low[pos] == " ":
            pos += 1
    else:
        # "basic infrastructure, public health": the sphere word's own modifier follows the comma
        comma = low.rfind(",", max(floor, pos - 30), pos)
        mods = low[comma + 1:pos].split() if comma >= 0 else []
        if 1 <= len(mods) <= 2 and all(w.isalpha() and w not in _STOPSET and not w.endswith(("ing", "ed"))
                                       for w in mods) and text[comma + 1:pos].islower():   # not "deepening trade"
            pos = comma + 2 if low[comma + 1] == " " else comma + 1
    for _ in range(3):
        comma = low.rfind(",", max(floor, pos - 50), pos)
        if comma < 0 or low[comma + 1:pos].strip():
            break                       # the item must end right at the comma
        prev = _item_start(low, floor, comma)
        if prev < 0 or not _list_item(low[prev + 1:comma]):
            break
        pos = prev + 1
        while pos < first and low[pos] == " ":
            pos += 1
    return pos


def _items_list(text: str, low: str, floor: int, first: int) -> bool:
    """Whether items outside the table before ``first`` (:func:`_items_before`) follow a
    context that opens a list."""
    at = _items_before(text, low, floor, first)
    return at < first and _opens_list(low, max(floor, first - 90), at)


def _plain_run(low: str, group: list) -> bool:
    """Whether the sphere words of ``group`` are one enumeration: between two of them only
    joiners and a modifier or two, no word of working together and no verb in -ing
    ("trade, transit, energy and tourism"; not "trade and economic cooperation and
    expanding cultural ...").

    >>> low = "trade, transit, energy and renewable tourism"
    >>> _plain_run(low, [(0, 5), (7, 14), (16, 22), (37, 44)])
    True
    >>> low = "trade and economic cooperation and expanding cultural and humanitarian ties"
    >>> _plain_run(low, [(0, 5), (10, 18), (45, 53), (58, 70)])
    False
    """
    for (_, a, *_), (b, *_) in zip(group, group[1:]):
        words = low[a:b].translate(_GAP_PUNCT).split()
        other = [w for w in words if w not in _JOINERS]
        if len(other) > 2 or any(w.endswith("ing") or _LINK_WORD.match(w) for w in other):
            return False
    return True


def _items_between(low: str, a: int, b: int) -> bool:
    """Whether ``low[a:b]``, between two lists of one sentence, is more items of the same
    list: "tourism, trade" + ", private sector business collaborations, " + "education"."""
    gap = low[a:b]
    if len(gap) > 120 or "," not in gap:
        return False
    parts = gap.split(",")
    tail = parts.pop(0)         # the rest of the item before: "technical" + " and vocational training"
    head = parts.pop()          # what stands before the next sphere word in its item
    return (not tail.strip() or _list_item(tail)) and all(_list_item(p) for p in parts) and (
        not head.strip() or _list_item(head))


_BULLETS = " \t•·*-–◦▪"
# the line that opens a list set out line by line: it ends in ":" and names cooperation, areas ...
_LIST_INTRO = re.compile(r"\b(?:" + _LINKS + "|" + _NOUNS + r"|following)\b[^\n]*:\s*$")


def _bullet_item(text: str, first: int, last: int) -> bool:
    """Whether ``text[first:last]`` opens a short line of a list whose lines follow a line
    ending in ":" that names cooperation or areas ("... cooperation in the following
    areas:" / "• energy" / "• transport and logistics").

    >>> t = "The memorandum covers the following areas:\\n\\n• energy\\n\\n• water use\\n\\n• trade and transit"
    >>> _bullet_item(t, t.index("energy"), t.index("energy") + 6), _bullet_item(t, t.index("trade"), t.index("trade") + 5)
    (True, True)
    >>> t = "Trade grew fast in May:\\n\\ntrade with China rose by a fifth over the year before."
    >>> _bullet_item(t, t.rindex("trade"), t.rindex("trade") + 5)
    False
    """
    s = text.rfind("\n", max(0, first - 30), first)
    if s < 0 and first > 30:
        return False                    # not in the first words of a line
    mods = text[s + 1:first].strip(_BULLETS).split()
    if len(mods) > 2 or not all(w.isalpha() and w.islower() for w in mods):
        return False                    # at most two modifiers before it ("• higher education")
    end = text.find("\n", last)
    if end < 0:
        end = len(text)
    if end - s > 80 or "." in text[last:end].rstrip(".;"):
        return False                    # a sentence, not an item
    lines = 0
    while s > 0 and lines < 12:         # the lines above: more items, then the opening line
        top = text.rfind("\n", 0, s) + 1
        line = text[top:s].strip()
        s = top - 1
        if not line:
            continue
        lines += 1
        if line.endswith(":"):
            return _LIST_INTRO.search(line.lower()) is not None
        if len(line) > 80 or line.endswith((".", "!", "?")):
            return False
    return False


def _an_economy(low: str, first: int, last: int) -> bool:
    """Whether the word ``low[first:last]`` is an economy that a word before it qualifies ("the
    sectors of the Afghan economy", "spheres of urban economy"): that economy, not the
    economic sphere.

    >>> low = "specialists for sectors of the afghan economy"
    >>> _an_economy(low, low.index("economy"), len(low))
    True
    >>> low = "cooperation in the spheres of the economy"
    >>> _an_economy(low, low.index("economy"), len(low))
    False
    """
    if low[first:last] not in ("economy", "economies"):
        return False
    before = low[max(0, first - 30):first].split()
    if not before or low[first - 1] != " ":
        return False
    word = before[-1]
    return word.isalpha() and word not in _ARTICLES and word not in _HEAD_ENDS and \
        word not in _MOD_STOP and sphere_of(word) is None


def _title_list(text: str, low: str, start: int) -> bool:
    """Whether a word in Title Case at ``start`` opens a list: right after a context that opens
    one, written in lower case, with no modifier between ("signed in the areas of Education";
    not "on the United Nations Security Council", nor a document's title, "Agreement on
    Cooperation in the Field of Agriculture").

    >>> t = "deals in the areas of Education and Energy"
    >>> _title_list(t, t.lower(), t.index("Education"))
    True
    >>> t = "work together on the United Nations Security Council"
    >>> _title_list(t, t.lower(), t.index("Security"))
    False
    """
    m = _list_opener(low, max(0, start - 90), start)
    if m is None or m is True or text[m.start():start] != low[m.start():start]:
        return False
    before = low[m.start():start].split()
    return bool(before) and (before[-1] in _HEAD_ENDS or before[-1].endswith(":"))


def _title_items(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]``, between two items in Title Case, keeps them in one list: joiners
    and at most three other words, each capitalized ("Education, Economics and", ", Human
    Resource Development, ", " & Climate").

    >>> _title_items("Energy, Cross Border Trade", 6, 20), _title_items("Energy and a new Trade", 6, 17)
    (True, False)
    """
    words = text[a:b].translate(_GAP_PUNCT).split()
    other = [w for w in words if w.lower() not in _JOINERS]
    return len(other) <= 3 and all(w[:1].isupper() and w.isalpha() for w in other)


def find_spheres(doc: Doc) -> list[dict]:
    """Sphere rows of one article (see the module docstring).

    >>> from diplo_analysis.extract._base import Doc
    >>> t = "They discussed cooperation in the fields of energy, transportation and education."
    >>> [r["sphere"] for r in find_spheres(Doc(t, [0], [len(t)]))]
    ['energy', 'transport', 'education']
    """
    text = doc.text
    if not text:
        return []
    found = doc_hits(doc)["sphere"]
    if not found:
        return []
    low = doc_lowered(doc)
    starts = doc.sent_starts
    ends = doc.sent_ends

    def sent_end(i):
        return ends[i] if ends else len(text)
    hits = []
    capitals = None  # where the last capitalized list item ends ("in the areas of Education, ...")
    for hit in found:
        start = hit[0]
        # "World Trade Organization", "Ministry of Energy": a capital inside a sentence
        # is a name; acronyms ("ICT") and sentence starts are kept, and so are items in
        # Title Case after a context that opens a list ("in the areas of Education, Economics
        # and ...", "Agreement on Cooperation in the Field of Environment")
        if text[start].isupper() and not text[start:hit[1]].isupper() and \
                start != (starts[max(bisect_right(starts, start) - 1, 0)] if starts else 0):
            s = start - 1
            while s >= 0 and text[s] in " \"'“‘«(":
                s -= 1
            if s >= 0 and text[s] not in ".!?\n":
                if capitals is not None and start - capitals <= 40 and \
                        text.find("\n", capitals, start) < 0 and _title_items(text, capitals, start):
                    capitals = hit[1]
                elif _title_list(text, low, start):
                    capitals = hit[1]
                else:
                    capitals = None
                    continue
        if hits and hit[2] == "industry" and hits[-1][1] + 1 == start and text[start - 1] == " " and \
                low[start:hit[1]] == "industry":
            continue  # "the information technology industry": the head noun of the sphere before it
        hits.append(hit)
    if not hits:
        return []
    rows = []
    prev_end = prev_sid = None          # the last list kept: a later one may continue it
    sid, n_starts = 0, len(starts) if starts else 0
    group = [hits[0]]
    for hit in hits[1:] + [None]:
        if hit is not None:
            a, b = group[-1][1], hit[0]
            # _in_one_list, inline
            if b - a <= 40 and text.find("\n", a, b) < 0:
                gap = low[a:b]
                if gap in _SIMPLE_GAPS or _few_words(gap):
                    group.append(hit)
                    continue
        first, last = group[0][0], group[-1][1]
        if starts:
            # (groups come in text order: the sentence index only moves forward)
            while sid + 1 < n_starts and starts[sid + 1] <= first:
                sid += 1
            floor = starts[sid]
        else:
            sid = floor = 0
        if len(group) > 1:
            # "trade, economic and humanitarian cooperation, defense, security": a
            # list word inside the group may carry the noun; "such as shipbuilding,
            # healthcare and education": words outside the table may open the list
            keep = _post_of_list(low, last, _tail_items(low, group)) or \
                (low.find(" pro", last, last + 30) >= 0 and _LIST_POST.match(low, last)) or \
                (low.find(" and ", last, last + 6) >= 0 and _LIST_END.match(low, last)) or \
                _opens_list(low, max(floor, first - 90), first) or \
                _items_list(text, low, floor, first) or \
                (prev_end is not None and prev_sid == sid and _items_between(low, prev_end, first))
            if not keep and len({h[2] for h in group}) >= _LONG_LIST and _plain_run(low, group) and (
                    _LINK_WORD.search(low, floor, first) or _AGREED.search(low, floor, first)
                    or _LINK_WORD.search(low, last, sent_end(sid)) or _AGREED.search(low, last, sent_end(sid))):
                # three spheres or more in one run, in a sentence of working together or of
                # agreements: a list of areas however it is framed ("pledged to advance
                # cooperation across sectors, notably trade, transit, energy, tourism and culture";
                # "15 agreements on energy, mining, trade, education and culture")
                keep = True
            if not keep:
                # "trade, economic and humanitarian cooperation, defense, security": the
                # noun inside the group governs the words up to it
                for k in range(len(group) - 2, -1, -1):
                    if _post_of_list(low, group[k][1]):
                        keep = True
                        # "economic cooperation, including trade and investment" goes on
                        if not _opens_list(low, group[k][1], group[k + 1][0]):
                            group, last = group[:k + 1], group[k][1]
                        break
        elif low[first:last] in _IN_LISTS_ONLY or low.startswith(" dialogue", last) or \
                _an_economy(low, first, last):
            keep = False  # ("strengthening political dialogue": one word describes the dialogue)
        else:
            # one word before "relations" or "ties" describes them ("political
            # relations"); before "cooperation", "spheres" ... it names a sphere
            post = _POST.match(low, last)
            # ("the energy sector" alone names a sector, of cooperation only where the sentence
            # speaks of it: not "reforms in the energy sector", "success in economic fields")
            keep = (post and not post.group(0).endswith(_DESCRIBED) and (
                        _LINK_WORD.search(post.group(0)) or post.group(0).lstrip().startswith("as ")
                        or _LINK_WORD.search(low, floor, first)
                        or _LINK_WORD.search(low, last, sent_end(sid)))) or \
                _opens_list(low, max(floor, first - 90), first) or \
                (low.endswith((" and ", ", "), floor, first) and   # "in the areas of history and culture"
                 _items_list(text, low, floor, first))
        if not keep and (first <= 30 or text.find("\n", first - 30, first) >= 0) and \
                _bullet_item(text, first, last):
            # an item of a list set out line by line under "... in the following areas:"
            keep = not (len(group) == 1 and low[first:last] in _IN_LISTS_ONLY)
        if keep:
            for start, end, sphere in group:
                rows.append({"sentence_id": sid, "start": start, "end": end, "sphere": sphere})
            prev_end, prev_sid = last, sid
        group = [hit]
    return rows
