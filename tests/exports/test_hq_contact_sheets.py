"""The schema-3 sheets (consultations, quality feedback) through write → read → hq-merge: the newest export of a form
wins by its own number, the caller's phone is masked like every phone, and a version-2 file still merges."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook

from desktop.exports.columns import CONSULTATIONS, QUALITY_FEEDBACK
from desktop.exports.hq_merge import merge_workbooks
from desktop.exports.workbook_reader import read_workbook
from desktop.exports.workbook_writer import write_workbook
from tests.exports.conftest import make_branch

RAISED = datetime(2026, 11, 10, 9, 30)


def _quality(status: str, analysis: str = "", corrective: str = "") -> tuple:
    return ("A01", "A01-Q20261110-0001", RAISED, "claim", "A01-R20261109-0001", "净水器", "HS-RO-400G", "2026-05",
            "SN-1、SN-2", 2, "外壳开裂", analysis, corrective, "", "", status, None, None, None, "王芳")


def _consultation(phone: str) -> tuple:
    return ("A01", "A01-Z20261110-0001", RAISED, "hotline", "warranty", "李先生", phone, "净水器", "发票丢了怎么办？",
            "凭安装单保修", False, datetime(2026, 11, 10, 10, 30), datetime(2026, 11, 10, 10, 0), True, "answered",
            "", "王芳")


def _write(tmp_path: Path, name: str, exported_at: datetime, extra: dict, **meta: object) -> Path:
    data = make_branch("A01", tickets=2)
    path = tmp_path / name
    write_workbook(path, data.meta(exported_at=exported_at, **meta), data.summary(), *data.all(), extra_sheets=extra)
    return path


def test_the_newest_export_of_a_form_wins_and_phones_are_masked(tmp_path: Path) -> None:
    old = _write(tmp_path, "old.xlsx", datetime(2026, 11, 30, 2, 0),
                 {"quality_feedback": [_quality("sent")], "consultations": [_consultation("13812345678")]})
    new = _write(tmp_path, "new.xlsx", datetime(2026, 12, 15, 2, 0),
                 {"quality_feedback": [_quality("answered", "注塑温度偏低", "整批更换")]})
    with read_workbook(old) as book:
        (row,) = book.rows("consultations")
        assert row[CONSULTATIONS.keys.index("phone")] == "138****5678"
        assert row[CONSULTATIONS.keys.index("reply_on_time")] is True
    out = tmp_path / "all.xlsx"
    result = merge_workbooks([old, new], out, "en")
    assert result.rows["quality_feedback"] == 1 and result.rows["consultations"] == 1
    with read_workbook(out) as book:
        (form,) = book.rows("quality_feedback")
    keys = QUALITY_FEEDBACK.keys
    assert (form[keys.index("status")], form[keys.index("corrective_action")]) == ("answered", "整批更换")
    sheet = load_workbook(out)["Quality feedback"]
    assert [c.value for c in sheet[1]][:4] == ["Branch", "Feedback no.", "Raised", "Source"]
    assert sheet.cell(2, keys.index("status") + 1).value == "Answered by HQ"


def test_a_file_from_before_the_contact_sheets_still_merges(tmp_path: Path) -> None:
    current = _write(tmp_path, "v3.xlsx", datetime(2026, 12, 1, 2, 0), {"quality_feedback": [_quality("raised")]})
    older = tmp_path / "v2.xlsx"
    data = make_branch("B02", tickets=1)
    write_workbook(older, data.meta(exported_at=datetime(2026, 12, 1, 3, 0)), data.summary(), *data.all())
    book = load_workbook(older)
    meta = book["_meta"]
    for row in meta.iter_rows():
        if row[0].value == "schema_version":
            row[1].value = "2"
    # Without its version-3 sheets and their metadata lines, as a branch not yet upgraded writes it.
    for title in ("咨询", "质量问题反馈"):
        del book[title]
    for index in range(meta.max_row, 0, -1):
        if meta.cell(index, 2).value in ("consultations", "quality_feedback"):
            meta.delete_rows(index)
    book.save(older)
    result = merge_workbooks([current, older], tmp_path / "all.xlsx", "zh")
    assert result.rows["quality_feedback"] == 1 and result.rows["tickets"] == 3
