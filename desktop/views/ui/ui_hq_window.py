# Generated from forms/hq_window.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hq_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QMainWindow, QMenu, QMenuBar,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QStatusBar, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_HqWindow(object):
    def setupUi(self, HqWindow):
        if not HqWindow.objectName():
            HqWindow.setObjectName(u"HqWindow")
        HqWindow.resize(1280, 720)
        self.load_action = QAction(HqWindow)
        self.load_action.setObjectName(u"load_action")
        self.summary_action = QAction(HqWindow)
        self.summary_action.setObjectName(u"summary_action")
        self.quit_action = QAction(HqWindow)
        self.quit_action.setObjectName(u"quit_action")
#if QT_CONFIG(shortcut)
        self.quit_action.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.central_widget = QWidget(HqWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(4, 4, 4, 4)
        self.tabs = QTabWidget(self.central_widget)
        self.tabs.setObjectName(u"tabs")
        self.branches_tab = QWidget()
        self.branches_tab.setObjectName(u"branches_tab")
        self.branches_layout = QVBoxLayout(self.branches_tab)
        self.branches_layout.setObjectName(u"branches_layout")
        self.branches_layout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget(self.branches_tab)
        self.pages.setObjectName(u"pages")

        self.branches_layout.addWidget(self.pages)

        self.tabs.addTab(self.branches_tab, "")
        self.loads_tab = QWidget()
        self.loads_tab.setObjectName(u"loads_tab")
        self.loads_layout = QVBoxLayout(self.loads_tab)
        self.loads_layout.setObjectName(u"loads_layout")
        self.loads_toolbar = QHBoxLayout()
        self.loads_toolbar.setObjectName(u"loads_toolbar")
        self.load_button = QPushButton(self.loads_tab)
        self.load_button.setObjectName(u"load_button")

        self.loads_toolbar.addWidget(self.load_button)

        self.loads_refresh_button = QPushButton(self.loads_tab)
        self.loads_refresh_button.setObjectName(u"loads_refresh_button")

        self.loads_toolbar.addWidget(self.loads_refresh_button)

        self.loads_status_label = QLabel(self.loads_tab)
        self.loads_status_label.setObjectName(u"loads_status_label")

        self.loads_toolbar.addWidget(self.loads_status_label)

        self.loads_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.loads_toolbar.addItem(self.loads_spacer)


        self.loads_layout.addLayout(self.loads_toolbar)

        self.loads_table = QTableView(self.loads_tab)
        self.loads_table.setObjectName(u"loads_table")
        self.loads_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.loads_table.setAlternatingRowColors(True)

        self.loads_layout.addWidget(self.loads_table)

        self.tabs.addTab(self.loads_tab, "")

        self.central_layout.addWidget(self.tabs)

        HqWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(HqWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        self.file_menu = QMenu(self.menu_bar)
        self.file_menu.setObjectName(u"file_menu")
        HqWindow.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(HqWindow)
        self.status_bar.setObjectName(u"status_bar")
        HqWindow.setStatusBar(self.status_bar)

        self.menu_bar.addAction(self.file_menu.menuAction())
        self.file_menu.addAction(self.load_action)
        self.file_menu.addAction(self.summary_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.retranslateUi(HqWindow)
    # setupUi

    def retranslateUi(self, HqWindow):
        HqWindow.setWindowTitle(QCoreApplication.translate("HqWindow", u"Branch Service Desk - HQ", None))
        self.load_action.setText(QCoreApplication.translate("HqWindow", u"&Load branch workbooks...", None))
        self.summary_action.setText(QCoreApplication.translate("HqWindow", u"&Summary workbook...", None))
        self.quit_action.setText(QCoreApplication.translate("HqWindow", u"&Quit", None))
        self.tabs.setTabText(self.tabs.indexOf(self.branches_tab), QCoreApplication.translate("HqWindow", u"Branches", None))
        self.load_button.setText(QCoreApplication.translate("HqWindow", u"Load workbooks...", None))
        self.loads_refresh_button.setText(QCoreApplication.translate("HqWindow", u"Refresh", None))
        self.tabs.setTabText(self.tabs.indexOf(self.loads_tab), QCoreApplication.translate("HqWindow", u"Loaded workbooks", None))
        self.file_menu.setTitle(QCoreApplication.translate("HqWindow", u"&File", None))
    # retranslateUi
