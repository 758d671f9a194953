# Generated from forms/stock_area.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stock_area.ui'
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
    QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QTableView, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_StockArea(object):
    def setupUi(self, StockArea):
        if not StockArea.objectName():
            StockArea.setObjectName(u"StockArea")
        StockArea.resize(1100, 640)
        self.main_layout = QVBoxLayout(StockArea)
        self.main_layout.setObjectName(u"main_layout")
        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.receive_button = QPushButton(StockArea)
        self.receive_button.setObjectName(u"receive_button")

        self.actions_layout.addWidget(self.receive_button)

        self.issue_button = QPushButton(StockArea)
        self.issue_button.setObjectName(u"issue_button")

        self.actions_layout.addWidget(self.issue_button)

        self.van_return_button = QPushButton(StockArea)
        self.van_return_button.setObjectName(u"van_return_button")

        self.actions_layout.addWidget(self.van_return_button)

        self.return_list_button = QPushButton(StockArea)
        self.return_list_button.setObjectName(u"return_list_button")

        self.actions_layout.addWidget(self.return_list_button)

        self.actions_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)

        self.low_stock_label = QLabel(StockArea)
        self.low_stock_label.setObjectName(u"low_stock_label")

        self.actions_layout.addWidget(self.low_stock_label)


        self.main_layout.addLayout(self.actions_layout)

        self.tabs = QTabWidget(StockArea)
        self.tabs.setObjectName(u"tabs")
        self.on_hand_tab = QWidget()
        self.on_hand_tab.setObjectName(u"on_hand_tab")
        self.on_hand_layout = QVBoxLayout(self.on_hand_tab)
        self.on_hand_layout.setObjectName(u"on_hand_layout")
        self.on_hand_filter_layout = QHBoxLayout()
        self.on_hand_filter_layout.setObjectName(u"on_hand_filter_layout")
        self.location_combo = QComboBox(self.on_hand_tab)
        self.location_combo.setObjectName(u"location_combo")

        self.on_hand_filter_layout.addWidget(self.location_combo)

        self.balance_search_edit = QLineEdit(self.on_hand_tab)
        self.balance_search_edit.setObjectName(u"balance_search_edit")

        self.on_hand_filter_layout.addWidget(self.balance_search_edit)

        self.low_only_check = QCheckBox(self.on_hand_tab)
        self.low_only_check.setObjectName(u"low_only_check")

        self.on_hand_filter_layout.addWidget(self.low_only_check)

        self.balance_refresh_button = QPushButton(self.on_hand_tab)
        self.balance_refresh_button.setObjectName(u"balance_refresh_button")

        self.on_hand_filter_layout.addWidget(self.balance_refresh_button)


        self.on_hand_layout.addLayout(self.on_hand_filter_layout)

        self.balances_table = QTableView(self.on_hand_tab)
        self.balances_table.setObjectName(u"balances_table")
        self.balances_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.balances_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.on_hand_layout.addWidget(self.balances_table)

        self.tabs.addTab(self.on_hand_tab, "")
        self.ledger_tab = QWidget()
        self.ledger_tab.setObjectName(u"ledger_tab")
        self.ledger_layout = QVBoxLayout(self.ledger_tab)
        self.ledger_layout.setObjectName(u"ledger_layout")
        self.ledger_filter_layout = QHBoxLayout()
        self.ledger_filter_layout.setObjectName(u"ledger_filter_layout")
        self.kind_combo = QComboBox(self.ledger_tab)
        self.kind_combo.setObjectName(u"kind_combo")

        self.ledger_filter_layout.addWidget(self.kind_combo)

        self.engineer_combo = QComboBox(self.ledger_tab)
        self.engineer_combo.setObjectName(u"engineer_combo")

        self.ledger_filter_layout.addWidget(self.engineer_combo)

        self.dates_check = QCheckBox(self.ledger_tab)
        self.dates_check.setObjectName(u"dates_check")

        self.ledger_filter_layout.addWidget(self.dates_check)

        self.from_edit = QDateEdit(self.ledger_tab)
        self.from_edit.setObjectName(u"from_edit")
        self.from_edit.setCalendarPopup(True)

        self.ledger_filter_layout.addWidget(self.from_edit)

        self.to_label = QLabel(self.ledger_tab)
        self.to_label.setObjectName(u"to_label")

        self.ledger_filter_layout.addWidget(self.to_label)

        self.to_edit = QDateEdit(self.ledger_tab)
        self.to_edit.setObjectName(u"to_edit")
        self.to_edit.setCalendarPopup(True)

        self.ledger_filter_layout.addWidget(self.to_edit)

        self.ledger_search_edit = QLineEdit(self.ledger_tab)
        self.ledger_search_edit.setObjectName(u"ledger_search_edit")

        self.ledger_filter_layout.addWidget(self.ledger_search_edit)

        self.ledger_refresh_button = QPushButton(self.ledger_tab)
        self.ledger_refresh_button.setObjectName(u"ledger_refresh_button")

        self.ledger_filter_layout.addWidget(self.ledger_refresh_button)


        self.ledger_layout.addLayout(self.ledger_filter_layout)

        self.ledger_table = QTableView(self.ledger_tab)
        self.ledger_table.setObjectName(u"ledger_table")
        self.ledger_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ledger_table.setSortingEnabled(True)

        self.ledger_layout.addWidget(self.ledger_table)

        self.ledger_count_label = QLabel(self.ledger_tab)
        self.ledger_count_label.setObjectName(u"ledger_count_label")

        self.ledger_layout.addWidget(self.ledger_count_label)

        self.tabs.addTab(self.ledger_tab, "")
        self.old_parts_tab = QWidget()
        self.old_parts_tab.setObjectName(u"old_parts_tab")
        self.old_parts_layout = QVBoxLayout(self.old_parts_tab)
        self.old_parts_layout.setObjectName(u"old_parts_layout")
        self.due_caption = QLabel(self.old_parts_tab)
        self.due_caption.setObjectName(u"due_caption")

        self.old_parts_layout.addWidget(self.due_caption)

        self.due_table = QTableWidget(self.old_parts_tab)
        self.due_table.setObjectName(u"due_table")
        self.due_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.due_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.due_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.old_parts_layout.addWidget(self.due_table)

        self.due_actions_layout = QHBoxLayout()
        self.due_actions_layout.setObjectName(u"due_actions_layout")
        self.hand_in_button = QPushButton(self.old_parts_tab)
        self.hand_in_button.setObjectName(u"hand_in_button")

        self.due_actions_layout.addWidget(self.hand_in_button)

        self.due_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.due_actions_layout.addItem(self.due_spacer)


        self.old_parts_layout.addLayout(self.due_actions_layout)

        self.lists_caption = QLabel(self.old_parts_tab)
        self.lists_caption.setObjectName(u"lists_caption")

        self.old_parts_layout.addWidget(self.lists_caption)

        self.lists_table = QTableWidget(self.old_parts_tab)
        self.lists_table.setObjectName(u"lists_table")
        self.lists_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lists_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lists_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.old_parts_layout.addWidget(self.lists_table)

        self.lists_actions_layout = QHBoxLayout()
        self.lists_actions_layout.setObjectName(u"lists_actions_layout")
        self.print_list_button = QPushButton(self.old_parts_tab)
        self.print_list_button.setObjectName(u"print_list_button")

        self.lists_actions_layout.addWidget(self.print_list_button)

        self.lists_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lists_actions_layout.addItem(self.lists_spacer)


        self.old_parts_layout.addLayout(self.lists_actions_layout)

        self.tabs.addTab(self.old_parts_tab, "")
        self.needs_tab = QWidget()
        self.needs_tab.setObjectName(u"needs_tab")
        self.needs_layout = QVBoxLayout(self.needs_tab)
        self.needs_layout.setObjectName(u"needs_layout")
        self.needs_filter_layout = QHBoxLayout()
        self.needs_filter_layout.setObjectName(u"needs_filter_layout")
        self.needs_from_label = QLabel(self.needs_tab)
        self.needs_from_label.setObjectName(u"needs_from_label")

        self.needs_filter_layout.addWidget(self.needs_from_label)

        self.needs_date_edit = QDateEdit(self.needs_tab)
        self.needs_date_edit.setObjectName(u"needs_date_edit")
        self.needs_date_edit.setCalendarPopup(True)

        self.needs_filter_layout.addWidget(self.needs_date_edit)

        self.needs_days_spin = QSpinBox(self.needs_tab)
        self.needs_days_spin.setObjectName(u"needs_days_spin")
        self.needs_days_spin.setMinimum(1)
        self.needs_days_spin.setMaximum(31)
        self.needs_days_spin.setValue(3)

        self.needs_filter_layout.addWidget(self.needs_days_spin)

        self.needs_refresh_button = QPushButton(self.needs_tab)
        self.needs_refresh_button.setObjectName(u"needs_refresh_button")

        self.needs_filter_layout.addWidget(self.needs_refresh_button)

        self.needs_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.needs_filter_layout.addItem(self.needs_spacer)

        self.edit_needs_button = QPushButton(self.needs_tab)
        self.edit_needs_button.setObjectName(u"edit_needs_button")

        self.needs_filter_layout.addWidget(self.edit_needs_button)

        self.issue_needs_button = QPushButton(self.needs_tab)
        self.issue_needs_button.setObjectName(u"issue_needs_button")

        self.needs_filter_layout.addWidget(self.issue_needs_button)


        self.needs_layout.addLayout(self.needs_filter_layout)

        self.needs_table = QTableWidget(self.needs_tab)
        self.needs_table.setObjectName(u"needs_table")
        self.needs_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.needs_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.needs_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.needs_layout.addWidget(self.needs_table)

        self.tabs.addTab(self.needs_tab, "")
        self.catalogue_tab = QWidget()
        self.catalogue_tab.setObjectName(u"catalogue_tab")
        self.catalogue_layout = QVBoxLayout(self.catalogue_tab)
        self.catalogue_layout.setObjectName(u"catalogue_layout")
        self.catalogue_filter_layout = QHBoxLayout()
        self.catalogue_filter_layout.setObjectName(u"catalogue_filter_layout")
        self.line_combo = QComboBox(self.catalogue_tab)
        self.line_combo.setObjectName(u"line_combo")

        self.catalogue_filter_layout.addWidget(self.line_combo)

        self.catalogue_search_edit = QLineEdit(self.catalogue_tab)
        self.catalogue_search_edit.setObjectName(u"catalogue_search_edit")

        self.catalogue_filter_layout.addWidget(self.catalogue_search_edit)

        self.inactive_check = QCheckBox(self.catalogue_tab)
        self.inactive_check.setObjectName(u"inactive_check")

        self.catalogue_filter_layout.addWidget(self.inactive_check)

        self.catalogue_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.catalogue_filter_layout.addItem(self.catalogue_spacer)

        self.new_part_button = QPushButton(self.catalogue_tab)
        self.new_part_button.setObjectName(u"new_part_button")

        self.catalogue_filter_layout.addWidget(self.new_part_button)

        self.edit_part_button = QPushButton(self.catalogue_tab)
        self.edit_part_button.setObjectName(u"edit_part_button")

        self.catalogue_filter_layout.addWidget(self.edit_part_button)

        self.template_button = QPushButton(self.catalogue_tab)
        self.template_button.setObjectName(u"template_button")

        self.catalogue_filter_layout.addWidget(self.template_button)

        self.import_button = QPushButton(self.catalogue_tab)
        self.import_button.setObjectName(u"import_button")

        self.catalogue_filter_layout.addWidget(self.import_button)


        self.catalogue_layout.addLayout(self.catalogue_filter_layout)

        self.catalogue_table = QTableWidget(self.catalogue_tab)
        self.catalogue_table.setObjectName(u"catalogue_table")
        self.catalogue_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.catalogue_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.catalogue_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.catalogue_layout.addWidget(self.catalogue_table)

        self.tabs.addTab(self.catalogue_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.message_label = QLabel(StockArea)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)


        self.retranslateUi(StockArea)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, StockArea):
        StockArea.setWindowTitle(QCoreApplication.translate("StockArea", u"Parts stock", None))
        self.receive_button.setText(QCoreApplication.translate("StockArea", u"Re&ceipt...", None))
        self.issue_button.setText(QCoreApplication.translate("StockArea", u"&Issue to engineer...", None))
        self.van_return_button.setText(QCoreApplication.translate("StockArea", u"Return from &van...", None))
        self.return_list_button.setText(QCoreApplication.translate("StockArea", u"Send &back to HQ or factory...", None))
        self.low_stock_label.setText("")
        self.balance_search_edit.setPlaceholderText(QCoreApplication.translate("StockArea", u"Part code or name", None))
        self.low_only_check.setText(QCoreApplication.translate("StockArea", u"Below minimum only", None))
        self.balance_refresh_button.setText(QCoreApplication.translate("StockArea", u"Refresh", None))
        self.tabs.setTabText(self.tabs.indexOf(self.on_hand_tab), QCoreApplication.translate("StockArea", u"On hand", None))
        self.dates_check.setText(QCoreApplication.translate("StockArea", u"From", None))
        self.from_edit.setDisplayFormat(QCoreApplication.translate("StockArea", u"yyyy-MM-dd", None))
        self.to_label.setText(QCoreApplication.translate("StockArea", u"to", None))
        self.to_edit.setDisplayFormat(QCoreApplication.translate("StockArea", u"yyyy-MM-dd", None))
        self.ledger_search_edit.setPlaceholderText(QCoreApplication.translate("StockArea", u"Part, ticket, tag or document no.", None))
        self.ledger_refresh_button.setText(QCoreApplication.translate("StockArea", u"Refresh", None))
        self.ledger_count_label.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.ledger_tab), QCoreApplication.translate("StockArea", u"Ledger", None))
        self.due_caption.setText(QCoreApplication.translate("StockArea", u"Warranty parts replaced free whose old part has not been handed in:", None))
        self.hand_in_button.setText(QCoreApplication.translate("StockArea", u"Hand i&n with a tag...", None))
        self.lists_caption.setText(QCoreApplication.translate("StockArea", u"Return lists:", None))
        self.print_list_button.setText(QCoreApplication.translate("StockArea", u"&Print the return list...", None))
        self.tabs.setTabText(self.tabs.indexOf(self.old_parts_tab), QCoreApplication.translate("StockArea", u"Old parts", None))
        self.needs_from_label.setText(QCoreApplication.translate("StockArea", u"Visits from", None))
        self.needs_date_edit.setDisplayFormat(QCoreApplication.translate("StockArea", u"yyyy-MM-dd", None))
        self.needs_days_spin.setSuffix(QCoreApplication.translate("StockArea", u" days", None))
        self.needs_refresh_button.setText(QCoreApplication.translate("StockArea", u"Refresh", None))
        self.edit_needs_button.setText(QCoreApplication.translate("StockArea", u"&Parts to take...", None))
        self.issue_needs_button.setText(QCoreApplication.translate("StockArea", u"Issue th&em to the engineer", None))
        self.tabs.setTabText(self.tabs.indexOf(self.needs_tab), QCoreApplication.translate("StockArea", u"Parts for visits", None))
        self.catalogue_search_edit.setPlaceholderText(QCoreApplication.translate("StockArea", u"Part code or name", None))
        self.inactive_check.setText(QCoreApplication.translate("StockArea", u"Show retired parts", None))
        self.new_part_button.setText(QCoreApplication.translate("StockArea", u"&New part...", None))
        self.edit_part_button.setText(QCoreApplication.translate("StockArea", u"&Edit...", None))
        self.template_button.setText(QCoreApplication.translate("StockArea", u"Price list te&mplate...", None))
        self.import_button.setText(QCoreApplication.translate("StockArea", u"Import HQ's &price list...", None))
        self.tabs.setTabText(self.tabs.indexOf(self.catalogue_tab), QCoreApplication.translate("StockArea", u"Catalogue", None))
        self.message_label.setText("")
    # retranslateUi
