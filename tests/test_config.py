from __future__ import annotations

from pathlib import Path

import pytest

from sitegen.config import load_config
from sitegen.errors import ConfigError


def test_defaults_without_config(make_site) -> None:  # type: ignore[no-untyped-def]
    cfg = load_config(make_site())
    assert cfg.per_page == 20 and cfg.theme == "default"
    assert [t.name for t in cfg.taxonomy][:2] == ["Diplomacy", "Politics & Law"]


def test_unknown_key_names_key_and_line(make_site) -> None:  # type: ignore[no-untyped-def]
    site = make_site(config='title = "x"\n\ntitel = "typo"\n')
    with pytest.raises(ConfigError) as err:
        load_config(site)
    assert (
        str(err.value)
        == f"{site / 'sitegen.toml'}:3: unknown key 'titel' (known: base_url, description, language, low_confidence, max_topics, on_bad_input, per_page, search, search_shard_size, theme, title, topics, workers)"
    )


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("per_page = 'ten'\n", "'per_page' must be a int"),
        ("base_url = 'example.org'\n", "'base_url' must be an absolute"),
        ("theme = 'nope'\n", "'theme' 'nope' not found"),
        ("title = \n", "invalid TOML"),
        ("[[topics]]\nname = 'A'\n", "'signals' must be a non-empty list"),
    ],
)
def test_invalid_values(make_site, text: str, needle: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ConfigError) as err:
        load_config(make_site(config=text))
    assert needle in str(err.value)
    assert "sitegen.toml:" in str(err.value)


def test_custom_taxonomy(make_site) -> None:  # type: ignore[no-untyped-def]
    cfg = load_config(make_site(config="[[topics]]\nname = 'Rivers'\ndescription = 'Water'\nsignals = ['river*']\n"))
    assert [t.name for t in cfg.taxonomy] == ["Rivers"]


def test_missing_site_folder(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        load_config(tmp_path / "nope")


def test_search_shard_size_must_be_positive(make_site) -> None:  # type: ignore[no-untyped-def]
    site = make_site(config="search_shard_size = 0\n")
    with pytest.raises(ConfigError, match="search_shard_size' must be at least 1"):
        load_config(site)
    assert load_config(make_site(config="search_shard_size = 500\n")).search_shard_size == 500


def test_the_preview_has_its_own_output_and_shares_the_caches(tmp_path: Path) -> None:
    site, preview = load_config(tmp_path), load_config(tmp_path, preview=True)
    assert site.public_dir == tmp_path.resolve() / "public" and site.output_state_dir == site.cache_dir
    assert preview.cache_dir == site.cache_dir  # segments, enrichment, the pages' memo
    assert preview.output_state_dir != site.output_state_dir
    assert preview.public_dir.is_relative_to(preview.output_state_dir)
