# Generated from forms/customer_file_view.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_file_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_CustomerFileView(object):
    def setupUi(self, CustomerFileView):
        if not CustomerFileView.objectName():
            CustomerFileView.setObjectName(u"CustomerFileView")
        CustomerFileView.resize(1100, 640)
        self.main_layout = QVBoxLayout(CustomerFileView)
        self.main_layout.setObjectName(u"main_layout")
        self.splitter = QSplitter(CustomerFileView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.search_panel = QWidget(self.splitter)
        self.search_panel.setObjectName(u"search_panel")
        self.search_layout = QVBoxLayout(self.search_panel)
        self.search_layout.setObjectName(u"search_layout")
        self.search_layout.setContentsMargins(0, 0, 0, 0)
        self.search_edit = QLineEdit(self.search_panel)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.search_layout.addWidget(self.search_edit)

        self.key_accounts_check = QCheckBox(self.search_panel)
        self.key_accounts_check.setObjectName(u"key_accounts_check")

        self.search_layout.addWidget(self.key_accounts_check)

        self.customer_table = QTableView(self.search_panel)
        self.customer_table.setObjectName(u"customer_table")
        self.customer_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.customer_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.customer_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.customer_table.setAlternatingRowColors(True)

        self.search_layout.addWidget(self.customer_table)

        self.count_label = QLabel(self.search_panel)
        self.count_label.setObjectName(u"count_label")

        self.search_layout.addWidget(self.count_label)

        self.splitter.addWidget(self.search_panel)
        self.page_panel = QWidget(self.splitter)
        self.page_panel.setObjectName(u"page_panel")
        self.page_layout = QVBoxLayout(self.page_panel)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.header_label = QLabel(self.page_panel)
        self.header_label.setObjectName(u"header_label")
        self.header_label.setWordWrap(True)
        self.header_label.setTextFormat(Qt.TextFormat.PlainText)

        self.page_layout.addWidget(self.header_label)

        self.action_layout = QHBoxLayout()
        self.action_layout.setObjectName(u"action_layout")
        self.edit_customer_button = QPushButton(self.page_panel)
        self.edit_customer_button.setObjectName(u"edit_customer_button")

        self.action_layout.addWidget(self.edit_customer_button)

        self.edit_unit_button = QPushButton(self.page_panel)
        self.edit_unit_button.setObjectName(u"edit_unit_button")

        self.action_layout.addWidget(self.edit_unit_button)

        self.merge_button = QPushButton(self.page_panel)
        self.merge_button.setObjectName(u"merge_button")

        self.action_layout.addWidget(self.merge_button)

        self.key_account_button = QPushButton(self.page_panel)
        self.key_account_button.setObjectName(u"key_account_button")

        self.action_layout.addWidget(self.key_account_button)

        self.action_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_layout.addItem(self.action_spacer)


        self.page_layout.addLayout(self.action_layout)

        self.page_tabs = QTabWidget(self.page_panel)
        self.page_tabs.setObjectName(u"page_tabs")
        self.units_tab = QWidget()
        self.units_tab.setObjectName(u"units_tab")
        self.units_layout = QVBoxLayout(self.units_tab)
        self.units_layout.setObjectName(u"units_layout")
        self.units_table = QTableWidget(self.units_tab)
        self.units_table.setObjectName(u"units_table")

        self.units_layout.addWidget(self.units_table)

        self.page_tabs.addTab(self.units_tab, "")
        self.tickets_tab = QWidget()
        self.tickets_tab.setObjectName(u"tickets_tab")
        self.tickets_layout = QVBoxLayout(self.tickets_tab)
        self.tickets_layout.setObjectName(u"tickets_layout")
        self.tickets_table = QTableWidget(self.tickets_tab)
        self.tickets_table.setObjectName(u"tickets_table")

        self.tickets_layout.addWidget(self.tickets_table)

        self.page_tabs.addTab(self.tickets_tab, "")
        self.visits_tab = QWidget()
        self.visits_tab.setObjectName(u"visits_tab")
        self.visits_layout = QVBoxLayout(self.visits_tab)
        self.visits_layout.setObjectName(u"visits_layout")
        self.visits_table = QTableWidget(self.visits_tab)
        self.visits_table.setObjectName(u"visits_table")

        self.visits_layout.addWidget(self.visits_table)

        self.page_tabs.addTab(self.visits_tab, "")
        self.claims_tab = QWidget()
        self.claims_tab.setObjectName(u"claims_tab")
        self.claims_layout = QVBoxLayout(self.claims_tab)
        self.claims_layout.setObjectName(u"claims_layout")
        self.claims_table = QTableWidget(self.claims_tab)
        self.claims_table.setObjectName(u"claims_table")

        self.claims_layout.addWidget(self.claims_table)

        self.page_tabs.addTab(self.claims_tab, "")
        self.complaints_tab = QWidget()
        self.complaints_tab.setObjectName(u"complaints_tab")
        self.complaints_layout = QVBoxLayout(self.complaints_tab)
        self.complaints_layout.setObjectName(u"complaints_layout")
        self.complaints_table = QTableWidget(self.complaints_tab)
        self.complaints_table.setObjectName(u"complaints_table")

        self.complaints_layout.addWidget(self.complaints_table)

        self.page_tabs.addTab(self.complaints_tab, "")
        self.callbacks_tab = QWidget()
        self.callbacks_tab.setObjectName(u"callbacks_tab")
        self.callbacks_layout = QVBoxLayout(self.callbacks_tab)
        self.callbacks_layout.setObjectName(u"callbacks_layout")
        self.callbacks_table = QTableWidget(self.callbacks_tab)
        self.callbacks_table.setObjectName(u"callbacks_table")

        self.callbacks_layout.addWidget(self.callbacks_table)

        self.page_tabs.addTab(self.callbacks_tab, "")
        self.documents_tab = QWidget()
        self.documents_tab.setObjectName(u"documents_tab")
        self.documents_layout = QVBoxLayout(self.documents_tab)
        self.documents_layout.setObjectName(u"documents_layout")
        self.documents_table = QTableWidget(self.documents_tab)
        self.documents_table.setObjectName(u"documents_table")

        self.documents_layout.addWidget(self.documents_table)

        self.page_tabs.addTab(self.documents_tab, "")

        self.page_layout.addWidget(self.page_tabs)

        self.message_label = QLabel(self.page_panel)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)

        self.page_layout.addWidget(self.message_label)

        self.splitter.addWidget(self.page_panel)

        self.main_layout.addWidget(self.splitter)


        self.retranslateUi(CustomerFileView)
    # setupUi

    def retranslateUi(self, CustomerFileView):
        CustomerFileView.setWindowTitle(QCoreApplication.translate("CustomerFileView", u"Customer file", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("CustomerFileView", u"Name, phone, serial or address", None))
        self.key_accounts_check.setText(QCoreApplication.translate("CustomerFileView", u"Key accounts only", None))
        self.edit_customer_button.setText(QCoreApplication.translate("CustomerFileView", u"&Edit customer...", None))
        self.edit_unit_button.setText(QCoreApplication.translate("CustomerFileView", u"Edit &unit...", None))
        self.merge_button.setText(QCoreApplication.translate("CustomerFileView", u"&Merge a duplicate...", None))
        self.key_account_button.setText(QCoreApplication.translate("CustomerFileView", u"Mark as &key account", None))
        self.page_tabs.setTabText(self.page_tabs.indexOf(self.units_tab), QCoreApplication.translate("CustomerFileView", u"Units", None))
        self.page_tabs.setTabText(self.page_tabs.indexOf(self.tickets_tab), QCoreApplication.translate("CustomerFileView", u"Tickets", None))
        self.page_tabs.setTabText(self.page_tabs.indexOf(self.visits_tab), QCoreApplication.translate("CustomerFileView", u"Visits", None))
        self.page_tabs.setTabText(self.page_tabs.indexOf(self.claims_tab), QCoreApplication.translate("CustomerFileView", u"Returns and exchanges", None))
        self.page_tabs.setTabText(self.page_tabs.indexOf(self.complaints_tab), QCoreApplication.translate("CustomerFileView", u"Complaints", None))
        self.page_tabs.setTabText(self.page_tabs.indexOf(self.callbacks_tab), QCoreApplication.translate("CustomerFileView", u"Callbacks", None))
        self.page_tabs.setTabText(self.page_tabs.indexOf(self.documents_tab), QCoreApplication.translate("CustomerFileView", u"Printed documents", None))
    # retranslateUi
