# Generated from forms/about_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
    QSizePolicy, QSplitter, QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(900, 600)
        self.main_layout = QVBoxLayout(AboutDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.title_label = QLabel(AboutDialog)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setTextFormat(Qt.TextFormat.RichText)

        self.main_layout.addWidget(self.title_label)

        self.description_label = QLabel(AboutDialog)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setWordWrap(True)

        self.main_layout.addWidget(self.description_label)

        self.notices_label = QLabel(AboutDialog)
        self.notices_label.setObjectName(u"notices_label")

        self.main_layout.addWidget(self.notices_label)

        self.notices_splitter = QSplitter(AboutDialog)
        self.notices_splitter.setObjectName(u"notices_splitter")
        self.notices_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.notices_list = QListWidget(self.notices_splitter)
        self.notices_list.setObjectName(u"notices_list")
        self.notices_splitter.addWidget(self.notices_list)
        self.notice_text = QPlainTextEdit(self.notices_splitter)
        self.notice_text.setObjectName(u"notice_text")
        self.notice_text.setReadOnly(True)
        self.notice_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.notices_splitter.addWidget(self.notice_text)

        self.main_layout.addWidget(self.notices_splitter)

        self.folder_label = QLabel(AboutDialog)
        self.folder_label.setObjectName(u"folder_label")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.folder_label)

        self.button_box = QDialogButtonBox(AboutDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

        self.main_layout.setStretch(3, 1)

        self.retranslateUi(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About Branch Service Desk", None))
        self.description_label.setText(QCoreApplication.translate("AboutDialog", u"Intake, dispatch, \u4e09\u5305 adjudication, callbacks, signed service sheets and HQ workbooks for service branches.", None))
        self.notices_label.setText(QCoreApplication.translate("AboutDialog", u"This program uses third-party software under these licences:", None))
    # retranslateUi
