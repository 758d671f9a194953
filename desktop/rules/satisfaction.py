"""Satisfaction grades (满意度): the closed vocabulary, the branch's choice of grades, and what counts as satisfied.

基本满意 appears in no seed; seed 004 speaks of moving customers 「从满意到非常满意」, and seed 000 sets a 100% target
for 用户满意率. Counting a lukewarm answer as satisfied would inflate that rate, so only 非常满意 and 满意 count.
A branch chooses which grades it offers (the setting `satisfaction.grades`); the codes themselves never change, so
HQ can add branches' counts together whatever each branch offers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

# Ordered from best to worst; the printed forms and the combo boxes keep this order.
GRADES = ("very_satisfied", "satisfied", "neutral", "dissatisfied", "very_dissatisfied")
DEFAULT_GRADES = ("very_satisfied", "satisfied", "neutral", "dissatisfied")
# The satisfaction rate's numerator: 非常满意 + 满意, over every graded answer.
SATISFIED = frozenset({"very_satisfied", "satisfied"})
# A customer who says this is unhappy: the call ends with the apology (E2) and a complaint is opened.
UNHAPPY = frozenset({"dissatisfied", "very_dissatisfied"})
# Codes no longer offered, read as today's grade (migration 0007 and the HQ workbook reader).
LEGACY = {"basically_satisfied": "neutral"}
# Words on paper and in workbooks (data, like the printed labels; the screens translate their own copies).
LABELS_ZH = {"very_satisfied": "非常满意", "satisfied": "满意", "neutral": "一般", "dissatisfied": "不满意",
             "very_dissatisfied": "非常不满意"}
LABELS_EN = {"very_satisfied": "Very satisfied", "satisfied": "Satisfied", "neutral": "Neutral",
             "dissatisfied": "Dissatisfied", "very_dissatisfied": "Very dissatisfied"}
# A signed service report keeps the grade the customer ticked under the old scale; it prints with its old words.
LEGACY_LABELS_ZH = {"basically_satisfied": "基本满意"}
LEGACY_LABELS_EN = {"basically_satisfied": "Basically satisfied"}


def label(code: str, language: str) -> str:
    if language == "zh":
        return LABELS_ZH.get(code) or LEGACY_LABELS_ZH.get(code, code)
    return LABELS_EN.get(code) or LEGACY_LABELS_EN.get(code, code)


def grade_problem(grades: Sequence[str]) -> str | None:
    """Why a branch's list of grades cannot be used, or None. The codes are a closed set, each offered once, and the
    list must let a customer say they are satisfied and that they are not (else the rate means nothing)."""
    if any(g not in GRADES for g in grades):
        return "grade_unknown"
    if len(set(grades)) != len(grades):
        return "grade_repeated"
    if not SATISFIED & set(grades) or not set(grades) - SATISFIED:
        return "grades_one_sided"
    return None


def ordered(grades: Iterable[str]) -> tuple[str, ...]:
    """The branch's grades in the scale's order, whatever order they were stored in."""
    chosen = set(grades)
    return tuple(g for g in GRADES if g in chosen)


def is_satisfied(code: str | None) -> bool:
    return code in SATISFIED


def current(code: str | None) -> str | None:
    """A stored code as today's grade (基本满意 → 一般)."""
    if code is None:
        return None
    return LEGACY.get(code, code)
