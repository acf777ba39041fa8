"""Roll sentence stance up to quotes, speakers, documents and bodies: label, score, counts, confidence."""

from __future__ import annotations

from collections import Counter

# A group is mixed when both sides hold at least this share of its stanced sentences.
MIXED_SHARE = 0.3
NEUTRAL_BAND = 0.12
LOW_CONFIDENCE = 0.6
# The document model is strongly regularised, so its probabilities are flat: chance is 0.25 for four labels.
DOCUMENT_LOW_CONFIDENCE = 0.35
# The publisher's own words decide a document's stance; quotes from other bodies count less.
SIDE_WEIGHTS = {"publisher": 1.0, "own": 1.0, "other": 0.35, None: 1.0}


def sentence_score(scores: dict) -> float:
    """favor minus against, in [-1, 1]."""
    return float(scores.get("favor", 0.0)) - float(scores.get("against", 0.0))


def rollup(sentences: list[dict], weights: list[float] | None = None) -> dict:
    """Stance of a group of predicted sentences (each with `stance` and `stance_scores`).

    RETURNS: {"stance": favor|against|mixed|neutral, "score": weighted mean of favor - against,
    "counts": {favor, against, neutral}, "confidence": mean top probability, "low_confidence": bool}.
    """
    weights = weights or [1.0] * len(sentences)
    counts = Counter({"favor": 0, "against": 0, "neutral": 0})
    total = weighted = confidence = 0.0
    for sentence, weight in zip(sentences, weights):
        scores = sentence.get("stance_scores") or {}
        counts[sentence.get("stance", "neutral")] += 1
        weighted += weight * sentence_score(scores)
        total += weight
        confidence += max(scores.values()) if scores else 0.0
    score = weighted / total if total else 0.0
    confidence = confidence / len(sentences) if sentences else 0.0
    stanced = counts["favor"] + counts["against"]
    if stanced == 0 or abs(score) < NEUTRAL_BAND and min(counts["favor"], counts["against"]) == 0:
        stance = "neutral"
    elif min(counts["favor"], counts["against"]) / stanced >= MIXED_SHARE and abs(score) < 2 * NEUTRAL_BAND:
        stance = "mixed"
    else:
        stance = "favor" if score > 0 else "against"
    return {
        "stance": stance,
        "score": round(score, 4),
        "counts": dict(counts),
        "confidence": round(confidence, 4),
        "low_confidence": confidence < LOW_CONFIDENCE or len(sentences) < 2,
    }
