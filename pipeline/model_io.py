"""Save and load joblib model files with a recorded SHA-256 checksum and library versions.

Unpickling runs code, so a model file is only loaded after its checksum matches the one in the
component's JSON config, and only when the libraries that pickled it are compatible.
"""

from __future__ import annotations

import hashlib
import json
import platform
import warnings
from pathlib import Path

import joblib
import numpy
import scipy
import sklearn
import spacy

from .errors import Errors, StanceError

MODEL_FILE = "model.joblib"


def library_versions() -> dict[str, str]:
    """The versions a model file depends on."""
    return {
        "python": platform.python_version(),
        "scikit-learn": sklearn.__version__,
        "joblib": joblib.__version__,
        "numpy": numpy.__version__,
        "scipy": scipy.__version__,
        "spacy": spacy.__version__,
    }


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def save_model(model, directory: Path) -> dict:
    """Dump `model` to `directory/model.joblib`; return the integrity record for the config."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / MODEL_FILE
    joblib.dump(model, path, compress=3)
    return {"file": MODEL_FILE, "sha256": sha256_file(path), "versions": library_versions()}


def _major_minor(version: str) -> tuple[str, str]:
    parts = (version.split(".") + ["0", "0"])[:2]
    return parts[0], parts[1]


def check_versions(recorded: dict[str, str], directory: Path) -> None:
    """Refuse a model pickled by another major version of a library; warn for a minor difference."""
    current = library_versions()
    for library in ("scikit-learn", "numpy", "scipy", "joblib"):
        then, now = recorded.get(library), current[library]
        if then is None or then == now:
            continue
        if _major_minor(then)[0] != _major_minor(now)[0]:
            raise StanceError(Errors.E051.format(path=directory, library=library, then=then, now=now))
        warnings.warn(Errors.W052.format(path=directory, library=library, then=then, now=now), stacklevel=3)


def load_model(directory: Path, integrity: dict):
    """Load `directory/model.joblib` after checking its checksum and library versions."""
    directory = Path(directory)
    path = directory / MODEL_FILE  # never a name from the config: it could point outside the folder
    if not path.exists():
        raise StanceError(Errors.E053.format(path=path))
    actual = sha256_file(path)
    if actual != integrity.get("sha256"):
        raise StanceError(Errors.E050.format(path=path, expected=integrity.get("sha256"), actual=actual))
    check_versions(integrity.get("versions", {}), directory)
    return joblib.load(path)


MANIFEST_FILE = "checksums.json"


def _pipeline_files(directory: Path) -> list[Path]:
    """Every file of a pipeline directory but the manifest, hidden files (.DS_Store, editor swap
    files) and __pycache__, which an operating system or editor may add without changing the model."""
    return sorted(
        p for p in directory.rglob("*")
        if p.is_file() and p.name != MANIFEST_FILE
        and not any(part.startswith(".") or part == "__pycache__" for part in p.relative_to(directory).parts)
    )


def write_manifest(directory: Path) -> dict[str, str]:
    """Record the SHA-256 of every file of a pipeline directory in `checksums.json`."""
    directory = Path(directory)
    manifest = {p.relative_to(directory).as_posix(): sha256_file(p) for p in _pipeline_files(directory)}
    (directory / MANIFEST_FILE).write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")
    return manifest


def verify_manifest(directory: Path) -> None:
    """Refuse a pipeline directory whose files differ from its `checksums.json` (altered, added or removed).

    Rule files and configs are checked as well as model files: any of them changes what the pipeline
    does. A directory without a manifest (saved by plain `nlp.to_disk`) only warns; its model files
    are still verified by their own recorded checksums when loaded.
    """
    directory = Path(directory)
    path = directory / MANIFEST_FILE
    if not path.exists():
        warnings.warn(Errors.W059.format(path=directory), stacklevel=2)
        return
    try:
        recorded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise StanceError(Errors.E070.format(path=path, why=error)) from error
    found = {p.relative_to(directory).as_posix() for p in _pipeline_files(directory)}
    for name in sorted(found | set(recorded)):
        if name not in recorded:
            raise StanceError(Errors.E071.format(path=directory / name, what="was added after training"))
        if name not in found:
            raise StanceError(Errors.E071.format(path=directory / name, what="is missing"))
        if sha256_file(directory / name) != recorded[name]:
            raise StanceError(Errors.E071.format(path=directory / name, what="was altered"))
