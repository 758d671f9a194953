# Generated from forms/main_window.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QListWidget, QListWidgetItem,
    QMainWindow, QMenu, QMenuBar, QSizePolicy,
    QStackedWidget, QStatusBar, QToolBar, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.backup_action = QAction(MainWindow)
        self.backup_action.setObjectName(u"backup_action")
        self.restore_action = QAction(MainWindow)
        self.restore_action.setObjectName(u"restore_action")
        self.lock_action = QAction(MainWindow)
        self.lock_action.setObjectName(u"lock_action")
#if QT_CONFIG(shortcut)
        self.lock_action.setShortcut(u"Ctrl+L")
#endif // QT_CONFIG(shortcut)
        self.quit_action = QAction(MainWindow)
        self.quit_action.setObjectName(u"quit_action")
#if QT_CONFIG(shortcut)
        self.quit_action.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.users_action = QAction(MainWindow)
        self.users_action.setObjectName(u"users_action")
        self.settings_action = QAction(MainWindow)
        self.settings_action.setObjectName(u"settings_action")
        self.engineers_action = QAction(MainWindow)
        self.engineers_action.setObjectName(u"engineers_action")
        self.audit_check_action = QAction(MainWindow)
        self.audit_check_action.setObjectName(u"audit_check_action")
        self.chinese_action = QAction(MainWindow)
        self.chinese_action.setObjectName(u"chinese_action")
        self.chinese_action.setText(u"\u4e2d\u6587 (\u7b80\u4f53)")
        self.chinese_action.setCheckable(True)
        self.english_action = QAction(MainWindow)
        self.english_action.setObjectName(u"english_action")
        self.english_action.setText(u"English")
        self.english_action.setCheckable(True)
        self.verify_action = QAction(MainWindow)
        self.verify_action.setObjectName(u"verify_action")
        self.signing_key_action = QAction(MainWindow)
        self.signing_key_action.setObjectName(u"signing_key_action")
        self.export_action = QAction(MainWindow)
        self.export_action.setObjectName(u"export_action")
        self.hq_merge_action = QAction(MainWindow)
        self.hq_merge_action.setObjectName(u"hq_merge_action")
        self.about_action = QAction(MainWindow)
        self.about_action.setObjectName(u"about_action")
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QHBoxLayout(self.central_widget)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.navigation_list = QListWidget(self.central_widget)
        self.navigation_list.setObjectName(u"navigation_list")
        self.navigation_list.setMaximumSize(QSize(180, 16777215))
        self.navigation_list.setIconSize(QSize(24, 24))

        self.central_layout.addWidget(self.navigation_list)

        self.area_stack = QStackedWidget(self.central_widget)
        self.area_stack.setObjectName(u"area_stack")

        self.central_layout.addWidget(self.area_stack)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        self.file_menu = QMenu(self.menu_bar)
        self.file_menu.setObjectName(u"file_menu")
        self.reports_menu = QMenu(self.menu_bar)
        self.reports_menu.setObjectName(u"reports_menu")
        self.tools_menu = QMenu(self.menu_bar)
        self.tools_menu.setObjectName(u"tools_menu")
        self.admin_menu = QMenu(self.menu_bar)
        self.admin_menu.setObjectName(u"admin_menu")
        self.language_menu = QMenu(self.menu_bar)
        self.language_menu.setObjectName(u"language_menu")
        self.help_menu = QMenu(self.menu_bar)
        self.help_menu.setObjectName(u"help_menu")
        MainWindow.setMenuBar(self.menu_bar)
        self.tool_bar = QToolBar(MainWindow)
        self.tool_bar.setObjectName(u"tool_bar")
        self.tool_bar.setMovable(False)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.tool_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.menu_bar.addAction(self.file_menu.menuAction())
        self.menu_bar.addAction(self.reports_menu.menuAction())
        self.menu_bar.addAction(self.tools_menu.menuAction())
        self.menu_bar.addAction(self.admin_menu.menuAction())
        self.menu_bar.addAction(self.language_menu.menuAction())
        self.menu_bar.addAction(self.help_menu.menuAction())
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addAction(self.quit_action)
        self.reports_menu.addAction(self.export_action)
        self.reports_menu.addAction(self.hq_merge_action)
        self.tools_menu.addAction(self.verify_action)
        self.tools_menu.addAction(self.signing_key_action)
        self.admin_menu.addAction(self.users_action)
        self.admin_menu.addAction(self.settings_action)
        self.admin_menu.addAction(self.engineers_action)
        self.admin_menu.addAction(self.audit_check_action)
        self.language_menu.addAction(self.chinese_action)
        self.language_menu.addAction(self.english_action)
        self.help_menu.addAction(self.about_action)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Branch Service Desk", None))
        self.backup_action.setText(QCoreApplication.translate("MainWindow", u"&Back up now", None))
        self.restore_action.setText(QCoreApplication.translate("MainWindow", u"&Restore from backup...", None))
        self.lock_action.setText(QCoreApplication.translate("MainWindow", u"&Lock screen", None))
        self.quit_action.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.users_action.setText(QCoreApplication.translate("MainWindow", u"&Users...", None))
        self.settings_action.setText(QCoreApplication.translate("MainWindow", u"&Branch settings...", None))
        self.engineers_action.setText(QCoreApplication.translate("MainWindow", u"&Engineers...", None))
        self.audit_check_action.setText(QCoreApplication.translate("MainWindow", u"&Check audit log", None))
        self.verify_action.setText(QCoreApplication.translate("MainWindow", u"&Verify a signed PDF...", None))
        self.signing_key_action.setText(QCoreApplication.translate("MainWindow", u"Branch &signing key...", None))
        self.export_action.setText(QCoreApplication.translate("MainWindow", u"&Export HQ workbook...", None))
        self.hq_merge_action.setText(QCoreApplication.translate("MainWindow", u"&Merge branch workbooks...", None))
        self.about_action.setText(QCoreApplication.translate("MainWindow", u"&About", None))
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.reports_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Reports", None))
        self.tools_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Tools", None))
        self.admin_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Administration", None))
        self.language_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Language", None))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.tool_bar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Counter", None))
    # retranslateUi
