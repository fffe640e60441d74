"""Moved to :mod:`counterpoint.knowledge.names` (shared with ``nlp/``); re-exported here so
imports written against the old place keep working."""

from ..knowledge.names import *  # noqa: F403
from ..knowledge.names import __all__  # noqa: F401
