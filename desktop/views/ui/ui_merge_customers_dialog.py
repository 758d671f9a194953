# Generated from forms/merge_customers_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'merge_customers_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget)

class Ui_MergeCustomersDialog(object):
    def setupUi(self, MergeCustomersDialog):
        if not MergeCustomersDialog.objectName():
            MergeCustomersDialog.setObjectName(u"MergeCustomersDialog")
        MergeCustomersDialog.resize(620, 480)
        self.main_layout = QVBoxLayout(MergeCustomersDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.keep_label = QLabel(MergeCustomersDialog)
        self.keep_label.setObjectName(u"keep_label")
        self.keep_label.setWordWrap(True)
        self.keep_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.keep_label)

        self.search_edit = QLineEdit(MergeCustomersDialog)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.main_layout.addWidget(self.search_edit)

        self.candidate_list = QListWidget(MergeCustomersDialog)
        self.candidate_list.setObjectName(u"candidate_list")

        self.main_layout.addWidget(self.candidate_list)

        self.swap_check = QCheckBox(MergeCustomersDialog)
        self.swap_check.setObjectName(u"swap_check")

        self.main_layout.addWidget(self.swap_check)

        self.summary_label = QLabel(MergeCustomersDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.summary_label)

        self.message_label = QLabel(MergeCustomersDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(MergeCustomersDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(MergeCustomersDialog)
    # setupUi

    def retranslateUi(self, MergeCustomersDialog):
        MergeCustomersDialog.setWindowTitle(QCoreApplication.translate("MergeCustomersDialog", u"Merge duplicate customers", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("MergeCustomersDialog", u"Find the duplicate: name, phone, serial or address", None))
        self.swap_check.setText(QCoreApplication.translate("MergeCustomersDialog", u"Keep the customer found instead, and merge this one into it", None))
    # retranslateUi
