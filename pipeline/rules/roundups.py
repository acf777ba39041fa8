"""Expert-reaction roundups: a line naming an expert ("Professor Jo Roe, School of Computing"), then that
expert's comment in paragraphs without quotation marks, then perhaps a declaration of interests."""

from __future__ import annotations

import re

from .attribution import parse_speaker
from .quotes import ALL_MARKS
from .segment_common import _FIRST_PERSON, _is_heading_like, _words

# "Conflict of interest statement: none declared.", "Declared interests: ...": a note on the expert
_INTERESTS = re.compile(r"^(?:conflicts?\s+of\s+interests?|competing\s+interests?|declared\s+interests?|declarations?\s+of\s+"
                        r"interests?|interests?\s+declared|disclosures?)(?:\s+statement)?\s*[:\u2013\u2014-]", re.IGNORECASE)
# "Expert reaction: ...", "Our experts comment below", "experts respond": a page of experts' comments
_ROUNDUP_CUE = re.compile(r"\bexperts?\b(?:\s+\w+){0,3}?\s+(?:reaction|reactions|react|reacts|comment|comments|respond|responds|"
                          r"response|responses|views|verdict|say|says)\b|\b(?:reaction|comment|responses?)\s+from\s+(?:\w+\s+){0,2}?experts?\b",
                          re.IGNORECASE)
# "He has received funding ...", "Roe is a member of ...": a biography in the third person, not a comment
_THIRD_PERSON_OPENING = re.compile(r"^(?:He|She|They|His|Her|Their)\b")


class RoundupPasses:
    """Segmenter passes for expert-reaction roundups (mixed into the segmenter)."""

    def mark_expert_sections(self, lo: int, hi: int):
        """Two or more experts, each named on a line of their own with what they do ("Dr Jo Roe, Senior
        Lecturer, Law School") above paragraphs in their own words: the name line is a lead, the paragraphs
        the expert's quote, a declaration of interests under them a note. A line that names someone above a
        biography in the third person ("She leads ...") is no such section."""
        if self.turns:
            return  # a transcript's name lines are its turns ("Petheridge, Imelda, Deputy Commissioner")
        heads = [i for i in range(lo, hi) if self.labels[i] in (None, "headline") and self._expert_line(self.btext(i))]
        sections = []
        for n, i in enumerate(heads):
            end = heads[n + 1] if n + 1 < len(heads) else hi
            comment = []
            for k in range(i + 1, end):
                text = self.btext(k)
                if self.labels[k] is not None or _INTERESTS.match(text) or self.is_heading(k, text) or (
                        _words(text) <= 8 and _is_heading_like(text)) or text.lstrip()[:1] in ALL_MARKS:
                    break  # (quoted paragraphs under a name line are left to the quotation rules)
                comment.append(k)
            if comment and _words(self.btext(comment[0])) >= 15:
                sections.append((i, comment))
        opinions = [s for s in sections if any(_FIRST_PERSON.search(self.btext(k)) for k in s[1])]
        # the page says it gathers experts' comments, or declares each expert's interests (not a programme's
        # biographies, a letter's signatories or a page of appointments)
        top = "\n".join(self.btext(k) for k in range(0, heads[0]) if self.labels[k] != "boilerplate") if heads else ""
        declared = any(s[1][-1] + 1 < hi and _INTERESTS.match(self.btext(s[1][-1] + 1)) for s in sections)
        if not (declared or _ROUNDUP_CUE.search(top)):
            return
        if len(sections) < 2 or len(opinions) < 2 or any(
                _THIRD_PERSON_OPENING.match(self.btext(comment[0])) for _, comment in sections):
            return
        for i, comment in sections:
            speaker = self.book.resolve(self.btext(i).strip())
            if speaker is None or not self.book.speakers[speaker].name:
                continue
            self.set_label(i, "lead")
            for k in comment:
                self.set_label(k, "quote", speaker)
            after = comment[-1] + 1
            if after < hi and self.labels[after] is None and _INTERESTS.match(self.btext(after)):
                self.set_label(after, "note")

    def _expert_line(self, text: str) -> bool:
        """"Associate Professor Lu Haoyu, Criminology, School of Social Sciences": a short line, a person's
        name, then a comma and what they do; no sentence, no quotation."""
        text = text.strip()
        if "\n" in text or "," not in text or _words(text) > 20 or text.endswith((".", ":", "?", "!", ";")):
            return False
        if any(mark in text for mark in ALL_MARKS if mark not in "'\u2019"):
            return False
        # ("Associate Professor Lu Haoyu": a title of more than one word before the name)
        found = parse_speaker(text.split(",")[0], self.rules)
        return self._names_person(text) or found is not None and len((found.name or "").split()) > 1
