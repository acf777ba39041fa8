"""`stance compare`: bodies, body types or speakers side by side, from a run's store.

Sections: stance profile, role profile, the asks each makes that the others do not, claims that
recur across them (near-duplicate sentences by TF-IDF cosine similarity, and the same statistic
cited by more than one), the evidence each cites, and how each frames others (reported speech and
scare quotes). Every quoted piece carries doc_id, start and end in its document.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from .errors import Errors, StanceError
from .rules.figures import find_figures
from .rules.framing import reported_speech, scare_quotes
from .rules.summary_rules import SummaryRules, load_summary_rules
from .store import Store, open_store
from .summary import (
    DEFAULT_EXCLUDED_SEGMENTS,
    Filters,
    addressee_counts,
    close_matches,
    figure_counts,
    sentence_ref,
    speaker_label,
    summarize_store,
)

KINDS = ("body", "body_type", "speaker")
_TOKEN = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Target:
    """One compared group: its name as stored and what kind of name it is."""

    name: str
    kind: str


def compare(source: str | Path, names: Sequence[str], kind: str | None = None, *, top: int = 3,
            exclude_segments: Iterable[str] = DEFAULT_EXCLUDED_SEGMENTS, rules: SummaryRules | None = None) -> dict:
    """Compare two or more bodies, body types or speakers of the run in `source`.

    names: as in the metadata or the speakers' "Name, Org" labels, any letter case. Each is looked
        up among bodies, body types and speakers (only `kind` when given); a name that matches
        nothing, or more than one kind, raises a coded error listing close matches.
    RETURNS: {"names", "groups" (each summary plus "kind" and "role_shares"), "unique_asks",
        "recurring_claims", "shared_figures", "evidence", "framing", "settings"}.
    """
    rules = rules or load_summary_rules()
    if len(names) < 2:
        raise StanceError(Errors.E147.format(count=len(names)))
    seen: set[str] = set()
    for name in names:
        if name.casefold() in seen:
            raise StanceError(Errors.E150.format(name=name))
        seen.add(name.casefold())
    exclude_segments = tuple(exclude_segments)
    with open_store(source) as store:
        targets = [resolve_target(store, name, kind) for name in names]
        for number, target in enumerate(targets):
            if target in targets[:number]:  # "Ann Lee" and "Ann Lee, Open Rights" are one speaker
                raise StanceError(Errors.E150.format(name=names[number]))
        groups = [_summary(store, target, top, exclude_segments, rules) for target in targets]
        sentences = {t.name: group_sentences(store, t, exclude_segments, rules) for t in targets}
    labels = [t.name for t in targets]
    settings = rules.compare
    return {
        "names": labels,
        "kinds": [t.kind for t in targets],
        "groups": groups,
        "unique_asks": unique_asks(sentences, rules),
        "recurring_claims": recurring_claims(sentences, float(settings["near_duplicate_threshold"]),
                                             int(settings["min_words"]), int(settings["max_pairs"])),
        "shared_figures": shared_figures(sentences, rules),
        "evidence": {t.name: _evidence(sentences[t.name], group, rules) for t, group in zip(targets, groups)},
        "framing": {t.name: framing(sentences[t.name], t, targets, rules) for t in targets},
        "settings": {key: settings[key] for key in ("near_duplicate_threshold", "unique_ask_threshold",
                                                    "min_words", "max_pairs", "max_items")},
    }


def resolve_target(store: Store, name: str, kind: str | None = None) -> Target:
    """The body, body type or speaker `name` refers to (letter case ignored)."""
    if kind is not None and kind not in KINDS:
        raise StanceError(Errors.E140.format(by=kind, choices=", ".join(KINDS)))
    kinds = [kind] if kind else list(KINDS)
    candidates = {k: _names(store, k) for k in kinds}
    found = {}
    for k, values in candidates.items():
        for value in values:
            if value.casefold() == name.casefold():
                found[k] = value
        if k == "speaker" and k not in found:
            # "Nadia Ferreira-Holt" for the label "Nadia Ferreira-Holt, Aldmere National Police"
            labels = {v for v in values if v.split(", ")[0].casefold() == name.casefold()}
            if len(labels) == 1:
                found[k] = labels.pop()
    if not found:
        every = [v for values in candidates.values() for v in values]
        raise StanceError(Errors.E148.format(path=store.path, name=name, kinds=_kind_words(kinds),
                                             hint=close_matches(name, every)))
    if len(found) > 1:
        raise StanceError(Errors.E149.format(path=store.path, name=name,
                                             kinds=_kind_words(list(found), " and a ")))
    (k, value), = found.items()
    return Target(value, k)


def _kind_words(kinds: Sequence[str], last: str = " or ") -> str:
    """"body, body type or speaker"."""
    words = [k.replace("_", " ") for k in kinds]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + last + words[-1]


def _names(store: Store, kind: str) -> list[str]:
    if kind == "speaker":
        rows = store.db.execute("SELECT DISTINCT name, role, org FROM speakers")
        return sorted({speaker_label(*row) for row in rows})
    return [row[0] for row in store.db.execute(
        f"SELECT DISTINCT {kind} FROM documents WHERE {kind} IS NOT NULL ORDER BY {kind}")]


def _summary(store: Store, target: Target, top: int, exclude_segments: tuple, rules: SummaryRules) -> dict:
    filters = Filters(exclude_segments=exclude_segments)
    if target.kind == "body":
        filters.body = (target.name,)
    elif target.kind == "body_type":
        filters.body_type = (target.name,)
    else:
        filters.speakers = (target.name,)
    found = summarize_store(store, target.kind, filters, top=top, rules=rules)
    group = next((g for g in found if g["group"] == target.name), None)
    if group is None:  # a speaker whose sentences are all excluded: an empty group, not an error
        group = {"group": target.name, "documents": 0, "sentences": 0, "stance": None,
                 "stance_counts": {"favor": 0, "against": 0, "neutral": 0}, "net_stance": None,
                 "net_stance_ci": None, "mean_score": None, "confidence": None, "roles": {},
                 "document_stance_counts": {}, "representatives": {}, "asks": [], "figures": []}
    total = group["sentences"] or 1
    group["kind"] = target.kind
    group["role_shares"] = {role: round(100.0 * n / total, 1) for role, n in group["roles"].items()}
    return group


def group_sentences(store: Store, target: Target, exclude_segments: tuple, rules: SummaryRules) -> list[dict]:
    """The distinct counted sentences of one group (at most `max_sentences_per_group`, those with roles
    and the most confident first), each with its roles and role scores."""
    limit = int(rules.compare["max_sentences_per_group"])
    if target.kind == "speaker":
        pairs = [[doc_id, speaker_id] for doc_id, speaker_id, *label in store.db.execute(
            "SELECT doc_id, speaker_id, name, role, org FROM speakers") if speaker_label(*label) == target.name]
        scope = ("JOIN json_each(?) AS k ON s.doc_id = json_extract(k.value, '$[0]')"
                 " AND s.speaker_id = json_extract(k.value, '$[1]')")
        params: list = [json.dumps(pairs)]
    else:
        scope = f"JOIN documents d ON d.doc_id = s.doc_id AND d.{target.kind} = ?"
        params = [target.name]
    marks = ",".join("?" * len(exclude_segments)) or "NULL"
    # each distinct text once (its first occurrence): a line repeated in many documents is one claim
    rows = store.db.execute(
        "SELECT doc_id, idx, start, end, text, segment, speaker, stance, confidence, roles FROM ("
        "SELECT s.doc_id, s.idx, s.start, s.end, s.text, s.segment, s.speaker, s.stance, s.confidence, s.roles,"
        " ROW_NUMBER() OVER (PARTITION BY s.text ORDER BY s.doc_id, s.idx) AS copy"
        f" FROM sentences s {scope} WHERE s.segment IS NULL OR s.segment NOT IN ({marks}))"
        " WHERE copy = 1 ORDER BY roles != '[]' DESC, confidence DESC, doc_id, idx LIMIT ?",
        [*params, *exclude_segments, limit]).fetchall()
    scores = defaultdict(dict)
    keys = json.dumps([[row[0], row[1]] for row in rows])
    for doc_id, idx, role, score in store.db.execute(
            "SELECT r.doc_id, r.idx, r.role, r.score FROM json_each(?) AS k JOIN sentence_roles r"
            " ON r.doc_id = json_extract(k.value, '$[0]') AND r.idx = json_extract(k.value, '$[1]')", [keys]):
        scores[(doc_id, idx)][role] = score
    return [{"group": target.name, "doc_id": r[0], "idx": r[1], "start": r[2], "end": r[3], "text": r[4],
             "segment": r[5], "speaker": r[6], "stance": r[7], "confidence": r[8], "roles": json.loads(r[9]),
             "role_scores": scores.get((r[0], r[1]), {})}
            for r in rows]


def _with_role(sentences: list[dict], role: str) -> list[dict]:
    """The sentences with `role`, most confident first."""
    chosen = [s for s in sentences if role in s["roles"]]
    return sorted(chosen, key=lambda s: (-s["role_scores"].get(role, 0.0), s["doc_id"], s["idx"]))


def _ref(sentence: dict) -> dict:
    return {"group": sentence["group"], **sentence_ref(sentence)}


def _vectors(texts: list[str]):
    """TF-IDF rows (word 1-2-grams, sublinear tf, L2-normed), so a dot product is the cosine."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, strip_accents="unicode",
                                 token_pattern=r"(?u)\b\w[\w'’%.,]*\w\b|\b\w\b")
    return vectorizer.fit_transform(texts)


def unique_asks(sentences: dict[str, list[dict]], rules: SummaryRules) -> dict[str, dict]:
    """For each group: the addressees only it asks, and its asks with nothing similar said in another group.

    An ask is "only theirs" when its TF-IDF cosine similarity to every sentence of the other groups stays
    below `unique_ask_threshold` (configs/summary.json): an ask a newspaper repeats in its story is not
    one body's alone, whether or not the newspaper's sentence was tagged as an ask.
    """
    threshold = float(rules.compare["unique_ask_threshold"])
    limit = int(rules.compare["max_items"])
    asks = {name: _with_role(group, "policy_ask") for name, group in sentences.items()}
    addressees = {name: addressee_counts(group, rules, 10_000) for name, group in asks.items()}
    distinct = _deduplicated([s for group in asks.values() for s in group])
    pool = _deduplicated([s for group in sentences.values() for s in group])
    best = dict(zip([(s["group"], s["doc_id"], s["idx"]) for s in distinct], _max_similarity_elsewhere(distinct, pool)))
    result = {}
    for name, group in asks.items():
        others = {a["addressee"].casefold() for other, found in addressees.items() if other != name for a in found}
        only = [dict(a) for a in addressees[name] if a["addressee"].casefold() not in others]
        theirs = [dict(_ref(s), similarity_elsewhere=round(best[key], 3),
                       score=round(s["role_scores"].get("policy_ask", 0.0), 4))
                  for s in group if (key := (name, s["doc_id"], s["idx"])) in best and best[key] < threshold]
        result[name] = {"addressees": only[:limit], "asks": theirs[:limit], "asks_total": len(group)}
    return result


def _deduplicated(sentences: list[dict]) -> list[dict]:
    """The first of each group's identical sentences (a press line repeated in many documents counts once)."""
    seen, result = set(), []
    for sentence in sentences:
        key = (sentence["group"], " ".join(sentence["text"].casefold().split()))
        if key not in seen:
            seen.add(key)
            result.append(sentence)
    return result


def _group_rows(sentences: list[dict]) -> dict[str, list[int]]:
    rows: dict[str, list[int]] = defaultdict(list)
    for i, sentence in enumerate(sentences):
        rows[sentence["group"]].append(i)
    return rows


def _max_similarity_elsewhere(queries: list[dict], pool: list[dict], chunk: int = 256) -> list[float]:
    """For each query sentence, its highest cosine similarity to a `pool` sentence of another group (0 when
    none); computed a chunk of queries at a time, so the similarity block stays small on a large store."""
    result = [0.0] * len(queries)
    if not queries or not pool:
        return result
    matrix = _vectors([s["text"] for s in queries] + [s["text"] for s in pool])
    asked, said = matrix[: len(queries)], matrix[len(queries):]
    groups = [s["group"] for s in pool]
    for name, mine in _group_rows(queries).items():
        others = [i for i, group in enumerate(groups) if group != name]
        if not others:
            continue
        columns = said[others].T
        for start in range(0, len(mine), chunk):
            rows = mine[start : start + chunk]
            best = (asked[rows] @ columns).max(axis=1).toarray().ravel()
            for i, value in zip(rows, best):
                result[i] = float(value)
    return result


def recurring_claims(sentences: dict[str, list[dict]], threshold: float, min_words: int, max_pairs: int) -> list[dict]:
    """Pairs of near-duplicate sentences from different groups (cosine similarity >= `threshold`),
    most similar first: two bodies citing the same statistic, a quote a newspaper repeats. Only the
    blocks between two groups are computed, and only their entries above the threshold reach Python."""
    pool = _deduplicated([s for group in sentences.values() for s in group if len(s["text"].split()) >= min_words])
    rows = list(_group_rows(pool).values())
    if len(rows) < 2:
        return []
    matrix = _vectors([s["text"] for s in pool])
    pairs = []
    for a, first in enumerate(rows):
        for second in rows[a + 1:]:
            block = (matrix[first] @ matrix[second].T).tocoo()
            keep = block.data >= threshold
            for r, c, value in zip(block.row[keep], block.col[keep], block.data[keep]):
                pairs.append((float(value), first[r], second[c]))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    result, used = [], set()
    for value, i, j in pairs:
        # one pair per sentence, so a statement repeated in many documents does not fill the list
        if i in used or j in used or (pool[i]["doc_id"], pool[i]["idx"]) == (pool[j]["doc_id"], pool[j]["idx"]):
            continue
        used.update((i, j))
        result.append({"similarity": round(value, 3), "sentences": [_ref(pool[i]), _ref(pool[j])]})
        if len(result) == max_pairs:
            break
    return result


def shared_figures(sentences: dict[str, list[dict]], rules: SummaryRules) -> list[dict]:
    """Statistics (same value and unit) cited by two or more groups, with each group's first mention."""
    mentions: dict[tuple, dict[str, dict]] = defaultdict(dict)
    for name, group in sentences.items():
        for sentence in sorted(group, key=lambda s: (s["doc_id"], s["idx"])):
            for figure in find_figures(sentence["text"], rules):
                if name not in mentions[figure.key]:
                    mentions[figure.key][name] = {
                        "group": name, "doc_id": sentence["doc_id"], "start": sentence["start"] + figure.start,
                        "end": sentence["start"] + figure.end, "text": figure.text, "qualifier": figure.qualifier,
                        "sentence": sentence_ref(sentence)}
    shared = []
    for (value, unit), by_group in mentions.items():
        if len(by_group) >= 2:
            shared.append({"value": value, "unit": unit, "mentions": list(by_group.values())})
    return sorted(shared, key=lambda f: (-len(f["mentions"]), f["unit"], f["value"]))


def _evidence(sentences: list[dict], group: dict, rules: SummaryRules) -> dict:
    evidence = _with_role(sentences, "evidence")
    limit = int(rules.compare["max_items"])
    return {"figures": figure_counts(evidence, rules, limit),
            "sentences": [dict(_ref(s), score=round(s["role_scores"].get("evidence", 0.0), 4))
                          for s in evidence[:limit]],
            "evidence_total": group["roles"].get("evidence", 0)}


def name_tokens(name: str, generic: Iterable[str]) -> set[str]:
    """The words of a name that can identify it in running text ("Ministry", "Interior"), lower case."""
    stop = {g.casefold() for g in generic}
    return {t.casefold() for t in _TOKEN.findall(name) if t.casefold() not in stop and len(t) > 1}


def framing(sentences: list[dict], target: Target, targets: Sequence[Target], rules: SummaryRules) -> list[dict]:
    """How a group frames others: reported speech whose actor is not the group itself, and scare
    quotes, in the sentences of `framing.segments`. Each item names the other compared groups it is
    about (by words of their names that the other names do not share), those about others first."""
    generic = rules.compare["generic_name_words"]
    tokens = {t.name: name_tokens(t.name, generic) for t in targets}
    shared = {tok for t in targets for tok in tokens[t.name]
              if sum(tok in tokens[o.name] for o in targets) > 1}
    own = tokens[target.name] - shared or tokens[target.name]
    others = {t.name: tokens[t.name] - shared for t in targets if t.name != target.name}
    items = []
    for sentence in sorted(sentences, key=lambda s: (s["doc_id"], s["idx"])):
        if sentence["segment"] not in rules.framing_segments:
            continue
        text = sentence["text"]
        for frame in reported_speech(text, rules) + scare_quotes(text, rules):
            words = {w.casefold() for w in _TOKEN.findall(frame.actor or text)}
            if frame.kind == "reported_speech" and words & own:
                continue  # the group reporting its own words is not framing anyone
            about = [name for name, toks in others.items() if toks and words & toks]
            items.append({"kind": frame.kind, "actor": frame.actor, "verb": frame.verb, "phrase": frame.phrase,
                          "about": about, "group": target.name, "doc_id": sentence["doc_id"],
                          "start": sentence["start"] + frame.start, "end": sentence["start"] + frame.end,
                          "text": text[frame.start:frame.end], "sentence": sentence_ref(sentence)})
    items.sort(key=lambda item: not item["about"])  # stable: document order within each part
    return items[: int(rules.compare["max_items"])]
