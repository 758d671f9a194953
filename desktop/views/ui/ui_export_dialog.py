# Generated from forms/export_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QDialog, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(520, 330)
        self.main_layout = QVBoxLayout(ExportDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.period_kind_label = QLabel(ExportDialog)
        self.period_kind_label.setObjectName(u"period_kind_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.period_kind_label)

        self.period_kind_combo = QComboBox(ExportDialog)
        self.period_kind_combo.setObjectName(u"period_kind_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.period_kind_combo)

        self.anchor_label = QLabel(ExportDialog)
        self.anchor_label.setObjectName(u"anchor_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.anchor_label)

        self.anchor_date_edit = QDateEdit(ExportDialog)
        self.anchor_date_edit.setObjectName(u"anchor_date_edit")
        self.anchor_date_edit.setCalendarPopup(True)
        self.anchor_date_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.anchor_date_edit)

        self.range_label = QLabel(ExportDialog)
        self.range_label.setObjectName(u"range_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.range_label)

        self.range_layout = QHBoxLayout()
        self.range_layout.setObjectName(u"range_layout")
        self.start_date_edit = QDateEdit(ExportDialog)
        self.start_date_edit.setObjectName(u"start_date_edit")
        self.start_date_edit.setCalendarPopup(True)
        self.start_date_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.range_layout.addWidget(self.start_date_edit)

        self.end_date_edit = QDateEdit(ExportDialog)
        self.end_date_edit.setObjectName(u"end_date_edit")
        self.end_date_edit.setCalendarPopup(True)
        self.end_date_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.range_layout.addWidget(self.end_date_edit)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.range_layout)

        self.content_title_label = QLabel(ExportDialog)
        self.content_title_label.setObjectName(u"content_title_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.content_title_label)

        self.content_label = QLabel(ExportDialog)
        self.content_label.setObjectName(u"content_label")
        self.content_label.setWordWrap(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.content_label)

        self.language_label = QLabel(ExportDialog)
        self.language_label.setObjectName(u"language_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(ExportDialog)
        self.language_combo.setObjectName(u"language_combo")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.mask_check = QCheckBox(ExportDialog)
        self.mask_check.setObjectName(u"mask_check")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.mask_check)

        self.path_label = QLabel(ExportDialog)
        self.path_label.setObjectName(u"path_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.path_label)

        self.path_layout = QHBoxLayout()
        self.path_layout.setObjectName(u"path_layout")
        self.path_edit = QLineEdit(ExportDialog)
        self.path_edit.setObjectName(u"path_edit")

        self.path_layout.addWidget(self.path_edit)

        self.browse_button = QPushButton(ExportDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.path_layout.addWidget(self.browse_button)


        self.form_layout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.path_layout)


        self.main_layout.addLayout(self.form_layout)

        self.result_label = QLabel(ExportDialog)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setWordWrap(True)

        self.main_layout.addWidget(self.result_label)

        self.result_layout = QHBoxLayout()
        self.result_layout.setObjectName(u"result_layout")
        self.open_button = QPushButton(ExportDialog)
        self.open_button.setObjectName(u"open_button")

        self.result_layout.addWidget(self.open_button)

        self.show_folder_button = QPushButton(ExportDialog)
        self.show_folder_button.setObjectName(u"show_folder_button")

        self.result_layout.addWidget(self.show_folder_button)

        self.result_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.result_layout.addItem(self.result_spacer)


        self.main_layout.addLayout(self.result_layout)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.export_button = QPushButton(ExportDialog)
        self.export_button.setObjectName(u"export_button")

        self.button_layout.addWidget(self.export_button)

        self.close_button = QPushButton(ExportDialog)
        self.close_button.setObjectName(u"close_button")

        self.button_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.button_layout)


        self.retranslateUi(ExportDialog)

        self.export_button.setDefault(True)

    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export HQ workbook", None))
        self.period_kind_label.setText(QCoreApplication.translate("ExportDialog", u"Period:", None))
        self.anchor_label.setText(QCoreApplication.translate("ExportDialog", u"Day in the period:", None))
        self.range_label.setText(QCoreApplication.translate("ExportDialog", u"From / to:", None))
        self.content_title_label.setText(QCoreApplication.translate("ExportDialog", u"Content:", None))
        self.language_label.setText(QCoreApplication.translate("ExportDialog", u"Header language:", None))
        self.mask_check.setText(QCoreApplication.translate("ExportDialog", u"Mask customer phones and addresses", None))
        self.path_label.setText(QCoreApplication.translate("ExportDialog", u"Output file:", None))
        self.browse_button.setText(QCoreApplication.translate("ExportDialog", u"Browse...", None))
        self.open_button.setText(QCoreApplication.translate("ExportDialog", u"Open", None))
        self.show_folder_button.setText(QCoreApplication.translate("ExportDialog", u"Show in folder", None))
        self.export_button.setText(QCoreApplication.translate("ExportDialog", u"Export", None))
        self.close_button.setText(QCoreApplication.translate("ExportDialog", u"Close", None))
    # retranslateUi
