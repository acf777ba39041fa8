"""Shared plumbing for rule-based components whose word lists and patterns are data (like SpanRuler)."""

from __future__ import annotations

import json
from abc import abstractmethod
from pathlib import Path

import srsly

from .errors import Errors, StanceError
from .rules.config import DEFAULT_CONFIGS


class RuleComponent:
    """Loads `<configs>/<config_name>` in `initialize()` and saves it with the pipeline."""

    config_name = ""

    def __init__(self, vocab, name: str):
        self.vocab = vocab
        self.name = name
        self.data: dict | None = None

    @abstractmethod
    def compile(self, data: dict) -> None:
        """Build the component's compiled rules from the JSON data."""

    def set_data(self, data: dict) -> None:
        """Compile and keep `data`; keys a pipeline saved by an older version lacks come from configs/."""
        defaults = DEFAULT_CONFIGS / self.config_name
        missing = defaults.exists() and set(json.loads(defaults.read_text(encoding="utf-8"))) - set(data)
        if missing:
            current = json.loads(defaults.read_text(encoding="utf-8"))
            data = {**data, **{key: current[key] for key in missing}}
        self.compile(data)
        self.data = data

    def initialize(self, get_examples=None, *, nlp=None, configs_dir: str | None = None, data: dict | None = None):
        """Read the rules from `configs_dir` (the repository's `configs/` by default) or take `data`."""
        if data is None:
            path = Path(configs_dir or DEFAULT_CONFIGS) / self.config_name
            if not path.exists():
                raise StanceError(Errors.E020.format(path=path))
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
                raise StanceError(Errors.E021.format(path=path, why=error)) from error
        try:
            self.set_data(data)
        except (KeyError, TypeError, ValueError) as error:
            raise StanceError(Errors.E021.format(path=self.config_name, why=error)) from error

    def check_initialized(self) -> None:
        """Raise E022 when `initialize()` (or a load from disk) has not given the component its rules."""
        if self.data is None:
            raise StanceError(Errors.E022.format(name=self.name))

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        """The rule data as JSON bytes."""
        return srsly.json_dumps(self.data).encode("utf-8")

    def from_bytes(self, bytes_data: bytes, *, exclude=tuple()):
        """Restore the rule data written by `to_bytes`."""
        self.set_data(srsly.json_loads(bytes_data))
        return self

    def to_disk(self, path, *, exclude=tuple()) -> None:
        """Save the rule data as `<path>/<config_name>`, so the pipeline carries its rules."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / self.config_name, self.data)

    def from_disk(self, path, *, exclude=tuple()):
        """Load the rule data saved by `to_disk`."""
        self.set_data(srsly.read_json(Path(path) / self.config_name))
        return self
