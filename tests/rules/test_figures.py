"""Figures cited as evidence: numbers with a unit, percent, currency or scale; not years, dates or references."""

import pytest

from pipeline.rules.figures import find_figures
from pipeline.rules.summary_rules import load_summary_rules


@pytest.fixture(scope="module")
def rules():
    return load_summary_rules()


@pytest.mark.parametrize("text, expected", [
    ("Reports fell by 92% after the rollout.", [("92%", 92.0, "%")]),
    ("A service used by 1.8 million children in Aldmere.", [("1.8 million children", 1_800_000.0, "children")]),
    ("Our helpline took 9,412 contacts about grooming.", [("9,412 contacts", 9412.0, "contacts")]),
    ("The plan costs \u00a32bn a year.", [("\u00a32bn", 2e9, "GBP")]),
    ("It received 52,700 referrals, up from 38,900 in 2020.",
     [("52,700 referrals", 52700.0, "referrals"), ("38,900", 38900.0, "")]),
    ("Reports have fallen by ninety per cent.", [("ninety per cent", 90.0, "%")]),
    ("Around seven in ten of the referrals came from apps.", [("seven in ten", 70.0, "%")]),
    ("It banned more than a hundred thousand accounts.", [("a hundred thousand accounts", 100_000.0, "accounts")]),
    ("Even a 0.01% error rate would flag 90,000 innocent messages every day.",
     [("0.01%", 0.01, "%"), ("90,000 innocent messages", 90000.0, "innocent messages")]),
])
def test_find_figures_reads_value_and_unit(rules, text, expected):
    assert [(f.text, f.value, f.unit) for f in find_figures(text, rules)] == expected


@pytest.mark.parametrize("text", [
    "Parents of children aged 8 to 17 were polled between 3 and 10 March 2023.",
    "On page 41 of the Online Safety Act 2024.",
    "Registered charity no. 40217.",
    "In 2021 the Unit changed its name.",
    "1. direct the Authority to publish its standards;",
    "The consultation lasts twelve weeks.",
    "Please call 0800 555 0199.",
])
def test_years_dates_ages_references_and_list_numbers_are_not_figures(rules, text):
    assert find_figures(text, rules) == []


def test_figure_offsets_qualifier_and_key(rules):
    text = "Reports have fallen by more than 90%, the figures show."
    (figure,) = find_figures(text, rules)
    assert text[figure.start:figure.end] == "90%" and figure.qualifier == "more than"
    (worded,) = find_figures("They fell by ninety per cent.", rules)
    assert figure.key == worded.key == (90.0, "%")
