"""Build the labelled corpus from its authoring files, count what is in it and check it against its targets.

`build_corpus` turns `corpora/sources/<batch>/*.json` into `train.jsonl`, `dev.jsonl` and `test.jsonl`,
split by document so that no statement leaks between splits. `corpus_stats` counts labels over the
written files, `check_requirements` compares the counts with the corpus targets, and the Markdown
helpers keep the counts block of `corpora/README.md` in step with the files. `shared_paragraphs` and
`seed_overlap` guard against copy-paste: between authored documents, and from the seed statement.
"""

from __future__ import annotations

import hashlib
import json
import re
import statistics
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from .export import atomic_writer
from .authoring import load_sources
from .labels import BODY_TYPES, DOC_STANCES, HARD_CASES, LAYOUTS, ROLES, SEGMENT_LABELS, SENTENCE_STANCES
from .validate import validate_document

SPLITS = ("train", "dev", "test")
STATS_START, STATS_END = "<!-- stats:start -->", "<!-- stats:end -->"
NO_BODY_TYPE = "none"

# The corpus targets of the labelled-corpus issue.
MIN_DOCUMENTS = 150
MIN_SENTENCES = 2500
MIN_DOCS_PER_MAIN_BODY_TYPE = 12
MAIN_BODY_TYPES = ("law_enforcement", "government", "child_protection", "technology_company", "civil_society")
MIN_MULTI_SPEAKER_DOCS = 25
MIN_STANCE_SENTENCES = {"favor": 700, "against": 700}
MIN_ROLE_SENTENCES = 300
MIN_HARD_CASE_DOCS = 10
MAX_SHORTEST_WORDS = 80
MIN_LONGEST_WORDS = 1500

# Shared-paragraph check: short paragraphs ("Notes to editors") repeat legitimately.
MIN_PARAGRAPH_WORDS = 12
SEED_OVERLAP_THRESHOLD = 0.05


# ---------------------------------------------------------------------------------------------- building


def source_files(sources: Path) -> list[Path]:
    """The authoring files below `sources`, without the `example` folder (it is documentation)."""
    return [
        path
        for path in sorted(Path(sources).rglob("*.json"))
        if "example" not in path.relative_to(sources).parts[:-1]
    ]


def load_corpus_sources(sources: Path) -> list[dict]:
    """Build every document of the corpus from its authoring files."""
    files = source_files(sources)
    return load_sources(files) if files else []


def build_corpus(
    sources: Path, out_dir: Path, *, dev_share: float = 0.15, test_share: float = 0.15
) -> dict[str, int]:
    """Build, validate and split the corpus into OUT/train.jsonl, dev.jsonl and test.jsonl.

    The split is by document and stratified by `meta.body_type`, so every kind of publisher is seen
    in every split. Within a body type, documents are ordered by the SHA-1 of their id: the first
    round(n * test_share) go to test, the next round(n * dev_share) to dev, the rest to train. A
    hash order does not depend on file names or reading order, and a new document only moves the
    documents whose place it takes. Raises ValueError (listing every problem) on an invalid corpus.
    """
    documents = load_corpus_sources(Path(sources))
    problems = corpus_problems(documents)
    if problems:
        raise ValueError(f"{len(problems)} problem(s) in the corpus:\n" + "\n".join(problems))
    splits = split_documents(documents, dev_share=dev_share, test_share=test_share)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, docs in splits.items():
        write_jsonl_atomic(out_dir / f"{name}.jsonl", sorted(docs, key=lambda doc: doc["id"]))
    return {name: len(docs) for name, docs in splits.items()}


def corpus_problems(documents: list[dict]) -> list[str]:
    """Every validation problem (training labels required) and duplicate id, one line each."""
    problems = []
    seen: set[str] = set()
    for doc in documents:
        doc_id = doc.get("id")
        if doc_id in seen:
            problems.append(f"{doc_id}: duplicate document id")
        seen.add(doc_id)
        for field, message in validate_document(doc, require_labels=True):
            problems.append(f"{doc_id}: {field}: {message}")
    return problems


def split_documents(documents: list[dict], *, dev_share: float, test_share: float) -> dict[str, list[dict]]:
    """Assign documents to train/dev/test by body type and id hash (see `build_corpus`)."""
    strata: dict[str, list[dict]] = {}
    for doc in documents:
        strata.setdefault(_body_type(doc), []).append(doc)
    splits: dict[str, list[dict]] = {name: [] for name in SPLITS}
    for key in sorted(strata):
        ordered = sorted(strata[key], key=lambda doc: _id_hash(doc["id"]))
        n_test = round(len(ordered) * test_share)
        n_dev = round(len(ordered) * dev_share)
        splits["test"].extend(ordered[:n_test])
        splits["dev"].extend(ordered[n_test : n_test + n_dev])
        splits["train"].extend(ordered[n_test + n_dev :])
    return splits


def _id_hash(doc_id: str) -> str:
    return hashlib.sha1(doc_id.encode("utf-8")).hexdigest()


def _body_type(doc: dict) -> str:
    return (doc.get("meta") or {}).get("body_type") or NO_BODY_TYPE


def write_jsonl_atomic(path: Path, records: Iterable[dict]) -> None:
    """Write JSON Lines so that readers never see a half-written file."""
    write_text_atomic(path, "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records))


def write_text_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` through `export.atomic_writer` (temporary file, fsync, rename)."""
    with atomic_writer(Path(path)) as file:
        file.write(text)


def read_jsonl(path: Path) -> list[dict]:
    """The documents of one JSON Lines file (blank lines skipped)."""
    with open(path, encoding="utf-8") as file:
        return [json.loads(line) for line in file if line.strip()]


# -------------------------------------------------------------------------------------------- statistics


def corpus_stats(files: list[Path]) -> dict:
    """Count documents, sentences and labels over labelled JSONL files.

    Sentence stances and roles count sentences; segment labels count segments and characters;
    layouts, hard cases, body types, document stances, multi-speaker documents and quote styles
    count documents. `words` gives the min / median / max words per document.
    """
    per_file: dict[str, dict[str, int]] = {}
    documents: list[dict] = []
    for path in files:
        docs = read_jsonl(Path(path))
        sentence_count = sum(len(doc.get("sentences") or []) for doc in docs)
        per_file[Path(path).name] = {"documents": len(docs), "sentences": sentence_count}
        documents.extend(docs)
    sentences = [s for doc in documents for s in doc.get("sentences") or []]
    segments = [s for doc in documents for s in doc.get("segments") or []]
    words = [len(doc.get("text", "").split()) for doc in documents]
    return {
        "files": per_file,
        "documents": len(documents),
        "sentences": len(sentences),
        "sentence_stances": _tally((s.get("stance") for s in sentences), SENTENCE_STANCES),
        "roles": _tally((r for s in sentences for r in set(s.get("roles") or [])), ROLES),
        "segments": _segment_tally(segments),
        "layouts": _tally((x for doc in documents for x in set(doc.get("layouts") or [])), LAYOUTS),
        "hard_cases": _tally((x for doc in documents for x in set(doc.get("hard_cases") or [])), HARD_CASES),
        "body_types": _tally((_body_type(doc) for doc in documents), BODY_TYPES),
        "document_stances": _tally((doc.get("stance") for doc in documents), DOC_STANCES),
        "multi_speaker_documents": sum(len(doc.get("speakers") or []) >= 2 for doc in documents),
        "words": {
            "min": min(words, default=0),
            "median": statistics.median(words) if words else 0,
            "max": max(words, default=0),
        },
        "quote_styles": {
            "straight": sum('"' in doc.get("text", "") for doc in documents),
            "curly": sum("\u201c" in doc.get("text", "") for doc in documents),
        },
    }


def _tally(values: Iterable, known: tuple[str, ...]) -> dict[str, int]:
    """Counts for every known label (zeros included, in label-set order), then any others sorted."""
    counts = Counter(value for value in values if value is not None)
    extra = sorted(set(counts) - set(known), key=str)
    return {label: counts[label] for label in (*known, *extra)}


def _segment_tally(segments: list[dict]) -> dict[str, dict[str, int]]:
    tally = {label: {"segments": 0, "characters": 0} for label in SEGMENT_LABELS}
    for segment in segments:
        entry = tally.setdefault(segment.get("label"), {"segments": 0, "characters": 0})
        entry["segments"] += 1
        entry["characters"] += segment["end"] - segment["start"]
    return tally


def check_requirements(stats: dict) -> list[str]:
    """The corpus targets that `stats` misses, one message each (empty when all are met)."""
    failed: list[str] = []

    def need(actual: int, minimum: int, what: str) -> None:
        if actual < minimum:
            failed.append(f"{what}: {actual}, need at least {minimum}")

    need(stats["documents"], MIN_DOCUMENTS, "documents")
    need(stats["sentences"], MIN_SENTENCES, "labelled sentences")
    for body_type in BODY_TYPES:
        need(stats["body_types"].get(body_type, 0), 1, f"documents of body_type {body_type}")
    for body_type in MAIN_BODY_TYPES:
        need(stats["body_types"].get(body_type, 0), MIN_DOCS_PER_MAIN_BODY_TYPE, f"documents of body_type {body_type}")
    for layout in LAYOUTS:
        need(stats["layouts"].get(layout, 0), 1, f"documents with layout {layout}")
    need(stats["multi_speaker_documents"], MIN_MULTI_SPEAKER_DOCS, "documents with two or more speakers")
    for stance, minimum in MIN_STANCE_SENTENCES.items():
        need(stats["sentence_stances"].get(stance, 0), minimum, f"{stance} sentences")
    for stance in DOC_STANCES:
        need(stats["document_stances"].get(stance, 0), 1, f"documents with stance {stance}")
    for role in ROLES:
        need(stats["roles"].get(role, 0), MIN_ROLE_SENTENCES, f"sentences with role {role}")
    for case in HARD_CASES:
        need(stats["hard_cases"].get(case, 0), MIN_HARD_CASE_DOCS, f"documents with hard case {case}")
    words = stats["words"]
    if words["min"] > MAX_SHORTEST_WORDS:
        failed.append(f"shortest document: {words['min']} words, need one of at most {MAX_SHORTEST_WORDS}")
    if words["max"] < MIN_LONGEST_WORDS:
        failed.append(f"longest document: {words['max']} words, need one of at least {MIN_LONGEST_WORDS}")
    return failed


# ---------------------------------------------------------------------------------------------- overlaps


# Set formulas that independent writers reproduce word for word, as real publishers do: a parliament's motion
# and a joint letter's note on signatories. Compared after the normalisation `_paragraphs` applies.
STOCK_PARAGRAPHS = frozenset({
    "i beg to move, that the clause be read a second time.",
    "* individuals sign in a personal capacity; affiliations are given for identification only.",
})


def shared_paragraphs(documents: list[dict]) -> list[tuple[str, str, str]]:
    """Pairs of different documents that share a paragraph: `(id_a, id_b, paragraph)`, id_a < id_b, sorted.

    Paragraphs are blocks between blank lines, compared lower-cased with whitespace collapsed. Lines
    that are all boilerplate are dropped first (site furniture repeats by design), and paragraphs
    under MIN_PARAGRAPH_WORDS words ("Notes to editors", "Ends") or in STOCK_PARAGRAPHS are ignored.
    """
    holders: dict[str, set[str]] = {}
    for doc in documents:
        for paragraph in _paragraphs(doc) - STOCK_PARAGRAPHS:
            holders.setdefault(paragraph, set()).add(doc["id"])
    pairs = []
    for paragraph, ids in holders.items():
        ordered = sorted(ids)
        for i, first in enumerate(ordered):
            pairs.extend((first, second, paragraph) for second in ordered[i + 1 :])
    return sorted(pairs)


def _paragraphs(doc: dict) -> set[str]:
    text = doc.get("text", "")
    content = _content_mask(text, doc.get("segments"))
    found = set()
    for match in re.finditer(r"(?:(?!\n[ \t]*\n).)+", text, flags=re.DOTALL):
        lines = []
        for line in re.finditer(r"[^\n]+", match.group()):
            start = match.start() + line.start()
            if any(content[start : start + len(line.group())]):
                lines.append(line.group())
        normalised = " ".join(" ".join(lines).lower().split())
        if len(normalised.split()) >= MIN_PARAGRAPH_WORDS:
            found.add(normalised)
    return found


def _content_mask(text: str, segments: list[dict] | None) -> list[bool]:
    """True for each character covered by a segment other than boilerplate (all True without segments)."""
    if not segments:
        return [True] * len(text)
    mask = [False] * len(text)
    for segment in segments:
        if segment.get("label") != "boilerplate":
            mask[segment["start"] : segment["end"]] = [True] * (segment["end"] - segment["start"])
    return mask


def seed_overlap(documents: list[dict], seed_text: str, n: int = 8) -> list[tuple[str, float]]:
    """Documents that share more than 5% of their word n-grams with the seed: `(id, share)`, largest first.

    Words are lower-cased runs of letters and digits, so changed punctuation or quotation marks do
    not hide a copy. The share is taken over the smaller of the two n-gram sets, so a long
    document that embeds a paraphrase of the seed is caught as well as a short one built from it.
    """
    seed = _ngrams(seed_text, n)
    found = []
    for doc in documents:
        grams = _ngrams(doc.get("text", ""), n)
        if not grams or not seed:
            continue
        share = len(grams & seed) / min(len(grams), len(seed))
        if share > SEED_OVERLAP_THRESHOLD:
            found.append((doc["id"], share))
    return sorted(found, key=lambda item: (-item[1], item[0]))


def _ngrams(text: str, n: int) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


# ---------------------------------------------------------------------------------------------- markdown


def render_stats_markdown(stats: dict) -> str:
    """The counts as Markdown tables between the stats markers (same stats, same text)."""
    names = sorted(stats["files"], key=_file_order)
    files = [[name, stats["files"][name]["documents"], stats["files"][name]["sentences"]] for name in names]
    files.append(["**total**", stats["documents"], stats["sentences"]])
    words, quotes = stats["words"], stats["quote_styles"]
    parts = [
        STATS_START,
        _table("Files", ["file", "documents", "sentences"], files),
        _table("Sentence stances", ["stance", "sentences"], stats["sentence_stances"].items()),
        _table("Roles", ["role", "sentences"], stats["roles"].items()),
        _table(
            "Segments",
            ["label", "segments", "characters"],
            [[label, entry["segments"], entry["characters"]] for label, entry in stats["segments"].items()],
        ),
        _table("Body types", ["body_type", "documents"], stats["body_types"].items()),
        _table("Document stances", ["stance", "documents"], stats["document_stances"].items()),
        _table("Layouts", ["layout", "documents"], stats["layouts"].items()),
        _table("Hard cases", ["hard case", "documents"], stats["hard_cases"].items()),
        _table(
            "Documents",
            ["measure", "value"],
            [
                ["documents with two or more speakers", stats["multi_speaker_documents"]],
                ["words per document (min / median / max)", _min_median_max(words)],
                ['documents with straight quotes (")', quotes["straight"]],
                ["documents with curly quotes (\u201c)", quotes["curly"]],
            ],
        ),
        STATS_END,
    ]
    return "\n\n".join(parts)


def _min_median_max(words: dict) -> str:
    return f"{words['min']} / {_number(words['median'])} / {words['max']}"


def _file_order(name: str) -> tuple[int, str]:
    """train, dev, test first (the reading order of a split), then any other file by name."""
    stem = name.removesuffix(".jsonl")
    return (SPLITS.index(stem) if stem in SPLITS else len(SPLITS), name)


def _table(title: str, header: list[str], rows: Iterable) -> str:
    lines = [f"**{title}**", "", "| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines.extend("| " + " | ".join(_cell(value) for value in row) + " |" for row in rows)
    return "\n".join(lines)


def _cell(value: object) -> str:
    return _number(value) if isinstance(value, float) else str(value).replace("|", "\\|")


def _number(value: float | int) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def replace_marked_block(text: str, block: str) -> str:
    """Put `block` (which starts and ends with its markers) in place of the marked block of `text`.

    Appends it (after a blank line) when `text` has no such block yet.
    """
    start_marker, end_marker = block.splitlines()[0], block.splitlines()[-1]
    start = text.find(start_marker)
    end = text.find(end_marker, start + 1) if start >= 0 else -1
    if start < 0 or end < 0:
        return (text.rstrip("\n") + "\n\n" if text.strip() else "") + block + "\n"
    return text[:start] + block + text[end + len(end_marker) :]


def update_marked_file(path: Path, block: str) -> bool:
    """Replace the marked block in the file at `path`; return whether its content changed."""
    path = Path(path)
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    new = replace_marked_block(old, block)
    if new == old:
        return False
    write_text_atomic(path, new)
    return True


def update_readme(readme: Path, stats: dict) -> bool:
    """Replace the stats block of `readme` with the current counts; return whether it changed."""
    return update_marked_file(readme, render_stats_markdown(stats))


def readme_is_current(readme: Path, stats: dict) -> bool:
    """Whether `readme` exists and its stats block shows exactly these counts."""
    readme = Path(readme)
    if not readme.exists():
        return False
    text = readme.read_text(encoding="utf-8")
    return replace_marked_block(text, render_stats_markdown(stats)) == text
