<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartPanel</name>
    <message>
        <source>Waiting for samples…</source>
        <translation>正在等待数据…</translation>
    </message>
    <message>
        <source>No series shown: check series in the list</source>
        <translation>未显示任何序列：请在列表中勾选序列</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Samples as CSV</source>
        <translation>数据点导出为 CSV</translation>
    </message>
    <message>
        <source>Samples as JSON Lines</source>
        <translation>数据点导出为 JSON Lines</translation>
    </message>
    <message>
        <source>Logs as text</source>
        <translation>日志导出为文本</translation>
    </message>
    <message>
        <source>Logs as JSON Lines</source>
        <translation>日志导出为 JSON Lines</translation>
    </message>
    <message>
        <source>Chart as PNG</source>
        <translation>图表导出为 PNG</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Series or feeds</source>
        <translation>序列或数据源</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Cannot render the chart.</source>
        <translation>无法绘制图表。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FeedConnection</name>
    <message>
        <source>TLS certificate refused: %1</source>
        <translation>TLS 证书被拒绝：%1</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>正在连接 %1</translation>
    </message>
    <message>
        <source>closed by user</source>
        <translation>已由用户关闭</translation>
    </message>
    <message>
        <source>open</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>open (subprotocol %1)</source>
        <translation>已连接（子协议 %1）</translation>
    </message>
    <message>
        <source>connection closed (code %1)</source>
        <translation>连接已关闭（代码 %1）</translation>
    </message>
    <message>
        <source>connection closed (code %1: %2)</source>
        <translation>连接已关闭（代码 %1：%2）</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s</source>
        <translation>%1；%2 秒后重试</translation>
    </message>
    <message>
        <source>a message larger than the cap of %1 bytes was refused (close code 1009)</source>
        <translation>超过 %1 字节上限的消息已被拒绝（关闭码 1009）</translation>
    </message>
    <message>
        <source>connection lost without a close frame</source>
        <translation>连接在没有关闭帧的情况下中断</translation>
    </message>
    <message>
        <source>no pong for %1 s</source>
        <translation>%1 秒未收到 pong</translation>
    </message>
</context>
<context>
    <name>FeedStatusBar</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Frames: %1</source>
        <translation>帧数：%1</translation>
    </message>
    <message>
        <source>Decode errors: %1</source>
        <translation>解码错误：%1</translation>
    </message>
    <message>
        <source>No feeds</source>
        <translation>无数据源</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 条/秒</translation>
    </message>
</context>
<context>
    <name>IngestEngine</name>
    <message>
        <source>message not sent: the feed is not open</source>
        <translation>消息未发送：数据源未连接</translation>
    </message>
    <message>
        <source>series cap of %1 reached: refused %2 (%3 samples refused so far)</source>
        <translation>已达 %1 个序列的上限：拒绝 %2（迄今已拒绝 %3 个样本）</translation>
    </message>
    <message>
        <source>stale: no data for %1 s</source>
        <translation>停滞：%1 秒无数据</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <source>All levels</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>调试及以上</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>信息及以上</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <source>Show only records at or above this level</source>
        <translation>仅显示此级别及以上的记录</translation>
    </message>
    <message>
        <source>Filter messages and feeds</source>
        <translation>筛选消息和数据源</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FeedBoard</source>
        <translation>FeedBoard</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Last &amp;10 Seconds</source>
        <translation>最近 10 秒(&amp;1)</translation>
    </message>
    <message>
        <source>Last &amp;Minute</source>
        <translation>最近 1 分钟(&amp;M)</translation>
    </message>
    <message>
        <source>Last &amp;5 Minutes</source>
        <translation>最近 5 分钟(&amp;5)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About FeedBoard</source>
        <translation>关于 FeedBoard(&amp;A)</translation>
    </message>
    <message>
        <source>About FeedBoard</source>
        <translation>关于 FeedBoard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FeedBoard %1&lt;/h3&gt;&lt;p&gt;A desktop dashboard for live WebSocket feeds: charts of the numeric fields, a log of the log records, captures and exports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FeedBoard %1&lt;/h3&gt;&lt;p&gt;用于实时 WebSocket 数据源的桌面仪表板：数值字段的图表、日志记录的日志视图、录制与导出。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ReplayBar</name>
    <message>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>1×</source>
        <translation>1×</translation>
    </message>
    <message>
        <source>2×</source>
        <translation>2×</translation>
    </message>
    <message>
        <source>10×</source>
        <translation>10×</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最快</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>回放速度</translation>
    </message>
    <message>
        <source>Position in the capture</source>
        <translation>在录制文件中的位置</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>SeriesList</name>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Capture off</source>
        <translation>录制已关闭</translation>
    </message>
    <message>
        <source>&amp;Open Profile…</source>
        <translation>打开配置(&amp;O)…</translation>
    </message>
    <message>
        <source>Recent &amp;Profiles</source>
        <translation>最近的配置(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import Profile…</source>
        <translation>导入配置(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Profile for Sharing…</source>
        <translation>导出配置以共享(&amp;E)…</translation>
    </message>
    <message>
        <source>Open &amp;Capture for Replay…</source>
        <translation>打开录制文件回放(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Record Capture</source>
        <translation>录制(&amp;R)</translation>
    </message>
    <message>
        <source>Capture on</source>
        <translation>录制已开启</translation>
    </message>
    <message>
        <source>Capture paused</source>
        <translation>录制已暂停</translation>
    </message>
    <message>
        <source>Capture &amp;File…</source>
        <translation>录制文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Capture: %1</source>
        <translation>录制：%1</translation>
    </message>
    <message>
        <source>Capture paused: %1</source>
        <translation>录制已暂停：%1</translation>
    </message>
    <message>
        <source>Cannot Start FeedBoard</source>
        <translation>无法启动 FeedBoard</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>无法启动 %1。</translation>
    </message>
    <message>
        <source>Open Profile</source>
        <translation>打开配置</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>配置 (*.json)</translation>
    </message>
    <message>
        <source>Cannot Open Profile</source>
        <translation>无法打开配置</translation>
    </message>
    <message>
        <source>Import Profile</source>
        <translation>导入配置</translation>
    </message>
    <message>
        <source>Cannot Import Profile</source>
        <translation>无法导入配置</translation>
    </message>
    <message>
        <source>Imported as %1</source>
        <translation>已导入为 %1</translation>
    </message>
    <message>
        <source>Profile to Export</source>
        <translation>要导出的配置</translation>
    </message>
    <message>
        <source>Cannot Export Profile</source>
        <translation>无法导出配置</translation>
    </message>
    <message>
        <source>Export Profile for Sharing</source>
        <translation>导出配置以共享</translation>
    </message>
    <message>
        <source>Exported without secret header values: %1</source>
        <translation>已导出（不含机密请求头的值）：%1</translation>
    </message>
    <message>
        <source>Open Capture</source>
        <translation>打开录制文件</translation>
    </message>
    <message>
        <source>Captures (*.jsonl);;All Files (*)</source>
        <translation>录制文件 (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Capture File</source>
        <translation>录制文件</translation>
    </message>
    <message>
        <source>Captures (*.jsonl)</source>
        <translation>录制文件 (*.jsonl)</translation>
    </message>
    <message>
        <source>Cannot Record Capture</source>
        <translation>无法录制</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
</context>
</TS>
