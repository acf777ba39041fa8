"""Sentence examples: which side of the document a quoted speaker is on."""

import pytest

from pipeline.examples import speaker_side


@pytest.mark.parametrize(
    "speaker, publisher, n_speakers, body_type, expected",
    [
        ({"org": "Harbour Digital Rights"}, "Harbour Digital Rights", 2, "civil_society", "own"),
        ({"org": "National Police"}, "Harbour Digital Rights", 2, "civil_society", "other"),
        ({"org": None}, "Harbour Digital Rights", 1, "civil_society", "own"),  # a release's lone spokesperson
        ({"org": None}, "The Valley Courier", 1, "media", "other"),  # a news story's unnamed source
        ({"org": None}, "Harbour Digital Rights", 2, "civil_society", "other"),
        (None, "Harbour Digital Rights", 1, "civil_society", "other"),
    ],
)
def test_speaker_side(speaker, publisher, n_speakers, body_type, expected):
    assert speaker_side(speaker, publisher, n_speakers, body_type) == expected
