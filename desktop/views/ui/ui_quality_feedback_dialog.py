# Generated from forms/quality_feedback_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'quality_feedback_dialog.ui'
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
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_QualityFeedbackDialog(object):
    def setupUi(self, QualityFeedbackDialog):
        if not QualityFeedbackDialog.objectName():
            QualityFeedbackDialog.setObjectName(u"QualityFeedbackDialog")
        QualityFeedbackDialog.resize(980, 640)
        self.main_layout = QVBoxLayout(QualityFeedbackDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.header_label = QLabel(QualityFeedbackDialog)
        self.header_label.setObjectName(u"header_label")
        self.header_label.setWordWrap(True)
        self.header_label.setTextFormat(Qt.PlainText)

        self.main_layout.addWidget(self.header_label)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.report_group = QGroupBox(QualityFeedbackDialog)
        self.report_group.setObjectName(u"report_group")
        self.report_layout = QFormLayout(self.report_group)
        self.report_layout.setObjectName(u"report_layout")
        self.product_line_label = QLabel(self.report_group)
        self.product_line_label.setObjectName(u"product_line_label")

        self.report_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.product_line_label)

        self.product_line_combo = QComboBox(self.report_group)
        self.product_line_combo.setObjectName(u"product_line_combo")

        self.report_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.product_line_combo)

        self.model_label = QLabel(self.report_group)
        self.model_label.setObjectName(u"model_label")

        self.report_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.model_label)

        self.model_combo = QComboBox(self.report_group)
        self.model_combo.setObjectName(u"model_combo")

        self.report_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.model_combo)

        self.batch_label = QLabel(self.report_group)
        self.batch_label.setObjectName(u"batch_label")

        self.report_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.batch_label)

        self.batch_edit = QLineEdit(self.report_group)
        self.batch_edit.setObjectName(u"batch_edit")
        self.batch_edit.setMaxLength(60)

        self.report_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.batch_edit)

        self.serials_label = QLabel(self.report_group)
        self.serials_label.setObjectName(u"serials_label")

        self.report_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.serials_label)

        self.serials_edit = QPlainTextEdit(self.report_group)
        self.serials_edit.setObjectName(u"serials_edit")
        self.serials_edit.setTabChangesFocus(True)
        self.serials_edit.setMaximumSize(QSize(16777215, 60))

        self.report_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.serials_edit)

        self.cases_label = QLabel(self.report_group)
        self.cases_label.setObjectName(u"cases_label")

        self.report_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.cases_label)

        self.cases_spin = QSpinBox(self.report_group)
        self.cases_spin.setObjectName(u"cases_spin")
        self.cases_spin.setMinimum(1)
        self.cases_spin.setMaximum(100000)

        self.report_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.cases_spin)

        self.fault_label = QLabel(self.report_group)
        self.fault_label.setObjectName(u"fault_label")

        self.report_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.fault_label)

        self.fault_edit = QPlainTextEdit(self.report_group)
        self.fault_edit.setObjectName(u"fault_edit")
        self.fault_edit.setTabChangesFocus(True)

        self.report_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.fault_edit)


        self.columns_layout.addWidget(self.report_group)

        self.answer_group = QGroupBox(QualityFeedbackDialog)
        self.answer_group.setObjectName(u"answer_group")
        self.answer_layout = QFormLayout(self.answer_group)
        self.answer_layout.setObjectName(u"answer_layout")
        self.analysis_label = QLabel(self.answer_group)
        self.analysis_label.setObjectName(u"analysis_label")

        self.answer_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.analysis_label)

        self.analysis_edit = QPlainTextEdit(self.answer_group)
        self.analysis_edit.setObjectName(u"analysis_edit")
        self.analysis_edit.setTabChangesFocus(True)

        self.answer_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.analysis_edit)

        self.corrective_label = QLabel(self.answer_group)
        self.corrective_label.setObjectName(u"corrective_label")

        self.answer_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.corrective_label)

        self.corrective_edit = QPlainTextEdit(self.answer_group)
        self.corrective_edit.setObjectName(u"corrective_edit")
        self.corrective_edit.setTabChangesFocus(True)

        self.answer_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.corrective_edit)

        self.preventive_label = QLabel(self.answer_group)
        self.preventive_label.setObjectName(u"preventive_label")

        self.answer_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.preventive_label)

        self.preventive_edit = QPlainTextEdit(self.answer_group)
        self.preventive_edit.setObjectName(u"preventive_edit")
        self.preventive_edit.setTabChangesFocus(True)

        self.answer_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.preventive_edit)

        self.responder_label = QLabel(self.answer_group)
        self.responder_label.setObjectName(u"responder_label")

        self.answer_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.responder_label)

        self.responder_edit = QLineEdit(self.answer_group)
        self.responder_edit.setObjectName(u"responder_edit")
        self.responder_edit.setMaxLength(60)

        self.answer_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.responder_edit)


        self.columns_layout.addWidget(self.answer_group)


        self.main_layout.addLayout(self.columns_layout)

        self.progress_label = QLabel(QualityFeedbackDialog)
        self.progress_label.setObjectName(u"progress_label")
        self.progress_label.setWordWrap(True)
        self.progress_label.setTextFormat(Qt.PlainText)

        self.main_layout.addWidget(self.progress_label)

        self.message_label = QLabel(QualityFeedbackDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.print_button = QPushButton(QualityFeedbackDialog)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.print_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.save_button = QPushButton(QualityFeedbackDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.save_button)

        self.send_button = QPushButton(QualityFeedbackDialog)
        self.send_button.setObjectName(u"send_button")
        self.send_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.send_button)

        self.answer_button = QPushButton(QualityFeedbackDialog)
        self.answer_button.setObjectName(u"answer_button")
        self.answer_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.answer_button)

        self.close_form_button = QPushButton(QualityFeedbackDialog)
        self.close_form_button.setObjectName(u"close_form_button")
        self.close_form_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_form_button)

        self.done_button = QPushButton(QualityFeedbackDialog)
        self.done_button.setObjectName(u"done_button")
        self.done_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.done_button)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.product_line_label.setBuddy(self.product_line_combo)
        self.model_label.setBuddy(self.model_combo)
        self.batch_label.setBuddy(self.batch_edit)
        self.serials_label.setBuddy(self.serials_edit)
        self.cases_label.setBuddy(self.cases_spin)
        self.fault_label.setBuddy(self.fault_edit)
        self.analysis_label.setBuddy(self.analysis_edit)
        self.corrective_label.setBuddy(self.corrective_edit)
        self.preventive_label.setBuddy(self.preventive_edit)
        self.responder_label.setBuddy(self.responder_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(QualityFeedbackDialog)
    # setupUi

    def retranslateUi(self, QualityFeedbackDialog):
        QualityFeedbackDialog.setWindowTitle(QCoreApplication.translate("QualityFeedbackDialog", u"Quality problem feedback", None))
        self.report_group.setTitle(QCoreApplication.translate("QualityFeedbackDialog", u"Reported by the branch", None))
        self.product_line_label.setText(QCoreApplication.translate("QualityFeedbackDialog", u"P&roduct", None))
        self.model_label.setText(QCoreApplication.translate("QualityFeedbackDialog", u"&Model", None))
        self.batch_label.setText(QCoreApplication.translate("QualityFeedbackDialog", u"&Batch", None))
        self.batch_edit.setPlaceholderText(QCoreApplication.translate("QualityFeedbackDialog", u"Production batch or date, if known", None))
        self.serials_label.setText(QCoreApplication.translate("QualityFeedbackDialog", u"Ser&ial numbers", None))
        self.serials_edit.setPlaceholderText(QCoreApplication.translate("QualityFeedbackDialog", u"One per line, or separated by commas or spaces", None))
        self.cases_label.setText(QCoreApplication.translate("QualityFeedbackDialog", u"&Units affected", None))
        self.fault_label.setText(QCoreApplication.translate("QualityFeedbackDialog", u"Probl&em", None))
        self.answer_group.setTitle(QCoreApplication.translate("QualityFeedbackDialog", u"HQ's answer (technical department)", None))
        self.analysis_label.setText(QCoreApplication.translate("QualityFeedbackDialog", u"Root c&ause", None))
        self.corrective_label.setText(QCoreApplication.translate("QualityFeedbackDialog", u"&Corrective action", None))
        self.preventive_label.setText(QCoreApplication.translate("QualityFeedbackDialog", u"Pre&ventive action", None))
        self.responder_label.setText(QCoreApplication.translate("QualityFeedbackDialog", u"Ans&wered by", None))
        self.print_button.setText(QCoreApplication.translate("QualityFeedbackDialog", u"&Print form...", None))
        self.save_button.setText(QCoreApplication.translate("QualityFeedbackDialog", u"&Save", None))
        self.send_button.setText(QCoreApplication.translate("QualityFeedbackDialog", u"Sen&d to HQ", None))
        self.answer_button.setText(QCoreApplication.translate("QualityFeedbackDialog", u"Record HQ's a&nswer", None))
        self.close_form_button.setText(QCoreApplication.translate("QualityFeedbackDialog", u"C&lose the form", None))
        self.done_button.setText(QCoreApplication.translate("QualityFeedbackDialog", u"Cl&ose", None))
    # retranslateUi
