# Generated from forms/import_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(1000, 660)
        self.main_layout = QVBoxLayout(ImportDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.steps = QStackedWidget(ImportDialog)
        self.steps.setObjectName(u"steps")
        self.file_step = QWidget()
        self.file_step.setObjectName(u"file_step")
        self.file_layout = QVBoxLayout(self.file_step)
        self.file_layout.setObjectName(u"file_layout")
        self.intro_label = QLabel(self.file_step)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.file_layout.addWidget(self.intro_label)

        self.choose_layout = QHBoxLayout()
        self.choose_layout.setObjectName(u"choose_layout")
        self.file_edit = QLineEdit(self.file_step)
        self.file_edit.setObjectName(u"file_edit")
        self.file_edit.setReadOnly(True)

        self.choose_layout.addWidget(self.file_edit)

        self.browse_button = QPushButton(self.file_step)
        self.browse_button.setObjectName(u"browse_button")

        self.choose_layout.addWidget(self.browse_button)


        self.file_layout.addLayout(self.choose_layout)

        self.template_button = QPushButton(self.file_step)
        self.template_button.setObjectName(u"template_button")

        self.file_layout.addWidget(self.template_button)

        self.file_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.file_layout.addItem(self.file_spacer)

        self.steps.addWidget(self.file_step)
        self.mapping_step = QWidget()
        self.mapping_step.setObjectName(u"mapping_step")
        self.mapping_layout = QVBoxLayout(self.mapping_step)
        self.mapping_layout.setObjectName(u"mapping_layout")
        self.sheet_layout = QHBoxLayout()
        self.sheet_layout.setObjectName(u"sheet_layout")
        self.sheet_label = QLabel(self.mapping_step)
        self.sheet_label.setObjectName(u"sheet_label")

        self.sheet_layout.addWidget(self.sheet_label)

        self.sheet_combo = QComboBox(self.mapping_step)
        self.sheet_combo.setObjectName(u"sheet_combo")

        self.sheet_layout.addWidget(self.sheet_combo)

        self.kind_label = QLabel(self.mapping_step)
        self.kind_label.setObjectName(u"kind_label")

        self.sheet_layout.addWidget(self.kind_label)

        self.kind_combo = QComboBox(self.mapping_step)
        self.kind_combo.setObjectName(u"kind_combo")

        self.sheet_layout.addWidget(self.kind_combo)

        self.sheet_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sheet_layout.addItem(self.sheet_spacer)


        self.mapping_layout.addLayout(self.sheet_layout)

        self.mapping_tables_layout = QHBoxLayout()
        self.mapping_tables_layout.setObjectName(u"mapping_tables_layout")
        self.mapping_table = QTableWidget(self.mapping_step)
        if (self.mapping_table.columnCount() < 2):
            self.mapping_table.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.mapping_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.mapping_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.mapping_table.setObjectName(u"mapping_table")
        self.mapping_table.setMaximumSize(QSize(360, 16777215))
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mapping_table.setColumnCount(2)

        self.mapping_tables_layout.addWidget(self.mapping_table)

        self.preview_table = QTableWidget(self.mapping_step)
        self.preview_table.setObjectName(u"preview_table")
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.mapping_tables_layout.addWidget(self.preview_table)


        self.mapping_layout.addLayout(self.mapping_tables_layout)

        self.mapping_hint_label = QLabel(self.mapping_step)
        self.mapping_hint_label.setObjectName(u"mapping_hint_label")
        self.mapping_hint_label.setWordWrap(True)

        self.mapping_layout.addWidget(self.mapping_hint_label)

        self.steps.addWidget(self.mapping_step)
        self.check_step = QWidget()
        self.check_step.setObjectName(u"check_step")
        self.check_layout = QVBoxLayout(self.check_step)
        self.check_layout.setObjectName(u"check_layout")
        self.summary_label = QLabel(self.check_step)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.check_layout.addWidget(self.summary_label)

        self.problems_table = QTableWidget(self.check_step)
        if (self.problems_table.columnCount() < 4):
            self.problems_table.setColumnCount(4)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.problems_table.setHorizontalHeaderItem(0, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.problems_table.setHorizontalHeaderItem(1, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.problems_table.setHorizontalHeaderItem(2, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.problems_table.setHorizontalHeaderItem(3, __qtablewidgetitem5)
        self.problems_table.setObjectName(u"problems_table")
        self.problems_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_table.setColumnCount(4)

        self.check_layout.addWidget(self.problems_table)

        self.check_buttons_layout = QHBoxLayout()
        self.check_buttons_layout.setObjectName(u"check_buttons_layout")
        self.save_problems_button = QPushButton(self.check_step)
        self.save_problems_button.setObjectName(u"save_problems_button")

        self.check_buttons_layout.addWidget(self.save_problems_button)

        self.check_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.check_buttons_layout.addItem(self.check_spacer)

        self.import_button = QPushButton(self.check_step)
        self.import_button.setObjectName(u"import_button")

        self.check_buttons_layout.addWidget(self.import_button)


        self.check_layout.addLayout(self.check_buttons_layout)

        self.result_label = QLabel(self.check_step)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setWordWrap(True)

        self.check_layout.addWidget(self.result_label)

        self.steps.addWidget(self.check_step)

        self.main_layout.addWidget(self.steps)

        self.message_label = QLabel(ImportDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(u"color: #b00020;")

        self.main_layout.addWidget(self.message_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.back_button = QPushButton(ImportDialog)
        self.back_button.setObjectName(u"back_button")

        self.buttons_layout.addWidget(self.back_button)

        self.next_button = QPushButton(ImportDialog)
        self.next_button.setObjectName(u"next_button")

        self.buttons_layout.addWidget(self.next_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.close_button = QPushButton(ImportDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.sheet_label.setBuddy(self.sheet_combo)
        self.kind_label.setBuddy(self.kind_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import records from Excel", None))
        self.intro_label.setText(QCoreApplication.translate("ImportDialog", u"Bring in the customers, their units and the past service records the branch kept in Excel. Start from the template, or choose your own workbook: its columns are matched in the next step. Nothing is stored until the check has run and you choose Import.", None))
        self.file_edit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"No workbook chosen", None))
        self.browse_button.setText(QCoreApplication.translate("ImportDialog", u"C&hoose workbook...", None))
        self.template_button.setText(QCoreApplication.translate("ImportDialog", u"Save the &template workbook...", None))
        self.sheet_label.setText(QCoreApplication.translate("ImportDialog", u"&Sheet", None))
        self.kind_label.setText(QCoreApplication.translate("ImportDialog", u"&Holds", None))
        ___qtablewidgetitem = self.mapping_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportDialog", u"Field", None))
        ___qtablewidgetitem1 = self.mapping_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportDialog", u"Column in the workbook", None))
        self.mapping_hint_label.setText(QCoreApplication.translate("ImportDialog", u"The first rows of the sheet are shown on the right. Fields marked * are required.", None))
        ___qtablewidgetitem2 = self.problems_table.horizontalHeaderItem(0)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportDialog", u"Sheet", None))
        ___qtablewidgetitem3 = self.problems_table.horizontalHeaderItem(1)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ImportDialog", u"Row", None))
        ___qtablewidgetitem4 = self.problems_table.horizontalHeaderItem(2)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ImportDialog", u"Column", None))
        ___qtablewidgetitem5 = self.problems_table.horizontalHeaderItem(3)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ImportDialog", u"Problem", None))
        self.save_problems_button.setText(QCoreApplication.translate("ImportDialog", u"&Save the bad rows as a workbook to correct...", None))
        self.import_button.setText(QCoreApplication.translate("ImportDialog", u"&Import the good rows", None))
        self.back_button.setText(QCoreApplication.translate("ImportDialog", u"< &Back", None))
        self.next_button.setText(QCoreApplication.translate("ImportDialog", u"&Next >", None))
        self.close_button.setText(QCoreApplication.translate("ImportDialog", u"&Close", None))
    # retranslateUi
