"""The bad-input matrix: every broken input yields one Document with a clear one-line error,
never an exception, and good inputs next to it still load."""

from __future__ import annotations

import io
import json

import pytest

from counterpoint.ingest import read_inputs, summarize_errors

BODY = (
    "The foreign minister met his counterpart in the capital on Tuesday. "
    "Officials said the talks covered trade, energy and the release of detained journalists. "
    "Neither side gave details of any agreement, and a second round is planned for next month."
)
RUSSIAN = (
    "Министр иностранных дел заявил, что переговоры будут продолжены на следующей неделе. "
    "По его словам, стороны готовы к диалогу, но это не значит, что все вопросы решены. "
    "Он также сказал, что встреча прошла в спокойной обстановке и что от неё многое зависит."
)


def _one(path, **kw):
    docs = list(read_inputs([str(path)], **kw))
    assert len(docs) == 1, docs
    return docs[0]


@pytest.mark.parametrize(
    ("name", "content", "code", "fragment"),
    [
        ("empty.txt", b"", "[E001]", "empty"),
        ("blank.txt", b"  \n\t\n   \r\n", "[E001]", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "[E002]", "PNG"),
        ("paper.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "[E002]", "PDF"),
        ("bundle.html", b"PK\x03\x04" + b"\x00" * 40, "[E002]", "zip"),
        ("nul.md", b"Title\nsome text\x00\x00 with NULs", "[E002]", "NUL"),
        (
            "page.html",
            b"<html><head><title>Only a title</title></head><body>  </body></html>",
            "[E006]",
            "body",
        ),
        ("notes.docx", b"whatever", "[E008]", ".docx"),
    ],
)
def test_bad_file_gives_one_line_error(tmp_path, name, content, code, fragment):
    path = tmp_path / name
    path.write_bytes(content)
    doc = _one(path)
    assert doc.text is None
    assert doc.error.startswith(code) and fragment in doc.error
    assert "\n" not in doc.error
    assert doc.source == str(path)
    assert summarize_errors([doc]) == [f"{path}: {doc.error}"]


def test_missing_path_is_e010(tmp_path):
    doc = _one(tmp_path / "nope.txt")
    assert doc.error.startswith("[E010]") and doc.id.startswith("doc_")


@pytest.mark.parametrize(("name", "size"), [("huge.txt", 100_000_000), ("huge.html", 50_000_000)])
def test_oversized_file_is_refused_before_reading(tmp_path, name, size):
    path = tmp_path / name
    with path.open("wb") as fh:  # sparse: no 100 MB actually written
        fh.write(b"<html><body><p>" if name.endswith("html") else b"Title\n")
        fh.seek(size - 1)
        fh.write(b"x")
    doc = _one(path)
    assert doc.error.startswith("[E003]") and str(size) in doc.error


def test_raising_max_bytes_reads_the_file(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("A long report\n" + BODY * 40, encoding="utf-8")
    size = path.stat().st_size
    assert _one(path, max_bytes=size - 1).error.startswith("[E003]")
    doc = _one(path, max_bytes=size)
    assert doc.error is None and doc.title == "A long report" and doc.text.startswith("The foreign")


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""), ("cp1251", b""), ("koi8_r", b"")],
)
def test_encodings_are_detected(tmp_path, encoding, prefix):
    path = tmp_path / f"ru_{encoding}.txt"
    path.write_bytes(prefix + ("Заголовок статьи\n" + RUSSIAN).encode(encoding))
    doc = _one(path)
    assert doc.title == "Заголовок статьи"
    assert doc.text == RUSSIAN
    assert doc.language == "ru"
    assert doc.error is None  # Russian is analysed natively (nlp/ru)


def test_invalid_utf8_is_decoded_with_replacement(tmp_path, caplog):
    path = tmp_path / "broken.txt"
    path.write_bytes(b"Broken bytes\n" + BODY.encode() + b" \xff\xfe\xc3(. " + BODY.encode())
    doc = _one(path)
    assert doc.error is None and "\ufffd" in doc.text and doc.text.startswith("The foreign")
    assert "replaced" in caplog.text


@pytest.mark.parametrize(
    "html",
    [
        "<html><body>" + "<div>" * 10_000 + f"<p>{BODY}</p>" + "</div>" * 10_000 + "</body></html>",
        '<html><body><div data-blob="' + "q" * 3_000_000 + f'"><p>{BODY}</p></div></body></html>',
        f"<html><body><article><h1>Talks</h1><p>{BODY}</p><p>{BODY}</p></article></body></html>",
    ],
    ids=["nested-10000", "huge-attribute", "plain-article"],
)
def test_hostile_html_still_extracts(tmp_path, html):
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    doc = _one(path)
    assert doc.error is None
    assert "foreign minister met his counterpart" in doc.text
    assert "qqqq" not in doc.text


def test_html_metadata(tmp_path):
    html = (
        "<html><head><title>Ministers meet</title><meta name='author' content='Jane Doe'>"
        "<meta property='og:site_name' content='Daily Example'>"
        "<meta property='article:published_time' content='2024-03-05T10:00:00Z'></head>"
        f"<body><article><p>{BODY}</p><p>{BODY}</p></article></body></html>"
    )
    path = tmp_path / "a.html"
    path.write_text(html, encoding="utf-8")
    doc = _one(path)
    assert (doc.outlet, doc.published, doc.published_from) == ("Daily Example", "2024-03-05", "metadata")
    assert doc.authors == ["Jane Doe"] and doc.title == "Ministers meet"


def test_jsonl_malformed_line_does_not_stop_the_rest(tmp_path):
    path = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps(
            {"text": BODY, "outlet": "Alpha", "published": "2024-05-01", "url": "https://a.example/x"}
        ),
        '{"text": "unterminated',
        "",
        json.dumps({"body": BODY + " More.", "source": "Beta", "date": "May 2, 2024", "authors": ["A B"]}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = list(read_inputs([str(path)]))
    assert [d.source for d in docs] == [f"{path}:1", f"{path}:2", f"{path}:4"]
    assert docs[0].outlet == "Alpha" and docs[0].published == "2024-05-01" and docs[0].error is None
    assert docs[1].text is None and docs[1].error.startswith("[E005]") and "line 2" in docs[1].error
    assert docs[2].outlet == "Beta" and docs[2].published == "2024-05-02" and docs[2].authors == ["A B"]


def test_json_list_and_url_outlet(tmp_path):
    path = tmp_path / "two.json"
    path.write_text(json.dumps([{"content": BODY, "url": "https://www.news.example/a"}, {"text": ""}]))
    docs = list(read_inputs([str(path)]))
    assert docs[0].outlet == "news.example" and docs[0].url == "https://www.news.example/a"
    assert docs[1].error.startswith("[E001]")


def test_directory_recursion_sorted_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "two.md").write_text("# Second\n" + BODY + " Two.")
    (tmp_path / "a.txt").write_text("First\n" + BODY)
    (tmp_path / ".secret.txt").write_text("Hidden\n" + BODY + " Hidden.")
    (tmp_path / ".hidden" / "x.txt").write_text("Hidden\n" + BODY + " Hidden dir.")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    docs = list(read_inputs([str(tmp_path)]))
    assert [d.title for d in docs] == ["First", "Second"]
    assert [d.outlet for d in docs] == ["a", "two"]


def test_same_article_under_two_paths_has_one_id(tmp_path):
    (tmp_path / "x.txt").write_text("Title\n" + BODY)
    (tmp_path / "y.txt").write_text("Other title\n\n" + BODY.replace(" ", "  ") + "\n\n")
    a, b = read_inputs([str(tmp_path / "x.txt"), str(tmp_path / "y.txt")])
    assert a.id == b.id and a.content_hash != b.content_hash


@pytest.mark.parametrize(
    ("data", "title", "kind"),
    [
        ("Pasted title\n" + BODY, "Pasted title", "plain"),
        (json.dumps({"text": BODY, "title": "From JSON"}), "From JSON", "json"),
        (
            f"<html><head><title>From HTML</title></head><body><p>{BODY}</p><p>{BODY}</p></body></html>",
            "From HTML",
            "html",
        ),
    ],
)
def test_stdin(data, title, kind):
    docs = list(read_inputs(["-"], stdin=io.StringIO(data)))
    assert len(docs) == 1 and docs[0].title == title and docs[0].error is None, kind
    assert "foreign minister" in docs[0].text


def test_non_english_is_stored_not_analysed(tmp_path):
    german = (
        "Der Außenminister hat sich am Dienstag mit seinem Amtskollegen getroffen. Die Gespräche "
        "waren nach Angaben der Regierung konstruktiv, und eine zweite Runde ist für den nächsten Monat "
        "geplant. Es gab keine Einigung über die Freilassung der Journalisten."
    )
    path = tmp_path / "de.txt"
    path.write_text("Treffen der Minister\n" + german)
    doc = _one(path)
    assert doc.text == german and doc.language == "de" and doc.error.startswith("[E009]")


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_manifest_overrides_and_reports_bad_rows(tmp_path, fmt):
    art = tmp_path / "story.txt"
    art.write_text("Title as written\nBy Jane Doe\nMarch 3, 2024\n" + BODY)
    if fmt == "csv":
        man = tmp_path / "m.csv"
        man.write_text(
            "path,outlet,published,title\n"
            f"{art},The Example Times,2024-03-04,Better title\n"
            ",No key,2024-01-01,x\n"
            f"{tmp_path / 'other.txt'},Other,not a date,y\n"
        )
    else:
        man = tmp_path / "m.jsonl"
        man.write_text(
            json.dumps(
                {
                    "path": str(art),
                    "outlet": "The Example Times",
                    "published": "2024-03-04",
                    "title": "Better title",
                }
            )
            + "\n{broken\n"
            + json.dumps({"outlet": "No key"})
            + "\n"
        )
    docs = list(read_inputs([str(art)], manifest=man))
    errors = [d for d in docs if d.text is None]
    (doc,) = [d for d in docs if d.text is not None]
    assert (doc.outlet, doc.published, doc.title, doc.authors) == (
        "The Example Times",
        "2024-03-04",
        "Better title",
        ["Jane Doe"],
    )
    assert len(errors) == 2 and all(e.error.startswith("[E011]") for e in errors)
    assert all(e.source.startswith(f"{man}:") for e in errors)


def test_read_inputs_never_raises_on_mixed_batch(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Good\n" + BODY)
    inputs = [str(tmp_path / "missing.txt"), "ftp://example.com/x", str(good), "file:///etc/passwd"]
    docs = list(read_inputs(inputs))
    assert [d.error is None for d in docs] == [False, False, True, False]
    assert docs[1].error.startswith("[E012]") and docs[3].error.startswith("[E012]")


def test_jsonl_is_bounded_per_line(tmp_path):
    path = tmp_path / "big.jsonl"
    good = json.dumps({"text": BODY, "outlet": "Alpha"})
    path.write_text(
        good + "\n" + json.dumps({"text": "x" * 5000}) + "\n" + good.replace("Alpha", "Beta") + "\n"
    )
    docs = list(read_inputs([str(path)], max_bytes=1000))
    assert [d.outlet for d in docs if d.error is None] == ["Alpha", "Beta"]
    assert docs[1].source == f"{path}:2" and docs[1].error.startswith("[E014]") and "line 2" in docs[1].error


def test_stdin_is_bounded():
    (doc,) = read_inputs(["-"], stdin=io.StringIO("Title\n" + BODY * 10), max_bytes=500)
    assert doc.source == "<stdin>" and doc.error.startswith("[E003]")
