# Generated from forms/consultation_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consultation_dialog.ui'
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
    QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ConsultationDialog(object):
    def setupUi(self, ConsultationDialog):
        if not ConsultationDialog.objectName():
            ConsultationDialog.setObjectName(u"ConsultationDialog")
        ConsultationDialog.resize(680, 640)
        self.main_layout = QVBoxLayout(ConsultationDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.header_label = QLabel(ConsultationDialog)
        self.header_label.setObjectName(u"header_label")
        self.header_label.setWordWrap(True)
        self.header_label.setTextFormat(Qt.PlainText)

        self.main_layout.addWidget(self.header_label)

        self.clock_label = QLabel(ConsultationDialog)
        self.clock_label.setObjectName(u"clock_label")
        self.clock_label.setWordWrap(True)
        self.clock_label.setTextFormat(Qt.PlainText)

        self.main_layout.addWidget(self.clock_label)

        self.question_group = QGroupBox(ConsultationDialog)
        self.question_group.setObjectName(u"question_group")
        self.question_layout = QVBoxLayout(self.question_group)
        self.question_layout.setObjectName(u"question_layout")
        self.question_text_label = QLabel(self.question_group)
        self.question_text_label.setObjectName(u"question_text_label")
        self.question_text_label.setWordWrap(True)
        self.question_text_label.setTextFormat(Qt.PlainText)
        self.question_text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.question_layout.addWidget(self.question_text_label)


        self.main_layout.addWidget(self.question_group)

        self.answer_group = QGroupBox(ConsultationDialog)
        self.answer_group.setObjectName(u"answer_group")
        self.answer_layout = QVBoxLayout(self.answer_group)
        self.answer_layout.setObjectName(u"answer_layout")
        self.answer_edit = QPlainTextEdit(self.answer_group)
        self.answer_edit.setObjectName(u"answer_edit")
        self.answer_edit.setTabChangesFocus(True)
        self.answer_edit.setMaximumSize(QSize(16777215, 80))

        self.answer_layout.addWidget(self.answer_edit)

        self.answer_buttons_layout = QHBoxLayout()
        self.answer_buttons_layout.setObjectName(u"answer_buttons_layout")
        self.answer_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.answer_buttons_layout.addItem(self.answer_spacer)

        self.reply_button = QPushButton(self.answer_group)
        self.reply_button.setObjectName(u"reply_button")
        self.reply_button.setAutoDefault(False)

        self.answer_buttons_layout.addWidget(self.reply_button)

        self.close_consultation_button = QPushButton(self.answer_group)
        self.close_consultation_button.setObjectName(u"close_consultation_button")
        self.close_consultation_button.setAutoDefault(False)

        self.answer_buttons_layout.addWidget(self.close_consultation_button)


        self.answer_layout.addLayout(self.answer_buttons_layout)


        self.main_layout.addWidget(self.answer_group)

        self.ticket_group = QGroupBox(ConsultationDialog)
        self.ticket_group.setObjectName(u"ticket_group")
        self.ticket_layout = QFormLayout(self.ticket_group)
        self.ticket_layout.setObjectName(u"ticket_layout")
        self.ticket_customer_label = QLabel(self.ticket_group)
        self.ticket_customer_label.setObjectName(u"ticket_customer_label")

        self.ticket_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ticket_customer_label)

        self.ticket_customer_combo = QComboBox(self.ticket_group)
        self.ticket_customer_combo.setObjectName(u"ticket_customer_combo")

        self.ticket_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ticket_customer_combo)

        self.unit_label = QLabel(self.ticket_group)
        self.unit_label.setObjectName(u"unit_label")

        self.ticket_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unit_label)

        self.unit_combo = QComboBox(self.ticket_group)
        self.unit_combo.setObjectName(u"unit_combo")

        self.ticket_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unit_combo)

        self.ticket_line_label = QLabel(self.ticket_group)
        self.ticket_line_label.setObjectName(u"ticket_line_label")

        self.ticket_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ticket_line_label)

        self.ticket_line_combo = QComboBox(self.ticket_group)
        self.ticket_line_combo.setObjectName(u"ticket_line_combo")

        self.ticket_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ticket_line_combo)

        self.fault_label = QLabel(self.ticket_group)
        self.fault_label.setObjectName(u"fault_label")

        self.ticket_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fault_label)

        self.fault_combo = QComboBox(self.ticket_group)
        self.fault_combo.setObjectName(u"fault_combo")

        self.ticket_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fault_combo)

        self.priority_label = QLabel(self.ticket_group)
        self.priority_label.setObjectName(u"priority_label")

        self.ticket_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.priority_label)

        self.priority_layout = QHBoxLayout()
        self.priority_layout.setObjectName(u"priority_layout")
        self.priority_combo = QComboBox(self.ticket_group)
        self.priority_combo.setObjectName(u"priority_combo")

        self.priority_layout.addWidget(self.priority_combo)

        self.ticket_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.priority_layout.addItem(self.ticket_spacer)

        self.ticket_button = QPushButton(self.ticket_group)
        self.ticket_button.setObjectName(u"ticket_button")
        self.ticket_button.setAutoDefault(False)

        self.priority_layout.addWidget(self.ticket_button)


        self.ticket_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.priority_layout)


        self.main_layout.addWidget(self.ticket_group)

        self.message_label = QLabel(ConsultationDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.open_ticket_button = QPushButton(ConsultationDialog)
        self.open_ticket_button.setObjectName(u"open_ticket_button")
        self.open_ticket_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.open_ticket_button)

        self.done_button = QPushButton(ConsultationDialog)
        self.done_button.setObjectName(u"done_button")
        self.done_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.done_button)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.ticket_customer_label.setBuddy(self.ticket_customer_combo)
        self.unit_label.setBuddy(self.unit_combo)
        self.ticket_line_label.setBuddy(self.ticket_line_combo)
        self.fault_label.setBuddy(self.fault_combo)
        self.priority_label.setBuddy(self.priority_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConsultationDialog)
    # setupUi

    def retranslateUi(self, ConsultationDialog):
        ConsultationDialog.setWindowTitle(QCoreApplication.translate("ConsultationDialog", u"Consultation", None))
        self.question_group.setTitle(QCoreApplication.translate("ConsultationDialog", u"Question", None))
        self.answer_group.setTitle(QCoreApplication.translate("ConsultationDialog", u"Reply", None))
        self.reply_button.setText(QCoreApplication.translate("ConsultationDialog", u"Record the &reply", None))
        self.close_consultation_button.setText(QCoreApplication.translate("ConsultationDialog", u"&Close the consultation", None))
        self.ticket_group.setTitle(QCoreApplication.translate("ConsultationDialog", u"A fault after all: turn the question into a ticket", None))
        self.ticket_customer_label.setText(QCoreApplication.translate("ConsultationDialog", u"C&ustomer", None))
        self.unit_label.setText(QCoreApplication.translate("ConsultationDialog", u"U&nit", None))
        self.ticket_line_label.setText(QCoreApplication.translate("ConsultationDialog", u"Pro&duct", None))
        self.fault_label.setText(QCoreApplication.translate("ConsultationDialog", u"&Fault category", None))
        self.priority_label.setText(QCoreApplication.translate("ConsultationDialog", u"Pr&iority", None))
        self.ticket_button.setText(QCoreApplication.translate("ConsultationDialog", u"Open a &ticket", None))
        self.open_ticket_button.setText(QCoreApplication.translate("ConsultationDialog", u"Show the ticket", None))
        self.done_button.setText(QCoreApplication.translate("ConsultationDialog", u"Cl&ose", None))
    # retranslateUi
