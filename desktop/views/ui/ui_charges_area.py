# Generated from forms/charges_area.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'charges_area.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDoubleSpinBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ChargesArea(object):
    def setupUi(self, ChargesArea):
        if not ChargesArea.objectName():
            ChargesArea.setObjectName(u"ChargesArea")
        ChargesArea.resize(1100, 640)
        self.main_layout = QVBoxLayout(ChargesArea)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(ChargesArea)
        self.tabs.setObjectName(u"tabs")
        self.due_tab = QWidget()
        self.due_tab.setObjectName(u"due_tab")
        self.due_layout = QVBoxLayout(self.due_tab)
        self.due_layout.setObjectName(u"due_layout")
        self.due_filter_layout = QHBoxLayout()
        self.due_filter_layout.setObjectName(u"due_filter_layout")
        self.due_search_edit = QLineEdit(self.due_tab)
        self.due_search_edit.setObjectName(u"due_search_edit")

        self.due_filter_layout.addWidget(self.due_search_edit)

        self.unpaid_check = QCheckBox(self.due_tab)
        self.unpaid_check.setObjectName(u"unpaid_check")
        self.unpaid_check.setChecked(True)

        self.due_filter_layout.addWidget(self.unpaid_check)

        self.due_refresh_button = QPushButton(self.due_tab)
        self.due_refresh_button.setObjectName(u"due_refresh_button")

        self.due_filter_layout.addWidget(self.due_refresh_button)

        self.due_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.due_filter_layout.addItem(self.due_spacer)

        self.pay_button = QPushButton(self.due_tab)
        self.pay_button.setObjectName(u"pay_button")

        self.due_filter_layout.addWidget(self.pay_button)


        self.due_layout.addLayout(self.due_filter_layout)

        self.due_table = QTableView(self.due_tab)
        self.due_table.setObjectName(u"due_table")
        self.due_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.due_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.due_layout.addWidget(self.due_table)

        self.tabs.addTab(self.due_tab, "")
        self.receipts_tab = QWidget()
        self.receipts_tab.setObjectName(u"receipts_tab")
        self.receipts_layout = QVBoxLayout(self.receipts_tab)
        self.receipts_layout.setObjectName(u"receipts_layout")
        self.receipts_filter_layout = QHBoxLayout()
        self.receipts_filter_layout.setObjectName(u"receipts_filter_layout")
        self.receipt_dates_check = QCheckBox(self.receipts_tab)
        self.receipt_dates_check.setObjectName(u"receipt_dates_check")

        self.receipts_filter_layout.addWidget(self.receipt_dates_check)

        self.receipt_from_edit = QDateEdit(self.receipts_tab)
        self.receipt_from_edit.setObjectName(u"receipt_from_edit")
        self.receipt_from_edit.setCalendarPopup(True)

        self.receipts_filter_layout.addWidget(self.receipt_from_edit)

        self.receipt_to_label = QLabel(self.receipts_tab)
        self.receipt_to_label.setObjectName(u"receipt_to_label")

        self.receipts_filter_layout.addWidget(self.receipt_to_label)

        self.receipt_to_edit = QDateEdit(self.receipts_tab)
        self.receipt_to_edit.setObjectName(u"receipt_to_edit")
        self.receipt_to_edit.setCalendarPopup(True)

        self.receipts_filter_layout.addWidget(self.receipt_to_edit)

        self.collector_combo = QComboBox(self.receipts_tab)
        self.collector_combo.setObjectName(u"collector_combo")

        self.receipts_filter_layout.addWidget(self.collector_combo)

        self.method_combo = QComboBox(self.receipts_tab)
        self.method_combo.setObjectName(u"method_combo")

        self.receipts_filter_layout.addWidget(self.method_combo)

        self.receipt_search_edit = QLineEdit(self.receipts_tab)
        self.receipt_search_edit.setObjectName(u"receipt_search_edit")

        self.receipts_filter_layout.addWidget(self.receipt_search_edit)

        self.receipt_refresh_button = QPushButton(self.receipts_tab)
        self.receipt_refresh_button.setObjectName(u"receipt_refresh_button")

        self.receipts_filter_layout.addWidget(self.receipt_refresh_button)


        self.receipts_layout.addLayout(self.receipts_filter_layout)

        self.receipts_table = QTableView(self.receipts_tab)
        self.receipts_table.setObjectName(u"receipts_table")
        self.receipts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.receipts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.receipts_layout.addWidget(self.receipts_table)

        self.receipts_actions_layout = QHBoxLayout()
        self.receipts_actions_layout.setObjectName(u"receipts_actions_layout")
        self.print_receipt_button = QPushButton(self.receipts_tab)
        self.print_receipt_button.setObjectName(u"print_receipt_button")

        self.receipts_actions_layout.addWidget(self.print_receipt_button)

        self.void_button = QPushButton(self.receipts_tab)
        self.void_button.setObjectName(u"void_button")

        self.receipts_actions_layout.addWidget(self.void_button)

        self.receipts_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.receipts_actions_layout.addItem(self.receipts_spacer)


        self.receipts_layout.addLayout(self.receipts_actions_layout)

        self.tabs.addTab(self.receipts_tab, "")
        self.cash_tab = QWidget()
        self.cash_tab.setObjectName(u"cash_tab")
        self.cash_layout = QVBoxLayout(self.cash_tab)
        self.cash_layout.setObjectName(u"cash_layout")
        self.cash_filter_layout = QHBoxLayout()
        self.cash_filter_layout.setObjectName(u"cash_filter_layout")
        self.cash_day_label = QLabel(self.cash_tab)
        self.cash_day_label.setObjectName(u"cash_day_label")

        self.cash_filter_layout.addWidget(self.cash_day_label)

        self.cash_day_edit = QDateEdit(self.cash_tab)
        self.cash_day_edit.setObjectName(u"cash_day_edit")
        self.cash_day_edit.setCalendarPopup(True)

        self.cash_filter_layout.addWidget(self.cash_day_edit)

        self.cash_refresh_button = QPushButton(self.cash_tab)
        self.cash_refresh_button.setObjectName(u"cash_refresh_button")

        self.cash_filter_layout.addWidget(self.cash_refresh_button)

        self.cash_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cash_filter_layout.addItem(self.cash_spacer)


        self.cash_layout.addLayout(self.cash_filter_layout)

        self.cash_table = QTableWidget(self.cash_tab)
        self.cash_table.setObjectName(u"cash_table")
        self.cash_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.cash_layout.addWidget(self.cash_table)

        self.cash_note_label = QLabel(self.cash_tab)
        self.cash_note_label.setObjectName(u"cash_note_label")

        self.cash_layout.addWidget(self.cash_note_label)

        self.tabs.addTab(self.cash_tab, "")
        self.fees_tab = QWidget()
        self.fees_tab.setObjectName(u"fees_tab")
        self.fees_layout = QVBoxLayout(self.fees_tab)
        self.fees_layout.setObjectName(u"fees_layout")
        self.fees_form_layout = QFormLayout()
        self.fees_form_layout.setObjectName(u"fees_form_layout")
        self.fee_line_label = QLabel(self.fees_tab)
        self.fee_line_label.setObjectName(u"fee_line_label")

        self.fees_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fee_line_label)

        self.fee_line_combo = QComboBox(self.fees_tab)
        self.fee_line_combo.setObjectName(u"fee_line_combo")
        self.fee_line_combo.setMaximumSize(QSize(260, 16777215))

        self.fees_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fee_line_combo)

        self.call_out_label = QLabel(self.fees_tab)
        self.call_out_label.setObjectName(u"call_out_label")

        self.fees_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.call_out_label)

        self.call_out_spin = QDoubleSpinBox(self.fees_tab)
        self.call_out_spin.setObjectName(u"call_out_spin")
        self.call_out_spin.setMaximumSize(QSize(160, 16777215))
        self.call_out_spin.setMaximum(100000.000000000000000)
        self.call_out_spin.setDecimals(2)

        self.fees_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.call_out_spin)

        self.labour_label = QLabel(self.fees_tab)
        self.labour_label.setObjectName(u"labour_label")

        self.fees_form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.labour_label)

        self.labour_spin = QDoubleSpinBox(self.fees_tab)
        self.labour_spin.setObjectName(u"labour_spin")
        self.labour_spin.setMaximumSize(QSize(160, 16777215))
        self.labour_spin.setMaximum(100000.000000000000000)
        self.labour_spin.setDecimals(2)

        self.fees_form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.labour_spin)


        self.fees_layout.addLayout(self.fees_form_layout)

        self.fee_hint_label = QLabel(self.fees_tab)
        self.fee_hint_label.setObjectName(u"fee_hint_label")
        self.fee_hint_label.setWordWrap(True)

        self.fees_layout.addWidget(self.fee_hint_label)

        self.labour_table = QTableWidget(self.fees_tab)
        self.labour_table.setObjectName(u"labour_table")

        self.fees_layout.addWidget(self.labour_table)

        self.fees_actions_layout = QHBoxLayout()
        self.fees_actions_layout.setObjectName(u"fees_actions_layout")
        self.fee_updated_label = QLabel(self.fees_tab)
        self.fee_updated_label.setObjectName(u"fee_updated_label")

        self.fees_actions_layout.addWidget(self.fee_updated_label)

        self.fees_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fees_actions_layout.addItem(self.fees_spacer)

        self.save_fees_button = QPushButton(self.fees_tab)
        self.save_fees_button.setObjectName(u"save_fees_button")

        self.fees_actions_layout.addWidget(self.save_fees_button)


        self.fees_layout.addLayout(self.fees_actions_layout)

        self.tabs.addTab(self.fees_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.message_label = QLabel(ChargesArea)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

#if QT_CONFIG(shortcut)
        self.fee_line_label.setBuddy(self.fee_line_combo)
        self.call_out_label.setBuddy(self.call_out_spin)
        self.labour_label.setBuddy(self.labour_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChargesArea)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, ChargesArea):
        ChargesArea.setWindowTitle(QCoreApplication.translate("ChargesArea", u"Charges", None))
        self.due_search_edit.setPlaceholderText(QCoreApplication.translate("ChargesArea", u"Ticket no. or customer", None))
        self.unpaid_check.setText(QCoreApplication.translate("ChargesArea", u"Still owing only", None))
        self.due_refresh_button.setText(QCoreApplication.translate("ChargesArea", u"Refresh", None))
        self.pay_button.setText(QCoreApplication.translate("ChargesArea", u"Record &payment...", None))
        self.tabs.setTabText(self.tabs.indexOf(self.due_tab), QCoreApplication.translate("ChargesArea", u"To collect", None))
        self.receipt_dates_check.setText(QCoreApplication.translate("ChargesArea", u"From", None))
        self.receipt_from_edit.setDisplayFormat(QCoreApplication.translate("ChargesArea", u"yyyy-MM-dd", None))
        self.receipt_to_label.setText(QCoreApplication.translate("ChargesArea", u"to", None))
        self.receipt_to_edit.setDisplayFormat(QCoreApplication.translate("ChargesArea", u"yyyy-MM-dd", None))
        self.receipt_search_edit.setPlaceholderText(QCoreApplication.translate("ChargesArea", u"Receipt, ticket or payer", None))
        self.receipt_refresh_button.setText(QCoreApplication.translate("ChargesArea", u"Refresh", None))
        self.print_receipt_button.setText(QCoreApplication.translate("ChargesArea", u"&Print receipt...", None))
        self.void_button.setText(QCoreApplication.translate("ChargesArea", u"&Void...", None))
        self.tabs.setTabText(self.tabs.indexOf(self.receipts_tab), QCoreApplication.translate("ChargesArea", u"Receipts", None))
        self.cash_day_label.setText(QCoreApplication.translate("ChargesArea", u"Day", None))
        self.cash_day_edit.setDisplayFormat(QCoreApplication.translate("ChargesArea", u"yyyy-MM-dd", None))
        self.cash_refresh_button.setText(QCoreApplication.translate("ChargesArea", u"Refresh", None))
        self.cash_note_label.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.cash_tab), QCoreApplication.translate("ChargesArea", u"Daily cash", None))
        self.fee_line_label.setText(QCoreApplication.translate("ChargesArea", u"Product li&ne", None))
        self.call_out_label.setText(QCoreApplication.translate("ChargesArea", u"Call-&out fee (yuan)", None))
        self.labour_label.setText(QCoreApplication.translate("ChargesArea", u"La&bour, other faults (yuan)", None))
        self.fee_hint_label.setText(QCoreApplication.translate("ChargesArea", u"Labour per fault category (leave empty to use the labour above). Parts are charged at their catalogue price. In warranty, parts and labour are free.", None))
        self.fee_updated_label.setText("")
        self.save_fees_button.setText(QCoreApplication.translate("ChargesArea", u"&Save the schedule", None))
        self.tabs.setTabText(self.tabs.indexOf(self.fees_tab), QCoreApplication.translate("ChargesArea", u"Fee schedule", None))
        self.message_label.setText("")
    # retranslateUi
