"""Loading the metadata stage's reviewed data files (``rasad/data/meta/``)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "meta"


@cache
def load_data(name: str) -> dict[str, Any]:
    data = yaml.safe_load((DATA_DIR / name).read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"rasad/data/meta/{name}: expected a mapping at the top level")
    return data
