# Generated from forms/plan_visit_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_visit_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QSpinBox, QTimeEdit, QVBoxLayout,
    QWidget)

class Ui_PlanVisitDialog(object):
    def setupUi(self, PlanVisitDialog):
        if not PlanVisitDialog.objectName():
            PlanVisitDialog.setObjectName(u"PlanVisitDialog")
        PlanVisitDialog.resize(420, 260)
        self.main_layout = QVBoxLayout(PlanVisitDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.ticket_caption = QLabel(PlanVisitDialog)
        self.ticket_caption.setObjectName(u"ticket_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ticket_caption)

        self.ticket_label = QLabel(PlanVisitDialog)
        self.ticket_label.setObjectName(u"ticket_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ticket_label)

        self.engineer_label = QLabel(PlanVisitDialog)
        self.engineer_label.setObjectName(u"engineer_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.engineer_label)

        self.engineer_combo = QComboBox(PlanVisitDialog)
        self.engineer_combo.setObjectName(u"engineer_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.engineer_combo)

        self.date_label = QLabel(PlanVisitDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(PlanVisitDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.start_label = QLabel(PlanVisitDialog)
        self.start_label.setObjectName(u"start_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start_edit = QTimeEdit(PlanVisitDialog)
        self.start_edit.setObjectName(u"start_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.start_edit)

        self.duration_label = QLabel(PlanVisitDialog)
        self.duration_label.setObjectName(u"duration_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.duration_label)

        self.duration_spin = QSpinBox(PlanVisitDialog)
        self.duration_spin.setObjectName(u"duration_spin")
        self.duration_spin.setMinimum(15)
        self.duration_spin.setMaximum(720)
        self.duration_spin.setSingleStep(30)
        self.duration_spin.setValue(120)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.duration_spin)


        self.main_layout.addLayout(self.form_layout)

        self.warnings_label = QLabel(PlanVisitDialog)
        self.warnings_label.setObjectName(u"warnings_label")
        self.warnings_label.setWordWrap(True)

        self.main_layout.addWidget(self.warnings_label)

        self.button_box = QDialogButtonBox(PlanVisitDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.engineer_label.setBuddy(self.engineer_combo)
        self.date_label.setBuddy(self.date_edit)
        self.start_label.setBuddy(self.start_edit)
        self.duration_label.setBuddy(self.duration_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanVisitDialog)
    # setupUi

    def retranslateUi(self, PlanVisitDialog):
        PlanVisitDialog.setWindowTitle(QCoreApplication.translate("PlanVisitDialog", u"Plan a visit", None))
        self.ticket_caption.setText(QCoreApplication.translate("PlanVisitDialog", u"Ticket", None))
        self.ticket_label.setText("")
        self.engineer_label.setText(QCoreApplication.translate("PlanVisitDialog", u"&Engineer", None))
        self.date_label.setText(QCoreApplication.translate("PlanVisitDialog", u"&Date", None))
        self.date_edit.setDisplayFormat(QCoreApplication.translate("PlanVisitDialog", u"yyyy-MM-dd", None))
        self.start_label.setText(QCoreApplication.translate("PlanVisitDialog", u"&Start", None))
        self.start_edit.setDisplayFormat(QCoreApplication.translate("PlanVisitDialog", u"HH:mm", None))
        self.duration_label.setText(QCoreApplication.translate("PlanVisitDialog", u"D&uration (minutes)", None))
        self.warnings_label.setText("")
    # retranslateUi
