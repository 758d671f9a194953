# Generated from forms/stock_move_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stock_move_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_StockMoveDialog(object):
    def setupUi(self, StockMoveDialog):
        if not StockMoveDialog.objectName():
            StockMoveDialog.setObjectName(u"StockMoveDialog")
        StockMoveDialog.resize(560, 380)
        self.main_layout = QVBoxLayout(StockMoveDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(StockMoveDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.engineer_label = QLabel(StockMoveDialog)
        self.engineer_label.setObjectName(u"engineer_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.engineer_label)

        self.engineer_combo = QComboBox(StockMoveDialog)
        self.engineer_combo.setObjectName(u"engineer_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.engineer_combo)

        self.part_label = QLabel(StockMoveDialog)
        self.part_label.setObjectName(u"part_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.part_label)

        self.part_combo = QComboBox(StockMoveDialog)
        self.part_combo.setObjectName(u"part_combo")
        self.part_combo.setEditable(True)
        self.part_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.part_combo)

        self.quantity_label = QLabel(StockMoveDialog)
        self.quantity_label.setObjectName(u"quantity_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.quantity_label)

        self.quantity_spin = QSpinBox(StockMoveDialog)
        self.quantity_spin.setObjectName(u"quantity_spin")
        self.quantity_spin.setMinimum(1)
        self.quantity_spin.setMaximum(9999)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.quantity_spin)

        self.reference_label = QLabel(StockMoveDialog)
        self.reference_label.setObjectName(u"reference_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reference_label)

        self.reference_edit = QLineEdit(StockMoveDialog)
        self.reference_edit.setObjectName(u"reference_edit")
        self.reference_edit.setMaxLength(60)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reference_edit)

        self.note_label = QLabel(StockMoveDialog)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(StockMoveDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(500)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.note_edit)

        self.override_label = QLabel(StockMoveDialog)
        self.override_label.setObjectName(u"override_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.override_label)

        self.override_edit = QLineEdit(StockMoveDialog)
        self.override_edit.setObjectName(u"override_edit")
        self.override_edit.setMaxLength(500)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.override_edit)


        self.main_layout.addLayout(self.form_layout)

        self.on_hand_label = QLabel(StockMoveDialog)
        self.on_hand_label.setObjectName(u"on_hand_label")

        self.main_layout.addWidget(self.on_hand_label)

        self.message_label = QLabel(StockMoveDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(StockMoveDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.engineer_label.setBuddy(self.engineer_combo)
        self.part_label.setBuddy(self.part_combo)
        self.quantity_label.setBuddy(self.quantity_spin)
        self.reference_label.setBuddy(self.reference_edit)
        self.note_label.setBuddy(self.note_edit)
        self.override_label.setBuddy(self.override_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StockMoveDialog)
    # setupUi

    def retranslateUi(self, StockMoveDialog):
        StockMoveDialog.setWindowTitle(QCoreApplication.translate("StockMoveDialog", u"Stock movement", None))
        self.intro_label.setText("")
        self.engineer_label.setText(QCoreApplication.translate("StockMoveDialog", u"&Engineer", None))
        self.part_label.setText(QCoreApplication.translate("StockMoveDialog", u"&Part", None))
        self.quantity_label.setText(QCoreApplication.translate("StockMoveDialog", u"&Quantity", None))
        self.reference_label.setText(QCoreApplication.translate("StockMoveDialog", u"&Delivery note / supplier", None))
        self.note_label.setText(QCoreApplication.translate("StockMoveDialog", u"N&ote", None))
        self.override_label.setText(QCoreApplication.translate("StockMoveDialog", u"Reason to go &below zero", None))
        self.override_edit.setPlaceholderText(QCoreApplication.translate("StockMoveDialog", u"Only when the stock on record is short (supervisor)", None))
        self.on_hand_label.setText("")
        self.message_label.setText("")
    # retranslateUi
