<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../ui/task_tabs.py" line="241"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="241"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="241"/>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="241"/>
        <source>Added on</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="246"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="248"/>
        <source>No attachments yet. Drop files here, or click “{button}”.</source>
        <translation>暂无附件。可拖放文件到此处，或点“{button}”。</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="253"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="254"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="266"/>
        <source>Files added here are kept on this PC only ({folder}): other PCs using this database cannot open them. To share them, set a shared attachments folder in Settings.</source>
        <translation>在这里添加的文件只保存在本机（{folder}），使用这个数据库的其他电脑无法打开。如需共享，请在“设置”中填写共享附件文件夹。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/task_tabs.py" line="298"/>
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>已添加 %n 个附件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="306"/>
        <source>Attach evidence files</source>
        <translation>添加佐证材料</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../ui/backup_actions.py" line="33"/>
        <location filename="../../ui/backup_actions.py" line="64"/>
        <source>Back up the ledger</source>
        <translation>备份台账</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="35"/>
        <source>Ledger backup (*.sqlite3)</source>
        <translation>台账备份 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="54"/>
        <source>Backup saved: {path}</source>
        <translation>备份已保存：{path}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="49"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="57"/>
        <source>Backup saved: {path}, its attachments in {folder} (copy both)</source>
        <translation>备份已保存：{path}，附件在 {folder}（复制备份时请连同这个文件夹）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/backup_actions.py" line="66"/>
        <source>The backup was saved, but %n attachment(s) could not be included: their files are not on this PC or are damaged ({names}). Add them again from the original files, then back up once more.</source>
        <translation>
            <numerusform>备份已保存，但有 %n 个附件未能包含在内：它们的文件不在本机或已损坏（{names}）。请用原文件重新添加这些附件，再备份一次。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="82"/>
        <location filename="../../ui/backup_actions.py" line="97"/>
        <location filename="../../ui/backup_actions.py" line="139"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="84"/>
        <source>Ledger backup (*.sqlite3);;All files (*)</source>
        <translation>台账备份 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="99"/>
        <source>Replace the current ledger with “{name}”?
The current ledger is kept in the backups folder, so this can be reversed.</source>
        <translation>用“{name}”替换当前台账？
当前台账会保留在备份文件夹中，可以再恢复回来。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="122"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="134"/>
        <source>Restored. The replaced ledger is kept as {path}</source>
        <translation>已恢复。被替换的台账保留为 {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/backup_actions.py" line="141"/>
        <source>Restored. %n attachment(s) named in the backup have no file here ({names}): the backup&apos;s attachments folder was not beside it, or lacked them. Restore from a backup that has its .attachments folder beside it, or add these files again.</source>
        <translation>
            <numerusform>已恢复。备份中有 %n 个附件在本机没有文件（{names}）：备份旁边没有它的附件文件夹，或文件夹中缺少这些文件。请用旁边带有 .attachments 文件夹的备份恢复，或重新添加这些文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/overview/charts.py" line="63"/>
        <source>No data</source>
        <translation>暂无数据</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../ui/reminders/calendar.py" line="81"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/calendar.py" line="82"/>
        <source>◀ Previous deadline</source>
        <translation>◀ 上一个到期日</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/calendar.py" line="83"/>
        <source>Next deadline ▶</source>
        <translation>下一个到期日 ▶</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/calendar.py" line="181"/>
        <source>This month: %n deadline(s), {red} red</source>
        <translation>
            <numerusform>本月到期 %n 项，其中红灯 {red} 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/calendar.py" line="192"/>
        <source>Due on {day}: %n task(s)</source>
        <translation>
            <numerusform>{day} 到期：%n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChaseActions</name>
    <message>
        <location filename="../../ui/rounds/chase_actions.py" line="23"/>
        <source>Copy chase text</source>
        <translation>复制催报文字</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/chase_actions.py" line="26"/>
        <source>Put the late units, their liaison officers and the due date on the clipboard for a group chat</source>
        <translation>把逾期未报单位、联络员电话和报送时限复制到剪贴板，粘贴到微信群或政务钉钉群</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/chase_actions.py" line="29"/>
        <source>Chase notice (Word)…</source>
        <translation>催报通知（Word）…</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/chase_actions.py" line="30"/>
        <source>The chase notice from the office&apos;s Word template</source>
        <translation>按本办的 Word 模板生成催报通知</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rounds/chase_actions.py" line="55"/>
        <source>Chase text for %n unit(s) copied: paste it into the group chat.</source>
        <translation>
            <numerusform>已复制 %n 家单位的催报文字，可粘贴到工作群。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rounds/chase_actions.py" line="67"/>
        <source>Save chase notice</source>
        <translation>保存催报通知</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/chase_actions.py" line="69"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rounds/chase_actions.py" line="85"/>
        <source>Chase notice for %n unit(s) saved: %1</source>
        <translation>
            <numerusform>已保存 %n 家单位的催报通知：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../ui/checklist/first_screen.py" line="79"/>
        <source>Reading all tasks…</source>
        <translation>正在读取全部任务…</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="137"/>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="138"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="141"/>
        <source>Record progress…</source>
        <translation>记录进展…</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="143"/>
        <source>Close task</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="144"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="145"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="159"/>
        <source>Copy rows</source>
        <translation>复制行</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checklist/view.py" line="172"/>
        <source>Copied %n row(s): paste them into Excel or WPS.</source>
        <translation>
            <numerusform>已复制 %n 行：可粘贴到 Excel 或 WPS。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="178"/>
        <source>Import the plan your office received (.docx or .txt) and the ledger fills itself:
measures, lead and co-responsible units, targets and deadlines.
Or open the sample plan to look around first.</source>
        <translation>导入收到的行动方案（.docx 或 .txt），台账自动生成：
各项措施、牵头单位和责任单位、目标指标和完成时限。
也可以先打开示例方案看看。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checklist/view.py" line="275"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>共 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/checklist/row_actions.py" line="68"/>
        <location filename="../../ui/checklist/row_actions.py" line="88"/>
        <source>close task</source>
        <translation>办结任务</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/row_actions.py" line="69"/>
        <source>Closed: {title}</source>
        <translation>已办结：{title}</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/row_actions.py" line="75"/>
        <source>Close tasks</source>
        <translation>办结任务</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/row_actions.py" line="76"/>
        <source>Close the %n selected task(s)? Ctrl+Z undoes each.</source>
        <translation>办结选中的 %n 项任务？可用 Ctrl+Z 逐项撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/row_actions.py" line="89"/>
        <source>Closed %n task(s).</source>
        <translation>已办结 %n 项任务。</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="395"/>
        <source>reopen task</source>
        <translation>重新打开任务</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="396"/>
        <source>Reopened: {title}</source>
        <translation>已重新打开：{title}</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/row_actions.py" line="99"/>
        <source>Delete task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/row_actions.py" line="100"/>
        <source>Delete “{title}” with its progress history?
You can undo this with Ctrl+Z.</source>
        <translation>删除“{title}”及其进展记录？
删除后可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/row_actions.py" line="111"/>
        <source>delete task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/row_actions.py" line="112"/>
        <source>Deleted: {title} (Ctrl+Z to undo)</source>
        <translation>已删除：{title}（按 Ctrl+Z 撤销）</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/units/dialogs.py" line="41"/>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="41"/>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="46"/>
        <source>(no unit)</source>
        <translation>（无单位）</translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="52"/>
        <source>e.g. 0513-8xxxxxxx ext. 123</source>
        <translation>如 0513-8xxxxxxx 转 123</translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="54"/>
        <source>11-digit mobile number</source>
        <translation>11 位手机号</translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="57"/>
        <source>Primary liaison officer of the unit</source>
        <translation>本单位主要联络员</translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="59"/>
        <source>Role in the group</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="60"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="61"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="62"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="63"/>
        <source>Office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="64"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="65"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/progress_corrections.py" line="43"/>
        <source>Correct a progress entry</source>
        <translation>更正进展记录</translation>
    </message>
    <message>
        <location filename="../../ui/progress_corrections.py" line="46"/>
        <source>not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <location filename="../../ui/progress_corrections.py" line="55"/>
        <source>e.g. the unit reported 6 instead of 60; checked by phone</source>
        <translation>如：单位把 60 报成了 6，已电话核实</translation>
    </message>
    <message>
        <location filename="../../ui/progress_corrections.py" line="57"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../ui/progress_corrections.py" line="58"/>
        <location filename="../../ui/progress_corrections.py" line="79"/>
        <source>Done this period</source>
        <translation>本期完成</translation>
    </message>
    <message>
        <location filename="../../ui/progress_corrections.py" line="59"/>
        <location filename="../../ui/progress_corrections.py" line="80"/>
        <source>Done in total</source>
        <translation>累计完成</translation>
    </message>
    <message>
        <location filename="../../ui/progress_corrections.py" line="60"/>
        <source>Situation</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <location filename="../../ui/progress_corrections.py" line="61"/>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../ui/progress_corrections.py" line="62"/>
        <source>Next steps</source>
        <translation>下步计划</translation>
    </message>
    <message>
        <location filename="../../ui/progress_corrections.py" line="63"/>
        <source>Reason for the correction</source>
        <translation>更正原因</translation>
    </message>
    <message>
        <location filename="../../ui/progress_corrections.py" line="67"/>
        <source>Save correction</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <location filename="../../ui/progress_corrections.py" line="68"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>EntryActions</name>
    <message>
        <location filename="../../ui/progress_corrections.py" line="97"/>
        <source>Correct entry…</source>
        <translation>更正记录…</translation>
    </message>
    <message>
        <location filename="../../ui/progress_corrections.py" line="99"/>
        <source>Replace the selected entry by a corrected one, with a reason</source>
        <translation>用更正后的记录替换选中的记录，并写明原因</translation>
    </message>
    <message>
        <location filename="../../ui/progress_corrections.py" line="101"/>
        <source>Void entry…</source>
        <translation>作废记录…</translation>
    </message>
    <message>
        <location filename="../../ui/progress_corrections.py" line="103"/>
        <source>Mark the selected entry as void, with a reason; it stays in the history</source>
        <translation>把选中的记录标为作废并写明原因；记录仍留在历史中</translation>
    </message>
    <message>
        <location filename="../../ui/progress_corrections.py" line="137"/>
        <source>Void a progress entry</source>
        <translation>作废进展记录</translation>
    </message>
    <message>
        <location filename="../../ui/progress_corrections.py" line="138"/>
        <source>Why is the entry of %1 void? (kept in the history and the ledger&apos;s trace)</source>
        <translation>为什么作废 %1 的记录？（原因保存在历史和台账留痕中）</translation>
    </message>
    <message>
        <location filename="../../ui/progress_corrections.py" line="148"/>
        <source>void progress entry</source>
        <translation>作废进展记录</translation>
    </message>
    <message>
        <location filename="../../ui/progress_corrections.py" line="173"/>
        <source>correct progress entry</source>
        <translation>更正进展记录</translation>
    </message>
    <message>
        <location filename="../../ui/progress_corrections.py" line="179"/>
        <source>The entry is kept in the history with the reason.</source>
        <translation>原记录连同原因保留在历史中。</translation>
    </message>
</context>
<context>
    <name>ExportsView</name>
    <message>
        <location filename="../../ui/exports/view.py" line="69"/>
        <source>Excel ledger (.xlsx)</source>
        <translation>Excel 台账（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../ui/exports/view.py" line="70"/>
        <source>PDF progress sheet (.pdf)</source>
        <translation>PDF 进度表（.pdf）</translation>
    </message>
    <message>
        <location filename="../../ui/exports/view.py" line="71"/>
        <source>Progress bulletin draft (.docx)</source>
        <translation>进展情况通报稿（.docx）</translation>
    </message>
    <message>
        <location filename="../../ui/exports/view.py" line="73"/>
        <source>Whole plan</source>
        <translation>全部任务</translation>
    </message>
    <message>
        <location filename="../../ui/exports/view.py" line="74"/>
        <source>One unit</source>
        <translation>单个单位</translation>
    </message>
    <message>
        <location filename="../../ui/exports/view.py" line="75"/>
        <source>Red and yellow only</source>
        <translation>仅红灯和黄灯</translation>
    </message>
    <message>
        <location filename="../../ui/exports/view.py" line="82"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/exports/view.py" line="88"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../ui/exports/view.py" line="89"/>
        <source>Document</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <location filename="../../ui/exports/view.py" line="90"/>
        <source>Variant</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../ui/exports/view.py" line="91"/>
        <source>Say why each light (in the progress column)</source>
        <translation>在进展情况栏写明亮灯原因</translation>
    </message>
    <message>
        <location filename="../../ui/exports/view.py" line="93"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/exports/view.py" line="94"/>
        <source>As of</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <location filename="../../ui/exports/view.py" line="95"/>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../../ui/exports/view.py" line="97"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/exports/view.py" line="99"/>
        <source>Print progress sheet…</source>
        <translation>打印推进情况表…</translation>
    </message>
    <message>
        <location filename="../../ui/exports/view.py" line="101"/>
        <source>Preview the sheet&apos;s pages, then choose printer, copies and duplex (Ctrl+P)</source>
        <translation>先预览各页，再选择打印机、份数和双面打印（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../ui/exports/view.py" line="103"/>
        <source>Open the file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../ui/exports/view.py" line="104"/>
        <source>Show in folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/exports/view.py" line="113"/>
        <source>The Excel ledger lists every measure and task with its units, targets, progress and light, with a summary sheet. The progress sheet is the A4 table for the leadership meeting. The bulletin is a Word draft to edit before sending.</source>
        <translation>Excel 台账列出每项措施和任务的责任单位、目标、进度和灯色，并附汇总表；进度表是供领导小组会议使用的 A4 表格；通报稿是 Word 草稿，修改后再印发。</translation>
    </message>
    <message>
        <location filename="../../ui/exports/view.py" line="224"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/exports/view.py" line="225"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/exports/view.py" line="226"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/exports/view.py" line="229"/>
        <source>Save the export as</source>
        <translation>导出文件保存为</translation>
    </message>
    <message>
        <location filename="../../ui/exports/view.py" line="282"/>
        <source>Preparing the progress sheet…</source>
        <translation>正在准备推进情况表…</translation>
    </message>
    <message>
        <location filename="../../ui/exports/view.py" line="296"/>
        <source>Sent to the printer: {title}</source>
        <translation>已送打印机：{title}</translation>
    </message>
    <message>
        <location filename="../../ui/exports/view.py" line="311"/>
        <source>Writing {name}…</source>
        <translation>正在生成 {name}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exports/view.py" line="317"/>
        <source>Exported %n item(s) to {path}</source>
        <translation>
            <numerusform>已导出 %n 项到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exports/view.py" line="325"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/checklist/filters.py" line="25"/>
        <source>Search tasks, units, numbers… (Ctrl+F)</source>
        <translation>搜索任务、单位、序号…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="30"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="31"/>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="32"/>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="34"/>
        <source>All lights</source>
        <translation>全部灯色</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="35"/>
        <source>Red and yellow</source>
        <translation>红灯和黄灯</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="36"/>
        <source>Red</source>
        <translation>红灯</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="37"/>
        <source>Yellow</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="38"/>
        <source>Green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="40"/>
        <source>Any due date</source>
        <translation>全部期限</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="41"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="42"/>
        <source>Due within 7 days</source>
        <translation>7 天内到期</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="43"/>
        <source>Due within 30 days</source>
        <translation>30 天内到期</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="48"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="49"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="50"/>
        <source>Light</source>
        <translation>灯色</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="51"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="70"/>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ui/task_history.py" line="18"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="19"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="20"/>
        <source>Full text</source>
        <translation>全文</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="21"/>
        <source>Section / domain</source>
        <translation>章节/领域</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="22"/>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="23"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="24"/>
        <source>Repeats</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="25"/>
        <source>Lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="26"/>
        <source>Co-responsible units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="27"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="28"/>
        <source>Closed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="29"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="30"/>
        <source>Situation</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="31"/>
        <source>Target done</source>
        <translation>目标完成数量</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="32"/>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="33"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="34"/>
        <source>Note</source>
        <translation>处理说明</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="35"/>
        <source>Handled on</source>
        <translation>处理日期</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="36"/>
        <source>Progress entry</source>
        <translation>进展记录</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="37"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="38"/>
        <location filename="../../ui/task_history.py" line="80"/>
        <source>Milestone</source>
        <translation>阶段目标</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="39"/>
        <source>Done per target</source>
        <translation>各目标完成数</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="40"/>
        <source>Reported done on</source>
        <translation>单位报完成日期</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="42"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="43"/>
        <source>Supervision No. prefix</source>
        <translation>督办编号前缀</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="44"/>
        <source>Supervision No. year</source>
        <translation>督办编号年份</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="45"/>
        <source>Supervision No.</source>
        <translation>督办编号</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="46"/>
        <source>Responsible leader</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="47"/>
        <source>Assigned on</source>
        <translation>交办日期</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="48"/>
        <source>Signed on</source>
        <translation>签收日期</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="49"/>
        <source>Signed by</source>
        <translation>签收单位</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="50"/>
        <source>Import batch No.</source>
        <translation>导入批次</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="56"/>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="57"/>
        <location filename="../../ui/task_history.py" line="70"/>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="59"/>
        <source>Every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="61"/>
        <source>Leader&apos;s instruction</source>
        <translation>批示</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="62"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="63"/>
        <source>Document received</source>
        <translation>来文</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="64"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="68"/>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="69"/>
        <source>Edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="71"/>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="72"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="73"/>
        <source>Undone</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="74"/>
        <source>Progress recorded</source>
        <translation>记录进展</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="75"/>
        <source>Attachment added</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="76"/>
        <source>Attachment removed</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="77"/>
        <source>Reminder handled</source>
        <translation>提醒已处理</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="78"/>
        <source>Progress corrected</source>
        <translation>更正了进展</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="79"/>
        <source>Progress voided</source>
        <translation>作废了进展</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="81"/>
        <source>Signed</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="82"/>
        <source>Supervision details</source>
        <translation>修改督办信息</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="151"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="152"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field}：{old} → {new}</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="153"/>
        <source>{field}: {value}</source>
        <translation>{field}：{value}</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="154"/>
        <source>{target} (done {done})</source>
        <translation>{target}（完成 {done}）</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="177"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="165"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="165"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="165"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/task_history.py" line="165"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/rounds/import_dialog.py" line="63"/>
        <source>Import returns</source>
        <translation>导入报送表</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/import_dialog.py" line="66"/>
        <source>Drop returned workbooks or a folder of mail attachments here, or</source>
        <translation>把报回的报送表或邮件附件文件夹拖到这里，或</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/import_dialog.py" line="67"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/import_dialog.py" line="68"/>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/import_dialog.py" line="74"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/import_dialog.py" line="75"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/import_dialog.py" line="76"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/import_dialog.py" line="77"/>
        <source>Period</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/import_dialog.py" line="78"/>
        <source>Changes</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/import_dialog.py" line="79"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/import_dialog.py" line="80"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/import_dialog.py" line="87"/>
        <source>Task / problem</source>
        <translation>任务 / 问题</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/import_dialog.py" line="87"/>
        <source>Column</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/import_dialog.py" line="87"/>
        <source>Old → new</source>
        <translation>原值 → 新值</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/import_dialog.py" line="87"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/import_dialog.py" line="98"/>
        <source>Accept all</source>
        <translation>全部接受</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/import_dialog.py" line="99"/>
        <source>Ticks every file that has figures to import</source>
        <translation>勾选所有有数据可导入的文件</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/import_dialog.py" line="102"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/import_dialog.py" line="104"/>
        <source>Import accepted</source>
        <translation>导入已接受的文件</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/import_dialog.py" line="135"/>
        <source>Returned workbooks</source>
        <translation>报回的报送表</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/import_dialog.py" line="135"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/import_dialog.py" line="141"/>
        <source>Folder of returned workbooks</source>
        <translation>报送表所在文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/import_dialog.py" line="220"/>
        <source>No task in this file has anything filled in. Tick it only to record that the unit sent the file back.</source>
        <translation>这份报送表的任务都没有填写内容。只有想登记该单位已交回报送表时才勾选。</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/import_dialog.py" line="246"/>
        <source>Refused</source>
        <translation>不能导入</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/import_dialog.py" line="248"/>
        <source>Nothing to import</source>
        <translation>无可导入内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rounds/import_dialog.py" line="251"/>
        <source>%n warning(s): check them, then tick</source>
        <translation>
            <numerusform>有 %n 条警告，请核对后勾选</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rounds/import_dialog.py" line="255"/>
        <source>Ready</source>
        <translation>可导入</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/import_dialog.py" line="259"/>
        <source>refused</source>
        <translation>拒收</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rounds/import_dialog.py" line="261"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rounds/import_dialog.py" line="263"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>提示 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rounds/import_dialog.py" line="275"/>
        <source>Problems (%n)</source>
        <translation>
            <numerusform>问题（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rounds/import_dialog.py" line="284"/>
        <source>Changes (%n)</source>
        <translation>
            <numerusform>变化（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rounds/import_dialog.py" line="324"/>
        <source>Imported %n return(s), %1 task rows; undo it from Reporting rounds.</source>
        <translation>
            <numerusform>已导入 %n 份报送表、%1 项任务；可在“报送轮次”中撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rounds/import_dialog.py" line="338"/>
        <source>Importing returns…</source>
        <translation>正在导入报送表…</translation>
    </message>
</context>
<context>
    <name>ItemActions</name>
    <message>
        <location filename="../../ui/supervision_items.py" line="170"/>
        <source>New item list…</source>
        <translation>新建事项清单…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_items.py" line="171"/>
        <source>New supervision item…</source>
        <translation>新增督办事项…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_items.py" line="173"/>
        <source>Supervision items…</source>
        <translation>督办事项一览…</translation>
    </message>
</context>
<context>
    <name>ItemsDialog</name>
    <message>
        <location filename="../../ui/supervision_items.py" line="66"/>
        <source>Supervision items</source>
        <translation>督办事项一览</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_items.py" line="68"/>
        <source>Every state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_items.py" line="73"/>
        <source>Supervision No.</source>
        <translation>督办编号</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_items.py" line="74"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_items.py" line="75"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_items.py" line="76"/>
        <source>Lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_items.py" line="77"/>
        <source>Responsible leader</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_items.py" line="78"/>
        <location filename="../../ui/supervision_items.py" line="100"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_items.py" line="79"/>
        <source>Assigned</source>
        <translation>交办</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_items.py" line="80"/>
        <source>Signed</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_items.py" line="81"/>
        <source>Reported</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_items.py" line="82"/>
        <source>Closed</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_items.py" line="83"/>
        <source>Due</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_items.py" line="95"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_items.py" line="97"/>
        <source>New supervision item…</source>
        <translation>新增督办事项…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/supervision_items.py" line="129"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>共 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerImport</name>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="210"/>
        <source>Import an Excel ledger</source>
        <translation>导入 Excel 台账</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="212"/>
        <source>Ledgers (*.xlsx *.xls *.et *.ods *.csv);;All files (*)</source>
        <translation>台账文件 (*.xlsx *.xls *.et *.ods *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="224"/>
        <source>Reading ledger…</source>
        <translation>正在读取台账…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="260"/>
        <source>Ledger imported: {name}</source>
        <translation>台账已导入：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="266"/>
        <source>Importing ledger…</source>
        <translation>正在导入台账…</translation>
    </message>
</context>
<context>
    <name>LedgerMappingDialog</name>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="58"/>
        <source>Import an Excel ledger — {name}</source>
        <translation>导入 Excel 台账 — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="62"/>
        <source>Sheet “{sheet}”, header in row {rows}. Check what each column is imported as; the rows below show the result.</source>
        <translation>工作表“{sheet}”，表头在第 {rows} 行。请核对每一列导入为什么内容，下方显示导入后的样子。</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="70"/>
        <source>Column in the ledger</source>
        <translation>台账中的列</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="70"/>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="70"/>
        <source>First values</source>
        <translation>前几行的内容</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="100"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="101"/>
        <location filename="../../ui/ledger_import_dialog.py" line="135"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="102"/>
        <source>Task or section</source>
        <translation>任务或分类标题</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="103"/>
        <location filename="../../ui/ledger_import_dialog.py" line="137"/>
        <source>Lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="104"/>
        <location filename="../../ui/ledger_import_dialog.py" line="139"/>
        <source>Co-responsible units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="105"/>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="106"/>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="107"/>
        <location filename="../../ui/ledger_import_dialog.py" line="142"/>
        <source>Progress</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="117"/>
        <source>Next: review</source>
        <translation>下一步：核对</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="123"/>
        <source>As it will be imported:</source>
        <translation>导入后的样子：</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="134"/>
        <source>Do not import</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="136"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="138"/>
        <source>Responsible units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="140"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="141"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="143"/>
        <source>Responsible leader</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="144"/>
        <source>Domain</source>
        <translation>所属领域</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="171"/>
        <source>{tasks} tasks in {sections} sections; the first {shown} rows are shown.</source>
        <translation>共 {tasks} 项任务、{sections} 个分类；下方显示前 {shown} 行。</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <location filename="../../ui/checklist/model.py" line="33"/>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/model.py" line="50"/>
        <source>awaiting sign-off</source>
        <translation>待销号</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/model.py" line="57"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/model.py" line="59"/>
        <source>Section / domain</source>
        <translation>章节/领域</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/model.py" line="63"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/model.py" line="65"/>
        <source>Lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/model.py" line="70"/>
        <source>Co-responsible units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/model.py" line="74"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/model.py" line="75"/>
        <source>Targets and done</source>
        <translation>目标与完成</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/model.py" line="77"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/model.py" line="82"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/opening.py" line="24"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>Database: {where}</source>
        <translation>数据库：{where}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>&amp;Import plan…</source>
        <translation>导入方案(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>Open the &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>&amp;Back up…</source>
        <translation>备份台账(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>Import an &amp;Excel ledger…</source>
        <translation>导入 Excel 台账(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Open the sa&amp;mple plan</source>
        <translation>打开示例方案(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>&amp;Print progress sheet…</source>
        <translation>打印推进情况表(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>&amp;Undo {what}</source>
        <translation>撤销{what}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291"/>
        <source>Undone: {what}</source>
        <translation>已撤销：{what}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="388"/>
        <source>About</source>
        <translation>关于督办台账</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389"/>
        <source>Duban Ledger {version}
An offline ledger for a leadership-group office.</source>
        <translation>督办台账 {version}
供领导小组办公室离线使用的任务督办台账。</translation>
    </message>
</context>
<context>
    <name>MarkMeasuresDialog</name>
    <message>
        <location filename="../../ui/plan_marking.py" line="50"/>
        <source>Mark the measures</source>
        <translation>标出措施</translation>
    </message>
    <message>
        <location filename="../../ui/plan_marking.py" line="54"/>
        <source>The reader could not split “{name}” into measures; the file itself is fine.</source>
        <translation>读取“{name}”的结构时出错，没能自动拆分出措施；文件本身没有问题。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_marking.py" line="56"/>
        <source>No numbered measures were found in “{name}”.</source>
        <translation>在“{name}”中没有找到编号的措施。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_marking.py" line="58"/>
        <source>Mark the measures of “{name}” by hand.</source>
        <translation>手动标出“{name}”的措施。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_marking.py" line="63"/>
        <source>Tick each line where a measure starts; the lines after it up to its responsibility clause belong to it. The units, targets and deadlines are then read as usual and shown for review.</source>
        <translation>请勾选每条措施开始的那一行；其后直到责任分工的各行都属于这条措施。随后照常读取单位、目标和时限，并显示出来供核对。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_marking.py" line="74"/>
        <location filename="../../ui/plan_marking.py" line="229"/>
        <source>Read the marked measures</source>
        <translation>读取标出的措施</translation>
    </message>
    <message>
        <location filename="../../ui/plan_marking.py" line="92"/>
        <source>Mark lines</source>
        <translation>标记措施行</translation>
    </message>
    <message>
        <location filename="../../ui/plan_marking.py" line="94"/>
        <location filename="../../ui/plan_marking.py" line="175"/>
        <source>Read a table ({n})</source>
        <translation>按表格读入（{n} 个表格）</translation>
    </message>
    <message>
        <location filename="../../ui/plan_marking.py" line="104"/>
        <source>When measures run together on one line or their numbering is garbled, break the lines or add the numbers (一、 / （一） / 1.) here and read the text again. The file is not changed.</source>
        <translation>措施连在一行里、或编号错乱时，可在这里换行、补上编号（一、 /（一）/ 1.），再重新读取。原文件不会被修改。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_marking.py" line="112"/>
        <source>Edit the text</source>
        <translation>修改文本</translation>
    </message>
    <message>
        <location filename="../../ui/plan_marking.py" line="206"/>
        <source>The lines you ticked and the text you edited will be lost.

Close anyway?</source>
        <translation>已勾选的行和修改过的文字将会丢失。

仍要关闭吗？</translation>
    </message>
    <message>
        <location filename="../../ui/plan_marking.py" line="207"/>
        <source>Discard your marking?</source>
        <translation>放弃已做的标记？</translation>
    </message>
    <message>
        <location filename="../../ui/plan_marking.py" line="207"/>
        <source>Keep marking</source>
        <translation>继续标记</translation>
    </message>
    <message>
        <location filename="../../ui/plan_marking.py" line="208"/>
        <source>Discard and close</source>
        <translation>放弃并关闭</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan_marking.py" line="214"/>
        <source>%n measure(s) marked</source>
        <translation>
            <numerusform>已标出 %n 条措施</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan_marking.py" line="217"/>
        <source> — %n ticked line(s) changed in the edited text and are no longer ticked: tick them again.</source>
        <translation>
            <numerusform>——有 %n 行已勾选的文字在修改文本中改动过，已取消勾选，请重新勾选。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plan_marking.py" line="223"/>
        <source>Read the edited text</source>
        <translation>读取修改后的文本</translation>
    </message>
    <message>
        <location filename="../../ui/plan_marking.py" line="226"/>
        <source>Read the table</source>
        <translation>按所选列读入</translation>
    </message>
</context>
<context>
    <name>MeasureEditor</name>
    <message>
        <location filename="../../ui/plan_review_editor.py" line="45"/>
        <source>Selected measure</source>
        <translation>所选措施</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review_editor.py" line="53"/>
        <source>year-month-day; several separated by commas</source>
        <translation>年-月-日，多个用逗号隔开</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review_editor.py" line="65"/>
        <source>Click a name to add it to the lead units; Ctrl+click to add it to the co-responsible units.</source>
        <translation>点击单位名称加为牵头单位；按住 Ctrl 点击则加为责任单位。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review_editor.py" line="73"/>
        <source>Only measures without a lead unit are filled; the co-responsible units they have are kept.</source>
        <translation>只填没有牵头单位的措施；它们已有的责任单位保留不变。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review_editor.py" line="79"/>
        <source>Undo the fill</source>
        <translation>撤销填入</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review_editor.py" line="82"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review_editor.py" line="82"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review_editor.py" line="82"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review_editor.py" line="91"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review_editor.py" line="92"/>
        <source>Lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review_editor.py" line="93"/>
        <source>Co-responsible units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review_editor.py" line="94"/>
        <source>Named in the text</source>
        <translation>文中单位</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review_editor.py" line="100"/>
        <source>Deadlines</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review_editor.py" line="101"/>
        <source>Targets</source>
        <translation>目标指标</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review_editor.py" line="162"/>
        <source>(no unit named)</source>
        <translation>（文中没有写出单位名称）</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review_editor.py" line="162"/>
        <source>(every unit named is in the fields)</source>
        <translation>（文中写出的单位都已填入）</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review_editor.py" line="172"/>
        <source>and {count} more</source>
        <translation>另有 {count} 个未列出</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review_editor.py" line="180"/>
        <source>Every other measure of this part has a lead unit</source>
        <translation>本部分其他措施都已有牵头单位</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review_editor.py" line="182"/>
        <source>Give these units to the other {count} measures of the list without a lead</source>
        <translation>把这些单位填给全文其余 {count} 条没有牵头单位的措施</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review_editor.py" line="184"/>
        <source>Give these units to the {count} measures of this part without a lead</source>
        <translation>把这些单位填给本部分 {count} 条没有牵头单位的措施</translation>
    </message>
</context>
<context>
    <name>MilestonesTab</name>
    <message>
        <location filename="../../ui/milestones_tab.py" line="41"/>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../ui/milestones_tab.py" line="41"/>
        <source>Milestone</source>
        <translation>阶段目标</translation>
    </message>
    <message>
        <location filename="../../ui/milestones_tab.py" line="41"/>
        <source>Reached on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../ui/milestones_tab.py" line="53"/>
        <source>e.g. complete the survey of key equipment</source>
        <translation>如：完成重点用能设备普查</translation>
    </message>
    <message>
        <location filename="../../ui/milestones_tab.py" line="54"/>
        <source>Add milestone</source>
        <translation>添加阶段目标</translation>
    </message>
    <message>
        <location filename="../../ui/milestones_tab.py" line="55"/>
        <source>Mark reached today</source>
        <translation>标记为今天完成</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <location filename="../../ui/supervision_dialogs.py" line="100"/>
        <source>New supervision item</source>
        <translation>新增督办事项</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dialogs.py" line="117"/>
        <source>What is to be done, in one line</source>
        <translation>要办的事，一句话概括</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dialogs.py" line="119"/>
        <source>The instruction or decision as written (optional)</source>
        <translation>批示、议定事项或来文的原文（可不填）</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dialogs.py" line="123"/>
        <source>Separate several units with 、</source>
        <translation>多个单位用“、”分隔</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dialogs.py" line="125"/>
        <source>Register units not yet in the registry</source>
        <translation>单位名录中没有的单位，同时登记为新单位</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dialogs.py" line="129"/>
        <source>A member of the leadership group, or type a name</source>
        <translation>领导小组成员，或直接填写姓名</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dialogs.py" line="132"/>
        <source>No fixed due date</source>
        <translation>无固定时限</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dialogs.py" line="142"/>
        <source>The office&apos;s prefix, e.g. 督 or 区委督; remembered for the next item</source>
        <translation>本单位的编号前缀，如“督”或“区委督”；下次新增时沿用</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dialogs.py" line="151"/>
        <source>Item list</source>
        <translation>事项清单</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dialogs.py" line="152"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dialogs.py" line="153"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dialogs.py" line="154"/>
        <source>Original text</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dialogs.py" line="155"/>
        <source>Lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dialogs.py" line="156"/>
        <source>Co-responsible units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dialogs.py" line="158"/>
        <source>Responsible leader</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dialogs.py" line="162"/>
        <source>Assigned on</source>
        <translation>交办日期</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dialogs.py" line="163"/>
        <source>Due</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dialogs.py" line="164"/>
        <source>Supervision No.</source>
        <translation>督办编号</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dialogs.py" line="184"/>
        <source>Automatic: {number}</source>
        <translation>不填则自动编号：{number}</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dialogs.py" line="204"/>
        <source>Create an item list first (New item list…).</source>
        <translation>请先新建一个事项清单（“新建事项清单…”），再新增督办事项。</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dialogs.py" line="213"/>
        <source>Item {number} assigned: {title}</source>
        <translation>已交办 {number}：{title}</translation>
    </message>
</context>
<context>
    <name>NewListDialog</name>
    <message>
        <location filename="../../ui/supervision_dialogs.py" line="58"/>
        <source>New item list</source>
        <translation>新建事项清单</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dialogs.py" line="60"/>
        <source>e.g. 2024 leaders&apos; instructions to supervise</source>
        <translation>如：2024年领导批示督办事项</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dialogs.py" line="62"/>
        <source>optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dialogs.py" line="64"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dialogs.py" line="65"/>
        <source>Document No.</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dialogs.py" line="82"/>
        <source>Item list created: {title}</source>
        <translation>已新建事项清单：{title}</translation>
    </message>
</context>
<context>
    <name>NoPlanPage</name>
    <message>
        <location filename="../../ui/empty_state.py" line="17"/>
        <source>No plan yet</source>
        <translation>还没有方案</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="23"/>
        <source>Open the sample plan</source>
        <translation>打开示例方案</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="24"/>
        <source>Import a plan…</source>
        <translation>导入方案…</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../ui/reminders/view.py" line="304"/>
        <source>Urge notices</source>
        <translation>督办通知单</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/view.py" line="311"/>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/view.py" line="317"/>
        <source>Units report by</source>
        <translation>要求报送日期</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/view.py" line="318"/>
        <source>Save in</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/view.py" line="327"/>
        <source>Save urge notices in</source>
        <translation>督办通知单保存到</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../ui/overview/view.py" line="102"/>
        <location filename="../../ui/overview/view.py" line="233"/>
        <source>All plans</source>
        <translation>全部方案</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="105"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="113"/>
        <source>Units that have not returned are listed in the tooltip.</source>
        <translation>鼠标停留可查看未报送的单位。</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="125"/>
        <source>Average progress by domain</source>
        <translation>各领域平均进度</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="126"/>
        <source>Average progress by lead unit</source>
        <translation>各牵头单位平均进度</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="127"/>
        <source>Next deadlines</source>
        <translation>近期到期</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="165"/>
        <source>The overview counts the measures and tasks of your plans by traffic light, domain and lead unit.
Import the plan your office received (.docx or .txt), or open the sample plan to look around first.</source>
        <translation>总览按红黄绿灯、领域和牵头单位统计各方案的措施和任务。
请导入收到的方案文件（.docx 或 .txt），或先打开示例方案看看。</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="218"/>
        <source>As of {day}: {total} measures and tasks, average progress {average}%</source>
        <translation>截至 {day}：共 {total} 项措施和任务，平均进度 {average}%</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="241"/>
        <source>{label}
{total} item(s): {closed} closed, {red} red, {yellow} yellow
Click to see them.</source>
        <translation>{label}
共 {total} 项：已办结 {closed} 项，红灯 {red} 项，黄灯 {yellow} 项
点击查看。</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="254"/>
        <source>No reporting round yet</source>
        <translation>尚未开展报送</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="258"/>
        <source>{period}: {returned} of {asked} returned ({rate}%)</source>
        <translation>{period}：应报 {asked} 家，已报 {returned} 家（{rate}%）</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="262"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="263"/>
        <source>Not returned yet: {units}</source>
        <translation>尚未报送：{units}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="268"/>
        <source>No open measure or task has a deadline ahead.</source>
        <translation>没有即将到期的未办结措施或任务。</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="271"/>
        <source>{due} (in {days} days)  {units}  {number} {title}</source>
        <translation>{due}（还有 {days} 天）  {units}  {number} {title}</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <location filename="../../ui/plan_actions.py" line="51"/>
        <source>Import plan</source>
        <translation>导入方案</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="53"/>
        <source>Plan documents (*.docx *.txt *.pdf *.ofd *.odt *.html *.htm);;All files (*)</source>
        <translation>方案文件 (*.docx *.txt *.pdf *.ofd *.odt *.html *.htm);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="79"/>
        <source>A plan is being read; wait for it to finish.</source>
        <translation>正在读入一份方案，请等它读完再导入。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="124"/>
        <source>Reading plan…</source>
        <translation>正在读取方案…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="165"/>
        <source>Plan already imported</source>
        <translation>方案已导入过</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="167"/>
        <source>“{title}” was already imported on {when} (plan No. {id}). A second copy would list every task and reminder twice.

Import it again anyway?</source>
        <translation>《{title}》已于 {when} 导入（方案编号 {id}）。再导入一份，每项任务和提醒都会出现两次。

仍要再导入一份吗？</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="180"/>
        <source>Plan imported: {name}</source>
        <translation>方案已导入：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="187"/>
        <source>Importing plan…</source>
        <translation>正在导入方案…</translation>
    </message>
</context>
<context>
    <name>PlanReviewDialog</name>
    <message>
        <location filename="../../ui/plan_review.py" line="80"/>
        <source>Review the plan before importing — {name}</source>
        <translation>导入前核对方案 — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="86"/>
        <source>No title found in the file: type the plan&apos;s title here</source>
        <translation>文件中没有找到方案标题，请在此填写</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="90"/>
        <source>e.g. 2024-07-10</source>
        <translation>如 2024-07-10</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="92"/>
        <source>Plan title</source>
        <translation>方案标题</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="95"/>
        <source>Issued on</source>
        <translation>印发日期</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="97"/>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="102"/>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="102"/>
        <location filename="../../ui/plan_review_display.py" line="140"/>
        <source>Lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="102"/>
        <location filename="../../ui/plan_review_display.py" line="141"/>
        <source>Co-responsible units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="102"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="109"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="109"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="109"/>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review_display.py" line="137"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review_display.py" line="138"/>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review_display.py" line="139"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review_display.py" line="142"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="115"/>
        <source>Measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="118"/>
        <source>Task table ({count})</source>
        <translation>任务清单（{count} 项）</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="121"/>
        <source>Leadership group ({count})</source>
        <translation>领导小组（{count} 人）</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="138"/>
        <source>Import into the ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="140"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="143"/>
        <source>Mark the measures by hand…</source>
        <translation>手动标记措施…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="194"/>
        <source>{measures} measures, {table} task-table rows, {roster} leadership-group members.</source>
        <translation>共识别 {measures} 项措施、任务清单 {table} 项、领导小组成员 {roster} 人。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="197"/>
        <source> {doubtful} measures are highlighted in yellow: check them first.</source>
        <translation>其中 {doubtful} 项措施已用黄色标出，请重点核对。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="201"/>
        <source> {count} unit names are not in the ledger yet: importing adds them.</source>
        <translation>有 {count} 个单位名称台账中还没有，导入时将新增。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="206"/>
        <source> {count} paragraphs of the text are in no measure (shaded in the text): check none is one.</source>
        <translation>原文中另有 {count} 段没有归入任何措施（原文中以底色标出），请确认其中没有漏掉的措施。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="261"/>
        <source>Filled {count} measures.</source>
        <translation>已填 {count} 条措施。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="278"/>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="332"/>
        <source>Discard your corrections?</source>
        <translation>放弃所做的修改？</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="332"/>
        <source>Keep correcting</source>
        <translation>留在本页继续修改</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="337"/>
        <source>The corrections you made on this screen will be discarded: marking by hand reads the measures again from the document&apos;s text.

Mark the measures by hand anyway?</source>
        <translation>本页所做的修改将被放弃：手动标记会从原文重新读取措施。

仍要手动标记措施吗？</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="340"/>
        <source>Discard and mark by hand</source>
        <translation>放弃修改并手动标记</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="346"/>
        <source>The corrections you made on this screen will be discarded and the plan is not imported.

Close the review anyway?</source>
        <translation>本页所做的修改将被放弃，方案也不会导入。

仍要关闭核对吗？</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="349"/>
        <source>Discard and close</source>
        <translation>放弃修改并关闭</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="368"/>
        <source>The plan has no title: type it in “Plan title” at the top.</source>
        <translation>方案没有标题：请在上方“方案标题”中填写。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="109"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <location filename="../../ui/checklist/tree.py" line="27"/>
        <source>Plans and sections</source>
        <translation>方案与章节</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../../ui/task_tabs.py" line="90"/>
        <location filename="../../ui/task_tabs.py" line="117"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="91"/>
        <location filename="../../ui/task_tabs.py" line="117"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="92"/>
        <source>Done (period / total)</source>
        <translation>完成（本期/累计）</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="93"/>
        <location filename="../../ui/task_tabs.py" line="125"/>
        <source>Situation</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="94"/>
        <location filename="../../ui/task_tabs.py" line="125"/>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="96"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="100"/>
        <source>Record progress</source>
        <translation>记录进展</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="107"/>
        <source>not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="114"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="118"/>
        <location filename="../../ui/task_tabs.py" line="186"/>
        <source>Done this period</source>
        <translation>本期完成数量</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="118"/>
        <location filename="../../ui/task_tabs.py" line="187"/>
        <source>Done in total</source>
        <translation>累计完成数量</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="164"/>
        <source>Void: %1</source>
        <translation>已作废：%1</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="166"/>
        <source>Correction of an earlier entry</source>
        <translation>更正了之前的一条记录</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="221"/>
        <source>Record anyway</source>
        <translation>仍然记录</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="95"/>
        <location filename="../../ui/task_tabs.py" line="126"/>
        <source>Next steps</source>
        <translation>下步计划</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="344"/>
        <location filename="../../ui/task_tabs.py" line="211"/>
        <source>record progress</source>
        <translation>记录进展</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="206"/>
        <source>Progress recorded.</source>
        <translation>进展已记录。</translation>
    </message>
</context>
<context>
    <name>RankingBox</name>
    <message>
        <location filename="../../ui/overview/ranking_box.py" line="36"/>
        <source>Unit ranking (考评)</source>
        <translation>考评排名</translation>
    </message>
    <message>
        <location filename="../../ui/overview/ranking_box.py" line="41"/>
        <source>This year</source>
        <translation>本年度</translation>
    </message>
    <message>
        <location filename="../../ui/overview/ranking_box.py" line="42"/>
        <source>Latest round</source>
        <translation>最近一轮报送</translation>
    </message>
    <message>
        <location filename="../../ui/overview/ranking_box.py" line="47"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../ui/overview/ranking_box.py" line="48"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/overview/ranking_box.py" line="49"/>
        <source>On-time returns</source>
        <translation>按时报送率</translation>
    </message>
    <message>
        <location filename="../../ui/overview/ranking_box.py" line="50"/>
        <source>Targets met</source>
        <translation>目标完成率</translation>
    </message>
    <message>
        <location filename="../../ui/overview/ranking_box.py" line="51"/>
        <source>Overdue</source>
        <translation>逾期任务</translation>
    </message>
    <message>
        <location filename="../../ui/overview/ranking_box.py" line="52"/>
        <source>Reported / closed</source>
        <translation>报完成 / 已销号</translation>
    </message>
    <message>
        <location filename="../../ui/overview/ranking_box.py" line="64"/>
        <source>Ordered by on-time return rate, then completion against targets, then fewer overdue tasks, then more tasks closed. — means nothing to rate.</source>
        <translation>依次按按时报送率、目标完成率（高者在前）、逾期任务数（少者在前）、已销号任务数（多者在前）排序；“—”表示无应报或无量化目标。</translation>
    </message>
    <message>
        <location filename="../../ui/overview/ranking_box.py" line="115"/>
        <source>No reporting round yet.</source>
        <translation>尚无报送轮次。</translation>
    </message>
    <message>
        <location filename="../../ui/overview/ranking_box.py" line="117"/>
        <source>{label}, as of {day}</source>
        <translation>{label}，截至 {day}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/ranking_box.py" line="130"/>
        <source>{unit}: {on_time} of {asked} returns on time, {late} late, {missing} missing; leads {tasks} task(s), {targets} quantitative target(s); {awaiting} reported done awaiting 销号</source>
        <translation>{unit}：应报 {asked} 次，按时 {on_time} 次，逾期报送 {late} 次，未报 {missing} 次；牵头任务 {tasks} 项，量化目标 {targets} 个；报完成待销号 {awaiting} 项</translation>
    </message>
</context>
<context>
    <name>ReminderView</name>
    <message numerus="yes">
        <location filename="../../ui/reminders/view.py" line="53"/>
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>%n 天内到期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reminders/view.py" line="55"/>
        <source>Hide handled</source>
        <translation>隐藏已处理</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/view.py" line="56"/>
        <location filename="../../ui/reminders/view.py" line="194"/>
        <source>Mark handled…</source>
        <translation>标记已处理…</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/view.py" line="57"/>
        <source>Urge notices (PDF)…</source>
        <translation>生成督办通知单（PDF）…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/view.py" line="144"/>
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/view.py" line="145"/>
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>还剩 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/view.py" line="147"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/view.py" line="148"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>还剩 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reminders/model.py" line="92"/>
        <source>Unit / task</source>
        <translation>单位 / 任务</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/model.py" line="93"/>
        <source>Why</source>
        <translation>提醒原因</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/model.py" line="94"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/model.py" line="95"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/model.py" line="96"/>
        <source>Light</source>
        <translation>灯色</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/model.py" line="97"/>
        <source>Liaison officer</source>
        <translation>联络员</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/model.py" line="98"/>
        <source>Handled</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/view.py" line="72"/>
        <source>Copy rows</source>
        <translation>复制行</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/model.py" line="78"/>
        <source>no liaison officer on file</source>
        <translation>未登记联络员</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/view.py" line="132"/>
        <source>%n task(s) need attention as of {day}.</source>
        <translation>
            <numerusform>截至 {day}，共有 %n 项任务需要关注。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reminders/view.py" line="137"/>
        <source>Nothing is overdue or due soon. Well done.</source>
        <translation>没有逾期或即将到期的任务。</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/view.py" line="192"/>
        <source>Open the task…</source>
        <translation>打开任务…</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/view.py" line="193"/>
        <source>Record progress…</source>
        <translation>记录进展…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/view.py" line="213"/>
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>已复制 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reminders/view.py" line="239"/>
        <source>Mark handled</source>
        <translation>标记已处理</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/view.py" line="239"/>
        <source>What was done (e.g. phoned the liaison officer):</source>
        <translation>处理情况（如：已电话联系联络员）：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/view.py" line="248"/>
        <source>%n reminder(s) marked handled.</source>
        <translation>
            <numerusform>已将 %n 条提醒标记为已处理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/view.py" line="289"/>
        <source>%n urge notice(s) written to {folder}</source>
        <translation>
            <numerusform>已生成 %n 份督办通知单，保存在 {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reminders/view.py" line="295"/>
        <source>Writing urge notices…</source>
        <translation>正在生成督办通知单…</translation>
    </message>
</context>
<context>
    <name>RosterActions</name>
    <message>
        <location filename="../../ui/units/roster_actions.py" line="35"/>
        <location filename="../../ui/units/roster_actions.py" line="71"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/units/roster_actions.py" line="37"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/units/roster_actions.py" line="40"/>
        <source>Save roster</source>
        <translation>保存通讯录</translation>
    </message>
    <message>
        <location filename="../../ui/units/roster_actions.py" line="56"/>
        <source>Roster saved to {path}</source>
        <translation>通讯录已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../ui/units/roster_actions.py" line="60"/>
        <source>Writing the roster…</source>
        <translation>正在生成通讯录…</translation>
    </message>
    <message>
        <location filename="../../ui/units/roster_actions.py" line="69"/>
        <source>Import roster</source>
        <translation>导入通讯录</translation>
    </message>
    <message>
        <location filename="../../ui/units/roster_actions.py" line="93"/>
        <source>Roster imported from {file}.</source>
        <translation>已从 {file} 导入通讯录。</translation>
    </message>
</context>
<context>
    <name>RosterPreviewDialog</name>
    <message>
        <location filename="../../ui/units/dialogs.py" line="140"/>
        <source>Import roster: {file}</source>
        <translation>导入通讯录：{file}</translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="143"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="144"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="145"/>
        <source>No change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="146"/>
        <location filename="../../ui/units/dialogs.py" line="172"/>
        <source>Problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="148"/>
        <source>{add} new, {update} updated, {same} unchanged, {problems} with problems.</source>
        <translation>新增 {add} 人，更新 {update} 人，无变化 {same} 人，有问题 {problems} 人。</translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="155"/>
        <source>New units will be registered: {units}</source>
        <translation>将登记以下新单位：{units}</translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="159"/>
        <source>Nothing can be imported until every problem is fixed in the workbook.</source>
        <translation>请先在工作簿中改正所有问题，然后才能导入。</translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="165"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="166"/>
        <source>Action</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="167"/>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="168"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="169"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="170"/>
        <source>Office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="171"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="198"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>RoundStatusModel</name>
    <message>
        <location filename="../../ui/rounds/status_model.py" line="16"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/status_model.py" line="17"/>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/status_model.py" line="18"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/status_model.py" line="19"/>
        <source>Returned at</source>
        <translation>报送时间</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/status_model.py" line="20"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/status_model.py" line="21"/>
        <source>Liaison officer</source>
        <translation>联络员</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/status_model.py" line="22"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/status_model.py" line="23"/>
        <source>Chased on</source>
        <translation>催报日期</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/status_model.py" line="26"/>
        <source>Returned</source>
        <translation>已报送</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/status_model.py" line="27"/>
        <source>Late</source>
        <translation>逾期未报</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/status_model.py" line="28"/>
        <source>Waiting</source>
        <translation>待报送</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/status_model.py" line="30"/>
        <source>none on file</source>
        <translation>未登记</translation>
    </message>
</context>
<context>
    <name>RoundsView</name>
    <message>
        <location filename="../../ui/rounds/view.py" line="73"/>
        <source>Import returns…</source>
        <translation>导入报送表…</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/view.py" line="71"/>
        <source>New round…</source>
        <translation>新建轮次…</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/view.py" line="72"/>
        <source>Make the units&apos; templates for a new reporting round</source>
        <translation>为新一期报送生成各单位的报送表</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/view.py" line="74"/>
        <source>Chase late units (PDF)…</source>
        <translation>催报通知（PDF）…</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/view.py" line="75"/>
        <source>A chase notice listing the units whose returns are late</source>
        <translation>生成催报通知，列出逾期未报送的单位</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/view.py" line="76"/>
        <source>Undo last import…</source>
        <translation>撤销最近一次导入…</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/view.py" line="85"/>
        <source>Select a unit to see its returns.</source>
        <translation>选择一个单位，查看它的历次报送。</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/view.py" line="90"/>
        <source>Period</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/view.py" line="91"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/view.py" line="92"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/view.py" line="93"/>
        <source>Received</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/view.py" line="94"/>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/view.py" line="95"/>
        <source>Warnings</source>
        <translation>警告数</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/view.py" line="99"/>
        <source>Round:</source>
        <translation>报送轮次：</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/view.py" line="169"/>
        <source>No reporting round yet: make the templates of a round to start one.</source>
        <translation>还没有报送轮次：生成一期报送表即开始一个轮次。</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/view.py" line="173"/>
        <source>%1 of %2 units returned; %3 late.</source>
        <translation>%2 个单位中已报送 %1 个，逾期未报 %3 个。</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/view.py" line="194"/>
        <source>Returns of %1:</source>
        <translation>%1 的历次报送：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rounds/view.py" line="222"/>
        <source>%n template(s) written to %1</source>
        <translation>
            <numerusform>已生成 %n 份报送表，保存在 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rounds/view.py" line="230"/>
        <source>Writing templates…</source>
        <translation>正在生成报送表…</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/view.py" line="247"/>
        <source>Save chase notice</source>
        <translation>保存催报通知</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/view.py" line="249"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rounds/view.py" line="259"/>
        <source>Chase notice for %n unit(s) saved: %1</source>
        <translation>
            <numerusform>已保存 %n 个单位的催报通知：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rounds/view.py" line="269"/>
        <location filename="../../ui/rounds/view.py" line="277"/>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/view.py" line="269"/>
        <source>There is no import to undo.</source>
        <translation>没有可以撤销的导入。</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/view.py" line="271"/>
        <source>Undo the import of %1 (%2)? The tasks get back the figures they had before it.</source>
        <translation>撤销导入的 %1（%2）？各项任务将恢复为导入前的数据。</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/view.py" line="282"/>
        <source>Import undone: %1</source>
        <translation>已撤销导入：%1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="27"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="30"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="35"/>
        <source> points</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="38"/>
        <source>empty: the database in the data folder</source>
        <translation>留空：使用数据文件夹中的数据库</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="44"/>
        <source>Another SQLite file: sqlite:///D:/duban/ledger.sqlite3
An office server: postgresql+psycopg://user:password@server/duban</source>
        <translation>其他 SQLite 文件：sqlite:///D:/督办/ledger.sqlite3
单位服务器：postgresql+psycopg://用户名:密码@服务器/duban</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="53"/>
        <source>empty: this PC&apos;s data folder (a SQLite file keeps its own)</source>
        <translation>留空：本机的数据文件夹（SQLite 数据库的附件总在它旁边）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="57"/>
        <source>For a database on an office server: a folder every PC reaches, e.g. \\server\duban\attachments. A SQLite database keeps its attachments in the attachments folder beside it.</source>
        <translation>用于办公室服务器上的数据库：每台电脑都能访问的文件夹，例如 \\server\duban\attachments。SQLite 数据库的附件保存在数据库文件旁边的 attachments 文件夹中。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="65"/>
        <source>Sum of the lead units&apos; figures</source>
        <translation>各牵头单位的完成数相加</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="66"/>
        <source>The first lead unit&apos;s figure</source>
        <translation>以第一牵头单位报送的数为准</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="69"/>
        <source>A task several units lead keeps each unit&apos;s report; its progress is the lagging unit&apos;s. This decides its done figure.</source>
        <translation>多个单位共同牵头的任务保留每个单位的报送；任务进度按落后的一家显示。此项决定任务的完成数。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="75"/>
        <source>Count working days (weekends and official holidays off)</source>
        <translation>按工作日计算（扣除周末和法定节假日）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="86"/>
        <source>Yellow when due within</source>
        <translation>距期限不足以下天数时亮黄灯</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="87"/>
        <source>Yellow when behind the expected pace by more than</source>
        <translation>落后序时进度超过以下值时亮黄灯</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="88"/>
        <source>Red when behind the expected pace by more than</source>
        <translation>落后序时进度超过以下值时亮红灯</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="89"/>
        <source>Reminders</source>
        <translation>到期提醒</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="90"/>
        <source>Done figure of a task several units lead</source>
        <translation>共同牵头任务的完成数</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="91"/>
        <source>Office name on documents</source>
        <translation>文件落款单位</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="92"/>
        <source>Language (after restart)</source>
        <translation>界面语言（重启后生效）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="93"/>
        <source>Database (after restart)</source>
        <translation>数据库（重启后生效）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="95"/>
        <source>Shared attachments folder (server database)</source>
        <translation>共享附件文件夹（服务器数据库）</translation>
    </message>
</context>
<context>
    <name>SupervisionTab</name>
    <message>
        <location filename="../../ui/supervision_tab.py" line="45"/>
        <source>Given when the item is assigned, e.g. 督〔2024〕12号</source>
        <translation>交办时自动编号，如 督〔2024〕12号</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_tab.py" line="53"/>
        <source>Assigned (a supervision item)</source>
        <translation>已交办（督办事项）</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_tab.py" line="59"/>
        <source>Save supervision details</source>
        <translation>保存督办信息</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_tab.py" line="62"/>
        <source>Supervision No.</source>
        <translation>督办编号</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_tab.py" line="63"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_tab.py" line="64"/>
        <source>Responsible leader</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_tab.py" line="65"/>
        <source>Assigned on</source>
        <translation>交办日期</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_tab.py" line="72"/>
        <source>Mark signed</source>
        <translation>登记签收</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_tab.py" line="75"/>
        <source>Signed on</source>
        <translation>签收日期</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_tab.py" line="77"/>
        <source>by</source>
        <translation>签收单位</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_tab.py" line="80"/>
        <source>Assigned → signed → reported → closed</source>
        <translation>交办 → 签收 → 反馈 → 办结</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_tab.py" line="86"/>
        <source>A report is recorded on the Progress tab (or by the unit&apos;s return, which also marks it signed); the item is closed with Close task in the checklist.</source>
        <translation>反馈在“进展”页登记（单位报回报送表时也会登记，并同时签收）；办结用任务清单中的“销号办结”。</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_tab.py" line="119"/>
        <source>not a supervision item</source>
        <translation>不是督办事项</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_tab.py" line="123"/>
        <source>Now: {state}. Assigned {assigned}; signed {signed}; last report {reported}; closed {closed}.</source>
        <translation>当前：{state}。交办 {assigned}；签收 {signed}；最近反馈 {reported}；办结 {closed}。</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_tab.py" line="151"/>
        <source>edit supervision details</source>
        <translation>修改督办信息</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_tab.py" line="160"/>
        <source>mark signed</source>
        <translation>登记签收</translation>
    </message>
</context>
<context>
    <name>TablePicker</name>
    <message>
        <location filename="../../ui/plan_table_picking.py" line="37"/>
        <source>Not used</source>
        <translation>不使用</translation>
    </message>
    <message>
        <location filename="../../ui/plan_table_picking.py" line="38"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/plan_table_picking.py" line="39"/>
        <source>Lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../ui/plan_table_picking.py" line="40"/>
        <source>Co-operating units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <location filename="../../ui/plan_table_picking.py" line="41"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../ui/plan_table_picking.py" line="42"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/plan_table_picking.py" line="46"/>
        <source>Choose the table that lists the tasks, then say above each column what it holds. Each row below the header becomes a task; columns left unused stay in its text.</source>
        <translation>选择列有任务的表格，再在每一列上方选择这一列写的是什么。表头以下每一行读作一项任务；未使用的列保留在任务内容中。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_table_picking.py" line="55"/>
        <source>Table {n}: {rows} rows × {columns} columns — {first}</source>
        <translation>表格 {n}：{rows} 行 × {columns} 列 — {first}</translation>
    </message>
    <message>
        <location filename="../../ui/plan_table_picking.py" line="59"/>
        <source>The first row is the header</source>
        <translation>第一行是表头</translation>
    </message>
</context>
<context>
    <name>TaskEditorDialog</name>
    <message>
        <location filename="../../ui/task_editor.py" line="61"/>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="61"/>
        <source>Edit task</source>
        <translation>编辑任务</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="63"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="127"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="127"/>
        <location filename="../../ui/task_editor.py" line="272"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="127"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="127"/>
        <location filename="../../ui/task_editor.py" line="274"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="134"/>
        <source>To add a target, fill in the empty last row (marked +).</source>
        <translation>在末行（标“+”的空行）填写即可新增目标。</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="138"/>
        <source>Targets</source>
        <translation>目标指标</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="148"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="151"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="152"/>
        <source>Change history</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="96"/>
        <source>No fixed due date</source>
        <translation>无明确期限</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="106"/>
        <source>Separate several units with 、</source>
        <translation>多个单位用“、”分隔</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="108"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="109"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="110"/>
        <source>Full text</source>
        <translation>全文</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="111"/>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="112"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="113"/>
        <source>Lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="114"/>
        <source>Co-responsible units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="149"/>
        <source>Milestones</source>
        <translation>阶段目标</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="150"/>
        <source>Supervision</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="283"/>
        <source>Progress not recorded</source>
        <translation>进展尚未记录</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="284"/>
        <source>The Progress tab holds a report you have not recorded. Record it with this save?</source>
        <translation>“进度”页有一条填写了但尚未记录的进展。要在保存时一并记录吗？</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="286"/>
        <source>Record and save</source>
        <translation>记录并保存</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="287"/>
        <source>Discard this progress</source>
        <translation>放弃这条进展</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="288"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/form_input.py" line="48"/>
        <source>Check the figures</source>
        <translation>请核实数字</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="310"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../../ui/form_input.py" line="47"/>
        <source>Go back and correct</source>
        <translation>返回修改</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="341"/>
        <source>edit task</source>
        <translation>修改任务</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="352"/>
        <source>Saved: {title}</source>
        <translation>已保存：{title}</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="369"/>
        <source>The progress report you typed has not been recorded.</source>
        <translation>填写的进展尚未记录。</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="371"/>
        <source>Your changes to this task have not been saved.</source>
        <translation>对这个任务的修改尚未保存。</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="375"/>
        <source>Discard unsaved input?</source>
        <translation>放弃未保存的内容？</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="378"/>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="379"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="348"/>
        <source>Task created (No. {id})</source>
        <translation>任务已新建（编号 {id}）</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../ui/rounds/templates_dialog.py" line="52"/>
        <source>Templates for a reporting round</source>
        <translation>生成报送表</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/templates_dialog.py" line="59"/>
        <source>There is no plan yet: import a plan first (File ▸ Import plan…), then make its templates.</source>
        <translation>还没有方案：请先导入方案（文件 ▸ 导入方案…），再生成报送表。</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/templates_dialog.py" line="67"/>
        <source>For example 2024年第3季度, 2024年10月, 2024年上半年 or 2024年度</source>
        <translation>例如 2024年第3季度、2024年10月、2024年上半年 或 2024年度</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/templates_dialog.py" line="75"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/templates_dialog.py" line="84"/>
        <source>Plan:</source>
        <translation>方案：</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/templates_dialog.py" line="85"/>
        <source>Period:</source>
        <translation>报送期次：</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/templates_dialog.py" line="87"/>
        <source>Returns due:</source>
        <translation>报送截止：</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/templates_dialog.py" line="88"/>
        <source>Save to folder:</source>
        <translation>保存到文件夹：</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/templates_dialog.py" line="92"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/templates_dialog.py" line="94"/>
        <source>Make the templates</source>
        <translation>生成报送表</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/templates_dialog.py" line="139"/>
        <source>Save templates to</source>
        <translation>报送表保存到</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/templates_dialog.py" line="149"/>
        <source>Choose a folder for the templates.</source>
        <translation>请选择保存报送表的文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/templates_dialog.py" line="155"/>
        <source>Cannot make the folder {folder}: {reason}. Choose another one.</source>
        <translation>无法创建文件夹 {folder}：{reason}。请另选一个文件夹。</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../../ui/tray.py" line="98"/>
        <source>Duban Ledger</source>
        <translation>督办台账</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="100"/>
        <source>Show window</source>
        <translation>显示窗口</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tray.py" line="147"/>
        <source>%n task(s) turned yellow or red, e.g. {title}</source>
        <translation>
            <numerusform>%n 项任务变为黄灯或红灯，如：{title}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="150"/>
        <source>Tasks need attention</source>
        <translation>有任务需要关注</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../ui/units/dialogs.py" line="105"/>
        <source>Edit unit {name}</source>
        <translation>编辑单位：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="111"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="118"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="119"/>
        <source>Parent unit</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="120"/>
        <source>Aliases (one per line)</source>
        <translation>别名（每行一个）</translation>
    </message>
</context>
<context>
    <name>UnitListModel</name>
    <message>
        <location filename="../../ui/units/model.py" line="13"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/units/model.py" line="14"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/units/model.py" line="15"/>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <location filename="../../ui/units/model.py" line="16"/>
        <source>Person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/units/model.py" line="17"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/units/model.py" line="18"/>
        <source>Tasks (lead / co)</source>
        <translation>任务（牵头/配合）</translation>
    </message>
    <message>
        <location filename="../../ui/units/model.py" line="21"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/units/model.py" line="22"/>
        <source>Town / street</source>
        <translation>镇街</translation>
    </message>
    <message>
        <location filename="../../ui/units/model.py" line="23"/>
        <source>Group word</source>
        <translation>统称</translation>
    </message>
</context>
<context>
    <name>UnitPageWidget</name>
    <message>
        <location filename="../../ui/units/page.py" line="62"/>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="63"/>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="64"/>
        <source>Kind, parent, aliases…</source>
        <translation>类别、上级、别名…</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="65"/>
        <source>Add contact…</source>
        <translation>添加联系人…</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="66"/>
        <source>Edit contact…</source>
        <translation>编辑联系人…</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="67"/>
        <source>Remove contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="68"/>
        <source>Make primary liaison</source>
        <translation>设为主要联络员</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="87"/>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="88"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="89"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="90"/>
        <source>Office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="91"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="92"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="102"/>
        <source>Light</source>
        <translation>灯色</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="103"/>
        <source>Part</source>
        <translation>分工</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="104"/>
        <location filename="../../ui/units/page.py" line="114"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="105"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="106"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="107"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="113"/>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="115"/>
        <source>Period</source>
        <translation>报送期次</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="116"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="117"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="118"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="121"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="121"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="121"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="121"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="122"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="123"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="124"/>
        <source>Returns</source>
        <translation>报送记录</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="125"/>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="137"/>
        <source>Choose a unit on the left to see its people, tasks and returns.</source>
        <translation>在左侧选择一个单位，查看其联系人、任务和报送记录。</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="145"/>
        <source>Under: {parent}</source>
        <translation>上级：{parent}</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="147"/>
        <source>Also written as: {aliases}</source>
        <translation>也写作：{aliases}</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="149"/>
        <source>Leads {lead} and co-owns {co} tasks in all plans.</source>
        <translation>在全部方案中牵头 {lead} 项、配合 {co} 项任务。</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="159"/>
        <source>Lead</source>
        <translation>牵头</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="159"/>
        <source>Co</source>
        <translation>配合</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/units/page.py" line="199"/>
        <source>Tasks (%n)</source>
        <translation>
            <numerusform>任务（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/units/page.py" line="200"/>
        <source>Returns (%n)</source>
        <translation>
            <numerusform>报送记录（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="206"/>
        <source> (primary)</source>
        <translation>（主要）</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="211"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="212"/>
        <source>Edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="213"/>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="214"/>
        <source>Renamed</source>
        <translation>改名</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="215"/>
        <source>Merged another unit in</source>
        <translation>并入其他单位</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="216"/>
        <source>Alias added</source>
        <translation>新增别名</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="217"/>
        <source>Alias removed</source>
        <translation>删除别名</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="219"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/units/page.py" line="219"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>UnitsView</name>
    <message>
        <location filename="../../ui/units/view.py" line="54"/>
        <source>Search unit, alias, person or phone; pinyin initials work too (fgw → 区发改委) (Ctrl+F)</source>
        <translation>搜索单位、别名、人员或电话；也可输入拼音首字母（fgw → 区发改委）（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/units/view.py" line="57"/>
        <source>New unit…</source>
        <translation>新增单位…</translation>
    </message>
    <message>
        <location filename="../../ui/units/view.py" line="58"/>
        <source>Import roster…</source>
        <translation>导入通讯录…</translation>
    </message>
    <message>
        <location filename="../../ui/units/view.py" line="59"/>
        <source>Roster to Excel…</source>
        <translation>导出通讯录（Excel）…</translation>
    </message>
    <message>
        <location filename="../../ui/units/view.py" line="60"/>
        <source>Print roster (PDF)…</source>
        <translation>打印通讯录（PDF）…</translation>
    </message>
    <message>
        <location filename="../../ui/units/view.py" line="140"/>
        <source>These units look like one (names differ only by 区, spaces or abbreviation, or a bureau renamed in the reform): {pairs}. Open one and use “Merge into…” if they are the same; otherwise keep both.</source>
        <translation>以下单位可能是同一个（名称只差“区”字、空格或简称，或为机构改革后更名的部门）：{pairs}。如确为同一单位，请打开其中一个并使用“合并到…”；否则保留两个。</translation>
    </message>
    <message>
        <location filename="../../ui/units/view.py" line="215"/>
        <source>New unit</source>
        <translation>新增单位</translation>
    </message>
    <message>
        <location filename="../../ui/units/view.py" line="215"/>
        <source>Unit name as documents write it:</source>
        <translation>单位名称（按文件中的写法）：</translation>
    </message>
    <message>
        <location filename="../../ui/units/view.py" line="227"/>
        <source>Same unit?</source>
        <translation>是同一个单位吗？</translation>
    </message>
    <message>
        <location filename="../../ui/units/view.py" line="230"/>
        <source>Add as alias of {unit}</source>
        <translation>作为“{unit}”的别名</translation>
    </message>
    <message>
        <location filename="../../ui/units/view.py" line="231"/>
        <source>Create anyway</source>
        <translation>仍然新建</translation>
    </message>
    <message>
        <location filename="../../ui/units/view.py" line="238"/>
        <source>“{alias}” added as an alias of {unit}.</source>
        <translation>已将“{alias}”添加为“{unit}”的别名。</translation>
    </message>
    <message>
        <location filename="../../ui/units/view.py" line="247"/>
        <source>Unit {name} added.</source>
        <translation>已新增单位：{name}。</translation>
    </message>
    <message>
        <location filename="../../ui/units/view.py" line="267"/>
        <source>Rename unit</source>
        <translation>单位改名</translation>
    </message>
    <message>
        <location filename="../../ui/units/view.py" line="267"/>
        <source>New name (the old one stays as an alias):</source>
        <translation>新名称（原名称保留为别名）：</translation>
    </message>
    <message>
        <location filename="../../ui/units/view.py" line="273"/>
        <source>{old} renamed to {new}.</source>
        <translation>“{old}”已改名为“{new}”。</translation>
    </message>
    <message>
        <location filename="../../ui/units/view.py" line="288"/>
        <location filename="../../ui/units/view.py" line="301"/>
        <source>Merge unit</source>
        <translation>合并单位</translation>
    </message>
    <message>
        <location filename="../../ui/units/view.py" line="289"/>
        <source>Merge {unit} into:</source>
        <translation>把“{unit}”合并到：</translation>
    </message>
    <message>
        <location filename="../../ui/units/view.py" line="302"/>
        <source>Move every task, contact and return of {source} to {target}, and keep “{source}” as an alias of {target}?</source>
        <translation>把“{source}”的全部任务、联系人和报送记录移到“{target}”，并把“{source}”保留为“{target}”的别名？</translation>
    </message>
    <message>
        <location filename="../../ui/units/view.py" line="309"/>
        <source>{source} merged into {target}.</source>
        <translation>“{source}”已合并到“{target}”。</translation>
    </message>
    <message>
        <location filename="../../ui/units/view.py" line="338"/>
        <source>Unit {name} saved.</source>
        <translation>单位“{name}”已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/units/contact_actions.py" line="67"/>
        <source>Same person?</source>
        <translation>是同一个人吗？</translation>
    </message>
    <message>
        <location filename="../../ui/units/contact_actions.py" line="77"/>
        <source>{name} saved.</source>
        <translation>{name} 已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/units/contact_actions.py" line="91"/>
        <source>Remove contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <location filename="../../ui/units/contact_actions.py" line="92"/>
        <source>Remove {name} from the roster?</source>
        <translation>从通讯录中删除 {name}？</translation>
    </message>
    <message>
        <location filename="../../ui/units/contact_actions.py" line="100"/>
        <source>{name} removed from the roster.</source>
        <translation>已从通讯录中删除 {name}。</translation>
    </message>
    <message>
        <location filename="../../ui/units/contact_actions.py" line="111"/>
        <source>{name} is now the primary liaison officer.</source>
        <translation>{name} 已设为主要联络员。</translation>
    </message>
</context>
<context>
    <name>WordDocuments</name>
    <message>
        <location filename="../../ui/exports/word_documents.py" line="40"/>
        <source>Word documents from the office&apos;s templates</source>
        <translation>按本办模板生成 Word 文书</translation>
    </message>
    <message>
        <location filename="../../ui/exports/word_documents.py" line="48"/>
        <source>文号 or 期号, e.g. 督〔2024〕12号 (blank: filled in by hand)</source>
        <translation>文号或期号，如 督〔2024〕12号（可留空）</translation>
    </message>
    <message>
        <location filename="../../ui/exports/word_documents.py" line="51"/>
        <source>抄送, e.g. 区委办，区政府办</source>
        <translation>抄送单位，如 区委办，区政府办</translation>
    </message>
    <message>
        <location filename="../../ui/exports/word_documents.py" line="52"/>
        <source>Urge notices (督办通知单)…</source>
        <translation>督办通知单（Word）…</translation>
    </message>
    <message>
        <location filename="../../ui/exports/word_documents.py" line="54"/>
        <source>One Word notice with its receipt for each unit with lagging tasks</source>
        <translation>为每个有滞后任务的单位生成一份带回执的督办通知单</translation>
    </message>
    <message>
        <location filename="../../ui/exports/word_documents.py" line="56"/>
        <source>Bulletin with ranking (通报)…</source>
        <translation>进展情况通报（含考评）…</translation>
    </message>
    <message>
        <location filename="../../ui/exports/word_documents.py" line="57"/>
        <source>Open template folder</source>
        <translation>打开模板文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/exports/word_documents.py" line="58"/>
        <source>Restore default templates…</source>
        <translation>恢复默认模板…</translation>
    </message>
    <message>
        <location filename="../../ui/exports/word_documents.py" line="61"/>
        <source>Report by</source>
        <translation>报送期限</translation>
    </message>
    <message>
        <location filename="../../ui/exports/word_documents.py" line="62"/>
        <source>Number</source>
        <translation>文号/期号</translation>
    </message>
    <message>
        <location filename="../../ui/exports/word_documents.py" line="63"/>
        <source>CC</source>
        <translation>抄送</translation>
    </message>
    <message>
        <location filename="../../ui/exports/word_documents.py" line="75"/>
        <source>Edit the templates in WPS or Word: keep the {{…}} placeholders; the table row holding {{任务.…}} or {{考评.…}} is repeated for each task or unit.</source>
        <translation>可在 WPS 或 Word 中修改模板：保留 {{…}} 占位符；含 {{任务.…}} 或 {{考评.…}} 的表格行会按每项任务或每个单位重复。</translation>
    </message>
    <message>
        <location filename="../../ui/exports/word_documents.py" line="108"/>
        <source>Folder for the urge notices</source>
        <translation>督办通知单保存到</translation>
    </message>
    <message>
        <location filename="../../ui/exports/word_documents.py" line="143"/>
        <source>No unit has lagging tasks: no urge notice written.</source>
        <translation>没有单位有滞后任务，未生成督办通知单。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exports/word_documents.py" line="145"/>
        <source>%n urge notice(s) written to %1</source>
        <translation>
            <numerusform>已生成 %n 份督办通知单：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exports/word_documents.py" line="162"/>
        <source>Save the bulletin as</source>
        <translation>通报另存为</translation>
    </message>
    <message>
        <location filename="../../ui/exports/word_documents.py" line="162"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/exports/word_documents.py" line="184"/>
        <source>Bulletin written: {path}</source>
        <translation>已生成通报：{path}</translation>
    </message>
    <message>
        <location filename="../../ui/exports/word_documents.py" line="204"/>
        <source>Replace the office&apos;s templates by the shipped ones? The office&apos;s copies are kept in the 旧模板 folder beside them.</source>
        <translation>用默认模板替换本办的模板吗？本办修改过的模板会保留在同一位置的“旧模板”文件夹中。</translation>
    </message>
    <message>
        <location filename="../../ui/exports/word_documents.py" line="207"/>
        <source>Restore default templates</source>
        <translation>恢复默认模板</translation>
    </message>
    <message>
        <location filename="../../ui/exports/word_documents.py" line="217"/>
        <source>Default templates restored in {folder}</source>
        <translation>已恢复默认模板：{folder}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="94"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="102"/>
        <source>Restore this copy</source>
        <translation>恢复这个副本</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="105"/>
        <source>Choose another database…</source>
        <translation>选择其他数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="107"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="120"/>
        <source>Choose or create a database</source>
        <translation>选择或新建数据库</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="122"/>
        <source>Ledger database (*.sqlite3);;All files (*)</source>
        <translation>台账数据库 (*.sqlite3);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="32"/>
        <source>Cannot do that</source>
        <translation>无法完成操作</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="47"/>
        <source>(no log file)</source>
        <translation>（无日志文件）</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="50"/>
        <source>Unexpected error</source>
        <translation>程序出错</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="51"/>
        <source>The program hit an unexpected problem; your ledger data was not changed by it.

Please send the log file to your support contact:
{log}</source>
        <translation>程序遇到意外问题，台账数据未因此改动。

请把日志文件发给技术支持人员：
{log}</translation>
    </message>
</context>
<context>
    <name>lights</name>
    <message>
        <location filename="../../ui/lights.py" line="26"/>
        <source>Red</source>
        <translation>红灯</translation>
    </message>
    <message>
        <location filename="../../ui/lights.py" line="27"/>
        <source>Yellow</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <location filename="../../ui/lights.py" line="28"/>
        <source>Green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <location filename="../../ui/lights.py" line="29"/>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <location filename="../../ui/reminders/model.py" line="31"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/model.py" line="32"/>
        <source>Due this week</source>
        <translation>本周到期</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/model.py" line="33"/>
        <source>Due soon</source>
        <translation>近期到期</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/model.py" line="34"/>
        <source>Behind pace</source>
        <translation>进度滞后</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/model.py" line="35"/>
        <source>Awaiting sign-off</source>
        <translation>待销号</translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <location filename="../../ui/views.py" line="25"/>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="26"/>
        <source>Task checklist</source>
        <translation>任务清单</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="27"/>
        <source>Reminders</source>
        <translation>到期提醒</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="29"/>
        <source>Deadline calendar</source>
        <translation>期限日历</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="31"/>
        <source>Reporting rounds</source>
        <translation>报送轮次</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="32"/>
        <source>Units and contacts</source>
        <translation>单位与联系人</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="33"/>
        <source>Exports</source>
        <translation>导出与打印</translation>
    </message>
</context>
</TS>
