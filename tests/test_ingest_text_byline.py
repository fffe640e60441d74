"""Plain text: title line, byline block (authors, date, reading time) and an untouched body."""

from __future__ import annotations

import pytest

from counterpoint.ingest import read_inputs, read_text
from counterpoint.ingest.dates import parse_date

BODY = "Talks between the two governments resumed on 4 June after a pause of several months.\nA second paragraph."


@pytest.mark.parametrize(
    ("header", "authors", "published", "partial"),
    [
        ("- Maria Lopez\n\n- Jul 10\n- 8 min read\n", ["Maria Lopez"], None, "--07-10"),
        ("By Jane Doe and John Roe\nPublished 3 March 2025\n", ["Jane Doe", "John Roe"], "2025-03-03", None),
        ("By Jane Doe\nUpdated: March 3, 2025\n5 min read\n", ["Jane Doe"], "2025-03-03", None),
        ("* Sam O'Neill\n* Wednesday, Dec 4th 2024\n", ["Sam O'Neill"], "2024-12-04", None),
        ("2023-11-30\n", [], "2023-11-30", None),
        ("By Ann Lee, Staff Writer\nUpdated 10:32 GMT, 3 March 2025\n", ["Ann Lee"], "2025-03-03", None),
        ("", [], None, None),
    ],
)
def test_byline_block(tmp_path, header, authors, published, partial):
    path = tmp_path / "post.txt"
    path.write_text("A headline about talks\n" + header + BODY + "\n", encoding="utf-8")
    (doc,) = read_inputs([str(path)])
    assert doc.title == "A headline about talks"
    assert doc.text == BODY
    assert doc.authors == authors
    assert (doc.published, doc.published_partial) == (published, partial)
    assert doc.published_from == ("text" if published else None)


@pytest.mark.parametrize(
    "first_body_line",
    [
        "By the end of the week the ministers had agreed on nothing.",
        "- Protesters gathered outside the ministry on Friday, police said.",
        "Officials said the meeting would resume.",
    ],
)
def test_body_lines_are_not_taken_for_bylines(tmp_path, first_body_line):
    path = tmp_path / "x.md"
    path.write_text(f"## **Heading**\n{first_body_line}\nMore text.", encoding="utf-8")
    (doc,) = read_inputs([str(path)])
    assert doc.title == "Heading" and doc.text.startswith(first_body_line)


@pytest.mark.parametrize(
    ("s", "expected"),
    [
        ("Jul 10", (None, "--07-10")),
        ("10 July 2024", ("2024-07-10", None)),
        ("Sept. 5, 2023", ("2023-09-05", None)),
        ("Feb 29", (None, "--02-29")),
        ("Feb 30, 2024", (None, None)),
        ("March 2021", ("2021-03", None)),
        ("the minister", (None, None)),
    ],
)
def test_parse_date(s, expected):
    assert parse_date(s) == expected


def test_crlf_is_normalised_and_spans_index_the_body(tmp_path):
    path = tmp_path / "win.txt"
    path.write_bytes(b"Title\r\nBy Ann Lee\r\n\r\nFirst line.\r\nSecond line.\r\n")
    (doc,) = read_inputs([str(path)])
    assert doc.text == "First line.\nSecond line." and doc.authors == ["Ann Lee"]


@pytest.mark.parametrize(
    ("text", "title", "body_start"),
    [
        (
            "Ministers Meet in the Capital\nThe ministers met on Monday.",
            "Ministers Meet in the Capital",
            "The ministers",
        ),
        (
            "Ministers meet in the capital\n\nThe ministers met on Monday.",
            "Ministers meet in the capital",
            "The ministers",
        ),
        ("Ministers meet\nBy Ann Lee\nThe ministers met on Monday.", "Ministers meet", "The ministers"),
        ("Kellogg met the president in the capital\nThen he left.", None, "Kellogg met"),
        ("The ministers met on Monday.\nThey agreed.", None, "The ministers"),
        ("One single line without title.", None, "One single"),
    ],
)
def test_read_text_title_detection(text, title, body_start):
    doc = read_text(text, outlet="paste")
    assert doc.title == title and doc.text.startswith(body_start) and doc.outlet == "paste"


def test_read_text_explicit_fields():
    doc = read_text(
        "Body only.\nSecond line.", title="Given", published="2024-02-03", url="https://www.x.example/a"
    )
    assert (doc.title, doc.text, doc.published, doc.published_from, doc.outlet) == (
        "Given",
        "Body only.\nSecond line.",
        "2024-02-03",
        "metadata",
        "x.example",
    )


def test_seed_002_byline(seeds_dir):
    (path,) = sorted(seeds_dir.glob("002_*.txt"))
    (doc,) = read_inputs([str(path)])
    assert doc.error is None and doc.language == "en"
    assert doc.authors == ["Paul Hansbury"]
    assert doc.published is None and doc.published_partial == "--07-10"
    assert doc.title and not doc.text.startswith("-")
    assert "min read" not in doc.text[:200]
