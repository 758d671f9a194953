# Generated from forms/escalation_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'escalation_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_EscalationDialog(object):
    def setupUi(self, EscalationDialog):
        if not EscalationDialog.objectName():
            EscalationDialog.setObjectName(u"EscalationDialog")
        EscalationDialog.resize(460, 340)
        self.main_layout = QVBoxLayout(EscalationDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.ticket_label = QLabel(EscalationDialog)
        self.ticket_label.setObjectName(u"ticket_label")
        self.ticket_label.setWordWrap(True)

        self.main_layout.addWidget(self.ticket_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.analysis_label = QLabel(EscalationDialog)
        self.analysis_label.setObjectName(u"analysis_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.analysis_label)

        self.analysis_edit = QPlainTextEdit(EscalationDialog)
        self.analysis_edit.setObjectName(u"analysis_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.analysis_edit)

        self.plan_label = QLabel(EscalationDialog)
        self.plan_label.setObjectName(u"plan_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.plan_label)

        self.plan_combo = QComboBox(EscalationDialog)
        self.plan_combo.setObjectName(u"plan_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.plan_combo)

        self.plan_note_label = QLabel(EscalationDialog)
        self.plan_note_label.setObjectName(u"plan_note_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.plan_note_label)

        self.plan_note_edit = QLineEdit(EscalationDialog)
        self.plan_note_edit.setObjectName(u"plan_note_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.plan_note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.message_label = QLabel(EscalationDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(EscalationDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.analysis_label.setBuddy(self.analysis_edit)
        self.plan_label.setBuddy(self.plan_combo)
        self.plan_note_label.setBuddy(self.plan_note_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EscalationDialog)
    # setupUi

    def retranslateUi(self, EscalationDialog):
        EscalationDialog.setWindowTitle(QCoreApplication.translate("EscalationDialog", u"Escalate the service event", None))
        self.ticket_label.setText("")
        self.analysis_label.setText(QCoreApplication.translate("EscalationDialog", u"&Analysis of the problem", None))
        self.plan_label.setText(QCoreApplication.translate("EscalationDialog", u"New &plan", None))
        self.plan_note_label.setText(QCoreApplication.translate("EscalationDialog", u"Plan &note", None))
        self.message_label.setText("")
    # retranslateUi
