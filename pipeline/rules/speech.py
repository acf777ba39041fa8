"""Speech passes of the segmenter: speeches, testimony, transcripts and interviews."""

from __future__ import annotations

import re

from .attribution import Speaker, _is_cap, name_tokens, parse_role_line, parse_speaker
from .quotes import ALL_MARKS, find_quotes
from .segment_common import _LABEL, _NAME_LABEL, _words


class SpeechPasses:
    """Mixed into the segmenter: documents whose body is one person's words, and turns of a transcript."""

    def mark_transcript_labels(self, lo: int, hi: int):
        """Speaker labels ("PRESENTER:", "Lord Hale (Con):") count when a document has several turns."""
        self.turns: dict[int, re.Match] = {}
        for i in range(lo, hi):
            if self.labels[i] is not None:
                continue
            match = _LABEL.match(self.btext(i))
            if match and not self.rules.note_heading.match(match.group("label")) and not self.rules.is_boilerplate_line(
                match.group("label")
            ):
                self.turns[i] = match
        labels = {m.group("label").lower() for m in self.turns.values()}
        party = any("(" in m.group("label") for m in self.turns.values())
        if len(self.turns) < 2 and not party:
            self.turns = {}
            return
        # later turns often drop the constituency and party: "Marama Te Huia:" after "Marama Te Huia (...) (...):"
        known = {re.sub(r"\s*\(.*$", "", label).strip().lower() for label in labels}
        for i in range(lo, hi):
            if self.labels[i] is None and i not in self.turns:
                match = _NAME_LABEL.match(self.btext(i))
                if match and re.sub(r"\s*\(.*$", "", match.group("label")).strip().lower() in known:
                    self.turns[i] = match

    def is_speech_document(self, headline: int, zone: int) -> bool:
        """A speech, testimony or transcript published under a line naming its speaker."""
        for i in range(0, min(zone, headline + 8)):
            text = self.btext(i)
            if _words(text) > 60 or i > headline + 1 and _words(text) > 25:
                break  # the header is over: a speech says what it is before its first paragraph
            if self.rules.speech_marker.search(text):
                return True
        return False

    def mark_speech_header(self, lo: int, hi: int):
        """Header lines before the first paragraph: the speaker's name and title are the lead."""
        speaker = None
        for i in range(lo, hi):
            if self.labels[i] is not None:
                continue
            text = self.btext(i)
            if _words(text) > 20 or text.endswith(".") and _words(text) > 8:
                first = i == lo or all(self.labels[j] is not None for j in range(lo, i))
                if speaker is None and (self.rules.speech_introduction.search(text) or first and _words(text) <= 45):
                    speaker = self.mention(text)
                    if speaker is not None:
                        self.set_label(i, "lead")
                break
            if speaker is not None and self.is_heading(i, text):
                break  # the first section heading: the speech itself starts here
            header = next((m for p in self.rules.speech_headers if (m := p.match(text))), None)
            found = parse_speaker(header.group("who") if header else text, self.rules)
            if speaker is None and header and found is not None and found.name:
                speaker = self.book.resolve(header.group("who"))
                self.set_label(i, "lead")
            elif speaker is None and found is not None and found.name and self.starts_with_name(text):
                speaker = self.book.resolve(text)
                self.set_label(i, "lead")
            elif speaker is not None and self.labels[i - 1] == "lead" and self.looks_like_role(text):
                self.set_label(i, "lead")
                known = self.book.speakers[speaker]
                role, org = parse_role_line(text, self.rules)
                known.role, known.org = known.role or role, known.org or org
            else:
                # "Statement for the Record", committee, venue and date lines (GUIDELINE_NOTES S1)
                self.set_label(i, "boilerplate")
        if speaker is not None:
            self.state.pending, self.state.mode = speaker, "speech"

    def speech_header(self, i: int, text: str) -> bool:
        rules = self.rules
        if rules.speech_header_lines_any(text):
            self.set_label(i, "lead")
            self.state.mode = self.state.mode or "header"
            return True
        headed = rules.speech_headers_any(text) and _words(text) <= 40  # one call rules out most blocks
        for pattern in rules.speech_headers if headed else ():
            match = pattern.match(text)
            if match:
                speaker = self.book.resolve(match.group("who"))
                if speaker is not None:
                    self.set_label(i, "lead")
                    self.state.pending, self.state.mode = speaker, "speech"
                    return True
        if self.state.mode == "header" and _words(text) <= 15 and not text.endswith("."):
            # the header block of written testimony: name, title, committee, place, date
            speaker = self.book.resolve(text) if self.state.pending is None else None
            if speaker is not None and self.book.speakers[speaker].name:
                self.state.pending = speaker
            self.set_label(i, "lead")
            return True
        if self.state.mode == "header":
            self.state.mode = "speech" if self.state.pending is not None else ""
        return False

    def interview_roles(self) -> tuple[int | None, int | None]:
        """(interviewer, interviewee) for "Q:" / "A:" turns, from the headline and the first paragraphs."""
        if not hasattr(self, "_interview"):
            intro = " ".join(self.btext(j) for j in range(len(self.blocks)) if j not in self.turns)[:1500]
            asker = re.search(r"\b(?:spoke to|speaks to|talked to|talks to|talking to|interviewed by|in conversation with"
                              r"|asked by|questions from)\s+(.{3,80}?)(?:[.,;]|$)", intro)
            interviewer = self.book.resolve(asker.group(1)) if asker else None
            interviewee = self.mention(intro)
            if interviewer is None:
                self.book.speakers.append(Speaker(None, "interviewer", None))
                interviewer = len(self.book.speakers) - 1
            self._interview = (interviewer, interviewee)
        return self._interview

    def transcript_turn(self, i: int, match: re.Match):
        block = self.blocks[i]
        label = match.group("label")
        named = re.match(r"^(?P<role>[^()]+?)\s*\((?P<name>[^()]+)\)$", label)
        if label in ("Q", "Question", "A", "Answer"):
            speaker = self.interview_roles()[0 if label in ("Q", "Question") else 1]
        elif (
            named
            and not name_tokens(named.group("role").split(), self.rules)
            and name_tokens(named.group("name").split(), self.rules) == len(named.group("name").split())
        ):
            # "The Minister for Security (Priya Raman)": the parenthesis holds the name
            role = re.sub(r"^the\s+", "", named.group("role"), flags=re.IGNORECASE)
            speaker = self.book.resolve(named.group("name") + ", " + role)
        else:
            speaker = self.book.resolve(label)
        if speaker is None:
            speaker = self.book.resolve(label.title())
        colon = block.start + match.end()
        pieces = [self.piece(block.start, colon, "lead")]
        quote = self.piece(colon, block.end, "quote", speaker, strip=ALL_MARKS)
        pieces.append(quote)
        self.pieces[i] = [p for p in pieces if p]
        self.labels[i] = "quote" if quote else "lead"
        self.state.pending, self.state.mode = speaker, "turn"
        self.state.last_quote = speaker

    def starts_with_name(self, text: str) -> bool:
        tokens = text.split()
        return bool(name_tokens(tokens, self.rules)) or bool(
            next((k for k in range(1, min(6, len(tokens))) if name_tokens(tokens[k:], self.rules)), None)
            and any(t.lower().strip(",") in self.rules.role_words for t in tokens[:6])
        )

    def looks_like_role(self, text: str) -> bool:
        words = {w.lower().strip(",.") for w in text.split()}
        return _words(text) <= 20 and bool(words & (self.rules.role_words | self.rules.org_words))

    def mention(self, text: str, last: bool = False) -> int | None:
        """The first (or `last`) person named in `text` ("The Minister of the Interior, Anneli Rask, ...")."""
        chunks = [c.strip() for c in re.split(r"[,;:()]|(?<=[.!?])\s", text)]
        order = list(enumerate(chunks))
        for index, chunk in reversed(order) if last else order:
            tokens = chunk.split()
            before: set[str] = set()  # the words before `offset`, as written and without "'s"
            for offset in range(len(tokens)):
                if offset:
                    before.update((tokens[offset - 1].lower(), tokens[offset - 1].lower().strip(".'\u2019s")))
                if not _is_cap(tokens[offset]):
                    continue  # a name starts with a capital (a title too): the common case, skipped cheaply
                if before & self.rules.org_words:
                    break  # "University's Institute for Applied Cryptography" names a body, not a person
                length = name_tokens(tokens[offset:], self.rules)
                if length:
                    phrase = chunk[chunk.find(tokens[offset]):]
                    if index and self.looks_like_role(chunks[index - 1]) and offset == 0:
                        phrase = chunks[index - 1] + ", " + phrase
                    found = parse_speaker(phrase, self.rules)
                    if found is None or not found.name:
                        # "Mr Constantinescu said the company had ...": the name alone
                        phrase = " ".join(tokens[: offset + length])
                        found = parse_speaker(phrase, self.rules)
                    if found is not None and found.name:
                        return self.book.resolve(phrase)
        return None

    def name_led(self, i: int) -> bool:
        """"Jane Roe, Minister for X, on the ..." before a quoted paragraph: a lead with no verb."""
        if not self.next_starts_quote(i):
            return False  # the cheapest test first: most blocks are not followed by a quotation
        text = self.btext(i)
        if _words(text) > 50 or text.endswith(".") or find_quotes(self.text, self.blocks[i].start, self.blocks[i].end):
            return False
        return bool(name_tokens(text.split(), self.rules))
