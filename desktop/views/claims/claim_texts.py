"""Translated words and sentences of the claims area: fact names and values, sources, outcomes, reasons, errors.

Every table is built per call with literal QCoreApplication.translate calls, so lupdate sees each string and a
language switch takes effect at once. Services and the engine only hand over codes and plain params.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.rules.rule_catalogue import RULES


def fact_names() -> dict[str, str]:
    return {
        "product_line": QCoreApplication.translate("ClaimTexts", "Product line"),
        "usage": QCoreApplication.translate("ClaimTexts", "Usage"),
        "invoice_date": QCoreApplication.translate("ClaimTexts", "Invoice date"),
        "installation_date": QCoreApplication.translate("ClaimTexts", "Installation date (by us)"),
        "production_date": QCoreApplication.translate("ClaimTexts", "Production date"),
        "report_date": QCoreApplication.translate("ClaimTexts", "Fault reported on"),
        "proof": QCoreApplication.translate("ClaimTexts", "Proof of purchase"),
        "invoice_price": QCoreApplication.translate("ClaimTexts", "Invoice price"),
        "prior_repairs_same_fault": QCoreApplication.translate("ClaimTexts", "Earlier repairs of the same fault"),
        "repair_days": QCoreApplication.translate("ClaimTexts", "Days in repair"),
        "pending_repair_days": QCoreApplication.translate("ClaimTexts", "Days an open repair is pending"),
        "pending_cause": QCoreApplication.translate("ClaimTexts", "Why the repair is pending"),
        "last_paid_repair_date": QCoreApplication.translate("ClaimTexts", "Last paid repair of this fault"),
        "requested_remedy": QCoreApplication.translate("ClaimTexts", "Customer asks for"),
        "same_model_available": QCoreApplication.translate("ClaimTexts", "Same model available"),
        "accepts_other_model": QCoreApplication.translate("ClaimTexts", "Customer accepts another model"),
        "claim_basis": QCoreApplication.translate("ClaimTexts", "Basis of the claim"),
        "sales_channel": QCoreApplication.translate("ClaimTexts", "Sales channel"),
        "refund_date": QCoreApplication.translate("ClaimTexts", "Refund date"),
        "card_date": QCoreApplication.translate("ClaimTexts", "Date on the warranty card"),
        "received_date": QCoreApplication.translate("ClaimTexts", "Goods received on"),
        "custom_made": QCoreApplication.translate("ClaimTexts", "Custom-made"),
        "cause": QCoreApplication.translate("ClaimTexts", "Cause"),
        "part": QCoreApplication.translate("ClaimTexts", "Part"),
        "fault_category": QCoreApplication.translate("ClaimTexts", "Kind of fault"),
        "voucher_altered_or_mismatch": QCoreApplication.translate("ClaimTexts", "Voucher altered or not matching"),
        "found_at_acceptance": QCoreApplication.translate("ClaimTexts", "Defect noted at acceptance"),
        "installed": QCoreApplication.translate("ClaimTexts", "Installed"),
        "intact": QCoreApplication.translate("ClaimTexts", "Intact"),
        "whole_unit_exchange_needed": QCoreApplication.translate("ClaimTexts", "Part cannot be exchanged alone"),
    }


def value_names() -> dict[str, str]:
    """Codes of every enum fact (and outcomes, remedies), one flat table: the codes do not collide."""
    return {
        "household": QCoreApplication.translate("ClaimTexts", "Household"),
        "commercial": QCoreApplication.translate("ClaimTexts", "Commercial"),
        "invoice": QCoreApplication.translate("ClaimTexts", "Invoice or receipt"),
        "card_only": QCoreApplication.translate("ClaimTexts", "Warranty card only"),
        "none": QCoreApplication.translate("ClaimTexts", "No proof"),
        "no_parts": QCoreApplication.translate("ClaimTexts", "No spare parts"),
        "repairer": QCoreApplication.translate("ClaimTexts", "Repairer's own delay"),
        "refund": QCoreApplication.translate("ClaimTexts", "Refund"),
        "exchange": QCoreApplication.translate("ClaimTexts", "Exchange"),
        "repair": QCoreApplication.translate("ClaimTexts", "Free repair"),
        "refuse": QCoreApplication.translate("ClaimTexts", "Refused (charged repair)"),
        "inspection_required": QCoreApplication.translate("ClaimTexts", "Inspection required"),
        "quality": QCoreApplication.translate("ClaimTexts", "Quality fault"),
        "no_reason": QCoreApplication.translate("ClaimTexts", "No-reason return"),
        "store": QCoreApplication.translate("ClaimTexts", "Store"),
        "remote": QCoreApplication.translate("ClaimTexts", "Online / TV / phone / mail order"),
        "installer": QCoreApplication.translate("ClaimTexts", "Installation error"),
        "misuse": QCoreApplication.translate("ClaimTexts", "Misuse"),
        "self_disassembly": QCoreApplication.translate("ClaimTexts", "Taken apart by the customer or others"),
        "third_party": QCoreApplication.translate("ClaimTexts", "Damaged by a third party"),
        "force_majeure": QCoreApplication.translate("ClaimTexts", "Force majeure"),
        "environment": QCoreApplication.translate("ClaimTexts", "Conditions outside the specification"),
        "performance": QCoreApplication.translate("ClaimTexts", "Performance fault"),
        "appearance": QCoreApplication.translate("ClaimTexts", "Appearance defect"),
        "consumable": QCoreApplication.translate("ClaimTexts", "Consumable"),
        "tank": QCoreApplication.translate("ClaimTexts", "Tank"),
        "tube": QCoreApplication.translate("ClaimTexts", "Vacuum tube"),
        "collector": QCoreApplication.translate("ClaimTexts", "Collector"),
        "bracket": QCoreApplication.translate("ClaimTexts", "Bracket"),
        "controller": QCoreApplication.translate("ClaimTexts", "Controller"),
        "electric_heater": QCoreApplication.translate("ClaimTexts", "Electric heater"),
        "pipe": QCoreApplication.translate("ClaimTexts", "Pipe"),
        "valve": QCoreApplication.translate("ClaimTexts", "Valve"),
        "pump": QCoreApplication.translate("ClaimTexts", "Pump"),
        "booster": QCoreApplication.translate("ClaimTexts", "Booster"),
        "power_board": QCoreApplication.translate("ClaimTexts", "Power board"),
        "display_board": QCoreApplication.translate("ClaimTexts", "Display board"),
        "temperature_limiter": QCoreApplication.translate("ClaimTexts", "Temperature limiter"),
        "meter": QCoreApplication.translate("ClaimTexts", "Meter"),
        "remote_control": QCoreApplication.translate("ClaimTexts", "Remote control"),
        "hose": QCoreApplication.translate("ClaimTexts", "Hose"),
        "knob": QCoreApplication.translate("ClaimTexts", "Knob"),
        "filter": QCoreApplication.translate("ClaimTexts", "Filter"),
        "membrane": QCoreApplication.translate("ClaimTexts", "Membrane"),
        "faucet": QCoreApplication.translate("ClaimTexts", "Faucet"),
        "housing": QCoreApplication.translate("ClaimTexts", "Housing"),
        "other": QCoreApplication.translate("ClaimTexts", "Other"),
        "solar": QCoreApplication.translate("ClaimTexts", "Solar water heater"),
        "purifier": QCoreApplication.translate("ClaimTexts", "Water purifier"),
        "unit": QCoreApplication.translate("ClaimTexts", "the whole unit"),
        "installation": QCoreApplication.translate("ClaimTexts", "installation date"),
        "card": QCoreApplication.translate("ClaimTexts", "warranty card date"),
        "production": QCoreApplication.translate("ClaimTexts", "90th day after production"),
        "received": QCoreApplication.translate("ClaimTexts", "receipt date"),
        "supervisor": QCoreApplication.translate("ClaimTexts", "Supervisor"),
        "hq": QCoreApplication.translate("ClaimTexts", "HQ confirmation"),
        "customer": QCoreApplication.translate("ClaimTexts", "the customer"),
        "maker": QCoreApplication.translate("ClaimTexts", "the maker"),
        "branch": QCoreApplication.translate("ClaimTexts", "the branch"),
    }


def status_names() -> dict[str, str]:
    return {
        "claimed": QCoreApplication.translate("ClaimTexts", "Claimed"),
        "inspected": QCoreApplication.translate("ClaimTexts", "Inspected"),
        "decided": QCoreApplication.translate("ClaimTexts", "Decided"),
        "approved": QCoreApplication.translate("ClaimTexts", "Approved"),
        "rejected": QCoreApplication.translate("ClaimTexts", "Rejected"),
        "executed": QCoreApplication.translate("ClaimTexts", "Executed"),
        "closed": QCoreApplication.translate("ClaimTexts", "Closed"),
    }


def value_text(name: str, value: Any) -> str:
    """A fact's value as the clerk reads it."""
    if value is None:
        return QCoreApplication.translate("ClaimTexts", "not recorded")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ClaimTexts", "Yes") if value else QCoreApplication.translate("ClaimTexts", "No")
        )
    if name == "invoice_price":
        return QCoreApplication.translate("ClaimTexts", "{amount} yuan").format(amount=value)
    if isinstance(value, str):
        return value_names().get(value, value)
    return str(value)


def source_text(source: Mapping[str, Any]) -> str:
    kind = source.get("kind")
    texts = {
        "unit": QCoreApplication.translate("ClaimTexts", "unit record"),
        "ticket": QCoreApplication.translate("ClaimTexts", "ticket {ref}"),
        "reports": QCoreApplication.translate("ClaimTexts", "{count} service reports"),
        "tickets": QCoreApplication.translate("ClaimTexts", "{count} earlier repair tickets"),
        "report": QCoreApplication.translate("ClaimTexts", "service report of ticket {ref}"),
        "open_ticket": QCoreApplication.translate("ClaimTexts", "open repair ticket {ref}"),
        "escalation": QCoreApplication.translate("ClaimTexts", "escalation plan of ticket {ref}"),
        "exchange": QCoreApplication.translate("ClaimTexts", "exchange day: the period restarted (S-3)"),
        "claim_date": QCoreApplication.translate("ClaimTexts", "day the claim was started"),
        "clerk": QCoreApplication.translate("ClaimTexts", "entered by clerk {user}"),
        "inspection": QCoreApplication.translate("ClaimTexts", "inspection by {user}"),
        "customer": QCoreApplication.translate("ClaimTexts", "customer's choice, recorded by {user}"),
        "default": QCoreApplication.translate("ClaimTexts", "not in the records"),
        "assumed": QCoreApplication.translate("ClaimTexts", "assumed until the clerk enters it"),
    }
    template = texts.get(str(kind), str(kind))
    return _format(template, source)


class _Missing(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "?"


def _format(template: str, params: Mapping[str, Any]) -> str:
    return template.format_map(_Missing({k: _param_text(v) for k, v in params.items()}))


def _param_text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ClaimTexts", "yes") if value else QCoreApplication.translate("ClaimTexts", "no")
        )
    if isinstance(value, str):
        return value_names().get(value, value)
    return str(value)


def reason_templates() -> dict[str, str]:
    return {
        "day_index": QCoreApplication.translate(
            "ClaimTexts", "Day {d} after the start of the period (the start day is not counted)."
        ),
        "start_date": QCoreApplication.translate("ClaimTexts", "The period starts on {start_date} ({basis})."),
        "period_ends": QCoreApplication.translate(
            "ClaimTexts",
            "Whole unit covered until {whole_unit_end}, main parts until {main_parts_end} "
            "(extended by {extension_days} days in repair).",
        ),
        "no_reason_store_sale": QCoreApplication.translate("ClaimTexts", "Bought in a store: no no-reason return."),
        "no_reason_window_passed": QCoreApplication.translate(
            "ClaimTexts", "Day {d}: the {limit}-day no-reason return period has passed."
        ),
        "no_reason_not_returnable": QCoreApplication.translate(
            "ClaimTexts",
            "Installed: {installed}, intact: {intact}, custom-made: {custom_made}; "
            "the goods cannot be returned without a reason.",
        ),
        "no_reason_refund": QCoreApplication.translate(
            "ClaimTexts", "No-reason return within 7 days; return freight is paid by {freight}."
        ),
        "inspection_required": QCoreApplication.translate(
            "ClaimTexts", "An engineer's inspection is needed before this refusal can be decided."
        ),
        "cause_not_established": QCoreApplication.translate(
            "ClaimTexts", "The cause has not been established by an inspection yet."
        ),
        "voucher_altered_or_mismatch": QCoreApplication.translate(
            "ClaimTexts", "The voucher is altered or does not match the unit."
        ),
        "excluded_cause": QCoreApplication.translate(
            "ClaimTexts", "Cause found at inspection: {cause}. Not covered by 三包."
        ),
        "consumable_part": QCoreApplication.translate(
            "ClaimTexts", "The part ({part}) is a consumable; its replacement is charged."
        ),
        "appearance_at_acceptance": QCoreApplication.translate(
            "ClaimTexts", "The appearance defect was noted at acceptance: exchange of {scope}."
        ),
        "appearance_after_acceptance": QCoreApplication.translate(
            "ClaimTexts", "The appearance defect was not noted at acceptance."
        ),
        "goodwill_possible": QCoreApplication.translate(
            "ClaimTexts", "A goodwill remedy is possible with the supervisor's approval."
        ),
        "repair_only_without_invoice": QCoreApplication.translate(
            "ClaimTexts", "Without an invoice only a repair is possible (start: {start_basis})."
        ),
        "free_repair_in_period": QCoreApplication.translate(
            "ClaimTexts", "Inside the warranty period: free repair, parts and labour."
        ),
        "within_7_days": QCoreApplication.translate(
            "ClaimTexts", "Performance fault on day {d}: within 7 days the customer chooses refund, exchange or repair."
        ),
        "within_15_days": QCoreApplication.translate(
            "ClaimTexts", "Performance fault on day {d}: within 15 days the customer chooses exchange or repair."
        ),
        "repeated_failed_repairs": QCoreApplication.translate(
            "ClaimTexts", "Repaired {prior_repairs} times for the same fault (limit {limit}) and still faulty."
        ),
        "pending_no_parts": QCoreApplication.translate(
            "ClaimTexts", "The repair has waited {pending_days} days for parts (more than {limit})."
        ),
        "pending_repairer": QCoreApplication.translate(
            "ClaimTexts",
            "The repair has been delayed {pending_days} days by the repairer (more than "
            "{limit}); the branch bears the cost.",
        ),
        "main_part_period": QCoreApplication.translate(
            "ClaimTexts",
            "After the whole-unit period but inside the main-part period: the {part} is repaired or replaced free.",
        ),
        "repair_warranty": QCoreApplication.translate(
            "ClaimTexts",
            "A paid repair of the same fault on {last_paid_repair_date} is guaranteed for {days} days (until {until}).",
        ),
        "out_of_period": QCoreApplication.translate("ClaimTexts", "Outside every warranty period."),
        "requested_remedy_not_allowed": QCoreApplication.translate(
            "ClaimTexts", "The customer asked for {requested}, which is not allowed; the decision is {outcome}."
        ),
        "exchange_other_model": QCoreApplication.translate(
            "ClaimTexts", "No unit of the same model: exchange to another model the customer accepts."
        ),
        "clock_restarts_on_exchange": QCoreApplication.translate(
            "ClaimTexts", "The new unit's warranty period starts again on the exchange day."
        ),
        "same_model_availability_unknown": QCoreApplication.translate(
            "ClaimTexts", "Whether the same model is available is not known yet: the refund cannot be priced."
        ),
        "invoice_price_missing": QCoreApplication.translate(
            "ClaimTexts", "The invoice price is missing: the refund cannot be priced."
        ),
        "full_refund": QCoreApplication.translate("ClaimTexts", "Full refund of {amount} yuan, no deduction."),
        "refund_date_assumed": QCoreApplication.translate(
            "ClaimTexts", "No refund date recorded: {refund_date} is assumed."
        ),
        "depreciated_refund": QCoreApplication.translate(
            "ClaimTexts",
            "Depreciation {price} × {rate} × {days} days (from {invoice_date} to "
            "{refund_date}, less {repair_days} days in repair) = {depreciation} yuan; "
            "refund {refund} yuan.",
        ),
        "charged_repair_offered": QCoreApplication.translate("ClaimTexts", "A charged repair is offered."),
        "scope": QCoreApplication.translate("ClaimTexts", "Scope: {scope}."),
        "overridden": QCoreApplication.translate("ClaimTexts", "Overridden by the supervisor: {outcome}."),
        "charged_repair_ticket": QCoreApplication.translate("ClaimTexts", "Charged repair ticket {ticket} opened."),
    }


def reason_text(code: str, params: Mapping[str, Any]) -> str:
    template = reason_templates().get(code)
    if template is None:
        return code
    params = dict(params)
    if params.get("scope") == "part":
        params["scope"] = QCoreApplication.translate("ClaimTexts", "the defective part")
    return _format(template, params)


def rule_title(rule_id: str, language: str) -> str:
    info = RULES.get(rule_id.split("+", 1)[0])
    if info is None:
        return rule_id
    return info.title_zh if language.startswith("zh") else info.title_en


def rule_text(rule_id: str, language: str) -> str:
    """The plain explanation of every rule of a label ("R-15+R-DEP" explains both), in the UI language."""
    texts = []
    for part in rule_id.split("+"):
        info = RULES.get(part)
        if info is not None:
            texts.append(info.text_zh if language.startswith("zh") else info.text_en)
    return "\n".join(texts)


def error_messages() -> dict[str, str]:
    return {
        "inspection_required": QCoreApplication.translate(
            "Errors", "An engineer's inspection with a cause must be recorded first (rule {rule_id})."
        ),
        "inspection_fact": QCoreApplication.translate("Errors", "This fact is recorded by the engineer's inspection."),
        "unknown_fact": QCoreApplication.translate("Errors", "Unknown fact."),
        "unknown_value": QCoreApplication.translate("Errors", "The value {value} is not one of the allowed values."),
        "not_a_date": QCoreApplication.translate("Errors", "Please enter a date as YYYY-MM-DD."),
        "not_an_integer": QCoreApplication.translate("Errors", "Please enter a whole number."),
        "negative_count": QCoreApplication.translate("Errors", "The number cannot be negative."),
        "not_a_decimal": QCoreApplication.translate("Errors", "Please enter an amount such as 1280.00."),
        "negative_money": QCoreApplication.translate("Errors", "The amount cannot be negative."),
        "not_a_boolean": QCoreApplication.translate("Errors", "Please answer yes or no."),
        "remedy_not_allowed": QCoreApplication.translate("Errors", "This remedy is not among the allowed remedies."),
        "customer_choice_required": QCoreApplication.translate(
            "Errors", "Record the customer's choice among the allowed remedies first."
        ),
        "already_approved": QCoreApplication.translate("Errors", "The decision is already approved."),
        "hq_not_required": QCoreApplication.translate("Errors", "This decision needs no HQ confirmation."),
        "not_approved": QCoreApplication.translate("Errors", "The decision has not been approved yet."),
        "not_decided": QCoreApplication.translate("Errors", "The claim has no decision yet."),
        "refund_amount_unknown": QCoreApplication.translate(
            "Errors", "The refund amount is not known yet (invoice price or model availability missing)."
        ),
        "serial_taken": QCoreApplication.translate("Errors", "The serial {serial} is already registered."),
        "ticket_not_found": QCoreApplication.translate("Errors", "No ticket with this number."),
        "unit_not_found": QCoreApplication.translate("Errors", "No unit with this serial."),
        "claim_not_found": QCoreApplication.translate("Errors", "The claim no longer exists."),
        "ticket_has_no_unit": QCoreApplication.translate(
            "Errors", "This ticket has no unit; start the claim from the unit."
        ),
        "unit_not_active": QCoreApplication.translate("Errors", "This unit has already been returned or replaced."),
        "missing_fact": QCoreApplication.translate("Errors", "A fact needed for the decision is missing."),
        "after_report_date": QCoreApplication.translate("Errors", "A date lies after the day the fault was reported."),
        "refund_before_invoice": QCoreApplication.translate("Errors", "The refund date lies before the invoice date."),
        "unknown_product_line": QCoreApplication.translate(
            "Errors", "The warranty policy has no periods for this product line."
        ),
        "unknown_usage": QCoreApplication.translate("Errors", "The warranty policy has no periods for this usage."),
        "negative_period": QCoreApplication.translate("Errors", "A period cannot be negative."),
        "main_parts_shorter_than_whole_unit": QCoreApplication.translate(
            "Errors", "The main-part period cannot be shorter than the whole-unit period."
        ),
        "unknown_part": QCoreApplication.translate("Errors", "Unknown part: {value}."),
        "part_both_main_and_consumable": QCoreApplication.translate(
            "Errors", "A part cannot be both a main part and a consumable."
        ),
        "rate_out_of_range": QCoreApplication.translate(
            "Errors", "The depreciation rate must be at least 0 and below 100 % per day."
        ),
        "below_statutory_floor": QCoreApplication.translate(
            "Errors", "The repair warranty cannot be shorter than {floor} days."
        ),
        "must_be_positive": QCoreApplication.translate("Errors", "The value must be at least 1."),
        "unknown_clock_start": QCoreApplication.translate("Errors", "Unknown start of the period."),
        "no_product_lines": QCoreApplication.translate("Errors", "The policy needs at least one product line."),
        "no_usages": QCoreApplication.translate("Errors", "Every product line needs at least one usage."),
    }
