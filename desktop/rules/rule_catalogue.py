"""Plain-language text of every 三包 rule id (zh/en) with its legal or policy basis, for views and certificates."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

# Basis wording. Article numbers appear only where the article's own text was checked; where only a secondary source
# quoted it, the provision is named without a number, so a certificate never cites an article nobody has checked.
_REG_1995 = "《部分商品修理更换退货责任规定》（1995年）"
_REG_1995_EXCLUSIONS = _REG_1995 + "关于不实行三包情形的规定"
_CPL = "《中华人民共和国消费者权益保护法》"
_CIVIL_CODE = "《中华人民共和国民法典》关于期间计算的规定"
_MAKER_POLICY = "生产者公布的三包/保修政策（当事人约定）"
_BRANCH_POLICY = "本网点三包政策设置（经总部确认）"


@dataclass(frozen=True)
class RuleInfo:
    """A rule's title and customer-readable explanation in Simplified Chinese and English, and its basis."""

    rule_id: str
    title_zh: str
    title_en: str
    text_zh: str
    text_en: str
    basis: str


_RULES = (
    RuleInfo(
        "NR-0",
        "门店购买不适用七日无理由退货",
        "No no-reason return for store purchases",
        "七日无理由退货只适用于网络、电视、电话、邮购等方式购买的商品。您在门店购买，不能无理由退货；"
        "如果产品有质量问题，仍可按三包规定办理修理、换货或退货。",
        "The 7-day no-reason return applies only to goods bought online, by TV, phone or mail order. "
        "You bought in a store, so a no-reason return is not available; a quality fault is still handled "
        "under the 三包 rules (repair, exchange or refund).",
        _CPL + "第二十五条",
    ),
    RuleInfo(
        "NR-3",
        "超过七日无理由退货期限",
        "No-reason return period has passed",
        "无理由退货须在收到商品之日起七日内提出（收货当日不计入）。您提出的时间已超过七日，不能无理由退货；"
        "质量问题仍按三包规定处理。",
        "A no-reason return must be asked for within 7 days of receiving the goods (the day of receipt is not "
        "counted). That time has passed; a quality fault is still handled under the 三包 rules.",
        _CPL + "第二十五条",
    ),
    RuleInfo(
        "NR-2",
        "商品已安装、不完好或为定作商品，不适用无理由退货",
        "Installed, not intact or custom-made: no no-reason return",
        "无理由退货要求退回的商品完好，定作商品不适用。该产品已经安装、不完好或属于定作，不能无理由退货；"
        "如有质量问题，仍可按三包规定办理。",
        "A no-reason return requires the goods to come back intact, and custom-made goods are excluded. This "
        "product has been installed, is not intact or was made to order, so it cannot be returned without a "
        "reason; a quality fault is still handled under the 三包 rules.",
        _CPL + "第二十五条",
    ),
    RuleInfo(
        "NR-1",
        "七日无理由退货",
        "7-day no-reason return",
        "您通过网络、电视、电话或邮购购买，收货后七日内提出退货，商品未安装且完好，可以无理由退货。"
        "退还全部货款，退回商品的运费由您承担（另有约定的除外），货款在收到退回商品之日起七日内退还。",
        "You bought remotely, asked within 7 days of receipt, and the goods are uninstalled and intact, so you "
        "may return them without giving a reason. The full price is refunded within 7 days of our receiving the "
        "goods; the return freight is yours unless agreed otherwise.",
        _CPL + "第二十五条",
    ),
    RuleInfo(
        "X-DOC-ALT",
        "三包凭证涂改或与产品不符",
        "Warranty card altered or not matching the unit",
        "经检查，三包凭证有涂改，或凭证上的型号、编号与送修产品不一致，因此不能享受免费三包服务。"
        "我们可以为您提供收费维修，维修前告知价格。",
        "On inspection the warranty card has been altered, or its model or serial number differs from the unit, "
        "so free 三包 service does not apply. We can offer a charged repair and will quote the price first.",
        _REG_1995_EXCLUSIONS + "（三包凭证型号与修理产品型号不符或者涂改的）；" + _MAKER_POLICY,
    ),
    RuleInfo(
        "X-MIS",
        "使用、维护、保管不当造成损坏",
        "Damage from improper use, maintenance or storage",
        "经工程师现场检测并留存照片，损坏是由于未按说明书使用、维护或保管，或由用户自行搬运、移机、拆装造成的，"
        "不属于三包免费范围。我们可以为您提供收费维修，维修前告知价格。",
        "Our engineer inspected the unit and recorded photos: the damage came from use, maintenance or storage "
        "not as the manual says, or from moving or dismantling it yourself. This is outside free 三包 service. "
        "We can offer a charged repair and will quote the price first.",
        _REG_1995_EXCLUSIONS + "（消费者因使用、维护、保管不当造成损坏的）；" + _MAKER_POLICY,
    ),
    RuleInfo(
        "X-DIS",
        "非授权人员拆动或修理",
        "Dismantled or repaired by an unauthorised person",
        "经检测，产品曾被非我方授权的人员拆动或修理，由此造成的损坏不属于三包免费范围。"
        "我们可以为您提供收费维修，维修前告知价格。",
        "On inspection the unit was taken apart or repaired by someone we did not authorise; damage caused that "
        "way is outside free 三包 service. We can offer a charged repair and will quote the price first.",
        _REG_1995_EXCLUSIONS + "（非承担三包修理者拆动造成损坏的）；" + _MAKER_POLICY,
    ),
    RuleInfo(
        "X-3P",
        "他人造成的损坏",
        "Damage caused by a third party",
        "经检测，损坏是他人造成的（例如施工时砸坏真空管），不是产品本身的质量问题，不属于三包免费范围。"
        "您可以向造成损坏的一方索赔；我们可以为您提供收费维修，并出具维修单据供您索赔使用。",
        "On inspection the damage was caused by someone else (for example tubes broken during roof work), not by "
        "a product defect, so free 三包 service does not apply. You may claim from whoever caused it; we can "
        "offer a charged repair and give you the repair receipt for that claim.",
        _MAKER_POLICY + "（人为损坏）；" + _BRANCH_POLICY,
    ),
    RuleInfo(
        "X-FM",
        "不可抗力造成的损坏",
        "Damage by force majeure",
        "经检测，损坏是由雷击、台风、冰雹、地震、洪水等不可抗力造成的，不属于三包免费范围。"
        "我们可以为您提供收费维修，维修前告知价格。",
        "On inspection the damage was caused by lightning, typhoon, hail, earthquake, flood or similar force "
        "majeure, which is outside free 三包 service. We can offer a charged repair and will quote the price first.",
        _REG_1995_EXCLUSIONS + "（因不可抗拒力造成损坏的）；" + _MAKER_POLICY,
    ),
    RuleInfo(
        "X-ENV",
        "使用环境不符合产品要求",
        "Conditions outside the product's specification",
        "经检测，损坏是由于使用条件不符合产品要求（例如电压不稳、水压或水质超出规定）造成的，"
        "不属于三包免费范围。我们可以为您提供收费维修，维修前告知价格。",
        "On inspection the damage came from conditions outside the product's specification (for example unstable "
        "voltage, or water pressure or quality out of range), which is outside free 三包 service. We can offer a "
        "charged repair and will quote the price first.",
        _MAKER_POLICY,
    ),
    RuleInfo(
        "X-CONS",
        "易耗件不在三包范围内",
        "Consumable parts are not covered",
        "滤芯等易耗件按使用情况定期更换，不在整机三包范围内，更换需按价目表收费。",
        "Consumables such as filters wear out with use and are replaced periodically; they are not covered by "
        "the whole-unit 三包 and are replaced at the listed price.",
        _MAKER_POLICY + "（整机包修，滤芯除外）",
    ),
    RuleInfo(
        "AP-1",
        "验收时记录的外观缺陷：免费更换",
        "Appearance defect recorded at acceptance: free exchange",
        "送货或安装验收时已在验收单上记录了外观缺陷，我们免费为您更换有缺陷的部件；部件无法单独更换的，更换整机。",
        "The appearance defect was written on the acceptance sheet at delivery or installation, so we exchange "
        "the defective part free of charge, or the whole unit if the part cannot be exchanged on its own.",
        _REG_1995 + "第五条第（四）项（销售者应开箱检验、正确调试）；" + _BRANCH_POLICY,
    ),
    RuleInfo(
        "AP-2",
        "验收后提出的外观问题不予退换",
        "Appearance defect reported after acceptance: no refund or exchange",
        "三包规定的七日退货、十五日换货针对的是性能故障。验收时验收单未记录外观问题，之后提出的外观问题不能退换，"
        "可以收费修复；如工程师确认属于潜在的制造缺陷（如涂层脱落），将按性能故障处理。"
        "特殊情况经主管批准可酌情处理。",
        "The 7-day refund and 15-day exchange rules cover performance faults. The acceptance sheet recorded no "
        "appearance defect, so one reported later cannot be refunded or exchanged; it can be put right for a fee. "
        "If our engineer finds a latent manufacturing defect (such as peeling coating), it is treated as a "
        "performance fault. A supervisor may approve goodwill in special cases.",
        _REG_1995 + "第九条、第十条（性能故障）；" + _MAKER_POLICY,
    ),
    RuleInfo(
        "DOC-3",
        "无购货凭证：只能修理",
        "No proof of purchase: repair only",
        "您无法提供发票或三包凭证，三包有效期从产品出厂日期后的第90日起计算。在此期限内只能免费修理，"
        "不能退货或换货；超出期限的，提供收费维修。",
        "Without an invoice or warranty card, the 三包 period is counted from the 90th day after the production "
        "date. Within that period the unit is repaired free, but it cannot be refunded or exchanged; after it, "
        "repairs are charged.",
        _MAKER_POLICY + "（无法提供销售发票的，按生产日期往后推3个月计算）；参照移动电话三包规定",
    ),
    RuleInfo(
        "DOC-2",
        "只有三包凭证、没有发票：只能修理",
        "Warranty card only, no invoice: repair only",
        "您有盖章并注明日期的三包凭证（或我方签字的安装记录），但没有发票或收款收据。三包有效期从凭证记载的日期起算，"
        "期内免费修理；退货和换货须凭发票办理。",
        "You have a stamped, dated warranty card (or our signed installation record) but no invoice or receipt. "
        "The period runs from the date on the card and repairs inside it are free; a refund or exchange needs "
        "the invoice.",
        _REG_1995 + "第八条（凭发票及三包凭证办理修理、换货、退货）",
    ),
    RuleInfo(
        "R-7",
        "七日内性能故障：退货、换货或修理由您选择",
        "Performance fault within 7 days: refund, exchange or repair, your choice",
        "自售出（或我方安装完成）次日起七日内出现性能故障，您可以选择退货、换货或修理。"
        "选择退货的，按发票价格一次退清货款，不收折旧费。",
        "A performance fault within 7 days of sale (or of our installation; that day itself is not counted) lets "
        "you choose a refund, an exchange or a repair. A refund is the full invoice price, paid at once with no "
        "deduction.",
        _REG_1995 + "第九条；" + _CPL + "第二十四条",
    ),
    RuleInfo(
        "R-15",
        "十五日内性能故障：换货或修理由您选择",
        "Performance fault within 15 days: exchange or repair, your choice",
        "自售出（或我方安装完成）次日起第八日至第十五日内出现性能故障，您可以选择换同型号同规格的产品或修理。"
        "有同型号产品而您仍要求退货的，退货时收取折旧费；没有同型号产品、您又不愿换其他型号的，全额退货。",
        "A performance fault on days 8 to 15 after sale (or our installation) lets you choose an exchange for "
        "the same model and specification, or a repair. If that model is available and you still want a refund, "
        "depreciation is deducted; if it is not available and you do not want another model, the full price is "
        "refunded.",
        _REG_1995 + "第十条、第十三条",
    ),
    RuleInfo(
        "R-2X",
        "修理两次仍不能正常使用：可换货",
        "Still not working after two repairs: exchange",
        "在整机三包有效期内，同一性能故障经修理两次（按三包政策规定的次数，更换部件也算一次修理）仍不能正常使用，"
        "凭修理记录可以换货或继续修理；退货按折旧或无同型号的规定办理。",
        "Inside the whole-unit period, the same performance fault has been repaired twice (or the number the "
        "policy sets; a part swap counts as a repair) and the unit still does not work. With the repair records "
        "you may have an exchange or a further repair; a refund follows the depreciation or no-same-model rules.",
        _REG_1995 + "第十一条",
    ),
    RuleInfo(
        "R-90",
        "因缺少零配件超过90日未修好：可换货",
        "Not repaired within 90 days for lack of parts: exchange",
        "在三包有效期内，因生产者未供应零配件，自送修之日起超过90日仍未修好，您可以换货或继续修理；"
        "退货按折旧或无同型号的规定办理。",
        "Inside the period, the unit has waited more than 90 days since it was sent for repair because the "
        "maker supplied no parts. You may have an exchange or a further repair; a refund follows the "
        "depreciation or no-same-model rules.",
        _REG_1995 + "第十二条",
    ),
    RuleInfo(
        "R-30",
        "因修理者原因超过30日未修好：可换货，费用由修理者承担",
        "Not repaired within 30 days through the repairer's fault: exchange at the repairer's cost",
        "在三包有效期内，因我方（修理者）自身原因，自送修之日起超过30日仍未修好，您可以换货或继续修理，"
        "由此产生的费用由我方承担；退货按折旧或无同型号的规定办理。",
        "Inside the period, the repair has taken more than 30 days since the unit was sent in, for reasons on "
        "our (the repairer's) side. You may have an exchange or a further repair, and we bear the costs; a "
        "refund follows the depreciation or no-same-model rules.",
        _REG_1995 + "第十二条",
    ),
    RuleInfo(
        "R-DEP",
        "有同型号产品仍要求退货：收取折旧费",
        "Refund although the same model is available: depreciation deducted",
        "符合换货条件、也有同型号同规格产品，您不愿换货而要求退货的，退货时收取折旧费。"
        "折旧费 = 发票价格 × 日折旧率 × 天数，天数从开具发票之日算到退货之日，并扣除修理占用和待修的天数；"
        "日折旧率按三包政策规定。",
        "You qualify for an exchange and the same model is available, but you prefer a refund, so depreciation "
        "is deducted: invoice price × daily rate × days, counted from the invoice date to the refund date minus "
        "the days spent in repair or waiting for repair. The daily rate is set in the 三包 policy.",
        _REG_1995 + "第十三条；日折旧率：" + _MAKER_POLICY,
    ),
    RuleInfo(
        "R-NOSAME",
        "没有同型号同规格产品：全额退货",
        "No unit of the same model: full refund",
        "符合换货条件，但没有同型号同规格的产品，您又不愿调换其他型号、规格的产品，我们为您退货，不收折旧费。"
        "如您同意换其他型号，则为您换货。",
        "You qualify for an exchange but no unit of the same model and specification is available and you do "
        "not want another model, so we refund you with no depreciation. If you accept another model, we "
        "exchange the unit for it instead.",
        _REG_1995 + "第十三条",
    ),
    RuleInfo(
        "R-WU",
        "整机三包有效期内：免费修理",
        "Inside the whole-unit period: free repair",
        "产品在整机三包有效期内（有效期按修理占用和待修的天数顺延），性能故障由我们免费修理，不收材料费和工时费。",
        "The unit is inside its whole-unit period (extended by the days it spent in repair or waiting for "
        "parts), so the performance fault is repaired free of charge, parts and labour included.",
        _REG_1995 + "关于三包有效期内免费修理的规定（包括材料费和工时费）；第八条（有效期扣除修理占用时间）",
    ),
    RuleInfo(
        "R-MP",
        "主要部件保修期内：主要部件免费修理或更换",
        "Inside the main-part period: free repair or replacement of the main part",
        "整机三包有效期已过，但故障部件是主要部件（如太阳能的水箱/内胆、真空管/集热器、支架），仍在主要部件保修期内，"
        "我们免费修理或更换该部件。此时不再适用整机换货或退货。",
        "The whole-unit period has ended, but the faulty part is a main part (for solar: tank, vacuum tubes or "
        "collector, bracket) still inside its own period, so we repair or replace that part free. A whole-unit "
        "exchange or refund no longer applies.",
        _MAKER_POLICY + "（主机部件保修期）；" + _BRANCH_POLICY,
    ),
    RuleInfo(
        "R-RW",
        "修理后保修期内：同一故障免费修理",
        "Repair warranty: the same fault is repaired free",
        "三包有效期已过，但同一故障上次收费修理后仍在修理保修期内（按三包政策规定的天数，不少于30日），"
        "我们免费再次修理。",
        "The 三包 period has ended, but the same fault was repaired for a fee recently enough to be inside the "
        "repair warranty (the number of days set in the policy, never less than 30), so we repair it again free.",
        _REG_1995 + "第六条第（二）项（修理后的产品能够正常使用30日以上）；" + _MAKER_POLICY,
    ),
    RuleInfo(
        "X-OUT",
        "超出三包有效期：收费维修",
        "Outside the warranty period: charged repair",
        "产品已超出三包有效期，也不在修理保修期内，不能免费修理。我们为您提供收费维修，维修前出示价目表，"
        "维修后开具收据。",
        "The unit is outside its 三包 period and outside any repair warranty, so the repair is not free. We offer "
        "a charged repair: the price list is shown before work starts and you receive a receipt.",
        _MAKER_POLICY,
    ),
    RuleInfo(
        "INSPECT",
        "需工程师检测后才能裁定",
        "Decision needs an engineer's inspection",
        "在工程师检测产品、查明原因并留存证据之前，我们不能对责任作出判断，也不会以使用不当等理由拒绝三包服务。"
        "我们会尽快安排工程师检测。",
        "Until an engineer has inspected the unit, established the cause and kept the evidence, we cannot decide "
        "who is responsible, and we will not refuse 三包 service on grounds such as misuse. We will arrange the "
        "inspection as soon as possible.",
        "服务规范：未查明原因前不得判定责任；" + _BRANCH_POLICY,
    ),
    RuleInfo(
        "S-0",
        "天数的计算",
        "How days are counted",
        "期限从起算日的次日开始计算，起算当日不计入。例如3月1日售出，3月8日为第7天。",
        "A period starts the day after the start date; the start day itself is not counted. For example, sold on "
        "1 March, 8 March is day 7.",
        _CIVIL_CODE + "（开始的当日不计入，自下一日开始计算）",
    ),
    RuleInfo(
        "S-1",
        "三包有效期的起算日",
        "When the period starts",
        "三包有效期从开具发票之日起计算；由我方安装的产品，从安装完成之日起计算（以较晚者为准）。"
        "只有三包凭证的，从凭证记载的日期起算；没有任何凭证的，从出厂日期后的第90日起算。",
        "The period runs from the invoice date, or for units we installed from the installation date, whichever "
        "is later. With only a warranty card it runs from the date on the card; with no proof at all, from the "
        "90th day after production.",
        _REG_1995 + "第八条；" + _CPL + "第二十四条（自收到商品之日起）；" + _MAKER_POLICY,
    ),
    RuleInfo(
        "S-2",
        "三包有效期的届满日",
        "When the period ends",
        "有效期在起算日若干年（或若干月）后的同一日届满；该月没有这一日的，为该月最后一日"
        "（如2月29日起算的一年期在次年2月28日届满）。有效期按修理占用和待修的天数顺延。",
        "A period of N years (or months) ends on the same calendar day N years (or months) later; if that month "
        "has no such day it ends on the month's last day (a year from 29 February ends on 28 February). It is "
        "extended by the days the unit spent in repair or waiting for parts.",
        _REG_1995 + "第八条（扣除因修理占用和无零配件待修的时间）",
    ),
    RuleInfo(
        "S-3",
        "换货后重新计算三包有效期",
        "An exchange restarts the period",
        "换货后，新产品的三包有效期自换货之日起重新计算，我们在发票背面加盖更换章并提供新的三包凭证。",
        "After an exchange, the new unit's 三包 period starts again on the exchange day; we stamp the back of the "
        "invoice and give you a new warranty card.",
        _REG_1995 + "第十四条",
    ),
)

RULES: Mapping[str, RuleInfo] = MappingProxyType({info.rule_id: info for info in _RULES})


def rule_info(rule_id: str) -> RuleInfo:
    """The catalogue entry; a combined label such as "R-15+R-DEP" returns the deciding rule (the first id)."""
    return RULES[rule_id.split("+", 1)[0]]
