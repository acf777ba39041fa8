import json

import pytest

from conftest import ROOT
from pipeline.rules.sentences import SentenceRules, split_sentences

RULES = SentenceRules(json.loads((ROOT / "configs" / "sentences.json").read_text(encoding="utf-8")))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "This is equivalent to 1.3%-1.6% of the population. The U.S-based centre agreed.",
            ["This is equivalent to 1.3%-1.6% of the population.", "The U.S-based centre agreed."],
        ),
        ("Dr. Smith met Mr. Jones. They disagreed.", ["Dr. Smith met Mr. Jones.", "They disagreed."]),
        ('He said "no." Then he left.', ['He said "no."', "Then he left."]),
        ("Is it safe? No! (Not at all.) Fine", ["Is it safe?", "No!", "(Not at all.)", "Fine"]),
        ("Reports fell, e.g. in 2022. Art. 5 applies.", ["Reports fell, e.g. in 2022.", "Art. 5 applies."]),
        ("images, videos, etc) from platforms", ["images, videos, etc) from platforms"]),
        ("NCMEC received 32m reports in 2022. 92% came from one firm.", ["NCMEC received 32m reports in 2022.", "92% came from one firm."]),
        # professional titles of other languages before a name
        ("The President, Avv. Costanza Roe, spoke. Atty. Marisol Roe agreed.",
         ["The President, Avv. Costanza Roe, spoke.", "Atty. Marisol Roe agreed."]),
        # a degree's lower-case parts after a title's full stop; a short word after an ordinary sentence still ends it
        ("So says Dr. iur. Reto Gsponer. Dr. rer. nat. Jo Roe agreed.", ["So says Dr. iur. Reto Gsponer.", "Dr. rer. nat. Jo Roe agreed."]),
        ("We met the team. Then Jo left.", ["We met the team.", "Then Jo left."]),
        # only a degree's known parts after a title: a short word after another abbreviation ends its sentence
        ("The vote is at 9 a.m. today. Ministers will attend.", ["The vote is at 9 a.m. today.", "Ministers will attend."]),
        ("Small apps, e.g. ours. They cannot comply.", ["Small apps, e.g. ours.", "They cannot comply."]),
    ],
)
def test_sentences_split_on_terminal_punctuation_but_not_abbreviations(text, expected):
    assert [text[s:e] for s, e in split_sentences(text, 0, len(text), RULES)] == expected


def test_sentences_never_leave_the_region():
    text = "Outside. Inside one. Inside two. Outside."
    assert split_sentences(text, 9, 31, RULES) == [(9, 20), (21, 32 - 1)]
