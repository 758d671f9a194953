# Generated from forms/part_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'part_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_PartDialog(object):
    def setupUi(self, PartDialog):
        if not PartDialog.objectName():
            PartDialog.setObjectName(u"PartDialog")
        PartDialog.resize(520, 440)
        self.main_layout = QVBoxLayout(PartDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.line_label = QLabel(PartDialog)
        self.line_label.setObjectName(u"line_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.line_label)

        self.line_combo = QComboBox(PartDialog)
        self.line_combo.setObjectName(u"line_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.line_combo)

        self.code_label = QLabel(PartDialog)
        self.code_label.setObjectName(u"code_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code_edit = QLineEdit(PartDialog)
        self.code_edit.setObjectName(u"code_edit")
        self.code_edit.setMaxLength(40)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.code_edit)

        self.name_zh_label = QLabel(PartDialog)
        self.name_zh_label.setObjectName(u"name_zh_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.name_zh_label)

        self.name_zh_edit = QLineEdit(PartDialog)
        self.name_zh_edit.setObjectName(u"name_zh_edit")
        self.name_zh_edit.setMaxLength(60)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.name_zh_edit)

        self.name_en_label = QLabel(PartDialog)
        self.name_en_label.setObjectName(u"name_en_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.name_en_label)

        self.name_en_edit = QLineEdit(PartDialog)
        self.name_en_edit.setObjectName(u"name_en_edit")
        self.name_en_edit.setMaxLength(80)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.name_en_edit)

        self.unit_label = QLabel(PartDialog)
        self.unit_label.setObjectName(u"unit_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.unit_label)

        self.unit_edit = QLineEdit(PartDialog)
        self.unit_edit.setObjectName(u"unit_edit")
        self.unit_edit.setMaxLength(10)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unit_edit)

        self.price_label = QLabel(PartDialog)
        self.price_label.setObjectName(u"price_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.price_label)

        self.price_spin = QDoubleSpinBox(PartDialog)
        self.price_spin.setObjectName(u"price_spin")
        self.price_spin.setMaximum(1000000.000000000000000)
        self.price_spin.setDecimals(2)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.price_spin)

        self.reorder_label = QLabel(PartDialog)
        self.reorder_label.setObjectName(u"reorder_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reorder_label)

        self.reorder_spin = QSpinBox(PartDialog)
        self.reorder_spin.setObjectName(u"reorder_spin")
        self.reorder_spin.setMaximum(100000)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reorder_spin)

        self.warranty_check = QCheckBox(PartDialog)
        self.warranty_check.setObjectName(u"warranty_check")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.warranty_check)

        self.main_check = QCheckBox(PartDialog)
        self.main_check.setObjectName(u"main_check")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.main_check)

        self.consumable_check = QCheckBox(PartDialog)
        self.consumable_check.setObjectName(u"consumable_check")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.consumable_check)

        self.active_check = QCheckBox(PartDialog)
        self.active_check.setObjectName(u"active_check")
        self.active_check.setChecked(True)

        self.form_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.active_check)


        self.main_layout.addLayout(self.form_layout)

        self.message_label = QLabel(PartDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(PartDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.line_label.setBuddy(self.line_combo)
        self.code_label.setBuddy(self.code_edit)
        self.name_zh_label.setBuddy(self.name_zh_edit)
        self.name_en_label.setBuddy(self.name_en_edit)
        self.unit_label.setBuddy(self.unit_edit)
        self.price_label.setBuddy(self.price_spin)
        self.reorder_label.setBuddy(self.reorder_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PartDialog)
    # setupUi

    def retranslateUi(self, PartDialog):
        PartDialog.setWindowTitle(QCoreApplication.translate("PartDialog", u"Catalogue part", None))
        self.line_label.setText(QCoreApplication.translate("PartDialog", u"Product &line", None))
        self.code_label.setText(QCoreApplication.translate("PartDialog", u"Part co&de", None))
        self.name_zh_label.setText(QCoreApplication.translate("PartDialog", u"&Name", None))
        self.name_en_label.setText(QCoreApplication.translate("PartDialog", u"&English name", None))
        self.unit_label.setText(QCoreApplication.translate("PartDialog", u"&Unit", None))
        self.price_label.setText(QCoreApplication.translate("PartDialog", u"&Price (yuan)", None))
        self.reorder_label.setText(QCoreApplication.translate("PartDialog", u"&Minimum in the warehouse", None))
        self.warranty_check.setText(QCoreApplication.translate("PartDialog", u"&Warranty part (free under warranty; the old part goes back)", None))
        self.main_check.setText(QCoreApplication.translate("PartDialog", u"Main p&art (free in the main-part period)", None))
        self.consumable_check.setText(QCoreApplication.translate("PartDialog", u"&Consumable (always charged)", None))
        self.active_check.setText(QCoreApplication.translate("PartDialog", u"In u&se (untick to retire the part)", None))
        self.message_label.setText("")
    # retranslateUi
