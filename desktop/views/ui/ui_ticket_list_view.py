# Generated from forms/ticket_list_view.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ticket_list_view.ui'
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
    QTableView, QVBoxLayout, QWidget)

class Ui_TicketListView(object):
    def setupUi(self, TicketListView):
        if not TicketListView.objectName():
            TicketListView.setObjectName(u"TicketListView")
        TicketListView.resize(1200, 700)
        self.main_layout = QVBoxLayout(TicketListView)
        self.main_layout.setObjectName(u"main_layout")
        self.search_layout = QHBoxLayout()
        self.search_layout.setObjectName(u"search_layout")
        self.search_edit = QLineEdit(TicketListView)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.search_layout.addWidget(self.search_edit)

        self.refresh_button = QPushButton(TicketListView)
        self.refresh_button.setObjectName(u"refresh_button")

        self.search_layout.addWidget(self.refresh_button)


        self.main_layout.addLayout(self.search_layout)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.status_label = QLabel(TicketListView)
        self.status_label.setObjectName(u"status_label")

        self.filter_layout.addWidget(self.status_label)

        self.status_combo = QComboBox(TicketListView)
        self.status_combo.setObjectName(u"status_combo")

        self.filter_layout.addWidget(self.status_combo)

        self.product_line_label = QLabel(TicketListView)
        self.product_line_label.setObjectName(u"product_line_label")

        self.filter_layout.addWidget(self.product_line_label)

        self.product_line_combo = QComboBox(TicketListView)
        self.product_line_combo.setObjectName(u"product_line_combo")

        self.filter_layout.addWidget(self.product_line_combo)

        self.engineer_label = QLabel(TicketListView)
        self.engineer_label.setObjectName(u"engineer_label")

        self.filter_layout.addWidget(self.engineer_label)

        self.engineer_combo = QComboBox(TicketListView)
        self.engineer_combo.setObjectName(u"engineer_combo")

        self.filter_layout.addWidget(self.engineer_combo)

        self.date_check = QCheckBox(TicketListView)
        self.date_check.setObjectName(u"date_check")

        self.filter_layout.addWidget(self.date_check)

        self.from_date_edit = QDateEdit(TicketListView)
        self.from_date_edit.setObjectName(u"from_date_edit")
        self.from_date_edit.setCalendarPopup(True)
        self.from_date_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.filter_layout.addWidget(self.from_date_edit)

        self.to_label = QLabel(TicketListView)
        self.to_label.setObjectName(u"to_label")

        self.filter_layout.addWidget(self.to_label)

        self.to_date_edit = QDateEdit(TicketListView)
        self.to_date_edit.setObjectName(u"to_date_edit")
        self.to_date_edit.setCalendarPopup(True)
        self.to_date_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.filter_layout.addWidget(self.to_date_edit)

        self.overdue_check = QCheckBox(TicketListView)
        self.overdue_check.setObjectName(u"overdue_check")

        self.filter_layout.addWidget(self.overdue_check)

        self.filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)


        self.main_layout.addLayout(self.filter_layout)

        self.table_view = QTableView(TicketListView)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table_view.setSortingEnabled(True)
        self.table_view.setAlternatingRowColors(True)

        self.main_layout.addWidget(self.table_view)

        self.count_label = QLabel(TicketListView)
        self.count_label.setObjectName(u"count_label")

        self.main_layout.addWidget(self.count_label)


        self.retranslateUi(TicketListView)
    # setupUi

    def retranslateUi(self, TicketListView):
        self.search_edit.setPlaceholderText(QCoreApplication.translate("TicketListView", u"Search: ticket number, phone, name, serial, address, fault words", None))
        self.refresh_button.setText(QCoreApplication.translate("TicketListView", u"Refresh", None))
        self.status_label.setText(QCoreApplication.translate("TicketListView", u"Status", None))
        self.product_line_label.setText(QCoreApplication.translate("TicketListView", u"Product", None))
        self.engineer_label.setText(QCoreApplication.translate("TicketListView", u"Engineer", None))
        self.date_check.setText(QCoreApplication.translate("TicketListView", u"Opened from", None))
        self.to_label.setText(QCoreApplication.translate("TicketListView", u"to", None))
        self.overdue_check.setText(QCoreApplication.translate("TicketListView", u"Overdue clock only", None))
        pass
    # retranslateUi
