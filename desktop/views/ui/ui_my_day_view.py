# Generated from forms/my_day_view.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'my_day_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_MyDayView(object):
    def setupUi(self, MyDayView):
        if not MyDayView.objectName():
            MyDayView.setObjectName(u"MyDayView")
        MyDayView.resize(1000, 600)
        self.main_layout = QVBoxLayout(MyDayView)
        self.main_layout.setObjectName(u"main_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.title_label = QLabel(MyDayView)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16px; font-weight: bold;")

        self.header_layout.addWidget(self.title_label)

        self.header_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)

        self.refresh_button = QPushButton(MyDayView)
        self.refresh_button.setObjectName(u"refresh_button")

        self.header_layout.addWidget(self.refresh_button)


        self.main_layout.addLayout(self.header_layout)

        self.visits_table = QTableWidget(MyDayView)
        if (self.visits_table.columnCount() < 7):
            self.visits_table.setColumnCount(7)
        __qtablewidgetitem = QTableWidgetItem()
        self.visits_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.visits_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.visits_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.visits_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.visits_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.visits_table.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.visits_table.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        self.visits_table.setObjectName(u"visits_table")
        self.visits_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.visits_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.visits_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.visits_table.setAlternatingRowColors(True)
        self.visits_table.setWordWrap(True)
        self.visits_table.setColumnCount(7)

        self.main_layout.addWidget(self.visits_table)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.arrival_button = QPushButton(MyDayView)
        self.arrival_button.setObjectName(u"arrival_button")

        self.buttons_layout.addWidget(self.arrival_button)

        self.result_button = QPushButton(MyDayView)
        self.result_button.setObjectName(u"result_button")

        self.buttons_layout.addWidget(self.result_button)

        self.print_button = QPushButton(MyDayView)
        self.print_button.setObjectName(u"print_button")

        self.buttons_layout.addWidget(self.print_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)


        self.main_layout.addLayout(self.buttons_layout)

        self.status_label = QLabel(MyDayView)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)


        self.retranslateUi(MyDayView)
    # setupUi

    def retranslateUi(self, MyDayView):
        self.refresh_button.setText(QCoreApplication.translate("MyDayView", u"Refresh", None))
        ___qtablewidgetitem = self.visits_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("MyDayView", u"Agreed time", None))
        ___qtablewidgetitem1 = self.visits_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MyDayView", u"Customer", None))
        ___qtablewidgetitem2 = self.visits_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("MyDayView", u"Phone", None))
        ___qtablewidgetitem3 = self.visits_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("MyDayView", u"Address", None))
        ___qtablewidgetitem4 = self.visits_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("MyDayView", u"Product", None))
        ___qtablewidgetitem5 = self.visits_table.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("MyDayView", u"Fault", None))
        ___qtablewidgetitem6 = self.visits_table.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("MyDayView", u"Status", None))
        self.arrival_button.setText(QCoreApplication.translate("MyDayView", u"I have arri&ved", None))
        self.result_button.setText(QCoreApplication.translate("MyDayView", u"Record the re&sult...", None))
        self.print_button.setText(QCoreApplication.translate("MyDayView", u"&Print the day's sheets...", None))
        pass
    # retranslateUi
