"""Speech passes of the segmenter: speeches, testimony, transcripts and interviews."""

from __future__ import annotations

import itertools
import re
from collections import Counter

from .attribution import (_KNOWN_ONLY_AS, _NAME_WORD, RELATIVE_CLAUSE_INSIDE, Speaker, _is_cap, dashed_speaker, _title_case, name_tokens,
                          parse_role_line, parse_speaker, speech_verbs)
from .dialogue import _EMAIL_FIELD
from .quotes import ALL_MARKS, CLOSING_DOUBLE_MARKS, find_quotes
from .segment_common import _FIRST_PERSON, _LABEL, _NAME_LABEL, _SENTENCE_END, _WHEN_OPENER, _is_heading_like, _words


# words that stand before a letter that is no initial ("in Annex B.", "to Plan B.")
_NO_INITIAL_AFTER = {"in", "to", "of", "at", "on", "for", "from", "under", "see", "the", "a", "an", "and", "with", "by"}
_WRITTEN_SUBMISSION = re.compile(r"\b(?:written|submission|submitted)\b", re.IGNORECASE)
# "my speech to the Winter Dinner": the author presents the speech as their own post
_REPORTER = re.compile(r"\b(?:correspondent|reporter|journalist|columnist|staff writer|(?:news|political|technology|home affairs|"
                       r"security|digital|deputy|assistant|contributing|managing) editor|editor-at-large)\b", re.IGNORECASE)
_OWN_SPEECH = re.compile(r"\bmy (?:speech|remarks|keynote|lecture)\b", re.IGNORECASE)
# "Question (Geneva Wire Service):", "Q (Daily Ledger):": a reporter known by their outlet
_OUTLET_QUESTION = re.compile(r"^(?:Q|Question|Reporter|Journalist)\s*\((?P<org>[^()]{2,80})\)$", re.IGNORECASE)
_INTERVIEW_LABELS = ("Q", "Question", "A", "Answer")  # questions first
_FAQ_HEADING = re.compile(r"^(?:annex\s*\w{0,3}\s*[:\u2013\u2014-]?\s*)?(?:questions\s+and\s+answers|q\s*&\s*a|faqs?|frequently\s+asked\s+questions)"
                          r"(?:\s+(?:on|about)\b.{0,60})?$", re.IGNORECASE)
# "Q. Dr Roe, you told the court ...": a court record's question and answer, marked with a full stop
_COURT_LABEL = re.compile(r"^(?:\*{1,2}|_{1,2})?(?P<label>Q|A)\.\s+(?=\S)")
# "*Q. Will you order ...?*": an interview's question in italics, its label inside the emphasis
_EMPHASISED_TURN = re.compile(r"^(?=[*_])" + _COURT_LABEL.pattern[1:])
# an interview says so and names the person it questions; "Q&A" alone heads an FAQ as often
_INTERVIEW_WORD = re.compile(r"\binterview(?:ed|s)?\b", re.IGNORECASE)
# "Interview by Jo Roe | 2 September": the byline of the one who asks
_INTERVIEW_BY = re.compile(r"\b(?i:interview|questions)[ \t]+by[ \t]+(?P<who>[A-Z][\w.'\u2019-]+(?:[ \t]+[A-Z][\w.'\u2019-]+){1,3})")
# "Chairman WHITCROFT. Ms. Nyame, ...", "SEN. MANANSALA. Thank you": a hearing record's label ends in a full stop
_HEARING_LABEL = re.compile(r"^(?P<label>(?:[A-Z][A-Za-z]{1,12}\.?\s+){0,2}[A-Z][A-Z'\u2019\-]{2,}(?:\s+[A-Z][A-Z'\u2019\-]{2,})?)"
                            r"\.\s+(?=[A-Z\u201c\"])")
# "Q \u2014 u/cobaltheron", "A \u2014 Dara", "MOD \u2014 u/quietfern": an AMA's label line, the role before the person
_ROLE_FIRST_LINE = re.compile(r"^(?P<role>[A-Za-z][A-Za-z ]{0,24}?)\s+[\u2014\u2013]\s+"
                              r"(?P<who>(?:u/|@)?[\w.'\u2019\-]+(?:\s+[\w.'\u2019\-]+){0,3})$")
_QUESTION_ANSWER = {"q", "a", "question", "answer"}
# "This extract covers ...", "This is an edited excerpt of ...": a speech page's note on what it prints
_EXTRACT_NOTE = re.compile(r"^(?:this|the following)\s+(?:is\s+an?\s+)?(?:(?:edited|abridged|short)\s+)?(?:extract|excerpt|version|transcript)\b",
                           re.IGNORECASE)
_TITLED_HEARING_LABEL = re.compile(r"^(?P<label>(?:[A-Z][a-z]+\.?\s+){1,3}[A-Z][a-z][\w'\u2019\-]+)\.\s+(?=[A-Z\u201c\"])")
_NAMED_ANSWER = re.compile(r"^(?:A|Answer)\s*\((?P<who>[^()]{2,60})\)$", re.IGNORECASE)
_RELATIVE_OPENER = re.compile(r"^(?:who|whom|whose|which)\b", re.IGNORECASE)
_BRACKETED_OUTLET = re.compile(r"^\s*[\[(](?P<org>[A-Z][^\])]{1,60})[\])]\s*")
_PARENTHESES = re.compile(r"\(([^()]{2,80})\)")
_REFERENCE_NUMBER = re.compile(r"\s+(?:no\.?\s*)?\d[\w./\-]*$")
_LAW_TITLE = re.compile(r"\b(?:[A-Z][\w\-]*[^\S\n]+){1,6}(?:\([^()\n]{1,40}\)[^\S\n]+)?(?:Bill|Act|Regulations|Directive|Code)\b")
_STAFF_OF = re.compile(r"(?P<name>[A-Z][\w'\u2019\-]+(?:[^\S\n]+[A-Z][\w'\u2019\-]+){1,2}),[^\S\n]+"
                       r"(?:[a-z][\w\-]*[^\S\n]+){1,3}(?:of|at|for)[^\S\n]+(?:the[^\S\n]+)?"
                       r"(?P<org>[A-Z][\w'\u2019\-]*(?:[^\S\n]+[A-Z][\w'\u2019\-]*){0,4})")
# a body's people, named after the body ("Juniper Line counsellors", "Acme engineers")
_STAFF_WORDS = {"staff", "team", "volunteers", "members", "workers", "counsellors", "officers", "researchers", "engineers",
                "advisers", "advisors", "caseworkers", "analysts", "investigators", "lawyers", "nurses", "teachers"}
_PARTY_AND_SEAT = re.compile(r"\([^(),]{2,60},[^()]{2,60}\)")  # "(Ashcott Greens, Eastfield ward)"
# a speaker's name on a line of its own is all label; an automatic transcript puts the time after
# it ("Jo Roe  00:04"), which stays in the label line but is no part of the name
_WHOLE = re.compile(r"(?P<label>.*?\S)(?:\s+[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?)?\s*$")
_IN_WORD_APOSTROPHE = re.compile(r"(?<=\w)['\u2019](?=\w)")
_LINE_END = (".", "!", "?", ":", ";", ",")
_ORG_RUN = re.compile(r"\b[A-Z][\w'\u2019\-]*(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w'\u2019\-]*){0,6}")


# "who asks to be identified only by her handle", "who prefers to be known only by her first name"
# "Ayse was abused ... She asked us to publish her account using only her first name": a person the
# paragraph names by one word, its subject
_FIRST_NAME_ONLY = re.compile(r"\b(?:only|just)\s+(?:her|his|their)\s+(?:first|given)\s+name\b"
                              r"|\b(?:her|his|their)\s+(?:first|given)\s+name\s+only\b", re.IGNORECASE)
_ONE_WORD_SUBJECT = re.compile(r"^(?P<name>[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'\u2019\-]+)(?:,\s*(?:now\s+)?(?:aged\s+)?\d{1,2},)?"
                               r"\s+(?:was|is|has|had|says|said|told|lives|works|volunteers)\b")  # singular: not "Officers have asked"
# "Priya, 15, described ...", "For Ihaia, 17, who volunteers ...": what follows a person's name and age (not "For
# Android, 14, was the version ...")
# ("Lisbeth, 15, contacted the helpline ...": a verb in the past tense after the age)
_PERSON_AFTER_AGE = re.compile(r"(?:who|described|recalled|remembers|remembered|told|tells|said|says|explained|wrote|spoke"
                               r"|rang|phoned|called|contacted|emailed|texted|messaged|reached\s+out|fled|joined\s+(?:us|our))\b")
_ONE_NAME_ONLY = re.compile(r"^who\s+(?:asks?|asked|prefers?|preferred|wish(?:es|ed)?|goes|went)\s+(?:to\s+be\s+|by\s+)?"
                            r"(?:identified|named|known|called|a\s+single\s+name|one\s+name)", re.IGNORECASE)

class _Extended:
    """A label match whose label line runs on past the colon ("Q: [Outlet]")."""

    def __init__(self, match: re.Match, end: int):
        self._match, self._end = match, end

    def group(self, *names):
        return self._match.group(*names)

    def end(self) -> int:
        return self._end


def _strip_honours(name: str) -> str:
    """"The Hon. Jane Roe MP" -> "Jane Roe"."""
    name = re.sub(r"^(?:The\s+)?(?:Hon\.?|Rt\.? Hon\.?)\s+", "", name.strip())
    return re.sub(r"\s+(?:MP|MLA|MSP|MEP|QC|KC)$", "", name, flags=re.IGNORECASE)


# "FERRANTE-OBI, Deputy Commissioner Lachlan, Cyber Crime, Federal Police": committee witness lists
# put the surname first in capitals, then the title and given names
_SURNAME_FIRST = re.compile(r"^(?P<surname>[A-Z][A-Z'\u2019\-]+(?:\s+[A-Z][A-Z'\u2019\-]+)?),\s+(?P<given>[A-Z][^,]{1,60})(?P<rest>,.*)?$")


# "By Eng. Jane Roe, Director-General": a speech page's byline
# "Cass, 24, a member since 2021": a person introduced by name and age (a first name may be all there is)
# "As Tovah, 17, who sits on our panel, put it": "As" opens the clause, it is not a given name
_NAME_AGE = re.compile(r"^(?:As\s+)?(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019.-]+){0,2}),\s+(?:aged\s+)?\d{1,2},")
# "2 April 2025 · 6 min read · By Jo Roe": a byline closing a line of furniture
_TRAILING_BYLINE = re.compile(r"[\u00b7|\u2022]\s*by\s+(?P<who>[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3})\s*$",
                              re.IGNORECASE)
_ASKED_HER = re.compile(r"(?:^|[.!?]\s+|\n)([^.!?\n]{3,80}?)\s+(?:asked|questioned|put (?:these|our|the) questions to)"
                        r"\s+(?:her|him|them)\b")
# "By Eng. Jo Roe, Director-General"; a government portal's "From: Department for X and Jo Roe MP, Minister of State"
_BY_LINE = re.compile(r"^(?:by\s+|from:\s+(?:(?P<org>[A-Z][^\n]{2,100})\s+and\s+)?)(?P<who>[A-Z].{2,150})$", re.IGNORECASE)
# "Its answers, from Jo Roe, head of privacy, are published below": who answers a written Q&A
_REPLIES_FROM = re.compile(r"\b(?:answers|replies|responses),?\s+(?:are\s+)?(?:from|by)\s+(.{3,120}?)(?:,\s+(?:are|were)\b|[.;]|$)")
# the member who tabled a written parliamentary question
_MEMBER_LINE = re.compile(r"^[\u2013\u2014\-]+\s*(?P<who>[A-Z][^.]{2,80}?)\.?$")
_NESTED_NAME = re.compile(r"^(?:the\s+)?(?P<role>[A-Z][^()]{1,60}?)\s*\((?P<who>[^()]{3,80}?)\s*\([^()]{1,60}\)\)$", re.IGNORECASE)
_DASHES = re.compile(r"(?<!\s)\s+[\u2013\u2014-]\s+")  # from the start of a run of spaces only: linear
_ROLE_LINE = re.compile(r"^(?P<role>[A-Za-z][A-Za-z \-]{2,24})\s*:\s*(?P<who>[A-Z].{2,120})$")
# "HT \u2014 Hazel Teo-Marican, Head of Advocacy (host)": a speaker key for turns labelled with initials
_KEY_LINE = re.compile(r"^(?P<key>[A-Z]{1,4})\s*(?:[\u2014\u2013=:]|-{1,2})\s*(?P<who>[A-Z\u201c\"].{2,160})$")


_FULL_NAME = re.compile(r"\b[A-Z][\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019\-]+){1,2}\b")
# a name after up to four words of titles ("Ch Insp Nokuthula Hadebe", "Det Ch Insp Jo Roe")
_TITLED_NAME = re.compile(r"\b[A-Z][\w'\u2019\-]+(?:[^\S\n]+[A-Z][\w'\u2019\-]+){2,5}\b")


# "Senators Dumont, McAlistair (Chair), Pellegrino": one title for several members, their names after it
_PLURAL_TITLE = re.compile(r"^(?P<title>Senators|Councillors|Cllrs|Deputies|Representatives|Reps|Members)\s+(?P<names>.+)$")


_SINGULAR_TITLE = {"Senators": "Senator", "Councillors": "Councillor", "Cllrs": "Cllr", "Deputies": "Deputy",
                   "Representatives": "Representative", "Reps": "Rep", "Members": ""}
_COMMA_OUTSIDE_BRACKETS = re.compile(r",\s*(?![^()]*\))")


def _plural_title_entries(entry: str) -> list[str]:
    """"Senators Dumont, McAlistair (Chair), Pellegrino" -> "Senator Dumont", "Senator McAlistair (Chair)",
    "Senator Pellegrino"; any other entry as it is. (A comma inside brackets, "Roe (Lab, Chair)", splits nothing.)"""
    match = _PLURAL_TITLE.match(entry.strip())
    parts = [part.strip() for part in _COMMA_OUTSIDE_BRACKETS.split(match.group("names"))] if match else []
    if len(parts) < 2 or not all(part[:1].isupper() and len(re.sub(r"\s*\(.*\)", "", part).split()) <= 3 for part in parts):
        return [entry]
    title = _SINGULAR_TITLE[match.group("title")]
    return [f"{title} {part}".strip() for part in parts]


def _initials(name: str) -> set[str]:
    """"Jean-Luc Roe" -> {"JR", "JLR"}: the ways a transcript may abbreviate a name."""
    orders = [name.split()]
    if len(orders[0]) == 2 and len(orders[0][0]) > 1 and orders[0][0].isupper() and not orders[0][1].isupper():
        orders.append(orders[0][::-1])  # "MATSUURA Taro" is MT or TM: the family name written first in capitals
    return {initials for words in orders for initials in (
        "".join(w[0] for w in words).upper(), "".join(p[0] for w in words for p in w.split("-") if p).upper())}


def _bare_role(label: str) -> str:
    """"The Chair (Mr. Jo Roe (Seat, Lib.))" -> "chair"."""
    return re.sub(r"^the\s+", "", re.sub(r"\s*\(.*$", "", label).strip().lower())


# "Impact Assessment (IA):" defines a term by its initials; "Jo Roe (SNP):" gives a party
_DEFINED_TERM = re.compile(r"^(?P<term>[A-Z][^()]{2,80}?)\s*\((?P<initials>[A-Z]{2,8})\)$")


def defines_abbreviation(label: str) -> bool:
    """"Impact Assessment (IA)", "Online Safety Act (OSA)": a term and its initials in brackets, a
    document's field or heading rather than a speaker with a party or seat."""
    match = _DEFINED_TERM.match(label.strip())
    if match is None:
        return False
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'\u2019\-]*", match.group("term")) if w[0].isupper())
    return initials == match.group("initials") or initials.startswith(match.group("initials"))


def _header_who(match: re.Match) -> str:
    """The speaker a speech header names, with the role it gives ("Spokesperson for X: Name"), without the
    venue right after the name ("Remarks by Minister LAU Wai-ming at the Cyber Defence Forum")."""
    role = match.groupdict().get("role")
    who = match.group("who")
    venue = _VENUE_AFTER_NAME.match(who)
    if venue and re.search(r"(?:^|\s)(?:[A-Z][\w'\u2019]*[\s-]+)?[A-Z][\w'\u2019]*-?[a-z]*$", venue.group("head")) and (
            "," not in venue.group("head")):
        who = venue.group("head")  # (not "Jo Roe, Director at the Agency": the body she works at)
    return who + (", " + role if role else "")


# (an event, not "at the University of Leeds", where the speaker works)
_VENUE_AFTER_NAME = re.compile(r"^(?P<head>.+?)\s+at\s+the\s+(?=[A-Z])(?=[^,]*\b(?:Forum|Conference|Summit|Opening|opening|Launch|launch|Week|"
                               r"Festival|Convention|Symposium|Congress|Dinner|Reception|Ceremony|Lecture|Event|Meeting|Session|Expo|Day)\b)")


_JOINT_DOCUMENT = re.compile(r"(?:a\s+)?joint\s+(?:statement|declaration|communiqu[e\u00e9]|letter)\b", re.IGNORECASE)
# "by the digital ministers of A, B and C", "by the undersigned organisations": signers named as a group
_COLLECTIVE_SIGNERS = re.compile(r"\bby\s+(?:the|its|our)\s+(?:[\w-]+\s+){0,3}(?:ministers|governments|members|undersigned"
                                 r"|organisations|organizations|parties|leaders|heads|signatories|authorities)\b", re.IGNORECASE)


def _label_key(label: str, rules) -> str:
    """A titled person's turn label by surname ("Mr Leopold Quellby (Sallow Vale)" -> "quellby"); any other
    label whole ("Option A", "Labour Position")."""
    bare = re.sub(r"\s*\(.*$", "", label).strip()
    words = bare.split()
    person = len(words) > 1 and words[0].lower().rstrip(".") in rules.name_titles
    return words[-1].lower() if person and len(words[-1]) >= 3 else bare.lower()


# what follows a label that is a figure and nothing else ("102,842", "12.5%", "\u00a34.1m")
_FIGURE_ONLY = re.compile(r"\s*[\d.,%\u00a3$\u20ac\s]*\d[\d.,%\s]*(?:m|bn|k|million|billion)?\.?\s*")


_PICTURED = re.compile(r"\b(?:pictured|speaking|seen|shown|left|right|centre|center)\b")
# a slide deck's notes under each slide, spoken by its presenter
NOTES_LABELS = {"speaker notes", "speaker's notes", "presenter notes", "presenter's notes", "notes for the speaker"}
# a script's bracketed cue: "[V/O]", "[SOT]", "[PTC - FENMOUTH HARBOUR]", "[NARRATION]"
_CUE_LINE = re.compile(r"^\[[^\]\n]{1,80}\]$")
# an exported chat's message line: "[12/06/2025, 19:00:30] Jo Roe: ...", "12/06/2025, 19:00 - Jo Roe: ..."
_CHAT_STAMP = re.compile(r"\[?\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]?(?:\s+-)?\s+")
# a subtitle line's time code ("00:05  Hello."), and an on-screen name among them
_TIME_CODED = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\s+(?=\S)")
_ON_SCREEN = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\s+\[(?:on[- ]screen|caption|lower third|name on screen|super)"
                        r"\s*:\s*(?P<who>[^\[\]\n]{2,160})\]$", re.IGNORECASE)
_PHONE_LABEL = re.compile(r"~?\s*\+?[\d ()\-]{7,}")
_CHAT_LINE = re.compile(_CHAT_STAMP.pattern + r"(?P<label>[^:\u200e\n]{1,60}?):\s")


# the newsroom's own people, who ask the questions in an interview
_ASKING_ROLES = {"editor", "reporter", "correspondent", "journalist", "writer", "host", "presenter", "interviewer", "producer"}
# "I", "my", "me": someone answering for themselves (a publisher writes "we" of itself as well)
_FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|[Mm]y|[Mm]e)\b")


class SpeechPasses:
    """Mixed into the segmenter: documents whose body is one person's words, and turns of a transcript."""

    def mark_transcript_labels(self, lo: int, hi: int):
        """Speaker labels ("PRESENTER:", "Lord Hale (Con):") count when a document has several turns."""
        self.turns: dict[int, re.Match] = {}
        self.cast: dict[str, int] = {}
        self._unmark_court_labels(lo, hi)
        self._mark_clips(lo, hi)
        self._mark_captions(lo, hi)
        self._mark_on_screen_names(lo, hi)
        for i in range(lo, hi):
            if self.labels[i] is not None:
                continue
            match = _LABEL.match(self.btext(i)) or _COURT_LABEL.match(self.btext(i))
            if match and not self._header_label(match.group("label")) and self._office_or_short(match.group("label")):
                self.turns[i] = match
        self.turns.update(self._hearing_turns(lo, hi))
        self.turns.update(self._chat_export_turns(lo, hi))
        self.turns.update(self._name_line_turns(lo, hi, len(self.turns)))
        # "Ms Wharerau-Bell:" answers "Q2 Senator TORRANCE (Grn):": ordinary capitals beside labels in capitals
        self.turns.update({i: m for i, m in self._titled_turns(lo, hi, len(self.turns)).items() if i not in self.turns})
        for i in self.header_fields:
            self.turns.pop(i, None)  # "Hearing: 10-12 March 2025" in a header of fields
        for i in [i for i, m in self.turns.items() if _EMAIL_FIELD.match(m.group("label").strip() + ":")]:
            del self.turns[i]  # "Sent: 4 November 2024 09:12" under "From: ...": an e-mail's header, no one's turn
        self._drop_figure_rows()
        labels = {m.group("label").lower() for m in self.turns.values()}
        party = any("(" in m.group("label") for m in self.turns.values())
        if len(self.turns) < 2 and not party:
            self.turns = {}
            return
        # later turns often drop the constituency and party: "Marama Te Huia:" after "Marama Te Huia (...) (...):"
        known = {re.sub(r"\s*\(.*$", "", label).strip().lower() for label in labels}
        # "Harun bin Mahadi:" after "The Minister for Home Affairs (Harun bin Mahadi):": the name in an office's brackets
        # (only under an office: "Dep. Jo Roe (Rio de Janeiro):" gives a seat, no name)
        known |= {inside.strip().lower() for m in self.turns.values() if self._office_label(m.group("label"))
                  for inside in _PARENTHESES.findall(m.group("label"))
                  if self._names_person(_title_case(inside.strip()) if inside.isupper() else inside.strip())}
        for i in range(lo, hi):
            if self.labels[i] is None and i not in self.turns:
                match = _NAME_LABEL.match(self.btext(i)) or self.rules.particle_name_label.match(self.btext(i))
                if match and self._known_label(match.group("label"), known):
                    self.turns[i] = match
        self._mark_cast(lo, hi)
        self._mark_bench(hi)
        self._mark_key_lines(lo, hi)
        self._mark_cast_lists(lo, min(self.turns) if self.turns else hi)

    def _mark_clips(self, lo: int, hi: int):
        """A radio script's clip: "INSERT 1: ROE" (a lead) and the recorded words on the lines under it,
        down to a blank line or the script's cue line ("DUR: 0'15\"  OUT: ..."), are that speaker's."""
        if self.rules.clip_line is None:
            return
        for i in range(lo, hi - 1):
            match = self.rules.clip_line.match(self.btext(i)) if self.labels[i] in (None, "boilerplate") else None
            # (a cue in brackets stands over the clip's paragraph, a blank line between; a bare cue over its lines)
            # ("BRAKSTAD:" under the cue: a turn label, which the transcript pass reads)
            cued = bool(match and match.group("cue")) and not _LABEL.match(self.btext(i + 1))
            if not match or self.blocks[i + 1].blank_before and not cued or self.labels[i + 1] is not None or (
                    self.labels[i] is not None and not cued):
                continue
            who = _title_case(match.group("who").strip()) if match.group("who").isupper() else match.group("who").strip()
            words = who.split()
            if not (name_tokens(words, self.rules) or len(words) == 1 and _NAME_WORD.fullmatch(who)
                    and who.lower() not in self.rules.name_stopwords | self.rules.org_words):
                continue  # "CLIP 3: Crowd noise": no one speaks
            full = self.book.full_name(who) if len(words) == 1 else None
            speaker = self.book.resolve(", ".join(filter(None, [full or who, match.group("role")])))
            if speaker is None:
                continue
            if cued:
                # the cue is the script's furniture; the clip is the paragraph under it when the page names the
                # person in full and the paragraph is no one else's attributed words or the newsreader's back-announce
                clip = self.btext(i + 1)
                surname = (full or "").split()[-1:] if full else []
                if full and len(full.split()) > 1 and not any(m in clip for m in ALL_MARKS) and not (
                        surname and re.search(rf"\b{re.escape(surname[0])}\b", clip)) and not speech_verbs(clip, self.rules):
                    self.set_label(i, "boilerplate")
                    self.set_label(i + 1, "quote", speaker)
                continue
            self.set_label(i, "lead")
            if i > lo and self.labels[i - 1] is None and self.btext(i - 1).endswith(":"):
                # "Mr Roe told members the power would be limited:" introduces the clip, and only the clip
                self.set_label(i - 1, "lead")
            j = i + 1
            while j < hi and self.labels[j] is None and (j == i + 1 or not self.blocks[j].blank_before):
                self.set_label(j, "quote", speaker)
                j += 1

    def _mark_on_screen_names(self, lo: int, hi: int):
        """A video's subtitles, a time code on each line: "00:03  [On screen: Jo Roe \u2014 Chief Executive, Acme]"
        is the lead, and the time-coded lines under it, to the next bracketed line, that person's words."""
        coded = [i for i in range(lo, hi) if _TIME_CODED.match(self.btext(i))]
        if len(coded) < 3:
            return
        for i in coded:
            # (the first on-screen name under a title may have been taken for a second title)
            match = _ON_SCREEN.match(self.btext(i)) if self.labels[i] in (None, "boilerplate", "headline") else None
            if match is None and self.labels[i] is None and _CUE_LINE.match(self.btext(i)[_TIME_CODED.match(self.btext(i)).end():]):
                self.set_label(i, "boilerplate")  # "00:00  [Soft piano music.]": the video's own furniture
            if match is None:
                continue
            who = _DASHES.sub(", ", match.group("who").strip())
            found = parse_speaker(who, self.rules)
            if found is None or not found.name:
                continue  # "[On screen: a chart of referrals]"
            speaker = self.book.resolve(who)
            block = self.blocks[i]
            indent = len(self.btext(i)) - len(self.btext(i).lstrip())
            self.pieces[i] = [p for p in [self.piece(block.start + indent + match.start("who"), block.end, "lead", strip="[]")] if p]
            self.labels[i] = "lead"
            j = i + 1
            # (to the next bracketed line, or a line another speaker's label opens: "00:14  INTERVIEWER: ...")
            while j < hi and self.labels[j] is None and (spoken := _TIME_CODED.match(self.btext(j))) and (
                    not self.btext(j)[spoken.end():].lstrip().startswith("[")) and not _LABEL.match(self.btext(j)[spoken.end():]):
                start = self.blocks[j].start + spoken.end()
                self.pieces[j] = [p for p in [self.piece(start, self.blocks[j].end, "quote", speaker, strip=ALL_MARKS)] if p]
                self.labels[j] = "quote"
                j += 1

    def _drop_figure_rows(self):
        """"REFERRALS: 102,842" on every line that label opens is a table's rows, not turns ("A: 212." answers
        beside other answers that have words)."""
        rows: dict[str, list[int]] = {}
        for i, match in self.turns.items():
            rows.setdefault(match.group("label"), []).append(i)
        for label, blocks in rows.items():
            figures = all(_FIGURE_ONLY.fullmatch(self.btext(i)[self.turns[i].end():]) for i in blocks)
            # (the rows follow one another: "Q: How many? A: 212." interleaves questions)
            if figures and not any(min(blocks) < i < max(blocks) for i in self.turns if i not in blocks):
                for i in blocks:
                    del self.turns[i]

    def _mark_captions(self, lo: int, hi: int):
        """A broadcast script's on-screen name ("SUPER: Jo Roe, Chief Constable", "CAPTION: JO ROE | Director") is
        the lead, and the lines under it, down to a blank line or a bracketed cue ("[V/O]"), that speaker's words."""
        if self.rules.caption_line is None:
            return
        matches = {i: m for i in range(lo, hi - 1) if self.labels[i] in (None, "boilerplate") and (
            m := self.rules.caption_line.match(self.btext(i)))}
        # a script: its cues in brackets, a timecode on the caption or two captions ("CAPTION: Jo Roe, Chief
        # Constable" under a news photo, once, is the photo's)
        script = len(matches) >= 2 or any(_CUE_LINE.match(self.btext(j)) for j in range(lo, hi)) or any(
            m.group(0).startswith("[") or m.group(0).lstrip().upper().startswith("SUPER") for m in matches.values())
        for i, match in matches.items() if script else ():
            # (its " | " looked like a breadcrumb's to the furniture pass; an earlier caption's lines may have taken it)
            if self.labels[i] not in (None, "boilerplate") or self.blocks[i + 1].blank_before or self.labels[i + 1] is not None:
                continue
            who = match.group("who").strip()
            who = _title_case(who) if who.isupper() else who
            phrase = ", ".join(filter(None, [who, match.group("role")]))
            if _PICTURED.search(phrase):
                continue  # "SUPER: Jo Roe, pictured at the launch": a picture's caption
            found = parse_speaker(phrase, self.rules)
            if found is not None and (found.name or found.org):
                speaker = self.book.resolve(phrase)
            elif _NAME_WORD.fullmatch(who.split(",")[0]) and who.split(",")[0].lower() not in self.rules.name_stopwords:
                # "SUPER: Kerensa, parent": a member of the public, known by a first name
                first, _, role = who.partition(",")
                speaker = self.book.resolve_known(Speaker(first, role.strip() or match.group("role"), None))
            else:
                continue  # "CAPTION: Officers at the scene": a picture, no one speaks
            if speaker is None:
                continue
            self.set_label(i, "lead")
            j = i + 1
            while j < hi and self.labels[j] is None and (j == i + 1 or not self.blocks[j].blank_before) and (
                    not _CUE_LINE.match(self.btext(j))):
                block = self.blocks[j]
                quote = self.piece(block.start, block.end, "quote", speaker, strip=ALL_MARKS)
                self.pieces[j], self.labels[j] = [quote] if quote else [], "quote"
                j += 1

    def _chat_export_turns(self, lo: int, hi: int) -> dict[int, re.Match]:
        """A messaging app's exported chat ("[12/06/2025, 19:00:30] Jo Roe: ..."): each message a turn, the app's
        own lines ("\u200eMessages and calls are end-to-end encrypted", "\u200e<Media omitted>") its furniture."""
        stamped = [i for i in range(lo, hi) if self.labels[i] is None and _CHAT_STAMP.match(self.btext(i))]
        if len(stamped) < 3:
            return {}
        found, furniture = {}, []
        for i in stamped:
            text = self.btext(i)
            match = _CHAT_LINE.match(text)
            if text[_CHAT_STAMP.match(text).end():].startswith("\u200e") or match and text[match.end():].startswith("\u200e"):
                furniture.append(i)  # the app's own line: "\u200eJo Roe joined", "\u200e<Media omitted>"
            elif match:
                found[i] = match
        labels = Counter(m.group("label").strip() for m in found.values())
        # two people or more, each named as people are ("[12/06/2025 19:25] Suspect detained at the address: two
        # phones seized." is a log's entry, not a message)
        people = all(len(label.split()) <= 4 and all(_is_cap(w) for w in label.split()) or _PHONE_LABEL.fullmatch(label)
                     for label in labels)  # (a participant saved only as a number: "+44 7700 900123")
        if len(labels) < 2 or max(labels.values()) < 2 and len(labels) < 3 or not people:
            return {}
        for i in furniture:
            self.set_label(i, "boilerplate")
        return found

    def _hearing_turns(self, lo: int, hi: int) -> dict[int, re.Match]:
        """Labels ending in a full stop count when three or more turns, by two speakers or more, use them."""
        found, titled = {}, Counter()
        for i in range(lo, hi):
            if self.labels[i] is None and i not in self.turns:
                match = _HEARING_LABEL.match(self.btext(i))
                if match is None and (match := self._titled_hearing_label(self.btext(i))):
                    titled[match.group("label")] += 1
                if match and not self._header_label(match.group("label")):
                    found[i] = match
        if titled and max(titled.values()) < 2:
            # ("Professor Ellery. Professor of ...", "Dr. Tennant. Head of ...": speakers' biographies, each once)
            found = {i: m for i, m in found.items() if m.group("label") not in titled}
        return found if len(found) >= 3 and len({m.group("label") for m in found.values()}) >= 2 else {}

    def _titled_hearing_label(self, text: str) -> re.Match | None:
        """"Chairman Treverbyn. The committee will come to order.", "Dr. Zevenbergen. Thank you": a printed
        hearing's label in ordinary case, a title or office and a surname, ending in a full stop."""
        match = _TITLED_HEARING_LABEL.match(text)
        if match is None:
            return None
        words = match.group("label").split()
        titles = words[:-1]
        surname = words[-1]
        office = all(w.lower().rstrip(".") in self.rules.name_titles | self.rules.role_words | self.rules.role_modifiers
                     for w in titles)
        return match if office and surname.lower() not in self.rules.role_words | self.rules.name_stopwords else None

    def _unmark_court_labels(self, lo: int, hi: int):
        """"Q." and "A." were read as list letters; in a record with both, they are the turns' labels:
        a court record's, where an examination heading says who asks, or an interview's."""
        marked = [i for i in range(lo, hi) if self.blocks[i].marker in ("Q.", "A.") and self.labels[i] is None]
        emphasised = {i: m.group("label") for i in range(lo, hi)
                      if self.labels[i] is None and (m := _EMPHASISED_TURN.match(self.btext(i)))}
        kinds = {self.blocks[i].marker[0] for i in marked} | set(emphasised.values())
        if len(kinds) < 2 or len(marked) + len(emphasised) < 4 or not marked:
            return
        first = min(marked + list(emphasised))
        court = any(p.match(self.btext(i).strip()) for i in range(lo, first) for p in self.rules.examination_headings)
        intro = "\n".join(self.btext(i) for i in range(0, first))[:2000]
        if not court and not (_INTERVIEW_WORD.search(intro) and self.mention(intro) is not None):
            return  # a list lettered "A.", "B." ..., or an FAQ's own questions ("... : Q&A")
        for i in marked:
            block = self.blocks[i]
            block.start, block.marker = self.text.rfind(block.marker, 0, block.start), ""
            self.block_texts[i] = None  # the block's text changed

    def _named_by_initials(self, label: str) -> int | None:
        """The person the introduction names in full with these initials ("MK" -> "Marit Kuti"); the
        introduction is read once per statement, not once per turn."""
        if not hasattr(self, "_intro_initials"):
            self._intro_initials: dict[str, str] = {}
            bodies: dict[str, str] = {}
            first_turn = self.blocks[min(self.turns)].start if self.turns else len(self.text)
            # "Kofi Ames, editor of Privacy Brief": the outlet -> its person, in one pass over the introduction
            staff = {m.group("org"): m.group("name") for m in _STAFF_OF.finditer(self.text, 0, first_turn)
                     if name_tokens(m.group("name").split(), self.rules) == len(m.group("name").split())}
            titles = self.rules.name_titles | self.rules.role_words | self.rules.role_modifiers
            for match in _FULL_NAME.finditer(self.text, 0, first_turn):
                tokens = match.group(0).split()
                while len(tokens) > 2 and (tokens[0].lower().rstrip(".") in titles or name_tokens(
                        tokens, self.rules) < len(tokens) == name_tokens(tokens[1:], self.rules) + 1):
                    tokens = tokens[1:]  # "Commissioner Ysolde Varnholt": YV; "By Ines Ferreira-Mota": IFM
                if len(tokens) == 3 and tokens[0] in _initials(" ".join(tokens[1:])) and (
                        name_tokens(tokens[1:], self.rules) == 2):
                    # "Speakers: KM Kasia Melnyk, RS Rune Roe": each key in front of the name it stands for
                    self._intro_initials.setdefault(tokens[0], " ".join(tokens[1:]))
                elif name_tokens(tokens, self.rules) == len(tokens):
                    for key in _initials(" ".join(tokens)):
                        self._intro_initials.setdefault(key, " ".join(tokens))
                elif "\n" not in match.group(0):
                    # "PB:" for "Privacy Brief": the person the introduction gives as its editor, else the body
                    org = match.group(0)
                    for key in _initials(org):
                        bodies.setdefault(key, staff.get(org, org))
            for match in _TITLED_NAME.finditer(self.text, 0, first_turn):
                # (after the short names: "Ch Insp Nokuthula Hadebe" is NH once its titles are dropped, where the
                # three-word reading saw "Ch Insp Nokuthula" and "Hadebe")
                tokens = match.group(0).split()
                while len(tokens) > 2 and tokens[0].lower().rstrip(".") in titles:
                    tokens = tokens[1:]
                if len(tokens) <= 3 and name_tokens(tokens, self.rules) == len(tokens):
                    for key in _initials(" ".join(tokens)):
                        self._intro_initials.setdefault(key, " ".join(tokens))
            for key, name in bodies.items():
                self._intro_initials.setdefault(key, name)  # a person with these initials comes first
        name = self._intro_initials.get(label)
        return self.book.resolve(name) if name else None

    def _mark_bench(self, hi: int):
        """"BEFORE THE HONOURABLE JUSTICE JO ROE": the judge "HER HONOUR:" and "THE COURT:" stand for;
        "MS JO DOE SC, counsel for the Respondent": the full name "MS DOE:" and "Q." stand for. The
        header is read from the top: the bench line may have been taken for a subtitle."""
        for i in range(0, min(self.turns, default=hi)):
            text = self.btext(i).strip()
            match = next((m for p in self.rules.bench_lines if (m := p.match(text))), None)
            if match:
                found = Speaker(_title_case(match.group("who").strip()), match.group("role").title(), None)
                speaker = self.book.resolve_known(found)
                for label in self.rules.bench_labels:
                    self.cast.setdefault(label, speaker)
                self.set_label(i, "lead")
                continue
            match = next((m for p in self.rules.appearance_lines if (m := p.match(text))), None)
            if match and self._names_person(_title_case(match.group("who"))):
                self.book.resolve(_title_case(match.group("who")) + ", counsel for " + match.group("side"))
                self.set_label(i, "lead")
            elif self.witness_line(text):
                self.set_label(i, "lead")  # "DR JO DOE, Chief Architect, ACME, sworn": who answers "A."
            elif self.rules.case_title(text) and self.labels[i] is None:
                self.set_label(i, "headline")

    def witness_line(self, text: str) -> bool:
        """A court record's line that swears a witness in ("DR JO DOE, Chief Architect, ACME, sworn"), in a
        record whose turns are "Q." and "A." (read once: the classifier asks on every block of a long record)."""
        if not hasattr(self, "_question_answer_record"):
            self._question_answer_record = any(m.group("label") in ("Q", "A") for m in self.turns.values())
        return self._question_answer_record and _words(text) <= 30 and any(
            p.match(text.strip()) for p in self.rules.witness_lines)

    def court_roles(self, i: int) -> tuple[int | None, int | None]:
        """(questioner, witness) for the "Q." / "A." turn at block `i`: the examination heading and the
        witness line above it ("RE-EXAMINATION BY MR ROE", "DR JO DOE, Chief Architect, ACME, sworn").
        The record is read once; each turn then takes the last heading and witness line before it."""
        if not hasattr(self, "_court_marks"):
            self._court_marks: tuple[list, list] = ([], [])
            for j in range(len(self.blocks)):
                if j in self.turns:
                    continue
                text = self.btext(j).strip()
                heading = next((m for p in self.rules.examination_headings if (m := p.match(text))), None)
                if heading:
                    self._court_marks[0].append((j, _title_case(heading.group("who").strip())))
                witness = next((m for p in self.rules.witness_lines if (m := p.match(text))), None) if (
                    _words(text) <= 30) else None
                if witness:
                    head, _, rest = witness.group("who").strip(" ,").partition(",")
                    self._court_marks[1].append((j, _title_case(head) + (", " + rest.strip() if rest else "")))
        asker, witness = ([who for j, who in marks if j < i][-1:] for marks in self._court_marks)
        return (self.book.resolve(asker[0]) if asker else None), (self.book.resolve(witness[0]) if witness else None)

    def _mark_key_lines(self, lo: int, hi: int):
        """A key of initials above the turns ("AS \u2014 Arul Selvaraj, Police Cybercrime Command"): lead
        lines that say who "AS:" is."""
        labels = {m.group("label").lower() for m in self.turns.values()}
        # (a role line may stand in the masthead above the headline: "READ BY: JO ROE | DUR: 2'40\"")
        for i in range(0, min(self.turns, default=hi)):
            role = _ROLE_LINE.match(self.btext(i).split(" | ")[0])
            who = _title_case(role.group("who")) if role and role.group("who").isupper() else role and role.group("who")
            if role and i < lo and role.group("role").lower() != "read by":
                continue  # above the headline only a bulletin's "READ BY:" field, not a series' "Presenter: ..."
            if role and role.group("role").lower() in self.rules.turn_role_labels and self._names_person(who):
                # "Presenter: Amara Roe" above turns labelled "MODERATOR:" (or "PRESENTER:")
                speaker = self.book.resolve(_PARENTHESES.sub("", who).strip(" ,."))
                if speaker is not None:
                    for label in self.rules.role_synonyms.get(role.group("role").lower(), {role.group("role").lower()}):
                        self.cast.setdefault(label, speaker)
                    if i >= lo:
                        self.set_label(i, "lead")
                continue
            match = _KEY_LINE.match(self.btext(i)) if self.labels[i] is None and i >= lo else None
            if not match or match.group("key").lower() not in labels:
                continue
            # "T \u2013 \u201cTegan\u201d (not her real name), now 20": a pseudonym in quotation marks
            who = re.sub(r"\s+,", ",", _PARENTHESES.sub("", match.group("who")).replace("\u201c", "").replace("\u201d", "")
                         .replace('"', "")).strip(" ,.")
            first = who.split(",")[0].strip()
            if self._names_person(who):
                speaker = self.book.resolve(who)
            elif _NAME_WORD.fullmatch(first) and first.lower() not in self.rules.org_words | self.rules.role_words:
                speaker = self.book.resolve_known(Speaker(first, None, None))  # the key names her by one name
            else:
                speaker = None
            if speaker is not None:
                self.cast[match.group("key").lower()] = speaker
                self.set_label(i, "lead")

    def _titled_turns(self, lo: int, hi: int, labelled: int = 0) -> dict[int, re.Match]:
        """Turns labelled in ordinary capitals ("Ms Penhaligon:", "Q12 Chair:", "Pugh:"): a label
        counts when it names a person or recurs, and the document has three such turns or more (these and
        `labelled` ones in capitals: "Jo Roe MP:" between "The DEPUTY SPEAKER:" and "An HON MEMBER:")."""
        found: dict[int, re.Match] = {}
        for i in range(lo, hi):
            if self.labels[i] is not None:
                continue
            match = _NAME_LABEL.match(self.btext(i))
            if not match:
                continue
            if self._header_label(match.group("label")) or self.rules.cast_heading.match(self.btext(i)):
                continue
            found[i] = match
        # a label recurs by its last word: "Mr Quellby:" answers after "Mr Leopold Quellby (Sallow Vale):"
        counts = Counter(_label_key(m.group("label"), self.rules) for m in found.values())
        # a recurring label, a person's name, or one word ("Lina:") beside recurring labels
        kept = {
            i: m for i, m in found.items()
            if counts[_label_key(m.group("label"), self.rules)] >= 2
            or name_tokens(m.group("label").split(), self.rules) or len(m.group("label").split()) == 1
        }
        return kept if len(kept) + min(labelled, 1) >= 3 and max(counts.values(), default=0) >= 2 else {}

    def _name_under_role_label(self, i: int, match: re.Match, label: str) -> int | None:
        """"Spokesperson: Jo Roe" (or the name alone on the next line): a briefing's header gives the role,
        then the person holding it; the name is a lead, and the turns below are that person's."""
        role = re.sub(r"^the\s+", "", label.strip().lower())
        if role not in self.rules.turn_role_labels:
            return None
        rest = self.btext(i)[match.end():].strip()
        below = rest or (self.btext(i + 1).strip() if i + 1 < len(self.blocks) and self.labels[i + 1] is None else "")
        words = below.split()
        if not 2 <= len(words) <= 5 or below[-1:] in ".:!?" or (
                name_tokens(words, self.rules) != len(words) and self._surname_first(words[0]) != below):
            return None
        if rest:
            self.pieces[i] = [self.piece(self.blocks[i].start, self.blocks[i].end, "lead")]
            self.labels[i] = "lead"
        else:
            self.set_label(i + 1, "lead")
        return self.book.resolve(f"{below}, {_title_case(label.strip())}")

    def _surname_first(self, label: str) -> str | None:
        """"HAN:" is "HAN Seo-yeon": a family name written first, in capitals, before the given name."""
        # read once per label: a transcript repeats its labels, and each reading scans the whole text
        if not hasattr(self, "_surnames_first"):
            self._surnames_first: dict[str, str | None] = {}
        if label not in self._surnames_first:
            self._surnames_first[label] = self._find_surname_first(label)
        return self._surnames_first[label]

    def _find_surname_first(self, label: str) -> str | None:
        label = re.sub(r"\s*\(.*$", "", label).strip()
        if len(label) < 2 or not label.isupper() or not label.isalpha() or label.lower() in self.rules.turn_role_labels:
            return None
        if re.search(rf"\b[Tt]he {re.escape(label)}\b|\({re.escape(label)}\)", self.book.text):
            return None  # "the ICO", "(ICO)": a body's initials, not a family name
        # the given name ends the name: a line's end, a comma or a bracket after it ("NARRATOR Voice over" is no name)
        # (at a line's start or after a colon: "Spokesperson: HAN Seo-yeon", not "Panellists: Ofcom, ICO Wales")
        match = re.search(rf"(?:^|:[ \t]*){re.escape(label)}[ \t]+([A-Z][a-z][\w'\u2019]*(?:-[a-z][\w'\u2019]*)?)(?=[ \t]*(?:$|[,(\n]))",
                          self.book.text, re.MULTILINE)
        common = self.rules.name_stopwords | self.rules.org_words | self.rules.role_words
        if match is None or match.group(1).lower() in common or label.lower() in common:
            return None
        return f"{label} {match.group(1)}"

    def _header_label(self, label: str) -> bool:
        """"SUBJECTS:", "Date:", "Notes to editors:": a header or note field, not a speaker."""
        bare = re.sub(r"\s*\(.*$", "", label).strip().lower()
        bare = _REFERENCE_NUMBER.sub("", bare)  # "Resolution 2025-31:", "Item 7:": a field with its number
        if "(" in label and (self.rules.cast_heading.match(label + ":") or self._defined_term(label)):
            return True  # "Speakers (identified by their initials):" heads a key, it is no turn
        return bare in self.rules.header_labels or bool(self.rules.note_heading.match(label)) or (
            self.rules.is_boilerplate_line(label))

    def _defined_term(self, label: str) -> bool:
        """"Impact Assessment (IA)": a document's term and its initials; "Nadia Hollis (NH)" and
        "National Crime Agency (NCA)" are a person and a body with the initials their turns go by."""
        if not defines_abbreviation(label):
            return False
        words = re.sub(r"\s*\(.*$", "", label).split()
        return name_tokens(words, self.rules) != len(words) and not {w.lower() for w in words} & self.rules.org_words

    def _header_name(self, surname: str) -> str | None:
        """"Ferris-Adebayo" -> "Annika Ferris-Adebayo" from a header line in capitals ("THE HON. ANNIKA
        FERRIS-ADEBAYO MP") above the first turn."""
        first_turn = min(self.turns) if self.turns else len(self.blocks)
        for i in range(first_turn):
            text = self.btext(i)
            if surname.upper() in text.upper() and _words(text) <= 8:
                name = _strip_honours(_title_case(text))
                if surname in name.split() and name_tokens(name.split(), self.rules) == len(name.split()) > 1:
                    return name
        return None

    def _presenter(self) -> int | None:
        """The person a slide deck's title lines name ("Jo Roe, Head of Safety, Acme Labs"), before its first notes."""
        first_turn = min(self.turns) if self.turns else len(self.blocks)
        for i in range(first_turn):
            text = self.btext(i)
            found = parse_speaker(text, self.rules) if _words(text) <= 16 and self.starts_with_name(text) else None
            if found is not None and found.name and (found.role or found.org):
                return self.book.resolve(text)
        return None

    def _header_person(self, role: str) -> int | None:
        """"THE HON. JANE ROE MP" above "MINISTER FOR HOME AFFAIRS": the person a header line names
        just above a line giving `role`."""
        first_turn = min(self.turns) if self.turns else len(self.blocks)
        for i in range(1, first_turn):
            if re.search(rf"\b{re.escape(role)}\b", self.btext(i).lower()) and _words(self.btext(i)) <= 15:
                above = _strip_honours(_title_case(self.btext(i - 1)))
                if name_tokens(above.split(), self.rules) == len(above.split()) > 1:
                    return self.book.resolve(above + ", " + _title_case(self.btext(i)))
        return self._titled_person(role, first_turn)

    def _titled_person(self, role: str, first_turn: int) -> int | None:
        """"Press Conference by Minister for Communications TOMINAGA Keisuke" above "Minister:": the
        person a header line names with `role` and a name after it."""
        candidates = set()
        for i in range(first_turn):
            for match in re.finditer(rf"\b{re.escape(role)}\b", self.btext(i), re.IGNORECASE):
                words = re.split(rf"[,;:()\n]|\s+and\s+(?={re.escape(role)}\b)", self.btext(i)[match.start():],
                                 flags=re.IGNORECASE)[0]
                found = parse_speaker(words, self.rules) if _words(words) <= 12 else None
                if found is not None and found.name and role in (found.role or "").lower():
                    candidates.add(words)
        # ("Joint Press Conference by Minister X and Minister Y": "Minister:" could be either)
        return self.book.resolve(candidates.pop()) if len(candidates) == 1 else None

    def _mark_cast_lists(self, lo: int, hi: int):
        """"Members present: Dame Ann Roe (Chair); Tom Lee" and "Witnesses: ..." above the turns: lead
        lines naming who speaks; a role in an entry ("(Chair)") says who a "Chair:" label is."""
        for i in range(lo, hi):
            if self.labels[i] is not None:
                continue
            match = self.rules.cast_heading.match(self.btext(i))
            if not match:
                continue
            self.set_label(i, "lead")
            listed = match.group("entries") or ""  # "Witnesses" on a line of its own: one entry per line below
            entries = re.split(r";\s*(?:and\s+)?|\s+and\s+(?=[A-Z])", listed.rstrip(". "))
            j = i + 1
            while not listed.strip() and j < hi and self.labels[j] is None and _words(self.btext(j)) <= 30:
                # "In this episode:" then one line per person ("— Niamh Corrigan, policy lead (host)")
                # "Alliance of Shelters for Women and Children: Jo Roe, Executive Director": the body, then the person
                if not self._names_person(_DASHES.sub(", ", re.sub(r"^[^:]{1,60}:\s*", "", self.btext(j)))):
                    break
                entries.append(re.sub(r"^[^:]{1,60}:\s*", "", self.btext(j)))
                self.set_label(j, "lead")
                j += 1
            entries = [part for entry in entries for part in _plural_title_entries(entry)]
            for entry in entries:
                entry = self._surname_last(_DASHES.sub(", ", entry))  # "Jo Roe \u2013 Chief Executive Officer"
                inside = _PARENTHESES.findall(entry)
                name = _strip_honours(_PARENTHESES.sub("", entry).strip(" ,"))
                if not name:
                    continue
                speaker = self.book.resolve(", ".join([name] + inside))
                if speaker is None:
                    continue
                described = " ".join([entry] + inside).lower()
                for role in self.rules.turn_role_labels:
                    if re.search(rf"\b{re.escape(role)}\b", described):
                        self.cast.setdefault(role, speaker)

    def _office_label(self, label: str) -> bool:
        """"The Minister for Home Affairs (Harun bin Mahadi)": an office outside the brackets, no person."""
        outside = _PARENTHESES.sub("", label).strip()
        words = outside.lower().split()
        return bool(words) and not self._names_person(outside) and (words[0] == "the" or any(
            w in self.rules.role_words or w.rstrip(".") in self.rules.name_titles for w in words))

    def _known_label(self, label: str, known: set[str]) -> bool:
        """A label used before, or a surname the transcript gives in full ("Whitford-Karimi:")."""
        bare = re.sub(r"\s*\(.*$", "", label).strip()
        if bare.lower() in known:
            return True
        full = self.book.full_name(bare) if " " not in bare else None
        return bool(full) and len(full.split()) > 1

    def _name_line_turns(self, lo: int, hi: int, labelled: int = 0) -> dict[int, re.Match]:
        """Hansard-style turns: the speaker's name on a line of its own ("Baroness Ashgrove (CB)"),
        then their paragraphs. Two or more turns (these and `labelled` ones) make a record of turns."""
        found, plain, described = {}, {}, {}
        for i in range(lo, hi - 1):
            if self.labels[i] is not None or not self.blocks[i].blank_before or self.labels[i + 1] is not None:
                continue
            whole = _WHOLE.match(self.btext(i))
            text = whole.group("label") if whole else self.btext(i)
            following = self.btext(i + 1)
            if _words(text) > 16 or text.endswith(_LINE_END) or _words(following) < 8 or not following.endswith(
                ("." , "?", "!", "\u201d", '"')
            ):
                continue
            if self._role_first_label(text):
                found[i] = whole
                continue
            # "Jo Roe \u2013 Harrow Securities \u2013 Analyst": an earnings call's name line, the name first
            bare = _DASHES.split(_PARENTHESES.sub("", text).strip())[0]
            inside = _PARENTHESES.findall(text) + _DASHES.split(text)[1:]
            titled = bool(bare.split()) and bare.split()[0].lower().rstrip(".") in self.rules.name_titles
            # "Lord Penhallow of Treave": a name, then a territorial designation in capitals
            named = name_tokens(bare.split(), self.rules) > 0 and all(
                t[:1].isupper() or t in ("of", "the", "and") for t in bare.split())
            # a party or seat in capitals after a name ("Marama Te Huia (Port Haldane)"), not "(to the draft ...)"
            seat = inside and text.endswith(")") and all(p[:1].isupper() and _words(p) <= 5 for p in inside)
            # "Nnenna Roe (chair)": a role in brackets after a name
            roled = named and any(p.strip().lower() in self.rules.turn_role_labels for p in inside)
            # "Jo Roe \u2013 CFO" on a line of its own (not "SPEAKER: \u2014 words \u2014")
            roled = roled or named and len(bare.split()) > 1 and ":" not in text and bool(_DASHES.search(text))
            if (titled and named) or (named and seat) or roled or any(self._names_person(p) for p in inside):
                found[i] = whole
            elif named and len(bare.split()) > 1 and not inside or text.lower() in self.rules.turn_role_labels:
                plain[i] = whole  # "Dana Korhonen", "Operator": turns of a call transcript
            elif "," in bare and following[:1] not in ALL_MARKS and self._names_person(bare) and (
                    found_person := parse_speaker(bare, self.rules)) and found_person.name and (
                    found_person.role or found_person.org) and not {re.sub(r"['\u2019]s$", "", w) for w in following.split()[:2]} & set(
                        found_person.name.split()):
                # "Rev Jo Roe, chair of the Forum" above an answer in no quotation marks (not a biography
                # under the name, "Jo researches ...")
                described[i] = whole
        if sum(bool(_FIRST_PERSON_SINGULAR.search(self.btext(i + 1))) for i in described) >= 2:
            # each answer under the name of the one who gives it, two of them at least in the first person
            # singular (not a signature block, a list of trustees or speakers' biographies, nor the
            # publisher's own "we" under its media contacts)
            found.update(described)
        if len(plain) >= 3:
            found.update(plain)  # a bare name above a paragraph counts when the document does it again and again
            # then a known name above a short reply ("(laughs) Only on some panels.") is a turn as well
            names = {m.group("label").lower() for m in plain.values()}
            for i in range(lo, hi - 1):
                whole = _WHOLE.match(self.btext(i)) if i not in found and self.labels[i] is None else None
                if whole and whole.group("label").lower() in names and self.labels[i + 1] is None:
                    found[i] = whole
        elif len(found) >= 2:
            # "Audience member" between turns under name lines
            found.update({i: m for i, m in plain.items() if _PARENTHESES.sub("", self.btext(i)).strip().lower()
                          in self.rules.turn_role_labels})
        return found if len(found) + labelled >= 2 else {}

    def _office_or_short(self, label: str) -> bool:
        """"The DEPUTY SPEAKER", "An HON MEMBER", "The MEC FOR ... MANAGEMENT": an article in ordinary case
        before an office (not "The UK", "The VERDICT"); without one, six words in capitals at most."""
        if "(" in label:
            return True  # "THE MINISTER FOR HOME AFFAIRS AND NATIONAL SECURITY (Jo Roe)": the name says who
        words = label.split(",")[0].split()
        if len(words) > 2 and words[0] in ("Q", "A") and words[1] in ("\u2014", "\u2013"):
            return True  # "A \u2014 Idris": the answer, and who gives it (not the article "A")
        if len(words) > 1 and words[0] in ("The", "An", "A"):
            head = words[1].lower().rstrip(".")
            offices = self.rules.role_words | self.rules.name_titles | self.rules.leading_offices
            return head in offices or head in ("hon", "mec") or " ".join(words[1:]).lower() in self.rules.turn_role_labels
        return len(words) <= 6

    def _role_first_label(self, text: str) -> re.Match | None:
        """"A \u2014 Dara": a turn role, then a name or handle."""
        match = _ROLE_FIRST_LINE.match(text)
        role = match.group("role").lower() if match else ""
        return match if role in _QUESTION_ANSWER or role in self.rules.turn_role_labels else None

    def _names_person(self, text: str) -> bool:
        """"Ms Oriana Feltham MP (Chair)", "Ruth Okwuosa, director", "ROE, Dr Jane, ...": a person first."""
        tokens = _strip_honours(_PARENTHESES.sub("", self._surname_last(text)).split(",")[0]).split()
        return bool(tokens) and name_tokens(tokens, self.rules) == len(tokens)

    def _surname_last(self, entry: str) -> str:
        """"ROE, Dr Jane, Director, ORG" -> "Dr Jane Roe, Director, ORG"; other entries unchanged."""
        match = _SURNAME_FIRST.match(entry.strip())
        if not match or match.group("surname").lower() in self.rules.org_words:
            return entry
        given = match.group("given").split()
        if name_tokens(given, self.rules) != len(given) or not any(t[1:].islower() for t in given):
            return entry
        return " ".join(given + [_title_case(match.group("surname"))]) + (match.group("rest") or "")

    def _mark_cast(self, lo: int, hi: int):
        """A transcript's cast list ("Host: Delphine Arsenault", "Guest: Ruth Okwuosa, director, ORG"):
        lead lines that say who later labels ("HOST:", "GUEST:") stand for."""
        for i in sorted(self.turns):
            match = self.turns[i]
            rest = self.btext(i)[match.end():].strip()
            if not rest or _words(rest) > 20 or rest.endswith((".", "!", "?")) or not self._names_person(rest):
                continue
            label = match.group("label").lower()
            same = self.rules.role_synonyms.get(label, {label}) | {label}
            # "Chair: Mr. Jo Roe" above turns labelled "The Chair (Mr. Jo Roe (Seat, Lib.)):"
            if any(j > i and _bare_role(m.group("label")) in same for j, m in self.turns.items()):
                speaker = self.book.resolve(rest)
                if speaker is not None:
                    for role in same | {label}:
                        self.cast.setdefault(role, speaker)
                    del self.turns[i]
                    self.set_label(i, "lead")

    def _label_speaker(self, label: str) -> int | None:
        """The speaker a turn label names, from the cast list, an outlet, a parenthesis or a surname."""
        role_first = self._role_first_label(label) if _DASHES.search(label) else None
        if role_first:
            who, role = role_first.group("who"), role_first.group("role")
            role = None if role.lower() in _QUESTION_ANSWER else _title_case(role) if role.isupper() else role
            if who.startswith(("u/", "@")):
                return self.book.resolve_known(Speaker(who, role, None))  # a forum user known by a handle
            full = self.book.full_name(who) or self.book.given_name(who) if len(who.split()) == 1 else None
            return self.book.resolve(full or who)
        dashed = dashed_speaker(label, self.rules) if _DASHES.search(label) else None
        if dashed is not None:
            return self.book.resolve_known(dashed)  # "Acme Party \u2014 Jo Roe, Minister for X": the person, for the party
        label = _DASHES.sub(", ", label)
        if label.lower() in NOTES_LABELS:
            presenter = self._presenter()
            if presenter is not None:
                return presenter  # "Speaker notes:" in a slide deck: the one the title slide names
        cast = getattr(self, "cast", {})
        if label.lower() in cast:
            return cast[label.lower()]
        bare = re.sub(r"^the\s+", "", label.lower())
        if bare in cast:
            return cast[bare]  # "The CHAIR:" under "Members: Jo Roe (Chair)"
        publisher = (self.book.publisher or "").split()
        if re.fullmatch(r"[A-Z]{2,4}", label) and label == "".join(w[0] for w in publisher if w[:1].isupper()) and (
                publisher[-1].lower() in self.book.news_words) and (asker := self.interview_roles()[0]) is not None:
            # "MSR:" in Messaging Systems Review's interview: the publication asks, through its interviewer
            # (not "ORN:" answering for the Open Rights Network, which is no newspaper)
            return asker
        if re.fullmatch(r"[A-Z]{2,4}", label):
            # "OK:" after "Orla Kenworthy:": initials of someone who spoke before under a full name
            for index, known in enumerate(self.book.speakers):
                if known.name and label in _initials(known.name):
                    return index
            named = self._named_by_initials(label)  # "... our chief executive, Marit Kuti, ..." then "MK:"
            if named is not None:
                return named
        outlet = _OUTLET_QUESTION.match(label)
        if outlet:
            inside = outlet.group("org").strip()
            if "," in inside and self._names_person(inside):
                return self.book.resolve(inside)  # "Q (Mireille Dutton, CJFB News):"
            first, _, rest = inside.partition(",")
            if rest and _NAME_WORD.fullmatch(first.strip()) and not first.strip().isupper() and (
                first.strip().lower() not in self.rules.org_words
            ):
                # "QUESTION (Lindokuhle, Ikhwezi FM):": a reporter known by a first name, and the outlet
                return self.book.resolve_known(Speaker(first.strip(), "journalist", rest.strip()))
            if inside[:1].islower():
                return self.book.resolve_known(Speaker(None, "journalist", None))  # "QUESTION (inaudible):"
            full = self.book.full_name(inside) if _NAME_WORD.fullmatch(inside) else None
            if full and self._names_person(full):
                return self.book.resolve(full)  # "QUESTION (Roe):" after "QUESTION (Jo Roe, Daily Ledger):"
            return self.book.resolve_known(Speaker(None, "journalist", inside))
        answer = _NAMED_ANSWER.match(label)
        if answer:  # "A (Whitcombe):" in a press conference answered by several people
            who = answer.group("who").strip()
            return self.book.resolve(self.book.full_name(who) or who)
        nested = _NESTED_NAME.match(label)
        if nested and self._names_person(nested.group("who")):
            return self.book.resolve(nested.group("who") + ", " + nested.group("role"))  # "The Chair (Mr. Jo Roe (Seat, Lib.))"
        first, _, place = _title_case(label).partition(", ")
        words = self.rules.org_words | self.rules.role_words | self.rules.role_modifiers | self.rules.name_titles
        if place and _NAME_WORD.fullmatch(first) and first.lower() not in words and len(place.split()) <= 3 and not (
                {w.lower() for w in place.split()} & words):
            # "DERYA, ASHBY CLOUGH:" in a phone-in: a caller known by one name, and her town
            return self.book.resolve_known(Speaker(first, None, None))
        if "," in label and self._names_person(_title_case(label)):
            return self.book.resolve(_title_case(label))  # "RHYS ROE, MINISTER FOR JUSTICE"
        outside = _PARENTHESES.sub("", label).strip(" ,")
        for inside in _PARENTHESES.findall(label) if not name_tokens(_title_case(outside).split(), self.rules) else ():
            inside = _title_case(inside)  # "CALLER (WAMBUI, NAKEMBE)"
            first = inside.split(",")[0].split()
            if outside.lower() in self.rules.turn_role_labels and len(first) == 1 and _NAME_WORD.fullmatch(first[0]) and (
                first[0].lower() not in self.rules.org_words | self.rules.role_words
            ):
                # a caller or a child known by one name, with their town
                return self.book.resolve_known(Speaker(first[0], _title_case(outside), None))
            if self._names_person(inside):
                # "MODERATOR (Lindiwe Barros-Quayle, Summit Chair)", "The Minister (Baroness Quennell) (Con)";
                # not "Marama Te Huia (Port Haldane)", whose parenthesis is a seat or a party
                speaker = self.book.resolve(inside + (", " + outside if outside and "," not in inside else ""))
                if outside and hasattr(self, "cast"):
                    # "CHIEF COMMISSIONER:" further down: the person this label named with that role
                    self.cast.setdefault(outside.lower(), speaker)
                return speaker
        # "Ms VENUGOPAL": a surname in capitals after a title in ordinary ones
        tokens = [_title_case(t) if len(t) > 2 else t for t in _title_case(_PARENTHESES.sub("", label).strip()).split()]
        role = " ".join(tokens).lower()
        if tokens[0].lower() in ("the", "an", "a") and " ".join(tokens[1:]).lower() in self.rules.turn_role_labels:
            tokens = tokens[1:]  # "The DEPUTY SPEAKER:", "An HON MEMBER:": the office without its article
            role = " ".join(tokens).lower()
        if role in self.rules.turn_role_labels:
            # "PRESENTER:", "MINISTER:": the person the header or introduction gives that role, else
            # an unnamed speaker known by the role ("JOURNALIST:")
            # the one whose role is exactly that ("Chair") before one whose role contains it ("Deputy Chair")
            for exact in (True, False):
                for index, known in enumerate(self.book.speakers):
                    held = (known.role or "").lower()
                    if known.name and (held == role if exact else re.search(rf"\b{re.escape(role)}\b", held)):
                        return index
            header = self._header_person(role)
            return header if header is not None else self.book.resolve_known(Speaker(None, " ".join(tokens), None))
        if len(tokens) == 1 and tokens[0] not in _INTERVIEW_LABELS and tokens[0][:1].isupper() and (
            tokens[0].lower() not in self.rules.org_words
        ):
            # "CASTELLANE:", "Pugh:", "Niamh:": a surname or given name the text completes, else a
            # person known by one name (a caller, a child)
            # "NJERI:" is "I'm Njeri Kahiga" more than "Morning Njeri": the earlier mention in full
            found = [n for n in (self.book.full_name(tokens[0]), self.book.given_name(tokens[0]), self._header_name(tokens[0]),
                                 self._surname_first(label))
                     if n and len([t for t in n.split() if t.lower().rstrip(".") not in self.rules.name_titles]) > 1]
            # (full_name and given_name are cached per statement: a transcript repeats its labels)
            # the first mention in full wins; a header written in capitals counts as coming last
            full = min(found, key=lambda n: self.book.text.find(n) % (len(self.book.text) + 1)) if found else None
            if full:
                return self.book.resolve(full)
            return self.book.resolve_known(Speaker(tokens[0], None, None))
        untitled = tokens[1:] if tokens[0].lower().rstrip(".") in self.rules.name_titles else tokens
        if len(untitled) >= 2 and untitled[0].lower() in self.rules.particles:
            # "VAN DER BYL:" is "Johan van der Byl", "DR DE LA RIVA:" is "Dr Amparo de la Riva"
            full = self.book.full_name(" ".join(t.lower() if t.lower() in self.rules.particles else t for t in untitled))
            if full:
                return self.book.resolve(full)
        if len(tokens) >= 2:
            # "ADGP KULKARNI", "SP DESHMUKH": a rank the word lists do not know, then a surname
            # "AC HARESH" may give the given name, "Assoc Prof TAN" a surname written first
            full = self.book.full_name(tokens[-1]) or self._header_name(tokens[-1]) or self.book.given_name(tokens[-1])
            given = [t for t in (full or "").split() if t.lower().rstrip(".") not in self.rules.name_titles]
            ranks = {t for t in tokens[:-1] if t.lower().rstrip(".") not in self.rules.name_titles}
            # "Mr Roe" says less than "JANE ROE"; "C/Supt Jo Roe" names the same person as "Chief Superintendent Jo Roe"
            if len(given) > 1 and (not ranks & set(full.split()) or set(tokens[1:]) <= set(full.split())):
                described = ", ".join(_PARENTHESES.findall(label))  # "(moderator)" says who a "MODERATOR:" label is
                return self.book.resolve(full + (", " + described if described else ""))
        return None

    def is_speech_document(self, headline: int, zone: int) -> bool:
        """A speech, testimony or transcript published under a line naming its speaker."""
        header = []
        for i in range(0, min(zone, headline + 8)):
            text = self.btext(i)
            if _words(text) > 60 or i > headline + 1 and _words(text) > 25:
                break  # the header is over: a speech says what it is before its first paragraph
            header.append(text)
        for text in header:
            if _OWN_SPEECH.search(text):
                return False  # "my speech to the Winter Dinner" over a byline: the author's own post (body)
            if self.rules.speech_report_title.search(text):
                return False  # "The Minister's speech to police chiefs, line by line": a page about the speech
            if _WRITTEN_SUBMISSION.search(text) and self.publishers_own(text) and self._submitted_by_a_person(text):
                # "Written evidence submitted by Dr Jo Roe" on her own page: her paper, like a letter (body); a
                # body's submission signed by its chair is the chair's
                return False
        return any(self.rules.speech_marker.search(text) for text in header)

    def _submitted_by_a_person(self, text: str) -> bool:
        """The header's submitter is a person whose name the publisher's name holds ("Dr Jo Roe, Acme University")."""
        match = next((m for pattern in self.rules.speech_headers if (m := pattern.match(text))), None)
        found = parse_speaker(match.group("who"), self.rules) if match else None
        publisher = set(re.findall(r"\w+", (self.book.publisher or "").lower()))
        return found is not None and bool(found.name) and set(re.findall(r"\w+", found.name.lower())) <= publisher

    def publishers_own(self, text: str, unnamed: bool = False) -> bool:
        """"STATEMENT BY THE IROKO FOUNDATION (ICOPF) ON ...", published by that foundation: its own text.

        `unnamed`: only when the line names no person ("Statement by Dr Jo Roe, Commissioner for
        Children" on the Commissioner's site is still Dr Roe's)."""
        publisher = set(re.findall(r"\w+", (self.book.publisher or "").lower())) - {"the", "of", "for", "and"}
        for pattern in self.rules.speech_headers:
            match = pattern.match(text)
            if match and publisher:
                who = re.split(r"(?<!\s)\s+on\s+", match.group("who"), maxsplit=1, flags=re.IGNORECASE)[0]
                words = set(re.findall(r"\w+", who.lower())) - {"the", "of", "for", "and"}
                if unnamed and (found := parse_speaker(who, self.rules)) is not None and found.name:
                    return False
                return bool(words) and len(words & publisher) / min(len(words), len(publisher)) >= 0.5
        return False

    def mark_speech_header(self, lo: int, hi: int):
        """Header lines before the first paragraph: the speaker's name and title are the lead."""
        speaker = None
        for i in range(lo, hi):
            if i in self.turns:
                break  # a transcript's first turn ends its header
            text = self.btext(i)
            by = _BY_LINE.match(text) if self.labels[i] == "boilerplate" and speaker is None else None
            if by and by.group("org") and self._names_person(by.group("org")):
                by = None  # "From: Jo Roe MP and Sam Poe MP": two people, no department and its minister
            title = self.title_speaker
            if by and title and _REPORTER.search(by.group("who")) and not set(by.group("who").split()) & set(title.split()):
                # "Minister Roe's speech to ..." over "By Jo Smith, Technology correspondent": who wrote the page
                by = None
            if by and self._names_person(by.group("who")):
                # "By Eng. Jane Roe, Director-General": on a speech page the byline names the speaker
                speaker = self.book.resolve(by.group("who"))
                known = self.book.speakers[speaker] if speaker is not None else None
                if known is not None and by.group("org"):
                    known.org = by.group("org")  # "From: Department for X and Jo Roe MP, ...": her department
                self.set_label(i, "lead")
                continue
            if self.labels[i] is not None:
                continue
            if speaker is not None and (text.endswith((";", ":")) or self.rules.salutation.match(text)):
                break  # "Ladies and gentlemen:", "All protocols observed.": the speech has begun
            if _words(text) > 20 or text.endswith((".", ":")) and _words(text) > 8:
                # a sentence: "The Minister, Jo Roe, has made the following written statement:" introduces
                first = i == lo or all(self.labels[j] is not None for j in range(lo, i))
                if speaker is None and text.endswith(":") and RELATIVE_CLAUSE_INSIDE.search(text) and self.rules.formulas_any(text):
                    # "Responding to the Minister's speech, in which Jo Roe said ..., Sam Poe said:": Sam Poe
                    speaker = self.attribution_speaker(text)[0]
                    if speaker is not None:
                        self.set_label(i, "lead")
                if speaker is None and (self.rules.speech_introduction.search(text) or first and _words(text) <= 45):
                    header = next((m for p in self.rules.speech_headers if (m := p.match(text))), None)
                    named = parse_speaker(_header_who(header), self.rules) if header else None
                    # ("Excerpt of remarks by Deputy Prime Minister and Coordinating Minister for National Security
                    # LAU Wai-ming at the ... Forum": a long header, read as one, office and all)
                    speaker = self.book.resolve(_header_who(header)) if named is not None and named.name else self.mention(text)
                    if speaker is not None:
                        self.set_label(i, "lead")
                if speaker is None and _EXTRACT_NOTE.match(text) and i + 1 < hi and self.labels[i + 1] is None and (
                        _words(self.btext(i + 1)) <= 25 and not self.btext(i + 1).endswith(".") and self.starts_with_name(self.btext(i + 1))):
                    # "This extract covers the part of the speech on ..." above "Jo Roe, National Security Adviser, ...":
                    # the page's note on what it prints, and the header goes on
                    self.set_label(i, "note")
                    continue
                if speaker is None and i == lo and self.labels[i - 1] == "headline" and _words(text) <= 35 and any(
                        self.labels[j] == "boilerplate" for j in range(i + 1, min(hi, i + 3))):
                    # "The Minister set out what the Government expects of ..." under the title, the page's
                    # details under it: the title's summary (a subtitle), and the header goes on
                    self.set_label(i, "headline")
                    continue
                break
            role_line = speaker is not None and self.labels[i - 1] == "lead" and self.looks_like_role(text)
            if speaker is not None and not role_line and self.is_heading(i, text):
                break  # the first section heading: the speech itself starts here
            header = next((m for p in self.rules.speech_headers if (m := p.match(text))), None)
            found = parse_speaker(_header_who(header) if header else text, self.rules)
            if speaker is None and header and found is not None and found.name:
                speaker = self.book.resolve(_header_who(header))
                self.set_label(i, "lead")
            elif speaker is None and found is not None and found.name and self.starts_with_name(text):
                speaker = self.book.resolve(text)
                self.set_label(i, "lead")
            elif role_line:  # "Chief Technology Officer, Acme" under the name: the speaker's title
                self.set_label(i, "lead")
                known = self.book.speakers[speaker]
                role, org = parse_role_line(text, self.rules)
                known.role, known.org = known.role or role, known.org or org
            else:
                # "Statement for the Record", committee, venue and date lines (GUIDELINE_NOTES S1)
                self.set_label(i, "boilerplate")
        title = self.title_speaker
        if speaker is None and title and (found := parse_speaker(title, self.rules)) is not None and found.name:
            speaker = self.book.resolve(title)  # "Minister Wielgat's speech to ...", and no line under it names her
        if speaker is not None:
            self.state.pending, self.state.mode = speaker, "speech"

    def speech_header(self, i: int, text: str) -> bool:
        rules = self.rules
        if rules.speech_header_lines_any(text):
            # "Check against delivery", "Statement for the Record": what the document is, no one's words
            # (furniture, as in the header pass; 39 of 39 such lines in the corpus)
            self.set_label(i, "boilerplate")
            self.state.mode = self.state.mode or "header"
            return True
        # ("Joint statement by the ministers of A, B and C on ...", naming no person: the signatories' own text)
        headed = (rules.speech_headers_any(text) and _words(text) <= 40 and not self.publishers_own(text)
                  and not self.reported_below(i) and not (_JOINT_DOCUMENT.match(text) and _COLLECTIVE_SIGNERS.search(text)))
        for pattern in rules.speech_headers if headed else ():
            match = pattern.match(text)
            if match:
                speaker = self.book.resolve(_header_who(match))
                if speaker is not None and i + 1 in self.turns:
                    # "STATEMENT OF JO ROE, DEPUTY COMMISSIONER" over "Deputy Commissioner Roe. Thank you,
                    # Chairman.": the label says who speaks, the header heads the record's section
                    self.set_label(i, "headline")
                    return True
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

    def reported_below(self, i: int) -> bool:
        """"The Minister's speech on encryption, line by line" over "On Monday the Minister ... told the
        conference that ...": the publisher reports the speech (in the third person), it does not print it."""
        header = next((m for p in self.rules.speech_headers if (m := p.match(self.btext(i)))), None)
        if header is None:
            return False
        below = next((j for j in range(i + 1, min(len(self.blocks), i + 4)) if self.labels[j] != "boilerplate"), None)
        if below is None:
            return False
        paragraph = self.btext(below)
        end = _SENTENCE_END.search(paragraph)
        text = paragraph[: end.start() + 1] if end else paragraph  # its first sentence says who speaks
        who = {w.lower() for w in re.findall(r"[A-Za-z][\w\-]+", header.group("who"))} - {"the", "of", "for", "and"}
        named = bool(who & {w.lower() for w in re.findall(r"[A-Za-z][\w\-]+", text)})
        return named and _words(paragraph) > 25 and not _FIRST_PERSON.search(text) and bool(self.rules.verbs.search(text))

    def mark_written_questions(self, lo: int, hi: int):
        """Written parliamentary questions and answers: "287. To ask the Minister ..." signed "\u2013 Deputy Jo
        Roe." on the next line, and the answer under "Answer" and a line naming the minister."""
        for i in range(lo, hi - 1):
            if self.labels[i] is not None:
                continue
            text = self.btext(i)
            # the dash may have been read as the line's bullet
            member = (self.blocks[i + 1].marker or "").strip() + " " + self.btext(i + 1)
            signed = _MEMBER_LINE.match(member.strip()) if self.rules.written_question(text) else None
            if signed and self.labels[i + 1] is None and self._names_person(signed.group("who")):
                speaker = self.book.resolve(signed.group("who"))
                self.pieces[i] = [p for p in [self.piece(self.blocks[i].start, self.blocks[i].end, "quote", speaker)] if p]
                self.labels[i] = "quote"
                self.set_label(i + 1, "lead")
            elif text.strip().rstrip(":").lower() in self.rules.answer_headings and self.labels[i + 1] is None:
                answer = self.btext(i + 1)
                speaker = self.mention(answer) if _words(answer) <= 20 and not answer.endswith(".") else None
                if speaker is None:
                    continue
                self.set_label(i, "headline")
                self.set_label(i + 1, "lead")
                for j in range(i + 2, hi):
                    if self.labels[j] is not None or self.is_heading(j, self.btext(j)):
                        break
                    self.set_label(j, "quote", speaker)

    def mark_signed_sections(self, lo: int, hi: int):
        """A "Minister's foreword" signed at its end ("The Honourable Jo Roe, M.P." / "Minister of Justice"):
        the paragraphs between are the signer's words."""
        for i in range(lo, hi):
            if self.labels[i] not in (None, "headline") or not self.rules.signed_section(self.btext(i).strip().rstrip(":")):
                continue
            if self._signed_above(i, hi):
                continue
            for j in range(i + 2, min(hi, i + 16)):
                if self.labels[j] is not None:
                    break
                line = re.sub(r"^the\s+", "", self.btext(j), flags=re.IGNORECASE)
                if line.endswith(":") and self.rules.verbs.search(line):
                    break  # "Deputy Warden Jo Roe, who led the audit, said:": a speaker introduced, no signature
                if _words(line) > 14 or not self._names_person(_strip_honours(line.split(",")[0])):
                    continue
                speaker = self.book.resolve(_strip_honours(line.split(",")[0]) + (
                    ", " + self.btext(j + 1) if j + 1 < hi and self.looks_like_role(self.btext(j + 1)) else ""))
                if speaker is None:
                    break
                # the publisher's own head signing its report writes as the publisher: a letter under its
                # author's name is the publisher's text, and the signature a note (ANNOTATION.md section 4)
                org = self.book.speakers[speaker].org
                own = bool(org) and self.publishers_own(f"statement by {org}")
                self.set_label(i, "headline")
                for k in range(i + 1, j):
                    if self.is_heading(k, self.btext(k)):
                        self.set_label(k, "headline")  # "The wider debate": a section heading of the foreword
                    else:
                        self.set_label(k, "body" if own else "quote", None if own else speaker)
                self.set_label(j, "note" if own else "lead")
                if j + 1 < hi and self.labels[j + 1] is None and self.looks_like_role(self.btext(j + 1)):
                    self.set_label(j + 1, "note" if own else "lead")
                break

    def _signed_above(self, i: int, hi: int) -> bool:
        """"Foreword" / "Jo Roe, Children's Commissioner" / paragraphs: the name under the heading says
        whose words run down to the next heading."""
        j = i + 1
        line = self.btext(j) if j < hi and self.labels[j] in (None, "headline") else ""  # (taken for a subtitle)
        if not line or _words(line) > 14 or line.endswith((".", ":")) or not self._names_person(_strip_honours(line.split(",")[0])):
            return False
        speaker = self.book.resolve(_strip_honours(line))
        if speaker is None or not self.book.speakers[speaker].name:
            return False
        org = self.book.speakers[speaker].org
        if org and self.publishers_own(f"statement by {org}"):
            return False  # the publisher's own head writing as the publisher: left to the signature rule
        self.set_label(i, "headline")
        self.set_label(j, "lead")
        k = j + 1
        while k < hi and self.labels[k] is None and not self.is_heading(k, self.btext(k)) and not (
                _words(self.btext(k)) <= 8 and _is_heading_like(self.btext(k))):  # "What we did": the next section
            self.set_label(k, "quote", speaker)
            k += 1
        return True

    def mark_unlabelled_interview(self, headline: int, hi: int):
        """A Q&A without labels: three or more short questions of the publisher's, each followed by
        an answer. The answers are the words of the person the headline or introduction names."""
        if self.turns:
            return
        questions = [i for i in range(headline + 1, hi - 1)
                     if self.labels[i] == "body" and self.btext(i).endswith("?") and _words(self.btext(i)) <= 30
                     and self._answer_like(i + 1) and not self.btext(i + 1).endswith("?")]
        if len(questions) < 2:
            return
        shown = [j for j in range(0, questions[0]) if self.labels[j] in ("headline", "body", "lead")]
        # (paragraphs apart: "... in Southeast Asia" and "Starting this week ..." make no name)
        intro = "\n\n".join(self.btext(j) for j in shown)
        # an interview says so at the top ("Jo Roe spoke to us about ..."), not in a quotation's introduction
        # further down ("..., put it this way when we spoke to her in June:" above an FAQ)
        # (or in the paragraph just above the first question: "We spoke to Jo Roe, who ...")
        top = "\n\n".join(self.btext(j) for j in shown[:3] + shown[-1:])
        speaker = self.mention(intro) if len(questions) >= 3 and self.rules.interview_marker.search(top) else None
        if speaker is None:
            # an FAQ page asks its own questions and answers them itself: the questions are its headings
            for i in questions:
                # (an apostrophe inside a word, "Doesn\u2019t", is no quotation mark)
                if "\n" not in self.btext(i) and not any(mark in _IN_WORD_APOSTROPHE.sub("", self.btext(i)) for mark in ALL_MARKS):
                    self.set_label(i, "headline")
            return
        if questions[0] > headline + 1 and self.labels[questions[0] - 1] == "body":
            self.set_label(questions[0] - 1, "lead")  # the introduction names the interviewee
        for i in questions:
            j = i + 1
            while j < hi and self.labels[j] == "body" and not self.btext(j).endswith("?") and j not in questions:
                self.set_label(j, "quote", speaker)
                j += 1

    def _answer_like(self, i: int) -> bool:
        """The publisher's paragraph under a question, perhaps quoting someone inside it."""
        return self.labels[i] == "body" or self.labels[i] == "quote" and any(
            piece.label == "body" and _words(self.text[piece.start : piece.end]) >= 3 for piece in self.pieces.get(i, []))

    def _faq_annex(self) -> bool:
        """The "Q:" / "A:" turns stand under a heading that calls them the publisher's questions and answers
        ("Annex: questions and answers", "Q&A", "Frequently asked questions"), and no introduction says who
        was interviewed."""
        if not hasattr(self, "_faq"):
            first = min(self.turns, default=0)
            above = [j for j in range(max(0, first - 2), first + 1) if j not in self.turns or _FAQ_HEADING.match(self.btext(j).strip())]
            intro = "\n".join(self.btext(j) for j in range(first) if self.labels[j] != "boilerplate")
            self._faq = any(_FAQ_HEADING.match(self.btext(j).strip()) for j in above) and not (
                self.rules.interview_marker.search(intro))
        return self._faq

    def interview_roles(self) -> tuple[int | None, int | None]:
        """(interviewer, interviewee) for "Q:" / "A:" turns, from the headline and the first paragraphs."""
        if not hasattr(self, "_interview"):
            # the publisher's own paragraphs, not its masthead or menu lines ("Press room › Briefings")
            intro = "\n".join(self.btext(j) for j in range(len(self.blocks))
                             if j not in self.turns and self.labels[j] != "boilerplate")[:1500]
            asker = re.search(r"\b(?:interviewed by|asked by|questions from)\s+(.{3,80}?)(?:[.,;]|$)", intro)
            interviewer = self.book.resolve(asker.group(1)) if asker else None
            # "Science writer Jo Roe asked her what that means ...": the one who asks, named before the verb
            asking = _ASKED_HER.search(intro) if interviewer is None else None
            interviewer = self.mention(asking.group(1), last=True) if asking else interviewer
            # "Samvaad spoke to Dr. Jane Roe, Member (Technology), about ...": the one spoken to answers
            asked = re.search(r"\b(?:spoke to|speaks to|talked to|talks to|talking to|in conversation with|sat down with"
                              r"|interviewed|answered questions from|answers questions from|took questions from"
                              r"|takes questions from)\s+(.{3,120}?)(?:\s+(?:about|on|for|to discuss)\b|[.;]|$)", intro)
            interviewee = None
            if asked:
                # "Dr Zhou spoke to Dan Roe on ...": a person before the verb is the one who answers
                subject = re.split(r"(?<=[.!?])\s+|\n", intro[: asked.start()])[-1]
                if re.search(r"(?:^|[\s,])(?:[Hh]e|[Ss]he|[Tt]hey)(?:\s+\w+ly)?\s*$", subject):
                    # "She spoke to ...", "As the Bill is debated, she recently spoke to ...": the person named before
                    subject = intro[: asked.start()]
                interviewee = self.mention(subject)
                described = re.match(r"(?:the|its)\s+(?:[\w\-]+\s+){0,2}?([\w\-]+)\b", subject.strip(), re.IGNORECASE)
                if interviewee is None and described and described.group(1).lower() in self.rules.role_words and (
                        described.group(1).lower() not in _ASKING_ROLES):  # ("Our editor talks to Jo Roe": the editor asks)
                    # "The founder of the firm talks to Jo Roe about ...": the one described answers, Jo Roe asks
                    interviewer = interviewer if interviewer is not None else self.book.resolve(asked.group(1))
                elif interviewee is None:
                    interviewee = self.mention(asked.group(1))
                elif interviewer is None:
                    interviewer = self.book.resolve(asked.group(1))
            replies = _REPLIES_FROM.search(intro) if interviewee is None else None
            if replies:
                # "Its answers, from Jo Roe, Acme's head of privacy, are published below"
                interviewee = self.mention(replies.group(1))
            if interviewee is None:
                interviewee = self.mention(intro)
            if interviewer is None:
                interviewer = self.byline_interviewer()
            if interviewer is None:
                self.book.speakers.append(Speaker(None, "interviewer", None))
                interviewer = len(self.book.speakers) - 1
            self._interview = (interviewer, interviewee)
        return self._interview

    def byline_interviewer(self) -> int | None:
        """The reporter whose byline heads the turns, who asks the questions ("Interview by Jo Roe | 2
        September | 12 min read", a byline line perhaps taken for furniture)."""
        first_turn = min(self.turns, default=len(self.blocks))
        byline = next((m for j in range(first_turn) if (m := _BY_LINE.match(self.btext(j))
                                                         or _TRAILING_BYLINE.search(self.btext(j))
                                                         or _INTERVIEW_BY.search(self.btext(j)))
                       and self._names_person(m.group("who"))), None)
        return self.book.resolve(byline.group("who")) if byline else None

    def transcript_turn(self, i: int, match: re.Match):
        block = self.blocks[i]
        label = match.group("label")
        named = re.match(r"^(?P<role>[^()]+?)\s*\((?P<name>[^()]+)\)$", label)
        if _FAQ_HEADING.match(self.btext(i).strip()) and self._faq_annex():
            return self.set_label(i, "headline")  # "Annex: questions and answers", no one's label
        speaker = self._label_speaker(label)
        if self.book.is_publisher(label) and (asker := self.byline_interviewer()) is not None:
            speaker = asker  # "Loomwright: You spent a decade ...": the magazine's turns are its interviewer's
        outlet = _BRACKETED_OUTLET.match(self.btext(i)[match.end():]) if label in _INTERVIEW_LABELS[:2] else None
        if outlet:
            # "Q: [The Capital Ledger] ...": the reporter's outlet, part of the label line
            speaker = self.book.resolve_known(Speaker(None, "journalist", outlet.group("org")))
            match = _Extended(match, match.end() + outlet.end())
        elif speaker is not None:
            pass
        elif label in ("Q", "A") and (court := self.court_roles(i)[label == "A"]) is not None:
            speaker = court  # counsel asks, the witness answers
        elif label in _INTERVIEW_LABELS and self._faq_annex():
            # "Annex: questions and answers" over "Q: ... A: ...": the publisher asks and answers its own questions
            return self.set_label(i, "body")
        elif label in _INTERVIEW_LABELS:
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
        if speaker is None and _PHONE_LABEL.fullmatch(label):
            speaker = self.book.resolve_known(Speaker(label.strip(), None, None))  # a chat's number: "+44 7700 900123"
        colon = block.start + match.end()
        pieces = [self.piece(block.start, colon, "lead", strip="*_")]
        end = block.end
        if _EMPHASISED_TURN.match(self.btext(i)):
            end = block.start + len(self.btext(i).rstrip("*_ "))  # "*Q. ...?*": the emphasis closes after the words
        quote = self.piece(colon, end, "quote", speaker, strip=ALL_MARKS)
        pieces.append(quote)
        self.pieces[i] = [p for p in pieces if p]
        self.labels[i] = "quote" if quote else "lead"
        named_below = self._name_under_role_label(i, match, label)
        if named_below is not None:
            speaker = named_below
        self.state.pending, self.state.mode = speaker, "turn"
        self.state.last_quote = speaker
        spoken = self.btext(i)[match.end():].strip()
        if len(spoken) > 2 and spoken[0] in ALL_MARKS and spoken[-1] in CLOSING_DOUBLE_MARKS:
            # 'Jo Roe (Director, Acme): "..."' in a release: her words end with their closing mark, and
            # the paragraph after them is the publisher's again
            self.state.pending, self.state.mode = None, ""

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
        """The first (or `last`) person named in `text` ("The Minister of the Interior, Anneli Rask, ...").
        Names outside brackets first: "Cllr Jo Roe (Ashcott Greens, Eastfield ward)" names her, not a party."""
        text = _LAW_TITLE.sub("the bill", text)  # "the draft Lawful Access (Messaging) Bill" names no person
        subject = _ONE_WORD_SUBJECT.match(text) if _FIRST_NAME_ONLY.search(text) else None
        if subject and subject.group("name").lower() not in self.rules.name_stopwords | self.rules.role_words:
            return self.book.resolve_known(Speaker(subject.group("name"), None, None))
        outside = _PARTY_AND_SEAT.sub(" ", text) if "(" in text else text
        found = self._mention(outside, last)
        return found if found is not None or outside == text else self._mention(text, last)

    def _clauses(self, line: str) -> list[str]:
        """`line` cut at commas, brackets and sentence ends; not after a middle initial ("Ernesto D.
        Malabanan") or a title ("Dr. Jo Roe"), whose full stop ends no sentence."""
        pieces: list[str] = []
        for piece in re.split(r"[,;:()]|(?<=[.!?])\s", line):
            last = pieces[-1].split()[-3:] if pieces else []
            if len(last) >= 2 and re.fullmatch(r"[A-Z]\.", last[-1]) and piece[:1].isupper() and self._given_name(last):
                pieces[-1] += " " + piece.strip()
            elif last and last[-1].endswith(".") and last[-1].lower().rstrip(".") in self.rules.honorifics and (
                    self._titled_name(last[-1], piece)):
                pieces[-1] += " " + piece.strip()  # "Dr. Jo Roe": a title's full stop ends no sentence
            else:
                pieces.append(piece.strip())
        return pieces

    def _titled_name(self, title: str, piece: str) -> bool:
        """The capitalised words opening `piece` are a person's name after `title` ("Dr." + "Jo Roe said"),
        not an office ("Mr." + "Speaker in the Chair")."""
        words = list(itertools.takewhile(lambda w: w[:1].isupper(), piece.split()))[:3]
        found = parse_speaker(" ".join([title] + words), self.rules) if words else None
        return found is not None and bool(found.name)

    def _given_name(self, words: list[str]) -> bool:
        """The word before a final initial is a given name: "Secretary Ernesto D.", not "in Annex B." or
        "to Plan B."."""
        word = words[-2].lower()
        before = words[-3].lower() if len(words) == 3 else ""
        return _is_cap(words[-2]) and word not in self.rules.name_stopwords | self.rules.org_words and (
            before not in _NO_INITIAL_AFTER)

    def _mention(self, text: str, last: bool) -> int | None:
        # chunks of clauses, never across a line break (a paragraph's last word is no title for the next)
        chunks, opens_line = [], []
        for line in text.split("\n"):
            pieces = self._clauses(line)
            chunks.extend(pieces)
            opens_line.extend([True] + [False] * (len(pieces) - 1))
        order = list(enumerate(chunks))
        for index, chunk in reversed(order) if last else order:
            known = _KNOWN_ONLY_AS.search(chunk)
            if known and known.group("name"):
                # "... and who asked to be identified only as Ruslana": a person known by one name
                return self.book.resolve_known(Speaker(known.group("name").rstrip("*"), None, None))
            if _RELATIVE_OPENER.match(chunk):
                continue  # "who heads the Office's Directorate": it describes the person, it names no one
            tokens = chunk.split()
            if tokens and _NAME_WORD.fullmatch(tokens[-1]) and index + 2 < len(chunks) and re.fullmatch(r"\d{1,2}", chunks[index + 1]) and (
                    _PERSON_AFTER_AGE.match(chunks[index + 2])) and (
                    # (the paragraph's subject, not "Ruth Alder's son, Sami, 15,": a child the speaker is named beside)
                    # (or a paragraph's: "Lisbeth, 15, contacted the helpline ... She told us:")
                    (len(tokens) == 1 and (index == 0 or opens_line[index]) or len(tokens) == 2 and tokens[0].lower() in ("for", "to", "like"))
                    and tokens[-1].lower() not in self.rules.name_stopwords | self.rules.org_words | self.rules.role_words):
                # "For Ihaia, 17, who volunteers on a helpline, the debate is personal.": a person by one name and an age
                return self.book.resolve_known(Speaker(tokens[-1], None, None))
            if len(tokens) == 1 and _NAME_WORD.fullmatch(chunk) and index + 1 < len(chunks) and _ONE_NAME_ONLY.match(chunks[index + 1]):
                # "Pipistrelle, who asks to be identified only by her handle, opens ...": a person known by one name
                return self.book.resolve_known(Speaker(chunk, None, None))
            if len(tokens) > 4 and tokens[1] in ("for", "of") and _is_cap(tokens[0]) and _is_cap(tokens[2]) and (
                tokens[0].lower() in self.rules.role_words
            ):
                # "Deputy for Cryptography Ratih Wibisono said ...": the office with its portfolio, then the name
                found = parse_speaker(chunk, self.rules)
                # one word of portfolio, and no name that could start a word later ("Director of Public
                # Prosecutions Max Hill" is left to the loop below); a courtesy title may stand before the name
                # ("Commissioner of Police Mr. Everton Roe")
                at = 4 if (tokens[3].lower().rstrip(".") in self.rules.honorifics and len(tokens) > 5 and found is not None
                           and found.name and found.name.split()[0] == tokens[4]) else 3
                if found is not None and found.name and found.role and found.name.split()[0] == tokens[at] and (
                        re.fullmatch(r"[A-Z]\.", tokens[at + 1]) or name_tokens(tokens[at + 1:], self.rules) < 2):
                    return self.book.resolve(chunk)
            before: set[str] = set()  # the words before `offset`, as written and without "'s"
            for offset in range(len(tokens)):
                if offset:
                    before.update((tokens[offset - 1].lower(), tokens[offset - 1].lower().strip(".'\u2019s")))
                if not _is_cap(tokens[offset]):
                    continue  # a name starts with a capital (a title too): the common case, skipped cheaply
                if before & self.rules.org_words:
                    break  # "University's Institute for Applied Cryptography" names a body, not a person
                if offset and (tokens[offset - 1].lower() in ("of", "at") or (tokens[offset - 1] == "in" or tokens[offset - 1] == "the" and (
                        offset > 1 and tokens[offset - 2] == "in")) and not re.search(r"['\u2019]s\b", " ".join(tokens[offset:offset + 4]))):
                    # "chief technology officer of Outrigger Networks": the body a role belongs to; "an advocate in
                    # (the) Pacific Northwest": a place (not "In Jo Roe's view", a person's)
                    continue
                length = name_tokens(tokens[offset:], self.rules)
                if length and self.book.is_publisher(" ".join(tokens[offset:offset + length])) and (
                        self.book.publisher_named_as_body() or self._staff_word(tokens[offset + length] if offset + length < len(tokens) else "")):
                    # "Last year Juniper Line counsellors took ...": the publisher's name before its people, or a
                    # publisher the text calls a body ("Chief Executive of Juniper Line"): no person
                    continue
                if length:
                    phrase = chunk[chunk.find(tokens[offset]):]
                    if index and not opens_line[index] and self.looks_like_role(chunks[index - 1]) and offset == 0:
                        # ("Last week the Minister of Justice, Jo Roe, told ...": the role without the time)
                        phrase = _WHEN_OPENER.sub("", chunks[index - 1]) + ", " + phrase
                    found = parse_speaker(phrase, self.rules)
                    if found is None or not found.name:
                        # "Mr Constantinescu said the company had ...": the name alone
                        phrase = " ".join(tokens[: offset + length])
                        found = parse_speaker(phrase, self.rules)
                    if found is not None and found.name:
                        return self.book.resolve(phrase)
        return None

    def _staff_word(self, word: str) -> bool:
        """"counsellors", "staff", "volunteers": a body's people, after the body's name used as a modifier."""
        word = word.strip(",.;:")
        return word.islower() and (word in _STAFF_WORDS or (
            word.endswith("s") and word[:-1] in self.rules.role_words | self.rules.occupations))

    def org_mention(self, text: str) -> int | None:
        """The first body `text` names in full ("the Data Protection Supervisors' Board adopted ...")."""
        for match in _ORG_RUN.finditer(text):
            words = match.group(0).split()
            if len(words) > 1 and words[-1].lower() in self.rules.org_words:
                return self.book.resolve_known(Speaker(None, None, re.sub(r"^The\s+", "", match.group(0))))
        return None

    def name_led(self, i: int) -> bool:
        """"Jane Roe, Minister for X, on the ..." before a quoted paragraph: a lead with no verb."""
        if not self.next_starts_quote(i):
            return False  # the cheapest test first: most blocks are not followed by a quotation
        text = self.btext(i)
        if _words(text) > 50 or text.endswith(".") or find_quotes(self.text, self.blocks[i].start, self.blocks[i].end):
            return False
        return bool(name_tokens(text.split(), self.rules) or _NAME_AGE.match(text))
