<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../ui/task_tabs.py" line="153"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="154"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="155"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/task_tabs.py" line="188"/>
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>已添加 %n 个附件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="192"/>
        <source>Attach evidence files</source>
        <translation>添加佐证材料</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message numerus="yes">
        <location filename="../../ui/reminders/calendar.py" line="116"/>
        <source>Due on {day}: %n task(s)</source>
        <translation>
            <numerusform>{day} 到期：%n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../ui/checklist/view.py" line="100"/>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="101"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="102"/>
        <source>Record progress…</source>
        <translation>记录进展…</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="103"/>
        <source>Close task</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="104"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="105"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="123"/>
        <source>No plan yet</source>
        <translation>还没有方案</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="128"/>
        <source>Import the plan your office received (.docx or .txt) and the ledger fills itself:
measures, lead and co-responsible units, targets and deadlines.
Or open the sample plan to look around first.</source>
        <translation>导入收到的行动方案（.docx 或 .txt），台账自动生成：
各项措施、牵头单位和责任单位、目标指标和完成时限。
也可以先打开示例方案看看。</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="137"/>
        <source>Open the sample plan</source>
        <translation>打开示例方案</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="138"/>
        <source>Import a plan…</source>
        <translation>导入方案…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checklist/view.py" line="204"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>共 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="282"/>
        <source>close task</source>
        <translation>办结任务</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="283"/>
        <source>Closed: {title}</source>
        <translation>已办结：{title}</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="292"/>
        <source>reopen task</source>
        <translation>重新打开任务</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="293"/>
        <source>Reopened: {title}</source>
        <translation>已重新打开：{title}</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="302"/>
        <source>Delete task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="303"/>
        <source>Delete “{title}” with its progress history?
You can undo this with Ctrl+Z.</source>
        <translation>删除“{title}”及其进展记录？
删除后可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="313"/>
        <source>delete task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="314"/>
        <source>Deleted: {title} (Ctrl+Z to undo)</source>
        <translation>已删除：{title}（按 Ctrl+Z 撤销）</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/checklist/filters.py" line="21"/>
        <source>Search tasks, units, numbers… (Ctrl+F)</source>
        <translation>搜索任务、单位、序号…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="26"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="27"/>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="28"/>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="30"/>
        <source>All lights</source>
        <translation>全部灯色</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="31"/>
        <source>Red and yellow</source>
        <translation>红灯和黄灯</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="32"/>
        <source>Red</source>
        <translation>红灯</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="33"/>
        <source>Yellow</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="34"/>
        <source>Green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="36"/>
        <source>Any due date</source>
        <translation>全部期限</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="37"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="38"/>
        <source>Due within 7 days</source>
        <translation>7 天内到期</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="39"/>
        <source>Due within 30 days</source>
        <translation>30 天内到期</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="44"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="45"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="46"/>
        <source>Light</source>
        <translation>灯色</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="47"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/filters.py" line="72"/>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ui/task_tabs.py" line="237"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="237"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="237"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="237"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <location filename="../../ui/checklist/model.py" line="49"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/model.py" line="51"/>
        <source>Section / domain</source>
        <translation>章节/领域</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/model.py" line="55"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/model.py" line="57"/>
        <source>Lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/model.py" line="62"/>
        <source>Co-responsible units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/model.py" line="66"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/model.py" line="67"/>
        <source>Targets and done</source>
        <translation>目标与完成</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/model.py" line="69"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/model.py" line="74"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="36"/>
        <source>Duban Ledger — action plan follow-up</source>
        <translation>督办台账 — 行动方案任务督办</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>Database: {where}</source>
        <translation>数据库：{where}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <source>&amp;Import plan…</source>
        <translation>导入方案(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>Open the &amp;sample plan</source>
        <translation>打开示例方案(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>Open the &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>&amp;Undo {what}</source>
        <translation>撤销{what}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>Undone: {what}</source>
        <translation>已撤销：{what}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>About</source>
        <translation>关于督办台账</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>Duban Ledger {version}
An offline ledger for a leadership-group office.</source>
        <translation>督办台账 {version}
供领导小组办公室离线使用的任务督办台账。</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../ui/reminders/view.py" line="239"/>
        <source>Urge notices</source>
        <translation>督办通知单</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/view.py" line="246"/>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/view.py" line="252"/>
        <source>Units report by</source>
        <translation>要求报送日期</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/view.py" line="253"/>
        <source>Save in</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/view.py" line="262"/>
        <source>Save urge notices in</source>
        <translation>督办通知单保存到</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <location filename="../../ui/plan_actions.py" line="35"/>
        <source>Import plan</source>
        <translation>导入方案</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="37"/>
        <source>Plan documents (*.docx *.txt);;All files (*)</source>
        <translation>方案文件 (*.docx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="67"/>
        <source>Reading plan…</source>
        <translation>正在读取方案…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="79"/>
        <source>Plan imported: {name}</source>
        <translation>方案已导入：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="88"/>
        <source>Importing plan…</source>
        <translation>正在导入方案…</translation>
    </message>
</context>
<context>
    <name>PlanReviewDialog</name>
    <message>
        <location filename="../../ui/plan_review.py" line="49"/>
        <source>Review the plan before importing — {name}</source>
        <translation>导入前核对方案 — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="57"/>
        <source>Plan title</source>
        <translation>方案标题</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="60"/>
        <source>Issued on</source>
        <translation>印发日期</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="62"/>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="66"/>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="66"/>
        <location filename="../../ui/plan_review.py" line="110"/>
        <source>Lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="66"/>
        <location filename="../../ui/plan_review.py" line="111"/>
        <source>Co-responsible units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="66"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="83"/>
        <source>Import into the ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="96"/>
        <source>Selected measure</source>
        <translation>所选措施</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="107"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="107"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="107"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="109"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="112"/>
        <source>Deadlines</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="113"/>
        <source>Targets</source>
        <translation>目标指标</translation>
    </message>
    <message>
        <location filename="../../ui/plan_review.py" line="144"/>
        <source>{measures} measures, {table} task-table rows, {roster} leadership-group members. {doubtful} measures are highlighted for checking.</source>
        <translation>共识别 {measures} 项措施、任务清单 {table} 项、领导小组成员 {roster} 人。其中 {doubtful} 项措施已用黄色标出，请重点核对。</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <location filename="../../ui/checklist/tree.py" line="23"/>
        <source>Plans and sections</source>
        <translation>方案与章节</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../../ui/task_tabs.py" line="55"/>
        <location filename="../../ui/task_tabs.py" line="82"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="56"/>
        <location filename="../../ui/task_tabs.py" line="83"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="57"/>
        <source>Done (period / total)</source>
        <translation>完成（本期/累计）</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="58"/>
        <location filename="../../ui/task_tabs.py" line="86"/>
        <source>Situation</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="59"/>
        <location filename="../../ui/task_tabs.py" line="87"/>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="60"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="65"/>
        <source>Record progress</source>
        <translation>记录进展</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="72"/>
        <source>not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="80"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="84"/>
        <source>Done this period</source>
        <translation>本期完成数量</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="85"/>
        <source>Done in total</source>
        <translation>累计完成数量</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="88"/>
        <source>Next steps</source>
        <translation>下步计划</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="132"/>
        <source>record progress</source>
        <translation>记录进展</translation>
    </message>
    <message>
        <location filename="../../ui/task_tabs.py" line="133"/>
        <source>Progress recorded.</source>
        <translation>进展已记录。</translation>
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
        <source>Mark handled…</source>
        <translation>标记已处理…</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/view.py" line="57"/>
        <source>Urge notices (PDF)…</source>
        <translation>生成督办通知单（PDF）…</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/view.py" line="63"/>
        <source>Unit / task</source>
        <translation>单位 / 任务</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/view.py" line="64"/>
        <source>Why</source>
        <translation>提醒原因</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/view.py" line="65"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/view.py" line="66"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/view.py" line="67"/>
        <source>Light</source>
        <translation>灯色</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/view.py" line="68"/>
        <source>Liaison officer</source>
        <translation>联络员</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/view.py" line="69"/>
        <source>Handled</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/view.py" line="120"/>
        <source>no liaison officer on file</source>
        <translation>未登记联络员</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/view.py" line="128"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/view.py" line="130"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>还剩 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/view.py" line="153"/>
        <source>%n task(s) need attention as of {day}.</source>
        <translation>
            <numerusform>截至 {day}，共有 %n 项任务需要关注。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reminders/view.py" line="158"/>
        <source>Nothing is overdue or due soon. Well done.</source>
        <translation>没有逾期或即将到期的任务。</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/view.py" line="178"/>
        <source>Mark handled</source>
        <translation>标记已处理</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/view.py" line="178"/>
        <source>What was done (e.g. phoned the liaison officer):</source>
        <translation>处理情况（如：已电话联系联络员）：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/view.py" line="189"/>
        <source>%n reminder(s) marked handled.</source>
        <translation>
            <numerusform>已将 %n 条提醒标记为已处理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/view.py" line="224"/>
        <source>%n urge notice(s) written to {folder}</source>
        <translation>
            <numerusform>已生成 %n 份督办通知单，保存在 {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reminders/view.py" line="230"/>
        <source>Writing urge notices…</source>
        <translation>正在生成督办通知单…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="13"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="16"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="21"/>
        <source> points</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="32"/>
        <source>Yellow when due within</source>
        <translation>距期限不足以下天数时亮黄灯</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="33"/>
        <source>Yellow when behind the expected pace by more than</source>
        <translation>落后序时进度超过以下值时亮黄灯</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="34"/>
        <source>Red when behind the expected pace by more than</source>
        <translation>落后序时进度超过以下值时亮红灯</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="35"/>
        <source>Office name on documents</source>
        <translation>文件落款单位</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="36"/>
        <source>Language (after restart)</source>
        <translation>界面语言（重启后生效）</translation>
    </message>
</context>
<context>
    <name>TaskEditorDialog</name>
    <message>
        <location filename="../../ui/task_editor.py" line="67"/>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="67"/>
        <source>Edit task</source>
        <translation>编辑任务</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="70"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="73"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="73"/>
        <location filename="../../ui/task_editor.py" line="205"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="73"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="73"/>
        <location filename="../../ui/task_editor.py" line="207"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="81"/>
        <source>Targets</source>
        <translation>目标指标</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="82"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="83"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="84"/>
        <source>Change history</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="110"/>
        <source>No fixed due date</source>
        <translation>无明确期限</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="119"/>
        <source>Separate several units with 、</source>
        <translation>多个单位用“、”分隔</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="120"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="121"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="122"/>
        <source>Full text</source>
        <translation>全文</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="123"/>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="124"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="125"/>
        <source>Lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="126"/>
        <source>Co-responsible units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="237"/>
        <source>edit task</source>
        <translation>修改任务</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="238"/>
        <source>Saved: {title}</source>
        <translation>已保存：{title}</translation>
    </message>
    <message>
        <location filename="../../ui/task_editor.py" line="240"/>
        <source>Task created (No. {id})</source>
        <translation>任务已新建（编号 {id}）</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../../ui/tray.py" line="48"/>
        <source>Duban Ledger</source>
        <translation>督办台账</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="50"/>
        <source>Show window</source>
        <translation>显示窗口</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tray.py" line="77"/>
        <source>%n task(s) turned yellow or red, e.g. {title}</source>
        <translation>
            <numerusform>%n 项任务变为黄灯或红灯，如：{title}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="80"/>
        <source>Tasks need attention</source>
        <translation>有任务需要关注</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="69"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="72"/>
        <source>Choose another database…</source>
        <translation>选择其他数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="74"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="80"/>
        <source>Choose or create a database</source>
        <translation>选择或新建数据库</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="82"/>
        <source>Ledger database (*.sqlite3);;All files (*)</source>
        <translation>台账数据库 (*.sqlite3);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="25"/>
        <source>Cannot do that</source>
        <translation>无法完成操作</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="38"/>
        <source>(no log file)</source>
        <translation>（无日志文件）</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="41"/>
        <source>Unexpected error</source>
        <translation>程序出错</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="42"/>
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
    <name>views</name>
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
</context>
</TS>
