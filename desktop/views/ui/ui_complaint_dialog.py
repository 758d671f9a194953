# Generated from forms/complaint_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_dialog.ui'
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
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_ComplaintDialog(object):
    def setupUi(self, ComplaintDialog):
        if not ComplaintDialog.objectName():
            ComplaintDialog.setObjectName(u"ComplaintDialog")
        ComplaintDialog.resize(1140, 720)
        self.outer_layout = QHBoxLayout(ComplaintDialog)
        self.outer_layout.setObjectName(u"outer_layout")
        self.main_layout = QVBoxLayout()
        self.main_layout.setObjectName(u"main_layout")
        self.header_label = QLabel(ComplaintDialog)
        self.header_label.setObjectName(u"header_label")
        self.header_label.setWordWrap(True)

        self.main_layout.addWidget(self.header_label)

        self.description_label = QLabel(ComplaintDialog)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setWordWrap(True)

        self.main_layout.addWidget(self.description_label)

        self.steps_group = QGroupBox(ComplaintDialog)
        self.steps_group.setObjectName(u"steps_group")
        self.steps_layout = QVBoxLayout(self.steps_group)
        self.steps_layout.setObjectName(u"steps_layout")
        self.steps_list = QListWidget(self.steps_group)
        self.steps_list.setObjectName(u"steps_list")

        self.steps_layout.addWidget(self.steps_list)

        self.step_layout = QHBoxLayout()
        self.step_layout.setObjectName(u"step_layout")
        self.step_edit = QLineEdit(self.steps_group)
        self.step_edit.setObjectName(u"step_edit")
        self.step_edit.setMaxLength(4000)

        self.step_layout.addWidget(self.step_edit)

        self.add_step_button = QPushButton(self.steps_group)
        self.add_step_button.setObjectName(u"add_step_button")

        self.step_layout.addWidget(self.add_step_button)

        self.first_contact_button = QPushButton(self.steps_group)
        self.first_contact_button.setObjectName(u"first_contact_button")

        self.step_layout.addWidget(self.first_contact_button)


        self.steps_layout.addLayout(self.step_layout)


        self.main_layout.addWidget(self.steps_group)

        self.inspection_group = QGroupBox(ComplaintDialog)
        self.inspection_group.setObjectName(u"inspection_group")
        self.inspection_layout = QFormLayout(self.inspection_group)
        self.inspection_layout.setObjectName(u"inspection_layout")
        self.inspection_note_label = QLabel(self.inspection_group)
        self.inspection_note_label.setObjectName(u"inspection_note_label")

        self.inspection_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.inspection_note_label)

        self.inspection_note_edit = QPlainTextEdit(self.inspection_group)
        self.inspection_note_edit.setObjectName(u"inspection_note_edit")
        self.inspection_note_edit.setMaximumSize(QSize(16777215, 60))

        self.inspection_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.inspection_note_edit)

        self.inspection_button = QPushButton(self.inspection_group)
        self.inspection_button.setObjectName(u"inspection_button")

        self.inspection_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.inspection_button)

        self.inspected_label = QLabel(self.inspection_group)
        self.inspected_label.setObjectName(u"inspected_label")

        self.inspection_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.inspected_label)

        self.liability_label = QLabel(self.inspection_group)
        self.liability_label.setObjectName(u"liability_label")

        self.inspection_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.liability_label)

        self.liability_layout = QHBoxLayout()
        self.liability_layout.setObjectName(u"liability_layout")
        self.liability_combo = QComboBox(self.inspection_group)
        self.liability_combo.setObjectName(u"liability_combo")

        self.liability_layout.addWidget(self.liability_combo)

        self.liability_button = QPushButton(self.inspection_group)
        self.liability_button.setObjectName(u"liability_button")

        self.liability_layout.addWidget(self.liability_button)


        self.inspection_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.liability_layout)


        self.main_layout.addWidget(self.inspection_group)

        self.answer_group = QGroupBox(ComplaintDialog)
        self.answer_group.setObjectName(u"answer_group")
        self.answer_layout = QVBoxLayout(self.answer_group)
        self.answer_layout.setObjectName(u"answer_layout")
        self.answer_edit = QPlainTextEdit(self.answer_group)
        self.answer_edit.setObjectName(u"answer_edit")
        self.answer_edit.setMaximumSize(QSize(16777215, 70))

        self.answer_layout.addWidget(self.answer_edit)

        self.answer_buttons_layout = QHBoxLayout()
        self.answer_buttons_layout.setObjectName(u"answer_buttons_layout")
        self.accepted_check = QCheckBox(self.answer_group)
        self.accepted_check.setObjectName(u"accepted_check")

        self.answer_buttons_layout.addWidget(self.accepted_check)

        self.answer_button = QPushButton(self.answer_group)
        self.answer_button.setObjectName(u"answer_button")

        self.answer_buttons_layout.addWidget(self.answer_button)


        self.answer_layout.addLayout(self.answer_buttons_layout)


        self.main_layout.addWidget(self.answer_group)

        self.message_label = QLabel(ComplaintDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.quality_button = QPushButton(ComplaintDialog)
        self.quality_button.setObjectName(u"quality_button")

        self.buttons_layout.addWidget(self.quality_button)

        self.close_button = QPushButton(ComplaintDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)


        self.outer_layout.addLayout(self.main_layout)

        self.phrases_browser = QTextBrowser(ComplaintDialog)
        self.phrases_browser.setObjectName(u"phrases_browser")

        self.outer_layout.addWidget(self.phrases_browser)


        self.retranslateUi(ComplaintDialog)
    # setupUi

    def retranslateUi(self, ComplaintDialog):
        ComplaintDialog.setWindowTitle(QCoreApplication.translate("ComplaintDialog", u"Complaint", None))
        self.steps_group.setTitle(QCoreApplication.translate("ComplaintDialog", u"Steps taken", None))
        self.add_step_button.setText(QCoreApplication.translate("ComplaintDialog", u"Add &step", None))
        self.first_contact_button.setText(QCoreApplication.translate("ComplaintDialog", u"Called the customer &back", None))
#if QT_CONFIG(tooltip)
        self.first_contact_button.setToolTip(QCoreApplication.translate("ComplaintDialog", u"The first contact with the complainant (a service clock); the note above is kept as a step", None))
#endif // QT_CONFIG(tooltip)
        self.inspection_group.setTitle(QCoreApplication.translate("ComplaintDialog", u"On-site inspection (before any statement of liability)", None))
        self.inspection_note_label.setText(QCoreApplication.translate("ComplaintDialog", u"Findings", None))
        self.inspection_button.setText(QCoreApplication.translate("ComplaintDialog", u"Record &inspection", None))
        self.liability_label.setText(QCoreApplication.translate("ComplaintDialog", u"Liability", None))
        self.liability_button.setText(QCoreApplication.translate("ComplaintDialog", u"Set &liability", None))
        self.answer_group.setTitle(QCoreApplication.translate("ComplaintDialog", u"Answer to the customer", None))
        self.accepted_check.setText(QCoreApplication.translate("ComplaintDialog", u"The customer accepts the answer", None))
        self.answer_button.setText(QCoreApplication.translate("ComplaintDialog", u"Record &answer", None))
        self.quality_button.setText(QCoreApplication.translate("ComplaintDialog", u"&Quality problem...", None))
#if QT_CONFIG(tooltip)
        self.quality_button.setToolTip(QCoreApplication.translate("ComplaintDialog", u"Report the product quality problem behind this complaint to HQ (\u8d28\u91cf\u95ee\u9898\u53cd\u9988\u5355)", None))
#endif // QT_CONFIG(tooltip)
        self.close_button.setText(QCoreApplication.translate("ComplaintDialog", u"Cl&ose", None))
    # retranslateUi
