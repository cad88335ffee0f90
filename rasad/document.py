"""The one record every stage reads and adds to (see ../shared/CONTRACT.md).

Stages are pure functions ``stage(doc) -> doc`` that fill their own fields and never
rewrite what an earlier stage produced. Offsets are Python string indices into
``Document.text``; ``Document.offsets`` maps each of them back to ``Document.raw``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class DateMention:
    """A date or time expression found in ``text``."""

    start: int
    end: int
    text: str
    value: str | None  # ISO date, "YYYY-MM", "YYYY", "--MM-DD", interval "a/b", or None
    calendar: str  # jalali | gregorian | hijri | relative
    precision: str  # day | month | year | interval | unresolved
    time: str | None = None  # "HH:MM" when a time of day is attached

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "calendar": self.calendar,
            "precision": self.precision,
        }
        if self.time:
            out["time"] = self.time
        return out


@dataclass
class Mention:
    """One place in ``text`` that refers to an actor.

    ``kind`` says how it was found: name (dictionary), role (office + country),
    institution, country, demonym, metonym, discovered (pattern / NER), coref.
    """

    start: int
    end: int
    text: str
    entity: str = ""  # id of the Entity it belongs to, set when entities are merged
    kind: str = "name"
    role: str | None = None  # office code for role mentions, e.g. "minister_defence"


@dataclass
class Entity:
    id: str
    name: str
    name_en: str | None
    type: str  # PER | ORG | GPE | LOC | FAC | EVT
    country: str | None
    wikidata: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    key: str = ""  # knowledge-base key (or a synthetic one) used to merge mentions

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "name_en": self.name_en,
            "type": self.type,
            "country": self.country,
            "wikidata": self.wikidata,
            "key": self.key or None,  # knowledge-base key: a stable identity across documents
            "mentions": [
                {"start": m.start, "end": m.end, "text": m.text, "kind": m.kind}
                for m in self.mentions
            ],
        }


@dataclass
class Event:
    id: str
    type: str
    mode: str | None
    source: list[str]
    target: list[str]
    mutual: bool
    date: str | None
    location: str | None
    fatalities: int | None
    injured: int | None
    negated: bool
    modality: str
    sentence: tuple[int, int]
    trigger: dict[str, Any]
    confidence: float
    evidence: list[dict[str, Any]] = field(default_factory=list)  # further mentions of the same act
    date_precision: str | None = None
    casualties_text: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "source": self.source,
            "target": self.target,
            "mutual": self.mutual,
            "date": self.date,
            "date_precision": self.date_precision,
            "location": self.location,
            "fatalities": self.fatalities,
            "injured": self.injured,
            "casualties_text": self.casualties_text,
            "negated": self.negated,
            "modality": self.modality,
            "sentence": list(self.sentence),
            "trigger": self.trigger,
            "evidence": self.evidence,
            "confidence": round(self.confidence, 3),
        }


@dataclass
class Statement:
    speaker: str | None
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "start": self.start, "end": self.end, "text": self.text}


@dataclass
class Document:
    id: str
    source: str
    raw: str = ""  # the input as decoded (for HTML: the extracted main text)
    format: str = "text"  # text | html | jsonl
    html: str | None = None
    given: dict[str, Any] = field(default_factory=dict)  # fields a JSONL record supplied
    # filled by clean/
    body_ranges: list[tuple[int, int]] = field(default_factory=list)  # raw spans kept as body
    header_lines: list[tuple[int, int]] = field(default_factory=list)  # raw spans of metadata lines
    title_range: tuple[int, int] | None = None
    removed: list[tuple[int, int, str]] = field(default_factory=list)  # raw spans dropped, with why
    # filled by meta/
    title: str | None = None
    published: str | None = None
    published_jalali: str | None = None
    outlet: str | None = None
    news_id: str | None = None
    attribution: list[str] = field(default_factory=list)
    dateline: str | None = None
    # filled by text/
    text: str = ""
    offsets: list[int] = field(default_factory=list)  # len(text)+1 raw offsets
    sentences: list[tuple[int, int]] = field(default_factory=list)
    repairs: list[dict[str, Any]] = field(default_factory=list)
    # filled by dates/
    dates: list[DateMention] = field(default_factory=list)
    sentence_reference: list[str | None] = field(default_factory=list)  # ISO day per sentence
    # filled by actors/
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    # filled by events/
    events: list[Event] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw-input span behind ``text[start:end]``."""
        if not self.offsets:
            return start, end
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1

    def sentence_index(self, pos: int) -> int:
        """Index of the sentence holding text offset ``pos`` (-1 if none)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s, e = self.sentences[mid]
            if pos < s:
                hi = mid - 1
            elif pos >= e:
                lo = mid + 1
            else:
                return mid
        return -1

    def to_record(self) -> dict[str, Any]:
        """The CONTRACT record; every span also carries its raw offsets."""

        def with_raw(d: dict[str, Any]) -> dict[str, Any]:
            if "start" in d and "end" in d and self.offsets:
                d["raw_start"], d["raw_end"] = self.raw_span(d["start"], d["end"])
            return d

        entities = []
        for ent in self.entities:
            j = ent.to_json()
            j["mentions"] = [with_raw(m) for m in j["mentions"]]
            entities.append(j)
        events = []
        for ev in self.events:
            j = ev.to_json()
            j["trigger"] = with_raw(dict(j["trigger"]))
            events.append(j)
        return {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "published": self.published,
            "published_jalali": self.published_jalali,
            "outlet": self.outlet,
            "news_id": self.news_id,
            "attribution": self.attribution,
            "dateline": self.dateline,
            "text": self.text,
            "sentences": [list(s) for s in self.sentences],
            "dates": [with_raw(d.to_json()) for d in self.dates],
            "entities": entities,
            "events": events,
            "statements": [with_raw(s.to_json()) for s in self.statements],
            "warnings": self.warnings,
        }


@dataclass
class IngestError:
    """An input that could not be read as a document: counted and reported, never dropped silently."""

    source: str
    reason: str
