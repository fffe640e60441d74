"""Generate docs/cli.md from the CLI's own help, so the reference cannot go stale.

    python -m counterpoint.cli_reference > docs/cli.md

``tests/test_docs_cli_reference.py`` fails when a command's help changes without the docs.
"""

from __future__ import annotations

import click

from .cli import main

HEADER = """# CLI reference

Generated from `counterpoint --help` by `python -m counterpoint.cli_reference > docs/cli.md`;
a test fails when this file and the CLI's help disagree.
"""


def render() -> str:
    parts = [HEADER]
    # The group's context settings (``-h`` for help) apply, as when the CLI runs: without them the
    # help option depends on whether click already built it for an earlier invocation.
    settings = dict(main.context_settings)
    ctx = click.Context(main, info_name="counterpoint", terminal_width=100, max_content_width=100, **settings)
    parts.append("## counterpoint\n\n```\n" + main.get_help(ctx) + "\n```\n")
    for name in sorted(main.commands):
        cmd = main.commands[name]
        sub = click.Context(cmd, info_name=f"counterpoint {name}", parent=None, terminal_width=100,
                            max_content_width=100, **settings)
        parts.append(f"## counterpoint {name}\n\n```\n" + cmd.get_help(sub) + "\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":  # pragma: no cover
    print(render(), end="")
