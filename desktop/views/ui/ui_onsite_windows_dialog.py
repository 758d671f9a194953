# Generated from forms/onsite_windows_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'onsite_windows_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_OnsiteWindowsDialog(object):
    def setupUi(self, OnsiteWindowsDialog):
        if not OnsiteWindowsDialog.objectName():
            OnsiteWindowsDialog.setObjectName(u"OnsiteWindowsDialog")
        OnsiteWindowsDialog.resize(620, 380)
        self.main_layout = QVBoxLayout(OnsiteWindowsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.hint_label = QLabel(OnsiteWindowsDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.windows_table = QTableWidget(OnsiteWindowsDialog)
        self.windows_table.setObjectName(u"windows_table")
        self.windows_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.windows_table.setAlternatingRowColors(True)

        self.main_layout.addWidget(self.windows_table)

        self.message_label = QLabel(OnsiteWindowsDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(OnsiteWindowsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(OnsiteWindowsDialog)
    # setupUi

    def retranslateUi(self, OnsiteWindowsDialog):
        OnsiteWindowsDialog.setWindowTitle(QCoreApplication.translate("OnsiteWindowsDialog", u"On-site windows", None))
    # retranslateUi
