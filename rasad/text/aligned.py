"""Text that remembers, for every character, where it came from in the raw input.

Every normalization step is an edit on an :class:`AlignedText`; the edit keeps
``offsets`` (one raw offset per character, plus one for the end) in step with
``text``, so any span of the final text maps back to the raw input.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass


@dataclass
class AlignedText:
    text: str
    offsets: list[int]  # len(text) + 1 entries; offsets[i] = raw index of text[i]

    @classmethod
    def from_raw(cls, raw: str, start: int = 0) -> AlignedText:
        return cls(raw, list(range(start, start + len(raw) + 1)))

    @classmethod
    def from_ranges(cls, raw: str, ranges: Iterable[tuple[int, int]], sep: str = "\n\n",
                    seps: Sequence[str] | None = None) -> AlignedText:
        """Join raw slices with ``sep`` (or ``seps[i - 1]`` before slice i); separator
        characters map to the end of the slice before."""
        chars: list[str] = []
        offs: list[int] = []
        end = 0
        for i, (s, e) in enumerate(ranges):
            if i:
                gap = seps[i - 1] if seps is not None else sep
                chars.append(gap)
                offs.extend([end] * len(gap))
            chars.append(raw[s:e])
            offs.extend(range(s, e))
            end = e
        text = "".join(chars)
        offs.append(end)
        return cls(text, offs)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1

    def sub(self, pattern: str | re.Pattern[str], repl: str | Callable[[re.Match[str]], str]) -> AlignedText:
        """``re.sub`` that keeps the offset map.

        Characters of a replacement map onto the match's characters position by
        position; extra ones map to the match's last character, and a pure
        insertion maps to the character it is inserted before.
        """
        rx = re.compile(pattern) if isinstance(pattern, str) else pattern
        edits: list[tuple[int, int, str]] = []
        for m in rx.finditer(self.text):
            new = repl(m) if callable(repl) else m.expand(repl)
            if new != m.group(0):
                edits.append((m.start(), m.end(), new))
        return self.replace_spans(edits)

    def translate(self, table: dict[int, str | int | None]) -> AlignedText:
        """``str.translate`` with a table of one-to-one or deleting mappings, keeping offsets."""
        text = self.text
        new = text.translate(table)
        if new == text:
            return self
        if len(new) == len(text) and all(
            not isinstance(v, str) or len(v) == 1 for v in table.values() if v is not None
        ):
            return AlignedText(new, self.offsets)
        out: list[str] = []
        offs: list[int] = []
        for i, ch in enumerate(text):
            rep = table.get(ord(ch), ch)
            if rep is None:
                continue
            rep = chr(rep) if isinstance(rep, int) else rep
            out.append(rep)
            offs.extend([self.offsets[i]] * len(rep))
        offs.append(self.offsets[-1])
        return AlignedText("".join(out), offs)

    def replace_spans(self, edits: Iterable[tuple[int, int, str]]) -> AlignedText:
        """Apply non-overlapping (start, end, replacement) edits given in any order."""
        edits = sorted(edits)
        if not edits:
            return self
        text, offs = self.text, self.offsets
        out: list[str] = []
        out_offs: list[int] = []
        pos = 0
        for s, e, new in edits:
            if s < pos:
                raise ValueError(f"overlapping edits at {s}")
            out.append(text[pos:s])
            out_offs.extend(offs[pos:s])
            out.append(new)
            n = e - s
            if n == 0:
                out_offs.extend([offs[s]] * len(new))
            else:
                out_offs.extend(offs[s + min(i, n - 1)] for i in range(len(new)))
            pos = e
        out.append(text[pos:])
        out_offs.extend(offs[pos:])
        return AlignedText("".join(out), out_offs)

    def strip_lines(self) -> AlignedText:
        """Trim spaces at line ends and collapse runs of blank lines to one blank line."""
        t = self.sub(r"[ \t]+(?=\n)|(?<=\n)[ \t]+", "")
        t = t.sub(r"\n{3,}", "\n\n")
        # trim the whole text
        lead = len(t.text) - len(t.text.lstrip())
        trail = len(t.text.rstrip())
        if lead or trail != len(t.text):
            return AlignedText(t.text[lead:trail], t.offsets[lead:trail] + [t.offsets[trail] if trail < len(t.text) else t.offsets[-1]])
        return t
