"""Layout passes of the segmenter: furniture, back matter, headline, headings, signatories."""

from __future__ import annotations

import re

from .attribution import CALENDAR_NAMES, name_tokens, parse_speaker
from .forum import card_name
from .quotes import ALL_MARKS, find_quotes
from .segment_common import _LABEL, _NAME_LABEL, _NUMBERED, Piece, _is_heading_like, _words
from .speakers import _PERSON_CLAUSE, _person_clause_speaker

# "Kamla, whose daughter ...", "Priya, who ...": one name, then a clause about the person (not "Article 9(2), as ...")
# "Kamla, whose daughter ...", "Lior, now 19, was groomed ...": a person known by one name, described or aged
# (an age only with "now" or "aged": "Windows, 11, was released" is a product and its version)
_ONE_NAME_WHO = re.compile(r"[A-Z][a-z][\w'\u2019\-]*\*?,\s+(?:who|whose|(?:now|aged)\s+\d{1,2},)(?:\s|$)")

# a table cell holding a figure ("| 904 |", "| 54%"): rows of a table, never a menu
_NUMERIC_CELL = re.compile(r"\|\s*[-\d.,%$\u00a3\u20ac]+\s*(?:\||$)")
# "\u25a1", "\u25cb": marks some governments put before every paragraph of a release (not numbers or list bullets)
_PARAGRAPH_MARKS = {"\u25a1", "\u25cb"}
# "| 044-000-7215 |": a telephone number in a contact table, not a figure
_CONTACT_HEADER = re.compile(r"\b(?:tel(?:ephone)?|phone|contact|e-?mail)\b", re.IGNORECASE)
_PHONE_CELL = re.compile(r"\|\s*\+?\(?\d{2,4}\)?[-\s]\d{3,4}[-\s]\d{3,4}\s*(?:\||$)")
_ABOUT = re.compile(r"^about\s+[A-Z0-9]", re.IGNORECASE)
# "About this guidance", "About the study": the notes at the end, but a section in a document's first half
_ABOUT_DOCUMENT = re.compile(r"^about\s+(?:this|these|the|our)\s+(?-i:[a-z])", re.IGNORECASE)


def _is_title(text: str) -> bool:
    """A line that can be a headline: unpunctuated at the end, up to 30 words."""
    return _words(text) <= 30 and not text.rstrip("\"\u201d\u2019)").endswith((".", "!", ":", ";", ","))


# after the publisher's name: "(ACME) is an independent charity", "is the UK's leading ..."
_DESCRIBES = re.compile(r"^(?:\s*\([A-Z]{2,10}\))?,?\s+(?:(?:is|are|was)\s+(?:a|an|the|founded)\s|(?:represents|brings together"
                        r"|works|campaigns|provides|supports|helps|exists)\b)")
# ("Posted in: Online safety" names a site's section, not when the page appeared: a date has a digit)
_PUBLICATION_LINE = re.compile(r"(?:first\s+)?(?:published|posted|updated|last\s+updated)\b(?=.*\d)", re.IGNORECASE)
# a page's footer line: "Page 2 of 3", "- 4 -", "2/3"
_NEWS_TIME = re.compile(r"\b(?:today|yesterday|tonight|this (?:morning|afternoon|evening|week)|last (?:night|week)|"
                        r"(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.IGNORECASE)
# "The High Court has ruled that ...", "The Home Office has abandoned plans ...": a news lead's event
_NEWS_PERFECT = re.compile(r"\b(?:has|have)\s+(?:been\s+|now\s+)?[a-z]+(?:ed|en|wn|ut)\b")
_PAGE_FOOTER = re.compile(r"\bpage\s+\d{1,3}\b|^[\s\-\u2013\u2014]*\d{1,3}[\s\-\u2013\u2014]*$|\b\d{1,3}\s*(?:/|of)\s*\d{1,3}$", re.IGNORECASE)
# "[3] Evidence session, ...", "*2 Source: ...": a footnote, its number taken as a list marker
_DIGIT_OR_ADDRESS = re.compile(r"[\d@|]|\.{2}")  # a contents line's page number, a phone number, an address
_FOOTNOTE_MARKER = re.compile(r"\[\d{1,3}\]|\*\d{1,2}")
_FOOTNOTE_CALL = re.compile(r"\w[.,;:)]?\[\d{1,3}\]")
# "Counsel assisting the Coroner: Jo Roe": a field label in sentence case and its short value
_HEADER_FIELD = re.compile(r"((?-i:[A-Z](?=[^:]*[a-z]))[\w ,'\u2019()/-]{1,45}):[^\S\n]+(?=\S)(?!.*[?!]$)")
_TAGLINE_SEPARATOR = re.compile(r"\s[-\u2013\u2014|]\s")
_SITE_SEPARATOR = re.compile(r"\s(?:::|\||\u203a|\u00bb|>)\s")  # "CommunityWire :: Statements", "News | Site"
_ENDS_WITH_YEAR = re.compile(r"\b(?:19|20)\d{2}\.?$")
_BULLET_GLYPHS = tuple("\u2022\u25cf\u25aa\u25e6\u2023\u2043\u00b7\u30fb\u25a0\u25a1\u2013\u2014-*+")
_WORDS = re.compile(r"\w+")
_NAME_GLUE = {"the", "of", "for", "and", "de", "la", "du", "des", "der", "und", "di", "del", "about"}


def _name_words(text: str) -> set[str]:
    """The words of a name in lower case, without one-letter pieces ("'s") and linking words."""
    return {w for w in _WORDS.findall(text.lower()) if len(w) > 1} - _NAME_GLUE

# "Jo Roe, Commissioner, on the company's announcement": who speaks on what ("Tom Lee on Tuesday handed
# ..." says when)
_VERBLESS_ON = re.compile(rf",?\s+on\s+(?!(?:{CALENDAR_NAMES}|\d|the\s+(?:day|morning|evening|eve|night)|behalf)\b)")
# "Director's statement", "The Chair's foreword": a heading that says whose words follow, by office
_OFFICE_STATEMENT = re.compile(r"^(?:the\s+)?(?P<role>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,3}?)['\u2019]s\s+"
                               r"(?:statement|comment|comments|view|message|foreword|note)$", re.IGNORECASE)
_EARLY = 0.45  # share of the blocks before which an ambiguous note heading is a section of the text
_FUNCTION_WORDS = {"of", "the", "and", "for", "on", "in", "at", "to", "&", "de", "du", "la", "le", "des", "y"}


def _name_like(text: str) -> bool:
    """A body's or site's name ("Federal Ministry of the Interior and Public Order"), not a title
    ("Open letter to Lumo Chat on its rollout"): every word but the small ones capitalised."""
    words = [w for w in re.findall(r"[^\W\d_][\w'\u2019\-]*", text) if w.lower() not in _FUNCTION_WORDS]
    return bool(words) and all(w[0].isupper() for w in words)


def _site_tagline(text: str) -> bool:
    """"Regulatory Watch Ilvara - daily digest of regulator announcements": a site's name and its motto."""
    parts = _TAGLINE_SEPARATOR.split(text, maxsplit=1)
    return len(parts) == 2 and _words(parts[0]) <= 5 and _name_like(parts[0]) and _words(text) <= 16


_SECTION_NUMBER = re.compile(r"\d{1,2}\.\d{1,2}")
_LETTERED = re.compile(r"[A-H][.)]")
# "145/24 APOLOGIES FOR ABSENCE": a council minute's number before its title in capitals
# (not "2021/22 REFERRALS: 102,842", a year and a figure)
_MINUTE_NUMBER = re.compile(r"\d{1,3}/\d{2}\s+(?=[A-Z][A-Z\s:,;()&'\u2019\-]*(?:\s\d{4})?$)")
# "3d \u2022 Edited", "2h \u00b7 \U0001F310": a post's age under its author's card
_POST_AGE = re.compile(r"^\d{1,3}\s?(?:m|h|d|w|mo|y|mins?|hrs?)\b", re.IGNORECASE)


# "(Regd. No. 114/1987)", "No. 7, Barrack Road, Rajnagar \u2013 560 014": a letterhead's registration or address
_REGISTRATION_OR_ADDRESS = re.compile(r"\b(?:regd|reg|registration|registered)\b\.?|\bNo\.\s*\d|\b(?:road|street|avenue|lane|marg|"
                                      r"nagar|house|building|floor|p\.?\s?o\.? box)\b.*\d|\d{3}\s?\d{3}\s*$", re.IGNORECASE)

# "I spend", "my", "me": the author writing as themself (an op-ed, a guest post); not a Roman numeral
# ("Annex I sets out", "World War I") nor a name ("Hands Off My Chats")
_AUTHOR_SPEAKS = re.compile(r"(?:^|(?<=[\s,;(]))(?:I(?:['\u2019](?:m|ve|d|ll))?(?=\s+[a-z])|my|me)\b")
_QUOTED_SPAN = re.compile(r"\"[^\"\n]*\"|\u201c[^\u201d\n]*\u201d|\u2018[^\u2019\n]*\u2019(?!\w)")


def _author_speaks(sentence: str) -> bool:
    """The sentence, outside quotation marks, has the author's "I" (after no capitalised word) or "my"/"me"."""
    bare = _QUOTED_SPAN.sub(" ", sentence)
    for match in _AUTHOR_SPEAKS.finditer(bare):
        before = bare[: match.start()].split()[-1:]
        if match.group(0).startswith("I") and before and before[0][:1].isupper():
            continue  # "Annex I", "Title I", "Phase I": a numeral after a capitalised word
        return True
    return False

# the value under a lone "Published" or "Updated": a date first ("4 May 2025 (Original script ...)", "May 4, 2025")
_FIELD_DATE = re.compile(r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+\d{4}"
                         r"|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})"
                         # then only a time or a bracket ("4 May 2025 (Original script ...)"), no sentence
                         r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?(?:\s*\([^()]{0,100}\))?\s*$",
                         re.IGNORECASE)


# "News provided by", "Content distributed by": a newswire's line above the issuer's name
_PROVIDED_BY = re.compile(r"^(?:news|content|release|press release)\s+(?:provided|distributed|issued)\s+by\b", re.IGNORECASE)


class LayoutPasses:
    """Mixed into the segmenter: passes over the whole block list that label by position."""

    def mark_furniture(self):
        rules = self.rules
        for i, block in enumerate(self.blocks):
            text = self.btext(i)
            if _FOOTNOTE_MARKER.fullmatch(block.marker) or _NUMBERED.fullmatch(block.marker) and _words(text) <= 3 and (
                    not _DIGIT_OR_ADDRESS.search(text)):
                continue  # "4. Comments", "*2 Source: ...": a numbered section's heading or a footnote, not the site's
            if _words(text) <= 30 and rules.is_boilerplate_line(text) and not self._table_header(i, text) or (
                    _words(text) <= 90 and rules.consent_banner(text)) or self._contact_row(i, text):
                self.set_label(i, "boilerplate")
                continue
            prefix = rules.doctype_prefix.match(text) if i < 4 else None
            if prefix:
                # "STATEMENT: Police respond to ..." is a release label before the real headline
                # kept apart from `pieces`, which the block's own label later replaces (see export)
                self.prefixes[i] = Piece(block.start, block.start + len(prefix.group().rstrip()), "boilerplate")
                block.start += len(prefix.group())
                self.block_texts[i] = None  # the block's text changed
        for i in range(min(8, len(self.blocks))):
            if self.labels[i] is None and rules.top_byline(self.btext(i)):
                self.set_label(i, "boilerplate")  # a byline with the writer's beat, under the headline
        # a site name above "Printable version" and the like is furniture too; a release number may
        # come under a masthead of three lines (agency, command, address)
        top = [i for i in range(min(6, len(self.blocks))) if self.labels[i] == "boilerplate"
               and (i < 3 or rules.release_line(self.btext(i)))]
        # (a version or correction note may stand between them: "Version 1.1, 14 March 2025: ...")
        after = next((j for j in range(top[0], len(self.blocks))
                      if self.labels[j] is None and not rules.note_paragraph_any(self.btext(j))), None) if top else None
        # (the headline under them may be long: "Federal Government adopts draft law to ...")
        if top and after is not None and _is_title(self.btext(after)):
            for i in range(top[0]):
                text = self.btext(i)
                if self.labels[i] is None and _is_heading_like(text) and (
                    (_words(text) <= 8 or _site_tagline(text)) and not self._dated_below(i, text)
                    or _name_like(text) and not self.rules.speech_headers_any(text)
                ):
                    self.set_label(i, "boilerplate")

        # a PDF's running header (the masthead at the top) repeated beside each page's footer ("OFFICIAL
        # Page 1 of 3"): furniture again there (the publisher's name under a signature is not)
        masthead = {self.btext(i).strip() for i in range(min(6, len(self.blocks))) if self.labels[i] == "boilerplate"}
        for i in range(6, len(self.blocks)) if masthead else ():
            if self.labels[i] is None and _words(self.btext(i)) <= 12 and self.btext(i).strip() in masthead and any(
                    _PAGE_FOOTER.search(self.btext(j)) for j in (i - 1, i + 1) if j < len(self.blocks) and self.labels[j] == "boilerplate"):
                self.set_label(i, "boilerplate")

        # "February 3, 2026" / "CORRIB FALLS, NORDALE": a dateline's place in capitals on the date's next line
        for i in range(1, min(12, len(self.blocks))):
            text = self.btext(i)
            if (self.labels[i] is None and text.isupper() and 2 <= _words(text) <= 5 and "," in text  # "PLACE, REGION"
                    and not text.endswith((".", ":", "!", "?"))
                    and not self.blocks[i].blank_before and self.labels[i - 1] == "boilerplate"
                    and self.rules.dateline.match(self.btext(i - 1).strip())):
                self.set_label(i, "boilerplate")

        # "NEWS PROVIDED BY" / "Acme, Inc." / "Sep 16, 2025, 08:00 ET": a name between furniture lines
        for i in range(1, min(5, len(self.blocks) - 1)):
            if (self.labels[i] is None and self.labels[i - 1] == self.labels[i + 1] == "boilerplate"
                    and _words(self.btext(i)) <= 6 and not self.btext(i).endswith(("!", "?", ":"))  # "Inc."
                    and (_name_like(self.btext(i)) or _words(self.btext(i)) <= 2)):  # not "Force responds to X"
                self.set_label(i, "boilerplate")

        # "WireVista" / "News provided by" / "Acme, Inc." / a date: a wire's or site's name on the line right
        # above its furniture, the title further down
        if (len(self.blocks) > 2 and self.labels[0] is None and self.labels[1] == "boilerplate" and not self.blocks[1].blank_before
                and _words(self.btext(0)) <= 2 and _is_heading_like(self.btext(0)) and self.btext(0).rstrip()[-1:].isalnum()
                and _PROVIDED_BY.match(self.btext(1))):
            below = next((j for j in range(2, min(len(self.blocks), 12)) if self.labels[j] is None), None)
            if below is not None and _is_title(self.btext(below)) and 4 <= _words(self.btext(below)) <= 30 and (
                    not self.btext(below).rstrip().endswith(".")):
                self.set_label(0, "boilerplate")  # (a title under the furniture; else the short line was the title)

    def _closing_note(self, i: int, text: str) -> bool:
        """"The Beat Bulletin is published every Friday by ...": the last paragraph says who makes the
        publication (the same words earlier, "Our report is published every six months", are text)."""
        # (an apostrophe is no quotation: "The Ledger\u2019s editorial board")
        if not self.rules.closing_note_any(text) or any(mark in text for mark in "\"\u201c\u201e\u00ab") or (
                self.rules.reported.search(text)):
            return False  # ("The Minister said the rules are written by ...": the publisher reporting her)
        if i and self.btext(i - 1).rstrip().endswith(":"):
            return False  # "Jo Roe said:" above it: her words
        subject = re.split(r"\s(?:is|are)\s", text, maxsplit=1)[0]
        if subject.split()[0].lower() not in ("the", "this", "our") and not _name_like(subject):
            return False  # "Most new abuse material is produced by offenders ...": not a publication's name
        return all(self.labels[j] == "boilerplate" for j in range(i + 1, len(self.blocks)))

    def mark_comment_section(self) -> int:
        """Readers' comments under a post ("47 comments  Sort by: Newest", then each reader's name and
        words): the site's, not the publisher's, down to the end of the page. Only a heading in the
        second half of the text, after the post itself, opens them. Returns the index where the
        comments start (the number of blocks when there are none)."""
        content = 0
        half = len(self.text) / 2
        for i in range(len(self.blocks)):
            if content >= 3 and self.blocks[i].start > half and self.rules.comment_section(self.btext(i).strip()):
                for j in range(i, len(self.blocks)):
                    self.set_label(j, "boilerplate")
                return i
            if self.labels[i] != "boilerplate":
                content += 1
        return len(self.blocks)

    def mark_link_lists(self):
        """"RELATED STORIES" or "MOST READ" and the headline links under it: the site's, not the statement's."""
        i = 0
        while i < len(self.blocks):
            heading = self.btext(i).strip().rstrip(":").lower()
            if heading not in self.rules.link_list_headings or _words(heading) > 6:
                i += 1
                continue
            j = i + 1
            while j < len(self.blocks) and _words(self.btext(j)) <= 16 and (
                not self.btext(j).rstrip().endswith(".") or self.btext(j).rstrip().endswith("ago.")
            ) and (not self.blocks[j].blank_before or j == i + 1 and self.blocks[j].marker):  # a list may stand apart
                j += 1
            if j > i + 1:  # a heading with links under it, not a section called "Trending"
                for k in range(i, j):
                    self.set_label(k, "boilerplate")
            i = j

    def describes_publisher(self, i: int, text: str) -> bool:
        """The last paragraph, "Acme Trust is an independent charity that ...": an "About" note without its heading."""
        if not hasattr(self, "_publisher_names"):
            # "Acme Trust (AT)" as the publisher: "Acme Trust", "The Acme Trust" or "AT" opens the paragraph
            self._publisher_names = [n.strip() for n in re.split(r"[()]", self.book.publisher or "") if n.strip()]
        name = next((n for n in self._publisher_names if text.startswith((n + " ", n + ",", "The " + n))), None)
        if name is None:
            return False
        rest = text[text.index(name) + len(name):]
        return bool(_DESCRIBES.match(rest)) and all(self.labels[j] == "boilerplate" for j in range(i + 1, len(self.blocks)))

    def _numbered_paragraphs(self) -> bool:
        """"[1] J died at ...", "[2] ...": a judgment or report numbers its paragraphs from the top, where
        footnotes follow the text they annotate. Three or more "[n]" blocks counting up from [1], the
        first in the first half and after no paragraph of text, one of them a full paragraph, and no
        footnote call in the text ("... encryption.[1]")."""
        if not hasattr(self, "_paragraph_numbering"):
            numbered = [i for i, block in enumerate(self.blocks) if block.marker.startswith("[")
                        and _FOOTNOTE_MARKER.fullmatch(block.marker)]
            numbers = [int(self.blocks[i].marker.strip("[]")) for i in numbered]
            # (footnotes follow paragraphs of text; numbered paragraphs have none of those before them)
            self._paragraph_numbering = (
                len(numbered) >= 3 and numbers == list(range(1, len(numbers) + 1))
                and numbered[0] < len(self.blocks) / 2 and any(_words(self.btext(i)) >= 40 for i in numbered)
                and not any(_words(self.btext(i)) >= 30 for i in range(numbered[0]))
                and not _FOOTNOTE_CALL.search(self.text))
        return self._paragraph_numbering

    def numbered_paragraph(self, i: int) -> bool:
        """Block `i` opens with the document's own paragraph number ("[7] Dr Roe gave evidence ...")."""
        return self.blocks[i].marker.startswith("[") and self._numbered_paragraphs()

    def mark_lone_header_fields(self):
        """"From:" / "Ministry of X and Jo Roe MP" / "Published" / "4 March 2025": a government page's details
        as a list of terms, each label on a line of its own and its value on the next, above the text."""
        first_paragraph = next((i for i in range(len(self.blocks)) if self.labels[i] is None and _words(self.btext(i)) >= 25),
                               len(self.blocks))
        for i in range(min(first_paragraph, 30, len(self.blocks) - 1)):
            label = self.btext(i).strip().rstrip(":").strip().lower()
            value = self.btext(i + 1).strip()
            if label not in self.rules.lone_header_fields or self.labels[i] is not None or self.blocks[i + 1].blank_before:
                continue
            if label in ("from", "location"):
                # a department and its minister, a hall and a town: a name, no sentence and no one's words
                fits = (_words(value) <= 15 and value[:1].isupper() and not value.endswith((".", ":"))
                        and not any(mark in value for mark in ALL_MARKS) and not self.rules.verbs.search(value)
                        and not re.search(r"\b(?:where|which|who|that)\b", value, re.IGNORECASE))
                if label == "from":  # "Home Office", "Ministry of X and Jo Roe MP": a body, or a person
                    fits = fits and (bool(_name_words(value) & self.rules.org_words) or self._names_person(value))
            else:
                fits = bool(_FIELD_DATE.match(value))  # "Published" / "4 May 2025", not "This statement was amended ..."
            if fits:
                self.set_label(i, "boilerplate")
                self.set_label(i + 1, "boilerplate")

    def mark_header_fields(self):
        """"Coroner: Jo Roe" / "Hearing: 10-12 March 2025" / "Findings delivered: 28 August 2025": three or
        more short field lines in a row, each under a label of its own, above a document's first paragraph
        are its header, not the turns of a transcript (whose speakers come back). A person a field names is
        known by the field's label."""
        first_paragraph = next((i for i in range(len(self.blocks)) if _words(self.btext(i)) >= 25), len(self.blocks))
        self.header_fields: set[int] = set()
        run: list[int] = []
        for i in range(first_paragraph + 1):
            field = _HEADER_FIELD.match(self.btext(i)) if i < first_paragraph and self.labels[i] is None else None
            if field and _words(self.btext(i)) <= 12 and (not run or not self.blocks[i].blank_before):
                run.append(i)
                continue
            labels = {_HEADER_FIELD.match(self.btext(j)).group(1).lower() for j in run}
            if len(run) >= 3 and len(labels) == len(run):
                for j in run:
                    self.header_fields.add(j)
                    label, value = self.btext(j).split(":", 1)
                    if self.starts_with_name(value.strip()) and _words(value) <= 5:
                        # "Coroner: Jo Roe": the transcript's "THE CORONER:" is her
                        self.book.resolve(f"{value.strip()}, {label}")
            run = [i] if field and _words(self.btext(i)) <= 12 else []

    def mark_back_matter(self) -> int:
        """Label notes and trailing furniture; return the index where the main text ends."""
        rules = self.rules
        zone = len(self.blocks)
        content_seen = 0
        for i in range(len(self.blocks)):
            text = self.btext(i)
            if self.labels[i] == "boilerplate":
                if content_seen >= 2 and rules.back_matter_any(text.strip()):
                    zone = i
                    break
                continue
            # (an editor's note may be set in italics or brackets: "*This interview has been edited ...*",
            # "[This is an edited version of the speech ...]")
            bare = text.strip("*_[]() ")
            if rules.note_paragraph_any(bare) or _FOOTNOTE_MARKER.fullmatch(self.blocks[i].marker) and (
                    not self.numbered_paragraph(i)):
                self.set_label(i, "note")  # a footnote or correction inside the text, which goes on after it
                continue
            heading = rules.note_heading.match(text) or (
                _ABOUT.match(text) and _is_heading_like(text) and (i >= _EARLY * len(self.blocks) or self._names_a_body(i, text))
            )  # ("About Protected Chats" in the first half: a section about a feature, not the notes)
            opener = bool(rules.note_openers_any(text) or bare != text and rules.note_openers_any(bare))
            if opener and _ABOUT.match(text) and _is_heading_like(text) and not heading and not self._names_a_body(i, text):
                opener = False  # "About Protected Chats" early in release notes: a section of the text
            if heading and (text.strip().lower().rstrip(":.") in rules.late_note_headings or _ABOUT_DOCUMENT.match(text)) and (
                    i < _EARLY * len(self.blocks)) and not self._facts_list_before_back_matter(i, text):
                heading = None  # "Background" in the first half of a briefing paper is one of its sections
            if heading and content_seen >= 2 and i < _EARLY * len(self.blocks) and (end := self._sections_follow(i)):
                # "About us" as the first section of written evidence, then "What children tell us" and the
                # evidence itself: the section is a note, and the text goes on after it
                for k in range(i, end):
                    self.set_label(k, "note")
                continue
            if opener and not heading and (content_seen < 2 or i < _EARLY * len(self.blocks) and _words(text) <= 60):
                self.set_label(i, "note")  # "Update, 9 July: ..." above the statement, not the start of its notes
                continue
            if content_seen >= 2 and (heading or (opener and _words(text) > 3) or self.describes_publisher(i, text)
                                      or self._closing_note(i, text)):
                zone = i
                break
            content_seen += 1
        tail_furniture = resumed = False
        continued = -1  # the last line taken as the continuation of a furniture line
        for i in range(zone, len(self.blocks)):
            text = self.btext(i)
            if self.labels[i] == "boilerplate":
                tail_furniture = True
                continue
            notes_open = rules.note_heading.match(text) or _ABOUT.match(text)  # "About ORG" after "-30-"
            resumed = (resumed or self._resumes_release(i, text)) and not notes_open
            if resumed:
                continue  # "Commenting on the letter, Jo Roe said:" under the signatories: left to `classify`
            if tail_furniture and _words(text) <= 6 and _is_heading_like(text) and "," not in text and not notes_open:
                self.set_label(i, "boilerplate")
            elif (i and self.labels[i - 1] == "boilerplate" and not self.blocks[i].blank_before and not notes_open
                  and (continued == i - 1 or rules.is_boilerplate_line(self.btext(i - 1)))
                  and _words(text) <= 15 and not text.rstrip().endswith(".")):
                self.set_label(i, "boilerplate")  # "Media contact" / "Jo Roe, Press Office" / an address
                continued = i
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

    def _publisher_name_words(self) -> set[str]:
        if not hasattr(self, "_publisher_words_cache"):  # once per statement: both heading tests ask for it
            self._publisher_words_cache = _name_words(self.book.publisher or "")
        return self._publisher_words_cache

    def _names_publisher_only(self, text: str) -> bool:
        """A short line made of the publisher's name (its words only, and at least four in five of them), no sentence."""
        words = _name_words(text)
        publisher = self._publisher_name_words()
        # every word the publisher's, and most of its name ("Encryption" for "Encryption Europe" is a title;
        # "FISCALIA GENERAL DE LA REPUBLICA" for "... de la Republica de Sotavento" is its masthead)
        return bool(words) and words <= publisher and (len(words) >= 0.8 * len(publisher) or len(words) >= 3 and text.isupper()) and (
            len(words) <= 10 and not text.rstrip().endswith("."))

    def _names_a_body(self, i: int, text: str) -> bool:
        """"About the Authority", "About the Commissioner", "About Brightlane" above "Brightlane supports ...":
        the heading names the publisher, a kind of body or office, or what the paragraph under it describes."""
        words = _name_words(text)
        if words & (self._publisher_name_words() | self.rules.org_words | self.rules.leading_offices) or any(
                w.isupper() for w in text.split()[1:]):
            return True
        subject = re.sub(r"^about\s+(?:the\s+)?", "", text.strip().rstrip(":"), flags=re.IGNORECASE)
        below = re.sub(r"^the\s+", "", self.btext(i + 1), flags=re.IGNORECASE) if i + 1 < len(self.blocks) else ""
        return bool(subject) and below.startswith(subject)

    def _sections_follow(self, i: int) -> int | None:
        """Where the text's next section starts, when a heading that opens no notes ("What children tell
        us") stands a few paragraphs under the notes heading at `i`, above a paragraph of prose."""
        for j in range(i + 2, min(len(self.blocks) - 1, i + 6)):
            heading = self.btext(j).strip()
            if self.labels[j] is None and _words(heading) <= 8 and _is_heading_like(heading) and not heading.endswith(
                    (".", ":")) and not (self.rules.note_heading.match(heading) or _ABOUT.match(heading)
                                         or self.rules.back_matter_any(heading)) and _words(self.btext(j + 1)) >= 12 and (
                    # (prose, not "Get in touch" above a contact paragraph the furniture rules took)
                    self.labels[j + 1] is None):
                return j
        return None

    def _facts_list_before_back_matter(self, i: int, text: str) -> bool:
        """"Quick facts" over bullets that run into "Associated links", a note heading or "- 30 -": a
        release's closing notes, however early in a short release they start."""
        if text.strip().lower().rstrip(":.") not in self.rules.facts_headings:
            return False
        j = i + 1
        # bullets, not numbered paragraphs ("4.1 OTT services ..." under a heading run on as a paper's text)
        while j < len(self.blocks) and self.blocks[j].marker[:1] in _BULLET_GLYPHS:
            j += 1
        if j == i + 1 or j == len(self.blocks):
            return False
        after = self.btext(j).strip()
        return (bool(self.rules.note_heading.match(after)) or after.rstrip(":").lower() in self.rules.link_list_headings
                or bool(self.rules.back_matter_any(after)))

    def mark_headline(self, zone: int) -> int:
        """Label the title (and a subtitle); return the index of the last headline block (-1 if none)."""
        first = next((i for i in range(zone) if self.labels[i] is None), None)
        if first is None:
            return -1
        if self._post_author_header(first, zone):
            return first + 1  # a post on a network has no title
        masthead = False
        while first < min(zone - 1, 3) and self.labels[first] is None and (self._names_publisher_only(self.btext(first)) or (
                # "DATA PROTECTION COMMISSION" / "Republic of Amihan": a masthead in two lines, the name in both
                first and self.labels[first - 1] == "boilerplate" and not self.blocks[first].blank_before
                and not _name_words(self.btext(first)) & _name_words(self.btext(first - 1))  # not "ENCRYPTION EUROPE" / "Encryption"
                and self._names_publisher_only(f"{self.btext(first - 1)} {self.btext(first)}"))):
            # "FISCALIA GENERAL DE LA REPUBLICA", "Maskwa Bay Regional Police Service" above the title: the
            # publisher's masthead (furniture in every such statement of the corpus, 615 of 615)
            self.set_label(first, "boilerplate")
            first, masthead = next((i for i in range(first + 1, zone) if self.labels[i] is None), zone), True
        if first >= zone or masthead and self.btext(first).rstrip().endswith("."):
            return first - 1  # ("Apple" above "Apple today said it will ...": no title under the masthead)
        given = [i for i in range(first) if self.labels[i] == "headline"]
        if given:
            return given[-1]  # an e-mail's "Subject:" line, taken as the title by its header pass
        # a masthead or section name ("The Kessaly Standard", "Courts & Justice") above the real title
        run = []
        for j in range(first, zone):
            if self.labels[j] is not None or not _is_heading_like(self.btext(j)) or self.starts_with_name(self.btext(j)):
                break
            if self.rules.speech_header_lines_any(self.btext(j)):
                break
            run.append(j)
        title = next((j for j in run if _words(self.btext(j)) >= 5), None)
        # the first unlabelled block after the run ("PRESS RELEASE" between them is furniture already)
        after_run = next((j for j in range(run[-1] + 1, zone) if self.labels[j] is None), None) if run else None
        if (title is None and after_run is not None
                and self.blocks[after_run].blank_before and _is_title(self.btext(after_run))
                and _words(self.btext(after_run)) >= 5 and all(_words(self.btext(j)) <= 6 for j in run)
                and (len(run) >= 2 or self.btext(run[0]).isupper())):
            # "EKWALI STATE POLICE COMMAND" / "PUBLIC RELATIONS DEPARTMENT" above a long title in capitals
            run, title = run + [after_run], after_run
        if title is not None and all(_words(self.btext(j)) <= 4 for j in run[: run.index(title)]):
            for j in run[: run.index(title)]:
                self.set_label(j, "boilerplate")
            first = title
        # "Office of the Minister" / "PRESS RELEASE" / the real headline: masthead lines above the release
        # label (a joint release lists each minister, title and seat, one line each)
        label_line = next((j for j in range(first + 1, min(zone, first + 8)) if self.labels[j] is not None), None)
        # several masthead lines only above a release label: above "TRANSCRIPT" they name its speakers
        several = label_line is not None and label_line > first + 1
        if (label_line is not None and self.labels[label_line] == "boilerplate"
                and (not several or re.search(r"\brelease\b", self.btext(label_line), re.IGNORECASE))
                # ("Lawful Access to Encrypted Communications: Framework for Consultation" is the title; a
                # bilingual masthead, "Ministry of X / Ministère de X", counts each language)
                and all(max(map(_words, self.btext(j).split(" / "))) <= 8 and _is_title(self.btext(j)) and ":" not in self.btext(j)
                        for j in range(first, label_line))
                and any(self.rules.doctype_line.match(half.strip()) for half in self.btext(label_line).split(" / "))):
            after = next((j for j in range(label_line + 1, zone) if self.labels[j] is None), None)
            if after is not None and 4 <= _words(self.btext(after)) <= 30 and not self.btext(after).endswith("."):
                for j in range(first, label_line):
                    self.set_label(j, "boilerplate")
                first = after
        first = self._below_letterhead(first, zone)
        text = self.btext(first)
        block = self.blocks[first]
        title = next((m for p in self.rules.speech_titles if (m := p.match(text))), None) if _words(text) <= 25 else None
        if title and not block.marker and not self.reported_below(first):
            # "Minister Roe's speech to the Summit" on top of the page: its title (13 of the corpus's 14; the
            # 14th stands under a title of its own), which names the speaker if nothing under it does
            self.set_label(first, "headline")
            self.title_speaker = title.group("who")
            return first
        if (_words(text) <= 25 and self.rules.speech_headers_any(text) and not self.publishers_own(text)
                and not self.reported_below(first)):
            return first - 1
        while first < zone and self.rules.speech_header_lines_any(self.btext(first)):
            self.set_label(first, "boilerplate")  # "Statement for the Record" is a document-type line
            first += 1
            if first >= zone or self.labels[first] is not None:
                return first - 1
            text, block = self.btext(first), self.blocks[first]
            if self.starts_with_name(text) and _words(text) <= 20:
                return first - 1  # the witness's name line: the speech header takes it
        label = _LABEL.match(text)
        if label and (self._header_label(label.group("label")) or not self._office_or_short(label.group("label"))):
            label = None  # "RE: FALSE PUBLICATION ...": a subject line, the headline of a statement; "The EU: ..."
        if self.is_attribution(first) or label or text[:1] in ALL_MARKS and _words(text) > 25:
            return first - 1
        if not (block.marker.startswith("#") or _words(text) <= 30 and not text.endswith(":")):
            return first - 1
        if _words(text) > 30 or (text.endswith(".") and _words(text) > 22):
            return first - 1
        if block.marker and not block.marker.startswith("#") and not (_SECTION_NUMBER.fullmatch(block.marker) and _is_heading_like(text)):
            # "1/ Yesterday the Minister ...": a thread's first post or a list item, no title ("4.3 Privacy and
            # data protection" heads a report's section page)
            return first - 1
        self.set_label(first, "headline")
        nxt = first + 1
        if nxt < zone and self.labels[nxt] is None:
            sub = self.btext(nxt)
            if (
                _words(sub) <= 35
                and (not sub.rstrip(ALL_MARKS + ")]").endswith((".", ":", ",")) or self._standfirst(nxt, sub, zone))
                and sub[:1] not in ALL_MARKS
                and not self.is_attribution(nxt)
                and not self.rules.response.search(sub)  # "ORG responds to ...": a lead with no verb
                # "Jane Roe, Director, said ..." is a lead; "Guardian Check keeps ..." (a product) is not
                and not self._name_led_line(sub)
                and not ((sub_label := _LABEL.match(sub)) and self._office_or_short(sub_label.group("label")))
                and not self._recurring_label(sub, nxt + 1, zone)  # "**Oisin:** So why ...?": a transcript's turn
                and not self._cast_line(sub)
                and not self.rules.cast_heading.match(sub)  # "Members: Jo Roe MLC (Chair); ..."
                and not self.rules.speech_headers_any(sub)  # "Made by: Jane Roe (The Minister)"
                and self.person_on(nxt, sub) is None  # "Minister Jo Roe on today's decision" above her words
                and nxt + 1 < zone
            ):
                self.set_label(nxt, "headline")
                # "- Commission finds ..." / "- Guidance sets out ...": two or three subtitles as dashed lines
                # (four or more are a list of points)
                dashed = nxt
                while (dashed + 2 < zone and self.blocks[dashed].marker in ("-", "\u2013", "\u2014")
                       and self.labels[dashed + 1] is None and self.blocks[dashed + 1].marker == self.blocks[dashed].marker
                       and _is_title(self.btext(dashed + 1))):
                    dashed += 1
                if dashed - nxt <= 2 and not (dashed + 1 < zone and self.blocks[dashed + 1].marker == self.blocks[nxt].marker):
                    for j in range(nxt + 1, dashed + 1):
                        self.set_label(j, "headline")
                    nxt = dashed
                return nxt
        return first

    def _standfirst(self, i: int, text: str, zone: int) -> bool:
        """"No general scanning of private messages. Access ... will stay." on the line right under the title,
        a blank line below it: the standfirst, in sentences (not the first paragraph of a page whose
        paragraphs all follow each other without blank lines)."""
        # (not "Status: approved ...", "Reporting period: ...", "14,382 people have signed.": a page's details)
        # (nor a news lead: a dateline, "today", a weekday, "MPs voted 312 to 240 ...")
        if re.match(r"(?:By|Please|We|I|Our)\b", text):
            return False  # "By Jo Roe, Policy Officer.", "Please see ...", "We welcome the decision.": no standfirst
        return (text.endswith(".") and _words(text) <= 30 and not self.blocks[i].blank_before
                and ":" not in text and not re.search(r"\d", text) and not self.rules.lead_dateline(text)
                and not (self.rules.news_lead is not None and self.rules.news_lead.search(text))
                and not _NEWS_TIME.search(text) and not _NEWS_PERFECT.search(text)
                and i + 1 < zone and self.blocks[i + 1].blank_before and not self.rules.verbs.search(text))

    def _below_letterhead(self, first: int, zone: int) -> int:
        """The title under a letterhead: "FEDERATION NAME" / "(Regd. No. 114/1987)" / an address / "PRESS
        NOTE" / "Dt. 14-01-2026" / the title. Every block above the document-type line is short lines of
        furniture (a site's menu among them), and the first block below it reads as a title."""
        doctype = next((j for j in range(first + 1, min(zone, first + 8)) if self.labels[j] == "boilerplate" and any(
            self.rules.doctype_line.match(half.strip()) for half in self.btext(j).split(" / "))), None)
        if doctype is None or not all(self.labels[j] == "boilerplate" or self._letterhead_lines(j) for j in range(first, doctype)):
            return first
        # evidence of a letterhead, not a title that happens to be in capitals: the publisher's own name
        # among the lines, or a registration number or a street address
        lines = [line for j in range(first, doctype) if self.labels[j] is None for line in self.btext(j).split("\n")]
        if not any(self._names_publisher_only(line) or _REGISTRATION_OR_ADDRESS.search(line) for line in lines):
            return first
        after = next((j for j in range(doctype + 1, zone) if self.labels[j] is None), None)
        below = self.btext(after).rstrip() if after is not None else ""
        if not 4 <= _words(below) <= 30 or below.endswith((".", ":", ",")) or below[:1] in ALL_MARKS or (
                self.rules.letter_salutation.match(below) or self.is_attribution(after)):
            return first
        for j in range(first, doctype):
            if self.labels[j] is None:
                self.set_label(j, "boilerplate")
        return after

    def _letterhead_lines(self, i: int) -> bool:
        """Block `i` is short lines of a letterhead: a name in capitals, a registration number, an address;
        not a title in ordinary case ("Framework for Consultation", "40 groups urge MPs to ...")."""
        lines = [line.strip() for line in self.btext(i).split("\n") if line.strip()]
        return bool(lines) and all(_words(line) <= 10 and not line.endswith((".", ":", ",")) and line[:1] not in ALL_MARKS
                                   and (line.isupper() or _REGISTRATION_OR_ADDRESS.search(line)) for line in lines)

    def _dated_below(self, i: int, text: str) -> bool:
        """"Encryption explained: your questions answered" over "Published 3 March 2026 | ...": a
        title in sentence case with its publication line under it, not a site's name or section
        ("CommunityWire :: Statements from civil society" over "Posted by admin ...")."""
        return (not _name_like(text) and not _SITE_SEPARATOR.search(text) and i + 1 < len(self.blocks)
                and _PUBLICATION_LINE.match(self.btext(i + 1)) is not None)

    def _recurring_label(self, text: str, lo: int, hi: int) -> bool:
        """`text` opens with a speaker label ("Oisin:") that a later block opens with too."""
        match = _NAME_LABEL.match(text)
        if not match:
            return False
        again = (_NAME_LABEL.match(self.btext(j)) for j in range(lo, hi))
        return any(m and m.group("label") == match.group("label") for m in again)

    def is_heading(self, i: int, text: str) -> bool:
        """A section heading inside the statement: short, unpunctuated, followed by a paragraph."""
        block = self.blocks[i]
        lettered = bool(_LETTERED.fullmatch(block.marker)) and not any(
            0 <= j < len(self.blocks) and _LETTERED.fullmatch(self.blocks[j].marker) for j in (i - 1, i + 1))
        if block.marker and not block.marker.startswith("#") and not _NUMBERED.fullmatch(block.marker) and not lettered:
            return False  # ("A. How the service protects messages" over its paragraphs; not "C. Never" in a list)
        # "3. It puts sources in danger." over a paragraph: a numbered claim heads its section (a list's
        # items follow one another, each with its number)
        claim = bool(block.marker) and text.endswith(".") and not text.endswith("..") and _words(text) <= 12
        minute = _MINUTE_NUMBER.match(text)
        text = text[minute.end():] if minute else text
        if not (_is_heading_like(text) or claim) or text.endswith(",") or not text[:1].isupper() or _words(text) > 12:
            return False
        following = next((j for j in range(i + 1, len(self.blocks)) if self.labels[j] != "boilerplate"), None)
        if claim and not _is_heading_like(text) and (
                following is not None and self.blocks[following].marker or i and self.blocks[i - 1].marker):
            return False  # a list's item: numbered items on either side
        return following is not None and (minute is not None or _words(self.btext(following)) > _words(text) + 4)

    def finish_unattributed(self):
        """Quotes nobody could be tied to: the person the paragraph before them introduces, else the
        publisher's text."""
        for i in sorted(self.pieces):
            if self._unattributed_quote(i) and not self._unattributed_quote(i - 1):
                self._introduced_run(i)
        for pieces in self.pieces.values():
            orphaned = [piece for piece in pieces if piece.label == "quote" and piece.speaker is None]
            for piece in orphaned:
                piece.label = "body"
            if orphaned and not any(piece.label == "quote" for piece in pieces):
                for piece in pieces:  # '"...," she said.' when nobody was found: the publisher's text throughout
                    if piece.label == "lead" and self.text[piece.start : piece.end].split()[0].lower() in ("he", "she"):
                        piece.label = "body"

    def _unattributed_quote(self, i: int) -> bool:
        """Block `i` is quoted words waiting for their speaker: a paragraph of them, or one split by a
        pronoun's attribution ('"...," she said. "..."') under such paragraphs."""
        pieces = self.pieces.get(i) or []
        quotes = [p for p in pieces if p.label == "quote"]
        return bool(quotes) and all(p.speaker is None for p in quotes) and (
            len(pieces) == 1 or all(p.label in ("quote", "lead") for p in pieces))

    def _give_run(self, i: int, speaker: int):
        """The quoted paragraphs waiting for a speaker from block `i` on are `speaker`'s."""
        while self._unattributed_quote(i):
            for piece in self.pieces[i]:
                if piece.label == "quote":
                    piece.speaker = speaker
            i += 1

    def _statement_heading(self, i: int, heading: str) -> bool:
        """"Director's statement" over quoted paragraphs nobody attributes: the person the text named with that
        office before ("director Annika Kestner filmed ..."), who speaks them."""
        match = _OFFICE_STATEMENT.match(heading.strip())
        if not match or match.group("role").lower().split()[-1] not in self.rules.role_words:
            return False
        role = match.group("role")
        named = list(re.finditer(rf"\b(?i:{re.escape(role)})[^\S\n]+([A-Z][\w'\u2019\-]+(?:[^\S\n]+[A-Z][\w'\u2019\-]+){{1,2}})",
                                 self.text[: self.blocks[i].start]))
        if len({m.group(1) for m in named}) > 1:
            return False  # two directors named: the heading does not say which one speaks
        speaker = self.book.resolve(named[-1].group(1)) if named else self.book.resolve_office(role, self.blocks[i].start)
        if speaker is None or not self.book.speakers[speaker].name:
            return False
        self._give_run(i, speaker)
        return True

    def _introduced_run(self, i: int):
        """"A counsellor, Jane Roe, described what happened." then quoted paragraphs with no attribution."""
        before = i - 1
        if before >= 0 and self.labels[before] == "headline" and self._statement_heading(i, self.btext(before)):
            return
        if before < 0 or self.labels[before] not in ("body", "lead") or len(self.pieces.get(before) or []) != 1:
            return
        text = self.btext(before)
        # (a release's opening paragraph may be longer: "GENEVA (18 March 2025) – The Special Rapporteur ..., Killa
        # Huaracha, today urged ... Ms. Huaracha was speaking as she published ...")
        opening = all(self.labels[j] in ("boilerplate", "headline", None) for j in range(before))
        if not text.endswith((".", ":")) or _words(text) > (90 if opening else 60) or self.is_heading(before, text):
            return
        # "The Commissioner, Jo Roe, on the company's announcement that ...": who speaks comes first
        on = _VERBLESS_ON.search(text)
        head = text[: on.start()] if on else ""
        found = parse_speaker(head, self.rules) if head and _words(head) <= 12 else None
        speaker = self.book.resolve(head) if found is not None and found.name else None
        if speaker is None:
            speaker = self.mention(text, last=True)
        name = (self.book.speakers[speaker].name or "").split() if speaker is not None else []
        if speaker is not None and _words(text) > 60 and not (name and text.count(name[-1]) >= 2):
            # a long opening paragraph tells whose words follow when it is about them ("Killa Huaracha ... Ms.
            # Huaracha was speaking as ..."), not when it names someone last in passing
            return
        if speaker is None:
            speaker = self.book.last_surname(text)  # "Whitcomb, a former prosecutor, said ..."
        if speaker is None and _ONE_NAME_WHO.match(text.strip()) and _PERSON_CLAUSE.match(text.strip()):
            # "Kamla, whose daughter was among the victims, says the family ...": a person by one name
            speaker = self.book.resolve_known(_person_clause_speaker(text.strip().split(",")[0]))
        if speaker is None and self.rules.verbs.search(text):
            # "The Federation said that ..." between two of its secretary's quotes: the last one quoted
            speaker = next((p.speaker for j in range(before - 1, max(-1, before - 4), -1)
                            for p in reversed(self.pieces.get(j, [])) if p.label == "quote" and p.speaker is not None), None)
        if speaker is None:
            return
        if not self.rules.reported.search(text):  # "X said that ..." stays the publisher's reported speech
            self.pieces[before][0].label = "lead"
            self.labels[before] = "lead"
        self._give_run(i, speaker)

    def _post_author_header(self, i: int, zone: int) -> bool:
        """"Jo Roe \u2022 You" / "Detective Inspector at X" / "3d \u2022 Edited": the author's card on top of a post,
        which the network prints; it is furniture, like a byline, when the post's age line follows it."""
        if i + 2 >= zone or card_name(self.btext(i), self.rules) is None or self.blocks[i + 1].blank_before:
            return False
        if self.labels[i + 1] is None and (_words(self.btext(i + 1)) > 16 or self.btext(i + 1).endswith((".", "?", "!"))):
            return False
        if self.labels[i + 2] != "boilerplate" or self.blocks[i + 2].blank_before or not _POST_AGE.match(self.btext(i + 2)):
            return False
        self.set_label(i, "boilerplate")
        self.set_label(i + 1, "boilerplate")
        return True

    def mark_first_paragraph_lead(self, lo: int, hi: int):
        """In a statement that quotes someone, the publisher's opening paragraph is the lead."""
        quote_blocks = [i for i in range(lo, hi) if any(p.label == "quote" for p in self.pieces.get(i, []))]
        if not quote_blocks:
            return
        # a photo caption may stand between the headline and "KISIRI, June 3 (KNA) \u2014 ...": the dateline opens the story
        dated = next((j for j in range(lo, min(quote_blocks[0], lo + 6)) if self.labels[j] not in ("boilerplate", "note", "headline")
                      and self.pieces.get(j) and self.rules.lead_dateline(self.btext(j))), lo)
        for i in range(dated, quote_blocks[0]):
            pieces = self.pieces.get(i, [])
            if self.labels[i] == "headline" and i > lo and (
                    self.btext(i).endswith("?") or self.rules.section_heading_any(self.btext(i).strip())):
                return  # "What is client-side scanning?", "Chapter 4: ...": the text's own sections, no opening lead
            if self.labels[i] in ("boilerplate", "note", "headline") or not pieces:
                continue
            if self.blocks[i].marker and "/" not in self.blocks[i].marker and not self._every_paragraph_marked(i, quote_blocks[0]):
                continue  # a "Key messages" list above the release's opening paragraph (a thread's "1/9" opens it)
            if all(p.label in ("body", "lead") for p in pieces):
                text = self.btext(i)
                if _author_speaks(re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]):
                    # "The first hour I spend with a woman ...": a post's author opening it, no news lead
                    return
                near = quote_blocks[0] - i <= 3
                news = self.rules.news_lead is not None and self.rules.news_lead.search(text)
                if (near or news or self.rules.lead_dateline(text) or self.rules.verbs.search(text)
                        or self.rules.response.search(text) or self._mentions_speaker(text)
                        or self.rules.interview_marker.search(text)  # "we sat down with our analyst"
                        or self._publisher_opens(text)):  # "The Ministry of X advises the public that ..."
                    for piece in pieces:
                        piece.label = "lead"
            return

    def _publisher_opens(self, text: str) -> bool:
        """The paragraph opens with the publisher's full name as its subject."""
        publisher = re.sub(r"^the\s+|\s*\([^()]*\)$", "", (self.book.publisher or "").strip(), flags=re.IGNORECASE)
        opening = re.sub(r"^the\s+", "", text.lstrip(), flags=re.IGNORECASE)
        # ("The Digital Freedom Alliance is a coalition of ...": the body describing itself, no lead)
        return _words(publisher) >= 2 and opening.lower().startswith(publisher.lower()) and not (
            _DESCRIBES.match(opening[len(publisher):]))

    def _every_paragraph_marked(self, lo: int, hi: int) -> bool:
        """"\u25a1 The Commission announced ..." then "\u25a1 The guidance was prepared ...": a house style that
        marks every paragraph, not a list above the opening paragraph."""
        prose = [j for j in range(lo, hi) if self.labels[j] in (None, "body") and _words(self.btext(j)) >= 15]
        # the paragraph with the first quotation wears the mark too: a house style, not a list of points
        return len(prose) >= 2 and all(self.blocks[j].marker in _PARAGRAPH_MARKS for j in prose + [hi])

    def _name_led_line(self, text: str) -> bool:
        """A line led by a person: "Jane Roe, Director, ...", "Jane Roe said ...", a witness's name alone."""
        if not self.starts_with_name(text):
            return False
        tokens = text.split()
        # the name may follow a title or role ("The Hon. Jane Roe MP, Minister ...")
        start = next((k for k in range(min(6, len(tokens))) if name_tokens(tokens[k:], self.rules)), 0)
        end = start + name_tokens(tokens[start:], self.rules)
        following = tokens[end] if end < len(tokens) else ""
        return (end >= len(tokens) or tokens[end - 1].endswith(",") or following.endswith(",")  # "Jane Roe MP,"
                or following.lower().strip(",.") in self.rules.verb_words or _words(text) <= 5)

    def _table_header(self, i: int, text: str) -> bool:
        """"Year | Warrants | Share" above "2022 | 214 | 45%": a table's header row, not a menu."""
        if text.count("|") < 2 or i + 1 >= len(self.blocks):
            return False
        below = self.btext(i + 1)
        if _CONTACT_HEADER.search(text) and _PHONE_CELL.search(below):
            return False  # "| Department | Person in charge | Telephone |": whom to call, not figures
        return below.count("|") == text.count("|") and bool(_NUMERIC_CELL.search(below))

    def _contact_row(self, i: int, text: str) -> bool:
        """"| Privacy Policy Division | Director Jo Roe | 044-000-7215 |" under a contact table's header
        (or a row of it), which is furniture already."""
        above = self.btext(i - 1) if i else ""
        return (text.startswith("|") and self.labels[i - 1] == "boilerplate" and above.startswith("|")
                and above.count("|") == text.count("|") and bool(_PHONE_CELL.search(text)))

    def _cast_line(self, text: str) -> bool:
        """"Host: Dana Roe" under a transcript's title: who speaks, not a subtitle."""
        label = _NAME_LABEL.match(text)
        return bool(label) and self._names_person(text[label.end():])

    def _mentions_speaker(self, text: str) -> bool:
        lowered = text.lower()
        for speaker in self.book.speakers:
            for value in (speaker.name, speaker.org):
                words = value.lower().split() if value else []
                # "Cairnpost AG": a legal form alone says nothing ("ag" is in every text); the name with it does
                last = " ".join(words[-2:]) if words and words[-1].strip(".") in self.rules.company_forms else (
                    words[-1] if words else "")
                if last and re.search(r"\b" + re.escape(last), lowered):
                    return True
        return False

    def mark_signatories(self, lo: int, hi: int):
        """Signatory blocks after a sign-off or a "Signed:" line, and trailing lists of names, are notes."""
        start = None
        for i in range(lo, hi):
            text = self.btext(i)
            if self.rules.sign_off.match(text):
                start = i + 1
            elif self.rules.signed.match(text) and (_words(text) <= 6 or _words(text) <= 10 and _ENDS_WITH_YEAR.search(text)):
                start = i  # "Signed:", "Signed in Saltrava, on 18 October 2024"
        if start is None:
            # a trailing run of short lines, three or more, with no sentence among them
            run = []
            for i in range(hi - 1, lo - 1, -1):
                text = self.btext(i)
                if self.labels[i] == "boilerplate":
                    if run:
                        break
                    continue
                # (a line that opens with a figure, "18,240 reports ...", "2  The year in numbers", signs nothing)
                if (_words(text) <= 15 and not text.endswith(".") and self.labels[i] in (None, "body", "lead")
                        and not text[:1].isdigit()):
                    run.append(i)
                else:
                    break
            if len(run) >= 3 and any("," in self.btext(i) for i in run):
                start = min(run)
        if start is None:
            return
        for i in range(start, hi):
            if self._speaks(i):
                break  # "Commenting on the letter, Jo Roe said:" under the list: the release goes on
            heading = self.btext(i)
            if self.labels[i] == "headline" and "," not in heading and not (
                    set(heading.lower().split()) & self.rules.role_words) and not self.starts_with_name(heading) and (
                    i + 1 < hi and self._prose(self.btext(i + 1)) and not self.btext(i + 1).startswith(heading)):
                # a template letter's "Yours faithfully," then "6. Running a stall" over instructions (a
                # signatory's "Jo Roe, Director" line and the names after it are no heading and no prose)
                break
            if self.labels[i] != "boilerplate":
                self.set_label(i, "note")

    @staticmethod
    def _prose(text: str) -> bool:
        """A sentence or more of running text, not a list of names ("Acme Trust, Bolt Network, ...")."""
        words = _words(text)
        return words >= 12 and text.rstrip().endswith((".", "!", "?")) and text.count(",") + text.count(";") < words / 6

    def _resumes_release(self, i: int, text: str) -> bool:
        """Block `i`, among notes, quotes someone with an attribution or introduces a quotation below it."""
        block = self.blocks[i]
        if text.endswith(":") and _words(text) <= 40 and i + 1 < len(self.blocks) and (
                self.btext(i + 1)[:1] in ALL_MARKS and self.rules.verbs.search(text)):
            return True
        if not any(mark in text for mark in ALL_MARKS):
            return False  # the cheap test first: most notes quote no one
        return any(self.attribution_after(q) for q in find_quotes(self.text, block.start, block.end))

    def _speaks(self, i: int) -> bool:
        """Block `i` quotes someone the segmenter could name, or introduces such a quotation."""
        if any(p.label == "quote" and p.speaker is not None for p in self.pieces.get(i, [])):
            return True
        return (self.labels[i] == "lead" and i + 1 < len(self.blocks)
                and any(p.label == "quote" and p.speaker is not None for p in self.pieces.get(i + 1, [])))
