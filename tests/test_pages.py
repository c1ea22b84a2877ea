from __future__ import annotations

import datetime as dt
import hashlib
import sys
from pathlib import Path

import pytest

from sitegen import fanout, pages
from sitegen.errors import InputError
from sitegen.model import Block, RawArticle
from sitegen.pages import (
    GeneratedPage,
    body_markdown,
    dump_page,
    escape_markdown,
    merge_page,
    parse_page,
    sync_pages,
)


def raw(*blocks: tuple[str, str]) -> RawArticle:
    return RawArticle("f.txt", 1, 9, "Title", tuple(Block(k, t, i + 3) for i, (k, t) in enumerate(blocks)))  # type: ignore[arg-type]


def test_body_markdown_kinds() -> None:
    md = body_markdown(
        raw(
            ("note", "Editor's Note:"),
            ("note", "This is part of a series."),
            ("paragraph", "First *paragraph* with <b>html</b>."),
            ("subheading", "A new section"),
            ("url", "https://example.com/a?b=1"),
        )
    )
    assert md.startswith("> **Editor's Note:**\n>\n> This is part of a series.\n\n")
    assert "First \\*paragraph\\* with \\<b\\>html\\</b\\>." in md
    assert "\n## A new section\n" in md
    assert "<https://example.com/a?b=1>" in md


def test_escape_markdown_block_syntax() -> None:
    assert escape_markdown("# not a heading") == "\\# not a heading"
    assert escape_markdown("1. not a list") == "1\\. not a list"
    assert escape_markdown("{{ not jinja }}") == "{{ not jinja }}"


def page(**over: object) -> dict[str, object]:
    front: dict[str, object] = {"title": "T", "date": dt.date(2024, 1, 2), "date_precision": "day", "topics": ["A"]}
    front.update(over)
    return front


def test_merge_keeps_hand_edits_and_follows_untouched_fields(tmp_path: Path) -> None:
    path = tmp_path / "t.md"
    first = merge_page(None, path, page(), "Body.\n")
    edited = first.text.replace('topics: ["A"]', "topics: [B, A]")
    second = merge_page(edited, path, page(date=dt.date(2024, 3, 4), topics=["C"]), "Body.\n")
    assert second.front["topics"] == ["B", "A"]  # editor wins
    assert second.front["date"] == dt.date(2024, 3, 4)  # untouched: follows the new inference
    assert second.edited == ("topics",)
    third = merge_page(second.text, path, page(topics=["D"]), "New body.\n")
    assert third.front["topics"] == ["B", "A"]  # still kept on every later build
    assert third.body == "New body.\n"


def test_a_field_the_editor_deleted_stays_deleted(tmp_path: Path) -> None:
    path = tmp_path / "t.md"
    first = merge_page(None, path, page(), "Body.\n")
    deleted = first.text.replace('topics: ["A"]\n', "")
    assert deleted != first.text
    second = merge_page(deleted, path, page(topics=["C"]), "Body.\n")
    assert "topics" not in second.front and second.edited == ("topics",)
    third = merge_page(second.text, path, page(topics=["D"]), "Body.\n")
    assert "topics" not in third.front  # on every later build too
    assert third.front["date"] == dt.date(2024, 1, 2) and third.edited == ("topics",)


def test_hand_written_pages_are_never_rewritten(tmp_path: Path) -> None:
    text = "---\ntitle: Mine\n---\n\nMy words.\n"
    m = merge_page(text, tmp_path / "x.md", page(), "Generated.\n")
    assert m.text == text and m.edited == ("*",)


def test_malformed_yaml_names_file_and_line(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        parse_page("---\ntitle: ok\ndate: [unclosed\n---\nbody\n", tmp_path / "bad.md")
    assert "bad.md:" in str(err.value) and err.value.line and err.value.line >= 3


def test_sync_removes_only_untouched_stale_pages(tmp_path: Path) -> None:
    gen = [GeneratedPage("a", page(title="A"), "a\n"), GeneratedPage("b", page(title="B"), "b\n")]
    sync_pages(tmp_path, gen)
    (tmp_path / "b.md").write_text((tmp_path / "b.md").read_text().replace('title: "B"', 'title: "B edited"'))
    result = sync_pages(tmp_path, [])
    assert not (tmp_path / "a.md").exists()
    assert (tmp_path / "b.md").exists() and result.kept_orphans == ("b",)
    assert [a.title for a in result.articles] == ["B edited"]


def test_roundtrip(tmp_path: Path) -> None:
    text = dump_page(page(), "Hello\n")
    front, body = parse_page(text, tmp_path / "p.md")
    assert front["date"] == dt.date(2024, 1, 2) and body == "Hello\n"


def test_sync_keeps_an_edit_follows_a_rename_and_writes_only_what_changed(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    gen = [GeneratedPage(s, page(title=s.upper()), f"{s} body\n") for s in ("a", "b", "c", "d", "e")]
    sync_pages(folder, gen)
    (folder / "b.md").write_text((folder / "b.md").read_text().replace('title: "B"', 'title: "B edited"'))
    gen[2] = GeneratedPage("c-renamed", page(title="C2"), "c body\n")  # the headline changed
    gen[3] = GeneratedPage("d", page(title="D", topics=["Z"]), "d body\n")  # new inference
    result = sync_pages(folder, gen)
    assert [a.title for a in result.articles] == ["A", "B edited", "C2", "D", "E"]
    assert result.edited == (("b", ("title",)),) and result.written == 2  # c-renamed and d
    assert [p.name for p in sorted(folder.glob("*.md"))] == ["a.md", "b.md", "c-renamed.md", "d.md", "e.md"]


@pytest.mark.parametrize("fork", [True, False])
def test_sync_writes_through_a_forked_child_the_same_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forked_children: list[tuple[str, int]], fork: bool
) -> None:
    monkeypatch.setattr(fanout, "MIN_ITEMS", 1)
    monkeypatch.setattr(fanout, "can_fork", lambda workers=2: fork and sys.platform.startswith("linux"))
    folder = tmp_path / "articles"
    gen = [GeneratedPage(f"p{i}", page(title=f"P{i}"), f"body {i}\n") for i in range(150)]
    first = sync_pages(folder, gen, workers=2)
    assert len(forked_children) == (2 if fork else 0)  # two writers
    assert first.written == 150 and len(list(folder.glob("*.md"))) == 150
    assert parse_page((folder / "p7.md").read_text(), folder / "p7.md")[1] == "body 7\n"
    # a new page's text is made by the writer: what a merge with no file makes, hashed as it is
    assert (folder / "p7.md").read_text() == pages.merge_page(None, folder / "p7.md", gen[7].front, gen[7].body).text
    assert first.held == {p.name: hashlib.sha1(p.read_bytes()).hexdigest() for p in folder.glob("*.md")}
    gen[7] = GeneratedPage("p7-renamed", page(title="P7 again"), "body 7\n")
    second = sync_pages(folder, gen, workers=2)
    assert second.written == 1 and not (folder / "p7.md").exists() and (folder / "p7-renamed.md").is_file()


def test_a_page_saved_between_its_merge_and_its_writing_is_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    sync_pages(folder, [GeneratedPage("a", page(title="A"), "a body\n")])
    merged = (folder / "a.md").read_bytes()
    (folder / "a.md").write_text("an editor's save")  # after sitegen read the page, before it wrote it
    (folder / "b.md").write_text("a new page by hand")
    pages._write_pages([], [(folder / "a.md", b"generated", merged), (folder / "b.md", b"generated", None)])
    pages._write_pages([], [(folder / "a.md", None, merged)])  # a renamed article's old page: kept too
    assert (folder / "a.md").read_text() == "an editor's save" and (folder / "b.md").read_text() == "a new page by hand"


@pytest.mark.parametrize(
    "value",
    [
        "plain",
        "tab\tnew\nline",
        "del \x7f",
        "nel \x85",
        "ls \u2028 ps \u2029",
        "nbsp \xa0 ’",
        "bom \ufeff",
        "lone \ud800",
        "nonchar \uffff \ufffe",
        "astral \U0001f600",
        "c1 \x80\x9f",
        'quote " back \\',
        "\x00\x1f",
    ],
)
def test_string_scalar_fast_paths_match_the_general_writer(value: str) -> None:
    import json
    import re

    from sitegen.pages import _scalar, fingerprint

    class Sub(str):  # takes the general path
        pass

    text = json.dumps(value, ensure_ascii=False)
    bad = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\u2028\u2029\x85]")
    expected = bad.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    assert _scalar(value) == _scalar(Sub(value)) == expected
    if "\ud800" not in value:
        assert fingerprint(value) == fingerprint(Sub(value))


@pytest.mark.parametrize("text", ["", " ", "a", " a  b ", "a\tb\nc\x0bd\x0ce\rf\x1cg\x1fh", "x\xa0y", "é z", "a\x00b"])
def test_word_count_matches_split(text: str) -> None:
    from sitegen.pages import word_count

    raw = RawArticle("f.txt", 1, 2, text, (Block("paragraph", text, 2), Block("paragraph", "", 3)))
    assert word_count(raw) == 2 * len(text.split())
