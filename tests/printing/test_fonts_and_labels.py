"""Font registration errors and the completeness of the zh/en label catalogue."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.errors import ValidationError
from desktop.printing import fonts
from desktop.printing.labels import CATALOGUE, Labels


def test_missing_font_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(fonts, "_registered", False)
    monkeypatch.setattr(fonts, "cjk_font_path", lambda: tmp_path / "nope.ttc")
    with pytest.raises(ValidationError) as info:
        fonts.register_cjk_font()
    assert info.value.code == "font_missing"
    assert info.value.params["path"].endswith("nope.ttc")


def test_registration_is_idempotent() -> None:
    assert fonts.register_cjk_font() == fonts.register_cjk_font() == fonts.CJK_FONT_NAME


def test_both_languages_have_the_same_labels_and_placeholders() -> None:
    assert CATALOGUE["zh"].keys() == CATALOGUE["en"].keys()
    for key, zh in CATALOGUE["zh"].items():
        assert ("{hotline}" in zh) == ("{hotline}" in CATALOGUE["en"][key]), key


def test_codes_and_unknown_language() -> None:
    labels = Labels("zh")
    assert labels.code("outcome", "exchange") == "调换"
    assert labels.code("outcome", "something_new") == "something_new"
    assert labels("page_of", page=1, pages=2) == "第 1 页 / 共 2 页"
    with pytest.raises(ValidationError):
        Labels("fr")
