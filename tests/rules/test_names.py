"""One rule for a catalogue name in a language, on screen and on paper: its own name, else the other one."""

from __future__ import annotations

from desktop.rules.names import name_in


def test_a_name_in_its_language_or_the_other_when_blank() -> None:
    assert name_in("控制仪", "Controller", "zh") == "控制仪"
    assert name_in("控制仪", "Controller", "zh_CN") == "控制仪"
    assert name_in("控制仪", "Controller", "en") == "Controller"
    assert name_in("控制仪", "", "en") == "控制仪"  # a catalogue filled in Chinese only
    assert name_in("", "Controller", "zh") == "Controller"
