"""Scores that compare predicted documents with gold ones: segments by character, speakers by quote."""

from __future__ import annotations

import re
from collections import Counter

from .labels import SEGMENT_LABELS

# ("Mrs Justice Roe" and "Roe" with the role "Mrs Justice" are the same judge named the same way)
# (titles may stack: "Prof. Avv. Emanuele Roe", "Rev Dr Jo Roe"; a degree's parts only in lower case: "Dr. iur.", not "Phil.")
_TITLES = re.compile(r"^(?:(?:(?:mr|mrs|ms|lord|lady)\.?\s+justice|(?:(?:rev|revd|reverend)\.?\s+)?canon|(?:the\s+)?(?:rt|right|very|most)(?=\.?\s+(?:rev|revd|reverend)\b)|dr|dra|prof|professor|sir|dame|mr|mrs|ms|mx|miss|rt hon|the rt hon|hon"
                     r"|ing(?=\.)|lic|arq|eng\.?[\u00ba\u00aa]|eng|engr|ir|ts|mag(?=\.)|hab(?=\.)|(?-i:iur|jur|phil|rer|nat|med|oec|pol|techn|theol|sc|habil|vet|dent|soc|publ|agr|math|paed)(?=\.)|dipl\.?-ing|cra(?=\.)|mgr(?=\.)|judr|phdr|h\.\s?e(?=\.)|me(?=\s+[A-Z])|ma\u00eetre|atty|khun|avv|dott(?:\.?ssa)?|mme"
                     r"|shri|sri|smt|shrimati|ibu|bapak|imam|rabbi|rev|revd|reverend|pastor|sheikh|alhaji|alhaja"
                     r"|(?:datuk|dato['\u2019]?|tan)\s+s(?:e)?ri|datuk|dato['\u2019]?)\.?\s+)+",
                     re.IGNORECASE)


def _char_labels(text: str, segments: list[dict]) -> list[str | None]:
    labels: list[str | None] = [None] * len(text)
    for segment in segments:
        for index in range(max(0, segment["start"]), min(len(text), segment["end"])):
            labels[index] = segment["label"]
    return labels


def segment_counts(text: str, gold: list[dict], predicted: list[dict]) -> Counter:
    """Per-label true positive, false positive and false negative counts over non-whitespace characters."""
    counts: Counter = Counter()
    gold_labels, predicted_labels = _char_labels(text, gold), _char_labels(text, predicted)
    for char, g, p in zip(text, gold_labels, predicted_labels):
        if char.isspace() or g == p == None:  # noqa: E711
            continue
        if g == p:
            counts[(g, "tp")] += 1
        else:
            if p is not None:
                counts[(p, "fp")] += 1
            if g is not None:
                counts[(g, "fn")] += 1
    return counts


def prf(tp: int, fp: int, fn: int) -> dict:
    """Precision, recall and F1 (0.0 where undefined)."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "support": tp + fn}


def segment_scores(counts: Counter) -> dict:
    """Micro F1 and per-label scores from `segment_counts` (summed over documents)."""
    per_label = {
        label: prf(counts[(label, "tp")], counts[(label, "fp")], counts[(label, "fn")]) for label in SEGMENT_LABELS
    }
    totals = [sum(counts[(label, kind)] for label in SEGMENT_LABELS) for kind in ("tp", "fp", "fn")]
    return {"segment_micro_f1": prf(*totals)["f1"], "segments": per_label}

# "Casimir Otterbourne KC", "Jo Roe MP": letters after a name are not part of it (case-sensitive: "Jo Kc")
_POST_NOMINALS = re.compile(r"(?:,?\s+(?:KC|QC|SC|MP|MSP|MLA|MEP|TD|OBE|CBE|MBE|KBE|DBE|FRS|FREng|PhD))+$")


# a forum's or network's prefix before a user name: "u/jo_roe", "@jo_roe"
_SITE_PREFIX = re.compile(r"^(?:u/|@)(?=\w)")


def normalise_name(value: str | None) -> str:
    """Compare names without titles, post-nominal letters, case, punctuation or extra spaces."""
    if not value:
        return ""
    value = _POST_NOMINALS.sub("", _TITLES.sub("", value.strip()))
    value = _SITE_PREFIX.sub("", value)  # "u/teakettle_otter" and "teakettle_otter" are one user
    value = re.sub(r"^the\s+", "", value, flags=re.IGNORECASE)
    return re.sub(r"[^\w]+", " ", value.lower()).strip()


def same_speaker(gold: dict | None, predicted: dict | None) -> bool:
    """Same person by name; for unnamed speakers, the same organisation."""
    if not gold or not predicted:
        return False
    if gold.get("name"):
        return normalise_name(gold["name"]) == normalise_name(predicted.get("name"))
    return not predicted.get("name") and normalise_name(gold.get("org")) == normalise_name(predicted.get("org"))


def speaker_matches(gold_doc: dict, predicted_doc: dict) -> tuple[int, int]:
    """(correct, total) over gold quote segments: the predicted quote covering most of it names the same speaker."""
    gold_speakers = {s["id"]: s for s in gold_doc.get("speakers") or []}
    predicted_speakers = {s["id"]: s for s in predicted_doc.get("speakers") or []}
    predicted_quotes = [s for s in predicted_doc.get("segments") or [] if s["label"] == "quote"]
    correct = total = 0
    for segment in gold_doc.get("segments") or []:
        if segment["label"] != "quote":
            continue
        total += 1
        best, best_overlap = None, 0
        for candidate in predicted_quotes:
            overlap = min(segment["end"], candidate["end"]) - max(segment["start"], candidate["start"])
            if overlap > best_overlap:
                best, best_overlap = candidate, overlap
        if best and same_speaker(gold_speakers.get(segment.get("speaker")), predicted_speakers.get(best.get("speaker"))):
            correct += 1
    return correct, total
