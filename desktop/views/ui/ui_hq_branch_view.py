# Generated from forms/hq_branch_view.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hq_branch_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_HqBranchView(object):
    def setupUi(self, HqBranchView):
        if not HqBranchView.objectName():
            HqBranchView.setObjectName(u"HqBranchView")
        HqBranchView.resize(1200, 640)
        self.main_layout = QVBoxLayout(HqBranchView)
        self.main_layout.setObjectName(u"main_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.back_button = QPushButton(HqBranchView)
        self.back_button.setObjectName(u"back_button")

        self.header_layout.addWidget(self.back_button)

        self.title_label = QLabel(HqBranchView)
        self.title_label.setObjectName(u"title_label")

        self.header_layout.addWidget(self.title_label)

        self.header_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)

        self.info_label = QLabel(HqBranchView)
        self.info_label.setObjectName(u"info_label")

        self.header_layout.addWidget(self.info_label)


        self.main_layout.addLayout(self.header_layout)

        self.tabs = QTabWidget(HqBranchView)
        self.tabs.setObjectName(u"tabs")
        self.months_tab = QWidget()
        self.months_tab.setObjectName(u"months_tab")
        self.months_layout = QVBoxLayout(self.months_tab)
        self.months_layout.setObjectName(u"months_layout")
        self.months_table = QTableView(self.months_tab)
        self.months_table.setObjectName(u"months_table")
        self.months_table.setAlternatingRowColors(True)

        self.months_layout.addWidget(self.months_table)

        self.tabs.addTab(self.months_tab, "")
        self.breakdown_tab = QWidget()
        self.breakdown_tab.setObjectName(u"breakdown_tab")
        self.breakdown_layout = QHBoxLayout(self.breakdown_tab)
        self.breakdown_layout.setObjectName(u"breakdown_layout")
        self.returns_layout = QVBoxLayout()
        self.returns_layout.setObjectName(u"returns_layout")
        self.returns_label = QLabel(self.breakdown_tab)
        self.returns_label.setObjectName(u"returns_label")

        self.returns_layout.addWidget(self.returns_label)

        self.returns_table = QTableView(self.breakdown_tab)
        self.returns_table.setObjectName(u"returns_table")

        self.returns_layout.addWidget(self.returns_table)


        self.breakdown_layout.addLayout(self.returns_layout)

        self.grades_layout = QVBoxLayout()
        self.grades_layout.setObjectName(u"grades_layout")
        self.grades_label = QLabel(self.breakdown_tab)
        self.grades_label.setObjectName(u"grades_label")

        self.grades_layout.addWidget(self.grades_label)

        self.grades_table = QTableView(self.breakdown_tab)
        self.grades_table.setObjectName(u"grades_table")

        self.grades_layout.addWidget(self.grades_table)


        self.breakdown_layout.addLayout(self.grades_layout)

        self.quality_layout = QVBoxLayout()
        self.quality_layout.setObjectName(u"quality_layout")
        self.quality_label = QLabel(self.breakdown_tab)
        self.quality_label.setObjectName(u"quality_label")

        self.quality_layout.addWidget(self.quality_label)

        self.quality_table = QTableView(self.breakdown_tab)
        self.quality_table.setObjectName(u"quality_table")

        self.quality_layout.addWidget(self.quality_table)


        self.breakdown_layout.addLayout(self.quality_layout)

        self.tabs.addTab(self.breakdown_tab, "")
        self.tickets_tab = QWidget()
        self.tickets_tab.setObjectName(u"tickets_tab")
        self.tickets_layout = QVBoxLayout(self.tickets_tab)
        self.tickets_layout.setObjectName(u"tickets_layout")
        self.tickets_toolbar = QHBoxLayout()
        self.tickets_toolbar.setObjectName(u"tickets_toolbar")
        self.month_label = QLabel(self.tickets_tab)
        self.month_label.setObjectName(u"month_label")

        self.tickets_toolbar.addWidget(self.month_label)

        self.month_combo = QComboBox(self.tickets_tab)
        self.month_combo.setObjectName(u"month_combo")

        self.tickets_toolbar.addWidget(self.month_combo)

        self.search_label = QLabel(self.tickets_tab)
        self.search_label.setObjectName(u"search_label")

        self.tickets_toolbar.addWidget(self.search_label)

        self.search_edit = QLineEdit(self.tickets_tab)
        self.search_edit.setObjectName(u"search_edit")

        self.tickets_toolbar.addWidget(self.search_edit)

        self.tickets_count_label = QLabel(self.tickets_tab)
        self.tickets_count_label.setObjectName(u"tickets_count_label")

        self.tickets_toolbar.addWidget(self.tickets_count_label)

        self.tickets_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tickets_toolbar.addItem(self.tickets_spacer)


        self.tickets_layout.addLayout(self.tickets_toolbar)

        self.tickets_table = QTableView(self.tickets_tab)
        self.tickets_table.setObjectName(u"tickets_table")
        self.tickets_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.tickets_table.setAlternatingRowColors(True)
        self.tickets_table.setSortingEnabled(True)

        self.tickets_layout.addWidget(self.tickets_table)

        self.tabs.addTab(self.tickets_tab, "")

        self.main_layout.addWidget(self.tabs)


        self.retranslateUi(HqBranchView)
    # setupUi

    def retranslateUi(self, HqBranchView):
        self.back_button.setText(QCoreApplication.translate("HqBranchView", u"Back to the network", None))
        self.tabs.setTabText(self.tabs.indexOf(self.months_tab), QCoreApplication.translate("HqBranchView", u"Month by month", None))
        self.returns_label.setText(QCoreApplication.translate("HqBranchView", u"Returns by \u4e09\u5305 rule", None))
        self.grades_label.setText(QCoreApplication.translate("HqBranchView", u"Satisfaction grades", None))
        self.quality_label.setText(QCoreApplication.translate("HqBranchView", u"Quality feedback by product and model", None))
        self.tabs.setTabText(self.tabs.indexOf(self.breakdown_tab), QCoreApplication.translate("HqBranchView", u"Returns, satisfaction, quality", None))
        self.month_label.setText(QCoreApplication.translate("HqBranchView", u"Month:", None))
        self.search_label.setText(QCoreApplication.translate("HqBranchView", u"Search:", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("HqBranchView", u"ticket number, model or engineer", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tickets_tab), QCoreApplication.translate("HqBranchView", u"Tickets", None))
        pass
    # retranslateUi
