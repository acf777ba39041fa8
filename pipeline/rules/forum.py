"""Forum threads: posts under a header line "handle  [Staff]   Oct 22", each post its author's words."""

from __future__ import annotations

import re

from .attribution import _MONTH, Speaker, name_tokens, parse_speaker
from .quotes import ALL_MARKS, find_quotes
from .segment_common import _words

# "mira_d  [Staff]   Oct 22", "bramblecat · 3 days ago": one handle, perhaps a badge, then when it was posted
# ("#3  Jo Roe (jroe) \u00b7 Maintainer  \u00b7  14 Aug 2025, 11:47 \u00b7 edited": a post number before, the
# person's name with the handle in brackets, a badge, and a note after the time)
_POST_HEADER = re.compile(
    r"^(?P<number>#\d{1,4}\s+)?"
    r"(?:(?P<person>[A-Z][a-z][\w'\u2019\-]+(?:\s[A-Z][a-z][\w'\u2019\-]+){1,2})\s+\((?P<handle>[\w.\-]{3,30})\)"
    r"|(?:u/)?(?P<who>[A-Za-z][\w.\-]{2,30}))"
    r"(?:\s+\[(?P<tag>[^\]\n]{1,24})\]|\s+\((?P<role>[A-Z][^()\n\d]{1,24})\)|\s*[\u00b7\u2022|]\s*(?P<badge>[A-Z][^\u00b7\u2022|\n\d]{1,30}?)"
    r"|\s+(?P<op>OP|MOD))?"  # ("u/acme_team OP \u00b7 398 points \u00b7 3h": a link aggregator's original poster)
    r"(?P<score>\s*[\u00b7\u2022|]\s*[\d,.]+k?\s+(?:points?|votes?|upvotes?|karma))?"
    r"(?:\s{2,}|\s*[\u00b7\u2022|]\s*"  # ("kelp_noor \u00b7 Kelpline Staff \u00b7 4h": a badge without brackets)
    # ("jelte-sachs (Maintainer) commented on 6 Feb 2025": an issue tracker's comment header)
    r"|\s+(?:commented|replied|posted|answered|wrote)(?:\s+on)?\s+)"
    rf"(?P<when>{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?"
    r"|\d{1,3}\s?(?:m|h|d|w|mins?|hours?|days?|weeks?)(?:\s+ago)?|yesterday|today)(?:,?\s+\d{1,2}:\d{2})?"
    # ("... commented on 16 Jan 2026 \u00b7 Maintainer": the author's badge after the date)
    r"(?:\s*[\u00b7\u2022|]\s*(?:edited|updated|(?P<after>maintainer|member|collaborator|contributor|owner|author"
    r"|moderator|staff|admin|administrator)))?$",
    re.IGNORECASE,
)
# "nadia_cordwain (Nadia Pemberthy) \u00b7 Cordwain Staff \u00b7 Developer Relations" over "12 Sep 2025, 09:14": a post's
# header in two lines, the handle (and the person, and badges) on the first, when on the second
_USER_LINE = re.compile(r"^(?P<who>[A-Za-z][\w.\-]{2,30})(?:\s+\((?P<person>[A-Z][\w'\u2019\-]+(?:\s[A-Z][\w'\u2019\-]+){1,2})\))?"
                          r"(?P<badges>(?:\s*[\u00b7\u2022|]\s*[^\u00b7\u2022|\n]{1,30}){0,3})$")
# ("Member \u00b7 212 posts \u00b7 Posted 14 Jan 2025, 19:02": a rank and a count before it)
_WHEN_LINE = re.compile(r"^(?P<meta>(?:[^\n\u00b7\u2022|]{1,30}\s*[\u00b7\u2022|]\s*){0,3}(?:posted\s+(?:on\s+)?)?)"
                        rf"(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?"
                        r"|\d{1,3}\s?(?:m|h|d|w|mins?|hours?|days?|weeks?)\s+ago|yesterday|today)(?:,?\s+(?:at\s+)?\d{1,2}:\d{2})?"
                        # ("Posted 12 Apr 2025, 20:41 \u00b7 Member since 2019": the member's rank after the time)
                        r"(?P<after>\s*[\u00b7\u2022|]\s*(?:member\s+since|joined|\d[\d,]*\s+posts?)\b[^\n\u00b7\u2022|]{0,25})?$",
                        re.IGNORECASE)
# "parent_of_3_ks said:", "Wren (staff) replied:": a post's author line, one user name (a tag in brackets) and a verb
# of posting; inside a reply, the post it quotes follows
_AUTHOR_LINE = re.compile(r"^(?P<who>[A-Za-z][\w.\-]{2,39})(?:\s+\((?P<role>[^()]{2,30})\))?\s+"
                          r"(?:said|wrote|replied|posted|commented)(?:\s+(?:on|at)\s+[^:]{1,40})?:$", re.IGNORECASE)
# "Quote from: retired_plod on 14 Jan 2025, 20:11": a forum's quotation of an earlier post
_QUOTE_FROM = re.compile(r"^(?:quote from|quoting|originally posted by):?\s+(?P<who>[A-Za-z][\w.\-]{2,30})"
                         r"(?:\s+on\s+[^\n]{1,40}?)?:?$", re.IGNORECASE)
# "Zuzana says:", "K. Osei-Tutu says:", "nullpointer_ewa says:": a reader's comment header in a blog's comments
# (one to five words, no sentence: "The minister says:" has its own rules above the comments)
_COMMENT_HEADER = re.compile(r"^(?P<who>[\w@][\w.'\u2019\-]*(?:\s[\w.'\u2019\-]+){0,4})\s+says:$")
# when a comment was posted: "4 June 2024 at 21:14", "4th June 2024 at 9:14pm", "June 4, 2024 @ 9:14 pm",
# "Tuesday 4 June 2024 at 21:14 | Edit", "04/06/2024 at 21:14", "2024-06-04 21:14"
_COMMENT_DATE = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2})"
    r"(?:,?\s+(?:at\s+|@\s*)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?(?:\s*[|\u00b7]\s*edit)?$", re.IGNORECASE)
# the buttons that close a comment: "Reply", "Like", "Log in to Reply", "Reply \u00b7 4"
_REPLY_BUTTON = re.compile(r"^(?:(?:log in|sign in) to )?(?:reply|like)(?:\s*[\u00b7\u2022|]\s*[^\n]{1,20}){0,3}$", re.IGNORECASE)
# what blog software writes between a comment's date and its words
_COMMENT_NOISE = re.compile(r"^(?:post author|author|in reply to [^\n]{1,60}|your comment is awaiting moderation\.?)$", re.IGNORECASE)


def _comment_date(line: str) -> bool:
    return bool(_COMMENT_DATE.match(line.strip()))


def _reader(who: str, rules) -> Speaker:
    """The reader a comment header names: a person without a title ("Cllr Jo Roe" -> Jo Roe), a body
    ("National Crime Agency"), or the handle as written ("quietmoth", "Zuzana")."""
    parsed = parse_speaker(who, rules)
    if parsed is not None and parsed.name:
        return Speaker(parsed.name, None, None)
    if parsed is not None and parsed.org and len(who.split()) > 1:
        return Speaker(None, None, parsed.org)
    return Speaker(who, None, None)


_FORUM_BADGES = {"staff", "mod", "moderator", "admin", "op", "team", "support", "official"}
# "Mira Dansereau | Trust & Safety Product Lead, Tessellink": a signature under a post
_SIGNATURE = re.compile(r"^(?P<name>[A-Z][\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019\-]+){1,2})\s*\|")
# "2d", "3 h", "5 days ago": a comment's age on a line of its own
_AGE_LINE = re.compile(r"^\d{1,3}\s?(?:m|h|d|w|mo|y|mins?|hrs?|hours?|days?|weeks?)(?:\s+ago)?$", re.IGNORECASE)
# "noor.vaillancourt", "fennwick_mum": a user name on a line of its own
_CARD_HANDLE = re.compile(r"[a-z][\w.]{2,30}")
# "noor.vaillancourt This is ...": a user name (with a dot, an underscore or a digit), then the comment
_INLINE_HANDLE = re.compile(r"^\s*([a-z][\w.]{2,30})\s+(?=\S)")
_HANDLE_MARKS = re.compile(r"[._\d]")
# one part of a comment's buttons line: a button, a count with its icon, "31 replies", the comment's age
# (a bare number is no part: "3   12   Reply" under a version number)
_BUTTON_PART = re.compile(r"(?:like|reply|comment|repost|share|report|\W{1,3}\s*\d[\d,.]*k?|\d[\d,.]*k?\s+(?:likes?|replies|reply|"
                          r"comments?|reactions?)|\d{1,3}\s?(?:m|h|d|w|mo|y|mins?|hrs?))", re.IGNORECASE)


def _user_name(word: str) -> bool:
    """"noor.vaillancourt", "fennwick_mum": a user name, not an abbreviation ("e.g."), a web address ("gov.uk",
    "acme.org.uk"), a version or a reference ("v2.1", "item.3")."""
    parts = word.split(".")
    return bool(_CARD_HANDLE.fullmatch(word)) and is_handle(word) and bool(_HANDLE_MARKS.search(word)) and bool(
        _HANDLE_LETTERS.search(word)) and all(len(part) >= 3 for part in parts) and (
        len(parts) == 1 or len(parts[-1]) > 4 and not re.search(r"\d", parts[-1]))


def _card_buttons(line: str) -> bool:
    """"Like \u00b7 Reply \u00b7 2d", "Like \u00b7 \U0001F44D 214 \u00b7 Reply \u00b7 31 replies", "2d   41 likes   Reply":
    a comment's buttons, counts and age, with a Like or Reply button among them."""
    parts = [p for p in re.split(r"\s*[\u00b7\u2022|]\s*|\s{2,}", line.strip()) if p]
    dotted = bool(re.search(r"[\u00b7\u2022|]", line))  # ("Like \u00b7 Reply \u00b7 214": a bare count between the dots)
    return bool(parts) and all(_BUTTON_PART.fullmatch(p) or dotted and re.fullmatch(r"\d[\d,.]*k?", p, re.IGNORECASE)
                               for p in parts) and any(
        p.lower() in ("like", "reply") for p in parts)


# "Jo Roe Author", "Jo Roe \u2022 2nd", "Jo Roe (she/her)": a comment's name line, the network's tags after the name
_CARD_NAME_TAGS = re.compile(r"\s+(?:author|\u2022\s*(?:1st|2nd|3rd\+?|you|author|following)|\([^()]{1,20}\))$", re.IGNORECASE)
_FILE_OR_VERSION = re.compile(r"\d+\.\d+|\.[A-Za-z]{2,4}$")
_FORUM_RANK = re.compile(r"\b(?:posts?|member|moderator|admin|staff|newbie|regular)\b", re.IGNORECASE)
# when a post was signed or an event recorded: "Mar 3, 2025 at 12:40", "3 days ago"
_WHEN = rf"(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|\d{{1,3}}\s+\w+\s+ago|yesterday|today)(?:,?\s+at\s+\d{{1,2}}:\d{{2}})?"
# "\U0001F44D 87   \u2764\ufe0f 12": the reactions under a comment, symbols and counts only
_REACTIONS = re.compile(r"^(?:[^\w\s+\-]{1,3}\s*\d{1,6}\s*)+$")  # ("+1" is a reply)
# "jelte-sachs closed this as not planned on 9 Feb 2025": what the tracker records, nobody's words
# (a handle, not "Apple removed the option ...": lower case, or with a digit, "_" or "-"; and "this" or a date)
_THREAD_EVENT = re.compile(rf"^[a-z0-9][\w.\-]{{2,38}}\s+(?:closed|reopened|locked|unlocked|added|removed|assigned|unassigned"
                           rf"|labell?ed|pinned|merged|marked|referenced|linked)\s+(?:this\b[^\n]{{0,120}}|[^\n]{{0,120}}\bon\s+{_WHEN})$")
# "answered Mar 3, 2025 at 12:40": a Q&A site's signature line under a post
_SIGNED = re.compile(rf"^(?:asked|answered|edited)\s+{_WHEN}$", re.IGNORECASE)
_SIGNED_COMMENT = re.compile(rf"^(?P<text>\S.{{2,}}?)(?P<dash>\s+[\u2013\u2014-]\s+)"
                             rf"(?P<who>[\w.\-]{{3,30}}(?:\s[A-Z][\w'\u2019\-]+){{0,2}})\s+{_WHEN}$")
# "22.6k ●4 ●61 ●118": the author's reputation and badges; "57", "Accepted answer": a post's votes
_REPUTATION = re.compile(r"^[\d.,]+k?(?:\s*[\u25cf\u2022\u00b7]\s*\d+)+$")
_VOTES = re.compile(r"^(?:-?\d{1,5}|accepted answer|\d+\s+answers?\b.{0,60})$", re.IGNORECASE)
# "end-to-end-encryption    client-side-scanning    perceptual-hash": a question's tags
_TAG_LINE = re.compile(r"^[a-z0-9][a-z0-9.\-]*(?:\s{2,}[a-z0-9][a-z0-9.\-]*)+$")
_SHARE_FOLLOW = re.compile(r"\bshare\b.{0,60}\bfollow\b", re.IGNORECASE)
_POSTED = re.compile(r"\s(?:commented|replied|posted|answered|wrote)\s")
_HANDLE_STEM = re.compile(r"^[a-z]+")
_HANDLE_PARTS = re.compile(r"[a-z]{3,}")
_INTRODUCTION = re.compile(r"\b(?:I[\u2019']m|I am|[Mm]y name is|joined(?: today| here)? by)\s+(?P<first>[A-Z][a-z]+)[^\S\n]+"
                           r"(?P<last>[A-Z][a-z][\w\u2019'\-]+)\b")
_HANDLE_LETTERS = re.compile(r"[A-Za-z]{3}")  # "Draft Code (v1.0)  12 May 2025": a version, not a user
_USER_NAME = re.compile(r"[_\d]")  # "mira_d", "parent_of_3": no word of prose looks like this
# "u/ProtocolPedant \u00b7 4h": a user name the site marks as one, whatever its case
_SITE_PREFIXED = re.compile(r"^(?:#\d{1,4}\s+)?u/\w")
# ("\u2b06 1.2k   Reply": a count in thousands)
_BUTTONS = re.compile(r"^(?:(?:[\W_]|\d[\d.,]*k?\b)*\b(?:reply|replies|like|likes|share|quote|report|flag|comments?)\b)+"
                      r"(?:[\W_]|\d[\d.,]*k?\b)*$", re.IGNORECASE)


def card_name(line: str, rules) -> str | None:
    """The person a network's name line gives ("Jo Roe Author", "Jo Roe \u2022 You" -> "Jo Roe"), else None."""
    name = _CARD_NAME_TAGS.sub("", line.strip())
    tokens = name.split()
    return name if len(tokens) >= 2 and name_tokens(tokens, rules) == len(tokens) else None


class _TwoLineHeader:
    """A post header whose date stands on the line under the handle, read like a one-line header match."""

    def __init__(self, line: re.Match):
        self._line = line
        badges = [b.strip() for b in re.split(r"[\u00b7\u2022|]", line.group("badges")) if b.strip()]
        self._badge = badges[-1] if badges else None  # "Cordwain Staff \u00b7 Developer Relations": the role last

    def group(self, name: str = 0):
        if name in ("who", "person"):
            return self._line.group(name)
        if name == "badge":
            return self._badge
        return self._line.group(0) if name == 0 else None

    def start(self, name: str) -> int:
        return len(self._line.group(0))  # the whole line is the lead


# "–Oskar", "— Valeria": a post signed at its foot by the person behind a shared account
_DASH_SIGNATURE = re.compile(r"^[–—-]\s?(?P<name>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,3})$")
def _quoted_post(line: str) -> re.Match | None:
    return _AUTHOR_LINE.match(line) or _QUOTE_FROM.match(line)


def handle_of(header: re.Match) -> str:
    """The user name of a post header: the handle itself, or the one in brackets after a person's name."""
    return header.group("who") or header.group("handle")


def _bracketed_person(header: re.Match, rules) -> str | None:
    """The person a header names in brackets after the handle ("bahmadzai (Bashir Ahmadzai)"), not a badge
    ("(Maintainer)", "(Long Time Lurker)"): two to four words of a name (particles too), none of them a role, whose
    surname the handle spells ("jvdheijkant (Jorien van der Heijkant)")."""
    inside = (header.group("role") or "").strip()
    words = inside.split()
    if not 2 <= len(words) <= 4 or name_tokens(words, rules) != len(words):
        return None
    if any(w.lower() in _FORUM_BADGES or w.lower() in rules.role_words or w.lower() in rules.role_modifiers for w in words):
        return None
    surname = re.sub(r"[^a-z]", "", words[-1].lower())
    handle = re.sub(r"[^a-z]", "", (header.group("who") or "").lower())
    return inside if len(surname) >= 3 and surname in handle else None


def _badge(header: re.Match) -> str | None:
    """The role a header's badge gives ("Moderator", "[Staff]"), if any."""
    badge = header.group("badge") or header.group("tag") or header.group("role") or header.group("after")
    return badge.strip() if badge else None


def is_handle(word: str) -> bool:
    """A user name rather than a word: lower case throughout, or with an underscore or a digit."""
    return word.islower() or "_" in word or any(ch.isdigit() for ch in word)


def person_behind(handle: str, lines: list[str], introduced: dict[str, str] | None = None) -> str | None:
    """The full name a post signs with, when the handle starts with that person's first name
    ("mira_d" signing "Mira Dansereau | Trust & Safety Product Lead"); else the person the thread
    introduces by a first name the handle spells (`introduced`, from `introductions`: "kelpline_noor"
    after "I'm Noor Saffery, ...")."""
    stem = _HANDLE_STEM.match(handle.lower())
    for line in lines:
        signed = _SIGNATURE.match(line.strip())
        if stem and signed and len(stem.group(0)) >= 3 and signed.group("name").split()[0].lower().startswith(stem.group(0)):
            return signed.group("name")
    return next((introduced[part] for part in _HANDLE_PARTS.findall(handle) if part in (introduced or {})), None)


def introductions(thread: str) -> dict[str, str]:
    """First name (lower case) -> full name, for the people a thread introduces: "I'm Noor Saffery",
    "my name is ...", "joined today by Rafe Gillanders"."""
    return {m.group("first").lower(): f"{m.group('first')} {m.group('last')}" for m in _INTRODUCTION.finditer(thread)}


class ForumPasses:
    """Mixed into the segmenter: a thread of posts, each under its author's header line."""

    def _quotes_someone(self, block, quote) -> bool:
        """An attribution clause beside the quotation names a speaker ('The Commissioner, Jo Roe, told
        the committee: "..."'); 'The text says "providers of ... services"' names none."""
        after = self.attribution_after(quote)
        before = None if after else self.attribution_before(block, quote)
        who = after[2] if after else before[1] if before else None
        if who is not None and who.strip().lower() in ("he", "she", "they"):
            return True  # 'He replied "..."': someone the post tells of, found by the ordinary rules
        return who is not None and parse_speaker(who.strip(), self.rules) is not None

    def forum_author(self, i: int, clause: str) -> int | None:
        """"PetraVonk wrote:" above "> ..." lines, "Wren (staff) replied:" outside a thread of post headers: a user
        known by a user name. A capitalised word counts only with a badge or role in brackets or a quoted post
        under it ("Ofcom wrote:" is a body)."""
        match = _AUTHOR_LINE.match(clause)
        if match is None or match.group("who").lower() in self.rules.pronouns | self.rules.name_stopwords:
            return None  # "she wrote:", "they replied:"
        quoted = i + 1 < len(self.blocks) and self.blocks[i + 1].marker == ">"
        who, role = match.group("who"), match.group("role")
        badge = bool(role) and (role.lower() in _FORUM_BADGES or bool(set(role.lower().split()) & self.rules.role_words))
        if role and not badge and not is_handle(who):
            return None  # "Meta (which owns WhatsApp) replied:": a body and what it is
        if not (badge or quoted or is_handle(who)):
            return None  # ("dunlin_42 (Verified) replied:", "mapleandmoss (Edinburgh) wrote:": users, the bracket a tag)
        return self.book.resolve_known(Speaker(who, role if badge else None, None))

    def mark_signed_posts(self, lo: int, hi: int):
        """A question-and-answer site signs each post under it ("answered Mar 3, 2025 at 12:40" over the
        author's name and reputation): the post above, up to its vote count, is the author's; "text – handle
        Mar 3, 2025 at 10:02" is a comment on one line."""
        # (the signature's line may hang under the post's buttons in one block: "Share  Follow" / "asked ...")
        # (the furniture pass may have taken a signature or a comment for a dated line)
        signatures = [i for i in range(lo, hi - 1) if self.labels[i] in (None, "boilerplate")
                      and _SIGNED.match(self.btext(i).strip().splitlines()[-1])
                      and _words(self.btext(i + 1)) <= 4 and self.labels[i + 1] in (None, "boilerplate")]
        # a site's own signs: the author's reputation under the name, or the post's "Share  Follow" buttons
        # (a parliament's written answer signs "Asked 3 March 2025" under "Asked by Jo Roe" too)
        site = any(i + 2 < hi and _REPUTATION.match(self.btext(i + 2).strip()) or _SHARE_FOLLOW.search(self.btext(max(i - 1, 0)))
                   for i in signatures)
        if len(signatures) < 2 or not site:
            return
        for i in signatures:
            author = self.book.resolve_known(Speaker(self.btext(i + 1).strip(), None, None))
            block = self.blocks[i]
            signed = self.text.rfind("\n", block.start, block.end) + 1 or block.start
            self.pieces[i] = [p for p in (self.piece(block.start, signed, "boilerplate"), self.piece(signed, block.end, "lead")) if p]
            self.labels[i] = "lead"
            self.set_label(i + 1, "lead")
            if i + 2 < hi and _REPUTATION.match(self.btext(i + 2).strip()):
                self.set_label(i + 2, "boilerplate")
            j = i - 1
            while j >= lo and (self.labels[j] == "boilerplate" or self.labels[j] is None and (
                    _BUTTONS.match(self.btext(j).strip()) or _TAG_LINE.match(self.btext(j).strip()))):
                self.set_label(j, "boilerplate")  # "Share  Improve this answer  Follow", the question's tags
                j -= 1
            while j >= lo and self.labels[j] is None and not _VOTES.match(self.btext(j).strip()):
                self.set_label(j, "quote", author)
                j -= 1
            while j >= lo and self.labels[j] in (None, "headline", "boilerplate") and _VOTES.match(self.btext(j).strip()):
                self.set_label(j, "boilerplate")  # the vote count, "Accepted answer"
                j -= 1
        for i in range(lo, hi):
            comment = _SIGNED_COMMENT.match(self.btext(i)) if self.labels[i] in (None, "boilerplate") else None
            if comment:
                block = self.blocks[i]
                who = self.book.resolve_known(Speaker(comment.group("who"), None, None))
                self.pieces[i] = [p for p in (self.piece(block.start, block.start + comment.start("dash"), "quote", who),
                                              self.piece(block.start + comment.end("dash"), block.end, "lead")) if p]
                self.labels[i] = "quote"

    def mark_reader_comments(self, lo: int):
        """Readers' comments under a blog post, as blog software shows them: "Zuzana says:" over the date
        ("4 June 2024 at 21:14"), the reader's words, then a "Reply" (or "Like") button. The header is the
        lead and the words are the reader's quote; the date and the buttons stay furniture. Runs last, over
        the comments section (`lo` on) that the layout passes left as furniture, and only where the whole
        comment is there: a header, its date, up to five paragraphs of words and the button under them.
        Anything else (no button, a form, a pingback's excerpt, another reader's header) leaves it furniture."""
        i = lo
        while i < len(self.blocks) - 3:
            # ("K. Osei-Tutu says:": the initial was read as a list marker)
            line_start = self.text.rfind("\n", 0, self.blocks[i].start) + 1
            header = _COMMENT_HEADER.match(self.text[line_start:self.blocks[i].end].strip())
            if not header or not _comment_date(self.btext(i + 1)) or self.labels[i] != "boilerplate":
                i += 1
                continue
            words, end = [], None
            for j in range(i + 2, min(len(self.blocks), i + 9)):
                line = self.btext(j).strip()
                if _REPLY_BUTTON.match(line):
                    end = j
                    break
                if _COMMENT_NOISE.match(line):
                    continue  # "Post author", "In reply to Jo Roe.": the software's, between date and words
                if (self.labels[j] != "boilerplate" or self.rules.is_boilerplate_line(line) or _comment_date(line)
                        or line.endswith(":") or line.startswith(("[\u2026]", "[...]")) or len(words) == 5):
                    break  # the page's furniture, the next comment, a pingback's excerpt: no comment of its own
                words.append(j)
            if end is None or not words:
                i += 1
                continue
            self.labels[i] = "lead"
            self.pieces[i] = [p for p in [self.piece(line_start, self.blocks[i].end, "lead")] if p]
            speaker = self.book.resolve_reader(_reader(header.group("who"), self.rules))
            for j in words:
                self.set_label(j, "quote", speaker)
            i = end + 1

    def mark_comment_cards(self, lo: int, hi: int):
        """Comments under a post on a social network: the commenter's name line and headline ("Jo Roe" /
        "Security Engineer at Acme", or "Jo Roe \u2022 Security Engineer at Acme", or a handle alone,
        "noor.vaillancourt") are the lead, the lines down to the buttons ("Like \u00b7 Reply \u00b7 2d", "2d   41
        likes   Reply") their words, the buttons furniture. The buttons line must be there: a name over a role is
        also a signature."""
        for i in range(lo, hi - 1):
            if self.labels[i] is None and self._inline_card(i, hi):
                continue
            if not self.blocks[i].blank_before or self.labels[i] is not None and not (
                    self.labels[i] == "boilerplate" and _user_name(self.btext(i).strip())):
                continue  # ("noor.vaillancourt" may have been taken for a web address)
            header = self._card_header(i, hi)
            if header is None:
                continue
            name, role, first = header
            end = next((j for j in range(first, min(hi, first + 6)) if self.blocks[j].blank_before or _card_buttons(self.btext(j))), None)
            if end is None or end == first or not _card_buttons(self.btext(end)) or any(
                    self.labels[j] is not None for j in range(i + 1, end)):
                continue
            speaker = self.book.resolve(f"{name}, {role}" if role else name) if " " in name or role else (
                self.book.resolve_known(Speaker(name, None, None)))
            if speaker is None:
                continue
            block = self.blocks[i]
            tag = block.start + len(self.btext(i)) - len(self.btext(i).lstrip()) + len(name)  # "Author": the network's
            self.pieces[i] = [p for p in (self.piece(block.start, tag, "lead"), self.piece(tag, block.end, "boilerplate")) if p]
            self.labels[i] = "lead"
            for j in range(i + 1, first):
                self.set_label(j, "boilerplate" if _AGE_LINE.match(self.btext(j).strip()) else "lead")
            for j in range(first, end):
                self.set_label(j, "quote", speaker)
            self.set_label(end, "boilerplate")

    def _inline_card(self, i: int, hi: int) -> bool:
        """"noor.vaillancourt This is exactly how I got out too." over "2d   41 likes   Reply": a photo site's
        comment, the user name and the words on one line."""
        text = self.btext(i)
        handle = _INLINE_HANDLE.match(text)
        if not handle or not _user_name(handle.group(1)) or (
                i + 1 >= hi or self.blocks[i + 1].blank_before or not _card_buttons(self.btext(i + 1))):
            return False
        speaker = self.book.resolve_known(Speaker(handle.group(1), None, None))
        start = self.blocks[i].start
        self.pieces[i] = [p for p in (self.piece(start, start + handle.end(1), "lead"),
                                      self.piece(start + handle.end(), self.blocks[i].end, "quote", speaker)) if p]
        self.labels[i] = "quote"
        self.set_label(i + 1, "boilerplate")
        return True

    def _card_header(self, i: int, hi: int) -> tuple[str, str | None, int] | None:
        """(name, role, first line of the words) for a comment's header at `i`."""
        line = self.btext(i).strip()
        name, role, first = card_name(line, self.rules), None, i + 1
        if name is not None and i + 1 < hi and not self.blocks[i + 1].blank_before and self.labels[i + 1] is None and (
                not _AGE_LINE.match(self.btext(i + 1).strip())):
            role = self.btext(i + 1).strip()  # "Jo Roe" over "Security Engineer at Acme"
            if _words(role) > 16 or role.endswith((".", "?", "!")):
                return None
            first = i + 2
        elif name is None and " \u2022 " in line:
            left, right = (part.strip() for part in line.split(" \u2022 ", 1))
            name = card_name(left, self.rules)
            if name is None or _words(right) > 16 or right.endswith((".", "?", "!")):
                return None
            role = right  # "Jo Roe \u2022 Security Engineer at Acme"
        elif name is None and _user_name(line):
            name = line  # "noor.vaillancourt": a user name alone
        if name is None:
            return None
        if first < hi and _AGE_LINE.match(self.btext(first).strip()) and not self.blocks[first].blank_before:
            first += 1  # "2d" under the name: when the comment was posted
        return name, role, first

    def _ranked(self, i: int) -> bool:
        """A header line with a person or badge, or a rank line under a handle ("Member \u00b7 212 posts")."""
        line = _USER_LINE.match(self.btext(i).strip())
        when = _WHEN_LINE.match(self.btext(i).strip())
        return bool(line and (line.group("person") or line.group("badges").strip())) or bool(
            when and _FORUM_RANK.search(when.group("meta")))

    def _two_line_header(self, i: int) -> bool:
        """A handle on a line of its own, the date on the next line with no blank line between."""
        line = _USER_LINE.match(self.btext(i).strip()) if self.labels[i] in (None, "boilerplate", "headline") else None
        when = _WHEN_LINE.match(self.btext(i + 1).strip()) if line and not self.blocks[i + 1].blank_before else None
        # ("KwameB" is a user name when the line under it gives a forum rank or a post count)
        if not when or _FILE_OR_VERSION.search(line.group("who")):
            return False  # ("android-7.12.0" or "consultation_paper.pdf" over a date: a release or a document)
        return bool(_HANDLE_LETTERS.search(line.group("who"))) and (
            is_handle(line.group("who")) or bool(_FORUM_RANK.search(when.group("meta") + (when.group("after") or ""))))

    def _dash_signer(self, body: list[int]) -> int | None:
        """The person a post's last line signs for ("–Valeria" under a shared account's post), known in full
        from the page where it says so ("Valeria de la Cruz Montoya, Head of Trust & Safety (signs as –Valeria)")."""
        signed = _DASH_SIGNATURE.match(self.btext(body[-1]).strip()) if body else None
        if signed is None:
            return None
        name = signed.group("name")
        if not re.search(rf"\bsign(?:s|ing)?\s+(?:as|off as|with)\s*[\u2013\u2014-]?\s*{re.escape(name)}\b", self.text):
            return None  # ("\u2013Cheers", "\u2013Bruce": a sign-off, or a name the page never says stands for someone)
        full = self.book.given_name(name) if " " not in name else name
        return self.book.resolve_known(Speaker(full or name, None, None))

    def mark_forum_posts(self, lo: int, hi: int):
        """Two or more post headers make a thread: each header is a lead and the paragraphs under it,
        down to the next header or the site's furniture, are its author's quote."""
        # (the first header may stand right under the title, taken for a subtitle)
        headers = {i: m for i in range(lo, hi)
                   if self.labels[i] in (None, "boilerplate", "headline") and (m := _POST_HEADER.match(self.btext(i).strip()))
                   and (is_handle(handle_of(m)) or _SITE_PREFIXED.match(m.group(0))) and _HANDLE_LETTERS.search(handle_of(m))}
        two_line = {i for i in range(lo, hi - 1) if i not in headers and i + 1 not in headers and self._two_line_header(i)}
        if two_line and not any(_BUTTONS.match(self.btext(j).strip()) or _quoted_post(self.btext(j).strip())
                                or self._ranked(j) for j in range(lo, hi)):
            two_line = set()  # names over dates with nothing of a forum about them: a list, not a thread
        headers.update({i: _TwoLineHeader(_USER_LINE.match(self.btext(i).strip())) for i in two_line})
        if len(headers) < 2 or not any(_USER_NAME.search(handle_of(m)) or "[" in m.group(0) or _POSTED.search(m.group(0))
                                       for m in headers.values()):
            return  # a timetable ("opens  12 May" / "closes  30 June") is no thread: one handle must look like one,
            # or a header say that someone commented
        for i in two_line:
            self.set_label(i + 1, "boilerplate")  # when it was posted
        order = sorted(headers)
        posts = {i: range(i + 1, order[n + 1] if n + 1 < len(order) else hi) for n, i in enumerate(order)}
        # a handle's posts are one person's: the name a signature under any of them gives
        lines: dict[str, list[str]] = {}
        for i, post in posts.items():
            lines.setdefault(handle_of(headers[i]), []).extend(self.btext(j) for j in post)
        introduced = introductions(self.text[self.blocks[lo].start : self.blocks[hi - 1].end] if hi > lo else "")
        named: dict[str, re.Match] = {}
        for m in headers.values():  # the header that names the person behind the handle, if any does
            known = named.get(handle_of(m))
            if not known or not (known.group("person") or _bracketed_person(known, self.rules)):
                named[handle_of(m)] = m

        def speaker_of(handle: str, found: list[str]) -> Speaker:
            header = named[handle]
            person = _bracketed_person(header, self.rules)  # "bahmadzai (Bashir Ahmadzai) commented on ..."
            if person:
                return Speaker(person, header.group("after"), None)
            return Speaker(header.group("person") or person_behind(handle, found, introduced) or handle, _badge(header), None)

        authors = {handle: self.book.resolve_known(speaker_of(handle, found)) for handle, found in lines.items()}
        for i, post in posts.items():
            body = [j for j in post if self.labels[j] is None]
            author = authors[handle_of(headers[i])]
            block = self.blocks[i]
            indent = len(self.btext(i)) - len(self.btext(i).lstrip())
            when = block.start + headers[i].start("when") + indent
            if headers[i].group("score"):
                # "u/jo_roe · 412 points · 3h": the name is the lead, the score with the time furniture
                when = block.start + indent + headers[i].end("who")
            # the post number is a marker outside every segment, like a list bullet
            after_number = block.start + indent + len(headers[i].group("number") or "")
            self.pieces[i] = [p for p in (self.piece(after_number, when, "lead", strip="\u00b7\u2022|"),
                                          self.piece(when, block.end, "boilerplate")) if p]
            self.labels[i] = "lead"
            quoted = None
            signer = self._dash_signer(body)
            if signer is not None:
                # "–Oskar" under a team account's post: the person who signs it wrote it
                author = signer
            for j in body:
                text = self.btext(j).strip()
                if signer is not None and j == body[-1]:
                    self.pieces[j] = [p for p in (self.piece(self.blocks[j].start, self.blocks[j].end, "lead",
                                                             strip="\u2013\u2014- "),) if p]
                    self.labels[j] = "lead"  # the dash is a mark before the name, like a bullet
                    continue
                reply = _quoted_post(text)
                if reply:
                    # the post quoted in a reply is its own author's, for the paragraph under the line
                    self.set_label(j, "lead")
                    quoted = self.book.resolve_known(Speaker(reply.group("who"), None, None))
                    continue
                quotes = find_quotes(self.text, self.blocks[j].start, self.blocks[j].end)
                if quotes and (text[:1] in ALL_MARKS or any(self._quotes_someone(self.blocks[j], q) for q in quotes)):
                    continue  # a quotation the post opens with or attributes ('X told the committee: "..."'):
                    # the ordinary rules; a phrase in quotation marks in the post's own sentence is the author's
                if _SIGNATURE.match(text) or _BUTTONS.match(text) or _REACTIONS.match(text) or all(
                        _THREAD_EVENT.match(line.strip()) for line in text.splitlines()):
                    # a signature, or the post's buttons and counts ("\u2665 212   \u21a9 Reply")
                    self.set_label(j, "boilerplate")
                    continue
                self.set_label(j, "quote", quoted if quoted is not None else author)
                quoted = None
