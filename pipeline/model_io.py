"""Save and load joblib model files with a recorded SHA-256 checksum and library versions.

Unpickling runs code, so a model file is only loaded after its checksum matches the one in the
component's JSON config, and only when the libraries that pickled it are compatible.
"""

from __future__ import annotations

import hashlib
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
