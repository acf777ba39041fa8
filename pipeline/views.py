"""HTML views of a run: one self-contained page per document and an index page with charts.

The pages need no network and no JavaScript: CSS and SVG charts are inline, scores show on hover
through `title` attributes. Every piece of document text reaches the HTML through Jinja2 with
autoescaping on (and a Content-Security-Policy that forbids scripts as a second line of defence).
Records are read one at a time; the index keeps only per-body and per-period counts in memory and
spools its table rows to a temporary file, so memory does not grow with the corpus.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable, Mapping

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from .charts import LABEL_CHARS, STANCE_COLOURS, short_label, stance_bars_svg
from .errors import Errors, StanceError
from .export import atomic_writer
from .labels import DOC_STANCES, ROLES, SEGMENT_LABELS, SENTENCE_STANCES
from .results import iter_records, records_path

DOCS_DIR = "docs"
INDEX_FILE = "index.html"
# Light tints, so the stance colour of each sentence stays readable on top of them.
SEGMENT_COLOURS = {
    "headline": "#ffe8a3",
    "lead": "#d6e6fa",
    "quote": "#e8d9fa",
    "body": "#ffffff",
    "note": "#d9eedf",
    "boilerplate": "#e6e6e6",
}
META_ORDER = ("body", "body_type", "date", "source", "model", "model_version")
MAX_CHART_BODIES = 25
MAX_MONTHS = 36
MAX_PERIODS = 60
_SLUG = re.compile(r"[^a-z0-9]+")
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])\b")
_YEAR = re.compile(r"^(\d{4})\b")


class RecordProblem(ValueError):
    """A record whose offsets cannot be drawn; write_views turns it into a StanceError naming the file."""


def write_views(source: str | Path, out_dir: str | Path) -> dict:
    """Write OUT/docs/<page>.html for every record of a run and OUT/index.html with charts.

    source: the output folder of `stance run` or a documents.jsonl it wrote.
    Pages an earlier write left for documents no longer in the run are removed.
    RETURNS: {"documents", "index", "docs_dir", "bodies", "undated", "with_stance", "removed_pages"}.
    """
    path = records_path(source)
    out_dir = Path(out_dir)
    docs_dir = out_dir / DOCS_DIR
    try:
        docs_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StanceError(Errors.E123.format(path=out_dir, why=error.strerror or error)) from error
    env = template_environment()
    page = env.get_template("document.html")
    corpus = CorpusSummary()
    seen: set[str] = set()
    with tempfile.TemporaryFile("w+", encoding="utf-8") as rows:
        for number, record in enumerate(iter_records(path), start=1):
            if not isinstance(record, dict):
                raise StanceError(Errors.E120.format(path=path, number=number, why="it is not a JSON object"))
            doc_id = str(record.get("id", f"record-{number}"))
            filename = page_filename(doc_id)
            if filename in seen:
                raise StanceError(Errors.E122.format(path=path, doc_id=doc_id))
            seen.add(filename)
            try:
                view = document_view(record, doc_id)
            except RecordProblem as problem:
                raise StanceError(Errors.E121.format(path=path, doc_id=doc_id, why=problem)) from None
            _write(docs_dir / filename, [page.render(view=view, **_page_globals(index_href=f"../{INDEX_FILE}"))])
            row = summary_row(record, view, f"{DOCS_DIR}/{filename}")
            corpus.add(row, record)
            rows.write(json.dumps(row) + "\n")  # ASCII, so lone surrogates survive the spool
        rows.seek(0)
        index = env.get_template("index.html")
        context = corpus.context()
        stream = index.stream(rows=(json.loads(line) for line in rows), **context,
                              **_page_globals(index_href=INDEX_FILE))
        stream.enable_buffering(size=500)  # write the index in chunks, not one string per template fragment
        _write(out_dir / INDEX_FILE, stream)
    removed = _remove_stale_pages(docs_dir, seen)
    return {
        "documents": corpus.documents,
        "index": str(out_dir / INDEX_FILE),
        "docs_dir": str(docs_dir),
        "bodies": len(corpus.bodies),
        "undated": corpus.undated,
        "with_stance": corpus.with_stance,
        "removed_pages": removed,
    }


def template_environment() -> Environment:
    """The Jinja2 environment of the views: package templates, autoescaping on for everything."""
    env = Environment(
        loader=PackageLoader("pipeline", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["num"] = format_number
    env.filters["label"] = display_label
    return env


_PAGE_NAME = re.compile(r"^[a-z0-9-]+-[0-9a-f]{12}\.html$")


def _remove_stale_pages(docs_dir: Path, written: set[str]) -> int:
    """Remove pages an earlier write left for documents no longer in the run; only names this
    module makes (slug + 12 hex digits) are touched, never other files in the folder."""
    stale = [p for p in docs_dir.iterdir() if _PAGE_NAME.match(p.name) and p.name not in written]
    for page in stale:
        page.unlink(missing_ok=True)
    return len(stale)


def page_filename(doc_id: str) -> str:
    """A safe, stable, unique file name for a document id: a readable slug plus a hash of the id.

    Only [a-z0-9-] reach the file system, so path separators, dots, control characters and
    reserved names in ids cannot escape the folder or clash on case-insensitive file systems.
    """
    slug = _SLUG.sub("-", doc_id.lower()).strip("-")[:60].strip("-") or "document"
    digest = hashlib.sha256(doc_id.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return f"{slug}-{digest}.html"


def document_view(record: Mapping, doc_id: str) -> dict:
    """The template context of one document page: headline, metadata, stance, shaded text, speakers."""
    text = record.get("text")
    if not isinstance(text, str):
        raise RecordProblem("`text` is missing or not a string")
    meta = record.get("meta") if isinstance(record.get("meta"), Mapping) else {}
    speakers = {str(s.get("id")): s for s in _dicts(record.get("speakers"))}
    rollups = record.get("rollups") if isinstance(record.get("rollups"), Mapping) else {}
    quote_rollups = {(q.get("start"), q.get("end")): q for q in _dicts(rollups.get("quotes"))}
    speaker_rollups = rollups.get("speakers") if isinstance(rollups.get("speakers"), Mapping) else {}
    segments = _spans(record.get("segments"), len(text), "segments")
    sentences = _spans(record.get("sentences"), len(text), "sentences")
    blocks = _blocks(text, segments, sentences, speakers, quote_rollups)
    return {
        "id": doc_id,
        "headline": headline(record, text, segments, doc_id),
        "meta": _meta_rows(meta),
        "stance": _doc_stance(record),
        "blocks": blocks,
        "labels_present": [label for label in SEGMENT_LABELS if any(b["label"] == label for b in blocks)],
        "has_stance": any(s.get("stance") is not None for s in sentences),
        "speakers": [_speaker_row(s, speaker_rollups.get(key)) for key, s in speakers.items()],
    }


def headline(record: Mapping, text: str, segments: list[dict], doc_id: str) -> str:
    """The document's title: meta.title, else its first headline segment, else its id."""
    meta = record.get("meta") if isinstance(record.get("meta"), Mapping) else {}
    title = meta.get("title")
    if isinstance(title, str) and title.strip():
        return " ".join(title.split())
    for segment in segments:
        if segment.get("label") == "headline":
            words = " ".join(text[segment["start"]:segment["end"]].split())
            if words:
                return words
    return doc_id


def summary_row(record: Mapping, view: Mapping, href: str) -> dict:
    """The small row the index keeps for a document (no text)."""
    meta = record.get("meta") if isinstance(record.get("meta"), Mapping) else {}
    return {
        "id": view["id"],
        "href": href,
        "title": view["headline"],
        "body": _text(meta.get("body")),
        "body_type": _text(meta.get("body_type")),
        "date": _text(meta.get("date")),
        "stance": view["stance"],
    }


class CorpusSummary:
    """Per-body sentence stance counts and per-period document stance counts, built one record at a time."""

    def __init__(self):
        self.documents = 0
        self.undated = 0
        self.with_stance = 0
        self.doc_stances: Counter = Counter()
        self.bodies: dict[str, Counter] = defaultdict(Counter)
        self.body_documents: Counter = Counter()
        self.months: dict[str, Counter] = defaultdict(Counter)
        self.years: dict[str, Counter] = defaultdict(Counter)

    def add(self, row: Mapping, record: Mapping) -> None:
        """Count one document: its body's sentence stances and its date's document stance."""
        self.documents += 1
        stance = row["stance"]["label"]
        if stance:
            self.with_stance += 1
            self.doc_stances[stance] += 1
        body = row["body"] or "(no body)"
        self.body_documents[body] += 1
        for sentence in _dicts(record.get("sentences")):
            if sentence.get("stance") in SENTENCE_STANCES:
                self.bodies[body][sentence["stance"]] += 1
        month, year = _period(row["date"])
        if year is None:
            self.undated += 1
        elif stance in DOC_STANCES:
            self.years[year][stance] += 1
            if month:
                self.months[month][stance] += 1

    def context(self) -> dict:
        """The index template's charts and totals."""
        return {
            "documents": self.documents,
            "with_stance": self.with_stance,
            "undated": self.undated,
            "doc_stances": [(s, self.doc_stances[s]) for s in DOC_STANCES if self.doc_stances[s]],
            "charts": [chart for chart in (self._body_chart(), self._time_chart()) if chart],
        }

    def _body_chart(self) -> dict | None:
        ranked = sorted(self.bodies.items(), key=lambda item: (-sum(item[1].values()), item[0]))
        if not ranked:
            return None
        shown, rest = ranked[:MAX_CHART_BODIES], ranked[MAX_CHART_BODIES:]
        rows = [(f"{short_label(body, LABEL_CHARS - 8)} ({self.body_documents[body]})", counts)
                for body, counts in shown]
        if rest:
            rows.append((f"{len(rest)} other bodies", sum((c for _, c in rest), Counter())))
        svg = stance_bars_svg(rows, shares=True, axis_label="% of the body's sentences", chart_id="views-bodies")
        caption = (f"Share of favor, against and neutral sentences in each body's documents "
                   f"(documents in brackets; {_total(self.bodies):,} sentences).")
        return {"id": "by-body", "title": "Sentence stance by body", "svg": Markup(svg), "caption": caption}

    def _time_chart(self) -> dict | None:
        if not self.years:
            return None
        # Months only when every dated document gives its month; otherwise all go by year.
        monthly = _total(self.months) == _total(self.years)
        periods = self.months if monthly and _span(self.months, monthly=True) <= MAX_MONTHS else self.years
        unit = "month" if periods is self.months else "year"
        keys = _fill(sorted(periods), monthly=unit == "month")
        rows = [(key, periods.get(key, Counter())) for key in keys]
        svg = stance_bars_svg(rows, categories=DOC_STANCES, horizontal=False, axis_label="documents",
                              chart_id="views-time")
        dated = _total(periods)
        caption = f"Documents by their publisher's stance, per {unit} of publication ({dated:,} dated documents"
        caption += f"; {self.undated:,} without a date)." if self.undated else ")."
        return {"id": "over-time", "title": f"Document stance by {unit}", "svg": Markup(svg), "caption": caption}


def format_number(value: object, spec: str = ".2f") -> str:
    """A score for display; values that are not numbers are shown as they are."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return format(value, spec)
    return "" if value is None else str(value)


def display_label(value: object) -> str:
    """A label such as `policy_ask` or `child_protection` written with spaces."""
    return str(value).replace("_", " ")


def _blocks(text: str, segments: list[dict], sentences: list[dict], speakers: Mapping,
            quote_rollups: Mapping) -> list[dict]:
    """Cut the whole text into blocks (segments, and the unlabelled gaps between them), each cut
    into pieces (sentences and the text between them); every character lands in one piece."""
    blocks, position = [], 0
    for segment in (s for s in segments if s["end"] > s["start"]):
        if segment["start"] > position:
            blocks.append(_block(position, segment["start"], None))
        blocks.append(_block(segment["start"], segment["end"], segment, speakers, quote_rollups))
        position = segment["end"]
    if position < len(text):
        blocks.append(_block(position, len(text), None))
    queue = [s for s in sentences if s["end"] > s["start"]]
    index = 0
    for block in blocks:
        cursor = block["start"]
        while index < len(queue) and queue[index]["start"] < block["end"]:
            sentence = queue[index]
            if sentence["end"] > block["end"]:
                raise RecordProblem(
                    f"sentence {sentence['start']}-{sentence['end']} crosses the segment boundary at {block['end']}"
                )
            if sentence["start"] > cursor:
                block["pieces"].append({"text": text[cursor:sentence["start"]], "sentence": None})
            block["pieces"].append({"text": text[sentence["start"]:sentence["end"]], "sentence": _sentence(sentence)})
            cursor = sentence["end"]
            index += 1
        if cursor < block["end"]:
            block["pieces"].append({"text": text[cursor:block["end"]], "sentence": None})
    return blocks


def _block(start: int, end: int, segment: Mapping | None, speakers: Mapping | None = None,
           quote_rollups: Mapping | None = None) -> dict:
    label = segment.get("label") if segment else None
    block = {
        "start": start,
        "end": end,
        "label": label if label is None else str(label),
        "css": "gap" if segment is None else (label if label in SEGMENT_LABELS else "other"),
        "speaker": None,
        "pieces": [],
    }
    if segment and segment.get("speaker") is not None:
        key = str(segment["speaker"])
        speaker = (speakers or {}).get(key) or {"id": key}
        rollup = (quote_rollups or {}).get((start, end))
        block["speaker"] = {**_speaker_names(speaker), "tooltip": _quote_tooltip(key, rollup)}
    return block


def _sentence(sentence: Mapping) -> dict:
    stance = sentence.get("stance")
    listed = sentence.get("roles")
    roles = [str(role) for role in listed if role is not None] if isinstance(listed, list) else []
    lines = []
    if stance is not None:
        lines.append(f"stance: {stance}" + _scores(sentence.get("stance_scores")))
    if listed is not None or sentence.get("role_scores"):
        lines.append(f"roles: {', '.join(roles) or 'none'}" + _scores(sentence.get("role_scores")))
    return {
        "stance": None if stance is None else str(stance),
        "css": stance if stance in SENTENCE_STANCES else "none",
        "roles": [{"name": role, "css": role if role in ROLES else "other"} for role in roles],
        "tooltip": "\n".join(lines) or "no stance predicted",
    }


def _scores(scores: object, spec: str = ".2f") -> str:
    """' (a 0.80 · b 0.10)': the scores, highest first, for a tooltip."""
    if not isinstance(scores, Mapping) or not scores:
        return ""
    ranked = sorted(scores.items(), key=lambda item: -item[1] if isinstance(item[1], (int, float)) else 0)
    return " (" + " · ".join(f"{name} {format_number(value, spec)}" for name, value in ranked) + ")"


def _doc_stance(record: Mapping) -> dict:
    rollup = record.get("stance_rollup") if isinstance(record.get("stance_rollup"), Mapping) else {}
    label = record.get("stance", rollup.get("stance"))
    label = None if label is None else str(label)
    tooltip = []
    if rollup.get("probabilities"):
        tooltip.append("document model" + _scores(rollup["probabilities"]))
    if rollup.get("counts"):
        tooltip.append("sentences" + _scores(rollup["counts"], "g"))
    return {
        "label": label,
        "css": label if label in STANCE_COLOURS else "none",
        "score": rollup.get("score"),
        "confidence": rollup.get("confidence"),
        "low_confidence": bool(rollup.get("low_confidence")),
        "counts": rollup.get("counts") if isinstance(rollup.get("counts"), Mapping) else None,
        "tooltip": "\n".join(tooltip),
    }


def _speaker_names(speaker: Mapping) -> dict:
    name, role, org = (_text(speaker.get(key)) for key in ("name", "role", "org"))
    return {
        "name": name or org or f"unnamed speaker {speaker.get('id', '')}".strip(),
        "details": ", ".join(part for part in (role, org if name else "") if part),
    }


def _speaker_row(speaker: Mapping, rollup: object) -> dict:
    row = {"id": str(speaker.get("id")), **_speaker_names(speaker), "rollup": None}
    if isinstance(rollup, Mapping):
        label = None if rollup.get("stance") is None else str(rollup["stance"])
        row["rollup"] = {
            "label": label,
            "css": label if label in STANCE_COLOURS else "none",
            "score": rollup.get("score"),
            "confidence": rollup.get("confidence"),
            "low_confidence": bool(rollup.get("low_confidence")),
            "counts": rollup.get("counts") if isinstance(rollup.get("counts"), Mapping) else {},
            "tooltip": f"score {format_number(rollup.get('score'), '+.2f')}, "
                       f"confidence {format_number(rollup.get('confidence'))}",
        }
    return row


def _quote_tooltip(key: str, rollup: Mapping | None) -> str:
    if not rollup:
        return f"speaker {key}"
    counts = rollup.get("counts") if isinstance(rollup.get("counts"), Mapping) else {}
    return (f"speaker {key}; quote stance: {rollup.get('stance')}, "
            f"score {format_number(rollup.get('score'), '+.2f')}, confidence {format_number(rollup.get('confidence'))}; "
            + ", ".join(f"{n} {stance}" for stance, n in counts.items()))


def _meta_rows(meta: Mapping) -> list[tuple[str, str]]:
    keys = [k for k in META_ORDER if k in meta] + sorted(str(k) for k in meta if k not in META_ORDER and k != "title")
    return [(key, _text(meta.get(key))) for key in keys if meta.get(key) not in (None, "")]


def _spans(items: object, length: int, field: str) -> list[dict]:
    """The spans of `field`, sorted; offsets must be integers inside the text and must not overlap."""
    spans = []
    for number, item in enumerate(_dicts(items)):
        start, end = item.get("start"), item.get("end")
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
            raise RecordProblem(f"{field}[{number}] has offsets {start!r}-{end!r}, not integers")
        if not 0 <= start <= end <= length:
            raise RecordProblem(f"{field}[{number}] {start}-{end} falls outside the text of {length} characters")
        spans.append(item)
    spans.sort(key=lambda s: (s["start"], s["end"]))
    for before, after in zip(spans, spans[1:]):
        if after["start"] < before["end"]:
            raise RecordProblem(
                f"{field} {before['start']}-{before['end']} and {after['start']}-{after['end']} overlap"
            )
    return spans


def _dicts(value: object) -> list[Mapping]:
    return [item for item in value if isinstance(item, Mapping)] if isinstance(value, list) else []


def _text(value: object) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _period(date: str) -> tuple[str | None, str | None]:
    """(YYYY-MM or None, YYYY or None) of a date string such as 2023-03-21, 2023-03 or 2023."""
    month = _MONTH.match(date)
    if month:
        return f"{month.group(1)}-{month.group(2)}", month.group(1)
    year = _YEAR.match(date)
    return None, year.group(1) if year else None


def _total(groups: Mapping[str, Counter]) -> int:
    return sum(sum(counts.values()) for counts in groups.values())


def _ordinal(key: str, monthly: bool) -> int:
    return int(key[:4]) * 12 + int(key[5:7]) - 1 if monthly else int(key)


def _span(periods: Mapping, monthly: bool) -> int:
    ordinals = [_ordinal(key, monthly) for key in periods]
    return max(ordinals) - min(ordinals) + 1


def _fill(keys: list[str], monthly: bool) -> list[str]:
    """Every period from the first to the last, so gaps in time show as gaps (unless far too many)."""
    first, last = _ordinal(keys[0], monthly), _ordinal(keys[-1], monthly)
    if last - first + 1 > MAX_PERIODS:
        return keys
    if monthly:
        return [f"{n // 12:04d}-{n % 12 + 1:02d}" for n in range(first, last + 1)]
    return [f"{n:04d}" for n in range(first, last + 1)]


def _page_globals(index_href: str) -> dict:
    return {
        "stance_colours": STANCE_COLOURS,
        "segment_colours": SEGMENT_COLOURS,
        "sentence_stances": SENTENCE_STANCES,
        "index_href": index_href,
    }


@functools.cache
def _umask() -> int:
    mask = os.umask(0o022)  # the umask can only be read by setting it; put it back at once
    os.umask(mask)
    return mask


def _write(path: Path, chunks: Iterable[str]) -> None:
    try:
        with atomic_writer(path) as handle:
            for chunk in chunks:
                # A hand-made JSONL may hold lone surrogates, which UTF-8 cannot encode: show them escaped.
                handle.write(chunk.encode("utf-8", "backslashreplace").decode("utf-8"))
        # The temporary file was private (0600); pages are for sharing, so give them the usual mode.
        os.chmod(path, 0o666 & ~_umask())
    except OSError as error:
        raise StanceError(Errors.E123.format(path=path, why=error.strerror or error)) from error
