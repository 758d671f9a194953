# Generated from forms/engineers_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'engineers_dialog.ui'
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
    QDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QTimeEdit, QVBoxLayout,
    QWidget)

class Ui_EngineersDialog(object):
    def setupUi(self, EngineersDialog):
        if not EngineersDialog.objectName():
            EngineersDialog.setObjectName(u"EngineersDialog")
        EngineersDialog.resize(900, 640)
        self.main_layout = QVBoxLayout(EngineersDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.show_inactive_check = QCheckBox(EngineersDialog)
        self.show_inactive_check.setObjectName(u"show_inactive_check")

        self.main_layout.addWidget(self.show_inactive_check)

        self.engineers_table = QTableWidget(EngineersDialog)
        if (self.engineers_table.columnCount() < 8):
            self.engineers_table.setColumnCount(8)
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
        __qtablewidgetitem6 = QTableWidgetItem()
        self.engineers_table.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.engineers_table.setHorizontalHeaderItem(7, __qtablewidgetitem7)
        self.engineers_table.setObjectName(u"engineers_table")
        self.engineers_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.engineers_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.engineers_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.engineers_table.setAlternatingRowColors(True)
        self.engineers_table.setColumnCount(8)

        self.main_layout.addWidget(self.engineers_table)

        self.edit_group = QGroupBox(EngineersDialog)
        self.edit_group.setObjectName(u"edit_group")
        self.edit_layout = QFormLayout(self.edit_group)
        self.edit_layout.setObjectName(u"edit_layout")
        self.name_label = QLabel(self.edit_group)
        self.name_label.setObjectName(u"name_label")

        self.edit_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.edit_group)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(60)

        self.edit_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.phone_label = QLabel(self.edit_group)
        self.phone_label.setObjectName(u"phone_label")

        self.edit_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(self.edit_group)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(20)

        self.edit_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.areas_label = QLabel(self.edit_group)
        self.areas_label.setObjectName(u"areas_label")

        self.edit_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.areas_label)

        self.areas_edit = QLineEdit(self.edit_group)
        self.areas_edit.setObjectName(u"areas_edit")

        self.edit_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.areas_edit)

        self.skills_label = QLabel(self.edit_group)
        self.skills_label.setObjectName(u"skills_label")

        self.edit_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.skills_label)

        self.skills_list = QListWidget(self.edit_group)
        self.skills_list.setObjectName(u"skills_list")
        self.skills_list.setMaximumSize(QSize(16777215, 110))

        self.edit_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.skills_list)

        self.days_label = QLabel(self.edit_group)
        self.days_label.setObjectName(u"days_label")

        self.edit_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.days_label)

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

        self.days_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.days_layout.addItem(self.days_spacer)


        self.edit_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.days_layout)

        self.hours_label = QLabel(self.edit_group)
        self.hours_label.setObjectName(u"hours_label")

        self.edit_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.hours_label)

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


        self.edit_layout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.hours_layout)

        self.user_label = QLabel(self.edit_group)
        self.user_label.setObjectName(u"user_label")

        self.edit_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.user_label)

        self.user_combo = QComboBox(self.edit_group)
        self.user_combo.setObjectName(u"user_combo")

        self.edit_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.user_combo)

        self.active_check = QCheckBox(self.edit_group)
        self.active_check.setObjectName(u"active_check")

        self.edit_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.active_check)


        self.main_layout.addWidget(self.edit_group)

        self.message_label = QLabel(EngineersDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.new_button = QPushButton(EngineersDialog)
        self.new_button.setObjectName(u"new_button")

        self.buttons_layout.addWidget(self.new_button)

        self.add_button = QPushButton(EngineersDialog)
        self.add_button.setObjectName(u"add_button")

        self.buttons_layout.addWidget(self.add_button)

        self.save_button = QPushButton(EngineersDialog)
        self.save_button.setObjectName(u"save_button")

        self.buttons_layout.addWidget(self.save_button)

        self.toggle_active_button = QPushButton(EngineersDialog)
        self.toggle_active_button.setObjectName(u"toggle_active_button")

        self.buttons_layout.addWidget(self.toggle_active_button)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.spacer)

        self.close_button = QPushButton(EngineersDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.areas_label.setBuddy(self.areas_edit)
        self.skills_label.setBuddy(self.skills_list)
        self.hours_label.setBuddy(self.start_time_edit)
        self.user_label.setBuddy(self.user_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EngineersDialog)
    # setupUi

    def retranslateUi(self, EngineersDialog):
        EngineersDialog.setWindowTitle(QCoreApplication.translate("EngineersDialog", u"Engineers", None))
        self.show_inactive_check.setText(QCoreApplication.translate("EngineersDialog", u"Show &inactive engineers", None))
        ___qtablewidgetitem = self.engineers_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("EngineersDialog", u"Name", None))
        ___qtablewidgetitem1 = self.engineers_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("EngineersDialog", u"Phone", None))
        ___qtablewidgetitem2 = self.engineers_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("EngineersDialog", u"Areas", None))
        ___qtablewidgetitem3 = self.engineers_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("EngineersDialog", u"Product lines", None))
        ___qtablewidgetitem4 = self.engineers_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("EngineersDialog", u"Working days", None))
        ___qtablewidgetitem5 = self.engineers_table.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("EngineersDialog", u"Hours", None))
        ___qtablewidgetitem6 = self.engineers_table.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("EngineersDialog", u"Status", None))
        ___qtablewidgetitem7 = self.engineers_table.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("EngineersDialog", u"User account", None))
        self.edit_group.setTitle(QCoreApplication.translate("EngineersDialog", u"New engineer / selected engineer", None))
        self.name_label.setText(QCoreApplication.translate("EngineersDialog", u"&Name", None))
        self.phone_label.setText(QCoreApplication.translate("EngineersDialog", u"&Phone", None))
        self.areas_label.setText(QCoreApplication.translate("EngineersDialog", u"A&reas (districts, towns)", None))
        self.areas_edit.setPlaceholderText(QCoreApplication.translate("EngineersDialog", u"Separate districts with commas, e.g. Wenfeng, Beiguan", None))
        self.skills_label.setText(QCoreApplication.translate("EngineersDialog", u"Product &lines", None))
        self.days_label.setText(QCoreApplication.translate("EngineersDialog", u"Working days", None))
        self.mon_check.setText(QCoreApplication.translate("EngineersDialog", u"Mon", None))
        self.tue_check.setText(QCoreApplication.translate("EngineersDialog", u"Tue", None))
        self.wed_check.setText(QCoreApplication.translate("EngineersDialog", u"Wed", None))
        self.thu_check.setText(QCoreApplication.translate("EngineersDialog", u"Thu", None))
        self.fri_check.setText(QCoreApplication.translate("EngineersDialog", u"Fri", None))
        self.sat_check.setText(QCoreApplication.translate("EngineersDialog", u"Sat", None))
        self.sun_check.setText(QCoreApplication.translate("EngineersDialog", u"Sun", None))
        self.hours_label.setText(QCoreApplication.translate("EngineersDialog", u"&Hours", None))
        self.hours_to_label.setText(QCoreApplication.translate("EngineersDialog", u"to", None))
        self.user_label.setText(QCoreApplication.translate("EngineersDialog", u"&User account", None))
        self.active_check.setText(QCoreApplication.translate("EngineersDialog", u"Ac&tive (shown on the dispatch board)", None))
        self.new_button.setText(QCoreApplication.translate("EngineersDialog", u"Ne&w", None))
        self.add_button.setText(QCoreApplication.translate("EngineersDialog", u"&Add engineer", None))
        self.save_button.setText(QCoreApplication.translate("EngineersDialog", u"&Save changes", None))
        self.toggle_active_button.setText(QCoreApplication.translate("EngineersDialog", u"&Deactivate / activate", None))
        self.close_button.setText(QCoreApplication.translate("EngineersDialog", u"&Close", None))
    # retranslateUi
