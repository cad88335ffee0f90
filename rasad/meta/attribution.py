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


@cache
def outlets() -> _Outlets:
    data = load_data("outlets.yaml")
    attr = load_data("attribution.yaml")
    canonical: dict[str, str] = {}
    by_domain: dict[str, str] = {}
    for entry in data["outlets"]:
        name = str(entry["name"])
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
    )


def canonical_outlet(name: str) -> str:
    """The listed name for an outlet alias ("خبرگزاری تسنیم" → "تسنیم"); others as written."""
    o = outlets()
    s = simplify(name).strip()
    found = o.canonical.get(key(s))
    if found:
        return found
    stripped = _strip_prefixes(s)
    m = o.alias_at_start.match(stripped)
    if m and m.end() == len(stripped):
        return o.canonical.get(key(m.group(0)), stripped)
    return stripped or s


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


def _name_at(text: str, start: int, max_unknown: int) -> tuple[str | None, int, bool]:
    """The source named at ``start``: (name, end, whether a relay follows)."""
    o = outlets()
    end_m = _NAME_END.search(text, start)
    limit = end_m.start() if end_m else len(text)
    piece = text[start:limit]
    relay = o.relay.search(piece)
    stripped_piece = _strip_prefixes(simplify(piece[: relay.start()] if relay else piece))
    m = o.alias_at_start.match(stripped_piece)
    if m:
        name = o.canonical.get(key(m.group(0)), m.group(0))
        # a known name may be followed by prose with no comma ("به گزارش ایسنا وزیر ...")
        rest = stripped_piece[m.end():].strip()
        # "ایرنا از مسکو به نقل از تاس": a place after the name does not end the chain
        if relay and (not rest or re.match(r"^(?:از|در)\s", rest)):
            return name, start + relay.end(), True
        # a known name may be followed by prose with no comma ("به گزارش ایسنا وزیر ..."): the chain ends
        return name, limit, False
    candidate = (piece[: relay.start()] if relay else piece).strip()
    candidate = re.split(r"\s(?:از|در)\s", candidate)[0]
    words = candidate.split()
    if not words or len(words) > max_unknown or (not end_m and not relay):
        return None, limit, False
    if o.unnamed.match(simplify(candidate)):
        return None, limit, False
    name = canonical_outlet(candidate)
    if relay:
        return name, start + relay.end(), True
    return name, limit, False


def lead_chain(text: str) -> list[Credit]:
    """The credit chain at the start of the body, or [] when the lead names none."""
    cfg = load_data("attribution.yaml")
    o = outlets()
    paragraphs = [m for m in re.finditer(r"[^\n]+", text)][: int(cfg["lead_paragraphs"])]
    if not paragraphs:
        return []
    lead_end = min(paragraphs[-1].end(), int(cfg["lead_chars"]))
    simple = simplify(text[:lead_end])  # same length as the text: offsets stay valid
    for opener in o.opener.finditer(simple):
        pos = opener.end()
        chain: list[Credit] = []
        while True:
            name, pos_next, more = _name_at(simple, pos, int(cfg["max_unknown_words"]))
            if name is None:
                break
            chain.append(Credit(name, pos, True))
            if not more:
                break
            pos = pos_next
        if chain:
            return chain
    return []


def dateline(text: str) -> tuple[str | None, Credit | None]:
    """("مسکو", credit to ایرنا) from a lead opening "مسکو - ایرنا - ..."."""
    first = text.lstrip().split("\n", 1)[0]
    m = _DATELINE.match(simplify(first))
    if not m:
        return None, None
    place = m.group("place").strip()
    agency = (m.group("agency") or m.group("agency2") or "").strip()
    if len(place.split()) > 3 or not agency or len(agency.split()) > 3:
        return None, None
    # "X - Y -" is also how an aside between dashes looks; only a news source makes it a dateline
    name = canonical_outlet(agency)
    if key(name) not in outlets().canonical and not _NEWSY.search(agency):
        return None, None
    return place, Credit(name, 0, False)


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
