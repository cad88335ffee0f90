"""Who published the article and whom it credits: outlet, attribution chain, dateline.

General rules (GUIDELINES "attribution"): the publisher comes first, then every named
source the report credits, in order of first appearance. Sources come from the lead's
chain ("به گزارش X به نقل از Y"), a dateline credit ("مسکو - ایرنا -") and end credits
("منبع: ایرنا"). The chain is kept as the text writes it; the other credits are added
only when not already named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rasad.meta.data import load_data
from rasad.meta.stamps import simplify

_NAME_END = re.compile(r"[،,:؛;\n«»\"().]")
_NEWSY = re.compile(r"(?:نیوز|پرس|خبر|news|press|agency)", re.I)
# a one- or two-word place, a dash, then the credit ("نیویورک - به گزارش ...")
_DATELINE_OPENER = re.compile(r"^\s*(?P<place>[^\W\d_]+(?:[\s\u200c][^\W\d_]+)?)\s*[-–—]\s*")
_DATELINE = re.compile(
    r"^\s*(?P<place>[^\W\d_][^\-–—\n():،,]{0,40}?)\s*(?:[-–—]\s*(?P<agency>[^\-–—\n():،,]{2,40}?)\s*[-–—]"
    r"|\(\s*(?P<agency2>[^()\n]{2,40}?)\s*\)\s*[-–—:])"
)


def key(s: str) -> str:
    """Comparison form of a name: unified letters, no spaces or ZWNJ."""
    return re.sub(r"[\s\u200c]+", "", simplify(s)).lower()


def _alternation(words: list[str]) -> str:
    forms = sorted({simplify(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"[\s\u200c]*") for f in forms)


@dataclass(frozen=True)
class _Outlets:
    canonical: dict[str, str]  # key(alias) → canonical Persian name
    by_domain: dict[str, str]
    alias_at_start: re.Pattern[str]
    prefix: re.Pattern[str]
    desk: re.Pattern[str]
    opener: re.Pattern[str]
    relay: re.Pattern[str]
    unnamed: re.Pattern[str]
    outlet_kind: re.Pattern[str]  # "خبرگزاری", "شبکه" ...: the name after it is a news outlet's
    institution: re.Pattern[str]  # "وزارت", "دفتر" ...: the name is an institution's
    service_suffix: re.Pattern[str]  # " فارسی", ".نت" after an outlet's name
    site_name_end: re.Pattern[str]  # "... نیوز": a site's name
    time_zones: dict[str, str]  # canonical name → IANA zone of its stamps


@cache
def outlets() -> _Outlets:
    data = load_data("outlets.yaml")
    attr = load_data("attribution.yaml")
    canonical: dict[str, str] = {}
    by_domain: dict[str, str] = {}
    time_zones: dict[str, str] = {}
    for entry in data["outlets"]:
        name = str(entry["name"])
        if entry.get("tz"):
            time_zones[name] = str(entry["tz"])
        for alias in [name, *(entry.get("aliases") or []), str(entry.get("en") or name)]:
            canonical[key(str(alias))] = name
        for dom in entry.get("domains") or []:
            by_domain[str(dom).lower()] = name
    aliases = [a for e in data["outlets"] for a in [e["name"], *(e.get("aliases") or []), e.get("en") or e["name"]]]
    word_end = r"(?![^\W_])"
    return _Outlets(
        canonical=canonical,
        by_domain=by_domain,
        alias_at_start=re.compile(rf"^(?:{_alternation([str(a) for a in aliases])}){word_end}", re.I),
        prefix=re.compile(rf"^(?:{_alternation(data['credit_prefixes'])}){word_end}\s*"),
        desk=re.compile(rf"^(?:{_alternation(data['desk_words'])}){word_end}\s*"),
        opener=re.compile(rf"(?<![^\W_])(?:{_alternation(attr['openers'])})\s+"),
        relay=re.compile(rf"\s*(?:{_alternation(attr['relays'])})\s+"),
        unnamed=re.compile(rf"^(?:{_alternation(attr['unnamed'])}){word_end}"),
        outlet_kind=re.compile(rf"^(?:{_alternation(attr['outlet_kinds'])}){word_end}"),
        institution=re.compile(rf"^(?:{_alternation(attr['institution_heads'])}){word_end}"),
        service_suffix=re.compile(rf"[\s\u200c]*(?:{_alternation(data['service_suffixes'])})$", re.I),
        site_name_end=re.compile(rf"(?<![^\W_])(?:{_alternation(data['site_name_endings'])})$", re.I),
        time_zones=time_zones,
    )


def canonical_outlet(name: str) -> str:
    """The listed name for an outlet alias ("خبرگزاری تسنیم" → "تسنیم"); others as written."""
    o = outlets()
    s = simplify(name).strip()
    found = _listed(s)
    if found:
        return found
    stripped = _strip_prefixes(s)
    found = _listed(stripped)
    if found:
        return found
    # "پایگاه اطلاع رسانی ریاست جمهوری": an institution's own channel keeps its full name
    if stripped != s and o.institution.match(stripped):
        return s
    return stripped or s


def _listed(s: str) -> str | None:
    """The listed outlet ``s`` names exactly, or with a language-service suffix."""
    o = outlets()
    found = o.canonical.get(key(s))
    if found:
        return found
    m = o.alias_at_start.match(s)
    if m and m.end() == len(s):
        return o.canonical.get(key(m.group(0)))
    bare = o.service_suffix.sub("", s).strip()
    if bare and bare != s:
        return o.canonical.get(key(bare))
    return None


def outlet_time_zone(name: str | None) -> str | None:
    """The time zone an outlet's stamps are in (outlets.yaml ``tz``), if listed."""
    return outlets().time_zones.get(name) if name else None


def is_site_name(text: str) -> bool:
    """A line that is a site's name: a listed outlet, or a short name ending like one ("آران نیوز")."""
    if is_outlet_name(text):
        return True
    s = simplify(text).strip()
    return 1 < len(s.split()) <= 3 and bool(outlets().site_name_end.search(s)) and not _is_unnamed(s)


# "خاور - آژانس ملی اطلاعات تاجیکستان", "العالم | فلسطین": a name, a separator, a rest
_NAME_AND_REST = re.compile(r"^(?P<name>[^\-–—|]{2,40}?)\s+[-–—|]\s+(?P<rest>[^\-–—|]{2,60})$")
# "خبرآنلاین > بین الملل": a trail whose first item may be the site's own name
_TRAIL = re.compile(r"\s*[>›»→|/\\]\s*")


@cache
def _descriptor_rx() -> re.Pattern[str]:
    kinds = [*load_data("attribution.yaml")["outlet_kinds"], *load_data("outlets.yaml")["outlet_descriptors"]]
    return re.compile(rf"^(?:{_alternation([str(k) for k in kinds])})(?![^\W_])")


@cache
def _section_keys() -> frozenset[str]:
    data = load_data("outlets.yaml")
    return frozenset(key(str(w)) for w in [*data["desk_words"], *data["page_sections"]])


def _is_descriptor(text: str) -> bool:
    """Words that describe what an outlet is ("آژانس ملی اطلاعات ...", "خبرگزاری رسمی ...")."""
    return bool(_descriptor_rx().match(simplify(text).strip()))


def _is_section(text: str) -> bool:
    """A desk or section a site files news under ("سیاسی", "فلسطین")."""
    # a raw header line keeps the Arabic «ة» ("الرئیسیة") the data spells «ه»
    return key(text.replace("ة", "ه")) in _section_keys()


def outlet_line_name(line: str, in_page_head: bool = False) -> str | None:
    """The outlet a site-name line of the page head names, or None.

    A line that is only an outlet's name ("شبکه خبری العالم", "آران نیوز"); a name with a
    description of what it is ("خاور - آژانس ملی اطلاعات تاجیکستان": the name before the
    dash, listed or not). With ``in_page_head`` (the line stands above the headline, where
    menus and section paths are), also a listed outlet with its section ("العالم - فلسطین")
    and a breadcrumb whose first item is a listed outlet or a site's name ("خبرآنلاین > بین الملل").
    """
    s = simplify(line).strip()
    if not s or len(s.split()) > 10:
        return None
    if len(s.split()) <= 4 and is_site_name(s):
        return canonical_outlet(s)
    m = _NAME_AND_REST.match(s)
    if m:
        name, rest = m.group("name").strip(), m.group("rest").strip()
        if len(name.split()) <= 3 and not _is_unnamed(name) and _is_descriptor(rest):
            return canonical_outlet(name)
        if in_page_head and is_outlet_name(name) and _is_section(rest) and not _is_section(name):
            return canonical_outlet(name)
    if in_page_head:
        items = [it for it in _TRAIL.split(s) if it.strip()]
        # ("ایران > سیاسی" is a section path: a site section's name is no outlet's)
        if len(items) >= 2 and len(items[0].split()) <= 3 and is_site_name(items[0]) and not _is_section(items[0]):
            return canonical_outlet(items[0])
    return None


def outlet_for_domain(url_or_host: str) -> str | None:
    host = re.sub(r"^[a-z]+://", "", url_or_host.strip().lower()).split("/")[0]
    host = host.removeprefix("www.")
    o = outlets()
    while host:
        if host in o.by_domain:
            return o.by_domain[host]
        if "." not in host:
            return None
        host = host.split(".", 1)[1]
    return None


def _strip_prefixes(s: str) -> str:
    """Drop "خبرنگار"، "گروه بین‌الملل"، "خبرگزاری" ... before the outlet's own name."""
    o = outlets()
    for _ in range(6):
        m = o.prefix.match(s)
        if not m:
            break
        rest = s[m.end():]
        if not rest:
            break
        s = rest
        d = o.desk.match(s)
        if d and s[d.end():]:
            s = s[d.end():]
    return s.strip()


@dataclass
class Credit:
    name: str
    pos: int  # where in the text it is named (for ordering)
    in_chain: bool


def is_outlet_name(text: str) -> bool:
    """True when ``text`` is only a listed outlet's name ("خبرگزاری تسنیم", "ایرنا")."""
    name = canonical_outlet(text)
    return outlets().canonical.get(key(name)) == name


def _is_unnamed(name: str) -> bool:
    """An unnamed or first-person source ("منابع خبری", "خبرنگار ما", "خبرگزاری ما" → "ما")."""
    o = outlets()
    s = simplify(name).strip()
    return not s or bool(o.unnamed.match(s)) or bool(o.unnamed.match(_strip_prefixes(s)))


_PAREN = re.compile(r"\(\s*([^()\n]{2,40}?)\s*\)")


def _paren_name(text: str, pos: int) -> tuple[str, int] | None:
    """A short name in brackets at ``pos`` ("(سانا)"): (name, end of the bracket)."""
    m = _PAREN.match(text, pos)
    if not m or len(m.group(1).split()) > 3:
        return None
    return m.group(1), m.end()


def _resolve(description: str, short: str | None, max_unknown: int) -> tuple[str | None, bool]:
    """The name a credit gives: (name, whether prose follows it so the chain ends).

    "خبرگزاری رسمی سوریه (سانا)": the bracketed short name names the source unless the
    description itself is a listed outlet and the bracket is not.
    """
    o = outlets()
    stripped = _strip_prefixes(simplify(description))
    m = o.alias_at_start.match(stripped)
    if short is not None and not _is_unnamed(short):
        if is_outlet_name(short) or not m:
            return canonical_outlet(short), False
    if m and not (stripped[m.end():].strip() and is_site_name(stripped)):
        # ("آوا نیوز" is a site of its own, not the listed «آوا» followed by prose)
        name = o.canonical.get(key(m.group(0)), m.group(0))
        rest = stripped[m.end():].strip()
        # "ایرنا از مسکو به نقل از تاس": a place after the name does not end the chain
        return name, bool(rest) and not re.match(r"^(?:از|در)\s", rest)
    candidate = re.split(r"\s(?:از|در)\s", description.strip())[0]
    if not candidate.split() or len(candidate.split()) > max_unknown or _is_unnamed(candidate):
        return None, True
    name = canonical_outlet(candidate)
    return (None, True) if _is_unnamed(name) else (name, False)


def _name_at(text: str, start: int, max_unknown: int) -> tuple[str | None, int, bool]:
    """The source named at ``start``: (name, where the next link starts, whether a relay follows)."""
    o = outlets()
    end_m = _NAME_END.search(text, start)
    limit = end_m.start() if end_m else len(text)
    piece = text[start:limit]
    relay = o.relay.search(piece)
    if relay:
        name, prose = _resolve(piece[: relay.start()], None, max_unknown)
        if name is None:
            return None, limit, False
        if prose:
            return name, limit, False
        return name, start + relay.end(), True
    bracket = _paren_name(text, limit) if end_m else None
    if bracket is not None:
        name, prose = _resolve(piece, bracket[0], max_unknown)
        if name is None or prose:
            return name, limit, False
        # the chain may go on after the bracket: "X (Y) به نقل از Z"
        after = o.relay.match(text, bracket[1])
        if after:
            return name, after.end(), True
        return name, bracket[1], False
    name, prose = _resolve(piece, None, max_unknown)
    if name is not None and not prose and not end_m and not is_outlet_name(name):
        # an unknown name running to the end of the text is prose, not a name
        return None, limit, False
    return name, limit, False


def _chain_at(simple: str, pos: int, max_unknown: int) -> tuple[list[Credit], int]:
    """The chain of sources after an opener at ``pos``, and where it ends."""
    chain: list[Credit] = []
    while True:
        name, pos_next, more = _name_at(simple, pos, max_unknown)
        if name is None:
            break
        chain.append(Credit(name, pos, True))
        pos = pos_next
        if not more:
            break
    return chain, pos


def _lead_end(text: str) -> int:
    cfg = load_data("attribution.yaml")
    paragraphs = [m for m in re.finditer(r"[^\n]+", text)][: int(cfg["lead_paragraphs"])]
    if not paragraphs:
        return 0
    return min(paragraphs[-1].end(), int(cfg["lead_chars"]))


def lead_chain(text: str) -> list[Credit]:
    """The credit chain at the start of the body, or [] when the lead names none."""
    return _lead_chain(text)[0]


def _lead_chain(text: str) -> tuple[list[Credit], int]:
    cfg = load_data("attribution.yaml")
    lead_end = _lead_end(text)
    simple = simplify(text[:lead_end])  # same length as the text: offsets stay valid
    for opener in outlets().opener.finditer(simple):
        chain, end = _chain_at(simple, opener.end(), int(cfg["max_unknown_words"]))
        if chain:
            return chain, end
    return [], 0


def _is_news_source(name: str, named_as: str) -> bool:
    """A listed outlet, or a name the text introduces as a news outlet ("شبکه المسیره")."""
    if is_outlet_name(name):
        return True
    o = outlets()
    kind = o.outlet_kind.match(simplify(named_as).strip())
    if not kind:
        return False
    # "سایت وزارت دفاع ...": an institution's website is the institution, not a news outlet
    return not o.institution.match(simplify(named_as).strip()[kind.end():].strip())


def body_credits(text: str) -> list[Credit]:
    """News outlets credited after the lead's chain ("... به گزارش خبرگزاری ریانووستی، ...").

    Later in the story "به گزارش X" often credits an institution whose statement is being
    quoted ("به گزارش وزارت خارجه روسیه") or unnamed sources; only news outlets count there.
    """
    cfg = load_data("attribution.yaml")
    _, lead_chain_end = _lead_chain(text)
    simple = simplify(text)
    out: list[Credit] = []
    for opener in outlets().opener.finditer(simple):
        if opener.start() < lead_chain_end:
            continue
        pos = opener.end()
        for _ in range(4):  # a chain is a few links at most
            end_m = _NAME_END.search(simple, pos)
            named_as = simple[pos:end_m.start() if end_m else len(simple)]
            name, pos_next, more = _name_at(simple, pos, int(cfg["max_unknown_words"]))
            if name is None:
                break
            if _is_news_source(name, named_as):
                out.append(Credit(name, pos, False))
            if not more:
                break
            pos = pos_next
    return out


def dateline(text: str) -> tuple[str | None, Credit | None]:
    """The place a lead opens with: "مسکو - ایرنا - ..." (and its credit), "نیویورک - به گزارش ..."."""
    first = simplify(text.lstrip().split("\n", 1)[0])
    labels = {key(w) for w in load_data("attribution.yaml")["not_datelines"]}
    m = _DATELINE.match(first)
    if m and key(m.group("place")) not in labels:
        place = m.group("place").strip()
        agency = (m.group("agency") or m.group("agency2") or "").strip()
        if len(place.split()) <= 3 and agency and len(agency.split()) <= 3:
            # "X - Y -" is also how an aside between dashes looks; only a news source makes it a dateline
            name = canonical_outlet(agency)
            if key(name) in outlets().canonical or _NEWSY.search(agency):
                return place, Credit(name, 0, False)
    m = _DATELINE_OPENER.match(first)
    if m and key(m.group("place")) not in labels and outlets().opener.match(first, m.end()):
        # "نیویورک - به گزارش مشرق ...": the chain that follows names the source
        return m.group("place").strip(), None
    return None, None


# "العربیه.نت - ..." / "دیپلماسی ایرانی: ...": a short name, then a dash or a colon
_LEAD_CREDIT = re.compile(r"^\s*(?P<name>[^\W\d_][^\-–—:\n،,()«»]{0,40}?)\s*[-–—:]\s*(?=[^\W\d_«])")
# "... ./ایرنا" or "/ العربیه /" closing the last paragraph
_SIGN_OFF = re.compile(r"(?:^|[\s.!؟?»)])/\s*(?P<name>[^\W\d_][^/\n]{0,30}?)\s*/?\s*$")


def lead_credit(text: str) -> Credit | None:
    """An outlet naming itself at the start of the lead: "فرارو- ...", "دیپلماسی ایرانی: ...".

    Only a listed outlet or a site-like name counts: "X:" is also how a quote opens.
    """
    first = simplify(text.lstrip().split("\n", 1)[0])
    m = _LEAD_CREDIT.match(first)
    if not m or len(m.group("name").split()) > 3:
        return None
    name = m.group("name").strip()
    if not is_site_name(name):
        return None
    return Credit(canonical_outlet(name), 0, False)


def sign_off(text: str, pos: int) -> Credit | None:
    """An outlet signing off the article ("... بود./ایرنا")."""
    tail = simplify(text.rstrip()[-80:])
    m = _SIGN_OFF.search(tail)
    if not m or len(m.group("name").split()) > 3 or not is_site_name(m.group("name")):
        return None
    return Credit(canonical_outlet(m.group("name")), pos, False)


def end_credits(lines: list[str], base_pos: int) -> list[Credit]:
    """Sources named in credit lines ("منبع: ایرنا", "منابع: رویترز، تاس")."""
    out: list[Credit] = []
    for i, line in enumerate(lines):
        s = simplify(line)
        if ":" not in s:
            continue
        label, _, rest = s.partition(":")
        if not re.match(r"^\s*(?:منبع|منابع|مأخذ|ماخذ|به نقل از|source)\s*$", label, re.I):
            continue
        for part in re.split(r"[،,؛;/|]| و ", rest):
            part = part.strip()
            if part and len(part.split()) <= 5 and not outlets().unnamed.match(part):
                out.append(Credit(canonical_outlet(part), base_pos + i, False))
    return out


def attribution_chain(publisher: str | None, chain: list[Credit], extras: list[Credit]) -> list[str]:
    """Publisher, then sources by first appearance: the chain as written, extras once."""
    result: list[str] = []
    sources = list(chain)
    if publisher is not None:
        result.append(publisher)
        if chain and key(chain[0].name) == key(publisher):
            sources = chain[1:]
    named = {key(n) for n in result} | {key(c.name) for c in chain}
    for credit in sorted([*sources, *extras], key=lambda c: c.pos):
        if credit.in_chain:
            result.append(credit.name)
        elif key(credit.name) not in named:
            result.append(credit.name)
            named.add(key(credit.name))
    return result
