"""The bad-input corpus shared by the robustness tests: each entry says whether it must be refused."""

from __future__ import annotations

# (label, text, must_be_refused)
TEXT_CORPUS: list[tuple[str, str, bool]] = [
    ("overlong", "长" * 5000, True),
    ("nul", "abc\x00def", True),
    ("bell", "ring\x07", True),
    ("escape", "\x1b[31mred", True),
    ("zero_width_joiner_hidden", "a\u200bb", True),
    ("bidi_override", "\u202eevil", True),
    ("lone_surrogate", "x\ud800y", True),
    # Legitimate text that must be stored exactly and never executed anywhere.
    ("emoji", "热水器坏了😡🔥", False),
    ("sql", "'; DROP TABLE ticket; --", False),
    ("formula", '=HYPERLINK("http://evil","点我")', False),
    ("plus_formula", "+86 138", False),
    ("at_formula", "@SUM(A1:A9)", False),
    ("html", "<script>alert(1)</script>", False),
    ("percent_format", "%s %d {0} {name}", False),
    ("traditional", "熱水器漏水", False),
]
