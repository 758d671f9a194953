<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>&lt;b&gt;Branch Service Desk&lt;/b&gt; 网点售后服务台 — version {version}</source>
            <translation>&lt;b&gt;网点售后服务台&lt;/b&gt; Branch Service Desk — 版本 {version}</translation>
        </message>
        <message>
            <source>The licence texts are also in the folder {folder}.</source>
            <translation>许可证全文也保存在文件夹 {folder} 中。</translation>
        </message>
        <message>
            <source>Third-party packages</source>
            <translation>第三方软件包</translation>
        </message>
        <message>
            <source>About Branch Service Desk</source>
            <translation>关于网点售后服务台</translation>
        </message>
        <message>
            <source>Intake, dispatch, 三包 adjudication, callbacks, signed service sheets and HQ workbooks for service branches.</source>
            <translation>服务网点的受理、派单、三包判定、回访、带签名的服务单和总部报表。</translation>
        </message>
        <message>
            <source>This program uses third-party software under these licences:</source>
            <translation>本程序使用了以下第三方软件，按其许可证授权：</translation>
        </message>
    </context>
    <context>
        <name>AcceptancePrinter</name>
        <message>
            <source>Installation acceptance {number}</source>
            <translation>安装验收单 {number}</translation>
        </message>
        <message>
            <source>Installation acceptance {number} — NOT digitally signed</source>
            <translation>安装验收单 {number}（未加数字签名）</translation>
        </message>
        <message>
            <source>{number}-installation.pdf</source>
            <translation>{number}-安装验收单.pdf</translation>
        </message>
        <message>
            <source>{number}-installation-unsigned.pdf</source>
            <translation>{number}-安装验收单-未签名.pdf</translation>
        </message>
    </context>
    <context>
        <name>AdHocCallbackDialog</name>
        <message>
            <source>By phone</source>
            <translation>电话回访</translation>
        </message>
        <message>
            <source>In person (visit)</source>
            <translation>上门回访</translation>
        </message>
        <message>
            <source>— the customer, no particular unit —</source>
            <translation>— 客户本人，不指定产品 —</translation>
        </message>
        <message>
            <source>No customer with this phone number. Register the customer through Intake first.</source>
            <translation>没有使用此电话号码的客户。请先在受理中登记客户。</translation>
        </message>
        <message>
            <source>Find the customer by phone and choose them in the list.</source>
            <translation>请按电话查找客户并在列表中选择。</translation>
        </message>
        <message>
            <source>New callback</source>
            <translation>新建回访</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>电话(&amp;P)</translation>
        </message>
        <message>
            <source>Phone number or its last digits</source>
            <translation>电话号码或尾号</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>查找(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>产品(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;How</source>
            <translation>方式(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Due on</source>
            <translation>回访日期(&amp;D)</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>yyyy-MM-dd</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>回访原因(&amp;R)</translation>
        </message>
        <message>
            <source>Why we call (an occasional callback by phone or in person)</source>
            <translation>回访原因（不定期的电话或人员回访）</translation>
        </message>
        <message>
            <source>&amp;Create callback</source>
            <translation>创建回访(&amp;C)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>AdjudicationView</name>
        <message>
            <source>yuan</source>
            <translation>元</translation>
        </message>
        <message>
            <source>(no particular part)</source>
            <translation>（不涉及具体部件）</translation>
        </message>
        <message>
            <source>&lt;b&gt;The facts changed after the last decision: decide again.&lt;/b&gt;</source>
            <translation>&lt;b&gt;裁定后事实已变更：请重新裁定。&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Earlier decisions:</source>
            <translation>以前的裁定：</translation>
        </message>
        <message>
            <source>{at}: {outcome} (rule {rule}), decided by {name}</source>
            <translation>{at}：{outcome}（规则 {rule}），裁定人 {name}</translation>
        </message>
        <message>
            <source>No claim selected.</source>
            <translation>未选择申请。</translation>
        </message>
        <message>
            <source>&lt;b&gt;{number}&lt;/b&gt; · {status} · {customer} · {model} {serial} · ticket {ticket}</source>
            <translation>&lt;b&gt;{number}&lt;/b&gt; · {status} · {customer} · {model} {serial} · 服务单 {ticket}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Decision: {outcome}&lt;/b&gt;</source>
            <translation>&lt;b&gt;裁定结果：{outcome}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>(the customer's request is not allowed)</source>
            <translation>（客户的要求不符合条件）</translation>
        </message>
        <message>
            <source>Rule {rule}: {title}</source>
            <translation>规则 {rule}：{title}</translation>
        </message>
        <message>
            <source>(customer has not chosen)</source>
            <translation>（客户尚未选择）</translation>
        </message>
        <message>
            <source>Refund: not priced yet.</source>
            <translation>退款：金额尚未确定。</translation>
        </message>
        <message>
            <source>Refund {refund} yuan = price less depreciation {depreciation} yuan for {days} days.</source>
            <translation>退款 {refund} 元 = 售价减去 {days} 天的折旧费 {depreciation} 元。</translation>
        </message>
        <message>
            <source>Refund {refund} yuan, no depreciation.</source>
            <translation>退款 {refund} 元，不收折旧费。</translation>
        </message>
        <message>
            <source>Approval needed: {who}.</source>
            <translation>需审批：{who}。</translation>
        </message>
        <message>
            <source>No approval needed.</source>
            <translation>无需审批。</translation>
        </message>
        <message>
            <source>Approved by {name} on {at}.</source>
            <translation>{name} 于 {at} 审批通过。</translation>
        </message>
        <message>
            <source>HQ confirmation: {who} on {at}.</source>
            <translation>总部确认：{who}，{at}。</translation>
        </message>
        <message>
            <source>Still missing: {who}.</source>
            <translation>尚缺：{who}。</translation>
        </message>
        <message>
            <source>Overridden by the supervisor. Reason: {reason}</source>
            <translation>主管已改判。理由：{reason}</translation>
        </message>
        <message>
            <source>Rejected. Reason: {reason}</source>
            <translation>已驳回。理由：{reason}</translation>
        </message>
        <message>
            <source>Executed on {at}.</source>
            <translation>已于 {at} 执行。</translation>
        </message>
        <message>
            <source>Replacement unit: {serial} (its warranty period restarts today).</source>
            <translation>更换后的产品：{serial}（三包有效期自今日重新计算）。</translation>
        </message>
        <message>
            <source>Charged repair ticket: {ticket}.</source>
            <translation>收费维修服务单：{ticket}。</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>（未记录）</translation>
        </message>
        <message>
            <source>(not known)</source>
            <translation>（未知）</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Fact saved.</source>
            <translation>事实已保存。</translation>
        </message>
        <message>
            <source>Saved. The facts changed, so the decision ({outcome}, rule {rule}) no longer stands: decide again. The earlier decision is kept in the history.</source>
            <translation>已保存。事实已变更，原裁定（{outcome}，规则 {rule}）不再有效，请重新裁定。原裁定保留在历史记录中。</translation>
        </message>
        <message>
            <source>Inspection recorded.</source>
            <translation>检测结论已录入。</translation>
        </message>
        <message>
            <source>Decision stored.</source>
            <translation>裁定已保存。</translation>
        </message>
        <message>
            <source>Choose the remedy the customer wants first.</source>
            <translation>请先选择客户要求的处理方式。</translation>
        </message>
        <message>
            <source>The customer's choice is recorded.</source>
            <translation>已记录客户的选择。</translation>
        </message>
        <message>
            <source>Decision approved.</source>
            <translation>裁定已审批通过。</translation>
        </message>
        <message>
            <source>HQ confirmation</source>
            <translation>总部确认</translation>
        </message>
        <message>
            <source>Who at HQ confirmed (name or reference)?</source>
            <translation>总部确认人（姓名或文号）：</translation>
        </message>
        <message>
            <source>HQ confirmation recorded.</source>
            <translation>已记录总部确认。</translation>
        </message>
        <message>
            <source>Reject the decision</source>
            <translation>驳回裁定</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>理由：</translation>
        </message>
        <message>
            <source>Decision rejected.</source>
            <translation>裁定已驳回。</translation>
        </message>
        <message>
            <source>Override the decision</source>
            <translation>改判</translation>
        </message>
        <message>
            <source>New outcome:</source>
            <translation>新的裁定结果：</translation>
        </message>
        <message>
            <source>Written reason (required, audited):</source>
            <translation>书面理由（必填，将记入审计日志）：</translation>
        </message>
        <message>
            <source>Decision overridden.</source>
            <translation>已改判。</translation>
        </message>
        <message>
            <source>Decision executed.</source>
            <translation>裁定已执行。</translation>
        </message>
        <message>
            <source>Charged repair ticket {ticket} opened.</source>
            <translation>已开收费维修服务单 {ticket}。</translation>
        </message>
        <message>
            <source>Claim closed.</source>
            <translation>申请已关闭。</translation>
        </message>
        <message>
            <source>Preparing the certificate...</source>
            <translation>正在生成退换货凭证……</translation>
        </message>
        <message>
            <source>Return/exchange certificate {number}</source>
            <translation>退换货凭证 {number}</translation>
        </message>
        <message>
            <source>Return and exchange decision</source>
            <translation>退换货裁定</translation>
        </message>
        <message>
            <source>Facts</source>
            <translation>事实</translation>
        </message>
        <message>
            <source>Fact</source>
            <translation>事实项</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Set fact</source>
            <translation>保存此项</translation>
        </message>
        <message>
            <source>Engineer's inspection</source>
            <translation>工程师检测</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>故障原因</translation>
        </message>
        <message>
            <source>Kind of fault</source>
            <translation>故障类别</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>部件</translation>
        </message>
        <message>
            <source>Voucher altered, or model/serial does not match</source>
            <translation>三包凭证被涂改，或型号/机身编号不符</translation>
        </message>
        <message>
            <source>Appearance defect noted on the acceptance sheet</source>
            <translation>外观缺陷已记录在验收单上</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>已安装</translation>
        </message>
        <message>
            <source>Intact</source>
            <translation>完好</translation>
        </message>
        <message>
            <source>The defective part cannot be exchanged on its own</source>
            <translation>故障部件无法单独更换</translation>
        </message>
        <message>
            <source>Findings and photos</source>
            <translation>检测情况及照片</translation>
        </message>
        <message>
            <source>Record inspection</source>
            <translation>录入检测结论</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>裁定</translation>
        </message>
        <message>
            <source>Decide</source>
            <translation>裁定</translation>
        </message>
        <message>
            <source>Customer's choice</source>
            <translation>客户选择</translation>
        </message>
        <message>
            <source>Record choice</source>
            <translation>记录选择</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>审批通过</translation>
        </message>
        <message>
            <source>HQ confirmed...</source>
            <translation>总部已确认...</translation>
        </message>
        <message>
            <source>Reject...</source>
            <translation>驳回...</translation>
        </message>
        <message>
            <source>Override...</source>
            <translation>改判...</translation>
        </message>
        <message>
            <source>Serial of the replacement unit</source>
            <translation>新机机身编号</translation>
        </message>
        <message>
            <source>Execute</source>
            <translation>执行</translation>
        </message>
        <message>
            <source>Open charged repair</source>
            <translation>开收费维修单</translation>
        </message>
        <message>
            <source>Close claim</source>
            <translation>关闭申请</translation>
        </message>
        <message>
            <source>Print certificate</source>
            <translation>打印退换货凭证</translation>
        </message>
        <message>
            <source>Flag quality problem...</source>
            <translation>质量问题反馈...</translation>
        </message>
    </context>
    <context>
        <name>AgreeTimeDialog</name>
        <message>
            <source>Time agreed with the customer</source>
            <translation>与客户约定上门时间</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>日期(&amp;D)</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>yyyy-MM-dd</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>从(&amp;F)</translation>
        </message>
        <message>
            <source>HH:mm</source>
            <translation>HH:mm</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>到(&amp;T)</translation>
        </message>
        <message>
            <source>{number}, engineer {engineer}: call the customer and agree the time.</source>
            <translation>服务单 {number}，工程师 {engineer}：请致电客户约好上门时间。</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Unexpected error</source>
            <translation>意外错误</translation>
        </message>
        <message>
            <source>An unexpected error occurred. Your data is saved up to the last confirmed save. Details are in the log file:
{path}</source>
            <translation>发生了意外错误。最后一次确认保存之前的数据都已保存。详细信息见日志文件：
{path}</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>服务单</translation>
        </message>
        <message>
            <source>My day</source>
            <translation>我的工作</translation>
        </message>
        <message>
            <source>Dispatch board</source>
            <translation>派单调度</translation>
        </message>
        <message>
            <source>Returns and exchanges</source>
            <translation>退换货裁定</translation>
        </message>
        <message>
            <source>Callbacks</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>数据看板</translation>
        </message>
        <message>
            <source>Backup saved: {path}</source>
            <translation>备份已保存：{path}</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>There are no backups yet.</source>
            <translation>目前还没有备份。</translation>
        </message>
        <message>
            <source>Replace the current database with this backup? The current file is kept beside it. The application closes afterwards.</source>
            <translation>用这个备份替换当前数据库吗？当前文件会保留在旁边。恢复后程序将关闭。</translation>
        </message>
        <message>
            <source>The backup was restored. Please start the application again.</source>
            <translation>备份已恢复。请重新启动程序。</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <source>The audit log is intact ({count} records).</source>
            <translation>审计日志完整（共 {count} 条记录）。</translation>
        </message>
        <message>
            <source>a record was removed or put in between</source>
            <translation>有记录被删除或插入</translation>
        </message>
        <message>
            <source>a record cannot be read</source>
            <translation>有记录无法读取</translation>
        </message>
        <message>
            <source>a record was changed</source>
            <translation>有记录被改动</translation>
        </message>
        <message>
            <source>the latest records are missing</source>
            <translation>最新的记录缺失</translation>
        </message>
        <message>
            <source>the log was emptied</source>
            <translation>日志已被清空</translation>
        </message>
        <message>
            <source>The audit log has been tampered with at record {id} ({problem}).</source>
            <translation>审计日志在第 {id} 条记录处被篡改（{problem}）。</translation>
        </message>
        <message>
            <source>it does not add up</source>
            <translation>校验不一致</translation>
        </message>
        <message>
            <source>The restore that was interrupted last time has been completed: the database is now the backup {backup}.</source>
            <translation>上次中断的恢复已完成：数据库现在是备份 {backup}。</translation>
        </message>
        <message>
            <source>The restore that was interrupted last time has been undone: the database is as it was before.</source>
            <translation>上次中断的恢复已撤销：数据库保持恢复前的状态。</translation>
        </message>
        <message>
            <source>Database problem</source>
            <translation>数据库问题</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <source>Restore a backup...</source>
            <translation>从备份恢复...</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>Backup to restore (newest first):</source>
            <translation>选择要恢复的备份（最新的在前）：</translation>
        </message>
        <message>
            <source>Database password</source>
            <translation>数据库密码</translation>
        </message>
        <message>
            <source>Password of {user} on the database server {server}:</source>
            <translation>数据库服务器 {server} 上用户 {user} 的密码：</translation>
        </message>
        <message>
            <source>Demo</source>
            <translation>演示</translation>
        </message>
        <message>
            <source>Charges</source>
            <translation>收费</translation>
        </message>
        <message>
            <source>Parts stock</source>
            <translation>配件库存</translation>
        </message>
        <message>
            <source>Consultations</source>
            <translation>咨询</translation>
        </message>
        <message>
            <source>Quality feedback</source>
            <translation>质量问题反馈</translation>
        </message>
        <message>
            <source>Customer file</source>
            <translation>客户档案</translation>
        </message>
        <message>
            <source>Installations</source>
            <translation>安装单</translation>
        </message>
    </context>
    <context>
        <name>BalanceTableModel</name>
        <message>
            <source>Place</source>
            <translation>存放处</translation>
        </message>
        <message>
            <source>Part code</source>
            <translation>配件编码</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>配件</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>On hand</source>
            <translation>现存</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>最低库存</translation>
        </message>
    </context>
    <context>
        <name>BoardLegend</name>
        <message>
            <source>red outline: needs a look (warning)</source>
            <translation>红框：需要注意（有提醒）</translation>
        </message>
        <message>
            <source>waiting again after an unresolved visit</source>
            <translation>上门未解决后重新待派</translation>
        </message>
        <message>
            <source>dispatched, time to agree</source>
            <translation>已派单，待约时间</translation>
        </message>
        <message>
            <source>time agreed</source>
            <translation>已约定时间</translation>
        </message>
        <message>
            <source>on site</source>
            <translation>上门服务中</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <source>not resolved</source>
            <translation>未解决</translation>
        </message>
    </context>
    <context>
        <name>CallCardDialog</name>
        <message>
            <source>— not asked —</source>
            <translation>— 未询问 —</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Satisfied with the engineer?</source>
            <translation>对服务人员是否满意？</translation>
        </message>
        <message>
            <source>Did the engineer explain how to use the product?</source>
            <translation>服务人员是否介绍了使用方法和注意事项？</translation>
        </message>
        <message>
            <source>Did the engineer keep the visiting rules (shoe covers, clean site, the four nots)?</source>
            <translation>服务人员是否遵守上门服务规范（穿鞋套、场地清、四不）？</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <source>Call card — {customer} ({kind})</source>
            <translation>回访卡 — {customer}（{kind}）</translation>
        </message>
        <message>
            <source> — key account</source>
            <translation> — 重点客户</translation>
        </message>
        <message>
            <source>{name}{key}
Phones: {phones}
Address: {address}</source>
            <translation>{name}{key}
电话：{phones}
地址：{address}</translation>
        </message>
        <message>
            <source>Unit: {model}  Serial: {serial}  Installed: {installed}
Ticket: {ticket} {fault}</source>
            <translation>产品：{model}  机身编号：{serial}  安装日期：{installed}
服务单：{ticket} {fault}</translation>
        </message>
        <message>
            <source>Reason for this callback: {reason}</source>
            <translation>回访原因：{reason}</translation>
        </message>
        <message>
            <source>No service report on record.</source>
            <translation>没有服务报告记录。</translation>
        </message>
        <message>
            <source>{day} {ticket} — engineer {engineer}
Cause: {cause}
Work: {work}
Parts: {parts}</source>
            <translation>{day} {ticket} — 工程师 {engineer}
故障原因：{cause}
处理内容：{work}
更换配件：{parts}</translation>
        </message>
        <message>
            <source>{mark}{part}: due {due} (every {months} months, last {last})</source>
            <translation>{mark}{part}：{due} 到期（每 {months} 个月更换，上次 {last}）</translation>
        </message>
        <message>
            <source>never</source>
            <translation>无记录</translation>
        </message>
        <message>
            <source>Care:</source>
            <translation>保养：</translation>
        </message>
        <message>
            <source>Due {due} · attempts {attempts} of {max}</source>
            <translation>应回访时间 {due} · 已拨打 {attempts}/{max} 次</translation>
        </message>
        <message>
            <source>Call recorded.</source>
            <translation>回访已记录。</translation>
        </message>
        <message>
            <source>Attempt recorded; next try at {due}.</source>
            <translation>已记录本次拨打；下次拨打时间 {due}。</translation>
        </message>
        <message>
            <source>Attempt recorded; the customer is now marked unreachable.</source>
            <translation>已记录本次拨打；该客户已标记为联系不上。</translation>
        </message>
        <message>
            <source>The customer refused the callback.</source>
            <translation>客户拒绝回访。</translation>
        </message>
        <message>
            <source>Maintenance visit booked: ticket {number}. The dispatcher plans it on the board.</source>
            <translation>已预约上门保养：服务单 {number}。调度将在派工板上安排。</translation>
        </message>
        <message>
            <source>Call card</source>
            <translation>回访卡</translation>
        </message>
        <message>
            <source>Customer and unit</source>
            <translation>客户与产品</translation>
        </message>
        <message>
            <source>Last service</source>
            <translation>最近一次服务</translation>
        </message>
        <message>
            <source>Customer &amp;upset? Show calming lines</source>
            <translation>客户情绪激动？显示安抚用语(&amp;U)</translation>
        </message>
        <message>
            <source>Script</source>
            <translation>回访话术</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <source>Closing line</source>
            <translation>结束语</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Never say</source>
            <translation>服务忌语（切勿使用）</translation>
        </message>
        <message>
            <source>Complaint about staff</source>
            <translation>对服务人员的意见</translation>
        </message>
        <message>
            <source>Complaint about the product</source>
            <translation>对产品质量的意见</translation>
        </message>
        <message>
            <source>Arrange a visit</source>
            <translation>安排上门服务</translation>
        </message>
        <message>
            <source>Open a complaint</source>
            <translation>登记投诉</translation>
        </message>
        <message>
            <source>&amp;Not reached</source>
            <translation>未接通(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Refused</source>
            <translation>拒绝回访(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Book maintenance visit</source>
            <translation>预约上门保养(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Complete call</source>
            <translation>完成回访(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Print callback record...</source>
            <translation>打印回访记录(&amp;P)……</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>关闭(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>CallbackLabels</name>
        <message>
            <source>After service</source>
            <translation>服务后回访</translation>
        </message>
        <message>
            <source>After installation</source>
            <translation>安装后回访</translation>
        </message>
        <message>
            <source>After return/exchange</source>
            <translation>退换货后回访</translation>
        </message>
        <message>
            <source>Key account (phone)</source>
            <translation>重点客户（电话）</translation>
        </message>
        <message>
            <source>Key account (visit)</source>
            <translation>重点客户（上门）</translation>
        </message>
        <message>
            <source>Care reminder</source>
            <translation>保养提醒</translation>
        </message>
        <message>
            <source>Ad-hoc (phone)</source>
            <translation>不定期回访（电话）</translation>
        </message>
        <message>
            <source>Ad-hoc (visit)</source>
            <translation>不定期回访（上门）</translation>
        </message>
        <message>
            <source>Very satisfied</source>
            <translation>非常满意</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>满意</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>Dissatisfied</source>
            <translation>不满意</translation>
        </message>
        <message>
            <source>Very dissatisfied</source>
            <translation>非常不满意</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>处理中</translation>
        </message>
        <message>
            <source>Inspected</source>
            <translation>已现场考察</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>已答复</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已结案</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>服务人员</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Callback</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>上门</translation>
        </message>
        <message>
            <source>Our company</source>
            <translation>我方责任</translation>
        </message>
        <message>
            <source>The installer</source>
            <translation>施工方责任</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>双方共同责任</translation>
        </message>
        <message>
            <source>The customer (use)</source>
            <translation>客户使用不当</translation>
        </message>
        <message>
            <source>No fault found</source>
            <translation>未发现问题</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>已接通</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>无人接听</translation>
        </message>
        <message>
            <source>Busy</source>
            <translation>占线</translation>
        </message>
        <message>
            <source>Wrong number</source>
            <translation>号码错误</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>拒绝回访</translation>
        </message>
        <message>
            <source>Greeting</source>
            <translation>开场白</translation>
        </message>
        <message>
            <source>Greeting (other wording)</source>
            <translation>开场白（另一种说法）</translation>
        </message>
        <message>
            <source>Greeting for a care reminder</source>
            <translation>保养提醒开场白</translation>
        </message>
        <message>
            <source>Before a visit</source>
            <translation>上门前</translation>
        </message>
        <message>
            <source>Greeting at the door</source>
            <translation>上门问候</translation>
        </message>
        <message>
            <source>Question: how it works and any comments</source>
            <translation>问：使用效果与意见</translation>
        </message>
        <message>
            <source>Question: the engineer's service</source>
            <translation>问：对服务人员是否满意</translation>
        </message>
        <message>
            <source>Question: the manual</source>
            <translation>问：是否看过说明书</translation>
        </message>
        <message>
            <source>Question: is it fixed</source>
            <translation>问：是否已修好</translation>
        </message>
        <message>
            <source>Question: suggestions</source>
            <translation>问：建议</translation>
        </message>
        <message>
            <source>Question: the engineer's conduct</source>
            <translation>问：服务人员规范</translation>
        </message>
        <message>
            <source>Offer a visit</source>
            <translation>安排上门</translation>
        </message>
        <message>
            <source>Ask an engineer</source>
            <translation>请工程师解答</translation>
        </message>
        <message>
            <source>Call back within minutes</source>
            <translation>几分钟后答复</translation>
        </message>
        <message>
            <source>Answer to a complaint about staff</source>
            <translation>对服务意见的答复</translation>
        </message>
        <message>
            <source>Answer to a complaint about the product</source>
            <translation>对产品意见的答复</translation>
        </message>
        <message>
            <source>Closing: thanks and the hotline</source>
            <translation>结束语：致谢并告知热线</translation>
        </message>
        <message>
            <source>Closing: apology, we will solve it</source>
            <translation>结束语：致歉并承诺尽快解决</translation>
        </message>
        <message>
            <source>Closing: thanks for choosing us</source>
            <translation>结束语：感谢选购</translation>
        </message>
        <message>
            <source>Closing at the door</source>
            <translation>上门结束语</translation>
        </message>
        <message>
            <source>Calming: we understand</source>
            <translation>安抚：理解您的心情</translation>
        </message>
        <message>
            <source>Calming: please don't worry</source>
            <translation>安抚：请别着急</translation>
        </message>
        <message>
            <source>Calming: tell us what happened</source>
            <translation>安抚：请介绍具体情况</translation>
        </message>
        <message>
            <source>Script line</source>
            <translation>话术</translation>
        </message>
    </context>
    <context>
        <name>CallbackQueueView</name>
        <message>
            <source>No callbacks in this list. A callback is due on the day a service is completed; change Show, Type or Clerk above to see the others.</source>
            <translation>此列表中没有回访。服务完成当天即产生回访任务；可在上方更改“显示”“类型”或“回访员”查看其他回访。</translation>
        </message>
        <message>
            <source>All pending</source>
            <translation>全部待回访</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>今日到期</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>即将到期</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>全部人员</translation>
        </message>
        <message>
            <source>Everyone (nobody in particular)</source>
            <translation>所有人（不指定）</translation>
        </message>
        <message>
            <source>Overdue: {overdue}   Due today: {today}   Upcoming: {upcoming}</source>
            <translation>已逾期：{overdue}   今日到期：{today}   即将到期：{upcoming}</translation>
        </message>
        <message>
            <source>Last 30 days — done on time: {on_time}   satisfied: {satisfied} ({pleased} of {rated}: very satisfied + satisfied)   unreachable: {unreachable}</source>
            <translation>近 30 天 — 按时回访：{on_time}   满意率：{satisfied}（{rated} 条评价中 {pleased} 条为非常满意或满意）   联系不上：{unreachable}</translation>
        </message>
        <message>
            <source>{count} key-account task(s) and {reminders} care reminder(s) created.</source>
            <translation>已创建 {count} 条重点客户回访和 {reminders} 条保养提醒。</translation>
        </message>
        <message>
            <source>Select a task in the list first.</source>
            <translation>请先在列表中选择一项任务。</translation>
        </message>
        <message>
            <source>Callbacks</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>回访员</translation>
        </message>
        <message>
            <source>&amp;Words, grades and care...</source>
            <translation>用语、满意度与保养(&amp;W)...</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Ta&amp;ke this task</source>
            <translation>由我回访(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;New callback...</source>
            <translation>新建回访(&amp;N)...</translation>
        </message>
        <message>
            <source>Create &amp;periodic tasks</source>
            <translation>生成定期任务(&amp;P)</translation>
        </message>
        <message>
            <source>Key-account callbacks (weekly by phone, monthly on site) and care reminders for consumables falling due</source>
            <translation>重点客户回访（每周电话、每月上门）以及耗材到期的保养提醒</translation>
        </message>
        <message>
            <source>&amp;Give to</source>
            <translation>交给(&amp;G)</translation>
        </message>
        <message>
            <source>Give the selected task to a colleague, or back to everyone</source>
            <translation>把选中的任务交给同事，或退回给所有人</translation>
        </message>
        <message>
            <source>&amp;Open call card</source>
            <translation>打开回访卡(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>CallbackTableModel</name>
        <message>
            <source>Due</source>
            <translation>应回访时间</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>服务单</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>拨打次数</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>回访员</translation>
        </message>
    </context>
    <context>
        <name>CatalogueSetupPage</name>
        <message>
            <source>⚠ No 三包 policy</source>
            <translation>⚠ 无三包政策</translation>
        </message>
        <message>
            <source>✓ Periods above</source>
            <translation>✓ 按上表三包期</translation>
        </message>
        <message>
            <source>✓ Default 三包 policy</source>
            <translation>✓ 默认三包政策</translation>
        </message>
        <message>
            <source>No 三包 warranty policy for: {lines}. Enter their periods above, or a return or exchange claim on them cannot be decided until a supervisor sets them.</source>
            <translation>以下产品线没有三包政策：{lines}。请在上表填写三包期；否则在主管设置之前，这些产品的退换货申请无法裁定。</translation>
        </message>
        <message>
            <source>the new line (type its name)</source>
            <translation>新产品线（请填写名称）</translation>
        </message>
        <message>
            <source>HQ catalogue workbook</source>
            <translation>总部产品目录工作簿</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Imported {lines} product lines and {models} models from {file}: check them, then continue.</source>
            <translation>已从 {file} 导入 {lines} 条产品线、{models} 个型号：请核对后继续。</translation>
        </message>
        <message>
            <source>Save the catalogue template</source>
            <translation>保存产品目录模板</translation>
        </message>
        <message>
            <source>catalogue-template.xlsx</source>
            <translation>产品目录模板.xlsx</translation>
        </message>
        <message>
            <source>Template saved: {path}</source>
            <translation>模板已保存：{path}</translation>
        </message>
        <message>
            <source>No 三包 policy</source>
            <translation>无三包政策</translation>
        </message>
        <message>
            <source>These product lines have no 三包 warranty policy: {lines}.
A return or exchange claim on them cannot be decided until a supervisor sets their periods (Returns → Policy). Continue anyway?</source>
            <translation>以下产品线没有三包政策：{lines}。
在主管设置三包期（退换货 → 三包政策）之前，这些产品的退换货申请无法裁定。仍要继续吗？</translation>
        </message>
    </context>
    <context>
        <name>ChargeDueTableModel</name>
        <message>
            <source>Visit ended</source>
            <translation>完工时间</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>服务单号</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Engineer</source>
            <translation>工程师</translation>
        </message>
        <message>
            <source>Call-out</source>
            <translation>上门费</translation>
        </message>
        <message>
            <source>Labour</source>
            <translation>维修费</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>配件费</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已收</translation>
        </message>
        <message>
            <source>Owed</source>
            <translation>未收</translation>
        </message>
    </context>
    <context>
        <name>ChargeTexts</name>
        <message>
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <source>WeChat Pay</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>Alipay</source>
            <translation>支付宝</translation>
        </message>
        <message>
            <source>Bank transfer</source>
            <translation>转账</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>作废</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>前台</translation>
        </message>
    </context>
    <context>
        <name>ChargesArea</name>
        <message>
            <source>Nothing is owed. A visit with charges appears here once its result is recorded.</source>
            <translation>目前没有未收款项。有收费的上门在录入服务结果后显示在这里。</translation>
        </message>
        <message>
            <source>No receipts in this period. A receipt is made when a payment is recorded on the first tab.</source>
            <translation>此期间没有收据。在第一页登记收款后即生成收据。</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>全部收款人</translation>
        </message>
        <message>
            <source>Every method</source>
            <translation>全部付款方式</translation>
        </message>
        <message>
            <source>Collected by</source>
            <translation>收款人</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>收据数</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>{count} receipts of the day were voided and are not counted.</source>
            <translation>当天有 {count} 张收据已作废，未计入。</translation>
        </message>
        <message>
            <source>Fault category</source>
            <translation>故障类别</translation>
        </message>
        <message>
            <source>Labour (yuan)</source>
            <translation>维修费（元）</translation>
        </message>
        <message>
            <source>No schedule yet: nothing is proposed until one is saved.</source>
            <translation>尚未设置收费标准：保存之前不会自动建议收费。</translation>
        </message>
        <message>
            <source>Last changed {at} by {by}</source>
            <translation>最后修改：{at}，{by}</translation>
        </message>
        <message>
            <source>Last changed {at}</source>
            <translation>最后修改：{at}</translation>
        </message>
        <message>
            <source>Labour for {fault} is not an amount: {text}</source>
            <translation>“{fault}”的维修费不是金额：{text}</translation>
        </message>
        <message>
            <source>Fee schedule for {line} saved.</source>
            <translation>{line}的收费标准已保存。</translation>
        </message>
        <message>
            <source>Choose the visit in the list first.</source>
            <translation>请先在列表中选择上门记录。</translation>
        </message>
        <message>
            <source>Nothing is owed on this visit.</source>
            <translation>这次上门没有未收费用。</translation>
        </message>
        <message>
            <source>Receipt {number} recorded.</source>
            <translation>收据 {number} 已登记。</translation>
        </message>
        <message>
            <source>Choose the receipt in the list first.</source>
            <translation>请先在列表中选择收据。</translation>
        </message>
        <message>
            <source>Void receipt</source>
            <translation>作废收据</translation>
        </message>
        <message>
            <source>Why is receipt {number} void? (kept with the receipt and in the audit log)</source>
            <translation>收据 {number} 作废的原因？（随收据保存并记入审计日志）</translation>
        </message>
        <message>
            <source>Receipt {number} is void.</source>
            <translation>收据 {number} 已作废。</translation>
        </message>
        <message>
            <source>Receipt {number}</source>
            <translation>收费收据 {number}</translation>
        </message>
        <message>
            <source>Receipt {number} — NOT digitally signed</source>
            <translation>收费收据 {number}——未数字签名</translation>
        </message>
        <message>
            <source>Branch signing key</source>
            <translation>网点签名密钥</translation>
        </message>
        <message>
            <source>The branch signing key is locked or missing, so the receipt cannot be digitally signed.</source>
            <translation>网点签名密钥未解锁或不存在，收据无法数字签名。</translation>
        </message>
        <message>
            <source>Open signing key...</source>
            <translation>打开签名密钥...</translation>
        </message>
        <message>
            <source>Print unsigned</source>
            <translation>打印未签名版</translation>
        </message>
        <message>
            <source>Charges</source>
            <translation>收费</translation>
        </message>
        <message>
            <source>To collect</source>
            <translation>待收费</translation>
        </message>
        <message>
            <source>Ticket no. or customer</source>
            <translation>服务单号或客户</translation>
        </message>
        <message>
            <source>Still owing only</source>
            <translation>只看未收清的</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Record &amp;payment...</source>
            <translation>登记收款(&amp;P)...</translation>
        </message>
        <message>
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>yyyy-MM-dd</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Receipt, ticket or payer</source>
            <translation>收据号、服务单号或交款人</translation>
        </message>
        <message>
            <source>&amp;Print receipt...</source>
            <translation>打印收据(&amp;P)...</translation>
        </message>
        <message>
            <source>&amp;Void...</source>
            <translation>作废(&amp;V)...</translation>
        </message>
        <message>
            <source>Daily cash</source>
            <translation>每日收款</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Fee schedule</source>
            <translation>收费标准</translation>
        </message>
        <message>
            <source>Product li&amp;ne</source>
            <translation>产品线(&amp;N)</translation>
        </message>
        <message>
            <source>La&amp;bour, other faults (yuan)</source>
            <translation>其他故障维修费（元）(&amp;B)</translation>
        </message>
        <message>
            <source>Call-&amp;out fee (yuan)</source>
            <translation>上门费（元）(&amp;O)</translation>
        </message>
        <message>
            <source>Labour per fault category (leave empty to use the labour above). Parts are charged at their catalogue price. In warranty, parts and labour are free.</source>
            <translation>按故障类别的维修费（留空则用上面的维修费）。配件按目录价收费。保修期内配件和维修费免费。</translation>
        </message>
        <message>
            <source>&amp;Save the schedule</source>
            <translation>保存收费标准(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>ClaimListView</name>
        <message>
            <source>No return or exchange claims here. Type the ticket number or serial number above, choose what the customer asks for and Create claim.</source>
            <translation>这里还没有退换货申请。在上方输入服务单号或机身编号，选择客户要求，然后点击“创建申请”。</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>（请选择）</translation>
        </message>
        <message>
            <source>Enter a ticket number or a unit serial.</source>
            <translation>请输入服务单号或机身编号。</translation>
        </message>
        <message>
            <source>Choose what the customer asks for.</source>
            <translation>请选择客户的要求。</translation>
        </message>
        <message>
            <source>Claim {number} started.</source>
            <translation>已创建申请 {number}。</translation>
        </message>
        <message>
            <source>Return and exchange claims</source>
            <translation>退换货申请</translation>
        </message>
        <message>
            <source>Ticket no. or unit serial</source>
            <translation>服务单号或机身编号</translation>
        </message>
        <message>
            <source>Customer asks for</source>
            <translation>客户要求</translation>
        </message>
        <message>
            <source>Start claim</source>
            <translation>创建申请</translation>
        </message>
        <message>
            <source>Warranty policy...</source>
            <translation>三包政策...</translation>
        </message>
        <message>
            <source>Search claim no., serial, customer or ticket</source>
            <translation>搜索申请号、机身编号、客户或服务单</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
    </context>
    <context>
        <name>ClaimTableModel</name>
        <message>
            <source>Claim no.</source>
            <translation>申请号</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>申请时间</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>服务单</translation>
        </message>
        <message>
            <source>Asked for</source>
            <translation>客户要求</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>裁定结果</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>规则</translation>
        </message>
    </context>
    <context>
        <name>ClaimTexts</name>
        <message>
            <source>Product line</source>
            <translation>产品线</translation>
        </message>
        <message>
            <source>Usage</source>
            <translation>使用性质</translation>
        </message>
        <message>
            <source>Invoice date</source>
            <translation>发票日期</translation>
        </message>
        <message>
            <source>Installation date (by us)</source>
            <translation>安装日期（我方安装）</translation>
        </message>
        <message>
            <source>Production date</source>
            <translation>生产日期</translation>
        </message>
        <message>
            <source>Fault reported on</source>
            <translation>报修日期</translation>
        </message>
        <message>
            <source>Proof of purchase</source>
            <translation>购买凭证</translation>
        </message>
        <message>
            <source>Invoice price</source>
            <translation>发票金额</translation>
        </message>
        <message>
            <source>Earlier repairs of the same fault</source>
            <translation>同一故障已修理次数</translation>
        </message>
        <message>
            <source>Days in repair</source>
            <translation>修理占用天数</translation>
        </message>
        <message>
            <source>Days an open repair is pending</source>
            <translation>在修待修天数</translation>
        </message>
        <message>
            <source>Why the repair is pending</source>
            <translation>待修原因</translation>
        </message>
        <message>
            <source>Last paid repair of this fault</source>
            <translation>该故障上次收费修理日期</translation>
        </message>
        <message>
            <source>Customer asks for</source>
            <translation>客户要求</translation>
        </message>
        <message>
            <source>Same model available</source>
            <translation>有同型号同规格产品</translation>
        </message>
        <message>
            <source>Customer accepts another model</source>
            <translation>客户接受其他型号</translation>
        </message>
        <message>
            <source>Basis of the claim</source>
            <translation>申请依据</translation>
        </message>
        <message>
            <source>Sales channel</source>
            <translation>销售方式</translation>
        </message>
        <message>
            <source>Refund date</source>
            <translation>退货日期</translation>
        </message>
        <message>
            <source>Date on the warranty card</source>
            <translation>三包凭证上的日期</translation>
        </message>
        <message>
            <source>Goods received on</source>
            <translation>收货日期</translation>
        </message>
        <message>
            <source>Custom-made</source>
            <translation>定作商品</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>故障原因</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>部件</translation>
        </message>
        <message>
            <source>Kind of fault</source>
            <translation>故障类别</translation>
        </message>
        <message>
            <source>Voucher altered or not matching</source>
            <translation>凭证涂改或不符</translation>
        </message>
        <message>
            <source>Defect noted at acceptance</source>
            <translation>验收时已记录缺陷</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>已安装</translation>
        </message>
        <message>
            <source>Intact</source>
            <translation>完好</translation>
        </message>
        <message>
            <source>Part cannot be exchanged alone</source>
            <translation>部件无法单独更换</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>家用</translation>
        </message>
        <message>
            <source>Commercial</source>
            <translation>商用</translation>
        </message>
        <message>
            <source>Invoice or receipt</source>
            <translation>发票或收款收据</translation>
        </message>
        <message>
            <source>Warranty card only</source>
            <translation>仅有三包凭证</translation>
        </message>
        <message>
            <source>No proof</source>
            <translation>无凭证</translation>
        </message>
        <message>
            <source>No spare parts</source>
            <translation>无零配件</translation>
        </message>
        <message>
            <source>Repairer's own delay</source>
            <translation>修理者自身原因</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>退货</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>调换</translation>
        </message>
        <message>
            <source>Free repair</source>
            <translation>免费修理</translation>
        </message>
        <message>
            <source>Refused (charged repair)</source>
            <translation>不予三包（可收费修理）</translation>
        </message>
        <message>
            <source>Inspection required</source>
            <translation>需先检测</translation>
        </message>
        <message>
            <source>Quality fault</source>
            <translation>质量问题</translation>
        </message>
        <message>
            <source>No-reason return</source>
            <translation>无理由退货</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>门店</translation>
        </message>
        <message>
            <source>Online / TV / phone / mail order</source>
            <translation>网络/电视/电话/邮购</translation>
        </message>
        <message>
            <source>Installation error</source>
            <translation>安装原因</translation>
        </message>
        <message>
            <source>Misuse</source>
            <translation>使用不当</translation>
        </message>
        <message>
            <source>Taken apart by the customer or others</source>
            <translation>自行或非授权拆修</translation>
        </message>
        <message>
            <source>Damaged by a third party</source>
            <translation>第三方人为损坏</translation>
        </message>
        <message>
            <source>Force majeure</source>
            <translation>不可抗力</translation>
        </message>
        <message>
            <source>Conditions outside the specification</source>
            <translation>使用环境不符合要求</translation>
        </message>
        <message>
            <source>Performance fault</source>
            <translation>性能故障</translation>
        </message>
        <message>
            <source>Appearance defect</source>
            <translation>外观缺陷</translation>
        </message>
        <message>
            <source>Consumable</source>
            <translation>易耗件</translation>
        </message>
        <message>
            <source>Tank</source>
            <translation>内胆水箱</translation>
        </message>
        <message>
            <source>Vacuum tube</source>
            <translation>真空管</translation>
        </message>
        <message>
            <source>Collector</source>
            <translation>集热器</translation>
        </message>
        <message>
            <source>Bracket</source>
            <translation>支架</translation>
        </message>
        <message>
            <source>Controller</source>
            <translation>控制仪</translation>
        </message>
        <message>
            <source>Electric heater</source>
            <translation>电加热</translation>
        </message>
        <message>
            <source>Pipe</source>
            <translation>管路</translation>
        </message>
        <message>
            <source>Valve</source>
            <translation>阀门</translation>
        </message>
        <message>
            <source>Pump</source>
            <translation>水泵</translation>
        </message>
        <message>
            <source>Booster</source>
            <translation>增压泵</translation>
        </message>
        <message>
            <source>Power board</source>
            <translation>电源板</translation>
        </message>
        <message>
            <source>Display board</source>
            <translation>显示板</translation>
        </message>
        <message>
            <source>Temperature limiter</source>
            <translation>限温器</translation>
        </message>
        <message>
            <source>Meter</source>
            <translation>仪表</translation>
        </message>
        <message>
            <source>Remote control</source>
            <translation>遥控器</translation>
        </message>
        <message>
            <source>Hose</source>
            <translation>软管</translation>
        </message>
        <message>
            <source>Knob</source>
            <translation>旋钮</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>滤芯</translation>
        </message>
        <message>
            <source>Membrane</source>
            <translation>RO膜</translation>
        </message>
        <message>
            <source>Faucet</source>
            <translation>龙头</translation>
        </message>
        <message>
            <source>Housing</source>
            <translation>外壳</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Solar water heater</source>
            <translation>太阳能热水器</translation>
        </message>
        <message>
            <source>Water purifier</source>
            <translation>净水器</translation>
        </message>
        <message>
            <source>the whole unit</source>
            <translation>整机</translation>
        </message>
        <message>
            <source>installation date</source>
            <translation>安装日期</translation>
        </message>
        <message>
            <source>warranty card date</source>
            <translation>三包凭证日期</translation>
        </message>
        <message>
            <source>90th day after production</source>
            <translation>出厂后第90日</translation>
        </message>
        <message>
            <source>receipt date</source>
            <translation>收货日期</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>主管</translation>
        </message>
        <message>
            <source>HQ confirmation</source>
            <translation>总部确认</translation>
        </message>
        <message>
            <source>the customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>the maker</source>
            <translation>生产者</translation>
        </message>
        <message>
            <source>the branch</source>
            <translation>网点</translation>
        </message>
        <message>
            <source>Claimed</source>
            <translation>已申请</translation>
        </message>
        <message>
            <source>Inspected</source>
            <translation>已检测</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>已裁定</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已审批</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>已驳回</translation>
        </message>
        <message>
            <source>Executed</source>
            <translation>已执行</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>{amount} yuan</source>
            <translation>{amount} 元</translation>
        </message>
        <message>
            <source>unit record</source>
            <translation>产品档案</translation>
        </message>
        <message>
            <source>ticket {ref}</source>
            <translation>服务单 {ref}</translation>
        </message>
        <message>
            <source>{count} service reports</source>
            <translation>{count} 份客户服务报告</translation>
        </message>
        <message>
            <source>{count} earlier repair tickets</source>
            <translation>此前 {count} 张维修服务单</translation>
        </message>
        <message>
            <source>service report of ticket {ref}</source>
            <translation>服务单 {ref} 的服务报告</translation>
        </message>
        <message>
            <source>open repair ticket {ref}</source>
            <translation>在修服务单 {ref}</translation>
        </message>
        <message>
            <source>escalation plan of ticket {ref}</source>
            <translation>服务单 {ref} 的升级处理方案</translation>
        </message>
        <message>
            <source>exchange day: the period restarted (S-3)</source>
            <translation>换货日：三包有效期重新计算（S-3）</translation>
        </message>
        <message>
            <source>day the claim was started</source>
            <translation>申请日期</translation>
        </message>
        <message>
            <source>entered by clerk {user}</source>
            <translation>客服 {user} 录入</translation>
        </message>
        <message>
            <source>inspection by {user}</source>
            <translation>{user} 检测</translation>
        </message>
        <message>
            <source>customer's choice, recorded by {user}</source>
            <translation>客户选择，{user} 记录</translation>
        </message>
        <message>
            <source>not in the records</source>
            <translation>档案中无记录</translation>
        </message>
        <message>
            <source>assumed until the clerk enters it</source>
            <translation>默认值，待客服确认</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Day {d} after the start of the period (the start day is not counted).</source>
            <translation>自起算日起第 {d} 天（起算当日不计入）。</translation>
        </message>
        <message>
            <source>The period starts on {start_date} ({basis}).</source>
            <translation>三包有效期自 {start_date} 起算（{basis}）。</translation>
        </message>
        <message>
            <source>Whole unit covered until {whole_unit_end}, main parts until {main_parts_end} (extended by {extension_days} days in repair).</source>
            <translation>整机三包至 {whole_unit_end}，主要部件至 {main_parts_end}（已顺延修理占用 {extension_days} 天）。</translation>
        </message>
        <message>
            <source>Bought in a store: no no-reason return.</source>
            <translation>门店购买，不适用无理由退货。</translation>
        </message>
        <message>
            <source>Day {d}: the {limit}-day no-reason return period has passed.</source>
            <translation>第 {d} 天：已超过 {limit} 日无理由退货期限。</translation>
        </message>
        <message>
            <source>Installed: {installed}, intact: {intact}, custom-made: {custom_made}; the goods cannot be returned without a reason.</source>
            <translation>已安装：{installed}，完好：{intact}，定作：{custom_made}；不能无理由退货。</translation>
        </message>
        <message>
            <source>No-reason return within 7 days; return freight is paid by {freight}.</source>
            <translation>七日内无理由退货；退回运费由{freight}承担。</translation>
        </message>
        <message>
            <source>An engineer's inspection is needed before this refusal can be decided.</source>
            <translation>须经工程师检测后才能作出不予三包的裁定。</translation>
        </message>
        <message>
            <source>The cause has not been established by an inspection yet.</source>
            <translation>故障原因尚未经检测确认。</translation>
        </message>
        <message>
            <source>The voucher is altered or does not match the unit.</source>
            <translation>三包凭证被涂改或与产品不符。</translation>
        </message>
        <message>
            <source>Cause found at inspection: {cause}. Not covered by 三包.</source>
            <translation>检测确认的原因：{cause}。不属于三包范围。</translation>
        </message>
        <message>
            <source>The part ({part}) is a consumable; its replacement is charged.</source>
            <translation>该部件（{part}）属易耗件，更换需收费。</translation>
        </message>
        <message>
            <source>The appearance defect was noted at acceptance: exchange of {scope}.</source>
            <translation>外观缺陷已在验收时记录：调换{scope}。</translation>
        </message>
        <message>
            <source>The appearance defect was not noted at acceptance.</source>
            <translation>验收时未记录该外观缺陷。</translation>
        </message>
        <message>
            <source>A goodwill remedy is possible with the supervisor's approval.</source>
            <translation>经主管批准可作善意处理。</translation>
        </message>
        <message>
            <source>Without an invoice only a repair is possible (start: {start_basis}).</source>
            <translation>无发票只能修理（起算依据：{start_basis}）。</translation>
        </message>
        <message>
            <source>Inside the warranty period: free repair, parts and labour.</source>
            <translation>在三包有效期内：免费修理（含材料费和工时费）。</translation>
        </message>
        <message>
            <source>Performance fault on day {d}: within 7 days the customer chooses refund, exchange or repair.</source>
            <translation>第 {d} 天出现性能故障：七日内由客户选择退货、换货或修理。</translation>
        </message>
        <message>
            <source>Performance fault on day {d}: within 15 days the customer chooses exchange or repair.</source>
            <translation>第 {d} 天出现性能故障：十五日内由客户选择换货或修理。</translation>
        </message>
        <message>
            <source>Repaired {prior_repairs} times for the same fault (limit {limit}) and still faulty.</source>
            <translation>同一故障已修理 {prior_repairs} 次（上限 {limit} 次），仍不能正常使用。</translation>
        </message>
        <message>
            <source>The repair has waited {pending_days} days for parts (more than {limit}).</source>
            <translation>因无零配件已待修 {pending_days} 天（超过 {limit} 天）。</translation>
        </message>
        <message>
            <source>The repair has been delayed {pending_days} days by the repairer (more than {limit}); the branch bears the cost.</source>
            <translation>因修理者自身原因已延误 {pending_days} 天（超过 {limit} 天），费用由网点承担。</translation>
        </message>
        <message>
            <source>After the whole-unit period but inside the main-part period: the {part} is repaired or replaced free.</source>
            <translation>已过整机有效期，但在主要部件有效期内：{part}免费修理或更换。</translation>
        </message>
        <message>
            <source>A paid repair of the same fault on {last_paid_repair_date} is guaranteed for {days} days (until {until}).</source>
            <translation>{last_paid_repair_date} 对同一故障的收费修理保修 {days} 天（至 {until}）。</translation>
        </message>
        <message>
            <source>Outside every warranty period.</source>
            <translation>已超过全部三包有效期。</translation>
        </message>
        <message>
            <source>The customer asked for {requested}, which is not allowed; the decision is {outcome}.</source>
            <translation>客户要求{requested}，不符合条件；裁定为{outcome}。</translation>
        </message>
        <message>
            <source>No unit of the same model: exchange to another model the customer accepts.</source>
            <translation>无同型号产品：调换为客户同意的其他型号。</translation>
        </message>
        <message>
            <source>The new unit's warranty period starts again on the exchange day.</source>
            <translation>新产品的三包有效期自换货之日起重新计算。</translation>
        </message>
        <message>
            <source>Whether the same model is available is not known yet: the refund cannot be priced.</source>
            <translation>尚不确定是否有同型号产品，退款金额暂无法计算。</translation>
        </message>
        <message>
            <source>The invoice price is missing: the refund cannot be priced.</source>
            <translation>缺少发票金额，退款金额无法计算。</translation>
        </message>
        <message>
            <source>Full refund of {amount} yuan, no deduction.</source>
            <translation>全额退款 {amount} 元，不作扣除。</translation>
        </message>
        <message>
            <source>No refund date recorded: {refund_date} is assumed.</source>
            <translation>未记录退货日期：按 {refund_date} 计算。</translation>
        </message>
        <message>
            <source>Depreciation {price} × {rate} × {days} days (from {invoice_date} to {refund_date}, less {repair_days} days in repair) = {depreciation} yuan; refund {refund} yuan.</source>
            <translation>折旧费 {price} × {rate} × {days} 天（{invoice_date} 至 {refund_date}，扣除修理占用 {repair_days} 天）= {depreciation} 元；退款 {refund} 元。</translation>
        </message>
        <message>
            <source>A charged repair is offered.</source>
            <translation>可提供收费修理。</translation>
        </message>
        <message>
            <source>Scope: {scope}.</source>
            <translation>范围：{scope}。</translation>
        </message>
        <message>
            <source>Overridden by the supervisor: {outcome}.</source>
            <translation>主管改判为：{outcome}。</translation>
        </message>
        <message>
            <source>Charged repair ticket {ticket} opened.</source>
            <translation>已开收费维修服务单 {ticket}。</translation>
        </message>
        <message>
            <source>the defective part</source>
            <translation>故障部件</translation>
        </message>
    </context>
    <context>
        <name>ClockAlerts</name>
        <message>
            <source>Branch Service Desk</source>
            <translation>网点售后服务台</translation>
        </message>
        <message>
            <source>Service clock breached</source>
            <translation>服务时限已超时</translation>
        </message>
        <message>
            <source>Service clock due in minutes</source>
            <translation>服务时限即将到期</translation>
        </message>
        <message>
            <source>Service clock</source>
            <translation>服务时限</translation>
        </message>
        <message>
            <source>{number} {customer}: {what}, due {time}</source>
            <translation>{number} {customer}：{what}，时限 {time}</translation>
        </message>
        <message>
            <source>(and {count} more)</source>
            <translation>（另有 {count} 项）</translation>
        </message>
        <message>
            <source>Click to open.</source>
            <translation>点击打开。</translation>
        </message>
        <message>
            <source>Click to open {number}.</source>
            <translation>点击打开 {number}。</translation>
        </message>
    </context>
    <context>
        <name>ClockWatchWidget</name>
        <message>
            <source>Clocks: ...</source>
            <translation>时限：...</translation>
        </message>
        <message>
            <source>Clocks due: {count}</source>
            <translation>到期时限：{count}</translation>
        </message>
        <message>
            <source>{count} service clocks are due within minutes or overdue; click to list them.</source>
            <translation>有 {count} 项服务时限即将到期或已超时；点击查看。</translation>
        </message>
        <message>
            <source>Clocks: ?</source>
            <translation>时限：?</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>已超时</translation>
        </message>
        <message>
            <source>due</source>
            <translation>即将到期</translation>
        </message>
        <message>
            <source>{number} {customer}: {commitment} {state} {time}</source>
            <translation>{number} {customer}：{commitment} {state} {time}</translation>
        </message>
        <message>
            <source>No clock is due.</source>
            <translation>没有即将到期的时限。</translation>
        </message>
    </context>
    <context>
        <name>ComplaintDialog</name>
        <message>
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Steps taken</source>
            <translation>处理过程</translation>
        </message>
        <message>
            <source>Add &amp;step</source>
            <translation>添加处理记录(&amp;S)</translation>
        </message>
        <message>
            <source>Called the customer &amp;back</source>
            <translation>已回电客户(&amp;B)</translation>
        </message>
        <message>
            <source>The first contact with the complainant (a service clock); the note above is kept as a step</source>
            <translation>与投诉客户的首次联系（服务时限）；上方备注记为一条处理步骤</translation>
        </message>
        <message>
            <source>On-site inspection (before any statement of liability)</source>
            <translation>现场考察（认定责任之前）</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>考察结果</translation>
        </message>
        <message>
            <source>Record &amp;inspection</source>
            <translation>登记现场考察(&amp;I)</translation>
        </message>
        <message>
            <source>Liability</source>
            <translation>责任认定</translation>
        </message>
        <message>
            <source>Set &amp;liability</source>
            <translation>认定责任(&amp;L)</translation>
        </message>
        <message>
            <source>Answer to the customer</source>
            <translation>给客户的答复</translation>
        </message>
        <message>
            <source>The customer accepts the answer</source>
            <translation>客户接受答复</translation>
        </message>
        <message>
            <source>Record &amp;answer</source>
            <translation>登记答复(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Quality problem...</source>
            <translation>质量问题反馈(&amp;Q)...</translation>
        </message>
        <message>
            <source>Report the product quality problem behind this complaint to HQ (质量问题反馈单)</source>
            <translation>将此投诉涉及的产品质量问题反馈总部（质量问题反馈单）</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>关闭(&amp;O)</translation>
        </message>
        <message>
            <source>Complaint {number}</source>
            <translation>投诉 {number}</translation>
        </message>
        <message>
            <source> — OVERDUE</source>
            <translation> — 已逾期</translation>
        </message>
        <message>
            <source>{number} · {customer} · ticket {ticket}
Source: {source} · concerns: {concerns} {person} · owner: {owner} · status: {status}
Answer promised by {due}{overdue}</source>
            <translation>{number} · {customer} · 服务单 {ticket}
来源：{source} · 涉及：{concerns} {person} · 负责人：{owner} · 状态：{status}
承诺答复时间 {due}{overdue}</translation>
        </message>
        <message>
            <source>Inspected {at}</source>
            <translation>已于 {at} 现场考察</translation>
        </message>
        <message>
            <source>Not inspected yet: liability cannot be stated.</source>
            <translation>尚未现场考察：不能认定责任。</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <source>Called the customer back.</source>
            <translation>已回电客户。</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>按时</translation>
        </message>
        <message>
            <source>late</source>
            <translation>超时</translation>
        </message>
        <message>
            <source>Customer called back {at} (due {due}, {kept})</source>
            <translation>已于 {at} 回电客户（时限 {due}，{kept}）</translation>
        </message>
        <message>
            <source>Call the customer back: it was due at {due}!</source>
            <translation>请立即回电客户：时限 {due} 已过！</translation>
        </message>
        <message>
            <source>Call the customer back by {due}</source>
            <translation>请在 {due} 前回电客户</translation>
        </message>
    </context>
    <context>
        <name>ComplaintListView</name>
        <message>
            <source>Complaints</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <source>&amp;New complaint...</source>
            <translation>新建投诉(&amp;N)...</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>&amp;Open complaint</source>
            <translation>打开投诉(&amp;O)</translation>
        </message>
        <message>
            <source>No complaints in this list. Record a customer's complaint with New complaint; choose All above to see the closed ones too.</source>
            <translation>此列表中没有投诉。客户投诉时用“新建投诉”登记；在上方选择“全部”可查看已结案的投诉。</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>处理中</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已结案</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Open: {open}   Overdue: {overdue}   Opened in the last 30 days: {opened}   Closed: {closed}</source>
            <translation>处理中：{open}   已逾期：{overdue}   近 30 天新增：{opened}   结案：{closed}</translation>
        </message>
    </context>
    <context>
        <name>ComplaintPhrases</name>
        <message>
            <source>Taking the complaint</source>
            <translation>受理投诉（电话受理）</translation>
        </message>
        <message>
            <source>Calling the customer back</source>
            <translation>回电客户（技术员电话联系）</translation>
        </message>
        <message>
            <source>With the installer or dealer</source>
            <translation>与安装方/经销商联系</translation>
        </message>
    </context>
    <context>
        <name>ComplaintTableModel</name>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>涉及</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>涉及人员</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Call back by</source>
            <translation>回电时限</translation>
        </message>
        <message>
            <source>Answer due</source>
            <translation>承诺答复时间</translation>
        </message>
        <message>
            <source>{due} (overdue)</source>
            <translation>{due}（已逾期）</translation>
        </message>
        <message>
            <source>called {at}</source>
            <translation>已回电 {at}</translation>
        </message>
    </context>
    <context>
        <name>ConductNames</name>
        <message>
            <source>Showed the work card, gave their name</source>
            <translation>出示工作证，自报姓名</translation>
        </message>
        <message>
            <source>Shoe covers on before entering</source>
            <translation>进门前穿好鞋套</translation>
        </message>
        <message>
            <source>Asked before drilling or using things</source>
            <translation>打孔、动用物品前征得同意</translation>
        </message>
        <message>
            <source>Explained the use and care</source>
            <translation>讲解使用方法及注意事项</translation>
        </message>
        <message>
            <source>Site left clean, rubbish taken away</source>
            <translation>工完料净场地清，垃圾带走</translation>
        </message>
        <message>
            <source>Four nots: no arguing, meal, drink, cigarette</source>
            <translation>四不：不顶撞、不吃饭、不喝水、不抽烟</translation>
        </message>
        <message>
            <source>No money or gifts accepted</source>
            <translation>不收红包、赠品</translation>
        </message>
    </context>
    <context>
        <name>ConsultationDialog</name>
        <message>
            <source>Consultation {number}</source>
            <translation>咨询 {number}</translation>
        </message>
        <message>
            <source>{number} · {status} · received {received} by {taker} ({channel})
Caller: {caller}  {phone} · product: {product} · topic: {topic}</source>
            <translation>{number} · {status} · {received} 由 {taker} 受理（{channel}）
来电人：{caller}  {phone} · 产品：{product} · 类别：{topic}</translation>
        </message>
        <message>
            <source>Turned into ticket {ticket}.</source>
            <translation>已转为服务单 {ticket}。</translation>
        </message>
        <message>
            <source>Answered at once ({at}).</source>
            <translation>已当即答复（{at}）。</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>按时</translation>
        </message>
        <message>
            <source>late</source>
            <translation>超时</translation>
        </message>
        <message>
            <source>Reply promised by {due}; replied {at} by {who}, {kept}.</source>
            <translation>承诺 {due} 前答复；{who} 已于 {at} 答复，{kept}。</translation>
        </message>
        <message>
            <source>Reply promised by {due}: OVERDUE, call the customer back now.</source>
            <translation>承诺 {due} 前答复：已超时，请立即回复客户。</translation>
        </message>
        <message>
            <source>Reply promised by {due}.</source>
            <translation>承诺 {due} 前答复。</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <source>(no customer with this phone: register the caller in Intake)</source>
            <translation>（无此电话的客户：请先在受理中登记来电人）</translation>
        </message>
        <message>
            <source>(no particular unit)</source>
            <translation>（不指定机器）</translation>
        </message>
        <message>
            <source>Choose the fault category of the ticket.</source>
            <translation>请选择服务单的故障类别。</translation>
        </message>
        <message>
            <source>Ticket {ticket} opened; its own service clocks have started.</source>
            <translation>已开服务单 {ticket}，其服务时限已开始计时。</translation>
        </message>
        <message>
            <source>Consultation</source>
            <translation>咨询</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>咨询内容</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>答复</translation>
        </message>
        <message>
            <source>Record the &amp;reply</source>
            <translation>记录答复(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Close the consultation</source>
            <translation>结束咨询(&amp;C)</translation>
        </message>
        <message>
            <source>A fault after all: turn the question into a ticket</source>
            <translation>实为故障：转为服务单</translation>
        </message>
        <message>
            <source>C&amp;ustomer</source>
            <translation>客户(&amp;U)</translation>
        </message>
        <message>
            <source>U&amp;nit</source>
            <translation>机器(&amp;N)</translation>
        </message>
        <message>
            <source>Pro&amp;duct</source>
            <translation>产品(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Fault category</source>
            <translation>故障类别(&amp;F)</translation>
        </message>
        <message>
            <source>Pr&amp;iority</source>
            <translation>优先级(&amp;I)</translation>
        </message>
        <message>
            <source>Open a &amp;ticket</source>
            <translation>开服务单(&amp;T)</translation>
        </message>
        <message>
            <source>Show the ticket</source>
            <translation>查看服务单</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>关闭(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>ConsultationListView</name>
        <message>
            <source>No consultations in this list. A caller's question that is not a fault is recorded with New consultation (or Question on the Intake screen); choose All above to see the closed ones.</source>
            <translation>此列表中没有咨询。来电询问而非报修时，用“新咨询”（或受理页面的“咨询（非故障）”）登记；在上方选择“全部”可查看已结束的咨询。</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>未结束</translation>
        </message>
        <message>
            <source>Awaiting a reply</source>
            <translation>待答复</translation>
        </message>
        <message>
            <source>Reply overdue</source>
            <translation>答复超时</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已结束</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Awaiting a reply: {awaiting}   Reply overdue: {overdue}   Shown: {shown}</source>
            <translation>待答复：{awaiting}   答复超时：{overdue}   显示：{shown}</translation>
        </message>
        <message>
            <source>Consultations</source>
            <translation>咨询</translation>
        </message>
        <message>
            <source>Sho&amp;w</source>
            <translation>显示(&amp;W)</translation>
        </message>
        <message>
            <source>Number, caller, phone, ticket or words of the question</source>
            <translation>单号、来电人、电话、服务单号或咨询内容</translation>
        </message>
        <message>
            <source>&amp;New question...</source>
            <translation>新咨询(&amp;N)...</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>ConsultationTableModel</name>
        <message>
            <source>Number</source>
            <translation>咨询单号</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>受理时间</translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>来电人</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>咨询内容</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Reply promised by</source>
            <translation>承诺答复时间</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>服务单</translation>
        </message>
        <message>
            <source>answered at once</source>
            <translation>当即答复</translation>
        </message>
        <message>
            <source>{due} (overdue)</source>
            <translation>{due}（超时）</translation>
        </message>
    </context>
    <context>
        <name>ContactTexts</name>
        <message>
            <source>Use of the product</source>
            <translation>使用方法</translation>
        </message>
        <message>
            <source>Buying and prices</source>
            <translation>选购与价格</translation>
        </message>
        <message>
            <source>Installation</source>
            <translation>安装</translation>
        </message>
        <message>
            <source>Warranty (三包)</source>
            <translation>三包政策</translation>
        </message>
        <message>
            <source>Maintenance</source>
            <translation>保养</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Awaiting reply</source>
            <translation>待答复</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>已答复</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已结束</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>服务单</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>上门服务</translation>
        </message>
        <message>
            <source>Return claim</source>
            <translation>退换货申请</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>已填写</translation>
        </message>
        <message>
            <source>Sent to HQ</source>
            <translation>已报总部</translation>
        </message>
        <message>
            <source>Answered by HQ</source>
            <translation>总部已答复</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>咨询内容</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>答复</translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>来电人</translation>
        </message>
        <message>
            <source>Reply promised by</source>
            <translation>承诺答复时间</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Fault category</source>
            <translation>故障类别</translation>
        </message>
        <message>
            <source>Product line</source>
            <translation>产品线</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题描述</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>批次</translation>
        </message>
        <message>
            <source>Serial numbers</source>
            <translation>机身编号</translation>
        </message>
        <message>
            <source>Units affected</source>
            <translation>问题数量</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>型号</translation>
        </message>
        <message>
            <source>Root cause</source>
            <translation>原因分析</translation>
        </message>
        <message>
            <source>Corrective action</source>
            <translation>纠正措施</translation>
        </message>
        <message>
            <source>Preventive action</source>
            <translation>预防措施</translation>
        </message>
        <message>
            <source>Answered by</source>
            <translation>答复人</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>{field}: {message}</source>
            <translation>{field}：{message}</translation>
        </message>
    </context>
    <context>
        <name>CustomerEditDialog</name>
        <message>
            <source>Edit customer {name}</source>
            <translation>修改客户 {name}</translation>
        </message>
        <message>
            <source>District / county</source>
            <translation>区县</translation>
        </message>
        <message>
            <source>Town / township</source>
            <translation>乡镇/街道</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>A unit or ticket uses this address: it can be corrected, not removed.</source>
            <translation>此地址有产品或服务单在用：可以修改，不能删除。</translation>
        </message>
        <message>
            <source>A unit or ticket uses this address: correct it instead.</source>
            <translation>此地址有产品或服务单在用：请改为修改地址。</translation>
        </message>
        <message>
            <source>Edit customer</source>
            <translation>修改客户</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>姓名(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>类别(&amp;K)</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>备注(&amp;O)</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Mobile or landline with area code</source>
            <translation>手机或带区号的座机</translation>
        </message>
        <message>
            <source>&amp;Add phone</source>
            <translation>添加电话(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Remove phone</source>
            <translation>删除电话(&amp;R)</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Add a&amp;ddress</source>
            <translation>添加地址(&amp;D)</translation>
        </message>
        <message>
            <source>Remove addre&amp;ss</source>
            <translation>删除地址(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>CustomerErrors</name>
        <message>
            <source>A customer needs at least one phone number.</source>
            <translation>客户至少要有一个电话号码。</translation>
        </message>
        <message>
            <source>The same phone number is listed twice.</source>
            <translation>同一个电话号码填了两次。</translation>
        </message>
        <message>
            <source>The address {address} belongs to a unit or a ticket: correct it instead of removing it.</source>
            <translation>地址 {address} 有产品或服务单在用：请修改，不要删除。</translation>
        </message>
        <message>
            <source>This change moves the unit's warranty: check the old and new status shown, then save again to confirm.</source>
            <translation>此修改会改变产品的保修期：请核对显示的原保修状态和新保修状态，再次保存即确认。</translation>
        </message>
        <message>
            <source>Choose another customer to merge.</source>
            <translation>请选择另一位客户进行合并。</translation>
        </message>
        <message>
            <source>This customer was merged into another record.</source>
            <translation>此客户已合并到另一条档案。</translation>
        </message>
        <message>
            <source>The customer no longer exists.</source>
            <translation>该客户已不存在。</translation>
        </message>
        <message>
            <source>The unit no longer exists.</source>
            <translation>该产品已不存在。</translation>
        </message>
        <message>
            <source>Please enter an amount such as 2680.00.</source>
            <translation>请输入金额，例如 2680.00。</translation>
        </message>
        <message>
            <source>The amount cannot be negative.</source>
            <translation>金额不能为负数。</translation>
        </message>
        <message>
            <source>An amount in yuan has at most two decimals (fen).</source>
            <translation>以元为单位的金额最多两位小数（分）。</translation>
        </message>
        <message>
            <source>This amount is far too large for a unit's price.</source>
            <translation>这个金额对产品价格来说太大了。</translation>
        </message>
    </context>
    <context>
        <name>CustomerFileView</name>
        <message>
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>型号</translation>
        </message>
        <message>
            <source>Serial no.</source>
            <translation>机身编号</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>发票日期</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>安装日期</translation>
        </message>
        <message>
            <source>Proof</source>
            <translation>凭证</translation>
        </message>
        <message>
            <source>Price (yuan)</source>
            <translation>价格（元）</translation>
        </message>
        <message>
            <source>Warranty</source>
            <translation>保修状态</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>服务单</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>受理时间</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>故障</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>次数</translation>
        </message>
        <message>
            <source>Engineer</source>
            <translation>工程师</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>计划时间</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>到达时间</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>申请单</translation>
        </message>
        <message>
            <source>Asked for</source>
            <translation>客户要求</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>裁定</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>投诉单</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>受理时间</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>应回访</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>回访时间</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>单据</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>打印时间</translation>
        </message>
        <message>
            <source>Digitally signed</source>
            <translation>数字签名</translation>
        </message>
        <message>
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>{count} customers</source>
            <translation>{count} 位客户</translation>
        </message>
        <message>
            <source>Find a customer by name, phone, serial number or address.</source>
            <translation>按姓名、电话、机身编号或地址查找客户。</translation>
        </message>
        <message>
            <source>Key account</source>
            <translation>重点客户</translation>
        </message>
        <message>
            <source>Phones: {phones}</source>
            <translation>电话：{phones}</translation>
        </message>
        <message>
            <source>Addresses: {addresses}</source>
            <translation>地址：{addresses}</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>备注：{note}</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Units ({count})</source>
            <translation>产品（{count}）</translation>
        </message>
        <message>
            <source>Tickets ({count})</source>
            <translation>服务单（{count}）</translation>
        </message>
        <message>
            <source>Visits ({count})</source>
            <translation>上门（{count}）</translation>
        </message>
        <message>
            <source>Returns and exchanges ({count})</source>
            <translation>退换货（{count}）</translation>
        </message>
        <message>
            <source>Complaints ({count})</source>
            <translation>投诉（{count}）</translation>
        </message>
        <message>
            <source>Callbacks ({count})</source>
            <translation>回访（{count}）</translation>
        </message>
        <message>
            <source>Printed documents ({count})</source>
            <translation>打印单据（{count}）</translation>
        </message>
        <message>
            <source>Find the customer on the left (name, phone, serial number or address) and pick them: their products, tickets, visits and callbacks show here.</source>
            <translation>在左侧按姓名、电话、机身编号或地址查找并选中客户：其产品、服务单、上门和回访记录将显示在这里。</translation>
        </message>
        <message>
            <source>Nothing of this kind for this customer yet.</source>
            <translation>该客户暂无此类记录。</translation>
        </message>
        <message>
            <source>End key account</source>
            <translation>取消重点客户</translation>
        </message>
        <message>
            <source>Mark as key account</source>
            <translation>设为重点客户</translation>
        </message>
        <message>
            <source>Customer saved.</source>
            <translation>客户已保存。</translation>
        </message>
        <message>
            <source>Unit {serial} saved; warranty: {status}.</source>
            <translation>产品 {serial} 已保存；保修状态：{status}。</translation>
        </message>
        <message>
            <source>Merged: {units} units, {tickets} tickets, {callbacks} callbacks and {complaints} complaints moved to this customer.</source>
            <translation>已合并：{units} 台产品、{tickets} 张服务单、{callbacks} 条回访和 {complaints} 条投诉已转到此客户名下。</translation>
        </message>
        <message>
            <source>Key account: {count} callbacks scheduled (weekly phone call, monthly visit).</source>
            <translation>已设为重点客户：已安排 {count} 条回访（每周电话回访，每月上门回访）。</translation>
        </message>
        <message>
            <source>No longer a key account: {count} pending key-account callbacks cancelled.</source>
            <translation>已取消重点客户：{count} 条待办的重点客户回访已取消。</translation>
        </message>
        <message>
            <source>Customer file</source>
            <translation>客户档案</translation>
        </message>
        <message>
            <source>Name, phone, serial or address</source>
            <translation>姓名、电话、机身编号或地址</translation>
        </message>
        <message>
            <source>Key accounts only</source>
            <translation>只看重点客户</translation>
        </message>
        <message>
            <source>&amp;Edit customer...</source>
            <translation>修改客户(&amp;E)...</translation>
        </message>
        <message>
            <source>Edit &amp;unit...</source>
            <translation>修改产品(&amp;U)...</translation>
        </message>
        <message>
            <source>&amp;Merge a duplicate...</source>
            <translation>合并重复客户(&amp;M)...</translation>
        </message>
        <message>
            <source>Mark as &amp;key account</source>
            <translation>设为重点客户(&amp;K)</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>服务单</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>上门</translation>
        </message>
        <message>
            <source>Returns and exchanges</source>
            <translation>退换货</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Callbacks</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>Printed documents</source>
            <translation>打印单据</translation>
        </message>
    </context>
    <context>
        <name>CustomerTableModel</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>产品数</translation>
        </message>
        <message>
            <source>Open tickets</source>
            <translation>未完服务单</translation>
        </message>
        <message>
            <source>Key account: called weekly, visited monthly</source>
            <translation>重点客户：每周电话回访，每月上门回访</translation>
        </message>
    </context>
    <context>
        <name>CustomerText</name>
        <message>
            <source>Person</source>
            <translation>个人</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>维修</translation>
        </message>
        <message>
            <source>Installation</source>
            <translation>安装</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>已派工</translation>
        </message>
        <message>
            <source>Time agreed</source>
            <translation>已约时间</translation>
        </message>
        <message>
            <source>On site</source>
            <translation>上门服务中</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>未完成</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <source>Not resolved</source>
            <translation>未解决</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>已安装</translation>
        </message>
        <message>
            <source>Not installed</source>
            <translation>未能安装</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>使用中</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>已退货</translation>
        </message>
        <message>
            <source>Replaced by exchange</source>
            <translation>已调换</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>待回访</translation>
        </message>
        <message>
            <source>Unreachable</source>
            <translation>联系不上</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>拒绝回访</translation>
        </message>
        <message>
            <source>Service sheet</source>
            <translation>客户服务单</translation>
        </message>
        <message>
            <source>Service report</source>
            <translation>客户服务报告</translation>
        </message>
        <message>
            <source>Callback record</source>
            <translation>客户回访记录</translation>
        </message>
        <message>
            <source>Installation acceptance</source>
            <translation>安装验收单</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>Period:</source>
            <translation>期间：</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>最近 7 天</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>最近 30 天</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>上月</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>最近 90 天</translation>
        </message>
        <message>
            <source>Loading...</source>
            <translation>正在加载……</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} 至 {end}</translation>
        </message>
        <message>
            <source>{rate} ({part} of {whole})</source>
            <translation>{rate}（{part}/{whole}）</translation>
        </message>
        <message>
            <source>Consultations: {count} (answered at once {at_once}, became tickets {tickets}); promised replies on time {replies}; awaiting a reply now {awaiting}, overdue {overdue}.   Complainants called back in time {complaints}.   Quality feedback raised {quality}, not closed {quality_open}.</source>
            <translation>咨询：{count}（当即答复 {at_once}，转服务单 {tickets}）；承诺答复按时率 {replies}；当前待答复 {awaiting}，超时 {overdue}。   投诉按时回电率 {complaints}。   质量问题反馈 {quality} 份，未关闭 {quality_open} 份。</translation>
        </message>
        <message>
            <source>No tickets were opened in this period. Choose a longer period above.</source>
            <translation>此期间没有受理服务单。可在上方选择更长的期间。</translation>
        </message>
        <message>
            <source>No service commitment came due in this period, so there is no on-time rate yet.</source>
            <translation>此期间没有到期的服务承诺，暂无准时率。</translation>
        </message>
        <message>
            <source>No repair was finished in this period, so there is no first-visit fix rate yet.</source>
            <translation>此期间没有完成的维修，暂无一次上门修复率。</translation>
        </message>
        <message>
            <source>No callback recorded a satisfaction grade in this period.</source>
            <translation>此期间的回访没有记录满意度。</translation>
        </message>
        <message>
            <source>No return or exchange was decided in this period.</source>
            <translation>此期间没有退换货裁定。</translation>
        </message>
        <message>
            <source>No visits are planned for the engineers this week.</source>
            <translation>本周没有给工程师安排上门。</translation>
        </message>
        <message>
            <source>Tickets opened per day, by current state</source>
            <translation>每日受理工单（按当前状态）</translation>
        </message>
        <message>
            <source>On-time rate per commitment</source>
            <translation>各项服务承诺准时率</translation>
        </message>
        <message>
            <source>Reply to questions</source>
            <translation>咨询答复</translation>
        </message>
        <message>
            <source>Complaint call-back</source>
            <translation>投诉回电</translation>
        </message>
        <message>
            <source>Nothing kept or overdue yet: {names}</source>
            <translation>暂无结果（均未到期）：{names}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>准时</translation>
        </message>
        <message>
            <source>First-visit fix rate: {rate}</source>
            <translation>一次上门修复率：{rate}</translation>
        </message>
        <message>
            <source>Fixed on the first visit ({count})</source>
            <translation>首次上门修复（{count}）</translation>
        </message>
        <message>
            <source>Needed another visit ({count})</source>
            <translation>需要再次上门（{count}）</translation>
        </message>
        <message>
            <source>Satisfaction per week (very satisfied + satisfied)</source>
            <translation>每周满意率（非常满意＋满意）</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>满意率</translation>
        </message>
        <message>
            <source>Return decisions by rule</source>
            <translation>退换货裁定（按条款）</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>裁定</translation>
        </message>
        <message>
            <source>Engineer workload, week of {week} (busiest {shown} of {total})</source>
            <translation>工程师工作量（{week} 当周，最忙的 {shown} 位，共 {total} 位）</translation>
        </message>
        <message>
            <source>Engineer workload, week of {week}</source>
            <translation>工程师工作量（{week} 当周）</translation>
        </message>
        <message>
            <source>{name}: {visits} visits, {hours} hours</source>
            <translation>{name}：{visits} 次上门，{hours} 小时</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>上门次数</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>小时</translation>
        </message>
    </context>
    <context>
        <name>DispatchArea</name>
        <message>
            <source>&lt;</source>
            <translation>&lt;</translation>
        </message>
        <message>
            <source>Previous period</source>
            <translation>上一段</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>&gt;</source>
            <translation>&gt;</translation>
        </message>
        <message>
            <source>Next period</source>
            <translation>下一段</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>Ar&amp;ea</source>
            <translation>区域(&amp;E)</translation>
        </message>
        <message>
            <source>Product l&amp;ine</source>
            <translation>产品线(&amp;I)</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Arrive&amp;d</source>
            <translation>已到达(&amp;D)</translation>
        </message>
        <message>
            <source>Es&amp;calate...</source>
            <translation>升级(&amp;C)...</translation>
        </message>
        <message>
            <source>Hist&amp;ory</source>
            <translation>服务历史(&amp;O)</translation>
        </message>
        <message>
            <source>Print engineer's da&amp;y...</source>
            <translation>打印工程师当日派工(&amp;Y)...</translation>
        </message>
        <message>
            <source>Waiting tickets (drag onto the board)</source>
            <translation>待派服务单（拖到排班表上）</translation>
        </message>
        <message>
            <source>&amp;Plan visit...</source>
            <translation>派工(&amp;P)...</translation>
        </message>
        <message>
            <source>A&amp;gree time...</source>
            <translation>约定上门时间(&amp;G)...</translation>
        </message>
        <message>
            <source>Record re&amp;sult...</source>
            <translation>录入服务结果(&amp;S)...</translation>
        </message>
        <message>
            <source>&amp;Quality problem...</source>
            <translation>质量问题反馈(&amp;Q)...</translation>
        </message>
        <message>
            <source>Report a product quality problem seen on this visit to HQ (质量问题反馈单)</source>
            <translation>将本次上门发现的产品质量问题反馈总部（质量问题反馈单）</translation>
        </message>
        <message>
            <source>No engineers on the board. A supervisor adds them under Administration → Engineers; check also the area and product filters above.</source>
            <translation>排班表上没有工程师。请主管在“管理 → 工程师管理”中添加；也请检查上方的区域和产品线筛选。</translation>
        </message>
        <message>
            <source>No ticket is waiting for an engineer. New tickets from Intake appear here to be dragged onto the board.</source>
            <translation>没有待派的服务单。受理后的新服务单会显示在这里，拖到排班表上即可派工。</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>周视图</translation>
        </message>
        <message>
            <source>Day by hour</source>
            <translation>日视图（按小时）</translation>
        </message>
        <message>
            <source>All areas</source>
            <translation>全部区域</translation>
        </message>
        <message>
            <source>All products</source>
            <translation>全部产品</translation>
        </message>
        <message>
            <source>Dispatch</source>
            <translation>派单</translation>
        </message>
        <message>
            <source>Select a waiting ticket first.</source>
            <translation>请先选择一张待派服务单。</translation>
        </message>
        <message>
            <source>Arrived early</source>
            <translation>提前到达</translation>
        </message>
        <message>
            <source>The engineer arrived before the time agreed with the customer. Why?</source>
            <translation>工程师在与客户约定的时间之前到达。原因是什么？</translation>
        </message>
        <message>
            <source>Resolved: the ticket is completed and its callback is due today.</source>
            <translation>已解决：服务单已完成，今日内需回访。</translation>
        </message>
        <message>
            <source>Not resolved: escalate the ticket to plan the next round.</source>
            <translation>未解决：请升级服务事件，安排下一轮处理。</translation>
        </message>
        <message>
            <source>Payment recorded, receipt {number}.</source>
            <translation>已记录收款，收据编号 {number}。</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <source>not resolved</source>
            <translation>未解决</translation>
        </message>
        <message>
            <source>open</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Round {round}: {engineer}, {start}, {result}</source>
            <translation>第 {round} 轮：{engineer}，{start}，{result}</translation>
        </message>
        <message>
            <source>    escalated: {analysis}</source>
            <translation>    已升级：{analysis}</translation>
        </message>
        <message>
            <source>Ticket {number}</source>
            <translation>服务单 {number}</translation>
        </message>
        <message>
            <source>Preparing the engineer's day...</source>
            <translation>正在生成工程师当日派工单...</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>This engineer has no open visits that day.</source>
            <translation>该工程师当天没有待上门的派工。</translation>
        </message>
        <message>
            <source>Engineer's day</source>
            <translation>工程师当日派工</translation>
        </message>
        <message>
            <source>engineers-day.pdf</source>
            <translation>工程师当日派工.pdf</translation>
        </message>
    </context>
    <context>
        <name>DispatchBoardWidget</name>
        <message>
            <source>{number} (round {round})</source>
            <translation>{number}（第 {round} 轮）</translation>
        </message>
        <message>
            <source>(installation)</source>
            <translation>（安装）</translation>
        </message>
        <message>
            <source>Agreed {start}-{end}</source>
            <translation>已约定 {start}-{end}</translation>
        </message>
        <message>
            <source>Planned {start}-{end}, time not yet agreed</source>
            <translation>计划 {start}-{end}，尚未与客户约定时间</translation>
        </message>
        <message>
            <source>Override: {reason}</source>
            <translation>强制派工原因：{reason}</translation>
        </message>
        <message>
            <source>Engineer</source>
            <translation>工程师</translation>
        </message>
        <message>
            <source>1 visit · {hours} h</source>
            <translation>1 单 · {hours} 小时</translation>
        </message>
        <message>
            <source>{visits} visits · {hours} h</source>
            <translation>{visits} 单 · {hours} 小时</translation>
        </message>
        <message>
            <source>+{count} more</source>
            <translation>另有 {count} 单</translation>
        </message>
    </context>
    <context>
        <name>DispatchErrors</name>
        <message>
            <source>This plan needs a reason because of warnings.</source>
            <translation>该派工存在提醒事项，需要填写原因。</translation>
        </message>
        <message>
            <source>This ticket is not waiting for an engineer (it is {status}).</source>
            <translation>该服务单当前不是待派状态（{status}）。</translation>
        </message>
        <message>
            <source>This visit can no longer be moved: it is {status}.</source>
            <translation>该派工已无法调整：当前状态为 {status}。</translation>
        </message>
        <message>
            <source>This visit is already finished or cancelled.</source>
            <translation>该派工已完成或已取消。</translation>
        </message>
        <message>
            <source>Only a ticket whose visit was unresolved can be escalated.</source>
            <translation>只有上门未解决的服务单才能升级。</translation>
        </message>
        <message>
            <source>The ticket no longer exists.</source>
            <translation>该服务单已不存在。</translation>
        </message>
        <message>
            <source>The visit no longer exists.</source>
            <translation>该派工已不存在。</translation>
        </message>
        <message>
            <source>The engineer no longer exists.</source>
            <translation>该工程师已不存在。</translation>
        </message>
        <message>
            <source>The end must be at least 15 minutes after the start.</source>
            <translation>结束时间必须比开始时间至少晚 15 分钟。</translation>
        </message>
        <message>
            <source>A visit cannot last more than {hours} hours.</source>
            <translation>一次上门不能超过 {hours} 小时。</translation>
        </message>
        <message>
            <source>The board shows 1 to 31 days.</source>
            <translation>排班表可显示 1 至 31 天。</translation>
        </message>
        <message>
            <source>Choose whether the fault was resolved.</source>
            <translation>请选择故障是否已解决。</translation>
        </message>
        <message>
            <source>Choose one of the satisfaction grades this branch uses.</source>
            <translation>请选择本网点使用的满意度等级。</translation>
        </message>
        <message>
            <source>Answer every item of the conduct checklist, or leave the checklist unticked.</source>
            <translation>请逐项填写上门服务规范，或不勾选该清单。</translation>
        </message>
        <message>
            <source>The charge is not a valid amount.</source>
            <translation>收费金额无效。</translation>
        </message>
        <message>
            <source>A part is no longer in the catalogue.</source>
            <translation>有配件已不在配件目录中。</translation>
        </message>
        <message>
            <source>A part quantity must be between 1 and {maximum}.</source>
            <translation>配件数量必须在 1 到 {maximum} 之间。</translation>
        </message>
        <message>
            <source>Choose a new plan.</source>
            <translation>请选择新的处理方案。</translation>
        </message>
        <message>
            <source>The phone number may contain digits, spaces and dashes only.</source>
            <translation>电话号码只能包含数字、空格和短横线。</translation>
        </message>
        <message>
            <source>Unknown product line: {codes}</source>
            <translation>未知的产品线：{codes}</translation>
        </message>
        <message>
            <source>Working days must be seven marks, Monday to Sunday.</source>
            <translation>工作日必须是周一到周日的七位标记。</translation>
        </message>
        <message>
            <source>Work must end after it starts.</source>
            <translation>下班时间必须晚于上班时间。</translation>
        </message>
        <message>
            <source>Only a user with the engineer role can be linked.</source>
            <translation>只能关联角色为工程师的用户。</translation>
        </message>
        <message>
            <source>This user is already linked to another engineer.</source>
            <translation>该用户已关联到其他工程师。</translation>
        </message>
        <message>
            <source>At most {max_items} entries.</source>
            <translation>最多 {max_items} 项。</translation>
        </message>
    </context>
    <context>
        <name>DispatchWarnings</name>
        <message>
            <source>Overlaps another visit of this engineer</source>
            <translation>与该工程师的其他派工时间重叠</translation>
        </message>
        <message>
            <source>The engineer does not work that day</source>
            <translation>该工程师当天休息</translation>
        </message>
        <message>
            <source>Outside the engineer's working hours</source>
            <translation>超出该工程师的工作时间</translation>
        </message>
        <message>
            <source>Neither the customer's town nor district is in the engineer's areas</source>
            <translation>客户所在的乡镇和区县都不在该工程师的服务区域内</translation>
        </message>
        <message>
            <source>The engineer does not handle this product line</source>
            <translation>该工程师不负责此产品线</translation>
        </message>
        <message>
            <source>Later than the promised on-site time</source>
            <translation>晚于承诺的上门时限</translation>
        </message>
        <message>
            <source>The engineer is inactive</source>
            <translation>该工程师已停用</translation>
        </message>
    </context>
    <context>
        <name>Durations</name>
        <message>
            <source>1 minute</source>
            <translation>1 分钟</translation>
        </message>
        <message>
            <source>{count} minutes</source>
            <translation>{count} 分钟</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 小时</translation>
        </message>
        <message>
            <source>{count} hours</source>
            <translation>{count} 小时</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 天</translation>
        </message>
        <message>
            <source>{count} days</source>
            <translation>{count} 天</translation>
        </message>
    </context>
    <context>
        <name>EngineersDialog</name>
        <message>
            <source>Engineers</source>
            <translation>工程师管理</translation>
        </message>
        <message>
            <source>Show &amp;inactive engineers</source>
            <translation>显示已停用的工程师(&amp;I)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Areas</source>
            <translation>服务区域</translation>
        </message>
        <message>
            <source>Product lines</source>
            <translation>产品线</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>工作日</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>工作时间</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>User account</source>
            <translation>登录账号</translation>
        </message>
        <message>
            <source>New engineer / selected engineer</source>
            <translation>新工程师 / 选中的工程师</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>姓名(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>电话(&amp;P)</translation>
        </message>
        <message>
            <source>Ac&amp;tive (shown on the dispatch board)</source>
            <translation>在岗（显示在派单看板上）(&amp;T)</translation>
        </message>
        <message>
            <source>Ne&amp;w</source>
            <translation>新建(&amp;W)</translation>
        </message>
        <message>
            <source>Separate districts with commas, e.g. Wenfeng, Beiguan</source>
            <translation>多个区县用逗号分隔，例如：文峰区，北关区</translation>
        </message>
        <message>
            <source>A&amp;reas (districts, towns)</source>
            <translation>服务区域（区县、乡镇）(&amp;R)</translation>
        </message>
        <message>
            <source>Product &amp;lines</source>
            <translation>产品线(&amp;L)</translation>
        </message>
        <message>
            <source>(no account)</source>
            <translation>（无账号）</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>在岗</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>周一</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>周二</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>周三</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>周四</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>周五</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>周六</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>周日</translation>
        </message>
        <message>
            <source>{place} (not in the region)</source>
            <translation>{place}（不在本网点区域内）</translation>
        </message>
        <message>
            <source>Engineer added.</source>
            <translation>已添加工程师。</translation>
        </message>
        <message>
            <source>Select an engineer in the list first, or use Add engineer.</source>
            <translation>请先在列表中选择一位工程师，或使用“添加工程师”。</translation>
        </message>
        <message>
            <source>Changes saved.</source>
            <translation>修改已保存。</translation>
        </message>
        <message>
            <source>Select an engineer in the list first.</source>
            <translation>请先在列表中选择一位工程师。</translation>
        </message>
        <message>
            <source>Engineer deactivated.</source>
            <translation>工程师已停用。</translation>
        </message>
        <message>
            <source>Engineer activated.</source>
            <translation>工程师已启用。</translation>
        </message>
        <message>
            <source>&amp;Hours</source>
            <translation>工作时间(&amp;H)</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>&amp;User account</source>
            <translation>登录账号(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Add engineer</source>
            <translation>添加工程师(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>保存修改(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Deactivate / activate</source>
            <translation>停用/启用(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>EngineersSetupPage</name>
        <message>
            <source>Type the engineer's name and phone first.</source>
            <translation>请先填写工程师的姓名和电话。</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>周一</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>周二</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>周三</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>周四</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>周五</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>周六</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>周日</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Please fill in this field.</source>
            <translation>请填写此项。</translation>
        </message>
        <message>
            <source>A landline needs the area code and the number, 10 to 12 digits (e.g. {example}); this one has {length}.</source>
            <translation>固定电话须包含区号和号码，共 10 至 12 位（如 {example}）；此号码为 {length} 位。</translation>
        </message>
        <message>
            <source>Please add the area code to the landline number (e.g. {example}).</source>
            <translation>请在固定电话前加上区号（如 {example}）。</translation>
        </message>
        <message>
            <source>The extension must be 1 to 6 digits (e.g. {example} 转803).</source>
            <translation>分机号应为 1 至 6 位数字（如 {example} 转803）。</translation>
        </message>
        <message>
            <source>This text is too long (at most {max_length} characters).</source>
            <translation>内容过长（最多 {max_length} 个字符）。</translation>
        </message>
        <message>
            <source>This text contains invisible control characters; please retype it.</source>
            <translation>内容含有不可见的控制字符，请重新输入。</translation>
        </message>
        <message>
            <source>The data breaks a rule of the database and was not saved.</source>
            <translation>数据不符合数据库规则，未保存。</translation>
        </message>
        <message>
            <source>Someone else saved this record after you opened it. Your input is kept: reload to see their changes, then apply yours again.</source>
            <translation>在您打开之后，其他人已保存了这条记录。您输入的内容仍然保留：请重新加载查看对方的修改，再重新应用您的修改。</translation>
        </message>
        <message>
            <source>Your role is not allowed to do this.</source>
            <translation>您的角色无权执行此操作。</translation>
        </message>
        <message>
            <source>The record no longer exists.</source>
            <translation>该记录已不存在。</translation>
        </message>
        <message>
            <source>No such user.</source>
            <translation>没有这个用户。</translation>
        </message>
        <message>
            <source>This action is not possible in the record's current state.</source>
            <translation>记录的当前状态不允许此操作。</translation>
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation>用户名或密码错误。</translation>
        </message>
        <message>
            <source>Too many failed attempts: this account is locked until {until}.</source>
            <translation>密码错误次数过多：该账户已锁定至 {until}。</translation>
        </message>
        <message>
            <source>The password must have at least {min_length} characters.</source>
            <translation>密码至少需要 {min_length} 位。</translation>
        </message>
        <message>
            <source>The password must mix letters and digits.</source>
            <translation>密码必须同时包含字母和数字。</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
        <message>
            <source>The first password has already been set.</source>
            <translation>初始密码已经设置过了。</translation>
        </message>
        <message>
            <source>This user name is already taken.</source>
            <translation>该用户名已被使用。</translation>
        </message>
        <message>
            <source>Unknown role.</source>
            <translation>未知角色。</translation>
        </message>
        <message>
            <source>You cannot deactivate your own account.</source>
            <translation>不能停用自己的账户。</translation>
        </message>
        <message>
            <source>Unknown setting.</source>
            <translation>未知的设置项。</translation>
        </message>
        <message>
            <source>This setting has the wrong kind of value.</source>
            <translation>该设置项的取值类型不正确。</translation>
        </message>
        <message>
            <source>The value cannot be negative.</source>
            <translation>数值不能为负。</translation>
        </message>
        <message>
            <source>The image is too large.</source>
            <translation>图片过大。</translation>
        </message>
        <message>
            <source>The database cannot be reached or is busy. Nothing you typed is lost; please try again.</source>
            <translation>无法连接数据库或数据库正忙。您输入的内容不会丢失，请重试。</translation>
        </message>
        <message>
            <source>The database file {path} is damaged.</source>
            <translation>数据库文件 {path} 已损坏。</translation>
        </message>
        <message>
            <source>This is not a database address: write postgresql+psycopg://USER@SERVER/DATABASE, or leave it empty for this PC's own database file.</source>
            <translation>这不是数据库地址：请写成 postgresql+psycopg://用户@服务器/数据库，或留空以使用本机自己的数据库文件。</translation>
        </message>
        <message>
            <source>The database {path} was upgraded by a newer version of Branch Service Desk than this one ({version}). Nothing was changed. Install the version the branch's other PCs now run on this PC, or ask the supervisor which version to install.</source>
            <translation>数据库 {path} 已由较新版本的网点售后服务台升级，本程序（版本 {version}）无法使用它，未作任何更改。请在本机安装网点其他电脑正在使用的新版本，或询问主管应安装哪个版本。</translation>
        </message>
        <message>
            <source>The file {path} is not a Branch Service Desk database.</source>
            <translation>文件 {path} 不是网点售后服务台的数据库。</translation>
        </message>
        <message>
            <source>The branch record is missing.</source>
            <translation>缺少网点记录。</translation>
        </message>
        <message>
            <source>The branch signing key is locked: open Tools → Branch signing key and enter its passphrase.</source>
            <translation>网点签名密钥已锁定：请打开“工具 → 网点签名密钥”并输入口令。</translation>
        </message>
        <message>
            <source>The branch has no signing key yet: a supervisor creates it under Tools → Branch signing key.</source>
            <translation>本网点还没有签名密钥：请主管在“工具 → 网点签名密钥”中创建。</translation>
        </message>
        <message>
            <source>This computer has no password store: please choose a passphrase for the key.</source>
            <translation>本机没有密码存储：请为密钥设置一个口令。</translation>
        </message>
        <message>
            <source>Backups from the application are for the local database file; the server has its own.</source>
            <translation>程序内的备份只针对本地数据库文件；服务器数据库由服务器自行备份。</translation>
        </message>
        <message>
            <source>There is nothing to back up yet.</source>
            <translation>目前还没有可备份的数据。</translation>
        </message>
        <message>
            <source>The disk is full ({path}). Nothing was changed: free some space, then try again.</source>
            <translation>磁盘已满（{path}）。没有任何数据被改动：请腾出空间后重试。</translation>
        </message>
        <message>
            <source>The backup could not be written to {path}. Nothing was changed.</source>
            <translation>无法把备份写入 {path}。没有任何数据被改动。</translation>
        </message>
        <message>
            <source>The backup copy failed its check and was not kept. Please try again.</source>
            <translation>备份副本未通过校验，已丢弃。请重试。</translation>
        </message>
        <message>
            <source>The daily check found that the database {path} itself may be damaged (the backup copy of it failed its check and was not kept). Stop working on this PC now and call the supervisor. To go on, the supervisor restores the last good backup with File → Restore from backup (the backups are in {backups}); what was entered after that backup must be entered again.</source>
            <translation>每日检查发现数据库 {path} 本身可能已损坏（它的备份副本未通过检查，未予保留）。请立即停止在本机上操作，并通知主管。主管可通过“文件 → 从备份恢复”恢复最近一份完好的备份（备份位于 {backups}）；该备份之后录入的内容需要重新录入。</translation>
        </message>
        <message>
            <source>The backup could not be restored; the database is unchanged.</source>
            <translation>未能恢复该备份；数据库保持不变。</translation>
        </message>
        <message>
            <source>Another program still has the database {path} open. Close it, then try again.</source>
            <translation>另一个程序仍打开着数据库 {path}。请关闭它后重试。</translation>
        </message>
        <message>
            <source>The database {path} is missing or empty, but copies of it exist (newest: {newest}). To keep the branch's records, restore one of them instead of starting an empty branch.</source>
            <translation>数据库 {path} 不存在或为空，但存在它的副本（最新：{newest}）。为保住网点的记录，请恢复其中一个副本，而不要新建一个空的网点。</translation>
        </message>
        <message>
            <source>A ticket in state {current} cannot go to {target}.</source>
            <translation>处于“{current}”状态的服务单不能转为“{target}”。</translation>
        </message>
        <message>
            <source>A charged repair ticket has already been opened for this claim.</source>
            <translation>该申请已经开过收费维修单。</translation>
        </message>
        <message>
            <source>The Chinese font for printing is missing: {path}</source>
            <translation>缺少打印用的中文字体：{path}</translation>
        </message>
        <message>
            <source>A visit of less than {minutes} minutes cannot be recorded: check the times.</source>
            <translation>上门时间少于 {minutes} 分钟，不能录入：请核对到达和离开时间。</translation>
        </message>
        <message>
            <source>The engineer arrived before the time agreed with the customer: give the reason.</source>
            <translation>工程师在与客户约定的时间之前到达：请填写原因。</translation>
        </message>
        <message>
            <source>The engineer cannot leave before arriving.</source>
            <translation>离开时间不能早于到达时间。</translation>
        </message>
        <message>
            <source>The arrival time is in the future.</source>
            <translation>到达时间不能晚于当前时间。</translation>
        </message>
        <message>
            <source>The request was refused. The details are in the log file.</source>
            <translation>操作未能完成，详细原因已记入日志文件。</translation>
        </message>
        <message>
            <source>Something went wrong. The details are in the log file.</source>
            <translation>出现了问题，详细原因已记入日志文件。</translation>
        </message>
        <message>
            <source>An engineer's inspection with a cause must be recorded first (rule {rule_id}).</source>
            <translation>须先录入工程师检测结论（含故障原因）（规则 {rule_id}）。</translation>
        </message>
        <message>
            <source>This fact is recorded by the engineer's inspection.</source>
            <translation>此项由工程师检测时录入。</translation>
        </message>
        <message>
            <source>Unknown fact.</source>
            <translation>未知的事实项。</translation>
        </message>
        <message>
            <source>The value {value} is not one of the allowed values.</source>
            <translation>取值 {value} 不在允许的范围内。</translation>
        </message>
        <message>
            <source>Please enter a date as YYYY-MM-DD.</source>
            <translation>请按 YYYY-MM-DD 格式输入日期。</translation>
        </message>
        <message>
            <source>Please enter a whole number.</source>
            <translation>请输入整数。</translation>
        </message>
        <message>
            <source>The number cannot be negative.</source>
            <translation>数字不能为负数。</translation>
        </message>
        <message>
            <source>Please enter an amount such as 1280.00.</source>
            <translation>请输入金额，例如 1280.00。</translation>
        </message>
        <message>
            <source>The amount cannot be negative.</source>
            <translation>金额不能为负数。</translation>
        </message>
        <message>
            <source>Please answer yes or no.</source>
            <translation>请选择“是”或“否”。</translation>
        </message>
        <message>
            <source>This remedy is not among the allowed remedies.</source>
            <translation>该处理方式不在可选范围内。</translation>
        </message>
        <message>
            <source>Record the customer's choice among the allowed remedies first.</source>
            <translation>请先在可选处理方式中记录客户的选择。</translation>
        </message>
        <message>
            <source>The decision is already approved.</source>
            <translation>该裁定已审批。</translation>
        </message>
        <message>
            <source>This decision needs no HQ confirmation.</source>
            <translation>该裁定无需总部确认。</translation>
        </message>
        <message>
            <source>The decision has not been approved yet.</source>
            <translation>该裁定尚未审批。</translation>
        </message>
        <message>
            <source>The claim has no decision yet.</source>
            <translation>该申请尚未裁定。</translation>
        </message>
        <message>
            <source>The refund amount is not known yet (invoice price or model availability missing).</source>
            <translation>退款金额尚无法确定（缺少发票金额或同型号有无货）。</translation>
        </message>
        <message>
            <source>The serial {serial} is already registered.</source>
            <translation>机身编号 {serial} 已登记。</translation>
        </message>
        <message>
            <source>No ticket with this number.</source>
            <translation>没有该编号的服务单。</translation>
        </message>
        <message>
            <source>No unit with this serial.</source>
            <translation>没有该机身编号的产品。</translation>
        </message>
        <message>
            <source>The claim no longer exists.</source>
            <translation>该申请已不存在。</translation>
        </message>
        <message>
            <source>This ticket has no unit; start the claim from the unit.</source>
            <translation>该服务单未关联产品，请从产品发起申请。</translation>
        </message>
        <message>
            <source>This unit has already been returned or replaced.</source>
            <translation>该产品已退货或已调换。</translation>
        </message>
        <message>
            <source>A fact needed for the decision is missing.</source>
            <translation>缺少裁定所需的事实。</translation>
        </message>
        <message>
            <source>A date lies after the day the fault was reported.</source>
            <translation>有日期晚于报修日期。</translation>
        </message>
        <message>
            <source>The refund date lies before the invoice date.</source>
            <translation>退货日期早于发票日期。</translation>
        </message>
        <message>
            <source>The warranty policy has no periods for this product line.</source>
            <translation>三包政策中没有该产品线的有效期。</translation>
        </message>
        <message>
            <source>The warranty policy has no periods for this usage.</source>
            <translation>三包政策中没有该使用性质的有效期。</translation>
        </message>
        <message>
            <source>A period cannot be negative.</source>
            <translation>有效期不能为负数。</translation>
        </message>
        <message>
            <source>The main-part period cannot be shorter than the whole-unit period.</source>
            <translation>主要部件有效期不能短于整机有效期。</translation>
        </message>
        <message>
            <source>Unknown part: {value}.</source>
            <translation>未知部件：{value}。</translation>
        </message>
        <message>
            <source>A part cannot be both a main part and a consumable.</source>
            <translation>同一部件不能既是主要部件又是易耗件。</translation>
        </message>
        <message>
            <source>The depreciation rate must be at least 0 and below 100 % per day.</source>
            <translation>每日折旧率须不小于 0 且小于 100%。</translation>
        </message>
        <message>
            <source>The repair warranty cannot be shorter than {floor} days.</source>
            <translation>修理保证期不能少于 {floor} 天。</translation>
        </message>
        <message>
            <source>The value must be at least 1.</source>
            <translation>数值至少为 1。</translation>
        </message>
        <message>
            <source>Unknown start of the period.</source>
            <translation>未知的有效期起算方式。</translation>
        </message>
        <message>
            <source>The policy needs at least one product line.</source>
            <translation>政策至少需要一个产品线。</translation>
        </message>
        <message>
            <source>Every product line needs at least one usage.</source>
            <translation>每个产品线至少需要一种使用性质。</translation>
        </message>
        <message>
            <source>The callback task no longer exists.</source>
            <translation>该回访任务已不存在。</translation>
        </message>
        <message>
            <source>Write down what the customer is unhappy about (complaint fields or notes).</source>
            <translation>请记录客户不满意的具体内容（投诉栏或备注）。</translation>
        </message>
        <message>
            <source>The customer was not reached: use Not reached instead.</source>
            <translation>未联系上客户：请使用“未接通”。</translation>
        </message>
        <message>
            <source>Unknown answer field.</source>
            <translation>未知的回答项。</translation>
        </message>
        <message>
            <source>Please choose one of the offered values.</source>
            <translation>请从给出的选项中选择。</translation>
        </message>
        <message>
            <source>The customer has no registered unit: take the repair request through intake.</source>
            <translation>该客户没有登记的产品：请通过受理登记报修。</translation>
        </message>
        <message>
            <source>The complaint no longer exists.</source>
            <translation>该投诉已不存在。</translation>
        </message>
        <message>
            <source>This complaint is closed.</source>
            <translation>该投诉已结案。</translation>
        </message>
        <message>
            <source>This callback has already been finished.</source>
            <translation>该回访任务已经结束。</translation>
        </message>
        <message>
            <source>The customer needs a repair or is dissatisfied: close with the apology (we will solve it).</source>
            <translation>客户需要维修或不满意：请使用致歉结束语（承诺尽快解决）。</translation>
        </message>
        <message>
            <source>Record the on-site inspection before stating any liability.</source>
            <translation>未现场考察前不得认定责任，请先登记现场考察。</translation>
        </message>
        <message>
            <source>Choose an active user of this branch.</source>
            <translation>请选择本网点的有效用户。</translation>
        </message>
        <message>
            <source>The customer no longer exists.</source>
            <translation>该客户已不存在。</translation>
        </message>
        <message>
            <source>The time cannot be in the future.</source>
            <translation>时间不能晚于现在。</translation>
        </message>
        <message>
            <source>The date cannot be in the past.</source>
            <translation>日期不能早于今天。</translation>
        </message>
        <message>
            <source>That unit belongs to another customer.</source>
            <translation>该产品属于其他客户。</translation>
        </message>
        <message>
            <source>That ticket belongs to another customer.</source>
            <translation>该服务单属于其他客户。</translation>
        </message>
        <message>
            <source>The unit no longer exists.</source>
            <translation>该产品已不存在。</translation>
        </message>
        <message>
            <source>The model no longer exists.</source>
            <translation>该型号已不存在。</translation>
        </message>
        <message>
            <source>The product line no longer exists.</source>
            <translation>该产品线已不存在。</translation>
        </message>
        <message>
            <source>Only a care reminder can become a maintenance visit.</source>
            <translation>只有保养提醒可以转为上门保养。</translation>
        </message>
        <message>
            <source>Nothing is due on this unit yet: choose the consumables to replace.</source>
            <translation>该产品暂无到期耗材：请选择要更换的耗材。</translation>
        </message>
        <message>
            <source>That part is not a consumable of this model's product line.</source>
            <translation>该配件不是此型号产品线的耗材。</translation>
        </message>
        <message>
            <source>The interval is a whole number of months from 0 (no reminder) to {maximum}.</source>
            <translation>更换周期为 0（不提醒）到 {maximum} 之间的整月数。</translation>
        </message>
        <message>
            <source>Enter a number of days from 0 to {maximum}.</source>
            <translation>请输入 0 到 {maximum} 之间的天数。</translation>
        </message>
        <message>
            <source>Unknown satisfaction grade.</source>
            <translation>未知的满意度等级。</translation>
        </message>
        <message>
            <source>A satisfaction grade is listed twice.</source>
            <translation>满意度等级重复。</translation>
        </message>
        <message>
            <source>Offer at least one satisfied grade (Very satisfied or Satisfied) and one other grade.</source>
            <translation>至少提供一个满意等级（非常满意或满意）和一个其他等级。</translation>
        </message>
        <message>
            <source>That script line does not exist.</source>
            <translation>没有这条话术。</translation>
        </message>
        <message>
            <source>{line} says "{word}", which is on the never-say list.</source>
            <translation>“{line}”含有服务忌语“{word}”。</translation>
        </message>
        <message>
            <source>{line} names "{word}", another product line: its customers must not hear it.</source>
            <translation>“{line}”提到了其他产品线的“{word}”，本产品线的客户不应听到。</translation>
        </message>
        <message>
            <source>{line} has a placeholder the script does not know: {word}.</source>
            <translation>“{line}”含有无法识别的占位符：{word}。</translation>
        </message>
        <message>
            <source>{line} needs both its Chinese and English text.</source>
            <translation>“{line}”需要同时填写中文和英文。</translation>
        </message>
        <message>
            <source>{line} is longer than {word} characters.</source>
            <translation>“{line}”超过了 {word} 个字。</translation>
        </message>
        <message>
            <source>The service name says "{word}", another product line: its customers must not read it.</source>
            <translation>服务名称含有其他产品线的“{word}”：本产品线的客户不应看到。</translation>
        </message>
        <message>
            <source>The period {value} is not a valid date range.</source>
            <translation>期间 {value} 不是有效的日期范围。</translation>
        </message>
        <message>
            <source>The end of the period is before its start.</source>
            <translation>期间的结束日期早于开始日期。</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist; choose another output file.</source>
            <translation>文件夹 {folder} 不存在，请另选输出文件。</translation>
        </message>
        <message>
            <source>{file}: the file does not exist.</source>
            <translation>{file}：文件不存在。</translation>
        </message>
        <message>
            <source>{file}: not a readable .xlsx workbook (damaged, incomplete or another type of file).</source>
            <translation>{file}：不是可读取的 .xlsx 工作簿（文件损坏、不完整或类型不对）。</translation>
        </message>
        <message>
            <source>{file}: not an HQ workbook exported by Branch Service Desk.</source>
            <translation>{file}：不是网点售后服务台导出的总部工作簿。</translation>
        </message>
        <message>
            <source>{file}: format version {found}, this program reads version {expected}. Ask the branch to export it again with the current version.</source>
            <translation>{file}：格式版本为 {found}，本程序只能读取版本 {expected}。请网点用当前版本重新导出。</translation>
        </message>
        <message>
            <source>{file}: the sheet {sheet} has missing, inserted or deleted columns.</source>
            <translation>{file}：工作表 {sheet} 的列缺失，或被插入/删除了列。</translation>
        </message>
        <message>
            <source>{file}: sheet {sheet}, row {row}, column {column} holds an unexpected value.</source>
            <translation>{file}：工作表 {sheet} 第 {row} 行 {column} 列的值无法识别。</translation>
        </message>
        <message>
            <source>Add the workbooks to merge first.</source>
            <translation>请先添加要合并的工作簿。</translation>
        </message>
        <message>
            <source>{file} and {other_file} both carry the branch code {branch} but come from two different branch databases. One of the branches must use its own code and export again.</source>
            <translation>{file} 与 {other_file} 的网点编码都是 {branch}，但来自两个不同的网点数据库。请让其中一个网点改用自己的编码后重新导出。</translation>
        </message>
        <message>
            <source>{file}: the output file cannot also be one of the workbooks to merge.</source>
            <translation>{file}：输出文件不能同时是要合并的工作簿。</translation>
        </message>
        <message>
            <source>This is not a valid Chinese phone number.</source>
            <translation>这不是有效的中国电话号码。</translation>
        </message>
        <message>
            <source>A phone number may contain only digits, spaces and dashes.</source>
            <translation>电话号码只能包含数字、空格和短横线。</translation>
        </message>
        <message>
            <source>A mobile number has {expected} digits; this one has {length}.</source>
            <translation>手机号码应为 {expected} 位，此号码为 {length} 位。</translation>
        </message>
        <message>
            <source>A mobile number has no extension.</source>
            <translation>手机号码没有分机号。</translation>
        </message>
        <message>
            <source>This phone number already belongs to the customer {owner}.</source>
            <translation>此电话号码已属于客户 {owner}。</translation>
        </message>
        <message>
            <source>This serial number of this model is already registered to the customer {owner}.</source>
            <translation>该型号的此机身编号已登记在客户 {owner} 名下。</translation>
        </message>
        <message>
            <source>This date lies in the future.</source>
            <translation>此日期晚于今天。</translation>
        </message>
        <message>
            <source>The installation date cannot be before the invoice date.</source>
            <translation>安装日期不能早于发票日期。</translation>
        </message>
        <message>
            <source>With an invoice as proof, please enter the invoice date.</source>
            <translation>以发票为凭证时，请填写发票日期。</translation>
        </message>
        <message>
            <source>A customer with a similar name lives at this address: {name}, {address}.</source>
            <translation>此地址已有姓名相近的客户：{name}，{address}。</translation>
        </message>
        <message>
            <source>Please choose a value from the list.</source>
            <translation>请从列表中选择。</translation>
        </message>
        <message>
            <source>The ticket no longer exists.</source>
            <translation>该服务单已不存在。</translation>
        </message>
        <message>
            <source>This unit belongs to another customer.</source>
            <translation>该产品属于其他客户。</translation>
        </message>
        <message>
            <source>This address belongs to another customer.</source>
            <translation>该地址属于其他客户。</translation>
        </message>
        <message>
            <source>This fault category is not one of the product line's faults.</source>
            <translation>该故障类别不属于此产品线。</translation>
        </message>
        <message>
            <source>The ticket is already closed or cancelled.</source>
            <translation>该服务单已关闭或已取消。</translation>
        </message>
        <message>
            <source>The town is too long: at most {max_length} characters (such as 吕村镇 or 东风街道).</source>
            <translation>乡镇/街道名称太长：最多 {max_length} 个字（如“吕村镇”“东风街道”）。</translation>
        </message>
        <message>
            <source>The consultation no longer exists.</source>
            <translation>该咨询已不存在。</translation>
        </message>
        <message>
            <source>This question has already been answered.</source>
            <translation>该咨询已经答复。</translation>
        </message>
        <message>
            <source>The caller was promised an answer: record the reply (or turn the question into a ticket) before closing.</source>
            <translation>已向客户承诺答复：请先记录答复（或转为服务单）再结束。</translation>
        </message>
        <message>
            <source>This consultation is already closed.</source>
            <translation>该咨询已经结束。</translation>
        </message>
        <message>
            <source>This question has already become a ticket.</source>
            <translation>该咨询已转为服务单。</translation>
        </message>
        <message>
            <source>A ticket needs a customer: choose the caller among the customers with this phone, or register them in Intake first.</source>
            <translation>服务单需要客户：请从该电话的客户中选择，或先在受理中登记。</translation>
        </message>
        <message>
            <source>The promised reply time must lie in the future.</source>
            <translation>承诺的答复时间必须晚于现在。</translation>
        </message>
        <message>
            <source>Promise a reply within {days} days.</source>
            <translation>请承诺在 {days} 天内答复。</translation>
        </message>
        <message>
            <source>The quality feedback form no longer exists.</source>
            <translation>该质量问题反馈单已不存在。</translation>
        </message>
        <message>
            <source>This form has been sent to HQ and can no longer be changed.</source>
            <translation>该反馈单已报送总部，不能再修改。</translation>
        </message>
        <message>
            <source>This step is not possible in the form's current state; reload it to see where it stands.</source>
            <translation>反馈单当前状态下不能进行此操作；请重新打开查看其进度。</translation>
        </message>
        <message>
            <source>This model belongs to another product line.</source>
            <translation>该型号属于其他产品线。</translation>
        </message>
        <message>
            <source>{serials} serial numbers are listed: the number of units affected cannot be smaller.</source>
            <translation>已列出 {serials} 个机身编号：问题数量不能少于此数。</translation>
        </message>
        <message>
            <source>Enter a number from {minimum} to {maximum}.</source>
            <translation>请输入 {minimum} 至 {maximum} 之间的数。</translation>
        </message>
        <message>
            <source>At most {maximum} entries.</source>
            <translation>最多 {maximum} 项。</translation>
        </message>
        <message>
            <source>Enter a whole number.</source>
            <translation>请输入整数。</translation>
        </message>
        <message>
            <source>The visit no longer exists.</source>
            <translation>该上门记录已不存在。</translation>
        </message>
        <message>
            <source>The return claim no longer exists.</source>
            <translation>该退换货申请已不存在。</translation>
        </message>
        <message>
            <source>The first contact has already been recorded.</source>
            <translation>首次联系已经记录。</translation>
        </message>
        <message>
            <source>An on-site window is 1 minute to {maximum} minutes.</source>
            <translation>上门时限为 1 至 {maximum} 分钟。</translation>
        </message>
        <message>
            <source>A more urgent ticket cannot have a longer on-site window than a less urgent one.</source>
            <translation>更紧急的服务单的上门时限不能长于较不紧急的服务单。</translation>
        </message>
        <message>
            <source>This product line is not in the catalogue.</source>
            <translation>该产品线不在产品目录中。</translation>
        </message>
        <message>
            <source>The table is incomplete; fill in every window.</source>
            <translation>表格不完整，请填写每个时限。</translation>
        </message>
        <message>
            <source>{file}: a consolidated workbook (made by the HQ merge); load the branches' own workbooks.</source>
            <translation>{file}：这是合并后的工作簿（由总部合并生成），请载入各网点自己导出的工作簿。</translation>
        </message>
        <message>
            <source>{file}: sheet {sheet}, row {row} belongs to branch {found}, but the workbook is branch {expected}'s.</source>
            <translation>{file}：工作表 {sheet} 第 {row} 行属于网点 {found}，而本工作簿是网点 {expected} 的。</translation>
        </message>
        <message>
            <source>{file}: sheet {sheet}, row {row} repeats an earlier row ({key}).</source>
            <translation>{file}：工作表 {sheet} 第 {row} 行与前面的行重复（{key}）。</translation>
        </message>
        <message>
            <source>The HQ database must be a PostgreSQL server (postgresql+psycopg://user@server/hq).</source>
            <translation>总部数据库必须是 PostgreSQL 服务器（postgresql+psycopg://用户@服务器/hq）。</translation>
        </message>
        <message>
            <source>{file}: no .xlsx workbooks in this folder.</source>
            <translation>{file}：此文件夹中没有 .xlsx 工作簿。</translation>
        </message>
        <message>
            <source>The HQ database {path} was upgraded by a newer version of Branch Service Desk than this one ({version}). Nothing was changed. Install the version HQ's other PCs now run on this PC, or ask the administrator which version to install.</source>
            <translation>总部数据库 {path} 已由较新版本的网点售后服务台升级，本程序（版本 {version}）无法使用它，未作任何更改。请在本机安装总部其他电脑正在使用的新版本，或询问系统管理员应安装哪个版本。</translation>
        </message>
        <message>
            <source>This number is far beyond any real one. Nothing was saved; please check it.</source>
            <translation>该数值远超实际可能，未保存任何内容，请检查。</translation>
        </message>
        <message>
            <source>Please choose a date between the years 1900 and 2199.</source>
            <translation>请选择 1900 年至 2199 年之间的日期。</translation>
        </message>
        <message>
            <source>A value you entered cannot be stored (impossible characters or numbers). Nothing was saved; please check what you typed.</source>
            <translation>输入的某个值无法保存（含有无法识别的字符或不可能的数字）。未保存任何内容，请检查输入。</translation>
        </message>
        <message>
            <source>{file}: the workbook unpacks to far more data than an HQ export can hold; it was refused as a possible zip bomb.</source>
            <translation>{file}：该工作簿解压后的数据量远超总部导出文件可能的大小，疑似压缩炸弹，已拒绝读取。</translation>
        </message>
        <message>
            <source>{file}: the workbook contains XML declarations or entities that an HQ export never has; it was refused for safety.</source>
            <translation>{file}：该工作簿含有总部导出文件中不会出现的 XML 声明或实体，为安全起见已拒绝读取。</translation>
        </message>
        <message>
            <source>{file} is a folder: choose the name of the workbook to write.</source>
            <translation>{file} 是一个文件夹：请指定要写入的工作簿文件名。</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist: create it first or choose another one.</source>
            <translation>文件夹 {folder} 不存在：请先建立它，或另选一个文件夹。</translation>
        </message>
        <message>
            <source>This password is on the list of passwords that are guessed first; please choose another.</source>
            <translation>该密码属于最常被猜中的密码，请换一个。</translation>
        </message>
        <message>
            <source>The password must not be the user name.</source>
            <translation>密码不能与用户名相同。</translation>
        </message>
        <message>
            <source>The password cannot be only spaces.</source>
            <translation>密码不能全是空格。</translation>
        </message>
        <message>
            <source>This database is not a demo: --demo signs in only to the demo database. Start without --demo and sign in with your own account.</source>
            <translation>这不是演示数据库：--demo 只能登录演示数据库。请不带 --demo 启动，并用自己的账户登录。</translation>
        </message>
        <message>
            <source>The branch key file cannot be read; import the key again or create a new one.</source>
            <translation>无法读取网点密钥文件；请重新导入密钥或新建一个。</translation>
        </message>
    </context>
    <context>
        <name>EscalationDialog</name>
        <message>
            <source>Escalate the service event</source>
            <translation>服务事件升级</translation>
        </message>
        <message>
            <source>&amp;Analysis of the problem</source>
            <translation>问题分析(&amp;A)</translation>
        </message>
        <message>
            <source>New &amp;plan</source>
            <translation>新的处理方案(&amp;P)</translation>
        </message>
        <message>
            <source>Plan &amp;note</source>
            <translation>方案说明(&amp;N)</translation>
        </message>
        <message>
            <source>Ticket {number} was not resolved on site.</source>
            <translation>服务单 {number} 上门未能解决。</translation>
        </message>
        <message>
            <source>Send another engineer</source>
            <translation>另派工程师</translation>
        </message>
        <message>
            <source>Order parts, then revisit</source>
            <translation>订购配件后再次上门</translation>
        </message>
        <message>
            <source>Ask HQ technical support</source>
            <translation>申请总部技术支持</translation>
        </message>
        <message>
            <source>Same engineer again</source>
            <translation>原工程师再次上门</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Day</source>
            <translation>日</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>周</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>自定义</translation>
        </message>
        <message>
            <source>Summary with charts, tickets, visits, parts, returns and decisions, callbacks, complaints</source>
            <translation>汇总（含图表）、工单、上门记录、配件明细、退换货及裁定、回访、投诉</translation>
        </message>
        <message>
            <source>Save HQ workbook</source>
            <translation>保存总部工作簿</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Choose the output file first.</source>
            <translation>请先选择输出文件。</translation>
        </message>
        <message>
            <source>The end of the period is before its start.</source>
            <translation>期间的结束日期早于开始日期。</translation>
        </message>
        <message>
            <source>Exporting...</source>
            <translation>正在导出……</translation>
        </message>
        <message>
            <source>Writing the HQ workbook...</source>
            <translation>正在写入总部工作簿……</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Export HQ workbook</source>
            <translation>导出总部工作簿</translation>
        </message>
        <message>
            <source>Export finished: {file}
{tickets} tickets, {visits} visits, {returns} returns, {callbacks} callbacks, {complaints} complaints.</source>
            <translation>导出完成：{file}
工单 {tickets} 条，上门 {visits} 次，退换货 {returns} 条，回访 {callbacks} 条，投诉 {complaints} 条。</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>已取消导出，未写入任何文件。</translation>
        </message>
        <message>
            <source>The workbook could not be written ({error}). Is it open in Excel, or is the folder read-only?</source>
            <translation>无法写入工作簿（{error}）。文件是否已在 Excel 中打开，或文件夹为只读？</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>期间：</translation>
        </message>
        <message>
            <source>Day in the period:</source>
            <translation>期间内的日期：</translation>
        </message>
        <message>
            <source>From / to:</source>
            <translation>起止日期：</translation>
        </message>
        <message>
            <source>Content:</source>
            <translation>内容：</translation>
        </message>
        <message>
            <source>Header language:</source>
            <translation>表头语言：</translation>
        </message>
        <message>
            <source>Mask customer phones and addresses</source>
            <translation>隐藏客户电话和详细地址</translation>
        </message>
        <message>
            <source>Output file:</source>
            <translation>输出文件：</translation>
        </message>
        <message>
            <source>Browse...</source>
            <translation>浏览……</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>在文件夹中显示</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>FileDialogs</name>
        <message>
            <source>Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>{suffix} file</source>
            <translation>{suffix} 文件</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>查找范围：</translation>
        </message>
        <message>
            <source>File name:</source>
            <translation>文件名：</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>文件类型：</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>User guide</source>
            <translation>使用手册</translation>
        </message>
        <message>
            <source>The user guide is missing from this installation ({path}).</source>
            <translation>本安装中缺少使用手册（{path}）。</translation>
        </message>
    </context>
    <context>
        <name>HqApp</name>
        <message>
            <source>HQ database</source>
            <translation>总部数据库</translation>
        </message>
        <message>
            <source>Password for the HQ database:</source>
            <translation>总部数据库密码：</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>The HQ mode needs the HQ database, for example:
service-desk --hq --database postgresql+psycopg://analyst@hq-server/hq</source>
            <translation>总部模式需要指定总部数据库，例如：
service-desk --hq --database postgresql+psycopg://analyst@hq-server/hq</translation>
        </message>
    </context>
    <context>
        <name>HqBranchView</name>
        <message>
            <source>Loading...</source>
            <translation>正在读取...</translation>
        </message>
        <message>
            <source>First loaded {first}, last {last}</source>
            <translation>首次载入 {first}，最近载入 {last}</translation>
        </message>
        <message>
            <source>{count} tickets</source>
            <translation>共 {count} 张服务单</translation>
        </message>
        <message>
            <source>Back to the network</source>
            <translation>返回全网</translation>
        </message>
        <message>
            <source>Month by month</source>
            <translation>逐月指标</translation>
        </message>
        <message>
            <source>Returns, satisfaction, quality</source>
            <translation>退换货、满意度、质量</translation>
        </message>
        <message>
            <source>Returns by 三包 rule</source>
            <translation>按三包条款的退换货</translation>
        </message>
        <message>
            <source>Satisfaction grades</source>
            <translation>满意度评价</translation>
        </message>
        <message>
            <source>Quality feedback by product and model</source>
            <translation>按产品和型号的质量问题反馈</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>服务单</translation>
        </message>
        <message>
            <source>Month:</source>
            <translation>月份：</translation>
        </message>
        <message>
            <source>Search:</source>
            <translation>查找：</translation>
        </message>
        <message>
            <source>ticket number, model or engineer</source>
            <translation>服务单号、型号或工程师</translation>
        </message>
    </context>
    <context>
        <name>HqMergeDialog</name>
        <message>
            <source>Branch workbooks</source>
            <translation>网点工作簿</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Save consolidated workbook</source>
            <translation>保存合并后的工作簿</translation>
        </message>
        <message>
            <source>Add the workbooks to merge first.</source>
            <translation>请先添加要合并的工作簿。</translation>
        </message>
        <message>
            <source>Choose the output file first.</source>
            <translation>请先选择输出文件。</translation>
        </message>
        <message>
            <source>Merging...</source>
            <translation>正在合并……</translation>
        </message>
        <message>
            <source>Merging branch workbooks...</source>
            <translation>正在合并网点工作簿……</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Merged {files} workbooks from {branches} branches into {file}: {tickets} tickets ({replaced} replaced by a later export).</source>
            <translation>已将 {branches} 个网点的 {files} 个工作簿合并到 {file}：工单 {tickets} 条（其中 {replaced} 条被较新的导出替换）。</translation>
        </message>
        <message>
            <source>{code} {name}: {read} tickets read, {merged} merged, {replaced} replaced by a later export</source>
            <translation>{code} {name}：读取工单 {read} 条，合并 {merged} 条，被较新的导出替换 {replaced} 条</translation>
        </message>
        <message>
            <source>Merge cancelled; no file was written.</source>
            <translation>已取消合并，未写入任何文件。</translation>
        </message>
        <message>
            <source>Merge refused, nothing was written. {reason}</source>
            <translation>已拒绝合并，未写入任何文件。{reason}</translation>
        </message>
        <message>
            <source>The workbook could not be written ({error}). Is it open in Excel, or is the folder read-only?</source>
            <translation>无法写入工作簿（{error}）。文件是否已在 Excel 中打开，或文件夹为只读？</translation>
        </message>
        <message>
            <source>Merge branch workbooks</source>
            <translation>合并网点工作簿</translation>
        </message>
        <message>
            <source>Branch workbooks:</source>
            <translation>网点工作簿：</translation>
        </message>
        <message>
            <source>Add...</source>
            <translation>添加……</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Header language:</source>
            <translation>表头语言：</translation>
        </message>
        <message>
            <source>Output file:</source>
            <translation>输出文件：</translation>
        </message>
        <message>
            <source>Browse...</source>
            <translation>浏览……</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>在文件夹中显示</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>合并</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>HqModels</name>
        <message>
            <source>{count} of {base}</source>
            <translation>{base} 中的 {count}</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>名次</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>网点</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>网点名称</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>三包条款</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>申请数</translation>
        </message>
        <message>
            <source>Refunded</source>
            <translation>退款金额</translation>
        </message>
        <message>
            <source>(not decided)</source>
            <translation>（未裁定）</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>评价</translation>
        </message>
        <message>
            <source>Callbacks</source>
            <translation>回访数</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>比率</translation>
        </message>
        <message>
            <source>Product line</source>
            <translation>产品线</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>型号</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>反馈单</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Loaded at</source>
            <translation>载入时间</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>Exported at</source>
            <translation>导出时间</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>服务单</translation>
        </message>
        <message>
            <source>Rows added</source>
            <translation>新增行</translation>
        </message>
        <message>
            <source>Rows updated</source>
            <translation>更新行</translation>
        </message>
        <message>
            <source>Rows gone</source>
            <translation>删除行</translation>
        </message>
        <message>
            <source>Loaded by</source>
            <translation>载入人</translation>
        </message>
        <message>
            <source>Ticket no.</source>
            <translation>服务单号</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>受理时间</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>故障类别</translation>
        </message>
        <message>
            <source>Warranty</source>
            <translation>保修</translation>
        </message>
        <message>
            <source>Engineer</source>
            <translation>工程师</translation>
        </message>
        <message>
            <source>Contacted in time</source>
            <translation>按时联系</translation>
        </message>
        <message>
            <source>On site in time</source>
            <translation>按时上门</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>完工时间</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>上门次数</translation>
        </message>
        <message>
            <source>Repeat repair</source>
            <translation>重复维修</translation>
        </message>
    </context>
    <context>
        <name>HqNetworkView</name>
        <message>
            <source>Loading...</source>
            <translation>正在读取...</translation>
        </message>
        <message>
            <source>No workbook has been loaded yet: use File → Load branch workbooks, or service-desk-cli hq-load.</source>
            <translation>还没有载入任何工作簿：请使用“文件 → 载入网点工作簿”，或 service-desk-cli hq-load。</translation>
        </message>
        <message>
            <source>{span}: {count} branches</source>
            <translation>{span}：{count} 个网点</translation>
        </message>
        <message>
            <source>Network: {tickets} tickets</source>
            <translation>全网：{tickets} 张服务单</translation>
        </message>
        <message>
            <source>Network, month by month: {figure}</source>
            <translation>全网逐月：{figure}</translation>
        </message>
        <message>
            <source>Months:</source>
            <translation>月份：</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Rank by:</source>
            <translation>排名依据：</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Double-click a branch (or press Enter) to open its figures month by month and its tickets.</source>
            <translation>双击网点（或按回车）查看其逐月指标和服务单。</translation>
        </message>
    </context>
    <context>
        <name>HqText</name>
        <message>
            <source>Tickets</source>
            <translation>服务单</translation>
        </message>
        <message>
            <source>Contacted in time</source>
            <translation>按时联系客户</translation>
        </message>
        <message>
            <source>Reported back in time</source>
            <translation>按时反馈</translation>
        </message>
        <message>
            <source>On site in time</source>
            <translation>按时上门</translation>
        </message>
        <message>
            <source>Same-day callback</source>
            <translation>当天回访</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <source>First-visit fix</source>
            <translation>一次修复</translation>
        </message>
        <message>
            <source>Repeat repairs</source>
            <translation>重复维修</translation>
        </message>
        <message>
            <source>Callbacks done</source>
            <translation>回访完成</translation>
        </message>
        <message>
            <source>Return claims</source>
            <translation>退换货申请</translation>
        </message>
        <message>
            <source>Refunded</source>
            <translation>退款金额</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Complaints answered</source>
            <translation>投诉已答复</translation>
        </message>
        <message>
            <source>Complaints not answered in time</source>
            <translation>投诉未按时答复</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>上门</translation>
        </message>
        <message>
            <source>Loaded</source>
            <translation>已载入</translation>
        </message>
        <message>
            <source>Replaced an earlier export</source>
            <translation>替换了较早的导出</translation>
        </message>
        <message>
            <source>Older than the export loaded</source>
            <translation>比已载入的导出旧</translation>
        </message>
        <message>
            <source>Already loaded</source>
            <translation>已载入过</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>满意</translation>
        </message>
        <message>
            <source>Fairly satisfied</source>
            <translation>基本满意</translation>
        </message>
        <message>
            <source>Dissatisfied</source>
            <translation>不满意</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>HqWindow</name>
        <message>
            <source>Branch Service Desk - HQ - {database}</source>
            <translation>网点售后服务台 - 总部 - {database}</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>使用手册(&amp;U)</translation>
        </message>
        <message>
            <source>{count} workbooks, newest first</source>
            <translation>共 {count} 个工作簿，最新的在前</translation>
        </message>
        <message>
            <source>Load branch workbooks</source>
            <translation>载入网点工作簿</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Loading {count} workbooks...</source>
            <translation>正在载入 {count} 个工作簿...</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>{file}: refused, nothing loaded. {reason}</source>
            <translation>{file}：已拒绝，未载入任何数据。{reason}</translation>
        </message>
        <message>
            <source>{file}: identical to {other}, loaded before; nothing changed.</source>
            <translation>{file}：与此前载入的 {other} 内容完全相同，未作任何更改。</translation>
        </message>
        <message>
            <source>{file}: older than {other}, which is loaded for that branch and period; nothing changed.</source>
            <translation>{file}：比该网点同一期间已载入的 {other} 旧，未作任何更改。</translation>
        </message>
        <message>
            <source>{file}: branch {branch}, replaced {other}: {added} rows added, {updated} updated, {gone} gone.</source>
            <translation>{file}：网点 {branch}，替换 {other}：新增 {added} 行，更新 {updated} 行，删除 {gone} 行。</translation>
        </message>
        <message>
            <source>{file}: branch {branch}, {tickets} tickets loaded.</source>
            <translation>{file}：网点 {branch}，已载入 {tickets} 张服务单。</translation>
        </message>
        <message>
            <source>{done} of {count} workbooks done, {refused} refused.</source>
            <translation>{count} 个工作簿中 {done} 个已完成，{refused} 个被拒绝。</translation>
        </message>
        <message>
            <source>Cancelled: the workbook being loaded was not written; those before it are loaded.</source>
            <translation>已取消：正在载入的工作簿未写入，之前的工作簿已载入。</translation>
        </message>
        <message>
            <source>Summary workbook</source>
            <translation>汇总工作簿</translation>
        </message>
        <message>
            <source>There are no figures yet.</source>
            <translation>还没有任何指标。</translation>
        </message>
        <message>
            <source>Writing the summary workbook...</source>
            <translation>正在生成汇总工作簿...</translation>
        </message>
        <message>
            <source>Cancelled: no file was written.</source>
            <translation>已取消：未写入任何文件。</translation>
        </message>
        <message>
            <source>Wrote {path}</source>
            <translation>已写入 {path}</translation>
        </message>
        <message>
            <source>Branch Service Desk - HQ</source>
            <translation>网点售后服务台 - 总部</translation>
        </message>
        <message>
            <source>Branches</source>
            <translation>网点</translation>
        </message>
        <message>
            <source>Loaded workbooks</source>
            <translation>已载入的工作簿</translation>
        </message>
        <message>
            <source>Load workbooks...</source>
            <translation>载入工作簿...</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Load branch workbooks...</source>
            <translation>载入网点工作簿(&amp;L)...</translation>
        </message>
        <message>
            <source>&amp;Summary workbook...</source>
            <translation>汇总工作簿(&amp;S)...</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Customers and their units</source>
            <translation>客户及其机器</translation>
        </message>
        <message>
            <source>Past service records</source>
            <translation>以往服务记录</translation>
        </message>
        <message>
            <source>Nothing (do not import this sheet)</source>
            <translation>不导入此工作表</translation>
        </message>
        <message>
            <source>&amp;Check the rows &gt;</source>
            <translation>检查各行(&amp;C) &gt;</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>下一步(&amp;N) &gt;</translation>
        </message>
        <message>
            <source>Workbook to import</source>
            <translation>要导入的工作簿</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Save the template workbook</source>
            <translation>保存导入模板</translation>
        </message>
        <message>
            <source>records-template.xlsx</source>
            <translation>客户档案导入模板.xlsx</translation>
        </message>
        <message>
            <source>Template saved: {path}</source>
            <translation>模板已保存：{path}</translation>
        </message>
        <message>
            <source>(not in this workbook)</source>
            <translation>（此工作簿中没有）</translation>
        </message>
        <message>
            <source>Checking every row...</source>
            <translation>正在检查每一行…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>The check was cancelled after {rows} rows: check again to see every row.</source>
            <translation>检查在第 {rows} 行后取消：请重新检查以查看全部行。</translation>
        </message>
        <message>
            <source>{rows} rows read: {good} can be imported, {bad} have problems (listed below). Importing would create {customers} customers, {units} units and {records} service records; the rest are already stored.</source>
            <translation>共读取 {rows} 行：{good} 行可以导入，{bad} 行有问题（见下表）。导入将新建 {customers} 位客户、{units} 台机器和 {records} 条服务记录；其余已在系统中。</translation>
        </message>
        <message>
            <source>empty, but required</source>
            <translation>必填但为空</translation>
        </message>
        <message>
            <source>not a valid phone number: {value}</source>
            <translation>不是有效的电话号码：{value}</translation>
        </message>
        <message>
            <source>not a date: {value}</source>
            <translation>不是日期：{value}</translation>
        </message>
        <message>
            <source>a date after today: {value}</source>
            <translation>日期晚于今天：{value}</translation>
        </message>
        <message>
            <source>installation before the purchase date</source>
            <translation>安装日期早于购买日期</translation>
        </message>
        <message>
            <source>model not in the catalogue: {value}</source>
            <translation>型号不在产品目录中：{value}</translation>
        </message>
        <message>
            <source>serial number twice in this file: {value}</source>
            <translation>机身编号在本文件中重复：{value}</translation>
        </message>
        <message>
            <source>serial number belongs to another customer: {value}</source>
            <translation>机身编号已属于另一位客户：{value}</translation>
        </message>
        <message>
            <source>phone belongs to another customer: {value}</source>
            <translation>电话已属于另一位客户：{value}</translation>
        </message>
        <message>
            <source>serial number without a model</source>
            <translation>有机身编号但没有型号</translation>
        </message>
        <message>
            <source>model without its serial number</source>
            <translation>有型号但没有机身编号</translation>
        </message>
        <message>
            <source>not recognised: {value}</source>
            <translation>无法识别：{value}</translation>
        </message>
        <message>
            <source>not one of the branch's districts: {value}</source>
            <translation>不在本网点的区县列表中：{value}</translation>
        </message>
        <message>
            <source>too long</source>
            <translation>内容过长</translation>
        </message>
        <message>
            <source>no customer with this phone: {value}</source>
            <translation>找不到此电话的客户：{value}</translation>
        </message>
        <message>
            <source>no such unit: {value}</source>
            <translation>找不到这台机器：{value}</translation>
        </message>
        <message>
            <source>an invoice needs its purchase date</source>
            <translation>三包凭证为发票时需要购买日期</translation>
        </message>
        <message>
            <source>Save the bad rows</source>
            <translation>保存有问题的行</translation>
        </message>
        <message>
            <source>rows-to-correct.xlsx</source>
            <translation>待修改的行.xlsx</translation>
        </message>
        <message>
            <source>Saved {count} bad rows to {path}: correct them there and import that file.</source>
            <translation>已将 {count} 行有问题的数据保存到 {path}：请在该文件中修改后再导入。</translation>
        </message>
        <message>
            <source>Importing in batches...</source>
            <translation>正在分批导入…</translation>
        </message>
        <message>
            <source>Cancelled. {done} rows went in (whole batches only); the rest were not imported. Import the same file again to add the rest: nothing is added twice.</source>
            <translation>已取消。已导入 {done} 行（只保留完整的批次），其余未导入。再次导入同一文件即可补齐其余部分，不会重复添加。</translation>
        </message>
        <message>
            <source>Done: {done} rows imported; {customers} customers, {units} units and {records} service records created; {bad} bad rows left out.</source>
            <translation>完成：导入 {done} 行；新建 {customers} 位客户、{units} 台机器、{records} 条服务记录；{bad} 行有问题未导入。</translation>
        </message>
        <message>
            <source>Import records from Excel</source>
            <translation>从 Excel 导入档案</translation>
        </message>
        <message>
            <source>Bring in the customers, their units and the past service records the branch kept in Excel. Start from the template, or choose your own workbook: its columns are matched in the next step. Nothing is stored until the check has run and you choose Import.</source>
            <translation>导入网点用 Excel 保存的客户、机器和以往服务记录。可以从模板开始，也可以选择自己的工作簿：下一步对应各列。检查完成并点击“导入”之前，不会保存任何数据。</translation>
        </message>
        <message>
            <source>No workbook chosen</source>
            <translation>尚未选择工作簿</translation>
        </message>
        <message>
            <source>C&amp;hoose workbook...</source>
            <translation>选择工作簿(&amp;H)…</translation>
        </message>
        <message>
            <source>Save the &amp;template workbook...</source>
            <translation>保存导入模板(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Sheet</source>
            <translation>工作表(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Holds</source>
            <translation>内容(&amp;H)</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Column in the workbook</source>
            <translation>工作簿中的列</translation>
        </message>
        <message>
            <source>The first rows of the sheet are shown on the right. Fields marked * are required.</source>
            <translation>右侧显示该工作表的前几行。带 * 的字段为必填。</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>&amp;Save the bad rows as a workbook to correct...</source>
            <translation>将有问题的行另存为工作簿以便修改(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Import the good rows</source>
            <translation>导入没有问题的行(&amp;I)</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; 上一步(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>InstallationErrors</name>
        <message>
            <source>Whose unit is it? Pick the customer in the list under the phone, or tick New customer and type the name and address.</source>
            <translation>这台机器是哪位客户的？请在电话下方的列表中选择客户，或勾选“新客户”并填写姓名和地址。</translation>
        </message>
        <message>
            <source>An installation is finished only when use and care have been explained to the customer (tick the box once they have).</source>
            <translation>安装完工后须向用户讲解使用及注意事项，直到用户明白为止（讲解后勾选此项）。</translation>
        </message>
        <message>
            <source>The customer signs the acceptance: draw the signature or attach the scan.</source>
            <translation>安装验收须用户签字：请手写签名或附上签名扫描件。</translation>
        </message>
        <message>
            <source>The installation date must be a day of the visit.</source>
            <translation>安装日期必须是上门当天。</translation>
        </message>
        <message>
            <source>Write down why the unit could not be installed.</source>
            <translation>请写明未能安装的原因。</translation>
        </message>
        <message>
            <source>This unit already has an open installation order ({ticket}).</source>
            <translation>此产品已有未完成的安装单（{ticket}）。</translation>
        </message>
        <message>
            <source>This unit was already installed by us (installation order {ticket}).</source>
            <translation>此产品已由我们安装（安装单 {ticket}）。</translation>
        </message>
        <message>
            <source>Ticket {number} is not an installation order.</source>
            <translation>服务单 {number} 不是安装单。</translation>
        </message>
        <message>
            <source>The requested date cannot lie in the past.</source>
            <translation>预约安装日期不能早于今天。</translation>
        </message>
        <message>
            <source>This unit was returned or replaced.</source>
            <translation>此产品已退货或已调换。</translation>
        </message>
        <message>
            <source>The installation date cannot be before the invoice date.</source>
            <translation>安装日期不能早于发票日期。</translation>
        </message>
        <message>
            <source>The acceptance was changed after the customer signed it and cannot be printed with that signature.</source>
            <translation>安装验收单在用户签字后被修改过，不能带该签名打印。</translation>
        </message>
    </context>
    <context>
        <name>InstallationListView</name>
        <message>
            <source>No installation orders here. Open one with New installation order... when a sold unit needs installing; untick the box above to see the finished ones.</source>
            <translation>这里没有安装单。售出的机器需要安装时，用“新建安装单...”登记；取消勾选上方的方框可查看已完成的安装单。</translation>
        </message>
        <message>
            <source>Installation order {number} opened: phone the customer to agree the time, then plan it on the dispatch board.</source>
            <translation>安装单 {number} 已建立：请电话联系用户约好上门时间，再在派单调度中安排。</translation>
        </message>
        <message>
            <source>Installed on {day}: the unit's warranty starts that day; the after-installation callback is scheduled. Print the acceptance form for the file.</source>
            <translation>已于 {day} 安装：产品三包有效期自当天起计算；安装回访已安排。请打印安装验收单归档。</translation>
        </message>
        <message>
            <source>Not installed: escalate the ticket on the dispatch board to plan the next visit.</source>
            <translation>未能安装：请在派单调度中升级该单，安排下一次上门。</translation>
        </message>
        <message>
            <source>Installations</source>
            <translation>安装单</translation>
        </message>
        <message>
            <source>Ticket number, customer, serial or phone</source>
            <translation>服务单号、客户、机身编号或电话</translation>
        </message>
        <message>
            <source>Open only</source>
            <translation>只看未完成</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>&amp;Open ticket</source>
            <translation>打开服务单(&amp;O)</translation>
        </message>
        <message>
            <source>Record a&amp;cceptance...</source>
            <translation>录入安装验收(&amp;C)...</translation>
        </message>
        <message>
            <source>&amp;New installation...</source>
            <translation>新建安装单(&amp;N)...</translation>
        </message>
        <message>
            <source>&amp;Print acceptance form...</source>
            <translation>打印安装验收单(&amp;P)...</translation>
        </message>
    </context>
    <context>
        <name>InstallationResultDialog</name>
        <message>
            <source>agreed {start}–{end}</source>
            <translation>约定 {start}–{end}</translation>
        </message>
        <message>
            <source>time not agreed with the customer</source>
            <translation>尚未与用户约定时间</translation>
        </message>
        <message>
            <source>{number}, engineer {engineer}, {customer}, {unit}; {agreed}</source>
            <translation>{number}，工程师 {engineer}，{customer}，{unit}；{agreed}</translation>
        </message>
        <message>
            <source>Scan attached: {name}</source>
            <translation>已附扫描件：{name}</translation>
        </message>
        <message>
            <source>Scanned signature</source>
            <translation>签名扫描件</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>图片 (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Installation acceptance</source>
            <translation>安装验收</translation>
        </message>
        <message>
            <source>&amp;Arrived</source>
            <translation>到达时间(&amp;A)</translation>
        </message>
        <message>
            <source>Reason for arriving early</source>
            <translation>提前到达原因</translation>
        </message>
        <message>
            <source>Why the engineer came before the agreed time</source>
            <translation>工程师为何早于约定时间到达</translation>
        </message>
        <message>
            <source>&amp;Left</source>
            <translation>离开时间(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Result</source>
            <translation>安装结果(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Installation date</source>
            <translation>安装日期(&amp;I)</translation>
        </message>
        <message>
            <source>The unit's warranty period starts on this day</source>
            <translation>产品三包有效期自这一天起计算</translation>
        </message>
        <message>
            <source>Unpacking check and installation</source>
            <translation>开箱检验与安装</translation>
        </message>
        <message>
            <source>Packaging intact</source>
            <translation>外包装完好</translation>
        </message>
        <message>
            <source>All parts present (as on the packing list)</source>
            <translation>配件齐全（与装箱单相符）</translation>
        </message>
        <message>
            <source>Model and serial match the warranty card</source>
            <translation>型号、机身编号与三包凭证相符</translation>
        </message>
        <message>
            <source>Customer agreed to the layout and any drilling first</source>
            <translation>安装设计和室内打孔前已征得用户同意</translation>
        </message>
        <message>
            <source>Test run normal</source>
            <translation>试机运行正常</translation>
        </message>
        <message>
            <source>Site cleaned, rubbish taken away</source>
            <translation>现场已清理，垃圾已带走</translation>
        </message>
        <message>
            <source>Appearance (as the customer saw it)</source>
            <translation>外观（用户验看）</translation>
        </message>
        <message>
            <source>Appearance defect seen at unpacking</source>
            <translation>开箱时发现外观缺陷</translation>
        </message>
        <message>
            <source>Where and what: e.g. scratch on the tank casing</source>
            <translation>部位和情况：例如水箱外壳有划痕</translation>
        </message>
        <message>
            <source>Use and care explained until the customer understood</source>
            <translation>已向用户讲解使用及注意事项，用户已明白</translation>
        </message>
        <message>
            <source>&amp;Notes (why not installed, what was done)</source>
            <translation>安装说明(&amp;N)（未能安装的原因、所做工作）</translation>
        </message>
        <message>
            <source>Customer's &amp;comment</source>
            <translation>用户意见(&amp;C)</translation>
        </message>
        <message>
            <source>Customer's acceptance signature</source>
            <translation>用户验收签字</translation>
        </message>
        <message>
            <source>Attach scanned &amp;signature...</source>
            <translation>附签名扫描件(&amp;S)...</translation>
        </message>
    </context>
    <context>
        <name>InstallationTableModel</name>
        <message>
            <source>Ticket</source>
            <translation>服务单号</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>型号</translation>
        </message>
        <message>
            <source>Serial no.</source>
            <translation>机身编号</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>预约日期</translation>
        </message>
        <message>
            <source>Sold by</source>
            <translation>销售单位</translation>
        </message>
        <message>
            <source>Engineer</source>
            <translation>工程师</translation>
        </message>
        <message>
            <source>Installed on</source>
            <translation>安装日期</translation>
        </message>
        <message>
            <source>Opened {at}</source>
            <translation>受理于 {at}</translation>
        </message>
    </context>
    <context>
        <name>InstallationText</name>
        <message>
            <source>Installed</source>
            <translation>已安装</translation>
        </message>
        <message>
            <source>Not installed</source>
            <translation>未能安装</translation>
        </message>
        <message>
            <source>Packaging intact</source>
            <translation>外包装完好</translation>
        </message>
        <message>
            <source>All parts present</source>
            <translation>配件齐全</translation>
        </message>
        <message>
            <source>Model and serial match</source>
            <translation>型号编号相符</translation>
        </message>
        <message>
            <source>Drilling agreed</source>
            <translation>打孔前征得同意</translation>
        </message>
        <message>
            <source>Test run normal</source>
            <translation>试机正常</translation>
        </message>
        <message>
            <source>Site cleaned</source>
            <translation>现场已清理</translation>
        </message>
    </context>
    <context>
        <name>IntakeText</name>
        <message>
            <source>Hotline</source>
            <translation>热线电话</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>来店</translation>
        </message>
        <message>
            <source>Forwarded by a salesperson</source>
            <translation>业务员转</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>网上报修</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>普通</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>紧急</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>特急</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>发票</translation>
        </message>
        <message>
            <source>Warranty card only</source>
            <translation>仅有三包凭证</translation>
        </message>
        <message>
            <source>No proof</source>
            <translation>无凭证</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>家用</translation>
        </message>
        <message>
            <source>Commercial</source>
            <translation>商用</translation>
        </message>
        <message>
            <source>Whole unit under warranty, {days} days left</source>
            <translation>整机三包期内，剩余 {days} 天</translation>
        </message>
        <message>
            <source>Main parts under warranty, {days} days left</source>
            <translation>主要部件保修期内，剩余 {days} 天</translation>
        </message>
        <message>
            <source>Out of warranty period</source>
            <translation>已过保修期</translation>
        </message>
        <message>
            <source>Warranty status unknown (no purchase date)</source>
            <translation>保修状态不明（无购买日期）</translation>
        </message>
    </context>
    <context>
        <name>IntakeView</name>
        <message>
            <source>Type the caller's phone number above: the customer and their products show here.</source>
            <translation>在上方输入来电号码：客户及其产品将显示在这里。</translation>
        </message>
        <message>
            <source>No customer has this number yet: tick New customer and fill in the form on the right.</source>
            <translation>还没有使用此号码的客户：请勾选“新客户”，填写右侧的表格。</translation>
        </message>
        <message>
            <source>The customer's products, with their warranty, show here once the customer is found.</source>
            <translation>找到客户后，这里显示其产品及保修状态。</translation>
        </message>
        <message>
            <source>Open ticket</source>
            <translation>生成服务单</translation>
        </message>
        <message>
            <source>Mobile or landline with area code, e.g. {example}</source>
            <translation>手机或带区号的固定电话，如 {example}</translation>
        </message>
        <message>
            <source>{name}  {phone}  {address}  (open tickets: {open})</source>
            <translation>{name}  {phone}  {address}  （未结服务单：{open}）</translation>
        </message>
        <message>
            <source>No customer with this phone: register a new customer.</source>
            <translation>没有使用此电话的客户：请登记新客户。</translation>
        </message>
        <message>
            <source>Next care: {part} due {due}</source>
            <translation>下次保养：{part} {due} 到期</translation>
        </message>
        <message>
            <source>Open: {number} {status} {fault}</source>
            <translation>未结：{number} {status} {fault}</translation>
        </message>
        <message>
            <source>History: {count} earlier tickets</source>
            <translation>历史：以往服务单 {count} 张</translation>
        </message>
        <message>
            <source>Earlier service records (imported): {count}; latest {day} {fault}</source>
            <translation>以往服务记录（导入）：{count} 条；最近一次 {day} {fault}</translation>
        </message>
        <message>
            <source>Saving...</source>
            <translation>正在保存...</translation>
        </message>
        <message>
            <source>The question was recorded as a consultation.</source>
            <translation>已登记为咨询。</translation>
        </message>
        <message>
            <source>Ticket {number} recorded as resolved by phone.</source>
            <translation>服务单 {number} 已记录为电话解决。</translation>
        </message>
        <message>
            <source>Ticket {number} opened; contact the customer within the service commitment.</source>
            <translation>服务单 {number} 已生成；请在服务承诺时限内联系客户。</translation>
        </message>
        <message>
            <source>Repeat repair (返修) of {number}.</source>
            <translation>为 {number} 的返修。</translation>
        </message>
        <message>
            <source>Similar customer</source>
            <translation>相似客户</translation>
        </message>
        <message>
            <source>{name} at {address} looks like the same customer. Register a new customer anyway?</source>
            <translation>{address} 的 {name} 看起来是同一位客户。仍要登记为新客户吗？</translation>
        </message>
        <message>
            <source>Unsaved intake</source>
            <translation>受理单未保存</translation>
        </message>
        <message>
            <source>The intake form has unsaved input. Discard it?</source>
            <translation>受理单有未保存的内容。要放弃吗？</translation>
        </message>
        <message>
            <source>Caller's phone</source>
            <translation>来电号码</translation>
        </message>
        <message>
            <source>Mobile or landline with area code</source>
            <translation>手机或带区号的固定电话</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Units (warranty status)</source>
            <translation>产品（保修状态）</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>新客户</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>District / county</source>
            <translation>区/县</translation>
        </message>
        <message>
            <source>Town / township</source>
            <translation>乡镇/街道</translation>
        </message>
        <message>
            <source>The town or township of the district: pick it from the list or type it; leave it empty if not known</source>
            <translation>所在区县的乡镇或街道：从列表中选择或直接输入；不清楚可留空</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>New unit</source>
            <translation>新产品</translation>
        </message>
        <message>
            <source>Product line</source>
            <translation>产品线</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>型号</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>机身编号</translation>
        </message>
        <message>
            <source>Invoice date</source>
            <translation>发票日期</translation>
        </message>
        <message>
            <source>Installation date</source>
            <translation>安装日期</translation>
        </message>
        <message>
            <source>Proof of purchase</source>
            <translation>购买凭证</translation>
        </message>
        <message>
            <source>Usage</source>
            <translation>用途</translation>
        </message>
        <message>
            <source>Invoice price</source>
            <translation>发票金额</translation>
        </message>
        <message>
            <source>e.g. 2680.00</source>
            <translation>例如 2680.00</translation>
        </message>
        <message>
            <source>As on the invoice; leave blank if not known</source>
            <translation>按发票填写；不清楚可留空</translation>
        </message>
        <message>
            <source>yuan</source>
            <translation>元</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>故障</translation>
        </message>
        <message>
            <source>Fault category</source>
            <translation>故障类别</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>故障描述</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>报修渠道</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <source>Phone solution</source>
            <translation>电话处理</translation>
        </message>
        <message>
            <source>What the customer was told, when solved by phone</source>
            <translation>电话解决时，告知客户的处理方法</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清空</translation>
        </message>
        <message>
            <source>A question, not a fault...</source>
            <translation>咨询（非故障）...</translation>
        </message>
        <message>
            <source>Record a consultation (咨询): answered now, or a reply time promised to the caller</source>
            <translation>记录咨询：当即答复，或向来电人承诺答复时间</translation>
        </message>
        <message>
            <source>Resolved by phone</source>
            <translation>电话解决</translation>
        </message>
    </context>
    <context>
        <name>KeyRotationErrors</name>
        <message>
            <source>Please choose why the key is being replaced.</source>
            <translation>请选择更换密钥的原因。</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was changed: the current key still signs.</source>
            <translation>已取消。什么都没有改动，当前密钥仍可签名。</translation>
        </message>
    </context>
    <context>
        <name>LedgerTableModel</name>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>单据号</translation>
        </message>
        <message>
            <source>Movement</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>配件</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>From</source>
            <translation>发出</translation>
        </message>
        <message>
            <source>To</source>
            <translation>接收</translation>
        </message>
        <message>
            <source>Engineer</source>
            <translation>工程师</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>服务单号</translation>
        </message>
        <message>
            <source>Tag / document</source>
            <translation>标签 / 单据</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Stock let go below zero by a supervisor: {reason}</source>
            <translation>主管允许负库存：{reason}</translation>
        </message>
    </context>
    <context>
        <name>LineWordsDialog</name>
        <message>
            <source>Line</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Chinese (spoken)</source>
            <translation>中文（话术）</translation>
        </message>
        <message>
            <source>English gloss</source>
            <translation>英文说明</translation>
        </message>
        <message>
            <source>Consumable</source>
            <translation>耗材</translation>
        </message>
        <message>
            <source>Every (months)</source>
            <translation>更换周期（月）</translation>
        </message>
        <message>
            <source>(the branch name names another product line, so this neutral name is used; set a service name)</source>
            <translation>（网点名称提到其他产品线，因此使用此中性名称；请设置服务名称）</translation>
        </message>
        <message>
            <source>Cannot be saved:</source>
            <translation>无法保存：</translation>
        </message>
        <message>
            <source>The words of this product line were saved.</source>
            <translation>已保存该产品线的用语。</translation>
        </message>
        <message>
            <source>no reminder</source>
            <translation>不提醒</translation>
        </message>
        <message>
            <source>The consumable intervals were saved.</source>
            <translation>已保存耗材更换周期。</translation>
        </message>
        <message>
            <source>When care reminders are made was saved.</source>
            <translation>已保存保养提醒的时间设置。</translation>
        </message>
        <message>
            <source>The satisfaction grades were saved.</source>
            <translation>已保存满意度等级。</translation>
        </message>
        <message>
            <source>Product line words, satisfaction grades and care</source>
            <translation>产品线用语、满意度等级与保养</translation>
        </message>
        <message>
            <source>&amp;Product line</source>
            <translation>产品线(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Words and callback script</source>
            <translation>用语与回访话术(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Brand</source>
            <translation>品牌(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Service name</source>
            <translation>服务名称(&amp;S)</translation>
        </message>
        <message>
            <source>Blank: the branch name</source>
            <translation>留空：使用网点名称</translation>
        </message>
        <message>
            <source>Customers hear</source>
            <translation>客户听到的名称</translation>
        </message>
        <message>
            <source>Put this line back to the standard wordi&amp;ng</source>
            <translation>恢复本条为标准话术(&amp;N)</translation>
        </message>
        <message>
            <source>Save wo&amp;rds</source>
            <translation>保存用语(&amp;R)</translation>
        </message>
        <message>
            <source>No call when overd&amp;ue by more than (days)</source>
            <translation>逾期超过此天数不再提醒(&amp;U)</translation>
        </message>
        <message>
            <source>The grades this branch offers on callbacks and service sheets. The satisfaction rate counts Very satisfied and Satisfied only.</source>
            <translation>本网点在回访和服务单上使用的满意度等级。满意率只计“非常满意”和“满意”。</translation>
        </message>
        <message>
            <source>Save grade&amp;s</source>
            <translation>保存等级(&amp;S)</translation>
        </message>
        <message>
            <source>Pre&amp;view</source>
            <translation>预览(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Consumables (care reminders)</source>
            <translation>耗材（保养提醒）(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Model</source>
            <translation>型号(&amp;M)</translation>
        </message>
        <message>
            <source>Replacement interval of each consumable in months (0: no reminder). The unit's next due date counts from the last replacement on record, else from the installation.</source>
            <translation>每种耗材的更换周期（月，0 表示不提醒）。产品的下次到期日从最近一次更换记录起算，没有记录时从安装日期起算。</translation>
        </message>
        <message>
            <source>Call &amp;before the due date (days)</source>
            <translation>提前提醒天数(&amp;B)</translation>
        </message>
        <message>
            <source>Save &amp;timing</source>
            <translation>保存提醒时间(&amp;T)</translation>
        </message>
        <message>
            <source>Save &amp;intervals</source>
            <translation>保存周期(&amp;I)</translation>
        </message>
        <message>
            <source>Satisfaction &amp;grades</source>
            <translation>满意度等级(&amp;G)</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>关闭(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Branch Service Desk</source>
            <translation>网点售后服务台</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>主管</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>客服文员</translation>
        </message>
        <message>
            <source>Dispatcher</source>
            <translation>调度</translation>
        </message>
        <message>
            <source>Engineer</source>
            <translation>工程师</translation>
        </message>
        <message>
            <source>Demo database: pick an account to try its role (password {password}).</source>
            <translation>演示数据库：选择一个账号体验该角色（密码 {password}）。</translation>
        </message>
        <message>
            <source>{role}: {name} (user name {username})</source>
            <translation>{role}：{name}（用户名 {username}）</translation>
        </message>
        <message>
            <source>Screen locked</source>
            <translation>屏幕已锁定</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Demo accounts</source>
            <translation>演示账号</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>用户名(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>密码(&amp;P)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Branch Service Desk — {branch}</source>
            <translation>网点售后服务台 — {branch}</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>客服文员</translation>
        </message>
        <message>
            <source>Dispatcher</source>
            <translation>调度</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>主管</translation>
        </message>
        <message>
            <source>Engineer</source>
            <translation>工程师</translation>
        </message>
        <message>
            <source>User: {name} ({role})</source>
            <translation>用户：{name}（{role}）</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>The new language is used from the next start of the application.</source>
            <translation>新的界面语言将在下次启动程序时生效。</translation>
        </message>
        <message>
            <source>Branch Service Desk</source>
            <translation>网点售后服务台</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Reports</source>
            <translation>报表(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Administration</source>
            <translation>管理(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Counter</source>
            <translation>前台</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>立即备份(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Restore from backup...</source>
            <translation>从备份恢复(&amp;R)...</translation>
        </message>
        <message>
            <source>&amp;Import records from Excel...</source>
            <translation>从 Excel 导入档案(&amp;I)…</translation>
        </message>
        <message>
            <source>S&amp;witch user...</source>
            <translation>切换用户(&amp;W)…</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>退出登录(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Lock screen</source>
            <translation>锁定屏幕(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Users...</source>
            <translation>用户管理(&amp;U)...</translation>
        </message>
        <message>
            <source>&amp;Branch settings...</source>
            <translation>网点设置(&amp;B)...</translation>
        </message>
        <message>
            <source>&amp;Engineers...</source>
            <translation>工程师管理(&amp;E)...</translation>
        </message>
        <message>
            <source>&amp;Check audit log</source>
            <translation>检查审计日志(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Verify a signed PDF...</source>
            <translation>验证已签名的 PDF(&amp;V)...</translation>
        </message>
        <message>
            <source>Branch &amp;signing key...</source>
            <translation>网点签名密钥(&amp;S)...</translation>
        </message>
        <message>
            <source>&amp;Export HQ workbook...</source>
            <translation>导出总部工作簿(&amp;E)...</translation>
        </message>
        <message>
            <source>&amp;Merge branch workbooks...</source>
            <translation>合并网点工作簿(&amp;M)...</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>使用手册(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>关于(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>MergeCustomersDialog</name>
        <message>
            <source>This customer: {name} ({phones}), {units} units, {tickets} tickets.</source>
            <translation>当前客户：{name}（{phones}），{units} 台产品，{tickets} 张服务单。</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>合并</translation>
        </message>
        <message>
            <source>Find and choose the duplicate record.</source>
            <translation>请查找并选择重复的客户档案。</translation>
        </message>
        <message>
            <source>{duplicate} is merged into {keep}: its {phones} phones, {addresses} addresses, {units} units, {tickets} tickets, {callbacks} callbacks and {complaints} complaints move over. This cannot be undone.</source>
            <translation>{duplicate} 将合并到 {keep}：其 {phones} 个电话、{addresses} 个地址、{units} 台产品、{tickets} 张服务单、{callbacks} 条回访和 {complaints} 条投诉将转过去。合并后不能撤销。</translation>
        </message>
        <message>
            <source>Merge duplicate customers</source>
            <translation>合并重复客户</translation>
        </message>
        <message>
            <source>Find the duplicate: name, phone, serial or address</source>
            <translation>查找重复客户：姓名、电话、机身编号或地址</translation>
        </message>
        <message>
            <source>Keep the customer found instead, and merge this one into it</source>
            <translation>保留查到的客户，把当前客户合并过去</translation>
        </message>
    </context>
    <context>
        <name>MyDayView</name>
        <message>
            <source>No visits for you today or tomorrow. The dispatcher plans them on the board; they appear here as soon as they are planned.</source>
            <translation>今天和明天没有您的上门任务。调度在排班表上派工后，任务会立即显示在这里。</translation>
        </message>
        <message>
            <source>to agree a time</source>
            <translation>待约时间</translation>
        </message>
        <message>
            <source>time agreed</source>
            <translation>已约时间</translation>
        </message>
        <message>
            <source>on site</source>
            <translation>上门服务中</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <source>not resolved</source>
            <translation>未解决</translation>
        </message>
        <message>
            <source>{name}: today and tomorrow</source>
            <translation>{name}：今天和明天</translation>
        </message>
        <message>
            <source>Tomorrow</source>
            <translation>明天</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source> (planned, not yet agreed)</source>
            <translation>（计划时间，尚未与客户约定）</translation>
        </message>
        <message>
            <source>No visits for today or tomorrow.</source>
            <translation>今天和明天没有上门任务。</translation>
        </message>
        <message>
            <source>Arrival recorded.</source>
            <translation>已记录到达。</translation>
        </message>
        <message>
            <source>Preparing your sheets...</source>
            <translation>正在准备服务单…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>My day</source>
            <translation>我的工作</translation>
        </message>
        <message>
            <source>No open visits that day.</source>
            <translation>当天没有待上门的任务。</translation>
        </message>
        <message>
            <source>my-day.pdf</source>
            <translation>我的工作.pdf</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Agreed time</source>
            <translation>约定时间</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>故障</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>I have arri&amp;ved</source>
            <translation>我已到达(&amp;V)</translation>
        </message>
        <message>
            <source>Record the re&amp;sult...</source>
            <translation>记录处理结果(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Print the day's sheets...</source>
            <translation>打印当天服务单(&amp;P)…</translation>
        </message>
    </context>
    <context>
        <name>NewComplaintDialog</name>
        <message>
            <source>Call back by {call_back} (within {minutes} minutes); answer by {due} (within {hours} hours)</source>
            <translation>{call_back} 前回电（{minutes} 分钟内）；{due} 前答复（{hours} 小时内）</translation>
        </message>
        <message>
            <source>No customer with this phone number. Register the customer through Intake first.</source>
            <translation>没有使用这个电话号码的客户。请先在“受理”中登记客户。</translation>
        </message>
        <message>
            <source>Find the customer by phone and choose them in the list.</source>
            <translation>请按电话号码查找客户，并在列表中选中。</translation>
        </message>
        <message>
            <source>New complaint</source>
            <translation>新建投诉</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>电话(&amp;P)</translation>
        </message>
        <message>
            <source>Phone number or its last digits</source>
            <translation>电话号码或其尾号</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>查找(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Received by</source>
            <translation>投诉方式(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Concerns</source>
            <translation>投诉对象(&amp;C)</translation>
        </message>
        <message>
            <source>Per&amp;son concerned</source>
            <translation>涉及人员(&amp;S)</translation>
        </message>
        <message>
            <source>Open co&amp;mplaint</source>
            <translation>登记投诉(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>投诉内容(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Owner</source>
            <translation>负责人(&amp;O)</translation>
        </message>
        <message>
            <source>Answer promised by</source>
            <translation>承诺答复时间</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>NewConsultationDialog</name>
        <message>
            <source>(not a customer yet)</source>
            <translation>（尚非客户）</translation>
        </message>
        <message>
            <source>(not about one product)</source>
            <translation>（不针对具体产品）</translation>
        </message>
        <message>
            <source>Say: 对不起，请您稍等，我让工程师给您解答，好吗？ — and tell the caller when you will call back.</source>
            <translation>请说：“对不起，请您稍等，我让工程师给您解答，好吗？”并告知客户何时回复。</translation>
        </message>
        <message>
            <source>Write down the answer given, or promise a reply time.</source>
            <translation>请填写已给出的答复，或承诺答复时间。</translation>
        </message>
        <message>
            <source>New question (consultation)</source>
            <translation>新咨询</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>电话(&amp;P)</translation>
        </message>
        <message>
            <source>The number to call back</source>
            <translation>回复用的电话号码</translation>
        </message>
        <message>
            <source>&amp;Find customer</source>
            <translation>查找客户(&amp;F)</translation>
        </message>
        <message>
            <source>C&amp;ustomer</source>
            <translation>客户(&amp;U)</translation>
        </message>
        <message>
            <source>Ca&amp;ller's name</source>
            <translation>来电人(&amp;L)</translation>
        </message>
        <message>
            <source>P&amp;roduct</source>
            <translation>产品(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Topic</source>
            <translation>类别(&amp;T)</translation>
        </message>
        <message>
            <source>C&amp;hannel</source>
            <translation>渠道(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Question</source>
            <translation>咨询内容(&amp;Q)</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>答复</translation>
        </message>
        <message>
            <source>&amp;Answered now</source>
            <translation>当即答复(&amp;A)</translation>
        </message>
        <message>
            <source>What the caller was told</source>
            <translation>告诉客户的内容</translation>
        </message>
        <message>
            <source>Pro&amp;mise a reply by</source>
            <translation>承诺答复时间(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>NewInstallationDialog</name>
        <message>
            <source>Unit sold</source>
            <translation>所售产品</translation>
        </message>
        <message>
            <source>No customer with this phone: register a new customer.</source>
            <translation>没有使用此电话的客户：请登记新客户。</translation>
        </message>
        <message>
            <source>The unit is registered to {customer}.</source>
            <translation>产品登记在 {customer} 名下。</translation>
        </message>
        <message>
            <source>New installation order</source>
            <translation>新建安装单</translation>
        </message>
        <message>
            <source>Customer (from the sale)</source>
            <translation>客户（来自销售）</translation>
        </message>
        <message>
            <source>Customer's phone: a known customer is found as you type</source>
            <translation>客户电话：输入时自动查找已有客户</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>新客户</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>District / county</source>
            <translation>区县</translation>
        </message>
        <message>
            <source>Town / township</source>
            <translation>乡镇/街道</translation>
        </message>
        <message>
            <source>The town or township of the district: pick it from the list or type it; leave it empty if not known</source>
            <translation>所在区县的乡镇或街道：从列表中选择或直接输入；不清楚可留空</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Product line</source>
            <translation>产品线</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>型号</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>机身编号</translation>
        </message>
        <message>
            <source>Invoice date</source>
            <translation>发票日期</translation>
        </message>
        <message>
            <source>Invoice price</source>
            <translation>发票金额</translation>
        </message>
        <message>
            <source>e.g. 2680.00</source>
            <translation>例如 2680.00</translation>
        </message>
        <message>
            <source>As on the invoice; leave blank if not known</source>
            <translation>按发票填写；不清楚可留空</translation>
        </message>
        <message>
            <source>yuan</source>
            <translation>元</translation>
        </message>
        <message>
            <source>Usage</source>
            <translation>用途</translation>
        </message>
        <message>
            <source>Installation</source>
            <translation>安装</translation>
        </message>
        <message>
            <source>Requested date</source>
            <translation>预约安装日期</translation>
        </message>
        <message>
            <source>Sold by</source>
            <translation>销售单位</translation>
        </message>
        <message>
            <source>Store or salesperson</source>
            <translation>门店或业务员</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>OldPartDialog</name>
        <message>
            <source>{part} ×{quantity} from ticket {ticket}, fitted by {engineer}. Tie the tag to the old part and type its number.</source>
            <translation>{part} ×{quantity}，服务单 {ticket}，{engineer}更换。请在旧件上挂好标签并填写标签号。</translation>
        </message>
        <message>
            <source>Old part handed in</source>
            <translation>旧件返还</translation>
        </message>
        <message>
            <source>&amp;Tag number</source>
            <translation>标签号(&amp;T)</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>备注(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>OnsiteWindowsDialog</name>
        <message>
            <source>Minutes from intake (or dispatch) to the engineer on site. The service rules ask for campus units within 30 minutes, vending machines within 2 hours, and within 1 hour when the phone cannot solve it. Raising a ticket's priority shortens its running window; a more urgent priority may not have a longer one.</source>
            <translation>从受理（或派单）到工程师到达现场的分钟数。服务规范要求：校园业务 30 分钟、自动售水机 2 小时到达现场并修复；电话不能解决的，1 小时之内做到现场响应。提高服务单优先级会缩短其正在计时的上门时限；更紧急的优先级不能设得更长。</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>On-site windows</source>
            <translation>上门时限</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <source>Dispatch warnings</source>
            <translation>派工提醒</translation>
        </message>
        <message>
            <source>This plan needs attention:</source>
            <translation>该派工需要注意：</translation>
        </message>
        <message>
            <source>To dispatch anyway, give the &amp;reason (it is recorded):</source>
            <translation>如仍要派工，请填写原因（将被记录）(&amp;R)：</translation>
        </message>
    </context>
    <context>
        <name>PartDialog</name>
        <message>
            <source>(every product line)</source>
            <translation>（各产品线通用）</translation>
        </message>
        <message>
            <source>Catalogue part</source>
            <translation>配件目录</translation>
        </message>
        <message>
            <source>Product &amp;line</source>
            <translation>产品线(&amp;L)</translation>
        </message>
        <message>
            <source>Part co&amp;de</source>
            <translation>配件编码(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>名称(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;English name</source>
            <translation>英文名称(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>单位(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Price (yuan)</source>
            <translation>单价（元）(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Minimum in the warehouse</source>
            <translation>库房最低库存(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Warranty part (free under warranty; the old part goes back)</source>
            <translation>保修件（三包期内免费，旧件须返还）(&amp;W)</translation>
        </message>
        <message>
            <source>Main p&amp;art (free in the main-part period)</source>
            <translation>主要部件（主要部件保修期内免费）(&amp;A)</translation>
        </message>
        <message>
            <source>In u&amp;se (untick to retire the part)</source>
            <translation>在用（取消勾选即停用）(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Consumable (always charged)</source>
            <translation>易耗品（始终收费）(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>Ticket {ticket}, {customer}: call-out {call_out} + labour {labour} + parts {parts} = {total}; paid {paid}; owed {owed}.</source>
            <translation>服务单 {ticket}，{customer}：上门费 {call_out} + 维修费 {labour} + 配件费 {parts} = {total}；已收 {paid}；未收 {owed}。</translation>
        </message>
        <message>
            <source>{engineer} (the visit's engineer)</source>
            <translation>{engineer}（上门工程师）</translation>
        </message>
        <message>
            <source>In words: {words}</source>
            <translation>人民币（大写）：{words}</translation>
        </message>
        <message>
            <source>Record a payment</source>
            <translation>登记收款</translation>
        </message>
        <message>
            <source>&amp;Amount (yuan)</source>
            <translation>金额（元）(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Method</source>
            <translation>付款方式(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Collected by</source>
            <translation>收款人(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paid at</source>
            <translation>收款时间(&amp;P)</translation>
        </message>
        <message>
            <source>yyyy-MM-dd HH:mm</source>
            <translation>yyyy-MM-dd HH:mm</translation>
        </message>
        <message>
            <source>Paid &amp;by</source>
            <translation>交款人(&amp;B)</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>备注(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>PaymentTableModel</name>
        <message>
            <source>Receipt no.</source>
            <translation>收据编号</translation>
        </message>
        <message>
            <source>Paid at</source>
            <translation>收款时间</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>服务单号</translation>
        </message>
        <message>
            <source>Paid by</source>
            <translation>交款人</translation>
        </message>
        <message>
            <source>Collected by</source>
            <translation>收款人</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>录入人</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <source>Print preview</source>
            <translation>打印预览</translation>
        </message>
        <message>
            <source>A form to fill in by hand: it is not digitally signed and need not be. The branch signs the report printed from what is recorded afterwards.</source>
            <translation>手工填写的表单：不做数字签名，也不需要。网点签名的是上门后按录入内容打印的服务报告。</translation>
        </message>
        <message>
            <source>A working paper: the branch does not sign it digitally. The papers it signs are service reports, receipts, acceptance reports and certificates.</source>
            <translation>内部工作单据：网点不对其加数字签名。网点数字签名的单据是客户服务报告、收费收据、安装验收单和退换货凭证。</translation>
        </message>
        <message>
            <source>Not digitally signed by the branch: HQ cannot check that this paper is unaltered. Give it only when the customer needs the paper now; once the branch signing key is set up or unlocked (Tools → Branch signing key), print the signed one.</source>
            <translation>未经网点数字签名：总部无法核验此纸件未被改动。仅在客户当场需要纸件时交付；网点签名密钥创建或解锁后（“工具 → 网点签名密钥”），请打印签名版。</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>另存为 PDF…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>The document cannot be displayed.</source>
            <translation>无法显示该文档。</translation>
        </message>
        <message>
            <source>No printer is installed on this computer. Install a printer, or save the document as PDF and print it elsewhere.</source>
            <translation>本机没有安装打印机。请安装打印机，或将文档另存为 PDF 到其他电脑打印。</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>已发送到打印机。</translation>
        </message>
        <message>
            <source>Printing failed. Check that the printer is switched on and has paper, then try again. The document was not marked as printed.</source>
            <translation>打印失败。请检查打印机是否开机、是否有纸，然后重试。该单据未标记为已打印。</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>另存为 PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>The file could not be saved: {error}</source>
            <translation>文件无法保存：{error}</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>已保存到 {path}</translation>
        </message>
    </context>
    <context>
        <name>PhoneExamples</name>
        <message>
            <source>0XXX-XXXXXXX</source>
            <translation>0XXX-XXXXXXX</translation>
        </message>
    </context>
    <context>
        <name>PlanVisitDialog</name>
        <message>
            <source>Plan a visit</source>
            <translation>派工</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>服务单</translation>
        </message>
        <message>
            <source>&amp;Engineer</source>
            <translation>工程师(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>日期(&amp;D)</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>yyyy-MM-dd</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>开始时间(&amp;S)</translation>
        </message>
        <message>
            <source>HH:mm</source>
            <translation>HH:mm</translation>
        </message>
        <message>
            <source>D&amp;uration (minutes)</source>
            <translation>时长（分钟）(&amp;U)</translation>
        </message>
        <message>
            <source>{name} (other area or skill)</source>
            <translation>{name}（区域或技能不符）</translation>
        </message>
    </context>
    <context>
        <name>PolicyEditorDialog</name>
        <message>
            <source>Installation day (when we installed it), else invoice</source>
            <translation>安装日期（我方安装时），否则按发票日期</translation>
        </message>
        <message>
            <source>Invoice date</source>
            <translation>发票日期</translation>
        </message>
        <message>
            <source>Policy saved.</source>
            <translation>政策已保存。</translation>
        </message>
        <message>
            <source>Warranty policy (三包)</source>
            <translation>三包政策</translation>
        </message>
        <message>
            <source>Periods per product line and usage (months)</source>
            <translation>各产品线及使用性质的有效期（月）</translation>
        </message>
        <message>
            <source>Product line</source>
            <translation>产品线</translation>
        </message>
        <message>
            <source>Usage</source>
            <translation>使用性质</translation>
        </message>
        <message>
            <source>Whole unit (months)</source>
            <translation>整机（月）</translation>
        </message>
        <message>
            <source>Main parts (months)</source>
            <translation>主要部件（月）</translation>
        </message>
        <message>
            <source>Main parts and consumables</source>
            <translation>主要部件与易耗件</translation>
        </message>
        <message>
            <source>Main parts</source>
            <translation>主要部件</translation>
        </message>
        <message>
            <source>Consumables</source>
            <translation>易耗件</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>规则</translation>
        </message>
        <message>
            <source>Depreciation per day (% of price)</source>
            <translation>每日折旧率（售价的 %）</translation>
        </message>
        <message>
            <source>Repair warranty (days)</source>
            <translation>修理保证期（天）</translation>
        </message>
        <message>
            <source>Failed repairs before exchange</source>
            <translation>可换货前的修理次数</translation>
        </message>
        <message>
            <source>Period starts on</source>
            <translation>有效期起算</translation>
        </message>
        <message>
            <source>Without proof, start after production (days)</source>
            <translation>无凭证时自出厂后起算（天）</translation>
        </message>
        <message>
            <source>HQ confirms every whole-unit exchange</source>
            <translation>整机调换须总部确认</translation>
        </message>
        <message>
            <source>HQ confirms every refund</source>
            <translation>退货须总部确认</translation>
        </message>
        <message>
            <source>A period ending on a rest day ends on the next working day</source>
            <translation>有效期最后一日为休息日的，顺延至下一个工作日</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>PrintingErrors</name>
        <message>
            <source>The Chinese font for printing cannot be read: {path}</source>
            <translation>无法读取打印用中文字体：{path}</translation>
        </message>
        <message>
            <source>Printed forms are available in Chinese and English only.</source>
            <translation>打印单据仅支持中文和英文。</translation>
        </message>
        <message>
            <source>The ticket number {ticket_no} cannot be printed as a QR code.</source>
            <translation>服务单号 {ticket_no} 无法生成二维码。</translation>
        </message>
        <message>
            <source>The scanned code is not a service desk QR code.</source>
            <translation>扫描的不是本系统的二维码。</translation>
        </message>
        <message>
            <source>Printing was cancelled.</source>
            <translation>打印已取消。</translation>
        </message>
        <message>
            <source>The signature is too large to store.</source>
            <translation>签名数据过大，无法保存。</translation>
        </message>
        <message>
            <source>The signature data is damaged.</source>
            <translation>签名数据已损坏。</translation>
        </message>
        <message>
            <source>The scanned signature is too large (file size or dimensions).</source>
            <translation>扫描的签名图片过大（文件大小或尺寸）。</translation>
        </message>
        <message>
            <source>A scanned signature must be a PNG or JPEG image.</source>
            <translation>扫描签名必须是 PNG 或 JPEG 图片。</translation>
        </message>
        <message>
            <source>The scanned signature image cannot be read.</source>
            <translation>无法读取扫描的签名图片。</translation>
        </message>
        <message>
            <source>The report was changed after it was signed. Please ask for the signature again.</source>
            <translation>报告在签名后被修改，请客户重新签名。</translation>
        </message>
        <message>
            <source>The passphrase must have at least {minimum} characters.</source>
            <translation>口令至少需要 {minimum} 个字符。</translation>
        </message>
        <message>
            <source>Wrong passphrase for the branch signing key.</source>
            <translation>网点签名密钥的口令错误。</translation>
        </message>
        <message>
            <source>This branch already has a signing key.</source>
            <translation>本网点已有签名密钥。</translation>
        </message>
        <message>
            <source>The branch has no signing key yet.</source>
            <translation>本网点还没有签名密钥。</translation>
        </message>
        <message>
            <source>The certificate file from HQ cannot be opened (wrong password or damaged file).</source>
            <translation>无法打开总部下发的证书文件（密码错误或文件损坏）。</translation>
        </message>
        <message>
            <source>The certificate file from HQ has no private key or certificate.</source>
            <translation>总部下发的证书文件中没有私钥或证书。</translation>
        </message>
        <message>
            <source>The certificate file cannot be read.</source>
            <translation>无法读取证书文件。</translation>
        </message>
        <message>
            <source>The file is not a readable PDF.</source>
            <translation>该文件不是可读取的 PDF。</translation>
        </message>
    </context>
    <context>
        <name>QualityFeedbackDialog</name>
        <message>
            <source>New quality problem feedback</source>
            <translation>新质量问题反馈单</translation>
        </message>
        <message>
            <source>Raised from {source} {number}{round}. HQ's part stays empty until it answers.</source>
            <translation>来源：{source} {number}{round}。总部答复部分待总部答复后填写。</translation>
        </message>
        <message>
            <source>, visit {round}</source>
            <translation>，第 {round} 次上门</translation>
        </message>
        <message>
            <source>Quality problem feedback {number}</source>
            <translation>质量问题反馈单 {number}</translation>
        </message>
        <message>
            <source>{number} · {status} · raised {at} by {who} from {source} {source_no}</source>
            <translation>{number} · {status} · {who} 于 {at} 填写，来源：{source} {source_no}</translation>
        </message>
        <message>
            <source>sent to HQ {at} by {who}</source>
            <translation>{who} 于 {at} 报送总部</translation>
        </message>
        <message>
            <source>HQ's answer recorded {at} by {who}</source>
            <translation>{who} 于 {at} 记录总部答复</translation>
        </message>
        <message>
            <source>closed {at} by {who}</source>
            <translation>{who} 于 {at} 关闭</translation>
        </message>
        <message>
            <source>Raise the &amp;form</source>
            <translation>填写反馈单(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>保存修改(&amp;S)</translation>
        </message>
        <message>
            <source>(model not known)</source>
            <translation>（型号不详）</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <source>Form {number} is in the quality feedback list. Send it to HQ when it is complete.</source>
            <translation>反馈单 {number} 已列入质量问题反馈清单，填写完整后请报送总部。</translation>
        </message>
        <message>
            <source>Marked as sent to HQ; it also goes into the next HQ workbook (sheet 质量问题反馈).</source>
            <translation>已标记为报送总部；也将列入下一份总部报表（“质量问题反馈”工作表）。</translation>
        </message>
        <message>
            <source>Preparing the form...</source>
            <translation>正在生成反馈单...</translation>
        </message>
        <message>
            <source>Quality problem feedback</source>
            <translation>质量问题反馈单</translation>
        </message>
        <message>
            <source>Reported by the branch</source>
            <translation>网点反馈</translation>
        </message>
        <message>
            <source>P&amp;roduct</source>
            <translation>产品(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Model</source>
            <translation>型号(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Batch</source>
            <translation>批次(&amp;B)</translation>
        </message>
        <message>
            <source>Production batch or date, if known</source>
            <translation>生产批次或日期（如已知）</translation>
        </message>
        <message>
            <source>One per line, or separated by commas or spaces</source>
            <translation>每行一个，或以逗号、空格分隔</translation>
        </message>
        <message>
            <source>&amp;Units affected</source>
            <translation>问题数量(&amp;U)</translation>
        </message>
        <message>
            <source>Ser&amp;ial numbers</source>
            <translation>机身编号(&amp;I)</translation>
        </message>
        <message>
            <source>Probl&amp;em</source>
            <translation>问题描述(&amp;E)</translation>
        </message>
        <message>
            <source>HQ's answer (technical department)</source>
            <translation>总部答复（技术部）</translation>
        </message>
        <message>
            <source>Root c&amp;ause</source>
            <translation>原因分析(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Corrective action</source>
            <translation>纠正措施(&amp;C)</translation>
        </message>
        <message>
            <source>Pre&amp;ventive action</source>
            <translation>预防措施(&amp;V)</translation>
        </message>
        <message>
            <source>Ans&amp;wered by</source>
            <translation>答复人(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Print form...</source>
            <translation>打印反馈单(&amp;P)...</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Sen&amp;d to HQ</source>
            <translation>报送总部(&amp;D)</translation>
        </message>
        <message>
            <source>Record HQ's a&amp;nswer</source>
            <translation>记录总部答复(&amp;N)</translation>
        </message>
        <message>
            <source>C&amp;lose the form</source>
            <translation>关闭反馈单(&amp;L)</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>关闭(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>QualityListView</name>
        <message>
            <source>No quality feedback forms in this list. A form is raised with Quality problem... on a ticket, a visit, a return claim or a complaint; choose All above to see the closed ones.</source>
            <translation>此列表中没有质量问题反馈单。可在服务单、上门、退换货申请或投诉中点击“质量问题反馈...”填写；在上方选择“全部”可查看已关闭的反馈单。</translation>
        </message>
        <message>
            <source>Not closed</source>
            <translation>未关闭</translation>
        </message>
        <message>
            <source>Not yet sent to HQ</source>
            <translation>未报总部</translation>
        </message>
        <message>
            <source>Waiting for HQ's answer</source>
            <translation>待总部答复</translation>
        </message>
        <message>
            <source>Answered by HQ</source>
            <translation>总部已答复</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>All products</source>
            <translation>全部产品</translation>
        </message>
        <message>
            <source>A form is raised where the problem is seen: a ticket, a visit on the dispatch board, a return claim or a complaint (button "Quality problem..."). Major, batch or recurring problems go to HQ, whose technical department answers with corrective and preventive actions.</source>
            <translation>在发现问题的地方填写反馈单：服务单、派单看板上的上门记录、退换货申请或投诉（“质量问题反馈”按钮）。重大、批量或惯性质量问题以《质量问题反馈单》反馈总部，由技术部牵头分析，形成解决方案和纠正预防措施。</translation>
        </message>
        <message>
            <source>Not yet sent to HQ: {unsent}   Waiting for HQ's answer: {waiting}   Shown: {shown}</source>
            <translation>未报总部：{unsent}   待总部答复：{waiting}   显示：{shown}</translation>
        </message>
        <message>
            <source>Quality feedback</source>
            <translation>质量问题反馈</translation>
        </message>
        <message>
            <source>Sho&amp;w</source>
            <translation>显示(&amp;W)</translation>
        </message>
        <message>
            <source>Number, serial, batch, model or words of the problem</source>
            <translation>单号、机身编号、批次、型号或问题描述</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>QualityTableModel</name>
        <message>
            <source>Number</source>
            <translation>反馈单号</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>填写日期</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>型号</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Serial numbers</source>
            <translation>机身编号</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题描述</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Sent to HQ</source>
            <translation>报送日期</translation>
        </message>
        <message>
            <source>Raised by</source>
            <translation>填写人</translation>
        </message>
    </context>
    <context>
        <name>RegionDialog</name>
        <message>
            <source>Districts and towns</source>
            <translation>区县和乡镇</translation>
        </message>
        <message>
            <source>&amp;Province</source>
            <translation>省(&amp;P)</translation>
        </message>
        <message>
            <source>C&amp;ity</source>
            <translation>市(&amp;I)</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>District, county or town</source>
            <translation>区县或乡镇</translation>
        </message>
        <message>
            <source>Add &amp;district</source>
            <translation>添加区县(&amp;D)</translation>
        </message>
        <message>
            <source>Add &amp;town to district</source>
            <translation>在区县下添加乡镇(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>删除(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>RegionTree</name>
        <message>
            <source>Type the name of the district or county first.</source>
            <translation>请先输入区县名称。</translation>
        </message>
        <message>
            <source>Select a district, then type the town's name.</source>
            <translation>请先选择一个区县，再输入乡镇名称。</translation>
        </message>
    </context>
    <context>
        <name>ReplaceKeyDialog</name>
        <message>
            <source>Choose a reason...</source>
            <translation>请选择原因...</translation>
        </message>
        <message>
            <source>The key file may have been copied</source>
            <translation>密钥文件可能被人复制了</translation>
        </message>
        <message>
            <source>The passphrase is forgotten, or known to someone who left</source>
            <translation>口令忘了，或已离职的人知道口令</translation>
        </message>
        <message>
            <source>The certificate is close to its end date</source>
            <translation>证书快到期了</translation>
        </message>
        <message>
            <source>Other (say why under Details)</source>
            <translation>其他（请在“说明”里写明）</translation>
        </message>
        <message>
            <source>PKCS#12 file from HQ</source>
            <translation>总部发来的 PKCS#12 文件</translation>
        </message>
        <message>
            <source>PKCS#12 (*.p12 *.pfx)</source>
            <translation>PKCS#12 文件 (*.p12 *.pfx)</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>无法读取该文件。</translation>
        </message>
        <message>
            <source>Please choose why the key is being replaced.</source>
            <translation>请选择更换密钥的原因。</translation>
        </message>
        <message>
            <source>Please say in a few words why the key is being replaced.</source>
            <translation>请简单写明更换密钥的原因。</translation>
        </message>
        <message>
            <source>Please choose the PKCS#12 file from HQ.</source>
            <translation>请选择总部发来的 PKCS#12 文件。</translation>
        </message>
        <message>
            <source>The two passphrases differ. Please type the new passphrase twice.</source>
            <translation>两次输入的口令不一致，请把新口令输入两遍。</translation>
        </message>
        <message>
            <source>Replacing the branch key...</source>
            <translation>正在更换网点密钥...</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>The key could not be replaced: the signing folder refused the change. Nothing was changed: the current key still signs. The details are in the log file.</source>
            <translation>无法更换密钥：签名文件夹拒绝了这次修改。什么都没有改动，当前密钥仍可签名。详细情况记录在日志文件里。</translation>
        </message>
        <message>
            <source>The branch key was replaced.

New certificate (SHA-256 fingerprint): {new}
Replaced certificate, still trusted on this computer: {old}
The old key files are kept in: {folder}

Export the new certificate now and send it to HQ, so that HQ trusts what the branch signs from now on. If the old key may have been stolen, tell HQ since when.</source>
            <translation>网点密钥已更换。

新证书（SHA-256 指纹）：{new}
被替换的证书（本机仍然信任）：{old}
旧密钥文件保存在：{folder}

请现在导出新证书并发给总部，总部才会信任网点今后签署的文件。如果旧密钥可能被盗，请告诉总部从什么时候开始。</translation>
        </message>
        <message>
            <source>Export the new certificate</source>
            <translation>导出新证书</translation>
        </message>
        <message>
            <source>Certificates (*.pem)</source>
            <translation>证书 (*.pem)</translation>
        </message>
        <message>
            <source>The file cannot be written there. Please choose another folder.</source>
            <translation>无法写入该位置，请换一个文件夹。</translation>
        </message>
        <message>
            <source>Certificate exported: {path}. Send this file to HQ.</source>
            <translation>证书已导出：{path}。请把这个文件发给总部。</translation>
        </message>
        <message>
            <source>Replace the branch key</source>
            <translation>更换网点密钥</translation>
        </message>
        <message>
            <source>The branch gets a new signing key. What happens:
1. The current certificate is added to this computer's trusted certificates, so service sheets, reports and audit records signed with it still verify.
2. The current key files are moved to a dated "retired" folder that only this Windows user can open.
3. The new key is installed: a new one made on this computer, or the file issued by HQ.
Afterwards, export the new certificate and send it to HQ.</source>
            <translation>网点将换用一把新的签名密钥。具体会：
1. 把当前证书加入本机的受信任证书，用它签过的服务单、报告和审计记录仍然可以验证。
2. 把当前的密钥文件移到一个按日期命名的“retired”（已停用）文件夹，只有当前 Windows 用户能打开。
3. 装上新密钥：在本机新建一把，或使用总部发来的文件。
完成后，请导出新证书并发给总部。</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>原因(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>说明(&amp;D)</translation>
        </message>
        <message>
            <source>New key</source>
            <translation>新密钥</translation>
        </message>
        <message>
            <source>Make a &amp;new key on this computer</source>
            <translation>在本机新建密钥(&amp;N)</translation>
        </message>
        <message>
            <source>Use the PKCS#12 file issued by &amp;HQ</source>
            <translation>使用总部发来的 PKCS#12 文件(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;File from HQ</source>
            <translation>总部文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Browse...</source>
            <translation>浏览(&amp;B)...</translation>
        </message>
        <message>
            <source>File pass&amp;word</source>
            <translation>文件密码(&amp;W)</translation>
        </message>
        <message>
            <source>New &amp;passphrase</source>
            <translation>新口令(&amp;P)</translation>
        </message>
        <message>
            <source>Repeat the p&amp;assphrase</source>
            <translation>再输一遍口令(&amp;A)</translation>
        </message>
        <message>
            <source>I &amp;understand: from now on only the new key signs, and the old passphrase no longer opens anything.</source>
            <translation>我已了解(&amp;U)：从现在起只用新密钥签名，旧口令不再能打开任何东西。</translation>
        </message>
        <message>
            <source>Replace the &amp;key</source>
            <translation>更换密钥(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Export the new certificate...</source>
            <translation>导出新证书(&amp;E)...</translation>
        </message>
    </context>
    <context>
        <name>ReportBackDialog</name>
        <message>
            <source>Ticket {number}: what the department is doing about it.</source>
            <translation>服务单 {number}：部门的处理情况。</translation>
        </message>
        <message>
            <source>Report back to the service centre</source>
            <translation>向客服中心反馈</translation>
        </message>
        <message>
            <source>&amp;Responsible person</source>
            <translation>负责人(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Emergency measures</source>
            <translation>应急措施(&amp;E)</translation>
        </message>
        <message>
            <source>Resources &amp;needed</source>
            <translation>所需资源(&amp;N)</translation>
        </message>
        <message>
            <source>Rea&amp;diness</source>
            <translation>准备情况(&amp;D)</translation>
        </message>
        <message>
            <source>e.g. parts in the van, engineer leaves at 14:00</source>
            <translation>例如：配件已装车，工程师14:00出发</translation>
        </message>
    </context>
    <context>
        <name>ReportPrintErrors</name>
        <message>
            <source>No service report has been recorded for this visit yet.</source>
            <translation>这次上门尚未录入客户服务报告。</translation>
        </message>
        <message>
            <source>Only a completed callback has a record to print.</source>
            <translation>只有已完成的回访才有记录可打印。</translation>
        </message>
        <message>
            <source>This callback belongs to no ticket, so there is no record to print.</source>
            <translation>此回访不属于任何服务单，没有可打印的记录。</translation>
        </message>
        <message>
            <source>No ticket {ticket_no} in this branch.</source>
            <translation>本网点没有服务单 {ticket_no}。</translation>
        </message>
        <message>
            <source>The printed record no longer exists.</source>
            <translation>要记录打印的单据已不存在。</translation>
        </message>
    </context>
    <context>
        <name>ReportPrinter</name>
        <message>
            <source>Service sheet {number}</source>
            <translation>服务单 {number}</translation>
        </message>
        <message>
            <source>{number}-service-sheet.pdf</source>
            <translation>{number}-服务单.pdf</translation>
        </message>
        <message>
            <source>Callback record {number}</source>
            <translation>回访记录 {number}</translation>
        </message>
        <message>
            <source>{number}-callback.pdf</source>
            <translation>{number}-回访记录.pdf</translation>
        </message>
        <message>
            <source>Signed service report {number} (visit {round})</source>
            <translation>已签名客户服务报告 {number}（第 {round} 次上门）</translation>
        </message>
        <message>
            <source>Service report {number} (visit {round}) — NOT digitally signed</source>
            <translation>客户服务报告 {number}（第 {round} 次上门）— 未数字签名</translation>
        </message>
        <message>
            <source>{number}-report-{round}.pdf</source>
            <translation>{number}-服务报告-第{round}次.pdf</translation>
        </message>
        <message>
            <source>{number}-report-{round}-unsigned.pdf</source>
            <translation>{number}-服务报告-第{round}次-未签名.pdf</translation>
        </message>
        <message>
            <source>Preparing the document...</source>
            <translation>正在生成文档……</translation>
        </message>
        <message>
            <source>Printed, but not recorded as printed: {error}</source>
            <translation>已打印，但未能记录打印：{error}</translation>
        </message>
        <message>
            <source>Printed.</source>
            <translation>已打印。</translation>
        </message>
        <message>
            <source>Branch signing key</source>
            <translation>网点签名密钥</translation>
        </message>
        <message>
            <source>The branch has no signing key yet, so the report cannot be digitally signed. A supervisor can create or import it under Tools → Branch signing key.</source>
            <translation>网点尚无签名密钥，报告无法数字签名。主管可在“工具 → 网点签名密钥”中创建或导入。</translation>
        </message>
        <message>
            <source>The branch signing key is locked. Unlock it to print a digitally signed report that HQ can verify.</source>
            <translation>网点签名密钥已锁定。解锁后即可打印总部可验证的数字签名报告。</translation>
        </message>
        <message>
            <source>Open signing key...</source>
            <translation>打开签名密钥……</translation>
        </message>
        <message>
            <source>Print unsigned</source>
            <translation>打印未签名版本</translation>
        </message>
        <message>
            <source>An unsigned report cannot be verified as unaltered. Use it only when the customer needs the paper now, and print the signed one later.</source>
            <translation>未签名的报告无法验证是否被改动。仅在客户急需纸质报告时使用，之后请补打已签名版本。</translation>
        </message>
    </context>
    <context>
        <name>ReturnListDialog</name>
        <message>
            <source>{tag}  {part} ×{quantity}  ticket {ticket}  ({engineer})</source>
            <translation>{tag}  {part} ×{quantity}  服务单 {ticket}（{engineer}）</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>配件</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Send parts back</source>
            <translation>返厂 / 退回总部</translation>
        </message>
        <message>
            <source>Send &amp;to</source>
            <translation>退回至(&amp;T)</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>备注(&amp;O)</translation>
        </message>
        <message>
            <source>Old parts on the shelf (tick the ones in the box)</source>
            <translation>旧件库中的旧件（勾选装箱的旧件）</translation>
        </message>
        <message>
            <source>Tick &amp;all</source>
            <translation>全选(&amp;A)</translation>
        </message>
        <message>
            <source>Tick &amp;none</source>
            <translation>全不选(&amp;N)</translation>
        </message>
        <message>
            <source>Parts from the warehouse</source>
            <translation>库房配件</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>添加(&amp;D)</translation>
        </message>
        <message>
            <source>Remo&amp;ve</source>
            <translation>删除(&amp;V)</translation>
        </message>
    </context>
    <context>
        <name>ScanBox</name>
        <message>
            <source>Scan / open ticket (Ctrl+K)</source>
            <translation>扫码 / 打开服务单 (Ctrl+K)</translation>
        </message>
        <message>
            <source>Scan the QR code of a service sheet, or type a ticket number and press Enter.</source>
            <translation>扫描服务单上的二维码，或输入服务单号后按回车。</translation>
        </message>
        <message>
            <source>Opened ticket {number}.</source>
            <translation>已打开服务单 {number}。</translation>
        </message>
        <message>
            <source>Not opened: {reason}</source>
            <translation>未能打开：{reason}</translation>
        </message>
    </context>
    <context>
        <name>ScreenLock</name>
        <message>
            <source>Screen locked. Sign in again to continue.</source>
            <translation>屏幕已锁定。请重新登录后继续。</translation>
        </message>
        <message>
            <source>Branch Service Desk (locked)</source>
            <translation>网点售后服务台（已锁定）</translation>
        </message>
        <message>
            <source>Sign out...</source>
            <translation>注销...</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>注销</translation>
        </message>
        <message>
            <source>Sign {name} out? What they typed and did not save is lost.</source>
            <translation>注销 {name}？其已输入但未保存的内容将丢失。</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <source>Fixed: tickets already carry this code.</source>
            <translation>已固定：已有服务单使用此代码。</translation>
        </message>
        <message>
            <source>2 to 8 capital letters or digits; it can change until the first ticket is opened.</source>
            <translation>2 至 8 位大写字母或数字；在开出第一张服务单之前可以修改。</translation>
        </message>
        <message>
            <source>Choose the logo</source>
            <translation>选择标志图片</translation>
        </message>
        <message>
            <source>Images (*.png)</source>
            <translation>图片 (*.png)</translation>
        </message>
        <message>
            <source>Database password</source>
            <translation>数据库密码</translation>
        </message>
        <message>
            <source>This PC has no credential store the program can use, so the server password is not saved: it will be asked for at each start.</source>
            <translation>本机没有程序可用的凭据存储，因此不保存服务器密码：每次启动时都会询问。</translation>
        </message>
        <message>
            <source>Branch settings</source>
            <translation>网点设置</translation>
        </message>
        <message>
            <source>Branch (printed on every form)</source>
            <translation>网点（打印在每张单据上）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Service hotline</source>
            <translation>服务热线</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>标志</translation>
        </message>
        <message>
            <source>Choose image...</source>
            <translation>选择图片...</translation>
        </message>
        <message>
            <source>Branch code</source>
            <translation>网点代码</translation>
        </message>
        <message>
            <source>Districts and towns</source>
            <translation>区县和乡镇</translation>
        </message>
        <message>
            <source>Edit the list...</source>
            <translation>编辑列表…</translation>
        </message>
        <message>
            <source>Service commitments and rules</source>
            <translation>服务承诺与规则</translation>
        </message>
        <message>
            <source>Contact the customer within (minutes)</source>
            <translation>联系客户时限（分钟）</translation>
        </message>
        <message>
            <source>Report back within (minutes)</source>
            <translation>反馈服务中心时限（分钟）</translation>
        </message>
        <message>
            <source>Lock the screen after idle (minutes, 0 = never)</source>
            <translation>空闲后锁屏（分钟，0 表示不锁）</translation>
        </message>
        <message>
            <source>Keep backups for (days)</source>
            <translation>备份保留天数</translation>
        </message>
        <message>
            <source>Language of printed forms</source>
            <translation>打印单据语言</translation>
        </message>
        <message>
            <source>Mask phones and addresses in HQ workbooks</source>
            <translation>总部报表中隐藏电话和地址</translation>
        </message>
        <message>
            <source>Call a complainant back within (minutes)</source>
            <translation>投诉回电时限（分钟）</translation>
        </message>
        <message>
            <source>Answer a complaint within (hours)</source>
            <translation>投诉答复时限（小时）</translation>
        </message>
        <message>
            <source>Reply to a question within (minutes, proposed)</source>
            <translation>咨询答复时限（分钟，建议值）</translation>
        </message>
        <message>
            <source>On-site windows</source>
            <translation>上门时限</translation>
        </message>
        <message>
            <source>Per product line and priority...</source>
            <translation>按产品线和优先级设置...</translation>
        </message>
        <message>
            <source>Database of this PC (takes effect at the next start)</source>
            <translation>本机数据库（下次启动时生效）</translation>
        </message>
        <message>
            <source>PostgreSQL URL (empty = local file)</source>
            <translation>PostgreSQL 地址（留空则使用本地文件）</translation>
        </message>
        <message>
            <source>Server password</source>
            <translation>服务器密码</translation>
        </message>
        <message>
            <source>kept in this PC's credential store, not in the settings file</source>
            <translation>保存在本机的凭据存储中，不写入设置文件</translation>
        </message>
    </context>
    <context>
        <name>Setup</name>
        <message>
            <source>No branch signing key yet: printed reports are not signed. Set it up…</source>
            <translation>尚未设置网点签名密钥：打印的报告没有数字签名。点此设置…</translation>
        </message>
        <message>
            <source>No branch signing key yet: ask the supervisor to set it up.</source>
            <translation>尚未设置网点签名密钥：请主管设置。</translation>
        </message>
        <message>
            <source>Row {row}: {message}</source>
            <translation>第 {row} 行：{message}</translation>
        </message>
    </context>
    <context>
        <name>SetupBranchPage</name>
        <message>
            <source>The branch</source>
            <translation>网点</translation>
        </message>
        <message>
            <source>Printed on every service sheet and sent to HQ with every workbook.</source>
            <translation>打印在每张服务单上，并随每份工作簿报送总部。</translation>
        </message>
        <message>
            <source>Branch &amp;name</source>
            <translation>网点名称(&amp;N)</translation>
        </message>
        <message>
            <source>e.g. Xinxiang solar after-sales branch</source>
            <translation>例如：新乡太阳能售后服务网点</translation>
        </message>
        <message>
            <source>Branch &amp;code</source>
            <translation>网点代码(&amp;C)</translation>
        </message>
        <message>
            <source>2 to 8 capital letters or digits, e.g. XX02</source>
            <translation>2 至 8 位大写字母或数字，例如 XX02</translation>
        </message>
        <message>
            <source>Every ticket number starts with the code; it can be changed in the settings until the first ticket is opened.</source>
            <translation>每个服务单号都以网点代码开头；开出第一张服务单之前可在设置中修改。</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>地址(&amp;A)</translation>
        </message>
        <message>
            <source>Service &amp;hotline</source>
            <translation>服务热线(&amp;H)</translation>
        </message>
        <message>
            <source>e.g. 0373-2108187 or 400-800-1234</source>
            <translation>例如 0373-2108187 或 400-800-1234</translation>
        </message>
        <message>
            <source>&amp;Province</source>
            <translation>省(&amp;P)</translation>
        </message>
        <message>
            <source>C&amp;ity</source>
            <translation>市(&amp;I)</translation>
        </message>
        <message>
            <source>Districts and towns the branch serves</source>
            <translation>网点服务的区县和乡镇</translation>
        </message>
        <message>
            <source>Intake offers these places for a customer's address, engineers cover them and the board filters by them. Double-click a name to change it.</source>
            <translation>受理时客户地址从这里选择，工程师按此分区，派工板按此筛选。双击名称可修改。</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>District, county or town</source>
            <translation>区县或乡镇</translation>
        </message>
        <message>
            <source>Add &amp;district</source>
            <translation>添加区县(&amp;D)</translation>
        </message>
        <message>
            <source>Add &amp;town to district</source>
            <translation>在区县下添加乡镇(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>删除(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>SetupCataloguePage</name>
        <message>
            <source>Product lines and models</source>
            <translation>产品线和型号</translation>
        </message>
        <message>
            <source>Type them in, or import the catalogue workbook HQ sends.</source>
            <translation>手工填写，或导入总部下发的产品目录工作簿。</translation>
        </message>
        <message>
            <source>&amp;Import HQ catalogue...</source>
            <translation>导入总部产品目录(&amp;I)…</translation>
        </message>
        <message>
            <source>Save the catalogue &amp;template...</source>
            <translation>保存产品目录模板(&amp;T)…</translation>
        </message>
        <message>
            <source>Product lines and their 三包 periods (months)</source>
            <translation>产品线及其三包期（月）</translation>
        </message>
        <message>
            <source>Product line</source>
            <translation>产品线</translation>
        </message>
        <message>
            <source>English name</source>
            <translation>英文名称</translation>
        </message>
        <message>
            <source>Whole unit (months)</source>
            <translation>整机（月）</translation>
        </message>
        <message>
            <source>Main parts (months)</source>
            <translation>主要部件（月）</translation>
        </message>
        <message>
            <source>三包 policy</source>
            <translation>三包政策</translation>
        </message>
        <message>
            <source>Add product &amp;line</source>
            <translation>添加产品线(&amp;L)</translation>
        </message>
        <message>
            <source>Remove product line</source>
            <translation>删除产品线</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>型号</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>型号</translation>
        </message>
        <message>
            <source>Model name</source>
            <translation>型号名称</translation>
        </message>
        <message>
            <source>Add &amp;model</source>
            <translation>添加型号(&amp;M)</translation>
        </message>
        <message>
            <source>Remove model</source>
            <translation>删除型号</translation>
        </message>
    </context>
    <context>
        <name>SetupCommitmentsPage</name>
        <message>
            <source>Service commitments</source>
            <translation>服务承诺</translation>
        </message>
        <message>
            <source>What the branch promises its customers. Each starts at the value the after-sales manuals give; change any of them.</source>
            <translation>网点对客户的承诺。初始值取自售后服务手册，均可修改。</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>承诺</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>默认值</translation>
        </message>
        <message>
            <source>Where it comes from</source>
            <translation>出处</translation>
        </message>
        <message>
            <source>Back to the &amp;defaults</source>
            <translation>恢复默认值(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>SetupEngineersPage</name>
        <message>
            <source>Engineers</source>
            <translation>工程师</translation>
        </message>
        <message>
            <source>Who goes out to customers: the places they cover, the product lines they repair and when they work.</source>
            <translation>上门服务的人员：负责的区域、维修的产品线和工作时间。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Areas</source>
            <translation>区域</translation>
        </message>
        <message>
            <source>Product lines</source>
            <translation>产品线</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>工作日</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>工作时间</translation>
        </message>
        <message>
            <source>New engineer / selected engineer</source>
            <translation>新工程师 / 选中的工程师</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>姓名(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>电话(&amp;P)</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>周一</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>周二</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>周三</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>周四</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>周五</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>周六</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>周日</translation>
        </message>
        <message>
            <source>&amp;Hours</source>
            <translation>工作时间(&amp;H)</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>A&amp;reas</source>
            <translation>区域(&amp;R)</translation>
        </message>
        <message>
            <source>Product &amp;lines</source>
            <translation>产品线(&amp;L)</translation>
        </message>
        <message>
            <source>Ne&amp;w</source>
            <translation>新建(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Add engineer</source>
            <translation>添加工程师(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Update selected</source>
            <translation>更新选中(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Remove selected</source>
            <translation>删除选中(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>SetupErrors</name>
        <message>
            <source>The branch code has 2 to 8 capital letters or digits, without spaces (e.g. XX02).</source>
            <translation>网点代码为 2 至 8 位大写字母或数字，不含空格（例如 XX02）。</translation>
        </message>
        <message>
            <source>Another branch in this database already uses the code {value}.</source>
            <translation>本数据库中已有网点使用代码 {value}。</translation>
        </message>
        <message>
            <source>Tickets already carry the code {value}: it can no longer be changed.</source>
            <translation>已有服务单使用代码 {value}，不能再修改。</translation>
        </message>
        <message>
            <source>The hotline is a phone number: digits with dashes or spaces, e.g. 0373-2108187.</source>
            <translation>服务热线应为电话号码：数字，可带短横线或空格，例如 0373-2108187。</translation>
        </message>
        <message>
            <source>Add at least one district or county the branch serves.</source>
            <translation>请至少添加一个网点服务的区县。</translation>
        </message>
        <message>
            <source>{name} is in the list twice.</source>
            <translation>{name} 在列表中出现了两次。</translation>
        </message>
        <message>
            <source>At most {max_items} entries.</source>
            <translation>最多 {max_items} 项。</translation>
        </message>
        <message>
            <source>A warranty period is a whole number of months, 1 to {maximum}.</source>
            <translation>三包期为 1 至 {maximum} 的整月数。</translation>
        </message>
        <message>
            <source>Give {value} both periods (whole unit and main parts), or neither.</source>
            <translation>请为 {value} 同时填写整机和主要部件的三包期，或都不填。</translation>
        </message>
        <message>
            <source>For {value} the main parts period cannot be shorter than the whole unit's.</source>
            <translation>{value} 的主要部件三包期不能短于整机三包期。</translation>
        </message>
        <message>
            <source>The product line {value} is in the list twice.</source>
            <translation>产品线 {value} 在列表中出现了两次。</translation>
        </message>
        <message>
            <source>Add at least one product line.</source>
            <translation>请至少添加一条产品线。</translation>
        </message>
        <message>
            <source>The model's product line {value} is not in the list above.</source>
            <translation>型号所属的产品线 {value} 不在上面的列表中。</translation>
        </message>
        <message>
            <source>The model {value} is in the list twice.</source>
            <translation>型号 {value} 在列表中出现了两次。</translation>
        </message>
        <message>
            <source>Add at least one model.</source>
            <translation>请至少添加一个型号。</translation>
        </message>
        <message>
            <source>These product lines have no model yet: {value}.</source>
            <translation>以下产品线还没有型号：{value}。</translation>
        </message>
        <message>
            <source>The value must lie between {minimum} and {maximum}.</source>
            <translation>数值应在 {minimum} 至 {maximum} 之间。</translation>
        </message>
        <message>
            <source>{value} is not one of the branch's districts or towns (first page).</source>
            <translation>{value} 不在网点的区县或乡镇列表中（第一页）。</translation>
        </message>
        <message>
            <source>Tick at least one area the engineer covers.</source>
            <translation>请至少勾选一个工程师负责的区域。</translation>
        </message>
        <message>
            <source>Unknown product line: {value}.</source>
            <translation>未知的产品线：{value}。</translation>
        </message>
        <message>
            <source>Tick at least one product line the engineer repairs.</source>
            <translation>请至少勾选一条工程师维修的产品线。</translation>
        </message>
        <message>
            <source>Tick at least one working day.</source>
            <translation>请至少勾选一个工作日。</translation>
        </message>
        <message>
            <source>Work must end after it starts.</source>
            <translation>下班时间必须晚于上班时间。</translation>
        </message>
        <message>
            <source>Add at least one engineer.</source>
            <translation>请至少添加一名工程师。</translation>
        </message>
        <message>
            <source>Two engineers are called {value}: add something to tell them apart.</source>
            <translation>有两名工程师都叫 {value}：请加以区分。</translation>
        </message>
        <message>
            <source>A user name has 2 to 40 Latin letters, digits, dots, dashes or underscores, such as the name in pinyin (lina): {value} cannot be one.</source>
            <translation>用户名须为 2 至 40 位英文字母、数字、点、短横线或下划线，可用姓名拼音（如 lina）：“{value}”不能用作用户名。</translation>
        </message>
        <message>
            <source>The engineer account {value} must say which engineer it is.</source>
            <translation>工程师账号 {value} 必须指定对应的工程师。</translation>
        </message>
        <message>
            <source>{value} is not on the engineers page.</source>
            <translation>{value} 不在工程师页面的列表中。</translation>
        </message>
        <message>
            <source>Two accounts are linked to the engineer {value}.</source>
            <translation>有两个账号关联到工程师 {value}。</translation>
        </message>
        <message>
            <source>The first account must be the supervisor's.</source>
            <translation>第一个账号必须是主管账号。</translation>
        </message>
        <message>
            <source>Choose a password for {value}: click the row, type an initial password, then Add user.</source>
            <translation>请为 {value} 设置密码：点击该行，输入初始密码，再点“添加用户”。</translation>
        </message>
        <message>
            <source>The passphrase must have at least {minimum} characters.</source>
            <translation>口令至少需要 {minimum} 个字符。</translation>
        </message>
        <message>
            <source>The PKCS#12 file cannot be opened: is it the right file, and the right password?</source>
            <translation>无法打开 PKCS#12 文件：请确认文件和密码是否正确。</translation>
        </message>
        <message>
            <source>The PKCS#12 file holds no key or no certificate.</source>
            <translation>PKCS#12 文件中缺少密钥或证书。</translation>
        </message>
        <message>
            <source>A page of the setup has not been completed yet.</source>
            <translation>设置中还有一页没有完成。</translation>
        </message>
        <message>
            <source>This branch has already been set up; sign in instead.</source>
            <translation>本网点已设置完成，请直接登录。</translation>
        </message>
        <message>
            <source>Please choose one of the offered values.</source>
            <translation>请从给出的选项中选择。</translation>
        </message>
        <message>
            <source>{file} cannot be read as an Excel workbook (.xlsx).</source>
            <translation>无法将 {file} 作为 Excel 工作簿（.xlsx）读取。</translation>
        </message>
        <message>
            <source>The catalogue workbook has no sheet named {sheet}.</source>
            <translation>产品目录工作簿中没有名为 {sheet} 的工作表。</translation>
        </message>
        <message>
            <source>The sheet {sheet} has no column {column}.</source>
            <translation>工作表 {sheet} 中没有“{column}”列。</translation>
        </message>
        <message>
            <source>Sheet {sheet}: choose the column that holds {column}.</source>
            <translation>工作表 {sheet}：请选择“{column}”所在的列。</translation>
        </message>
        <message>
            <source>Sheet {sheet}: one column is chosen for two fields.</source>
            <translation>工作表 {sheet}：同一列被选给了两个字段。</translation>
        </message>
        <message>
            <source>The workbook no longer has the sheet {sheet}.</source>
            <translation>工作簿中已没有工作表 {sheet}。</translation>
        </message>
        <message>
            <source>Your account is not linked to an engineer yet: ask the supervisor (Administration → Engineers).</source>
            <translation>您的账号尚未关联工程师：请联系主管（管理 → 工程师）。</translation>
        </message>
        <message>
            <source>Choose at least one sheet to import.</source>
            <translation>请至少选择一个要导入的工作表。</translation>
        </message>
    </context>
    <context>
        <name>SetupSigningPage</name>
        <message>
            <source>Branch signing key</source>
            <translation>网点签名密钥</translation>
        </message>
        <message>
            <source>Service reports and certificates are signed with it, so HQ can check that nobody changed them.</source>
            <translation>客户服务报告和凭证用它进行数字签名，总部可以据此核实内容未被改动。</translation>
        </message>
        <message>
            <source>&amp;Create a new key for this branch</source>
            <translation>为本网点新建密钥(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Import the key HQ issued (PKCS#12 file)</source>
            <translation>导入总部颁发的密钥（PKCS#12 文件）(&amp;I)</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>尚未选择文件</translation>
        </message>
        <message>
            <source>&amp;Choose file...</source>
            <translation>选择文件(&amp;C)…</translation>
        </message>
        <message>
            <source>Password of the &amp;file</source>
            <translation>文件密码(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Passphrase for the key</source>
            <translation>密钥口令(&amp;P)</translation>
        </message>
        <message>
            <source>R&amp;epeat passphrase</source>
            <translation>再次输入口令(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Skip for now</source>
            <translation>暂时跳过(&amp;S)</translation>
        </message>
        <message>
            <source>Without a key, printed reports are not digitally signed. The window shows a reminder until a supervisor sets the key up under Tools → Branch signing key.</source>
            <translation>没有密钥时，打印的报告没有数字签名。在主管通过“工具 → 网点签名密钥”设置之前，主窗口会一直显示提醒。</translation>
        </message>
    </context>
    <context>
        <name>SetupTexts</name>
        <message>
            <source>Contact the customer after a request</source>
            <translation>受理后联系客户</translation>
        </message>
        <message>
            <source>Report back to the service centre</source>
            <translation>向客服中心反馈</translation>
        </message>
        <message>
            <source>Call the customer back on the day of the service</source>
            <translation>服务当天回访客户</translation>
        </message>
        <message>
            <source>Call back after an installation</source>
            <translation>安装后回访</translation>
        </message>
        <message>
            <source>Answer a complaint</source>
            <translation>答复投诉</translation>
        </message>
        <message>
            <source>Warn before a commitment falls due</source>
            <translation>承诺到期前提醒</translation>
        </message>
        <message>
            <source>On site: {line}</source>
            <translation>上门时限：{line}</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>分钟</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>小时</translation>
        </message>
        <message>
            <source>days</source>
            <translation>天</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Service rules: contact the customer within ten minutes of the request</source>
            <translation>服务规范：接到服务信息诉求，应在十分钟内与客户建立联系</translation>
        </message>
        <message>
            <source>Service rules: the department reports back to the service centre within one hour</source>
            <translation>服务规范：责任部门一小时内向客服中心反馈</translation>
        </message>
        <message>
            <source>Service rules: call the customer back on the day the work is done</source>
            <translation>服务规范：售后服务工作完毕后当天内，回访调查</translation>
        </message>
        <message>
            <source>Service rules: call or visit within one month of finishing the job</source>
            <translation>服务规范：公司在工程完工一个月内电话或登门拜访</translation>
        </message>
        <message>
            <source>Service rules: promise a reply time for what cannot be answered at once, and keep it</source>
            <translation>服务规范：不能当场答复的问题，承诺答复时间并按时答复</translation>
        </message>
        <message>
            <source>Branch practice (the service rules name no time)</source>
            <translation>网点惯例（服务规范未规定时限）</translation>
        </message>
        <message>
            <source>Service rules: campus line on site within 30 minutes of the call</source>
            <translation>服务规范：校园业务接到报修电话必须30分钟内到达现场</translation>
        </message>
        <message>
            <source>Service rules: water vending machines on site within 2 hours</source>
            <translation>服务规范：自动售水机2小时内到达现场</translation>
        </message>
        <message>
            <source>Service rules: round-the-clock on-site service (taken as 24 hours)</source>
            <translation>服务规范：全天候24小时上门服务（按24小时计）</translation>
        </message>
    </context>
    <context>
        <name>SetupUsersPage</name>
        <message>
            <source>Users and roles</source>
            <translation>用户和角色</translation>
        </message>
        <message>
            <source>The supervisor manages users and settings; everyone signs in with their own account.</source>
            <translation>主管管理用户和设置；每个人都用自己的账号登录。</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>主管</translation>
        </message>
        <message>
            <source>User &amp;name</source>
            <translation>用户名(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Display name</source>
            <translation>显示名称(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>密码(&amp;P)</translation>
        </message>
        <message>
            <source>at least 8 characters, letters and digits</source>
            <translation>至少 8 位，包含字母和数字</translation>
        </message>
        <message>
            <source>&amp;Repeat password</source>
            <translation>再次输入密码(&amp;R)</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>显示名称</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Engineer</source>
            <translation>工程师</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Another user</source>
            <translation>其他用户</translation>
        </message>
        <message>
            <source>U&amp;ser name</source>
            <translation>用户名(&amp;S)</translation>
        </message>
        <message>
            <source>Displa&amp;y name</source>
            <translation>显示名称(&amp;Y)</translation>
        </message>
        <message>
            <source>R&amp;ole</source>
            <translation>角色(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Engineer</source>
            <translation>工程师(&amp;E)</translation>
        </message>
        <message>
            <source>Initial pass&amp;word</source>
            <translation>初始密码(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Add user</source>
            <translation>添加用户(&amp;A)</translation>
        </message>
        <message>
            <source>Re&amp;move selected</source>
            <translation>删除选中(&amp;M)</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>Set up the branch</source>
            <translation>设置网点</translation>
        </message>
        <message>
            <source>Close the setup</source>
            <translation>关闭设置向导</translation>
        </message>
        <message>
            <source>What is on the pages is kept, and the next start continues here. The passwords typed are not kept: they must be typed again. Close the setup now?</source>
            <translation>各页已填写的内容都会保留，下次启动时从这里继续。刚输入的密码不会保留，需要重新输入。现在关闭设置向导吗？</translation>
        </message>
        <message>
            <source>Branch signing key</source>
            <translation>网点签名密钥</translation>
        </message>
        <message>
            <source>The branch was set up, but the signing key was not: {problem}
Set it up under Tools → Branch signing key.</source>
            <translation>网点已设置完成，但签名密钥没有设置成功：{problem}
请在“工具 → 网点签名密钥”中设置。</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>New call (clear the form)</source>
            <translation>新来电（清空表单）</translation>
        </message>
        <message>
            <source>Search the caller's phone</source>
            <translation>按来电号码查找</translation>
        </message>
        <message>
            <source>Save: open the ticket</source>
            <translation>保存：生成服务单</translation>
        </message>
        <message>
            <source>Search tickets</source>
            <translation>查找服务单</translation>
        </message>
        <message>
            <source>Open the selected ticket</source>
            <translation>打开选中的服务单</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Print the service sheet</source>
            <translation>打印服务单</translation>
        </message>
        <message>
            <source>Plan a visit</source>
            <translation>派工</translation>
        </message>
        <message>
            <source>Agree the time with the customer</source>
            <translation>与客户约定上门时间</translation>
        </message>
        <message>
            <source>The engineer has arrived</source>
            <translation>工程师已到达</translation>
        </message>
        <message>
            <source>Record the visit result</source>
            <translation>录入服务结果</translation>
        </message>
        <message>
            <source>Print the engineer's day</source>
            <translation>打印工程师当日派工</translation>
        </message>
        <message>
            <source>Save the visit result</source>
            <translation>保存服务结果</translation>
        </message>
        <message>
            <source>I have arrived</source>
            <translation>我已到达</translation>
        </message>
        <message>
            <source>Print the day's sheets</source>
            <translation>打印当日服务单</translation>
        </message>
        <message>
            <source>New installation</source>
            <translation>新建安装单</translation>
        </message>
        <message>
            <source>Search installations</source>
            <translation>查找安装单</translation>
        </message>
        <message>
            <source>Open the ticket</source>
            <translation>打开服务单</translation>
        </message>
        <message>
            <source>Record the acceptance</source>
            <translation>录入安装验收</translation>
        </message>
        <message>
            <source>Print the acceptance form</source>
            <translation>打印安装验收单</translation>
        </message>
        <message>
            <source>Save the acceptance</source>
            <translation>保存安装验收</translation>
        </message>
        <message>
            <source>Search customers</source>
            <translation>查找客户</translation>
        </message>
        <message>
            <source>Edit the customer</source>
            <translation>修改客户资料</translation>
        </message>
        <message>
            <source>Receive parts</source>
            <translation>配件入库</translation>
        </message>
        <message>
            <source>Issue parts to an engineer</source>
            <translation>领用配件给工程师</translation>
        </message>
        <message>
            <source>Print the return list</source>
            <translation>打印返厂清单</translation>
        </message>
        <message>
            <source>Record a payment</source>
            <translation>登记收款</translation>
        </message>
        <message>
            <source>Print the receipt</source>
            <translation>打印收据</translation>
        </message>
        <message>
            <source>Save the payment</source>
            <translation>保存收款</translation>
        </message>
        <message>
            <source>Search claims</source>
            <translation>查找退换货申请</translation>
        </message>
        <message>
            <source>Print the return certificate</source>
            <translation>打印退换货凭证</translation>
        </message>
        <message>
            <source>New callback</source>
            <translation>新建回访</translation>
        </message>
        <message>
            <source>Open the call card</source>
            <translation>打开回访卡</translation>
        </message>
        <message>
            <source>Complete the callback</source>
            <translation>完成回访</translation>
        </message>
        <message>
            <source>Print the callback record</source>
            <translation>打印回访记录</translation>
        </message>
        <message>
            <source>New complaint</source>
            <translation>新建投诉</translation>
        </message>
        <message>
            <source>Open the complaint</source>
            <translation>打开投诉</translation>
        </message>
        <message>
            <source>New question</source>
            <translation>新咨询</translation>
        </message>
        <message>
            <source>Search consultations</source>
            <translation>查找咨询</translation>
        </message>
        <message>
            <source>Open the consultation</source>
            <translation>打开咨询</translation>
        </message>
        <message>
            <source>Record the reply</source>
            <translation>记录答复</translation>
        </message>
        <message>
            <source>Save the question</source>
            <translation>保存咨询</translation>
        </message>
        <message>
            <source>Search quality feedback</source>
            <translation>查找质量问题反馈</translation>
        </message>
        <message>
            <source>Open the form</source>
            <translation>打开反馈单</translation>
        </message>
        <message>
            <source>Save the form</source>
            <translation>保存反馈单</translation>
        </message>
        <message>
            <source>Print the form</source>
            <translation>打印反馈单</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>所有界面</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>服务单</translation>
        </message>
        <message>
            <source>Ticket window</source>
            <translation>服务单窗口</translation>
        </message>
        <message>
            <source>Dispatch board</source>
            <translation>派单调度</translation>
        </message>
        <message>
            <source>Visit result</source>
            <translation>服务结果</translation>
        </message>
        <message>
            <source>My day</source>
            <translation>我的工作</translation>
        </message>
        <message>
            <source>Installations</source>
            <translation>安装单</translation>
        </message>
        <message>
            <source>Installation acceptance</source>
            <translation>安装验收</translation>
        </message>
        <message>
            <source>Customer file</source>
            <translation>客户档案</translation>
        </message>
        <message>
            <source>Parts stock</source>
            <translation>配件库存</translation>
        </message>
        <message>
            <source>Charges</source>
            <translation>收费</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>收款</translation>
        </message>
        <message>
            <source>Returns and exchanges</source>
            <translation>退换货裁定</translation>
        </message>
        <message>
            <source>Callbacks</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>Call card</source>
            <translation>回访卡</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Consultations</source>
            <translation>咨询</translation>
        </message>
        <message>
            <source>Consultation</source>
            <translation>咨询单</translation>
        </message>
        <message>
            <source>Quality feedback</source>
            <translation>质量问题反馈</translation>
        </message>
        <message>
            <source>Quality feedback form</source>
            <translation>质量问题反馈单</translation>
        </message>
        <message>
            <source>Scan a sheet or open a ticket by its number</source>
            <translation>扫码或按单号打开服务单</translation>
        </message>
        <message>
            <source>Go to the first … ninth area of the list on the left</source>
            <translation>转到左侧列表中的第一至第九个功能区</translation>
        </message>
        <message>
            <source>With the underlined letter: press that button or go to that field</source>
            <translation>配合带下划线的字母：按下该按钮或转到该输入框</translation>
        </message>
        <message>
            <source>Lock the screen</source>
            <translation>锁定屏幕</translation>
        </message>
        <message>
            <source>Switch user</source>
            <translation>切换用户</translation>
        </message>
        <message>
            <source>Show these keyboard shortcuts</source>
            <translation>显示本快捷键列表</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>A key works while its button or list is on the screen; a greyed-out button does not answer to its key either.</source>
            <translation>快捷键在对应按钮或列表显示时有效；按钮为灰色（不可用）时，其快捷键也不起作用。</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>按键</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>作用</translation>
        </message>
    </context>
    <context>
        <name>SignInSession</name>
        <message>
            <source>Switch user</source>
            <translation>切换用户</translation>
        </message>
    </context>
    <context>
        <name>SignatureCanvas</name>
        <message>
            <source>Sign here</source>
            <translation>请在此签名</translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
    </context>
    <context>
        <name>SignedOutput</name>
        <message>
            <source>Branch signing key</source>
            <translation>网点签名密钥</translation>
        </message>
        <message>
            <source>The branch has no signing key yet, so this document cannot be digitally signed. A supervisor can create or import it under Tools → Branch signing key.</source>
            <translation>网点尚未设置签名密钥，本单据无法加数字签名。主管可在“工具 → 网点签名密钥”中创建或导入。</translation>
        </message>
        <message>
            <source>The branch signing key is locked. Unlock it to print a digitally signed document that HQ can verify.</source>
            <translation>网点签名密钥已锁定。解锁后才能打印总部可验证的数字签名单据。</translation>
        </message>
        <message>
            <source>An unsigned document cannot be verified as unaltered. Use it only when the customer needs the paper now, and print the signed one later.</source>
            <translation>未签名的单据无法证明未被改动。仅在客户急需纸质单据时使用，之后请补打签名版。</translation>
        </message>
        <message>
            <source>Open signing key...</source>
            <translation>打开签名密钥…</translation>
        </message>
        <message>
            <source>Print unsigned</source>
            <translation>打印未签名版</translation>
        </message>
    </context>
    <context>
        <name>SigningKeyDialog</name>
        <message>
            <source>This branch has no signing key yet. A supervisor creates one, or imports the PKCS#12 file issued by HQ.</source>
            <translation>本网点还没有签名密钥。请主管新建密钥，或导入总部下发的 PKCS#12 文件。</translation>
        </message>
        <message>
            <source>Signing key ready: {subject}
Certificate fingerprint (SHA-256): {fingerprint}</source>
            <translation>签名密钥可用：{subject}
证书指纹（SHA-256）：{fingerprint}</translation>
        </message>
        <message>
            <source>Signing key locked: enter its passphrase to sign documents in this session.
{subject}</source>
            <translation>签名密钥已锁定：输入口令后，本次登录期间可签署单据。
{subject}</translation>
        </message>
        <message>
            <source>Unlocked.</source>
            <translation>已解锁。</translation>
        </message>
        <message>
            <source>Branch key created.</source>
            <translation>网点密钥已创建。</translation>
        </message>
        <message>
            <source>PKCS#12 from HQ</source>
            <translation>总部下发的 PKCS#12 文件</translation>
        </message>
        <message>
            <source>PKCS#12 (*.p12 *.pfx)</source>
            <translation>PKCS#12 (*.p12 *.pfx)</translation>
        </message>
        <message>
            <source>PKCS#12 password</source>
            <translation>PKCS#12 密码</translation>
        </message>
        <message>
            <source>Password of the file:</source>
            <translation>文件密码：</translation>
        </message>
        <message>
            <source>Imported.</source>
            <translation>已导入。</translation>
        </message>
        <message>
            <source>Export the branch certificate</source>
            <translation>导出网点证书</translation>
        </message>
        <message>
            <source>Certificates (*.pem)</source>
            <translation>证书 (*.pem)</translation>
        </message>
        <message>
            <source>Certificate exported.</source>
            <translation>证书已导出。</translation>
        </message>
        <message>
            <source>Trust a certificate</source>
            <translation>信任证书</translation>
        </message>
        <message>
            <source>Certificate trusted.</source>
            <translation>已信任该证书。</translation>
        </message>
        <message>
            <source>Branch key replaced. Send the new certificate to HQ.</source>
            <translation>网点密钥已更换。请把新证书发给总部。</translation>
        </message>
        <message>
            <source>Branch signing key</source>
            <translation>网点签名密钥</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>口令</translation>
        </message>
        <message>
            <source>&amp;Remember the passphrase in this computer's password store (anyone who can sign in to this Windows account can then sign)</source>
            <translation>在本机密码库中记住口令（之后能登录此 Windows 账户的任何人都可以签名）(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Unlock for this session</source>
            <translation>本次登录解锁(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Create a new branch key</source>
            <translation>新建网点密钥(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Import PKCS#12 from HQ...</source>
            <translation>导入总部 PKCS#12(&amp;I)...</translation>
        </message>
        <message>
            <source>&amp;Export the branch certificate...</source>
            <translation>导出网点证书(&amp;E)...</translation>
        </message>
        <message>
            <source>&amp;Trust another branch's certificate...</source>
            <translation>信任其他网点证书(&amp;T)...</translation>
        </message>
        <message>
            <source>Re&amp;place the branch key...</source>
            <translation>更换网点密钥(&amp;P)...</translation>
        </message>
    </context>
    <context>
        <name>SigningSetupPage</name>
        <message>
            <source>PKCS#12 from HQ</source>
            <translation>总部颁发的 PKCS#12</translation>
        </message>
        <message>
            <source>PKCS#12 (*.p12 *.pfx)</source>
            <translation>PKCS#12 (*.p12 *.pfx)</translation>
        </message>
        <message>
            <source>The file cannot be read: {path}</source>
            <translation>无法读取文件：{path}</translation>
        </message>
    </context>
    <context>
        <name>StockArea</name>
        <message>
            <source>No stock in this place. Parts come in with Receive... and go to an engineer's van with Issue...</source>
            <translation>此处没有库存。配件用“入库...”入库，用“领用出库...”发给工程师。</translation>
        </message>
        <message>
            <source>No stock movements in this period or for these filters.</source>
            <translation>此期间或此筛选条件下没有出入库记录。</translation>
        </message>
        <message>
            <source>Every place</source>
            <translation>全部存放处</translation>
        </message>
        <message>
            <source>Warehouse</source>
            <translation>库房</translation>
        </message>
        <message>
            <source>Old parts</source>
            <translation>旧件库</translation>
        </message>
        <message>
            <source>Every movement</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <source>Every engineer</source>
            <translation>全部工程师</translation>
        </message>
        <message>
            <source>Every product line</source>
            <translation>全部产品线</translation>
        </message>
        <message>
            <source>⚠ {count} parts below their minimum in the warehouse</source>
            <translation>⚠ 库房有 {count} 种配件低于最低库存</translation>
        </message>
        <message>
            <source>{part}: {quantity} on hand, minimum {minimum}</source>
            <translation>{part}：现存 {quantity}，最低 {minimum}</translation>
        </message>
        <message>
            <source>{count} movements</source>
            <translation>共 {count} 条出入库记录</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>服务单号</translation>
        </message>
        <message>
            <source>Engineer</source>
            <translation>工程师</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>配件</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Fitted</source>
            <translation>更换日期</translation>
        </message>
        <message>
            <source>List no.</source>
            <translation>清单编号</translation>
        </message>
        <message>
            <source>Sent to</source>
            <translation>退回至</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>项数</translation>
        </message>
        <message>
            <source>Pieces</source>
            <translation>件数</translation>
        </message>
        <message>
            <source>By</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>已领用</translation>
        </message>
        <message>
            <source>To issue</source>
            <translation>待领用</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>上门时间</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>故障</translation>
        </message>
        <message>
            <source>Parts to take</source>
            <translation>携带配件</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Warranty part</source>
            <translation>保修件</translation>
        </message>
        <message>
            <source>Main part</source>
            <translation>主要部件</translation>
        </message>
        <message>
            <source>Consumable</source>
            <translation>易耗品</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>最低库存</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <source>Return list {number} created.</source>
            <translation>返还清单 {number} 已生成。</translation>
        </message>
        <message>
            <source>Choose the old part in the list first.</source>
            <translation>请先在列表中选择旧件。</translation>
        </message>
        <message>
            <source>Old part {tag} is on the shelf.</source>
            <translation>旧件 {tag} 已入旧件库。</translation>
        </message>
        <message>
            <source>Choose the visit in the list first.</source>
            <translation>请先在列表中选择上门记录。</translation>
        </message>
        <message>
            <source>{count} lines issued to {engineer}.</source>
            <translation>已向{engineer}发放 {count} 项配件。</translation>
        </message>
        <message>
            <source>Part {code} saved.</source>
            <translation>配件 {code} 已保存。</translation>
        </message>
        <message>
            <source>Choose the part in the list first.</source>
            <translation>请先在列表中选择配件。</translation>
        </message>
        <message>
            <source>Price list template</source>
            <translation>配件价格表模板</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>HQ's price list</source>
            <translation>总部配件价格表</translation>
        </message>
        <message>
            <source>Template saved: {path}</source>
            <translation>模板已保存：{path}</translation>
        </message>
        <message>
            <source>Checking the price list...</source>
            <translation>正在检查价格表...</translation>
        </message>
        <message>
            <source>the column is missing</source>
            <translation>缺少此列</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>为空</translation>
        </message>
        <message>
            <source>unknown product line</source>
            <translation>未知产品线</translation>
        </message>
        <message>
            <source>not a valid part code</source>
            <translation>配件编码无效</translation>
        </message>
        <message>
            <source>too long</source>
            <translation>太长</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>不是数字</translation>
        </message>
        <message>
            <source>negative</source>
            <translation>为负数</translation>
        </message>
        <message>
            <source>more than two decimals</source>
            <translation>小数超过两位</translation>
        </message>
        <message>
            <source>too large</source>
            <translation>数值过大</translation>
        </message>
        <message>
            <source>write 是 or 否</source>
            <translation>请填写“是”或“否”</translation>
        </message>
        <message>
            <source>not a whole number</source>
            <translation>不是整数</translation>
        </message>
        <message>
            <source>the code appears twice</source>
            <translation>编码重复</translation>
        </message>
        <message>
            <source>a consumable cannot be a warranty part</source>
            <translation>易耗品不能同时是保修件</translation>
        </message>
        <message>
            <source>too many rows</source>
            <translation>行数过多</translation>
        </message>
        <message>
            <source>Row {row}, {column}: {problem} {value}</source>
            <translation>第 {row} 行“{column}”：{problem} {value}</translation>
        </message>
        <message>
            <source>... and {count} more</source>
            <translation>……另有 {count} 处</translation>
        </message>
        <message>
            <source>Import HQ's price list</source>
            <translation>导入总部配件价格表</translation>
        </message>
        <message>
            <source>{new} new parts, {changed} changed, {unchanged} unchanged; {bad} rows have problems and will be left out.</source>
            <translation>新增 {new} 种配件，修改 {changed} 种，未变 {unchanged} 种；{bad} 行有问题，将不导入。</translation>
        </message>
        <message>
            <source>Nothing to import.</source>
            <translation>没有可导入的配件。</translation>
        </message>
        <message>
            <source>Imported from {file}: {new} new, {changed} changed.</source>
            <translation>已从 {file} 导入：新增 {new} 种，修改 {changed} 种。</translation>
        </message>
        <message>
            <source>Choose the return list first.</source>
            <translation>请先选择返还清单。</translation>
        </message>
        <message>
            <source>Return list {number}</source>
            <translation>返还清单 {number}</translation>
        </message>
        <message>
            <source>Parts stock</source>
            <translation>配件库存</translation>
        </message>
        <message>
            <source>Re&amp;ceipt...</source>
            <translation>入库(&amp;C)...</translation>
        </message>
        <message>
            <source>&amp;Issue to engineer...</source>
            <translation>领用出库(&amp;I)...</translation>
        </message>
        <message>
            <source>Return from &amp;van...</source>
            <translation>工程师退库(&amp;V)...</translation>
        </message>
        <message>
            <source>Send &amp;back to HQ or factory...</source>
            <translation>返厂 / 退回总部(&amp;B)...</translation>
        </message>
        <message>
            <source>On hand</source>
            <translation>库存</translation>
        </message>
        <message>
            <source>Part code or name</source>
            <translation>配件编码或名称</translation>
        </message>
        <message>
            <source>Below minimum only</source>
            <translation>只看低于最低库存的</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Ledger</source>
            <translation>出入库台账</translation>
        </message>
        <message>
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>yyyy-MM-dd</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Part, ticket, tag or document no.</source>
            <translation>配件、服务单号、标签号或单据号</translation>
        </message>
        <message>
            <source>Warranty parts replaced free whose old part has not been handed in:</source>
            <translation>三包免费更换、旧件尚未返还的保修件：</translation>
        </message>
        <message>
            <source>Hand i&amp;n with a tag...</source>
            <translation>旧件返还登记(&amp;N)...</translation>
        </message>
        <message>
            <source>Issue th&amp;em to the engineer</source>
            <translation>领用给工程师(&amp;E)</translation>
        </message>
        <message>
            <source>Price list te&amp;mplate...</source>
            <translation>价格表模板(&amp;M)...</translation>
        </message>
        <message>
            <source>Import HQ's &amp;price list...</source>
            <translation>导入总部价格表(&amp;P)...</translation>
        </message>
        <message>
            <source>Return lists:</source>
            <translation>返还清单：</translation>
        </message>
        <message>
            <source>&amp;Print the return list...</source>
            <translation>打印返还清单(&amp;P)...</translation>
        </message>
        <message>
            <source>Parts for visits</source>
            <translation>配件需求</translation>
        </message>
        <message>
            <source>Visits from</source>
            <translation>上门日期从</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>&amp;Parts to take...</source>
            <translation>携带配件(&amp;P)...</translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>配件目录</translation>
        </message>
        <message>
            <source>Show retired parts</source>
            <translation>显示已停用配件</translation>
        </message>
        <message>
            <source>&amp;New part...</source>
            <translation>新增配件(&amp;N)...</translation>
        </message>
        <message>
            <source>&amp;Edit...</source>
            <translation>修改(&amp;E)...</translation>
        </message>
    </context>
    <context>
        <name>StockErrors</name>
        <message>
            <source>Not enough {part} on record: {available} on hand, {wanted} needed. Record the receipt or the issue first, or ask a supervisor to let the stock go below zero with a reason.</source>
            <translation>{part} 账面库存不足：现存 {available}，需要 {wanted}。请先登记入库或领用，或请主管填写理由后允许负库存。</translation>
        </message>
        <message>
            <source>These charges differ from what the warranty and the fee schedule allow (money asked for something free, or a part left uncharged). Write the reason: it is printed on the report and kept in the audit log.</source>
            <translation>收费与三包和收费标准不符（对免费项目收费，或保外配件未收费）。请填写理由：理由会打印在服务报告上并记入审计日志。</translation>
        </message>
        <message>
            <source>Everything this visit needs has already been issued to the engineer.</source>
            <translation>这次上门所需配件已全部领用给工程师。</translation>
        </message>
        <message>
            <source>Too many lines (at most {maximum}).</source>
            <translation>行数过多（最多 {maximum} 行）。</translation>
        </message>
        <message>
            <source>The list could not be read page by page.</source>
            <translation>无法分页读取列表。</translation>
        </message>
        <message>
            <source>A part code uses letters, digits and . _ / + # - only, at most 40 characters.</source>
            <translation>配件编码只能使用字母、数字和 . _ / + # -，不超过 40 位。</translation>
        </message>
        <message>
            <source>The part code {part} is already in the catalogue.</source>
            <translation>配件编码 {part} 已在目录中。</translation>
        </message>
        <message>
            <source>A consumable is always charged, so it cannot be a warranty part as well.</source>
            <translation>易耗品始终收费，不能同时是保修件。</translation>
        </message>
        <message>
            <source>{file} is not a readable Excel workbook (.xlsx). Ask HQ for the price list again.</source>
            <translation>{file} 不是可读取的 Excel 工作簿（.xlsx）。请向总部重新索取价格表。</translation>
        </message>
        <message>
            <source>That part line no longer exists.</source>
            <translation>该配件记录已不存在。</translation>
        </message>
        <message>
            <source>Only a warranty part fitted free comes back as an old part.</source>
            <translation>只有三包免费更换的保修件才需返还旧件。</translation>
        </message>
        <message>
            <source>This old part has already been handed in.</source>
            <translation>该旧件已返还。</translation>
        </message>
        <message>
            <source>The tag {tag_no} is already on another old part. Use the next tag.</source>
            <translation>标签 {tag_no} 已用于其他旧件，请使用下一个标签。</translation>
        </message>
        <message>
            <source>That old part is no longer on the shelf.</source>
            <translation>该旧件已不在旧件库中。</translation>
        </message>
        <message>
            <source>The old part with tag {tag_no} has already been sent back.</source>
            <translation>标签为 {tag_no} 的旧件已经退回。</translation>
        </message>
        <message>
            <source>That return list no longer exists.</source>
            <translation>该返还清单已不存在。</translation>
        </message>
        <message>
            <source>Unknown fault category.</source>
            <translation>未知的故障类别。</translation>
        </message>
        <message>
            <source>That service report no longer exists.</source>
            <translation>该服务报告已不存在。</translation>
        </message>
        <message>
            <source>Enter an amount above zero.</source>
            <translation>请输入大于零的金额。</translation>
        </message>
        <message>
            <source>The payment time cannot be in the future.</source>
            <translation>收款时间不能晚于现在。</translation>
        </message>
        <message>
            <source>That is more than is owed: only ¥{outstanding} is still to pay.</source>
            <translation>金额超过应收：尚欠 ¥{outstanding}。</translation>
        </message>
        <message>
            <source>That receipt no longer exists.</source>
            <translation>该收据已不存在。</translation>
        </message>
        <message>
            <source>This receipt is already void.</source>
            <translation>该收据已作废。</translation>
        </message>
        <message>
            <source>The amount is out of range.</source>
            <translation>金额超出范围。</translation>
        </message>
    </context>
    <context>
        <name>StockMoveDialog</name>
        <message>
            <source>Receipt into the warehouse</source>
            <translation>配件入库</translation>
        </message>
        <message>
            <source>Issue to an engineer's van</source>
            <translation>领用出库（工程师车载）</translation>
        </message>
        <message>
            <source>Return from an engineer's van</source>
            <translation>工程师退库</translation>
        </message>
        <message>
            <source>Parts delivered by HQ or bought, counted into the warehouse.</source>
            <translation>总部发来或采购的配件，点数后入库。</translation>
        </message>
        <message>
            <source>Parts the engineer takes from the warehouse into the van (领用).</source>
            <translation>工程师从库房领用、放入车载库存的配件。</translation>
        </message>
        <message>
            <source>Unused parts the engineer brings back to the warehouse.</source>
            <translation>工程师带回库房的未用配件。</translation>
        </message>
        <message>
            <source>Warehouse</source>
            <translation>库房</translation>
        </message>
        <message>
            <source>Van</source>
            <translation>车载库存</translation>
        </message>
        <message>
            <source>{place} holds {quantity}.</source>
            <translation>{place}现存 {quantity}。</translation>
        </message>
        <message>
            <source>Choose a part from the catalogue.</source>
            <translation>请从配件目录中选择配件。</translation>
        </message>
        <message>
            <source>Stock movement</source>
            <translation>出入库</translation>
        </message>
        <message>
            <source>&amp;Engineer</source>
            <translation>工程师(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Part</source>
            <translation>配件(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Quantity</source>
            <translation>数量(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Delivery note / supplier</source>
            <translation>发货单 / 供货方(&amp;D)</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>备注(&amp;O)</translation>
        </message>
        <message>
            <source>Reason to go &amp;below zero</source>
            <translation>负库存理由(&amp;B)</translation>
        </message>
        <message>
            <source>Only when the stock on record is short (supervisor)</source>
            <translation>仅在账面库存不足时填写（主管）</translation>
        </message>
    </context>
    <context>
        <name>StockTexts</name>
        <message>
            <source>Receipt</source>
            <translation>入库</translation>
        </message>
        <message>
            <source>Issue to engineer</source>
            <translation>领用</translation>
        </message>
        <message>
            <source>Return from van</source>
            <translation>退库</translation>
        </message>
        <message>
            <source>Used on a visit</source>
            <translation>上门使用</translation>
        </message>
        <message>
            <source>Old part handed in</source>
            <translation>旧件返还</translation>
        </message>
        <message>
            <source>Sent back</source>
            <translation>返厂/退总部</translation>
        </message>
        <message>
            <source>Warehouse</source>
            <translation>库房</translation>
        </message>
        <message>
            <source>Van</source>
            <translation>车载</translation>
        </message>
        <message>
            <source>Old parts</source>
            <translation>旧件库</translation>
        </message>
        <message>
            <source>Headquarters</source>
            <translation>总部</translation>
        </message>
        <message>
            <source>Factory</source>
            <translation>生产厂家</translation>
        </message>
        <message>
            <source>{engineer}'s van</source>
            <translation>{engineer}车载</translation>
        </message>
    </context>
    <context>
        <name>TicketDetailDialog</name>
        <message>
            <source>Ticket</source>
            <translation>服务单</translation>
        </message>
        <message>
            <source>Service clocks</source>
            <translation>服务时限</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>承诺事项</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>到期时间</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>处理记录</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>What</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Print service sheet...</source>
            <translation>打印服务单……</translation>
        </message>
        <message>
            <source>Ticket {number}</source>
            <translation>服务单 {number}</translation>
        </message>
        <message>
            <source>Report back...</source>
            <translation>反馈...</translation>
        </message>
        <message>
            <source>The department's report back to the service centre: responsible person, emergency measures, resources needed, readiness</source>
            <translation>部门向客服中心反馈：负责人、应急措施、所需资源及准备情况</translation>
        </message>
        <message>
            <source>Installation</source>
            <translation>安装</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>维修</translation>
        </message>
        <message>
            <source>{number}  {kind}  {status}  opened {opened}  via {channel}, priority {priority}</source>
            <translation>{number}  {kind}  {status}  受理于 {opened}  来源：{channel}，优先级：{priority}</translation>
        </message>
        <message>
            <source>Repeat repair (返修) of {number}</source>
            <translation>为 {number} 的返修</translation>
        </message>
        <message>
            <source>Engineer: {name}</source>
            <translation>工程师：{name}</translation>
        </message>
        <message>
            <source>Cancelled: {reason}</source>
            <translation>已取消：{reason}</translation>
        </message>
        <message>
            <source>Responsible: {name}</source>
            <translation>负责人：{name}</translation>
        </message>
        <message>
            <source>Measures: {text}</source>
            <translation>应急措施：{text}</translation>
        </message>
        <message>
            <source>Resources: {text}</source>
            <translation>所需资源：{text}</translation>
        </message>
        <message>
            <source>Readiness: {text}</source>
            <translation>准备情况：{text}</translation>
        </message>
        <message>
            <source>Arrived before the agreed time: {reason}</source>
            <translation>早于约定时间到达：{reason}</translation>
        </message>
        <message>
            <source>Satisfaction: {grade}</source>
            <translation>满意度：{grade}</translation>
        </message>
        <message>
            <source>After the callback</source>
            <translation>回访后</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <source>Customer contacted</source>
            <translation>已联系客户</translation>
        </message>
        <message>
            <source>Note (optional):</source>
            <translation>备注（可不填）：</translation>
        </message>
        <message>
            <source>Resolved by phone</source>
            <translation>电话解决</translation>
        </message>
        <message>
            <source>What was the customer told?</source>
            <translation>告知了客户什么处理方法？</translation>
        </message>
        <message>
            <source>Cancel ticket</source>
            <translation>取消服务单</translation>
        </message>
        <message>
            <source>Reason for cancelling:</source>
            <translation>取消原因：</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <source>Priority of this ticket (a more urgent one gets a shorter on-site window):</source>
            <translation>本服务单的优先级（越紧急，上门时限越短）：</translation>
        </message>
        <message>
            <source>Print signed service report (visit {round})...</source>
            <translation>打印已签名客户服务报告（第 {round} 次上门）……</translation>
        </message>
        <message>
            <source>Engineer {name}</source>
            <translation>工程师 {name}</translation>
        </message>
        <message>
            <source>Resolved by phone...</source>
            <translation>电话解决...</translation>
        </message>
        <message>
            <source>Priority...</source>
            <translation>优先级...</translation>
        </message>
        <message>
            <source>A more urgent ticket gets the shorter on-site window of its priority (Settings)</source>
            <translation>更紧急的服务单按其优先级适用更短的上门时限（见设置）</translation>
        </message>
        <message>
            <source>Cancel ticket...</source>
            <translation>取消服务单...</translation>
        </message>
        <message>
            <source>Quality problem...</source>
            <translation>质量问题反馈...</translation>
        </message>
        <message>
            <source>Report a product quality problem to HQ (质量问题反馈单)</source>
            <translation>将产品质量问题反馈总部（质量问题反馈单）</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>TicketListView</name>
        <message>
            <source>Search: ticket number, phone, name, serial, address, fault words</source>
            <translation>搜索：服务单号、电话、姓名、机身编号、地址、故障描述</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>Engineer</source>
            <translation>工程师</translation>
        </message>
        <message>
            <source>Opened from</source>
            <translation>受理日期从</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Overdue clock only</source>
            <translation>仅显示超时</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Open tickets</source>
            <translation>未结服务单</translation>
        </message>
        <message>
            <source>{count} tickets</source>
            <translation>共 {count} 张服务单</translation>
        </message>
        <message>
            <source>No ticket matches the search and filters above. Clear the search box or set the filters back to All to see every ticket.</source>
            <translation>没有符合上方搜索和筛选条件的服务单。清空搜索框或把筛选改回“全部”即可查看所有服务单。</translation>
        </message>
        <message>
            <source>No tickets yet. A ticket is opened in Intake when a customer calls with a fault.</source>
            <translation>还没有服务单。客户来电报修时在“受理”页面生成服务单。</translation>
        </message>
    </context>
    <context>
        <name>TicketPanelTableModel</name>
        <message>
            <source>Due</source>
            <translation>时限</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>服务单</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>区域</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>(escalated)</source>
            <translation>（已升级）</translation>
        </message>
        <message>
            <source>(escalated {count} times)</source>
            <translation>（已升级 {count} 次）</translation>
        </message>
        <message>
            <source>(installation)</source>
            <translation>（安装）</translation>
        </message>
    </context>
    <context>
        <name>TicketTableModel</name>
        <message>
            <source>Number</source>
            <translation>服务单号</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>受理时间</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>District</source>
            <translation>区县</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>故障</translation>
        </message>
        <message>
            <source>Engineer</source>
            <translation>工程师</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>时限</translation>
        </message>
        <message>
            <source>Repeat repair (返修): the same fault on this unit again soon after a repair</source>
            <translation>返修：该机器修后不久又报同一故障</translation>
        </message>
        <message>
            <source>Installation</source>
            <translation>安装</translation>
        </message>
    </context>
    <context>
        <name>TicketText</name>
        <message>
            <source>New</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>Triage</source>
            <translation>分析中</translation>
        </message>
        <message>
            <source>Resolved by phone</source>
            <translation>电话解决</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>已派单</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>已预约</translation>
        </message>
        <message>
            <source>On site</source>
            <translation>上门服务中</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Unresolved</source>
            <translation>未解决</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>已升级</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已归档</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Contact the customer</source>
            <translation>联系客户</translation>
        </message>
        <message>
            <source>Report back</source>
            <translation>反馈服务中心</translation>
        </message>
        <message>
            <source>Be on site</source>
            <translation>按时上门</translation>
        </message>
        <message>
            <source>Callback</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>Reply to the caller</source>
            <translation>答复来电客户</translation>
        </message>
        <message>
            <source>Call the complainant back</source>
            <translation>回电投诉客户</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>已按时完成</translation>
        </message>
        <message>
            <source>Met late</source>
            <translation>超时完成</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>计时中</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>即将到期</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已超时</translation>
        </message>
        <message>
            <source>Not needed</source>
            <translation>无需</translation>
        </message>
        <message>
            <source>Ticket opened</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>Status changed</source>
            <translation>状态变更</translation>
        </message>
        <message>
            <source>Customer contacted</source>
            <translation>已联系客户</translation>
        </message>
        <message>
            <source>Reported back</source>
            <translation>已反馈</translation>
        </message>
        <message>
            <source>Ticket edited</source>
            <translation>修改服务单</translation>
        </message>
        <message>
            <source>Service report</source>
            <translation>服务报告</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Return/exchange claim</source>
            <translation>退换货申请</translation>
        </message>
        <message>
            <source>Sheet printed</source>
            <translation>已打印服务单</translation>
        </message>
        <message>
            <source>Completed by the return decision</source>
            <translation>退换货裁定执行完毕</translation>
        </message>
        <message>
            <source>Installation acceptance</source>
            <translation>安装验收</translation>
        </message>
        <message>
            <source>Callback attempt</source>
            <translation>回访拨打</translation>
        </message>
        <message>
            <source>Reopened after the callback</source>
            <translation>回访后重新处理</translation>
        </message>
        <message>
            <source>Problem raised on the callback</source>
            <translation>回访中发现的问题</translation>
        </message>
        <message>
            <source>Opened from a callback</source>
            <translation>由回访生成</translation>
        </message>
        <message>
            <source>Opened from a care reminder</source>
            <translation>由保养提醒生成</translation>
        </message>
        <message>
            <source>Visit moved</source>
            <translation>上门时间调整</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>剩余 {time}</translation>
        </message>
        <message>
            <source>{time} overdue</source>
            <translation>超时 {time}</translation>
        </message>
    </context>
    <context>
        <name>UnitEditDialog</name>
        <message>
            <source>Edit unit {serial}</source>
            <translation>修改产品 {serial}</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>不清楚</translation>
        </message>
        <message>
            <source>Now: {status}</source>
            <translation>当前：{status}</translation>
        </message>
        <message>
            <source>starts {start}, whole unit until {whole}</source>
            <translation>自 {start} 起，整机保修至 {whole}</translation>
        </message>
        <message>
            <source>, main parts until {main}</source>
            <translation>，主要部件保修至 {main}</translation>
        </message>
        <message>
            <source>This change moves the warranty.
Now: {before}
After saving: {after}</source>
            <translation>此修改会改变保修期。
当前：{before}
保存后：{after}</translation>
        </message>
        <message>
            <source>Now: {status} (unchanged by this edit)</source>
            <translation>当前：{status}（此修改不影响保修）</translation>
        </message>
        <message>
            <source>Confirm the warranty change and save</source>
            <translation>确认保修变更并保存</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Edit unit</source>
            <translation>修改产品</translation>
        </message>
        <message>
            <source>&amp;Model</source>
            <translation>型号(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Serial number</source>
            <translation>机身编号(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Invoice date</source>
            <translation>发票日期(&amp;I)</translation>
        </message>
        <message>
            <source>Ins&amp;tallation date</source>
            <translation>安装日期(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Production date</source>
            <translation>生产日期(&amp;P)</translation>
        </message>
        <message>
            <source>P&amp;roof of purchase</source>
            <translation>购买凭证(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Usage</source>
            <translation>用途(&amp;U)</translation>
        </message>
        <message>
            <source>Installed by us</source>
            <translation>我方安装</translation>
        </message>
        <message>
            <source>Our engineers installed it</source>
            <translation>由我方工程师安装</translation>
        </message>
        <message>
            <source>Invoice pri&amp;ce</source>
            <translation>发票金额(&amp;C)</translation>
        </message>
        <message>
            <source>e.g. 2680.00</source>
            <translation>例如 2680.00</translation>
        </message>
        <message>
            <source>As on the invoice; leave blank if not known</source>
            <translation>按发票填写；不清楚可留空</translation>
        </message>
        <message>
            <source>yuan</source>
            <translation>元</translation>
        </message>
        <message>
            <source>A date left at its lowest value means "not known".</source>
            <translation>日期停在最小值表示“不清楚”。</translation>
        </message>
        <message>
            <source>Warranty</source>
            <translation>保修</translation>
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <source>Clerk</source>
            <translation>客服文员</translation>
        </message>
        <message>
            <source>Dispatcher</source>
            <translation>调度</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>主管</translation>
        </message>
        <message>
            <source>Engineer</source>
            <translation>工程师</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>User added.</source>
            <translation>已添加用户。</translation>
        </message>
        <message>
            <source>Changes saved.</source>
            <translation>修改已保存。</translation>
        </message>
        <message>
            <source>Status changed.</source>
            <translation>状态已更改。</translation>
        </message>
        <message>
            <source>Password reset; the account is unlocked.</source>
            <translation>密码已重置，账户已解锁。</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>用户管理</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>New user / selected user</source>
            <translation>新用户 / 选中的用户</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>&amp;Add user</source>
            <translation>添加用户(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>保存修改(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Deactivate / activate</source>
            <translation>停用/启用(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Reset password</source>
            <translation>重置密码(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>UsersSetupPage</name>
        <message>
            <source>Clerk</source>
            <translation>客服文员</translation>
        </message>
        <message>
            <source>Dispatcher</source>
            <translation>调度</translation>
        </message>
        <message>
            <source>Engineer</source>
            <translation>工程师</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>主管</translation>
        </message>
        <message>
            <source>Type the user name and an initial password first.</source>
            <translation>请先填写用户名和初始密码。</translation>
        </message>
        <message>
            <source>set</source>
            <translation>已设置</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>未设置</translation>
        </message>
        <message>
            <source>set (type a new one to change it)</source>
            <translation>已设置（输入新密码可修改）</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <source>Verify a signed document</source>
            <translation>验证已签名的文档</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>未选择文件</translation>
        </message>
        <message>
            <source>Choose PDF…</source>
            <translation>选择 PDF…</translation>
        </message>
        <message>
            <source>Result:</source>
            <translation>结果：</translation>
        </message>
        <message>
            <source>Signed by:</source>
            <translation>签名者：</translation>
        </message>
        <message>
            <source>Signed at:</source>
            <translation>签名时间：</translation>
        </message>
        <message>
            <source>Choose a signed PDF</source>
            <translation>选择已签名的 PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>The file cannot be read: {error}</source>
            <translation>无法读取文件：{error}</translation>
        </message>
        <message>
            <source>{time} (branch time)</source>
            <translation>{time}（网点时间）</translation>
        </message>
        <message>
            <source>Valid: signed by a trusted branch and unchanged since signing.</source>
            <translation>有效：由受信任的网点签名，签名后未被修改。</translation>
        </message>
        <message>
            <source>Altered: the document was changed after it was signed. Do not accept it.</source>
            <translation>已被篡改：文档在签名后被修改过，请勿接受。</translation>
        </message>
        <message>
            <source>Unknown signer: the content is intact, but the signing certificate is not in the list of trusted branches.</source>
            <translation>签名者未知：内容完整，但签名证书不在受信任网点列表中。</translation>
        </message>
        <message>
            <source>Not signed: the document carries no digital signature.</source>
            <translation>未签名：该文档没有数字签名。</translation>
        </message>
    </context>
    <context>
        <name>VisitPartsDialog</name>
        <message>
            <source>{ticket}: {engineer}, {start:%Y-%m-%d %H:%M}; {product}, {fault}</source>
            <translation>{ticket}：{engineer}，{start:%Y-%m-%d %H:%M}；{product}，{fault}</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>配件</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>已领用</translation>
        </message>
        <message>
            <source>Parts to take on the visit</source>
            <translation>上门携带配件</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>添加(&amp;D)</translation>
        </message>
        <message>
            <source>Remo&amp;ve</source>
            <translation>删除(&amp;V)</translation>
        </message>
    </context>
    <context>
        <name>VisitResultDialog</name>
        <message>
            <source>Returned service sheet</source>
            <translation>交回的客户服务单</translation>
        </message>
        <message>
            <source>&amp;Work</source>
            <translation>服务情况(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Arrived</source>
            <translation>到达时间(&amp;A)</translation>
        </message>
        <message>
            <source>yyyy-MM-dd HH:mm</source>
            <translation>yyyy-MM-dd HH:mm</translation>
        </message>
        <message>
            <source>&amp;Left</source>
            <translation>离开时间(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Cause found</source>
            <translation>故障原因(&amp;C)</translation>
        </message>
        <message>
            <source>Work &amp;done</source>
            <translation>处理内容(&amp;D)</translation>
        </message>
        <message>
            <source>R&amp;esult</source>
            <translation>处理结果(&amp;E)</translation>
        </message>
        <message>
            <source>Customer &amp;to do</source>
            <translation>需客户继续配合的事宜(&amp;T)</translation>
        </message>
        <message>
            <source>What the customer still needs to do or watch for (e.g. drain the pipes on frosty nights)</source>
            <translation>需要客户继续配合或注意的事项（如冬季夜间排空管路防冻）</translation>
        </message>
        <message>
            <source>Co&amp;nduct on the visit</source>
            <translation>上门服务规范(&amp;N)</translation>
        </message>
        <message>
            <source>The visiting rules and the four nots (四不), as the engineer and the customer confirm them; tick the items kept</source>
            <translation>上门服务规范与“四不”，由工程师和客户确认；勾选已做到的项目</translation>
        </message>
        <message>
            <source>&amp;Parts and charges</source>
            <translation>配件与收费(&amp;P)</translation>
        </message>
        <message>
            <source>Parts used</source>
            <translation>使用配件</translation>
        </message>
        <message>
            <source>C&amp;harged</source>
            <translation>收费(&amp;H)</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>添加(&amp;D)</translation>
        </message>
        <message>
            <source>Remo&amp;ve</source>
            <translation>删除(&amp;V)</translation>
        </message>
        <message>
            <source>Call-&amp;out fee (yuan)</source>
            <translation>上门费（元）(&amp;O)</translation>
        </message>
        <message>
            <source>La&amp;bour charge (yuan)</source>
            <translation>人工费（元）(&amp;B)</translation>
        </message>
        <message>
            <source>Apply the fee &amp;schedule</source>
            <translation>按收费标准(&amp;S)</translation>
        </message>
        <message>
            <source>Total to pay</source>
            <translation>应收合计</translation>
        </message>
        <message>
            <source>Reason for the &amp;exception</source>
            <translation>例外收费理由(&amp;E)</translation>
        </message>
        <message>
            <source>Reason to let the van stoc&amp;k go below zero</source>
            <translation>车载库存负数理由(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Money collected on site</source>
            <translation>现场收费(&amp;M)</translation>
        </message>
        <message>
            <source>Si&amp;gnatures</source>
            <translation>签字(&amp;G)</translation>
        </message>
        <message>
            <source>Customer's c&amp;omment</source>
            <translation>客户意见(&amp;O)</translation>
        </message>
        <message>
            <source>Sa&amp;tisfaction</source>
            <translation>满意度(&amp;T)</translation>
        </message>
        <message>
            <source>Customer's signature</source>
            <translation>客户签字</translation>
        </message>
        <message>
            <source>Attach a &amp;scan...</source>
            <translation>附加扫描件(&amp;S)...</translation>
        </message>
        <message>
            <source>Engineer's signature</source>
            <translation>工程师签字</translation>
        </message>
        <message>
            <source>{number}, round {round}, engineer {engineer}</source>
            <translation>服务单 {number}，第 {round} 轮，工程师 {engineer}</translation>
        </message>
        <message>
            <source>Why the engineer came before the agreed time</source>
            <translation>工程师为何早于约定时间到达</translation>
        </message>
        <message>
            <source>Reason for arriving early</source>
            <translation>提前到达原因</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <source>Not resolved</source>
            <translation>未解决</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>（未填写）</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>满意</translation>
        </message>
        <message>
            <source>Very satisfied</source>
            <translation>非常满意</translation>
        </message>
        <message>
            <source>Dissatisfied</source>
            <translation>不满意</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>Very dissatisfied</source>
            <translation>非常不满意</translation>
        </message>
        <message>
            <source>No parts in the catalogue yet: a supervisor adds them under Parts stock → Catalogue.</source>
            <translation>配件目录还没有配件：请主管在“配件库存 → 配件目录”中新增。</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>配件</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Charged</source>
            <translation>收费</translation>
        </message>
        <message>
            <source>Warranty</source>
            <translation>保内</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Not collected (paid later at the desk)</source>
            <translation>未收（稍后在前台交费）</translation>
        </message>
        <message>
            <source>In warranty: the visit, labour and warranty parts are free.</source>
            <translation>保修期内：上门费、维修费和保修件免费。</translation>
        </message>
        <message>
            <source>Main-part warranty: main parts (and the visit to fit them) are free, other parts and labour are charged.</source>
            <translation>主要部件保修期内：主要部件（及为其上门）免费，其他配件和维修费收费。</translation>
        </message>
        <message>
            <source>Guaranteed by an earlier charged repair of the same fault: free.</source>
            <translation>同一故障此前已收费维修，仍在维修保证期内：免费。</translation>
        </message>
        <message>
            <source>Out of warranty: charged by the fee schedule.</source>
            <translation>保修期外：按收费标准收费。</translation>
        </message>
        <message>
            <source>Warranty not known (no dates on file): charged by the fee schedule until the customer shows the warranty card or invoice.</source>
            <translation>保修状态未知（无日期记录）：客户出示三包凭证或发票之前按收费标准收费。</translation>
        </message>
        <message>
            <source>{status} Schedule: call-out ¥{call_out}, labour ¥{labour}. Show the customer the price list before the work.</source>
            <translation>{status} 收费标准：上门费 ¥{call_out}，维修费 ¥{labour}。维修前请向客户出示收费标准。</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>¥{amount}</source>
            <translation>¥{amount}</translation>
        </message>
        <message>
            <source>Money is asked for something the warranty makes free.</source>
            <translation>对三包免费的项目收了费。</translation>
        </message>
        <message>
            <source>A part the warranty does not cover is left uncharged.</source>
            <translation>不在三包范围内的配件未收费。</translation>
        </message>
        <message>
            <source>Write the reason above; it is printed on the report and kept in the audit log.</source>
            <translation>请在上面填写理由；理由会打印在服务报告上并记入审计日志。</translation>
        </message>
        <message>
            <source>The receipt number is given when the sheet is saved; print the receipt in Charges.</source>
            <translation>保存服务单时生成收据编号；收据请在“收费”中打印。</translation>
        </message>
        <message>
            <source>Scan attached: {name}</source>
            <translation>已附扫描件：{name}</translation>
        </message>
        <message>
            <source>Scanned signature</source>
            <translation>签字扫描件</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>图片 (*.png *.jpg *.jpeg)</translation>
        </message>
    </context>
</TS>