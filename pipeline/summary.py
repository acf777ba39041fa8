"""`stance summary`: stance, roles, asks and evidence per body, body type, speaker, year or document of a run.

Everything is read from the run's SQLite store. The database does the counting in one pass over a
covering index of the sentences (grouped by document, so no sort is needed); the most confident
sentences of each role come from the role index read in score order, stopping as soon as every
group has its quota. Only those few sentences reach Python, where the addressees of the asks and
the figures of the evidence are read from their text.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from .errors import Errors, StanceError
from .labels import DOC_STANCES, ROLES, SENTENCE_STANCES
from .rules.asks import find_addressees
from .rules.figures import find_figures
from .rules.summary_rules import SummaryRules, load_summary_rules
from .store import Store, open_store

GROUPINGS = ("body", "body_type", "speaker", "year", "document")
DEFAULT_EXCLUDED_SEGMENTS = ("boilerplate",)
NONE_LABEL = "(none)"
NET_STANCE_METHOD = ("mean of +1 favor, -1 against, 0 neutral over the group's sentences with a stance; "
                     "95% adjusted Wald interval (one pseudo-sentence of each stance added)")
_DATE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")


@dataclass
class Filters:
    """Which documents and sentences a summary reads; empty means no restriction.

    since / until: ISO dates or their prefixes ("2023", "2023-05"), both inclusive.
    role: keep sentences with this role. stance: keep sentences with this stance.
    exclude_segments: sentences in these segment labels are not counted (boilerplate by default).
    """

    body: Sequence[str] = ()
    body_type: Sequence[str] = ()
    since: str | None = None
    until: str | None = None
    role: str | None = None
    stance: str | None = None
    exclude_segments: Sequence[str] = DEFAULT_EXCLUDED_SEGMENTS
    speakers: Sequence[str] = ()  # speaker group labels (used by `compare`)


def summarize(
    source: str | Path,
    by: str = "body",
    *,
    body: Iterable[str] | str = (),
    body_type: Iterable[str] | str = (),
    since: str | None = None,
    until: str | None = None,
    role: str | None = None,
    stance: str | None = None,
    exclude_segments: Iterable[str] = DEFAULT_EXCLUDED_SEGMENTS,
    top: int = 3,
    rules: SummaryRules | None = None,
) -> list[dict]:
    """Summarise the run in `source` (its output folder or store.sqlite), one dict per group.

    by: "body", "body_type", "speaker" (name and organisation; sentences of quoted speakers only),
        "year" or "document".
    body, body_type: keep these bodies / body types (names as in the metadata, any letter case).
    top: representative sentences per role.
    RETURNS: groups, most documents first (years and documents in order), each with
        group, by, documents, sentences, stance, stance_counts {favor, against, neutral},
        net_stance in [-1, 1], net_stance_ci [low, high], net_stance_method, mean_score, confidence,
        document_stance_counts {favor, against, mixed, neutral}, first_date, last_date, roles {role: n},
        representatives {role: [sentence]}, asks [addressee], figures [figure], asks_read, evidence_read.
        Every sentence, ask and figure carries doc_id, start, end (offsets in the document text) and text.

    net_stance is the mean of +1 (favor), -1 (against) and 0 (neutral) over the counted sentences
    that have a stance; the interval is an adjusted Wald interval for that mean (one pseudo-sentence
    of each stance added before computing it, which keeps it honest for small groups), clipped to
    [-1, 1]. `stance` is the group's verdict: the most frequent stance of its documents as the
    document model judged them (for speakers: the speaker's roll-up in each document), ties broken
    toward the sign of net_stance. Boilerplate sentences are never counted (`exclude_segments`).
    Asks and figures are read from the group's most confident policy_ask and evidence sentences
    (configs/summary.json `summary.ask_sentences` / `evidence_sentences`; `asks_read` and
    `evidence_read` say how many).
    """
    rules = rules or load_summary_rules()
    filters = Filters(body=_strings(body), body_type=_strings(body_type), since=since, until=until, role=role,
                      stance=stance, exclude_segments=tuple(exclude_segments))
    with open_store(source) as store:
        return summarize_store(store, by, filters, top=top, rules=rules)


def summarize_store(store: Store, by: str, filters: Filters, *, top: int = 3,
                    rules: SummaryRules | None = None) -> list[dict]:
    """`summarize` on an open store (used by `compare`, which adds a filter on speaker groups)."""
    rules = rules or load_summary_rules()
    if by not in GROUPINGS:
        raise StanceError(Errors.E140.format(by=by, choices=", ".join(GROUPINGS)))
    if top < 1:
        raise StanceError(Errors.E146.format(top=top))
    _check_filters(store, filters)
    roles = store_roles(store)
    documents = _documents(store, by, filters)
    speakers = _speakers(store) if by == "speaker" else {}
    condition = _sentence_where(filters, needs_segments=_has_excluded_segments(store, filters))
    groups = _count(store, by, filters, condition, roles, documents, speakers)
    if filters.speakers:
        wanted = set(filters.speakers)
        groups = {name: group for name, group in groups.items() if name in wanted}
    quotas = {role: top for role in roles}
    config = rules.summary
    quotas["policy_ask"] = max(top, int(config["ask_sentences"]))
    quotas["evidence"] = max(top, int(config["evidence_sentences"]))
    picks = _ranked_sentences(store, by, condition, groups, documents, speakers, quotas)
    texts = _sentence_texts(store, {key for ranked in picks.values() for key, _ in ranked})
    result = []
    for name, group in groups.items():
        result.append(_group_result(name, by, group, picks, texts, roles, top, rules))
    return _ordered(store, result, by, documents)


def store_roles(store: Store) -> list[str]:
    """The roles in the store: the ANNOTATION.md roles first, then any other role a model predicted."""
    found = [row[0] for row in store.db.execute("SELECT DISTINCT role FROM sentence_roles")]
    return [r for r in ROLES if r in found] + sorted(r for r in found if r not in ROLES)


def net_stance(favor: int, against: int, neutral: int, z: float = 1.96) -> tuple[float | None, list[float] | None]:
    """Mean of +1 / -1 / 0 over the sentences, and its adjusted Wald interval clipped to [-1, 1].

    The interval adds one pseudo-sentence of each stance (as Agresti and Caffo do for a difference
    of proportions): p_f = (favor + 1) / (n + 3), p_a likewise, centre p_f - p_a, variance
    (p_f + p_a - (p_f - p_a)^2) / (n + 3). RETURNS (None, None) when no sentence has a stance.
    """
    n = favor + against + neutral
    if n == 0:
        return None, None
    p_favor, p_against = (favor + 1) / (n + 3), (against + 1) / (n + 3)
    centre = p_favor - p_against
    spread = z * math.sqrt(max(p_favor + p_against - centre * centre, 0.0) / (n + 3))
    low, high = max(-1.0, centre - spread), min(1.0, centre + spread)
    return round((favor - against) / n, 4), [round(low, 4), round(high, 4)]


def group_stance(unit_counts: dict[str, int], net: float | None) -> str | None:
    """The most frequent document (or speaker) stance. A tie goes to the side net_stance leans to
    when that side is tied; else to "mixed" when favor and against tie; else mixed, then neutral."""
    if not any(unit_counts.values()):
        return None
    most = max(unit_counts.values())
    tied = [s for s in DOC_STANCES if unit_counts.get(s, 0) == most]
    lean = "favor" if (net or 0) > 0 else "against" if (net or 0) < 0 else None
    if len(tied) == 1:
        return tied[0]
    if lean in tied:
        return lean
    if "favor" in tied and "against" in tied or "mixed" in tied:
        return "mixed"
    return "neutral" if "neutral" in tied else tied[0]


def _strings(value: Iterable[str] | str | None) -> tuple[str, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


def _check_filters(store: Store, filters: Filters) -> None:
    """Resolve names case-insensitively to the store's spelling; unknown ones raise with close matches."""
    filters.body = tuple(_resolve(store, "body", name, Errors.E141) for name in filters.body)
    filters.body_type = tuple(_resolve(store, "body_type", name, Errors.E142) for name in filters.body_type)
    for option, value in (("--since", filters.since), ("--until", filters.until)):
        if value is not None and not _DATE.match(value):
            raise StanceError(Errors.E143.format(option=option, value=value))
    # compared at the coarser precision: "--since 2023-03-01 --until 2023" is a valid range
    if filters.since and filters.until and filters.since[:len(filters.until)] > filters.until:
        raise StanceError(Errors.E144.format(since=filters.since, until=filters.until))
    if filters.role is not None:
        known = list(dict.fromkeys([*ROLES, *store_roles(store)]))
        if filters.role not in known:
            raise StanceError(Errors.E145.format(what="role", value=filters.role, choices=", ".join(known)))
    if filters.stance is not None and filters.stance not in SENTENCE_STANCES:
        raise StanceError(Errors.E145.format(what="stance", value=filters.stance,
                                             choices=", ".join(SENTENCE_STANCES)))


def _resolve(store: Store, column: str, name: str, error: str) -> str:
    values = [row[0] for row in store.db.execute(f"SELECT DISTINCT {column} FROM documents WHERE {column} IS NOT NULL")]
    for value in values:
        if value.casefold() == name.casefold():
            return value
    raise StanceError(error.format(path=store.path, name=name, hint=close_matches(name, values)))


def close_matches(name: str, values: Iterable[str]) -> str:
    """' (did you mean ...?)' naming up to three similar values, or '' when nothing is close."""
    import difflib

    by_key = {v.casefold(): v for v in values}
    keys = difflib.get_close_matches(name.casefold(), list(by_key), n=3, cutoff=0.5)
    keys += [k for k in by_key if name.casefold() in k and k not in keys][: 3 - len(keys)]
    return f" (did you mean {', '.join(repr(by_key[k]) for k in keys)}?)" if keys else ""


def _documents(store: Store, by: str, filters: Filters) -> dict[str, tuple]:
    """doc_id -> (group or None, stance, date, position) of every document the filters keep."""
    where, params = [], []
    for column, values in (("body", filters.body), ("body_type", filters.body_type)):
        if values:
            where.append(f"{column} IN ({','.join('?' * len(values))})")
            params.extend(values)
    if filters.since or filters.until:
        # only ISO dates compare as strings; "July 2023" or "12/07/2023" cannot be placed in a range
        where.append("date GLOB '[0-9][0-9][0-9][0-9]*'")
    if filters.since:
        where.append("date >= ?")
        params.append(filters.since)
    if filters.until:
        where.append("substr(date, 1, ?) <= ?")  # "2023" keeps every date in 2023
        params.extend([len(filters.until), filters.until])
    column = {"body": "body", "body_type": "body_type", "year": "CAST(year AS TEXT)", "document": "doc_id",
              "speaker": "NULL"}[by]
    sql = f"SELECT doc_id, {column}, stance, date, position FROM documents"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return {row[0]: row[1:] for row in store.db.execute(sql, params)}


def _speakers(store: Store) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(doc_id, speaker_id) -> (speaker group label, the speaker's stance in that document)."""
    result = {}
    for doc_id, speaker_id, name, role, org, stance in store.db.execute(
            "SELECT doc_id, speaker_id, name, role, org, stance FROM speakers"):
        result[(doc_id, speaker_id)] = (speaker_label(name, role, org), stance)
    return result


def speaker_label(name: str | None, role: str | None, org: str | None) -> str:
    """"Name, Org"; an unnamed speaker is grouped by role in brackets ("[spokesperson], HarbourChat")."""
    label = name or f"[{role or 'unnamed speaker'}]"
    return f"{label}, {org}" if org else label


_UNNAMED = (speaker_label(None, None, None), None)  # a speaker id the speakers table does not hold


def _sentence_where(filters: Filters, alias: str = "s", needs_segments: bool = True) -> tuple[str, list]:
    """SQL condition (and its parameters) on a sentence row for the sentence filters; "1" for none."""
    where, params = [], []
    if filters.exclude_segments and needs_segments:
        marks = ",".join("?" * len(filters.exclude_segments))
        where.append(f"({alias}.segment IS NULL OR {alias}.segment NOT IN ({marks}))")
        params.extend(filters.exclude_segments)
    if filters.stance:
        where.append(f"{alias}.stance = ?")
        params.append(filters.stance)
    if filters.role:
        where.append(f"instr({alias}.roles, ?) > 0")
        params.append(json.dumps(filters.role))
    return " AND ".join(where) or "1", params


class _Group:
    """Running totals of one group (plain counters: the heavy lifting happened in SQL)."""

    def __init__(self, roles: Sequence[str]):
        self.sentences = self.stanced = self.favor = self.against = 0
        self.score_sum = self.confidence_sum = 0.0
        self.roles = Counter({role: 0 for role in roles})
        self.units: Counter = Counter({stance: 0 for stance in DOC_STANCES})
        self.doc_ids: set[str] = set()
        self.dates: list[str] = []

    def add(self, row: Sequence, roles: Sequence[str], unit_stance: str | None, doc_id: str, date: str | None):
        """Add one unit's row: a document's sentences (a speaker's sentences in one document)."""
        count, stanced, favor, against, score_sum, confidence_sum = row[:6]
        self.sentences += count
        self.stanced += stanced
        self.favor += favor or 0
        self.against += against or 0
        self.score_sum += score_sum or 0.0
        self.confidence_sum += confidence_sum or 0.0
        for role, value in zip(roles, row[6:]):
            self.roles[role] += value or 0
        if unit_stance in self.units:
            self.units[unit_stance] += 1
        if doc_id not in self.doc_ids:
            self.doc_ids.add(doc_id)
            if date:
                self.dates.append(date)


def _count(store: Store, by: str, filters: Filters, condition: tuple[str, list], roles: Sequence[str],
           documents: dict, speakers: dict) -> dict[str, _Group]:
    """One pass over the sentences' covering index, grouped by document (by document and speaker for
    speaker groups), read in index order so SQLite needs no sort; Python adds the rows up per group."""
    where, params = condition
    # Role counts: from the narrow role table when every sentence of a document counts (faster),
    # else from each counted sentence's roles.
    separate_roles = where == "1" and by != "speaker"
    role_sums = "" if separate_roles else "".join(f", SUM(instr(s.roles, ?) > 0)" for _ in roles)
    params = ([] if separate_roles else [json.dumps(role) for role in roles]) + params  # a new list
    if by == "speaker":
        where += " AND s.speaker_id IS NOT NULL"
        keys = "s.doc_id, s.speaker_id"
    else:
        keys = "s.doc_id"
    if filters.body or filters.body_type or filters.since or filters.until:
        where += " AND s.doc_id IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(list(documents)))
    sql = (f"SELECT {keys}, COUNT(*), COUNT(s.stance), SUM(s.stance = 'favor'), SUM(s.stance = 'against'),"
           f" SUM(s.p_favor - s.p_against), SUM(s.confidence){role_sums}"
           f" FROM sentences s INDEXED BY sentences_summary WHERE {where} GROUP BY {keys}")
    rows = store.db.execute(sql, params)
    if separate_roles:
        sums = "".join(", SUM(role = ?)" for _ in roles)
        per_doc = {row[0]: row[1:] for row in store.db.execute(
            f"SELECT doc_id{sums} FROM sentence_roles GROUP BY doc_id", list(roles))}
        empty = (0,) * len(roles)
        rows = (row + per_doc.get(row[0], empty) for row in rows.fetchall())
    groups: dict[str, _Group] = {}
    width = 2 if by == "speaker" else 1
    for row in rows:
        doc_id = row[0]
        document = documents.get(doc_id)
        if document is None:
            continue
        group_key, doc_stance, date = document[0], document[1], document[2]
        if by == "speaker":
            group_key, doc_stance = speakers.get((doc_id, row[1]), _UNNAMED)
        name = NONE_LABEL if group_key is None else str(group_key)
        group = groups.get(name)
        if group is None:
            group = groups[name] = _Group(roles)
        group.add(row[width:], roles, doc_stance, doc_id, date)
    return groups


def _ranked_sentences(store: Store, by: str, condition: tuple[str, list], groups: dict[str, _Group],
                      documents: dict, speakers: dict, quotas: dict[str, int]) -> dict[tuple[str, str], list]:
    """(group, role) -> [((doc_id, idx), role score)], best first, `quotas[role]` at most.

    Reads each role's rows from the covering (role, score, doc_id, idx) index from the highest score
    down, so no sort is needed, and stops once every group holds its quota or all of its sentences
    with that role. The sentence row is joined only when a filter or the speaker grouping needs it.
    """
    where, params = condition
    if by == "speaker":
        where += " AND s.speaker_id IS NOT NULL"
    if by == "speaker" or where != "1":
        sql = ("SELECT r.doc_id, r.idx, r.score, s.speaker_id FROM sentence_roles r INDEXED BY sentence_roles_ranked"
               " JOIN sentences s INDEXED BY sentences_summary ON s.doc_id = r.doc_id AND s.idx = r.idx"
               f" WHERE r.role = ? AND {where} ORDER BY r.score DESC, r.doc_id DESC, r.idx DESC")
    else:
        sql = ("SELECT doc_id, idx, score, NULL FROM sentence_roles INDEXED BY sentence_roles_ranked"
               " WHERE role = ? ORDER BY score DESC, doc_id DESC, idx DESC")
    picks: dict[tuple[str, str], list] = {}
    for role, quota in quotas.items():
        # group -> (its list of picks, how many it can get)
        buckets = {name: (picks.setdefault((name, role), []), min(quota, group.roles[role]))
                   for name, group in groups.items() if group.roles[role]}
        pending = len(buckets)
        if not pending:
            continue
        if by != "speaker":
            # one dict lookup per row: document -> its group's bucket (None: not summarised)
            by_doc = {doc_id: buckets.get(NONE_LABEL if doc[0] is None else str(doc[0]))
                      for doc_id, doc in documents.items()}
        for doc_id, idx, score, speaker_id in store.db.execute(sql, [role, *params]):
            if by == "speaker":
                label = speakers.get((doc_id, speaker_id), _UNNAMED)[0] if doc_id in documents else None
                entry = buckets.get(label)
            else:
                entry = by_doc.get(doc_id)
            if entry is None or len(entry[0]) >= entry[1]:
                continue
            entry[0].append(((doc_id, idx), score))
            if len(entry[0]) == entry[1]:
                pending -= 1
                if pending == 0:
                    break
    return picks


def _has_excluded_segments(store: Store, filters: Filters) -> bool:
    """Whether any sentence lies in an excluded segment (ANNOTATION.md keeps them out of boilerplate,
    so usually none does and the role scan can skip the sentence rows)."""
    if not filters.exclude_segments:
        return False
    marks = ",".join("?" * len(filters.exclude_segments))
    return bool(store.db.execute(
        f"SELECT EXISTS (SELECT 1 FROM sentences INDEXED BY sentences_summary WHERE segment IN ({marks}))",
        list(filters.exclude_segments)).fetchone()[0])


def _sentence_texts(store: Store, keys: set[tuple[str, int]]) -> dict[tuple[str, int], dict]:
    """The rows of the chosen sentences, fetched in one query through a JSON list of keys."""
    if not keys:
        return {}
    rows = store.db.execute(
        "SELECT s.doc_id, s.idx, s.start, s.end, s.text, s.stance, s.confidence, s.segment, s.speaker"
        " FROM json_each(?) AS k JOIN sentences s"
        " ON s.doc_id = json_extract(k.value, '$[0]') AND s.idx = json_extract(k.value, '$[1]')",
        [json.dumps(sorted(keys))])
    return {(row[0], row[1]): {"doc_id": row[0], "start": row[2], "end": row[3], "text": row[4], "stance": row[5],
                               "confidence": None if row[6] is None else round(row[6], 4), "segment": row[7],
                               "speaker": row[8]}
            for row in rows}


def _group_result(name: str, by: str, group: _Group, picks: dict, texts: dict, roles: Sequence[str], top: int,
                  rules: SummaryRules) -> dict:
    favor, against = group.favor, group.against
    neutral = group.stanced - favor - against
    net, interval = net_stance(favor, against, neutral, float(rules.summary["z"]))
    units = {stance: group.units[stance] for stance in DOC_STANCES}
    representatives = {}
    for role in roles:
        chosen = picks.get((name, role), [])[:top]
        representatives[role] = [dict(texts[key], score=round(score, 4)) for key, score in chosen if key in texts]
    asks_read = [texts[key] for key, _ in picks.get((name, "policy_ask"), []) if key in texts]
    evidence_read = [texts[key] for key, _ in picks.get((name, "evidence"), []) if key in texts]
    dates = sorted(group.dates)
    return {
        "group": name,
        "by": by,
        "documents": len(group.doc_ids),
        "sentences": group.sentences,
        "stance": group_stance(units, net),
        "stance_counts": {"favor": favor, "against": against, "neutral": neutral},
        "net_stance": net,
        "net_stance_ci": interval,
        "net_stance_method": NET_STANCE_METHOD,
        "mean_score": round(group.score_sum / group.stanced, 4) if group.stanced else None,
        "confidence": round(group.confidence_sum / group.stanced, 4) if group.stanced else None,
        "document_stance_counts": units,
        "first_date": dates[0] if dates else None,
        "last_date": dates[-1] if dates else None,
        "roles": dict(group.roles),
        "representatives": representatives,
        "asks": addressee_counts(asks_read, rules, int(rules.summary["max_asks"])),
        "figures": figure_counts(evidence_read, rules, int(rules.summary["max_figures"])),
        "asks_read": len(asks_read),
        "evidence_read": len(evidence_read),
    }


def sentence_ref(sentence: dict) -> dict:
    """The part of a sentence row that locates it: doc_id, start, end, text."""
    return {key: sentence[key] for key in ("doc_id", "start", "end", "text")}


def addressee_counts(sentences: Sequence[dict], rules: SummaryRules, limit: int) -> list[dict]:
    """Addressees of the ask `sentences` (best first), most asked first: each with how many sentences
    ask it, its first mention (doc_id, start, end, text = the words as written) and that sentence."""
    found: dict[str, dict] = {}
    for sentence in sentences:
        for addressee in find_addressees(sentence["text"], rules):
            entry = found.get(addressee.name)
            if entry is None:
                start = sentence["start"] + addressee.start
                found[addressee.name] = {
                    "addressee": addressee.name, "asks": 1, "doc_id": sentence["doc_id"], "start": start,
                    "end": sentence["start"] + addressee.end,
                    "text": sentence["text"][addressee.start:addressee.end], "sentence": sentence_ref(sentence)}
            else:
                entry["asks"] += 1
    ranked = sorted(found.values(), key=lambda e: -e["asks"])  # stable: first seen first among equals
    return ranked[:limit]


def figure_counts(sentences: Sequence[dict], rules: SummaryRules, limit: int) -> list[dict]:
    """Figures in the evidence `sentences` (best first), one entry per statistic (value and unit), most
    cited first: the figure as written, value, unit, qualifier, count, offsets and the sentence."""
    found: dict[tuple, dict] = {}
    for sentence in sentences:
        for figure in find_figures(sentence["text"], rules):
            entry = found.get(figure.key)
            if entry is None:
                found[figure.key] = {
                    "figure": figure.text, "value": figure.value, "unit": figure.unit,
                    "qualifier": figure.qualifier, "count": 1, "doc_id": sentence["doc_id"],
                    "start": sentence["start"] + figure.start, "end": sentence["start"] + figure.end,
                    "text": figure.text, "sentence": sentence_ref(sentence)}
            else:
                entry["count"] += 1
    ranked = sorted(found.values(), key=lambda e: -e["count"])
    return ranked[:limit]


def _ordered(store: Store, groups: list[dict], by: str, documents: dict) -> list[dict]:
    if by == "year":
        return sorted(groups, key=lambda g: (g["group"] == NONE_LABEL, g["group"]))
    if by == "document":
        titles = dict(store.db.execute("SELECT doc_id, title FROM documents WHERE doc_id IN (SELECT value FROM json_each(?))",
                                       [json.dumps([g["group"] for g in groups])]))
        for group in groups:
            group["title"] = titles.get(group["group"])
        return sorted(groups, key=lambda g: (documents[g["group"]][3], g["group"]))
    return sorted(groups, key=lambda g: (-g["documents"], -g["sentences"], g["group"]))
