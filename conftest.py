"""Shared test fixtures: the rule pipeline and the read-only shared folder beside the project."""

import json
from pathlib import Path

import pytest

from pipeline.nlp import build_pipeline
from pipeline.rules.config import SegmenterRules, load_rules

ROOT = Path(__file__).resolve().parent
SHARED = ROOT.parent / "shared"
SEED_GOLD = SHARED / "seed" / "nca-2023-12-07-meta-e2ee.gold.jsonl"


@pytest.fixture(scope="session")
def nlp():
    return build_pipeline()


@pytest.fixture(scope="session")
def rules():
    return SegmenterRules(load_rules())


@pytest.fixture(scope="session")
def seed_gold():
    return json.loads(SEED_GOLD.read_text(encoding="utf-8").splitlines()[0])


TINY_ROWS = [
    ("Encryption keeps journalists and survivors safe from hackers.", "favor", "causal_claim"),
    ("Strong encryption protects everyone's private conversations.", "favor", "causal_claim"),
    ("Backdoors for the police are backdoors for criminals too.", "favor", "harm_claim"),
    ("Client-side scanning is mass surveillance and must be dropped.", "favor", "policy_ask"),
    ("A 2023 study found 12 breaches of lawful intercept systems.", "favor", "evidence;harm_claim"),
    ("We will never build a backdoor into our app.", "favor", ""),
    ("Privacy and security go hand in hand with encryption.", "favor", ""),
    ("The government must withdraw the scanning clause.", "favor", "policy_ask"),
    ("End-to-end encryption lets abusers hide from the police.", "against", "harm_claim;causal_claim"),
    ("Offenders will go undetected once messages are encrypted.", "against", "harm_claim"),
    ("Companies must keep the ability to detect child abuse.", "against", "policy_ask"),
    ("Reports fell by 92% after the rollout of encryption.", "against", "evidence;harm_claim"),
    ("Encrypted chats create a safe haven for predators.", "against", "harm_claim"),
    ("We urge the company to pause its encryption rollout.", "against", "policy_ask"),
    ("Going dark means investigations simply stop.", "against", "causal_claim;harm_claim"),
    ("Lawful access is needed to keep children safe.", "against", "policy_ask"),
    ("The committee met on Tuesday.", "neutral", ""),
    ("The consultation closes in March.", "neutral", ""),
    ("The charity was founded in 1990.", "neutral", ""),
    ("The minister will speak at the conference.", "neutral", ""),
    ("The report has 40 pages.", "neutral", ""),
    ("The hearing starts at ten.", "neutral", ""),
    ("Members of the public can respond online.", "neutral", ""),
    ("The bill returns to the chamber next week.", "neutral", ""),
]


def write_tiny_csv(path, extra_role=None):
    """A small CSV of sentence labels; `extra_role` adds a new role on the favor rows."""
    import csv

    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "label", "role"])
        for text, label, roles in TINY_ROWS:
            if extra_role and label == "favor":
                roles = ";".join(filter(None, [roles, extra_role]))
            writer.writerow([text, label, roles])
    return path


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory):
    """A pipeline trained on the tiny CSV (rules + roles + stance), written to disk once."""
    from pipeline.train import train

    folder = tmp_path_factory.mktemp("tiny")
    data = write_tiny_csv(folder / "tiny.csv")
    train([data], folder / "model")
    return folder / "model"
