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
