# Generated from forms/payment_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'payment_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PaymentDialog(object):
    def setupUi(self, PaymentDialog):
        if not PaymentDialog.objectName():
            PaymentDialog.setObjectName(u"PaymentDialog")
        PaymentDialog.resize(520, 420)
        self.main_layout = QVBoxLayout(PaymentDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.charges_label = QLabel(PaymentDialog)
        self.charges_label.setObjectName(u"charges_label")
        self.charges_label.setWordWrap(True)

        self.main_layout.addWidget(self.charges_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.amount_label = QLabel(PaymentDialog)
        self.amount_label.setObjectName(u"amount_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.amount_label)

        self.amount_spin = QDoubleSpinBox(PaymentDialog)
        self.amount_spin.setObjectName(u"amount_spin")
        self.amount_spin.setMaximum(100000.000000000000000)
        self.amount_spin.setDecimals(2)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.amount_spin)

        self.method_label = QLabel(PaymentDialog)
        self.method_label.setObjectName(u"method_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.method_label)

        self.method_combo = QComboBox(PaymentDialog)
        self.method_combo.setObjectName(u"method_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.method_combo)

        self.collector_label = QLabel(PaymentDialog)
        self.collector_label.setObjectName(u"collector_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.collector_label)

        self.collector_combo = QComboBox(PaymentDialog)
        self.collector_combo.setObjectName(u"collector_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.collector_combo)

        self.paid_at_label = QLabel(PaymentDialog)
        self.paid_at_label.setObjectName(u"paid_at_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.paid_at_label)

        self.paid_at_edit = QDateTimeEdit(PaymentDialog)
        self.paid_at_edit.setObjectName(u"paid_at_edit")
        self.paid_at_edit.setCalendarPopup(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.paid_at_edit)

        self.payer_label = QLabel(PaymentDialog)
        self.payer_label.setObjectName(u"payer_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.payer_label)

        self.payer_edit = QLineEdit(PaymentDialog)
        self.payer_edit.setObjectName(u"payer_edit")
        self.payer_edit.setMaxLength(60)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.payer_edit)

        self.note_label = QLabel(PaymentDialog)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(PaymentDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(500)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.words_label = QLabel(PaymentDialog)
        self.words_label.setObjectName(u"words_label")

        self.main_layout.addWidget(self.words_label)

        self.message_label = QLabel(PaymentDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(PaymentDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.amount_label.setBuddy(self.amount_spin)
        self.method_label.setBuddy(self.method_combo)
        self.collector_label.setBuddy(self.collector_combo)
        self.paid_at_label.setBuddy(self.paid_at_edit)
        self.payer_label.setBuddy(self.payer_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PaymentDialog)
    # setupUi

    def retranslateUi(self, PaymentDialog):
        PaymentDialog.setWindowTitle(QCoreApplication.translate("PaymentDialog", u"Record a payment", None))
        self.charges_label.setText("")
        self.amount_label.setText(QCoreApplication.translate("PaymentDialog", u"&Amount (yuan)", None))
        self.method_label.setText(QCoreApplication.translate("PaymentDialog", u"&Method", None))
        self.collector_label.setText(QCoreApplication.translate("PaymentDialog", u"&Collected by", None))
        self.paid_at_label.setText(QCoreApplication.translate("PaymentDialog", u"&Paid at", None))
        self.paid_at_edit.setDisplayFormat(QCoreApplication.translate("PaymentDialog", u"yyyy-MM-dd HH:mm", None))
        self.payer_label.setText(QCoreApplication.translate("PaymentDialog", u"Paid &by", None))
        self.note_label.setText(QCoreApplication.translate("PaymentDialog", u"N&ote", None))
        self.words_label.setText("")
        self.message_label.setText("")
    # retranslateUi
