# Generated from forms/setup_commitments_page.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_commitments_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_SetupCommitmentsPage(object):
    def setupUi(self, SetupCommitmentsPage):
        if not SetupCommitmentsPage.objectName():
            SetupCommitmentsPage.setObjectName(u"SetupCommitmentsPage")
        self.main_layout = QVBoxLayout(SetupCommitmentsPage)
        self.main_layout.setObjectName(u"main_layout")
        self.commitments_table = QTableWidget(SetupCommitmentsPage)
        if (self.commitments_table.columnCount() < 4):
            self.commitments_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.commitments_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.commitments_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.commitments_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.commitments_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.commitments_table.setObjectName(u"commitments_table")
        self.commitments_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.commitments_table.setWordWrap(True)
        self.commitments_table.setColumnCount(4)

        self.main_layout.addWidget(self.commitments_table)

        self.defaults_button = QPushButton(SetupCommitmentsPage)
        self.defaults_button.setObjectName(u"defaults_button")

        self.main_layout.addWidget(self.defaults_button)

        self.message_label = QLabel(SetupCommitmentsPage)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(u"color: #b00020;")

        self.main_layout.addWidget(self.message_label)


        self.retranslateUi(SetupCommitmentsPage)
    # setupUi

    def retranslateUi(self, SetupCommitmentsPage):
        SetupCommitmentsPage.setTitle(QCoreApplication.translate("SetupCommitmentsPage", u"Service commitments", None))
        SetupCommitmentsPage.setSubTitle(QCoreApplication.translate("SetupCommitmentsPage", u"What the branch promises its customers. Each starts at the value the after-sales manuals give; change any of them.", None))
        ___qtablewidgetitem = self.commitments_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SetupCommitmentsPage", u"Commitment", None))
        ___qtablewidgetitem1 = self.commitments_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SetupCommitmentsPage", u"Value", None))
        ___qtablewidgetitem2 = self.commitments_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SetupCommitmentsPage", u"Default", None))
        ___qtablewidgetitem3 = self.commitments_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SetupCommitmentsPage", u"Where it comes from", None))
        self.defaults_button.setText(QCoreApplication.translate("SetupCommitmentsPage", u"Back to the &defaults", None))
    # retranslateUi
