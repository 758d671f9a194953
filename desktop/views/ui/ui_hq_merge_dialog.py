# Generated from forms/hq_merge_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hq_merge_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_HqMergeDialog(object):
    def setupUi(self, HqMergeDialog):
        if not HqMergeDialog.objectName():
            HqMergeDialog.setObjectName(u"HqMergeDialog")
        HqMergeDialog.resize(560, 400)
        self.main_layout = QVBoxLayout(HqMergeDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.files_label = QLabel(HqMergeDialog)
        self.files_label.setObjectName(u"files_label")

        self.main_layout.addWidget(self.files_label)

        self.files_layout = QHBoxLayout()
        self.files_layout.setObjectName(u"files_layout")
        self.file_list = QListWidget(HqMergeDialog)
        self.file_list.setObjectName(u"file_list")

        self.files_layout.addWidget(self.file_list)

        self.file_buttons_layout = QVBoxLayout()
        self.file_buttons_layout.setObjectName(u"file_buttons_layout")
        self.add_button = QPushButton(HqMergeDialog)
        self.add_button.setObjectName(u"add_button")

        self.file_buttons_layout.addWidget(self.add_button)

        self.remove_button = QPushButton(HqMergeDialog)
        self.remove_button.setObjectName(u"remove_button")

        self.file_buttons_layout.addWidget(self.remove_button)

        self.file_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.file_buttons_layout.addItem(self.file_buttons_spacer)


        self.files_layout.addLayout(self.file_buttons_layout)


        self.main_layout.addLayout(self.files_layout)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.language_label = QLabel(HqMergeDialog)
        self.language_label.setObjectName(u"language_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(HqMergeDialog)
        self.language_combo.setObjectName(u"language_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.path_label = QLabel(HqMergeDialog)
        self.path_label.setObjectName(u"path_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.path_label)

        self.path_layout = QHBoxLayout()
        self.path_layout.setObjectName(u"path_layout")
        self.path_edit = QLineEdit(HqMergeDialog)
        self.path_edit.setObjectName(u"path_edit")

        self.path_layout.addWidget(self.path_edit)

        self.browse_button = QPushButton(HqMergeDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.path_layout.addWidget(self.browse_button)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.path_layout)


        self.main_layout.addLayout(self.form_layout)

        self.result_label = QLabel(HqMergeDialog)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setWordWrap(True)

        self.main_layout.addWidget(self.result_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.open_button = QPushButton(HqMergeDialog)
        self.open_button.setObjectName(u"open_button")

        self.button_layout.addWidget(self.open_button)

        self.show_folder_button = QPushButton(HqMergeDialog)
        self.show_folder_button.setObjectName(u"show_folder_button")

        self.button_layout.addWidget(self.show_folder_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.merge_button = QPushButton(HqMergeDialog)
        self.merge_button.setObjectName(u"merge_button")

        self.button_layout.addWidget(self.merge_button)

        self.close_button = QPushButton(HqMergeDialog)
        self.close_button.setObjectName(u"close_button")

        self.button_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.button_layout)


        self.retranslateUi(HqMergeDialog)

        self.merge_button.setDefault(True)

    # setupUi

    def retranslateUi(self, HqMergeDialog):
        HqMergeDialog.setWindowTitle(QCoreApplication.translate("HqMergeDialog", u"Merge branch workbooks", None))
        self.files_label.setText(QCoreApplication.translate("HqMergeDialog", u"Branch workbooks:", None))
        self.add_button.setText(QCoreApplication.translate("HqMergeDialog", u"Add...", None))
        self.remove_button.setText(QCoreApplication.translate("HqMergeDialog", u"Remove", None))
        self.language_label.setText(QCoreApplication.translate("HqMergeDialog", u"Header language:", None))
        self.path_label.setText(QCoreApplication.translate("HqMergeDialog", u"Output file:", None))
        self.browse_button.setText(QCoreApplication.translate("HqMergeDialog", u"Browse...", None))
        self.open_button.setText(QCoreApplication.translate("HqMergeDialog", u"Open", None))
        self.show_folder_button.setText(QCoreApplication.translate("HqMergeDialog", u"Show in folder", None))
        self.merge_button.setText(QCoreApplication.translate("HqMergeDialog", u"Merge", None))
        self.close_button.setText(QCoreApplication.translate("HqMergeDialog", u"Close", None))
    # retranslateUi
