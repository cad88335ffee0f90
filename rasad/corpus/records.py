"""Build CONTRACT records by hand (for tests, benchmarks and demos), offsets computed from text.

    b = RecordBuilder("d1", "پوتین با اردوغان گفت‌وگوی تلفنی کرد.", outlet="ایرنا")
    putin = b.entity("پوتین", name_en="Vladimir Putin", country="RUS")
    erdogan = b.entity("اردوغان", name_en="Recep Tayyip Erdoğan", country="TUR")
    b.event("CONSULT", [putin], [erdogan], trigger="گفت‌وگوی تلفنی", mutual=True, date="2024-03-01")
    record = b.build()
"""

from __future__ import annotations

import re
from typing import Any

_SENTENCE_END = re.compile(r"[.!?؟]\s*|\n+")


def split_sentences(text: str) -> list[list[int]]:
    spans: list[list[int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() > start and text[start : m.end()].strip():
            spans.append([start, m.end()])
        start = m.end()
    if text[start:].strip():
        spans.append([start, len(text)])
    return spans


class RecordBuilder:
    def __init__(
        self,
        doc_id: str,
        text: str,
        *,
        title: str | None = None,
        published: str | None = None,
        outlet: str | None = None,
        source: str | None = None,
        attribution: list[str] | None = None,
    ) -> None:
        self.rec: dict[str, Any] = {
            "id": doc_id,
            "source": source or f"test://{doc_id}",
            "title": title,
            "published": published,
            "published_jalali": None,
            "outlet": outlet,
            "news_id": None,
            "attribution": attribution if attribution is not None else ([outlet] if outlet else []),
            "dateline": None,
            "text": text,
            "sentences": split_sentences(text),
            "dates": [],
            "entities": [],
            "events": [],
            "statements": [],
            "warnings": [],
        }

    @property
    def text(self) -> str:
        return self.rec["text"]

    def _span(self, needle: str, after: int = 0) -> tuple[int, int]:
        k = self.text.find(needle, after)
        if k < 0:
            raise ValueError(f"{needle!r} is not in the text")
        return k, k + len(needle)

    def entity(
        self,
        name: str,
        *,
        surface: str | None = None,
        name_en: str | None = None,
        type: str = "PER",  # noqa: A002 - the CONTRACT field name
        country: str | None = None,
        wikidata: str | None = None,
    ) -> str:
        """Add an entity with a mention at every occurrence of ``surface`` (default: name)."""
        eid = f"e{len(self.rec['entities']) + 1}"
        needle = surface or name
        mentions = []
        pos = 0
        while (k := self.text.find(needle, pos)) >= 0:
            mentions.append({"start": k, "end": k + len(needle), "text": needle, "kind": "name"})
            pos = k + len(needle)
        self.rec["entities"].append({
            "id": eid, "name": name, "name_en": name_en, "type": type, "country": country,
            "wikidata": wikidata, "mentions": mentions,
        })
        return eid

    def event(
        self,
        type: str,  # noqa: A002 - the CONTRACT field name
        source: list[str],
        target: list[str],
        *,
        trigger: str,
        mutual: bool = False,
        date: str | None = None,
        mode: str | None = None,
        location: str | None = None,
        fatalities: int | None = None,
        injured: int | None = None,
        negated: bool = False,
        modality: str = "asserted",
        confidence: float = 0.9,
    ) -> str:
        vid = f"v{len(self.rec['events']) + 1}"
        ts, te = self._span(trigger)
        sentence = next((s for s in self.rec["sentences"] if s[0] <= ts < s[1]), [ts, te])
        self.rec["events"].append({
            "id": vid, "type": type, "mode": mode, "source": source, "target": target, "mutual": mutual,
            "date": date, "date_precision": "day" if date and len(date) == 10 else None,
            "location": location, "fatalities": fatalities, "injured": injured, "casualties_text": None,
            "negated": negated, "modality": modality, "sentence": list(sentence),
            "trigger": {"start": ts, "end": te, "text": trigger}, "evidence": [], "confidence": confidence,
        })
        return vid

    def statement(self, speaker: str | None, quote: str) -> None:
        s, e = self._span(quote)
        self.rec["statements"].append({"speaker": speaker, "start": s, "end": e, "text": quote})

    def build(self) -> dict[str, Any]:
        return self.rec
