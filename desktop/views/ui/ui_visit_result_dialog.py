# Generated from forms/visit_result_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visit_result_dialog.ui'
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
    QDateTimeEdit, QDialog, QDialogButtonBox, QDoubleSpinBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_VisitResultDialog(object):
    def setupUi(self, VisitResultDialog):
        if not VisitResultDialog.objectName():
            VisitResultDialog.setObjectName(u"VisitResultDialog")
        VisitResultDialog.resize(720, 760)
        self.main_layout = QVBoxLayout(VisitResultDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.ticket_label = QLabel(VisitResultDialog)
        self.ticket_label.setObjectName(u"ticket_label")
        self.ticket_label.setWordWrap(True)

        self.main_layout.addWidget(self.ticket_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.arrived_label = QLabel(VisitResultDialog)
        self.arrived_label.setObjectName(u"arrived_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.arrived_label)

        self.arrived_edit = QDateTimeEdit(VisitResultDialog)
        self.arrived_edit.setObjectName(u"arrived_edit")
        self.arrived_edit.setCalendarPopup(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.arrived_edit)

        self.departed_label = QLabel(VisitResultDialog)
        self.departed_label.setObjectName(u"departed_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.departed_label)

        self.departed_edit = QDateTimeEdit(VisitResultDialog)
        self.departed_edit.setObjectName(u"departed_edit")
        self.departed_edit.setCalendarPopup(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.departed_edit)

        self.cause_label = QLabel(VisitResultDialog)
        self.cause_label.setObjectName(u"cause_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cause_label)

        self.cause_edit = QPlainTextEdit(VisitResultDialog)
        self.cause_edit.setObjectName(u"cause_edit")
        self.cause_edit.setMaximumSize(QSize(16777215, 60))

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cause_edit)

        self.work_label = QLabel(VisitResultDialog)
        self.work_label.setObjectName(u"work_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.work_label)

        self.work_edit = QPlainTextEdit(VisitResultDialog)
        self.work_edit.setObjectName(u"work_edit")
        self.work_edit.setMaximumSize(QSize(16777215, 60))

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.work_edit)

        self.result_label = QLabel(VisitResultDialog)
        self.result_label.setObjectName(u"result_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.result_label)

        self.result_combo = QComboBox(VisitResultDialog)
        self.result_combo.setObjectName(u"result_combo")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.result_combo)


        self.main_layout.addLayout(self.form_layout)

        self.parts_box = QGroupBox(VisitResultDialog)
        self.parts_box.setObjectName(u"parts_box")
        self.parts_layout = QVBoxLayout(self.parts_box)
        self.parts_layout.setObjectName(u"parts_layout")
        self.part_entry_layout = QHBoxLayout()
        self.part_entry_layout.setObjectName(u"part_entry_layout")
        self.part_combo = QComboBox(self.parts_box)
        self.part_combo.setObjectName(u"part_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.part_combo.sizePolicy().hasHeightForWidth())
        self.part_combo.setSizePolicy(sizePolicy)

        self.part_entry_layout.addWidget(self.part_combo)

        self.quantity_spin = QSpinBox(self.parts_box)
        self.quantity_spin.setObjectName(u"quantity_spin")
        self.quantity_spin.setMinimum(1)
        self.quantity_spin.setMaximum(999)

        self.part_entry_layout.addWidget(self.quantity_spin)

        self.charged_check = QCheckBox(self.parts_box)
        self.charged_check.setObjectName(u"charged_check")

        self.part_entry_layout.addWidget(self.charged_check)

        self.add_part_button = QPushButton(self.parts_box)
        self.add_part_button.setObjectName(u"add_part_button")

        self.part_entry_layout.addWidget(self.add_part_button)

        self.remove_part_button = QPushButton(self.parts_box)
        self.remove_part_button.setObjectName(u"remove_part_button")

        self.part_entry_layout.addWidget(self.remove_part_button)


        self.parts_layout.addLayout(self.part_entry_layout)

        self.parts_table = QTableWidget(self.parts_box)
        self.parts_table.setObjectName(u"parts_table")

        self.parts_layout.addWidget(self.parts_table)


        self.main_layout.addWidget(self.parts_box)

        self.charges_layout = QFormLayout()
        self.charges_layout.setObjectName(u"charges_layout")
        self.labour_label = QLabel(VisitResultDialog)
        self.labour_label.setObjectName(u"labour_label")

        self.charges_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.labour_label)

        self.labour_spin = QDoubleSpinBox(VisitResultDialog)
        self.labour_spin.setObjectName(u"labour_spin")
        self.labour_spin.setMaximum(100000.000000000000000)
        self.labour_spin.setDecimals(2)

        self.charges_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.labour_spin)

        self.total_caption = QLabel(VisitResultDialog)
        self.total_caption.setObjectName(u"total_caption")

        self.charges_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.total_caption)

        self.total_label = QLabel(VisitResultDialog)
        self.total_label.setObjectName(u"total_label")

        self.charges_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.total_label)

        self.comment_label = QLabel(VisitResultDialog)
        self.comment_label.setObjectName(u"comment_label")

        self.charges_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.comment_label)

        self.comment_edit = QLineEdit(VisitResultDialog)
        self.comment_edit.setObjectName(u"comment_edit")

        self.charges_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.comment_edit)

        self.satisfaction_label = QLabel(VisitResultDialog)
        self.satisfaction_label.setObjectName(u"satisfaction_label")

        self.charges_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.satisfaction_label)

        self.satisfaction_combo = QComboBox(VisitResultDialog)
        self.satisfaction_combo.setObjectName(u"satisfaction_combo")

        self.charges_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.satisfaction_combo)


        self.main_layout.addLayout(self.charges_layout)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.conduct_box = QGroupBox(VisitResultDialog)
        self.conduct_box.setObjectName(u"conduct_box")
        self.conduct_box.setCheckable(True)
        self.conduct_box.setChecked(False)
        self.conduct_layout = QVBoxLayout(self.conduct_box)
        self.conduct_layout.setObjectName(u"conduct_layout")

        self.bottom_layout.addWidget(self.conduct_box)

        self.signature_box = QGroupBox(VisitResultDialog)
        self.signature_box.setObjectName(u"signature_box")
        self.signature_layout = QVBoxLayout(self.signature_box)
        self.signature_layout.setObjectName(u"signature_layout")
        self.scan_layout = QHBoxLayout()
        self.scan_layout.setObjectName(u"scan_layout")
        self.attach_scan_button = QPushButton(self.signature_box)
        self.attach_scan_button.setObjectName(u"attach_scan_button")

        self.scan_layout.addWidget(self.attach_scan_button)

        self.scan_label = QLabel(self.signature_box)
        self.scan_label.setObjectName(u"scan_label")

        self.scan_layout.addWidget(self.scan_label)


        self.signature_layout.addLayout(self.scan_layout)


        self.bottom_layout.addWidget(self.signature_box)


        self.main_layout.addLayout(self.bottom_layout)

        self.message_label = QLabel(VisitResultDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(VisitResultDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.arrived_label.setBuddy(self.arrived_edit)
        self.departed_label.setBuddy(self.departed_edit)
        self.cause_label.setBuddy(self.cause_edit)
        self.work_label.setBuddy(self.work_edit)
        self.result_label.setBuddy(self.result_combo)
        self.labour_label.setBuddy(self.labour_spin)
        self.comment_label.setBuddy(self.comment_edit)
        self.satisfaction_label.setBuddy(self.satisfaction_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VisitResultDialog)
    # setupUi

    def retranslateUi(self, VisitResultDialog):
        VisitResultDialog.setWindowTitle(QCoreApplication.translate("VisitResultDialog", u"Returned service sheet", None))
        self.ticket_label.setText("")
        self.arrived_label.setText(QCoreApplication.translate("VisitResultDialog", u"&Arrived", None))
        self.arrived_edit.setDisplayFormat(QCoreApplication.translate("VisitResultDialog", u"yyyy-MM-dd HH:mm", None))
        self.departed_label.setText(QCoreApplication.translate("VisitResultDialog", u"&Left", None))
        self.departed_edit.setDisplayFormat(QCoreApplication.translate("VisitResultDialog", u"yyyy-MM-dd HH:mm", None))
        self.cause_label.setText(QCoreApplication.translate("VisitResultDialog", u"&Cause found", None))
        self.work_label.setText(QCoreApplication.translate("VisitResultDialog", u"&Work done", None))
        self.result_label.setText(QCoreApplication.translate("VisitResultDialog", u"R&esult", None))
        self.parts_box.setTitle(QCoreApplication.translate("VisitResultDialog", u"Parts used", None))
        self.charged_check.setText(QCoreApplication.translate("VisitResultDialog", u"C&harged", None))
        self.add_part_button.setText(QCoreApplication.translate("VisitResultDialog", u"A&dd", None))
        self.remove_part_button.setText(QCoreApplication.translate("VisitResultDialog", u"Remo&ve", None))
        self.labour_label.setText(QCoreApplication.translate("VisitResultDialog", u"La&bour charge (yuan)", None))
        self.total_caption.setText(QCoreApplication.translate("VisitResultDialog", u"Total to pay", None))
        self.total_label.setText("")
        self.comment_label.setText(QCoreApplication.translate("VisitResultDialog", u"Customer's c&omment", None))
        self.satisfaction_label.setText(QCoreApplication.translate("VisitResultDialog", u"Sa&tisfaction", None))
        self.conduct_box.setTitle(QCoreApplication.translate("VisitResultDialog", u"Co&nduct on the visit", None))
#if QT_CONFIG(tooltip)
        self.conduct_box.setToolTip(QCoreApplication.translate("VisitResultDialog", u"Visiting rules (seed 000) and the four nots (seed 003), as the engineer and the customer confirm them; tick the items kept", None))
#endif // QT_CONFIG(tooltip)
        self.signature_box.setTitle(QCoreApplication.translate("VisitResultDialog", u"Customer's signature", None))
        self.attach_scan_button.setText(QCoreApplication.translate("VisitResultDialog", u"Attach a &scan...", None))
        self.scan_label.setText("")
        self.message_label.setText("")
    # retranslateUi
