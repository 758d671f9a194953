"""The HQ workbook's satisfaction choices follow the new grades; an older branch's 基本满意 reads as 一般."""

from __future__ import annotations

from openpyxl import load_workbook

from desktop.exports.columns import CALLBACKS, SCHEMA_VERSION
from desktop.exports.records import summarize
from desktop.exports.workbook_reader import read_workbook
from tests.exports.conftest import BranchData, Export


def test_choices_follow_the_grades_and_the_summary_counts_only_the_satisfied(branch: BranchData,
                                                                           export: Export) -> None:
    column = next(c for c in CALLBACKS.columns if c.key == "satisfaction")
    assert [(c.key, c.zh) for c in column.choices] == [
        ("very_satisfied", "非常满意"), ("satisfied", "满意"), ("neutral", "一般"), ("dissatisfied", "不满意"),
        ("very_dissatisfied", "非常不满意")]
    summary = summarize(callbacks=branch.callbacks)
    grades = [c.satisfaction for c in branch.callbacks if c.satisfaction]
    pleased = sum(g in ("very_satisfied", "satisfied") for g in grades)
    assert (summary.satisfaction.numerator, summary.satisfaction.denominator) == (pleased, len(grades))
    assert 0 < pleased < len(grades)


def test_an_older_workbooks_basically_satisfied_reads_as_neutral(branch: BranchData, export: Export) -> None:
    path = export(branch, "old.xlsx").path
    wb = load_workbook(path)
    sheet, column = wb["回访"], 1 + [c.key for c in CALLBACKS.columns].index("satisfaction")
    changed = 0
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, column).value == "一般":
            sheet.cell(row, column).value = "基本满意"
            changed += 1
    # A file written before the grades changed (schema 2) by a branch that had not upgraded.
    wb["_meta"].cell(2, 2).value = str(SCHEMA_VERSION - 1)
    wb.save(path)
    assert changed
    with read_workbook(path) as book:
        read = [c.satisfaction for c in book.callbacks()]
    assert "基本满意" not in read and read.count("neutral") == changed
    assert read == [c.satisfaction for c in branch.callbacks]
