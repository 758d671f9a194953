# Generated from forms/customer_edit_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_edit_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_CustomerEditDialog(object):
    def setupUi(self, CustomerEditDialog):
        if not CustomerEditDialog.objectName():
            CustomerEditDialog.setObjectName(u"CustomerEditDialog")
        CustomerEditDialog.resize(640, 560)
        self.main_layout = QVBoxLayout(CustomerEditDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.name_label = QLabel(CustomerEditDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(CustomerEditDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(100)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.kind_label = QLabel(CustomerEditDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(CustomerEditDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.note_label = QLabel(CustomerEditDialog)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QPlainTextEdit(CustomerEditDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaximumSize(QSize(16777215, 60))

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.phones_group = QGroupBox(CustomerEditDialog)
        self.phones_group.setObjectName(u"phones_group")
        self.phones_layout = QVBoxLayout(self.phones_group)
        self.phones_layout.setObjectName(u"phones_layout")
        self.phone_list = QListWidget(self.phones_group)
        self.phone_list.setObjectName(u"phone_list")
        self.phone_list.setMaximumSize(QSize(16777215, 90))

        self.phones_layout.addWidget(self.phone_list)

        self.phone_entry_layout = QHBoxLayout()
        self.phone_entry_layout.setObjectName(u"phone_entry_layout")
        self.new_phone_edit = QLineEdit(self.phones_group)
        self.new_phone_edit.setObjectName(u"new_phone_edit")
        self.new_phone_edit.setMaxLength(40)

        self.phone_entry_layout.addWidget(self.new_phone_edit)

        self.add_phone_button = QPushButton(self.phones_group)
        self.add_phone_button.setObjectName(u"add_phone_button")

        self.phone_entry_layout.addWidget(self.add_phone_button)

        self.remove_phone_button = QPushButton(self.phones_group)
        self.remove_phone_button.setObjectName(u"remove_phone_button")

        self.phone_entry_layout.addWidget(self.remove_phone_button)


        self.phones_layout.addLayout(self.phone_entry_layout)


        self.main_layout.addWidget(self.phones_group)

        self.addresses_group = QGroupBox(CustomerEditDialog)
        self.addresses_group.setObjectName(u"addresses_group")
        self.addresses_layout = QVBoxLayout(self.addresses_group)
        self.addresses_layout.setObjectName(u"addresses_layout")
        self.address_table = QTableWidget(self.addresses_group)
        self.address_table.setObjectName(u"address_table")

        self.addresses_layout.addWidget(self.address_table)

        self.address_button_layout = QHBoxLayout()
        self.address_button_layout.setObjectName(u"address_button_layout")
        self.address_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.address_button_layout.addItem(self.address_spacer)

        self.add_address_button = QPushButton(self.addresses_group)
        self.add_address_button.setObjectName(u"add_address_button")

        self.address_button_layout.addWidget(self.add_address_button)

        self.remove_address_button = QPushButton(self.addresses_group)
        self.remove_address_button.setObjectName(u"remove_address_button")

        self.address_button_layout.addWidget(self.remove_address_button)


        self.addresses_layout.addLayout(self.address_button_layout)


        self.main_layout.addWidget(self.addresses_group)

        self.message_label = QLabel(CustomerEditDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(CustomerEditDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CustomerEditDialog)
    # setupUi

    def retranslateUi(self, CustomerEditDialog):
        CustomerEditDialog.setWindowTitle(QCoreApplication.translate("CustomerEditDialog", u"Edit customer", None))
        self.name_label.setText(QCoreApplication.translate("CustomerEditDialog", u"&Name", None))
        self.kind_label.setText(QCoreApplication.translate("CustomerEditDialog", u"&Kind", None))
        self.note_label.setText(QCoreApplication.translate("CustomerEditDialog", u"N&ote", None))
        self.phones_group.setTitle(QCoreApplication.translate("CustomerEditDialog", u"Phones", None))
        self.new_phone_edit.setPlaceholderText(QCoreApplication.translate("CustomerEditDialog", u"Mobile or landline with area code", None))
        self.add_phone_button.setText(QCoreApplication.translate("CustomerEditDialog", u"&Add phone", None))
        self.remove_phone_button.setText(QCoreApplication.translate("CustomerEditDialog", u"&Remove phone", None))
        self.addresses_group.setTitle(QCoreApplication.translate("CustomerEditDialog", u"Addresses", None))
        self.add_address_button.setText(QCoreApplication.translate("CustomerEditDialog", u"Add a&ddress", None))
        self.remove_address_button.setText(QCoreApplication.translate("CustomerEditDialog", u"Remove addre&ss", None))
    # retranslateUi
