"""Addressees of policy asks: who a sentence asks to act, normalised, with offsets of the mention."""

import pytest

from pipeline.rules.asks import ask_addressees, find_addressees
from pipeline.rules.summary_rules import load_summary_rules


@pytest.fixture(scope="module")
def rules():
    return load_summary_rules()


@pytest.mark.parametrize("text, expected", [
    ("We urge Meta to halt its encryption rollout.", ["Meta"]),
    ("We call on tech companies to stop scanning.", ["tech companies"]),
    ("We are asking Parliament to:", ["Parliament"]),
    ("The government must withdraw the scanning clause.", ["government"]),
    ("Companies must keep the ability to detect child abuse.", ["companies"]),
    ("We urge the company to pause its encryption rollout.", ["company"]),
    ("We now call on the Government and the Communications Authority to use the powers.",
     ["government", "Communications Authority"]),
    ("I am asking that companies do not build their platforms so that they are blind.", ["companies"]),
    ("The Authority recommends that Parliament:", ["Parliament"]),
    ("Brightwell calls on HarbourChat to pause encryption plans.", ["HarbourChat"]),
    ("The charity has urged HarbourChat to delay its plan to introduce encryption.", ["HarbourChat"]),
    ("The group called on ministers to \u201cstop pretending\u201d.", ["ministers"]),
    ("The Ministry expected all companies to meet their responsibilities.", ["companies"]),
    ("Interviewed about calls for the Government to use its new detection powers.", ["government"]),
    ("HarbourChat must pause the rollout.", ["HarbourChat"]),
    ("We urge technology firms, regulators and the EU to act.", ["tech companies", "regulators", "EU"]),
])
def test_ask_addressees_finds_and_normalises_who_is_asked(rules, text, expected):
    assert ask_addressees(text, rules) == expected


@pytest.mark.parametrize("text", [
    "Lawful access has to be built in from the start.",
    "Encryption must be protected.",
    "We ask you to:",
    "We asked them to wait until they could show us.",
    "I am not asking anyone to weaken the security of bank accounts.",
    "We are asking that the same ingenuity be applied to keeping children safe.",
    "No company should be able to opt out of protecting children.",
    "When a judge grants a warrant, the evidence it names must be obtainable.",
    "The committee met on Tuesday.",
])
def test_sentences_without_a_named_addressee_give_none(rules, text):
    assert ask_addressees(text, rules) == []


def test_addressee_offsets_point_at_the_words_as_written(rules):
    text = "We now call on the Government and the Communications Authority to act."
    found = find_addressees(text, rules)
    assert [(a.name, text[a.start:a.end]) for a in found] == [("government", "Government"),
                                                              ("Communications Authority", "Communications Authority")]
