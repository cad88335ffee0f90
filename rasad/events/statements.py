"""Who said what: «X گفت: ...», «X اعلام کرد که ...», «X از ... خبر داد».

The speaker is the subject of the reporting clause; what was said runs from the colon
or «که» to the end of the sentence (or the closing »), or for «از ... خبر داد» from
«از» to the verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasad.document import Document, Entity, Mention, Statement
from rasad.events.clauses import build_groups, clause_bounds
from rasad.events.lexicon import Lexicon, load_lexicon, may_match

PRONOUNS = ("وی", "او", "ایشان")


@dataclass
class Said:
    speaker: str | None
    start: int
    end: int
    verb_start: int
    date: str | None
    claim: bool = False  # reported by a claim verb («مدعی شد»): the content is the speaker's claim
    bare: bool = False  # the content follows the verb with no colon or «که» («X گفت مسکو ...»)


def _first_date(doc: Document, lo: int, hi: int) -> str | None:
    for d in doc.dates:
        if lo <= d.start < hi and d.value:
            return d.value
    return None


# the events stage and the statements stage read the same statements from one document:
# the last result is kept, keyed by everything it depends on
_LAST: tuple[tuple[object, ...], list[Said]] | None = None


def find_statements(doc: Document, lex: Lexicon) -> list[Said]:
    global _LAST
    key = (id(lex), doc.text, tuple(doc.sentences),
           tuple((m.start, m.end, m.entity) for m in doc.mentions),
           tuple((e.id, e.type) for e in doc.entities),
           tuple((d.start, d.end, d.value) for d in doc.dates))
    if _LAST is not None and _LAST[0] == key:
        return list(_LAST[1])
    said = _find_statements(doc, lex)
    _LAST = (key, said)
    return list(said)


def _find_statements(doc: Document, lex: Lexicon) -> list[Said]:
    text = doc.text
    ents = {e.id: e for e in doc.entities}
    mentions = sorted((m for m in doc.mentions if m.entity), key=lambda m: m.start)
    date_spans = [(d.start, d.end) for d in doc.dates]
    out: list[Said] = []
    last_speaker: str | None = None
    for sent in doc.sentences:
        s0, e0 = sent
        if not may_match(lex.reporting_anchors, text[s0:e0]):
            continue
        for m in lex.reporting.finditer(text, s0, e0):
            v0, v1 = m.start(), m.end()
            rest = text[v1:e0]
            colon = re.match(r"^\s*:\s*", rest)
            ke = re.match(r"^\s*که\s+", rest)
            # «X مدعی شد رزمندگان ... منفجر کرده‌اند»: a claim's content may follow with no «که»
            claim = lex.claiming is not None and lex.claiming.fullmatch(m.group(0)) is not None
            if claim and not (colon or ke) and re.match(r"^\s+[^\s.،]", rest):
                ke = re.match(r"^\s*", rest)
            bare = False
            if not (colon or ke or claim) and bare_content(lex, m.group(0), rest):
                # «X گفت مسکو آماده است ...»: the content follows the verb with no «که»
                ke, bare = re.match(r"^\s*", rest), True
            if colon or ke:
                start = v1 + (colon or ke).end()  # type: ignore[union-attr]
                end = e0
                # a quotation mark around the whole report, not around a name inside it
                q = re.match(r"^«([^»]+)»[\s.!؟]*$", text[start:e0])
                if q:
                    start, end = start + 1, start + 1 + len(q.group(1))
                if claim:
                    # «مدعی شد ...؛ ادعایی که Y آن را رد کرد»: the claim ends where the answer starts
                    semi = text.find("؛", start, end)
                    end = semi if semi >= 0 else end
            elif "خبر" in m.group(0):
                lo, _, _ = clause_bounds(doc, lex, sent, v0)
                i = text.rfind(" از ", lo, v0)
                if i < 0:
                    continue
                start, end = i + 1, v0
            else:
                continue
            while end > start and text[end - 1] in " .\n\t»":
                end -= 1
            if end - start < 3:
                continue
            lo, _, _ = clause_bounds(doc, lex, sent, v0)
            speaker: str | None = None
            for g in build_groups(doc, lex, mentions, lo, v0, date_spans):
                if g.prep is None and not g.object_marked and not g.genitive and not g.dateline:
                    ids = [e for e in g.entities if e in ents and ents[e].type not in ("LOC", "EVT", "FAC")]
                    if ids:
                        speaker = ids[0]
                        break
            if speaker is None and lo > s0:
                # subject drop: the clause goes on from the sentence's subject
                for g in build_groups(doc, lex, mentions, s0, lo, date_spans):
                    if g.prep is None and not g.object_marked and not g.genitive and not g.dateline:
                        ids = [e for e in g.entities if e in ents and ents[e].type not in ("LOC", "EVT", "FAC")]
                        if ids:
                            speaker = ids[0]
                            break
            if speaker is None:
                words = text[lo:v0].split()
                if words and words[0] in PRONOUNS:
                    speaker = last_speaker  # «وی افزود»: the previous speaker goes on
            if speaker:
                last_speaker = speaker
            out.append(Said(speaker, start, end, v0, _first_date(doc, s0, v0), claim=claim, bare=bare))
    out.extend(according_to(doc, lex, mentions, ents, out))
    out.extend(interview_answers(doc, lex))
    return out


# words that cannot open a reported clause right after a reporting verb: the verb closes its
# clause and the sentence goes on with another («... اعلام کرد و افزود», «گفت، ...»)
_NOT_CONTENT_START = frozenset({"و", "ولی", "اما", "تا", "که", "را", "است", "شد", "بود", "نیز", "هم"})


def bare_content(lex: Lexicon, verb: str, rest: str) -> bool:
    """The reporting verb is followed, with no colon or «که», by the words it reports."""
    if lex.bare_reporting is None or lex.bare_reporting.fullmatch(verb) is None:
        return False
    first = re.match(r"^\s+([^\s.،؛:!؟?»\"()]+)", rest)
    if first is None or first.group(1) in _NOT_CONTENT_START:
        return False
    # a reported clause has words enough to say something
    return len(re.findall(r"[^\s.،؛]+", rest)) >= 3


def according_to(doc: Document, lex: Lexicon, mentions: list[Mention], ents: dict[str, Entity],
                 said: list[Said]) -> list[Said]:
    """«به گفته X، ...»: the clause after the comma is what X said; «به گفته وی» goes on
    with the last speaker named before it."""
    text = doc.text
    cue = re.compile("(?<![\u0621-\u06ff])(?:" + "|".join(re.escape(w) for w in lex.cues["according_to"])
                     + ")(?![\u0621-\u06ff])")
    out: list[Said] = []
    for s0, e0 in doc.sentences:
        for m in cue.finditer(text, s0, e0):
            comma = text.find("،", m.end(), e0)
            if comma < 0 or len(text[m.end() : comma].split()) > 10:
                continue
            speaker = next((x.entity for x in mentions if m.end() <= x.start < comma and x.entity in ents
                            and ents[x.entity].type not in ("LOC", "EVT", "FAC")), None)
            if speaker is None and text[m.end() : comma].split()[:1] in (["وی"], ["او"], ["ایشان"]):
                earlier = [x for x in said if x.speaker and x.start < m.start()]
                speaker = max(earlier, key=lambda x: x.start).speaker if earlier else None
            if speaker is None:
                continue
            start, end = comma + 1, e0
            while start < end and text[start] == " ":
                start += 1
            while end > start and text[end - 1] in " .\n\t»":
                end -= 1
            if end - start >= 3:
                out.append(Said(speaker, start, end, m.start(), _first_date(doc, s0, m.start())))
    return out


def interview_answers(doc: Document, lex: Lexicon) -> list[Said]:
    """A question-and-answer interview: each answer paragraph (the one after a paragraph
    ending in «؟») is said by the interviewee, named in the lead sentence that mentions the
    interview («با X گفت‌وگو کردیم», «X در گفت‌وگو با ...») or in the first question.
    Two questions at least: one rhetorical question does not make a news report an interview."""
    text = doc.text
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if text[m.start() : m.end()].strip()]
    questions = [i for i, (a, b) in enumerate(paragraphs) if text[a:b].rstrip(" »\"").endswith("؟")]
    if len(questions) < 2:
        return []
    ents = {e.id: e for e in doc.entities}
    persons = sorted((m for m in doc.mentions if m.entity and m.entity in ents and ents[m.entity].type == "PER"),
                     key=lambda m: m.start)
    first_q = paragraphs[questions[0]][0]
    interviewee: str | None = None
    cue = re.compile("|".join(re.escape(w) for w in lex.cues["interview_words"]))
    for s0, e0 in doc.sentences:
        if s0 >= first_q:
            break
        if cue.search(text, s0, e0):
            interviewee = next((m.entity for m in persons if s0 <= m.start < e0), None)
            if interviewee:
                break
    if interviewee is None:  # «آقای X، ...؟»: the first question addresses the interviewee
        a, b = paragraphs[questions[0]]
        interviewee = next((m.entity for m in persons if a <= m.start < b), None)
    if interviewee is None:
        return []
    labels = tuple(lex.cues["interview_answer_labels"])
    out: list[Said] = []
    qset = set(questions)
    for qi in questions:
        j = qi + 1
        while j < len(paragraphs) and j not in qset:
            a, b = paragraphs[j]
            body = text[a:b]
            lead = len(body) - len(body.lstrip())
            for label in labels:
                if body[lead:].startswith(label):
                    lead += len(label)
                    break
            out.append(Said(interviewee, a + lead, b, a, None))
            j += 1
            if j < len(paragraphs) and j not in qset and not text[paragraphs[j][0]:paragraphs[j][1]].lstrip().startswith("«"):
                break  # the answer ends where the outlet's own text resumes
    return out


def annotate_statements(doc: Document) -> Document:
    if not doc.text or not doc.sentences:
        return doc
    said = find_statements(doc, load_lexicon())
    doc.statements = [Statement(s.speaker, s.start, s.end, doc.text[s.start : s.end]) for s in said if s.speaker]
    return doc
