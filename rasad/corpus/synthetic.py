"""A synthetic corpus of CONTRACT records for benchmarks and crash tests, built from our examples.

Templates are real pipeline output: ``examples/`` (our own articles) is run once through
``rasad.pipeline`` and each record is cut into sentence units that carry their annotations
(mentions, dates, triggers, statements) as offsets relative to the sentence. A *story* is a
template with actors swapped for others of the same kind from the knowledge base (people
for people, countries for countries, armed groups for armed groups) and dates shifted; each
story is reported by one or several outlets, each report composed independently (sentences
dropped or shuffled, filler sentences and sentences of other templates added, word swaps),
so event merging sees a mix of single-source and corroborated events. A share of records
(``copy_share``) are republished copies of a recent report with small edits (ad line,
ZWNJ as space, one word swap): the near-duplicates. Every edit goes through ``_Unit.replace``,
which moves the annotations, so all offsets stay exact. Deterministic for a seed; streamed.
"""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

import jdatetime
import yaml

from rasad.corpus.merge import date_range

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "corpus" / "synthetic.yaml"
OUTLETS_FILE = Path(__file__).resolve().parent.parent / "data" / "meta" / "outlets.yaml"
EXAMPLES_DIR = Path(__file__).resolve().parents[2] / "examples"
# publication offset of a template that has no time of its own (Iranian outlets: Tehran time)
_TEHRAN = timezone(timedelta(hours=3, minutes=30))

# mention kinds whose text is the actor's name, so a swapped actor's name can replace them
_NAME_KINDS = frozenset({"name", "country"})
# mention kinds that may stay as written when the actor is swapped (pronouns, "his counterpart")
_KEEP_KINDS = frozenset({"coref"})


@dataclass(frozen=True)
class _Span:
    """An annotation inside one unit: offsets relative to the unit's text."""

    start: int
    end: int
    kind: str  # mention | date | trigger | statement
    ref: Any  # mention: (entity ref, mention kind); date: date dict; trigger: event index; statement: speaker ref


@dataclass(frozen=True)
class _Unit:
    """One sentence and what is annotated in it; events refer to entities by ref (KB key)."""

    text: str
    spans: tuple[_Span, ...] = ()
    events: tuple[dict[str, Any], ...] = ()

    def replace(self, start: int, end: int, new: str) -> _Unit | None:
        """``text[start:end]`` replaced; spans moved. None if the edit would cut a span."""
        delta = len(new) - (end - start)
        spans = []
        for s in self.spans:
            if s.end <= start:
                spans.append(s)
            elif s.start >= end:
                spans.append(replace(s, start=s.start + delta, end=s.end + delta))
            elif s.start <= start and s.end >= end:
                spans.append(replace(s, end=s.end + delta))
            else:
                return None
        return _Unit(self.text[:start] + new + self.text[end:], tuple(spans), self.events)


@dataclass
class _Template:
    units: list[_Unit]
    entities: dict[str, dict[str, Any]]  # ref -> entity fields (name, name_en, type, country, wikidata, key)
    swappable: set[str]  # refs whose every mention is a plain name: they may be replaced
    title: str
    attribution: list[str]
    published: datetime | None


@dataclass
class _Story:
    template: int
    swap: dict[str, dict[str, Any]]  # template ref -> replacement entity
    shift: timedelta
    published: datetime
    reports_left: int


@dataclass
class _Draft:
    units: list[_Unit]
    entities: dict[str, dict[str, Any]]
    title: str
    published: datetime
    outlet: str
    attribution: list[str] = field(default_factory=list)
    shift: timedelta = timedelta(0)


# ------------------------------------------------------------------------------ material
@lru_cache(maxsize=1)
def _material() -> dict[str, Any]:
    return yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _outlets() -> list[str]:
    data = yaml.safe_load(OUTLETS_FILE.read_text(encoding="utf-8"))
    return [o["name"] for o in data["outlets"]]


def _entity_of(item: Any) -> dict[str, Any]:
    return {"name": item.name, "name_en": item.name_en, "type": item.type, "country": item.country,
            "wikidata": item.wikidata, "key": item.key}


@lru_cache(maxsize=1)
def _actor_pools() -> dict[str, list[dict[str, Any]]]:
    """Replacement actors by kind: "per", "cty", "org:<org kind>"."""
    from rasad.actors.kb import default_kb

    kb = default_kb()
    mat = _material()
    pools: dict[str, list[dict[str, Any]]] = {
        "per": [_entity_of(p) for p in sorted(kb.people.values(), key=lambda i: i.key)],
        "cty": [_entity_of(kb.countries[c]) for c in mat["countries"] if c in kb.countries],
    }
    for kind in mat["org_kinds"]:
        orgs = sorted({i.key: i for i in kb.items if i.kind == "org" and i.org_kind == kind}.values(),
                      key=lambda i: i.key)
        pools[f"org:{kind}"] = [_entity_of(o) for o in orgs]
    return pools


def _pool_of(ent: dict[str, Any], org_kinds: dict[str, str]) -> str | None:
    key = ent.get("key") or ""
    if key.startswith("per:"):
        return "per"
    if key.startswith("cty:"):
        return "cty"
    if key.startswith("org:") and key in org_kinds:
        return f"org:{org_kinds[key]}"
    return None


@lru_cache(maxsize=2)
def templates(examples_dir: str | None = None) -> tuple[_Template, ...]:
    """The example articles run through the pipeline once, cut into annotated sentence units."""
    from rasad.ingest import iter_documents
    from rasad.pipeline import StageError, run_stages

    folder = Path(examples_dir) if examples_dir else EXAMPLES_DIR
    if not folder.is_dir():
        raise FileNotFoundError(f"synthetic corpus: no example articles in {folder}")
    out: list[_Template] = []
    for doc in iter_documents([str(folder)]):
        if isinstance(doc, Exception):
            continue
        try:
            rec = run_stages(doc).to_record()
        except StageError:
            continue  # a template the pipeline cannot read is skipped, not fatal
        tpl = _cut(rec)
        if tpl.units:
            out.append(tpl)
    if not out:
        raise RuntimeError(f"synthetic corpus: no example in {folder} went through the pipeline")
    return tuple(out)


def _cut(rec: dict[str, Any]) -> _Template:
    text: str = rec["text"]
    refs = {e["id"]: (e.get("key") or f"{rec['id']}:{e['id']}") for e in rec["entities"]}
    entities = {refs[e["id"]]: {k: e.get(k) for k in ("name", "name_en", "type", "country", "wikidata", "key")}
                for e in rec["entities"]}
    mention_spans = [(m["start"], m["end"], refs[e["id"]], m.get("kind") or "name")
                     for e in rec["entities"] for m in e["mentions"]]
    swappable = set()
    for e in rec["entities"]:
        ref = refs[e["id"]]
        mine = [m for m in mention_spans if m[2] == ref]
        plain = all(k in _NAME_KINDS | _KEEP_KINDS for *_, k in mine) and any(k in _NAME_KINDS for *_, k in mine)
        alone = all(not (a < d and c < b) for a, b, r, _ in mine for c, d, r2, _ in mention_spans if r2 != r)
        if plain and alone:
            swappable.add(ref)
    units: list[_Unit] = []
    for s0, s1 in rec["sentences"]:
        raw = text[s0:s1]
        lead = len(raw) - len(raw.lstrip())
        s0 += lead
        s1 = s0 + len(raw.strip())
        if s1 <= s0:
            continue
        spans = [_Span(a - s0, b - s0, "mention", (r, k)) for a, b, r, k in mention_spans if s0 <= a and b <= s1]
        spans += [_Span(d["start"] - s0, d["end"] - s0, "date", {"text": d["text"], "value": d.get("value"),
                  "calendar": d.get("calendar")}) for d in rec["dates"] if s0 <= d["start"] and d["end"] <= s1]
        spans += [_Span(st["start"] - s0, st["end"] - s0, "statement", refs.get(st.get("speaker")))
                  for st in rec["statements"] if s0 <= st["start"] and st["end"] <= s1]
        events = []
        for ev in rec["events"]:
            trig = ev.get("trigger") or {}
            if not (s0 <= (trig.get("start") or -1) and (trig.get("end") or 1 << 30) <= s1):
                continue
            spans.append(_Span(trig["start"] - s0, trig["end"] - s0, "trigger", len(events)))
            events.append({
                **{k: ev.get(k) for k in ("type", "mode", "mutual", "date", "date_precision", "fatalities",
                                          "injured", "negated", "modality", "confidence")},
                "source": [refs[x] for x in ev.get("source") or [] if x in refs],
                "target": [refs[x] for x in ev.get("target") or [] if x in refs],
                "location": refs.get(ev.get("location")) if ev.get("location") else None,
            })
        units.append(_Unit(text[s0:s1], tuple(sorted(spans, key=lambda s: (s.start, -s.end))), tuple(events)))
    published = None
    if rec.get("published") and len(rec["published"]) > 10:
        published = datetime.fromisoformat(rec["published"])
    return _Template(units, entities, swappable, rec.get("title") or "", list(rec.get("attribution") or []),
                     published)


# ------------------------------------------------------------------------------ edits
def _swap_actors(unit: _Unit, swap: dict[str, dict[str, Any]]) -> _Unit:
    """A swapped actor's name mentions rewritten to the new name; its mentions and roles re-pointed."""
    if not swap:
        return unit
    for s in sorted(unit.spans, key=lambda s: -s.start):
        if s.kind == "mention" and s.ref[0] in swap and s.ref[1] in _NAME_KINDS:
            edited = unit.replace(s.start, s.end, swap[s.ref[0]]["name"])
            unit = edited if edited is not None else unit

    def new_ref(ref: str | None) -> str | None:
        return swap[ref]["key"] if ref in swap else ref

    spans = tuple(
        replace(s, ref=(new_ref(s.ref[0]), s.ref[1])) if s.kind == "mention"
        else replace(s, ref=new_ref(s.ref)) if s.kind == "statement" else s
        for s in unit.spans
    )
    events = tuple(
        {**ev, "source": [new_ref(r) for r in ev["source"]], "target": [new_ref(r) for r in ev["target"]],
         "location": new_ref(ev["location"])}
        for ev in unit.events
    )
    return _Unit(unit.text, spans, events)


def _entities_after(tpl: _Template, swap: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Entity fields by ref once ``swap`` is applied (a swapped actor is known by its new key)."""
    out = dict(tpl.entities)
    out.update({new["key"]: new for new in swap.values()})
    return out


def _swap_words(rng: random.Random, unit: _Unit, pairs: list[list[str]], prob: float) -> _Unit:
    """Synonym swaps outside every annotated span (inside one, they would change a mention)."""
    for a, b in pairs:
        if rng.random() >= prob:
            continue
        old, new = (a, b) if rng.random() < 0.5 else (b, a)
        k = unit.text.find(old)
        if k < 0 or any(s.start < k + len(old) and k < s.end for s in unit.spans if s.kind != "statement"):
            continue
        edited = unit.replace(k, k + len(old), new)
        unit = edited if edited is not None else unit
    return unit


def _shift_value(value: str | None, shift: timedelta) -> str | None:
    """A CONTRACT date value moved by ``shift`` (a day, a month or an interval); else unchanged."""
    if not value or not shift:
        return value
    if "/" in value:
        a, _, b = value.partition("/")
        sa, sb = _shift_value(a, shift), _shift_value(b, shift)
        return f"{sa}/{sb}"
    rng = date_range(value)
    if rng is None:
        return value
    moved = rng[0] + shift
    if len(value) == 10:
        return moved.isoformat()
    if len(value) == 7:
        return f"{moved.year:04d}-{moved.month:02d}"
    return f"{moved.year:04d}"


def _pick_swap(rng: random.Random, tpl: _Template) -> dict[str, dict[str, Any]]:
    pools = _actor_pools()
    org_kinds = _org_kinds()
    swap: dict[str, dict[str, Any]] = {}
    taken = set(tpl.entities)
    for ref in sorted(tpl.swappable):
        pool = _pool_of(tpl.entities[ref], org_kinds)
        if pool is None or not pools.get(pool) or rng.random() < 0.05:
            continue  # some stories keep an actor: the same actors recur across the corpus
        new = rng.choice(pools[pool])
        if new["key"] in taken:
            continue
        taken.add(new["key"])
        swap[ref] = new
    return swap


@lru_cache(maxsize=1)
def _org_kinds() -> dict[str, str]:
    from rasad.actors.kb import default_kb

    return {i.key: i.org_kind for i in default_kb().items if i.kind == "org"}


# ------------------------------------------------------------------------------ records
def _compose(rng: random.Random, story: _Story, tpls: tuple[_Template, ...], outlet: str) -> _Draft:
    """One outlet's report of a story: its own selection, order and wording of sentences."""
    mat = _material()
    tpl = tpls[story.template]
    first_event = next((i for i, u in enumerate(tpl.units) if u.events), 0)
    units = []
    for i, u in enumerate(tpl.units):
        if i != first_event and rng.random() < 0.4:
            continue  # this outlet leaves the sentence out
        units.append(_swap_actors(u, story.swap))
    entities = _entities_after(tpl, story.swap)
    if len(units) > 2 and rng.random() < 0.4:
        tail = units[1:]
        rng.shuffle(tail)
        units = units[:1] + tail
    for _ in range(rng.randint(2, 4)):
        if rng.random() < 0.5 and len(tpls) > 1:
            # a background sentence from another template, with its own actors swapped
            other_i = rng.choice([j for j in range(len(tpls)) if j != story.template])
            other = tpls[other_i]
            other_swap = _pick_swap(rng, other)
            u = _swap_actors(rng.choice(other.units), other_swap)
            entities.update(_entities_after(other, other_swap))
        else:
            u = _Unit(rng.choice(mat["fillers"]))
        units.insert(rng.randint(1, len(units)), u)
    units = [_swap_words(rng, u, mat["swaps"], 0.4) for u in units]
    title = tpl.title
    for ref, new in story.swap.items():
        old = tpl.entities[ref]["name"]
        if old and old in title:
            title = title.replace(old, new["name"])
    source_chain = [a for a in tpl.attribution[1:] if a != outlet]
    published = story.published + timedelta(minutes=rng.randint(0, 30 * 60))
    return _Draft(units, entities, title, published, outlet, [outlet] + source_chain[:1], story.shift)


def _republish(rng: random.Random, draft: _Draft, outlet: str) -> _Draft:
    """Another outlet's copy of a report: an ad line, maybe ZWNJ as spaces, maybe one word swap."""
    mat = _material()
    units = list(draft.units)
    if rng.random() < 0.5:
        units = [replace(u, text=u.text.replace("\u200c", " ")) for u in units]  # same length: spans hold
    if rng.random() < 0.5:
        k = rng.randrange(len(units))
        units[k] = _swap_words(rng, units[k], mat["swaps"], 0.5)
    if rng.random() < 0.7:
        units.append(_Unit(rng.choice(mat["ad_blocks"])))
    published = draft.published + timedelta(minutes=rng.randint(5, 12 * 60))
    return replace(draft, units=units, published=published, outlet=outlet,
                   attribution=[outlet] + [a for a in draft.attribution if a != outlet][:2])


def _record(draft: _Draft, doc_id: str) -> dict[str, Any]:
    """The CONTRACT record of a draft: units joined, offsets made absolute, entities numbered."""
    text_parts: list[str] = []
    pos = 0
    sentences: list[list[int]] = []
    ent_ids: dict[str, str] = {}
    mentions: dict[str, list[dict[str, Any]]] = {}
    dates: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    statements: list[dict[str, Any]] = []

    def eid(ref: str) -> str:
        if ref not in ent_ids:
            ent_ids[ref] = f"e{len(ent_ids) + 1}"
            mentions[ref] = []
        return ent_ids[ref]

    for n, u in enumerate(draft.units):
        if n:
            sep = "\n" if n % 3 == 0 else " "
            text_parts.append(sep)
            pos += len(sep)
        s0 = pos
        text_parts.append(u.text)
        pos += len(u.text)
        sentences.append([s0, pos])
        trig_of: dict[int, _Span] = {}
        for s in u.spans:
            a, b = s0 + s.start, s0 + s.end
            if s.kind == "mention":
                eid(s.ref[0])
                mentions[s.ref[0]].append({"start": a, "end": b, "text": u.text[s.start:s.end], "kind": s.ref[1]})
            elif s.kind == "date":
                dates.append({"start": a, "end": b, "text": u.text[s.start:s.end],
                              "value": _shift_value(s.ref["value"], draft.shift), "calendar": s.ref["calendar"]})
            elif s.kind == "statement":
                statements.append({"speaker": eid(s.ref) if s.ref else None, "start": a, "end": b,
                                   "text": u.text[s.start:s.end]})
            elif s.kind == "trigger":
                trig_of[s.ref] = s
        for k, ev in enumerate(u.events):
            t = trig_of.get(k)
            if t is None:
                continue
            events.append({
                "id": f"v{len(events) + 1}", **{x: ev[x] for x in ("type", "mode", "mutual")},
                "source": [eid(r) for r in ev["source"]], "target": [eid(r) for r in ev["target"]],
                "date": _shift_value(ev["date"], draft.shift), "date_precision": ev["date_precision"],
                "location": eid(ev["location"]) if ev["location"] else None,
                **{x: ev[x] for x in ("fatalities", "injured", "negated", "modality")},
                "sentence": [s0, pos],
                "trigger": {"start": s0 + t.start, "end": s0 + t.end, "text": u.text[t.start:t.end]},
                "evidence": [], "confidence": ev["confidence"],
            })
    entities = [
        {"id": ent_ids[ref], **{k: draft.entities.get(ref, {}).get(k) for k in
                                ("name", "name_en", "type", "country", "wikidata", "key")},
         "mentions": mentions[ref]}
        for ref in ent_ids
    ]
    jalali = jdatetime.datetime.fromgregorian(datetime=draft.published.replace(tzinfo=None))
    return {
        "id": doc_id, "source": f"synthetic://{draft.outlet}/{doc_id}", "title": draft.title,
        "published": draft.published.isoformat(timespec="seconds"),
        "published_jalali": jalali.strftime("%Y-%m-%d %H:%M"), "outlet": draft.outlet, "news_id": None,
        "attribution": draft.attribution, "dateline": None, "text": "".join(text_parts),
        "sentences": sentences, "dates": dates, "entities": entities, "events": events,
        "statements": statements, "warnings": [],
    }


def _reports_per_story(rng: random.Random) -> int:
    """How many outlets report one story independently (most stories: one)."""
    r = rng.random()
    if r < 0.55:
        return 1
    if r < 0.75:
        return 2
    if r < 0.88:
        return 3
    return rng.randint(4, 7)


def synthetic_records(
    n: int,
    seed: int = 7,
    start: date = date(2023, 1, 1),
    copy_share: float = 0.15,
    examples_dir: str | None = None,
) -> Iterator[dict[str, Any]]:
    """``n`` records, deterministic for a seed; streamed (only a bounded window of recent drafts is kept)."""
    rng = random.Random(seed)
    tpls = templates(examples_dir)
    outlets = _outlets()
    pending: list[_Story] = []  # stories with reports still to come
    recent: deque[_Draft] = deque(maxlen=200)  # what a republishing outlet may copy
    for i in range(n):
        doc_id = f"syn{i:07d}"
        outlet = rng.choice(outlets)
        roll = rng.random()
        if recent and roll < copy_share:
            draft = _republish(rng, rng.choice(recent), outlet)
        else:
            if pending and (rng.random() < 0.5 or len(pending) > 64):
                story = pending[rng.randrange(len(pending))]
            else:
                # a template with more swappable actors yields more distinct stories: pick it more
                # often, so templates whose actors are fixed do not pile up as look-alike copies
                t = rng.choices(range(len(tpls)), weights=[1 + len(x.swappable) for x in tpls])[0]
                tpl = tpls[t]
                day = start + timedelta(days=rng.randrange(730))
                base = tpl.published or datetime(2025, 1, 1, 12, 0, tzinfo=_TEHRAN)
                shift = timedelta(days=(day - base.date()).days)
                published = base.replace(hour=rng.randint(6, 20), minute=rng.randint(0, 59)) + shift
                story = _Story(t, _pick_swap(rng, tpl), shift, published, _reports_per_story(rng))
                pending.append(story)
            story.reports_left -= 1
            if story.reports_left <= 0:
                pending.remove(story)
            draft = _compose(rng, story, tpls, outlet)
            recent.append(draft)
        yield _record(draft, doc_id)
