"""Framing of others: reported speech ("X claims ...", "according to X") and scare quotes."""

import pytest

from pipeline.rules.framing import reported_speech, scare_quotes
from pipeline.rules.summary_rules import load_summary_rules


@pytest.fixture(scope="module")
def rules():
    return load_summary_rules()


@pytest.mark.parametrize("text, expected", [
    ("The Ministry insists this does not mean breaking encryption.", [("The Ministry", "insists")]),
    ("Dr Qureshi-Dalton, the charities say reports have fallen.", [("the charities", "say")]),
    ("The messaging app HarbourChat has said it will withdraw.", [("The messaging app HarbourChat", "said")]),
    ("A spokesperson for HarbourChat said the company had built tools.", [("A spokesperson for HarbourChat", "said")]),
    ("Reports fell by half, according to the Cybercrime Unit.", [("the Cybercrime Unit", "according to")]),
    ("Tech companies would have us believe that scanning is harmless.", [("Tech companies", "would have us believe")]),
    ("We say encryption protects children.", []),
    ("It said nothing.", []),
    ("she said.", []),
    ("Parents who believe their data was affected can find advice.", []),
    ("Nor will we scan messages, whatever it has been told to look for.", []),
])
def test_reported_speech_gives_actor_and_verb(rules, text, expected):
    frames = reported_speech(text, rules)
    assert [(f.actor, f.verb) for f in frames] == expected
    assert all(text[f.start:f.end] == f.actor for f in frames)


@pytest.mark.parametrize("text, expected", [
    ('The consultation on "safety by design" in private messaging.', ["safety by design"]),
    ("Encryption will \u2018blind\u2019 child abuse investigations.", ["blind"]),
    ("They call it a so-called \u201csafe haven\u201d for offenders.", ["safe haven"]),
    ("Critics call it a 'backdoor' by another name.", ["backdoor"]),
    ('He said "this is a company with a business model" and left.', []),
    ('"Absolutely." she said.', []),
    ("\u201cWe support encryption,\u201d said the chief executive.", []),
    ("Teenagers' jokes and families' holiday photos.", []),
])
def test_scare_quotes_are_short_quoted_phrases_inside_running_text(rules, text, expected):
    frames = scare_quotes(text, rules)
    assert [f.phrase for f in frames] == expected
    assert all(text[f.start:f.end] == f.phrase for f in frames)
