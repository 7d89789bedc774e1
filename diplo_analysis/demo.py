"""Demo corpus: synthetic diplomatic news pages in every shape the parser reads.

:func:`make_corpus` writes articles about visits, meetings, receptions,
agreements, phone calls, congratulations, exhibitions, credentials and
anniversaries between 19 countries, dated 2015-01-01 to 2026-10-31. The
outlets ("Demo Wire", "Demo Herald", ...) and every person named are invented;
the countries, their capitals (on the article's date), the titles of their
offices, their national days and the years of anniversaries of diplomatic
relations are real (``data/demo_templates/*.csv`` and the reference table
``data/reference/diplomatic_relations.csv``). The same ``(n, seed)`` gives the
same bytes: the only source of chance is ``random.Random(seed)``.

>>> texts = make_corpus(3, seed=7)
>>> len(texts), all(isinstance(t, str) and t.endswith("\\n") for t in texts)
(3, True)
>>> arts = make_articles(3, seed=7)
>>> [a.text for a in arts] == texts
True
"""
from __future__ import annotations

import csv
import io
import random
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path

__all__ = ["DemoArticle", "SHAPES", "make_articles", "make_corpus"]

#: The page shapes, in the order of the parser's documentation.
SHAPES = ("header", "wire", "dash", "stamp_site", "menafn", "city_line", "press_release")

START, END = date(2015, 1, 1), date(2026, 10, 31)
_EVENTS = {  # event -> weight among ordinary articles
    "meeting": 20, "visit": 15, "reception": 15, "agreement": 10, "phone_call": 10,
    "congratulation": 8, "credentials": 8, "exhibition": 7, "unga": 4,
}
_MEETING_LIKE = {"visit", "meeting", "reception", "unga", "agreement", "credentials", "credentials_copy"}
_SMALL_WORDS = {"a", "an", "and", "of", "on", "in", "to", "the", "for", "with", "by", "at"}


@dataclass
class DemoArticle:
    """One generated page and what it was made from (for tests and notebooks).

    ``countries`` is ``(host, partner)`` as ISO3; ``people`` holds
    ``(name, ISO3, office)`` of each person the text names, in order.
    ``anniversary`` is ``(ordinal, year the anniversary falls in)`` for an
    article about an anniversary of diplomatic relations between ``countries``.
    """

    name: str
    text: str
    published: datetime
    shape: str
    event: str
    countries: tuple[str, str]
    dateline_city: str | None
    outlet: str | None
    people: tuple[tuple[str, str, str], ...] = ()
    anniversary: tuple[int, int] | None = None


# -- data ------------------------------------------------------------------------------

def _read(name: str, folder: str = "demo_templates") -> str:
    return resources.files("diplo_analysis").joinpath("data", folder, name).read_text("utf-8")


def _csv(name: str, folder: str = "demo_templates") -> list[dict]:
    lines = [ln for ln in _read(name, folder).splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


def _day(s: str, default: date) -> date:
    return date.fromisoformat(s) if s else default


@lru_cache(maxsize=None)
def _world() -> dict:
    """Every fact and word list the generator uses, loaded once."""
    countries = {r["iso3"]: r for r in _csv("countries.csv")}
    renames = [r for r in _csv("renames.csv")]
    offices: dict[tuple[str, str], list[dict]] = {}
    for r in _csv("offices.csv"):
        offices.setdefault((r["iso3"], r["role"]), []).append(r)
    days: dict[str, list[dict]] = {}
    for r in _csv("national_days.csv"):
        days.setdefault(r["iso3"], []).append(r)
    orgs: dict[str, list[dict]] = {}
    for r in _csv("organizations.csv"):
        orgs.setdefault(r["iso3"], []).append(r)
    relations = {}
    for r in _csv("diplomatic_relations.csv", "reference"):
        a, b = r["country_a"], r["country_b"]
        if a in countries and b in countries and "severed" not in r.get("note", ""):
            relations[(a, b)] = date.fromisoformat(r["established"])
    # a person of the demo never carries the surname of a real officeholder of the same state
    real: dict[str, set[str]] = {}
    for r in _csv("officeholders.csv", "reference"):
        real.setdefault(r["iso3"], set()).update(r["name"].replace("-", " ").split())
    names: dict[tuple[str, str, str], list[str]] = {}
    for r in _csv("names.csv"):
        if r["part"] == "family" and r["value"] in real.get(r["iso3"], ()):
            continue
        names.setdefault((r["iso3"], r["part"], r["gender"]), []).append(r["value"])
    vocab: dict[str, list[str]] = {}
    for r in _csv("vocab.csv"):
        vocab.setdefault(r["kind"], []).append(r["value"])
    return {"countries": countries, "renames": renames, "offices": offices, "days": days,
            "orgs": orgs, "relations": relations, "names": names, "vocab": vocab,
            "templates": _templates()}


def _templates() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    section = None
    for line in _read("templates.txt").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        m = re.fullmatch(r"\[([\w.]+)\]", line.strip())
        if m:
            section = m.group(1)
            out[section] = []
        elif section is not None:
            out[section].append(line.strip())
    return out


def _country(iso: str, key: str, on: date) -> str:
    """A country's field (name, capital, ...) as written on a given day."""
    for r in _world()["renames"]:
        if r["iso3"] == iso and r["field"] == key and \
                _day(r["valid_from"], date.min) <= on <= _day(r["valid_to"], date.max):
            return r["value"]
    return _world()["countries"][iso][key]


def _office(iso: str, role: str, on: date) -> str | None:
    """The English title of an office on a day, or None if the state has no such office then."""
    offices = _world()["offices"]
    rows = offices.get((iso, role))
    if rows is None:
        rows = offices.get(("*", role), [])
    for r in rows:
        if _day(r["valid_from"], date.min) <= on <= _day(r["valid_to"], date.max):
            return r["title"] or None
    return None


def _national_day(iso: str, year: int) -> dict | None:
    for r in _world()["days"].get(iso, []):
        d = date(year, int(r["month"]), int(r["day"]))
        if _day(r["valid_from"], date.min) <= d <= _day(r["valid_to"], date.max):
            return r
    return None


def _shared_orgs(a: str, b: str, on: date) -> list[str]:
    def member(iso):
        return {r["organization"] for r in _world()["orgs"].get(iso, [])
                if _day(r["joined"], date.min) <= on <= _day(r["left"], date.max)}
    return sorted(member(a) & member(b))


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


# -- people ----------------------------------------------------------------------------

@dataclass(frozen=True)
class _Person:
    given: str
    family: str
    female: bool
    family_first: bool

    @property
    def full(self) -> str:
        return f"{self.family} {self.given}" if self.family_first else f"{self.given} {self.family}"


def _feminine(family: str, rule: str) -> str:
    if rule == "slavic":
        if family.endswith(("ov", "ev", "in")):
            return family + "a"
        if family.endswith("sky"):
            return family[:-1] + "aya"
    return family


class _Cast:
    """Fictional officeholders: each office of each state is held by a row of invented people.

    Terms are drawn from a generator of their own (seeded by the corpus seed and
    the office), so who holds an office on a day does not depend on which
    articles asked first.
    """

    def __init__(self, seed: int):
        self.seed = seed
        self.terms: dict[tuple, list[tuple[date, date, _Person]]] = {}

    def _terms(self, iso: str, role: str, host: str | None):
        key = (iso, role, host)
        if key not in self.terms:
            rng = random.Random(f"{self.seed}/{iso}/{role}/{host}")
            world = _world()
            c = world["countries"][iso]
            longest = 8 if role == "president" else 6
            day = date(2012, 1, 1) + timedelta(days=rng.randrange(3 * 365))
            out, used = [], set()
            while day <= date(2027, 12, 31):
                female = rng.random() < (0.25 if role == "ambassador" else 0.2)
                for _ in range(50):
                    given = rng.choice(world["names"][(iso, "given", "f" if female else "m")])
                    family = rng.choice(world["names"][(iso, "family", "")])
                    if female:
                        family = _feminine(family, c["feminine"])
                    p = _Person(given, family, female, c["family_first"] == "yes")
                    if p.full not in used:
                        break
                used.add(p.full)
                length = timedelta(days=rng.randint(2 * 365, longest * 365))
                out.append((day, day + length - timedelta(days=1), p))
                day += length
            self.terms[key] = out
        return self.terms[key]

    def holder(self, iso: str, role: str, on: date, host: str | None = None) -> _Person:
        for start, end, p in self._terms(iso, role, host):
            if start <= on <= end:
                return p
        raise LookupError(f"no holder of {role} of {iso} on {on}")

    def starts(self, iso: str, role: str, host: str | None = None) -> list[date]:
        return [s for s, _, _ in self._terms(iso, role, host)]


@dataclass
class _Role:
    """A person in one article: who, which office, of which state (and where posted)."""

    person: _Person
    iso: str
    role: str
    title: str
    host: str | None = None
    mentioned: bool = False


# -- the article plan --------------------------------------------------------------------

@dataclass
class _Plan:
    day: date                       # publication day
    when: datetime                  # publication time
    event: str
    host: str                       # H: where it happens (or whose side reports it)
    guest: str                      # G: the partner
    city: str                       # the dateline city, as written
    city_iso: str                   # the country of the dateline city
    people: list[_Role] = field(default_factory=list)
    event_day: date | None = None
    anniversary: tuple[int, int] | None = None
    anniversary_kind: str | None = None  # "held" | "next" | "in"
    shape: str = ""
    names: tuple[tuple[str, str, str], ...] = ()  # (name, ISO3, office) the text names, in order


def _year_weights() -> tuple[list[int], list[float]]:
    years = list(range(START.year, END.year + 1))
    weights = [(1 + 0.1 * (y - START.year)) * (10 / 12 if y == END.year else 1) for y in years]
    return years, weights


def _random_day(rng: random.Random) -> date:
    years, weights = _year_weights()
    y = rng.choices(years, weights)[0]
    first, last = date(y, 1, 1), min(date(y, 12, 31), END)
    return first + timedelta(days=rng.randrange((last - first).days + 1))


def _on(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:  # 29 February outside a leap year
        return date(year, month, day - 1)


def _pick_pairs() -> tuple[list[tuple[str, str]], list[float]]:
    pairs = sorted(_world()["relations"])
    weights = [0.0 if p == ("AZE", "KGZ") else 3.0 if {"AZE", "KGZ"} & set(p) else 1.0 for p in pairs]
    return pairs, weights


_VISIT_ROLES = (("foreign_minister", 45), ("prime_minister", 12), ("speaker", 12),
                ("economy_minister", 10), ("deputy_foreign_minister", 11), ("president", 10))


def _with_people(plan: _Plan, cast: _Cast, rng: random.Random) -> bool:
    """Fill the people an event needs; False when the states have no such offices that day."""
    h, g, on = plan.host, plan.guest, plan.event_day or plan.day

    def role(iso, name, host=None):
        title = _office(iso, name, on)
        if title is None:
            return None
        return _Role(cast.holder(iso, name, on, host), iso, name, title, host)

    def choose(options):
        names, weights = zip(*options)
        return rng.choices(names, weights)[0]

    ev = plan.event
    if ev in ("visit", "meeting"):
        r = choose(_VISIT_ROLES)
        guest, home = role(g, r), role(h, r)
        plan.people = [guest, home] if ev == "visit" else [home, guest]
    elif ev == "unga":
        plan.people = [role(h, "foreign_minister"), role(g, "foreign_minister")]
    elif ev == "phone_call":
        r = choose((("foreign_minister", 3), ("president", 1)))
        plan.people = [role(h, r), role(g, r)]
    elif ev == "congratulation":
        plan.people = [role(h, "president"), role(g, "president")]
    elif ev in ("reception", "agreement"):
        r = choose((("foreign_minister", 3), ("deputy_foreign_minister", 3), ("economy_minister", 2),
                    ("speaker", 1 if ev == "reception" else 0)))
        other = role(g, r) if ev == "agreement" and rng.random() < 0.5 else role(g, "ambassador", h)
        plan.people = [role(h, r), other]
    elif ev == "exhibition":
        plan.people = [role(g, "ambassador", h), role(h, "deputy_foreign_minister")]
    elif ev == "credentials":
        plan.people = [role(g, "ambassador", h), role(h, "president")]
    elif ev == "credentials_copy":
        plan.people = [role(g, "ambassador", h), role(h, rng.choice(("foreign_minister", "deputy_foreign_minister")))]
    elif ev == "anniversary":
        plan.people = [role(h, rng.choice(("foreign_minister", "deputy_foreign_minister"))), role(g, "ambassador", h)]
    return all(p is not None for p in plan.people)


def _ordinary(rng: random.Random, cast: _Cast, pair: tuple[str, str]) -> _Plan:
    """An ordinary event between the two states of ``pair``."""
    events, weights = zip(*_EVENTS.items())
    while True:
        ev = rng.choices(events, weights)[0]
        h, g = pair if rng.random() < 0.5 else pair[::-1]
        day = _random_day(rng)
        event_day = day if rng.random() < 0.75 else day - timedelta(days=1)
        if ev == "congratulation":
            nd = _national_day(g, day.year)
            if nd is None:
                continue
            day = event_day = date(day.year, int(nd["month"]), int(nd["day"]))
        elif ev == "credentials":
            starts = [s for s in cast.starts(g, "ambassador", h) if START <= s <= END - timedelta(days=40)]
            if not starts:
                continue
            event_day = rng.choice(starts) + timedelta(days=rng.randint(10, 40))
            day = event_day + timedelta(days=rng.choice((0, 0, 1)))
            if rng.random() < 0.5:
                ev = "credentials_copy"
        elif ev == "unga":
            year = rng.choice([y for y in range(START.year, END.year) if y != 2020])
            day = date(year, 9, rng.randint(20, 27))
            event_day = day
        if ev not in ("congratulation", "unga") and event_day.weekday() >= 5:
            shift = timedelta(days=7 - event_day.weekday())
            event_day, day = event_day + shift, day + shift
        if not START <= event_day <= day <= END:
            continue
        city, city_iso = (("New York", "USA") if ev == "unga" else (_country(h, "capital", event_day), h))
        when = datetime(day.year, day.month, day.day, rng.randint(8, 21), rng.randrange(60), rng.randrange(60))
        plan = _Plan(day, when, ev, h, g, city, city_iso, event_day=event_day)
        if _with_people(plan, cast, rng):
            return plan


def _anniversary_plans(rng: random.Random, cast: _Cast, count: int, aze_kgz: int) -> list[_Plan]:
    """Articles on anniversaries of diplomatic relations, in the years the reference implies."""
    rel = _world()["relations"]
    held, ahead = [], []   # (pair, ordinal, weight)
    for pair in sorted(rel):
        y0 = rel[pair].year
        boost = 10.0 if pair == ("AZE", "KGZ") else 2.0 if {"AZE", "KGZ"} & set(pair) else 1.0
        for k in range(1, 200):
            weight = boost * (6 if k % 5 == 0 else 1)
            if START.year <= y0 + k <= END.year:
                held.append((pair, k, weight))
            if START.year + 1 <= y0 + k <= END.year + 2 and k % 5 == 0:
                ahead.append((pair, k, boost))
    plans: list[_Plan] = []
    used: dict[str, set] = {"held": set(), "next": set(), "in": set()}  # (pair, ordinal) written about
    tried: dict[str, set] = {"held": set(), "next": set(), "in": set()}

    def take(kind, want_aze_kgz):
        pool = [c for c in (held if kind == "held" else ahead)
                if (c[0] == ("AZE", "KGZ")) == want_aze_kgz and (c[0], c[1]) not in used[kind] | tried[kind]]
        if not pool:
            return None
        c = rng.choices(pool, [w for _, _, w in pool])[0]
        tried[kind].add((c[0], c[1]))
        return c

    # most are held on the day; a few look ahead ("next year", "in 2028")
    ahead_n = round(count * 0.1)
    kinds = ["next"] * ahead_n + ["in"] * ahead_n + ["held"] * (count - 2 * ahead_n)
    attempts = 0
    while len(plans) < count and attempts < 50 * count:
        attempts += 1
        want = sum(1 for p in plans if _pair(p.host, p.guest) == ("AZE", "KGZ")) < aze_kgz
        kind = kinds[len(plans)]
        cand = take(kind, want) or take(kind, not want)
        if cand is None:
            continue
        pair, k, _ = cand
        est = rel[pair]
        year = est.year + k
        h, g = pair if rng.random() < 0.5 else pair[::-1]
        if kind == "held":
            # near the day, and in the anniversary's own year (a reader takes the year from the page)
            event_day = _on(year, est.month, est.day) + timedelta(days=rng.randint(-3, 10))
            day = event_day + timedelta(days=rng.choice((0, 0, 0, 1)))
            event_day = min(max(event_day, date(year, 1, 1)), date(year, 12, 31))
            day = min(max(day, event_day), date(year, 12, 31))
            ev = "anniversary"
        else:
            pub_year = year - 1 if kind == "next" else rng.choice((year - 2, year - 1))
            if not START.year <= pub_year <= END.year:
                continue
            first = date(pub_year, 1, 1)
            last = min(date(pub_year, 12, 31), END)
            day = event_day = first + timedelta(days=rng.randrange((last - first).days + 1))
            if day.weekday() >= 5:
                day = event_day = day + timedelta(days=7 - day.weekday())
            ev = rng.choice(("meeting", "reception", "visit", "phone_call"))
        if not START <= event_day <= day <= END:
            continue
        when = datetime(day.year, day.month, day.day, rng.randint(8, 21), rng.randrange(60), rng.randrange(60))
        plan = _Plan(day, when, ev, h, g, _country(h, "capital", event_day), h, event_day=event_day,
                     anniversary=(k, year), anniversary_kind=kind)
        if _with_people(plan, cast, rng):
            plans.append(plan)
            used[kind].add((pair, k))
    return plans


# -- writing -------------------------------------------------------------------------------

def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def _short_title(r: _Role) -> str:
    if r.role == "speaker":
        return "parliament speaker"
    if r.role == "ambassador":
        return "ambassador"
    return r.title


def _role_noun(r: _Role) -> str:
    t = r.title
    for word in ("Ambassador", "Chairman", "Speaker", "Secretary", "Premier", "Prime Minister",
                 "President", "Minister"):
        if t.startswith(word) or (word == "Minister" and "Minister" in t):
            return "the " + word.lower()
    return "the official"


class _Writer:
    """Fills templates for one article; people are introduced once, then referred to briefly."""

    def __init__(self, plan: _Plan, rng: random.Random):
        self.plan, self.rng = plan, rng
        w = _world()
        on = plan.event_day or plan.day
        h, g = plan.host, plan.guest
        self.values = {}
        for side, iso in (("H", h), ("G", g)):
            c = w["countries"][iso]
            name = _country(iso, "name", on)
            self.values.update({
                side: name, f"{side}_adj": c["adjective"], f"{side}_poss": _possessive(name),
                f"{side}_cap": _country(iso, "capital", on), f"{side}_mfa": c["mfa"],
                f"{side}_formal": _country(iso, "formal", on),
            })
        self.values["city"] = plan.city
        self.values["sphere"] = rng.choice(w["vocab"]["sphere_noun"])  # one field per article
        self.values["weekday"] = on.strftime("%A")
        est = w["relations"].get(_pair(h, g))
        if est is not None:
            self.values["est"] = f"{est:%B} {est.day}, {est.year}"
        orgs = _shared_orgs(h, g, on)
        if orgs:
            self.values["org"] = rng.choice(orgs)
        nd = _national_day(g, on.year)
        if nd is not None:
            self.values["holiday"] = f"{_possessive(self.values['G'])} {nd['holiday']}"
            self.values["holiday_name"] = nd["holiday"]
            if nd["count_from"]:
                self.values["hN"] = _ordinal(on.year - int(nd["count_from"]))
                self.values["anniv_of"] = nd["anniversary_of"]
        if plan.anniversary:
            k, year = plan.anniversary
            self.values.update({"N": _ordinal(k), "Ny": str(k), "AY": str(year)})
        self.credit = ""
        self.names_used: list[tuple[str, str, str]] = []
        nouns = [_role_noun(r) for r in plan.people]
        self.noun_ok = [nouns.count(n) == 1 for n in nouns]

    # one placeholder -------------------------------------------------------------------
    def _value(self, key: str, after: str) -> str:
        m = re.fullmatch(r"p([12])(s|o|he|his|t)", key)
        if m:
            return self._person(int(m.group(1)) - 1, m.group(2), after)
        if key == "credit":
            return self.credit
        if key in ("spheres", "topic"):
            return self._vocab(key)
        return self.values[key]

    def _vocab(self, key: str) -> str:
        v = _world()["vocab"]
        if key == "topic":
            return self.rng.choice(v["topic"])
        words = self.rng.sample(v["sphere_adj"], self.rng.randint(3, 6))
        return ", ".join(words[:-1]) + " and " + words[-1]

    def _person(self, i: int, form: str, after: str) -> str:
        r = self.plan.people[i]
        p = r.person
        if form == "t":
            return _short_title(r)
        if form in ("he", "his"):
            if not r.mentioned:
                raise ValueError(f"template uses a pronoun of person {i + 1} before naming them")
            return {"he": "she" if p.female else "he", "his": "her" if p.female else "his"}[form]
        if not r.mentioned:
            r.mentioned = True
            self.names_used.append((p.full, r.iso, r.title))
            return self._introduce(r, subject=form == "s", appositive=after[:1] in ".,\"" or after.startswith("{credit}"))
        choices = [p.family, ("Ms. " if p.female else "Mr. ") + p.family]
        if self.noun_ok[i]:
            choices.append(_role_noun(r))
        return self.rng.choices(choices, (2, 1, 1)[:len(choices)])[0]

    def _introduce(self, r: _Role, subject: bool, appositive: bool) -> str:
        v, rng, full = self.values, self.rng, r.person.full
        side = "H" if r.iso == self.plan.host else "G"
        name, adj, poss = v[side], v[f"{side}_adj"], v[f"{side}_poss"]
        tail = "," if subject else ""
        if r.role == "ambassador":
            to = v["H" if side == "G" else "G"]
            if rng.random() < 0.2:
                name, to = v[f"{side}_formal"], v["H_formal" if side == "G" else "G_formal"]
            forms = [f"Ambassador Extraordinary and Plenipotentiary of {name} to {to} {full}",
                     f"{adj} Ambassador {full}", f"{adj} Ambassador to {to} {full}",
                     f"{poss} Ambassador to {to} {full}"]
            if subject or appositive:
                forms += [f"the Ambassador of {name} to {to}, {full}{tail}",
                          f"{full}, the {adj} ambassador{tail}"]
        else:
            forms = [f"{adj} {r.title} {full}"]
            if not name.startswith("the "):
                forms.append(f"{r.title} of {name} {full}")
            if subject or appositive:
                forms.append(f"{full}, {poss} {r.title}{tail}")
        return rng.choice(forms)

    # a template line -------------------------------------------------------------------
    def fill(self, template: str) -> str:
        def sub(m):
            return self._value(m.group(1), template[m.end():])
        text = re.sub(r"\{(\w+)\}", sub, template)
        return re.sub(r"(^|[.!?]\"?\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)

    def usable(self, template: str) -> bool:
        return all(k in self.values or re.fullmatch(r"p[12]\w+|credit|spheres|topic", k)
                   for k in re.findall(r"\{(\w+)\}", template))


def _headline(writer: _Writer, event: str, shape: str) -> str:
    rng = writer.rng
    options = [t for t in _world()["templates"][f"headline.{event}"] if writer.usable(t)]
    text = rng.choice(options)

    def value(m):
        key = m.group(1)
        if re.fullmatch(r"p[12]t", key):
            return writer._value(key, "")
        return writer.values[key] if key in writer.values else writer._vocab(key)

    line = re.sub(r"\{(\w+)\}", value, text)
    line = line[0].upper() + line[1:]
    if shape == "city_line":
        return line.upper()
    if shape == "press_release":
        words = line.split(" ")
        return " ".join(w if i and w.lower() in _SMALL_WORDS else w[:1].upper() + w[1:]
                        for i, w in enumerate(words))
    return line


def _body(writer: _Writer, plan: _Plan) -> list[str]:
    """The paragraphs of the article, lead first (without dateline)."""
    rng, tpl = writer.rng, _world()["templates"]
    ev = plan.event
    lead = rng.choice([t for t in tpl[f"lead.{ev}"] if writer.usable(t)])
    section = "body.credentials" if ev.startswith("credentials") else f"body.{ev}"
    own = [t for t in tpl.get(section, []) if writer.usable(t)]
    picked = sorted(rng.sample(range(len(own)), min(len(own), rng.randint(3, 5))))
    lines = [own[i] for i in picked]
    if ev in _MEETING_LIKE:
        extra = [t for t in tpl["body.any"] if writer.usable(t)]
        lines += rng.sample(extra, rng.randint(2, 4))
    if plan.anniversary_kind in ("next", "in"):
        lines.insert(rng.randint(0, len(lines)), rng.choice(tpl[f"body.anniversary_{plan.anniversary_kind}"]))
    if ev in ("visit", "meeting", "reception") and rng.random() < 0.4:
        lines.append(rng.choice(tpl["close.any"]))
    return [writer.fill(lead)] + [writer.fill(t) for t in lines]


def _allowed_shapes(plan: _Plan) -> list[str]:
    name = _country(plan.city_iso, "dateline_name", plan.day)
    # the "Azerbaijan, Baku, 12 February / Wire /" dateline wants a plain capitalized country name
    return [s for s in SHAPES if s != "stamp_site" or re.match(r"[A-Z][a-z]+", name)]


def _write(plan: _Plan, rng: random.Random, staff: dict[str, list[str]]) -> tuple[str, str | None]:
    """The page of one plan, and the outlet it credits."""
    vocab = _world()["vocab"]
    shape = plan.shape
    writer = _Writer(plan, rng)
    day, when = plan.day, plan.when
    city_up = plan.city.upper()
    month = f"{day:%B}"
    outlet = None
    via = rng.choice(vocab["via"])
    if shape == "header":
        outlet = rng.choice(vocab["outlet_credit"])
        writer.credit = f", {outlet} reports via {via}" if rng.random() < 0.8 else f", {outlet} reports"
    elif shape == "wire":
        outlet = rng.choice(vocab["outlet_dateline"])
        writer.credit = f", according to {via}" if rng.random() < 0.3 else ""
    elif shape == "dash":
        writer.credit = ", the ministry said in a statement" if rng.random() < 0.3 else ""
    elif shape == "menafn":
        outlet = rng.choice(vocab["outlet_wrapper"])
        writer.credit = f", {outlet} reports, citing {via}"
    elif shape == "press_release":
        outlet = rng.choice(vocab["outlet_credit"])
        writer.credit = f", {outlet} reports"
    headline = _headline(writer, plan.event, shape)
    paras = _body(writer, plan)
    head: list[str] = []
    lead = paras[0]
    if shape == "header":
        flag = " Details added" if rng.random() < 0.4 else ""
        head = [f" date {day:%Y-%m-%d}{flag} (first published: {when:%H:%M})"]
        dname = _country(plan.city_iso, "dateline_name", day)
        paras[0] = f"{city_up}, {dname}, {month} {day.day}. {lead}"
        if rng.random() < 0.3:
            paras.append("Share on Facebook\nFollow us on Twitter")
    elif shape == "wire":
        head = [headline, f"{when:%Y-%m-%d %H:%M:%S}"]
        paras[0] = f"{city_up}, {month} {day.day} ({outlet}) -- {lead}"
        if rng.random() < 0.3:
            paras[-1] += " Read more: " + _headline(writer, plan.event, shape)
    elif shape == "dash":
        head = [headline, f"{day.day} {month} {day.year} {when:%H:%M} (UTC+04:00)"]
        agency = rng.choice(vocab["outlet_dateline"]) if rng.random() < 0.3 else None
        outlet = agency
        paras[0] = f"{city_up} ({agency}) – {lead}" if agency else f"{city_up} – {lead}"
    elif shape == "stamp_site":
        site = rng.choice(vocab["outlet_site"])
        outlet = rng.choice(vocab["outlet_dateline"])
        head = [f"{day.day} {month} {day.year} [{when:%H:%M}] - {site}"]
        dname = _country(plan.city_iso, "dateline_name", day)
        paras[0] = f"{dname}, {plan.city}, {day.day} {month} / {outlet} / {lead}"
    elif shape == "menafn":
        head = [headline, f"{month} {day.day}, {day.year}"]
        if rng.random() < 0.6:
            head.append(f"(MENAFN- {outlet}) By {rng.choice(staff[outlet])}")
        else:
            paras[0] = f"(MENAFN- {outlet}) {lead}"
    elif shape == "city_line":
        head = [headline, f"Posted: {day.day} {month} {day.year}", city_up]
    elif shape == "press_release":
        head = [headline, f"Posted: {month} {day.day}, {day.year}"]
    text = "\n\n".join(head + paras) + "\n"
    plan.names = tuple(writer.names_used)
    return text, outlet


def _staff(rng: random.Random) -> dict[str, list[str]]:
    """Invented reporters for the bylines of the wrapper outlets."""
    names = _world()["names"]
    out = {}
    for outlet in _world()["vocab"]["outlet_wrapper"]:
        people = []
        for iso in ("AZE", "KAZ", "KGZ", "UZB"):
            female = rng.random() < 0.5
            family = rng.choice(names[(iso, "family", "")])
            if female:
                family = _feminine(family, _world()["countries"][iso]["feminine"])
            people.append(f"{rng.choice(names[(iso, 'given', 'f' if female else 'm')])} {family}")
        out[outlet] = people
    return out


# -- public -----------------------------------------------------------------------------------

def make_articles(n: int = 300, seed: int = 2026) -> list[DemoArticle]:
    """The demo articles with what each was made from, oldest first.

    About 15% are about an anniversary of diplomatic relations, about a quarter
    are about Azerbaijan and Kyrgyzstan.

    >>> a = make_articles(2, seed=1)[0]
    >>> a.name, a.shape in SHAPES, len(a.countries)
    ('demo-0001', True, 2)
    """
    if n < 0:
        raise ValueError(f"n must be 0 or more, got {n}")
    rng = random.Random(seed)
    cast = _Cast(seed)
    staff = _staff(rng)
    n_anniv = round(n * 0.15)
    n_aze_kgz = round(n * 0.25)
    anniv_aze_kgz = round(n_anniv * 0.25)
    plans = _anniversary_plans(rng, cast, n_anniv, anniv_aze_kgz)
    pairs, weights = _pick_pairs()
    have = sum(1 for p in plans if _pair(p.host, p.guest) == ("AZE", "KGZ"))
    while len(plans) < n:
        pair = ("AZE", "KGZ") if have < n_aze_kgz and rng.random() < 0.5 else rng.choices(pairs, weights)[0]
        have += pair == ("AZE", "KGZ")
        plans.append(_ordinary(rng, cast, pair))
    plans.sort(key=lambda p: (p.when, p.host, p.guest, p.event))
    out = []
    for i, plan in enumerate(plans, 1):
        plan.shape = rng.choices(_allowed_shapes(plan), [1] * len(_allowed_shapes(plan)))[0]
        text, outlet = _write(plan, rng, staff)
        dateline = None if plan.shape in ("menafn", "press_release") else plan.city
        out.append(DemoArticle(
            name=f"demo-{i:04d}", text=text, published=plan.when, shape=plan.shape, event=plan.event,
            countries=(plan.host, plan.guest), dateline_city=dateline, outlet=outlet,
            people=plan.names,
            anniversary=plan.anniversary if plan.anniversary_kind else None))
    return out


def make_corpus(n: int = 300, seed: int = 2026, out: str | Path | None = None) -> list[Path] | list[str]:
    """Make ``n`` demo pages; write them to ``out/demo-0001.txt``... or return their texts.

    The same ``(n, seed)`` always gives the same bytes. ``data/demo/`` holds
    ``make_corpus(300, 2026, "data/demo")``.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     paths = make_corpus(2, seed=3, out=d)
    ...     [p.name for p in paths]
    ['demo-0001.txt', 'demo-0002.txt']
    """
    articles = make_articles(n, seed)
    if out is None:
        return [a.text for a in articles]
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for a in articles:
        path = folder / f"{a.name}.txt"
        path.write_bytes(a.text.encode("utf-8"))
        paths.append(path)
    return paths
