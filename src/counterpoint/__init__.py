"""counterpoint: line up what different outlets report about one story.

``import counterpoint`` gives the same records the CLI exports (see ``records.py``).
"""

from __future__ import annotations

__version__ = "0.1.0"
