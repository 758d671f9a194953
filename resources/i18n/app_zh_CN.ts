<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
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
            <source>The audit log has been tampered with at record {id} ({problem}).</source>
            <translation>审计日志在第 {id} 条记录处被篡改（{problem}）。</translation>
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
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Please fill in this field.</source>
            <translation>请填写此项。</translation>
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
            <source>A ticket in state {current} cannot go to {target}.</source>
            <translation>处于“{current}”状态的服务单不能转为“{target}”。</translation>
        </message>
        <message>
            <source>The Chinese font for printing is missing: {path}</source>
            <translation>缺少打印用的中文字体：{path}</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Branch Service Desk</source>
            <translation>网点售后服务台</translation>
        </message>
        <message>
            <source>Set the supervisor's password</source>
            <translation>设置主管密码</translation>
        </message>
        <message>
            <source>First start: choose the supervisor's password (at least 8 characters, letters and digits).</source>
            <translation>首次启动：请设置主管密码（至少 8 位，须包含字母和数字）。</translation>
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
            <source>&amp;User name</source>
            <translation>用户名(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>密码(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Repeat password</source>
            <translation>确认密码(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Branch Service Desk — {branch}</source>
            <translation>网点售后服务台 — {branch}</translation>
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
            <source>About Branch Service Desk</source>
            <translation>关于网点售后服务台</translation>
        </message>
        <message>
            <source>&lt;b&gt;Branch Service Desk&lt;/b&gt; {version}&lt;br&gt;Intake, dispatch, 三包 adjudication, callbacks, signed service sheets and HQ workbooks for service branches.&lt;br&gt;Chinese font: WenQuanYi Micro Hei (Apache-2.0).</source>
            <translation>&lt;b&gt;网点售后服务台&lt;/b&gt; {version}&lt;br&gt;为售后服务网点提供：受理报修、派单、三包裁定、回访、签名服务单和总部报表。&lt;br&gt;中文字体：文泉驿微米黑（Apache-2.0）。</translation>
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
            <source>&amp;Back up now</source>
            <translation>立即备份(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Restore from backup...</source>
            <translation>从备份恢复(&amp;R)...</translation>
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
            <source>&amp;About</source>
            <translation>关于(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <source>Print preview</source>
            <translation>打印预览</translation>
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
            <source>Choose the logo</source>
            <translation>选择标志图片</translation>
        </message>
        <message>
            <source>Images (*.png)</source>
            <translation>图片 (*.png)</translation>
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
            <source>Database of this PC (takes effect at the next start)</source>
            <translation>本机数据库（下次启动时生效）</translation>
        </message>
        <message>
            <source>PostgreSQL URL (empty = local file)</source>
            <translation>PostgreSQL 地址（留空则使用本地文件）</translation>
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
            <source>Branch signing key</source>
            <translation>网点签名密钥</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>口令</translation>
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
</TS>