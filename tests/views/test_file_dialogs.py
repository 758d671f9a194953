"""Every file dialog: Qt's own (not the system's), in the user's language, opening in the documents folder and then
in the folder used last."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.i18n import install_translators
from desktop.views import file_dialogs


@pytest.fixture(autouse=True)
def _no_last_folder() -> None:
    QSettings().remove(file_dialogs.LAST_FOLDER_KEY)


def test_qt_s_own_dialog_speaks_chinese_in_the_chinese_window(qapp: QApplication) -> None:
    install_translators(qapp, "zh_CN")
    try:
        dialog = file_dialogs.build(None, "x", "PDF (*.pdf)", QFileDialog.FileMode.ExistingFile,
                                    QFileDialog.AcceptMode.AcceptOpen)
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        label = QFileDialog.DialogLabel
        # The labels Qt 6 leaves in English ("Look in:", "Files of type:") are Chinese here.
        assert dialog.labelText(label.LookIn) == "查找范围："
        assert dialog.labelText(label.FileType) == "文件类型："
        assert dialog.labelText(label.Accept) == "打开" and dialog.labelText(label.Reject) == "取消"
        from PySide6.QtCore import QFileInfo

        assert dialog.iconProvider().type(QFileInfo(str(Path.home()))) == "文件夹"
        dialog.deleteLater()
    finally:
        install_translators(qapp, "en")


def test_it_opens_in_documents_then_in_the_last_folder_used(qapp: QApplication, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QStandardPaths

    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(documents))
    seen: list[str] = []
    chosen = tmp_path / "exports" / "hq-202611.xlsx"
    chosen.parent.mkdir()

    def answer(dialog: QFileDialog) -> list[str]:
        seen.append(dialog.directory().absolutePath())
        return [str(chosen)]

    monkeypatch.setattr(file_dialogs, "run", answer)
    # First time: the documents folder; the name suggested is filled in.
    assert file_dialogs.save_file(None, "Save", "hq-202611.xlsx", "Excel (*.xlsx)") == str(chosen)
    assert seen == [str(documents)]
    # Next time (any dialog of the application): where the last file was chosen.
    assert file_dialogs.open_file(None, "Open", "Excel (*.xlsx)") == str(chosen)
    assert seen[-1] == str(chosen.parent)


def test_cancel_returns_nothing_and_remembers_nothing(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(file_dialogs, "run", lambda _dialog: [])
    assert file_dialogs.open_file(None, "Open") == ""
    assert file_dialogs.open_files(None, "Open") == []
    assert QSettings().value(file_dialogs.LAST_FOLDER_KEY) is None
