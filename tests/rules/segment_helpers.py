"""Shared by the segmenter rule tests: what a statement's segments and speakers come out as."""

from pipeline.rules.segment import segment_statement


def quote_speakers(text, rules, publisher=None):
    """(name, role, org) of the speaker of each quote segment, in order."""
    segments, speakers = segment_statement(text, rules, publisher)
    by_id = {s["id"]: (s["name"], s["role"], s["org"]) for s in speakers}
    return [by_id[s["speaker"]] for s in segments if s["label"] == "quote"]


def quote_names(text, rules, publisher=None):
    """The speaker name of each quote segment, in order."""
    return [name for name, _, _ in quote_speakers(text, rules, publisher)]


def label_at(text, rules, opening, publisher=None):
    """The segment label covering the first character of `opening` in `text`."""
    segments, _ = segment_statement(text, rules, publisher)
    first = text.index(opening)
    return next(s["label"] for s in segments if s["start"] <= first < s["end"])
