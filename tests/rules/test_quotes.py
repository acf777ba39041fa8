"""Finding quotations inside a block: straight and typographic marks, nesting, marks that never close."""

import pytest

from pipeline.rules.quotes import Quoted, find_quotes


@pytest.mark.parametrize(
    "text, expected",
    [
        ('He said "the "so-called" plan" is bad.', ['the "so-called" plan']),
        ("\u201cHe said \u2018hi\u2019 twice.\u201d Then", ["He said \u2018hi\u2019 twice."]),
        ("\u201dRight-mark opener\u201d x", ["Right-mark opener"]),
        ("Meta\u2019s \u2018plan\u2019 ok", ["plan"]),
        ("\u00abBonjour\u00bb, \u201eHallo\u201c", ["Bonjour", "Hallo"]),
    ],
)
def test_quotations_keep_nested_marks_and_apostrophes_inside(text, expected):
    assert [text[q.start : q.end] for q in find_quotes(text, 0, len(text))] == expected


@pytest.mark.parametrize("unit", ['"a"b', 'a "b '], ids=["glued", "spaced"])
def test_thousands_of_nested_straight_quotes_never_close_and_never_recurse(unit):
    # each mark glued to a word opened a nested quotation by recursion: RecursionError at ~1,000
    text = unit * 5000
    first = text.index('"')
    assert find_quotes(text, 0, len(text)) == [Quoted(first, first + 1, len(text), False)]
