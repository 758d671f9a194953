"""Every file dialog of the application: in the user's language, opening in the last folder used (else Documents).

Qt's own dialog (not the operating system's) everywhere, so a Chinese window never shows an English Windows' file
dialog and every PC looks the same. Qt 6 leaves a few of that dialog's labels untranslated ("Look in:", "Files of
type:", the "Folder" type), so they are set here explicitly. Tests replace `run` to answer without a modal loop."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo, QSettings, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QFileIconProvider, QWidget

LAST_FOLDER_KEY = "files/last_folder"


class _IconProvider(QFileIconProvider):
    """The file list's Type column in the user's language (Qt 6's own names for it are not translated)."""

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("FileDialogs", "Folder")
        suffix = info.suffix()
        if suffix:
            return QCoreApplication.translate("FileDialogs", "{suffix} file").format(suffix=suffix.upper())
        return QCoreApplication.translate("FileDialogs", "File")


_ICON_PROVIDER: list[_IconProvider] = []


def start_folder() -> str:
    """The folder the user last chose a file in, else their documents folder, else their home."""
    last = QSettings().value(LAST_FOLDER_KEY)
    if last and Path(str(last)).is_dir():
        return str(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return documents
    return str(Path.home())


def remember_folder(path: str) -> None:
    folder = Path(path) if Path(path).is_dir() else Path(path).parent
    if folder.is_dir():
        QSettings().setValue(LAST_FOLDER_KEY, str(folder))


def build(parent: QWidget | None, caption: str, name_filter: str, mode: QFileDialog.FileMode,
          accept: QFileDialog.AcceptMode, suggested: str = "") -> QFileDialog:
    dialog = QFileDialog(parent, caption)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if not _ICON_PROVIDER:
        _ICON_PROVIDER.append(_IconProvider())
    dialog.setIconProvider(_ICON_PROVIDER[0])
    dialog.setFileMode(mode)
    dialog.setAcceptMode(accept)
    if name_filter:
        dialog.setNameFilter(name_filter)
    folder = start_folder()
    if suggested and Path(suggested).is_absolute():
        folder = str(Path(suggested).parent) if Path(suggested).parent.is_dir() else folder
    dialog.setDirectory(folder)
    if suggested:
        dialog.selectFile(Path(suggested).name)
    label = QFileDialog.DialogLabel
    dialog.setLabelText(label.LookIn, QCoreApplication.translate("FileDialogs", "Look in:"))
    dialog.setLabelText(label.FileName, QCoreApplication.translate("FileDialogs", "File name:"))
    dialog.setLabelText(label.FileType, QCoreApplication.translate("FileDialogs", "Files of type:"))
    dialog.setLabelText(label.Reject, QCoreApplication.translate("FileDialogs", "Cancel"))
    dialog.setLabelText(label.Accept, QCoreApplication.translate("FileDialogs", "Save")
                        if accept == QFileDialog.AcceptMode.AcceptSave
                        else QCoreApplication.translate("FileDialogs", "Open"))
    return dialog


def _exec(dialog: QFileDialog) -> list[str]:
    return dialog.selectedFiles() if dialog.exec() == QDialog.DialogCode.Accepted else []


# Replaced by tests: takes the built dialog, returns the chosen paths ([] when cancelled).
run: Callable[[QFileDialog], list[str]] = _exec


def _chosen(dialog: QFileDialog) -> list[str]:
    files = [f for f in run(dialog) if f]
    if files:
        remember_folder(files[0])
    return files


def open_file(parent: QWidget | None, caption: str, name_filter: str = "") -> str:
    """One existing file, or "" when cancelled."""
    files = _chosen(build(parent, caption, name_filter, QFileDialog.FileMode.ExistingFile,
                          QFileDialog.AcceptMode.AcceptOpen))
    return files[0] if files else ""


def open_files(parent: QWidget | None, caption: str, name_filter: str = "") -> list[str]:
    return _chosen(build(parent, caption, name_filter, QFileDialog.FileMode.ExistingFiles,
                         QFileDialog.AcceptMode.AcceptOpen))


def save_file(parent: QWidget | None, caption: str, suggested: str = "", name_filter: str = "",
              default_suffix: str = "") -> str:
    """A file name to write (the dialog asks before replacing a file), or "" when cancelled. `suggested` is a file
    name (placed in the start folder) or a full path."""
    dialog = build(parent, caption, name_filter, QFileDialog.FileMode.AnyFile, QFileDialog.AcceptMode.AcceptSave,
                   suggested)
    if default_suffix:
        dialog.setDefaultSuffix(default_suffix)
    files = _chosen(dialog)
    return files[0] if files else ""
