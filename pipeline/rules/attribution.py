"""Who is speaking: parse attribution phrases into (name, role, org) and find attribution clauses."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .config import SegmenterRules

_TOKEN = re.compile(r"[^\s]+")
_APOS = "'\u2019"
# patterns of the phrase parser, compiled once (it runs on every attribution candidate)
_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_ORG_LEAD = re.compile(r"^(?:of|from|at|with)\s+(?P<org>.+)$", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:a|an)\s+", re.IGNORECASE)
_GENERIC_POSSESSIVE = re.compile(r"^the\s+(?P<org>[a-z]+)['\u2019]s\s+(?P<role>.+)$")
_POSSESSIVE_ROLE = re.compile(r"^(?:the\s+)?(?P<org>[A-Z][^,]*?)['\u2019]s?\s+(?P<role>[a-zA-Z].*)$")
_THAT_CLAUSE = re.compile(r"^that\s+(?:the|a|an|it|its|this|these|those|there|he|she|they|we|[A-Z])\b")
_ROLE_LINK = re.compile(r"\s(?:of|at|for|with)\s")
_PREPOSITION_LEAD = re.compile(r"^(?:for|from|at|of|with|in|to)\s+(.+)$", re.IGNORECASE)
_POSSESSIVE_S = re.compile(r"['\u2019]s$")
# "A member of the panel, who asked to be identified only as Saskia": a person known by a given name
_KNOWN_ONLY_AS = re.compile(
    r",?\s*(?:who\s+(?:asked|wished|wanted|preferred|agreed)\s+to\s+be\s+|(?:and\s+)?)(?:identified|named|known|called)"
    r"\s+only\s+(?:as|by\s+(?:her|his|their)\s+(?:first|given)\s+name,?)\s+(?P<name>[A-Z][\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019\-]+)?)"
    r"|,?\s*who\s+(?:asked|wished|wanted|preferred)\s+(?:to\s+be\s+(?:identified|named|known|called)\s+(?:as|by)"
    # "One woman ..., who asked us to use only her first name, Mariam, wrote to us:"
    r"|(?:us\s+)?to\s+use\s+only\s+(?:her|his|their)\s+(?:first|given)\s+name,?)\s+"
    r"(?P<given>[A-Z][\w'\u2019\-]+)")
_RETIRED = re.compile(r"\s*\((?:retd|retired|rtd|ret|rt)\.?\)", re.IGNORECASE)
_RELATIVE_CLAUSE = re.compile(r"\s+(?:who|which|whose)\b.*$")
_PREDICATE = re.compile(r",\s*(?:does|do|did|has|have|had|is|are|was|were|will|would|can|could)\b.*$")
# a body introduced by what it is: "One member organisation, Youth Voice Norrow"
_BODY_INTRODUCED = re.compile(r"^(?:one|a|an|another)\s+(?:[a-z]+\s+){0,2}(?:organisation|organization|group|charity|body|"
                              r"company|provider|partner|union|association)\s*,\s*(?=(?:the\s+)?[A-Z])", re.IGNORECASE)
_ORG_ROLE_COMMA_NAME = re.compile(
    r"^(?:(?i:the)\s+)?(?!(?i:our|their|his|her|its|my|your|this|that|a|an|then|another|both|each)\b)"
    r"(?P<org>(?:[A-Z][\w&\-]*\s+){0,4}[A-Z][\w&\-]*?)(?P<possessive>['\u2019]s?)?\s+"
    r"(?P<role>(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*),\s+(?P<name>(?:[A-Z][\w.'\u2019\-]*\s+){1,3}[A-Z][\w'\u2019\-]+)$")
# "Lifebuoy's head of counselling", "the Trust's chief executive": an office in a body, named by neither
_ORG_POSSESSIVE_ROLE = re.compile(
    r"^(?:(?i:the)\s+)?(?P<org>(?:[A-Z][\w&\-]*\s+){0,4}[A-Z][\w&\-]*?)['\u2019]s?\s+"
    r"(?P<role>(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*(?:\s+(?:of|for)\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)?"
    # ("the LCA's Director of Online Safety": an office in capitals)
    r"|(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*(?:\s+(?:of|for)\s+(?:(?:the|and)\s+)?(?:[A-Z][\w\-]*\s+(?:and\s+)?){0,2}[A-Z][\w\-]*)?)$")
_STYLE = re.compile(r"^(?:(?:Her|His|Their)\s+(?:Honou?r|Excellency|Worship)|(?:Mr|Mrs|Ms|Madam|Lord|Lady)\.?(?=\s+Justice\s+(?!Clerk\b|General\b)))\s+")
_CIRCUMSTANCE = re.compile(r",\s*(?:(?:in|on|at|during)\s+(?:a|an|the|its|his|her|their)\s+\w+|on\s+(?:why|how|what|whether)\s|speaking\s+(?:to|at|in|after|on(?!\s+behalf))\b"
                          # "Acme Rights, post on its campaign page, 11 June": where a fact-check found the claim
                          r"|(?:an?\s+)?(?:post|tweet|statement|interview|speech|letter|video|press release|blog post|op-ed)\s+(?:on|in|to|at)\s).*$")
_ON_DATE = re.compile(r",?\s+on\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+day|[A-Z][a-z]+\s+\d{1,2})\b.*$"
                      r"|,?\s+(?:at\s+)?\(?\d{1,2}:\d{2}(?::\d{2})?\)?$")  # "Jo Roe, at 11:02": where the episode has it
# "Jo Roe, Minister of Internal Affairs \u2014 24 September 2025", "(12 May 2025)": when, not who
# (after a comma, dash, bar or bracket only: "chair of the Inquiry into the Attack of 7 October 2023" keeps its date)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_TRAILING_DATE = re.compile(r"(?:\s*[,\u2014\u2013|\-]\s*|\s*\()(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                            rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
                            r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2})\)?$")
_PEER = re.compile(r"^((?:lord|lady|baroness|baron|viscount|earl|bishop)\s+\S+\s+of\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)(.*)$", re.IGNORECASE)
_PARTY_ONLY = re.compile(r"^\s*\((?P<party>[^()]+)\)\s*$")
_TRAILING_PARENS = re.compile(r"^(?P<head>[^()]+?)\s*(?P<parens>(?:\([^()]+\)\s*)+)$")
_PARENTHESISED = re.compile(r"\(([^()]+)\)")
_CAPITALISED_PHRASE = re.compile(r"(?:the\s+)?[A-Z][\w&.\-']*(?:\s+[A-Z][\w&.\-']*){0,5}")
_POSSESSIVE_PREFIX = re.compile(r"^(?:the\s+)?(?P<org>.+?)['\u2019]s?\s+(?P<role>.+)$")
# compiled once: name_tokens runs on every candidate name of every block
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_NAME_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|O['\u2019])")
_NAME_WORD = re.compile(r"[A-Z\u00c0-\u024f](?:[^\W\d_]|[.'\u2019\-])*")  # no digits: "Q5" is no name
# "al-Qassimi", "bin-Salleh": a surname that opens with a particle joined to it by a hyphen (not "d'" or
# "l'", which join places and prizes as often: "Côte d'Ivoire", "Palme d'Or", "chargé d'affaires")
_JOINED_PARTICLE = re.compile(r"(?:al|el|ad|ash|as|at|az|ul|abu|bin|ibn)-[A-Z\u00c0-\u024f](?:[^\W\d_]|[.'\u2019\-])*")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&\-]{1,9}s?")


@dataclass
class Speaker:
    """A quoted person or organisation; any field may be None."""

    name: str | None = None
    role: str | None = None
    org: str | None = None

    def as_dict(self) -> dict:
        """name, role and org as a dict (the ANNOTATION.md speaker fields without the id)."""
        return {"name": self.name, "role": self.role, "org": self.org}


def _clean(phrase: str) -> str:
    phrase = phrase.strip().strip("\u2014\u2013-:;,. \"\u201c\u201d")
    phrase = _RETIRED.sub("", phrase)  # "Detective Superintendent (retd) Jo Roe": the rank, then the name
    return _SPACES.sub(" ", phrase)


# "the regulator, the Kestravia Communications Authority": a common noun, then the body's name in apposition
# (two capitalised words at least: "the interior ministry, Kestravia" names a country, not the body)
_GENERIC_BEFORE_NAME = re.compile(r"^(?:the\s+)?[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,3},\s+(?=(?:the\s+)?[A-Z][^,\s]*\s+[^,]*[A-Z][^,]*$)")


# "the children's charity Hopeway", "the messaging app Kalvio": what the body is, then its name
_DESCRIBED_BODY = re.compile(r"^(?:the\s+)?(?:(?!(?:of|in|for|at|on|from|to|and|the|by|with)\b)[a-z][\w'\u2019\-]*\s+){1,3}"
                             r"(?=[A-Z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]*){0,4}$)")


def _strip_the(text: str | None) -> str | None:
    if not text:
        return None
    text = _clean(text)
    text = _GENERIC_BEFORE_NAME.sub("", text)
    text = _DESCRIBED_BODY.sub("", text)
    text = _LEADING_THE.sub("", text)
    return text or None


def _split_parts(phrase: str) -> list[str]:
    """Comma-separated parts, keeping commas inside parentheses."""
    parts, depth, current = [], 0, []
    for ch in phrase:
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch == "," and depth == 0:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
    parts.append("".join(current).strip())
    return [p for p in parts if p]


def _is_cap(token: str) -> bool:
    token = token.strip("()\"\u201c\u201d")
    return bool(token) and (token[0].isupper() or token[0].isdigit())


def names_a_body(phrase: str, rules: SegmenterRules) -> bool:
    """Capitalised words with a body word or ending in a legal form ("Open Rights Lab", "Telenor ASA"); a lone
    capitalised word ("Belfast") may be a place."""
    words = _clean(phrase).split()
    return len(words) > 1 and is_orgish(phrase, rules)


def is_orgish(phrase: str, rules: SegmenterRules) -> bool:
    """A phrase that names an organisation: an acronym or capitalised words with an organisation word."""
    words = _clean(phrase).split()
    if not words:
        return False
    if len(words) == 1 and (_ACRONYM.fullmatch(words[0]) or _is_cap(words[0])):
        return True
    lowered = {w.lower().strip("(),.'\u2019s") for w in words} | {w.lower().strip("(),.") for w in words}
    legal_form = len(words) > 1 and words[-1].lower().strip(".,") in rules.company_forms  # "Telenor ASA"
    return _is_cap(words[0] if words[0].lower() != "the" else (words[1] if len(words) > 1 else "")) and bool(
        lowered & rules.org_words or legal_form
    )


_UNKNOWN_POST_NOMINAL = re.compile(r"[A-Z]{2,5}")
_NICKNAME = re.compile(r"['\u2018\u201c\"][A-Z][\w\-]+['\u2019\u201d\"]")
_ROLE_LINKS = {"of", "at", "for", "from", "with", "and", "in", "on", "to", "the"}


def name_tokens(tokens: list[str], rules: SegmenterRules) -> int:
    """Length of the person-name run at the start of `tokens` (titles included), 0 if none."""
    i = 0
    # (a hyphenated rank opens the name: "Dr Bishop-Dean" is a surname after a title)
    while i < len(tokens) and (rules.is_title(tokens[i], compound=i == 0) and not _initials_before_name(tokens, i)
                               or _rank(tokens, i)) and _is_cap(tokens[i]):
        i += 1
    titles = i
    names = 0
    while i < len(tokens):
        raw = tokens[i]
        token = raw.strip("()").rstrip(",;:")
        bare = token.rstrip(_APOS + "s") if token.endswith(("'s", "\u2019s")) else token
        if token.endswith(("s'", "s\u2019")):
            bare = token[:-1]  # "Ambersea Labs\u2019 head of policy": a plural possessive ends the name too
        low = bare.lower().rstrip(".")
        courtesy = titles and not names and tokens[i - 1].lower().rstrip(".") in rules.honorifics and low != "and"
        if low in rules.particles and (names or courtesy):
            # "van", "van der", "de la" before a capitalised surname (after a given name, or a courtesy
            # title: "Ms de la Torre"; not "Justice and Community" after an office)
            after = i + 1
            while after < len(tokens) and tokens[after].lower() in rules.particles and after - i < 3:
                after += 1
            if after < len(tokens) and _is_cap(tokens[after]):
                i = after
                continue
        if names and _NICKNAME.fullmatch(token) and i + 1 < len(tokens) and _is_cap(tokens[i + 1]):
            i += 1  # "Ernesto 'Boyet' M. Lualhati": a nickname in quotation marks inside the name
            continue
        if (names or courtesy) and _JOINED_PARTICLE.fullmatch(bare):
            names += 1  # "Nizar al-Qassimi", "Dr al-Tamimi"
            i += 1
            if bare != token or raw.endswith((",", ";", ":")):
                break
            continue
        if not bare or not bare[0].isupper() or low in rules.org_words or low in rules.role_words:
            break
        # (capitals after a given name and a particle are the surname, "Jean-Baptiste de SOUZA"; after a full name,
        # a body's initials, "Ana Costa da UFMG")
        if names and (bare in rules.post_nominals or names >= 2 and _UNKNOWN_POST_NOMINAL.fullmatch(bare) and not any(
                t.isupper() for t in tokens[titles:i]) and not (
                names - (tokens[titles] == "Me") == 1 and tokens[i - 1].lower() in rules.particles)):  # ("Me": Ma\u00eetre)
            break  # "Jo Roe MHD": capitals after a name in ordinary case are letters, not a surname
        if low in rules.name_stopwords or not names and low in rules.name_opening_stopwords or (
                low in rules.role_modifiers) or "-" in low and all(part in rules.compass_words for part in low.split("-")):
            break  # ("North-Central", "South-West": a region, its parts stopwords)
        if _INNER_CAPITAL.search(bare) and not _NAME_PREFIX.match(bare):
            break  # "FreeNet", "HarbourChat": a brand, not a person
        if not _NAME_WORD.fullmatch(bare):
            break
        names += 1
        i += 1
        if bare != token or raw.endswith((",", ";", ":")):  # a possessive or a comma ends the name
            break
    closed = i and tokens[i - 1].endswith((",", ";", ":"))  # "Jo Roe, Police and Crime Commissioner"
    if not closed and i < len(tokens) and _is_cap(tokens[i]) and tokens[i].lower().strip(",.") in rules.org_words:
        return 0  # "Mahina Youth Rights Trust": the capitalised words name an organisation
    if names >= 2 or (names == 1 and titles):
        return i
    return 0


def _title_case(name: str) -> str:
    if name.isupper():
        return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in name.split())
    return name


def _initials_before_name(tokens: list[str], i: int) -> bool:
    """"CR Dawson": a short title word in capitals before a name in ordinary case is the person's initials."""
    token, following = tokens[i].rstrip("."), tokens[i + 1] if i + 1 < len(tokens) else ""
    return len(token) == 2 and token.isupper() and following[:1].isupper() and not following.isupper()


def _rank(tokens: list[str], i: int) -> bool:
    """"PCOL", "CP", "PBGEN" before a full name: a rank in capitals the title lists do not know."""
    token = tokens[i].rstrip(".,")
    following = tokens[i + 1] if i + 1 < len(tokens) else ""
    return (2 <= len(token) <= 6 and token.isupper() and token.isalpha() and len(tokens) - i >= 3
            and len(following) >= 2 and following[:1].isupper() and not following.isupper())


def _split_title(name: str, rules: SegmenterRules) -> tuple[str, str | None]:
    """"Senator Lucía Benavente" -> ("Lucía Benavente", "Senator"); peerages keep their title."""
    words = name.split()
    titles = []
    while len(words) > 2:
        if len(words) > 3 and " ".join(words[:2]).lower().rstrip(".") in rules.courtesy_titles:
            titles.extend((words.pop(0), words.pop(0)))  # "Datuk Seri Jo Roe", not "Seri Lee": a style in two words
        elif rules.is_title(words[0], rules.courtesy_titles, compound=not titles) and not _initials_before_name(
                words, 0) or _rank(words, 0):
            titles.append(words.pop(0))
        else:
            break
    if len(words) == 2 and words[0].lower().rstrip(".") in rules.courtesy_titles and not _initials_before_name(words, 0):
        if any(w.lower().rstrip(".") in rules.honorifics for w in titles + words[:1]):
            return name, None  # "Dr Okafor", "Mrs Justice Okafor": the title is all that marks it as a name
        return words[1], " ".join(titles + words[:1])  # "Detective Inspector Okafor": a surname and a rank
    return " ".join(words), " ".join(titles) or None


def _role_org(rest: str, rules: SegmenterRules) -> tuple[str | None, str | None]:
    """Split "Director of Policy at the Open Rights Lab" into role and organisation."""
    rest = _clean(rest)
    if not rest:
        return None, None
    lead = _ORG_LEAD.match(rest)
    if lead:
        return None, _strip_the(lead.group("org"))
    rest = _ARTICLE.sub("", rest)
    generic = _GENERIC_POSSESSIVE.match(rest)
    if generic and generic.group("org") in rules.org_words:
        return _clean(generic.group("role")), generic.group("org")  # "the agency's director general"
    possessive = _POSSESSIVE_ROLE.match(rest)
    if possessive and _starts_with_role(_LEADING_THE.sub("", rest), rules) and _ROLE_LINK.search(possessive.group("org")):
        possessive = None  # "Chief Executive of Acme Children's Trust": a role, then the body's name
    if possessive and _possessive_name(possessive.group("role"), rules):
        return None, _strip_the(rest)  # "Cedarwell Children's Trust", "Women's Aid Federation": one body's name
    if possessive and not possessive.group("org").lower().startswith(("who", "which")):
        return _clean(possessive.group("role")), _strip_the(possessive.group("org"))
    lowered = rest.lower()
    for word in (" at ", " with "):
        index = lowered.rfind(word)
        if index > 0:
            return _clean(rest[:index]), _strip_the(rest[index + len(word):])
    for word in (" of ", " for ", " from ", ", "):
        index = lowered.rfind(word)
        if word == " of " and lowered[index + 4:].startswith("state "):
            index = lowered.rfind(word, 0, index)  # "Minister of State for Digital Government": one office
        if index > 0 and is_orgish(rest[index + len(word):], rules):
            right = _clean(rest[index + len(word):])
            if word != ", " and ", " in right and names_a_body(right.rsplit(", ", 1)[1], rules) and not (
                    right.lower().startswith("the ")):
                # "Head of Trust and Safety, Acme Ltd": a department, then the body ("of Wrenfield Trust, Belfast"
                # is a body and a place)
                continue
            if len(right.split()) > 1 or right.isupper() or right.lower().startswith("the ") or word == ", ":
                return _clean(rest[:index]), _strip_the(right)
    if is_orgish(rest, rules) and not _starts_with_role(rest, rules):
        return None, _strip_the(rest)
    return rest, None


def _describes_a_person(description: str, rules: SegmenterRules) -> bool:
    """"one of our helpline advisers", "a volunteer at the hub": the head noun is a role ("a charity for young
    carers" is a body)."""
    noun_phrase = re.split(r"\s+(?:at|of|for|with|in|from|on|who|whose|which)\b", re.sub(
        r"^(?:an?|our|one of (?:our|the|its|their))\s+", "", description))[0].split()
    head = noun_phrase[-1].lower().strip(",.") if noun_phrase else ""
    head = head[:-1] if head.endswith("s") and head[:-1] in rules.role_words else head
    ours = " of our " in f" {description.lower()} "  # "a member of our youth advisory board": one of the publisher's people
    return head in rules.role_words and head not in rules.org_words and (ours or head not in _BODY_ROLES)


def _one_described_person(description: str, name: str, rules: SegmenterRules) -> bool:
    """"a mother" + "Sarah", "one of the teenagers" + "Mirabeth": a description in lower case (a place may follow
    "from" or "in") whose head noun is a person's role or occupation, and a word that is no body's or office's."""
    if name.lower() in rules.org_words | rules.name_stopwords | rules.role_words:
        return False
    if any(w.lower().strip(",.") in rules.org_words for w in description.split()):
        return False  # "a spokeswoman for the interior ministry, Kestravia": the body's country, not her name
    description = re.sub(r"^(?:one|another) of\s+", "", description, flags=re.IGNORECASE)
    head_phrase, *rest = re.split(r"\s+(?:from|in|at|with|who|of|for)\s+", description)
    words = head_phrase.split()
    if not words or any(w[:1].isupper() for w in words[1:]):
        return False  # "the Chief Executive, Ofcom": an office in capitals, a body after it
    head = words[-1].lower().strip(",.")
    if re.fullmatch(r"\d{1,2}-year-olds?", head):
        return True  # "a 15-year-old from Dunmore, Kiri"
    # a private person ("a mother", "one of the teenagers"), described by nothing after the noun: "an official
    # at the regulator, Ofcom" and "one of the engineers, Google" name the body a worker belongs to
    head = head[:-1] if head.endswith("s") and head[:-1] in rules.private_persons else head
    return not rest and head in rules.private_persons


_NOT_IN_AN_OFFICE = {"what", "who", "how", "why", "where", "when", "which", "the", "a", "an", "that", "this", "is", "was"}
_NO_OWNER = {"here", "there", "that", "what", "it"}  # "Here's ...", "That's ...": a contraction, no possessive


def _office_of_a_body(org: str, role: str, rules: SegmenterRules) -> bool:
    """"Lifebuoy" + "head of counselling": the role's head noun is an office (not "Acme's new app", not "Acme's
    own members"), and the owner is no person ("Jo Roe's lawyer" names the lawyer's client, not a body)."""
    head = re.split(r"\s+(?:of|for)\s+", role)[0].split()[-1].lower()
    tokens = org.split()
    if head not in rules.body_offices or role.split()[0].lower() in ("own", "new", "other"):
        return False  # ("Roe's lawyer", "Mary's mother", "Biden's chief of staff": a person's, not a body's office)
    if set(role.lower().split()) & _NOT_IN_AN_OFFICE or org.lower() in rules.name_stopwords | _NO_OWNER:
        return False  # "Here's what the minister": no body's office
    return org.lower() not in rules.pronouns and not (len(tokens) > 1 and name_tokens(tokens, rules) == len(tokens))


def _possessive_name(after: str, rules: SegmenterRules) -> bool:
    """Whether the words after a possessive end a body's name: capitalised, the last a body word ("Trust")."""
    words = after.split()
    return bool(words) and all(_is_cap(w) or w.lower() in ("of", "and", "for", "the") for w in words) and (
        words[-1].lower() in rules.org_words)


def _starts_with_role(text: str, rules: SegmenterRules) -> bool:
    words = text.lower().split()
    return bool(words) and (words[0] in rules.role_words or words[0] in rules.role_modifiers)


_ONE_OF_APPOSITION = re.compile(r",\s+(?:one|another|each) of (?:the|its|their|several|many|those)\b.*$", re.IGNORECASE)


def _spokesperson(phrase: str, rules: SegmenterRules) -> Speaker | None:
    words = phrase.split()
    lowered = [w.lower().strip(",.") for w in words]
    if not lowered or lowered[0] not in ("a", "an", "the", "one"):
        return None
    for index, word in enumerate(lowered):
        if word in rules.spokesperson:
            before = " ".join(words[1:index])
            after = " ".join(words[index + 1:])
            org = None
            match = _PREPOSITION_LEAD.match(after)
            if match:
                # ("a spokesperson for Sefrano, one of the messaging services ...": the apposition describes the body)
                org = _before_person(_ONE_OF_APPOSITION.sub("", match.group(1)), rules)
            elif before and _is_cap(before.split()[0]) or before.lower() in rules.generic_orgs | {"police"}:
                org = before
                before = ""
            role = " ".join([before, word]).strip() if before and not _is_cap(before.split()[0]) else word
            return Speaker(None, role, _strip_the(_POSSESSIVE_S.sub("", org)) if org else None)
    return None


def _before_person(org: str, rules: SegmenterRules) -> str:
    """"the office of the Minister of Justice, Iveta Grisewood" -> "the office of the Minister of Justice":
    the minister's name after the body is no part of it."""
    parts = _split_parts(org)
    for k in range(1, len(parts)):
        tokens = _TOKEN.findall(parts[k])
        if len(tokens) >= 2 and name_tokens(tokens, rules) == len(tokens):
            return ", ".join(parts[:k])
    return org


# people quoted for who they are, not for a post: parents, survivors, young people
RELATIVES = (r"(?:mother|father|mum|mom|dad|parent|grandmother|grandfather|grandparent|sister|brother|son|daughter|"
             r"aunt|uncle|partner|wife|husband|widow|carer|guardian)")
_PRIVATE_PERSON = re.compile(
    rf"^(?:the|a|an|one)\s+(?P<role>(?:{RELATIVES}|survivor|victim|teenager|pupil|young person|\d{{1,2}}-year-old)\b.{{0,120}})$",
    re.IGNORECASE)
# "the woman, who cannot be named for legal reasons", "a teacher who asked not to be identified": a person
# the text keeps unnamed (the relative clause says so, and is no name to look for elsewhere)
_UNNAMED_PERSON = re.compile(
    r"^(?:the|a|an|one)\s+(?P<role>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,5}?),?\s+who\s+(?:cannot|can\s?not|could\s+not|"
    r"can't|can\u2019t|may\s+not|asked(?:\s+\w+)?\s+not\s+to|did\s+not\s+want\s+to|does\s+not\s+want\s+to|declined\s+to|"
    r"preferred\s+not\s+to|prefers\s+not\s+to)\s+(?:be\s+(?:named|identified)|give\s+(?:her|his|their)\s+name|"
    r"publish\s+(?:her|his|their)\s+name)\b")
# "A reporter named in the groups": an article, a word for a worker, then a participle that describes them
_A_WORKER_DESCRIBED = re.compile(r"^(?:an?|one)\s+(?P<head>[a-z][\w\-]*)\s+(?:named|quoted|working|based|involved|"
                                 r"interviewed|employed|caught|targeted|affected|identified)\b", re.IGNORECASE)
# roles a body holds as often as a person ("Tessmark, a founding member of the coalition", "Signal, our partner")
_BODY_ROLES = {"member", "partner", "founder", "signatory", "supporter", "sponsor", "funder", "affiliate"}
# "Noreen, one of our helpline advisers", "Tomasz, a volunteer": a person known by a given name, then what they do
_GIVEN_NAME_DESCRIBED = re.compile(r"^(?P<name>[A-Z][a-z][\w'\u2019\-]*),\s+(?P<role>(?:an?|our|one of (?:our|the|its|their))\s+[^,]{2,80})$")
_ROLE_THEN_PARTICLE_NAME = re.compile(r"^(?:the\s+)?(?P<role>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,2}?)\s+"
                                      r"(?P<particles>(?:[a-z]{1,3}\s+){1,3})(?P<surname>[A-Z][\w'\u2019\-]+)$")
# post-nominal letters that are a seat, an office: "Jo Roe, MEP" keeps it as her role
_SEATS = {"MLC", "MHK", "MSP", "MEP", "MLA", "MHA", "MPP", "MNA", "TD", "MP"}
_PARTICLE_SURNAME = re.compile(r"(?P<particles>(?:[a-z]{1,3}\s+){1,3})(?P<surname>[A-Z][\w'\u2019\-]+)")
# "our campaign ambassador Wayra": the publisher's words for what someone does, then one name
_ROLE_THEN_ONE_NAME = re.compile(r"^(?:(?P<our>[Oo]ur)\s+|(?:[Tt]he|[Ii]ts)\s+)?(?P<role>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3})\s+"
                                 r"(?P<name>[A-Z][a-z][\w'\u2019\-]*)$")
# "Adaugo, refuge manager": one name, then what the person does, in lower case and without an article
_ONE_NAME_BARE_ROLE = re.compile(r"^(?P<name>[A-Z][a-z][\w'\u2019\-]*),\s+(?P<role>(?!(?:a|an|the|our|its)\b)[a-z][\w\-]*(?:\s+[\w\-]+){0,9})$")
# "Wirasena, Tarsk's Data Protection Commissioner": one name, then an office in the body's possessive
_ONE_NAME_IN_OFFICE = re.compile(r"^(?P<name>[A-Z][a-z][\w'\u2019\-]*),\s+(?P<office>[A-Z][^,]{1,60}?['\u2019]s\s+[^,]{2,60})$")
# "the Minister of Communications and Informatics, Sutrisnohadi": an office with its article, then one name in
# apposition (a person known by one name; a body would follow "of": "the chief executive of Ofcom")
_OFFICE_THEN_ONE_NAME = re.compile(r"(?:^|,\s+)(?P<article>[Tt]he|[Oo]ur|[Ii]ts)\s+(?P<office>[A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|of|for|and|on|the))*?)"
                                   r",\s+(?P<name>[A-Z][a-z][\w'\u2019\-]+)$")
# "A mother, Sarah,", "one of the teenagers, Mirabeth": a person described, then named by one name in apposition
_DESCRIBED_THEN_ONE_NAME = re.compile(r"^(?P<role>(?i:(?:one|another) of (?:the|our|its|their|his|her|those|these|my)|an?|our|my|his|her|their)"
                                      r"\s+[^,]{2,60}),\s+(?P<name>[A-Z][a-z][\w'\u2019\-]+)$")
# "One of the victims, a 71-year-old woman from Penwick": one of a group, then who
_ONE_OF = re.compile(r"^(?:one|another) of (?:the|our|its|their|his|her|those)\s+[\w\-]+(?:\s+[\w\-]+){0,3},\s+(?P<who>.+)$",
                     re.IGNORECASE)


# "One of our senior helpline counsellors": the plural of a word for a worker, after "one of our"
_ONE_OF_OURS = re.compile(r"^(?:one|another) of our\s+(?P<role>(?:[a-z][\w\-]*\s+){0,3}?)(?P<head>[a-z][\w\-]*?)s$", re.IGNORECASE)


_INDEFINITE_ROLE = re.compile(
    r"^(?:a|an|one)\s+(?P<role>(?:[a-z][\w'\u2019-]*\s+){0,3}(?P<head>[a-z]+))"
    r"(?:\s+(?:from|at|in|on|with|of)\s+(?P<rest>.+))?$", re.IGNORECASE)


def _described_person(phrase: str, rules: SegmenterRules) -> Speaker | None:
    """"One senior investigating officer", "a detective constable from Greyhallow": someone quoted
    without a name, known by a post (the last word a role word) and perhaps where they work."""
    match = _INDEFINITE_ROLE.match(phrase)
    if not match or match.group("head").lower() not in rules.role_words or not match.group("role")[:1].islower():
        return None
    rest = _strip_the((match.group("rest") or "").strip(" ,"))
    return Speaker(None, match.group("role"), rest if rest and rest[:1].isupper() else None)


def _org_role_name(phrase: str, rules: SegmenterRules) -> Speaker | None:
    """"Solas Og Chief Executive Gobnait Keohane": a body, a capitalised role, then the person's name."""
    tokens = phrase.split()
    for start in range(1, len(tokens) - 2):
        end = start
        while end < len(tokens) and (tokens[end].lower() in rules.role_words or tokens[end].lower() in rules.role_modifiers):
            end += 1
        name = tokens[end:]
        org = tokens[:start]
        plain = all(t[:1].isupper() and t.lower().rstrip(".") not in rules.name_titles and t.lower() not in rules.role_words
                    for t in org) and org[0].lower() not in ("the", "a", "an")
        # one word is a body only as an acronym ("NATC Director ..."), and "Home Secretary" is one title
        plain = plain and (len(org) > 1 or org[0].isupper()) and not any(
            " ".join(tokens[k:end]).lower() in rules.name_titles for k in range(start))
        if end > start and tokens[start][:1].isupper() and 2 <= len(name) <= 4 and name_tokens(name, rules) == len(name) and plain:
            person, title = _split_title(" ".join(name), rules)  # "PBGEN Rosalinda Cruz": the rank is no name
            return Speaker(person, " ".join(tokens[start:end] + ([title] if title else [])), " ".join(org))
    return None


# "the chair of the Secure Group Messaging Interoperability (SGMI) working group, Jo Roe": an acronym in
# the middle of a phrase would read as part of a name ("Jane Roe (SNP)" at the end keeps its party)
_INNER_ACRONYM = re.compile(r"\s*\([A-Z][A-Z0-9&.\-]{1,9}\)(?=\s+\w)")


# ("The Rt Hon Jo Roe MP", "the Very Revd Jo Roe": the article and the degree of the style go; "Hon" and "Revd" stay as titles)
_THE_HONOURABLE = re.compile(r"^(?:the\s+)?(?:(?:rt|right|very|most)\.?\s+)?(?=(?:hon(?:\.|ourable\b|orable\b|\s)"
                             r"|rev(?:\.|d\b|erend\b|\s)))", re.IGNORECASE)
# "Hon. (Mrs.) Jo Roe", "(Dr) Jo Roe", "Hon. (Eng.) Jo Roe": a courtesy title in brackets before the name is no part of it
_BRACKETED_TITLE = re.compile(r"\((?:mrs|mr|ms|miss|dr|prof|rev|chief|eng|engr|arch|atty|col|capt|amb)\.?\)\s*(?=[A-Z])", re.IGNORECASE)


# "Opening keynote: ", "Panel: " or "As" ("As Jo Roe of X told the committee, ...") before a speaker's name
_SESSION_LABEL = re.compile(r"^(?:(?:[A-Z][a-z]+\s+)?[A-Za-z][a-z]+:|As)\s+(?=[A-Z])")


# "the Bureau's cyber unit", "the Association's Criminal Law Section": a body's possessive, then one of its parts
_UNIT_OF_BODY = re.compile(r"^(?:the\s+)?(?P<owner>[A-Z][^'\u2019,]*?)['\u2019]s\s+(?P<unit>[\w\-]+(?:\s+[\w\-]+){0,5})$")


def unit_owner(speaker: Speaker | None, rules: SegmenterRules, owners: frozenset[str] = frozenset()) -> Speaker | None:
    """The body a unit belongs to: "a senior officer in the Bureau's online child exploitation unit" speaks
    for the Bureau (the unit goes into the role). The owner must end in a word for a body (or be one of
    `owners`) and the unit in a word for a part of one, so "Brightwell Children's Trust" and "Women's Aid
    Federation" stay one body's name."""
    match = _UNIT_OF_BODY.match(speaker.org or "") if speaker is not None else None
    if not match:
        return speaker
    owner, unit = match.group("owner"), match.group("unit")
    last = owner.split()[-1].lower()
    # `owners`: the words of a body's name known from elsewhere (the publisher's: "Currawong's overnight
    # webchat team" on the Currawong Youth Helpline's page), never a place's or a person's ("Estonia's cyber
    # crime unit", "Marsh's office")
    named = unit[:1].islower() and {w.lower() for w in owner.split()} <= owners
    if last not in rules.org_words and not named or unit.split()[-1].lower() not in rules.unit_words:
        return speaker
    role = f"{_LEADING_THE.sub('', speaker.role)} in the {unit}" if speaker.role else unit
    return Speaker(speaker.name, role, owner)


def one_name_with_job(phrase: str, rules: SegmenterRules) -> Speaker | None:
    """"Adaugo, refuge manager (at Safe Haven Trust)": one name, then what the person does (a role or
    occupation word, never a word for a body: "Kestrel, messaging provider" is None)."""
    bare = _ONE_NAME_BARE_ROLE.match(phrase.strip(" ,."))
    if not bare or bare.group("name").lower() in rules.org_words | rules.name_stopwords:
        return None
    head = re.split(r"\s+(?:of|at|for|in|with|from)\s+", bare.group("role"))[0].split()[-1].lower()
    if head not in rules.role_words and head not in rules.occupations or head in rules.body_descriptors:
        return None
    role, org = _role_org(bare.group("role"), rules)
    return Speaker(bare.group("name"), role or bare.group("role"), org)


# "Kriminaldirektorin Dr. Friederike Roe", "Polizeipr\u00e4sident Prof. Dr. Hans Roe": one capitalised word (an
# office or rank in another language) before an academic title and a name
_RANK_BEFORE_TITLE = re.compile(r"^(?P<rank>[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]{4,}(?:-[A-Za-z\u00c0-\u00ff]+)?)\s+"
                                r"(?P<rest>(?:Dr|Prof|Dott|Avv|Ing|Mag)\.\s+\S.*)$")


def parse_speaker(phrase: str, rules: SegmenterRules) -> Speaker | None:
    """Parse an attribution phrase such as "Jane Roe, Director at the Open Rights Lab" (None if no one)."""
    return unit_owner(_parse_speaker(phrase, rules), rules)


def _parse_speaker(phrase: str, rules: SegmenterRules) -> Speaker | None:
    phrase = _INNER_ACRONYM.sub("", _clean(phrase))
    label = _SESSION_LABEL.match(phrase)
    if label and (found := parse_speaker(phrase[label.end():], rules)) is not None and found.name:
        return found  # "Opening keynote: Jo Roe, chair of X": the programme's label, then who
    phrase = _THE_HONOURABLE.sub("", phrase)  # "The Hon. Jo Roe MP": the article goes with the style
    phrase = _BRACKETED_TITLE.sub("", phrase)
    dashed = dashed_speaker(phrase, rules)
    if dashed:
        return dashed
    apposed = _DESCRIBED_THEN_ONE_NAME.match(phrase)
    if apposed and _one_described_person(apposed.group("role"), apposed.group("name"), rules):
        return Speaker(apposed.group("name"), re.sub(r"^(?:an?|our|my|his|her|their)\s+", "", apposed.group("role"), flags=re.IGNORECASE), None)
    one_of = _ONE_OF.match(phrase)
    if one_of and (found := parse_speaker(one_of.group("who"), rules)) is not None:
        # "One of the victims, a 71-year-old woman from Penwick": the apposition says who
        return Speaker(found.name, found.role or phrase[: one_of.start("who")].strip(" ,"), found.org)
    ours = _ONE_OF_OURS.match(phrase)
    if ours and ours.group("head").lower() in (rules.role_words | rules.occupations) - _BODY_ROLES:
        # "One of our senior helpline counsellors": one of the publisher's people, unnamed (a member or a
        # partner may be a body)
        return Speaker(None, f'{ours.group("role").strip()} {ours.group("head")}'.strip(), "our")
    office = _ADDRESSED_OFFICE.match(phrase)
    if office:
        return Speaker(None, _title_case(office.group("role")), None)  # "MR SPEAKER:" is the office, no name
    ranked = _RANK_BEFORE_TITLE.match(phrase)
    if ranked and ranked.group("rank").lower() not in rules.role_modifiers and (
            found := parse_speaker(ranked.group("rest"), rules)) is not None and found.name:
        # "Kriminaldirektorin Dr. Friederike Roe": a word before the academic title is her rank, not her name
        found.role = ", ".join(filter(None, [ranked.group("rank"), found.role]))
        return found
    style = _STYLE.match(phrase)
    if style and (found := parse_speaker(phrase[style.end():], rules)) is not None and found.name:
        # "Her Honour Judge Jo Roe": the style goes with the role ("Her Honour Judge"), not the name
        found.role = " ".join(filter(None, [style.group(0).strip(), found.role]))
        return found
    fronted = _ORG_ROLE_COMMA_NAME.match(phrase)
    org_words = fronted.group("org").split() if fronted else []
    if fronted and fronted.group("role").split()[-1].lower() in rules.role_words and (
            name_tokens(fronted.group("name").split(), rules) == len(fronted.group("name").split())) and (
            # a body in two words or more, or in the possessive ("British security researcher, Jo Roe" and
            # "Former Facebook security chief, ..." name no body)
            (len(org_words) > 1 or fronted.group("possessive")) and not any(
                w.lower() in rules.role_modifiers or w.lower() in rules.role_words for w in org_words)):
        # "Open Hearth's policy director, Teodor Vass", "the Taskforce's chair, Commander Jo Roe"
        return Speaker(_split_title(fronted.group("name"), rules)[0], fronted.group("role"), fronted.group("org"))
    possessed = _ORG_POSSESSIVE_ROLE.match(phrase)
    if possessed and possessed.group("role")[:1].isupper() and (
            (held := _parse_speaker(possessed.group("role"), rules)) is not None and held.name):
        possessed = None  # "Velsland's Minister of Justice Dagny Vollrath": the office, then the person holding it
    if possessed and _office_of_a_body(possessed.group("org"), possessed.group("role"), rules):
        return Speaker(None, possessed.group("role"), possessed.group("org"))
    after = _after_that_clause(phrase, rules)
    if after:
        return parse_speaker(after, rules)
    known = _KNOWN_ONLY_AS.search(phrase)
    if known and known.start() and (known.group("name") or known.group("given")).lower() not in rules.courtesy_titles:
        role, org = _role_org(re.sub(r"^(?:an?|the)\s+", "", phrase[:known.start()].strip(" ,"), flags=re.IGNORECASE), rules)
        return Speaker((known.group("name") or known.group("given")).rstrip("*"), role, org)
    unnamed = _UNNAMED_PERSON.match(phrase)
    if unnamed:
        return Speaker(None, unnamed.group("role"), None)  # "the woman, who cannot be named for legal reasons"
    phrase = _RELATIVE_CLAUSE.sub("", phrase)  # relative clauses describe, not name
    phrase = _PREDICATE.sub("", phrase)  # "Youth Voice Norrow, does not support ... and has": what it did
    member = _BODY_INTRODUCED.match(phrase)
    if member:
        return Speaker(None, None, _strip_the(phrase[member.end():]))  # "One member organisation, Youth Voice Norrow"
    phrase = _CIRCUMSTANCE.sub("", phrase)
    phrase = _TRAILING_DATE.sub("", _ON_DATE.sub("", phrase))
    if not phrase or phrase.lower() in rules.pronouns:
        return None
    words = phrase.lower().split()
    if not words:
        return None
    described = all(w in rules.role_words or w in rules.role_modifiers or w in ("of", "for", "and") for w in words[1:])
    generic = len(words) == 2 and words[1] in rules.org_words and phrase.split()[1].islower()
    if words[0] == "the" and (described or generic):
        return None  # "the Minister", "the company": a definite description, resolved from context
    if phrase.lower() in rules.role_words or phrase.lower() in rules.spokesperson or len(words) > 1 and (
            words[-1] in rules.role_words and all(w in rules.role_modifiers or w in rules.role_words for w in words[:-1])):
        return Speaker(None, _title_case(phrase), None)  # "Home Minister", "Deputy Chief Constable": an office
    peer = _PEER.match(phrase)
    found = _spokesperson(phrase, rules)
    if found:
        return found
    private = _PRIVATE_PERSON.match(phrase)
    if private:
        return Speaker(None, private.group("role"), None)  # "the mother of a 14-year-old girl": unnamed, a person
    described = _described_person(phrase, rules)
    if described:
        return described
    fronted = _org_role_name(phrase, rules)
    if fronted:
        return fronted
    if peer:
        inner = _PARTY_ONLY.match(peer.group(2))
        if inner or not peer.group(2).strip(" ,"):
            return Speaker(_title_case(peer.group(1)), None, inner.group("party") if inner else None)
        if peer.group(2).lstrip().startswith(","):
            role, org = _role_org(peer.group(2).strip(" ,"), rules)
            return Speaker(_title_case(peer.group(1)), role, org)
    apposed = _OFFICE_THEN_ONE_NAME.search(phrase)
    before = phrase[: apposed.start()].strip(" ,") if apposed else ""
    if before and not rules.clause_opener.match(before) or apposed and any(
            w.lower() in rules.org_words for w in apposed.group("office").split()):
        # "Melanie Dawes, the Chief Executive, Ofcom": the person first, the body last; "the Chief Executive of
        # the Authority, Ofcom": the body the office belongs to, named after it
        apposed = None
    if apposed and apposed.group("name").lower() not in rules.org_words | rules.name_stopwords | rules.role_words and (
            re.split(r"\s+(?:of|for|on)\s+", apposed.group("office"))[0].split()[-1].lower() in rules.role_words):
        return Speaker(apposed.group("name"), _title_case(apposed.group("office")), None)
    if "," in phrase:
        # "Jo Roe, QPM, Chief Constable": honours after a comma are no role (a seat is: "Jo Roe, MEP")
        pieces = phrase.split(",")
        kept = [pieces[0]] + [p for p in pieces[1:] if not (p.split() and all(
            w.strip(".") in rules.post_nominals and w.strip(".") not in _SEATS for w in p.split()))]
        phrase = ",".join(kept)
    party = None
    groups = _TRAILING_PARENS.match(phrase)
    if groups:
        # "Jane Roe (Eastgate) (Liberal Alliance)": constituency, then party; the last group is the party
        phrase = groups.group("head")
        party = _PARENTHESISED.findall(groups.group("parens"))[-1].strip()
    parts = _split_parts(phrase)
    for index, part in enumerate(parts):
        tokens = _TOKEN.findall(part)
        # the name can be at the start ("Jane Roe") or after a role ("Home Secretary Jane Roe")
        for offset in range(len(tokens)):
            length = name_tokens(tokens[offset:], rules)
            if length and offset + length < len(tokens) and tokens[offset + length][:1].isupper() and (
                    tokens[offset + length].lower().strip(",.") in rules.org_words | rules.unit_words):
                continue  # "the Association's Criminal Law Section", "the Jo Roe Foundation": a body's name, no person
            if length >= 3 and offset and (tokens[offset - 1] in ("for", "of", "in") or tokens[offset].lower() in (
                    rules.office_endings) and any(t in ("for", "of", "in") for t in tokens[max(0, offset - 4):offset])) and (
                    name_tokens(tokens[offset + 1:], rules) == length - 1):
                # "Minister for Cybersecurity Jo Q. Roe", "Special Agent in Charge Jo Roe": the first
                # capitalised word ends the office ("Director of Criminal Investigations Jo Roe": the office's last)
                continue
            run_start = offset
            while run_start > 1 and tokens[run_start - 1][:1].isupper():
                run_start -= 1
            if length and run_start < offset and tokens[run_start - 1] in ("for", "of", "in") and (
                    offset + length == len(tokens) and _names_someone(parts[index + 1:], rules)):
                # "the Director General for Digital Ecosystem Governance, Jo Roe": the last words of the office,
                # which the person after the comma holds, not a person
                continue
            # ("... of the Wessendale Circuit" must end its part, and the next part start with the person:
            # not "Director of the FBI Christopher Wray, speaking alongside Attorney General Jo Roe")
            after_of = offset and (tokens[offset - 1] in ("for", "of", "in") and _names_someone(parts[index + 1:], rules)
                                   or offset > 1 and tokens[offset - 1].lower() == "the" and tokens[offset - 2] in ("for", "of", "in")
                                   and offset + length == len(tokens) and _starts_with_person(parts[index + 1:], rules))
            if length and after_of:
                # "The Director of Cybercrime Repression, Delegate Jo Roe", "The Leader of the Wessendale Circuit,
                # Jo Roe KC": the office, then the person
                break
            if length and (offset == 0 or _is_role_prefix(tokens[:offset], rules)) and not (
                _office_follows(tokens, offset + length, rules) and (
                    _later_name(tokens, offset + 1, rules) or _starts_with_person(parts[index + 1:], rules))
            ):  # "Senior Crown Prosecutor Jo Roe": "Senior Crown" is a title and a word of the office (so is
                # "Chief Medical" in "Chief Medical Officer, Dr Jo Roe", where the person follows the comma)
                name = _title_case(" ".join(tokens[offset:offset + length]).rstrip(",.;:"))
                name, title = _split_title(_POSSESSIVE_S.sub("", name), rules)
                prefix = " ".join(tokens[:offset])
                after_name = tokens[offset + length:]
                while after_name and after_name[0].rstrip(",;:") in rules.post_nominals:
                    after_name = after_name[1:]  # "Jo Roe OBE, Director": the honours are dropped
                if after_name and after_name[0][:1].islower() and after_name[0].lower().strip(",") not in (
                        rules.role_words | rules.role_modifiers | _ROLE_LINKS):
                    after_name = []  # "Minister Jo Roe updates the House on ...": a predicate, not a role
                suffix = " ".join(after_name)
                rest = ", ".join(p for p in [suffix] + parts[index + 1:] if p)
                role, org = _role_org(rest, rules) if rest else (None, None)
                if prefix:
                    prefix_role, prefix_org = _prefix_role_org(prefix, rules)
                    role = role or prefix_role or (prefix if not prefix_org else None)
                    org = org or prefix_org
                if index:
                    lead_role, lead_org = _role_org(", ".join(parts[:index]), rules)
                    role, org = role or lead_role, org or lead_org
                if title and not role and title.lower() not in ("dr", "dr.", "mr", "ms", "mrs", "mr.", "ms.", "mrs.", "mx", "miss"):
                    role = title
                if party and not role and _starts_with_role(party, rules):
                    return Speaker(name, party, org)  # "Lord Haverstock (Minister of State for ...)"
                return Speaker(name, role, org or party)
            lowered = tokens[0].lower()
            if offset == 0 and not _is_cap(tokens[0]) and lowered not in ("the",) and not (
                lowered in rules.role_words or lowered in rules.role_modifiers  # "said deputy director Jane Roe"
                # "says dr hab. Agnieszka Roe": a title in lower case, right before the name or another title (not
                # "staff of Senator Jo Roe", "private messages seen by Jo Roe")
                or lowered.rstrip(".") in rules.name_titles and len(tokens) > 1 and (
                    _is_cap(tokens[1]) or tokens[1].lower().rstrip(".") in rules.name_titles | rules.role_words)
                or _lower_role_run(tokens, rules)  # "committee chair Senator Jo Roe told ..."
            ):
                break
    given = _GIVEN_NAME_DESCRIBED.match(phrase)
    if given and _describes_a_person(given.group("role"), rules) and given.group("name").lower() not in rules.org_words:
        return Speaker(given.group("name"), given.group("role"), None)
    bare = one_name_with_job(phrase, rules)
    if bare is not None:
        return bare
    bare_particles = _PARTICLE_SURNAME.fullmatch(phrase.strip(" ,."))
    if bare_particles and all(w.lower() in rules.particles - {"and", "y", "st"} for w in bare_particles.group("particles").split()) or (
            _JOINED_PARTICLE.fullmatch(phrase.strip(" ,."))):
        return Speaker(phrase.strip(" ,."), None, None)  # "de la Barreda said", "al-Masri added": a surname, its particles first
    particle = _ROLE_THEN_PARTICLE_NAME.match(phrase.rstrip(" ,."))
    if particle and all(w.lower() in rules.particles for w in particle.group("particles").split()) and (
            particle.group("role").split()[-1].lower() in rules.role_words or (  # "Det Supt bin Abdullah": a rank
                particle.group("role").split()[-1].lower().rstrip(".") in rules.name_titles - rules.honorifics)) and all(
            w.lower() in rules.role_words | rules.role_modifiers | rules.name_titles or w.islower() for w in particle.group("role").split()):
        # "rapporteur van Oudekerk": an office, then a surname with its particles
        return Speaker(f'{particle.group("particles")}{particle.group("surname")}', particle.group("role"), None)
    titled = _ROLE_THEN_ONE_NAME.match(phrase.rstrip(" ,."))
    if titled and titled.group("our") and titled.group("name").lower() not in rules.org_words | rules.name_stopwords:
        head = titled.group("role").split()[-1].lower()
        if (head in rules.role_words or head in rules.occupations) and head not in rules.body_descriptors:
            # "our campaign ambassador Wayra": one of the publisher's people, called by one name (not "its parent
            # Helix" or "market analyst Tellwise", bodies)
            return Speaker(titled.group("name"), titled.group("role"), "our" if titled.group("our") else None)
    office = _ONE_NAME_IN_OFFICE.match(phrase.rstrip(" ,"))
    if office and office.group("name").lower() not in rules.org_words | rules.name_stopwords:
        role, org = _role_org(office.group("office"), rules)
        head = _LEADING_THE.sub("", role or "").lower().split()[-1:] if role else []
        if role and org and head and head[0] in rules.role_words and head[0] not in rules.body_descriptors:
            # "Zarek, Halvren's founder and chief executive": one name, then an office in a named body
            return Speaker(office.group("name"), role, org)
    worker = _A_WORKER_DESCRIBED.match(phrase)
    if worker and worker.group("head").lower() in (rules.role_words | rules.occupations) - rules.body_descriptors - _BODY_ROLES:
        # "A reporter named in the groups", "a nurse working in the Groups": a person described, no body
        return Speaker(None, phrase[worker.start("head"):].strip(" ,"), None)
    if is_orgish(phrase, rules) or _CAPITALISED_PHRASE.fullmatch(phrase):
        role, org = _role_org(phrase, rules)
        return Speaker(None, role, org) if org else Speaker(None, None, _strip_the(phrase))
    return None


# "Mr Speaker", "Madam Chair", "Mr. Deputy Speaker": how a chamber addresses its presiding office
_ADDRESSED_OFFICE = re.compile(r"^(?:mr\.?|madam|madame|mister|mrs\.?|ms\.?)\s+(?P<role>(?:deputy\s+|vice[\s-])?"
                               r"(?:speaker|chair|chairman|chairwoman|chairperson|president|presiding officer))$", re.IGNORECASE)
_DASH = re.compile(r"\s+[\u2014\u2013]\s+|\s+--?\s+")


def dashed_speaker(phrase: str, rules: SegmenterRules) -> Speaker | None:
    """"Acme Party \u2014 Jo Roe, deputy leader" or "Jo Roe, deputy leader \u2013 Acme Party": a person on one side
    of a dash, the body (or role) they answer for on the other."""
    sides = _DASH.split(phrase)
    if len(sides) != 2 or not all(side[:1].isupper() for side in sides):
        return None
    for who, other in (sides[::-1], sides):
        found = parse_speaker(who, rules)
        head = who.split(",")[0].split()
        if found is None or not found.name or name_tokens(head, rules) != len(head):
            continue  # the person's side starts with the name ("Analyst, Harrow Securities" names a firm)
        if _names_someone([other], rules) and not (found.role and "," not in other):
            continue  # ("Social Accord \u2014 Jo Roe, Minister": the side with the office is the person)
        if not found.role and not any(w.lower().strip(",") in rules.role_words for w in other.split()):
            continue  # "Online Safety Act \u2013 Jo Roe", "Jo Roe - March 2025": a title or a date, no body she speaks for
        role, org = _role_org(other, rules)
        if org is None and role and not any(w.lower() in rules.role_words for w in other.split()):
            role, org = None, _strip_the(other)  # "Verdance Greens": a body with no word of an office in it
        return Speaker(found.name, found.role or role, found.org or org)
    return None


def _starts_with_person(parts: list[str], rules: SegmenterRules) -> bool:
    """The first of `parts` opens with a person's name of two words or more, perhaps after a title."""
    tokens = _TOKEN.findall(parts[0]) if parts else []
    start = 1 if tokens and tokens[0].lower().rstrip(".") in rules.name_titles else 0
    return name_tokens(tokens[start:], rules) >= 2


def _names_someone(parts: list[str], rules: SegmenterRules) -> bool:
    """A person's name (two words or more) somewhere in `parts`."""
    for part in parts:
        tokens = _TOKEN.findall(part)
        if any(name_tokens(tokens[k:], rules) >= 2 and tokens[k].lower().rstrip(".") not in rules.name_titles
               for k in range(len(tokens))):
            return True
    return False


def _after_that_clause(phrase: str, rules: SegmenterRules) -> str | None:
    """"the Minister, Colm Roe, that the Government will drop the duty, Dr Ann Lee, Chief Executive" (what
    is left of "Responding to the announcement by ..."): the part from the first name after the last
    that-clause. A relative "that" ("Jo Roe, chief executive of Acme Trust, that works with ...") is no
    such clause: a that-clause has its own subject."""
    parts = _split_parts(phrase)
    clause = next((i for i in range(len(parts) - 1, 0, -1) if _THAT_CLAUSE.match(parts[i])), None)
    if clause is None:
        return None
    for j in range(clause + 1, len(parts)):
        if name_tokens(_TOKEN.findall(parts[j]), rules):
            return ", ".join(parts[j:])
    return None


def _office_follows(tokens: list[str], i: int, rules: SegmenterRules) -> bool:
    """A capitalised role word ("Prosecutor"), perhaps after modifiers ("Shadow Minister"), right after a name
    run: the run was part of an office, or named the body the office is in."""
    while i + 1 < len(tokens) and tokens[i].lower() in rules.role_modifiers:
        i += 1
    # ("Forward Veradel leader Jo Roe": an office in lower case after a body's name, a person after it)
    return i < len(tokens) and tokens[i].lower().strip(",;:") in rules.role_words and (
        _is_cap(tokens[i]) or name_tokens(tokens[i + 1 :], rules) >= 2)


def _later_name(tokens: list[str], start: int, rules: SegmenterRules) -> bool:
    """A person's name after an office, from token `start` on."""
    return any(name_tokens(tokens[o:], rules) and _is_role_prefix(tokens[:o], rules) for o in range(start, len(tokens)))


def _prefix_role_org(prefix: str, rules: SegmenterRules) -> tuple[str | None, str | None]:
    """"Acme CEO" -> ("CEO", "Acme"); "Home Secretary" -> ("Home Secretary", None)."""
    possessive = _POSSESSIVE_PREFIX.match(prefix)
    if possessive:
        return _clean(possessive.group("role")), _strip_the(possessive.group("org"))
    tokens = prefix.split()
    for index, token in enumerate(tokens):
        low = token.lower().strip(",")
        if low in rules.role_words or low in rules.role_modifiers or low.rstrip(".") in rules.name_titles:
            org = " ".join(tokens[:index])
            if org.islower() and not _DETERMINER.match(org):
                return prefix, None  # "committee chair": a role in lower case, no body's name
            return " ".join(tokens[index:]) or None, _strip_the(org) if org else None
    return prefix, None


_DETERMINER = re.compile(r"^(?:the|a|an|our|its|their|his|her|my|your)\b", re.IGNORECASE)


def _lower_role_run(tokens: list[str], rules: SegmenterRules) -> bool:
    """"committee chair", "campaign lead": up to three lower-case words before a name, the last a role."""
    run = []
    for token in tokens[:4]:
        if _is_cap(token):
            break
        run.append(token.lower().strip(","))
    return 0 < len(run) <= 3 and run[-1] in rules.role_words


def _is_role_prefix(tokens: list[str], rules: SegmenterRules) -> bool:
    """"Home Secretary", "HarbourChat's head of policy", "Acme CEO": words that may precede a name."""
    if not tokens:
        return False
    lowered = [t.lower().strip(",") for t in tokens]
    return any(t in rules.role_words or t.rstrip(".") in rules.name_titles for t in lowered) or any(
        t.endswith(("'s", "\u2019s", "s'", "s\u2019")) for t in tokens
    )


def strip_opening_clause(phrase: str, rules: SegmenterRules) -> str:
    """Drop adverbial openers ("Responding to the news, ...", "In a statement, ...") before the speaker."""
    parts = _split_parts(phrase)
    opened = False
    while len(parts) > 1 and rules.clause_opener.match(parts[0]) and not _NAMED_LIKE_A_PARTICIPLE.match(parts[0]):
        parts, opened = parts[1:], True
    # "Addressing media persons at the Headquarters, Nagarkot, on Friday, Shri Jo Roe ...": the opening clause's
    # place and time run on past its first comma
    # (a place only with its time after it: "Commenting on the ruling, Liberty, the human rights group, said")
    while opened and len(parts) > 1 and _TIME_PART.match(parts[0]):
        parts = parts[1:]
    if opened and len(parts) > 2 and _PLACE_PART.fullmatch(parts[0]) and _TIME_PART.match(parts[1]):
        parts = parts[2:]
    return ", ".join(parts)


_TIME_PART = re.compile(r"(?:on|last|this|earlier|later)\s+(?:[A-Z][a-z]+day|week|month|year|morning|afternoon|evening|\d{1,2}\s+[A-Z][a-z]+)\b[^,]*$"
                        r"|(?:today|yesterday|tonight)$")
_PLACE_PART = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?")


# "Standing Together", "Talking Circles": a body whose name opens with a participle, not "Sitting in
# our office" ("Speaking Tuesday" names a day)
# the days and months a capitalised word after "Speaking" or "on" may name
CALENDAR_NAMES = ("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
                  "|August|September|October|November|December")
# "Sterling Roe, ...", "Giving USA Foundation, ..." open with a name, not a participle ("Introducing SB 114 ...,
# Senator Jo Roe said" opens with a bill's number, "Rejecting Mr Hale's claim, she said" with a title)
_NAMED_LIKE_A_PARTICIPLE = re.compile(rf"^(?-i:[A-Z])[a-z]+ing\s+(?!(?:{CALENDAR_NAMES})\b)(?!(?-i:[A-Z]{{1,4}})\s+\d)"
                                      r"(?!(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Professor|Prof)\.?\s)(?-i:[A-Z])")


_RELATIVE = r"(?:(?:in|at|during|by|with|for|from|of|on|after|before)\s+)?(?:which|whom|whose|where)\b"
_RELATIVE_OPENING = re.compile("^" + _RELATIVE, re.IGNORECASE)
# ", in which Jo Roe confirmed ...": a clause inside an attribution that names someone other than the speaker
RELATIVE_CLAUSE_INSIDE = re.compile(r",\s+" + _RELATIVE, re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_PASSIVE_AFTER = re.compile(r"^\s+by\b", re.IGNORECASE)
# "submit their comments", "in a statement": after a determiner the word is a noun, not a verb
_DETERMINER_BEFORE = re.compile(r"\b(?:their|his|her|its|our|my|your|the|a|an|these|those)\s+$", re.IGNORECASE)
# "invited to submit comments", "we welcome comments", "any comments": a verb or word that takes the noun
_NOUN_TAKER_BEFORE = re.compile(r"\b(?:submit|submits|make|makes|send|sends|invite|invites|welcome|welcomes|seek|seeks|"
                                r"receive|received|any|no|written)\s+$", re.IGNORECASE)


def drop_relative_clause(who: str) -> str:
    """"in which Jo Roe confirmed that ..., Acme's chair Sam Poe" -> "Acme's chair Sam Poe": an opener's
    relative clause ends at its comma, and the speaker comes after it."""
    while _RELATIVE_OPENING.match(who.strip()) and "," in who:
        who = who.split(",", 1)[1].strip()
    return who


def speech_verbs(text: str, rules: SegmenterRules) -> list[re.Match]:
    """The reporting verbs of `text` that say someone speaks; not a passive "(were) suggested by respondents"
    nor a noun ("their comments")."""
    return [m for m in rules.verbs.finditer(text)
            if not _PASSIVE_BEFORE.search(text, 0, m.start()) and not _PASSIVE_AFTER.match(text[m.end():])
            and not _DETERMINER_BEFORE.search(text, max(0, m.start() - 8), m.start())
            and not _NOUN_TAKER_BEFORE.search(text, max(0, m.start() - 10), m.start())]


def speaker_before_verb(text: str, rules: SegmenterRules) -> tuple[str, re.Match] | None:
    """For "X, role at ORG, said:" return the phrase naming X and the verb match."""
    matches = list(speech_verbs(text, rules))
    for number, match in enumerate(matches):
        who = strip_opening_clause(text[: match.start()], rules)
        # a verb inside a subordinate clause ("..., who said in 2020 ...", "..., in which Jo Roe confirmed
        # that ...") is not the attribution
        who = drop_relative_clause(who)  # "Where the law is unclear, Jo Roe said": Jo Roe
        if number + 1 < len(matches) and re.search(r",\s*(?:who|which)\s*$", who):
            continue  # "One woman ..., who asked us to use only her first name, Mariam, wrote": the clause's verb
        if who.strip() and len(who.split()) <= 25 and not _RELATIVE_OPENING.match(who.strip()):
            return who, match
    return None


def parse_role_line(text: str, rules: SegmenterRules) -> tuple[str | None, str | None]:
    """A header line under a name: "Chief Technology Officer, Kestrel Messenger" -> (role, org)."""
    return _role_org(text, rules)
