"""Finding quotations inside a block: straight and typographic marks, nesting, marks that never close."""

import pytest

from pipeline.rules.quotes import Quoted, find_quotes
from tests.rules.segment_helpers import label_at


@pytest.mark.parametrize(
    "text, expected",
    [
        ('He said "the "so-called" plan" is bad.', ['the "so-called" plan']),
        ("\u201cHe said \u2018hi\u2019 twice.\u201d Then", ["He said \u2018hi\u2019 twice."]),
        ("\u201dRight-mark opener\u201d x", ["Right-mark opener"]),
        ("Meta\u2019s \u2018plan\u2019 ok", ["plan"]),
        ("\u00abBonjour\u00bb, \u201eHallo\u201c", ["Bonjour", "Hallo"]),
        ("\u300cA list you can\u2019t see \u300ewidened\u300f later.\u300d she said", ["A list you can\u2019t see \u300ewidened\u300f later."]),
        ("\u2039Non\u203a, dit-elle", ["Non"]),
        # German quotes the other way round; a French closing mark after a space opens nothing
        ("\u00bbWir sagen ja,\u00ab sagte sie, \u00bbund nein.\u00ab", ["Wir sagen ja,", "und nein."]),
        ("\u00bbEin \u203ascharfer\u2039 Satz\u00ab", ["Ein \u203ascharfer\u2039 Satz"]),
        ("\u00ab Le texte \u00bb suit", [" Le texte "]),
        # an arrow before a link opens nothing, and leaves a later quotation to be found
        ("\u00bbRead the full statement", []),
        ("See also \u00bbOur earlier analysis. \u201cScanning breaks encryption,\u201d she said.",
         ["Scanning breaks encryption,"]),
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


@pytest.mark.parametrize(
    "text, lo, hi, expected",
    [
        ('x "a" y "b" z', 4, 13, [(8, 9, 10, True)]),  # marks before `lo` are not seen
        ('"abc" d', 0, 3, [(0, 1, 3, False)]),  # the close lies past `hi`: never closes
        ("\u2018It\u2019s fine\u2019 x", 0, 13, [(0, 1, 10, True)]),  # an apostrophe is skipped, not a close
        ("no marks at all", 0, 15, []),
    ],
)
def test_quotations_are_found_only_between_lo_and_hi(text, lo, hi, expected):
    found = [(q.open_mark, q.start, q.end, q.closed) for q in find_quotes(text, lo, hi)]
    assert found == expected


def test_a_straight_single_quotation_that_opens_after_its_attribution_may_close_a_paragraph_later(rules):
    text = ("Inspection report\n\nThe report was published today.\n\n"
            "'Encryption is now part of almost every serious investigation,' said Prof Ewan Mallory, Chief Inspector. "
            "'Most forces are not yet organised to deal with that. Some of it is about the basics.\n\n"
            "'Whether the law should change is a question for Parliament. Forces have work to do now.'\n\n"
            "The inspectorate made nine recommendations.\n")
    assert label_at(text, rules, "Most forces are not") == "quote"
    assert label_at(text, rules, "The inspectorate made") == "body"
