# Generated from forms/adjudication_view.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'adjudication_view.ui'
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
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.views.widgets.scroll_body import VerticalScrollArea

class Ui_AdjudicationView(object):
    def setupUi(self, AdjudicationView):
        if not AdjudicationView.objectName():
            AdjudicationView.setObjectName(u"AdjudicationView")
        AdjudicationView.resize(1100, 720)
        self.main_layout = QVBoxLayout(AdjudicationView)
        self.main_layout.setObjectName(u"main_layout")
        self.header_label = QLabel(AdjudicationView)
        self.header_label.setObjectName(u"header_label")
        self.header_label.setWordWrap(True)

        self.main_layout.addWidget(self.header_label)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_layout = QVBoxLayout()
        self.left_layout.setObjectName(u"left_layout")
        self.inspection_scroll = VerticalScrollArea(AdjudicationView)
        self.inspection_scroll.setObjectName(u"inspection_scroll")
        self.inspection_body = QWidget()
        self.inspection_body.setObjectName(u"inspection_body")
        self.inspection_body_layout = QVBoxLayout(self.inspection_body)
        self.inspection_body_layout.setObjectName(u"inspection_body_layout")
        self.inspection_body_layout.setContentsMargins(0, 0, 0, 0)
        self.facts_group = QGroupBox(self.inspection_body)
        self.facts_group.setObjectName(u"facts_group")
        self.facts_layout = QVBoxLayout(self.facts_group)
        self.facts_layout.setObjectName(u"facts_layout")
        self.facts_table = QTableWidget(self.facts_group)
        if (self.facts_table.columnCount() < 3):
            self.facts_table.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.facts_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.facts_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.facts_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.facts_table.setObjectName(u"facts_table")
        self.facts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.facts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.facts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.facts_table.setColumnCount(3)
        self.facts_table.horizontalHeader().setStretchLastSection(True)

        self.facts_layout.addWidget(self.facts_table)

        self.fact_edit_layout = QHBoxLayout()
        self.fact_edit_layout.setObjectName(u"fact_edit_layout")
        self.fact_combo = QComboBox(self.facts_group)
        self.fact_combo.setObjectName(u"fact_combo")

        self.fact_edit_layout.addWidget(self.fact_combo)

        self.fact_value_combo = QComboBox(self.facts_group)
        self.fact_value_combo.setObjectName(u"fact_value_combo")
        self.fact_value_combo.setEditable(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.fact_value_combo.sizePolicy().hasHeightForWidth())
        self.fact_value_combo.setSizePolicy(sizePolicy)

        self.fact_edit_layout.addWidget(self.fact_value_combo)

        self.set_fact_button = QPushButton(self.facts_group)
        self.set_fact_button.setObjectName(u"set_fact_button")

        self.fact_edit_layout.addWidget(self.set_fact_button)


        self.facts_layout.addLayout(self.fact_edit_layout)


        self.inspection_body_layout.addWidget(self.facts_group)

        self.inspection_group = QGroupBox(self.inspection_body)
        self.inspection_group.setObjectName(u"inspection_group")
        self.inspection_layout = QFormLayout(self.inspection_group)
        self.inspection_layout.setObjectName(u"inspection_layout")
        self.cause_label = QLabel(self.inspection_group)
        self.cause_label.setObjectName(u"cause_label")

        self.inspection_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.cause_label)

        self.cause_combo = QComboBox(self.inspection_group)
        self.cause_combo.setObjectName(u"cause_combo")

        self.inspection_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.cause_combo)

        self.fault_category_label = QLabel(self.inspection_group)
        self.fault_category_label.setObjectName(u"fault_category_label")

        self.inspection_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fault_category_label)

        self.fault_category_combo = QComboBox(self.inspection_group)
        self.fault_category_combo.setObjectName(u"fault_category_combo")

        self.inspection_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fault_category_combo)

        self.part_label = QLabel(self.inspection_group)
        self.part_label.setObjectName(u"part_label")

        self.inspection_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.part_label)

        self.part_combo = QComboBox(self.inspection_group)
        self.part_combo.setObjectName(u"part_combo")

        self.inspection_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.part_combo)

        self.voucher_check = QCheckBox(self.inspection_group)
        self.voucher_check.setObjectName(u"voucher_check")

        self.inspection_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.voucher_check)

        self.acceptance_check = QCheckBox(self.inspection_group)
        self.acceptance_check.setObjectName(u"acceptance_check")

        self.inspection_layout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.acceptance_check)

        self.installed_check = QCheckBox(self.inspection_group)
        self.installed_check.setObjectName(u"installed_check")

        self.inspection_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.installed_check)

        self.intact_check = QCheckBox(self.inspection_group)
        self.intact_check.setObjectName(u"intact_check")

        self.inspection_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.intact_check)

        self.whole_unit_check = QCheckBox(self.inspection_group)
        self.whole_unit_check.setObjectName(u"whole_unit_check")

        self.inspection_layout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.whole_unit_check)

        self.inspection_note_label = QLabel(self.inspection_group)
        self.inspection_note_label.setObjectName(u"inspection_note_label")

        self.inspection_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.inspection_note_label)

        self.inspection_note_edit = QPlainTextEdit(self.inspection_group)
        self.inspection_note_edit.setObjectName(u"inspection_note_edit")
        self.inspection_note_edit.setMaximumSize(QSize(16777215, 80))

        self.inspection_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.inspection_note_edit)

        self.inspect_button = QPushButton(self.inspection_group)
        self.inspect_button.setObjectName(u"inspect_button")

        self.inspection_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.inspect_button)


        self.inspection_body_layout.addWidget(self.inspection_group)

        self.inspection_scroll.setWidget(self.inspection_body)

        self.left_layout.addWidget(self.inspection_scroll)


        self.columns_layout.addLayout(self.left_layout)

        self.decision_group = QGroupBox(AdjudicationView)
        self.decision_group.setObjectName(u"decision_group")
        self.decision_layout = QVBoxLayout(self.decision_group)
        self.decision_layout.setObjectName(u"decision_layout")
        self.decide_button = QPushButton(self.decision_group)
        self.decide_button.setObjectName(u"decide_button")

        self.decision_layout.addWidget(self.decide_button)

        self.decision_info_scroll = VerticalScrollArea(self.decision_group)
        self.decision_info_scroll.setObjectName(u"decision_info_scroll")
        self.decision_info_body = QWidget()
        self.decision_info_body.setObjectName(u"decision_info_body")
        self.decision_info_body_layout = QVBoxLayout(self.decision_info_body)
        self.decision_info_body_layout.setObjectName(u"decision_info_body_layout")
        self.decision_info_body_layout.setContentsMargins(0, 0, 0, 0)
        self.outcome_label = QLabel(self.decision_info_body)
        self.outcome_label.setObjectName(u"outcome_label")

        self.decision_info_body_layout.addWidget(self.outcome_label)

        self.rule_id_label = QLabel(self.decision_info_body)
        self.rule_id_label.setObjectName(u"rule_id_label")
        self.rule_id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.decision_info_body_layout.addWidget(self.rule_id_label)

        self.rule_text_label = QLabel(self.decision_info_body)
        self.rule_text_label.setObjectName(u"rule_text_label")
        self.rule_text_label.setWordWrap(True)

        self.decision_info_body_layout.addWidget(self.rule_text_label)

        self.reasons_list = QListWidget(self.decision_info_body)
        self.reasons_list.setObjectName(u"reasons_list")

        self.decision_info_body_layout.addWidget(self.reasons_list)

        self.money_label = QLabel(self.decision_info_body)
        self.money_label.setObjectName(u"money_label")
        self.money_label.setWordWrap(True)

        self.decision_info_body_layout.addWidget(self.money_label)

        self.approvals_label = QLabel(self.decision_info_body)
        self.approvals_label.setObjectName(u"approvals_label")
        self.approvals_label.setWordWrap(True)

        self.decision_info_body_layout.addWidget(self.approvals_label)

        self.decision_info_scroll.setWidget(self.decision_info_body)

        self.decision_layout.addWidget(self.decision_info_scroll)

        self.choice_layout = QHBoxLayout()
        self.choice_layout.setObjectName(u"choice_layout")
        self.choice_label = QLabel(self.decision_group)
        self.choice_label.setObjectName(u"choice_label")

        self.choice_layout.addWidget(self.choice_label)

        self.choice_combo = QComboBox(self.decision_group)
        self.choice_combo.setObjectName(u"choice_combo")

        self.choice_layout.addWidget(self.choice_combo)

        self.choice_button = QPushButton(self.decision_group)
        self.choice_button.setObjectName(u"choice_button")

        self.choice_layout.addWidget(self.choice_button)


        self.decision_layout.addLayout(self.choice_layout)

        self.approval_layout = QHBoxLayout()
        self.approval_layout.setObjectName(u"approval_layout")
        self.approve_button = QPushButton(self.decision_group)
        self.approve_button.setObjectName(u"approve_button")

        self.approval_layout.addWidget(self.approve_button)

        self.hq_button = QPushButton(self.decision_group)
        self.hq_button.setObjectName(u"hq_button")

        self.approval_layout.addWidget(self.hq_button)

        self.reject_button = QPushButton(self.decision_group)
        self.reject_button.setObjectName(u"reject_button")

        self.approval_layout.addWidget(self.reject_button)

        self.override_button = QPushButton(self.decision_group)
        self.override_button.setObjectName(u"override_button")

        self.approval_layout.addWidget(self.override_button)


        self.decision_layout.addLayout(self.approval_layout)

        self.execute_layout = QHBoxLayout()
        self.execute_layout.setObjectName(u"execute_layout")
        self.new_serial_edit = QLineEdit(self.decision_group)
        self.new_serial_edit.setObjectName(u"new_serial_edit")
        self.new_serial_edit.setMaxLength(40)

        self.execute_layout.addWidget(self.new_serial_edit)

        self.execute_button = QPushButton(self.decision_group)
        self.execute_button.setObjectName(u"execute_button")

        self.execute_layout.addWidget(self.execute_button)

        self.charged_repair_button = QPushButton(self.decision_group)
        self.charged_repair_button.setObjectName(u"charged_repair_button")

        self.execute_layout.addWidget(self.charged_repair_button)

        self.close_claim_button = QPushButton(self.decision_group)
        self.close_claim_button.setObjectName(u"close_claim_button")

        self.execute_layout.addWidget(self.close_claim_button)


        self.decision_layout.addLayout(self.execute_layout)

        self.documents_layout = QHBoxLayout()
        self.documents_layout.setObjectName(u"documents_layout")
        self.print_button = QPushButton(self.decision_group)
        self.print_button.setObjectName(u"print_button")

        self.documents_layout.addWidget(self.print_button)

        self.quality_button = QPushButton(self.decision_group)
        self.quality_button.setObjectName(u"quality_button")

        self.documents_layout.addWidget(self.quality_button)


        self.decision_layout.addLayout(self.documents_layout)


        self.columns_layout.addWidget(self.decision_group)


        self.main_layout.addLayout(self.columns_layout)

        self.message_label = QLabel(AdjudicationView)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)


        self.retranslateUi(AdjudicationView)
    # setupUi

    def retranslateUi(self, AdjudicationView):
        AdjudicationView.setWindowTitle(QCoreApplication.translate("AdjudicationView", u"Return and exchange decision", None))
        self.header_label.setText(QCoreApplication.translate("AdjudicationView", u"No claim selected.", None))
        self.facts_group.setTitle(QCoreApplication.translate("AdjudicationView", u"Facts", None))
        ___qtablewidgetitem = self.facts_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AdjudicationView", u"Fact", None))
        ___qtablewidgetitem1 = self.facts_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AdjudicationView", u"Value", None))
        ___qtablewidgetitem2 = self.facts_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AdjudicationView", u"Source", None))
        self.set_fact_button.setText(QCoreApplication.translate("AdjudicationView", u"Set fact", None))
        self.inspection_group.setTitle(QCoreApplication.translate("AdjudicationView", u"Engineer's inspection", None))
        self.cause_label.setText(QCoreApplication.translate("AdjudicationView", u"Cause", None))
        self.fault_category_label.setText(QCoreApplication.translate("AdjudicationView", u"Kind of fault", None))
        self.part_label.setText(QCoreApplication.translate("AdjudicationView", u"Part", None))
        self.voucher_check.setText(QCoreApplication.translate("AdjudicationView", u"Voucher altered, or model/serial does not match", None))
        self.acceptance_check.setText(QCoreApplication.translate("AdjudicationView", u"Appearance defect noted on the acceptance sheet", None))
        self.installed_check.setText(QCoreApplication.translate("AdjudicationView", u"Installed", None))
        self.intact_check.setText(QCoreApplication.translate("AdjudicationView", u"Intact", None))
        self.whole_unit_check.setText(QCoreApplication.translate("AdjudicationView", u"The defective part cannot be exchanged on its own", None))
        self.inspection_note_label.setText(QCoreApplication.translate("AdjudicationView", u"Findings and photos", None))
        self.inspect_button.setText(QCoreApplication.translate("AdjudicationView", u"Record inspection", None))
        self.decision_group.setTitle(QCoreApplication.translate("AdjudicationView", u"Decision", None))
        self.decide_button.setText(QCoreApplication.translate("AdjudicationView", u"Decide", None))
        self.outcome_label.setText("")
        self.rule_id_label.setText("")
        self.rule_text_label.setText("")
        self.money_label.setText("")
        self.approvals_label.setText("")
        self.choice_label.setText(QCoreApplication.translate("AdjudicationView", u"Customer's choice", None))
        self.choice_button.setText(QCoreApplication.translate("AdjudicationView", u"Record choice", None))
        self.approve_button.setText(QCoreApplication.translate("AdjudicationView", u"Approve", None))
        self.hq_button.setText(QCoreApplication.translate("AdjudicationView", u"HQ confirmed...", None))
        self.reject_button.setText(QCoreApplication.translate("AdjudicationView", u"Reject...", None))
        self.override_button.setText(QCoreApplication.translate("AdjudicationView", u"Override...", None))
        self.new_serial_edit.setPlaceholderText(QCoreApplication.translate("AdjudicationView", u"Serial of the replacement unit", None))
        self.execute_button.setText(QCoreApplication.translate("AdjudicationView", u"Execute", None))
        self.charged_repair_button.setText(QCoreApplication.translate("AdjudicationView", u"Open charged repair", None))
        self.close_claim_button.setText(QCoreApplication.translate("AdjudicationView", u"Close claim", None))
        self.print_button.setText(QCoreApplication.translate("AdjudicationView", u"Print certificate", None))
        self.quality_button.setText(QCoreApplication.translate("AdjudicationView", u"Flag quality problem...", None))
        self.message_label.setText("")
    # retranslateUi
