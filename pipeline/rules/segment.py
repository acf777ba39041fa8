"""Segment a statement into headline, lead, quote, body, note and boilerplate, with speakers.

`segment_statement(text, rules)` is a pure function: it reads blocks (see `blocks.py`), marks
site furniture and back matter (`layout.py`), finds attributions (leads, speech headers and
transcript labels in `speech.py`, inline "..., said X." clauses here) and the quotations they
govern, then labels what is left as the publisher's own prose.
"""

from __future__ import annotations

import bisect
import re

from .attribution import (Speaker, dashed_speaker, one_name_with_job, drop_relative_clause, _split_parts, name_tokens, parse_speaker, speaker_before_verb, speech_verbs,
                          strip_opening_clause)
from .blocks import Block, mask_emphasis, mask_html_remnants, mask_mojibake, mask_spoken_marks, split_blocks
from .config import SegmenterRules
from .dialogue import DialoguePasses, EmailPasses
from .forum import ForumPasses
from .layout import LayoutPasses
from .quotes import ALL_MARKS, CLOSING_DOUBLE_MARKS, find_quotes, opens_single
from .roundups import RoundupPasses
from .sentences import degree_part
from .segment_common import (_NUMBERED, _PRONOUN_LEAD, _SENTENCE_END, _WHEN_OPENER, Piece, _is_heading_like,
                             _State, _trim, _words)
from .speakers import _PERSON_CLAUSE, SpeakerBook, _person_clause_speaker
from .speech import _NAME_AGE, NOTES_LABELS, SpeechPasses

# How far back from a quotation mark the attribution rules look, in characters. Attribution
# clauses and the names they refer back to sit well within it; the bound keeps a hostile
# 100,000-character line with thousands of quotation marks linear instead of quadratic.
# "I've", "It's", "We'd": a pronoun with its verb, no body's name
_CONTRACTED_PRONOUN = re.compile(r"(?:I|It|We|You|They|He|She)['\u2019][a-z]{1,2}$")
# "Parisa*": a case study's changed first name, the asterisk pointing to a note that says so
_CHANGED_NAME = re.compile(r"\b([A-Z][a-z]{2,})\*(?=[\s,.;:])")
# "Parisa and her two children ...": the publisher writing about the speaker
# "Ms de la Calzada also submits that", "Dr Roe argued": a title, a surname (particles too) and a verb in the third person
_TITLED_SURNAME = re.compile(r"^(?P<title>[A-Z][a-z]{1,9}\.?)\s+(?P<surname>(?:[a-z]{1,3}\s+){0,2}[A-Z][\w'\u2019\-]+)\s+"
                             r"(?:also\s+|further\s+|then\s+|later\s+)?[a-z]{3,}(?:s|ed)\b")
# "given by the former Information Commissioner", "The Justice Minister went ahead with her speech": an office
_OFFICE_NAMED = re.compile(r"\b[Tt]he\s+(?:former\s+|outgoing\s+|new\s+)?(?P<office>(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*)")
# "Dr Jo Roe, who lectures in computer security at the University of X": a name (six words at most), then who she is
_NAME_THEN_WHO = re.compile(r"^(?P<name>[^,]{3,60}),\s+who\s+[^,]{3,140}$")
# "The Authority seeks comments on the following questions:": a body introducing its own list, not a speech
_OWN_LIST = re.compile(r"\bthe following (?:questions|points|issues|matters|areas|proposals|measures|steps|options|"
                       r"recommendations|principles|conditions|criteria|topics)\s*:$", re.IGNORECASE)
# "Honourable Deputy,", "Esteemed colleagues,": a line of up to four capitalised words ending in a comma, which opens
# the words under an attribution the way "Dear ..." does
_SALUTATION_LINE = re.compile(r"^(?:Honou?rable|Esteemed|Distinguished|Respected|Dear|Madam|Sir|Colleagues|Friends|Ladies|"
                              r"Members|Excellency|Your|My|Mr|Mister)\b(?:\s+[A-Z][\w'\u2019\-]*){0,3},$")
# "Answer of the Minister of X, Jo Roe:", "Reply from Jo Roe, Minister:": a written answer's heading line, no verb
_ANSWER_OF = re.compile(r"^(?:written\s+)?(?:answer|reply|response)\s+(?:of|from|by)\s+(?:the\s+)?(?P<who>[^:]{3,120}):$", re.IGNORECASE)
# "The Authority seeks ...": "The", a word for a body, then a verb (no possessive, no name, no second capital)
_SUBJECT_WORD = re.compile(r"^(?:\(?\d{1,3}[.)]\s*)?The\s+([A-Z][a-z]+)\s+(?:has\s+|will\s+|now\s+)?[a-z]+s?\b")
_QUOTE_VERB_BEFORE_LIST = re.compile(r"\b(?:said|says|told|added|wrote)\b", re.IGNORECASE)
# "Excerpts of the speech read:", "Following is the text of the address:": a speech, given by a person
_SPEECH_EXCERPT = re.compile(r"\b(?:speech|address|remarks|keynote|lecture)\b", re.IGNORECASE)
# "while delivering a keynote address", "went ahead with her speech": the paragraph that tells of the speech
# (not "to address the summit", "an IP address", "Roe criticised her remarks")
_SPEECH_TOLD = re.compile(r"\b(?:(?:delivered|delivering|gave|giving|given|made|making|with)\s+(?:a|an|the|his|her|their|its)\s+"
                          r"(?:[\w\-]+\s+){0,2}(?:speech|address|remarks|keynote|lecture)|(?:speech|address|keynote|lecture)\s+"
                          r"(?:was|were)\s+(?:delivered|given|made)\s+by)\b", re.IGNORECASE)
_THIRD_PERSON = re.compile(r"\b(?:she|he|her|his|him|they|their)\b", re.IGNORECASE)
# "*Names and some details have been changed", "*not her real name": the note a changed name points to
_NAMES_CHANGED = re.compile(r"\b(?:names?\b[^.\n]{0,60}\b(?:ha(?:s|ve) been|were|are) changed|not (?:her|his|their) real name)",
                            re.IGNORECASE)
# "Afterwards she wrote to us:": an adverb before the pronoun, with no comma to end an opening clause
# "When I asked Jo Roe what she would change, she said:": the person the writer asked answers
_ASKED_THEN_PRONOUN = re.compile(r"^(?:when|after|once|as)\s+(?:I|we)\s+(?:asked|put it to|put the question to|spoke to|talked to|showed)\s+"
                                 r"(?P<who>[^:]{2,80}?),?\s+(?:what|how|why|whether|if)\b[^:]{0,120},\s+(?:he|she|they)\b[^:]{0,40}:$",
                                 re.IGNORECASE)
# "Staff Sergeant Geneviève Lesperance, who leads the team, said investigators ...": a person the publisher reports
_NAMED_PERSON_REPORTED = re.compile(r"^(?P<who>(?:[A-Z][\w.'\u2019\-]*\s+){1,5}[A-Z][\w'\u2019\-]+),\s+who\s[^.!?]{0,160},\s+"
                                    r"(?:also\s+)?(?:said|says|told|added|explained|noted|warned)\s+(?!that\b)[a-z]")
# "..., says Prof Idris Roe, who studies cryptography.": a reporting verb before the name it reports, ending the paragraph
_INVERTED_ATTRIBUTION = re.compile(r",\s+(?:says|said|adds|added|argues|argued|explains|explained|warns|warned)\s+(?P<who>(?:the\s+)?"
                                   r"(?:[A-Z][\w.'\u2019\-]*\s+|(?:bin|binti|van|von|de|der|del|la|al|el|da|di|du)\s+){0,5}[A-Z][\w'\u2019\-]+)"
                                   r"(?:,[^.!?]{0,160})?[.!?]?\s*$")
_STATEMENT_IN_FULL = re.compile(r"^[A-Z][^:]{0,80}['\u2019]s?\s+(?:full\s+|complete\s+)?statement(?:\s+(?:reads|follows|in full))?\s*:$")
_DEFINITE_OFFICE = re.compile(r"^[Tt]he\s+(?P<office>(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*)$")  # "the Interior Minister"
_ONE_NAME = re.compile(r"[A-Z][a-z][\w'\u2019\-]+")
_LEADING_ADVERB = re.compile(r"^(?:afterwards|later|then|now|finally|also|today)\s+(?=(?:he|she)\s)", re.IGNORECASE)
# "a spokesperson said", "a spokeswoman added": a body's voice whose body the clause does not name
_BARE_SPOKESPERSON = re.compile(r"(?:a|an)\s+(?:company\s+|government\s+)?(?:spokesperson|spokeswoman|spokesman|representative)",
                                re.IGNORECASE)
# a sentence's subject when it is a capitalised name: "Veskio set out ...", "The Halden Trust published ..."
_SUBJECT_NAME = re.compile(r"^(?:The\s+)?([A-Z][\w&'\u2019\-]*(?:\s+[A-Z][\w&'\u2019\-]*){0,4})\s+(?=[a-z])")
# a footnote's number after an attribution's colon
_COLON_FOOTNOTE = re.compile(r":\s*(?:\[\d{1,3}\]|[\u00b9\u00b2\u00b3\u2070-\u2079]{1,3})$")
# "the statement said", "its letter says": the document speaks for the body that issued it
_DOCUMENT_VOICE = re.compile(r"the\s+(?:(?:company|ministry|force|department|charity|group)['\u2019]s\s+)?(?:statement|release|letter|submission|response|post|email|e-mail)",
                             re.IGNORECASE)
# ", whose Pennant app is used by 4.1 million people," between a body and its verb
_RELATIVE_APPOSITION = re.compile(r",\s+(?:who|whose|which)\b[^,]{0,160},?\s*$|,\s+(?:who|whose|which)\b[^,]{0,160},")
# where the clause before a reporting verb starts: a sentence end, a colon or a quotation mark
_CLAUSE_BREAK = re.compile(r"(?:[;:!?\n\"\u201c\u201d]|\.(?!\d))\s*")  # ("4.1 million" goes on)
# "Dr Jo Roe, a senior lecturer ...": what the named person is, after a comma
_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s+\w")
# a whole paragraph in square brackets inside a transcript: the editor speaking, not the speaker
_EDITORIAL_LINE = re.compile(r"^\[[^\[\]]{12,400}\]$")
# "Jo Roe \u2713 @jroe \u00b7 19 May": an embedded social post's author line, the post below it
_HANDLE_LINE = re.compile(r"^(?P<who>[^@\n]{2,60}?)\s*[\u2713\u2714\u2611]?\s*@\w{2,30}(?:\s*[\u00b7\u2022|]\s*[^@\n]{1,30})?$")
_THREAD_NUMBER = re.compile(r"^\(?\d{1,2}/\d{0,2}\)?$")  # a thread's "2/9" before each post
# a paragraph in the first person is a speaker's, not the publisher's narration
# "urges States to:", "calls on member States:", "recommends that the Government:": a list of demands follows
# ("We asked the Authority to do the following within three months, and it has agreed:")
_DEMAND_LIST = re.compile(r"\bto\s*:$|(?:^|[.!?]\s+)[Ww]e\s+[^.:]{0,60}?\bto\s+(?:do|take)\s+the\s+following\b[^.:]{0,80}:$"
                          r"|\b(?:calls?|called)\s+(?:up)?on\b[^.:]{0,80}:$|\brecommends?\s+that\b[^.:]{0,80}:$"
                          # "We recommend:", "We therefore propose:": the publisher's own list
                          r"|^[Ww]e\s+(?:(?:therefore|also|would|strongly)\s+)?(?:recommend|propose|suggest|urge|ask)\s*:$")
# "Cr Roe moved an amendment, seconded by Cr Poe, to replace clause (c) with the following:": the wording moved is the
# record's text ("Jo Roe, who has tabled an amendment, issued the following statement:" is a speech)
_RELATIVE_MOVER = re.compile(r"\b(?:who|which|that)\s+(?:has\s+|had\s+|have\s+)?$")
_MOTION_TEXT = re.compile(r"\b(?:moved|proposed|tabled|submitted)\s+(?:an?|the|a\s+further)\s+(?:amendment|motion|resolution)\b"
                          r"[^:]{0,200}\b(?:with the following|to read|as follows|in the following terms)\s*:$")
_SPOKESPERSON_FOR = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:spokes(?:person|man|woman)|representative)\s+for\s+(?:the\s+)?"
                               r"[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,4}")
_DASH_SIGNATURE = re.compile(r"^\s*[\u2014\u2013-]{1,2}\s*(?P<who>[A-Z][^\n]{1,100}?)\s*$")
# '"..." (Jo Roe, Deputy Commissioner)': the speaker in parentheses after the closing mark
_PAREN_SIGNATURE = re.compile(r"^\s*\((?P<who>[A-Z][^()\n]{2,120}?)\)\s*[.;]?\s*$")
_NOT_A_SIGNATURE = re.compile(r"\b(?:and|forthcoming|in press|pp?\.|did|does|do|denies|denied|declined|is|was|has|have|"
                               r"says|said|disputes?|rejects?)\b|&")
_OBJECT_PRONOUN = re.compile(r"\b(?:him|her|them|his|their)\b", re.IGNORECASE)
_CLOSING_MARKS = CLOSING_DOUBLE_MARKS
_OPENING_MARKS = "\u201c\u00ab\u201e"  # (a straight mark may close as well as open)
_CITATION = re.compile(r"\bet al\b|\b(?:1[89]|20)\d\d[a-z]?$")  # "(Roe et al., 2021)", "(Roe 2021)": a reference
_DOCUMENT_NOUN = re.compile(r"\b(?:paper|report|consultation|act|bill|code|strategy|guidance|review|document|letter|"
                            r"statement|submission|response|judgment|ruling|opinion|press release)s?\b", re.IGNORECASE)
_INDEFINITE = {"nobody", "no one", "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "none"}
_SECOND_SPEAKER = re.compile(r"(?<!\s),\s+(?:while|whereas)\s+(?=[A-Z])")
_LOOKBACK = 2000


_FAQ_TITLE = re.compile(r"\b(?:FAQs?|frequently asked questions|questions and answers|Q\s?&\s?A|your questions)\b", re.IGNORECASE)
# "Liesel: \u201c...\u201d": a name and a colon, then a quotation
_NAMED_QUOTATION = re.compile(r"^(?P<who>[A-Z][\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019\-]+){0,2}):\s*")
# "Its central passage deserves to be quoted in full:" says whose words only after a speech, letter or statement
_PASSAGE_OF_IT = re.compile(r"^(?:its|the)\s+(?:\w+\s+){0,2}(?:passage|paragraph|section|words|conclusion|lines?|sentences?)\b", re.IGNORECASE)
_SPOKEN_WORK = re.compile(r"\b(?:speech|statement|letter|remarks|address|interview|post|essay|op-ed|article|column|lecture|testimony)\b",
                          re.IGNORECASE)
# "You asked:", "You wrote to us:": the reader a reply answers, not a speaker
_READER = re.compile(r"^you\s+(?:\w+\s+){0,2}?(?:asked|requested|wrote to us|wanted to know)\b", re.IGNORECASE)
# "You wrote:", "You told us:" in a reply to the reader ("You said in the House on 3 May:" quotes a minister)
_READER_QUOTED = re.compile(r"^you\s+(?:also\s+)?(?:wrote|told us|said)\s*:$", re.IGNORECASE)
_REPLY = re.compile(r"\b(?:your (?:request|letter|e-?mail|enquiry|inquiry|complaint|questions?)|thank you for your)\b", re.IGNORECASE)
# "[Briefing ends 10:58]", "[Transcript continues in the full episode.]": the extract stops here
_RECORD_ENDS = re.compile(
    r"^[\[(]\s*(?:(?:the\s+)?(?:press\s+)?(?:briefing|session|transcript|recording|hearing|meeting|conference|interview"
    r"|broadcast|programme|debate|excerpt|extract|clip|episode|conversation|discussion)\s+(?:ends|ended|closes|closed"
    r"|continues|truncated)|end of (?:the )?(?:briefing"
    r"|transcript|recording|session|hearing|meeting|interview|excerpt|extract))\b", re.IGNORECASE)
_HANDLE_LEAD = re.compile(r"^(?P<who>(?:u/|@)[\w.\-]{2,40})(?:\s+[a-z]+){0,3}:$")
_OUR_PERSON = re.compile(r"\b[Oo]ur\s+(?P<role>(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*)\s+"
                         r"(?P<who>[A-Z][\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019\-]+){0,2})\b")
# "the Commissioner sets out", "Here is the Minister:": the role as the subject, right before its verb,
# or ending the clause ("to the Minister," is neither)
_ROLE_REFERENCE = re.compile(r"\bthe\s+([A-Z][a-z]+)(?:\s+(?=[a-z])|(?=:$))")


def _first_found(*speakers: int | None) -> int | None:
    """The first speaker index that is not None (index 0 is a speaker, so `or` will not do)."""
    return next((s for s in speakers if s is not None), None)


def _subject_before(context: str, verb: re.Match) -> str:
    """The words of the clause before a reporting verb ("..., the Federal Police said" -> "the Federal Police")."""
    return _CLAUSE_BREAK.split(context[: verb.start()])[-1].strip(" ,")


def _org_key(org: str) -> str:
    """An organisation's name for comparison: "The Kitewood Children\u2019s Helpline" -> "kitewood children's helpline"."""
    return re.sub(r"^the\s+", "", org.replace("\u2019", "'").lower().strip())


def _last_sentence(text: str) -> str:
    """The last sentence of a paragraph ("... . Jo Roe said:" -> "Jo Roe said:")."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text)]
    return text[starts[-1]:] if starts else text


def _signed_person(line: str) -> bool:
    """"Tove, 27, campaign volunteer", "Sabeen, 22": a one-name signature with a comma ("Claim 1" is none)."""
    first = line.split(maxsplit=1)[0] if line.strip() else ""
    return first.endswith(",") and bool(_PERSON_CLAUSE.match(line))
_ONLY_PUNCTUATION = re.compile(r"[ ,.;:\u2014\u2013-]*")
# a straight single mark opens a quotation only before a word and not after one (not "can't", "members'")
# ("\u00bbund nein\u00ab": a German quotation opens with the right-pointing mark before a word)
_NEXT_QUOTE = re.compile(r"[\"\u201c\u201d\u2018\u00ab\u201e\u300c\u300e\u2039]|(?<!\w)'(?=\w)|(?:(?<=,\s)|(?<=:\s))[\u00bb\u203a](?=\w)")
_WHOLE_SENTENCE = re.compile(r"[A-Z][^\n]*[.!?]")
_CLAUSE_END = re.compile(r"[.!?;:](?=\s|$)")
_WORD_AT_END = re.compile(r"([\w.]+)$")
_INITIALS = re.compile(r"[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]")
_TRAILING_NOTE = re.compile(r"\s*\([^()]{3,120}\)\s*$")
_QUOTE_END_PUNCTUATION = (".", "!", "?", ",", ";", ":", "\u2026")
_LOWER_WORD = re.compile(r"[^\S\n]+[a-z]")
_VIEWPOINT = re.compile(r"^(?:for|to)\s+", re.IGNORECASE)
_CONJUNCTION = re.compile(r"^(?:but|and|yet|so|however|meanwhile),?\s+", re.IGNORECASE)
# a relative pronoun or a finite auxiliary: the words after the verb hold a clause of their own
_SECOND_CLAUSE = re.compile(r"\b(?:who|whom|which|that|had|has|have|was|were|is|are|would|will)\b", re.IGNORECASE)
_INTRODUCES = re.compile(r"[,:]$|\b(?:said|says|added|adds|wrote|writes|stated|states)$")


# "On Monday Eastmere Health Board apologised": the words before a body's name that are no part of it
_LEADING_CIRCUMSTANCE = re.compile(
    r"^(?:(?:The|On|In|At|By|For|From|After|Before|Since|Last|This|Yesterday|Today|Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December"
    r"|But|And|However|Meanwhile|Earlier|Later)\s+)+")
# "for the health board said": a body described in lower case after a spokesperson
_DESCRIBED_BODY = re.compile(r"\s+(?:for|at|from|of)\s+the\s+(?P<words>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)(?=\s+(?:said|says|told|added)\b|[,.])")
# "girl, 14", "non-binary young person, 16", "a parent, aged 41": someone quoted by description and age
_ANONYMOUS_AGED = re.compile(r"(?:an?\s+)?[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,4},\s*(?:aged\s+)?\d{1,2}")
# "12.15 BST", "11:48", "Updated 09:30 GMT": the time over a live blog's entry, on a line of its own
# (a bare "10:42" may be a time code inside a transcript's answer)
_ENTRY_TIME = re.compile(r"(?:updated\s+)?\d{1,2}[.:]\d{2}\s?(?:am|pm|a\.m\.|p\.m\.|(?-i:[A-Z]{2,5}))", re.IGNORECASE)
# "Kerys, whose twelve-year-old son ...", "Esperanza, whose name we have changed, ...": one person's family or name
_WHOSE_KIN = re.compile(r"^[^,\s]+,\s+whose\s+(?:[\w\-]+\s+){0,2}(?:son|daughter|child|children|mother|father|husband|wife"
                        r"|partner|sister|brother|family|parents|name|surname)\b")
# "She later confirmed that ...": a pronoun reporting the speaker above is the publisher narrating again
_NARRATED_AFTER_TURN = re.compile(r"(?:he|she|they)\s+(?:later\s+|also\s+|then\s+)?(?:confirmed|conceded|acknowledged|admitted"
                                  r"|denied|suggested|claimed|replied|responded)\s+that\b", re.IGNORECASE)

# the first person outside a quotation ("That was a girl I met"; not "Phase I")
_TELLER = re.compile(r"\b(?:I(?=\s+[a-z\u2019'])|me|my|we|us|our)\b")


class _Segmenter(LayoutPasses, SpeechPasses, DialoguePasses, EmailPasses, ForumPasses, RoundupPasses):
    def __init__(self, text: str, rules: SegmenterRules, publisher: str | None = None):
        self.text = text
        self.rules = rules
        self.blocks: list[Block] = split_blocks(text, rules.bullet)
        self.labels: list[str | None] = [None] * len(self.blocks)
        # each block's text, sliced once: the passes ask for it some ten times per block
        self.block_texts: list[str | None] = [None] * len(self.blocks)
        self.pieces: dict[int, list[Piece]] = {}
        self.prefixes: dict[int, Piece] = {}  # release labels cut off the front of a block ("STATEMENT:")
        self.book = SpeakerBook(rules, text, publisher)
        self.state = _State()
        self.forwarded: list[int] = []  # where a release forwarded inside the statement begins
        self.title_speaker: str | None = None  # "Minister Roe" of a speech page titled "Minister Roe's speech to ..."

    def btext(self, i: int) -> str:
        text = self.block_texts[i]
        if text is None:
            text = self.block_texts[i] = self.blocks[i].text(self.text)
        return text

    def set_label(self, i: int, label: str, speaker: int | None = None):
        self.labels[i] = label
        block = self.blocks[i]
        self.pieces[i] = [Piece(block.start, block.end, label, speaker)]

    def piece(self, start: int, end: int, label: str, speaker: int | None = None, strip: str = "") -> Piece | None:
        start, end = _trim(self.text, start, end, strip)
        if end <= start or not any(ch.isalnum() for ch in self.text[start:end]):
            return None
        return Piece(start, end, label, speaker)

    def run(self) -> tuple[list[dict], list[dict]]:
        if not self.blocks:
            return [], []
        self.mark_furniture()
        self.mark_lone_header_fields()
        self.mark_header_fields()
        comments = self.mark_comment_section()
        self.mark_email_header()
        self.mark_link_lists()
        zone = self.mark_back_matter()
        headline = self.mark_headline(zone)
        self.mark_transcript_labels(headline + 1, zone)
        # a speech header may stand above a transcript's turns that begin after the speech ("briefing notes")
        if (not self.turns or min(self.turns) > headline + 4) and self.is_speech_document(headline, zone):
            self.mark_speech_header(headline + 1, zone)
        self.mark_written_questions(headline + 1, zone)
        self.mark_social_posts(headline + 1, zone)
        self.mark_forum_posts(1, min(zone, comments))  # readers' comments under a post are no thread
        self.mark_signed_posts(headline + 1, zone)
        self.mark_comment_cards(headline + 1, zone)
        self.mark_signed_sections(max(0, headline), zone)  # the heading may have been taken for a subtitle
        self.mark_expert_sections(headline + 1, zone)
        self.mark_embedded_email(headline + 1, zone)
        for i in range(headline + 1, len(self.blocks)):  # after `zone`, what the notes left to the release
            if self.labels[i] is None:
                self.classify(i)
            elif self.state.mode == "turn" and _ENTRY_TIME.fullmatch(self.btext(i)):
                self.state.mode, self.state.pending = "", None  # a live blog's next entry: the exchange above is over
        self.mark_unlabelled_interview(headline, zone)
        self.finish_unattributed()
        self.mark_first_paragraph_lead(headline + 1, zone)
        for start in self.forwarded:
            self.mark_first_paragraph_lead(start, zone)  # the forwarded release opens with its own lead
        self.mark_signatories(headline + 1, zone)
        self.mark_reader_comments(comments)
        return self.export()

    def attribution_speaker(self, text: str, end: int | None = None) -> tuple[int | None, bool]:
        """(speaker, matched) for a lead such as "X, role at ORG, said:" or a formula (`end`: where the
        lead starts, for a body described as "the bank" that the text named in full above it)."""
        clean = text.strip()
        for pattern in self.rules.formulas:
            match = pattern.match(clean)
            if match:
                # "we reproduce its central passage here:" names nobody: the sentences before it do
                who = match.groupdict().get("who")
                speaker = self.book.resolve(drop_relative_clause(who)) if who else None
                if speaker is not None and who and end is not None and self.book.role_only(speaker):
                    # "Following is the text of the Home Minister's address:": the person named in that office above
                    speaker = self.book.holder_before(speaker, end)
                if speaker is None and who and end is not None and clean.endswith(":"):
                    # "The Chair made the following remarks:": the person named with that office above
                    speaker = self.book.resolve_office(strip_opening_clause(who, self.rules), end)
                return speaker, True
        found = speaker_before_verb(clean.rstrip(":"), self.rules)
        if found:
            who, _ = found
            subject = strip_opening_clause(who, self.rules)
            body = self.body_described(subject, end) if end is not None and subject.lower().startswith("the ") else None
            if body:
                return self.book.resolve_known(Speaker(None, None, body)), True  # "The bank said:": Corravale Bank
            speaker = self.book.resolve(subject)  # "For his part, the Director, ..."
            when = _WHEN_OPENER.match(who) if speaker is None else None
            if when:
                speaker = self.book.resolve(who[when.end():])  # "On 12 May the CCA wrote:": the CCA
            return speaker, True
        return None, False

    def is_attribution(self, i: int) -> bool:
        text = self.btext(i).strip()
        if _words(text) > 70:
            return False
        if self.rules.formulas_any(text):
            # "Statement by the Privacy Commission on ..." over its own page: a title, not an attribution
            return text.endswith(":") or not self.publishers_own(text, unnamed=True)
        if text.endswith(":") and speech_verbs(_last_sentence(text), self.rules):
            return True  # "We have heard it said that ... . Here is what we do:" hands over to no one
        return self.next_starts_quote(i) and bool(self.rules.response.search(text)) or self.name_led(i)

    def next_starts_quote(self, i: int) -> bool:
        for j in range(i + 1, min(i + 3, len(self.blocks))):
            if self.labels[j] == "boilerplate":
                continue
            return self.btext(j)[:1] in ALL_MARKS
        return False

    def classify(self, i: int):
        text = self.btext(i)
        state = self.state
        if i in self.turns:
            return self.transcript_turn(i, self.turns[i])
        if state.mode == "turn" and self.blocks[i].blank_before and self._compact_turns():
            # turns on consecutive lines, then a blank line: the story resumes in the publisher's words
            state.mode, state.pending = "", None
        if state.mode == "turn" and self.numbered_paragraph(i):
            state.mode, state.pending = "", None  # "[7] Dr Roe gave evidence ...": the record's own paragraphs go on
        if state.mode == "turn" and self.rules.procedural_any(text) or (
                state.mode in ("colon", "speech") and self.rules.interjection_any(text)):
            # "Question put ...", "The House divided ...", "(Applause)" inside a speech: the record's own words
            return self.set_label(i, "body")
        if state.mode == "turn" and self.witness_line(text):
            # "DETECTIVE SUPERINTENDENT JO ROE (affirmed)" between turns: who answers the next "A.", no one's words
            state.mode, state.pending = "", None
            return self.set_label(i, "lead")
        if state.mode in ("turn", "speech") and _EDITORIAL_LINE.match(text):
            if _RECORD_ENDS.match(text):
                state.mode, state.pending = "", None  # "[Briefing ends 10:58]": no one speaks after it
            return self.set_label(i, "note")  # "[Poll shown on screen: ...]", "[Slide 4: ...]"
        if state.mode == "turn" and (i > self._last_turn() or self._narrated(i)) and _words(text) <= 6 and (
                self.is_heading(i, text)):
            # "Our comment" after the last turn, "Opposing the motion" above a paragraph that tells who spoke
            # next: the publisher speaks again
            state.mode, state.pending = "", None
            return self.set_label(i, "headline")
        if state.mode == "turn" and self.blocks[i].blank_before and (
                self.rules.reported.match(text) or _NARRATED_AFTER_TURN.match(text)):
            state.mode, state.pending = "", None  # "She argued that ...": the publisher reports, after the extract
            return self.prose_block(i)
        if self.speech_header(i, text):
            return
        if state.mode == "speech" and text[:1] in ALL_MARKS and self._speaker_said(i, state.pending):
            # '"...," she said.' under a line that named her: a story that quotes her, not her speech printed whole
            # (a speech may quote others: '"Why can't you stop them?" That is what a mother asked me.')
            state.mode = ""
        if text[:1] in ALL_MARKS or opens_single(text):
            return self.quoted_block(i)
        if ":" in text[:40] and self.named_quotation(i, text):
            return
        if state.run is not None and self.blocks[i].marker and self.labels[i - 1] == "quote" and self._list_closes_quote(i):
            return self.quoted_list_item(i)
        if state.mode == "speech" and self.rules.salutation.match(text):
            state.last_quote = state.pending  # "Chair Roe, and members of the Committee:": the speech's first words
            return self.set_label(i, "quote", state.pending)
        if state.mode in ("speech", "colon") and i and self.labels[i - 1] == "lead" and _words(text) <= 20 and (
                not text.endswith((".", ":")) and not self.rules.verbs.search(text)
                and not any(mark in text for mark in ALL_MARKS) and self.starts_with_name(text)):
            # "Comment from the Chief Constable" / "Jo Roe, Chief Constable of X": the header names the speaker
            speaker = self.book.resolve(text)
            state.pending = speaker if speaker is not None else state.pending
            return self.set_label(i, "lead")
        if self.colon_lead(i, text):
            return
        if state.mode == "speech" and self.is_heading(i, text) or (
            state.mode in ("speech", "turn") and i + 1 in self.turns and _is_heading_like(text)
        ):  # "ANSWER", "Answers to questions from journalists" above the next turn
            if state.mode == "speech" and self._quoted_throughout(i):
                # "Comment from Jo Roe" above paragraphs in quotation marks, then "5. Outlook": her comment
                # ended with its closing mark, and the release goes on in its own words
                state.mode, state.pending = "", None
            return self.set_label(i, "headline")
        if state.mode == "speech" and self._about_the_speaker(i, text):
            # "Professor Roe joined the University in 2019 ...": after the speech's last words, a note on who gave it
            state.mode, state.pending = "", None
            return self.set_label(i, "note")
        if state.mode == "turn" and i > self._last_turn() and self._names_speaker(state.pending, text):
            # "Professor Roe's study is published in ...", after the last answer: the publisher's note about them
            state.mode, state.pending = "", None
            return self.prose_block(i)
        stopped = state.mode == "colon" and self.stops_colon_block(i, text)
        if state.mode in ("speech", "turn") or (state.mode == "colon" and not stopped):
            if state.letter and 2 <= _words(text) <= 10 and _is_heading_like(text) and not text.endswith(","):
                return self.set_label(i, "headline")  # "Why we are doing this" in a memo quoted in full
            state.last_quote = state.pending
            return self.set_label(i, "quote", state.pending)
        if stopped and find_quotes(self.text, self.blocks[i].start, self.blocks[i].end):
            # someone else quoted in marks ("Cllr Ana Roe ... told us: 'I want ...'"): the colon block is over, and
            # the paragraphs after her closing mark are not hers either
            state.mode, state.pending = "", None
        # cheapest test first: most blocks are not followed by a quotation
        if self.next_starts_quote(i) and _words(text) <= 70 and self.rules.response.search(text):
            who = self.rules.response.split(text, maxsplit=1)[0]
            speaker = self.book.resolve(strip_opening_clause(who, self.rules)) if who.strip() else None
            if speaker is None:
                speaker = self.mention(text)
            if speaker is not None:
                self.set_label(i, "lead")
                state.pending, state.mode = speaker, "quote"
                return
        on_line = self.person_on(i, text)
        if on_line is not None:
            # "Federal Interior Minister Jo Roe on today's Cabinet decision" above her quotation
            self.set_label(i, "lead")
            state.pending, state.mode = on_line, "quote"
            return
        if self.blocks[i].marker in ("\u2014", "\u2013", "-", "--") and self.signs_body_quotes(i, text):
            return  # the body's quotation, signed under its last paragraph by the person who spoke
        if self.blocks[i].marker in ("\u2014", "\u2013", "-", "--") and self.signs_passage_above(i, text):
            return  # "Here is the key passage:", the passage, and "\u2014 Jo Roe, Minister, at X" under it
        if state.unattributed and self.blocks[i].marker in ("\u2014", "\u2013", "-", "--") and (
                self.pull_quote_attribution(i, text)):
            return  # "\u2014 Jo Roe, Head, ACME" under the quotation it signs, not above the next one
        if state.unattributed and not self.blocks[i].blank_before and self.labels[i - 1] == "quote" and self._spaced() and (
                self.pull_quote_attribution(i, text)):
            return  # "Jo Roe, Keyfast" on the line under a pull quote signs it; it does not open the next one
        if self.name_led(i) and not self._moves_wording(text):
            aged = _NAME_AGE.match(text)  # "Cass, 24, a member of Standing Stone": Cass, not a body named later
            # "Acme Party \u2014 Jo Roe, Minister for X": the party, then the person who answers for it
            dashed = None if aged else dashed_speaker(text.strip(), self.rules)
            speaker = (self.book.resolve_known(Speaker(aged.group("name"), None, None)) if aged
                       else self.book.resolve_known(dashed) if dashed else self.mention(text))
            if speaker is not None:
                self.set_label(i, "lead")
                state.pending, state.mode = speaker, "quote"
                return
        if state.unattributed and self.pull_quote_attribution(i, text):
            return
        spoken = self.dash_dialogue(i)
        if spoken:
            return self.prose_block(i, default_speaker=state.last_quote, quotes=spoken)
        self.prose_block(i)

    def colon_lead(self, i: int, text: str) -> bool:
        state = self.state
        stripped = _COLON_FOOTNOTE.sub(":", text.strip())  # "She told the Assembly:[3]"
        # the word count and the patterns only matter for a block that is not a short "...:" line
        if stripped.endswith(",") and _words(stripped) <= 80 and self.next_starts_quote(i) and (
            self.rules.verbs.search(stripped[-40:])
        ):
            stripped = stripped[:-1] + ":"  # "Announcing the feature, Jo Roe, CEO, said," above the quotation
        # a formula without a colon ("Below is a statement from X.", 37 words at most in the corpus) is
        # short: longer paragraphs are not tried against the formulas, the costliest patterns here
        words = _words(stripped)
        colon = stripped.endswith(":") and words <= 80
        if not colon and not (words <= 45 and self.rules.formulas_any(stripped)):
            return False
        if not colon and self.publishers_own(stripped, unnamed=True):
            return False  # "Statement by the Privacy Commission on ...", its own page's title: no one else speaks
        if _DEMAND_LIST.search(stripped) or self.rules.motion_clause_any(stripped) or self._moves_wording(stripped) or (
                _OWN_LIST.search(stripped) and not _QUOTE_VERB_BEFORE_LIST.search(stripped) and self._publisher_subject(stripped)):
            # "The Committee urges States to:" opens a list of what it asks, "This Conference notes:" a
            # motion's clauses: neither is a speech
            return False
        # only the last sentence of a longer paragraph is the attribution
        # "... statement to Dr. Elise Roe, ...": a title's full stop ends no sentence
        starts = [m.end() for m in _SENTENCE_END.finditer(stripped) if not self._is_abbreviation(stripped, m.start())]
        offset = starts[-1] if starts else 0
        clause = stripped[offset:]
        if _READER.match(clause) or _READER_QUOTED.match(clause) and _REPLY.search(self.text, 0, self.blocks[i].start + offset):
            return False  # "You asked:" above an information request's questions: the reader, whom the reply answers
        forum = self.forum_author(i, clause) if not offset else None
        notes = self._presenter() if not offset and clause.rstrip(":").strip().lower() in NOTES_LABELS else None
        if forum is not None:
            speaker, matched = forum, True
        elif notes is not None:
            speaker, matched = notes, True  # "Speaker notes:" under a slide: the presenter the title slide names
        elif (asked := _ASKED_THEN_PRONOUN.match(clause)) and (
                (found := parse_speaker(asked.group("who"), self.rules)) is not None and (found.name or found.role or found.org) or _ONE_NAME.fullmatch(asked.group("who"))
                and asked.group("who").lower() not in self.rules.name_stopwords | self.rules.org_words | self.rules.role_words):
            # "When I asked one of the teenagers, Mirabeth, what she would tell a minister, she didn't hesitate:"
            speaker, matched = (self.book.resolve(asked.group("who")) if found is not None and (found.name or found.org)
                                else self.book.resolve_office(asked.group("who"), self.blocks[i].start) if found is not None
                                else self.book.resolve_known(Speaker(asked.group("who"), None, None))), True
        elif _PRONOUN_LEAD.match(opened := _LEADING_ADVERB.sub("", strip_opening_clause(clause, self.rules))) and (
                self.book.last is not None):
            # ("Drawing on the helpline's casework, she said:": the opening clause names no one who speaks)
            speaker, matched = self.book.resolve(opened.split()[0]), True
            if not offset and i and self.labels[i - 1] in (None, "body") and not _OBJECT_PRONOUN.search(
                    clause[: len(clause) - len(opened)]) and (
                    self.rules.verbs.search(self.btext(i - 1)) or self.starts_with_name(self.btext(i - 1))):
                # "Professor Jo Roe, ..., said the paper was careful." then "He said:": the person just reported
                # ("Mika Roe, head of policy at Acme, described the company's approach." then "She said:")
                speaker = _first_found(self.mention(self.btext(i - 1)), speaker)
        else:
            speaker, matched = self.attribution_speaker(clause, self.blocks[i].start)
            inverted = _INVERTED_ATTRIBUTION.search(self.btext(i - 1)) if (
                matched and not offset and i and re.match(r"(?:he|she)\s", opened, re.IGNORECASE) and self.labels[i - 1] in (None, "body")) else None
            if inverted:
                # "..., says Prof Jo Roe, who studies cryptography." then "He puts it like this:": the person the
                # paragraph above reports, not the last one quoted (not "She has the backing of Tom Baker, who says ...")
                speaker = _first_found(self.mention(inverted.group("who")), speaker)
            if speaker is None and not offset and _PRONOUN_LEAD.match(opened):
                # "She wrote to us:" before anyone has been quoted: a case study's person with a changed name
                speaker = self._pronoun_referent(i, opened)
                matched = matched or speaker is not None
        subject = strip_opening_clause(clause, self.rules)
        if matched and offset and subject.split()[0].lower() in ("he", "she") and not _OBJECT_PRONOUN.search(
                clause[: len(clause) - len(subject)]):  # ("Responding to him, she said:": not the man just named)
            # "Jo Roe is closing the debate. He tells the chamber:" ("Speaking on Wednesday, she said:"): the
            # person the paragraph names
            speaker = _first_found(self._person(self.mention(stripped[:offset], last=True)), speaker)
        if not matched and offset and self.rules.formulas_any(stripped):
            # "The following account was given to us by a mother. Some details have been changed."
            speaker, matched = self.attribution_speaker(stripped, self.blocks[i].start)
            offset = 0 if matched else offset
        handle = _HANDLE_LEAD.match(clause) if speaker is None and not offset else None
        if handle and (self.rules.verbs.search(clause) or self.next_starts_quote(i)):
            # "u/quietfox_sec asked:", "@rin_audits replied:": a forum or social-media user known by a handle
            speaker, matched = self.book.resolve_known(Speaker(handle.group("who"), None, None)), True
        answer = _ANSWER_OF.match(clause) if not matched and not offset else None
        if answer and (found := parse_speaker(answer.group("who"), self.rules)) is not None and found.name and not (
                re.search(r"\s(?:and|&)\s", found.name)):  # ("Reply from Jo Roe and Sam Poe:": two people, no one speaker)
            # "Answer of the Minister of Transport and Digital Infrastructure, Selim Erg\u00fcven:" above the answer
            speaker, matched = self.book.resolve(answer.group("who")), True
        if not matched and clause.endswith(":") and "," in clause and _words(clause) <= 30 and not offset and self.starts_with_name(clause):
            # "Marnie Roe, Chief Executive Officer:" above the paragraphs she speaks, no verb at all; a
            # parenthesis at the end says how the words came ("(unofficial translation)")
            who = _TRAILING_NOTE.sub("", clause.rstrip(":")).strip()
            found = parse_speaker(who, self.rules) if _words(who) <= 18 else None
            speaker = self.book.resolve(who) if found is not None and found.name else None
            matched = speaker is not None
        if not matched and clause.endswith(":") and _words(clause) <= 40 and not offset and " on " in clause:
            # "Association President Jo Roe on the Taskforce's discussion document:" above her paragraphs
            head = clause.split(" on ", 1)[0]
            found = parse_speaker(head, self.rules)
            if found is not None and found.name and _words(head) <= 12:
                speaker, matched = self.book.resolve(head), True
        if not matched and clause.endswith(":") and _words(clause) <= 30 and self.next_starts_quote(i):
            # "The Vuka Privacy Collective, in a post shared 40,000 times:" above a quotation: no verb needed
            speaker = self.mention(clause)
            for role in _ROLE_REFERENCE.finditer(clause) if speaker is None else ():
                # "..., the Commissioner sets out three objections:": the person the text gave that role
                if role.group(1).lower() in self.rules.role_words:
                    speaker = self.book.resolve(role.group(0).strip())
                    if speaker is not None:
                        break
            ours = _OUR_PERSON.search(clause) if speaker is None else None
            if ours and set(ours.group("role").lower().split()) & self.rules.role_words:
                # "Our caseworker Nadia put it better than I can:": one of the publisher's people, by first name
                speaker = self.book.resolve_known(Speaker(ours.group("who"), ours.group("role"), None))
            speaker = self.org_mention(clause) if speaker is None else speaker
            matched = speaker is not None
        found = speaker_before_verb(clause.rstrip(":"), self.rules) if matched and speaker is None else None
        # a speech's excerpts whose speaker no paragraph telling of the speech gives: no one's (not whoever the
        # paragraph above names: "Jo Roe described her remarks as ...")
        excerpt = matched and speaker is None and not offset and bool(_SPEECH_EXCERPT.search(clause))
        if excerpt:
            # "Excerpts of the speech read:": whoever gave it, the person the paragraphs above name (not the
            # body that organised the event they spoke at)
            for j in range(i - 1, max(-1, i - 4), -1):
                if _SPEECH_TOLD.search(self.btext(j)):
                    # the paragraph that tells of the speech names its speaker (not the one who opened the event),
                    # by name or by office ("The keynote was delivered by the Interior Minister.")
                    speaker = self._person(self.mention(self.btext(j)))
                    office = _OFFICE_NAMED.search(self.btext(j)) if speaker is None else None
                    if office and office.group("office").split()[-1].lower() in self.rules.role_words:
                        speaker = self.book.resolve_known(Speaker(None, office.group("office"), None))
                    break
        if matched and speaker is None and not excerpt:
            context = stripped[:offset] or (self.btext(i - 1) if i else "")
            if _PASSAGE_OF_IT.match(clause) and not _SPOKEN_WORK.search(context):
                return False  # "Its conclusion deserves quoting:" after a report: the report's words, no one's speech
            speaker = self.mention(context) if context else None
            if speaker is None and found:
                # "The Commissioner said:": the person named with that office above, else its holder, unnamed
                speaker = self.book.resolve_office(strip_opening_clause(found[0], self.rules), self.blocks[i].end)
            office = _DEFINITE_OFFICE.match(strip_opening_clause(found[0], self.rules)) if speaker is None and found else None
            if office and office.group("office").split()[-1].lower() in self.rules.role_words:
                # "The Interior Minister said:" with no minister named: that office, unnamed (not whoever the
                # paragraphs above named)
                speaker = self.book.resolve_known(Speaker(None, office.group("office"), None))
            if speaker is None and _PERSON_CLAUSE.match(context.strip()):
                # "Aoife, whose daughter was groomed ..., asked that her surname not be used. She said:"
                speaker = self.book.resolve_known(_person_clause_speaker(context.strip().split(",")[0]))
            if speaker is None and context and not self.rules.verbs.search(clause):
                # "The Board adopted an Opinion ... we reproduce its central passage here:": a body's text
                speaker = self.org_mention(context)
                if speaker is None:
                    speaker = self.subject_body(context)  # "... Veskio set out its reasons. The post reads:"
            for j in range(i - 2, max(-1, i - 4), -1):
                if speaker is not None or stripped[:offset]:
                    break
                # "In her words:" two paragraphs after the one that names her
                speaker = self.mention(self.btext(j), last=True)
            for j in range(i - 1, max(-1, i - 4), -1):
                if speaker is not None:
                    break
                # "The spokesperson added:" after "A spokesperson for Halcyra said the feature ..."
                named = _SPOKESPERSON_FOR.search(self.btext(j))
                speaker = self.book.resolve(named.group(0)) if named else None
        if not matched or speaker is None:
            return False
        known = self.book.speakers[speaker]
        if not known.name and not known.role and self._publisher_itself(known.org) and not self.next_starts_quote(i) and not (
                _STATEMENT_IN_FULL.match(clause)):  # ("Tacuarí's full statement:" above it: the statement, quoted)
            # "This Council notes:" in the council's own minutes: its own words and lists ("The Court
            # stated:" above quotation marks quotes the court's judgment in its registry's release)
            return False
        if i + 1 < len(self.blocks) and self.rules.letter_salutation.match(self.btext(i + 1).strip()) and (
                self._publishers_person(known)):
            # "Response from Hon Jo Roe, Minister of Internal Affairs" over "Dear Ms Poe," on the minister's own
            # page: a letter under its author's name is the publisher's text (ANNOTATION.md, section 4)
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

    def _faq_question(self, i: int, text: str) -> bool:
        """"What does the coalition want?" over its answer, in a page of three or more such questions: an FAQ's
        heading, not a speaker's rhetorical question."""
        if not text.endswith("?") or _words(text) > 12 or self.blocks[i].marker:
            return False
        if not hasattr(self, "_question_count"):
            self._question_count = sum(1 for j in range(len(self.blocks)) if self.btext(j).endswith("?")
                                       and _words(self.btext(j)) <= 12 and self.blocks[j].blank_before)
        return self._question_count >= 3 and self._faq_page() and self.is_heading(i, text.rstrip("?"))

    def _faq_page(self) -> bool:
        """The page calls itself an FAQ near its top (a speech of rhetorical questions does not)."""
        top = " ".join(self.btext(j) for j in range(min(6, len(self.blocks))))
        return bool(_FAQ_TITLE.search(top))

    def stops_colon_block(self, i: int, text: str) -> bool:
        if self.rules.note_heading.match(text):
            return True
        if i and self.blocks[i - 1].marker == ">" and self.blocks[i].marker != ">" and self.labels[i - 1] == "quote":
            return True  # the "> " lines of an e-mail's quotation are over: the writer speaks again
        if self.rules.letter_salutation.match(text) or self.labels[i - 1] == "lead" and _SALUTATION_LINE.match(text.strip()):
            self.state.letter = self.state.letter or self.labels[i - 1] == "lead"
            return False  # a letter quoted in full: "Sir," ... "Yours faithfully,"; "Honourable Deputy," under the lead
        if self.rules.sign_off.match(text):
            self.state.letter = False  # the letter ends with its signature: a heading after it is the publisher's
            return False
        in_list = self.blocks[i].marker and (self.blocks[i - 1].marker or self.btext(i - 1).endswith(":"))
        if self.labels[i - 1] == "lead":
            self.state.letter = False  # the first block of the speaker's words says whether they are a letter
        if (_is_heading_like(text) or self._faq_question(i, text)) and not in_list and not self.state.letter:
            return True  # a heading ends the speaker's words; the items of their own list do not (nor a
            # memo's own section headings, once it opened "Team,")
        # the paragraph right under "Please attribute ... to X" is X's, even "Acme welcomes the ..."
        first = self.labels[i - 1] == "lead" and self.rules.formulas_any(self.btext(i - 1).strip())
        if self.is_attribution(i) or not first and _words(text) < 40 and self.rules.response.search(text):
            return True
        if not first and self._opens_with_speakers_name(text):
            return True  # "Parisa and her children have since moved ...": the publisher writes about the speaker
        impersonal = not _FIRST_PERSON.search(text)
        if not first and impersonal and (self.rules.reported.search(text) or self.rules.reported_after_clause.match(text)):
            # "Raghunathan said the weaknesses ...": the publisher reporting, not the speaker; "The
            # Authority says ... We take that seriously" is the speaker answering someone
            return True
        if not first and impersonal and (reported := _NAMED_PERSON_REPORTED.match(text)) and self._names_person(reported.group("who")):
            return True  # "Staff Sergeant Jo Roe, who leads the team, said investigators ...": someone else, reported
        if not first and impersonal and self.rules.publication_report(text):
            return True  # "The opinion also notes that the Bill ...": the publisher on its paper (37 such lines in the corpus, none quoted)
        if _DEMAND_LIST.search(text.strip()) and impersonal:
            return True  # "Harakeke has written to Korimako asking it to:": the publisher's demands, not "We urge ..."
        if (not first and impersonal and text.rstrip().endswith(":") and _words(text) <= 20
                and i + 1 < len(self.blocks) and self.blocks[i + 1].marker):
            return True  # "The study's main findings include:" above a list: the publisher's summary
        block = self.blocks[i]
        quotes = find_quotes(self.text, block.start, block.end)
        # 'X said: "..."' or '"...," said X': someone else is introduced; not 'The ad campaign says "privacy
        # is not a crime." Nobody said it was. But ...', a slogan the speaker quotes and answers
        for q in quotes:
            found = self.attribution_after(q) or self.attribution_before(block, q)
            if found and not self._quoted_in_passing(q, text, found[2] if len(found) == 4 else found[1]):
                return True
        return False

    def _opens_with_speakers_name(self, text: str) -> bool:
        """A paragraph that opens with the given name of the person speaking, or their title and surname,
        in the third person."""
        pending = self.state.pending
        known = self.book.speakers[pending] if pending is not None else None
        words = [w for w in (known.name or "").split() if w[:1].isupper() and w.lower().rstrip(".") not in self.rules.name_titles] if known else []
        first = re.sub(r"['\u2019]s$", "", text.split(maxsplit=1)[0].rstrip(",")) if text.strip() else ""
        # the given name ("Parisa and her children ..."), and only one the text never writes as a word in
        # lower case ("Hope is not a plan" under Hope Roe; "Strong encryption ..." under Ella Strong)
        titled = _TITLED_SURNAME.match(text)
        if known and known.name and titled and titled.group("title").lower().rstrip(".") in self.rules.honorifics and (
                f" {known.name}".endswith(" " + titled.group("surname"))):
            return True  # "Ms de la Calzada also submits that ...": the publisher reports her, by title and surname
        return bool(words) and first == words[0] and _words(text) >= 4 and (  # (not "Lucan" signing a memo)
            first.lower() not in self._text_words()) and (
            # ("Hope is not a security strategy" under Hope Roe: the word, not the woman)
            bool(_THIRD_PERSON.search(text)) or not re.match(rf"{re.escape(first)}\s+(?:is|was)\s+(?:not\s+)?(?:a|an|the|no)\b", text))

    def _quoted_in_passing(self, quote, text: str, who: str) -> bool:
        """A few quoted words from no person inside a paragraph that mostly says something else."""
        said = _words(self.text[quote.start : quote.end])
        return said < 8 and said * 3 < _words(text) and not self._names_person(who)

    @staticmethod
    def _moves_wording(text: str) -> bool:
        """"Cr Roe moved an amendment ... with the following:" (not "Jo Roe, who has moved an amendment, said:")."""
        match = _MOTION_TEXT.search(text.strip())
        return match is not None and not _RELATIVE_MOVER.search(text[: match.start()] + " ")

    def named_quotation(self, i: int, text: str) -> bool:
        """"Liesel: \u201cA scanner ... attached.\u201d (33:40)": a pull quote under the name of someone the page
        introduced, the label a lead and the words theirs."""
        match = _NAMED_QUOTATION.match(text)
        if match is None or match.group("who").lower() in self.rules.name_stopwords | self.rules.org_words | self.rules.role_words:
            return False  # ("Minister: \u2018This is not a backdoor\u2019" over a live blog's entry is a heading)
        block = self.blocks[i]
        quotes = find_quotes(self.text, block.start + match.end(), block.end)
        if not quotes or quotes[0].open_mark != block.start + match.end() or not quotes[0].closed or _words(
                self.text[quotes[-1].end:block.end]) > 3 or _words(self.text[quotes[0].start:quotes[-1].end]) < 8:
            return False  # the whole paragraph is the quotation, a time or a page at most after it
        who = match.group("who")
        full = who if " " in who else self.book.given_name(who)
        speaker = self.book.resolve(full) if full and self._names_person(full) else None
        if speaker is None:
            return False
        pieces = [self.piece(block.start, block.start + match.end(), "lead")]
        pieces += [self.piece(q.start, q.end, "quote", speaker) for q in quotes]
        self.pieces[i] = [p for p in pieces if p]
        self.labels[i] = "quote"
        return True

    def quoted_block(self, i: int):
        """A paragraph that opens with a quotation mark."""
        state = self.state
        block = self.blocks[i]
        if i and self.labels[i - 1] == "body" and self._moves_wording(self.btext(i - 1)):
            return self.prose_block(i)  # '"(c) writes to the Minister ..."' under "moved an amendment ...:": its text
        if self.text[block.start] == "\u00bb" and state.run is not None and "\u00ab" not in self.btext(i) and (
                i and self.btext(i - 1)[:1] in "\u00ab\u00bb"):  # (not "» Read more" under an English quotation)
            return self._continued_guillemets(i)
        quotes = find_quotes(self.text, block.start, block.end)
        if not quotes or quotes[0].open_mark != block.start:
            return self.prose_block(i)  # a mark that opens nothing ("\u2019Twas", a stray "\u00bb")
        first = quotes[0]
        if state.mode in ("colon", "speech") and first.closed and _words(self.text[first.start:first.end]) < self.rules.min_quote_words and (
                _LOWER_WORD.match(self.text, first.end + 1)):
            # '"Technically feasible" is doing a lot of work ...' inside an unmarked block: still the speaker's
            if state.mode == "speech" and self.is_heading(i, self.btext(i).lstrip(ALL_MARKS)):
                return self.set_label(i, "headline")  # '"Technically feasible" is not a safeguard' over a section
            state.last_quote = state.pending
            return self.set_label(i, "quote", state.pending)
        if state.mode == "colon":
            state.mode = "quote"  # the speaker's words come in quotation marks: unmarked text is not theirs
        speaker = state.run if state.run is not None else state.pending
        if speaker is None and state.last_quote is not None:
            speaker = state.last_quote
        if first.closed and self.signed_below(i):
            speaker = None  # a pull quote: the "Name, Organisation" line under it says whose it is
        named_after = self.named_after(i) if first.closed else None
        if named_after is not None:
            speaker = named_after
            self._close_run(i, speaker)  # "Those are the words of X": every paragraph of the quotation
        tail = self.text[first.end + 1 : block.end] if first.closed else ""
        inner = self.text[first.start:first.end].strip()
        if (first.closed and not tail.strip() and _words(inner) <= 8 and not inner.endswith(_QUOTE_END_PUNCTUATION)
                and state.run is None and (not block.marker or _NUMBERED.fullmatch(block.marker))
                and (self.is_heading(i, inner) or block.marker and self._introduces_next(i + 1))):
            # "‘We see nothing’" above a section of a feature: a heading made of a quoted phrase
            return self.set_label(i, "headline")
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

    def _continued_guillemets(self, i: int):
        """"» Criminals no longer ...": in French style each paragraph of a quotation opened with "«" begins
        with "»"; the quotation ends where a paragraph ends with "»"."""
        state, block = self.state, self.blocks[i]
        close = self.text.find("\u00bb", block.start + 1, block.end)
        end = close if close != -1 else block.end
        pieces = [self.piece(block.start + 1, end, "quote", state.run)]
        if close != -1:
            # "» ... », a-t-elle ajouté.": the quotation ends at its mark, the attribution follows
            rest = self.text[close + 1 : block.end]
            pieces.append(self.piece(close + 1, block.end, "lead" if _words(rest) <= 12 else "body", strip=",;"))
        self.pieces[i] = [p for p in pieces if p]
        self.labels[i] = "quote"
        state.last_quote = state.run
        if close != -1:
            state.run = None

    def _list_closes_quote(self, i: int) -> bool:
        """The list from block `i` on, opened inside a quotation ("we ask the company to do three things:"),
        ends it: an item closes the quotation before any item opens another or the list ends."""
        for j in range(i, min(i + 15, len(self.blocks))):
            text = self.btext(j).rstrip()
            if not self.blocks[j].marker or any(mark in text for mark in _OPENING_MARKS):
                return False
            if text[-1:] in _CLOSING_MARKS:
                return True
        return False

    def quoted_list_item(self, i: int):
        """An item of a list inside an open quotation: the speaker's words, up to the closing mark."""
        state = self.state
        block = self.blocks[i]
        closes = self.btext(i).rstrip()[-1:] in _CLOSING_MARKS
        piece = self.piece(block.start, block.end, "quote", state.run, strip=_CLOSING_MARKS if closes else "")
        self.pieces[i] = [piece] if piece else []
        self.labels[i] = "quote"
        state.last_quote = state.run
        if closes:
            state.run = None

    def _quoted_throughout(self, i: int) -> bool:
        """The speech above block `i` came wholly in quotation marks: each of its paragraphs opens with
        one and the last closes with one."""
        j = i - 1
        while j >= 0 and self.labels[j] == "quote" and self.btext(j)[:1] in ALL_MARKS:
            j -= 1
        closes = self.btext(i - 1).rstrip()[-1:] in "\"\u201d\u00bb" if i else False
        return j < i - 1 and closes and (j < 0 or self.labels[j] == "lead")

    def _introduces_next(self, i: int) -> bool:
        """Block `i` is a short line ending in a colon ("Mr Roe began:") over a quotation."""
        return (i + 1 < len(self.blocks) and _words(self.btext(i)) <= 12 and self.btext(i).endswith(":")
                and self.btext(i + 1)[:1] in ALL_MARKS)

    def _names_speaker(self, speaker: int | None, text: str) -> bool:
        """Whether `text` names the speaker by surname: about them, so not in their own words."""
        name = self.book.speakers[speaker].name if speaker is not None else None
        surname = name.split()[-1] if name and len(name.split()) > 1 else None
        return bool(surname) and re.search(rf"\b{re.escape(surname)}\b", text) is not None

    def _one_name_described(self, context: str, pronoun: str) -> str | None:
        """The name of a person known by one name whom `context` opens by describing ("Dashiell, a junior
        who asked that his last name not be used, says ..."), when the description speaks of them with the
        quotation's pronoun ("his" for "he"); None for a body ("Signal, whose president is ..., says it ...")."""
        context = context.strip()
        name = context.split(",")[0]
        kin = _WHOSE_KIN.match(context)  # "Kerys, whose twelve-year-old son was groomed ...": a person's family
        if " " in name or not _PERSON_CLAUSE.match(context) or re.match(r"[^,]+,\s+whose\b", context) and not kin:
            return None  # ("Ofcom, whose chief executive ...": a body and its officer)
        # the first his or her of the description (up to its verb) says whose it is
        clause = re.split(r",\s+(?:says|said|told|adds|added)\b|\.", context, maxsplit=1)[0]
        first = re.search(r"\b(his|him|he|her|hers|she)\b", clause, re.IGNORECASE)
        gender = "he" if first and first.group(1).lower() in ("his", "him", "he") else "she" if first else None
        # (or a description with an age and no pronoun: "Adjoa, a 19-year-old youth advocate who ...", "Lirwen, 15,
        # from Ettrick South, led the opposition")
        # (the age, then where the person is from: not "Signal, 12, and WhatsApp, 9" or "Telegram, 9, a messaging app")
        aged = re.search(r"\d{1,2}-year-old", clause) or re.match(r"[^,\s]+,\s+(?:aged\s+)?\d{1,2},\s+from\s", clause) and (
            name.lower() not in self.rules.org_words | self.rules.name_stopwords | self.rules.name_opening_stopwords)
        return name if gender == pronoun.lower() or gender is None and (kin or aged) else None

    def _subject_reporting(self, context: str) -> int | None:
        """"Jo Roe KC, for Mr Poe, told the jury that ..." above '"...," he said': the person whose words
        the paragraph reports, not the last person it names."""
        first, *rest = re.split(r"(?<=[.!?])\s+", context.strip(), maxsplit=1)
        if rest and self.mention(rest[0]) is not None:
            return None  # "... . Defence barrister Tom Brace said ...": a second person, named after the first
        found = speaker_before_verb(first, self.rules)
        if not found or not self.starts_with_name(found[0].strip()):
            return None
        parsed = parse_speaker(found[0], self.rules)
        if parsed is None or not parsed.name or not all(word[:1].isupper() for word in parsed.name.split()):
            return None  # ("Cllr Jo Roe (Green, Kilnworth ward) voted against, saying ...": no plain subject)
        return self._person(self.book.resolve(found[0]))

    def _about_the_speaker(self, i: int, text: str) -> bool:
        """Block `i`, the last before the page's furniture, opens with the speaker's name and says nothing in
        the first person or in quotation marks."""
        speaker = self.book.speakers[self.state.pending] if self.state.pending is not None else None
        names = (speaker.name or "").split() if speaker else []
        words = text.split()
        # "Professor Roe joined ...", "Jo Roe is ...": a title or the given name before the surname, never
        # "Young people deserve ..." from a Dr Young, nor a paragraph in the first person
        bare = [re.sub(r"(?:['\u2019]s)?[,;:.]?$", "", word) for word in words[1:3]]
        named = len(names) > 1 and len(words) > 2 and names[-1] in bare and (
            words[0] == names[0] or words[0].lower().rstrip(".") in self.rules.name_titles
            or words[0].lower() in self.rules.role_words)
        return (named and not _FIRST_PERSON.search(text) and not any(mark in text for mark in ALL_MARKS)
                and all(self.labels[j] == "boilerplate" for j in range(i + 1, len(self.blocks))))

    def _last_turn(self) -> int:
        if not hasattr(self, "_last"):
            self._last = max(self.turns, default=-1)
        return self._last

    def _speaker_said(self, i: int, speaker: int | None) -> bool:
        """Block `i` quotes `speaker` with an attribution after the quotation ('"...," she said.', '"...," Roe said.')."""
        name = (self.book.speakers[speaker].name or "") if speaker is not None else ""
        quotes = find_quotes(self.text, self.blocks[i].start, self.blocks[i].end)
        for index, q in enumerate(quotes):
            found = self.attribution_after(q)
            who = found[2].strip().lower() if found else ""
            # ('"I kept telling them," she said. That was a girl I met ...': after the attribution, the speaker
            # tells of someone else in the first person)
            after = self.text[found[1] : quotes[index + 1].open_mark if index + 1 < len(quotes) else self.blocks[i].end] if found else ""
            told = bool(_TELLER.search(after))
            if who in ("he", "she", "they") and not told or name and who and who.split()[-1] == name.split()[-1].lower():
                return True
        return False

    def _publishers_person(self, known: Speaker) -> bool:
        """The speaker is the publisher: its name, or an office or body that covers most of the publisher's name
        ("Minister of Internal Affairs" publishing as "Minister of Internal Affairs, Pellmark")."""
        publisher = set(re.findall(r"\w+", (self.book.publisher or "").lower())) - {"the", "of", "for", "and"}
        for field in (known.name, known.role):  # (a company's chief executive is not the company)
            words = re.findall(r"\w+", (field or "").lower())
            shared = set(words) & publisher
            # the office itself must be the publisher's ("Minister for Online Safety" is not the "Online Safety Alliance")
            if publisher and words and (field is known.name or words[0] in publisher) and (
                    len(shared) >= max(1, (len(publisher) + 1) // 2) and len(shared) >= min(2, len(publisher))):
                return True
        return False

    def _publisher_itself(self, org: str | None) -> bool:
        """"Council", "This Council" or the publisher's full name: the publisher, not another body."""
        words = re.sub(r"^(?:the|this|our)\s+", "", (org or "").strip().lower()).split()
        publisher = (self.book.publisher or "").lower()
        return bool(words) and (" ".join(words) == publisher or len(words) == 1 and words[0] in publisher.split())

    def mark_social_posts(self, lo: int, hi: int):
        """Embedded posts: an author line ("Jo Roe \u2713 @jroe \u00b7 19 May", which the furniture pass
        took for a handle) is the lead and the post under it their words; the publisher's own account
        line stays furniture and its posts its own text."""
        for i in range(lo, hi - 1):
            text = self.btext(i)
            handle = _HANDLE_LINE.match(text) if "@" in text and self.labels[i] in (None, "boilerplate") else None
            if not handle or self.labels[i + 1] is not None or _words(self.btext(i + 1)) < 6:
                continue
            who = handle.group("who").strip(" \u2713\u2714\u2611")
            if not who[:1].isupper() or self.publishers_own(f"statement by {who}"):
                continue
            speaker = self.book.resolve(who)
            if speaker is not None:
                self.set_label(i, "lead")
                self.set_label(i + 1, "quote", speaker)
                j = i + 2
                # a thread: "1/9 ...", "2/9 ..." are posts of the same author
                while (j < hi and self.labels[j] is None and _THREAD_NUMBER.match(self.blocks[j].marker)
                       and _THREAD_NUMBER.match(self.blocks[i + 1].marker)):
                    self.set_label(j, "quote", speaker)
                    j += 1

    def _narrated(self, i: int) -> bool:
        """The block after `i` is prose, not a turn: an edited record tells the story between extracts.
        Only with "NAME:" labels; a short line above prose among name-line turns ("Jo Roe") may be one."""
        return i + 1 < len(self.blocks) and i + 1 not in self.turns and _words(self.btext(i + 1)) > 12 and all(
            self.text[self.blocks[j].start + m.end() - 1 : self.blocks[j].start + m.end()] == ":" for j, m in self.turns.items())

    def _compact_turns(self) -> bool:
        """Every turn after the first starts on the line after the previous one (no blank lines)."""
        if not hasattr(self, "_compact"):
            later = sorted(self.turns)[1:]
            self._compact = bool(later) and not any(self.blocks[i].blank_before for i in later)
        return self._compact

    def named_after(self, i: int) -> int | None:
        """The speaker the next paragraph names for the quote in block `i` ("That was the view of X.")."""
        if i + 1 >= len(self.blocks) or self.labels[i + 1] is not None:
            return None
        text = self.btext(i + 1)
        match = next((m for p in self.rules.following_attributions if (m := p.match(text))), None)
        return self.book.resolve(match.group("who")) if match else None

    def signed_below(self, i: int) -> bool:
        """The next line, with no blank line between, is a short "Name, Organisation" attribution."""
        if i + 1 >= len(self.blocks) or self.blocks[i + 1].blank_before or self.labels[i + 1] is not None:
            return False
        text = self.btext(i + 1)
        return _words(text) <= 12 and not text.endswith(".") and (
            self.starts_with_name(text) or _signed_person(text) or self._signed_role(i + 1, text) is not None
            or self.blocks[i + 1].marker in ("\u2014", "\u2013", "-", "--") and self.btext(i)[:1] in ALL_MARKS
            and one_name_with_job(text, self.rules) is not None and not (  # (a list of signatories, one a line, signs no quotation)
                i + 2 < len(self.blocks) and not self.blocks[i + 2].blank_before and self.blocks[i + 2].marker == self.blocks[i + 1].marker))

    def _signed_role(self, i: int, text: str) -> Speaker | None:
        """"— Senior investigator, Drummaine Police (interview, March 2025)": a dash line under a quotation
        that names an unnamed person by role (and body), as reports quote their interviewees."""
        if self.blocks[i].marker not in ("—", "–", "-", "--"):
            return None
        who = _TRAILING_NOTE.sub("", text).strip(" ,.")
        if _ANONYMOUS_AGED.fullmatch(who) and not _DOCUMENT_NOUN.search(who):
            return Speaker(None, who, None)  # "\u2014 girl, 14": a child quoted without a name, as reports do
        if _words(who) > 12 or not self.looks_like_role(who) or self.starts_with_name(who) or _DOCUMENT_NOUN.search(who):
            return None  # ("— Home Office consultation paper (March 2025)" cites a document)
        found = parse_speaker(who, self.rules)
        return found if found is not None and not found.name and (found.role or found.org) else None

    def _spaced(self) -> bool:
        """The text separates paragraphs with blank lines, so a line with none before it belongs to the one above."""
        if not hasattr(self, "_has_blank_lines"):
            self._has_blank_lines = sum(block.blank_before for block in self.blocks[1:]) >= 2
        return self._has_blank_lines

    def _block_starts(self) -> list[int]:
        if not hasattr(self, "_starts"):
            self._starts = [block.start for block in self.blocks]
        return self._starts

    def _block_end(self, position: int) -> int:
        """The end of the block holding `position`: a clause may run over a hard-wrapped line, not past its paragraph."""
        index = bisect.bisect_right(self._block_starts(), position) - 1
        return self.blocks[index].end if index >= 0 else len(self.text)

    def attribution_after(self, quote) -> tuple[int, int, str, bool] | None:
        """The clause right after a closing mark: ', said X, role.' / ' X said.' (start, end, who, verb first)."""
        if not quote.closed:
            return None
        start = quote.end + 1
        limit = min(len(self.text), start + _LOOKBACK, self._block_end(quote.end))
        segment = self.text[start:limit]
        stop = _NEXT_QUOTE.search(segment)  # the next quotation starts
        clause = segment[: stop.start()] if stop else segment
        second = _SECOND_SPEAKER.search(clause)
        if second and self.rules.verbs.search(clause, 0, second.start()):
            # '"...," said Jo Roe of X, while Sam Poe, director of Y, countered: "..."': Sam Poe's own clause
            clause = clause[: second.start()]
        for end_match in _CLAUSE_END.finditer(clause):
            if not self._is_abbreviation(clause, end_match.start()):
                clause = clause[: end_match.end()]
                break
        body = clause.strip(" ,\u2014\u2013-")
        if not body or _words(body) > 30:
            return None
        parenthesis = _PAREN_SIGNATURE.match(clause)
        if parenthesis and self._signs_in_parentheses(quote, parenthesis.group("who")):
            return start + parenthesis.start("who"), start + parenthesis.end("who"), parenthesis.group("who"), False
        verb = self.rules.verbs.search(body)
        source = self.rules.source_phrase.match(body) if not verb else None
        if source:
            # '"...," according to a statement from the Unit.': the source, after the quotation
            lead_start = start + (len(clause) - len(clause.lstrip(" ,\u2014\u2013-")))
            who = source.group("who").strip(" ,.;:")
            if "," in who and not self.starts_with_name(who):
                who = who.split(",")[0]  # "the National Crime Agency, Europol and the FBI": the first body
            return lead_start, start + len(clause), who, True
        signed = _DASH_SIGNATURE.match(clause) if not verb else None
        if signed and (self.starts_with_name(signed.group("who")) or _PERSON_CLAUSE.match(signed.group("who"))
                       or one_name_with_job(signed.group("who"), self.rules) is not None):
            # '"... Simple." \u2014 Tahlia, 16': a quotation signed after a dash, no verb
            return start + signed.start("who"), start + len(clause.rstrip()), signed.group("who").rstrip(" ."), False
        if not verb:
            return None
        before = body[: verb.start()].strip(" ,")
        after = body[verb.end():].strip(" ,.;:")
        if not before:
            who = re.split(r",?\s+(?:in|on|at|during|when|after|before|as|while|adding|referring)\s+(?:a|an|the|its|his|her|their|this|last|an?)\b",
                           after, maxsplit=1)[0]
            verb_first = True
        elif _words(before) <= 12 or _words(before) <= 16 and _APPOSITIVE.search(before) and self._names_someone(before):
            # 'lead author Dr Jo Roe, a senior lecturer in the School of Computing, told ...': a named person
            # and what she is take more words
            who, verb_first = before, False
        elif (relative := _NAME_THEN_WHO.match(before)) and _words(before) <= 24 and self._names_someone(relative.group("name")) and (
                _words(after) <= 8 and not re.search(r"\b(?:that|how|whether|why|what)\b", after)
                and self.text[quote.end - 1] in ",?!\u2014"):
            # (not "Jo Roe, who chairs the committee, told MPs that the bill ...": reported speech, her own
            # sentence; nor after a quotation that ended its sentence: '"... a false match." Her co-author, who ...')
            # "Dr Jo Roe, who lectures in computer security at the University of Pellbrook, told the committee"
            who, verb_first = before, False
        else:
            return None
        if who.strip(" ,.").lower() in _INDEFINITE:
            return None  # '"Privacy is not a crime." Nobody said it was.': no one is quoted
        lead_start = start + (len(clause) - len(clause.lstrip(" ,\u2014\u2013-")))
        return lead_start, start + len(clause), who, verb_first

    def _publisher_subject(self, text: str) -> bool:
        """The sentence's subject is the publisher ("The Authority seeks ..." on the Authority's page), not
        someone it reports ("The Minister set out the following principles:")."""
        subject = _SUBJECT_WORD.match(text)
        publisher = {w.lower() for w in (self.book.publisher or "").split()}
        noun = subject.group(1).lower() if subject else ""
        return noun in publisher and noun in self.rules.generic_orgs

    def name_office_holders(self, pieces: list[Piece]):
        """A speaker quoted by office alone ("the Commissioner said:") whom the paragraph after their first
        quotation names ("Marisol Quenby, who has been Data Protection Commissioner since 2021, ...")."""
        renamed: dict[int, int] = {}
        for piece in pieces:
            if piece.label != "quote" or piece.speaker is None or piece.speaker in renamed:
                continue
            renamed[piece.speaker] = piece.speaker
            j = bisect.bisect_right(self._block_starts(), piece.start) - 1
            while j < len(self.blocks) and (self.labels[j] == "quote" or self.labels[j] == "headline"
                                            and j + 1 < len(self.blocks) and self.labels[j + 1] == "quote"):
                j += 1  # past the quotation, and a subheading inside it
            name = self.book.introduced_after(piece.speaker, self.btext(j)) if j < len(self.blocks) else None
            if name:
                renamed[piece.speaker] = self.book.name_unnamed(piece.speaker, name)
        for piece in pieces:
            if piece.label == "quote" and piece.speaker is not None:
                piece.speaker = renamed.get(piece.speaker, piece.speaker)

    def _signs_in_parentheses(self, quote, who: str) -> bool:
        """"(Jo Roe, Deputy Commissioner)" after a quoted sentence: a name, perhaps after a role, then what
        she is; not a reference ("Roe et al., 2021"), a remark ("Jo Roe denies this") or a scare-quoted phrase."""
        if _CITATION.search(who) or _NOT_A_SIGNATURE.search(who) or self.rules.verbs.search(who):
            return False
        spoken = self.text[quote.start : quote.end].rstrip()
        if _words(spoken) < self.rules.min_quote_words or not spoken.endswith(_QUOTE_END_PUNCTUATION):
            return False  # ("Keys Under the Mat: Why Access Fails" (Jo Roe, Harbour Institute): a title)
        found = parse_speaker(who, self.rules)
        return found is not None and bool(found.name) and found.name.split()[-1] in who.split(",")[0]

    def _names_someone(self, clause: str) -> bool:
        """A name in the first two comma parts ("lead author Dr Jo Roe, a ...", "the study's author, Dr Jo Roe, a ...")."""
        for part in clause.split(",")[:2]:
            tokens = part.split()
            if any(name_tokens(tokens[k:], self.rules) > 1 for k in range(len(tokens))):
                return True
        return False

    def _is_title_word(self, word: str) -> bool:
        return word.lower() in self.rules.name_titles

    def _is_abbreviation(self, text: str, dot: int) -> bool:
        if text[dot] != ".":
            return False
        word = _WORD_AT_END.search(text[:dot])
        return bool(word) and (
            word.group(1).lower() in self.rules.name_titles or _INITIALS.fullmatch(word.group(1)) is not None
            or degree_part(text, word.start(1), word.group(1), self.rules.degree_parts, self._is_title_word)
        )

    def attribution_before(self, block: Block, quote) -> tuple[int, str] | None:
        """'Jane Roe, role at ORG, said: "' before an opening mark: (clause start, who)."""
        lo = max(block.start, quote.open_mark - _LOOKBACK)
        before = self.text[lo : quote.open_mark]
        if not before.strip():
            return None
        # ("The Minister, Hon. Jo Roe, said:": a title's full stop ends no sentence)
        starts = [m.end() for m in _SENTENCE_END.finditer(before) if not self._is_abbreviation(before, m.start())]
        if not starts and lo > block.start:
            return None  # no sentence starts in the window: far longer than an attribution clause
        offset = starts[-1] if starts else 0
        second = [m.end() for m in _SECOND_SPEAKER.finditer(before, offset)
                  if any(mark in before[offset : m.start()] for mark in _CLOSING_MARKS) and self.rules.verbs.search(before, offset, m.start())]
        offset = second[-1] if second else offset  # '"...," said Jo Roe, while Sam Poe countered: "'
        clause = before[offset:].rstrip()
        for formula in self.rules.inline_formulas:
            handed = formula.match(clause)
            if handed:
                # 'In the words of Jo Roe, who runs a refuge, "...': the person, without the relative clause
                return lo + offset, _RELATIVE_APPOSITION.sub("", handed.group("who")).strip(" ,")
        if not _INTRODUCES.search(clause):
            return None
        found = speaker_before_verb(clause.rstrip(",:"), self.rules)
        if not found and clause.endswith(":") and _words(clause) <= 30:
            who = self._colon_subject(clause[:-1])  # 'Dr Roe was emphatic: "...': no reporting verb at all
            spokesperson = _SPOKESPERSON_FOR.match(clause) if who is None else None
            if spokesperson and not clause[spokesperson.end():].strip(" :"):
                who = spokesperson.group(0)  # '• A spokesperson for Open Rights: "...' in a list of reactions
            return (lo + offset, who) if who else None
        if not found or _words(clause) > 40:
            return None
        who, verb = found
        between = clause[verb.end():].strip(" ,:")
        # 'As our patron, Dame Jo Roe, told the launch in May, "...': the "as" clause hands over to the words
        handed = clause.endswith(":") or (clause.startswith("As ") and clause.endswith(","))
        if between and not (handed and _words(between) <= 12 and not self.rules.verbs.search(between)
                            and not _SECOND_CLAUSE.search(between)):
            # words between the verb and the quote: reported speech ('X said the "weaknesses" ...'), unless
            # a colon hands over to the quotation ('X told the committee on Monday: "...'); a second verb
            # ('X told us the man had written: "...') introduces someone else's words
            return None
        return lo + offset, who

    def described_person(self, end: int, who: str) -> int | None:
        """"the minister said" after "Interior Minister Jo Roe's draft": the last person the text names
        right after that role word, before offset `end`."""
        role = who.split()[-1].rstrip(".,")
        if not role.isalpha() or role.lower() not in self.rules.role_words:
            return None
        pattern = re.compile(rf"\b{role}\s+((?:[A-Z][\w'\u2019\-]+\s+){{0,2}}[A-Z][\w\-]+)", re.IGNORECASE)
        found = None
        for match in pattern.finditer(self.text, max(0, end - _LOOKBACK), end):
            if match.group(1)[:1].isupper():
                found = match
        if found is None:
            return self._described_in_sentence(end, role)
        name = found.group(1)
        return self.book.resolve(f"{name}, {role.lower()}") if name_tokens(name.split(), self.rules) else None

    def _described_in_sentence(self, end: int, role: str) -> int | None:
        """"the former assistant commissioner said" after "Jo Roe, who retired last year as an assistant
        commissioner of the Police Service, spoke first.": the person named in the sentence that gave the role."""
        window = self.text[max(0, end - 4 * _LOOKBACK) : end]
        line_start = window.rfind("\n")
        last = None
        described = rf"\bas\s+(?:an?|the)\s+(?:[\w\-]+\s+){{0,3}}{re.escape(role)}\b"  # "retired as an assistant commissioner"
        for match in re.finditer(described, window[: line_start if line_start > 0 else 0], re.IGNORECASE):
            last = match
        if last is None:
            return None
        sentence_start = max(window.rfind(". ", 0, last.start()), window.rfind("\n", 0, last.start())) + 1
        sentence_end = min(p for p in (window.find(". ", last.end()), window.find("\n", last.end()), len(window)) if p >= 0)
        return self.mention(window[sentence_start:sentence_end])

    def person_on(self, i: int, text: str) -> int | None:
        """The speaker of a short "Minister Jo Roe on the decision" line right above a quotation."""
        if " on " not in text or _words(text) > 20 or text.endswith((".", ":")) or not self.next_starts_quote(i):
            return None
        head = text.split(" on ", 1)[0]
        found = parse_speaker(head, self.rules) if _words(head) <= 10 else None
        return self.book.resolve(head) if found is not None and found.name else None

    def _colon_subject(self, clause: str) -> str | None:
        """The person a clause ending in a colon opens with ("But Ms Roe, who leads X, put it plainly"),
        after an opening clause ("Asked by Senator Vale whether ..., Dr Roe was emphatic")."""
        clause = _CONJUNCTION.sub("", clause.strip())
        parts = _split_parts(clause)
        viewpoint = _VIEWPOINT.match(clause)
        if viewpoint and name_tokens(clause[viewpoint.end():].split(), self.rules):
            clause = clause[viewpoint.end():]  # "For Jo Roe, chief executive of X, the issue is practical:"
        elif len(parts) > 1 and self.rules.clause_opener.match(parts[0]):
            clause = ", ".join(parts[1:])
        tokens = clause.split()
        length = name_tokens(tokens, self.rules)
        return " ".join(tokens[:length]).rstrip(",;") if length else None

    def _close_run(self, i: int, speaker: int):
        """A quotation open since earlier paragraphs ('“A ... “B ... “C,” said X.'): X said them all."""
        waiting = {id(piece) for piece in self.state.unattributed}
        j = i - 1
        while j >= 0 and len(self.pieces.get(j, [])) == 1 and id(self.pieces[j][0]) in waiting and not any(
            mark in self.text[self.pieces[j][0].end : self.blocks[j].end + 1] for mark in "\u201d\"\u00bb\u2019'"
        ):  # only paragraphs left open, not a closed pull quote (in single marks too: "'Nobody was coming.'")
            self.pieces[j][0].speaker = speaker
            j -= 1
        self.state.unattributed = [p for p in self.state.unattributed if p.speaker is None]

    def prose_block(self, i: int, default_speaker: int | None = None, quotes: list | None = None):
        """A paragraph of prose, possibly with inline quotations and their attribution clauses
        (`quotes`: spoken parts found another way, as in dash dialogue)."""
        state = self.state
        block = self.blocks[i]
        if quotes is None:
            quotes = find_quotes(self.text, block.start, block.end)
        pieces: list[Piece] = []
        cursor = block.start
        any_quote = False
        speaker_here = default_speaker
        deferred = False  # '"...," she said.' under quoted paragraphs still waiting for their speaker
        for index, q in enumerate(quotes):
            words = _words(self.text[q.start : q.end])
            at_start = index == 0 and not self.text[block.start : q.open_mark].strip()
            after = self.attribution_after(q)
            before = None if at_start else self.attribution_before(block, q)
            if before and before[0] < cursor:
                before = None  # '"A," the official said, "B."': the clause already went with the first part
            speaker = None
            if after:
                who = after[2].strip()
                if who.lower() in ("he", "she") and not any_quote:
                    # "she said": the person the text named last, before this quotation (a person: "fines
                    # of 2,000 Tax Reference Units" above it names no one who can be "she")
                    start = i
                    while at_start and start > 1 and self._unattributed_quote(start - 1):
                        start -= 1  # under quoted paragraphs still waiting: the text above their first
                    context = self._context_before(start, q.open_mark if start == i else self.blocks[start].start,
                                                   previous=True)
                    speaker = self._subject_reporting(context) if at_start else None
                    if speaker is None:
                        speaker = self._person(self.mention(context, last=True))
                    if speaker is None and at_start and (one_name := self._one_name_described(context, who)):
                        # "Dashiell, a junior who asked that his last name not be used, says ..." above
                        # '"...," he says': the person known by one name the paragraph is about
                        speaker = self.book.resolve_known(_person_clause_speaker(one_name))
                    if speaker is None:
                        speaker = self.book.last_surname(context)  # "Roe rejected the claim ... she said"
                    if speaker is None and (surname := self.book.surname_named_in_full(context)):
                        speaker = self.book.resolve(surname)  # "Roe began with history." (never quoted yet)
                    if speaker is None:
                        speaker = self.role_subject(context)  # "The minister said on Thursday that she ..."
                if speaker is None:
                    speaker = self.introduced(i, q.open_mark, who)
                if speaker is None and _BARE_SPOKESPERSON.fullmatch(who) and (
                        body := self.speaking_body(i, q.open_mark)):
                    speaker = self.book.resolve(f"a spokesperson for {body}")
                if speaker is None and _DOCUMENT_VOICE.fullmatch(who) and (body := self.issuing_body(i, q.open_mark, who)):
                    speaker = self.book.resolve(body)  # "the statement said" after "The Federal Police said in a statement"
                if speaker is None and who.lower() in self.rules.body_voices:
                    # '"...," the paper says.' after "The Morning Courant is less impressed ...": that body
                    speaker = self.subject_body(self._context_before(i, q.open_mark, previous=True), said_a_body=who.lower() != "it")
                if speaker is None:
                    speaker = self.book.resolve(who)
                if speaker is None and who.lower().startswith("the ") and 3 < _words(who) <= 5:
                    # "the former assistant commissioner said": the person the text described so
                    speaker = self.described_person(q.open_mark, who)
                if speaker is None and who.lower().split()[:1] in (["he"], ["she"], ["they"], ["the"]):
                    speaker = self.mention(self._context_before(i, q.open_mark))
                if speaker is None and who.lower().startswith("the ") and _words(who) <= 3:
                    speaker = self.described_person(q.open_mark, who)
                if speaker is None:
                    speaker = self.book.resolve_office(who, q.open_mark)  # "said the Commissioner", no one named so
                if speaker is None and at_start and who.lower() in ("he", "she") and i and self._unattributed_quote(i - 1):
                    # "she" is whoever speaks the paragraphs above, which the text introduced before them
                    deferred = True
            if speaker is None and before:
                speaker = self.book.resolve(before[1])
                if speaker is None and before[1].strip().lower().split()[:1] in (["he"], ["she"]):
                    # "He said: ..." after a paragraph that only reported the minister's words
                    context = self._context_before(i, q.open_mark, previous=True)
                    speaker = self.mention(context, last=True)
                    if speaker is None:
                        speaker = self.book.last_surname(context)
                    for j in range(i - 2, max(-1, i - 4), -1):  # "The Minister stated this ..." between
                        if speaker is None and self.labels[j] in (None, "body", "lead"):
                            speaker = self.mention(self.btext(j), last=True)
                if speaker is None:
                    speaker = self.book.resolve_office(strip_opening_clause(before[1], self.rules), q.open_mark)
            continued = False
            if speaker is None and any_quote and (at_start or before is None) and self._continues(cursor, q):
                speaker, continued = speaker_here, True
            if speaker is None and at_start and default_speaker is not None:
                speaker = default_speaker
            # 'Claim: "..."' and on the next line "\u2014 Senator Jo Roe": the signature names the speaker
            signed = speaker is None and q.closed and index == len(quotes) - 1 and not after and (
                words >= self.rules.min_quote_words and self.signed_below(i)
                and not self.text[q.end + 1 : block.end].strip(" ,.;:!?" + ALL_MARKS))
            mention = at_start and words < self.rules.min_quote_words and not after and _LOWER_WORD.match(self.text, q.end + 1)
            # '"...," said X. "Lists grow."': a whole short sentence straight after the attribution
            whole = continued and _WHOLE_SENTENCE.fullmatch(self.text, q.start, q.end) is not None
            short = words < self.rules.min_quote_words and not after and not at_start and not whole
            waiting = deferred and speaker is None and (index == 0 or continued)
            if not signed and not waiting and (speaker is None or mention or short):
                continue  # ('"Find a way" is doing a lot of work': a phrase the sentence talks about)
            if before:
                pieces.append(self.piece(cursor, before[0], "body"))
                pieces.append(self.piece(before[0], q.open_mark, "lead"))
            else:
                pieces.append(self.piece(cursor, q.open_mark, "body"))
            pieces.append(self.piece(q.start, q.end, "quote", speaker))
            if (signed or waiting) and pieces[-1]:
                state.unattributed.append(pieces[-1])
            cursor = q.end + (1 if q.closed else 0)
            if after:
                # ("(Jo Roe, Deputy Commissioner)": the brackets are no part of the lead)
                bracketed = after[0] and self.text[after[0] - 1] == "(" and self.text[after[1] : after[1] + 1] == ")"
                pieces.append(self.piece(cursor, after[1], "lead", strip=",\u2014\u2013-" + ("()" if bracketed else "")))
                cursor = after[1]
            if at_start and after and state.unattributed and speaker is not None:
                self._close_run(i, speaker)
            any_quote = True
            speaker_here = speaker
            state.last_quote = speaker
            if (after or before) and speaker is not None:
                # '"...," said X.' under a lead that named someone else: the next quotations are X's
                state.pending = speaker
        if not any_quote:
            text = self.btext(i)
            heading = self.is_heading(i, text) or _words(text) <= 30 and self.rules.claim_heading_any(text) or (
                self.item_heading(i, text))
            if heading and state.run is not None and i + 1 < len(self.blocks) and self.btext(i + 1)[:1] in ALL_MARKS:
                # "Targeted orders" between paragraphs of a quotation not yet closed: its own subheading
                return self.set_label(i, "headline")
            self.set_label(i, "headline" if heading else "body")
            state.pending, state.mode, state.run, state.last_quote = None, "", None, None
            return
        pieces.append(self.piece(cursor, block.end, "body"))
        self.pieces[i] = [p for p in pieces if p]
        self.labels[i] = "quote"
        state.run = None
        if quotes and not quotes[-1].closed and self.pieces[i][-1].label == "quote":
            state.run = speaker_here

    def item_heading(self, i: int, text: str) -> bool:
        """"Recommendation 3: The Authority should ..." above the paragraphs that answer it (a run of
        such items, one after another, is a list)."""
        if _words(text) > 60 or self.blocks[i].marker or not self.rules.item_heading_any(text):
            return False  # ("6. Recommendation 2: ..." is an item of a numbered list)
        following = next((j for j in range(i + 1, len(self.blocks)) if self.labels[j] != "boilerplate"), None)
        if following is None or self.rules.item_heading_any(self.btext(following)) or (
                i and self.rules.item_heading_any(self.btext(i - 1))):
            return False
        # ("Recommendation 3: ..." then "The committee's chair said:": the committee's own recommendation)
        block = self.blocks[following]
        quoted = self.btext(following)[:1] in ALL_MARKS or any(
            self.attribution_before(block, q) or self.attribution_after(q) for q in find_quotes(self.text, block.start, block.end))
        return not quoted and not self.is_attribution(following)

    def role_subject(self, context: str) -> int | None:
        """The person the last reporting clause of `context` calls by role ("The minister said on Thursday
        that ..."): the one the text gave that role, when there is one."""
        verbs = speech_verbs(context, self.rules)
        if not verbs:
            return None
        subject = _subject_before(context, verbs[-1])
        words = subject.lower().split()
        if not 2 <= len(words) <= 3 or words[0] != "the" or words[-1] not in self.rules.role_words:
            return None
        return self._person(self.book.resolve(subject))

    def subject_body(self, context: str, said_a_body: bool = False) -> int | None:
        """The body that is the subject of the last sentence of `context` ("In a post on Tuesday,
        Veskio set out its reasons."): a capitalised name that is not a person's. With `said_a_body`
        the attribution already called the speaker a body ("the paper says"), so any name will do."""
        sentence = strip_opening_clause(_last_sentence(context.strip()), self.rules)
        match = _SUBJECT_NAME.match(sentence)
        if match is None or match.group(1).lower() in self.rules.pronouns or _CONTRACTED_PRONOUN.match(match.group(1)):
            return None  # ("I've read the detail.": the writer, no body)
        name = match.group(1)
        words = name.split()
        person = len(words) > 1 and name_tokens(words, self.rules) == len(words) or self.book.full_name(name)
        if said_a_body and not (person and words[-1].lower() not in self.book.news_words):
            # "The Northgate Courier is unimpressed ..." then '"...," the paper says' (a person who "wrote
            # a paper" is still a person)
            return self.book.resolve_known(Speaker(None, None, self.book.full_org(name)))
        if person:
            return None  # "Jo Roe set out ...", "Roe wrote ...": a person, whose words the ordinary rules find
        # a body: named with a body's word ("the Halden Trust"), or a name the text writes with a capital
        # inside its sentences too ("... by Veskio"), unlike "Hundreds", "Most", "Parents"
        inside = len(re.findall(rf"(?<=[a-z,] ){re.escape(name)}\b", self.text))
        if not (words[-1].lower() in self.rules.org_words or inside >= 1):
            return None
        return self.book.resolve_known(Speaker(None, None, self.book.full_org(name)))

    def _text_words(self) -> set[str]:
        """The words of the text as written (a lower-case one is a word, not a name), read once per statement."""
        if not hasattr(self, "_lower_words"):
            self._lower_words = set(re.findall(r"\w+", self.text))
        return self._lower_words

    def _pronoun_referent(self, i: int, opened: str) -> int | None:
        """"She wrote to us:" before anyone has been quoted, on a page that says its names were changed: the
        one it calls by a changed first name ("Parisa*") in the paragraphs just above."""
        if opened.split()[0].lower() not in ("he", "she") or not i or self.labels[i - 1] not in (None, "body"):
            return None
        if not _NAMES_CHANGED.search(self.text):
            return None  # ("Signal*", "Premium*": an asterisk that points to a footnote about a product)
        named = self._person(self.mention(self.btext(i - 1)))
        if named is not None and len((self.book.speakers[named].name or "").split()) > 1:
            return None  # "His mother, Karen Hughes, ..." above: the person named in full, as before
        changed = {name for k in range(max(0, i - 3), i) for name in _CHANGED_NAME.findall(self.btext(k))}
        return self.book.resolve_known(Speaker(changed.pop(), None, None)) if len(changed) == 1 else None

    def _person(self, speaker: int | None) -> int | None:
        """`speaker` when it is a person (a name or a role), None for a body."""
        known = self.book.speakers[speaker] if speaker is not None else None
        return speaker if known is not None and (known.name or known.role) else None

    def _continues(self, cursor: int, q) -> bool:
        """Between an attribution and the next quotation there is nothing but punctuation."""
        if cursor > q.open_mark:  # quotations found overlapping ("can't" inside single marks): no gap
            return False
        # a match stops at the first other character, so this costs nothing on a long gap
        return _ONLY_PUNCTUATION.match(self.text, cursor, q.open_mark).end() == q.open_mark

    def introduced(self, i: int, end: int, who: str) -> int | None:
        """"the spokesperson said" after "An Interior Ministry spokesperson said the figures ...": the
        body-speaker the prose introduced last, rather than whoever was quoted before."""
        words = who.lower().strip(" ,.").split()
        if len(words) != 2 or words[0] != "the" or words[1] not in self.rules.spokesperson:
            return None
        context = self._context_before(i, end, previous=True)
        pattern = re.compile(
            rf"\b(?:A|An|One)\s+(?:[\w'\u2019\-]+\s+){{0,5}}?{re.escape(words[1])}\b"
            r"(?:\s+(?:for|at|from|of|with|in)\s+(?:the\s+)?[A-Z][\w'\u2019\-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w'\u2019\-]*){0,6})?"
        )
        matches = list(pattern.finditer(context))
        if not matches:
            return None
        found = parse_speaker(matches[-1].group(0), self.rules)
        if found is None or found.name or not found.org or not found.org[0].isupper():
            # "A spokesperson for the health board said ..." after "The Eastmere Regional Health Board
            # issued ...": the body the text named in full, by the words it is now called by
            body = self._body_called(context[matches[-1].end():], end)
            return self.book.resolve(f"a {words[1]} for {body}") if body else None  # ("a government source": none)
        return self.book.resolve(matches[-1].group(0))

    def _body_called(self, after: str, end: int) -> str | None:
        """The body named in full before `end` whose last words are the lower-case description at the
        start of `after` ("for the health board" -> "Eastmere Regional Health Board")."""
        described = _DESCRIBED_BODY.match(after)
        return self.body_described(described.group("words"), end) if described else None

    def body_described(self, words: str, end: int) -> str | None:
        """"health board" -> "Eastmere Regional Health Board", "bank" -> "Corravale Bank": the body the
        text named in full before `end` with these words last (None for "children": no body)."""
        described = re.sub(r"^the\s+", "", words.strip(), flags=re.IGNORECASE)
        head = [w.capitalize() for w in described.split()]
        if not head or len(head) > 3 or head[-1].lower() not in self.rules.org_words or not described.islower():
            return None
        named = r"[^\S\n]+".join(map(re.escape, head))  # (a name never runs across a line break)
        around = re.compile(r"\b(?:[A-Z][\w'\u2019\-]*[^\S\n]+){0,5}" + named + r"(?:[^\S\n]+[A-Z][\w'\u2019\-]*){0,3}\b")
        last = re.compile(named + r"$")
        names = {_LEADING_CIRCUMSTANCE.sub("", m.group(0)) for m in around.finditer(self.text, 0, end)}
        # one body only: "the police" after both "Greater Manchester Police" and "Police Scotland" is neither
        if len(names) != 1:
            return None
        name = names.pop()
        return name if last.search(name) and len(name.split()) > len(head) else None

    def speaking_body(self, i: int, end: int) -> str | None:
        """"a spokesperson said" after "Quillchat said it was "deeply sorry" ...": the body the prose
        before the quotation last reported speaking (None when it reported no body by name)."""
        context = self._context_before(i, end, previous=True)
        last = None
        for verb in speech_verbs(context, self.rules):
            # ("Ambersea Labs, whose app is used by ..., said": the body before its relative clause)
            last = self._body_named(_RELATIVE_APPOSITION.sub("", _subject_before(context, verb))) or last
        return last

    def issuing_body(self, i: int, end: int, who: str) -> str | None:
        """"the statement said" after "The Federal Police said in a statement that ...": the body of the
        last reporting clause before the quotation, when the sentence holding it names the document."""
        context = self._context_before(i, end, previous=True)
        verbs = speech_verbs(context, self.rules)
        if not verbs:
            return None
        start = max((m.end() for m in _SENTENCE_END.finditer(context, 0, verbs[-1].start())), default=0)
        stop = _SENTENCE_END.search(context, verbs[-1].end())
        sentence = context[start : stop.end() if stop else len(context)]
        if who.split()[-1].lower() not in sentence.lower():
            return None  # the clause reports someone, not the document the quotation comes from
        subject = strip_opening_clause(_subject_before(context, verbs[-1]), self.rules)
        return self._body_named(re.sub(r"^[Tt]he\s+(?=[A-Z])", "", subject))  # "the Federal Police": a name

    def _body_named(self, subject: str) -> str | None:
        """The body a reporting clause's subject names ("Federal Police"), None for a person or no one."""
        found = parse_speaker(subject, self.rules) if 0 < _words(subject) <= 6 else None
        if found is None or found.name or found.role or not (found.org or "")[:1].isupper():
            return None
        return found.org

    def _context_before(self, i: int, end: int, previous: bool = False) -> str:
        """The text before offset `end` in block `i`, where a quotation's speaker was named.

        With `previous`, the previous block comes first; without, it stands in when nothing
        precedes `end`. Only the last `_LOOKBACK` characters count, starting at a whole word.
        """
        own = end - self.blocks[i].start
        context = self.text[end - min(own, _LOOKBACK + 1) : end]
        if i and (previous or not context):
            block = self.blocks[i - 1]
            head = self.text[block.end - min(block.end - block.start, _LOOKBACK + 1) : block.end]
            context = head + "\n" + context if previous else head
        if len(context) > _LOOKBACK:
            context = re.sub(r"^\S*", "", context[-_LOOKBACK:])  # the cut word is not a name
        return context

    def signs_body_quotes(self, i: int, text: str) -> bool:
        """"\u2014 Jo Roe, Chief Executive, Acme" under paragraphs given to Acme (its "Acme responds to ..."
        lead named no one): Jo Roe, of that body, spoke them."""
        if i == 0 or self.labels[i - 1] != "quote" or _words(text) > 15 or text.endswith("."):
            return False
        above = self.pieces.get(i - 1) or []
        quoted = [p for p in above if p.label == "quote"]
        if not quoted or quoted[-1].speaker is None:
            return False
        body = self.book.speakers[quoted[-1].speaker]
        found = parse_speaker(text, self.rules)
        if body.name or not body.org or found is None or not found.name or not found.org or (
                _org_key(body.org) not in _org_key(found.org)):
            return False
        speaker, unnamed = self.book.resolve(text), quoted[-1].speaker
        if speaker is None:
            return False
        j = i - 1
        while j >= 0 and self.labels[j] == "quote" and all(
                p.speaker == unnamed for p in self.pieces.get(j, []) if p.label == "quote"):
            for piece in self.pieces.get(j, []):
                if piece.label == "quote":
                    piece.speaker = speaker
            j -= 1
        self.set_label(i, "lead")
        return True

    def signs_passage_above(self, i: int, text: str) -> bool:
        """"\u2014 Jo Roe, Minister for Health, Summit, 27 May 2025" on the line under a paragraph that a
        line ending in a colon introduced ("Here is the key passage, as she delivered it:"): the
        paragraph is her passage, quoted without marks, and both lines are leads."""
        if i < 2 or self.blocks[i].blank_before or self.labels[i - 1] != "body" or _words(text) > 20:
            return False
        if self.blocks[i].marker not in ("\u2014", "\u2013", "--") or self.blocks[i - 1].marker or text.endswith("."):
            return False  # "- Jo Roe said ..." is an item of a list (a summary's bullets), no signature
        if not self.blocks[i - 1].blank_before or not self.btext(i - 2).rstrip().endswith(":") or (
                self.labels[i - 2] not in (None, "body", "lead")):
            return False
        found = parse_speaker(text, self.rules)
        if found is None or not found.name:
            return False
        speaker = self.book.resolve(text)
        if speaker is None:
            return False
        self.set_label(i - 2, "lead")
        self.set_label(i - 1, "quote", speaker)
        self.set_label(i, "lead")
        return True

    def pull_quote_attribution(self, i: int, text: str) -> bool:
        """"Jane Roe, CEO of Acme" or "-- Jane Roe" on its own line after an unattributed quote."""
        if _words(text) > 15 or text.endswith(".") and _words(text) > 8 or text.rstrip().endswith(":"):
            return False  # ("Liberty Commons called on the Committee to:" opens a list; it signs nothing)
        if self.blocks[i].marker not in ("", ">") and i and self.blocks[i - 1].marker == self.blocks[i].marker and (
                self.btext(i - 1)[:1] not in ALL_MARKS):
            return False  # the last of a list of signatories, one a line ("- Amara, youth worker" above it)
        found = parse_speaker(text, self.rules)
        person = found is not None and found.name or _signed_person(text)
        role_only = None if person else self._signed_role(i, text)
        if not person and role_only is None:
            return False
        speaker = self.book.resolve_known(role_only) if role_only is not None else self.book.resolve(text)
        self.set_label(i, "lead")
        for piece in self.state.unattributed:
            piece.speaker = speaker
        self.state.unattributed = []
        return True

    def _marker_start(self, i: int) -> int:
        """Where block `i`'s list marker starts (its own start when the marker is not on its line)."""
        block = self.blocks[i]
        line_start = self.text.rfind("\n", 0, block.start) + 1
        position = self.text.find(block.marker, line_start, block.start)
        return position if position >= 0 else block.start

    def export(self) -> tuple[list[dict], list[dict]]:
        pieces = []
        for i in range(len(self.blocks)):
            own = list(self.pieces.get(i, []))
            if i not in self.pieces and self.labels[i] is None:
                block = self.blocks[i]
                own.append(Piece(block.start, block.end, "body"))
            prefix = self.prefixes.get(i)
            if prefix and own and own[0].label != "quote" and own[0].start == self.blocks[i].start:
                # "Transcript: Chief Constable ...": the label belongs to the line it opens
                own[0] = Piece(prefix.start, own[0].end, own[0].label, own[0].speaker)
            elif prefix:
                own.insert(0, prefix)
            if own and own[0].label == "headline" and _NUMBERED.fullmatch(self.blocks[i].marker):
                # "2. Background": a heading keeps its number, unlike a list item
                own[0] = Piece(self._marker_start(i), own[0].end, "headline")
            pieces.extend(own)
        # a rule line ("* * *", "________") that is no furniture divides the text and belongs to no segment
        pieces = [p for p in pieces if p.end > p.start and (p.label == "boilerplate" or _has_word_character(self.text, p))]
        pieces.sort(key=lambda p: p.start)
        self.name_office_holders(pieces)
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


# the first person in a paragraph ("me" too, unlike segment_common's, which the speech passes use)
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|me|us)\b")


def _has_word_character(text: str, piece: Piece) -> bool:
    return any(ch.isalnum() for ch in text[piece.start : piece.end])


def segment_statement(
    text: str, rules: SegmenterRules, publisher: str | None = None
) -> tuple[list[dict], list[dict]]:
    """Segments (`start`, `end`, `label`, `speaker` on quotes) and speakers of one statement.

    `publisher` (the body publishing it, from metadata) resolves "the charity said" and the like.
    """
    return _Segmenter(mask_emphasis(mask_spoken_marks(mask_html_remnants(mask_mojibake(text)))), rules, publisher).run()
