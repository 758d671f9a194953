# Generated from forms/new_installation_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_installation_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_NewInstallationDialog(object):
    def setupUi(self, NewInstallationDialog):
        if not NewInstallationDialog.objectName():
            NewInstallationDialog.setObjectName(u"NewInstallationDialog")
        NewInstallationDialog.resize(880, 560)
        self.main_layout = QVBoxLayout(NewInstallationDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_layout = QVBoxLayout()
        self.left_layout.setObjectName(u"left_layout")
        self.customer_group = QGroupBox(NewInstallationDialog)
        self.customer_group.setObjectName(u"customer_group")
        self.customer_layout = QVBoxLayout(self.customer_group)
        self.customer_layout.setObjectName(u"customer_layout")
        self.phone_edit = QLineEdit(self.customer_group)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(40)

        self.customer_layout.addWidget(self.phone_edit)

        self.customer_list = QListWidget(self.customer_group)
        self.customer_list.setObjectName(u"customer_list")

        self.customer_layout.addWidget(self.customer_list)

        self.customer_label = QLabel(self.customer_group)
        self.customer_label.setObjectName(u"customer_label")
        self.customer_label.setWordWrap(True)
        self.customer_label.setTextFormat(Qt.TextFormat.PlainText)

        self.customer_layout.addWidget(self.customer_label)


        self.left_layout.addWidget(self.customer_group)

        self.new_customer_group = QGroupBox(NewInstallationDialog)
        self.new_customer_group.setObjectName(u"new_customer_group")
        self.new_customer_group.setCheckable(True)
        self.new_customer_group.setChecked(False)
        self.new_customer_layout = QFormLayout(self.new_customer_group)
        self.new_customer_layout.setObjectName(u"new_customer_layout")
        self.name_label = QLabel(self.new_customer_group)
        self.name_label.setObjectName(u"name_label")

        self.new_customer_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.new_customer_group)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(100)

        self.new_customer_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.district_label = QLabel(self.new_customer_group)
        self.district_label.setObjectName(u"district_label")

        self.new_customer_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.district_label)

        self.district_combo = QComboBox(self.new_customer_group)
        self.district_combo.setObjectName(u"district_combo")
        self.district_combo.setEditable(True)

        self.new_customer_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.district_combo)

        self.town_label = QLabel(self.new_customer_group)
        self.town_label.setObjectName(u"town_label")

        self.new_customer_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.town_label)

        self.town_combo = QComboBox(self.new_customer_group)
        self.town_combo.setObjectName(u"town_combo")
        self.town_combo.setEditable(True)

        self.new_customer_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.town_combo)

        self.address_label = QLabel(self.new_customer_group)
        self.address_label.setObjectName(u"address_label")

        self.new_customer_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QLineEdit(self.new_customer_group)
        self.address_edit.setObjectName(u"address_edit")
        self.address_edit.setMaxLength(200)

        self.new_customer_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.address_edit)


        self.left_layout.addWidget(self.new_customer_group)


        self.columns_layout.addLayout(self.left_layout)

        self.right_layout = QVBoxLayout()
        self.right_layout.setObjectName(u"right_layout")
        self.unit_group = QGroupBox(NewInstallationDialog)
        self.unit_group.setObjectName(u"unit_group")
        self.unit_layout = QFormLayout(self.unit_group)
        self.unit_layout.setObjectName(u"unit_layout")
        self.product_line_label = QLabel(self.unit_group)
        self.product_line_label.setObjectName(u"product_line_label")

        self.unit_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.product_line_label)

        self.product_line_combo = QComboBox(self.unit_group)
        self.product_line_combo.setObjectName(u"product_line_combo")

        self.unit_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.product_line_combo)

        self.model_label = QLabel(self.unit_group)
        self.model_label.setObjectName(u"model_label")

        self.unit_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.model_label)

        self.model_combo = QComboBox(self.unit_group)
        self.model_combo.setObjectName(u"model_combo")

        self.unit_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.model_combo)

        self.serial_label = QLabel(self.unit_group)
        self.serial_label.setObjectName(u"serial_label")

        self.unit_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.serial_label)

        self.serial_edit = QLineEdit(self.unit_group)
        self.serial_edit.setObjectName(u"serial_edit")
        self.serial_edit.setMaxLength(40)

        self.unit_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.serial_edit)

        self.invoice_date_label = QLabel(self.unit_group)
        self.invoice_date_label.setObjectName(u"invoice_date_label")

        self.unit_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.invoice_date_label)

        self.invoice_date_edit = QDateEdit(self.unit_group)
        self.invoice_date_edit.setObjectName(u"invoice_date_edit")
        self.invoice_date_edit.setCalendarPopup(True)
        self.invoice_date_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.unit_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.invoice_date_edit)

        self.invoice_price_label = QLabel(self.unit_group)
        self.invoice_price_label.setObjectName(u"invoice_price_label")

        self.unit_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.invoice_price_label)

        self.invoice_price_layout = QHBoxLayout()
        self.invoice_price_layout.setObjectName(u"invoice_price_layout")
        self.invoice_price_edit = QLineEdit(self.unit_group)
        self.invoice_price_edit.setObjectName(u"invoice_price_edit")
        self.invoice_price_edit.setMaxLength(14)

        self.invoice_price_layout.addWidget(self.invoice_price_edit)

        self.invoice_price_unit_label = QLabel(self.unit_group)
        self.invoice_price_unit_label.setObjectName(u"invoice_price_unit_label")

        self.invoice_price_layout.addWidget(self.invoice_price_unit_label)


        self.unit_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.invoice_price_layout)

        self.usage_label = QLabel(self.unit_group)
        self.usage_label.setObjectName(u"usage_label")

        self.unit_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.usage_label)

        self.usage_combo = QComboBox(self.unit_group)
        self.usage_combo.setObjectName(u"usage_combo")

        self.unit_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.usage_combo)


        self.right_layout.addWidget(self.unit_group)

        self.order_group = QGroupBox(NewInstallationDialog)
        self.order_group.setObjectName(u"order_group")
        self.order_layout = QFormLayout(self.order_group)
        self.order_layout.setObjectName(u"order_layout")
        self.requested_date_label = QLabel(self.order_group)
        self.requested_date_label.setObjectName(u"requested_date_label")

        self.order_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.requested_date_label)

        self.requested_date_edit = QDateEdit(self.order_group)
        self.requested_date_edit.setObjectName(u"requested_date_edit")
        self.requested_date_edit.setCalendarPopup(True)
        self.requested_date_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.order_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.requested_date_edit)

        self.sold_by_label = QLabel(self.order_group)
        self.sold_by_label.setObjectName(u"sold_by_label")

        self.order_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sold_by_label)

        self.sold_by_edit = QLineEdit(self.order_group)
        self.sold_by_edit.setObjectName(u"sold_by_edit")
        self.sold_by_edit.setMaxLength(60)

        self.order_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sold_by_edit)

        self.note_label = QLabel(self.order_group)
        self.note_label.setObjectName(u"note_label")

        self.order_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QPlainTextEdit(self.order_group)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaximumSize(QSize(16777215, 70))

        self.order_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.right_layout.addWidget(self.order_group)


        self.columns_layout.addLayout(self.right_layout)


        self.main_layout.addLayout(self.columns_layout)

        self.message_label = QLabel(NewInstallationDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(NewInstallationDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.town_label.setBuddy(self.town_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewInstallationDialog)
    # setupUi

    def retranslateUi(self, NewInstallationDialog):
        NewInstallationDialog.setWindowTitle(QCoreApplication.translate("NewInstallationDialog", u"New installation order", None))
        self.customer_group.setTitle(QCoreApplication.translate("NewInstallationDialog", u"Customer (from the sale)", None))
        self.phone_edit.setPlaceholderText(QCoreApplication.translate("NewInstallationDialog", u"Customer's phone: a known customer is found as you type", None))
        self.new_customer_group.setTitle(QCoreApplication.translate("NewInstallationDialog", u"New customer", None))
        self.name_label.setText(QCoreApplication.translate("NewInstallationDialog", u"Name", None))
        self.district_label.setText(QCoreApplication.translate("NewInstallationDialog", u"District / county", None))
        self.town_label.setText(QCoreApplication.translate("NewInstallationDialog", u"Town / township", None))
#if QT_CONFIG(tooltip)
        self.town_combo.setToolTip(QCoreApplication.translate("NewInstallationDialog", u"The town or township of the district: pick it from the list or type it; leave it empty if not known", None))
#endif // QT_CONFIG(tooltip)
        self.address_label.setText(QCoreApplication.translate("NewInstallationDialog", u"Address", None))
        self.unit_group.setTitle(QCoreApplication.translate("NewInstallationDialog", u"Unit sold", None))
        self.product_line_label.setText(QCoreApplication.translate("NewInstallationDialog", u"Product line", None))
        self.model_label.setText(QCoreApplication.translate("NewInstallationDialog", u"Model", None))
        self.serial_label.setText(QCoreApplication.translate("NewInstallationDialog", u"Serial number", None))
        self.invoice_date_label.setText(QCoreApplication.translate("NewInstallationDialog", u"Invoice date", None))
        self.invoice_price_label.setText(QCoreApplication.translate("NewInstallationDialog", u"Invoice price", None))
        self.invoice_price_edit.setPlaceholderText(QCoreApplication.translate("NewInstallationDialog", u"e.g. 2680.00", None))
#if QT_CONFIG(tooltip)
        self.invoice_price_edit.setToolTip(QCoreApplication.translate("NewInstallationDialog", u"As on the invoice; leave blank if not known", None))
#endif // QT_CONFIG(tooltip)
        self.invoice_price_unit_label.setText(QCoreApplication.translate("NewInstallationDialog", u"yuan", None))
        self.usage_label.setText(QCoreApplication.translate("NewInstallationDialog", u"Usage", None))
        self.order_group.setTitle(QCoreApplication.translate("NewInstallationDialog", u"Installation", None))
        self.requested_date_label.setText(QCoreApplication.translate("NewInstallationDialog", u"Requested date", None))
        self.sold_by_label.setText(QCoreApplication.translate("NewInstallationDialog", u"Sold by", None))
        self.sold_by_edit.setPlaceholderText(QCoreApplication.translate("NewInstallationDialog", u"Store or salesperson", None))
        self.note_label.setText(QCoreApplication.translate("NewInstallationDialog", u"Note", None))
    # retranslateUi
