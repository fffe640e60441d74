"""Configuration: one TOML file (``counterpoint.toml`` in the working directory, or ``--config``)
over the defaults shipped as package data (``data/default_config.toml``).

Tables merge key by key, so a user file only states what it changes.
"""

from __future__ import annotations

import copy
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULTS_FILE = Path(__file__).resolve().parent / "data" / "default_config.toml"
CONFIG_NAME = "counterpoint.toml"


def _merge(base: dict, over: dict) -> dict:
    out = copy.deepcopy(base)
    for k, v in over.items():
        out[k] = _merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


@dataclass
class Config:
    data: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None

    def get(self, section: str, key: str, default: Any = None) -> Any:
        return self.data.get(section, {}).get(key, default)

    @property
    def outlets(self) -> dict[str, dict[str, Any]]:
        return self.data.get("outlets", {})

    @property
    def aliases(self) -> dict | None:
        return self.data.get("aliases") or None

    def outlet_name(self, outlet: str) -> str:
        meta = self.outlets.get(outlet)
        return str(meta.get("name", outlet)) if meta else outlet


def load_config(path: str | Path | None = None, cwd: str | Path | None = None) -> Config:
    """Defaults, then ``path`` if given, else ``counterpoint.toml`` in ``cwd`` if present."""
    data = tomllib.loads(DEFAULTS_FILE.read_text(encoding="utf-8"))
    chosen = Path(path) if path else Path(cwd or Path.cwd()) / CONFIG_NAME
    if path or chosen.exists():
        with chosen.open("rb") as f:
            data = _merge(data, tomllib.load(f))
        return Config(data, chosen)
    return Config(data, None)
