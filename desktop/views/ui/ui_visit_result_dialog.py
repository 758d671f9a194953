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
    QSizePolicy, QSpinBox, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_VisitResultDialog(object):
    def setupUi(self, VisitResultDialog):
        if not VisitResultDialog.objectName():
            VisitResultDialog.setObjectName(u"VisitResultDialog")
        VisitResultDialog.resize(780, 620)
        self.main_layout = QVBoxLayout(VisitResultDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.ticket_label = QLabel(VisitResultDialog)
        self.ticket_label.setObjectName(u"ticket_label")
        self.ticket_label.setWordWrap(True)

        self.main_layout.addWidget(self.ticket_label)

        self.tabs = QTabWidget(VisitResultDialog)
        self.tabs.setObjectName(u"tabs")
        self.work_tab = QWidget()
        self.work_tab.setObjectName(u"work_tab")
        self.form_layout = QFormLayout(self.work_tab)
        self.form_layout.setObjectName(u"form_layout")
        self.arrived_label = QLabel(self.work_tab)
        self.arrived_label.setObjectName(u"arrived_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.arrived_label)

        self.arrived_edit = QDateTimeEdit(self.work_tab)
        self.arrived_edit.setObjectName(u"arrived_edit")
        self.arrived_edit.setCalendarPopup(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.arrived_edit)

        self.departed_label = QLabel(self.work_tab)
        self.departed_label.setObjectName(u"departed_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.departed_label)

        self.departed_edit = QDateTimeEdit(self.work_tab)
        self.departed_edit.setObjectName(u"departed_edit")
        self.departed_edit.setCalendarPopup(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.departed_edit)

        self.cause_label = QLabel(self.work_tab)
        self.cause_label.setObjectName(u"cause_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cause_label)

        self.cause_edit = QPlainTextEdit(self.work_tab)
        self.cause_edit.setObjectName(u"cause_edit")
        self.cause_edit.setMaximumSize(QSize(16777215, 70))

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cause_edit)

        self.work_label = QLabel(self.work_tab)
        self.work_label.setObjectName(u"work_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.work_label)

        self.work_edit = QPlainTextEdit(self.work_tab)
        self.work_edit.setObjectName(u"work_edit")
        self.work_edit.setMaximumSize(QSize(16777215, 70))

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.work_edit)

        self.result_label = QLabel(self.work_tab)
        self.result_label.setObjectName(u"result_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.result_label)

        self.result_combo = QComboBox(self.work_tab)
        self.result_combo.setObjectName(u"result_combo")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.result_combo)

        self.follow_up_label = QLabel(self.work_tab)
        self.follow_up_label.setObjectName(u"follow_up_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.follow_up_label)

        self.follow_up_edit = QPlainTextEdit(self.work_tab)
        self.follow_up_edit.setObjectName(u"follow_up_edit")
        self.follow_up_edit.setMaximumSize(QSize(16777215, 70))

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.follow_up_edit)

        self.conduct_box = QGroupBox(self.work_tab)
        self.conduct_box.setObjectName(u"conduct_box")
        self.conduct_box.setCheckable(True)
        self.conduct_box.setChecked(False)
        self.conduct_layout = QVBoxLayout(self.conduct_box)
        self.conduct_layout.setObjectName(u"conduct_layout")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.conduct_box)

        self.tabs.addTab(self.work_tab, "")
        self.charges_tab = QWidget()
        self.charges_tab.setObjectName(u"charges_tab")
        self.charges_tab_layout = QVBoxLayout(self.charges_tab)
        self.charges_tab_layout.setObjectName(u"charges_tab_layout")
        self.warranty_label = QLabel(self.charges_tab)
        self.warranty_label.setObjectName(u"warranty_label")
        self.warranty_label.setWordWrap(True)

        self.charges_tab_layout.addWidget(self.warranty_label)

        self.parts_box = QGroupBox(self.charges_tab)
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


        self.charges_tab_layout.addWidget(self.parts_box)

        self.charges_layout = QFormLayout()
        self.charges_layout.setObjectName(u"charges_layout")
        self.call_out_label = QLabel(self.charges_tab)
        self.call_out_label.setObjectName(u"call_out_label")

        self.charges_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.call_out_label)

        self.fees_layout = QHBoxLayout()
        self.fees_layout.setObjectName(u"fees_layout")
        self.call_out_spin = QDoubleSpinBox(self.charges_tab)
        self.call_out_spin.setObjectName(u"call_out_spin")
        self.call_out_spin.setMaximum(100000.000000000000000)
        self.call_out_spin.setDecimals(2)

        self.fees_layout.addWidget(self.call_out_spin)

        self.labour_label = QLabel(self.charges_tab)
        self.labour_label.setObjectName(u"labour_label")

        self.fees_layout.addWidget(self.labour_label)

        self.labour_spin = QDoubleSpinBox(self.charges_tab)
        self.labour_spin.setObjectName(u"labour_spin")
        self.labour_spin.setMaximum(100000.000000000000000)
        self.labour_spin.setDecimals(2)

        self.fees_layout.addWidget(self.labour_spin)

        self.schedule_button = QPushButton(self.charges_tab)
        self.schedule_button.setObjectName(u"schedule_button")

        self.fees_layout.addWidget(self.schedule_button)


        self.charges_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fees_layout)

        self.total_caption = QLabel(self.charges_tab)
        self.total_caption.setObjectName(u"total_caption")

        self.charges_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.total_caption)

        self.total_label = QLabel(self.charges_tab)
        self.total_label.setObjectName(u"total_label")

        self.charges_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.total_label)

        self.charge_reason_label = QLabel(self.charges_tab)
        self.charge_reason_label.setObjectName(u"charge_reason_label")

        self.charges_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.charge_reason_label)

        self.charge_reason_edit = QLineEdit(self.charges_tab)
        self.charge_reason_edit.setObjectName(u"charge_reason_edit")
        self.charge_reason_edit.setMaxLength(500)

        self.charges_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.charge_reason_edit)

        self.stock_override_label = QLabel(self.charges_tab)
        self.stock_override_label.setObjectName(u"stock_override_label")

        self.charges_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.stock_override_label)

        self.stock_override_edit = QLineEdit(self.charges_tab)
        self.stock_override_edit.setObjectName(u"stock_override_edit")
        self.stock_override_edit.setMaxLength(500)

        self.charges_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.stock_override_edit)

        self.paid_label = QLabel(self.charges_tab)
        self.paid_label.setObjectName(u"paid_label")

        self.charges_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.paid_label)

        self.paid_layout = QHBoxLayout()
        self.paid_layout.setObjectName(u"paid_layout")
        self.paid_method_combo = QComboBox(self.charges_tab)
        self.paid_method_combo.setObjectName(u"paid_method_combo")

        self.paid_layout.addWidget(self.paid_method_combo)

        self.paid_amount_spin = QDoubleSpinBox(self.charges_tab)
        self.paid_amount_spin.setObjectName(u"paid_amount_spin")
        self.paid_amount_spin.setMaximum(100000.000000000000000)
        self.paid_amount_spin.setDecimals(2)

        self.paid_layout.addWidget(self.paid_amount_spin)

        self.paid_hint_label = QLabel(self.charges_tab)
        self.paid_hint_label.setObjectName(u"paid_hint_label")
        self.paid_hint_label.setWordWrap(True)

        self.paid_layout.addWidget(self.paid_hint_label)


        self.charges_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.paid_layout)


        self.charges_tab_layout.addLayout(self.charges_layout)

        self.exception_label = QLabel(self.charges_tab)
        self.exception_label.setObjectName(u"exception_label")
        self.exception_label.setWordWrap(True)

        self.charges_tab_layout.addWidget(self.exception_label)

        self.tabs.addTab(self.charges_tab, "")
        self.signatures_tab = QWidget()
        self.signatures_tab.setObjectName(u"signatures_tab")
        self.signatures_tab_layout = QVBoxLayout(self.signatures_tab)
        self.signatures_tab_layout.setObjectName(u"signatures_tab_layout")
        self.feedback_layout = QFormLayout()
        self.feedback_layout.setObjectName(u"feedback_layout")
        self.comment_label = QLabel(self.signatures_tab)
        self.comment_label.setObjectName(u"comment_label")

        self.feedback_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.comment_label)

        self.comment_edit = QLineEdit(self.signatures_tab)
        self.comment_edit.setObjectName(u"comment_edit")

        self.feedback_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.comment_edit)

        self.satisfaction_label = QLabel(self.signatures_tab)
        self.satisfaction_label.setObjectName(u"satisfaction_label")

        self.feedback_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.satisfaction_label)

        self.satisfaction_combo = QComboBox(self.signatures_tab)
        self.satisfaction_combo.setObjectName(u"satisfaction_combo")

        self.feedback_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.satisfaction_combo)


        self.signatures_tab_layout.addLayout(self.feedback_layout)

        self.pads_layout = QHBoxLayout()
        self.pads_layout.setObjectName(u"pads_layout")
        self.signature_box = QGroupBox(self.signatures_tab)
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


        self.pads_layout.addWidget(self.signature_box)

        self.engineer_signature_box = QGroupBox(self.signatures_tab)
        self.engineer_signature_box.setObjectName(u"engineer_signature_box")
        self.engineer_signature_layout = QVBoxLayout(self.engineer_signature_box)
        self.engineer_signature_layout.setObjectName(u"engineer_signature_layout")

        self.pads_layout.addWidget(self.engineer_signature_box)


        self.signatures_tab_layout.addLayout(self.pads_layout)

        self.tabs.addTab(self.signatures_tab, "")

        self.main_layout.addWidget(self.tabs)

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
        self.follow_up_label.setBuddy(self.follow_up_edit)
        self.call_out_label.setBuddy(self.call_out_spin)
        self.labour_label.setBuddy(self.labour_spin)
        self.charge_reason_label.setBuddy(self.charge_reason_edit)
        self.stock_override_label.setBuddy(self.stock_override_edit)
        self.paid_label.setBuddy(self.paid_method_combo)
        self.comment_label.setBuddy(self.comment_edit)
        self.satisfaction_label.setBuddy(self.satisfaction_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VisitResultDialog)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, VisitResultDialog):
        VisitResultDialog.setWindowTitle(QCoreApplication.translate("VisitResultDialog", u"Returned service sheet", None))
        self.ticket_label.setText("")
        self.arrived_label.setText(QCoreApplication.translate("VisitResultDialog", u"&Arrived", None))
        self.arrived_edit.setDisplayFormat(QCoreApplication.translate("VisitResultDialog", u"yyyy-MM-dd HH:mm", None))
        self.departed_label.setText(QCoreApplication.translate("VisitResultDialog", u"&Left", None))
        self.departed_edit.setDisplayFormat(QCoreApplication.translate("VisitResultDialog", u"yyyy-MM-dd HH:mm", None))
        self.cause_label.setText(QCoreApplication.translate("VisitResultDialog", u"&Cause found", None))
        self.work_label.setText(QCoreApplication.translate("VisitResultDialog", u"Work &done", None))
        self.result_label.setText(QCoreApplication.translate("VisitResultDialog", u"R&esult", None))
        self.follow_up_label.setText(QCoreApplication.translate("VisitResultDialog", u"Customer &to do", None))
        self.follow_up_edit.setPlaceholderText(QCoreApplication.translate("VisitResultDialog", u"What the customer still needs to do or watch for (e.g. drain the pipes on frosty nights)", None))
        self.conduct_box.setTitle(QCoreApplication.translate("VisitResultDialog", u"Co&nduct on the visit", None))
#if QT_CONFIG(tooltip)
        self.conduct_box.setToolTip(QCoreApplication.translate("VisitResultDialog", u"The visiting rules and the four nots (\u56db\u4e0d), as the engineer and the customer confirm them; tick the items kept", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.work_tab), QCoreApplication.translate("VisitResultDialog", u"&Work", None))
        self.warranty_label.setText("")
        self.parts_box.setTitle(QCoreApplication.translate("VisitResultDialog", u"Parts used", None))
        self.charged_check.setText(QCoreApplication.translate("VisitResultDialog", u"C&harged", None))
        self.add_part_button.setText(QCoreApplication.translate("VisitResultDialog", u"A&dd", None))
        self.remove_part_button.setText(QCoreApplication.translate("VisitResultDialog", u"Remo&ve", None))
        self.call_out_label.setText(QCoreApplication.translate("VisitResultDialog", u"Call-&out fee (yuan)", None))
        self.labour_label.setText(QCoreApplication.translate("VisitResultDialog", u"La&bour charge (yuan)", None))
        self.schedule_button.setText(QCoreApplication.translate("VisitResultDialog", u"Apply the fee &schedule", None))
        self.total_caption.setText(QCoreApplication.translate("VisitResultDialog", u"Total to pay", None))
        self.total_label.setText("")
        self.charge_reason_label.setText(QCoreApplication.translate("VisitResultDialog", u"Reason for the &exception", None))
        self.stock_override_label.setText(QCoreApplication.translate("VisitResultDialog", u"Reason to let the van stoc&k go below zero", None))
        self.paid_label.setText(QCoreApplication.translate("VisitResultDialog", u"&Money collected on site", None))
        self.paid_hint_label.setText("")
        self.exception_label.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.charges_tab), QCoreApplication.translate("VisitResultDialog", u"&Parts and charges", None))
        self.comment_label.setText(QCoreApplication.translate("VisitResultDialog", u"Customer's c&omment", None))
        self.satisfaction_label.setText(QCoreApplication.translate("VisitResultDialog", u"Sa&tisfaction", None))
        self.signature_box.setTitle(QCoreApplication.translate("VisitResultDialog", u"Customer's signature", None))
        self.attach_scan_button.setText(QCoreApplication.translate("VisitResultDialog", u"Attach a &scan...", None))
        self.scan_label.setText("")
        self.engineer_signature_box.setTitle(QCoreApplication.translate("VisitResultDialog", u"Engineer's signature", None))
        self.tabs.setTabText(self.tabs.indexOf(self.signatures_tab), QCoreApplication.translate("VisitResultDialog", u"Si&gnatures", None))
        self.message_label.setText("")
    # retranslateUi
