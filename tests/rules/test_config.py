"""Compiled segmenter rules: single-call pattern alternations behave like the patterns one at a time."""

import re

import pytest

from pipeline.rules.config import SegmenterRules, _any_match, load_rules


@pytest.mark.parametrize(
    "patterns, text, expected",
    [
        ([r"^statement (?:by|from) (?P<who>.+)$", r"^(?P<who>\w+) said:$"], "Jane said:", True),
        ([r"^statement (?:by|from) (?P<who>.+)$", r"^(?P<who>\w+) said:$"], "Jane wrote:", False),
        ([], "anything", False),  # no patterns: nothing matches (an empty alternation would match all)
        ([r"^(\w+) \1$"], "bye bye", True),  # a back-reference keeps its meaning
        ([r"^(\w+) \1$"], "bye now", False),
    ],
)
def test_any_match_is_true_exactly_when_one_pattern_matches(patterns, text, expected):
    assert bool(_any_match(patterns, re.IGNORECASE)(text)) is expected


@pytest.mark.parametrize("line", ["Printable version", "  **Printable version**  ", "Ministers met today."])
def test_boilerplate_answer_is_the_same_when_asked_again(line):
    rules = SegmenterRules(load_rules())
    first = rules.is_boilerplate_line(line)
    assert rules.is_boilerplate_line(line) is first
    assert first is rules._match_boilerplate(line)
