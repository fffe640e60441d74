"""A file or pasted text that is one paragraph, or opens with its lead paragraph, is an article.

Files are read with their first line as the title; a text with nothing after that line (or
whose first line is plainly body text) used to lose it all and be refused as empty (E001).
"""

from __future__ import annotations

import pytest

from counterpoint.ingest import read_inputs
from counterpoint.ingest.text import split_plain

ONE_PARAGRAPH = ("Air Canada and WestJet cancelled flights on Monday after a storm closed two runways. "
                 "About 300 passengers were stranded, the airport said.")
LEAD_FIRST = ("The ministry said on Tuesday that 14 detainees were freed after talks in Ostra, and that more "
              "releases could follow within weeks if the talks went on.\nThe opposition welcomed it.")


@pytest.mark.parametrize(
    ("raw", "title", "body_starts"),
    [
        (ONE_PARAGRAPH, None, "Air Canada and WestJet"),
        ("A storm closed two runways.", None, "A storm closed"),
        (LEAD_FIRST, None, "The ministry said"),
        ("Storm closes two runways\n\n" + ONE_PARAGRAPH, "Storm closes two runways", "Air Canada"),
        ("U.S. envoy visits Ostra\nThe envoy arrived on Monday.", "U.S. envoy visits Ostra", "The envoy"),
        # a Cyrillic lead is a sentence too: ends with a full stop, or is two sentences
        ("Посол Вельгарии в ООН призвал к немедленному прекращению огня на спорной границе.\n"
         "Заседание прошло за закрытыми дверями.", None, "Посол Вельгарии"),
        ("МОСКВА, 13 июня. Россия обеспокоена эскалацией, заявил пресс-секретарь.\nДалее текст.",
         None, "МОСКВА, 13 июня"),
        ("Посол Вельгарии призвал к прекращению огня\nЗаседание прошло за закрытыми дверями.",
         "Посол Вельгарии призвал к прекращению огня", "Заседание"),
    ],
)
def test_text_split_plain_keeps_a_lead_paragraph_as_body(raw: str, title: str | None, body_starts: str) -> None:
    parts = split_plain(raw)
    assert parts["title"] == title
    assert parts["text"].startswith(body_starts)


def test_text_one_paragraph_file_is_an_article(tmp_path) -> None:
    path = tmp_path / "storm.txt"
    path.write_text(ONE_PARAGRAPH + "\n", encoding="utf-8")
    [doc] = list(read_inputs([str(path)]))
    assert doc.error is None
    assert doc.text == ONE_PARAGRAPH
