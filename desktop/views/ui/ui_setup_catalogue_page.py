# Generated from forms/setup_catalogue_page.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_catalogue_page.ui'
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
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
    QWizardPage)

class Ui_SetupCataloguePage(object):
    def setupUi(self, SetupCataloguePage):
        if not SetupCataloguePage.objectName():
            SetupCataloguePage.setObjectName(u"SetupCataloguePage")
        self.main_layout = QVBoxLayout(SetupCataloguePage)
        self.main_layout.setObjectName(u"main_layout")
        self.workbook_layout = QHBoxLayout()
        self.workbook_layout.setObjectName(u"workbook_layout")
        self.import_button = QPushButton(SetupCataloguePage)
        self.import_button.setObjectName(u"import_button")

        self.workbook_layout.addWidget(self.import_button)

        self.template_button = QPushButton(SetupCataloguePage)
        self.template_button.setObjectName(u"template_button")

        self.workbook_layout.addWidget(self.template_button)

        self.workbook_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.workbook_layout.addItem(self.workbook_spacer)


        self.main_layout.addLayout(self.workbook_layout)

        self.lines_label = QLabel(SetupCataloguePage)
        self.lines_label.setObjectName(u"lines_label")

        self.main_layout.addWidget(self.lines_label)

        self.lines_table = QTableWidget(SetupCataloguePage)
        if (self.lines_table.columnCount() < 5):
            self.lines_table.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.lines_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.lines_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.lines_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.lines_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.lines_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.lines_table.setObjectName(u"lines_table")
        self.lines_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines_table.setColumnCount(5)

        self.main_layout.addWidget(self.lines_table)

        self.lines_buttons_layout = QHBoxLayout()
        self.lines_buttons_layout.setObjectName(u"lines_buttons_layout")
        self.add_line_button = QPushButton(SetupCataloguePage)
        self.add_line_button.setObjectName(u"add_line_button")

        self.lines_buttons_layout.addWidget(self.add_line_button)

        self.remove_line_button = QPushButton(SetupCataloguePage)
        self.remove_line_button.setObjectName(u"remove_line_button")

        self.lines_buttons_layout.addWidget(self.remove_line_button)

        self.lines_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lines_buttons_layout.addItem(self.lines_spacer)


        self.main_layout.addLayout(self.lines_buttons_layout)

        self.policy_label = QLabel(SetupCataloguePage)
        self.policy_label.setObjectName(u"policy_label")
        self.policy_label.setWordWrap(True)
        self.policy_label.setStyleSheet(u"color: #9a6700;")

        self.main_layout.addWidget(self.policy_label)

        self.models_label = QLabel(SetupCataloguePage)
        self.models_label.setObjectName(u"models_label")

        self.main_layout.addWidget(self.models_label)

        self.models_table = QTableWidget(SetupCataloguePage)
        if (self.models_table.columnCount() < 3):
            self.models_table.setColumnCount(3)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.models_table.setHorizontalHeaderItem(0, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.models_table.setHorizontalHeaderItem(1, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.models_table.setHorizontalHeaderItem(2, __qtablewidgetitem7)
        self.models_table.setObjectName(u"models_table")
        self.models_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.models_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.models_table.setColumnCount(3)

        self.main_layout.addWidget(self.models_table)

        self.models_buttons_layout = QHBoxLayout()
        self.models_buttons_layout.setObjectName(u"models_buttons_layout")
        self.add_model_button = QPushButton(SetupCataloguePage)
        self.add_model_button.setObjectName(u"add_model_button")

        self.models_buttons_layout.addWidget(self.add_model_button)

        self.remove_model_button = QPushButton(SetupCataloguePage)
        self.remove_model_button.setObjectName(u"remove_model_button")

        self.models_buttons_layout.addWidget(self.remove_model_button)

        self.models_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.models_buttons_layout.addItem(self.models_spacer)


        self.main_layout.addLayout(self.models_buttons_layout)

        self.message_label = QLabel(SetupCataloguePage)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(u"color: #b00020;")

        self.main_layout.addWidget(self.message_label)


        self.retranslateUi(SetupCataloguePage)
    # setupUi

    def retranslateUi(self, SetupCataloguePage):
        SetupCataloguePage.setTitle(QCoreApplication.translate("SetupCataloguePage", u"Product lines and models", None))
        SetupCataloguePage.setSubTitle(QCoreApplication.translate("SetupCataloguePage", u"Type them in, or import the catalogue workbook HQ sends.", None))
        self.import_button.setText(QCoreApplication.translate("SetupCataloguePage", u"&Import HQ catalogue...", None))
        self.template_button.setText(QCoreApplication.translate("SetupCataloguePage", u"Save the catalogue &template...", None))
        self.lines_label.setText(QCoreApplication.translate("SetupCataloguePage", u"Product lines and their \u4e09\u5305 periods (months)", None))
        ___qtablewidgetitem = self.lines_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SetupCataloguePage", u"Product line", None))
        ___qtablewidgetitem1 = self.lines_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SetupCataloguePage", u"English name", None))
        ___qtablewidgetitem2 = self.lines_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SetupCataloguePage", u"Whole unit (months)", None))
        ___qtablewidgetitem3 = self.lines_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SetupCataloguePage", u"Main parts (months)", None))
        ___qtablewidgetitem4 = self.lines_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("SetupCataloguePage", u"\u4e09\u5305 policy", None))
        self.add_line_button.setText(QCoreApplication.translate("SetupCataloguePage", u"Add product &line", None))
        self.remove_line_button.setText(QCoreApplication.translate("SetupCataloguePage", u"Remove product line", None))
        self.models_label.setText(QCoreApplication.translate("SetupCataloguePage", u"Models", None))
        ___qtablewidgetitem5 = self.models_table.horizontalHeaderItem(0)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("SetupCataloguePage", u"Product line", None))
        ___qtablewidgetitem6 = self.models_table.horizontalHeaderItem(1)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("SetupCataloguePage", u"Model", None))
        ___qtablewidgetitem7 = self.models_table.horizontalHeaderItem(2)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("SetupCataloguePage", u"Model name", None))
        self.add_model_button.setText(QCoreApplication.translate("SetupCataloguePage", u"Add &model", None))
        self.remove_model_button.setText(QCoreApplication.translate("SetupCataloguePage", u"Remove model", None))
    # retranslateUi
