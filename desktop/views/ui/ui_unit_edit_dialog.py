# Generated from forms/unit_edit_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unit_edit_dialog.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_UnitEditDialog(object):
    def setupUi(self, UnitEditDialog):
        if not UnitEditDialog.objectName():
            UnitEditDialog.setObjectName(u"UnitEditDialog")
        UnitEditDialog.resize(560, 520)
        self.main_layout = QVBoxLayout(UnitEditDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.model_label = QLabel(UnitEditDialog)
        self.model_label.setObjectName(u"model_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.model_label)

        self.model_combo = QComboBox(UnitEditDialog)
        self.model_combo.setObjectName(u"model_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.model_combo)

        self.serial_label = QLabel(UnitEditDialog)
        self.serial_label.setObjectName(u"serial_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.serial_label)

        self.serial_edit = QLineEdit(UnitEditDialog)
        self.serial_edit.setObjectName(u"serial_edit")
        self.serial_edit.setMaxLength(40)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.serial_edit)

        self.invoice_date_label = QLabel(UnitEditDialog)
        self.invoice_date_label.setObjectName(u"invoice_date_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.invoice_date_label)

        self.invoice_date_edit = QDateEdit(UnitEditDialog)
        self.invoice_date_edit.setObjectName(u"invoice_date_edit")
        self.invoice_date_edit.setCalendarPopup(True)
        self.invoice_date_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.invoice_date_edit)

        self.installation_date_label = QLabel(UnitEditDialog)
        self.installation_date_label.setObjectName(u"installation_date_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.installation_date_label)

        self.installation_date_edit = QDateEdit(UnitEditDialog)
        self.installation_date_edit.setObjectName(u"installation_date_edit")
        self.installation_date_edit.setCalendarPopup(True)
        self.installation_date_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.installation_date_edit)

        self.production_date_label = QLabel(UnitEditDialog)
        self.production_date_label.setObjectName(u"production_date_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.production_date_label)

        self.production_date_edit = QDateEdit(UnitEditDialog)
        self.production_date_edit.setObjectName(u"production_date_edit")
        self.production_date_edit.setCalendarPopup(True)
        self.production_date_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.production_date_edit)

        self.proof_label = QLabel(UnitEditDialog)
        self.proof_label.setObjectName(u"proof_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.proof_label)

        self.proof_combo = QComboBox(UnitEditDialog)
        self.proof_combo.setObjectName(u"proof_combo")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.proof_combo)

        self.usage_label = QLabel(UnitEditDialog)
        self.usage_label.setObjectName(u"usage_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.usage_label)

        self.usage_combo = QComboBox(UnitEditDialog)
        self.usage_combo.setObjectName(u"usage_combo")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.usage_combo)

        self.installed_by_us_label = QLabel(UnitEditDialog)
        self.installed_by_us_label.setObjectName(u"installed_by_us_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.installed_by_us_label)

        self.installed_by_us_check = QCheckBox(UnitEditDialog)
        self.installed_by_us_check.setObjectName(u"installed_by_us_check")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.installed_by_us_check)

        self.invoice_price_label = QLabel(UnitEditDialog)
        self.invoice_price_label.setObjectName(u"invoice_price_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.invoice_price_label)

        self.invoice_price_layout = QHBoxLayout()
        self.invoice_price_layout.setObjectName(u"invoice_price_layout")
        self.invoice_price_edit = QLineEdit(UnitEditDialog)
        self.invoice_price_edit.setObjectName(u"invoice_price_edit")
        self.invoice_price_edit.setMaxLength(14)

        self.invoice_price_layout.addWidget(self.invoice_price_edit)

        self.invoice_price_unit_label = QLabel(UnitEditDialog)
        self.invoice_price_unit_label.setObjectName(u"invoice_price_unit_label")

        self.invoice_price_layout.addWidget(self.invoice_price_unit_label)


        self.form_layout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.invoice_price_layout)


        self.main_layout.addLayout(self.form_layout)

        self.date_hint_label = QLabel(UnitEditDialog)
        self.date_hint_label.setObjectName(u"date_hint_label")
        self.date_hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.date_hint_label)

        self.warranty_group = QGroupBox(UnitEditDialog)
        self.warranty_group.setObjectName(u"warranty_group")
        self.warranty_layout = QVBoxLayout(self.warranty_group)
        self.warranty_layout.setObjectName(u"warranty_layout")
        self.warranty_label = QLabel(self.warranty_group)
        self.warranty_label.setObjectName(u"warranty_label")
        self.warranty_label.setWordWrap(True)
        self.warranty_label.setTextFormat(Qt.TextFormat.PlainText)

        self.warranty_layout.addWidget(self.warranty_label)


        self.main_layout.addWidget(self.warranty_group)

        self.message_label = QLabel(UnitEditDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(UnitEditDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.model_label.setBuddy(self.model_combo)
        self.serial_label.setBuddy(self.serial_edit)
        self.invoice_date_label.setBuddy(self.invoice_date_edit)
        self.installation_date_label.setBuddy(self.installation_date_edit)
        self.production_date_label.setBuddy(self.production_date_edit)
        self.proof_label.setBuddy(self.proof_combo)
        self.usage_label.setBuddy(self.usage_combo)
        self.invoice_price_label.setBuddy(self.invoice_price_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UnitEditDialog)
    # setupUi

    def retranslateUi(self, UnitEditDialog):
        UnitEditDialog.setWindowTitle(QCoreApplication.translate("UnitEditDialog", u"Edit unit", None))
        self.model_label.setText(QCoreApplication.translate("UnitEditDialog", u"&Model", None))
        self.serial_label.setText(QCoreApplication.translate("UnitEditDialog", u"&Serial number", None))
        self.invoice_date_label.setText(QCoreApplication.translate("UnitEditDialog", u"&Invoice date", None))
        self.installation_date_label.setText(QCoreApplication.translate("UnitEditDialog", u"Ins&tallation date", None))
        self.production_date_label.setText(QCoreApplication.translate("UnitEditDialog", u"&Production date", None))
        self.proof_label.setText(QCoreApplication.translate("UnitEditDialog", u"P&roof of purchase", None))
        self.usage_label.setText(QCoreApplication.translate("UnitEditDialog", u"&Usage", None))
        self.installed_by_us_label.setText(QCoreApplication.translate("UnitEditDialog", u"Installed by us", None))
        self.installed_by_us_check.setText(QCoreApplication.translate("UnitEditDialog", u"Our engineers installed it", None))
        self.invoice_price_label.setText(QCoreApplication.translate("UnitEditDialog", u"Invoice pri&ce", None))
        self.invoice_price_edit.setPlaceholderText(QCoreApplication.translate("UnitEditDialog", u"e.g. 2680.00", None))
#if QT_CONFIG(tooltip)
        self.invoice_price_edit.setToolTip(QCoreApplication.translate("UnitEditDialog", u"As on the invoice; leave blank if not known", None))
#endif // QT_CONFIG(tooltip)
        self.invoice_price_unit_label.setText(QCoreApplication.translate("UnitEditDialog", u"yuan", None))
        self.date_hint_label.setText(QCoreApplication.translate("UnitEditDialog", u"A date left at its lowest value means \"not known\".", None))
        self.warranty_group.setTitle(QCoreApplication.translate("UnitEditDialog", u"Warranty", None))
    # retranslateUi
