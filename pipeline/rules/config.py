"""The segmenter's rule data (word lists and patterns from `configs/segmenter.json`), compiled once."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import Errors, StanceError
from .segment_common import _LABEL_END

DEFAULT_CONFIGS = Path(__file__).resolve().parents[2] / "configs"


def _alternation(words) -> str:
    # Longest first, so "said in a statement" wins over "said".
    escaped = [re.escape(w).replace("\\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True)]
    return "|".join(escaped) or "(?!)"  # no words: a pattern that matches nothing


_BOILERPLATE_CACHE_SIZE = 10_000
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
_BACKREFERENCE = re.compile(r"\\\d|\(\?P=|\(\?[aiLmsux]+\)")


def _any_match(patterns: list[str], flags: int):
    """A `match(text)` that is true when any of `patterns` matches at the start of `text`.

    One alternation tries them all in a single call (the segmenter asks this of every block, several
    times). Patterns whose meaning would change inside an alternation (numbered back-references,
    global inline flags) keep the one-at-a-time loop.
    """
    if not patterns:
        return lambda text: None
    if any(_BACKREFERENCE.search(p) for p in patterns):
        compiled = [re.compile(p, flags) for p in patterns]
        return lambda text: next((m for p in compiled if (m := p.match(text))), None)
    # patterns opening with the same optional group ("^(?:.{0,200}?[,;]\s+)?the following ...") share
    # it: the group scans up to 200 characters, once per group instead of once per pattern
    groups: dict[str, list[str]] = {}
    for pattern in patterns:
        prefix, rest = _optional_prefix(_NAMED_GROUP.sub("(?:", pattern))
        groups.setdefault(prefix, []).append(rest)
    alternatives = [f"{prefix}(?:{'|'.join(f'(?:{rest})' for rest in rests)})" for prefix, rests in groups.items()]
    return re.compile("|".join(f"(?:{a})" for a in alternatives), flags).match


def _optional_prefix(pattern: str) -> tuple[str, str]:
    """("^(?:...)?", rest) for a pattern opening with an anchored optional group, else ("", pattern)."""
    if not pattern.startswith("^(?:"):
        return "", pattern
    depth, i = 0, 1
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":  # a character class: brackets inside it are literal
            i = pattern.index("]", i + 2 if pattern[i + 1:i + 2] in ("^", "]") else i + 1) + 1
            continue
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0:
            break
        i += 1
    if pattern[i + 1:i + 2] != "?" or pattern[i + 2:i + 3] in ("?", "+"):
        return "", pattern  # not a plain optional group (required, or lazy/possessive)
    return pattern[:i + 2], pattern[i + 2:]


_WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*")
# quotation marks, or a transcript's speaker label at the start of the line
_WEB_ADDRESS = re.compile(r"(?:https?://|\bwww\.)\S+")
_ITEM_SEPARATOR = re.compile(r"\s[|\u00b7\u2022]\s")
_SOURCE_LINE = re.compile(r"(?:sources?|see|read|more)\b", re.IGNORECASE)
_SPOKEN = re.compile(r"[\"\u201c\u201d\u2018\u00ab\u00bb\u201e]|^[A-Z][A-Z.'\u2019\- ]{1,40}:\s")


# a title's suffix for one who has not yet taken office: "President-elect", "Chair-designate"
_TITLE_SUFFIXES = ("elect", "designate")


@dataclass
class SegmenterRules:
    """Compiled patterns; `data` is the JSON it was built from and is what gets saved."""

    data: dict

    def __post_init__(self):
        d = self.data
        flags = re.IGNORECASE
        self.verbs = re.compile(rf"\b(?:{_alternation(d['reporting_verbs'])})\b", flags)
        # '"...," according to a statement from X.': who said it, without a reporting verb
        self.source_phrase = re.compile(
            rf"^(?:{_alternation(d.get('source_phrases', []))})\s+(?:(?:a|an|the)\s+(?:\w+\s+)?(?:statement|comment|"
            rf"post|release|response|submission)\s+(?:from|by|issued by)\s+)?(?P<who>[^;:]{{2,160}})$", flags)  # "according to Dr Jo Roe, a cryptographer at ..."
        self.verb_words = {v.lower() for v in d["reporting_verbs"]}
        self.response = re.compile(rf"\b(?:{_alternation(d['response_phrases'])})\b", flags)
        self.formulas = [re.compile(p, flags) for p in d["attribution_formulas"]]
        # 'In the words of Jo Roe, "...', 'As Jo Roe put it, "...': a clause inside a paragraph handing over
        self.inline_formulas = [re.compile(p, flags) for p in d.get("inline_attribution_formulas", ())]
        self.speech_headers = [re.compile(p, flags) for p in d["speech_headers"]]
        self.speech_header_lines = [re.compile(p, flags) for p in d["speech_header_lines"]]
        headings = _alternation(d["note_headings"])
        # ("Hinweise f\u00fcr Redaktionen / Notes for editors": the heading in two languages, either first)
        self.note_heading = re.compile(rf"^(?:[^/\n]{{2,60}}\s/\s)?(?:{headings})(?:\s+(?:and|&)\s+\w+)?\s*[:.\-\u2013\u2014]?"
                                       rf"(?:\s/\s[^/\n]{{2,60}})?$", flags)
        self.note_openers = [re.compile(p, flags) for p in d["note_paragraph_openers"]]
        self.back_matter = [re.compile(p, flags) for p in d["back_matter_markers"]]
        # single-call versions of `any(p.match(text) for p in ...)` (truthiness only: no groups)
        self.formulas_any = _any_match(d["attribution_formulas"], flags)
        self.speech_headers_any = _any_match(d["speech_headers"], flags)
        self.speech_header_lines_any = _any_match(d["speech_header_lines"], flags)
        # "Minister Roe's speech to the Summit": a speech page's title, which names its speaker
        self.speech_titles = [re.compile(p, flags) for p in d.get("speech_titles", [])]
        # "The Minister's speech, line by line", "X's speech at Y: a response": a page about a speech, not its text
        self.speech_report_title = re.compile("|".join(d.get("speech_report_titles", [])) or r"(?!)", flags)
        # "From:" / "Published" on a line of their own, the value on the next line
        self.lone_header_fields = {f.lower() for f in d.get("lone_header_fields", [])}
        self.note_openers_any = _any_match(d["note_paragraph_openers"], flags)
        # footnotes, corrections, "names have been changed": a note wherever it stands, not the notes' start
        self.note_paragraph_any = _any_match(d.get("note_paragraphs", []), flags)
        # "Chapter 4: ...", "2. Background", "Summary": a heading that opens one of the text's own sections
        self.section_heading_any = _any_match(d.get("section_headings", []), flags)
        # a company's legal form ("Ltd", "Labs"): "Windrose Messaging Ltd" is the full name of "Windrose"
        self.company_forms = {w.lower() for w in d.get("company_forms", [])}
        self.company_kinds = {w.lower() for w in d.get("company_kinds", [])}
        self.facts_headings = {w.lower() for w in d.get("facts_headings", [])}
        # "Myth: \u201c...\u201d", "Claim 2: ...": a myth-and-fact page's headings, whatever their punctuation
        self.claim_heading_any = _any_match(d.get("claim_headings", []), flags)
        # "Recommendation 3: The Authority should ..." over the response to it
        self.item_heading_any = _any_match(d.get("item_headings", []), flags)
        # "This Conference notes:": a motion's own clauses, the words of the body that passes it
        self.motion_clause_any = _any_match(d.get("motion_clauses", []), flags)
        self.back_matter_any = _any_match(d["back_matter_markers"], flags)
        self.procedural_any = _any_match(d.get("procedural_lines", []), flags)
        # "(Applause)", "[Laughter]": the record interrupting a speech or a quoted block
        self.interjection_any = _any_match(d.get("interjection_lines", []), flags)
        self.cast_heading = re.compile(
            rf"^(?:{_alternation(d.get('transcript_cast_headings', ['present']))})(?:\s+(?:for|at|during)\s+(?:this|the)\s+[\w ]{{1,30}}?)?"
            rf"\s*(?:\([^()]{{0,80}}\)\s*)?(?::\s*(?P<entries>.*)|$)",
            flags)  # "Speakers (identified in the transcript by their initials):", "Present for this item:"
        # headings that open notes at the end of a release but a section early in a report ("Background")
        self.late_note_headings = {w.lower() for w in d.get("late_note_headings", [])}
        # "PINEGROVE, Ont., February 5, 2026 \u2013 ...": a release's opening paragraph, its lead
        self.lead_dateline = _any_match(d.get("lead_datelines", []), 0)
        self.interview_marker = re.compile("|".join(f"(?:{p})" for p in d.get("interview_markers", ["$^"])), flags)
        self.top_byline = _any_match(d.get("top_bylines", []), flags)  # "Jo Roe, Technology Reporter"
        self.release_line = _any_match(d.get("release_lines", []), flags)
        # court records: "CROSS-EXAMINATION BY MS ROE" says who asks "Q.", "JO ROE, sworn" who answers "A."
        court = d.get("court_records", {})
        self.examination_headings = [re.compile(p, flags) for p in court.get("examination_headings", [])]
        self.witness_lines = [re.compile(p, flags) for p in court.get("witness_lines", [])]
        self.bench_lines = [re.compile(p, flags) for p in court.get("bench_lines", [])]
        self.bench_labels = {w.lower() for w in court.get("bench_labels", [])}
        self.appearance_lines = [re.compile(p, flags) for p in court.get("appearance_lines", [])]
        self.case_title = _any_match(court.get("case_titles", []), flags)  # "ROE LTD v MINISTER OF X"
        # a cookie-consent banner runs longer than any other furniture line
        # paragraphs of furniture too long for a furniture line: cookie banners, a wire's disclaimer
        self.consent_banner = _any_match(d.get("consent_banners", []) + d.get("distribution_disclaimers", []), flags)
        self.header_labels = {w.lower() for w in d.get("transcript_header_labels", [])}
        self.link_list_headings = {w.lower() for w in d.get("link_list_headings", [])}
        # "47 comments  Sort by: Newest" under a post: readers' comments follow, to the end of the page
        self.comment_section = _any_match(d.get("comment_section_headings", []), flags)
        # the last paragraph about the publication itself ("The Bulletin is published every Friday by ...")
        self.closing_note_any = _any_match(d.get("closing_notes", []), flags)
        # "Press: press@acme.example / +00 21 555 0177": a short line that gives an email address
        contact = d.get("contact_line", {})
        self.contact_email = re.compile(contact["email"]) if contact else None
        self.contact_parts = re.compile("|".join(contact.get("address_parts", [])) or "$^")
        self.contact_max_words = int(contact.get("max_words", 0))
        self.contact_max_other_words = int(contact.get("max_other_words", 0))
        # "Minister's foreword" above paragraphs signed at their end by the person
        self.signed_section = _any_match(d.get("signed_section_headings", []), flags)
        # "That was the view of Jane Roe, a cryptographer.": the paragraph after a quote says whose it was
        self.following_attributions = [re.compile(p, flags) for p in d.get("following_attributions", [])]
        # "Presenter: Jo Roe" above turns labelled "MODERATOR:": one part in the programme, several names
        self.role_synonyms = {w.lower(): {v.lower() for v in group} for group in d.get("turn_role_synonyms", []) for w in group}
        self.turn_role_labels = {w.lower() for w in d.get("turn_role_labels", [])}
        # "INSERT 1: ROE" in a radio script: the recorded clip of that speaker on the lines below
        # (in capitals, as scripts write them: "Audio: Jo Roe (Director)" in a release is a download, not a clip)
        clips = _alternation([w.upper() for w in d.get("clip_labels", [])])
        self.clip_line = re.compile(
            # ("[CLIP: ROE / DUR 0'19\" / IN: '...' / OUT: '...']": the cue in brackets with its timings)
            rf"^(?P<cue>\[)?(?:{clips})\s*\d{{0,2}}\s*:\s*(?P<who>[A-Z][A-Z'\u2019.\- ]{{1,60}}?)(?:\s*\((?P<role>[^()]{{1,60}})\))?"
            r"(?(cue)(?:\s*/\s*(?:DUR|IN|OUT|TIME|LENGTH)\b[^\]\n]{0,200})?\])$"
        ) if clips else None
        # "SUPER: Jo Roe, Chief Constable" or "[00:01:02] CAPTION: JO ROE | Director" in a broadcast script: the
        # on-screen name over that speaker's words (the label in capitals: "Caption: ..." under a photo names no one)
        captions = _alternation([w.upper() for w in d.get("caption_labels", [])])
        self.caption_line = re.compile(
            rf"^(?:\[\d{{1,2}}(?::\d{{2}}){{1,2}}\]\s*)?(?:{captions})\s*:\s*(?P<who>[^|\n]{{2,80}}?)(?:\s*\|\s*(?P<role>[^|\n]{{1,120}}))?$"
        ) if captions else None
        # "The Ministry today adopted ...", "police warned Tuesday": the news in brief that opens a release
        self.news_lead = re.compile(rf"\b(?:{_alternation(d.get('news_lead_words', []))})\b") if d.get("news_lead_words") else None
        self.boilerplate = [re.compile(p, flags) for p in d["boilerplate_lines"]]
        # one alternation, so a line is matched in one pass instead of one pattern at a time
        self.boilerplate_any = re.compile("|".join(f"(?:{p})" for p in d["boilerplate_lines"]), flags)
        self.dateline = re.compile(d["dateline_line"], flags)
        labels = _alternation(d["doctype_labels"])
        self.doctype_line = re.compile(
            # "COMMUNIQU\u00c9 DE PRESSE / PRESS RELEASE": the label in two languages
            # ("Press release   14.05.2025   Topic: Security": fields set apart by runs of spaces)
            # (each run of spaces is matched by one quantifier only: no backtracking between two of them)
            # ("COMMUNIQU\u00c9 \u2013 For immediate distribution": a label, a dash, then when it may be published)
            rf"^(?:{labels})(?:\s*(?:/|\s[\u2013\u2014-])\s*(?:{labels}))?(?:(?:\s*[:\-\u2013\u2014|]\s*|\s{{2,}})(?:{d['dateline_line'][1:-1]}|[^.!?]{{0,40}}\d{{4}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}})"
            # "Press release | 03.09.2025 | Security": a date with full stops, then the site's section
            rf"(?:(?:\s*[|\u00b7]\s*|\s{{2,}})[^.!?|]{{1,40}})?"
            # "Comunicado FGR 087/25": the release's number with its code ("Statement 02/2025" may be a title)
            # ("COMUNICADO INPDAI/045/25": the code joined to the number)
            r"|\s+(?-i:[A-Z]{2,8})(?:\s+|/)\d{1,4}/\d{2,4})?\s*[:.]?$", flags
        )
        self.doctype_prefix = re.compile(rf"^(?:{labels})\s*:\s+(?=\S)", flags)
        self.spokesperson = {w.lower() for w in d["spokesperson_words"]}
        # offices at the head of a body: "the Commissioner said:" in its office's release is its head speaking
        self.leading_offices = {w.lower() for w in d.get("leading_offices", ())}
        self.name_titles = {t.lower().rstrip(".") for t in d["name_titles"]}
        self.name_stopwords = {w.lower() for w in d["name_stopwords"]}
        # "Then Xochi's team": words that open a sentence before a name, never its first word ("Ruth First" keeps hers)
        self.name_opening_stopwords = {w.lower() for w in d.get("name_opening_stopwords", ())}
        # "iur" in "Dr. iur. Jo Roe": a degree's lower-case part, whose full stop ends no attribution
        self.degree_parts = frozenset(d.get("degree_parts", ()))
        # "Investigations" in "Director of Criminal Investigations Jo Roe": the last word of an office
        self.office_endings = {w.lower() for w in d.get("office_endings", [])}
        self.courtesy_titles = {t.lower().rstrip(".") for t in d["courtesy_titles"]}
        # "Dr Okafor" keeps its title; "Minister Okafor" is Okafor, role Minister (pipelines saved before
        # this list keep every title)
        self.honorifics = {t.lower().rstrip(".") for t in d.get("honorifics", d["courtesy_titles"])}
        self.role_words = {w.lower() for w in d["role_words"]}
        self.role_modifiers = {w.lower() for w in d["role_modifiers"]}
        self.org_words = {w.lower().rstrip(".") for w in d["org_words"]}
        self.pronouns = {p.lower() for p in d["pronouns"]}
        # '"...," the paper says.' / "it writes": the body the sentence before made its subject
        self.body_voices = {w.lower() for w in d.get("body_voices", ())}
        self.quote_pairs = dict(d["quote_pairs"])
        self.bullet = re.compile(d["bullet_pattern"])
        self.procedural = [re.compile(p, flags) for p in d.get("procedural_lines", [])]
        self.particles = {w.lower() for w in d["name_particles"]}
        # the particles as one alternation, longest first, for patterns that read a surname after them ("al-Hassani",
        # "van der Berg"); not "and", "y", "st", which stand between words far more often
        self.particle_alternation = "|".join(re.escape(p) for p in sorted(self.particles - {"and", "y", "st"}, key=len, reverse=True))
        # "Harun bin Mahadi:", "Ana de la Torre:": a name with its particles in lower case, as a transcript label
        # (taken only where the transcript used the name before)
        self.particle_name_label = re.compile(
            rf"^(?P<label>[A-Z][\w.'\u2019\-]*(?:\s+(?:(?:{self.particle_alternation})\s+){{0,3}}[A-Z][\w.'\u2019\-]*){{1,4}})"
            + _LABEL_END)
        # "Jo Roe MLC", "Jo Roe OBE, Director": letters after a name, which are neither name nor role (case kept)
        self.post_nominals = set(d.get("post_nominals", []))
        self.clause_opener = re.compile(rf"^(?:{_alternation(d['clause_openers'])})\b", flags)
        self.sign_off = re.compile(rf"^(?:{_alternation(d['sign_offs'])}),?$", flags)
        self.signed = re.compile(rf"^(?:{_alternation(d['signature_headings'])})\b.*:?$", flags)
        self.speech_marker = re.compile("|".join(d["speech_markers"]), flags)
        self.speech_introduction = re.compile("|".join(d["speech_introductions"]), flags)
        self.generic_orgs = {w.lower() for w in d["generic_org_nouns"]}
        # "unit", "section": the parts of a body ("the Bureau's cyber unit" speaks for the Bureau)
        self.unit_words = {w.lower() for w in d.get("unit_words", ())}
        # "a provider of ...", "a developer in ...": what a body, not a person, is described as after its name
        self.body_descriptors = {w.lower() for w in d.get("body_descriptor_nouns", ())}
        # "a photographer from Cantoria": what a person, not a body, is described as after a one-word name
        self.occupations = {w.lower() for w in d.get("occupation_words", ())}
        # "North-Central": a region written with a hyphen, no surname
        self.compass_words = {w.lower() for w in d.get("compass_words", ())}
        self.reference_titles = tuple(t.lower() + " " for t in d["reference_titles"])
        verbs = _alternation(d.get("reported_speech_verbs", ["said", "says", "added", "told"]))
        # "Doe said the ...", "she told reporters", "Ms. Doe further noted that": the publisher reporting
        # someone, not their words ("Nobody said it was" reports no one)
        self.reported = re.compile(rf"(?:\b(?:he|she|they)|\b(?!(?:The|A|An|This|That|These|Those|Its|Their|Our|Nobody|Everyone|Everybody|Someone|Somebody|Anyone|None)\s)[A-Z][\w\-\u2019']+)\s+"
                                   rf"(?:(?:also|further|later|then|additionally|separately)\s+)?(?:{verbs})\b(?!:)"
                                   # "She told no one", "he told me": a narrator's own story, not reporting
                                   r"(?!\s+(?:no one|nobody|anyone|anybody|me|him|her|them|my|us|our)\b)")
        # "Jo Roe, who leads the branch, added that ...": the reporting verb after the relative clause
        self.reported_after_clause = re.compile(
            rf"^[^.!?]{{0,80}},\s+(?:who|which)\s[^.!?]{{0,160}},\s+(?:also\s+)?(?:{verbs})\s+that\b")
        # "a mother, Sarah": a private person a text names by one word in apposition (not "an official, Ofcom")
        self.private_persons = {w.lower() for w in d.get("private_person_nouns", ())}
        # "Lifebuoy's head of counselling": an office at the head of a body (not "Roe's lawyer", "Mary's mother")
        self.body_offices = {w.lower() for w in d.get("body_offices", ())}
        # "The opinion also notes that ...": the publisher summing up its paper, after a speaker's colon block
        self.publication_report = _any_match(d.get("publication_reports", []), flags)
        self.min_quote_words = int(d["min_quote_words"])
        # the openings of a speech: the guests addressed, "All protocols observed"
        self.salutation = re.compile(rf"^(?:{_alternation(d.get('speech_salutations', []))})\b", flags)
        # a written parliamentary question ("287. To ask the Minister ...") and the heading of its answer
        self.written_question = _any_match(d.get("written_question_openers", []), flags)
        self.answer_headings = {w.lower() for w in d.get("written_answer_headings", [])}
        # "Sir,", "Dear Minister Roe,": a letter's first line, which a letter quoted in full keeps
        self.letter_salutation = re.compile(rf"^(?:{_alternation(d.get('letter_salutations', []))})\b[^.!?:]{{0,60}},$", flags)
        # Furniture lines recur across a site's statements ("Printable version", "Share this page"),
        # and the furniture patterns are the costliest the segmenter runs: remember recent answers.
        self._boilerplate_seen: dict[str, bool] = {}

    def is_title(self, token: str, titles: set[str] | None = None, compound: bool = True) -> bool:
        """"Dr", "Insp." or, with `compound`, "Inspector-Chief": a title word, or titles joined by hyphens (a rank
        such as "Lieutenant-Colonel" the lists need not spell out); `titles` defaults to `name_titles`."""
        titles = self.name_titles if titles is None else titles
        low = token.lower().rstrip(".")
        if low in titles:
            return True
        if not compound or "-" not in low:
            return False  # (the common case, on every word name_tokens reads: no split)
        parts = low.split("-")
        if parts[-1] in _TITLE_SUFFIXES:
            parts = parts[:-1]  # "President-elect", "Chair-designate": the title before it takes office
        return bool(parts) and all(part in titles for part in parts)

    def is_boilerplate_line(self, line: str) -> bool:
        """True for a whole line of site furniture, a document-type label or a lone dateline."""
        seen = self._boilerplate_seen.get(line)
        if seen is None:
            if len(self._boilerplate_seen) >= _BOILERPLATE_CACHE_SIZE:
                self._boilerplate_seen.clear()
            seen = self._boilerplate_seen[line] = self._match_boilerplate(line)
        return seen

    def _match_boilerplate(self, line: str) -> bool:
        line = line.strip().strip("*_").strip()  # markdown emphasis around a furniture line
        if self._furniture(line):
            return True
        # "Port-Lavelle, 3 November 2022 / Port-Lavelle, le 3 novembre 2022": a bilingual line, furniture
        # in each language
        halves = line.split(" / ")
        return len(halves) == 2 and all(self._furniture(half.strip()) for half in halves)

    def _furniture(self, line: str) -> bool:
        return bool(
            self.doctype_line.match(line)
            or self.dateline.match(line)
            or self.boilerplate_any.match(line)
            or self.contact_line(line)
        )

    def contact_line(self, line: str) -> bool:
        """A line that gives an email address, or a web address beside other items ("Plot 14, Crescent Road,
        Kudara | www.example.org"), and says little else: where to write, call or complain."""
        if self.contact_email is None or len(line.split()) > self.contact_max_words:
            return False
        # (a web address beside a street number or phone, not "Open Rights Lab | www.example.org" in a list of
        # signatories nor "Sources: ... 2023 | www.example.org")
        site = ("@" not in line and _WEB_ADDRESS.search(line) and _ITEM_SEPARATOR.search(line)
                and re.search(r"\d", _WEB_ADDRESS.sub(" ", line)) and not _SOURCE_LINE.match(line))
        if "@" not in line and not site:
            return False
        if _SPOKEN.search(line) or self.verbs.search(line) or not (site or self.contact_email.search(line)):
            return False  # 'Roe said: "email me at ..."', "JO ROE: Send them to ...": someone's words
        rest = self.contact_parts.sub(" ", self.contact_email.sub(" ", line))
        return len(_WORD.findall(rest)) <= self.contact_max_other_words


def load_rules(configs_dir: Path | str | None = None) -> dict:
    """Read `segmenter.json` from a configs directory (the repository's `configs/` by default)."""
    path = Path(configs_dir or DEFAULT_CONFIGS) / "segmenter.json"
    if not path.exists():
        raise StanceError(Errors.E020.format(path=path))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        SegmenterRules(data)  # compile now, so a bad pattern is reported at load time
    except (json.JSONDecodeError, KeyError, re.error) as error:
        raise StanceError(Errors.E021.format(path=path, why=error)) from error
    return data
