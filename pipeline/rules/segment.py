"""Segment a statement into headline, lead, quote, body, note and boilerplate, with speakers.

`segment_statement(text, rules)` is a pure function: it reads blocks (see `blocks.py`), marks
site furniture and back matter, finds attributions (leads, speech headers, transcript labels,
inline "..., said X." clauses) and the quotations they govern, then labels what is left as the
publisher's own prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .attribution import Speaker, name_tokens, parse_role_line, parse_speaker, speaker_before_verb, strip_opening_clause
from .blocks import Block, split_blocks
from .config import SegmenterRules
from .quotes import ALL_MARKS, find_quotes
from .speakers import SpeakerBook

_TERMINAL = tuple(".!?")
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019)]*\s+(?=[\"\u201c\u2018(\[]?[A-Z0-9])")
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de"  # capitals, accented ones included ("SJÖBERG")
_LABEL = re.compile(
    rf"^(?P<label>(?:[{_UP}][{_UP}.'\u2019\-]*(?:\s+[{_UP}][{_UP}.'\u2019\-]*){{0,5}})"
    r"|(?:(?:[A-Z][\w.'\u2019\-]*\s+|(?:of|for|the|and|de|van|von)\s+){0,8}[A-Z][\w.'\u2019\-]*\s*\([^()]{1,60}\)(?:\s*\([^()]{1,40}\))?)"
    r"|Q|A|Question|Answer)\s*:(?:\s+|$)"
)
_NAME_LABEL = re.compile(r"^(?P<label>(?:[A-Z][\w.'\u2019\-]*\s+){0,5}[A-Z][\w.'\u2019\-]*(?:\s*\([^()]{1,60}\))*)\s*:(?:\s+|$)")
_PRONOUN_LEAD = re.compile(r"^(?:he|she|they|we|i|it)\s+\w+(?:\s+\w+)?\s*:$", re.IGNORECASE)


@dataclass
class Piece:
    """A labelled stretch of one block, before overlaps are trimmed and speakers numbered."""

    start: int
    end: int
    label: str
    speaker: int | None = None


@dataclass
class _State:
    """What the previous blocks tell about the next one."""

    pending: int | None = None  # speaker whose words follow ("X said:", a speech header)
    mode: str = ""  # "colon": unmarked paragraphs are quotes; "speech": everything is; "turn": transcript
    run: int | None = None  # speaker of a quotation still open at the end of the last block
    last_quote: int | None = None  # speaker of the previous block when it was a quote
    unattributed: list[Piece] = field(default_factory=list)  # quotes waiting for a later attribution


def _words(text: str) -> int:
    return len(text.split())


def _is_heading_like(text: str) -> bool:
    return _words(text) <= 14 and not text.rstrip("\"\u201d\u2019)").endswith(_TERMINAL) and not text.endswith(":")


def _trim(text: str, start: int, end: int, strip: str = "") -> tuple[int, int]:
    """Shrink [start, end) past whitespace (and the characters in `strip`)."""
    chars = " \t\n\r\u00a0\u200b" + strip
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


class _Segmenter:
    def __init__(self, text: str, rules: SegmenterRules, publisher: str | None = None):
        self.text = text
        self.rules = rules
        self.blocks: list[Block] = split_blocks(text, rules.bullet)
        self.labels: list[str | None] = [None] * len(self.blocks)
        self.pieces: dict[int, list[Piece]] = {}
        self.book = SpeakerBook(rules, text, publisher)
        self.state = _State()

    # --- helpers -------------------------------------------------------------------------
    def btext(self, i: int) -> str:
        return self.blocks[i].text(self.text)

    def set_label(self, i: int, label: str, speaker: int | None = None):
        self.labels[i] = label
        block = self.blocks[i]
        self.pieces[i] = [Piece(block.start, block.end, label, speaker)]

    def piece(self, start: int, end: int, label: str, speaker: int | None = None, strip: str = "") -> Piece | None:
        start, end = _trim(self.text, start, end, strip)
        if end <= start or not any(ch.isalnum() for ch in self.text[start:end]):
            return None
        return Piece(start, end, label, speaker)

    # --- passes --------------------------------------------------------------------------
    def run(self) -> tuple[list[dict], list[dict]]:
        if not self.blocks:
            return [], []
        self.mark_furniture()
        zone = self.mark_back_matter()
        headline = self.mark_headline(zone)
        self.mark_transcript_labels(headline + 1, zone)
        if not self.turns and self.is_speech_document(headline, zone):
            self.mark_speech_header(headline + 1, zone)
        for i in range(headline + 1, zone):
            if self.labels[i] is None:
                self.classify(i)
        self.finish_unattributed()
        self.mark_first_paragraph_lead(headline + 1, zone)
        self.mark_signatories(headline + 1, zone)
        return self.export()

    def mark_furniture(self):
        rules = self.rules
        for i, block in enumerate(self.blocks):
            text = self.btext(i)
            if _words(text) <= 30 and rules.is_boilerplate_line(text):
                self.set_label(i, "boilerplate")
                continue
            prefix = rules.doctype_prefix.match(text)
            if prefix and i < 4:
                # "STATEMENT: Police respond to ..." is a release label before the real headline
                self.pieces[i] = [Piece(block.start, block.start + len(prefix.group().rstrip()), "boilerplate")]
                block.start += len(prefix.group())
        # a site name above "Printable version" and the like is furniture too
        top = [i for i in range(min(3, len(self.blocks))) if self.labels[i] == "boilerplate"]
        after = next((j for j in range(top[0], len(self.blocks)) if self.labels[j] is None), None) if top else None
        if top and after is not None and _is_heading_like(self.btext(after)):
            for i in range(top[0]):
                if self.labels[i] is None and _words(self.btext(i)) <= 8 and _is_heading_like(self.btext(i)):
                    self.set_label(i, "boilerplate")

    def mark_back_matter(self) -> int:
        """Label notes and trailing furniture; return the index where the main text ends."""
        rules = self.rules
        zone = len(self.blocks)
        content_seen = 0
        for i in range(len(self.blocks)):
            text = self.btext(i)
            if self.labels[i] == "boilerplate":
                if any(p.match(text.strip()) for p in rules.back_matter) and content_seen >= 2:
                    zone = i
                    break
                continue
            heading = rules.note_heading.match(text) or (
                re.match(r"^about\s+[A-Z0-9]", text, re.IGNORECASE) and _is_heading_like(text)
            )
            opener = any(p.match(text) for p in rules.note_openers)
            if content_seen >= 2 and (heading or (opener and _words(text) > 3)):
                zone = i
                break
            if opener and content_seen < 2 and not heading:
                self.set_label(i, "note")  # "Update, May 2024: ..." above the statement
                continue
            content_seen += 1
        tail_furniture = False
        for i in range(zone, len(self.blocks)):
            text = self.btext(i)
            if self.labels[i] == "boilerplate":
                tail_furniture = True
                continue
            if tail_furniture and _words(text) <= 6 and _is_heading_like(text) and "," not in text:
                self.set_label(i, "boilerplate")
            else:
                self.set_label(i, "note")
        # furniture after the last paragraph ("Share this article", then the site's name)
        last_bp = None
        for i in range(zone - 1, -1, -1):
            if self.labels[i] == "boilerplate":
                last_bp = i
            elif not (_words(self.btext(i)) <= 5 and _is_heading_like(self.btext(i)) and "," not in self.btext(i)):
                break
        if last_bp is not None:
            for i in range(last_bp, zone):
                if self.labels[i] is None:
                    self.set_label(i, "boilerplate")
        return zone

    def mark_headline(self, zone: int) -> int:
        """Label the title (and a subtitle); return the index of the last headline block (-1 if none)."""
        first = next((i for i in range(zone) if self.labels[i] is None), None)
        if first is None:
            return -1
        # a masthead or section name ("The Kessaly Standard", "Courts & Justice") above the real title
        run = []
        for j in range(first, zone):
            if self.labels[j] is not None or not _is_heading_like(self.btext(j)) or self.starts_with_name(self.btext(j)):
                break
            if any(p.match(self.btext(j)) for p in self.rules.speech_header_lines):
                break
            run.append(j)
        title = next((j for j in run if _words(self.btext(j)) >= 5), None)
        if title is not None and all(_words(self.btext(j)) <= 4 for j in run[: run.index(title)]):
            for j in run[: run.index(title)]:
                self.set_label(j, "boilerplate")
            first = title
        text = self.btext(first)
        block = self.blocks[first]
        if any(p.match(text) for p in self.rules.speech_headers) and _words(text) <= 25:
            return first - 1
        while first < zone and any(p.match(self.btext(first)) for p in self.rules.speech_header_lines):
            self.set_label(first, "boilerplate")  # "Statement for the Record" is a document-type line
            first += 1
            if first >= zone or self.labels[first] is not None:
                return first - 1
            text, block = self.btext(first), self.blocks[first]
            if self.starts_with_name(text) and _words(text) <= 20:
                return first - 1  # the witness's name line: the speech header takes it
        if self.is_attribution(first) or _LABEL.match(text) or text[:1] in ALL_MARKS and _words(text) > 25:
            return first - 1
        if not (block.marker.startswith("#") or _words(text) <= 30 and not text.endswith(":")):
            return first - 1
        if _words(text) > 30 or (text.endswith(".") and _words(text) > 22):
            return first - 1
        self.set_label(first, "headline")
        nxt = first + 1
        if nxt < zone and self.labels[nxt] is None:
            sub = self.btext(nxt)
            if (
                _words(sub) <= 35
                and not sub.rstrip(ALL_MARKS + ")]").endswith((".", ":", ","))
                and sub[:1] not in ALL_MARKS
                and not self.is_attribution(nxt)
                and not self.starts_with_name(sub)
                and not _LABEL.match(sub)
                and nxt + 1 < zone
            ):
                self.set_label(nxt, "headline")
                return nxt
        return first

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
            for offset in range(len(tokens)):
                before = {t.lower().strip(".'\u2019s") for t in tokens[:offset]} | {t.lower() for t in tokens[:offset]}
                if before & self.rules.org_words:
                    break  # "University's Institute for Applied Cryptography" names a body, not a person
                if name_tokens(tokens[offset:], self.rules):
                    phrase = chunk[chunk.find(tokens[offset]):]
                    if index and self.looks_like_role(chunks[index - 1]) and offset == 0:
                        phrase = chunks[index - 1] + ", " + phrase
                    found = parse_speaker(phrase, self.rules)
                    if found is not None and found.name:
                        return self.book.resolve(phrase)
        return None

    def name_led(self, i: int) -> bool:
        """"Jane Roe, Minister for X, on the ..." before a quoted paragraph: a lead with no verb."""
        text = self.btext(i)
        if _words(text) > 50 or text.endswith(".") or find_quotes(self.text, self.blocks[i].start, self.blocks[i].end):
            return False
        return self.next_starts_quote(i) and bool(name_tokens(text.split(), self.rules))

    # --- attribution -------------------------------------------------------------------------
    def attribution_speaker(self, text: str) -> tuple[int | None, bool]:
        """(speaker, matched) for a lead such as "X, role at ORG, said:" or a formula."""
        clean = text.strip()
        for pattern in self.rules.formulas:
            match = pattern.match(clean)
            if match:
                return self.book.resolve(match.group("who")), True
        found = speaker_before_verb(clean.rstrip(":"), self.rules)
        if found:
            who, _ = found
            return self.book.resolve(who), True
        return None, False

    def is_attribution(self, i: int) -> bool:
        text = self.btext(i).strip()
        if _words(text) > 70:
            return False
        if any(p.match(text) for p in self.rules.formulas):
            return True
        if text.endswith(":") and self.rules.verbs.search(text):
            return True
        return bool(self.rules.response.search(text)) and self.next_starts_quote(i) or self.name_led(i)

    def next_starts_quote(self, i: int) -> bool:
        for j in range(i + 1, min(i + 3, len(self.blocks))):
            if self.labels[j] == "boilerplate":
                continue
            return self.btext(j)[:1] in ALL_MARKS
        return False

    # --- the main pass -------------------------------------------------------------------------
    def classify(self, i: int):
        text = self.btext(i)
        state = self.state
        if i in self.turns:
            return self.transcript_turn(i, self.turns[i])
        if state.mode == "turn" and any(p.match(text) for p in self.rules.procedural):
            return self.set_label(i, "body")  # "Question put ...", "The House divided ...": the record's own words
        if self.speech_header(i, text):
            return
        if text[:1] in ALL_MARKS:
            return self.quoted_block(i)
        if self.colon_lead(i, text):
            return
        if state.mode == "speech" and self.is_heading(i, text):
            return self.set_label(i, "headline")
        if state.mode in ("speech", "turn") or (state.mode == "colon" and not self.stops_colon_block(i, text)):
            state.last_quote = state.pending
            return self.set_label(i, "quote", state.pending)
        if self.rules.response.search(text) and self.next_starts_quote(i) and _words(text) <= 70:
            who = self.rules.response.split(text, maxsplit=1)[0]
            speaker = self.book.resolve(strip_opening_clause(who, self.rules)) if who.strip() else None
            if speaker is None:
                speaker = self.mention(text)
            if speaker is not None:
                self.set_label(i, "lead")
                state.pending, state.mode = speaker, "quote"
                return
        if self.name_led(i):
            speaker = self.mention(text)
            if speaker is not None:
                self.set_label(i, "lead")
                state.pending, state.mode = speaker, "quote"
                return
        if state.unattributed and self.pull_quote_attribution(i, text):
            return
        self.prose_block(i)

    def speech_header(self, i: int, text: str) -> bool:
        rules = self.rules
        if any(p.match(text) for p in rules.speech_header_lines):
            self.set_label(i, "lead")
            self.state.mode = self.state.mode or "header"
            return True
        for pattern in rules.speech_headers:
            match = pattern.match(text)
            if match and _words(text) <= 40:
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

    def colon_lead(self, i: int, text: str) -> bool:
        state = self.state
        stripped = text.strip()
        formula = any(p.match(stripped) for p in self.rules.formulas)
        if not formula and not (stripped.endswith(":") and _words(stripped) <= 80):
            return False
        # only the last sentence of a longer paragraph is the attribution
        starts = [m.end() for m in _SENTENCE_END.finditer(stripped)]
        offset = starts[-1] if starts else 0
        clause = stripped[offset:]
        if _PRONOUN_LEAD.match(clause) and self.book.last is not None:
            speaker, matched = self.book.resolve(clause.split()[0]), True
        else:
            speaker, matched = self.attribution_speaker(clause)
        if matched and speaker is None:
            context = stripped[:offset] or (self.btext(i - 1) if i else "")
            speaker = self.mention(context) if context else None
        if not matched or speaker is None:
            return False
        block = self.blocks[i]
        pieces = []
        if offset:
            pieces.append(self.piece(block.start, block.start + offset, "body"))
        pieces.append(self.piece(block.start + offset, block.end, "lead"))
        self.pieces[i] = [p for p in pieces if p]
        self.labels[i] = "lead"
        state.pending, state.mode, state.run = speaker, "colon", None
        return True

    def stops_colon_block(self, i: int, text: str) -> bool:
        if _is_heading_like(text) or self.rules.note_heading.match(text):
            return True
        if self.is_attribution(i) or self.rules.response.search(text) and _words(text) < 40:
            return True
        if self.rules.reported.search(text):
            return True  # "Raghunathan said the weaknesses ...": the publisher reporting, not the speaker
        quotes = find_quotes(self.text, self.blocks[i].start, self.blocks[i].end)
        return any(self.attribution_after(q) for q in quotes)

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
        elif named and name_tokens(named.group("name").split(), self.rules) == len(named.group("name").split()):
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

    def quoted_block(self, i: int):
        """A paragraph that opens with a quotation mark."""
        state = self.state
        block = self.blocks[i]
        quotes = find_quotes(self.text, block.start, block.end)
        if not quotes or quotes[0].open_mark != block.start:
            return self.prose_block(i)  # a mark that opens nothing ("\u2019Twas", a stray "\u00bb")
        first = quotes[0]
        if state.mode == "colon":
            state.mode = "quote"  # the speaker's words come in quotation marks: unmarked text is not theirs
        speaker = state.run if state.run is not None else state.pending
        if speaker is None and state.last_quote is not None:
            speaker = state.last_quote
        tail = self.text[first.end + 1 : block.end] if first.closed else ""
        if not first.closed or not tail.strip(" ,.;:!?" + ALL_MARKS):
            end = first.end
            piece = self.piece(first.start, end, "quote", speaker)
            self.pieces[i] = [piece] if piece else []
            self.labels[i] = "quote"
            state.run = speaker if not first.closed else None
            state.last_quote = speaker
            if speaker is None and piece:
                state.unattributed.append(piece)
            return
        self.prose_block(i, default_speaker=speaker)

    def attribution_after(self, quote) -> tuple[int, int, str, bool] | None:
        """The clause right after a closing mark: ', said X, role.' / ' X said.' (start, end, who, verb first)."""
        if not quote.closed:
            return None
        start = quote.end + 1
        limit = len(self.text)
        nl = self.text.find("\n", start)
        if nl != -1:
            limit = nl
        segment = self.text[start:limit]
        stop = re.search(r"[\"\u201c\u201d\u2018\u00ab\u201e]", segment)  # the next quotation starts
        clause = segment[: stop.start()] if stop else segment
        for end_match in re.finditer(r"[.!?;:](?=\s|$)", clause):
            if not self._is_abbreviation(clause, end_match.start()):
                clause = clause[: end_match.end()]
                break
        body = clause.strip(" ,\u2014\u2013-")
        if not body or _words(body) > 30:
            return None
        verb = self.rules.verbs.search(body)
        if not verb:
            return None
        before = body[: verb.start()].strip(" ,")
        after = body[verb.end():].strip(" ,.;:")
        if not before:
            who = re.split(r",?\s+(?:in|on|at|during|when|after|before|as|while|adding|referring)\s+(?:a|an|the|its|his|her|their|this|last|an?)\b",
                           after, maxsplit=1)[0]
            verb_first = True
        elif _words(before) <= 12:
            who, verb_first = before, False
        else:
            return None
        lead_start = start + (len(clause) - len(clause.lstrip(" ,\u2014\u2013-")))
        return lead_start, start + len(clause), who, verb_first

    def _is_abbreviation(self, text: str, dot: int) -> bool:
        if text[dot] != ".":
            return False
        word = re.search(r"([\w.]+)$", text[:dot])
        return bool(word) and (
            word.group(1).lower() in self.rules.name_titles or re.fullmatch(r"[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]", word.group(1)) is not None
        )

    def attribution_before(self, block: Block, quote) -> tuple[int, str] | None:
        """'Jane Roe, role at ORG, said: "' before an opening mark: (clause start, who)."""
        before = self.text[block.start : quote.open_mark]
        if not before.strip():
            return None
        starts = [m.end() for m in _SENTENCE_END.finditer(before)]
        offset = starts[-1] if starts else 0
        clause = before[offset:].rstrip()
        if not re.search(r"[,:]$|\b(?:said|says|added|adds|wrote|writes|stated|states)$", clause):
            return None
        found = speaker_before_verb(clause.rstrip(",:"), self.rules)
        if not found or _words(clause) > 40:
            return None
        who, verb = found
        if clause[verb.end():].strip(" ,:"):
            return None  # words between the verb and the quote: reported speech, not an attribution
        return block.start + offset, who

    def prose_block(self, i: int, default_speaker: int | None = None):
        """A paragraph of prose, possibly with inline quotations and their attribution clauses."""
        state = self.state
        block = self.blocks[i]
        quotes = find_quotes(self.text, block.start, block.end)
        pieces: list[Piece] = []
        cursor = block.start
        any_quote = False
        speaker_here = default_speaker
        for q in quotes:
            words = _words(self.text[q.start : q.end])
            at_start = not self.text[block.start : q.open_mark].strip()
            after = self.attribution_after(q)
            before = None if at_start else self.attribution_before(block, q)
            speaker = None
            if after:
                who = after[2].strip()
                if who.lower() in ("he", "she") and not any_quote:
                    # "she said": the person the text named last, before this quotation
                    context = (self.btext(i - 1) + "\n" if i else "") + self.text[block.start : q.open_mark]
                    speaker = self.mention(context, last=True)
                if speaker is None:
                    speaker = self.book.resolve(who)
                if speaker is None and who.lower().split()[:1] in (["he"], ["she"], ["they"], ["the"]):
                    context = self.text[block.start : q.open_mark] or (self.btext(i - 1) if i else "")
                    speaker = self.mention(context)
            if speaker is None and before:
                speaker = self.book.resolve(before[1])
            if speaker is None and any_quote and (at_start or before is None) and self._continues(cursor, q):
                speaker = speaker_here
            if speaker is None and at_start and default_speaker is not None:
                speaker = default_speaker
            if speaker is None or (words < self.rules.min_quote_words and not after and not at_start):
                continue
            if before:
                pieces.append(self.piece(cursor, before[0], "body"))
                pieces.append(self.piece(before[0], q.open_mark, "lead"))
            else:
                pieces.append(self.piece(cursor, q.open_mark, "body"))
            pieces.append(self.piece(q.start, q.end, "quote", speaker))
            cursor = q.end + (1 if q.closed else 0)
            if after:
                pieces.append(self.piece(cursor, after[1], "lead", strip=",\u2014\u2013-"))
                cursor = after[1]
            any_quote = True
            speaker_here = speaker
            state.last_quote = speaker
        if not any_quote:
            self.set_label(i, "headline" if self.is_heading(i, self.btext(i)) else "body")
            state.pending, state.mode, state.run, state.last_quote = None, "", None, None
            return
        pieces.append(self.piece(cursor, block.end, "body"))
        self.pieces[i] = [p for p in pieces if p]
        self.labels[i] = "quote"
        state.run = None
        if quotes and not quotes[-1].closed and self.pieces[i][-1].label == "quote":
            state.run = speaker_here

    def is_heading(self, i: int, text: str) -> bool:
        """A section heading inside the statement: short, unpunctuated, followed by a paragraph."""
        block = self.blocks[i]
        if block.marker and not block.marker.startswith("#") and not re.fullmatch(r"\(?[\dIVXivx]{1,4}[.)]", block.marker):
            return False
        if not _is_heading_like(text) or text.endswith(",") or not text[:1].isupper() or _words(text) > 12:
            return False
        following = next((j for j in range(i + 1, len(self.blocks)) if self.labels[j] != "boilerplate"), None)
        return following is not None and _words(self.btext(following)) > _words(text) + 4

    def _continues(self, cursor: int, q) -> bool:
        """Between an attribution and the next quotation there is nothing but punctuation."""
        return not self.text[cursor : q.open_mark].strip(" ,.;:\u2014\u2013-")

    def pull_quote_attribution(self, i: int, text: str) -> bool:
        """"Jane Roe, CEO of Acme" or "-- Jane Roe" on its own line after an unattributed quote."""
        if _words(text) > 15 or text.endswith(".") and _words(text) > 8:
            return False
        found = parse_speaker(text, self.rules)
        if found is None or not found.name:
            return False
        speaker = self.book.resolve(text)
        self.set_label(i, "lead")
        for piece in self.state.unattributed:
            piece.speaker = speaker
        self.state.unattributed = []
        return True

    # --- closing passes ------------------------------------------------------------------------
    def finish_unattributed(self):
        """Quotes nobody could be tied to: the last quoted speaker, else the publisher's text."""
        for pieces in self.pieces.values():
            for piece in pieces:
                if piece.label == "quote" and piece.speaker is None:
                    piece.label = "body"

    def mark_first_paragraph_lead(self, lo: int, hi: int):
        """In a statement that quotes someone, the publisher's opening paragraph is the lead."""
        quote_blocks = [i for i in range(lo, hi) if any(p.label == "quote" for p in self.pieces.get(i, []))]
        if not quote_blocks:
            return
        for i in range(lo, quote_blocks[0]):
            pieces = self.pieces.get(i, [])
            if self.labels[i] in ("boilerplate", "note", "headline") or not pieces:
                continue
            if all(p.label in ("body", "lead") for p in pieces) and not self.blocks[i].marker:
                text = self.btext(i)
                near = quote_blocks[0] - i <= 3
                if near or self.rules.verbs.search(text) or self.rules.response.search(text) or self._mentions_speaker(text):
                    for piece in pieces:
                        piece.label = "lead"
            return

    def _mentions_speaker(self, text: str) -> bool:
        lowered = text.lower()
        for speaker in self.book.speakers:
            for value in (speaker.name, speaker.org):
                if value and value.lower().split()[-1] in lowered:
                    return True
        return False

    def mark_signatories(self, lo: int, hi: int):
        """Signatory blocks after a sign-off or a "Signed:" line, and trailing lists of names, are notes."""
        start = None
        for i in range(lo, hi):
            text = self.btext(i)
            if self.rules.sign_off.match(text):
                start = i + 1
            elif self.rules.signed.match(text) and _words(text) <= 6:
                start = i
        if start is None:
            # a trailing run of short lines, three or more, with no sentence among them
            run = []
            for i in range(hi - 1, lo - 1, -1):
                text = self.btext(i)
                if self.labels[i] == "boilerplate":
                    if run:
                        break
                    continue
                if _words(text) <= 15 and not text.endswith(".") and self.labels[i] in (None, "body", "lead"):
                    run.append(i)
                else:
                    break
            if len(run) >= 3 and any("," in self.btext(i) for i in run):
                start = min(run)
        if start is None:
            return
        for i in range(start, hi):
            if self.labels[i] != "boilerplate":
                self.set_label(i, "note")

    def export(self) -> tuple[list[dict], list[dict]]:
        pieces = []
        for i in range(len(self.blocks)):
            pieces.extend(self.pieces.get(i, []))
            if i not in self.pieces and self.labels[i] is None:
                block = self.blocks[i]
                pieces.append(Piece(block.start, block.end, "body"))
        pieces = [p for p in pieces if p.end > p.start]
        pieces.sort(key=lambda p: p.start)
        used = [p.speaker for p in pieces if p.label == "quote" and p.speaker is not None]
        speakers, ids = self.book.export(used)
        segments = []
        last_end = 0
        for p in pieces:
            start = max(p.start, last_end)
            start, end = _trim(self.text, start, p.end)
            if end <= start:
                continue
            segment = {"start": start, "end": end, "label": p.label}
            if p.label == "quote":
                segment["speaker"] = ids[p.speaker]
            segments.append(segment)
            last_end = end
        return segments, speakers


def segment_statement(
    text: str, rules: SegmenterRules, publisher: str | None = None
) -> tuple[list[dict], list[dict]]:
    """Segments (`start`, `end`, `label`, `speaker` on quotes) and speakers of one statement.

    `publisher` (the body publishing it, from metadata) resolves "the charity said" and the like.
    """
    return _Segmenter(text, rules, publisher).run()
