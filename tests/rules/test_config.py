"""Compiled segmenter rules: single-call pattern alternations behave like the patterns one at a time."""

import re

import pytest

from pipeline.rules.config import SegmenterRules, _any_match, _optional_prefix, load_rules


@pytest.mark.parametrize(
    "patterns, text, expected",
    [
        ([r"^statement (?:by|from) (?P<who>.+)$", r"^(?P<who>\w+) said:$"], "Jane said:", True),
        ([r"^statement (?:by|from) (?P<who>.+)$", r"^(?P<who>\w+) said:$"], "Jane wrote:", False),
        ([], "anything", False),  # no patterns: nothing matches (an empty alternation would match all)
        ([r"^(\w+) \1$"], "bye bye", True),  # a back-reference keeps its meaning
        ([r"^(\w+) \1$"], "bye now", False),
        # patterns sharing an optional opening group still match with and without it
        ([r"^(?:.{0,20}?[,;]\s+)?we quote:$", r"^(?:.{0,20}?[,;]\s+)?in her words:$"], "Today, in her words:", True),
        ([r"^(?:.{0,20}?[,;]\s+)?we quote:$", r"^(?:.{0,20}?[,;]\s+)?in her words:$"], "in her words:", True),
        ([r"^(?:.{0,20}?[,;]\s+)?we quote:$", r"^(?:.{0,20}?[.]\s+)?in her words:$"], "Today, in her words:", False),
        ([r"^(?:.{0,20}?[,;]\s+)?we quote:$", r"^(?:.{0,20}?[.]\s+)?in her words:$"], "Today. In her words:", True),
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


@pytest.mark.parametrize(
    "pattern, expected",
    [
        (r"^(?:.{0,200}?[,;]\s+)?the following:$", (r"^(?:.{0,200}?[,;]\s+)?", "the following:$")),
        (r"^(?:a[)(]b)?c", (r"^(?:a[)(]b)?", "c")),  # brackets inside a class do not close the group
        (r"^(?:a\)b)?c", (r"^(?:a\)b)?", "c")),  # nor does an escaped one
        (r"^(?:ab)c", ("", r"^(?:ab)c")),  # a required group is not a shareable prefix
        (r"^(?:ab)??c", ("", r"^(?:ab)??c")),  # nor is a lazy optional one
        (r"statement:$", ("", "statement:$")),
    ],
)
def test_optional_prefix_splits_an_anchored_optional_opening_group(pattern, expected):
    assert _optional_prefix(pattern) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("\U0001F4AC 212   \U0001F501 388   \u2764 641   \U0001F516 47", True),  # a post's reaction counts
        ("\u2661 2,316 likes", True),
        ("View all 87 comments", True),
        ("$ 40 \u00a3 50", False),  # sums of money are no reactions
        ("\u20ac 3 million", False),
    ],
)
def test_a_posts_reaction_counts_are_site_furniture(rules, line, expected):
    assert rules.is_boilerplate_line(line) is expected
