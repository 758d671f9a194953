# Generated from forms/report_back_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_back_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ReportBackDialog(object):
    def setupUi(self, ReportBackDialog):
        if not ReportBackDialog.objectName():
            ReportBackDialog.setObjectName(u"ReportBackDialog")
        ReportBackDialog.resize(520, 420)
        self.main_layout = QVBoxLayout(ReportBackDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.ticket_label = QLabel(ReportBackDialog)
        self.ticket_label.setObjectName(u"ticket_label")
        self.ticket_label.setWordWrap(True)

        self.main_layout.addWidget(self.ticket_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.responsible_label = QLabel(ReportBackDialog)
        self.responsible_label.setObjectName(u"responsible_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.responsible_label)

        self.responsible_edit = QLineEdit(ReportBackDialog)
        self.responsible_edit.setObjectName(u"responsible_edit")
        self.responsible_edit.setMaxLength(60)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.responsible_edit)

        self.measures_label = QLabel(ReportBackDialog)
        self.measures_label.setObjectName(u"measures_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.measures_label)

        self.measures_edit = QPlainTextEdit(ReportBackDialog)
        self.measures_edit.setObjectName(u"measures_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.measures_edit)

        self.resources_label = QLabel(ReportBackDialog)
        self.resources_label.setObjectName(u"resources_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.resources_label)

        self.resources_edit = QPlainTextEdit(ReportBackDialog)
        self.resources_edit.setObjectName(u"resources_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.resources_edit)

        self.readiness_label = QLabel(ReportBackDialog)
        self.readiness_label.setObjectName(u"readiness_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.readiness_label)

        self.readiness_edit = QLineEdit(ReportBackDialog)
        self.readiness_edit.setObjectName(u"readiness_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.readiness_edit)


        self.main_layout.addLayout(self.form_layout)

        self.message_label = QLabel(ReportBackDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(ReportBackDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.responsible_label.setBuddy(self.responsible_edit)
        self.measures_label.setBuddy(self.measures_edit)
        self.resources_label.setBuddy(self.resources_edit)
        self.readiness_label.setBuddy(self.readiness_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportBackDialog)
    # setupUi

    def retranslateUi(self, ReportBackDialog):
        ReportBackDialog.setWindowTitle(QCoreApplication.translate("ReportBackDialog", u"Report back to the service centre", None))
        self.ticket_label.setText("")
        self.responsible_label.setText(QCoreApplication.translate("ReportBackDialog", u"&Responsible person", None))
        self.measures_label.setText(QCoreApplication.translate("ReportBackDialog", u"&Emergency measures", None))
        self.resources_label.setText(QCoreApplication.translate("ReportBackDialog", u"Resources &needed", None))
        self.readiness_label.setText(QCoreApplication.translate("ReportBackDialog", u"Rea&diness", None))
        self.readiness_edit.setPlaceholderText(QCoreApplication.translate("ReportBackDialog", u"e.g. parts in the van, engineer leaves at 14:00", None))
        self.message_label.setText("")
    # retranslateUi
