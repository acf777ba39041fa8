"""The speakers of one statement: resolve attribution phrases, pronouns and surnames to stable ids."""

from __future__ import annotations

import re

from .attribution import RELATIVES, Speaker, name_tokens, parse_speaker, unit_owner
from .config import SegmenterRules

_NAME_WINDOW = 500
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'\u2019&\-]+(?:[ ][A-Z][\w'\u2019&\-]+){0,2}")
_CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# a lone capitalised word then "who": a person known by one name (a body takes "which")
_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w'\-]*[\w]")
# a capitalised word opening a sentence, a verb after it: "Roe began with history." (not "the Code of Criminal Procedure")
_SENTENCE_SUBJECT = re.compile(r"(?P<word>[A-Z][\w'\-]*\w)\s+[a-z]")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+")
_SENTENCE_OR_LINE = re.compile(r"(?<=[.!?])\s+|\n+")
# "our Executive Director, Dr Jo Roe" and "Roe, our head of policy"
_OURS = re.compile(r"\b[Oo]ur\s+(?:(?P<described>[^,.;:\n]{1,60}?),|(?P<lower>(?:[a-z][\w\-]*\s+){0,4}[a-z][\w\-]*))"
                   r"\s+(?P<who>(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w\-]+)")
_OURS_AFTER = re.compile(r"\b(?P<who>[A-Z][\w\-]+),\s+our\s+(?P<described>(?:[\w\-]+\s+){0,4}[\w\-]+)")


def _person_in_office(text: str, role: str, rules: SegmenterRules, extended: bool = False) -> str | None:
    """The person `text` names with `role` ("the Deputy Commissioner, Jo Roe,", "Commissioner Jo Roe"; with
    `extended`, "Commissioner of Police Jo Roe" too)."""
    # ("Tariq al-Hassani", "Sanne van der Berg": a surname after its particles)
    particles = rules.particle_alternation
    # (the particles' surname ends the apposition: not "Andrei Rodrigues da Policia" of "... da Policia Federal")
    name = (rf"((?:[A-Z][\w.'\u2019\-]*\s+){{1,4}}(?:(?:{particles})(?:\s+|-))+[A-Z][\w'\u2019\-]+(?=\s*[,;()])"
            rf"|(?:[A-Z][\w.'\u2019\-]*\s+){{1,4}}[A-Z][\w'\u2019\-]+)")
    office = re.escape(role).replace(r"\ ", r"\s+")
    of = r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w\-]+)?" if extended else ""
    for pattern in (rf"\b{office}\b[^.;:()]{{0,60}}?,\s+{name}", rf"\b{office}{of}\s+{name}"):
        for match in re.finditer(pattern, text, re.IGNORECASE if role.islower() else 0):
            tokens = match.group(1).split()
            given = [t for t in tokens if t.lower().rstrip(".") not in rules.name_titles]
            if name_tokens(tokens, rules) == len(tokens) and len(given) > 1:
                return match.group(1)
    return None


_UPPER = "[A-Z\u00c0-\u00d6\u00d8-\u00de]"  # a capital, accented ones too ("\u00c9lodie")


# up to three capitalised words (initials too) on one line, ending where a surname starts
# (\Z, not $: "$" also matches before a line's final newline, and a name never runs across lines)
# a nickname in quotation marks may stand among them ("Ernesto 'Boyet' M. Lualhati")
_WORDS_BEFORE = re.compile(rf"\b(?:['\u2018\u201c\"]?{_UPPER}[\w'\u2019\u201d\"\-]+[^\S\n]+|{_UPPER}\.[^\S\n]*){{1,3}}\Z")
_NEXT_NAME_WORD = re.compile(r"[^\S\n]+([A-Z][\w'\u2019\-]+)\b")
# "Odalys Fenchurch, who has led ...", "Juniper Okwuosa is the director of ...": a person introduced
_INTRODUCED = re.compile(r"^(?P<name>(?:[A-Z][\w.'\u2019\-]*\s+){1,3}[A-Z][\w'\u2019\-]+)"
                         r"(?:,\s+who\b|\s+(?:is|has been)\s+(?:the|our|its)\b)")
_FORMER = re.compile(r"\b(?:was|were|had been|until|former|formerly|ex-|whose)\b", re.IGNORECASE)
_LEADS = re.compile(r"\b(?:leads|led|heads|headed|runs|ran|chairs|chaired|directs|directed|founded)\b")
# "the Commissioner", "the Deputy Data Protection Commissioner": a definite description of an office
_ROLE_ONLY = re.compile(r"^(?:the|our)\s+(?P<role>(?:[\w\-]+\s+){0,3}(?P<head>[\w\-]+))$", re.IGNORECASE)
_AGE = re.compile(r"^(?:aged\s+)?\d{1,2}$")


# "Special Agent in Charge Jo Roe": a word after these ends an office rather than starting a name
_LINK_WORDS = {"in", "of", "for", "at", "and", "to", "the"}
_OWN_SUBJECT = re.compile(r"^(?:The|Our)\s+([\w\-]+?)(?:['\u2019]s)?\b")
_PORTFOLIO_BEFORE = re.compile(r"\b(?:for|of|in)\s+(?:\S+\s+){0,2}\Z")  # "for Digital " just before the word
_ITS_OFFICE = re.compile(r"^its\s+(?P<role>(?:[\w\-]+\s+){0,3}[\w\-]+)$", re.IGNORECASE)
# ", a photographer from Cantoria," / ", a retired teacher who ...": the apposition's head noun
_APPOSITION = re.compile(r"^,\s+an?\s+(?:[a-z][\w\-]*\s+){0,3}(?P<head>[a-z][\w\-]*)(?=\s+(?:from|in|at|of|who|whose|with|based)\b|\s*[,.;])")
_AGED = re.compile(r"^[A-Z][\w'\u2019\-]*\*?,\s*(?:aged\s+)?\d{1,2},")


def _person_clause_speaker(phrase: str) -> Speaker:
    """"Tove, 27, campaign volunteer" -> Tove, role "campaign volunteer"; "Sarah, not her real name" -> Sarah."""
    parts = [part.strip() for part in phrase.strip().split(",")]
    ages = [i for i, part in enumerate(parts) if _AGE.match(part)]
    role = ", ".join(p for p in parts[ages[0] + 1:] if p) if ages else ""
    return Speaker(parts[0].split()[0].rstrip("*"), role or None, None)  # "Saoirse*": a changed name


_PERSON_CLAUSE = re.compile(  # ("On 30 June you wrote": a date, not "Tove, 27")
    r"^(?!(?:On|In|At|By|For|From|Since|Until|After|Before|During|Of|To|The|This|That|Last|Next|Every)\b)"
    r"[A-Z][\w'\u2019\-]*\*?,?\s+(?:who\b|whose\b|is (?:aged |now )?\d{1,2}(?:,|\s+and\b|\.(?!\d)|$)|\(?not (?:her|his|their) real name|aged \d|\d{1,2}\b"
    # "Solwen, now 24, who ...", "Solwen is a pseudonym"
    r"|now (?:aged )?\d{1,2}(?=,|\s+and\b|\.(?!\d))|is a pseudonym\b|an?\s+\d{1,2}-year-old\b"  # "Adjoa, a 19-year-old advocate"
    # "Harriet, a member of the Network who spoke on condition that her surname was not used"
    r"|an? [a-z][^\n]{0,120}?\b(?:her|his|their) (?:surname|family name|last name|full name|real name)\b"
    rf"|[A-Z][\w\-]*['\u2019]s {RELATIVES}\b|an? (?:{RELATIVES}|survivor|teenager|student|pupil|\d{{1,2}}-year-old\b"
    # "a sixteen-year-old from Fenholt", not "a five-year-old start-up"
    rf"|[a-z]{{3,9}}(?:-[a-z]{{3,5}})?-year-old(?=,|\s+(?:from|at|in|who|girl|boy|woman|man|student|pupil|{RELATIVES})\b))\b)")


# particles that only ever stand before a surname, whatever their case ("N\u00ed Dhubhghaill", "\u00d3 S\u00e9")
_SURNAME_ONLY_PARTICLES = {"N\u00ed", "Nic", "\u00d3", "U\u00ed", "Mhic"}


def _key(name: str, titles: tuple[str, ...]) -> str:
    """A name for comparison: lower case, without dots or leading titles."""
    name = name.lower().replace(".", "")
    for title in titles * 3:  # titles stack: "assistant commissioner"
        if name.startswith(title) and len(name.split()) > 1:
            name = name[len(title):]
    return name.strip()


# words that open a sentence or a phrase before a paper's name, not part of it ("In The Post's editorial")
_OPENERS = {"In", "On", "At", "By", "From", "For", "To", "With", "Yesterday", "Today", "Last", "This", "That",
            "And", "But", "As", "When", "While", "Since", "After", "Before", "Both", "Neither", "Unlike", "Like"}


class SpeakerBook:
    """Speakers in order of appearance; `resolve()` returns an id or None."""

    def __init__(self, rules: SegmenterRules, text: str = "", publisher: str | None = None):
        self.rules = rules
        self.text = text
        self.publisher = publisher
        self.speakers: list[Speaker] = []
        self.last: int | None = None
        # Lookups that would otherwise rescan every speaker (or the whole text) on each attribution:
        # a transcript with thousands of turns stays linear. A named speaker's surname never
        # changes (a longer name is only taken when the surnames agree), so the index stays true.
        self._keys: dict[str, str] = {}
        self._by_surname: dict[str, list[int]] = {}
        self._unnamed: list[int] = []
        self._indexed = 0
        self._org_for_noun: dict[str, str | None] = {}
        self._full_orgs: dict[str, str] = {}
        self._full_names: dict[str, str | None] = {}
        self._longer_names: dict[str, str | None] = {}
        self._given_names: dict[str, str | None] = {}
        self._capitals_names: dict[str, str | None] = {}
        self._with_role: dict[str, str | None] = {}
        self._one_name_people: dict[str, bool] = {}
        self._publisher_body: bool | None = None
        self.news_words = {w.lower() for w in rules.data.get("news_publisher_words", ())}

    def _key(self, name: str) -> str:
        if name not in self._keys:
            self._keys[name] = _key(name, self.rules.reference_titles)
        return self._keys[name]

    def _surname(self, name: str) -> str:
        key = self._key(name)
        return key.split()[-1] if key.split() else key

    def _index(self) -> None:
        """Index the speakers added since the last call (some passes append to `speakers` directly)."""
        for index in range(self._indexed, len(self.speakers)):
            known = self.speakers[index]
            if known.name:
                self._by_surname.setdefault(self._surname(known.name), []).append(index)
            else:
                self._unnamed.append(index)
        self._indexed = len(self.speakers)

    def _find(self, found: Speaker) -> int | None:
        """The first known speaker `found` names: same name, or same surname when either is a surname alone."""
        self._index()
        if found.name:
            a = self._key(found.name)
            for index in self._by_surname.get(self._surname(found.name), ()):
                b = self._key(self.speakers[index].name)
                if a == b or len(a.split()) == 1 or len(b.split()) == 1 or self._surname_with_particles(a, b):
                    return index
            return None
        for index in self._unnamed:
            known = self.speakers[index]
            if not found.org and not known.org:
                if found.role and (found.role or "").lower() == (known.role or "").lower():
                    return index  # "PRESENTER" again
            elif found.org and known.org:
                if found.org.lower() == known.org.lower() and (found.role or "") == (known.role or ""):
                    return index
        return None

    def _surname_with_particles(self, a: str, b: str) -> bool:
        """"van der brugge" and "liesbeth van der brugge": one is the other's surname with its particles."""
        short, full = sorted((a.split(), b.split()), key=len)
        return (len(short) < len(full) and full[-len(short):] == short
                and all(word in self.rules.particles for word in short[:-1]))

    def _by_reference(self, phrase: str) -> int | None:
        """Pronouns, "the minister", a bare surname: someone already quoted."""
        lowered = phrase.lower().strip(" ,.")
        if lowered in self.rules.pronouns and lowered not in ("we", "i") and " " not in lowered:
            return self.last
        words = lowered.split()
        office = " ".join(words[1:] if words[:1] == ["the"] else words)
        # "THE CORONER:" is the one whose office is "Coroner", not "Counsel assisting the Coroner"; "COUNSEL
        # ASSISTING:" is the one whose office begins so (the phrase itself must name no person: parsed last,
        # and only for a match, since most phrases match no one's office)
        holder = next((index for index in reversed(range(len(self.speakers))) if office and self.speakers[index].name
                       and (role := (self.speakers[index].role or "").lower())
                       and (role == office or len(office.split()) >= 2 and role.startswith(office + " "))), None)
        if holder is not None and ((parsed := parse_speaker(phrase, self.rules)) is None or not parsed.name):
            return holder
        if len(words) <= 3 and words and words[0] == "the":
            for index in reversed(range(len(self.speakers))):
                known = self.speakers[index]
                text = " ".join(filter(None, [known.role, known.org])).lower()
                if words[-1] in text:
                    return index
        if 2 <= len(words) <= 3 and words[0] == "the" and words[-1] in self.rules.role_words | self.rules.name_titles:
            # "the Commissioner said" after "The Data Privacy Commissioner, Ms. Jo Roe, ..." (never quoted before)
            office = phrase.strip(" ,.").split()[-1]
            name = self._named_with_role(office)
            if name:
                index = self._add(parse_speaker(name, self.rules) or Speaker(name, None, None))
                self.speakers[index].role = self.speakers[index].role or office  # "the Minister": her office
                return index
        paper = phrase.strip(" ,.").split()[-1] if len(words) == 2 and words[0] == "the" else ""
        if paper[:1].isupper() and words[1] in self.news_words and (full := self.full_org(paper)) != paper:
            return self._add(Speaker(None, None, full))  # "The Post said:" after "The Northern Post: ..."
        rank = phrase.strip(" ,.").split()[-1] if len(words) == 2 else ""
        if words[:1] == ["the"] and re.fullmatch(r"[A-Z]{2,4}", rank):
            name = self._ranked_person(rank)  # "the CP said" after "CP Jo Roe": a rank's initials
            if name:
                return self._add(parse_speaker(name, self.rules) or Speaker(name, None, None))
        if len(words) == 2 and words[0] == "the" and (words[1] in self.rules.generic_orgs or words[1] in self._publisher_words()) and (
                words[1] not in self.rules.leading_offices):  # "the Commissioner" of the "Office of the Commissioner": a person
            for index in reversed(range(len(self.speakers))):
                known = self.speakers[index]
                if not known.name and known.org and words[1] in known.org.lower():
                    return index
            org = self.org_for_noun(words[1])
            if org:
                return self._add(Speaker(None, None, org))
        if lowered in self.rules.pronouns:
            return self.last  # "the company", "the minister" that nothing above resolved: whoever spoke last
        if len(words) == 1:
            self._index()
            named = self._by_surname.get(lowered)
            if named:
                return named[0]
        return None

    def _ranked_person(self, rank: str) -> str | None:
        """The person the text names with the initials of a rank before the name ("CP Jo Roe"); None when
        the initials name a body somewhere ("a spokesperson for the BBC", "the NCA's", "NCA Director Jo Roe")."""
        if re.search(rf"\b(?:for|of|at|from|by|with|and)\s+the\s+{rank}\b|\b{rank}['\u2019]s\b|\bthe\s+{rank}\s+and\b", self.text):
            return None
        for match in re.finditer(rf"\b{rank}[^\S\n]+((?:[A-Z][\w.'\u2019\-]*[^\S\n]+){{1,3}}[A-Z][\w'\u2019\-]+)", self.text):
            tokens = match.group(1).split()
            first = tokens[0].lower().rstrip(".")
            if name_tokens(tokens, self.rules) == len(tokens) and first not in self.rules.name_titles | self.rules.role_words:
                return match.group(1)
        return None

    def _named_with_role(self, role: str) -> str | None:
        """The person the text names beside `role` ("the Commissioner, Ms. Jo Roe," or "Commissioner Jo Roe")."""
        if role not in self._with_role:  # each search reads the whole text: once per role and statement
            self._with_role[role] = _person_in_office(self.text, role, self.rules)
        return self._with_role[role]

    def last_surname(self, context: str) -> int | None:
        """The named speaker whose surname `context` mentions last ("Roe rejected the comparison")."""
        self._index()
        for match in reversed(list(_CAPITALISED_WORD.finditer(context))):
            named = self._by_surname.get(match.group(0).lower())
            if named:
                return named[0]
        return None

    def surname_named_in_full(self, context: str) -> str | None:
        """The surname that opens the last sentence of `context` with a subject of its own ("Roe began with
        history. She reminded ..." after "... by Ann Roe, Professor of ..."), when the text elsewhere gives
        it in full, for "she said"; None when that sentence's subject is anyone else ("Afterwards the
        director spoke ...")."""
        for sentence in reversed(_SENTENCE_SPLIT.split(context.strip())):
            first = sentence.split(maxsplit=1)[0] if sentence.strip() else ""
            if first.lower() in self.rules.pronouns:
                continue  # "She reminded the audience ...": the same person, said again
            subject = _SENTENCE_SUBJECT.match(sentence)
            if subject is None:
                return None
            word = subject.group("word")
            name = self.full_name(word)
            if name and name.split()[-1] == word and len(self._key(name).split()) > 1:
                return word
            return None
        return None

    def is_publisher(self, name: str) -> bool:
        """`name` is the publisher's name as written ("Juniper Line"), which may look like a person's."""
        return bool(self.publisher) and name.strip(" ,.;:").lower() == self.publisher.lower()

    def publisher_named_as_body(self) -> bool:
        """The text names the publisher as a body somewhere ("Chief Executive of Juniper Line", "contact Juniper
        Line"), so a name that reads like a person's ("Juniper Line") is not one."""
        if self._publisher_body is None:
            self._publisher_body = bool(self.publisher) and re.search(
                rf"\b(?:of|at|for|from|join|joins|contact|supports?)\s+(?:the\s+)?{re.escape(self.publisher)}\b", self.text) is not None
        return self._publisher_body

    def _publisher_words(self) -> set[str]:
        return {w.lower() for w in (self.publisher or "").split()}

    def full_org(self, short: str) -> str:
        """"Windrose" -> "Windrose Messaging Ltd" when the text names the company in full (its last word
        a company's legal form: Ltd, Inc, Labs ...; a product, "Sablewire Messenger", is no fuller
        name); else `short` as it is."""
        if short not in self._full_orgs:
            self._full_orgs[short] = self._find_full_org(short)
        return self._full_orgs[short]

    def _find_full_org(self, short: str) -> str:
        if re.fullmatch(r"[A-Z]{2,6}", short):
            # "the CCA" after "the Cassovan Communications Authority (CCA)": the words before the
            # bracket whose capitals spell it
            for match in re.finditer(rf"\({short}\)", self.text):
                words = self.text[max(0, match.start() - 200) : match.start()].split("\n")[-1].split()[-10:]
                for k in range(len(words) - 1, -1, -1):
                    part = words[k:]
                    if part[0][:1].isupper() and "".join(w[0] for w in part if w[:1].isupper()) == short:
                        return " ".join(part).rstrip("'\u2019,")
        if " " not in short and short.lower() in self.news_words:
            # "the Ledger" after "The Morning Ledger: ...": a paper's short name, the full one written in the text
            # (the publisher's own first: "The Echo said" on the Fenmouth Echo's site, whatever else is an Echo)
            if (self.publisher or "").split()[-1:] == [short]:
                return self.publisher
            found = (re.sub(r"^(?:The|A|An|Its|This|That|Our|Their)\s+", "", m.group(0)) for m in re.finditer(
                rf"\b(?:[A-Z][\w'\u2019\-]*[^\S\n]+){{1,2}}{re.escape(short)}\b", self.text))
            fuller = {name for name in found if name != short and name.split()[0] not in _OPENERS}
            if len(fuller) == 1:
                return fuller.pop()
        pattern = re.compile(rf"\b{re.escape(short)}((?:[^\S\n]+[A-Z][\w&'\u2019\-]*\.?){{1,3}})")
        for match in pattern.finditer(self.text):
            words = match.group(0).split()
            for end in range(len(words), 1, -1):  # "Sandpiper Labs told" -> "Sandpiper Labs"
                form = words[end - 1].lower().strip(".,")
                # a kind of company right after the name ("Quartzfall Games"), not further on ("Google Play Games")
                if form in self.rules.company_forms or end == 2 and form in self.rules.company_kinds:
                    return " ".join(words[:end]).rstrip(",")
        return short

    def org_for_noun(self, noun: str) -> str | None:
        """"agency" -> the publisher when its name has the word, else the first "... Agency" in the text."""
        if noun not in self._org_for_noun:
            self._org_for_noun[noun] = self._find_org_for_noun(noun)
        return self._org_for_noun[noun]

    def _find_org_for_noun(self, noun: str) -> str | None:
        publisher = re.sub(r"\s*\([^()]*\)$", "", self.publisher or "") or None  # "Centre (Halvaria)"
        if noun.lower() in self._publisher_words():
            return publisher
        word = r"[A-Z][\w'\u2019\-]*"
        pattern = re.compile(  # "National Crime Agency", "Ministry of Home Affairs", "Interior Ministry"
            rf"\b((?:(?!(?:The|A|An|This|That)\b){word}[^\S\n]+){{0,5}}{re.escape(noun.capitalize())}"  # within a line
            rf"(?:[^\S\n]+(?:of|for)(?:[^\S\n]+the)?[^\S\n]+{word}(?:[^\S\n]+(?:and[^\S\n]+)?{word}){{0,4}})?)\b"
        )
        for match in pattern.finditer(self.text):
            if len(match.group(1).split()) > 1:
                return match.group(1)
        # "Harmattan Labs, the Port Ubari-based company that develops Kora": a name the text calls a company
        appositive = re.search(rf"\b((?:{word}\s+){{0,4}}{word}),\s+(?:the|a|an)\s+[^,.;]{{0,60}}?\b{re.escape(noun.lower())}\b",
                               self.text)
        if appositive and appositive.group(1).split()[0] not in ("The", "A", "An"):
            return appositive.group(1)
        if self.home_org() is None and self.publisher:
            # a news story's "the company": the body the story names most, never the newspaper itself
            return self._salient_body() or None
        # no body of that kind is named in the text: in a press release it is the publisher
        return publisher

    def _salient_body(self) -> str | None:
        """The capitalised name (not a person's, not the publisher's) a story mentions most often."""
        if not hasattr(self, "_salient"):
            self._salient = self._find_salient_body()
        return self._salient

    def _find_salient_body(self) -> str | None:
        publisher = {w.lower() for w in (self.publisher or "").split()}
        counts: dict[str, int] = {}
        common = set(re.findall(r"\b[a-z][\w'\u2019\-]*", self.text))  # words the text also writes in lower case
        for match in _CAPITALISED_RUN.finditer(self.text):
            name = match.group(0)
            words = name.split()
            if words[0].lower() in common:
                continue  # "The", "But", "Police": a capital only because a sentence or heading starts there
            lowered = {w.lower() for w in words}
            if lowered & publisher or lowered & self.rules.name_stopwords or lowered <= _CALENDAR:
                continue
            if name_tokens(words, self.rules) == len(words) and len(words) > 1:
                continue  # a person
            counts[name] = counts.get(name, 0) + 1
        best = max(counts.items(), key=lambda item: item[1], default=(None, 0))
        return best[0] if best[1] >= 2 else None

    def _anonymous_voice(self, role: str | None) -> bool:
        """"spokesperson", "senior departmental official": a role that speaks for a body, not a person."""
        words = (role or "").lower().split()
        return bool(words) and words[-1] in self.rules.spokesperson and words[-1] != "statement"

    def home_org(self) -> str | None:
        """The publisher as the text names it: "Department of Home Affairs" for "Department of Home
        Affairs of Kestrel Isles" when only the shorter name occurs; None for a news publisher, whose
        unnamed sources are not its own staff."""
        publisher = re.sub(r"\s*\([^()]*\)$", "", self.publisher or "")
        words = publisher.split()
        if not words or {w.lower() for w in words} & self.news_words:
            return None
        for end in range(len(words), 1, -1):
            if words[end - 1].lower() in ("of", "for", "and", "the", "on", "in"):
                continue  # ("Ministry of" is no shorter name of the "Ministry of Security and Resilience")
            if " ".join(words[:end]) in self.text:
                return " ".join(words[:end])
        return publisher

    def longer_name(self, name: str) -> str | None:
        """"Nurul Aisyah" -> "Nurul Aisyah Kamarudin", where the text names the person with one more name."""
        if name not in self._longer_names:  # found from the name's occurrences: no pattern compiled per name
            self._longer_names[name] = None
            found = self.text.find(name)
            while found != -1 and self._longer_names[name] is None:
                after = _NEXT_NAME_WORD.match(self.text, found + len(name))
                if after and (not found or not self.text[found - 1].isalnum()):
                    tokens = name.split() + [after.group(1)]
                    if name_tokens(tokens, self.rules) == len(tokens):
                        self._longer_names[name] = " ".join(tokens)
                found = self.text.find(name, found + 1)
        return self._longer_names[name]

    def _given_name_before(self, surnames: str) -> str | None:
        """"said Irarrázaval Fuenzalida" after "Prosecutor Catalina Irarrázaval Fuenzalida": two surnames,
        the given name the text put before them."""
        if len({words.split()[-1] for words in self._words_before(surnames)}) > 1:
            return None  # "Gabriel García Márquez" and "President Leonor García Márquez": which one is unsure
        full = self.full_name(surnames)
        tokens = full.split() if full else []
        if len(tokens) != 3 or name_tokens(tokens, self.rules) != 3 or tokens[0].isupper():
            return None  # ("KM Kasia Roe", "CP Jo Roe": initials or a rank, not a given name)
        given = tokens[0].lower().rstrip(".")
        position = self.text.find(full)
        if (position == 0 or self.text[position - 1] == "\n") and re.match(r" [a-z]", self.text[position + len(full):]):
            return None  # "Singer Jo Roe joins ..." opening a line: a capital by position, not a given name
        before = self.text[:position].split()[-1:]
        if self.rules.is_title(given) or given in self.rules.role_words or before and (
                before[0].lower() in _LINK_WORDS
                or before[0][:1].isupper() and before[0].lower() in self.rules.role_modifiers
                and before[0].lower() not in self.rules.org_words and _PORTFOLIO_BEFORE.search(self.text[:position])):
            # ("for Digital Sovereignty Matti Aaltonen": the last word of a portfolio, not a given name; "Chief
            # executive Pilar Gómez Ruiz" keeps hers)
            return None  # ("Special Agent in Charge Jo Roe": the last word of an office)
        return full

    def _titled_in_full(self, found: Speaker) -> Speaker:
        """"Rev Tregowan" -> "Jenna Tregowan" where the text named "Rev Jenna Tregowan" before: a title that
        is no reference title ("Pastor Roe" is not "Jo Roe, the MP") finds the name given with the same title."""
        title, surname = found.name.split()
        if title.lower().rstrip(".") not in self.rules.courtesy_titles or len(self._key(found.name).split()) != 2:
            return found  # (a reference title, "Dr Roe", is looked up by the surname alone)
        full = self.full_name(surname)
        if not full or not (full.split()[0] == title and len(full.split()) > 2 or f"{title} {full}" in self.text):
            return found
        return parse_speaker(full, self.rules) or found

    def full_name(self, surname: str) -> str | None:
        """"Saarinen" -> "Helmi Saarinen", from the first place the text names the person in full."""
        if surname not in self._full_names:
            self._full_names[surname] = self._find_full_name(surname)
        return self._full_names[surname]

    def _find_full_name(self, surname: str) -> str | None:
        # The first match, found from the surname's occurrences: a scan of the whole text per
        # surname is quadratic in a transcript naming thousands of people. The words before each
        # occurrence are read with one pattern compiled once (a pattern per surname cost more to
        # compile than to run: a tenth of the segmenter's time).
        for words in self._words_before(surname):
            tokens = (words + surname).split()
            for offset in range(len(tokens) - 1):
                # ("Dr N\u00ed Dhubhghaill" is a title and a surname with its particle, not the name in full)
                # (only a particle that cannot be a given name: "van", "al" in lower case, Irish "N\u00ed", "\u00d3";
                # not "Al Gore", "Van Jones", "Mac Thornberry")
                given = [t for t in tokens[offset:] if not self.rules.is_title(t)
                         and not (t.lower() in self.rules.particles and (t.islower() or t in _SURNAME_ONLY_PARTICLES))]
                # "Minister Belhumeur" is a title and the surname again, not the name in full
                if name_tokens(tokens[offset:], self.rules) == len(tokens) - offset and len(given) > 1:
                    return " ".join(tokens[offset:])
        return None

    def _words_before(self, surname: str):
        """The words before each occurrence of `surname` as a whole word: up to three capitalised words
        on its line ("Minister Jo " before "Roe"), in the order of the text."""
        cursor = found = 0
        text = self.text
        while surname and (found := text.find(surname, found)) != -1:
            start, end, found = found, found + len(surname), found + 1
            if not start or not text[start - 1].isspace():
                continue  # whitespace before the surname
            if end < len(text) and (text[end].isalnum() or text[end] == "_"):
                continue  # and the surname's end is a word's end ("Roe" is not "Roebuck")
            match = _WORDS_BEFORE.search(text, max(cursor, start - _NAME_WINDOW), start)
            if match is not None:
                yield match.group(0)
                cursor = end

    def capitals_name(self, surname: str) -> str | None:
        """"Lingard" -> "Rowena Lingard", "Nakahara" -> "NAKAHARA Sayuri": the name where the text writes the
        surname in capitals (a witness line, a family name first); each text is scanned once per surname, as in
        `full_name`."""
        if surname not in self._capitals_names:
            self._capitals_names[surname] = self._family_name_first(surname) or self._witness_list_name(surname)
        return self._capitals_names[surname]

    def _witness_list_name(self, surname: str) -> str | None:
        """"Det Supt Lingard" -> "Rowena Lingard" from a hearing's witness line "LINGARD, Detective Superintendent
        Rowena, Commander, ...": the surname in capitals, a comma, titles, then the given name."""
        if len(surname) < 2 or " " in surname:
            return None
        for match in re.finditer(rf"(?m)^{re.escape(surname.upper())},[^\S\n]+((?:[A-Z][\w.\-]*[^\S\n]+){{0,4}}?)"
                                 rf"({_UPPER}[a-z\u00df-\u00ff][\w'\u2019\-]*)(?=,|[^\S\n]*$)", self.text):
            titles = match.group(1).split()
            if titles and all(t.lower().rstrip(".") in self.rules.name_titles or t.lower() in self.rules.role_words
                   or t.lower() in self.rules.role_modifiers for t in titles):
                return f"{match.group(2)} {surname}"
        return None

    def _family_name_first(self, surname: str) -> str | None:
        """"Minister GWAK" or "Director Nakahara" -> "GWAK Soo-bin": where the text writes the family name in
        capitals before the given name, the order many East Asian publishers mark this way."""
        caps = surname.upper()
        if len(caps) < 2 or not re.fullmatch(r"[A-Z\u00c0-\u00de]+(?:-[A-Z\u00c0-\u00de]+)?", caps):
            return None
        for match in re.finditer(rf"(?<![\w\-]){re.escape(caps)}[^\S\n]+({_UPPER}[a-z\u00df-\u00ff]+(?:-[A-Za-z][a-z\u00df-\u00ff]+)?)"
                                 rf"(?![\w\-])", self.text):
            given = match.group(1)
            before = self.text[: match.start()].split()[-1:]
            after = self.text[match.end(): match.end() + 2]
            if self.rules.verbs.fullmatch(given) or given.lower() in self.rules.name_stopwords or re.search(
                    rf"\b{re.escape(given.lower())}\b", self.text) or (before and before[0].isupper() and len(before[0]) > 1) or (
                    after[:1] in ("'", "\u2019")):
                # "ROE Says", "ACCIDENT AND EMERGENCY WARD Staff", "the YOUNG People's Forum": words in capitals,
                # a word the text also writes in lower case, a body's name; no given name
                continue
            name = f"{caps} {given}"
            if name_tokens(name.split(), self.rules) == 2:
                return name
        return None

    def given_name(self, first: str) -> str | None:
        """"Niamh" -> "Niamh Corrigan": the first place the text follows the given name with a surname."""
        if first not in self._given_names:
            self._given_names[first] = self._find_given_name(first)
        return self._given_names[first]

    def _find_given_name(self, first: str) -> str | None:
        # "Farid bin Zulkarnain", "Jan van der Berg": particles may stand before the surname
        particles = self.rules.particle_alternation
        match = re.search(rf"\b{re.escape(first)}[^\S\n]+((?:(?:{particles})[^\S\n]+){{0,3}}(?:{_UPPER}[\w'\u2019\-]+[^\S\n]?){{1,2}})",
                          self.text)  # ("Kertész Ágnes": a given name with an accented capital)
        if not match and len(first) > 2 and re.search(rf"(?m)^{re.escape(first.upper())}\s*:", self.text):
            # "MARISOL:" after the label "MARISOL QUINTERO-BLAAUW (HOST):": the full name as a label of its own
            match = re.search(rf"(?m)^{re.escape(first.upper())}[^\S\n]+((?:[A-Z][A-Z'\u2019\-]+[^\S\n]?){{1,2}})"
                              rf"(?:\([^)\n]*\))?[^\S\n]*:", self.text)
            if match:
                surname = " ".join("-".join(part.capitalize() for part in word.split("-")) for word in match.group(1).split())
                name = f"{first} {surname}"
                return name if name_tokens(name.split(), self.rules) == len(name.split()) else None
        if not match:
            return None
        name = f"{first} {match.group(1).strip()}"
        return name if name_tokens(name.split(), self.rules) == len(name.split()) else None

    def _add(self, found: Speaker) -> int:
        index = self._find(found)
        if index is None:
            self.speakers.append(found)
            index = len(self.speakers) - 1
        return index

    def resolve(self, phrase: str) -> int | None:
        """Index of the speaker named by `phrase`, adding a new speaker when needed."""
        index = self._by_reference(phrase)
        if index is None:
            found = unit_owner(parse_speaker(phrase, self.rules), self.rules, frozenset(self._publisher_words())) or (
                self._its_office(phrase))
            if _AGED.match(phrase.strip()):
                found = None  # "Wynne, 19, Childguard Young Adviser": a first name and an age, whatever follows
            first = phrase.strip().split(",")[0]
            # (a role that begins with the clause's first word, "Harriet, a member", took the name for a role)
            if (found is None or not found.name and (not found.role or found.role.startswith(first + ","))) and (
                    _PERSON_CLAUSE.match(phrase.strip())) and (
                    phrase.split()[0].lower() not in self.rules.name_stopwords):  # "Section 5 states": no "Tove, 27"
                found = _person_clause_speaker(phrase)  # "Sarah, not her real name", "Tove, 27, volunteer"
            surname = None
            if found is not None and not found.name and not found.role and found.org and " " not in found.org:
                surname = found.org  # a lone capitalised word is usually a surname
            elif found is not None and found.name and len(self._key(found.name).split()) == 1:
                surname = found.name.split()[-1]  # "Ms Lutui", "Commissioner Mokoena"
            elif found is not None and found.name and len(found.name.split()) > 1 and (all(
                    w.lower() in self.rules.particles for w in found.name.split()[:-1]) or found.name.split()[0] in self.rules.particles):
                # "Ms de la Torre": a surname with its particles, "Graciela de la Torre" in full ("Dr de la Cruz
                # Anaya": two surnames after the particles)
                surname = found.name
            elif found is not None and found.name and len(found.name.split()) == 2:
                found = self._titled_in_full(found)
            if surname:
                known = self._by_reference(surname)
                if known is not None:
                    self.last = known
                    return known
                # "Kerry told the paper": the text may give her surname after the first name; "BIN MOKHTAR:"
                # is "Hakim bin Mokhtar", its particle in lower case
                lowered = " ".join(w.lower() if w.lower() in self.rules.particles else w for w in surname.split()[:-1])
                # ("AL-MASRI:" or "Al-Masri" for "Yusuf al-Masri": the hyphened particle in lower case)
                hyphened = surname.split("-", 1)
                low_prefix = (f"{hyphened[0].lower()}-{hyphened[1]}" if len(hyphened) == 2 and hyphened[0].lower()
                              in self.rules.particles and hyphened[0] != hyphened[0].lower() else None)
                name = self.full_name(surname) or (self.given_name(surname) if surname.istitle() else None) or (
                    self.full_name(f"{lowered} {surname.split()[-1]}") if lowered else None) or (
                    self.full_name(low_prefix) if low_prefix else None) or self.capitals_name(surname)
                if name and len(self._key(name).split()) > 1:
                    role = found.role if found is not None and found.name else None
                    found = parse_speaker(name, self.rules) or found
                    found.role = found.role or role  # "Minister GWAK" for "GWAK Soo-bin": the office the phrase gives
                elif not found.name and (_PERSON_CLAUSE.match(phrase.strip()) or self._introduced_as_person(surname)):
                    found = Speaker(found.org, None, None)  # "Noor, who asked that her surname ...": a person
                elif found.name and found.role and found.name.split()[0] in self.rules.particles and not any(
                        w.lower().rstrip(".") in self.rules.honorifics - {"the"} for w in phrase.split()):
                    # (a courtesy title, "Ms de la Torre", keeps the surname it stands before)
                    # "said the president do Supremo": an office in another language, no surname the text gives in full
                    found = Speaker(None, found.role, found.org)
            if found is not None and found.role and found.role.startswith(("The ", "the ")) and len(found.role.split()) > 2:
                found.role = found.role[4:]  # "The Minister for Communications, Hon. Jo Roe": the office, no article
            if found is not None and found.role and found.role.lower().startswith("our ") and not found.org:
                found.role, found.org = found.role[4:], "our"  # "Dana Roe, our founder"
            if found is not None and (found.org or "").lower() == "our":
                found.org = self.home_org()  # "our chief executive Jo Roe": the publisher's
            if found is not None and found.org and " " not in found.org and (
                found.org.lower() in self.rules.generic_orgs or found.org.lower() in self._publisher_words()
            ):
                # "the agency's director general", "a spokesperson for the Taskforce": the body meant
                found.org = self.org_for_noun(found.org) or (None if found.name else found.org)
            elif found is not None and found.org and " " not in found.org and found.org[:1].isupper():
                found.org = self.full_org(found.org)  # "a Windrose spokesperson": Windrose Messaging Ltd
            if found is None:
                return None
            if found.name and len(self._key(found.name).split()) == 2 and self._find(found) is None:
                # "said Nurul Aisyah" after "Ms Nurul Aisyah Kamarudin, founder of ...": a given name in two words
                found.name = self.longer_name(found.name) or self._given_name_before(found.name) or found.name
            if not found.name and not found.org and self._anonymous_voice(found.role):
                # "a spokesperson said" with no body named: in a statement, the publisher's spokesperson
                found.org = self.home_org()
            index = self._find(found)
            if index is None:
                self.speakers.append(found)
                index = len(self.speakers) - 1
            else:
                known = self.speakers[index]
                known.role = known.role or found.role
                known.org = known.org or found.org
                if found.name and known.name and len(found.name) > len(known.name):
                    known.name = found.name
        self.last = index
        return index

    def resolve_office(self, phrase: str, before: int | None = None) -> int | None:
        """"the Commissioner", "our director": the person the text before `before` names with that office
        ("Commissioner of Police Jo Roe"), else the publisher's office-holder, unnamed (a name the next
        paragraph gives is filled in by `introduced_after`)."""
        found = self._role_only(phrase)
        if found is None:
            return None
        name = _person_in_office(self.text[:before], found.role, self.rules, extended=True)
        person = (parse_speaker(name, self.rules) or Speaker(name, None, None)) if name else None
        if person is not None and not person.role:
            person.role = found.role  # "The Minister said:" after "The Minister, Jo Roe, ...": her office too
        self.last = self._add(person) if person is not None else self._add(found)
        return self.last

    def _its_office(self, phrase: str) -> Speaker | None:
        """"Its general secretary said:" in a union's own statement: the publisher's office-holder, unnamed
        (None on a news site, whose "its" is whatever body the story last named)."""
        match = _ITS_OFFICE.match(phrase.strip(" ,.:"))
        if not match or match.group("role").lower().split()[-1] not in self.rules.role_words:
            return None
        at = self.text.find(phrase.strip(" ,.:"))
        before = _SENTENCE_OR_LINE.split(self.text[max(0, at - 400) : at].strip())[-1] if at > 0 else ""
        subject = _OWN_SUBJECT.match(before)
        home = self.home_org()
        # only when the sentence before is about the publisher itself ("The union's executive agreed ...");
        # "The Ledger welcomed the change. Its leader argued:" is the paper's leader
        if not home or not subject or subject.group(1).lower() not in self._publisher_words():
            return None
        return Speaker(None, match.group("role"), home)

    def role_only(self, index: int) -> bool:
        """Speaker `index` is known by an office alone ("Home Minister"): no name, no body."""
        known = self.speakers[index]
        return not known.name and not known.org and bool(known.role)

    def holder_before(self, index: int, before: int) -> int:
        """The person the text before `before` names in the office of role-only speaker `index`
        ("The Union Home Minister, Shri Jo Roe, today addressed ..."), else `index` itself."""
        role = self.speakers[index].role
        name = _person_in_office(self.text[:before], role, self.rules, extended=True)
        found = parse_speaker(name, self.rules) if name else None
        if found is None or not found.name or re.search(
                rf"\b(?:vice|deputy|assistant|acting|former|shadow|junior|past|outgoing)[\s\-]+{re.escape(role)}\b[^\n]{{0,80}}?\b{re.escape(found.name.split()[-1])}\b",
                self.text[:before], re.IGNORECASE):
            return index  # ("Vice President Ana Lim" holds another office than the President's)
        found.role = found.role or self.speakers[index].role
        self.last = self._add(found)
        return self.last

    def _role_only(self, phrase: str) -> Speaker | None:
        """"the Commissioner", "our director": an office at the head of a body (the publisher, unless the
        text says otherwise); not "the Prime Minister" or "the mother", who are not the publisher's."""
        match = _ROLE_ONLY.match(re.sub(r",\s+(?:who|whose|which)\b.*$", "", phrase.strip(" ,.:"), flags=re.DOTALL))
        if not match or self._anonymous_voice(match.group("head")):
            return None  # "the spokesperson" goes to the body a spokesperson was last named for
        role = match.group("role")
        ours = phrase.strip().lower().startswith("our ")
        if not ours and not any(role.lower() == office or role.lower().endswith(" " + office) for office in self.rules.leading_offices):
            return None
        words = role.split()
        if ours and words[-1].lower() in self.rules.role_words and all(w.islower() for w in words):
            return Speaker(None, role, self.home_org())  # "our safeguarding adviser": one of the publisher's people
        if any(w.lower() not in self.rules.role_words and w.lower() not in self.rules.role_modifiers and not w[:1].isupper()
               for w in words):
            return None  # "the minister responsible for ...": a description, not an office
        # "the Chief Constable" in a charity's release is not the charity's: a named office goes to the
        # publisher only when the publisher's name shares its words ("Data Protection Commissioner")
        named = {w.lower() for w in words[:-1] if w[:1].isupper()} - {w.lower() for w in (self.publisher or "").split()}
        return Speaker(None, role, None if named and not ours else self.home_org())

    def introduced_after(self, index: int, paragraph: str) -> str | None:
        """The name of unnamed office-holder `index` ("said the Foundation's chief executive") when the
        paragraph after their words introduces a person in that office ("Jo Roe is the director of X",
        "Jo Roe, who has been Commissioner since 2021, ...") or at the head of that body ("Jo Roe, who has
        led Bramblewick since 2019, ..."). Not a paragraph that hands over to new words ("..., said:")."""
        known = self.speakers[index]
        if known.name or not known.role or self._anonymous_voice(known.role) or paragraph.rstrip().endswith(":"):
            return None
        match = _INTRODUCED.match(paragraph)
        tokens = match.group("name").split() if match else []
        if not match or name_tokens(tokens, self.rules) != len(tokens):
            return None
        clause = re.split(r"[,;]|(?<=[.!?])\s", paragraph[match.end("name"):].lstrip(" ,"), maxsplit=1)[0]
        if _FORMER.search(clause):
            return None  # "who was the Foundation's chief executive until 2020": someone else now
        words = (known.org or "").split()
        # the body's own words ("Bramblewick"), or its head noun capitalised ("the Bureau's serious crime command")
        org_words = {w for w in words if w[:1].isupper() and w.lower() not in self.rules.org_words} | set(words[-1:])
        in_office = re.search(rf"\b{re.escape(known.role.split()[-1])}s?\b", clause, re.IGNORECASE)
        leads_body = _LEADS.search(clause) and any(re.search(rf"\b{re.escape(w)}\b", clause) for w in org_words)
        return match.group("name") if in_office or leads_body else None

    def name_unnamed(self, index: int, name: str) -> int:
        """Give unnamed speaker `index` its name; the index of the person under that name (already known or not)."""
        self._index()
        other = self._find(Speaker(name, None, None))
        if other is not None and other != index:
            known = self.speakers[other]
            known.role = known.role or self.speakers[index].role
            known.org = known.org or self.speakers[index].org
            return other
        self.speakers[index].name = name
        if index in self._unnamed:  # indexed by surname from now on
            self._unnamed.remove(index)
            self._by_surname.setdefault(self._surname(name), []).append(index)
        return index

    def _introduced_as_person(self, word: str) -> bool:
        """"Stacey told the Echo" after "Stacey, 41, who asked us not to use her surname" (or "Jude's
        daughter was eleven ...", "Nahuel, a photographer from Cantoria, ..."): one name, a person."""
        if word not in self._one_name_people:
            self._one_name_people[word] = any(_PERSON_CLAUSE.match(self.text[m.start() : m.start() + 120])
                                              or self._described_as_person(self.text[m.end() : m.end() + 80])
                                              for m in re.finditer(rf"\b{re.escape(word)}\b", self.text)) or (
                re.search(rf"\b{re.escape(word)}['\u2019]s (?!parent|partner){RELATIVES}\b|^{re.escape(word)}['\u2019]s story$",
                          self.text, re.MULTILINE) is not None)
        return self._one_name_people[word]

    def _described_as_person(self, after: str) -> bool:
        """", a photographer from Cantoria," after a name: an apposition whose head noun is someone's
        occupation (a role word or an occupation word), not what a body is called ("a leader in ...")."""
        match = _APPOSITION.match(after)
        head = match.group("head").lower() if match else ""
        if not head or head in self.rules.org_words | self.rules.generic_orgs | self.rules.unit_words | self.rules.body_descriptors:
            return False
        return head in self.rules.role_words or head in self.rules.occupations

    def resolve_known(self, speaker: Speaker) -> int:
        """A speaker the caller has already parsed ("Janet" calling a phone-in; a reporter known by
        outlet): the same one again if seen before."""
        index = self._add(speaker)
        self.last = index
        return index

    def resolve_reader(self, speaker: Speaker) -> int:
        """A reader commenting under a post: the same one again only under the very same name (a reader
        "Babbage" is not the James Babbage the post quotes; "Jo Roe" replying is the Jo Roe it quotes)."""
        full = speaker.name is not None and len(speaker.name.split()) > 1  # "Jo Roe", whom the post may quote
        index = next((k for k, known in enumerate(self.speakers) if known.name == speaker.name and full
                      or (known.name, known.org) == (speaker.name, speaker.org) and not known.role), None)
        if index is None:
            self.speakers.append(speaker)
            index = len(self.speakers) - 1
        self.last = index
        return index

    def export(self, used: list[int]) -> tuple[list[dict], dict[int, str]]:
        """Speaker records for the indices that quotes use, numbered s1, s2 ... by first use."""
        ids: dict[int, str] = {}
        records = []
        for index in used:
            if index not in ids:
                ids[index] = f"s{len(ids) + 1}"
                speaker = self.speakers[index]
                if speaker.name and not speaker.org and self.publisher and self._introduced_as_ours(speaker.name):
                    speaker.org = self.publisher
                records.append({"id": ids[index], **speaker.as_dict()})
        return records, ids

    def _introduced_as_ours(self, name: str) -> bool:
        """"Our Executive Director, Dr Jo Roe," or "Jo Roe, our head of policy": the publisher's own person.

        A role word must stand between "our" and the name ("In our view, Mark Hale ..." is not ours); the
        spans are collected in one pass per statement.
        """
        if not hasattr(self, "_ours"):
            self._ours = set()
            for pattern in (_OURS, _OURS_AFTER):
                for match in pattern.finditer(self.text):
                    described = match.group("described") or match.groupdict().get("lower") or ""
                    if any(w.lower().strip(",") in self.rules.role_words for w in described.split()):
                        self._ours.add(match.group("who").split()[-1])
        return name.split()[-1] in self._ours
