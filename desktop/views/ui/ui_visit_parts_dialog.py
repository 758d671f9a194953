# Generated from forms/visit_parts_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visit_parts_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_VisitPartsDialog(object):
    def setupUi(self, VisitPartsDialog):
        if not VisitPartsDialog.objectName():
            VisitPartsDialog.setObjectName(u"VisitPartsDialog")
        VisitPartsDialog.resize(620, 420)
        self.main_layout = QVBoxLayout(VisitPartsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.visit_label = QLabel(VisitPartsDialog)
        self.visit_label.setObjectName(u"visit_label")
        self.visit_label.setWordWrap(True)

        self.main_layout.addWidget(self.visit_label)

        self.entry_layout = QHBoxLayout()
        self.entry_layout.setObjectName(u"entry_layout")
        self.part_combo = QComboBox(VisitPartsDialog)
        self.part_combo.setObjectName(u"part_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.part_combo.sizePolicy().hasHeightForWidth())
        self.part_combo.setSizePolicy(sizePolicy)

        self.entry_layout.addWidget(self.part_combo)

        self.quantity_spin = QSpinBox(VisitPartsDialog)
        self.quantity_spin.setObjectName(u"quantity_spin")
        self.quantity_spin.setMinimum(1)
        self.quantity_spin.setMaximum(9999)

        self.entry_layout.addWidget(self.quantity_spin)

        self.add_button = QPushButton(VisitPartsDialog)
        self.add_button.setObjectName(u"add_button")

        self.entry_layout.addWidget(self.add_button)

        self.remove_button = QPushButton(VisitPartsDialog)
        self.remove_button.setObjectName(u"remove_button")

        self.entry_layout.addWidget(self.remove_button)


        self.main_layout.addLayout(self.entry_layout)

        self.parts_table = QTableWidget(VisitPartsDialog)
        self.parts_table.setObjectName(u"parts_table")
        self.parts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.main_layout.addWidget(self.parts_table)

        self.message_label = QLabel(VisitPartsDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(VisitPartsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(VisitPartsDialog)
    # setupUi

    def retranslateUi(self, VisitPartsDialog):
        VisitPartsDialog.setWindowTitle(QCoreApplication.translate("VisitPartsDialog", u"Parts to take on the visit", None))
        self.visit_label.setText("")
        self.add_button.setText(QCoreApplication.translate("VisitPartsDialog", u"A&dd", None))
        self.remove_button.setText(QCoreApplication.translate("VisitPartsDialog", u"Remo&ve", None))
        self.message_label.setText("")
    # retranslateUi
