# Generated from forms/setup_engineers_page.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_engineers_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QTimeEdit, QVBoxLayout, QWidget, QWizardPage)

class Ui_SetupEngineersPage(object):
    def setupUi(self, SetupEngineersPage):
        if not SetupEngineersPage.objectName():
            SetupEngineersPage.setObjectName(u"SetupEngineersPage")
        self.main_layout = QVBoxLayout(SetupEngineersPage)
        self.main_layout.setObjectName(u"main_layout")
        self.engineers_table = QTableWidget(SetupEngineersPage)
        if (self.engineers_table.columnCount() < 6):
            self.engineers_table.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.engineers_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.engineers_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.engineers_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.engineers_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.engineers_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.engineers_table.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.engineers_table.setObjectName(u"engineers_table")
        self.engineers_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.engineers_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.engineers_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.engineers_table.setColumnCount(6)

        self.main_layout.addWidget(self.engineers_table)

        self.edit_group = QGroupBox(SetupEngineersPage)
        self.edit_group.setObjectName(u"edit_group")
        self.edit_layout = QGridLayout(self.edit_group)
        self.edit_layout.setObjectName(u"edit_layout")
        self.name_label = QLabel(self.edit_group)
        self.name_label.setObjectName(u"name_label")

        self.edit_layout.addWidget(self.name_label, 0, 0, 1, 1)

        self.name_edit = QLineEdit(self.edit_group)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(60)

        self.edit_layout.addWidget(self.name_edit, 0, 1, 1, 1)

        self.phone_label = QLabel(self.edit_group)
        self.phone_label.setObjectName(u"phone_label")

        self.edit_layout.addWidget(self.phone_label, 1, 0, 1, 1)

        self.phone_edit = QLineEdit(self.edit_group)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(20)

        self.edit_layout.addWidget(self.phone_edit, 1, 1, 1, 1)

        self.days_label = QLabel(self.edit_group)
        self.days_label.setObjectName(u"days_label")

        self.edit_layout.addWidget(self.days_label, 2, 0, 1, 1)

        self.days_layout = QHBoxLayout()
        self.days_layout.setObjectName(u"days_layout")
        self.mon_check = QCheckBox(self.edit_group)
        self.mon_check.setObjectName(u"mon_check")

        self.days_layout.addWidget(self.mon_check)

        self.tue_check = QCheckBox(self.edit_group)
        self.tue_check.setObjectName(u"tue_check")

        self.days_layout.addWidget(self.tue_check)

        self.wed_check = QCheckBox(self.edit_group)
        self.wed_check.setObjectName(u"wed_check")

        self.days_layout.addWidget(self.wed_check)

        self.thu_check = QCheckBox(self.edit_group)
        self.thu_check.setObjectName(u"thu_check")

        self.days_layout.addWidget(self.thu_check)

        self.fri_check = QCheckBox(self.edit_group)
        self.fri_check.setObjectName(u"fri_check")

        self.days_layout.addWidget(self.fri_check)

        self.sat_check = QCheckBox(self.edit_group)
        self.sat_check.setObjectName(u"sat_check")

        self.days_layout.addWidget(self.sat_check)

        self.sun_check = QCheckBox(self.edit_group)
        self.sun_check.setObjectName(u"sun_check")

        self.days_layout.addWidget(self.sun_check)


        self.edit_layout.addLayout(self.days_layout, 2, 1, 1, 1)

        self.hours_label = QLabel(self.edit_group)
        self.hours_label.setObjectName(u"hours_label")

        self.edit_layout.addWidget(self.hours_label, 3, 0, 1, 1)

        self.hours_layout = QHBoxLayout()
        self.hours_layout.setObjectName(u"hours_layout")
        self.start_time_edit = QTimeEdit(self.edit_group)
        self.start_time_edit.setObjectName(u"start_time_edit")
        self.start_time_edit.setDisplayFormat(u"HH:mm")

        self.hours_layout.addWidget(self.start_time_edit)

        self.hours_to_label = QLabel(self.edit_group)
        self.hours_to_label.setObjectName(u"hours_to_label")

        self.hours_layout.addWidget(self.hours_to_label)

        self.end_time_edit = QTimeEdit(self.edit_group)
        self.end_time_edit.setObjectName(u"end_time_edit")
        self.end_time_edit.setDisplayFormat(u"HH:mm")

        self.hours_layout.addWidget(self.end_time_edit)

        self.hours_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hours_layout.addItem(self.hours_spacer)


        self.edit_layout.addLayout(self.hours_layout, 3, 1, 1, 1)

        self.areas_label = QLabel(self.edit_group)
        self.areas_label.setObjectName(u"areas_label")

        self.edit_layout.addWidget(self.areas_label, 0, 2, 1, 1)

        self.areas_list = QListWidget(self.edit_group)
        self.areas_list.setObjectName(u"areas_list")

        self.edit_layout.addWidget(self.areas_list, 1, 2, 3, 1)

        self.skills_label = QLabel(self.edit_group)
        self.skills_label.setObjectName(u"skills_label")

        self.edit_layout.addWidget(self.skills_label, 0, 3, 1, 1)

        self.skills_list = QListWidget(self.edit_group)
        self.skills_list.setObjectName(u"skills_list")

        self.edit_layout.addWidget(self.skills_list, 1, 3, 3, 1)


        self.main_layout.addWidget(self.edit_group)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.new_button = QPushButton(SetupEngineersPage)
        self.new_button.setObjectName(u"new_button")

        self.buttons_layout.addWidget(self.new_button)

        self.add_button = QPushButton(SetupEngineersPage)
        self.add_button.setObjectName(u"add_button")

        self.buttons_layout.addWidget(self.add_button)

        self.update_button = QPushButton(SetupEngineersPage)
        self.update_button.setObjectName(u"update_button")

        self.buttons_layout.addWidget(self.update_button)

        self.remove_button = QPushButton(SetupEngineersPage)
        self.remove_button.setObjectName(u"remove_button")

        self.buttons_layout.addWidget(self.remove_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)


        self.main_layout.addLayout(self.buttons_layout)

        self.message_label = QLabel(SetupEngineersPage)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(u"color: #b00020;")

        self.main_layout.addWidget(self.message_label)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.hours_label.setBuddy(self.start_time_edit)
        self.areas_label.setBuddy(self.areas_list)
        self.skills_label.setBuddy(self.skills_list)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetupEngineersPage)
    # setupUi

    def retranslateUi(self, SetupEngineersPage):
        SetupEngineersPage.setTitle(QCoreApplication.translate("SetupEngineersPage", u"Engineers", None))
        SetupEngineersPage.setSubTitle(QCoreApplication.translate("SetupEngineersPage", u"Who goes out to customers: the places they cover, the product lines they repair and when they work.", None))
        ___qtablewidgetitem = self.engineers_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SetupEngineersPage", u"Name", None))
        ___qtablewidgetitem1 = self.engineers_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SetupEngineersPage", u"Phone", None))
        ___qtablewidgetitem2 = self.engineers_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SetupEngineersPage", u"Areas", None))
        ___qtablewidgetitem3 = self.engineers_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SetupEngineersPage", u"Product lines", None))
        ___qtablewidgetitem4 = self.engineers_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("SetupEngineersPage", u"Working days", None))
        ___qtablewidgetitem5 = self.engineers_table.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("SetupEngineersPage", u"Hours", None))
        self.edit_group.setTitle(QCoreApplication.translate("SetupEngineersPage", u"New engineer / selected engineer", None))
        self.name_label.setText(QCoreApplication.translate("SetupEngineersPage", u"&Name", None))
        self.phone_label.setText(QCoreApplication.translate("SetupEngineersPage", u"&Phone", None))
        self.days_label.setText(QCoreApplication.translate("SetupEngineersPage", u"Working days", None))
        self.mon_check.setText(QCoreApplication.translate("SetupEngineersPage", u"Mon", None))
        self.tue_check.setText(QCoreApplication.translate("SetupEngineersPage", u"Tue", None))
        self.wed_check.setText(QCoreApplication.translate("SetupEngineersPage", u"Wed", None))
        self.thu_check.setText(QCoreApplication.translate("SetupEngineersPage", u"Thu", None))
        self.fri_check.setText(QCoreApplication.translate("SetupEngineersPage", u"Fri", None))
        self.sat_check.setText(QCoreApplication.translate("SetupEngineersPage", u"Sat", None))
        self.sun_check.setText(QCoreApplication.translate("SetupEngineersPage", u"Sun", None))
        self.hours_label.setText(QCoreApplication.translate("SetupEngineersPage", u"&Hours", None))
        self.hours_to_label.setText(QCoreApplication.translate("SetupEngineersPage", u"to", None))
        self.areas_label.setText(QCoreApplication.translate("SetupEngineersPage", u"A&reas", None))
        self.skills_label.setText(QCoreApplication.translate("SetupEngineersPage", u"Product &lines", None))
        self.new_button.setText(QCoreApplication.translate("SetupEngineersPage", u"Ne&w", None))
        self.add_button.setText(QCoreApplication.translate("SetupEngineersPage", u"&Add engineer", None))
        self.update_button.setText(QCoreApplication.translate("SetupEngineersPage", u"&Update selected", None))
        self.remove_button.setText(QCoreApplication.translate("SetupEngineersPage", u"&Remove selected", None))
    # retranslateUi
