# Generated from forms/agree_time_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agree_time_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QTimeEdit, QVBoxLayout, QWidget)

class Ui_AgreeTimeDialog(object):
    def setupUi(self, AgreeTimeDialog):
        if not AgreeTimeDialog.objectName():
            AgreeTimeDialog.setObjectName(u"AgreeTimeDialog")
        AgreeTimeDialog.resize(400, 220)
        self.main_layout = QVBoxLayout(AgreeTimeDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.ticket_label = QLabel(AgreeTimeDialog)
        self.ticket_label.setObjectName(u"ticket_label")
        self.ticket_label.setWordWrap(True)

        self.main_layout.addWidget(self.ticket_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.date_label = QLabel(AgreeTimeDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(AgreeTimeDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.start_label = QLabel(AgreeTimeDialog)
        self.start_label.setObjectName(u"start_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start_edit = QTimeEdit(AgreeTimeDialog)
        self.start_edit.setObjectName(u"start_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.start_edit)

        self.end_label = QLabel(AgreeTimeDialog)
        self.end_label.setObjectName(u"end_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.end_label)

        self.end_edit = QTimeEdit(AgreeTimeDialog)
        self.end_edit.setObjectName(u"end_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.end_edit)


        self.main_layout.addLayout(self.form_layout)

        self.message_label = QLabel(AgreeTimeDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(AgreeTimeDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.date_edit)
        self.start_label.setBuddy(self.start_edit)
        self.end_label.setBuddy(self.end_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AgreeTimeDialog)
    # setupUi

    def retranslateUi(self, AgreeTimeDialog):
        AgreeTimeDialog.setWindowTitle(QCoreApplication.translate("AgreeTimeDialog", u"Time agreed with the customer", None))
        self.ticket_label.setText("")
        self.date_label.setText(QCoreApplication.translate("AgreeTimeDialog", u"&Date", None))
        self.date_edit.setDisplayFormat(QCoreApplication.translate("AgreeTimeDialog", u"yyyy-MM-dd", None))
        self.start_label.setText(QCoreApplication.translate("AgreeTimeDialog", u"&From", None))
        self.start_edit.setDisplayFormat(QCoreApplication.translate("AgreeTimeDialog", u"HH:mm", None))
        self.end_label.setText(QCoreApplication.translate("AgreeTimeDialog", u"&To", None))
        self.end_edit.setDisplayFormat(QCoreApplication.translate("AgreeTimeDialog", u"HH:mm", None))
        self.message_label.setText("")
    # retranslateUi
