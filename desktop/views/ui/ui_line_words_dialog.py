# Generated from forms/line_words_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'line_words_dialog.ui'
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
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QSplitter, QTabWidget, QTableWidget,
    QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

class Ui_LineWordsDialog(object):
    def setupUi(self, LineWordsDialog):
        if not LineWordsDialog.objectName():
            LineWordsDialog.setObjectName(u"LineWordsDialog")
        LineWordsDialog.resize(1120, 680)
        self.main_layout = QVBoxLayout(LineWordsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.line_layout = QHBoxLayout()
        self.line_layout.setObjectName(u"line_layout")
        self.line_label = QLabel(LineWordsDialog)
        self.line_label.setObjectName(u"line_label")

        self.line_layout.addWidget(self.line_label)

        self.line_combo = QComboBox(LineWordsDialog)
        self.line_combo.setObjectName(u"line_combo")
        self.line_combo.setMinimumSize(QSize(220, 0))

        self.line_layout.addWidget(self.line_combo)

        self.line_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.line_layout.addItem(self.line_spacer)


        self.main_layout.addLayout(self.line_layout)

        self.tabs = QTabWidget(LineWordsDialog)
        self.tabs.setObjectName(u"tabs")
        self.words_tab = QWidget()
        self.words_tab.setObjectName(u"words_tab")
        self.words_layout = QVBoxLayout(self.words_tab)
        self.words_layout.setObjectName(u"words_layout")
        self.names_layout = QFormLayout()
        self.names_layout.setObjectName(u"names_layout")
        self.brand_label = QLabel(self.words_tab)
        self.brand_label.setObjectName(u"brand_label")

        self.names_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.brand_label)

        self.brand_edit = QLineEdit(self.words_tab)
        self.brand_edit.setObjectName(u"brand_edit")
        self.brand_edit.setMaxLength(40)

        self.names_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.brand_edit)

        self.service_name_label = QLabel(self.words_tab)
        self.service_name_label.setObjectName(u"service_name_label")

        self.names_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.service_name_label)

        self.service_name_edit = QLineEdit(self.words_tab)
        self.service_name_edit.setObjectName(u"service_name_edit")
        self.service_name_edit.setMaxLength(100)

        self.names_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.service_name_edit)

        self.company_title_label = QLabel(self.words_tab)
        self.company_title_label.setObjectName(u"company_title_label")

        self.names_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.company_title_label)

        self.company_label = QLabel(self.words_tab)
        self.company_label.setObjectName(u"company_label")
        self.company_label.setWordWrap(True)

        self.names_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.company_label)


        self.words_layout.addLayout(self.names_layout)

        self.script_splitter = QSplitter(self.words_tab)
        self.script_splitter.setObjectName(u"script_splitter")
        self.script_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.script_table = QTableWidget(self.script_splitter)
        self.script_table.setObjectName(u"script_table")
        self.script_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.script_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.script_table.setWordWrap(True)
        self.script_splitter.addWidget(self.script_table)
        self.preview_browser = QTextBrowser(self.script_splitter)
        self.preview_browser.setObjectName(u"preview_browser")
        self.script_splitter.addWidget(self.preview_browser)

        self.words_layout.addWidget(self.script_splitter)

        self.script_buttons_layout = QHBoxLayout()
        self.script_buttons_layout.setObjectName(u"script_buttons_layout")
        self.reset_line_button = QPushButton(self.words_tab)
        self.reset_line_button.setObjectName(u"reset_line_button")
        self.reset_line_button.setAutoDefault(False)

        self.script_buttons_layout.addWidget(self.reset_line_button)

        self.script_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.script_buttons_layout.addItem(self.script_spacer)

        self.preview_button = QPushButton(self.words_tab)
        self.preview_button.setObjectName(u"preview_button")
        self.preview_button.setAutoDefault(False)

        self.script_buttons_layout.addWidget(self.preview_button)

        self.save_words_button = QPushButton(self.words_tab)
        self.save_words_button.setObjectName(u"save_words_button")
        self.save_words_button.setAutoDefault(False)

        self.script_buttons_layout.addWidget(self.save_words_button)


        self.words_layout.addLayout(self.script_buttons_layout)

        self.words_layout.setStretch(1, 1)
        self.tabs.addTab(self.words_tab, "")
        self.care_tab = QWidget()
        self.care_tab.setObjectName(u"care_tab")
        self.care_layout = QVBoxLayout(self.care_tab)
        self.care_layout.setObjectName(u"care_layout")
        self.model_layout = QHBoxLayout()
        self.model_layout.setObjectName(u"model_layout")
        self.model_label = QLabel(self.care_tab)
        self.model_label.setObjectName(u"model_label")

        self.model_layout.addWidget(self.model_label)

        self.model_combo = QComboBox(self.care_tab)
        self.model_combo.setObjectName(u"model_combo")
        self.model_combo.setMinimumSize(QSize(280, 0))

        self.model_layout.addWidget(self.model_combo)

        self.model_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.model_layout.addItem(self.model_spacer)


        self.care_layout.addLayout(self.model_layout)

        self.care_hint_label = QLabel(self.care_tab)
        self.care_hint_label.setObjectName(u"care_hint_label")
        self.care_hint_label.setWordWrap(True)

        self.care_layout.addWidget(self.care_hint_label)

        self.intervals_table = QTableWidget(self.care_tab)
        self.intervals_table.setObjectName(u"intervals_table")

        self.care_layout.addWidget(self.intervals_table)

        self.care_buttons_layout = QHBoxLayout()
        self.care_buttons_layout.setObjectName(u"care_buttons_layout")
        self.remind_before_label = QLabel(self.care_tab)
        self.remind_before_label.setObjectName(u"remind_before_label")

        self.care_buttons_layout.addWidget(self.remind_before_label)

        self.remind_before_spin = QSpinBox(self.care_tab)
        self.remind_before_spin.setObjectName(u"remind_before_spin")
        self.remind_before_spin.setMaximum(3650)

        self.care_buttons_layout.addWidget(self.remind_before_spin)

        self.overdue_limit_label = QLabel(self.care_tab)
        self.overdue_limit_label.setObjectName(u"overdue_limit_label")

        self.care_buttons_layout.addWidget(self.overdue_limit_label)

        self.overdue_limit_spin = QSpinBox(self.care_tab)
        self.overdue_limit_spin.setObjectName(u"overdue_limit_spin")
        self.overdue_limit_spin.setMaximum(3650)

        self.care_buttons_layout.addWidget(self.overdue_limit_spin)

        self.save_timing_button = QPushButton(self.care_tab)
        self.save_timing_button.setObjectName(u"save_timing_button")
        self.save_timing_button.setAutoDefault(False)

        self.care_buttons_layout.addWidget(self.save_timing_button)

        self.care_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.care_buttons_layout.addItem(self.care_spacer)

        self.save_intervals_button = QPushButton(self.care_tab)
        self.save_intervals_button.setObjectName(u"save_intervals_button")
        self.save_intervals_button.setAutoDefault(False)

        self.care_buttons_layout.addWidget(self.save_intervals_button)


        self.care_layout.addLayout(self.care_buttons_layout)

        self.tabs.addTab(self.care_tab, "")
        self.grades_tab = QWidget()
        self.grades_tab.setObjectName(u"grades_tab")
        self.grades_layout = QVBoxLayout(self.grades_tab)
        self.grades_layout.setObjectName(u"grades_layout")
        self.grades_hint_label = QLabel(self.grades_tab)
        self.grades_hint_label.setObjectName(u"grades_hint_label")
        self.grades_hint_label.setWordWrap(True)

        self.grades_layout.addWidget(self.grades_hint_label)

        self.grade_checks_layout = QVBoxLayout()
        self.grade_checks_layout.setObjectName(u"grade_checks_layout")

        self.grades_layout.addLayout(self.grade_checks_layout)

        self.grades_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grades_layout.addItem(self.grades_spacer)

        self.grades_buttons_layout = QHBoxLayout()
        self.grades_buttons_layout.setObjectName(u"grades_buttons_layout")
        self.grades_button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.grades_buttons_layout.addItem(self.grades_button_spacer)

        self.save_grades_button = QPushButton(self.grades_tab)
        self.save_grades_button.setObjectName(u"save_grades_button")
        self.save_grades_button.setAutoDefault(False)

        self.grades_buttons_layout.addWidget(self.save_grades_button)


        self.grades_layout.addLayout(self.grades_buttons_layout)

        self.tabs.addTab(self.grades_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.message_label = QLabel(LineWordsDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.close_button = QPushButton(LineWordsDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)

        self.main_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.line_label.setBuddy(self.line_combo)
        self.brand_label.setBuddy(self.brand_edit)
        self.service_name_label.setBuddy(self.service_name_edit)
        self.model_label.setBuddy(self.model_combo)
        self.remind_before_label.setBuddy(self.remind_before_spin)
        self.overdue_limit_label.setBuddy(self.overdue_limit_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LineWordsDialog)
    # setupUi

    def retranslateUi(self, LineWordsDialog):
        LineWordsDialog.setWindowTitle(QCoreApplication.translate("LineWordsDialog", u"Product line words, satisfaction grades and care", None))
        self.line_label.setText(QCoreApplication.translate("LineWordsDialog", u"&Product line", None))
        self.brand_label.setText(QCoreApplication.translate("LineWordsDialog", u"&Brand", None))
        self.service_name_label.setText(QCoreApplication.translate("LineWordsDialog", u"&Service name", None))
        self.service_name_edit.setPlaceholderText(QCoreApplication.translate("LineWordsDialog", u"Blank: the branch name", None))
        self.company_title_label.setText(QCoreApplication.translate("LineWordsDialog", u"Customers hear", None))
        self.reset_line_button.setText(QCoreApplication.translate("LineWordsDialog", u"Put this line back to the standard wordi&ng", None))
        self.preview_button.setText(QCoreApplication.translate("LineWordsDialog", u"Pre&view", None))
        self.save_words_button.setText(QCoreApplication.translate("LineWordsDialog", u"Save wo&rds", None))
        self.tabs.setTabText(self.tabs.indexOf(self.words_tab), QCoreApplication.translate("LineWordsDialog", u"&Words and callback script", None))
        self.model_label.setText(QCoreApplication.translate("LineWordsDialog", u"&Model", None))
        self.care_hint_label.setText(QCoreApplication.translate("LineWordsDialog", u"Replacement interval of each consumable in months (0: no reminder). The unit's next due date counts from the last replacement on record, else from the installation.", None))
        self.remind_before_label.setText(QCoreApplication.translate("LineWordsDialog", u"Call &before the due date (days)", None))
        self.overdue_limit_label.setText(QCoreApplication.translate("LineWordsDialog", u"No call when overd&ue by more than (days)", None))
        self.save_timing_button.setText(QCoreApplication.translate("LineWordsDialog", u"Save &timing", None))
        self.save_intervals_button.setText(QCoreApplication.translate("LineWordsDialog", u"Save &intervals", None))
        self.tabs.setTabText(self.tabs.indexOf(self.care_tab), QCoreApplication.translate("LineWordsDialog", u"&Consumables (care reminders)", None))
        self.grades_hint_label.setText(QCoreApplication.translate("LineWordsDialog", u"The grades this branch offers on callbacks and service sheets. The satisfaction rate counts Very satisfied and Satisfied only.", None))
        self.save_grades_button.setText(QCoreApplication.translate("LineWordsDialog", u"Save grade&s", None))
        self.tabs.setTabText(self.tabs.indexOf(self.grades_tab), QCoreApplication.translate("LineWordsDialog", u"Satisfaction &grades", None))
        self.close_button.setText(QCoreApplication.translate("LineWordsDialog", u"Cl&ose", None))
    # retranslateUi
