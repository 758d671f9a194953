# Generated from forms/intake_view.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_view.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from desktop.views.widgets.scroll_body import VerticalScrollArea

class Ui_IntakeView(object):
    def setupUi(self, IntakeView):
        if not IntakeView.objectName():
            IntakeView.setObjectName(u"IntakeView")
        IntakeView.resize(1100, 720)
        self.main_layout = QHBoxLayout(IntakeView)
        self.main_layout.setObjectName(u"main_layout")
        self.left_layout = QVBoxLayout()
        self.left_layout.setObjectName(u"left_layout")
        self.phone_group = QGroupBox(IntakeView)
        self.phone_group.setObjectName(u"phone_group")
        self.phone_layout = QVBoxLayout(self.phone_group)
        self.phone_layout.setObjectName(u"phone_layout")
        self.phone_edit = QLineEdit(self.phone_group)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(40)

        self.phone_layout.addWidget(self.phone_edit)

        self.phone_message_label = QLabel(self.phone_group)
        self.phone_message_label.setObjectName(u"phone_message_label")
        self.phone_message_label.setWordWrap(True)

        self.phone_layout.addWidget(self.phone_message_label)

        self.customer_list = QListWidget(self.phone_group)
        self.customer_list.setObjectName(u"customer_list")

        self.phone_layout.addWidget(self.customer_list)


        self.left_layout.addWidget(self.phone_group)

        self.customer_group = QGroupBox(IntakeView)
        self.customer_group.setObjectName(u"customer_group")
        self.customer_layout = QVBoxLayout(self.customer_group)
        self.customer_layout.setObjectName(u"customer_layout")
        self.customer_label = QLabel(self.customer_group)
        self.customer_label.setObjectName(u"customer_label")
        self.customer_label.setWordWrap(True)
        self.customer_label.setTextFormat(Qt.PlainText)

        self.customer_layout.addWidget(self.customer_label)

        self.units_label = QLabel(self.customer_group)
        self.units_label.setObjectName(u"units_label")

        self.customer_layout.addWidget(self.units_label)

        self.unit_list = QListWidget(self.customer_group)
        self.unit_list.setObjectName(u"unit_list")

        self.customer_layout.addWidget(self.unit_list)

        self.tickets_label = QLabel(self.customer_group)
        self.tickets_label.setObjectName(u"tickets_label")
        self.tickets_label.setWordWrap(True)
        self.tickets_label.setTextFormat(Qt.PlainText)

        self.customer_layout.addWidget(self.tickets_label)


        self.left_layout.addWidget(self.customer_group)


        self.main_layout.addLayout(self.left_layout)

        self.right_layout = QVBoxLayout()
        self.right_layout.setObjectName(u"right_layout")
        self.form_scroll = VerticalScrollArea(IntakeView)
        self.form_scroll.setObjectName(u"form_scroll")
        self.form_body = QWidget()
        self.form_body.setObjectName(u"form_body")
        self.form_body_layout = QVBoxLayout(self.form_body)
        self.form_body_layout.setObjectName(u"form_body_layout")
        self.form_body_layout.setContentsMargins(0, 0, 0, 0)
        self.new_customer_group = QGroupBox(self.form_body)
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
        self.town_combo.setInsertPolicy(QComboBox.NoInsert)

        self.new_customer_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.town_combo)

        self.address_label = QLabel(self.new_customer_group)
        self.address_label.setObjectName(u"address_label")

        self.new_customer_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QLineEdit(self.new_customer_group)
        self.address_edit.setObjectName(u"address_edit")
        self.address_edit.setMaxLength(200)

        self.new_customer_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.address_edit)


        self.form_body_layout.addWidget(self.new_customer_group)

        self.new_unit_group = QGroupBox(self.form_body)
        self.new_unit_group.setObjectName(u"new_unit_group")
        self.new_unit_group.setCheckable(True)
        self.new_unit_group.setChecked(False)
        self.new_unit_layout = QFormLayout(self.new_unit_group)
        self.new_unit_layout.setObjectName(u"new_unit_layout")
        self.product_line_label = QLabel(self.new_unit_group)
        self.product_line_label.setObjectName(u"product_line_label")

        self.new_unit_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.product_line_label)

        self.product_line_combo = QComboBox(self.new_unit_group)
        self.product_line_combo.setObjectName(u"product_line_combo")

        self.new_unit_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.product_line_combo)

        self.model_label = QLabel(self.new_unit_group)
        self.model_label.setObjectName(u"model_label")

        self.new_unit_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.model_label)

        self.model_combo = QComboBox(self.new_unit_group)
        self.model_combo.setObjectName(u"model_combo")

        self.new_unit_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.model_combo)

        self.serial_label = QLabel(self.new_unit_group)
        self.serial_label.setObjectName(u"serial_label")

        self.new_unit_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.serial_label)

        self.serial_edit = QLineEdit(self.new_unit_group)
        self.serial_edit.setObjectName(u"serial_edit")
        self.serial_edit.setMaxLength(40)

        self.new_unit_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.serial_edit)

        self.invoice_date_label = QLabel(self.new_unit_group)
        self.invoice_date_label.setObjectName(u"invoice_date_label")

        self.new_unit_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.invoice_date_label)

        self.invoice_date_edit = QDateEdit(self.new_unit_group)
        self.invoice_date_edit.setObjectName(u"invoice_date_edit")
        self.invoice_date_edit.setCalendarPopup(True)
        self.invoice_date_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.new_unit_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.invoice_date_edit)

        self.installation_date_label = QLabel(self.new_unit_group)
        self.installation_date_label.setObjectName(u"installation_date_label")

        self.new_unit_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.installation_date_label)

        self.installation_date_edit = QDateEdit(self.new_unit_group)
        self.installation_date_edit.setObjectName(u"installation_date_edit")
        self.installation_date_edit.setCalendarPopup(True)
        self.installation_date_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.new_unit_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.installation_date_edit)

        self.proof_label = QLabel(self.new_unit_group)
        self.proof_label.setObjectName(u"proof_label")

        self.new_unit_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.proof_label)

        self.proof_combo = QComboBox(self.new_unit_group)
        self.proof_combo.setObjectName(u"proof_combo")

        self.new_unit_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.proof_combo)

        self.usage_label = QLabel(self.new_unit_group)
        self.usage_label.setObjectName(u"usage_label")

        self.new_unit_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.usage_label)

        self.usage_combo = QComboBox(self.new_unit_group)
        self.usage_combo.setObjectName(u"usage_combo")

        self.new_unit_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.usage_combo)

        self.invoice_price_label = QLabel(self.new_unit_group)
        self.invoice_price_label.setObjectName(u"invoice_price_label")

        self.new_unit_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.invoice_price_label)

        self.invoice_price_layout = QHBoxLayout()
        self.invoice_price_layout.setObjectName(u"invoice_price_layout")
        self.invoice_price_edit = QLineEdit(self.new_unit_group)
        self.invoice_price_edit.setObjectName(u"invoice_price_edit")
        self.invoice_price_edit.setMaxLength(14)

        self.invoice_price_layout.addWidget(self.invoice_price_edit)

        self.invoice_price_unit_label = QLabel(self.new_unit_group)
        self.invoice_price_unit_label.setObjectName(u"invoice_price_unit_label")

        self.invoice_price_layout.addWidget(self.invoice_price_unit_label)


        self.new_unit_layout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.invoice_price_layout)


        self.form_body_layout.addWidget(self.new_unit_group)

        self.fault_group = QGroupBox(self.form_body)
        self.fault_group.setObjectName(u"fault_group")
        self.fault_layout = QFormLayout(self.fault_group)
        self.fault_layout.setObjectName(u"fault_layout")
        self.fault_category_label = QLabel(self.fault_group)
        self.fault_category_label.setObjectName(u"fault_category_label")

        self.fault_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fault_category_label)

        self.fault_category_combo = QComboBox(self.fault_group)
        self.fault_category_combo.setObjectName(u"fault_category_combo")

        self.fault_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fault_category_combo)

        self.fault_text_label = QLabel(self.fault_group)
        self.fault_text_label.setObjectName(u"fault_text_label")

        self.fault_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fault_text_label)

        self.fault_text_edit = QPlainTextEdit(self.fault_group)
        self.fault_text_edit.setObjectName(u"fault_text_edit")
        self.fault_text_edit.setMaximumSize(QSize(16777215, 90))

        self.fault_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fault_text_edit)

        self.channel_label = QLabel(self.fault_group)
        self.channel_label.setObjectName(u"channel_label")

        self.fault_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.channel_label)

        self.channel_combo = QComboBox(self.fault_group)
        self.channel_combo.setObjectName(u"channel_combo")

        self.fault_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.channel_combo)

        self.priority_label = QLabel(self.fault_group)
        self.priority_label.setObjectName(u"priority_label")

        self.fault_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.priority_label)

        self.priority_combo = QComboBox(self.fault_group)
        self.priority_combo.setObjectName(u"priority_combo")

        self.fault_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.priority_combo)

        self.phone_note_label = QLabel(self.fault_group)
        self.phone_note_label.setObjectName(u"phone_note_label")

        self.fault_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phone_note_label)

        self.phone_note_edit = QLineEdit(self.fault_group)
        self.phone_note_edit.setObjectName(u"phone_note_edit")

        self.fault_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone_note_edit)


        self.form_body_layout.addWidget(self.fault_group)

        self.form_scroll.setWidget(self.form_body)

        self.right_layout.addWidget(self.form_scroll)

        self.message_label = QLabel(IntakeView)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.PlainText)

        self.right_layout.addWidget(self.message_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.clear_button = QPushButton(IntakeView)
        self.clear_button.setObjectName(u"clear_button")

        self.button_layout.addWidget(self.clear_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.question_button = QPushButton(IntakeView)
        self.question_button.setObjectName(u"question_button")

        self.button_layout.addWidget(self.question_button)

        self.resolve_button = QPushButton(IntakeView)
        self.resolve_button.setObjectName(u"resolve_button")

        self.button_layout.addWidget(self.resolve_button)

        self.open_ticket_button = QPushButton(IntakeView)
        self.open_ticket_button.setObjectName(u"open_ticket_button")

        self.button_layout.addWidget(self.open_ticket_button)


        self.right_layout.addLayout(self.button_layout)


        self.main_layout.addLayout(self.right_layout)

#if QT_CONFIG(shortcut)
        self.town_label.setBuddy(self.town_combo)
        self.invoice_price_label.setBuddy(self.invoice_price_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IntakeView)

        self.open_ticket_button.setDefault(True)

    # setupUi

    def retranslateUi(self, IntakeView):
        self.phone_group.setTitle(QCoreApplication.translate("IntakeView", u"Caller's phone", None))
        self.phone_edit.setPlaceholderText(QCoreApplication.translate("IntakeView", u"Mobile or landline with area code", None))
        self.customer_group.setTitle(QCoreApplication.translate("IntakeView", u"Customer", None))
        self.units_label.setText(QCoreApplication.translate("IntakeView", u"Units (warranty status)", None))
        self.new_customer_group.setTitle(QCoreApplication.translate("IntakeView", u"New customer", None))
        self.name_label.setText(QCoreApplication.translate("IntakeView", u"Name", None))
        self.district_label.setText(QCoreApplication.translate("IntakeView", u"District / county", None))
        self.town_label.setText(QCoreApplication.translate("IntakeView", u"Town / township", None))
#if QT_CONFIG(tooltip)
        self.town_combo.setToolTip(QCoreApplication.translate("IntakeView", u"The town or township of the district: pick it from the list or type it; leave it empty if not known", None))
#endif // QT_CONFIG(tooltip)
        self.address_label.setText(QCoreApplication.translate("IntakeView", u"Address", None))
        self.new_unit_group.setTitle(QCoreApplication.translate("IntakeView", u"New unit", None))
        self.product_line_label.setText(QCoreApplication.translate("IntakeView", u"Product line", None))
        self.model_label.setText(QCoreApplication.translate("IntakeView", u"Model", None))
        self.serial_label.setText(QCoreApplication.translate("IntakeView", u"Serial number", None))
        self.invoice_date_label.setText(QCoreApplication.translate("IntakeView", u"Invoice date", None))
        self.installation_date_label.setText(QCoreApplication.translate("IntakeView", u"Installation date", None))
        self.proof_label.setText(QCoreApplication.translate("IntakeView", u"Proof of purchase", None))
        self.usage_label.setText(QCoreApplication.translate("IntakeView", u"Usage", None))
        self.invoice_price_label.setText(QCoreApplication.translate("IntakeView", u"Invoice price", None))
        self.invoice_price_edit.setPlaceholderText(QCoreApplication.translate("IntakeView", u"e.g. 2680.00", None))
#if QT_CONFIG(tooltip)
        self.invoice_price_edit.setToolTip(QCoreApplication.translate("IntakeView", u"As on the invoice; leave blank if not known", None))
#endif // QT_CONFIG(tooltip)
        self.invoice_price_unit_label.setText(QCoreApplication.translate("IntakeView", u"yuan", None))
        self.fault_group.setTitle(QCoreApplication.translate("IntakeView", u"Fault", None))
        self.fault_category_label.setText(QCoreApplication.translate("IntakeView", u"Fault category", None))
        self.fault_text_label.setText(QCoreApplication.translate("IntakeView", u"Description", None))
        self.channel_label.setText(QCoreApplication.translate("IntakeView", u"Channel", None))
        self.priority_label.setText(QCoreApplication.translate("IntakeView", u"Priority", None))
        self.phone_note_label.setText(QCoreApplication.translate("IntakeView", u"Phone solution", None))
        self.phone_note_edit.setPlaceholderText(QCoreApplication.translate("IntakeView", u"What the customer was told, when solved by phone", None))
        self.clear_button.setText(QCoreApplication.translate("IntakeView", u"Clear", None))
        self.question_button.setText(QCoreApplication.translate("IntakeView", u"A question, not a fault...", None))
#if QT_CONFIG(tooltip)
        self.question_button.setToolTip(QCoreApplication.translate("IntakeView", u"Record a consultation (\u54a8\u8be2): answered now, or a reply time promised to the caller", None))
#endif // QT_CONFIG(tooltip)
        self.resolve_button.setText(QCoreApplication.translate("IntakeView", u"Resolved by phone", None))
        self.open_ticket_button.setText(QCoreApplication.translate("IntakeView", u"Open ticket", None))
        pass
    # retranslateUi
