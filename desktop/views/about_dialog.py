"""Help → About: the version, and the licence notices of the third-party software (Qt/PySide6 LGPL-3.0, the
WenQuanYi Micro Hei font Apache-2.0, every bundled package) with their full texts."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QWidget

from desktop import __version__, paths
from desktop.licenses import Notice, notices
from desktop.views import window_state
from desktop.views.ui.ui_about_dialog import Ui_AboutDialog


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, found: list[Notice] | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self.notices = notices() if found is None else found
        self.ui.title_label.setText(self.tr("<b>Branch Service Desk</b> 网点售后服务台 — version {version}")
                                    .format(version=__version__))
        self.ui.folder_label.setText(self.tr("The licence texts are also in the folder {folder}.")
                                     .format(folder=paths.licenses_dir()))
        # Licence texts are laid out for a fixed-width font (indented clauses, tables of packages).
        self.ui.notice_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        for notice in self.notices:
            self.ui.notices_list.addItem(self.tr("Third-party packages") if notice.third_party_list else notice.title)
        self.ui.notices_splitter.setSizes([260, 620])
        self.ui.notices_list.currentRowChanged.connect(self._on_notices_list_current_row_changed)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.button_box.accepted.connect(self.accept)
        if self.notices:
            self.ui.notices_list.setCurrentRow(0)

    def _on_notices_list_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.notices):
            self.ui.notice_text.setPlainText(self.notices[row].text)
