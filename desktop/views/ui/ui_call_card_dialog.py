# Generated from forms/call_card_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'call_card_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from desktop.views.widgets.scroll_body import VerticalScrollArea

class Ui_CallCardDialog(object):
    def setupUi(self, CallCardDialog):
        if not CallCardDialog.objectName():
            CallCardDialog.setObjectName(u"CallCardDialog")
        CallCardDialog.resize(1000, 660)
        self.main_layout = QHBoxLayout(CallCardDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.left_layout = QVBoxLayout()
        self.left_layout.setObjectName(u"left_layout")
        self.customer_scroll = VerticalScrollArea(CallCardDialog)
        self.customer_scroll.setObjectName(u"customer_scroll")
        self.customer_body = QWidget()
        self.customer_body.setObjectName(u"customer_body")
        self.customer_body_layout = QVBoxLayout(self.customer_body)
        self.customer_body_layout.setObjectName(u"customer_body_layout")
        self.customer_body_layout.setContentsMargins(0, 0, 0, 0)
        self.customer_group = QGroupBox(self.customer_body)
        self.customer_group.setObjectName(u"customer_group")
        self.customer_layout = QVBoxLayout(self.customer_group)
        self.customer_layout.setObjectName(u"customer_layout")
        self.customer_label = QLabel(self.customer_group)
        self.customer_label.setObjectName(u"customer_label")
        self.customer_label.setWordWrap(True)
        self.customer_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.customer_layout.addWidget(self.customer_label)

        self.unit_label = QLabel(self.customer_group)
        self.unit_label.setObjectName(u"unit_label")
        self.unit_label.setWordWrap(True)

        self.customer_layout.addWidget(self.unit_label)

        self.care_label = QLabel(self.customer_group)
        self.care_label.setObjectName(u"care_label")
        self.care_label.setWordWrap(True)

        self.customer_layout.addWidget(self.care_label)

        self.reason_label = QLabel(self.customer_group)
        self.reason_label.setObjectName(u"reason_label")
        self.reason_label.setWordWrap(True)

        self.customer_layout.addWidget(self.reason_label)


        self.customer_body_layout.addWidget(self.customer_group)

        self.last_service_group = QGroupBox(self.customer_body)
        self.last_service_group.setObjectName(u"last_service_group")
        self.last_service_layout = QVBoxLayout(self.last_service_group)
        self.last_service_layout.setObjectName(u"last_service_layout")
        self.last_service_label = QLabel(self.last_service_group)
        self.last_service_label.setObjectName(u"last_service_label")
        self.last_service_label.setWordWrap(True)

        self.last_service_layout.addWidget(self.last_service_label)


        self.customer_body_layout.addWidget(self.last_service_group)

        self.forbidden_group = QGroupBox(self.customer_body)
        self.forbidden_group.setObjectName(u"forbidden_group")
        self.forbidden_layout = QVBoxLayout(self.forbidden_group)
        self.forbidden_layout.setObjectName(u"forbidden_layout")
        self.forbidden_label = QLabel(self.forbidden_group)
        self.forbidden_label.setObjectName(u"forbidden_label")
        self.forbidden_label.setWordWrap(True)

        self.forbidden_layout.addWidget(self.forbidden_label)


        self.customer_body_layout.addWidget(self.forbidden_group)

        self.calming_button = QPushButton(self.customer_body)
        self.calming_button.setObjectName(u"calming_button")
        self.calming_button.setCheckable(True)

        self.customer_body_layout.addWidget(self.calming_button)

        self.calming_label = QLabel(self.customer_body)
        self.calming_label.setObjectName(u"calming_label")
        self.calming_label.setWordWrap(True)
        self.calming_label.setVisible(False)

        self.customer_body_layout.addWidget(self.calming_label)

        self.history_label = QLabel(self.customer_body)
        self.history_label.setObjectName(u"history_label")
        self.history_label.setWordWrap(True)

        self.customer_body_layout.addWidget(self.history_label)

        self.left_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.customer_body_layout.addItem(self.left_spacer)

        self.customer_scroll.setWidget(self.customer_body)

        self.left_layout.addWidget(self.customer_scroll)


        self.main_layout.addLayout(self.left_layout)

        self.right_layout = QVBoxLayout()
        self.right_layout.setObjectName(u"right_layout")
        self.script_scroll = VerticalScrollArea(CallCardDialog)
        self.script_scroll.setObjectName(u"script_scroll")
        self.script_body = QWidget()
        self.script_body.setObjectName(u"script_body")
        self.script_body_layout = QVBoxLayout(self.script_body)
        self.script_body_layout.setObjectName(u"script_body_layout")
        self.script_body_layout.setContentsMargins(0, 0, 0, 0)
        self.script_group = QGroupBox(self.script_body)
        self.script_group.setObjectName(u"script_group")
        self.script_layout = QFormLayout(self.script_group)
        self.script_layout.setObjectName(u"script_layout")
        self.greeting_label = QLabel(self.script_group)
        self.greeting_label.setObjectName(u"greeting_label")
        self.greeting_label.setWordWrap(True)

        self.script_layout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.greeting_label)

        self.q1_label = QLabel(self.script_group)
        self.q1_label.setObjectName(u"q1_label")
        self.q1_label.setWordWrap(True)

        self.script_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.q1_label)

        self.q1_answers_layout = QVBoxLayout()
        self.q1_answers_layout.setObjectName(u"q1_answers_layout")
        self.q1_satisfied_combo = QComboBox(self.script_group)
        self.q1_satisfied_combo.setObjectName(u"q1_satisfied_combo")

        self.q1_answers_layout.addWidget(self.q1_satisfied_combo)

        self.q1_explained_combo = QComboBox(self.script_group)
        self.q1_explained_combo.setObjectName(u"q1_explained_combo")

        self.q1_answers_layout.addWidget(self.q1_explained_combo)


        self.script_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.q1_answers_layout)

        self.q2_label = QLabel(self.script_group)
        self.q2_label.setObjectName(u"q2_label")
        self.q2_label.setWordWrap(True)

        self.script_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.q2_label)

        self.q2_combo = QComboBox(self.script_group)
        self.q2_combo.setObjectName(u"q2_combo")

        self.script_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.q2_combo)

        self.q3_label = QLabel(self.script_group)
        self.q3_label.setObjectName(u"q3_label")
        self.q3_label.setWordWrap(True)

        self.script_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.q3_label)

        self.q3_combo = QComboBox(self.script_group)
        self.q3_combo.setObjectName(u"q3_combo")

        self.script_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.q3_combo)

        self.q5_label = QLabel(self.script_group)
        self.q5_label.setObjectName(u"q5_label")
        self.q5_label.setWordWrap(True)

        self.script_layout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.q5_label)

        self.q5_combo = QComboBox(self.script_group)
        self.q5_combo.setObjectName(u"q5_combo")

        self.script_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.q5_combo)

        self.q4_label = QLabel(self.script_group)
        self.q4_label.setObjectName(u"q4_label")
        self.q4_label.setWordWrap(True)

        self.script_layout.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.q4_label)

        self.q4_edit = QLineEdit(self.script_group)
        self.q4_edit.setObjectName(u"q4_edit")
        self.q4_edit.setMaxLength(2000)

        self.script_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.q4_edit)

        self.service_complaint_label = QLabel(self.script_group)
        self.service_complaint_label.setObjectName(u"service_complaint_label")

        self.script_layout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.service_complaint_label)

        self.service_complaint_edit = QLineEdit(self.script_group)
        self.service_complaint_edit.setObjectName(u"service_complaint_edit")
        self.service_complaint_edit.setMaxLength(2000)

        self.script_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.service_complaint_edit)

        self.product_complaint_label = QLabel(self.script_group)
        self.product_complaint_label.setObjectName(u"product_complaint_label")

        self.script_layout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.product_complaint_label)

        self.product_complaint_edit = QLineEdit(self.script_group)
        self.product_complaint_edit.setObjectName(u"product_complaint_edit")
        self.product_complaint_edit.setMaxLength(2000)

        self.script_layout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.product_complaint_edit)

        self.satisfaction_label = QLabel(self.script_group)
        self.satisfaction_label.setObjectName(u"satisfaction_label")

        self.script_layout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.satisfaction_label)

        self.satisfaction_combo = QComboBox(self.script_group)
        self.satisfaction_combo.setObjectName(u"satisfaction_combo")

        self.script_layout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.satisfaction_combo)

        self.closing_choice_label = QLabel(self.script_group)
        self.closing_choice_label.setObjectName(u"closing_choice_label")

        self.script_layout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.closing_choice_label)

        self.closing_combo = QComboBox(self.script_group)
        self.closing_combo.setObjectName(u"closing_combo")

        self.script_layout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.closing_combo)

        self.closing_label = QLabel(self.script_group)
        self.closing_label.setObjectName(u"closing_label")
        self.closing_label.setWordWrap(True)

        self.script_layout.setWidget(15, QFormLayout.ItemRole.SpanningRole, self.closing_label)

        self.notes_label = QLabel(self.script_group)
        self.notes_label.setObjectName(u"notes_label")

        self.script_layout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(self.script_group)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setMaximumSize(QSize(16777215, 70))

        self.script_layout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.notes_edit)

        self.follow_up_layout = QHBoxLayout()
        self.follow_up_layout.setObjectName(u"follow_up_layout")
        self.visit_check = QCheckBox(self.script_group)
        self.visit_check.setObjectName(u"visit_check")

        self.follow_up_layout.addWidget(self.visit_check)

        self.complaint_check = QCheckBox(self.script_group)
        self.complaint_check.setObjectName(u"complaint_check")

        self.follow_up_layout.addWidget(self.complaint_check)


        self.script_layout.setLayout(17, QFormLayout.ItemRole.SpanningRole, self.follow_up_layout)

        self.handlers_label = QLabel(self.script_group)
        self.handlers_label.setObjectName(u"handlers_label")
        self.handlers_label.setWordWrap(True)

        self.script_layout.setWidget(18, QFormLayout.ItemRole.SpanningRole, self.handlers_label)


        self.script_body_layout.addWidget(self.script_group)

        self.script_scroll.setWidget(self.script_body)

        self.right_layout.addWidget(self.script_scroll)

        self.message_label = QLabel(CallCardDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.right_layout.addWidget(self.message_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.not_reached_combo = QComboBox(CallCardDialog)
        self.not_reached_combo.setObjectName(u"not_reached_combo")

        self.buttons_layout.addWidget(self.not_reached_combo)

        self.not_reached_button = QPushButton(CallCardDialog)
        self.not_reached_button.setObjectName(u"not_reached_button")

        self.buttons_layout.addWidget(self.not_reached_button)

        self.refused_button = QPushButton(CallCardDialog)
        self.refused_button.setObjectName(u"refused_button")

        self.buttons_layout.addWidget(self.refused_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.book_maintenance_button = QPushButton(CallCardDialog)
        self.book_maintenance_button.setObjectName(u"book_maintenance_button")

        self.buttons_layout.addWidget(self.book_maintenance_button)

        self.complete_button = QPushButton(CallCardDialog)
        self.complete_button.setObjectName(u"complete_button")

        self.buttons_layout.addWidget(self.complete_button)

        self.print_record_button = QPushButton(CallCardDialog)
        self.print_record_button.setObjectName(u"print_record_button")

        self.buttons_layout.addWidget(self.print_record_button)

        self.close_button = QPushButton(CallCardDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons_layout.addWidget(self.close_button)


        self.right_layout.addLayout(self.buttons_layout)


        self.main_layout.addLayout(self.right_layout)


        self.retranslateUi(CallCardDialog)

        self.complete_button.setDefault(True)

    # setupUi

    def retranslateUi(self, CallCardDialog):
        CallCardDialog.setWindowTitle(QCoreApplication.translate("CallCardDialog", u"Call card", None))
        self.customer_group.setTitle(QCoreApplication.translate("CallCardDialog", u"Customer and unit", None))
        self.last_service_group.setTitle(QCoreApplication.translate("CallCardDialog", u"Last service", None))
        self.forbidden_group.setTitle(QCoreApplication.translate("CallCardDialog", u"Never say", None))
        self.calming_button.setText(QCoreApplication.translate("CallCardDialog", u"Customer &upset? Show calming lines", None))
        self.script_group.setTitle(QCoreApplication.translate("CallCardDialog", u"Script", None))
        self.service_complaint_label.setText(QCoreApplication.translate("CallCardDialog", u"Complaint about staff", None))
        self.product_complaint_label.setText(QCoreApplication.translate("CallCardDialog", u"Complaint about the product", None))
        self.satisfaction_label.setText(QCoreApplication.translate("CallCardDialog", u"Satisfaction", None))
        self.closing_choice_label.setText(QCoreApplication.translate("CallCardDialog", u"Closing line", None))
        self.notes_label.setText(QCoreApplication.translate("CallCardDialog", u"Notes", None))
        self.visit_check.setText(QCoreApplication.translate("CallCardDialog", u"Arrange a visit", None))
        self.complaint_check.setText(QCoreApplication.translate("CallCardDialog", u"Open a complaint", None))
        self.not_reached_button.setText(QCoreApplication.translate("CallCardDialog", u"&Not reached", None))
        self.refused_button.setText(QCoreApplication.translate("CallCardDialog", u"&Refused", None))
        self.book_maintenance_button.setText(QCoreApplication.translate("CallCardDialog", u"&Book maintenance visit", None))
        self.complete_button.setText(QCoreApplication.translate("CallCardDialog", u"&Complete call", None))
        self.print_record_button.setText(QCoreApplication.translate("CallCardDialog", u"&Print callback record...", None))
        self.close_button.setText(QCoreApplication.translate("CallCardDialog", u"Cl&ose", None))
    # retranslateUi
